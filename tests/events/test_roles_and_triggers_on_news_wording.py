"""Roles and triggers on realistic news wording (issue 6).

Each group holds several sentences written for this file in the plain style of wire
reports: state sides named as "security forces" or "they", attackers after "by" with
qualifying participles, demonyms before weapons and attacks, nationals as victims,
territory taken "from" an unnamed side, demonstrations, stone-throwing, releases, and
death tolls told before their cause. The whole pipeline runs, as `sitrep extract` runs
it, on an article published 2024-06-01.
"""

from __future__ import annotations

import pytest

from sitrep.model import Event, make_article
from sitrep.pipeline import process_article

PUBLISHED = "2024-06-01"


def _events(text: str) -> tuple[Event, ...]:
    return process_article(make_article(text, published=PUBLISHED)).events


def _main(text: str) -> Event:
    events = _events(text)
    assert events, f"no event in {text!r}"
    return max(events, key=lambda e: (e.confidence, -e.evidence.start))


@pytest.mark.parametrize(
    "text",
    [
        "Security forces killed three militants in a raid in Kirkuk on Monday.",
        "Security forces clashed with gunmen in Zamfara State on Tuesday.",
        "Security forces arrested 15 suspected members of the Islamic State in Istanbul.",
    ],
)
def test_security_forces_are_the_states_forces(text: str) -> None:
    event = _main(text)
    assert event.actor1 is not None and event.actor1.type == "state_forces"


def test_they_stands_for_the_speaker_named_before_it() -> None:
    event = _main("Police said they arrested 12 suspects in Lagos on Monday.")
    assert event.sub_event_type == "Arrests"
    assert event.actor1 is not None and event.actor1.name == "Police Forces of Nigeria"


@pytest.mark.parametrize(
    "text",
    [
        "They opened fire on worshippers at a mosque in Kano on Friday.",
        "They attacked the village at dawn, killing five people.",
    ],
)
def test_they_with_no_antecedent_is_an_unidentified_armed_group(text: str) -> None:
    event = _main(text)
    assert event.actor1 is not None and event.actor1.type == "rebel_group"
    assert event.actor1.name.startswith("Unidentified Armed Group")


def test_they_refers_back_to_the_armed_group_named_before() -> None:
    text = "Boko Haram fighters attacked Dikwa on Sunday. They killed five soldiers."
    assert all(e.actor1 is not None and e.actor1.kb_id for e in _events(text))


def test_they_as_victims_is_no_perpetrator() -> None:
    text = "They were killed when their car hit a landmine near Kidal on Monday."
    initiators = [e.actor1.evidence for e in _events(text) if e.actor1 is not None]
    assert all(evidence is None or evidence.text != "They" for evidence in initiators)


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        (
            "A village chief was shot dead by unidentified armed men in Mopti on Sunday.",
            "civilians",
        ),
        ("Two farmers were killed by unidentified armed men near Djibo on Monday.", "civilians"),
        (
            "A police station in Tillaberi was attacked by unidentified armed men on Friday.",
            "state_forces",
        ),
    ],
)
def test_unidentified_armed_men_after_by_are_the_attackers(text: str, victims: str) -> None:
    event = _main(text)
    assert event.actor1 is not None and event.actor1.type == "rebel_group"
    assert event.actor2 is not None and event.actor2.type == victims


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Three civilians were killed in Russian shelling of Nikopol on Sunday.", "RU"),
        ("Dozens of people were killed in Israeli airstrikes on Rafah on Tuesday.", "IL"),
        ("Two people were wounded in Russian shelling of Kherson.", "RU"),
        ("Ukrainian drones hit an oil refinery in Russia's Krasnodar region.", "UA"),
    ],
)
def test_a_demonym_before_a_weapon_or_attack_names_the_attacking_state(
    text: str, state: str
) -> None:
    event = _main(text)
    assert event.event_type == "Explosions/Remote violence"
    assert event.actor1 is not None and event.actor1.type == "state_forces"
    assert event.actor1.country == state


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A Palestinian gunman killed three Israelis at a bus stop in Jerusalem.", "IL"),
        ("Two Israelis were killed in a shooting attack near Hebron.", "IL"),
        ("Gunmen abducted two Italians in northern Mali on Sunday.", "IT"),
        ("Five Americans were kidnapped in Haiti on Sunday.", "US"),
    ],
)
def test_nationals_named_by_a_plural_demonym_are_civilians(text: str, country: str) -> None:
    event = _main(text)
    assert event.actor2 is not None and event.actor2.type == "civilians"
    assert event.actor2.country == country


def test_soldiers_of_a_state_stay_its_forces() -> None:
    event = _main("Hamas fighters killed three Israeli soldiers in Rafah on Sunday.")
    assert event.actor2 is not None and event.actor2.type == "state_forces"


