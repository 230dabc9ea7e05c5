"""MUC-4 adapter, round 3: MUC-4's definition of a relevant incident (what is done to
armed forces or groups as a body is warfare; the military are perpetrators when they
harm civilians) and how victims' and organisations' names are written."""

from __future__ import annotations

from sitrep.evaluate.gtt_metric import Template
from sitrep.evaluate.muc4 import (
    _add,
    _drop_military_targets,
    _person_names,
    _without_title,
    templates_of,
)
from sitrep.ingest.truecase import truecase
from sitrep.model import make_article
from sitrep.pipeline import process_article


def _templates(text: str) -> list[Template]:
    return templates_of(process_article(make_article(text)))


def test_harm_to_an_armed_group_alone_is_no_terrorist_incident() -> None:
    assert _templates("Police killed two guerrillas near San Miguel on Monday.") == []


def test_an_ambushed_patrol_is_warfare_unless_property_is_hit_too() -> None:
    ambush = "guerrillas ambushed an army patrol near san miguel on monday, killing four soldiers."
    assert _templates(truecase(ambush)) == []
    sabotage = "guerrillas ambushed an army patrol and burned two buses near san miguel on monday."
    (template,) = _templates(truecase(sabotage))
    assert ["buses", "two buses"] in template.roles["Target"]
    # the patrol hit beside the buses is a force, not a victim
    assert template.roles["Victim"] == []


def test_soldiers_who_kill_civilians_are_perpetrators() -> None:
    (template,) = _templates("Soldiers killed three peasants near San Miguel on Monday.")
    assert template.roles["PerpInd"] == [["Soldiers"]]
    assert template.roles["Victim"] == []  # described, not named


def test_a_country_is_no_victim() -> None:
    (template,) = _templates("Gunmen killed the U.S. ambassador in Bogota on Monday.")
    assert template.roles["Victim"] == []


def test_an_organisation_is_also_written_with_its_acronym() -> None:
    text = (
        "The Farabundo Marti National Liberation Front dynamited a power substation in "
        "Usulutan on Sunday."
    )
    (template,) = _templates(text)
    assert template.roles["PerpOrg"] == [["Farabundo Marti National Liberation Front", "FMLN"]]
    bucket: list[list[str]] = []
    _add(bucket, "FMLN")
    _add(bucket, "Farabundo Marti National Liberation Front")
    assert bucket == [["FMLN", "Farabundo Marti National Liberation Front"]]


def test_a_mention_listing_several_people_gives_each_name() -> None:
    listed = "Pedro Rafael Jimenez Cortez, Jose Lacides Ordonez and Jose Isaac Forero Linares"
    assert _person_names(listed) == [
        "Pedro Rafael Jimenez Cortez",
        "Jose Lacides Ordonez",
        "Jose Isaac Forero Linares",
    ]
    assert _person_names("Judge Mariela Espinosa Arango") == ["Mariela Espinosa Arango"]


def test_roles_and_nationalities_are_no_part_of_a_name() -> None:
    assert _without_title("Bodyguard Jairo Ortega") == "Jairo Ortega"
    assert _without_title("Salvadoran Hector Oqueli") == "Hector Oqueli"
    assert _without_title("Magistrate Carlos Valencia Garcia") == "Carlos Valencia Garcia"
    # a given name that is also an English word stays
    assert _without_title("Victor Manuel Vasquez") == "Victor Manuel Vasquez"


def test_military_property_is_a_target_only_beside_a_civilian_one() -> None:
    alone = [["army helicopters"], ["national police headquarters"]]
    _drop_military_targets(alone)
    assert alone == []
    beside = [["army helicopters"], ["public bus"]]
    _drop_military_targets(beside)
    assert beside == [["army helicopters"], ["public bus"]]
