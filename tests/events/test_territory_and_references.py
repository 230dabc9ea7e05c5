"""Round-3 rules: territory changes, projectile arrivals, settlements named by their kind,
speaking countries, references to earlier events, inferred weapon operators and
country names from the actor knowledge base."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sitrep.events.roles import Roles, country_name, infer_operators
from sitrep.model import Actor, Event, Span, Weapon


def _events(builder: Any) -> list[Event]:
    return list(builder.run().events)


def test_opposition_liberating_a_town_is_a_non_state_takeover(build: Callable[..., Any]) -> None:
    text = (
        "Syrian opposition forces liberated the Syrian town of Dabiq from ISIL control, "
        "aided by strong support from Turkey."
    )
    b = build(text, published="2016-10-16")
    b.actor("Syrian opposition forces", "Syrian opposition", "syrian_opposition",
            type="rebel_group", country="SY")  # fmt: skip
    b.actor("ISIL", "Islamic State", "islamic_state", type="rebel_group")
    b.place("Turkey", "TR")
    [event] = _events(b)
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Dabiq", "SY")


def test_army_claiming_full_control_regains_territory(build: Callable[..., Any]) -> None:
    b = build("The Syrian army now claims full control of Aleppo.", published="2016-12-23")
    b.place("Aleppo", "SY", feature="city")
    [event] = _events(b)
    assert event.sub_event_type == "Government regains territory"
    assert event.location is not None and event.location.name == "Aleppo"


def test_raising_the_flag_in_a_city_is_a_territory_change(build: Callable[..., Any]) -> None:
    text = "I welcome the news that the Government of Iraq has raised the Iraqi flag in Tikrit."
    b = build(text, published="2015-04-01")
    b.actor("Government of Iraq", "Government of Iraq", "IQ.government", type="state_forces",
            country="IQ")  # fmt: skip
    b.place("Tikrit", "IQ", feature="city")
    [event] = _events(b)
    assert event.sub_event_type == "Government regains territory"


def test_captured_people_are_not_territory(build: Callable[..., Any]) -> None:
    text = "He disputed the version that he was captured inside Iraq on 10 May."
    b = build(text, published="2016-06-01")
    b.place("Iraq", "IQ")
    b.timex("10 May", "2016-05-10")
    assert not [e for e in _events(b) if e.event_type == "Battles"]


def test_rockets_landing_are_shelling(build: Callable[..., Any]) -> None:
    text = "Several rockets landed in the airport compound in Mezzeh, the army said."
    b = build(text, published="2017-01-13")
    b.place("Mezzeh", "SY", feature="city")
    [event] = _events(b)
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_a_condemning_country_is_not_the_place(build: Callable[..., Any]) -> None:
    text = (
        "The United States strongly condemns the horrific attacks today in the town of "
        "Jabla, where more than 60 civilians were killed and injured."
    )
    b = build(text, published="2016-05-23")
    b.place("United States", "US")
    events = _events(b)
    assert events
    assert all(e.location is None or e.location.country != "US" for e in events)


def test_recent_attacks_in_commentary_are_not_events(build: Callable[..., Any]) -> None:
    text = "In the wake of recent terrorist attacks inside Turkey, we stand with our ally."
    b = build(text, published="2016-10-28")
    b.place("Turkey", "TR")
    assert _events(b) == []


def test_country_names_come_from_the_actor_knowledge_base() -> None:
    assert country_name("TR") == "Turkey"
    assert country_name("TR.police") == "Turkey"
    assert country_name("RU") == "Russia"
    assert country_name(None) is None


def _weapon(text: str, name: str, operator: str | None) -> Weapon:
    start = text.index(name)
    return Weapon(name, "combat_aircraft", Span.of(text, start, start + len(name)), operator)


def test_unstated_operators_take_a_state_initiators_country() -> None:
    text = "U.S. F-15Es and Jordanian F-16s struck Islamic State targets."
    us = Actor("United States", Span.of(text, 0, 4), "US", "US", "state_forces")
    jordan = Actor("Jordan", Span.of(text, 17, 26), "JO", "JO", "state_forces")
    weapons = [_weapon(text, "F-15Es", None), _weapon(text, "F-16s", "JO")]
    inferred = infer_operators(weapons, Roles(us, [jordan]))
    assert [w.operator for w in inferred] == ["US", "JO"]


def test_operators_stay_unknown_for_non_state_or_shared_initiators() -> None:
    text = "Rebels and French jets fired missiles."
    rebels = Actor("Rebels", Span.of(text, 0, 6), None, None, "rebel_group")
    france = Actor("France", Span.of(text, 11, 17), "FR", "FR", "state_forces")
    weapons = [_weapon(text, "missiles", None)]
    assert infer_operators(weapons, Roles(rebels))[0].operator is None
    uk = Actor("United Kingdom", Span.of(text, 0, 6), "GB", "GB", "state_forces")
    assert infer_operators(weapons, Roles(uk, [france]))[0].operator is None
