"""Review fixes in tolls, merging and dating: a people named by capitalised words is no
named victim, a rank titles a name only when written as a title, speech verbs come from
one list, and two countries part an event whichever sentence names the other."""

from __future__ import annotations

import pytest
from event_helpers import events_of

from sitrep.events.dating import told_act
from sitrep.events.speech import CUE_WORDS
from sitrep.events.tokens import tokenize

PUBLISHED = "2024-05-06"


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bombing killed Hazara Shias at a mosque in Quetta on Friday, police said.",
        "A roadside bomb killed Afghan Hazaras near Kabul on Friday, officials said.",
    ],
)
def test_a_people_named_after_a_kill_verb_is_no_count_of_one(text: str) -> None:
    events = events_of(text, PUBLISHED)
    assert events, text
    assert all(e.fatalities.best != 1 for e in events), text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen shot dead Ramesh Kumar in Srinagar on Sunday, police said.", "Ramesh Kumar"),
        ("Gunmen killed Carlos Santos in Culiacan on Friday, police said.", "Carlos Santos"),
        ("Militants killed Dr Ali Shah in Peshawar on Monday.", "Dr Ali Shah"),
    ],
)
def test_a_person_named_after_a_kill_verb_is_one_dead(text: str, name: str) -> None:
    (event,) = events_of(text, PUBLISHED)
    assert event.fatalities.best == 1
    assert event.fatalities.evidence is not None
    assert event.fatalities.evidence.text == name


def test_an_adjective_major_titles_no_one() -> None:
    text = "At a major Kabul hospital, 12 people were killed on Monday."
    assert events_of(text, PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "Major Ahmed Khan was killed on Monday.",
        "Constable Ram Singh was shot dead near the market in Srinagar.",
    ],
)
def test_a_capitalised_rank_titles_a_victim(text: str) -> None:
    assert len(events_of(text, PUBLISHED)) == 1, text


def test_a_speech_verb_with_that_dates_the_report_not_the_act() -> None:
    text = "The governor noted on Thursday that gunmen killed two farmers in Zamfara."
    tokens = tokenize(text, 0, len(text))
    killed = next(t.i for t in tokens if t.text == "killed")
    told = told_act(tokens, killed)
    assert "noted" in CUE_WORDS
    assert told is not None and told.from_offset == text.index("that") + len("that")
    (event,) = events_of(text, PUBLISHED)
    assert event.date is not None and event.date.precision != "day"


def test_a_verb_of_speech_only_with_that_is_no_cue_alone() -> None:
    assert "maintained" not in CUE_WORDS
    text = "The army maintained checkpoints on Thursday after gunmen killed two farmers."
    tokens = tokenize(text, 0, len(text))
    killed = next(t.i for t in tokens if t.text == "killed")
    assert told_act(tokens, killed) is None


@pytest.mark.parametrize(
    "text",
    [
        "A man killed 10 people in Alabama on March 10. On March 11, a teen killed 12 "
        "people at a school in Germany.",
        "On March 11, a teen killed 12 people at a school in Germany. A day earlier, a man "
        "killed 10 people in Alabama.",
    ],
)
def test_places_in_two_countries_part_the_event_in_either_order(text: str) -> None:
    events = events_of(text, PUBLISHED)
    assert sorted(e.location.country for e in events if e.location) == ["DE", "US"]
