"""People's names behind clergy titles and with particles inside them ("Father Ignacio
Ellacuria", "Juan Carlos de la Cruz", "Arturo Rivera y Damas"), and the places and
channels beside them that must stay no person ("Del Rio", "Al Jazeera", "Abu Dhabi")."""

from __future__ import annotations

import pytest

from sitrep.model import make_article
from sitrep.pipeline.document import Document
from sitrep.pipeline.resources import Resources, load_resources
from sitrep.pipeline.stages.entities import EntitiesStage
from sitrep.pipeline.stages.roles import TITLED_NAME
from sitrep.pipeline.stages.segment import SegmentStage


@pytest.fixture(scope="module")
def resources() -> Resources:
    return load_resources()


def _entities(resources: Resources, text: str) -> list[tuple[str, str]]:
    doc = Document(make_article(text))
    SegmentStage(resources)(doc)
    EntitiesStage(resources)(doc)
    return [(e.label, e.evidence.text) for e in doc.entities]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Father Ignacio Ellacuria was killed with five other priests.", "Ignacio Ellacuria"),
        ("Msgr Jesus Emilio Jaramillo was found dead near the road.", "Jesus Emilio Jaramillo"),
        ("Monsignor Juan Gerardi was beaten to death.", "Juan Gerardi"),
        ("Rev. Samuel Okoro was kidnapped in Kaduna.", "Samuel Okoro"),
        ("Bishop Oscar Romero was shot while saying mass.", "Oscar Romero"),
        ("Imam Abdullahi Musa condemned the attack on the market.", "Abdullahi Musa"),
        ("Ustaz Mohammed Yusuf founded the sect in Maiduguri.", "Mohammed Yusuf"),
        ("Mullah Mohammad Omar led the movement for years.", "Mohammad Omar"),
        ("Pastor James Adeyemi was abducted from his church.", "James Adeyemi"),
        ("Gunmen killed Father Ruben Dario Valle in Medellin.", "Ruben Dario Valle"),
    ],
)
def test_a_clergy_title_makes_the_name_after_it_a_person(
    resources: Resources, text: str, name: str
) -> None:
    assert ("PERSON", name) in _entities(resources, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Archbishop Arturo Rivera y Damas condemned the murders.", "Arturo Rivera y Damas"),
        ("Sister Maria de los Angeles Ruiz was wounded.", "Maria de los Angeles Ruiz"),
        ("Cardinal Miguel Obando y Bravo called for calm.", "Miguel Obando y Bravo"),
    ],
)
def test_a_titled_name_keeps_its_particles(resources: Resources, text: str, name: str) -> None:
    assert ("PERSON", name) in _entities(resources, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Colonel Juan Carlos de la Cruz said the road was closed.", "Juan Carlos de la Cruz"),
        ("Captain Jose dos Santos was wounded.", "Jose dos Santos"),
        ("General Abdel Fattah al-Burhan met the envoy.", "Abdel Fattah al-Burhan"),
        ("Mr Luis van der Berg was released.", "Luis van der Berg"),
    ],
)
def test_two_particles_or_a_hyphenated_one_stay_inside_a_titled_name(text: str, name: str) -> None:
    match = TITLED_NAME.search(text)
    assert match is not None
    assert match.group("name") == name


@pytest.mark.parametrize(
    "text",
    [
        "Floods hit Del Rio on Monday.",
        "Al Jazeera reported the strike.",
        "Clashes erupted in Bin Qirdan.",
        "Protesters gathered on Father's Day.",
        "The father of the victim spoke to reporters.",
    ],
)
def test_places_channels_and_ordinary_words_stay_no_person(resources: Resources, text: str) -> None:
    assert not [name for label, name in _entities(resources, text) if label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hamza bin Laden was killed in an air strike.", "Hamza bin Laden"),
        ("Troops detained Ahmed ibn Yusuf near the border.", "Ahmed ibn Yusuf"),
        ("Rebels led by Luis van der Berg attacked the base.", "Luis van der Berg"),
        ("Witnesses said Hans von Trotha was unhurt.", "Hans von Trotha"),
    ],
)
def test_a_particle_only_people_bear_makes_an_untitled_name_a_person(
    resources: Resources, text: str, name: str
) -> None:
    assert ("PERSON", name) in _entities(resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Storms flooded Vina del Mar on Sunday.",
        "Police in Rio de Janeiro killed six suspects.",
    ],
)
def test_particles_places_hold_too_make_no_person(resources: Resources, text: str) -> None:
    assert not [name for label, name in _entities(resources, text) if label == "PERSON"]
