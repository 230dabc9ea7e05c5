"""A list of kinds of act ("crimes, murders, and attacks") names no incident."""

from __future__ import annotations

import pytest
from event_helpers import events_of


@pytest.mark.parametrize(
    "text",
    [
        "The country longs for the complete end to crimes, murders, and attacks against"
        " public officials, newsmen and political leaders.",
        "Since the elections there has been a significant increase of repression against"
        " the people in the form of arrests, murders, searches, and attacks against"
        " universities.",
    ],
)
def test_a_catalogue_of_kinds_of_act_is_no_event(text: str) -> None:
    assert events_of(text) == []


def test_a_list_of_acts_on_a_named_day_is_news() -> None:
    text = "Kidnappings, bombings and murders shook the capital on Monday, police said."
    assert events_of(text)


def test_attacks_told_alone_stay_an_event() -> None:
    text = "Guerrillas carried out attacks on two police posts in Lima, killing three officers."
    assert [e.trigger.text for e in events_of(text) if e.trigger is not None][:1] == ["attacks"]


@pytest.mark.parametrize(
    "text",
    [
        "The army said Hamas fighters carried out attacks, kidnappings, and killings in"
        " southern Israel on Oct. 7.",
        "Residents described kidnappings, killings, and lootings by RSF fighters in El"
        " Fasher last week.",
    ],
)
def test_a_list_of_acts_followed_by_its_place_or_date_is_news(text: str) -> None:
    assert events_of(text)
