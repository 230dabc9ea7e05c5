"""MUC-4 adapter: victims named in one list share the harm and the incident, and a
state's soldiers written as people bring the army the report names as PerpOrg."""

from __future__ import annotations

from muc4_helpers import fillers

from sitrep.evaluate.gtt_metric import Template
from sitrep.evaluate.muc4 import templates_of
from sitrep.model import make_article
from sitrep.pipeline import process_article


def _templates(text: str) -> list[Template]:
    return templates_of(process_article(make_article(text)))


def test_every_person_of_a_listed_harm_is_a_victim_of_one_incident() -> None:
    (template,) = _templates(
        "Unidentified gunmen carried out the assassination of journalist Pedro Arce Toledo, "
        "director of the newspaper La Voz, and Ramiro Velasco Mendez, president of the "
        "teachers' union, in Cali on Monday."
    )
    assert {"pedro arce toledo", "ramiro velasco mendez"} <= fillers([template], "Victim")


def test_a_list_of_hostages_with_ages_and_origins_is_one_kidnapping() -> None:
    (template,) = _templates(
        "Heavily armed men kidnapped Jose Maria Ortega, 55, from Spain; Roberto Lizarraga, "
        "52, from France; and Luigi Rossetti, 35, from Italy, in Tecun Uman last night."
    )
    assert template.incident_type == "kidnapping"
    victims = fillers([template], "Victim")
    assert {"jose maria ortega", "roberto lizarraga", "luigi rossetti"} <= victims


def test_a_person_the_list_runs_into_who_speaks_is_no_victim() -> None:
    templates = _templates(
        "Gunmen killed Mayor Pedro Arce Toledo, and President Virgilio Barco said the "
        "government would find them."
    )
    victims = fillers(templates, "Victim")
    assert "pedro arce toledo" in victims
    assert "virgilio barco" not in victims


def test_soldiers_as_perpetrators_bring_the_army_the_report_names() -> None:
    (template,) = _templates(
        "Radio Venceremos reported a new Honduran Army raid into Salvadoran territory. On "
        "Sunday Honduran troops burned five houses in the village of Arcatao."
    )
    assert "honduran troops" in fillers([template], "PerpInd")
    assert "honduran army" in fillers([template], "PerpOrg")


def test_a_list_ending_in_a_comma_before_its_passive_is_all_victims() -> None:
    (template,) = _templates(
        "Rebels ambushed the governor's convoy near Cucuta on Sunday. His son, Andres "
        "Torrado; Gustavo Mejia Quintero, the departmental government secretary; and "
        "Bodyguard Jairo Ortiz, were also killed."
    )
    victims = fillers([template], "Victim")
    assert {"andres torrado", "gustavo mejia quintero", "jairo ortiz"} <= victims


def test_the_people_a_sentence_lists_as_injured_are_victims() -> None:
    (template,) = _templates(
        "A car bomb exploded near the police station in Bogota on Tuesday. The injured "
        "were 19-year-old Robinson Ramirez, 30-year-old Roberto Arcesio Pabon and "
        "40-year-old Hugo Morales Diaz."
    )
    victims = fillers([template], "Victim")
    assert {"robinson ramirez", "roberto arcesio pabon", "hugo morales diaz"} <= victims


def test_people_as_the_agent_of_a_passive_are_perpetrators() -> None:
    (template,) = _templates(
        "A bomb exploded at the Banco Popular branch in Cali on Monday after being planted "
        "by three individuals."
    )
    assert "three individuals" in fillers([template], "PerpInd")
