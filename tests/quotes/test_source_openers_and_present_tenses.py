"""Reports opened by their source ("In a CNN poll released Monday, …") and reported
clauses whose verb is a present tense in "-s" ("Aides said Obama enjoys the fight"), on
realistic news sentences run through the whole pipeline."""

from __future__ import annotations

from quotes_helpers import quotes_of

_DAY = "2016-10-04"


def _reports(text: str) -> list[tuple[str, str | None]]:
    """The text and speaker name of each indirect quote found in `text`."""
    return [
        (q.text, q.speaker.name if q.speaker is not None else None)
        for q in quotes_of(text, _DAY)
        if not q.direct
    ]


def test_a_poll_opening_the_sentence_is_the_source_of_the_rest() -> None:
    text = (
        "In a Quinnipiac University poll released Monday, Clinton leads Trump by "
        "five points among likely voters in Pennsylvania."
    )
    [(words, speaker)] = _reports(text)
    assert words == "Clinton leads Trump by five points among likely voters in Pennsylvania"
    assert speaker is not None and "poll" in speaker


def test_a_study_opening_the_sentence_is_the_source_of_the_rest() -> None:
    text = (
        "Gas prices rose again in September. In a study published by the Energy "
        "Information Administration, refiners were blamed for the shortfall."
    )
    found = dict(_reports(text))
    speaker = found["refiners were blamed for the shortfall"]
    assert speaker is not None and speaker.startswith("a study published by")


def test_a_statement_whose_speaker_speaks_after_it_is_left_to_that_cue() -> None:
    text = "In a statement on Telegram, the RSF said it had taken control of the base."
    [(words, speaker)] = _reports(text)
    assert words == "it had taken control of the base"
    assert speaker == "Rapid Support Forces"


def test_in_without_a_source_noun_reports_nothing() -> None:
    text = "In the last week of the campaign, Clinton visited Ohio twice."
    assert _reports(text) == []


def test_a_present_tense_in_s_opens_the_reported_clause() -> None:
    text = "Aides said Obama enjoys the fight over the budget with House Republicans."
    [(words, speaker)] = _reports(text)
    assert words == "Obama enjoys the fight over the budget with House Republicans"
    assert speaker == "Aides"


def test_a_present_tense_after_a_noun_subject_opens_the_clause() -> None:
    text = "A Pentagon spokesman said the militia controls both border crossings."
    [(words, _)] = _reports(text)
    assert words == "the militia controls both border crossings"


def test_a_plural_noun_in_s_is_no_verb() -> None:
    text = "Officials said the talks were making progress."
    [(words, _)] = _reports(text)
    assert words == "the talks were making progress"
    text = "Trump said rising costs of health care in Arizona."
    assert _reports(text) == []
