"""Explosive devices as subjects, and one event per place of a listed set of places."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sitrep.model import Event

IED = "Remote explosive/landmine/IED"


def _events(builder: Any) -> list[Event]:
    return list(builder.run().events)


def test_car_bomb_that_killed_is_an_explosion_with_its_toll(build: Callable[..., Any]) -> None:
    text = "A car bomb killed 12 people in Baghdad on Tuesday."
    b = build(text, published="2025-03-05")
    b.entity("car bomb", "WEAPON")
    b.place("Baghdad", "IQ", feature="city")
    b.timex("Tuesday", "2025-03-04")
    b.quantity("12 people", "killed", low=12, best=12, high=12)
    [event] = _events(b)
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", IED)
    assert event.trigger.text == "killed"
    assert event.fatalities is not None and event.fatalities.best == 12
    assert event.location is not None and event.location.name == "Baghdad"


def test_roadside_bomb_that_exploded_near_a_convoy(build: Callable[..., Any]) -> None:
    text = "A roadside bomb exploded near a military convoy in Helmand, wounding three soldiers."
    b = build(text, published="2025-03-05")
    b.entity("roadside bomb", "WEAPON")
    b.place("Helmand", "AF", feature="admin1")
    [event] = _events(b)
    assert event.sub_event_type == IED
    assert event.trigger.text == "exploded"
    # the wounded are no death toll
    assert event.fatalities is None or not event.fatalities.best


def test_suicide_bombers_who_blew_themselves_up(build: Callable[..., Any]) -> None:
    text = "Two suicide bombers blew themselves up at a market in Maiduguri."
    b = build(text, published="2025-03-05")
    b.place("Maiduguri", "NG", feature="city")
    [event] = _events(b)
    assert event.sub_event_type == "Suicide bomb"
    assert event.location is not None and event.location.name == "Maiduguri"


def test_an_ied_that_went_off_binds_the_deaths(build: Callable[..., Any]) -> None:
    text = "An IED went off near a police checkpoint in Mogadishu on Sunday, killing two officers."
    b = build(text, published="2025-03-05")
    b.entity("IED", "WEAPON")
    b.place("Mogadishu", "SO", feature="city")
    b.timex("Sunday", "2025-03-02")
    b.quantity("two officers", "officers", low=2, best=2, high=2)
    [event] = _events(b)
    assert event.sub_event_type == IED
    assert event.trigger.text == "went off"
    assert event.fatalities is not None and event.fatalities.best == 2


def test_suicide_car_bomb_is_a_suicide_bomb(build: Callable[..., Any]) -> None:
    text = "A suicide car bomb exploded outside a hotel in Mogadishu, killing five people."
    b = build(text, published="2025-03-05")
    b.entity("suicide car bomb", "WEAPON")
    b.place("Mogadishu", "SO", feature="city")
    b.quantity("five people", "people", low=5, best=5, high=5)
    events = _events(b)
    assert [e.sub_event_type for e in events] == ["Suicide bomb"]


def test_bombs_dropped_by_jets_stay_an_air_strike(build: Callable[..., Any]) -> None:
    text = "Government jets dropped bombs that hit a hospital in Idlib on Monday."
    b = build(text, published="2025-03-05")
    b.place("Idlib", "SY", feature="city")
    b.timex("Monday", "2025-03-03")
    events = _events(b)
    assert events and {e.sub_event_type for e in events} == {"Air/drone strike"}


def test_an_alarm_that_went_off_is_no_event(build: Callable[..., Any]) -> None:
    text = "The fire alarm went off at a school in Nairobi on Monday."
    b = build(text, published="2025-03-05")
    b.place("Nairobi", "KE", feature="city")
    assert _events(b) == []


def test_protests_in_a_list_of_towns_are_one_event_per_town(
    build: Callable[..., Any],
) -> None:
    text = "Demonstrations also took place in Mombasa, Kisumu and Eldoret on Tuesday."
    b = build(text, published="2025-03-05")
    for town in ("Mombasa", "Kisumu", "Eldoret"):
        b.place(town, "KE", feature="city")
    b.timex("Tuesday", "2025-03-04")
    events = _events(b)
    assert sorted(e.location.name for e in events if e.location) == [
        "Eldoret",
        "Kisumu",
        "Mombasa",
    ]
    assert {e.event_type for e in events} == {"Protests"}
    assert len({e.id for e in events}) == 3
    for event in events:
        assert event.location is not None and event.location.evidence is not None
        assert event.location.evidence.text == event.location.name


def test_a_town_qualified_by_its_region_is_not_a_list(build: Callable[..., Any]) -> None:
    text = "Hundreds of people protested in Maiduguri, Borno on Friday."
    b = build(text, published="2025-03-05")
    b.place("Maiduguri", "NG", feature="city")
    b.place("Borno", "NG", feature="admin1")
    b.timex("Friday", "2025-02-28")
    assert len(_events(b)) == 1


def test_targets_of_a_campaign_are_not_split_but_cities_of_two_countries_are(
    build: Callable[..., Any],
) -> None:
    text = (
        "Protesters marched in Nairobi and Kampala on Saturday. "
        "Government forces shelled Aleppo and Daraya on Sunday."
    )
    b = build(text, published="2025-03-05")
    b.place("Nairobi", "KE", feature="city")
    b.place("Kampala", "UG", feature="city")
    b.place("Aleppo", "SY", feature="city")
    b.place("Daraya", "SY", feature="city")
    b.timex("Saturday", "2025-03-01")
    b.timex("Sunday", "2025-03-02")
    events = _events(b)
    # ACLED codes one event per location, whatever its country (`place_lists` rule 6)
    protests = [e for e in events if e.event_type == "Protests"]
    assert sorted(e.location.country for e in protests if e.location) == ["KE", "UG"]
    assert len([e for e in events if e.event_type != "Protests"]) == 1


def test_people_killed_by_a_car_bomb_passive(build: Callable[..., Any]) -> None:
    text = "At least 12 people were killed by a car bomb in Baghdad on Tuesday."
    b = build(text, published="2025-03-05")
    b.entity("car bomb", "WEAPON")
    b.place("Baghdad", "IQ", feature="city")
    b.timex("Tuesday", "2025-03-04")
    b.quantity("At least 12 people", "killed", low=12, best=12, high=12)
    [event] = _events(b)
    assert event.sub_event_type == IED
    assert event.fatalities is not None and event.fatalities.best == 12
