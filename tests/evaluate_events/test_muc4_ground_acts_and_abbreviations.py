"""MUC-4 adapter: acts typed as air raids whose sentence names no aircraft, bombs that
went off but were typed as weapons disrupted, and nationalities written as dotted
abbreviations before a target."""

from __future__ import annotations

from muc4_helpers import fillers

from sitrep.evaluate.gtt_metric import Template
from sitrep.evaluate.muc4 import _nationality, templates_of
from sitrep.model import make_article
from sitrep.pipeline import process_article


def _templates(text: str) -> list[Template]:
    return templates_of(process_article(make_article(text)))


def test_a_bombing_with_no_aircraft_in_its_sentence_is_an_incident() -> None:
    (template,) = _templates(
        "The police reported that the Popular Liberation Front bombed three public "
        "buildings in Lima today, causing heavy damage but no casualties."
    )
    assert template.incident_type == "bombing"
    assert "public buildings" in fillers([template], "Target")


def test_an_air_raid_stays_an_act_of_war() -> None:
    raid = "Air force helicopters bombed three villages near the volcano on Sunday."
    assert _templates(raid) == []


def test_a_bomb_that_went_off_is_a_bombing() -> None:
    (template,) = _templates(
        "The offices of the Liberal Party in Rosario were completely destroyed by a bomb "
        "explosion on Sunday, a party spokesman said."
    )
    assert template.incident_type == "bombing"
    assert "bomb" in fillers([template], "Weapon")


def test_a_dotted_nationality_before_a_target_is_kept_as_another_form() -> None:
    (template,) = _templates(
        "A bomb planted near the U.S. embassy in Quito was defused today by the police."
    )
    assert {"embassy", "us embassy"} <= fillers([template], "Target")


def test_town_halls_and_schools_are_physical_targets() -> None:
    (hall,) = _templates("Terrorists dynamited the town hall of Huanta on Monday.")
    assert "town hall" in fillers([hall], "Target")
    (church,) = _templates(
        "A bomb exploded at the Catholic church in San Vicente on Sunday, damaging a nearby school."
    )
    assert "school" in fillers([church], "Target")


def test_property_a_later_sentence_says_the_blast_damaged_is_a_target() -> None:
    (template,) = _templates(
        "A powerful bomb exploded at the entrance of the Chilean-North American Institute "
        "in Santiago on Monday. The blast damaged a car parked nearby and shattered the "
        "windows of a pharmacy."
    )
    assert {"car", "pharmacy"} <= fillers([template], "Target")


def test_a_lower_case_common_noun_is_no_nationality() -> None:
    assert _nationality("Salvadoran")
    assert not _nationality("car")
