"""Actors and modality on unseen news (issue 6): sources are no actors, the sides a report
names elsewhere in its sentence or just after it, lone attackers, named victims, and acts
announced, scheduled, threatened or called off rather than carried out."""

from __future__ import annotations

import pytest
from event_helpers import events_of, name_of

from sitrep.model import Event


def _sides(events: list[Event]) -> set[tuple[str | None, str | None]]:
    return {(name_of(e.actor1), name_of(e.actor2)) for e in events}


def _initiators(events: list[Event]) -> set[str | None]:
    return {name_of(e.actor1) for e in events}


# --- 1. whoever confirms, reports or denies an attack does not carry it out ------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A car bomb exploded near a market in Basra on Thursday, killing 12 people. "
            "The British army confirmed the attack but said nine people were killed.",
            "Military Forces of the United Kingdom",
        ),
        (
            "The U.S. military confirmed the bombing and said eight people were killed.",
            "Military Forces of the United States",
        ),
        (
            "Police reported the shooting in Lagos on Monday and said two men were wounded.",
            "Police Forces of Nigeria",
        ),
        (
            "The army denied the attack on the village and said nobody was hurt.",
            "Military Forces",
        ),
    ],
)
def test_a_source_that_confirms_or_denies_an_attack_is_not_its_actor(
    text: str, source: str
) -> None:
    assert not any((name or "").startswith(source) for name in _initiators(events_of(text)))


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "The coalition announced strikes on Islamic State positions near Mosul on Monday.",
            "Global Coalition against Daesh",
        ),
        (
            "The U.S. military confirmed the strikes on Islamic State positions near Mosul on "
            "Monday.",
            "Military Forces of the United States",
        ),
    ],
)
def test_a_force_announcing_its_own_strikes_carries_them_out(text: str, actor: str) -> None:
    assert actor in _initiators(events_of(text))


def test_officers_killed_after_a_source_verb_are_the_side_harmed() -> None:
    events = events_of("Police confirmed the shooting and said two officers were killed.")
    assert events
    assert all((name_of(e.actor2) or "").startswith("Police Forces") for e in events)
    assert not any((name or "").startswith("Police") for name in _initiators(events))


# --- 2. sides the report names ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian soldiers arrested at least 22 miners in La Oroya on Sunday.",
        "A spokesman for the miners said in Lima that Peruvian soldiers have arrested at "
        "least 22 miners in La Oroya.",
    ],
)
def test_soldiers_who_arrest_are_the_arresting_force(text: str) -> None:
    (event,) = events_of(text, published="2024-05-06")
    assert event.sub_event_type == "Arrests"
    assert name_of(event.actor1) == "Military Forces of Peru"


def test_the_party_whose_members_were_detained_is_the_side_arrested() -> None:
    text = (
        "Police in Tbilisi said 10 people had been detained on weapons charges on Monday, "
        "including members of the Democratic Movement-United Georgia party."
    )
    (event,) = events_of(text)
    assert event.sub_event_type == "Arrests"
    assert name_of(event.actor2) == "Democratic Movement-United Georgia"


def test_a_bystander_killed_in_an_encounter_leaves_both_sides_of_the_encounter() -> None:
    text = (
        "A farmer was killed by a stray bullet during a five-hour encounter between CPI "
        "Maoist cadres and Police in Gaya District on Sunday."
    )
    (event,) = events_of(text)
    assert event.event_type == "Battles"
    assert name_of(event.actor1) == "Communist Party of India (Maoist)"
    assert name_of(event.actor2) == "Police Forces of India"


def test_attackers_identified_in_the_next_sentence_are_the_attack_s_actor1() -> None:
    text = (
        "On Monday night the police base in Uchiza, Peru, was attacked by armed "
        "narcoterrorists. The group was made up of about 300 members of the Shining Path "
        "and local drug traffickers."
    )
    sides = _sides(events_of(text))
    assert ("Shining Path", "Police Forces of Peru") in sides


def test_a_base_parted_from_its_passive_by_place_names_is_the_side_attacked() -> None:
    text = (
        "On 27 March, the police base in Uchiza, Mariscal Caceres Province, San Martin "
        "Department, Peru, was attacked by armed narcoterrorists."
    )
    assert ("Unidentified Armed Group (Peru)", "Police Forces of Peru") in _sides(events_of(text))


def test_a_passive_told_by_a_source_takes_no_side_from_the_source() -> None:
    text = "A police press note said, Ramesh Kumar was kidnapped in Nagpur, India, three days ago."
    assert not any("Police" in (name_of(e.actor2) or "") for e in events_of(text))


