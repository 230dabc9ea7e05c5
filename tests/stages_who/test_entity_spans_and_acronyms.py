"""Entity spans and actor names that used to break events: model spans across a verb,
names with their acronym in brackets, short aliases in all-capitals text, and demonyms
that give a described person's nationality."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.kb.actors import ActorKB, squash
from sitrep.model import make_article
from sitrep.pipeline import process_article
from sitrep.pipeline.document import Document

Run = Callable[[str], Document]


def _entities(doc: Document) -> list[tuple[str, str, str | None]]:
    return [(e.evidence.text, e.label, e.kb_id) for e in doc.entities]


# -- a name never holds a lower-case verb --------------------------------------------


def test_a_model_span_is_cut_at_the_verb(run: Run) -> None:
    doc = run("Police arrested John Smith in Dhaka on Sunday, officials said.")
    texts = [text for text, _, _ in _entities(doc)]
    assert "John Smith" in texts
    assert not any("arrested" in text for text in texts)
    assert "Police" not in texts  # a sentence's first word alone is no name


def test_the_arrest_is_found_once_the_name_no_longer_hides_the_verb() -> None:
    text = "Police arrested Maskawat Hasan in Dhaka on Sunday, officials said."
    extraction = process_article(make_article(text, published="2024-05-20"))
    assert any(e.sub_event_type == "Arrests" for e in extraction.events)
    assert not any("arrested" in e.evidence.text for e in extraction.mentions.entities)


# -- a name with its acronym in brackets ---------------------------------------------------


def test_a_name_and_its_acronym_in_brackets_are_one_linked_mention(run: Run) -> None:
    doc = run(
        "The Tehreek e Taliban Pakistan (TTP) on January 18 killed four soldiers in "
        "North Waziristan. The TTP said its fighters had withdrawn."
    )
    found = _entities(doc)
    assert ("Tehreek e Taliban Pakistan (TTP)", "ARMED_GROUP", "ttp") in found
    assert ("TTP", "ARMED_GROUP", "ttp") in found
    assert not any(kb_id in ("taliban", "PK") for _, _, kb_id in found)


def test_a_known_group_is_linked_through_its_transliterated_name(run: Run) -> None:
    doc = run(
        "Jama'atul Mujahideen Bangladesh (JMB) militants attacked a police post in "
        "Gaibandha on Monday. JMB later claimed the attack."
    )
    linked = [kb_id for _, label, kb_id in _entities(doc) if label == "ARMED_GROUP"]
    assert linked == ["jmb", "jmb"]


def test_an_unknown_group_gives_its_name_to_its_acronym(run: Run) -> None:
    doc = run(
        "Fighters of the Zomi Revolutionary Army (ZRA) ambushed a patrol near Churachandpur "
        "on Friday. The ZRA denied any role in the killings."
    )
    acronym = [e for e in doc.entities if e.evidence.text == "ZRA"]
    assert [e.name for e in acronym] == ["Zomi Revolutionary Army"]
    assert any(a.name == "Zomi Revolutionary Army" for a in doc.actors)


def test_an_acronym_that_the_initials_do_not_spell_is_left_alone(run: Run) -> None:
    doc = run("Residents of Peshawar (Pakistan) said the market was closed on Friday.")
    assert not any("(" in e.evidence.text for e in doc.entities)


def test_loose_matching_folds_spaces_hyphens_and_joins() -> None:
    kb = ActorKB.load()
    for name in ("Tehrik e Taliban Pakistan", "Tehreek i Taliban Pakistan"):
        entry = kb.resolve(name)
        assert entry is not None and entry.id == "ttp"
    entry = kb.resolve("Lashkar i Islam")
    assert entry is not None and entry.id == "lashkar_e_islam"
    assert squash("Tehreek-e-Taliban") == squash("Tehreek e Taliban") == "tehreektaliban"


# -- short aliases in all-capitals text ------------------------------------------------------


def test_english_words_in_capitals_are_no_actors(run: Run) -> None:
    doc = run(
        "Gunmen attacked a police station in San Salvador on Monday, police said. "
        "THERE IS ONE DEAD AND TWO WOUNDED, A SPOKESMAN SAID. COULD YOU PLEASE TELL US "
        "WHO CARRIED OUT THE ATTACK?"
    )
    assert not any(a.kb_id in ("islamic_state", "US") for a in doc.actors)
    assert not any(e.evidence.text.isupper() for e in doc.entities)


def test_a_capitalised_alias_named_elsewhere_in_the_article_stays(run: Run) -> None:
    doc = run(
        "Islamic State fighters attacked an army post near Raqqa on Monday. "
        "IS CLAIMS RESPONSIBILITY FOR THE ATTACK ON THE ARMY POST NEAR RAQQA."
    )
    linked = [e.evidence.text for e in doc.entities if e.kb_id == "islamic_state"]
    assert linked == ["Islamic State", "IS"]


def test_a_dotted_form_is_no_english_word(run: Run) -> None:
    doc = run(
        "A bomb exploded in Bogota on Monday. "
        "THE U.S. EMBASSY CONDEMNED THE CAR BOMB ATTACK THAT KILLED TWO PEOPLE."
    )
    assert ("U.S.", "GPE", "US") in _entities(doc)
    assert not any(e.kb_id == "CF" for e in doc.entities)


# -- a demonym before a described person ------------------------------------------------------


def test_a_demonym_describing_a_named_person_is_no_state_actor(run: Run) -> None:
    doc = run("Saudi terrorist Osama bin Laden ordered the bombing of the embassy in Nairobi.")
    assert ("Saudi", "NORP", "SA") in _entities(doc)  # the mention stays ...
    assert not any(a.kb_id == "SA" for a in doc.actors)  # ... but names no actor


def test_a_person_span_keeps_the_name_after_its_description(run: Run) -> None:
    doc = run("British journalist John Cantlie was kidnapped in Syria in 2012.")
    assert ("John Cantlie", "PERSON", None) in _entities(doc)
    assert not any(a.kb_id == "GB" for a in doc.actors)
    cantlie = [a for a in doc.actors if a.name == "John Cantlie"]
    assert cantlie and cantlie[0].country == "GB"


def test_an_officials_nationality_and_a_states_forces_stay_actors(run: Run) -> None:
    doc = run(
        "Russian president Vladimir Putin ordered new strikes on Kyiv on Monday. "
        "Turkish troops shelled positions near Afrin."
    )
    kb_ids = {a.kb_id for a in doc.actors}
    assert "RU" in kb_ids
    assert "TR.military" in kb_ids
