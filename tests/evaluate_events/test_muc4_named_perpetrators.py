"""The MUC-4 adapter, rule 12: a person the events stage holds responsible (a person on
the initiator's side of the event) is a PerpInd of its incident, and an officer makes
the incident the armed forces'."""

from __future__ import annotations

from dataclasses import replace

from muc4_helpers import fillers

from sitrep.evaluate.muc4 import templates_of
from sitrep.model import Extraction, make_article
from sitrep.pipeline import process_article


def _extraction(text: str) -> Extraction:
    return process_article(make_article(text))


def test_an_officer_who_ordered_a_massacre_is_perpetrator_with_his_rank() -> None:
    text = (
        "Soldiers killed six Jesuit priests at the Central American University in San "
        "Salvador on 16 November. Colonel Guillermo Benavides, who ordered the massacre, "
        "was arrested by the armed forces."
    )
    templates = templates_of(_extraction(text))
    assert "colonel guillermo benavides" in fillers(templates, "PerpInd")
    assert "guillermo benavides" in fillers(templates, "PerpInd")
    assert "armed forces" in fillers(templates, "PerpOrg")


def test_a_civilian_who_ordered_a_killing_is_perpetrator_without_the_army() -> None:
    text = (
        "Gunmen shot dead Judge Maria Lopez in Soacha on Friday. Police said the killing "
        "had been ordered by Jorge Ochoa, the head of the cartel."
    )
    templates = templates_of(_extraction(text))
    assert "jorge ochoa" in fillers(templates, "PerpInd")
    assert "army" not in fillers(templates, "PerpOrg")
    assert "maria lopez" not in fillers(templates, "PerpInd")


def test_the_adapter_reads_the_event_not_the_text() -> None:
    text = (
        "Gunmen shot dead Judge Maria Lopez in Soacha on Friday. Police said the killing "
        "had been ordered by Jorge Ochoa."
    )
    extraction = _extraction(text)
    bare = replace(extraction, events=tuple(replace(e, assoc_actor1=()) for e in extraction.events))
    assert "jorge ochoa" in fillers(templates_of(extraction), "PerpInd")
    assert "jorge ochoa" not in fillers(templates_of(bare), "PerpInd")


def test_a_speaker_named_beside_an_accusation_is_no_perpetrator() -> None:
    text = (
        "Gunmen killed three peasants in the village of San Roque on Monday, said Mayor "
        "Pedro Castillo, who blamed the guerrillas for the massacre."
    )
    templates = templates_of(_extraction(text))
    assert templates
    assert not {"pedro castillo", "mayor pedro castillo"} & fillers(templates, "PerpInd")
