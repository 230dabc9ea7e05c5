"""re3d conventions of the adapter: counted people, person-headed names, collective
demonyms, statements named by their speaker's role, paired states and coordinates."""

from __future__ import annotations

from re3d_stubs import FixedModel, rule_stages

from sitrep.ner.corpus import Sentence
from sitrep.ner.re3d import (
    _alternatives,
    _names_speaker,
    predict_sentence,
    run_stages,
)
from sitrep.ner.re3d_phrases import demonym_mention, names_one_person


def _of_type(text: str, label: str) -> list[str]:
    words = tuple(text.split())
    sentence = Sentence(words, ("O",) * len(words))
    spans = predict_sentence(list(rule_stages()), sentence)
    return [" ".join(words[s:e]) for s, e, kind in spans if kind == label]


def _demonym(text: str, word: str) -> tuple[str, str] | None:
    start = text.index(word)
    mention = demonym_mention(text, start, start + len(word))
    return None if mention is None else (text[mention[0] : mention[1]], mention[2])


def test_a_count_opening_a_model_group_stays_a_quantity() -> None:
    text = "Medical workers counted 97 civilians killed in the first week ."
    words = text.split()
    model = FixedModel([(3, 5, "Organisation")])  # "97 civilians"
    sentence = Sentence(tuple(words), ("O",) * len(words))
    spans = predict_sentence(list(rule_stages()), sentence, model)
    found = [(" ".join(words[s:e]), label) for s, e, label in spans]
    assert ("97", "Quantity") in found
    assert ("97 civilians", "Organisation") not in found


def test_a_name_ending_in_a_noun_for_one_person_is_that_person() -> None:
    assert names_one_person("Central Command spokesman")
    assert names_one_person("the young soldier")
    assert not names_one_person("Central Command")
    assert not names_one_person("Iraqi officials")
    assert not names_one_person("Pentagon Press Secretary")  # capitalised: a title, not a head


def test_a_collective_demonym_before_its_verb_is_a_people() -> None:
    text = "The French previously led the task force in the Gulf."
    assert _demonym(text, "French") == ("The French", "Organisation")
    text = "Officials said the Chinese had sent an envoy to Damascus."
    assert _demonym(text, "Chinese") == ("the Chinese", "Organisation")


def test_a_collective_demonym_before_a_noun_stays_a_nationality() -> None:
    text = "The French anti-air frigate joined the carrier group."
    assert _demonym(text, "French") == ("French", "Nationality")
    assert _demonym("He spoke in French to the crowd.", "French") == ("French", "Nationality")


def test_a_statement_named_by_its_speakers_role_is_no_document() -> None:
    text = "Foreign Secretary statement on UN chemical weapons report"
    assert "Foreign Secretary statement" not in _of_type(text, "DocumentReference")


def test_a_statement_a_role_owns_is_still_a_document() -> None:
    text = "He welcomed the Prime Minister ' s statement on the ceasefire ."
    assert "the Prime Minister ' s statement" in _of_type(text, "DocumentReference")


def test_two_states_a_hyphen_pairs_are_two_mentions() -> None:
    text = "Leaders discussed the UK-France relationship at the summit."
    start = text.index("UK")
    france = text.index("France")
    states = [(start, start + 2), (france, france + 6)]
    pair = list(_alternatives(text, start, france + 6, states))
    assert [text[a:b] for a, b in pair] == ["UK", "France"]


def test_a_hyphenated_name_that_is_no_pair_of_states_stays_whole() -> None:
    text = "The Al-Qaeda commander was killed near the border."
    start = text.index("Al-Qaeda")
    spans = list(_alternatives(text, start, start + len("Al-Qaeda"), []))
    assert spans == [(start, start + len("Al-Qaeda"))]


def test_writings_of_a_coordinate_a_slash_separates_are_one_mention_each() -> None:
    text = "Coordinates: 33°47′N 44°30′E/33.783°N 44.500°E"
    start = text.index("33°")
    parts = [text[a:b] for a, b in _alternatives(text, start, len(text), [])]
    assert parts == ["33°47′N 44°30′E", "33.783°N 44.500°E"]


def _speaker(text: str, name: str) -> bool:
    doc = run_stages(list(rule_stages()), text)
    start = text.index(name)
    return _names_speaker(doc, start, start + len(name))


def test_a_name_a_speech_verb_opens_and_a_stop_closes_is_the_speaker() -> None:
    assert _speaker("“The talks will go on in the Gulf,” said Burns.", "Burns")
    assert _speaker("“We read to forget the shelling,” says Mohammed.", "Mohammed")


def test_a_known_place_or_a_name_that_goes_on_is_no_speaker() -> None:
    assert not _speaker("The strikes will continue, said Syria.", "Syria")
    assert not _speaker("He said Burns had left the city.", "Burns")


def test_generic_arms_include_small_arms_riot_agents_and_artillery() -> None:
    text = (
        "Police fired tear gas at men armed with machetes and pistols , "
        "as howitzers shelled the town ."
    )
    assert _of_type(text, "Weapon") == ["tear gas", "machetes", "pistols", "howitzers"]


def test_ships_and_trucks_are_platforms_only_when_military() -> None:
    text = "The strikes hit military trucks and naval vessels , while cargo ships sailed on ."
    assert _of_type(text, "MilitaryPlatform") == ["military trucks", "naval vessels"]
