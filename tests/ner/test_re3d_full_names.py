"""re3d adapter: a given name and a surname the model types as a place or a body name a
person; ordinary capitalised words and names the knowledge places keep the model's type;
two people "and" joins are a mention each, unless the "and" is inside a title; an
unknown name a speech verb follows is a person."""

from __future__ import annotations

from re3d_stubs import FixedModel, rule_stages

from sitrep.ner.corpus import Sentence
from sitrep.ner.re3d import predict_sentence


def _typed(text: str, span: tuple[int, int, str]) -> list[tuple[str, str]]:
    words = text.split()
    sentence = Sentence(tuple(words), ("O",) * len(words))
    found = predict_sentence(list(rule_stages()), sentence, FixedModel([span]))
    return [(" ".join(words[s:e]), label) for s, e, label in found if (s, e) == span[:2]]


def test_a_full_name_the_model_calls_a_place_is_a_person() -> None:
    text = "Boris Johnson met the Iraqi Foreign Minister in London today ."
    assert _typed(text, (0, 2, "Location")) == [("Boris Johnson", "Person")]


def test_a_role_and_a_full_name_the_model_calls_a_body_is_a_person() -> None:
    text = "Attribution is on - the - record from Spokesperson John Kirby ."
    assert _typed(text, (8, 11, "Organisation")) == [("Spokesperson John Kirby", "Person")]


def test_ordinary_capitalised_words_keep_the_model_type() -> None:
    text = "The meeting was chaired by the Coalition Commanders in Baghdad ."
    assert _typed(text, (6, 8, "Organisation")) == [("Coalition Commanders", "Organisation")]


def _people(text: str, span: tuple[int, int, str]) -> list[str]:
    words = text.split()
    sentence = Sentence(tuple(words), ("O",) * len(words))
    found = predict_sentence(list(rule_stages()), sentence, FixedModel([span]))
    return [" ".join(words[s:e]) for s, e, label in found if label == "Person"]


def test_two_people_and_joins_are_a_mention_each() -> None:
    text = "The Prime Minister and President Hollande met on 3 March at Amiens ."
    assert _people(text, (0, 6, "Person")) == ["The Prime Minister", "President Hollande"]


def test_and_inside_a_title_keeps_one_person() -> None:
    text = "He met the Special Advisor for the Near East and South Asia in Ankara ."
    title = "the Special Advisor for the Near East and South Asia"
    assert title in _people(text, (2, 12, "Person"))


def test_an_unknown_name_that_speaks_is_a_person() -> None:
    text = "Karbouly told the tribunal that he had never met Zarqawi ."
    assert _typed(text, (0, 1, "Location")) == [("Karbouly", "Person")]


def test_a_known_place_before_a_speech_verb_is_no_person() -> None:
    text = "Syria said the convoy had been attacked near Aleppo ."
    assert _typed(text, (0, 1, "Location")) != [("Syria", "Person")]
