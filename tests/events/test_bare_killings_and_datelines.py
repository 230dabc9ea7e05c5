"""Killings told with no perpetrator, wire datelines and dated claims, through the pipeline.

A bare death toll ("Two people were killed") says neither who nor what happened, but
words that tell a killing by someone ("shot dead", "stabbed to death", "killed in a
shooting") do; a dateline gives the day a report was filed, never the day of its act;
and a claim of responsibility made on a later day lends its group to the act told.
"""

from __future__ import annotations

from event_helpers import events_of, name_of

# --- 1. bare killings told as violence by someone ------------------------------------


def test_people_shot_dead_with_no_perpetrator_is_an_attack() -> None:
    [event] = events_of("Two people were shot dead in Zaria on Saturday.", "2025-06-10")
    assert event.sub_event_type == "Attack"
    assert event.fatalities.best == 2
    assert event.date.start == "2025-06-07"


def test_people_stabbed_to_death_with_no_perpetrator_is_an_attack() -> None:
    [event] = events_of("Three people were stabbed to death in Kano on Sunday.", "2025-06-10")
    assert event.sub_event_type == "Attack"
    assert event.fatalities.best == 3


def test_people_killed_in_a_shooting_is_an_attack() -> None:
    text = "Four people were killed in a shooting in Jackson on Sunday night, police said."
    [event] = events_of(text, "2025-06-10")
    assert event.event_type == "Violence against civilians"
    assert event.fatalities.best == 4


def test_people_killed_when_gunfire_erupted_is_an_attack() -> None:
    text = "Three people were killed when gunfire erupted outside a nightclub in Tulsa on Sunday."
    [event] = events_of(text, "2025-06-10")
    assert event.fatalities.best == 3


def test_toll_with_the_wounded_before_its_violent_cause_is_an_attack() -> None:
    text = (
        "Two people were killed and 12 others were wounded when gunfire erupted at a "
        "funeral in Kumba on Sunday."
    )
    [event] = events_of(text, "2025-06-10")
    assert event.fatalities.best == 2


def test_civilians_shot_dead_keep_their_event() -> None:
    [event] = events_of("Two civilians were shot dead in Zaria on Saturday.", "2025-06-10")
    assert event.fatalities.best == 2


def test_people_killed_with_no_cause_told_is_no_event() -> None:
    assert events_of("Two people were killed in Zaria on Saturday.", "2025-06-10") == []


def test_people_who_died_when_a_bus_overturned_is_no_event() -> None:
    text = "Five people died when a bus overturned on the highway near Kano on Sunday."
    assert events_of(text, "2025-06-10") == []


def test_murder_told_as_a_topic_is_no_event() -> None:
    text = (
        "The envoy said she was shocked by reports of the murder of dozens of people in the region."
    )
    assert events_of(text, "2025-06-10") == []


def test_people_shot_to_death_with_no_perpetrator_is_an_attack() -> None:
    [event] = events_of("Two people were shot to death in Gary on Sunday night.", "2025-06-10")
    assert event.fatalities.best == 2


def test_player_shot_in_a_photo_session_is_no_event() -> None:
    text = "The team's new striker was shot in a photo session at the stadium on Monday."
    assert events_of(text, "2025-06-10") == []


def test_convicts_executed_with_no_perpetrator_is_no_event() -> None:
    text = (
        "Two men convicted of drug trafficking were executed in Shiraz on Monday, the "
        "judiciary said."
    )
    assert events_of(text, "2025-06-10") == []


def test_shooting_headline_and_its_lead_are_one_event() -> None:
    text = (
        "Three killed in shooting at Dayton house party\n\n"
        "DAYTON, Ohio — Three people were killed and four others wounded when gunfire "
        "erupted at a house party in west Dayton late Saturday, police said.\n\n"
        "No arrests have been made."
    )
    [event] = events_of(text, "2025-06-10")
    assert event.fatalities.best == 3
    assert event.date.start == "2025-06-07"


def test_shots_police_responded_to_are_the_shooting_told() -> None:
    text = (
        "Two men were shot dead outside a bar in Jackson late Friday, police said.\n\n"
        "Officers responded to reports of shots fired on Farish Street shortly before "
        "11 p.m. and found the victims, Jackson Police Department spokesman Tom Reyes said."
    )
    [event] = events_of(text, "2025-06-10")
    assert event.sub_event_type == "Attack"
    assert event.fatalities.best == 2


def test_shots_police_responded_to_with_nothing_told_before_stay_an_event() -> None:
    text = (
        "Officers responded to reports of shots fired on Elm Street in Dayton on Sunday "
        "and found a man with gunshot wounds."
    )
    assert len(events_of(text, "2025-06-10")) == 1


def test_shots_police_responded_to_in_another_city_are_another_event() -> None:
    text = (
        "Two men were shot dead outside a bar in Jackson late Friday, police said.\n\n"
        "In Memphis, officers responded to reports of shots fired on Elm Street on "
        "Saturday and found a woman with gunshot wounds."
    )
    assert len(events_of(text, "2025-06-10")) == 2


# --- 2. a dateline's date is the filing date -----------------------------------------


def test_dateline_date_does_not_date_the_act() -> None:
    text = (
        "Gunmen kill 12 police officers in Mali ambush\n\n"
        "BAMAKO, June 9 (Reuters) - Gunmen killed at least 12 police officers in an "
        "ambush near the town of Douentza in central Mali on Saturday, two security "
        "sources said."
    )
    [event] = events_of(text, "2025-06-10")
    assert event.date.start == "2025-06-07"
    assert event.date.evidence is not None and event.date.evidence.text == "Saturday"
    assert event.fatalities.best == 12


def test_day_first_wire_dateline_does_not_date_the_act() -> None:
    text = (
        "Lima, 13 Aug 89 (EFE) -- Guerrillas killed three policemen in a raid on a police "
        "post in the Lima district of Ate on Friday."
    )
    [event] = events_of(text, "1989-08-13")
    assert event.date.start == "1989-08-11"


def test_date_opening_a_sentence_still_dates_the_act() -> None:
    text = "On June 9, gunmen killed at least 12 police officers near Douentza in central Mali."
    [event] = events_of(text, "2025-06-10")
    assert event.date.start == "2025-06-09"


# --- 3. a claim made on a later day ----------------------------------------------------


def test_dated_claim_lends_its_group_to_the_act_told() -> None:
    text = (
        "Gunmen killed at least 15 soldiers in an attack on an army post near Kaya in "
        "Burkina Faso on Tuesday, security sources said.\n\n"
        "The al Qaeda-linked group JNIM claimed responsibility for the attack in a "
        "statement on Wednesday."
    )
    [event] = events_of(text, "2025-06-12")
    assert event.date.start == "2025-06-10"
    assert name_of(event.actor1) == "Jama'at Nusrat al-Islam wal-Muslimin"


def test_attack_with_its_own_place_in_a_claim_stays_its_own_event() -> None:
    text = (
        "Gunmen killed at least 15 soldiers in an attack on an army post near Kaya in "
        "Burkina Faso on Tuesday, security sources said.\n\n"
        "On Wednesday, JNIM fighters attacked a police station in Djibo, killing four officers."
    )
    assert len(events_of(text, "2025-06-12")) == 2
