"""Crowds with and without a stated demonstration aim (`events.classify` rule 2c),
hazards that name no event (`events.nonevents` rule 23) and a state's fire on a place
(`events.classify` rule 5), on news wording."""

from __future__ import annotations

import pytest

from sitrep.events.classify import stated_aim
from sitrep.model import Event, make_article
from sitrep.pipeline import process_article

PUBLISHED = "2024-06-20"


def _events(text: str, published: str | None = PUBLISHED) -> tuple[Event, ...]:
    return process_article(make_article(text, published=published)).events


def _sub_types(text: str, published: str | None = PUBLISHED) -> list[str]:
    return [e.sub_event_type for e in _events(text, published)]


# --- rule 2c: a crowd's violence with a stated aim is a violent demonstration ---------


@pytest.mark.parametrize(
    "text",
    [
        "Angry youths set fire to a police station in Lahore after a suspect died in "
        "custody, police said.",
        "A mob set fire to a police station in Lahore on Monday after a man died in custody.",
        "Residents stormed a police post in Kano on Monday, demanding the release of a "
        "detained cleric.",
        "Angered by the court verdict, crowds torched government offices in Kinshasa on Tuesday.",
        "Residents clashed with police in Nairobi on Monday after officers shot dead a teenager.",
        "Youths attacked the district office in Kasese on Sunday over the arrest of a local "
        "leader.",
    ],
)
def test_a_crowd_with_a_stated_aim_is_a_violent_demonstration(text: str) -> None:
    types = _sub_types(text)
    assert "Violent demonstration" in types
    assert "Mob violence" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Angry youths set fire to a police station in Lahore on Monday.",
        "Villagers burned the house of a man accused of blasphemy in Punjab on Sunday.",
        "A mob lynched a man accused of theft in Assam on Tuesday.",
        "A mob beat to death a man accused of stealing a phone in Lagos on Monday.",
        "Villagers torched houses in Plateau State on Monday after two farmers were killed "
        "by herders.",
        "Supporters of the ruling party attacked opposition offices in Dhaka on Sunday.",
    ],
)
def test_a_crowd_without_a_demonstration_aim_is_mob_violence(text: str) -> None:
    types = _sub_types(text)
    assert "Mob violence" in types
    assert "Violent demonstration" not in types


def test_vigilante_justice_or_a_reprisal_states_no_aim() -> None:
    reprisal = "residents torched homes in retaliation for the killing of a farmer by police"
    protest = "residents torched homes over the arrest of a farmer"
    assert not stated_aim(reprisal.split(" "))
    assert stated_aim(protest.split(" "))


# --- nonevents rule 23: a hazard is no event -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police said there was no danger to the public of a random assault.",
        "Police said there was no danger to the public of a random assault in the city on Monday.",
        "Officials said the risk of a terrorist attack remains high in Paris.",
        "There are fears of renewed clashes in Tripoli.",
        "The threat of airstrikes forced thousands to flee their homes in Idlib.",
        "Aid workers in Kaduna are at risk of being kidnapped, the UN said on Monday.",
        "Residents fear the possibility of an attack on the town of Kidal.",
    ],
)
def test_a_hazard_names_no_event(text: str) -> None:
    assert _events(text) == ()


def test_an_event_reported_beside_a_hazard_is_kept() -> None:
    text = (
        "Fears of the fighting spreading to Tripoli grew after clashes killed 12 people on Monday."
    )
    assert "Armed clash" in _sub_types(text)
    assert "Attack" in _sub_types(
        "Gunmen killed five people in an attack on a village in Zamfara on Monday."
    )


# --- classify rule 5: a state's fire on a named place is shelling -----------------------


def test_a_state_firing_on_a_town_shells_it() -> None:
    assert _sub_types("Turkey fired on Qamishli on Wednesday.") == [
        "Shelling/artillery/missile attack"
    ]


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Police fired on protesters in Nairobi on Tuesday.", "Excessive force against protesters"),
        ("Gunmen fired on a bus in Plateau State on Monday.", "Attack"),
    ],
)
def test_fire_by_forces_or_gunmen_on_people_is_no_shelling(text: str, sub_type: str) -> None:
    assert _sub_types(text) == [sub_type]


# --- triggers: a helicopter shot down in clashes, with or without a publication date ---


@pytest.mark.parametrize("published", [PUBLISHED, None])
def test_a_helicopter_shot_down_during_clashes_is_a_battle(published: str | None) -> None:
    text = (
        "Rocket-propelled grenades were used to shoot down an army helicopter during "
        "clashes with the rebels last Friday."
    )
    assert "Armed clash" in _sub_types(text, published)
