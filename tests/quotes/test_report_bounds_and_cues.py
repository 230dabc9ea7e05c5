"""Reported speech: where a report ends (a semicolon, ", but"), "according to" after a
linking conjunction, "told reporters he …", pronoun speakers with a contracted
auxiliary, and the further cues of reported speech."""

from __future__ import annotations

from collections.abc import Callable

from quotes_helpers import quotes_of

from sitrep.model import Quote


def _quotes(builder: object) -> list[Quote]:
    doc = builder.run()  # type: ignore[attr-defined]
    return list(doc.quotes)


def _texts(builder: object) -> list[str]:
    return [q.text for q in _quotes(builder)]


def test_a_semicolon_ends_the_report(build: Callable[..., object]) -> None:
    text = (
        "Kerry said the talks would resume in Geneva next week; the rebels have not "
        "agreed to attend.\n"
    )
    b = build(text)
    b.actor("Kerry", "John Kerry")  # type: ignore[attr-defined]
    assert _texts(b) == ["the talks would resume in Geneva next week"]


def test_but_after_a_comma_ends_the_report(build: Callable[..., object]) -> None:
    text = (
        "The ministry said 14 soldiers were killed in the ambush, but the rebels put the "
        "toll far higher.\n"
    )
    b = build(text)
    b.entity("ministry", "ORG")  # type: ignore[attr-defined]
    assert _texts(b) == ["14 soldiers were killed in the ambush"]


def test_according_to_after_a_leading_but(build: Callable[..., object]) -> None:
    text = "But according to the Syrian Observatory, at least 40 civilians died in the raids.\n"
    b = build(text)
    b.entity("Syrian Observatory", "ORG")  # type: ignore[attr-defined]
    assert _texts(b) == ["at least 40 civilians died in the raids"]


def test_told_reporters_then_a_pronoun_clause(build: Callable[..., object]) -> None:
    text = "Trump told reporters on Monday he would not accept the endorsement.\n"
    b = build(text)
    b.actor("Trump", "Donald Trump")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.text == "he would not accept the endorsement"
    assert quote.cue is not None and quote.cue.text == "told"


def test_told_with_a_noun_after_the_addressee_is_no_report(
    build: Callable[..., object],
) -> None:
    text = "The general told the committee the story of the raid in a closed session.\n"
    b = build(text)
    assert _texts(b) == []


def test_a_contracted_pronoun_speaks_as_its_antecedent() -> None:
    text = (
        "Senator John Smith spoke in Columbus on Monday.\n"
        "He’d said before the vote that the ceasefire would hold.\n"
    )
    quote = next(q for q in quotes_of(text, "2016-09-12") if "ceasefire" in q.text)
    assert quote.speaker is not None and quote.speaker.name == "John Smith"
    assert quote.speaker.evidence is not None and quote.speaker.evidence.text == "He"


def test_a_refusal_withholds_what_follows_its_verb(build: Callable[..., object]) -> None:
    text = (
        "A spokesman for the ministry declined to comment, and the army did not say "
        "whether the convoy had been hit.\nThe colonel would not elaborate.\n"
    )
    b = build(text)
    assert sorted(_texts(b)) == ["to comment", "whether the convoy had been hit"]


def test_a_verb_of_belief_reports_its_clause(build: Callable[..., object]) -> None:
    text = (
        "Many officials on and off the island believe meaningful debt relief is possible "
        "only in bankruptcy.\n"
    )
    b = build(text)
    [quote] = _quotes(b)
    assert quote.text == "meaningful debt relief is possible only in bankruptcy"
    assert quote.cue is not None and quote.cue.text == "believe"


def test_a_poll_shows_what_it_finds(build: Callable[..., object]) -> None:
    text = (
        "A University of New Hampshire poll out this week shows Clinton with an 8-point "
        "lead over Trump.\nThe talk shows ran the clip all day.\n"
    )
    b = build(text)
    [quote] = _quotes(b)
    assert quote.text == "Clinton with an 8-point lead over Trump"
    assert quote.cue is not None and quote.cue.text == "shows"


