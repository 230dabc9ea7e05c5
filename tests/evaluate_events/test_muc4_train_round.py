"""MUC-4 adapter, rules studied on the train split: a Victim is a person's name (MUC-4's
human target name), never a side the report only describes."""

from __future__ import annotations

from muc4_helpers import fillers

from sitrep.evaluate.gtt_metric import Template, normalise
from sitrep.evaluate.muc4 import templates_of
from sitrep.model import make_article
from sitrep.pipeline import process_article


def _templates(text: str) -> list[Template]:
    return templates_of(process_article(make_article(text)))


def test_victims_only_described_fill_no_victim() -> None:
    templates = _templates(
        "Heavily armed men murdered six peasants in the village of La Cruz, Chalatenango "
        "Department, on Tuesday night."
    )
    assert templates
    assert fillers(templates, "Victim") == set()


def test_a_described_victim_with_a_name_keeps_the_name() -> None:
    templates = _templates(
        "Unidentified gunmen shot and killed teacher Rogelio Mendez Arriaza in downtown "
        "San Miguel on Friday."
    )
    assert "rogelio mendez arriaza" in fillers(templates, "Victim")


def test_a_person_named_as_wounded_is_a_victim_of_the_incident() -> None:
    templates = _templates(
        "Terrorists set off a powerful bomb outside the offices of the Liberal Party in "
        "Medellin on Tuesday night. Secretary Maria Elena Rojas was seriously injured by "
        "the blast."
    )
    assert [t.incident_type for t in templates] == ["bombing"]
    assert "maria elena rojas" in fillers(templates, "Victim")


def test_property_torched_by_a_mob_is_an_arson() -> None:
    templates = _templates(
        "Workers said the restaurant was torched by a mob of rifle-toting youths on Sunday night."
    )
    assert [t.incident_type for t in templates] == ["arson"]
    assert "restaurant" in fillers(templates, "Target")


def test_an_act_told_as_another_one_is_an_incident_of_its_own() -> None:
    templates = _templates(
        "A powerful bomb exploded in downtown Medellin last night, police said. Another "
        "bomb exploded in Medellin an hour later."
    )
    assert [t.incident_type for t in templates] == ["bombing", "bombing"]


def test_a_victim_named_by_surname_alone_is_the_person_named_before() -> None:
    templates = _templates(
        "Bishop Ramon Alberto Quintanilla arrived in the village of Fortul on Tuesday to "
        "celebrate mass. Yesterday several armed men kidnapped Quintanilla on the road to "
        "Saravena."
    )
    assert "kidnapping" in [t.incident_type for t in templates]
    assert "ramon alberto quintanilla" in fillers(templates, "Victim")


def test_a_groups_members_written_with_adjectives_are_a_perpetrator() -> None:
    templates = _templates(
        "Farabundo Marti National Liberation Front (FMLN) urban guerrillas operated in "
        "San Salvador last night. A powerful bomb exploded in the parking lot of the "
        "Camino Real Hotel, destroying three cars."
    )
    assert [t.incident_type for t in templates] == ["bombing"]
    assert "urban guerrillas" in fillers(templates, "PerpInd")
    assert "fmln" in fillers(templates, "PerpOrg")


def test_a_bombing_told_without_its_device_takes_the_one_the_report_names() -> None:
    templates = _templates(
        "Police said urban guerrillas had hidden a dynamite charge under a delivery truck "
        "parked in Soyapango. The explosion destroyed the truck and damaged nearby houses "
        "at dawn today."
    )
    assert [t.incident_type for t in templates] == ["bombing"]
    assert "dynamite charge" in fillers(templates, "Weapon")


def test_the_vehicle_of_a_car_bomb_is_the_weapon_not_a_target() -> None:
    templates = _templates(
        "A powerful car bomb exploded outside the offices of the newspaper El Espectador "
        "in Bogota on Saturday."
    )
    assert "car bomb" in fillers(templates, "Weapon")
    assert not any("car" in target.split() for target in fillers(templates, "Target"))
    assert "offices" in fillers(templates, "Target")


def test_a_target_is_also_written_with_its_description_head_and_name() -> None:
    templates = _templates(
        "Urban guerrillas threw a bomb at an armored vehicle of the Banco Cafetero in "
        "Medellin on Friday."
    )
    targets = fillers(templates, "Target")
    assert {"armored vehicle", "vehicle"} <= targets
    templates = _templates(
        "A dynamite charge exploded at dawn today outside the tourist hotel Tequendama in "
        "downtown Bogota."
    )
    targets = fillers(templates, "Target")
    assert {"tourist hotel", "hotel", "tourist hotel tequendama"} <= targets


def test_weapons_are_also_written_with_their_count_and_last_noun() -> None:
    templates = _templates(
        "Terrorists planted four powerful bombs in the Liberal Party offices in Cali. The "
        "four bombs exploded at dawn on Sunday, police said."
    )
    weapons = fillers(templates, "Weapon")
    assert {"four powerful bombs", "powerful bombs", "bombs"} <= weapons


def test_a_perpetrator_keeps_a_hyphenated_description() -> None:
    templates = _templates(
        "Two motorcycle-riding gunmen shot and killed lawyer Hernan Ortiz Vega outside "
        "his office in Medellin on Thursday."
    )
    assert normalise("motorcycle-riding gunmen") in fillers(templates, "PerpInd")


def test_the_building_outside_which_a_person_was_shot_is_no_target() -> None:
    templates = _templates(
        "Two motorcycle-riding gunmen shot and killed lawyer Hernan Ortiz Vega outside "
        "his office in Medellin on Thursday."
    )
    assert "office" not in fillers(templates, "Target")
