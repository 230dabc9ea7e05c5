"""Events: named groups the knowledge base lacks that lead their members ("gunmen from
the Raia Mutomboki militia"), an air force telling of its own strikes, a state's guard
units as its military, and a toll told "also" in the next sentence."""

from __future__ import annotations

from event_helpers import events_of, first_event, name_of


def test_members_of_an_unknown_named_militia_are_that_militia() -> None:
    event = first_event(
        "Gunmen from the Nyatura Kasongo militia raided a village in Masisi, killing five people."
    )
    assert name_of(event.actor1) == "Nyatura Kasongo Militia"


def test_members_of_an_unknown_named_front_are_that_front() -> None:
    event = first_event("Militants of the Gourma Liberation Front ambushed a convoy near Gao.")
    assert name_of(event.actor1) == "Gourma Liberation Front"


def test_gunmen_from_a_state_stay_unidentified() -> None:
    event = first_event("Gunmen from Niger attacked a village near the border on Friday.")
    assert event.actor1 is not None and event.actor1.kb_id is None
    assert event.actor1.name.startswith("Unidentified Armed Group")


def test_an_air_force_telling_of_air_strikes_struck_itself() -> None:
    event = first_event(
        "Air strikes on a bandit camp killed 14 fighters in Zamfara, the Nigerian air force said."
    )
    assert event.sub_event_type == "Air/drone strike"
    assert name_of(event.actor1) == "Military Forces of Nigeria"


def test_police_telling_of_air_strikes_stay_a_source() -> None:
    event = first_event("Air strikes killed nine militants in Kunduz province, police said.")
    assert event.actor1 is None or event.actor1.type != "state_forces"


def test_police_telling_of_an_ambush_stay_a_source() -> None:
    event = first_event("Gunmen ambushed a minibus near Kaduna, killing seven people, police said.")
    assert event.actor1 is not None and event.actor1.type != "state_forces"


def test_a_presidential_guard_firing_on_a_crowd_is_the_military() -> None:
    event = first_event("The Presidential Guard opened fire on protesters in Conakry on Monday.")
    assert event.sub_event_type == "Excessive force against protesters"
    assert name_of(event.actor1) == "Protesters (Guinea)"
    assert name_of(event.actor2) == "Military Forces of Guinea"


def test_members_of_a_republican_guard_are_the_military() -> None:
    event = first_event("Soldiers of the Republican Guard fired on demonstrators in Bangui.")
    assert event.actor2 is not None and event.actor2.type == "state_forces"
    assert event.actor1 is not None and event.actor1.type == "protesters"


def test_a_national_guard_association_is_no_force() -> None:
    assert events_of("The National Guard Association of Ohio held its meeting on Friday.") == []


def test_dead_told_also_killed_in_the_fighting_join_its_toll() -> None:
    (event,) = events_of(
        "Insurgents clashed with troops near Beni on Sunday, killing four soldiers. "
        "Two insurgents were also killed in the fighting."
    )
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities is not None and event.fatalities.best == 6


def test_a_leader_among_the_dead_is_no_extra_death() -> None:
    event = first_event(
        "The drone strike killed four men, including a senior commander, near Jilib on Monday."
    )
    assert event.fatalities is not None and event.fatalities.best == 4


def test_protests_in_listed_towns_keep_the_crowd_not_the_police_of_another_town() -> None:
    events = events_of(
        "Thousands marched in Accra on Saturday against rising fuel prices. Police fired "
        "tear gas at the protesters. Protests also took place in Kumasi, Tamale and Ho."
    )
    listed = [e for e in events if e.location and e.location.name in {"Kumasi", "Tamale", "Ho"}]
    assert len(listed) == 3
    for event in listed:
        assert event.sub_event_type == "Peaceful protest"
        assert event.actor2 is None
        assert event.actor1 is not None and event.actor1.type == "protesters"
    (accra,) = [e for e in events if e.location and e.location.name == "Accra"]
    assert accra.actor2 is not None and accra.actor2.type == "state_forces"


def test_a_protest_naming_no_crowd_has_protesters_as_actor1() -> None:
    event = first_event("Thousands marched in Lusaka on Friday against power cuts.")
    assert event.event_type == "Protests"
    assert name_of(event.actor1) == "Protesters (Zambia)"
    assert event.actor2 is None


def test_an_air_force_saying_its_strikes_killed_struck_itself() -> None:
    event = first_event("The Nigerian air force said its air strikes killed 22 bandits in Katsina.")
    assert name_of(event.actor1) == "Military Forces of Nigeria"


def test_an_air_force_denying_a_part_in_a_strike_is_no_striker() -> None:
    event = first_event(
        "The Nigerian air force said it had no role in the air strike that killed nine "
        "villagers in Katsina."
    )
    assert name_of(event.actor1) != "Military Forces of Nigeria"


def test_an_air_force_answering_residents_is_no_striker() -> None:
    event = first_event(
        "Residents said air strikes killed nine villagers in Katsina, but the Nigerian air "
        "force said it hit only bandits."
    )
    assert name_of(event.actor1) != "Military Forces of Nigeria"


def test_a_states_own_guard_written_with_its_possessive_is_its_military() -> None:
    event = first_event("Syria's Republican Guard fired on protesters in Damascus on Friday.")
    assert name_of(event.actor2) == "Military Forces of Syria"


def test_a_claim_after_many_short_sentences_still_credits_the_group() -> None:
    filler = " ".join(["Omar said.", "Yusuf said."] * 120)
    events = events_of(
        f"{filler} Gunmen killed three police officers in Kandahar on Monday. "
        "The Taliban claimed responsibility for the attack."
    )
    (event,) = [e for e in events if e.fatalities is not None]
    assert name_of(event.actor1) == "Taliban"
