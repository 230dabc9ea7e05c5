"""Actors, roles and modality as an ACLED coder reads general news (issues 5 and 6).

Nationality from the text's own modifier, agents of "by" phrases and blame, judges and
victims that are no party, lone attackers, and claims told by parties or blamed on them.
"""

from __future__ import annotations

import pytest
from event_helpers import events_of, first_event, name_of

_events = events_of
_one = first_event
_name = name_of


# --- 1. nationality from the text's own modifier -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pro-government protesters attacked a Turkish convoy in northern Syria on Sunday.",
            "Military Forces of Turkey",
        ),
        (
            "Government supporters attacked an American convoy near Deir Hafer on Monday.",
            "Military Forces of the United States",
        ),
        (
            "Rioters attacked French troops near Gao on Tuesday.",
            "Military Forces of France",
        ),
    ],
)
def test_a_demonym_before_a_force_noun_gives_its_nationality(text: str, expected: str) -> None:
    actors = {_name(a) for e in _events(text) for a in (e.actor1, e.actor2)}
    assert expected in actors


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sindh police arrested two men in Karachi on Monday.", "Police Forces of Pakistan"),
        (
            "Texas police shot a man during a traffic stop in Dallas on Monday.",
            "Police Forces of the United States",
        ),
    ],
)
def test_a_region_before_police_gives_its_country(text: str, expected: str) -> None:
    assert _name(_one(text).actor1) == expected


def test_a_possessive_state_before_a_rebel_group_is_not_its_forces() -> None:
    for text in (
        "Yemen's Houthi rebels attacked government positions in Marib on Saturday.",
        "Nigeria's Boko Haram militants killed 12 farmers in Borno on Monday.",
    ):
        event = _one(text)
        assert event.actor1 is not None and event.actor1.type == "rebel_group", text
        assert all(a.type != "state_forces" for a in event.assoc_actor1), text


def test_a_possessive_state_before_its_own_army_stays_the_state() -> None:
    event = _one("Russia's army shelled Kharkiv on Monday.")
    assert _name(event.actor1) == "Military Forces of Russia"


# --- 2. agents of "by" phrases and of blame -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two grenades lobbed by two militants exploded near a police station in Srinagar "
            "on Friday.",
            "Unidentified Armed Group (India)",
        ),
        (
            "A car bomb planted by al-Shabaab militants killed 12 people in Mogadishu on Monday.",
            "al-Shabaab",
        ),
        (
            "A roadside bomb planted by the Taliban killed three Afghan soldiers in Helmand on "
            "Monday.",
            "Taliban",
        ),
    ],
)
def test_the_agent_of_a_device_is_actor1(text: str, expected: str) -> None:
    assert _name(_one(text).actor1) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The poisoning in Salisbury was a nerve agent attack that the British government has "
        "blamed on Russia, although Moscow denies any involvement.",
        "The attack on the base, which Kyiv blamed on Russia, killed four soldiers on Monday.",
        "Ukraine blamed Russia for the missile strike on Odesa that killed six people on Monday.",
    ],
)
def test_the_actor_an_attack_is_blamed_on_is_alleged_actor1(text: str) -> None:
    event = _one(text)
    assert _name(event.actor1) == "Russia"
    assert _name(event.actor2) != "Russia"
    assert event.modality == "claimed"


def test_a_party_that_denies_is_never_the_source() -> None:
    event = _one(
        "The poisoning in Salisbury was a nerve agent attack that the British government has "
        "blamed on Russia, although Moscow denies any involvement."
    )
    assert _name(event.attributed_to) != "Moscow"


# --- 3. judges are no party; passengers of a vehicle are the victims -------------------


@pytest.mark.parametrize(
    "text",
    [
        "The OSCE envoy condemned the attack that killed a policeman in Dvani on Monday.",
        "The United Nations condemned an attack on a village in Borno that killed 12 people on "
        "Monday.",
        "The European Union denounced the bombing of a market in Idlib that killed 20 people on "
        "Sunday.",
    ],
)
def test_whoever_condemns_an_attack_is_no_party_to_it(text: str) -> None:
    for event in _events(text):
        for actor in (event.actor1, event.actor2, *event.assoc_actor1):
            assert actor is None or actor.type != "external", (text, actor)


def test_whoever_investigates_a_shooting_is_not_the_shooter() -> None:
    event = _one("Police are investigating the shooting that killed a man in Kabul on Saturday.")
    assert event.actor1 is None or event.actor1.type != "state_forces"


@pytest.mark.parametrize(
    "text",
    [
        "A police vehicle with five officers exploded on a mine near Tskhinvali on Monday.",
        "A bus carrying soldiers struck a roadside bomb near Kandahar on Tuesday.",
        "An army truck with eight soldiers exploded on a landmine near Gao on Friday.",
    ],
)
def test_the_passengers_of_a_vehicle_hit_by_a_blast_are_actor2(text: str) -> None:
    event = _one(text)
    assert event.actor2 is not None and event.actor2.type == "state_forces"
    assert event.actor1 is None or event.actor1.type != "state_forces"


