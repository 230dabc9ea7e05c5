"""MUC-4 adapter: attacks on military units and posts told without an actor2, outlets
that report an incident rather than suffer it, and bracketed names."""

from __future__ import annotations

from sitrep.evaluate.gtt_metric import Template
from sitrep.evaluate.muc4 import (
    _add,
    _charge_forms,
    _Incident,
    _incident_harming,
    named_victims,
    physical_targets,
    templates_of,
)
from sitrep.ingest.truecase import truecase
from sitrep.model import Span, make_article
from sitrep.pipeline import process_article


def _templates(text: str) -> list[Template]:
    return templates_of(process_article(make_article(text)))


def test_an_attack_on_a_battalion_or_its_positions_is_warfare() -> None:
    battalion = (
        "At 2300 on Friday, rebel units attacked a paratrooper battalion at the airport "
        "of San Miguel with rifles and mortars."
    )
    assert _templates(truecase(battalion.lower())) == []
    positions = "Rebel units attacked army positions near the dam in Usulutan on Friday."
    assert _templates(positions) == []


def test_an_attack_on_a_bank_stays_an_incident() -> None:
    (template,) = _templates("Guerrillas attacked a bank in Santa Rosa on Tuesday.")
    assert template.incident_type == "attack"


def test_a_station_that_reports_is_no_target() -> None:
    text = (
        "A local radio station reported that guerrillas burned two buses in Santa Rosa on Tuesday."
    )
    (event,) = [e for e in process_article(make_article(text)).events if e.trigger]
    assert physical_targets(event) == ["buses"]
    announcer = "The station announcer said guerrillas burned two buses in Santa Rosa."
    (event,) = [e for e in process_article(make_article(announcer)).events if e.trigger]
    assert physical_targets(event) == ["buses"]


def test_a_bracketed_acronym_or_country_is_another_way_to_write_a_name() -> None:
    bucket: list[list[str]] = []
    _add(bucket, "Army of National Liberation (ELN)")
    assert "Army of National Liberation" in bucket[0] and "ELN" in bucket[0]
    country: list[list[str]] = []
    _add(country, "National Liberation Army (Colombia)")
    assert "National Liberation Army" in country[0] and "Colombia" not in country[0]
    plain: list[list[str]] = []
    _add(plain, "ELN (Army of National Liberation)")
    assert "Army of National Liberation" in plain[0] and "ELN" in plain[0]


def test_a_victim_named_before_an_apposition_and_a_passive() -> None:
    text = (
        "Hernan Ospina, another Patriotic Union leader, was killed in Medellin on Tuesday "
        "by unidentified gunmen."
    )
    extraction = process_article(make_article(text))
    assert [m.evidence.text for _, m in named_victims(extraction)] == ["Hernan Ospina"]
    relative = "Police found the body of Ernesto Ramirez, who was murdered in Cali on Sunday."
    extraction = process_article(make_article(relative))
    assert "Ernesto Ramirez" in [m.evidence.text for _, m in named_victims(extraction)]


def test_the_house_where_a_person_was_shot_is_the_scene_not_a_target() -> None:
    text = "Gunmen shot and killed Judge Hernan Ospina at his home in Medellin on Monday."
    (template,) = _templates(text)
    assert template.roles["Target"] == []
    burned = "Guerrillas burned the home of a judge in Medellin on Monday."
    (template,) = _templates(burned)
    assert template.roles["Target"]


def test_property_destroyed_by_bombs_is_a_bombing() -> None:
    text = (
        "Two vehicles were destroyed and an office of the agriculture ministry was damaged "
        "following the explosion of two bombs in Tegucigalpa on Monday."
    )
    kinds = {t.incident_type for t in _templates(text)}
    assert kinds == {"bombing"}


def test_acts_counted_by_a_word_of_many_are_no_specific_incident() -> None:
    many = (
        "Since the extradition of the drug lord there have been hundreds of dynamite "
        "attacks in different Colombian cities."
    )
    assert _templates(many) == []
    over = (
        "Medellin has been hit by a wave of violence: the cartels have carried out over 30 "
        "bomb attacks that have left many people injured."
    )
    assert _templates(over) == []
    pair = _templates("Guerrillas carried out two bomb attacks in Lima on Monday.")
    assert [t.incident_type for t in pair] == ["bombing", "bombing"]


def test_an_explosive_is_also_written_with_its_charge_or_amount() -> None:
    sentence = "Rebels set off a dynamite charge and 5 kg of dynamite at the pylons."
    whole = Span(0, len(sentence), sentence)
    first = sentence.index("dynamite")
    assert _charge_forms(Span(first, first + 8, "dynamite"), whole) == ["dynamite charge"]
    second = sentence.rindex("dynamite")
    assert _charge_forms(Span(second, second + 8, "dynamite"), whole) == ["5 kg of dynamite"]


def test_hired_killers_keep_the_word_that_describes_them() -> None:
    text = "Hired assassins killed Judge Hernan Ospina in Medellin on Monday."
    (template,) = _templates(text)
    assert any("Hired assassins" in entity for entity in template.roles["PerpInd"])


def test_a_victim_cited_by_the_first_surname_joins_the_incident_naming_him() -> None:
    first = _Incident("attack", None)
    first.roles["Victim"].append(["Hector Oqueli Colindres"])
    second = _Incident("attack", None)
    incidents = [first, second]
    cited = Span(120, 126, "Oqueli")
    assert _incident_harming(incidents, "attack", cited) is first
    assert len(incidents) == 2


def test_an_air_raid_is_an_act_of_war_not_a_bombing() -> None:
    text = (
        "Air force helicopters bombed and strafed the slopes of the Guazapa volcano on "
        "Monday, where rebel columns were moving."
    )
    assert _templates(text) == []
    planted = "A bomb exploded at a bank in San Salvador on Monday."
    (template,) = _templates(planted)
    assert template.incident_type == "bombing"


def test_a_shootout_is_combat_between_armed_sides() -> None:
    text = "A policeman was wounded in a shoot-out with drug traffickers near Uchiza on Monday."
    assert _templates(text) == []
