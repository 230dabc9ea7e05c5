"""A bare nationality adjective names no state actor unless it qualifies the state's
forces, government, means or act; questions, habits and practices are no events."""

from __future__ import annotations

import pytest
from event_helpers import events_of, first_event, name_of

PUBLISHED = "1989-11-20"


def _initiator(text: str) -> str | None:
    return name_of(first_event(text).actor1)


@pytest.mark.parametrize(
    "text",
    [
        "Colombian drug traffickers killed a judge in Medellin on Monday.",
        "Uniformed men murdered a Spanish priest in San Salvador on Thursday.",
    ],
)
def test_a_nationality_qualifying_people_names_no_state(text: str) -> None:
    event = first_event(text)
    assert event.actor1 is None or event.actor1.type != "state_forces"


def test_a_nationality_before_a_name_names_no_arrester_or_victim_state() -> None:
    text = "Police detained Nicaraguan Luis Ordonez in Tegucigalpa on Sunday."
    sides = [name_of(a) for e in events_of(text, PUBLISHED) for a in (e.actor1, e.actor2)]
    assert "Nicaragua" not in sides


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Colombian troops killed three guerrillas in a clash near Cali on Monday.", "Colombia"),
        ("Residents said Russian shelling killed four people in Kharkiv on Monday.", "Russia"),
        ("Syrian helicopters dropped barrel bombs on Aleppo, killing ten people.", "Syria"),
    ],
)
def test_a_nationality_qualifying_forces_means_or_acts_names_the_state(
    text: str, state: str
) -> None:
    actor = first_event(text).actor1
    assert actor is not None and actor.type == "state_forces" and actor.country is not None
    assert state in actor.name or actor.name.endswith(f"of {state}")


@pytest.mark.parametrize(
    "text",
    [
        "Is the army behind the killing of the six priests in San Salvador?",
        "What did you feel after killing so many policemen in Bogota?",
    ],
)
def test_a_question_reports_no_event(text: str) -> None:
    assert events_of(text, PUBLISHED) == []


def test_what_a_kind_of_actor_habitually_does_is_no_event() -> None:
    text = (
        "The president said the right-wing terrorists, who attack students and place "
        "bombs, cannot join the dialogue."
    )
    assert [e.sub_event_type for e in events_of(text, PUBLISHED)] == []


def test_a_past_act_in_a_relative_clause_is_still_reported() -> None:
    text = "The gunmen, who attacked the students in Guatemala City on Monday, fled in a car."
    assert events_of(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "The minister said Colombia cannot justify the use of kidnapping as a political weapon.",
        "Kidnapping is used as a political weapon by the guerrillas, the minister said.",
        "The rebel leader said his movement will abandon practices like kidnapping.",
    ],
)
def test_an_act_named_as_a_practice_is_no_event(text: str) -> None:
    assert events_of(text, PUBLISHED) == []


def test_joined_nationalities_share_the_force_noun_after_them() -> None:
    text = "Two soldiers were killed in a clash between the Honduran and Salvadoran armies."
    event = first_event(text)
    sides = {a.country for a in (event.actor1, event.actor2) if a is not None}
    assert sides == {"HN", "SV"}
