"""Trigger words in an everyday sense (`events.senses`), one-sided violence and fights
typed as an ACLED coder would (`events.classify` rules 2, 5, 6), and deaths in combat
(`events.triggers`)."""

from __future__ import annotations

import pytest

from sitrep.events.nonevents import is_non_event
from sitrep.events.tokens import tokenize
from sitrep.events.triggers import find_triggers
from sitrep.model import Event, make_article
from sitrep.pipeline import process_article


def _events(text: str, published: str | None = "2024-03-25") -> tuple[Event, ...]:
    return process_article(make_article(text, published=published)).events


def _sub_types(text: str, published: str | None = "2024-03-25") -> list[str]:
    return [e.sub_event_type for e in _events(text, published)]


# --- rule 1: a strike needs a weapon or an armed side ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A 67-year-old woman was struck by a pickup truck on Elm Street on Tuesday, police said.",
        "The cyclist was struck by a delivery van at the junction late on Friday.",
        "The car left the road and struck a fence and a utility pole late Saturday, deputies said.",
        "The impact caused the window to shatter and strike the boy in the face.",
        'The pastor read the verse "Strike the shepherd, and the sheep will be scattered" '
        "to the congregation.",
        "Lightning struck the church roof during the storm on Sunday evening.",
        "He struck a pedestrian on Main Street on Friday night and drove off.",
        "The extradition law was struck down by the Supreme Court on Thursday.",
    ],
)
def test_an_everyday_strike_is_no_air_strike(text: str) -> None:
    assert "Air/drone strike" not in _sub_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Israel struck Gaza overnight, the health ministry said on Tuesday.",
        "Coalition aircraft struck Islamic State positions near Raqqa on Monday.",
        "A strike on a house in Idlib killed six people on Sunday, rescuers said.",
        "Russian jets struck a market in the town of Maarat al-Numan on Monday.",
        "It struck a hospital in Gaza City on Tuesday, officials said.",
    ],
)
def test_a_military_strike_is_still_a_strike(text: str) -> None:
    assert _sub_types(text)
    assert all(t != "Peaceful protest" for t in _sub_types(text))


def test_a_strike_by_workers_stays_a_protest() -> None:
    text = "A strike by transport workers shut down bus services in Lagos on Monday."
    assert _sub_types(text) == ["Peaceful protest"]


# --- rule 2: a protest needs people protesting ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lockheed challenged the contract award in a formal protest before the GAO on Monday.",
        "The embassy lodged a protest with the foreign ministry on Friday.",
        "The losing bidder filed a bid protest with the procurement office last week.",
        "The delegation signed the final text under protest on Thursday.",
        "The watchdog upheld the company's protest on Tuesday.",
        "The justice minister resigned in protest on Friday.",
    ],
)
def test_a_complaint_to_an_office_is_no_protest(text: str) -> None:
    assert not any(t.endswith("protest") or "protest" in t for t in _sub_types(text))


def test_people_protesting_are_still_a_protest() -> None:
    text = "Hundreds of people staged a protest outside the parliament in Nairobi on Tuesday."
    assert _sub_types(text) == ["Peaceful protest"]


# --- rule 3: killing needs a living victim --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon killed the deal on Friday.",
        "The senator said the merger had been killed by regulators in March.",
        "The governor's plan was killed in committee on Tuesday.",
        "Lawmakers killed the bill on Wednesday, ending months of debate.",
    ],
)
def test_a_deal_killed_is_no_killing(text: str) -> None:
    assert _events(text) == ()


def test_people_killed_are_still_a_killing() -> None:
    text = "Gunmen killed three farmers near Maiduguri on Friday, police said."
    assert _sub_types(text) == ["Attack"]


# --- rule 4 and nonevents rule 1: legal rules, warrants and case nouns ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Families with young children cannot be held in detention for more than 20 days "
        "under the ruling.",
        "Under the new law, suspects may be detained without charge for up to two weeks.",
        "A judge issued a warrant for his arrest on Monday.",
        "He was one of 120 parolees in the county who had outstanding arrest warrants.",
    ],
)
def test_a_legal_rule_or_a_warrant_is_no_arrest(text: str) -> None:
    assert "Arrests" not in _sub_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "As with most rape and assault cases, the victim and the suspect knew each other.",
        "Murder charges against the two brothers were dropped on Friday.",
        "The murder trial of the former officer opened in Leeds on Monday.",
    ],
)
def test_a_crime_noun_naming_a_case_is_no_event(text: str) -> None:
    assert _events(text) == ()


def test_a_real_arrest_on_a_warrant_stays_an_arrest() -> None:
    text = "Police arrested a suspected militant on a warrant in Peshawar on Monday."
    assert "Arrests" in _sub_types(text)


# --- rules 5 and 6: references by time or place, background years back ----------------


@pytest.mark.parametrize(
    "text",
    [
        "An officer stopped the car on the day of the murder and ticketed the driver.",
        "Detectives collected shell casings at the scene of the shooting.",
    ],
)
def test_an_event_named_as_a_time_or_place_is_no_new_event(text: str) -> None:
    assert _events(text) == ()


@pytest.mark.parametrize(
    "text",
    [
        "The town was the centre of the street protests that ignited the conflict seven years ago.",
        "In another incident three years ago, a militant was killed by embassy guards.",
    ],
)
def test_background_set_years_back_is_no_event(text: str) -> None:
    assert _events(text, published=None) == ()


