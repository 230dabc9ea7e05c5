"""MUC-4 adapter: a state's forces that bomb in a report typed as an air raid (an act
of war, not terrorism), looting told as a disorder under way (no robbery) and an act
typed as a suicide bombing with no device (an attack)."""

from __future__ import annotations

from muc4_helpers import fillers

from sitrep.evaluate.gtt_metric import Template
from sitrep.evaluate.muc4 import templates_of
from sitrep.model import make_article
from sitrep.pipeline import process_article


def _templates(text: str) -> list[Template]:
    return templates_of(process_article(make_article(text)))


def test_a_state_force_bombing_typed_as_an_air_raid_is_an_act_of_war() -> None:
    text = (
        "According to civilian eyewitnesses, Salvadoran Army troops bombed the "
        "university's school of medicine."
    )
    assert _templates(text) == []


def test_a_group_bombing_typed_as_an_air_raid_stays_an_incident() -> None:
    (template,) = _templates(
        "The police reported that the Popular Liberation Front bombed three public "
        "buildings in Lima today, causing heavy damage but no casualties."
    )
    assert template.incident_type == "bombing"
    assert "popular liberation front" in fillers([template], "PerpOrg")


def test_looting_under_way_is_no_robbery() -> None:
    text = "The civilians were looting stores in San Miguel, Buenos Aires province."
    assert [t for t in _templates(text) if t.incident_type == "robbery"] == []


def test_offices_that_were_looted_are_a_robbery() -> None:
    templates = _templates(
        "Soldiers entered the capital on Monday. All labor union offices in San Salvador "
        "were looted."
    )
    assert "robbery" in {t.incident_type for t in templates}


def test_an_act_typed_as_a_suicide_bombing_with_no_device_is_an_attack() -> None:
    templates = _templates(
        "The FMLN said that Alfredo Cristiani and the armed forces assassinated the "
        "Jesuit priests, but they are committing suicide."
    )
    assert [t.incident_type for t in templates] == ["attack"]
