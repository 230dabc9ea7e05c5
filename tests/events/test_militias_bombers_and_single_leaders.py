"""Events, round 3: what a non-state group "bombed" (a planted bomb, not an air strike),
the people an identity militia kills (civilians), a leader killed (one death) and
settlers and herders named by their knowledge-base aliases."""

from __future__ import annotations

from sitrep.model import Event, make_article
from sitrep.pipeline import process_article

PUBLISHED = "2024-06-20"


def _events(text: str) -> list[Event]:
    return list(process_article(make_article(text, published=PUBLISHED)).events)


def test_what_rebels_bombed_is_a_planted_bomb() -> None:
    (event,) = _events(
        "Police said rebels bombed the offices of the electoral commission in Lima overnight."
    )
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_what_a_state_bombed_stays_an_air_strike() -> None:
    (event,) = _events("Russian forces bombed the town of Avdiivka on Monday.")
    assert event.sub_event_type == "Air/drone strike"


def test_the_people_an_identity_militia_kills_are_civilians() -> None:
    (event,) = _events(
        "Fulani herdsmen killed 17 people in a raid on a village in Benue State on "
        "Sunday, police said."
    )
    assert event.actor1 is not None and event.actor1.type == "identity_militia"
    assert event.actor2 is not None and event.actor2.type == "civilians"
    assert event.sub_event_type == "Attack"


def test_the_people_an_unnamed_group_kills_stay_unsaid() -> None:
    (event,) = _events("Gunmen killed 12 people in an attack on Mangu on Monday.")
    assert event.actor2 is None or event.actor2.type != "civilians"


def test_a_leader_killed_is_one_death() -> None:
    (event,) = _events(
        "An Israeli drone strike killed a senior Hezbollah leader in south Lebanon on Tuesday."
    )
    assert event.fatalities is not None and event.fatalities.best == 1


def test_jewish_settlers_are_the_israeli_settlers() -> None:
    (event,) = _events(
        "Jewish settlers attacked Palestinian shepherds near Hebron on Saturday, "
        "the Red Crescent said."
    )
    assert event.actor1 is not None and event.actor1.kb_id == "settlers"


def test_a_gang_is_an_actor_and_the_dead_of_its_raid_are_civilians() -> None:
    (event,) = _events(
        "Gang members killed 20 people in a raid on the Solino neighbourhood of "
        "Port-au-Prince on Tuesday."
    )
    assert event.actor1 is not None and event.actor1.type == "political_militia"
    assert event.actor2 is not None and event.actor2.type == "civilians"
    assert event.sub_event_type == "Attack"


def test_rival_gangs_clashing_fight_a_battle() -> None:
    (event,) = _events(
        "Clashes between rival gangs in the Cite Soleil slum of Port-au-Prince left at "
        "least eight people dead on Tuesday."
    )
    assert event.sub_event_type == "Armed clash"


def test_pirates_are_armed_and_fishermen_are_civilians() -> None:
    (event,) = _events("Pirates killed three fishermen off the coast of Sucre state on Monday.")
    assert event.actor1 is not None and event.actor1.type == "rebel_group"
    assert event.actor2 is not None and event.actor2.type == "civilians"
    assert event.fatalities is not None and event.fatalities.best == 3


def test_what_a_crowd_sets_fire_to_is_its_target_not_its_agent() -> None:
    (event,) = _events(
        "Angry youths set fire to a police station in Lahore on Tuesday, police said."
    )
    assert event.event_type == "Riots"
    assert event.actor1 is not None and event.actor1.type == "rioters"


def test_who_killed_before_a_bombing_is_the_bomber() -> None:
    (event,) = _events(
        "Al-Shabaab said it killed five soldiers in a bombing in Mogadishu on Monday."
    )
    assert event.actor1 is not None and event.actor1.kb_id == "al_shabaab"
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.fatalities is not None and event.fatalities.best == 5