def test_only_the_clause_set_years_back_is_background() -> None:
    text = (
        "Students marched through Santiago to honour two brothers who were killed four years ago."
    )
    tokens = tokenize(text, 0, len(text))
    dropped = {text[h.start : h.end]: is_non_event(tokens, h) for h in find_triggers(tokens, [])}
    assert dropped == {"marched": False, "killed": True}


@pytest.mark.parametrize(
    "text",
    [
        "The offensive in the eastern suburbs has killed more than 1,600 civilians, rescuers said.",
        "The war has left more than 500,000 people dead.",
        "The insurgency has killed thousands of soldiers and civilians.",
    ],
)
def test_a_campaigns_running_toll_is_no_event(text: str) -> None:
    assert _events(text) == ()


def test_a_toll_since_a_named_day_is_news() -> None:
    text = "Air strikes have killed 12 people in Idlib since Sunday, rescuers said."
    assert _sub_types(text) == ["Air/drone strike"]


def test_an_indiscriminate_bombing_is_a_bombardment_from_the_air() -> None:
    text = "Heavy bombing hit the town of Douma on Tuesday, residents said."
    assert _sub_types(text) == ["Air/drone strike"]


@pytest.mark.parametrize(
    "text",
    [
        "The president said securing the region had foiled plots by his foreign enemies.",
        "The interior minister said police have thwarted dozens of attacks this year.",
    ],
)
def test_a_tally_of_stopped_plots_is_no_event(text: str) -> None:
    assert _events(text) == ()


def test_one_plot_stopped_on_a_day_is_an_event() -> None:
    text = "Police foiled a bomb attack on a church in Cairo on Monday, the ministry said."
    assert _sub_types(text) == ["Disrupted weapons use"]


# --- classify: one-sided violence, fights, protests, territory ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A prisoner attacked a guard with a knife at the county jail on Monday.",
        "A man attacked his neighbour's car with a hammer in Leeds on Sunday, police said.",
        "A teenager attacked a shop assistant in Bristol on Friday, police said.",
    ],
)
def test_an_attack_by_one_person_is_violence_against_civilians(text: str) -> None:
    assert _sub_types(text) == ["Attack"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shot dead Ahmed Khan, a local shopkeeper, in Peshawar on Monday.",
        "Unknown assailants killed Maria Lopez, a teacher, in Culiacan on Friday.",
    ],
)
def test_a_named_person_killed_is_an_attack_not_a_battle(text: str) -> None:
    assert _sub_types(text) == ["Attack"]


@pytest.mark.parametrize(
    "text",
    [
        "A three-hour shootout north of Nalchik left four gunmen killed on Thursday.",
        "Police and gang members traded gunfire for two hours in Rio de Janeiro on Monday.",
        "Two soldiers were killed in a gun battle with smugglers near Rafah on Sunday.",
        "A shoot-out between police and robbers left two dead in Johannesburg on Friday.",
    ],
)
def test_a_shootout_is_an_armed_clash(text: str) -> None:
    assert _sub_types(text) == ["Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        "Protesters were pepper-sprayed by police outside the parliament in Canberra on Friday.",
        "Police used pepper spray on demonstrators marching in Melbourne on Saturday.",
    ],
)
def test_protesters_pepper_sprayed_are_a_protest_with_intervention(text: str) -> None:
    assert _sub_types(text) == ["Protest with intervention"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters took control of parts of the district of Qara on Sunday.",
        "Militant fighters seized the town of Kunduz on Monday.",
        "Insurgent units took control of the border crossing near Chaman on Friday.",
    ],
)
def test_territory_taken_by_non_state_fighters(text: str) -> None:
    assert _sub_types(text) == ["Non-state actor overtakes territory"]


# --- triggers: deaths in combat, aircraft brought down --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "He was killed on March 22 while supporting combat operations in Helmand "
        "province, Afghanistan.",
        "Three policemen were killed during combat with insurgents in Kunar on Sunday.",
        "A corporal died in combat near Bakhmut on Tuesday, the ministry said.",
    ],
)
def test_a_death_in_combat_is_an_armed_clash(text: str) -> None:
    assert _sub_types(text) == ["Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        "Rocket-propelled grenades were used to shoot down an army helicopter near "
        "Tepic last Friday.",
        "An army helicopter was shot down by rebels near Tepic on Monday.",
        "Insurgents downed a military helicopter in Zabul province on Thursday.",
    ],
)
def test_a_manned_aircraft_brought_down_is_a_fight(text: str) -> None:
    assert _sub_types(text) == ["Armed clash"]


def test_a_drone_shot_down_is_still_disrupted_weapons_use() -> None:
    text = "Air defences shot down two drones over Belgorod on Monday, the ministry said."
    assert _sub_types(text) == ["Disrupted weapons use"]


# --- rule 14: an explosion of numbers, a strike of stoppage ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the population explosion in the capital has strained water supplies.",
        "The FMLN called an armed strike in San Salvador that paralysed transport on Monday.",
    ],
)
def test_growth_and_armed_stoppages_are_no_blasts_or_air_strikes(text: str) -> None:
    assert _events(text) == ()


def test_a_blast_beside_a_figurative_explosion_is_still_an_event() -> None:
    text = "A price explosion followed the blast that killed three people in Kabul on Monday."
    assert "Remote explosive/landmine/IED" in _sub_types(text)


def test_a_crowd_as_the_agent_of_an_attack_is_a_violent_demonstration() -> None:
    text = "The police station was attacked by a group of protesters in Lagos on Monday."
    assert _sub_types(text) == ["Violent demonstration"]
    assert _sub_types("Party cadres attacked a procession of protesters in Dhaka on Monday.") == [
        "Excessive force against protesters"
    ]
