"""The MUC-4 adapter's longer target forms, unrecognised victim names and defused bombs
(rules 1, 7 and 8 of `sitrep.evaluate.muc4`)."""

from __future__ import annotations

from sitrep.evaluate.gtt_metric import Template
from sitrep.evaluate.muc4 import target_forms, templates_of, unrecognised_names
from sitrep.ingest.truecase import truecase
from sitrep.model import make_article
from sitrep.pipeline import process_article


def _templates(text: str) -> list[Template]:
    return templates_of(process_article(make_article(text)))


def test_a_target_is_also_written_with_its_of_phrase() -> None:
    text = (
        "Urban guerrillas dynamited the offices of the local development corporation, "
        "which were empty, in San Miguel on Monday."
    )
    (event,) = process_article(make_article(text)).events
    assert target_forms(event) == [["offices", "offices of the local development corporation"]]


def test_a_target_is_also_written_with_its_owner() -> None:
    text = "Terrorists attacked President Alfredo Cristiani's mansion in San Salvador on Sunday."
    (template,) = _templates(text)
    assert template.roles["Target"] == [["mansion", "President Alfredo Cristiani's mansion"]]


def test_a_target_is_also_written_with_its_quoted_name() -> None:
    text = 'Guerrillas attacked the "Santo Tomas" presidential farm near Escuintla on Friday.'
    (template,) = _templates(text)
    assert template.roles["Target"][0][1:] == ['"Santo Tomas" presidential farm', "farm"]


def test_a_name_no_recogniser_knows_is_a_victim_of_the_murder_it_follows() -> None:
    text = truecase(
        "the supreme court today ordered an investigation into the murder of jecar "
        "neghme, spokesman of the movement of the revolutionary left."
    )
    extraction = process_article(make_article(text))
    assert "Jecar Neghme" in [m.evidence.text for m in unrecognised_names(extraction)]
    victims = [entity for t in templates_of(extraction) for entity in t.roles["Victim"]]
    assert ["Jecar Neghme"] in victims


def test_ordinary_capitalised_words_are_no_unrecognised_name() -> None:
    text = "The Supreme Court met on Monday. The National Assembly adjourned."
    extraction = process_article(make_article(text))
    assert unrecognised_names(extraction) == []


def test_a_surname_takes_the_full_name_the_report_gives() -> None:
    text = (
        "Gunmen attacked a boat on the Putumayo river on Monday. Aboard were engineer "
        "Luis Antonio Meneses Benavides and Edwin Teneda. Mr. Meneses was killed."
    )
    victims = [entity for t in _templates(text) for entity in t.roles["Victim"]]
    assert any("Luis Antonio Meneses Benavides" in entity for entity in victims)


def test_a_defused_bomb_is_a_bombing_attempted() -> None:
    text = "Police defused a bomb planted at a bank branch in Medellin on Tuesday."
    assert [t.incident_type for t in _templates(text)] == ["bombing"]


def test_weapons_found_in_a_cache_are_no_incident() -> None:
    text = "Troops found a cache of rifles and ammunition in a cave near Ocotal on Tuesday."
    assert _templates(text) == []


def test_the_persons_identified_as_the_victims_are_victims() -> None:
    text = (
        "Two U.S. citizens were kidnapped in Medellin on Monday by guerrillas of the ELN. "
        "The victims were identified as David Lecky, director of the Columbus school, "
        "and Arthur Donnelly."
    )
    (template,) = _templates(text)
    assert template.incident_type == "kidnapping"
    assert ["David Lecky"] in template.roles["Victim"]
    assert ["Arthur Donnelly"] in template.roles["Victim"]


def test_a_name_kidnaped_with_one_p_is_a_kidnapping_victim() -> None:
    text = (
        "The MRTA claimed the kidnaping of several businessmen in Lima on Monday. "
        "Carlos Enrique Ferreyros was kidnaped on 2 December."
    )
    victims = [
        entity for t in _templates(text) if t.incident_type == "kidnapping"
        for entity in t.roles["Victim"]
    ]  # fmt: skip
    assert ["Carlos Enrique Ferreyros"] in victims
