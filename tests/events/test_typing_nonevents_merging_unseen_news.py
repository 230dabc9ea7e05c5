"""Event typing, non-events and merging on wording from news the pipeline never saw.

Sub-types: a person captured is an arrest or abduction, not territory; people seized as
hostages are abducted; a bombing takes no aircraft from another clause. Non-events:
acts that others respond to (charging, tribute, investigation), instructions, totals
over a period, people handed over. Merging: an attack and the bomb that made it are one
event of the bomb's type; "both attacks" names the bombings told; two cities with their
own tolls are two events. Missed events: a driver shot, a person stabbed, a death "at
the scene".
"""

from __future__ import annotations

import pytest

from sitrep.model import Event, make_article
from sitrep.pipeline import process_article

PUBLISHED = "2018-04-10"


def events_of(text: str) -> tuple[Event, ...]:
    return process_article(make_article(text, published=PUBLISHED)).events


def sub_types(text: str) -> list[str]:
    return [e.sub_event_type for e in events_of(text)]


# --- sub-types -------------------------------------------------------------------------


def test_a_person_captured_by_the_army_is_an_arrest_not_territory() -> None:
    assert sub_types("The army captured Abu Bakr in Mosul on Sunday.") == ["Arrests"]


def test_a_commander_captured_by_rebels_is_an_abduction() -> None:
    text = "Rebels captured senior commander Ali Hassan near Idlib on Monday."
    assert sub_types(text) == ["Abduction/forced disappearance"]


def test_a_town_captured_is_still_territory() -> None:
    text = "Rebels captured the town of Idlib on Monday."
    assert sub_types(text) == ["Non-state actor overtakes territory"]


def test_residents_seized_as_hostages_are_abducted() -> None:
    text = "Rebels entrenched in the town of Escalon and seized residents as hostages on Friday."
    assert sub_types(text) == ["Abduction/forced disappearance"]


def test_a_bomb_exploding_at_a_house_is_a_remote_explosive() -> None:
    text = "Two medium-sized bombs exploded at the house of a judge in Medellin on Tuesday."
    assert sub_types(text) == ["Remote explosive/landmine/IED"]


# --- non-events ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Albright paid tribute Tuesday to the victims of the bombing in Dar es Salaam.",
        "He has been charged with second-degree murder and rape in Cass County, "
        "prosecutors said on Monday.",
        "The FBI said its agents are investigating the August 7 bombings of the embassies "
        "in Nairobi and Dar es Salaam.",
        "The rebel command said mines must be placed where enemy troops travel and in "
        "highway ambushes.",
        "Five banks were destroyed by bomb explosions in Bogota in the last 48 hours.",
        "Militants have carried out 30 attacks in the province since January, officials said.",
        "Two key suspects were handed over to the United States for trial on Friday.",
    ],
)
def test_references_instructions_and_totals_make_no_event(text: str) -> None:
    assert events_of(text) == ()


def test_strikes_in_the_last_24_hours_are_the_day_s_report() -> None:
    text = (
        "The coalition conducted 10 airstrikes in the last 24 hours near Raqqa, "
        "the military said on Tuesday."
    )
    assert sub_types(text) == ["Air/drone strike"]


# --- merging ---------------------------------------------------------------------------


def test_an_attack_and_the_truck_bomb_that_made_it_are_one_bombing() -> None:
    text = (
        "A terrorist attack against El Espectador newspaper in Bogota on Saturday caused "
        "great damage. A truck bomb exploded next to the El Espectador building at 0630, "
        "killing one person."
    )
    events = events_of(text)
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]
    assert events[0].fatalities is not None and events[0].fatalities.best == 1


def test_an_attack_reported_first_and_the_blast_told_later_are_one_bombing() -> None:
    text = (
        "There has been a terrorist attack against the El Espectador newspaper in Bogota. "
        "Our reporters are at the scene. A truck bomb exploded at a gas station next to "
        "the newspaper. The blast destroyed two buses."
    )
    assert sub_types(text) == ["Remote explosive/landmine/IED"]


def test_a_bomb_told_after_an_earlier_attack_is_another_bombing() -> None:
    text = (
        "Following last night's attack on a bank in Medellin, a load of dynamite was hurled "
        "against a police station. However, at 1700 today a bomb exploded inside a "
        "fast-food restaurant in Medellin."
    )
    assert len(events_of(text)) == 2


def test_both_attacks_names_the_bombings_already_told() -> None:
    text = (
        "Two bombs exploded early this morning at the house of Judge Mario Torre in Santa "
        "Fe, Argentina. The explosions caused some damage but no casualties. Sources close "
        "to the investigation said that both attacks had the intention of frightening the "
        "judge."
    )
    assert sub_types(text) == ["Remote explosive/landmine/IED"]


def test_two_cities_with_their_own_tolls_are_two_events() -> None:
    text = (
        "The car bomb that exploded at the U.S. embassy in Nairobi killed 253 people on "
        "August 7, while the bomb in Dar es Salaam killed 10 people."
    )
    events = events_of(text)
    tolls = {
        (e.location.name if e.location else None): (e.fatalities.best if e.fatalities else None)
        for e in events
    }
    assert tolls == {"Nairobi": 253, "Dar es Salaam": 10}


# --- missed events ---------------------------------------------------------------------


def test_an_officer_shooting_a_driver_is_an_event() -> None:
    text = "The officer shot the driver after a car chase in Kansas City on Sunday, police said."
    assert sub_types(text) == ["Attack"]


def test_a_stabbing_of_a_named_man_is_an_attack_on_a_civilian() -> None:
    text = (
        "Bassett is accused of stabbing Miguel Beedle, 55, of Park Ridge on March 23 in an "
        "alley in Chicago."
    )
    events = events_of(text)
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].civilian_targeting or events[0].actor2 is not None


def test_a_person_found_shot_who_died_at_the_scene_is_one_event() -> None:
    text = (
        "Police said John Baer, 34, was one of three people found shot in Kansas City on "
        "Saturday. Baer died at the scene."
    )
    assert sub_types(text) == ["Attack"]