def test_what_was_asked_is_the_question_or_the_request(build: Callable[..., object]) -> None:
    text = (
        "Asked whether he would return to the talks, the rebel commander said nothing.\n"
        "A reporter asked the governor how the curfew would be enforced.\n"
        "The mayor asked residents to stay indoors until Sunday.\n"
    )
    b = build(text)
    texts = _texts(b)
    assert "whether he would return to the talks" in texts
    assert "how the curfew would be enforced" in texts
    assert "residents to stay indoors until Sunday" in texts


def test_a_speakers_label_before_a_colon_gives_their_words(
    build: Callable[..., object],
) -> None:
    text = (
        "Marco Rubio: I’m Not Interested In Being Vice President\n\n"
        "The Latest: Senate votes on the defence bill\n\n"
        "Update: The vote was delayed until Friday.\n"
    )
    b = build(text)
    b.actor("Marco Rubio", "Marco Rubio")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.text == "I’m Not Interested In Being Vice President"
    assert quote.speaker is not None and quote.speaker.name == "Marco Rubio"
    assert quote.cue is not None and quote.cue.text == ":"


def test_a_contracted_subject_or_negated_modal_opens_the_report(
    build: Callable[..., object],
) -> None:
    text = (
        "Paul Ryan says he's not ready to support the nominee.\n"
        "Clinton says it’s important to get the facts straight.\n"
        "He said members of the Supreme Court shouldn’t weigh in on elections.\n"
    )
    b = build(text)
    assert _texts(b) == [
        "he's not ready to support the nominee",
        "it’s important to get the facts straight",
        "members of the Supreme Court shouldn’t weigh in on elections",
    ]


def test_a_common_present_tense_verb_makes_a_reported_clause(
    build: Callable[..., object],
) -> None:
    text = "Trump says praise from Putin helps the country.\n"
    b = build(text)
    assert _texts(b) == ["praise from Putin helps the country"]


def test_according_to_between_commas_splits_one_report(build: Callable[..., object]) -> None:
    text = (
        "Since last November, according to Human Rights Watch, security forces have "
        "killed more than 400 protesters in the region.\n"
        "Trump has a 15-point lead in Indiana, according to the state poll, and a "
        "small lead in Ohio.\n"
    )
    b = build(text)
    b.entity("Human Rights Watch", "ORG")  # type: ignore[attr-defined]
    reports = _quotes(b)
    assert [q.evidence.text for q in reports] == [
        "Since last November, according to Human Rights Watch, security forces have "
        "killed more than 400 protesters in the region",
        "Trump has a 15-point lead in Indiana",
    ]
    assert reports[0].text == (
        "Since last November security forces have killed more than 400 protesters in the region"
    )


def test_an_urged_request_is_reported_with_its_addressee(build: Callable[..., object]) -> None:
    text = "Reid urged Democrats to vote for the Republican deal instead.\n"
    b = build(text)
    b.actor("Reid", "Harry Reid")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.text == "Democrats to vote for the Republican deal instead"
    assert quote.cue is not None and quote.cue.text == "urged"


def test_a_stated_aim_is_reported_from_to(build: Callable[..., object]) -> None:
    text = "Beijing wants to create trading routes to Europe that bypass the strait.\n"
    b = build(text)
    [quote] = _quotes(b)
    assert quote.text == "to create trading routes to Europe that bypass the strait"
    assert quote.cue is not None and quote.cue.text == "wants"


def test_a_stated_plan_is_reported_from_to(build: Callable[..., object]) -> None:
    text = "The senator plans to introduce a bill to fund the border wall.\n"
    b = build(text)
    [quote] = _quotes(b)
    assert quote.text == "to introduce a bill to fund the border wall"


def test_a_demand_called_for_is_reported(build: Callable[..., object]) -> None:
    text = "Trump called on the president to resign after the attack.\n"
    b = build(text)
    b.actor("Trump", "Donald Trump")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.text == "the president to resign after the attack"
    assert quote.cue is not None and quote.cue.text == "called on"


