"""Killings of single victims and subjects after a fronted date or place (issue 6).

A person written in the singular and killed is one fatality (ACLED); a killing told with
no perpetrator is by "Unidentified Armed Group (<country>)"; a lowercase subject after a
fronted adverbial ("On 4 June 2020, unidentified gunmen ...") still acts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from sitrep.events.measures import single_people
from sitrep.events.tokens import tokenize
from sitrep.model import Event

UNIDENTIFIED = "Unidentified Armed Group (Niger)"


def _tillaberi(build: Callable[..., Any], text: str) -> Any:
    b = build(text, published="2020-06-10")
    b.place("Tillaberi", "NE", feature="city")
    if "Tuesday" in text:
        b.timex("Tuesday", "2020-06-09")
    if "4 June 2020" in text:
        b.timex("4 June 2020", "2020-06-04")
    return b


def _one_event(build: Callable[..., Any], text: str) -> Event:
    [event] = _tillaberi(build, text).run().events
    return event


def test_a_soldier_killed_is_a_clash_with_one_fatality(build: Callable[..., Any]) -> None:
    event = _one_event(build, "A soldier was killed in Tillaberi on Tuesday.")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor1 is not None and event.actor1.name == UNIDENTIFIED
    assert event.actor1.evidence is not None and event.actor1.evidence.text == "killed"
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Niger"
    assert (event.fatalities.low, event.fatalities.best, event.fatalities.high) == (1, 1, 1)
    assert event.fatalities.evidence is not None
    assert event.fatalities.evidence.text == "A soldier"
    assert event.date is not None and event.date.start == "2020-06-09"


@pytest.mark.parametrize(
    "text",
    [
        "On 4 June 2020, unidentified gunmen killed a village chief in Tillaberi.",
        "In Tillaberi, unidentified gunmen killed a village chief on Tuesday.",
        "On Tuesday, suspected jihadists killed a village chief in Tillaberi.",
        "Late on Tuesday, armed men shot dead a village chief in Tillaberi.",
    ],
)
def test_a_lowercase_subject_after_a_fronted_phrase_acts(
    build: Callable[..., Any], text: str
) -> None:
    event = _one_event(build, text)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor1 is not None and event.actor1.name == UNIDENTIFIED
    assert event.actor1.evidence is not None and event.actor1.evidence.text != "killed"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Niger)"
    assert event.fatalities.best == 1


def test_a_date_and_a_place_both_fronted_keep_the_subject(build: Callable[..., Any]) -> None:
    text = "On 4 June 2020, in Tillaberi, unidentified gunmen killed five villagers."
    b = _tillaberi(build, text)
    b.quantity("five villagers", "villagers", low=5, best=5, high=5)
    [event] = b.run().events
    assert event.actor1 is not None and event.actor1.name == UNIDENTIFIED
    assert event.actor1.evidence is not None and event.actor1.evidence.text == "gunmen"
    assert event.fatalities.best == 5 and event.fatalities.civilians == 5
    assert event.date is not None and event.date.start == "2020-06-04"


@pytest.mark.parametrize(
    ("text", "counts", "dead", "evidence"),
    [
        (
            "Unidentified gunmen killed a village chief in Tillaberi on Tuesday.",
            [],
            1,
            "a village chief",
        ),
        (
            "Gunmen killed two soldiers and a policeman near Tillaberi on Tuesday.",
            [("two soldiers", "soldiers", 2)],
            3,
            "two soldiers and a policeman",
        ),
        (
            "A policeman and two civilians were killed in Tillaberi on Tuesday.",
            [("two civilians", "civilians", 2)],
            3,
            "A policeman and two civilians",
        ),
        (
            "Gunmen on motorbikes shot dead an aid worker in Tillaberi on Tuesday.",
            [],
            1,
            "an aid worker",
        ),
        (
            "Gunmen killed one civilian and a gendarme in Tillaberi on Tuesday.",
            [("one civilian", "civilian", 1)],
            2,
            "one civilian and a gendarme",
        ),
    ],
)
def test_singular_victims_killed_count_one_each(
    build: Callable[..., Any],
    text: str,
    counts: list[tuple[str, str, int]],
    dead: int,
    evidence: str,
) -> None:
    b = _tillaberi(build, text)
    for phrase, of, n in counts:
        b.quantity(phrase, of, low=n, best=n, high=n)
    [event] = b.run().events
    assert (event.fatalities.low, event.fatalities.best, event.fatalities.high) == (dead,) * 3
    assert event.fatalities.evidence is not None
    assert event.fatalities.evidence.text == evidence
    # a singular victim is counted among the dead, not listed as a stated quantity
    assert len(event.quantities) == len(counts)


def test_wounded_singulars_are_no_fatalities(build: Callable[..., Any]) -> None:
    text = "Gunmen killed two soldiers and wounded a policeman in Tillaberi on Tuesday."
    b = _tillaberi(build, text)
    b.quantity("two soldiers", "soldiers", low=2, best=2, high=2)
    [event] = b.run().events
    assert event.fatalities.best == 2
    assert event.fatalities.evidence is not None
    assert event.fatalities.evidence.text == "two soldiers"


def test_a_victim_named_with_no_perpetrator_is_attacked_by_an_unidentified_group(
    build: Callable[..., Any],
) -> None:
    event = _one_event(build, "An aid worker was killed in Tillaberi on Tuesday.")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor1 is not None and event.actor1.name == UNIDENTIFIED
    assert event.actor2 is not None and event.actor2.name == "Civilians (Niger)"
    assert event.fatalities.best == 1


def test_a_bare_toll_of_people_still_makes_no_event(build: Callable[..., Any]) -> None:
    text = "Three people were killed in Tillaberi on Tuesday."
    b = _tillaberi(build, text)
    b.quantity("Three people", "people", low=3, best=3, high=3)
    assert b.run().events == ()


def test_a_death_told_after_an_attack_keeps_the_named_attacker(
    build: Callable[..., Any],
) -> None:
    text = (
        "JNIM fighters attacked an army post near Tillaberi on Tuesday. "
        "A soldier was killed and two others were wounded, the army said."
    )
    b = _tillaberi(build, text)
    b.actor("JNIM", "JNIM", "jnim", type="rebel_group", country="ML")
    [event] = b.run().events
    assert event.actor1 is not None and event.actor1.kb_id == "jnim"
    assert event.fatalities.best == 1
    assert event.fatalities.evidence is not None
    assert event.fatalities.evidence.text == "A soldier"


def test_single_people_skip_places_agents_and_counts_already_read() -> None:
    text = (
        "A soldier was shot by a gunman in a village, and one civilian died "
        "after a local trader was abducted."
    )
    tokens = tokenize(text, 0, len(text))
    found = [q.evidence.text for q in single_people(tokens, [], text)]
    assert found == ["A soldier", "one civilian", "a local trader"]
    assert all((q.low, q.best, q.high) == (1, 1, 1) for q in single_people(tokens, [], text))


def test_a_single_death_a_crowd_protests_is_no_fatality_of_the_protest(
    build: Callable[..., Any],
) -> None:
    text = "Traders in Niamey closed their shops to protest against the killing of a shopkeeper."
    b = build(text, published="2020-06-10")
    b.place("Niamey", "NE", feature="city")
    events = b.run().events
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]
    assert events[0].fatalities.best is None