# --- 4. a lone attacker ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A gunman shot and killed a man outside a bar in Charleston on Saturday night, police "
        "said.",
        "An attacker stabbed two people at a train station in Hamburg on Friday.",
        "A lone gunman opened fire at a mosque in Christchurch on Friday, killing 51 worshippers.",
    ],
)
def test_a_single_unnamed_attacker_is_no_rebel_group(text: str) -> None:
    event = _one(text)
    assert event.actor1 is not None
    assert event.actor1.type != "rebel_group"
    assert event.actor1.name.startswith("Sole Perpetrator")


def test_unnamed_gunmen_are_still_an_unidentified_armed_group() -> None:
    event = _one("Gunmen killed five villagers in Zamfara on Monday.")
    assert _name(event.actor1) == "Unidentified Armed Group (Nigeria)"


# --- 5. modality: claims by parties and suspected acts ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State fighters recaptured the town of Palmyra on Sunday, according to the "
        "group's Amaq news agency.",
        "Houthi fighters shot down a drone over Marib on Monday, according to Houthi-run "
        "Al-Masirah TV.",
        "Activists said government forces launched an attack with suspected poisonous gas on "
        "Douma on Saturday.",
        "Government aircraft bombed a hospital in Idlib on Monday, according to activists.",
        "A suspected chemical attack hit the town of Douma on Saturday.",
    ],
)
def test_acts_told_by_a_party_or_suspected_are_claimed(text: str) -> None:
    assert {e.modality for e in _events(text)} == {"claimed"}


@pytest.mark.parametrize(
    "text",
    [
        "Suspected militants attacked a police checkpoint in Peshawar on Monday.",
        "The Syrian Observatory, a monitoring group, says 24 civilians were killed in "
        "airstrikes on Afrin on Monday.",
        "Police said they arrested 12 suspects in Lagos on Monday.",
    ],
)
def test_a_suspected_actor_or_a_neutral_source_leaves_the_act_asserted(text: str) -> None:
    assert {e.modality for e in _events(text)} == {"asserted"}


# --- more wordings: reduced passives, judges with titles, demonyms of militiamen --------


@pytest.mark.parametrize(
    ("text", "victim_type"),
    [
        ("Hero soldier killed in Syria by Isis named as Matt Jones.", "state_forces"),
        ("Two villagers shot dead by gunmen in Zamfara on Monday.", "civilians"),
    ],
)
def test_a_bare_participle_with_a_by_agent_is_a_passive(text: str, victim_type: str) -> None:
    event = _one(text)
    assert event.actor1 is not None and event.actor1.type == "rebel_group"
    assert event.actor2 is not None and event.actor2.type == victim_type


def test_a_judge_named_with_title_and_name_is_no_party_and_the_accused_acts() -> None:
    event = _one(
        "Salvadoran president-elect Alfredo Cristiani condemned the killing of the attorney "
        "general and accused the FMLN of the crime."
    )
    assert event.actor1 is not None and "Farabundo" in event.actor1.name
    assert event.actor2 is None or event.actor2.type == "civilians"


def test_a_demonym_before_militiamen_names_no_state_forces() -> None:
    for event in _events(
        "Turkish-backed Syrian militiamen attacked Kurdish fighters in Afrin on Monday."
    ):
        for actor in (event.actor1, event.actor2, *event.assoc_actor1):
            assert actor is None or actor.kb_id not in {"SY", "TR"}


@pytest.mark.parametrize(
    "text",
    [
        "Airstrikes on Idlib reported by the United Nations killed 12 people on Monday.",
        "Twelve people were killed in airstrikes on Idlib reported by the United Nations on "
        "Monday.",
        "The attack on the convoy, condemned by the United Nations, killed four soldiers near "
        "Gao on Monday.",
    ],
)
def test_a_source_or_judge_after_by_is_not_the_agent(text: str) -> None:
    for event in _events(text):
        assert _name(event.actor1) != "United Nations", text


def test_claimed_by_still_names_the_perpetrator() -> None:
    event = _one("The attacks, also claimed by Da'esh, killed 20 people in Baghdad.")
    assert _name(event.actor1) == "Islamic State"


@pytest.mark.parametrize(
    "text",
    [
        "The government has launched an attack on the rebel-held town of Douma, activists "
        "said on Saturday.",
        "The regime launched airstrikes on Idlib on Monday.",
    ],
)
def test_the_government_as_the_subject_of_an_attack_is_its_military(text: str) -> None:
    names = {_name(e.actor1) for e in _events(text)}
    assert "Military Forces of Syria" in names
