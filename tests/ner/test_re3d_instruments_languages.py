"""re3d adapter: a treaty or charter named by its title is a DocumentReference ("the Rome
Statute", "the Minsk Protocol"); a language named after "into", "fluent" or a verb of
speaking, or after "in" with a preposition next, is a Nationality ("translated into
English", "spoke in Arabic to the crowd"), while a demonym qualifying a noun after "in"
is not a language ("in Turkish custody")."""

from __future__ import annotations

from re3d_stubs import rule_stages

from sitrep.ner.corpus import Sentence
from sitrep.ner.re3d import predict_sentence


def _typed(text: str) -> list[tuple[str, str]]:
    words = tuple(text.split())
    sentence = Sentence(words, ("O",) * len(words))
    spans = predict_sentence(list(rule_stages()), sentence)
    return [(" ".join(words[s:e]), kind) for s, e, kind in spans]


def test_a_statute_named_by_its_title_is_a_document() -> None:
    typed = _typed("Russia is accused of violating the Rome Statute and the Geneva Conventions .")
    assert ("the Rome Statute", "DocumentReference") in typed


def test_a_protocol_named_by_its_title_is_a_document() -> None:
    typed = _typed("The ceasefire was agreed under the Minsk Protocol in September 2014 .")
    assert ("the Minsk Protocol", "DocumentReference") in typed


def test_a_declaration_named_after_a_city_is_a_document_not_the_city() -> None:
    typed = _typed("Both sides reaffirmed their commitment to the Jeddah Declaration .")
    assert typed == [("the Jeddah Declaration", "DocumentReference")]


def test_a_charter_and_a_declaration_with_its_title_are_documents() -> None:
    typed = _typed("He cited the Universal Declaration of Human Rights and the UN Charter .")
    assert ("the Universal Declaration of Human Rights", "DocumentReference") in typed
    assert ("the UN Charter", "DocumentReference") in typed


def test_accords_named_by_a_place_are_a_document() -> None:
    typed = _typed("Morocco joined the Abraham Accords in December 2020 .")
    assert ("the Abraham Accords", "DocumentReference") in typed


def test_a_lower_case_protocol_or_declaration_is_no_document() -> None:
    typed = _typed("Officials followed the protocol and issued a declaration of war .")
    assert not [kind for _, kind in typed if kind == "DocumentReference"]


def test_languages_after_into_are_nationalities() -> None:
    typed = _typed("Interpreters translated his remarks into English and Pashto .")
    assert ("English", "Nationality") in typed and ("Pashto", "Nationality") in typed


def test_a_language_after_a_verb_of_speaking_is_a_nationality() -> None:
    typed = _typed("He speaks fluent Arabic and French , his aides said .")
    assert ("Arabic", "Nationality") in typed and ("French", "Nationality") in typed


def test_a_language_after_in_and_before_a_preposition_is_a_nationality() -> None:
    typed = _typed("She spoke in Arabic to the crowd outside the mosque .")
    assert ("Arabic", "Nationality") in typed


def test_a_demonym_qualifying_a_noun_after_in_is_no_language() -> None:
    typed = _typed("The detainees were held in Turkish custody for a month .")
    assert ("Turkish", "Nationality") in typed  # the demonym rule's, not a language
    assert ("Turkish custody", "Nationality") not in typed


def test_an_unnamed_agreement_is_a_deal_not_a_document() -> None:
    text = "I very much welcome the agreement on 2 December between Baghdad and Erbil ."
    assert ("the agreement", "DocumentReference") not in _typed(text)


def test_a_named_agreement_is_a_document() -> None:
    text = "Both sides accused each other of violating the Minsk agreements again ."
    assert ("the Minsk agreements", "DocumentReference") in _typed(text)
