"""Events on political-violence news (issue 6): conducts given up or asked to be are no
incidents, background tolls and retellings make no event, and devices set off do."""

from __future__ import annotations

import pytest
from event_helpers import events_of

from sitrep.model import make_article
from sitrep.pipeline import process_article

# --- 1. a conduct stopped, or asked or promised to be, is no incident -------------------


@pytest.mark.parametrize(
    "text",
    [
        "In their statement the guerrillas promise to refrain from attacks of any kind "
        "against leaders of the government.",
        "The commander demanded that the rebels release the hostages and stop murdering "
        "civilians in the north.",
        "Ortega appealed to the Salvadoran government to cease the bombings of poor "
        "neighbourhoods.",
        "The rebel army ceased bombing pipelines on 25 August but has kept up its operations.",
        "The bishops asked for an end to the killings in the province.",
    ],
)
def test_a_conduct_stopped_or_asked_to_stop_is_no_event(text: str) -> None:
    assert events_of(text, published="1989-09-01") == []


@pytest.mark.parametrize(
    "text",
    [
        "Troops halted the attack on the town of Suchitoto on Monday after three hours.",
        "Rebels stopped a bus near Suchitoto on Monday and attacked its driver.",
    ],
)
def test_one_act_halted_or_a_stop_before_an_act_stays_an_event(text: str) -> None:
    events = events_of(text, published="1989-09-01")
    assert [(e.sub_event_type, e.modality) for e in events] == [("Armed clash", "asserted")]


# --- 2. a device set off is a bombing ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Urban guerrillas set off a car bomb outside the municipal market in Medellin today.",
        "Two men on a motorcycle set off 5 kg of dynamite in front of the bank in Lima yesterday.",
        "Terrorists set off three bombs at the offices of a business association in Lima "
        "on Monday.",
    ],
)
def test_a_device_set_off_is_a_bombing(text: str) -> None:
    events = events_of(text, published="1989-09-01")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize(
    "text",
    [
        "The convoy set off for the border town at dawn with 20 trucks of aid.",
        "The price rise set off a wave of anger among bus drivers in the capital.",
    ],
)
def test_setting_off_without_a_device_is_no_bombing(text: str) -> None:
    assert events_of(text, published="1989-09-01") == []


# --- 3. thousands counted in the perfect sum up a war -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to this assistance, 70,000 Salvadorans have been killed and over 1 million "
        "people have had to leave the country.",
        "The death squads have killed 1,300 trade unionists in the past decade, the report said.",
    ],
)
def test_thousands_killed_in_the_perfect_are_a_war_toll(text: str) -> None:
    assert events_of(text, published="1989-09-01") == []


def test_a_counted_toll_of_one_attack_in_the_perfect_stays() -> None:
    text = "Gunmen have killed 12 people in an attack on a bus in Medellin, police said on Monday."
    events = events_of(text, published="1989-09-01")
    assert [(e.sub_event_type, e.fatalities.best) for e in events] == [("Attack", 12)]


# --- 4. an undated story measures its background from its latest stated year ----------


def _undated_events(text: str) -> list[tuple[str, str | None]]:
    extraction = process_article(make_article(text))
    return [(e.sub_event_type, e.date.start if e.date else None) for e in extraction.events]


def test_an_act_of_a_stated_year_long_before_the_story_is_background() -> None:
    text = (
        "The president will visit Santiago on 12 December 1989. In 1986, the FPMR tried to "
        "kill General Augusto Pinochet near Santiago."
    )
    assert _undated_events(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "The president will visit Santiago on 12 December 1989. The FPMR was founded in "
            "1983. Rebels killed two policemen in Santiago on 20 November.",
            "1989-11-20",
        ),
        (
            "The army reported on 3 November 1989 that on 1 January at 1930 a group of rebels "
            "ambushed a church group near Bluefields.",
            "1930-01-01",
        ),
    ],
)
def test_an_act_without_its_own_stated_year_stays_news(text: str, date: str) -> None:
    assert [d for _, d in _undated_events(text)] == [date]


