"""The MUC-4 adapter's rules for incidents by place, named victims, both kinds of
perpetrator and one entity per referent (rules 5 and 8-10 of `sitrep.evaluate.muc4`)."""

from __future__ import annotations

from sitrep.evaluate.gtt_metric import ROLES, Template
from sitrep.evaluate.muc4 import _add, _descriptions, templates_of
from sitrep.model import Span, make_article
from sitrep.pipeline import process_article


def _templates(text: str) -> list[Template]:
    return templates_of(process_article(make_article(text)))


def test_a_name_and_its_alias_are_one_entity() -> None:
    bucket: list[list[str]] = []
    _add(bucket, "Farabundo Marti National Liberation Front")
    _add(bucket, "FMLN")
    assert bucket == [["Farabundo Marti National Liberation Front", "FMLN"]]


def test_a_phrase_and_its_last_words_are_one_entity() -> None:
    bucket: list[list[str]] = []
    _add(bucket, "urban guerrillas")
    _add(bucket, "guerrillas")
    _add(bucket, "Romero", ["Oscar Arnulfo Romero"])
    _add(bucket, "Arnulfo Romero")
    _add(bucket, "peasants")
    assert bucket == [
        ["urban guerrillas", "guerrillas"],
        ["Romero", "Oscar Arnulfo Romero", "Arnulfo Romero"],
        ["peasants"],
    ]


def test_a_possessive_is_no_part_of_the_name() -> None:
    bucket: list[list[str]] = []
    _add(bucket, "Farabundo Marti National Liberation Front's")
    # the knowledge base's acronym is another mention of the same entity
    assert bucket == [["Farabundo Marti National Liberation Front", "FMLN"]]


def test_a_perpetrator_is_also_written_with_its_count() -> None:
    text = "Yesterday three heavily armed men kidnapped a businessman."
    sentence = Span.of(text, 0, len(text))
    assert _descriptions(Span.of(text, 30, 33), sentence) == [
        "heavily armed men",
        "three heavily armed men",
        "men",
    ]


def test_the_people_who_did_it_and_their_organisation_are_both_perpetrators() -> None:
    text = (
        "On Monday urban guerrillas of the Farabundo Marti National Liberation Front "
        "dynamited two power pylons in San Miguel."
    )
    (template,) = _templates(text)
    assert any("urban guerrillas" in entity for entity in template.roles["PerpInd"])
    assert ["Farabundo Marti National Liberation Front", "FMLN"] in template.roles["PerpOrg"]


def test_plain_people_are_perpetrators_only_when_described() -> None:
    text = "On Tuesday unidentified individuals machinegunned a public bus in Lima."
    (template,) = _templates(text)
    assert ["unidentified individuals", "individuals"] in template.roles["PerpInd"]
    counted = "Twenty persons were machinegunned by terrorists in Lima on Tuesday."
    for found in _templates(counted):
        assert all("persons" not in " ".join(e) for e in found.roles["PerpInd"])


def test_a_named_murder_told_only_as_a_reference_is_an_incident() -> None:
    text = (
        "The Supreme Court today appointed a special judge to investigate the murder "
        "of Judge Mariela Espinosa Arango, the court said."
    )
    templates = _templates(text)
    assert [t.incident_type for t in templates] == ["attack"]
    assert templates[0].roles["Victim"] == [["Mariela Espinosa Arango"]]


def test_attacks_in_different_towns_are_different_incidents() -> None:
    text = (
        "Guerrillas dynamited a power pylon in Apopa on Monday. "
        "On Tuesday guerrillas dynamited a bridge in Zacatecoluca."
    )
    bombings = [t for t in _templates(text) if t.incident_type == "bombing"]
    targets = sorted(e[0] for t in bombings for e in t.roles["Target"])
    assert len(bombings) == 2
    assert targets == ["bridge", "power pylon"]
    for template in bombings:
        assert set(template.roles) == set(ROLES)


def test_a_facility_merely_named_is_no_target() -> None:
    text = "Terrorists killed two peasants near the El Dorado Airport in Bogota on Monday."
    for template in _templates(text):
        assert all("Airport" not in " ".join(e) for e in template.roles["Target"])


def test_an_incident_with_no_perpetrator_takes_the_one_the_report_names_first() -> None:
    lead = (
        "Farabundo Marti National Liberation Front guerrillas operate in the area, the army says."
    )
    bombing = "On Monday a bomb exploded at a bank in San Miguel, wounding two peasants."
    (template,) = _templates(f"{lead} {bombing}")
    assert template.roles["PerpOrg"] == [["Farabundo Marti National Liberation Front", "FMLN"]]
    # its people as the lead writes them come with it (rules 9 and 11)
    assert template.roles["PerpInd"] == [
        ["Farabundo Marti National Liberation Front guerrillas", "guerrillas"]
    ]
    unnamed = "Guerrillas have stepped up their sabotage campaign in the east."
    (template,) = _templates(f"{unnamed} {bombing}")
    assert template.roles["PerpInd"] == [["Guerrillas"]]


def test_an_attack_with_explosives_is_a_bombing() -> None:
    (bombing,) = _templates(
        "On Monday urban guerrillas attacked a bank in San Salvador with dynamite."
    )
    assert bombing.incident_type == "bombing"
    assert bombing.roles["Weapon"] == [["dynamite"]]
    (attack,) = _templates(
        "On Monday urban guerrillas attacked a bank in San Salvador with rifles."
    )
    assert attack.incident_type == "attack"
