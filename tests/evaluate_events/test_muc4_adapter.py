"""The MUC-4 adapter's filler rules that do not need the pipeline."""

from __future__ import annotations

from sitrep.evaluate.muc4 import (
    _collective,
    _nationality,
    _with_modifiers,
    _written_as_name,
    physical_targets,
    templates_of,
)
from sitrep.ingest.truecase import truecase
from sitrep.model import Span, make_article
from sitrep.pipeline import process_article


def test_a_name_needs_a_capital_beyond_the_sentence_opening() -> None:
    assert _written_as_name("the FMLN", opens_sentence=False)
    assert _written_as_name("Farabundo Marti rebels", opens_sentence=True)
    assert not _written_as_name("Terrorists", opens_sentence=True)
    assert not _written_as_name("urban guerrillas", opens_sentence=False)


def test_a_singular_collective_head_names_an_organisation() -> None:
    assert _collective("the army")
    assert _collective("the salvadoran armed forces")
    assert not _collective("five soldiers")
    assert not _collective("urban guerrillas")


def test_a_nationality_or_country_word_fills_no_role() -> None:
    assert _nationality("Chilean")
    assert _nationality("U.S.")
    assert not _nationality("Chilean Government")
    assert not _nationality("FMLN")


def test_templates_take_passive_agents_victims_and_devices() -> None:
    text = truecase(
        "six priests were murdered by uniformed men in san salvador on monday. "
        "guerrillas dynamited a power pylon in usulutan with a homemade bomb."
    )
    templates = {
        t.incident_type: t.roles for t in templates_of(process_article(make_article(text)))
    }
    assert templates["attack"]["PerpInd"] == [["uniformed men", "men"]]
    assert templates["attack"]["Victim"] == []  # described, not named
    assert templates["bombing"]["PerpInd"] == [["Guerrillas"]]
    assert ["bomb"] in templates["bombing"]["Weapon"]


def test_fighting_between_armed_sides_is_no_terrorist_incident() -> None:
    text = truecase("heavy fighting raged between the army and the rebels in chalatenango.")
    assert templates_of(process_article(make_article(text))) == []


def test_an_unnamed_side_keeps_its_adjectives() -> None:
    text = "Yesterday urban guerrillas attacked the bank."
    sentence = Span.of(text, 0, len(text))
    assert _with_modifiers(Span.of(text, 16, 26), sentence) == "urban guerrillas"
    assert _with_modifiers(Span.of(text, 40, 44), sentence) == "bank"


def test_buildings_infrastructure_and_vehicles_are_targets() -> None:
    text = "Terrorists machinegunned a public bus near the American embassy in Lima on Tuesday."
    (template,) = templates_of(process_article(make_article(text)))
    assert template.incident_type == "attack"
    # the modifiers before the head stay; a nationality only writes the target another way
    assert template.roles["Target"] == [["public bus", "bus"], ["embassy", "American embassy"]]


def test_targets_keep_compound_modifiers_but_not_quantities() -> None:
    text = "Urban guerrillas dynamited two power pylons in San Salvador on Monday."
    (event,) = process_article(make_article(text)).events
    assert physical_targets(event) == ["power pylons"]


def test_clashes_between_troops_and_guerrillas_are_war_not_terrorism() -> None:
    text = "Army troops clashed with FMLN guerrillas near San Miguel on Monday."
    extraction = process_article(make_article(text))
    assert [e.sub_event_type for e in extraction.events] == ["Armed clash"]
    assert templates_of(extraction) == []
    killing = process_article(make_article("Guerrillas killed two peasants in Morazan on Monday."))
    assert [t.incident_type for t in templates_of(killing)] == ["attack"]


def test_the_person_killed_or_kidnapped_is_a_victim_without_titles() -> None:
    text = "Liberal Senator Federico Estrada Velez was kidnapped on 3 April in western Medellin."
    (kidnapping,) = templates_of(process_article(make_article(text)))
    assert kidnapping.incident_type == "kidnapping"
    assert kidnapping.roles["Victim"] == [
        ["Federico Estrada Velez", "Senator Federico Estrada Velez"]
    ]
    text = "Gunmen murdered Judge Mariela Espinosa Arango in Medellin on Tuesday, police said."
    (attack,) = templates_of(process_article(make_article(text)))
    assert attack.roles["Victim"] == [["Mariela Espinosa Arango"]]


def test_an_unknown_perpetrator_supplied_by_rule_fills_no_perpetrator() -> None:
    text = truecase("a policeman was killed in medellin on monday.")
    [template] = templates_of(process_article(make_article(text)))
    assert template.roles["PerpInd"] == [] and template.roles["PerpOrg"] == []
    assert template.roles["Victim"] == []  # described, not named
