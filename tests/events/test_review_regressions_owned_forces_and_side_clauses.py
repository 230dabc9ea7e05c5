"""Regressions found by a review of one stop's events changes: forces with an owner
named after them, the civilians a stateless militia's community stands for, acts told
in an "after" clause, charges of financing and the unidentified striker of a death."""

from __future__ import annotations

from event_helpers import events_of, name_of

PUBLISHED = "2024-10-04"


def test_soldiers_loyal_to_the_palestinian_authority_are_not_israels() -> None:
    # bare soldiers in the West Bank are Israel's; soldiers loyal to X are X's
    text = "Soldiers loyal to the Palestinian Authority arrested three Hamas members in Nablus."
    events = events_of(text, PUBLISHED)
    assert events
    assert name_of(events[0].actor1) == "Military Forces of Palestinian Territory"


def test_troops_belonging_to_the_palestinian_authority_are_not_israels() -> None:
    text = "Troops belonging to the Palestinian Authority arrested three Hamas members in Jenin."
    events = events_of(text, PUBLISHED)
    assert events
    assert name_of(events[0].actor1) == "Military Forces of Palestinian Territory"


def test_attacked_herders_of_a_stateless_militia_are_civilians_of_the_place() -> None:
    # the Fulani militia has no country: the herders killed are the event place's civilians
    events = events_of("Gunmen killed five Fulani herders in Benue state.", PUBLISHED)
    assert events
    assert name_of(events[0].actor2) == "Civilians (Nigeria)"


def test_an_active_charge_of_financing_attacks_tells_no_attack() -> None:
    # "accused the man of financing attacks": the man's part, as "accused of financing"
    text = "Prosecutors accused the man of financing attacks by al-Shabaab in Kenya."
    assert events_of(text, PUBLISHED) == []


def test_a_death_told_with_an_unattributed_strike_keeps_the_unidentified_striker() -> None:
    # the death took the strike's type; the killing still has an unidentified author
    text = "A woman died after a drone strike hit a market in Omdurman."
    events = events_of(text, PUBLISHED)
    assert events
    assert events[0].sub_event_type == "Air/drone strike"
    assert name_of(events[0].actor1) == "Unidentified Armed Group (Sudan)"


def test_the_victim_of_an_act_told_in_an_after_clause_is_no_side_of_the_riot() -> None:
    # the shooting is the occasion of the arson; the motorcyclist faced no crowd
    text = "Angry residents torched a police station in Kisumu after officers shot a motorcyclist."
    events = events_of(text, PUBLISHED)
    assert events
    assert name_of(events[0].actor1) == "Rioters (Kenya)"
    assert events[0].actor2 is None


def test_herders_attacked_in_the_passive_are_the_mobs_victims_not_its_crowd() -> None:
    text = "Fulani herders were attacked by vigilantes in Plateau state, and seven were killed."
    events = events_of(text, PUBLISHED)
    assert events
    assert name_of(events[0].actor2) == "Civilians (Nigeria)"