def test_an_endorsement_is_a_stance_reported(build: Callable[..., object]) -> None:
    text = (
        "Christie endorsed Trump for president on Friday.\nThe plan was endorsed by the council.\n"
    )
    b = build(text)
    assert _texts(b) == ["Trump for president on Friday"]


def test_an_aim_inside_a_sourced_report_is_the_sources_words(
    build: Callable[..., object],
) -> None:
    text = "The army plans to launch an offensive on El Fasher, Sudanese military sources said.\n"
    b = build(text)
    [quote] = _quotes(b)
    assert quote.text == "The army plans to launch an offensive on El Fasher"
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker is not None and quote.speaker.name == "Sudanese military sources"


def test_a_question_opening_the_sentence_is_asked_of_the_subject_after_it(
    build: Callable[..., object],
) -> None:
    text = (
        "Asked whether Russia would attack Kharkiv again, Zelensky said air defences were ready.\n"
    )
    b = build(text)
    b.actor("Russia", "Russia")  # type: ignore[attr-defined]
    b.actor("Zelensky", "Volodymyr Zelensky")  # type: ignore[attr-defined]
    asked = next(q for q in _quotes(b) if q.text.startswith("whether"))
    assert asked.speaker is not None and asked.speaker.name == "Volodymyr Zelensky"


def test_a_place_opening_a_headline_or_dateline_is_no_speaker(
    build: Callable[..., object],
) -> None:
    text = (
        "Ukraine: Russian missiles kill 12 in Kharkiv\n\n"
        "ISLAMABAD: Militants attacked a police station in Bannu on Monday, killing four "
        "policemen, officials said.\n"
    )
    b = build(text)
    b.place("Ukraine", "UA")  # type: ignore[attr-defined]
    b.entity("ISLAMABAD", "GPE")  # type: ignore[attr-defined]
    quotes = _quotes(b)
    assert all(q.speaker is None or q.speaker.name not in ("Ukraine", "ISLAMABAD") for q in quotes)
    assert not any(q.text.startswith("Russian missiles") for q in quotes)


def test_a_demand_ends_before_its_occasion(build: Callable[..., object]) -> None:
    text = (
        "The United Nations called for a ceasefire in Sudan on Tuesday after the RSF "
        "shelled El Fasher, killing 20 people.\n"
        "Egypt urged Israel and Hamas to agree to a truce amid heavy fighting in Rafah.\n"
    )
    b = build(text)
    b.actor("The United Nations", "United Nations")  # type: ignore[attr-defined]
    b.actor("Egypt", "Egypt")  # type: ignore[attr-defined]
    assert _texts(b) == [
        "a ceasefire in Sudan on Tuesday",
        "Israel and Hamas to agree to a truce",
    ]


def test_an_aim_ends_before_the_reporters_relative_clause(build: Callable[..., object]) -> None:
    text = (
        "Ukraine hopes to hold Pokrovsk, where Russian forces killed 11 civilians in "
        "shelling on Monday.\n"
    )
    b = build(text)
    b.actor("Ukraine", "Ukraine")  # type: ignore[attr-defined]
    assert _texts(b) == ["to hold Pokrovsk"]


def test_a_wire_story_kind_is_no_speaker(build: Callable[..., object]) -> None:
    text = (
        "Factbox: Who are Sudan's Rapid Support Forces?\n\n"
        "Explainer: Why is Russia attacking Pokrovsk?\n"
    )
    assert _texts(build(text)) == []


def test_said_that_with_that_as_the_subject_reports_from_that(
    build: Callable[..., object],
) -> None:
    text = (
        "The army said on Monday that was the last aid convoy to reach El Fasher.\n"
        "Officials released a statement that was read on state television.\n"
    )
    b = build(text)
    texts = _texts(b)
    assert "that was the last aid convoy to reach El Fasher" in texts
    assert not any(t.startswith("that was read") for t in texts)
