"""Regressions of a re-audit (issue 6): arrests told as "picked up", people intercepted,
acts named as the start of a time or as what is investigated, named victims told a few
sentences after a bombing, and a toll told with a bombing that followed a grenade.
"""

from __future__ import annotations

from event_helpers import events_of


def test_a_suspect_picked_up_by_officers_is_an_arrest() -> None:
    events = events_of(
        "Officers were called on Tuesday to a disturbance at a motel in Springfield. "
        "The suspect ran off when officers arrived but was picked up two blocks away, "
        "the police said."
    )
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_a_child_picked_up_from_school_is_no_arrest() -> None:
    events = events_of("The girl was picked up from school by her aunt on Tuesday afternoon.")
    assert not [e for e in events if e.sub_event_type == "Arrests"]


def test_a_person_intercepted_is_no_disrupted_weapons_use() -> None:
    events = events_of(
        "Police in Cali announced that former senator Juan Perez was kidnapped by "
        "unidentified men on Monday. Perez, 64, was intercepted near the football stadium "
        "in Cali while he was without bodyguards, and was forced to go with his captors "
        "in a car."
    )
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_a_truck_of_explosives_intercepted_is_still_disrupted_weapons_use() -> None:
    events = events_of(
        "Soldiers intercepted a truck loaded with explosives at a checkpoint near Kandahar "
        "on Sunday, the army said."
    )
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


def test_an_act_inside_a_since_phrase_is_background() -> None:
    events = events_of(
        "The suspect has been on the run since the March 2019 bombing of a clinic in "
        "Atlanta, Ga., that killed a security guard. Police said on Monday they had new "
        "leads in the search.",
        published="2021-06-08",
    )
    assert not [e for e in events if e.event_type != "Strategic developments"]


def test_investigating_the_bombings_is_no_new_attack() -> None:
    events = events_of(
        "Police said on Monday that bombs had exploded outside two embassies in Lima and "
        "Quito last Friday. The government has dispatched detectives to South America to "
        "investigate the bombings but there was no word in Lima on Tuesday of any arrest."
    )
    assert events
    assert all(e.sub_event_type == "Remote explosive/landmine/IED" for e in events)


def test_victims_named_after_a_bombing_are_its_victims() -> None:
    events = events_of(
        "A car bomb exploded outside the union headquarters in San Salvador today. "
        "Where did it explode? At the union headquarters. Union leader Maria Lopez and "
        "six other people were killed.",
    )
    assert len(events) == 1
    assert events[0].sub_event_type == "Remote explosive/landmine/IED"


def test_a_bomb_that_exploded_after_a_grenade_keeps_its_own_type_and_toll() -> None:
    events = events_of(
        "The man who threw a grenade at the guards of the embassy in Nairobi seconds before "
        "the bomb exploded was identified on Thursday. The car bomb attack at the embassy "
        "in Nairobi killed 200 people.",
        published="2024-03-15",
    )
    bombings = [e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert len(bombings) == 1
    assert bombings[0].fatalities.best == 200
    assert not [e for e in events if e.sub_event_type == "Grenade"]


def test_an_earlier_incident_told_as_a_comparison_is_background() -> None:
    events = events_of(
        "A gunman killed six people at a care home in Dover on Sunday, police said. "
        "Sunday's rampage happened just weeks after a man killed nine people in Ohio.",
        published="2024-03-12",
    )
    assert len(events) == 1
    assert events[0].fatalities.best == 6
