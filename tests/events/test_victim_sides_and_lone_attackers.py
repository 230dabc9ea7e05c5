"""Actors on unseen news (issue 6): sides read from the text, not from the event's place.

A victim's nationality comes from the words that name the victim ("a British soldier",
"a German national"); a state's possessive before an armed group places the group; a
pro-government militia is the state's political militia; a lone attacker is a sole
perpetrator, also when a name is given, never an unidentified armed group.
"""

from __future__ import annotations

import pytest

from sitrep.model import Actor, Event, make_article
from sitrep.pipeline import process_article


def _events(text: str, published: str = "2024-05-10") -> list[Event]:
    return list(process_article(make_article(text, published=published)).events)


def _one(text: str) -> Event:
    events = _events(text)
    assert events, text
    return events[0]


def _name(actor: Actor | None) -> str | None:
    return None if actor is None else actor.name


# --- a victim's side comes from the words that name the victim -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A British soldier was killed by an IED in eastern Syria on Tuesday.",
        "A British soldier was killed by a roadside bomb near Deir ez-Zor in Syria on Monday.",
    ],
)
def test_a_foreign_soldier_killed_abroad_is_his_own_states_military(text: str) -> None:
    event = _one(text)
    assert _name(event.actor2) == "Military Forces of the United Kingdom"
    # the demonym names the victim's side: it is no initiator of the blast
    assert event.actor1 is None or event.actor1.country != "GB"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A British soldier killed in IED blast in Syria.",
            "Military Forces of the United Kingdom",
        ),
        ("Two policemen wounded near Quetta in bomb attack.", "Police Forces of Pakistan"),
        (
            "Troops killed in the clashes were buried on Monday in Maiduguri.",
            "Military Forces of Nigeria",
        ),
    ],
)
def test_a_headline_participle_of_harm_is_a_passive(text: str, expected: str) -> None:
    event = _one(text)
    assert _name(event.actor2) == expected
    # the victims are no initiator of their own harm
    assert event.actor1 is None or event.actor1.type != "state_forces"


def test_an_active_killing_stays_active() -> None:
    event = _one("Gunmen killed at least five people in Zamfara on Monday.")
    assert _name(event.actor1) == "Unidentified Armed Group (Nigeria)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen kidnapped a German national near Bamako on Sunday.", "Civilians (Germany)"),
        (
            "A German national was kidnapped by gunmen near Bamako on Sunday.",
            "Civilians (Germany)",
        ),
        (
            "A French aid worker was abducted by armed men in Niger on Friday.",
            "Civilians (France)",
        ),
        ("Militants killed a Chinese engineer in Balochistan on Monday.", "Civilians (China)"),
        (
            "A Russian journalist was killed by shelling in Donetsk on Monday.",
            "Civilians (Russia)",
        ),
    ],
)
def test_a_foreign_national_is_a_civilian_of_their_own_country(text: str, expected: str) -> None:
    event = _one(text)
    assert _name(event.actor2) == expected
    assert event.actor1 is None or event.actor1.type != "state_forces"


def test_a_word_that_qualifies_a_force_names_no_civilian() -> None:
    event = _one("The Afghan national army repelled a Taliban attack in Helmand on Monday.")
    assert event.actor2 is not None and event.actor2.type == "state_forces"
    assert all(a.type != "civilians" for a in (event.actor1, event.actor2) if a is not None)


def test_a_dotted_abbreviation_gives_the_victims_nationality() -> None:
    event = _one("Two U.S. citizens were killed by gunmen in Kabul on Monday.")
    assert _name(event.actor2) == "Civilians (United States)"


def test_the_subject_of_a_reported_clause_is_no_object_of_the_speech_verb() -> None:
    event = _one(
        "Fire department sources reported today that Guatemalan Army troops killed nine "
        "peasants by mistake on 17 August."
    )
    assert _name(event.actor1) == "Military Forces of Guatemala"


# --- a state's possessive places an armed group ----------------------------------------


def test_a_states_possessive_before_a_group_names_the_group_as_actor1() -> None:
    event = _one(
        "The Philippines' Abu Sayyaf rebels attacked a military outpost on Jolo island on Sunday."
    )
    assert _name(event.actor1) == "Abu Sayyaf"
    assert event.actor2 is None or event.actor2.type != "civilians"


# --- pro-government militia; nationality of foreign troops from the text ---------------


def test_a_pro_government_militia_is_the_states_political_militia() -> None:
    event = _one(
        "Pro-government militia and US troops clashed with Islamic State fighters near Raqqa "
        "on Monday."
    )
    assert event.actor1 is not None
    assert event.actor1.name == "Pro-Government Militia (Syria)"
    assert event.actor1.type == "political_militia"
    assert [a.name for a in event.assoc_actor1] == ["Military Forces of the United States"]
    assert _name(event.actor2) == "Islamic State"


def test_a_pro_government_militia_alone_is_actor1() -> None:
    event = _one("A pro-government militia killed five civilians in Darfur on Monday.")
    assert _name(event.actor1) == "Pro-Government Militia (Sudan)"
    assert _name(event.actor2) == "Civilians (Sudan)"


# --- a lone attacker -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man armed with a knife attacked worshippers at a church in Nice on Thursday, "
            "killing three people.",
            "Sole Perpetrator (France)",
        ),
        (
            "A knife-wielding man attacked passers-by in Mulhouse on Saturday, killing one person.",
            "Sole Perpetrator (France)",
        ),
    ],
)
def test_one_armed_man_is_a_sole_perpetrator(text: str, expected: str) -> None:
    assert _name(_one(text).actor1) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ahmed Hassan, a gunman, shot dead three policemen in Peshawar on Monday.",
        "Police said the attacker, 25-year-old Ahmed Ali, stabbed two officers outside a "
        "police station in Paris on Friday.",
    ],
)
def test_a_named_lone_attacker_is_no_armed_group(text: str) -> None:
    event = _one(text)
    assert event.actor1 is not None
    assert event.actor1.name.startswith("Sole Perpetrator")
    assert event.actor1.type != "rebel_group"


def test_armed_men_are_still_an_unidentified_armed_group() -> None:
    event = _one("A French aid worker was abducted by armed men near Niamey on Friday.")
    assert event.actor1 is not None
    assert event.actor1.name.startswith("Unidentified Armed Group")


def test_a_militia_that_disperses_a_protest_faces_its_protesters() -> None:
    event = _one("Pro-government militia and US troops dispersed a protest in Baghdad on Friday.")
    assert _name(event.actor1) == "Protesters (Iraq)"
    assert _name(event.actor2) == "Pro-Government Militia (Iraq)"
