"""Merge rule 12: a detail told after an event (no place of its own, no date but that
event's day, no other actor) is part of that event, not another one."""

from __future__ import annotations

from sitrep.model import make_article
from sitrep.pipeline import process_article


def _events(text: str) -> list[tuple[str, str | None]]:
    events = process_article(make_article(text, published="2024-09-17")).events
    return [(e.sub_event_type, e.location.name if e.location else None) for e in events]


def test_gunfire_heard_by_residents_is_part_of_the_attack() -> None:
    text = (
        "Gunmen attacked a police academy in Mali's capital Bamako early on Tuesday, "
        "the army said.\n"
        "Residents reported heavy gunfire and explosions for several hours.\n"
    )
    assert len(_events(text)) == 1


def test_a_detail_stated_for_the_same_day_is_part_of_the_attack() -> None:
    text = (
        "Gunmen attacked a police academy in Mali's capital Bamako early on Tuesday, "
        "the army said.\n"
        "Residents reported heavy gunfire and explosions from before dawn.\n"
    )
    assert len(_events(text)) == 1


def test_a_detail_stated_for_another_day_stays_apart() -> None:
    text = (
        "Gunmen attacked a police academy in Mali's capital Bamako early on Tuesday, "
        "the army said.\n"
        "On Sunday, explosions were reported near the airport.\n"
    )
    assert len(_events(text)) == 2


def test_fire_set_by_protesters_joins_their_protest() -> None:
    text = (
        "Thousands of protesters marched in Nairobi on Tuesday and some of them breached "
        "the parliament building.\n"
        "Police fired tear gas and live bullets at the crowds outside parliament.\n"
        "Part of the building was set on fire before the protesters were pushed back by police.\n"
    )
    events = _events(text)
    assert len(events) == 1
    assert events[0][1] == "Nairobi"


def test_an_event_with_its_own_place_stays_apart() -> None:
    text = (
        "Gunmen attacked a police academy in Bamako early on Tuesday, the army said.\n"
        "Separately, a roadside bomb exploded near Mopti, wounding two soldiers.\n"
    )
    places = {place for _, place in _events(text)}
    assert {"Bamako", "Mopti"} <= places


def test_one_sides_act_after_fighting_stays_its_own_event() -> None:
    text = (
        "Heavy fighting broke out on Friday in El Fasher between the Rapid Support Forces "
        "and the Sudanese army.\n"
        "The RSF shelled residential neighbourhoods in the east of the city, witnesses said.\n"
    )
    types = [sub_type for sub_type, _ in _events(text)]
    assert "Armed clash" in types
    assert "Shelling/artillery/missile attack" in types
