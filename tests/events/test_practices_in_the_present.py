"""Practices told in the present, and deaths an accident caused, are no events."""

from __future__ import annotations

import pytest
from event_helpers import events_of


@pytest.mark.parametrize(
    "text",
    [
        "Peasants have reported that Contras are infiltrating through Jicaro and that they"
        " steal, kidnap, and murder anyone who does not cooperate with them.",
        "The chieftains are more criminal than the counterrevolutionaries themselves, who"
        " carry out ambushes.",
    ],
)
def test_a_practice_in_the_present_is_no_event(text: str) -> None:
    assert events_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "They kidnapped the mayor of Tocache yesterday, police said.",
        "Rebels who attacked a police post in Lima killed three officers.",
    ],
)
def test_an_act_in_the_past_stays_an_event(text: str) -> None:
    assert events_of(text)


def test_deaths_an_accident_caused_are_no_event() -> None:
    text = (
        "The crash killed 120 of the 137 passengers who were travelling to Tegucigalpa"
        " and Houston, airline officials said."
    )
    assert events_of(text) == []


def test_deaths_a_bomb_caused_stay_an_event() -> None:
    assert events_of("A car bomb killed 12 people in the capital on Monday, police said.")


def test_a_crash_of_an_aircraft_shot_down_stays_an_event() -> None:
    text = "The crash killed 5 soldiers on Monday; rebels said they shot it down."
    kills = [e for e in events_of(text) if e.fatalities is not None and e.fatalities.best == 5]
    assert kills and kills[0].event_type == "Battles"
