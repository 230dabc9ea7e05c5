"""MUC-4 adapter: one band of attackers described by its kind ("an unidentified armed
group", "a guerrilla column") is an individual perpetrator."""

from __future__ import annotations

from muc4_helpers import fillers

from sitrep.evaluate.gtt_metric import Template
from sitrep.evaluate.muc4 import templates_of
from sitrep.model import make_article
from sitrep.pipeline import process_article


def _templates(text: str) -> list[Template]:
    return templates_of(process_article(make_article(text)))


def test_one_band_described_by_its_kind_is_the_individual_perpetrator() -> None:
    armed = _templates(
        "An unidentified armed group attacked the residence of the U.S. ambassador in "
        "Bogota last night, the private radio Cadena Nacional reported today."
    )
    assert "unidentified armed group" in fillers(armed, "PerpInd")
    placed = _templates(
        "Attorney General Roberto Garcia Alvarado was killed by a bomb placed by an urban "
        "guerrilla group on top of his armored vehicle in San Salvador."
    )
    assert "urban guerrilla group" in fillers(placed, "PerpInd")


def test_a_band_in_the_plural_names_a_kind_of_side_not_the_perpetrator() -> None:
    kinds = _templates(
        "The opposition parties and other political groups condemned the murder of "
        "Senator Ernesto Samper in Bogota."
    )
    assert "political groups" not in fillers(kinds, "PerpInd")
