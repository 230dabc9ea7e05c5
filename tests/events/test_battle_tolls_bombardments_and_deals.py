"""Civilians among a battle's dead, bombing as bombardment, and deals on surrender
(`events.classify` rules 4 and 5, `events.triggers`): a battle whose dead include
civilians stays an Armed clash, while one side's killing of civilians is an Attack;
a state's or an unnamed bombing campaign is an air strike, a non-state group's bombing
a planted bomb; a surrender or evacuation deal is an Agreement, a surrender itself a
change to the group."""

from __future__ import annotations

import pytest

from sitrep.model import Event, make_article
from sitrep.pipeline import process_article


def _events(text: str) -> tuple[Event, ...]:
    return process_article(make_article(text, published="2018-03-20")).events


def _sub_types(text: str) -> list[str]:
    return [e.sub_event_type for e in _events(text)]


# --- rule 5: civilians among the dead of a battle --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A monitoring group says 24 civilians, 24 Kurdish fighters and 25 Turkish-backed "
        "Syrian militiamen have been killed in the clashes in Afrin since Saturday.",
        "Soldiers killed five civilians and three militants during clashes in Kunduz on Monday.",
        "At least 12 civilians and nine soldiers were killed in fighting between the army "
        "and rebels near Goma on Sunday, officials said.",
        "Six civilians and four militiamen died in a gun battle between police and "
        "gunmen in Maiduguri on Tuesday.",
    ],
)
def test_civilians_among_a_battles_dead_stay_an_armed_clash(text: str) -> None:
    subs = _sub_types(text)
    assert "Armed clash" in subs
    assert "Attack" not in subs


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 12 civilians in a village in Zamfara state on Sunday, police said.",
        "Gunmen killed three aid workers in an ambush in Kunduz on Monday.",
        "Militants shot dead seven villagers in Borno state on Friday, residents said.",
    ],
)
def test_one_sides_killing_of_civilians_stays_an_attack(text: str) -> None:
    assert "Attack" in _sub_types(text)


# --- rule 4: bombing by a state or as a campaign, and by a non-state group -------------


@pytest.mark.parametrize(
    "text",
    [
        "The rebels say the indiscriminate bombing forced them to agree to leave the "
        "enclave after weeks of bombing and sieges.",
        "Residents of eastern Ghouta fled on Monday after weeks of bombing by government forces.",
        "Doctors in Idlib said months of bombing had destroyed every hospital in the province.",
        "The army's indiscriminate bombing of Douma killed 40 people on Saturday, rescuers said.",
    ],
)
def test_a_bombing_campaign_is_an_air_strike(text: str) -> None:
    subs = _sub_types(text)
    assert "Air/drone strike" in subs
    assert "Remote explosive/landmine/IED" not in subs


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State militants claimed the bombing of a market in Baghdad that killed "
        "eight people on Friday.",
        "Police said Taliban militants carried out the bombing outside a bank in Kabul on Sunday.",
    ],
)
def test_a_non_state_groups_bombing_stays_a_planted_bomb(text: str) -> None:
    subs = _sub_types(text)
    assert "Remote explosive/landmine/IED" in subs
    assert "Air/drone strike" not in subs


# --- triggers: surrender deals are agreements -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rebels in eastern Ghouta agreed to surrender deals with the army on Sunday.",
        "Fighters in Douma accepted a surrender deal brokered by Russia on Saturday.",
        "Under the evacuation agreement, rebels and their families will leave Harasta "
        "for Idlib on Thursday.",
    ],
)
def test_a_surrender_or_evacuation_deal_is_an_agreement(text: str) -> None:
    subs = _sub_types(text)
    assert "Agreement" in subs
    assert "Change to group/activity" not in subs


@pytest.mark.parametrize(
    "text",
    [
        "More than 200 rebels surrendered to the army in Daraa province on Sunday.",
        "Forty Boko Haram fighters surrendered to troops in Borno state on Monday.",
    ],
)
def test_a_surrender_itself_stays_a_change_to_the_group(text: str) -> None:
    assert "Change to group/activity" in _sub_types(text)
