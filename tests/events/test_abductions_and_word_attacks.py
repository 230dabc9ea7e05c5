"""Abductions told without the word "kidnap" (people taken from their homes, forced
into a car, seized or carried off by armed men: `triggers` rule 14), and attacks made
only of words (`nonevents` rule 3)."""

from __future__ import annotations

import pytest
from event_helpers import events_of

ABDUCTION = "Abduction/forced disappearance"


def _sub_types(text: str) -> list[str | None]:
    return [e.sub_event_type for e in events_of(text)]


# --- abductions told without "kidnap" ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen took the 40-year-old trade unionist from his home in Soyapango on Monday.",
        "Three engineers were taken from their homes by armed men in Cauca on Tuesday.",
        "The journalist was forced into a waiting car by masked men outside her office in Lima.",
        "Two priests were carried off by guerrillas near Ayacucho on Sunday night.",
        "The mayor of the town was seized by heavily armed men on Tuesday, police said.",
        "Armed men dragged the aid workers from their vehicle near Goma on Friday.",
    ],
)
def test_people_taken_by_force_are_abducted(text: str) -> None:
    assert ABDUCTION in _sub_types(text), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers seized the town of Kunduz on Monday.", "Government regains territory"),
        ("Police seized weapons in a raid in Kabul on Monday.", "Disrupted weapons use"),
        ("Troops took control of the bridge near Mosul on Friday.", "Government regains territory"),
    ],
)
def test_places_and_weapons_seized_keep_their_event(text: str, expected: str) -> None:
    assert _sub_types(text) == [expected]


def test_a_town_taken_by_rebels_is_no_abduction() -> None:
    assert ABDUCTION not in _sub_types("The town was taken by rebels on Monday.")


def test_goods_carried_off_are_no_abduction() -> None:
    text = "Looters carried off televisions from shops in the capital on Monday."
    assert ABDUCTION not in _sub_types(text)


def test_a_suspect_seized_by_police_is_an_arrest_not_an_abduction() -> None:
    text = "The suspect was seized by police in Karachi on Monday."
    assert ABDUCTION not in _sub_types(text)


# --- attacks made of words --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Smuggling constitutes an attack against our homeland, the finance minister said.",
        "The president stepped up his attacks on the opposition in a speech on Monday.",
        "The senator launched a verbal attack on the government on Tuesday.",
        "The minister said the group was created to attack his country's institutions.",
    ],
)
def test_attacks_in_words_are_no_event(text: str) -> None:
    assert _sub_types(text) == [], text


def test_an_attack_on_a_convoy_stays_an_attack() -> None:
    text = "Militants launched an attack on a convoy near Kabul on Monday, killing two soldiers."
    assert _sub_types(text), text


def test_police_taking_a_suspect_from_home_is_an_arrest() -> None:
    text = "Police took the suspect from his home in Quetta on Monday."
    assert _sub_types(text) == ["Arrests"]


def test_a_soldier_taking_people_away_is_an_arrest_and_the_dead_are_not_taken() -> None:
    assert _sub_types("He was taken away by soldiers in Santa Ana on Friday.") == ["Arrests"]
    assert _sub_types("The bodies were taken away by relatives on Friday.") == []
