"""re3d adapter: a person the entities stage finds by a title and a name leads as the
model's names do, so the title stays in the mention and a shorter model name gives way;
the word that opens the sentence and a closing possessive stay out of it."""

from __future__ import annotations

from re3d_stubs import FixedModel, rule_stages

from sitrep.ner.corpus import Sentence
from sitrep.ner.re3d import predict_sentence


def _found(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    words = text.split()
    sentence = Sentence(tuple(words), ("O",) * len(words))
    found = predict_sentence(list(rule_stages()), sentence, FixedModel(spans))
    return [(" ".join(words[s:e]), label) for s, e, label in found]


def test_the_title_stays_with_a_name_the_model_found_alone() -> None:
    text = "“ We are ready , ” said Col. Travis Caughlin , the group commander ."
    found = _found(text, [(8, 10, "Person")])
    assert ("Col. Travis Caughlin", "Person") in found


def test_a_titled_name_the_model_cut_and_mistyped_is_one_person() -> None:
    text = "Ambassador Robert Ford has completed his consultations in Washington ."
    found = _found(text, [(2, 3, "Organisation")])
    assert ("Ambassador Robert Ford", "Person") in found


def test_the_word_opening_the_sentence_is_no_part_of_the_role() -> None:
    text = "As Deputy Secretary of State Antony Blinken announced today , aid will grow ."
    found = _found(text, [])
    assert ("Deputy Secretary of State Antony Blinken", "Person") in found


def test_a_possessive_closes_no_titled_name() -> None:
    text = "I echo Prime Minister Abadi ’ s recent call for calm in the city ."
    found = _found(text, [])
    assert ("Prime Minister Abadi", "Person") in found


def test_a_body_named_by_an_office_is_the_office_holder() -> None:
    text = "The Sudanese Defence Minister , Yassin Ibrahim , visited troops in Omdurman ."
    assert ("The Sudanese Defence Minister", "Person") in _found(text, [])


def test_a_body_before_a_noun_for_one_person_qualifies_that_person() -> None:
    text = "A State Department spokesman said Washington was alarmed by the fighting ."
    found = _found(text, [])
    assert ("A State Department spokesman", "Person") in found
    assert ("State Department", "Organisation") not in found
