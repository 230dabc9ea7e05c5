"""MUC-4 adapter: a victim's name is also taken as the text writes it in full, with the
given names a recogniser left out of the mention and the titles before them."""

from __future__ import annotations

from muc4_helpers import fillers

from sitrep.evaluate.gtt_metric import Template
from sitrep.evaluate.muc4 import _written_longer, templates_of
from sitrep.model import Span, make_article
from sitrep.pipeline import process_article


def _templates(text: str) -> list[Template]:
    return templates_of(process_article(make_article(text)))


def _mention(text: str, name: str) -> Span:
    start = text.index(name)
    return Span(start, start + len(name), name)


def test_a_victim_is_also_written_with_the_title_before_the_name() -> None:
    victims = fillers(_templates("Gunmen killed General Carlos Prats in Buenos Aires."), "Victim")
    assert {"carlos prats", "general carlos prats"} <= victims


def test_given_names_left_out_of_a_mention_belong_to_the_name() -> None:
    text = (
        "Costa Rican President Oscar Arias condemned the assassination of Antonio "
        "Rodriguez Porth, Salvadoran minister of the presidency."
    )
    assert _written_longer(text, _mention(text, "Rodriguez Porth")) == ["Antonio Rodriguez Porth"]
    wounded = "In Santa Tecla unidentified men wounded Judge Mauricio Gutierrez Castro."
    assert _written_longer(wounded, _mention(wounded, "Gutierrez Castro")) == [
        "Mauricio Gutierrez Castro",
        "Judge Mauricio Gutierrez Castro",
    ]


def test_an_ordinary_word_or_nationality_before_a_name_is_none_of_it() -> None:
    text = "Yesterday Carlos Prats was shot dead. Guatemalan Jorge Mendez was wounded."
    assert _written_longer(text, _mention(text, "Carlos Prats")) == []
    assert _written_longer(text, _mention(text, "Jorge Mendez")) == []


def test_the_person_an_attack_is_made_on_is_its_victim() -> None:
    (template,) = _templates(
        "Police arrested three men in connection with the attack on Senator Ernesto "
        "Valdivieso in Medellin last week."
    )
    assert template.incident_type == "attack"
    assert "ernesto valdivieso" in fillers([template], "Victim")
    (template,) = _templates(
        "Gunmen carried out an attack against councilman Gonzalo Herrera Alvarez in Cali on "
        "Friday, police said."
    )
    assert "gonzalo herrera alvarez" in fillers([template], "Victim")


def test_an_attack_on_a_body_names_no_victim() -> None:
    templates = _templates("The minister said the report was a direct attack on the army.")
    assert not fillers(templates, "Victim")


def test_a_place_before_a_harm_is_no_named_victim() -> None:
    nuns = _templates(
        "Two nuns who were travelling from Comalapa airport to San Salvador were killed on Sunday."
    )
    assert "san salvador" not in fillers(nuns, "Victim")
    sister = _templates(
        "Sister Maria Lopez, who was returning from Comalapa airport to San Salvador, was "
        "killed on Sunday."
    )
    victims = fillers(sister, "Victim")
    assert "maria lopez" in victims
    assert "san salvador" not in victims


def test_a_person_who_died_in_a_told_attack_is_its_victim() -> None:
    (template,) = _templates(
        "A dynamite charge derailed a cargo train near Huancayo before dawn today. "
        "Inspector Eulogio Ramos died in the explosion."
    )
    assert "eulogio ramos" in fillers([template], "Victim")


def test_a_death_no_attack_explains_makes_no_incident() -> None:
    assert _templates("Former president Juan Carlos Perez died of cancer on Sunday in Lima.") == []


def test_the_names_apposed_to_the_people_harmed_are_victims() -> None:
    reporters = _templates(
        "Soldiers at a highway checkpoint killed two reporters, Roberto Navas Paz and "
        "Mauricio Pineda Ruiz, late last night."
    )
    assert {"roberto navas paz", "mauricio pineda ruiz"} <= fillers(reporters, "Victim")
    including = _templates(
        "Assassins paid by the cartels killed five politicians, including presidential "
        "hopeful Luis Carlos Galan, between June and August."
    )
    assert "luis carlos galan" in fillers(including, "Victim")


def test_a_name_past_the_comma_that_speaks_or_owns_is_no_victim() -> None:
    said = _templates(
        "Three peasants were murdered by the military, Salvadoran President Alfredo "
        "Cristiani said today."
    )
    assert "alfredo cristiani" not in fillers(said, "Victim")
    owns = _templates(
        "Gunmen attacked the presidential palace, President Alfredo Cristiani's private home "
        "and the offices of a newspaper."
    )
    assert "alfredo cristiani" not in fillers(owns, "Victim")


def test_a_victim_is_named_past_a_title_of_five_words() -> None:
    templates = _templates(
        "Urban guerrillas killed the national assembly vice president Roberto Angulo Diaz in "
        "San Salvador today."
    )
    assert "roberto angulo diaz" in fillers(templates, "Victim")


def test_a_name_further_after_the_harm_is_no_victim() -> None:
    templates = _templates(
        "Two peasants were killed yesterday afternoon as they waited for Mayor Jose Ortiz "
        "Cano in Usulutan."
    )
    assert "jose ortiz cano" not in fillers(templates, "Victim")


def test_a_name_after_a_preposition_of_place_is_where_not_whom() -> None:
    reporter = _templates(
        "A Dutch reporter was killed this morning in San Francisco Javier, Usulutan Department."
    )
    assert "san francisco javier" not in fillers(reporter, "Victim")
    judge = _templates("Gunmen shot and killed Judge Carlos Mendoza Arce in Santa Tecla on Monday.")
    assert "carlos mendoza arce" in fillers(judge, "Victim")
