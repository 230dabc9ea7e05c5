"""Round 3 of the PolNeAR quotation work: a programme's title where the speaker spoke
("said on ABC’s “This Week With George Stephanopoulos.”") or a markup attribute's value is
no one's words and does not part a quotation split by its cue; verbs of suggesting and
revealing cue a quotation ("“…,” the envoy suggested"); paragraphs that are each a
quotation alone, with no cue, are one quotation going on."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.model import Quote


def _quotes(builder: object) -> list[Quote]:
    doc = builder.run()  # type: ignore[attr-defined]
    return list(doc.quotes)


def test_a_long_programme_title_in_the_cue_sentence_does_not_part_the_quotation(
    build: Callable[..., object],
) -> None:
    text = (
        "“You can't pick up the phone and call Syria,” Rubio said on ABC's "
        "“This Week With George Stephanopoulos.” “There's no way to background-check "
        "someone that's coming from Syria. Who do you call?”\n"
    )
    b = build(text)
    b.actor("Rubio", "Marco Rubio")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.direct
    assert quote.text.startswith("You can't pick up the phone")
    assert quote.text.endswith("Who do you call?")
    assert "Stephanopoulos" not in quote.text
    assert quote.speaker is not None and quote.speaker.name == "Marco Rubio"


def test_a_programme_title_after_a_broadcaster_is_no_partial_quote(
    build: Callable[..., object],
) -> None:
    text = (
        "Speaking Sunday on CBS’s “Face the Nation,” the senator said the talks would "
        "resume next week.\n"
    )
    quotes = _quotes(build(text))
    assert all("Face the Nation" not in q.text for q in quotes)


def test_a_programme_named_after_on_is_a_venue(build: Callable[..., object]) -> None:
    text = "The governor told an interviewer on “Morning Joe” that the troops would stay.\n"
    quotes = _quotes(build(text))
    assert all(q.text != "Morning Joe" for q in quotes)
    assert all(q.direct is False for q in quotes)


def test_a_slogan_quoted_by_its_speaker_is_still_a_quote(build: Callable[..., object]) -> None:
    text = "At the rally in Mosul, the commander told the crowd: “We Will Not Leave.”\n"
    b = build(text)
    b.actor("the commander", "the commander")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.direct and quote.text == "We Will Not Leave."


def test_suggested_after_a_quotation_is_its_cue(build: Callable[..., object]) -> None:
    text = "“Both sides could meet in Geneva next week,” the United Nations envoy suggested.\n"
    b = build(text)
    b.actor("the United Nations envoy", "United Nations envoy")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.direct and quote.text == "Both sides could meet in Geneva next week"
    assert quote.cue is not None and quote.cue.text == "suggested"
    assert quote.speaker is not None and quote.speaker.name == "United Nations envoy"


def test_revealed_before_a_quotation_is_its_cue(build: Callable[..., object]) -> None:
    text = "The colonel revealed: “Two of our drones were shot down over the border.”\n"
    b = build(text)
    b.actor("The colonel", "the colonel")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.direct and quote.cue is not None and quote.cue.text == "revealed"
    assert quote.speaker is not None and quote.speaker.name == "the colonel"


def test_a_quotation_cut_short_by_suggesting_is_a_quote_of_its_own(
    build: Callable[..., object],
) -> None:
    text = (
        "“The army must leave the city before any talks begin,” the mayor said, "
        "suggesting a few questions, including, “Who will free the prisoners taken in March?”\n"
    )
    b = build(text)
    b.actor("the mayor", "the mayor")  # type: ignore[attr-defined]
    first = next(q for q in _quotes(b) if q.direct)
    assert first.text == "The army must leave the city before any talks begin"


def test_a_programme_told_by_name_is_no_partial_quote(build: Callable[..., object]) -> None:
    text = (
        "“Of course the former president is fair game,” Fiorina told “Fox and Friends,” "
        "reminding the hosts of his record.\n"
    )
    b = build(text)
    b.actor("Fiorina", "Carly Fiorina")  # type: ignore[attr-defined]
    quotes = _quotes(b)
    assert all("Fox and Friends" not in q.text for q in quotes)
    assert [q.text for q in quotes if q.direct] == ["Of course the former president is fair game"]


def test_a_markup_attribute_value_is_no_quote(build: Callable[..., object]) -> None:
    text = (
        '<tweet author="@edhenry" datetime="March 10, 2016">A campaign aide told me the '
        "photo is real.</tweet>\n"
    )
    quotes = _quotes(build(text))
    assert all(q.text not in ("@edhenry", "March 10, 2016") for q in quotes)


def test_paragraphs_of_quotation_alone_are_one_quotation(build: Callable[..., object]) -> None:
    text = (
        "The general gave few details about the offensive during the interview.\n\n"
        "“We have to be a lot tougher on the border. We are playing with a different "
        "set of rules.”\n\n"
        "“We have to hit them at a much tougher level than we are hitting them now.”\n"
    )
    direct = [q for q in _quotes(build(text)) if q.direct]
    assert len(direct) == 1
    assert direct[0].text.startswith("We have to be a lot tougher")
    assert direct[0].text.endswith("than we are hitting them now.")


def test_a_narrative_paragraph_parts_cue_less_quotations(build: Callable[..., object]) -> None:
    text = (
        "“We are talking with supporters like you across the county tonight.”\n\n"
        "She pauses and looks at the list of names.\n\n"
        "“Well, thank you so much for your time this evening.”\n"
    )
    direct = [q for q in _quotes(build(text)) if q.direct]
    assert len(direct) == 2
