"""Claimants, arresters, bystanding states and open questions on unseen news (issue 6).

A group that claims responsibility in the paragraph is the attack's actor1; the force
that makes an arrest is actor1 even in a participle clause, and the people arrested
never are; a state that is only the object of someone's hatred, and an "Army of God",
are no state forces; what someone feared or would not comment on is no reported event.
"""

from __future__ import annotations

import pytest
from event_helpers import events_of, first_event, name_of

_events = events_of
_one = first_event
_name = name_of


# --- 1. claims of responsibility ------------------------------------------------------


def test_a_known_group_claiming_in_the_next_sentence_is_actor1() -> None:
    event = _one(
        "Gunmen killed three police officers at a checkpoint in Kandahar on Monday. "
        "The Taliban claimed responsibility."
    )
    assert _name(event.actor1) == "Taliban"
    assert _name(event.actor2) == "Police Forces of Afghanistan"


def test_an_unknown_group_claiming_the_blast_is_actor1_by_its_own_name() -> None:
    event = _one(
        "A bomb exploded near a Shia mosque in Quetta on Friday, killing five worshippers. "
        "LeJ claimed responsibility for the blast."
    )
    assert _name(event.actor1) == "LeJ"
    assert event.actor1 is not None and event.actor1.evidence is not None
    assert event.actor1.evidence.text == "LeJ"


def test_no_group_claiming_names_no_one() -> None:
    event = _one(
        "A bomb exploded near a Shia mosque in Quetta on Friday, killing five worshippers. "
        "No group has claimed responsibility for the blast."
    )
    assert event.actor1 is None


def test_a_claim_reaches_no_event_of_another_paragraph() -> None:
    events = _events(
        "A bomb exploded near a Shia mosque in Quetta on Friday, killing five worshippers.\n\n"
        "In a statement on Saturday, LeJ claimed responsibility for a kidnapping in Karachi."
    )
    blast = next(e for e in events if e.trigger.text == "exploded")
    assert blast.actor1 is None


def test_a_named_state_initiator_is_not_replaced_by_a_claim() -> None:
    event = _one(
        "Pakistani troops killed six militants in a raid in North Waziristan on Monday. "
        "The Taliban claimed responsibility for an earlier attack on a convoy."
    )
    assert _name(event.actor1) == "Military Forces of Pakistan"


# --- 2. arrests -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "arrester"),
    [
        (
            "Israeli forces carried out raids in many areas of the West Bank overnight, "
            "arresting 25 Palestinians, the army said.",
            "Military Forces of Israel",
        ),
        (
            "Police raided a house in Lahore on Monday, arresting three suspects.",
            "Police Forces of Pakistan",
        ),
    ],
)
def test_a_participle_arrest_takes_the_subject_of_the_clause_before(
    text: str, arrester: str
) -> None:
    arrest = next(e for e in _events(text) if e.sub_event_type == "Arrests")
    assert _name(arrest.actor1) == arrester


def test_a_passive_clause_before_a_participle_lends_no_initiator() -> None:
    events = _events("Two soldiers were killed in Kabul on Monday, prompting a manhunt.")
    assert all(_name(e.actor1) != "Military Forces of Afghanistan" for e in events)


def test_the_people_arrested_are_never_the_arrester() -> None:
    arrest = _one(
        "Fisher was one of three people police arrested Thursday night after a car chase "
        "in Kansas City, Missouri."
    )
    assert arrest.sub_event_type == "Arrests"
    assert _name(arrest.actor1) == "Police Forces of the United States"
    assert _name(arrest.actor2) == "Civilians (United States)"


# --- 3. spurious states -----------------------------------------------------------------


def test_the_object_of_hatred_takes_no_part() -> None:
    event = _one(
        "A man who said he hates the US government opened fire on a crowd in Dallas on "
        "Sunday, killing two people."
    )
    sides = [event.actor1, event.actor2, *event.assoc_actor1]
    assert all(_name(a) != "Government of the United States" for a in sides)


def test_an_army_of_a_non_state_name_is_no_state_army() -> None:
    events = _events(
        "Army of God letters claim responsibility for the bombing of an abortion clinic "
        "in Birmingham, Alabama."
    )
    for event in events:
        for side in (event.actor1, event.actor2, *event.assoc_actor1):
            assert not (_name(side) or "").startswith("Military Forces")


# --- 4. modality ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian citizens in Panama City were afraid that they were about to be "
        "attacked by a mob.",
        "A police spokesman in Nairobi would not comment on whether two suspects remained "
        "in detention.",
    ],
)
def test_feared_and_open_questions_are_no_reported_events(text: str) -> None:
    assert _events(text) == []


def test_an_attack_told_plainly_beside_an_open_question_holds() -> None:
    events = _events(
        "Gunmen attacked a police station in Peshawar on Monday. It was not clear whether "
        "anyone had been arrested."
    )
    assert any(e.trigger.text == "attacked" for e in events)


def test_a_group_claiming_a_fact_is_no_claimant_of_the_attack_before() -> None:
    events = _events(
        "A bomb exploded at a market in Kandahar on Monday, killing four people. The "
        "Taliban claimed that government forces had planted the device."
    )
    blast = next(e for e in events if e.trigger.text == "exploded")
    assert _name(blast.actor1) != "Taliban"


def test_the_police_running_a_raid_make_an_unattributed_arrest() -> None:
    arrest = _one(
        "In a police raid at their home in Clinton, Connecticut, on Thursday, the couple "
        "were arrested on warrants charging each with selling narcotics."
    )
    assert _name(arrest.actor1) == "Police Forces of the United States"


def test_police_doing_something_else_leave_a_detention_to_the_protest() -> None:
    events = _events(
        "Thousands of people marched in Tbilisi on Thursday night. Riot police used water "
        "cannon, and 40 people were detained."
    )
    assert all(not (e.sub_event_type == "Arrests" and e.actor1) for e in events)


def test_a_detective_is_the_police() -> None:
    arrest = _one(
        "Detectives traced the suspects' vehicle and arrested two men at a home in Lemay, "
        "Missouri, on Tuesday."
    )
    assert _name(arrest.actor1) == "Police Forces of the United States"


def test_a_demonym_before_a_lone_militant_names_no_state_forces() -> None:
    event = _one(
        "A Saudi militant detonated a truck bomb outside the US embassy in Nairobi on Friday."
    )
    assert _name(event.actor1) != "Saudi Arabia"
    assert all(a.kb_id != "SA" for a in event.assoc_actor1)
