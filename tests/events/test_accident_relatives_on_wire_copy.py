"""An accident told by a relative clause holds no violence, but only when the accident
heads the clause's antecedent: an attack named after a verb is the killer."""

from __future__ import annotations

from event_helpers import events_of


def test_attack_after_a_collapse_of_talks_keeps_its_dead() -> None:
    text = (
        "MOGADISHU, March 10 (Reuters) - The collapse of talks led to an attack that "
        "killed 15 people in Mogadishu on Sunday, police said."
    )
    [event] = events_of(text, published="2024-03-10")
    assert event.sub_event_type == "Attack"
    assert event.fatalities.best == 15


def test_collapse_of_a_building_that_killed_is_no_event() -> None:
    text = (
        "ISTANBUL, March 10 (Reuters) - Rescuers searched the rubble on Sunday after the "
        "collapse of a building that killed 15 people in the city of Antakya."
    )
    assert events_of(text, published="2024-03-10") == []
