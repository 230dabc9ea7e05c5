"""MUC-4 adapter: a perpetrator written only by a noun of the act itself ("the
killers") is a back-reference, no PerpInd of its own; a described one stays, and a
bare side or weapon ("the guerrillas", "the bomb") is also written as the document
writes it elsewhere."""

from __future__ import annotations

from muc4_helpers import fillers

from sitrep.evaluate.gtt_metric import Template
from sitrep.evaluate.muc4 import templates_of
from sitrep.model import make_article
from sitrep.pipeline import process_article


def _templates(text: str) -> list[Template]:
    return templates_of(process_article(make_article(text)))


def test_the_killers_fill_no_perpetrator() -> None:
    templates = _templates(
        "The killers shot Judge Mario Rojas Paz three times in the head outside his home in Cali."
    )
    assert templates
    assert "killers" not in fillers(templates, "PerpInd")


def test_described_assassins_stay_perpetrators() -> None:
    templates = _templates(
        "Paid assassins shot Judge Mario Rojas Paz three times outside his home in Cali."
    )
    assert "paid assassins" in fillers(templates, "PerpInd")


def test_a_bare_side_is_also_written_as_described_elsewhere() -> None:
    (template,) = _templates(
        "Urban guerrillas have stepped up their actions in the capital. On Monday the "
        "guerrillas machinegunned the offices of a newspaper in San Salvador."
    )
    assert {"guerrillas", "urban guerrillas"} <= fillers([template], "PerpInd")


def test_a_side_the_document_never_describes_stays_bare() -> None:
    (template,) = _templates(
        "Guerrillas machinegunned the offices of a newspaper in San Salvador on Monday."
    )
    assert fillers([template], "PerpInd") == {"guerrillas"}


def test_a_weapon_is_also_written_as_the_document_writes_it_elsewhere() -> None:
    (template,) = _templates(
        "Terrorists placed two bombs in Medellin last night. A bomb exploded at a bank branch."
    )
    assert {"bombs", "two bombs", "bomb"} <= fillers([template], "Weapon")
    (single,) = _templates("A bomb exploded at a bank branch in Medellin last night.")
    assert fillers([single], "Weapon") == {"bomb"}
