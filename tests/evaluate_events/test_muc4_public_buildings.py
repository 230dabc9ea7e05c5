"""MUC-4 adapter: theatres, markets, malls, clinics, cathedrals and monasteries are
physical targets like the other buildings of rule 7."""

from __future__ import annotations

from muc4_helpers import fillers

from sitrep.evaluate.gtt_metric import Template
from sitrep.evaluate.muc4 import templates_of
from sitrep.model import make_article
from sitrep.pipeline import process_article


def _templates(text: str) -> list[Template]:
    return templates_of(process_article(make_article(text)))


def test_public_buildings_hit_are_targets() -> None:
    theater = _templates(
        "A powerful bomb exploded last night at the entrance of a movie theater in Medellin."
    )
    assert "movie theater" in fillers(theater, "Target")
    cathedral = _templates("Terrorists set fire to the San Pedro cathedral in Lima on Sunday.")
    assert "san pedro cathedral" in fillers(cathedral, "Target")
    market = _templates("A dynamite charge destroyed two stalls in the central market of Huancayo.")
    assert "central market" in fillers(market, "Target")


def test_a_building_that_reports_is_no_target() -> None:
    templates = _templates("Gunmen killed two peasants near Ayacucho, a local clinic reported.")
    assert not fillers(templates, "Target")


def test_a_target_is_also_written_as_the_document_writes_it_elsewhere() -> None:
    (building,) = _templates(
        "Guerrillas dynamited a building in Medellin last night. The damaged building was an "
        "old colonial building."
    )
    assert {"building", "colonial building"} <= fillers([building], "Target")
    (bank,) = _templates("Guerrillas dynamited a bank in Medellin last night.")
    assert fillers([bank], "Target") == {"bank"}