def test_victims_of_a_passive_before_an_attack_are_not_its_initiator() -> None:
    event = _main("Two Israeli soldiers were killed in fighting in Gaza.")
    assert event.actor2 is not None and event.actor2.country == "IL"
    assert event.actor1 is None or event.actor1.country != "IL"


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The army recaptured three villages from rebels in North Kivu.", "rebel_group"),
        ("Iraqi troops retook the village of Tal Afar from militants on Monday.", "rebel_group"),
        ("Government forces recaptured the town of Wad Madani from the RSF.", "rebel_group"),
        ("M23 rebels captured the town of Rubaya from government forces.", "state_forces"),
    ],
)
def test_territory_is_taken_from_the_side_after_from(text: str, holder: str) -> None:
    event = _main(text)
    assert event.sub_event_type in {
        "Government regains territory",
        "Non-state actor overtakes territory",
    }
    assert event.actor2 is not None and event.actor2.type == holder


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of people demonstrated on Saturday in Tunis.",
        "Hundreds of women were marching through Dhaka when police intervened.",
        "Thousands of people were marching in Nairobi on Tuesday to demand lower taxes.",
    ],
)
def test_demonstrating_and_marching_crowds_protest(text: str) -> None:
    event = _main(text)
    assert event.event_type == "Protests"
    assert event.actor1 is not None and event.actor1.type == "protesters"


@pytest.mark.parametrize(
    "text",
    [
        "Troops marched into the town of Gao on Monday.",
        "The results demonstrated the strength of the economy in Kenya.",
    ],
)
def test_armed_men_marching_and_showing_something_are_no_protest(text: str) -> None:
    assert all(e.event_type != "Protests" for e in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "Youths threw stones at police in Nairobi on Monday.",
        "Students hurled rocks at riot police in Dhaka.",
        "Protesters pelted police with stones in Srinagar on Friday.",
    ],
)
def test_throwing_stones_at_police_is_a_violent_demonstration(text: str) -> None:
    event = _main(text)
    assert event.sub_event_type == "Violent demonstration"
    assert event.actor1 is not None and event.actor1.type == "rioters"


@pytest.mark.parametrize(
    "text",
    [
        "The hostages were released on Friday in Gaza.",
        "Hamas released 13 Israeli hostages on Friday.",
        "Gunmen released 15 abducted students in Kaduna State on Sunday.",
    ],
)
def test_a_release_of_captives_is_an_agreement_not_an_abduction(text: str) -> None:
    # ACLED codes prisoner and hostage releases as Strategic developments / Agreement
    event = _main(text)
    assert event.sub_event_type == "Agreement"


@pytest.mark.parametrize(
    ("text", "sub_type", "dead"),
    [
        (
            "Five people were killed in a grenade attack on a market in Bujumbura.",
            "Grenade",
            5,
        ),
        (
            "Two soldiers were killed when a landmine exploded near Kidal on Monday.",
            "Remote explosive/landmine/IED",
            2,
        ),
        (
            "Two people were killed when a landmine exploded near Gao.",
            "Remote explosive/landmine/IED",
            2,
        ),
        ("Six people were killed in an air strike on a village in Idlib.", "Air/drone strike", 6),
        (
            "Four people were killed in a bombing in Baghdad on Monday.",
            "Remote explosive/landmine/IED",
            4,
        ),
        (
            "Three people were killed in an explosion at a market in Quetta.",
            "Remote explosive/landmine/IED",
            3,
        ),
        ("Five people were killed in an attack on a church in Kaduna.", "Attack", 5),
    ],
)
def test_a_toll_told_before_its_cause_is_the_causes_toll(
    text: str, sub_type: str, dead: int
) -> None:
    event = _main(text)
    assert event.sub_event_type == sub_type
    assert event.fatalities.low == dead


@pytest.mark.parametrize(
    "text",
    [
        "A landmine killed two soldiers near Kidal on Monday.",
        "A land mine killed three children near Kandahar on Saturday.",
        "Landmine kills three children in Yemen's Taiz province",
    ],
)
def test_a_landmine_as_subject_is_an_explosion(text: str) -> None:
    event = _main(text)
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.fatalities.low is not None and event.fatalities.low >= 2


@pytest.mark.parametrize(
    "text",
    [
        "Bandits freed the kidnapped passengers in Zamfara State on Sunday.",
        "Police killed three bandits in Katsina State on Monday.",
    ],
)
def test_bandits_are_an_unidentified_armed_group(text: str) -> None:
    event = _main(text)
    sides = [a for a in (event.actor1, event.actor2) if a is not None]
    assert any(a.name == "Unidentified Armed Group (Nigeria)" for a in sides)
