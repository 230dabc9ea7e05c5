"""Actor names read in their context: a state's possessive before a described armed
group."""

from __future__ import annotations

from event_helpers import first_event, name_of


def test_state_possessive_before_described_group_is_only_its_country() -> None:
    event = first_event(
        "Sudan's paramilitary Rapid Support Forces (RSF) stormed the town of Mellit "
        "on Sunday, residents said."
    )
    assert name_of(event.actor1) == "Rapid Support Forces"


def test_state_possessive_before_led_group_is_only_its_country() -> None:
    event = first_event(
        "Syria's Kurdish-led SDF attacked the village of Hajin on Friday, killing 12 "
        "Islamic State fighters."
    )
    assert name_of(event.actor1) == "Syrian Democratic Forces"


def test_state_possessive_before_its_army_stays_its_forces() -> None:
    event = first_event(
        "Sudan's army fought the paramilitary Rapid Support Forces in Omdurman on Sunday."
    )
    assert name_of(event.actor1) == "Military Forces of Sudan"
    assert name_of(event.actor2) == "Rapid Support Forces"