def test_narcoterrorists_alone_are_an_unidentified_armed_group() -> None:
    text = "On Monday night the police base in Uchiza, Peru, was attacked by narcoterrorists."
    assert "Unidentified Armed Group (Peru)" in _initiators(events_of(text))


def test_an_identification_names_only_a_group_known_as_armed() -> None:
    text = (
        "Gunmen attacked a bus near Quetta, Pakistan, on Monday. The gunmen were "
        "identified as residents of a nearby village."
    )
    assert "Unidentified Armed Group (Pakistan)" in _initiators(events_of(text))


def test_a_named_civilian_victim_is_coded_as_civilians_of_the_country() -> None:
    text = "Suspected rebels shot dead Sharad Kursami, a villager, in Nagpur, India, on Sunday."
    (event,) = events_of(text)
    assert name_of(event.actor2) == "Civilians (India)"
    assert event.actor2 is not None and event.actor2.evidence is not None
    assert "Sharad Kursami" in event.actor2.evidence.text


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "A man killed 10 people in a shooting spree across two towns in Alabama on Tuesday.",
            "United States",
        ),
        ("On March 11, a teenager killed 12 people at his former school in Germany.", "Germany"),
        (
            "A man went on a rampage at a shopping mall in Ohio on Sunday, killing three shoppers.",
            "United States",
        ),
        (
            "Authorities said Robert Stewart, 45, went on a rampage at a nursing home in "
            "Raleigh, North Carolina, on Sunday, killing seven residents and a nurse.",
            "United States",
        ),
    ],
)
def test_one_person_doing_harm_is_a_sole_perpetrator(text: str, country: str) -> None:
    assert f"Sole Perpetrator ({country})" in _initiators(events_of(text))


def test_a_named_person_with_an_office_is_no_sole_perpetrator() -> None:
    text = "President Ali Hassan killed dozens of protesters in Khartoum, Sudan, on Monday."
    assert not any("Sole Perpetrator" in (name or "") for name in _initiators(events_of(text)))


def test_a_man_killed_in_a_shooting_is_a_victim_not_a_perpetrator() -> None:
    text = "A man killed in a shooting in Chicago on Sunday was a local teacher."
    assert not any("Sole Perpetrator" in (name or "") for name in _initiators(events_of(text)))


# --- 3. acts not carried out -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The federation of miners has called a national strike for 14 August.",
        "The union announced a general strike over the price rises.",
        "The miners' national strike, which is scheduled to begin on 14 August, will hit the "
        "largest state-owned mines.",
        "Teachers called off the strike on Monday after the government agreed to raise pay.",
        "Organisers cancelled the march through the capital on Saturday.",
    ],
)
def test_a_strike_called_scheduled_or_called_off_is_no_protest_of_record(text: str) -> None:
    assert not [e for e in events_of(text, published="2024-05-06") if e.event_type == "Protests"]


def test_arrests_on_the_eve_of_a_strike_are_the_only_event() -> None:
    text = (
        "Soldiers arrested at least 22 miners in La Oroya, Peru, on the eve of the national "
        "strike, which is scheduled to begin on 14 August."
    )
    events = events_of(text, published="2024-05-06")
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_rallies_ahead_of_which_people_are_arrested_have_not_happened() -> None:
    text = (
        "Police arrested several opposition members in Tbilisi on Monday ahead of "
        "anti-government rallies next month."
    )
    assert [e.sub_event_type for e in events_of(text)] == ["Arrests"]


@pytest.mark.parametrize(
    "text",
    [
        "An unidentified caller threatened a generalized attack on radio stations throughout "
        "the country.",
        "An announcer said he received a phone call on Monday in which an attack on radio "
        "stations was threatened.",
        "An attack on the embassy in Nairobi was foiled by police on Monday.",
        "Investigators are looking into whether a gunman targeted the nursing home because "
        "his wife worked there.",
    ],
)
def test_a_threatened_foiled_or_questioned_attack_is_no_event(text: str) -> None:
    assert events_of(text, published="2024-05-06") == []


def test_police_calling_an_attack_terrorism_still_report_it() -> None:
    text = (
        "Gunmen attacked a checkpoint in Peshawar, Pakistan, on Monday, killing two "
        "policemen. Police called the attack an act of terror."
    )
    assert any(e.event_type == "Battles" for e in events_of(text))
