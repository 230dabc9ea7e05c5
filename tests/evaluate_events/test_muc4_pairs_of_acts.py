"""MUC-4 adapter: a pair of acts told together ("two bomb attacks") is two incidents;
one act, or a larger count (a tally), stays one template."""

from __future__ import annotations

from sitrep.evaluate.gtt_metric import Template
from sitrep.evaluate.muc4 import templates_of
from sitrep.model import make_article
from sitrep.pipeline import process_article


def _templates(text: str) -> list[Template]:
    return templates_of(process_article(make_article(text)))


def test_a_pair_of_acts_is_two_incidents() -> None:
    attacks = _templates(
        "Two bomb attacks were carried out in La Paz last night, one in front of the "
        "government palace."
    )
    assert [t.incident_type for t in attacks] == ["bombing", "bombing"]
    blasts = _templates("Two very strong explosions rocked Bogota this morning, police said.")
    assert [t.incident_type for t in blasts] == ["bombing", "bombing"]


def test_one_act_or_a_tally_stays_one_incident() -> None:
    assert len(_templates("A bomb attack killed two people in La Paz last night.")) == 1
    assert len(_templates("Three strong explosions rocked Bogota this morning, police said.")) == 1