# --- 5. the crimes a list of charges names are no events --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The former legislator faces charges of kidnapping and torture, the prosecutor said.",
        "He was extradited to be tried here on charges of murder, kidnapping, drug "
        "trafficking and robbery.",
    ],
)
def test_crimes_listed_as_charges_are_no_events(text: str) -> None:
    assert events_of(text, published="1989-09-01") == []


def test_an_arrest_on_listed_charges_is_the_only_event() -> None:
    text = "Police said the man was arrested on charges of extortion and kidnapping in Cali."
    events = events_of(text, published="1989-09-01")
    assert [e.sub_event_type for e in events] == ["Arrests"]


# --- 6. property destroyed or damaged by a device is a bombing --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 2 September the main offices of El Espectador were partially destroyed by a "
        "powerful bomb.",
        "The town hall of Usulutan was damaged by a bomb on Monday.",
    ],
)
def test_property_destroyed_by_a_device_is_a_bombing(text: str) -> None:
    events = events_of(text, published="1989-09-05")
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize(
    "text",
    [
        "The bridge was destroyed by the army in 1985 and rebuilt last year.",
        "The bomb was destroyed by army experts near the bridge on Monday.",
    ],
)
def test_destroyed_by_no_device_or_a_device_destroyed_is_no_bombing(text: str) -> None:
    events = events_of(text, published="1989-09-05")
    assert "Remote explosive/landmine/IED" not in [e.sub_event_type for e in events]


# --- 7. figures of speech: an attack on an abstraction, a society's troubles that burst --


@pytest.mark.parametrize(
    "text",
    [
        "The US intervention constitutes a direct attack on the region's process of "
        "democratization and peace.",
        "The general violently attacked the programs in several public speeches.",
        "The media will be held responsible when they attack people's honor or public order.",
        "Drug trafficking is one of the main factors preventing a social explosion in Bolivia.",
        "He informed Perez about the grave political crisis which had exploded in his "
        "country in recent days.",
    ],
)
def test_figures_of_speech_are_no_events(text: str) -> None:
    assert events_of(text, published="1989-09-05") == []


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Guerrillas attacked the offices of the reform program in Usulutan on Monday.",
         "Armed clash"),
        ("A bomb exploded at the offices of the crisis committee in Lima on Monday.",
         "Remote explosive/landmine/IED"),
        ("Gunmen attack a bus in Medellin.", "Attack"),
    ],
)  # fmt: skip
def test_a_real_attack_or_blast_near_those_words_stays(text: str, sub_type: str) -> None:
    events = events_of(text, published="1989-09-05")
    assert [e.sub_event_type for e in events] == [sub_type]


# --- 8. a violent act in the bare infinitive is a purpose, not an act done ---------------


@pytest.mark.parametrize(
    "text",
    [
        "The mercenary forces, which were created to attack my country, remain in Honduras.",
        "Honduras was first used as a springboard to attack Nicaragua.",
        "Knowing that they were going to attack the Salvadoran people, they attended the summit.",
    ],
)
def test_a_violent_act_as_a_purpose_is_no_event(text: str) -> None:
    assert events_of(text, published="1989-09-05") == []


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("In June, the FMLN tried to kill General Augusto Pinochet near Santiago.", "Attack"),
        ("On Monday the gunmen were able to kidnap an exile in Santiago.",
         "Abduction/forced disappearance"),
        ("Rocket-propelled grenades were used to shoot down an army helicopter near Tepic "
         "last Friday.", "Armed clash"),
    ],
)  # fmt: skip
def test_an_act_tried_or_done_with_a_means_stays(text: str, sub_type: str) -> None:
    events = events_of(text, published="1989-09-05")
    assert [e.sub_event_type for e in events] == [sub_type]
