"""Gendarmerie targets, air defences, denials, habits and gunmen named by a claim."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sitrep.model import Event


def _events(builder: Any) -> list[Event]:
    return list(builder.run().events)


def test_gendarmerie_target_in_apposed_town(build: Callable[..., Any]) -> None:
    text = (
        "Gunmen attacked a gendarmerie post in Burkina Faso's northern town Djibo on "
        "Sunday, the army said."
    )
    b = build(text, published="2025-03-04")
    b.place("Burkina Faso", "BF", feature="country")
    b.place("Djibo", "BF", feature="city")
    b.timex("Sunday", "2025-03-02")
    [event] = _events(b)
    assert event.location is not None and event.location.name == "Djibo"
    assert event.actor2 is not None and event.actor2.name.startswith("Police Forces")
    assert event.modality == "asserted"


def test_air_defences_are_the_defending_states_military(build: Callable[..., Any]) -> None:
    text = "Over Kharkiv overnight, air defences shot down 25 drones, the governor said."
    b = build(text, published="2025-05-20")
    b.place("Kharkiv", "UA", feature="city")
    events = [e for e in _events(b) if e.sub_event_type == "Disrupted weapons use"]
    assert events, "the interception is an event"
    actor1 = events[0].actor1
    assert actor1 is not None and actor1.country == "UA" and actor1.type == "state_forces"


def test_a_denial_is_not_an_event(build: Callable[..., Any]) -> None:
    text = "The interior ministry denied that police had killed protesters in Lagos."
    b = build(text, published="2025-01-12")
    b.place("Lagos", "NG", feature="city")
    assert _events(b) == []


def test_habitual_attacks_are_not_an_event(build: Callable[..., Any]) -> None:
    text = "Al-Shabaab has carried out frequent attacks on Kenyan troops in Somalia."
    b = build(text, published="2025-02-01")
    b.actor("Al-Shabaab", "Al Shabaab", "al_shabaab", type="rebel_group", country="SO")
    b.place("Somalia", "SO", feature="country")
    assert _events(b) == []


def test_gunmen_named_by_a_later_claim_are_one_event(build: Callable[..., Any]) -> None:
    text = (
        "Gunmen attacked an army base in Mogadishu on Monday, officials said. "
        "Al-Shabaab claimed responsibility for the attack."
    )
    b = build(text, published="2025-02-11")
    b.actor("Al-Shabaab", "Al Shabaab", "al_shabaab", type="rebel_group", country="SO")
    b.place("Mogadishu", "SO", feature="city")
    b.timex("Monday", "2025-02-10")
    violent = [e for e in _events(b) if e.event_type != "Strategic developments"]
    assert len(violent) == 1
    assert violent[0].actor1 is not None and violent[0].actor1.kb_id == "al_shabaab"
    assert violent[0].modality == "asserted"
