"""Sides named after "clashes with" a harmed side, and police named only as a topic
(`roles` rules 3 and 5)."""

from __future__ import annotations

import pytest

from sitrep.events.roles import names_a_topic
from sitrep.events.tokens import tokenize
from sitrep.model import Event, make_article
from sitrep.pipeline import process_article

PUBLISHED = "2024-05-06"


def _only(text: str) -> Event:
    events = list(process_article(make_article(text, published=PUBLISHED)).events)
    assert len(events) == 1, [(e.sub_event_type, e.trigger.text) for e in events]
    return events[0]


def _names(event: Event) -> tuple[str | None, str | None]:
    return (
        event.actor1.name if event.actor1 else None,
        event.actor2.name if event.actor2 else None,
    )


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Two soldiers were killed in clashes with Taliban militants in Helmand province "
            "on Sunday.",
            ("Taliban", "Military Forces of Afghanistan"),
        ),
        (
            "Two soldiers were killed in clashes with the Taliban in Helmand on Sunday.",
            ("Taliban", "Military Forces of Afghanistan"),
        ),
        (
            "Three policemen were killed in a gunbattle with al-Shabaab fighters near "
            "Mogadishu on Sunday.",
            ("al-Shabaab", "Police Forces of Somalia"),
        ),
        (
            "Two soldiers were killed in an exchange of fire with Houthi rebels in Marib on "
            "Sunday.",
            ("Houthis (Ansar Allah)", "Military Forces of Yemen"),
        ),
        (
            "Two soldiers were killed during fierce fighting with the RSF in El Fasher on Sunday.",
            ("Rapid Support Forces", "Military Forces of Sudan"),
        ),
    ],
)
def test_side_named_after_a_fight_fought_the_harmed(text: str, sides: tuple[str, str]) -> None:
    event = _only(text)
    assert event.event_type == "Battles"
    assert _names(event) == sides


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Two soldiers were killed in an ambush by the Taliban in Helmand on Sunday.",
            ("Taliban", "Military Forces of Afghanistan"),
        ),
        (
            "Four soldiers were killed in an attack by Islamic State militants in Diyala "
            "on Sunday.",
            ("Islamic State", "Military Forces of Iraq"),
        ),
    ],
)
def test_group_after_by_initiates_the_ambush(text: str, sides: tuple[str, str]) -> None:
    assert _names(_only(text)) == sides


def test_harmed_group_fought_the_state_forces_after_with() -> None:
    event = _only(
        "Five Taliban fighters were killed in clashes with Afghan forces in Helmand on Sunday."
    )
    assert _names(event) == ("Military Forces of Afghanistan", "Taliban")


def test_fight_after_another_phrase_lends_no_side() -> None:
    event = _only("Two soldiers were killed on Sunday in Helmand after clashes with the Taliban.")
    assert event.actor1 is None or event.actor1.name != "Taliban"


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered outside parliament in Nairobi on Tuesday demanding police reform.",
        "Demonstrators in Lagos on Sunday called for an end to police brutality and for "
        "security reform.",
        "Thousands of demonstrators marched through Minneapolis on Saturday, with calls "
        "for police reform.",
        "Students marched in Dhaka on Monday to protest police violence.",
    ],
)
def test_protest_whose_only_police_are_a_topic_faces_no_one(text: str) -> None:
    event = _only(text)
    assert event.sub_event_type == "Peaceful protest"
    assert event.actor1 is not None and event.actor1.type == "protesters"
    assert event.actor2 is None


def test_police_acting_on_protesters_who_demand_reform_still_face_them() -> None:
    event = _only(
        "Police fired tear gas at protesters demanding police reform in Nairobi on Tuesday."
    )
    assert event.sub_event_type == "Protest with intervention"
    assert _names(event) == ("Protesters (Kenya)", "Police Forces of Kenya")


@pytest.mark.parametrize(
    ("text", "word", "topic"),
    [
        ("Activists renewed calls for police reform.", "police", True),
        ("The bill promises security reform.", "security", True),
        ("Hundreds rallied against police violence.", "police", True),
        ("Police violence left three protesters dead.", "Police", False),
        ("Police fired tear gas at the crowd.", "Police", False),
    ],
)
def test_force_noun_before_a_topic_noun_is_a_topic(text: str, word: str, topic: bool) -> None:
    tok = next(t for t in tokenize(text, 0, len(text)) if t.text == word)
    assert names_a_topic(tok, text) is topic
