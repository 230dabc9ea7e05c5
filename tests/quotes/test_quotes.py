"""QuotesStage on realistic news sentences, documents built by hand."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.model import Quote


def _quotes(builder: object) -> list[Quote]:
    doc = builder.run()  # type: ignore[attr-defined]
    return list(doc.quotes)


def test_cue_before_gives_person_with_role(build: Callable[..., object]) -> None:
    text = (
        "Sharing the statement, US Defence Secretary Pete Hegseth said: "
        "“We will never forget, and never relent.”"
    )
    b = build(text)
    b.actor("US", "United States", "US", country="US", type="state_forces")  # type: ignore[attr-defined]
    b.actor("Pete Hegseth", "Pete Hegseth")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.speaker is not None and quote.speaker.name == "Pete Hegseth"
    assert quote.speaker.role == "US Defence Secretary"
    assert quote.text == "We will never forget, and never relent."
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.direct and text[quote.evidence.start : quote.evidence.end] == quote.text


def test_cue_after_gives_organisation_even_without_mentions(
    build: Callable[..., object],
) -> None:
    text = (
        "“Our aircraft used Paveway IV guided bombs to target a number of access tunnels "
        "down to the facility… initial indications are that the target was engaged "
        "successfully,” the Ministry of Defence said."
    )
    [quote] = _quotes(build(text))
    assert quote.speaker is not None and quote.speaker.name == "Ministry of Defence"
    assert quote.text.endswith("engaged successfully")
    assert quote.cue is not None and quote.cue.text == "said"


def test_organisation_speaker_keeps_its_kb_link(build: Callable[..., object]) -> None:
    text = (
        "In a new statement, US Central Command said: “Our message remains strong: if you "
        "harm our warfighters, we will find you.”"
    )
    b = build(text)
    b.actor("US Central Command", "US Central Command", "US.centcom", country="US")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.speaker is not None and quote.speaker.kb_id == "US.centcom"
    assert quote.text.startswith("Our message remains strong")


def test_quote_split_by_its_cue_is_one_quote(build: Callable[..., object]) -> None:
    text = (
        "Army spokesman Nabil Abdallah said: “The militia attacked the market at dawn.” "
        "“We will not stop,” he said, “until the city is safe again.”"
    )
    b = build(text)
    b.entity("Nabil Abdallah", "PERSON")  # type: ignore[attr-defined]
    quotes = _quotes(b)
    assert [q.text for q in quotes] == [
        "The militia attacked the market at dawn.",
        "We will not stop until the city is safe again.",
    ]
    assert all(q.speaker is not None and q.speaker.name == "Nabil Abdallah" for q in quotes)
    assert quotes[0].speaker is not None and quotes[0].speaker.role == "Army spokesman"


def test_scare_quotes_are_not_quotes(build: Callable[..., object]) -> None:
    text = (
        "The US launched “large-scale” airstrikes against Islamic State. Turkey arrested "
        "dozens amid reports of a so-called “Season of Terror”. The RAF made patrols to "
        "“prevent any attempted resurgence” of IS."
    )
    assert _quotes(build(text)) == []


def test_governed_short_quote_is_an_indirect_partial_quote(
    build: Callable[..., object],
) -> None:
    text = (
        "US President Donald Trump directed the strikes. The US President vowed to "
        "“retaliate” over the strikes toward the end of last year."
    )
    b = build(text)
    b.actor("Donald Trump", "Donald Trump", role="US President")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert not quote.direct
    assert quote.speaker is not None and quote.speaker.name == "Donald Trump"
    assert quote.text == "to “retaliate” over the strikes toward the end of last year"
    assert quote.cue is not None and quote.cue.text == "vowed"


def test_indirect_quote_with_that(build: Callable[..., object]) -> None:
    text = "The Sudanese Armed Forces said on Monday that the RSF had shelled a camp."
    b = build(text)
    b.entity("Sudanese Armed Forces", "ORG")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert not quote.direct
    assert quote.text == "that the RSF had shelled a camp"
    assert quote.speaker is not None and quote.speaker.name == "Sudanese Armed Forces"


def test_free_standing_quote_without_cue_is_kept_without_speaker(
    build: Callable[..., object],
) -> None:
    text = "Residents fled the town.\n“We have nothing left to go back to.”"
    [quote] = _quotes(build(text))
    assert quote.speaker is None and quote.text == "We have nothing left to go back to."


def test_quote_ending_its_sentence_takes_no_cue_after_it(
    build: Callable[..., object],
) -> None:
    text = "“The front line has not moved in weeks.” Officials said the talks would resume."
    quote, report = _quotes(build(text))
    assert quote.cue is None
    assert not report.direct and report.text == "the talks would resume"
