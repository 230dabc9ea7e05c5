"""The MUC-4 adapter leaves campaigns out (rule 1: MUC-4 records specific incidents,
not generic or summary descriptions) and heads a compound target by its last noun
(rule 7: "bank branches" are branches, not banks); pronouns, dates and bare
numbers fill no role (rule 4); an incident recalled as background is left out
(rule 1: MUC-4 records only recent incidents)."""

from __future__ import annotations

from sitrep.evaluate.gtt_metric import Template
from sitrep.evaluate.muc4 import _add, templates_of
from sitrep.model import make_article
from sitrep.pipeline import process_article


def _templates(text: str) -> list[Template]:
    return templates_of(process_article(make_article(text)))


def test_a_campaign_is_no_incident_of_its_own() -> None:
    text = (
        "The Salvadoran Army said today that the FMLN offensive launched on 11 November has failed."
    )
    assert _templates(text) == []


def test_a_specific_attack_beside_a_campaign_is_still_an_incident() -> None:
    text = (
        "On Monday FMLN guerrillas attacked a power substation in San Miguel. "
        "The army said the FMLN offensive launched on 11 November has failed."
    )
    (template,) = _templates(text)
    assert template.incident_type == "attack"
    assert template.roles["Target"] == [["power substation", "substation"]]


def test_a_compound_target_is_headed_by_its_last_noun() -> None:
    text = "Urban guerrillas dynamited three bank branches in Medellin on Monday."
    (template,) = _templates(text)
    assert template.incident_type == "bombing"
    assert template.roles["Target"] == [["bank branches", "three bank branches", "branches"]]


def test_a_vehicle_noun_before_a_building_names_its_kind() -> None:
    text = "Terrorists set fire to a bus terminal in Lima on Tuesday."
    (template,) = _templates(text)
    assert template.incident_type == "arson"
    assert template.roles["Target"] == [["bus terminal", "terminal"]]


def test_pronouns_dates_and_bare_numbers_fill_no_role() -> None:
    bucket: list[list[str]] = []
    for filler in ("They", "25 January", "10", "the unidentified gunmen"):
        _add(bucket, filler)
    assert bucket == [["the unidentified gunmen"]]


def test_an_incident_recalled_as_background_is_left_out() -> None:
    recalled = (
        "Let us recall that in March terrorists dynamited the offices of the newspaper "
        "El Espectador in Bogota."
    )
    assert _templates(recalled) == []
    told = "Terrorists dynamited the offices of the newspaper El Espectador in Bogota on Monday."
    assert [t.incident_type for t in _templates(told)] == ["bombing"]
