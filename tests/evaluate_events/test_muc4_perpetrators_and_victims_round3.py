"""The MUC-4 adapter, round 3: perpetrators written as people (a group's members, an
agent after "by", adjectives read where the perpetrator is written, "a group of ...")
and one incident per named victim or per property hit (rules 5, 6, 8 and 9 of
`sitrep.evaluate.muc4`)."""

from __future__ import annotations

from sitrep.evaluate.gtt_metric import Template, normalise
from sitrep.evaluate.muc4 import _descriptions, templates_of
from sitrep.ingest.truecase import truecase
from sitrep.model import Span, make_article
from sitrep.pipeline import process_article


def _templates(text: str) -> list[Template]:
    return templates_of(process_article(make_article(text)))


def _fillers(template: Template, role: str) -> set[str]:
    return {normalise(mention) for entity in template.roles[role] for mention in entity}


def test_members_of_a_named_group_are_the_individual_perpetrators() -> None:
    text = (
        "Members of the Farabundo Marti National Liberation Front attacked an electric "
        "power substation in San Salvador last night."
    )
    (template,) = _templates(text)
    assert "members of farabundo marti national liberation front" in _fillers(template, "PerpInd")
    assert "farabundo marti national liberation front" in _fillers(template, "PerpOrg")


def test_a_group_name_before_a_word_for_its_members_is_both_perpetrators() -> None:
    text = (
        "Guatemalan Army troops killed nine peasants by mistake in Coban on 17 August, "
        "fire department sources reported."
    )
    (template,) = _templates(text)
    assert "guatemalan army troops" in _fillers(template, "PerpInd")


def test_the_agent_of_a_passive_is_a_perpetrator() -> None:
    text = truecase(
        "eleven student leaders have been kidnapped by unidentified men in guatemala city "
        "in less than a month."
    )
    templates = _templates(text)
    kidnapping = next(t for t in templates if t.incident_type == "kidnapping")
    assert "unidentified men" in _fillers(kidnapping, "PerpInd")


def test_the_victims_of_an_attack_are_no_perpetrators() -> None:
    text = "Guerrillas machinegunned a bus carrying unidentified men near Usulutan today."
    (template,) = _templates(text)
    assert "unidentified men" not in _fillers(template, "PerpInd")


def test_a_perpetrator_opening_the_sentence_keeps_its_adjective() -> None:
    text = truecase(
        "unidentified individuals machinegunned the car of minister jose antonio rodriguez "
        "porth in san salvador this morning."
    )
    (template,) = _templates(text)
    assert "unidentified individuals" in _fillers(template, "PerpInd")


def test_a_group_of_people_is_written_with_and_without_its_group() -> None:
    text = "Yesterday a group of six urban guerrillas burned three buses."
    sentence = Span.of(text, 0, len(text))
    start = text.index("guerrillas")
    assert _descriptions(Span.of(text, start, start + len("guerrillas")), sentence) == [
        "urban guerrillas",
        "six urban guerrillas",
        "group of six urban guerrillas",
        "guerrillas",
    ]


def test_each_named_victim_killed_in_turn_is_an_incident_of_its_own() -> None:
    text = (
        "Judge Bernardo Jaramillo Uribe was assassinated in Medellin today by "
        "unidentified gunmen. He is the fourth judge killed this year, after the murder "
        "of Judge Hector Jimenez in March."
    )
    attacks = [t for t in _templates(text) if t.incident_type == "attack"]
    victims = [_fillers(t, "Victim") for t in attacks]
    assert len(attacks) == 2
    assert any("bernardo jaramillo uribe" in v for v in victims)
    assert any("hector jimenez" in v for v in victims)
    assert not any("bernardo jaramillo uribe" in v and "hector jimenez" in v for v in victims)


def test_a_victim_named_again_stays_in_the_same_incident() -> None:
    text = (
        "Senator Federico Estrada Velez was kidnapped in Medellin on 3 April. "
        "The kidnapping of Estrada Velez was condemned by the government."
    )
    kidnappings = [t for t in _templates(text) if t.incident_type == "kidnapping"]
    assert len(kidnappings) == 1


def test_the_owner_of_a_murder_is_its_victim() -> None:
    text = (
        "Thousands marched in Bogota today to protest presidential candidate Bernardo "
        "Jaramillo Ossa's murder."
    )
    attacks = [t for t in _templates(text) if t.incident_type == "attack"]
    assert any("bernardo jaramillo ossa" in _fillers(t, "Victim") for t in attacks)


def test_the_owner_of_the_killers_is_no_victim() -> None:
    text = "Escobar's gunmen murdered three judges in Medellin on Monday."
    templates = _templates(text)
    assert not any("escobar" in _fillers(t, "Victim") for t in templates)


def test_other_property_hit_in_the_same_town_is_another_incident() -> None:
    text = (
        "A bomb exploded at a bank in San Salvador on Monday. On Wednesday another bomb "
        "exploded at the offices of a newspaper in San Salvador."
    )
    bombings = [t for t in _templates(text) if t.incident_type == "bombing"]
    assert len(bombings) == 2


def test_the_same_property_told_twice_is_one_incident() -> None:
    text = (
        "A bomb exploded at a bank in San Salvador on Monday. The bomb destroyed the "
        "front of the bank in San Salvador, police said."
    )
    bombings = [t for t in _templates(text) if t.incident_type == "bombing"]
    assert len(bombings) == 1


def test_people_described_as_armed_later_in_the_report_are_its_perpetrators() -> None:
    text = (
        "Senator Federico Estrada Velez was kidnapped in Medellin on 3 April. As he waited "
        "for the traffic light to change, three heavily armed men forced him to get out "
        "of his car."
    )
    kidnapping = next(t for t in _templates(text) if t.incident_type == "kidnapping")
    assert "three heavily armed men" in _fillers(kidnapping, "PerpInd")
