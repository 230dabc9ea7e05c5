"""Background, politics and retellings on wording from news the pipeline never saw.

Non-events: metaphors of fighting, campaign and government rallies, a hacker's
"targets", running totals over a stretch, a condemnation dated by its own day, what a
witness saw. Sub-types: a bomb seized on the eve of talks, arrests ahead of rallies, a
targeted killing. Retellings: a headline, its lead, a device told of as "it" and a
confirmation are one event. Missed events: a victim named with a rank.
"""

from __future__ import annotations

import pytest
from event_helpers import events_of

PUBLISHED = "2024-05-06"


def _sub_types(text: str) -> list[str]:
    return [e.sub_event_type for e in events_of(text, PUBLISHED)]


# --- 1. background, aggregates and metaphors ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ambassador said on Tuesday that the two countries must strengthen their "
        'cooperation in this universal battle" against terrorism.',
        "The senator said he had spent his whole life fighting to defend the Constitution.",
        "The governor repeated the claim at a campaign rally in Ohio on Wednesday.",
        "He insisted at an Indiana rally Wednesday that he would stay in the race.",
        "The senator told a rally in Des Moines on Monday that taxes would fall.",
        "The rebels had opposed a development rally held by the district administration in "
        "the village last week.",
        "Prosecutors said he targeted a seemingly random mix of politicians and celebrities.",
        "Hackers attacked the websites of three ministries, officials said on Monday.",
        "During the wave of violence in the city, the authorities have defused 14 bombs and "
        "confiscated five rockets.",
        "Clashes among nationalist protesters, loyalist marchers and the police have "
        "provoked widespread violence in the province for the past three summers.",
        "The Security Council condemned the bombing of the embassy in Nairobi on Thursday "
        "and called on all states to help find those responsible.",
        "The cartel war has claimed more than 120 lives and provoked a wave of bomb attacks "
        "in Medellin.",
        "Extremists have bombed two towns and fired mortar shells at a police station since "
        "the party was expelled from peace talks on Feb. 20.",
        "The find appeared to be the latest attempt by extremists opposed to the group's "
        "8-month-old truce to undermine the peace process.",
        "Police found a gun in a creek along the route the man took to evade arrest.",
        "An activist was charged with murder Thursday in the slaying of a doctor.",
        "The federation said terrorists have attacked several mines lately and have killed "
        "about 12 miners.",
        "The activist is now being sought by the FBI as a suspect in a fatal attack.",
    ],
)
def test_background_politics_and_metaphors_make_no_event(text: str) -> None:
    assert events_of(text, PUBLISHED) == [], text


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Opposition supporters held a protest rally in Nairobi on Tuesday.", "Peaceful protest"),
        (
            "Speaking at a rally in Lahore on Friday, the opposition leader demanded new "
            "elections.",
            "Peaceful protest",
        ),
        (
            "Gunmen targeted a bus carrying pilgrims near Quetta on Monday, killing five people.",
            "Attack",
        ),
        ("Troops fought rebels for control of the town of Kidal on Monday.", "Armed clash"),
    ],
)
def test_real_rallies_targets_and_fights_stay_events(text: str, sub_type: str) -> None:
    assert sub_type in _sub_types(text), text


def test_fighting_told_as_a_stretch_of_days_is_no_event_of_its_own() -> None:
    text = (
        "The rebel commander said his men had captured the town of Kidal following 10 days "
        "of fighting in various places."
    )
    assert "Armed clash" not in _sub_types(text)


def test_the_killing_named_again_is_the_shooting_told() -> None:
    text = (
        "A young woman was killed when a bullet hit her on an estate in Kilburn on Sunday. "
        "The prosecutor told jurors the killing followed years of tit-for-tat violence "
        "between two rival gangs."
    )
    assert _sub_types(text) == ["Attack"]


def test_a_condemnation_keeps_the_attack_it_tells_with_its_own_toll() -> None:
    text = (
        "The United Nations condemned an attack on a village in Borno that killed 12 people "
        "on Monday."
    )
    assert len(events_of(text, PUBLISHED)) == 1


def test_a_witness_seeing_the_bodies_tells_no_second_killing() -> None:
    text = (
        "Government troops clashed with guerrillas near a refugee camp in Chalatenango on "
        "Saturday, leaving five civilians dead, the army said. The bishop, who visited the "
        'camp on Sunday, said: "I saw the mutilated bodies of the children."'
    )
    assert _sub_types(text) == ["Armed clash"]


# --- 2. sub-types --------------------------------------------------------------------------


def test_a_car_bomb_seized_on_the_eve_of_talks_is_disrupted_weapons_use() -> None:
    text = (
        "Police seized a car bomb under construction on Sunday in a town near the border, "
        "on the eve of the return to peace talks."
    )
    assert _sub_types(text) == ["Disrupted weapons use"]


def test_arrests_ahead_of_rallies_are_arrests_not_a_protest() -> None:
    text = (
        "Police arrested several opposition members on weapons charges on Monday, ahead of "
        "anti-government rallies next month."
    )
    assert _sub_types(text) == ["Arrests"]


def test_a_person_shot_dead_in_a_targeted_attack_is_violence_against_civilians() -> None:
    text = (
        "A senior member of the vaccination campaign, identified as Doctor Akram Shah, was "
        "shot dead in a targeted attack in Peshawar on Sunday, reports Dawn."
    )
    (event,) = events_of(text, PUBLISHED)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")


def test_the_cadres_of_a_named_rebel_group_attack_as_armed_men_not_a_mob() -> None:
    text = "Nearly 100 CPI Maoist cadres attacked a police station in Gaya on Sunday."
    assert _sub_types(text) == ["Armed clash"]


def test_an_assassination_in_an_attack_is_violence_against_civilians() -> None:
    text = (
        "The government condemned the assassination of the former minister in an attack in "
        "which his bodyguard and driver were also killed in San Salvador on Friday."
    )
    assert _sub_types(text) == ["Attack"]


# --- 3. duplicates -------------------------------------------------------------------------


def test_headline_lead_device_and_confirmation_are_one_bombing() -> None:
    text = (
        "Officials: Bomb Kills 20 in Baghdad. BAGHDAD - A car bomb exploded near a crowded "
        "market in Baghdad on Thursday, killing as many as 20 people, officials said. The "
        "car was parked near a bus station in the eastern Karrada district when it blew up "
        "shortly after noon on Thursday, the officials said. The U.S. military confirmed "
        "the attack but said eight people were killed."
    )
    (event,) = events_of(text, PUBLISHED)
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor1 is None or event.actor1.country != "US"


# --- 4. over-merges ------------------------------------------------------------------------


def test_killings_in_two_countries_are_two_events() -> None:
    text = (
        "Weeks earlier, a man killed 10 people in Alabama on March 10. On March 11, a "
        "teenager killed 12 people at a school in Germany."
    )
    countries = sorted(
        e.location.country for e in events_of(text, PUBLISHED) if e.location is not None
    )
    assert countries == ["DE", "US"]


# --- 5. missed events ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Assistant Sub Inspector (ASI) Ali Khan was shot dead by two unidentified gunmen "
        "near a hotel in Karachi on Sunday.",
        "An Assistant Sub Inspector (ASI) Ali Khan (42), son of Rahim Khan, was shot dead "
        "near a hotel in Karachi, reports Dawn.",
        "Constable Ram Singh was shot dead near the market in Srinagar.",
    ],
)
def test_a_victim_named_with_a_rank_is_a_victim_like_any_other(text: str) -> None:
    assert len(events_of(text, PUBLISHED)) == 1, text
