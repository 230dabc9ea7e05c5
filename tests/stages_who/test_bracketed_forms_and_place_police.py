"""A name with a short or other form of it in brackets keeps its link (and the form is
an alias for the rest of the article), and the police of a named place are linked to the
police forces of the place's country."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.model import make_article
from sitrep.pipeline import process_article
from sitrep.pipeline.document import Document

Run = Callable[[str], Document]


def _entities(doc: Document) -> list[tuple[str, str, str | None]]:
    return [(e.evidence.text, e.label, e.kb_id) for e in doc.entities]


# -- a name and its bracketed form -------------------------------------------------------


def test_a_name_with_a_short_form_of_several_words_is_one_linked_mention(run: Run) -> None:
    doc = run(
        "The Communist Party of India Maoist (CPI Maoist) shot dead a villager in Gadchiroli "
        "District on Sunday. Police said the CPI Maoist cadres fled into the forest."
    )
    found = _entities(doc)
    assert (
        "Communist Party of India Maoist (CPI Maoist)",
        "ARMED_GROUP",
        "naxalites",
    ) in found
    assert ("CPI Maoist", "ARMED_GROUP", "naxalites") in found


def test_a_name_with_its_other_language_name_in_brackets_is_one_mention(run: Run) -> None:
    doc = run(
        "Guerrillas of the Shining Path (Sendero Luminoso) attacked a police post in Uchiza "
        "on Tuesday. Sendero Luminoso later robbed three banks in the town."
    )
    found = _entities(doc)
    assert ("Shining Path (Sendero Luminoso)", "ARMED_GROUP", "shining_path") in found
    assert ("Sendero Luminoso", "ARMED_GROUP", "shining_path") in found


def test_a_faction_and_its_acronym_link_through_a_spelling_without_apostrophe(
    run: Run,
) -> None:
    doc = run(
        "A polio worker was shot dead in Peshawar on Monday. Jama at ul Ahrar (JuA), a "
        "faction of the Tehreek e Taliban Pakistan (TTP), claimed the killing. JuA said "
        "more attacks would follow."
    )
    found = _entities(doc)
    assert ("Jama at ul Ahrar (JuA)", "ARMED_GROUP", "jamaat_ul_ahrar") in found
    assert ("JuA", "ARMED_GROUP", "jamaat_ul_ahrar") in found
    assert ("Tehreek e Taliban Pakistan (TTP)", "ARMED_GROUP", "ttp") in found


def test_a_bracketed_word_that_is_no_form_of_the_name_stays_apart(run: Run) -> None:
    doc = run("Fighters of the Shining Path (Peru) attacked a police post on Tuesday.")
    assert not any("(" in e.evidence.text for e in doc.entities)


def test_the_group_named_with_its_short_form_is_the_attacker() -> None:
    text = (
        "The Communist Party of India Maoist (CPI Maoist) shot dead a villager in "
        "Gadchiroli District on Sunday."
    )
    events = process_article(make_article(text, published="2024-05-06")).events
    attackers = [e.actor1.kb_id for e in events if e.actor1 is not None]
    assert attackers and set(attackers) == {"naxalites"}


def test_a_party_with_a_hyphenated_name_keeps_its_whole_name(run: Run) -> None:
    doc = run(
        "Police arrested members of the opposition Democratic Movement-United Georgia in "
        "Tbilisi on Monday on weapons charges."
    )
    assert ("Democratic Movement-United Georgia", "ORG", "dm_ug") in _entities(doc)


# -- the police of a named place ---------------------------------------------------------


def test_the_police_of_a_town_are_its_countrys_police(run: Run) -> None:
    doc = run("Saskatoon police arrested a man who pointed a replica handgun at an officer.")
    assert ("police", "ORG", "CA.police") in _entities(doc)


def test_a_state_police_and_a_police_command_are_the_countrys_police(run: Run) -> None:
    doc = run(
        "Maryland State Police arrested a man in Severn on Monday. In Nigeria, the Osun "
        "State Police Command said it had recovered 86 firearms."
    )
    linked = [kb_id for _, label, kb_id in _entities(doc) if label == "ORG"]
    assert "US.police" in linked and "NG.police" in linked


def test_a_place_name_shared_by_peer_towns_of_two_countries_links_no_police(run: Run) -> None:
    doc = run("Carthage police said a gunman killed eight people at a nursing home.")
    assert not any(kb_id and kb_id.endswith(".police") for _, _, kb_id in _entities(doc))


def test_a_common_word_before_police_names_no_place(run: Run) -> None:
    doc = run("Federal Police arrested two men in Buenos Aires on Friday.")
    assert not any(kb_id == "AR.police" and text == "Police" for text, _, kb_id in _entities(doc))
