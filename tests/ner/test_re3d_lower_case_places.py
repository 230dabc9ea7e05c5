"""re3d adapter: a place the model finds in lower case is one only when a noun for a
place ("a courthouse", "the tunnel entrance") or a place adverb ("there") heads it; a
wage, a moment or an attack the model calls a place is none."""

from __future__ import annotations

from re3d_stubs import FixedModel, rule_stages

from sitrep.ner.corpus import Sentence
from sitrep.ner.re3d import predict_sentence


def _places(text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    words = text.split()
    sentence = Sentence(tuple(words), ("O",) * len(words))
    found = predict_sentence(list(rule_stages()), sentence, FixedModel(spans))
    return [" ".join(words[s:e]) for s, e, label in found if label == "Location"]


def test_a_wage_is_no_place() -> None:
    text = "Refugees who work legally can be paid only the minimum wage ."
    assert _places(text, [(8, 11, "Location")]) == []


def test_a_moment_is_no_place() -> None:
    text = "We have been very clear from the outset of this campaign ."
    assert _places(text, [(5, 7, "Location")]) == []


def test_a_building_or_an_entrance_is_a_place() -> None:
    text = "The bomb went off outside a courthouse near a tunnel entrance ."
    assert _places(text, [(5, 7, "Location"), (8, 11, "Location")]) == [
        "a courthouse",
        "a tunnel entrance",
    ]


def test_there_is_a_place() -> None:
    text = "He collected the books and put them there for the students ."
    assert _places(text, [(7, 8, "Location")]) == ["there"]


def test_at_the_hands_of_names_the_agent_not_a_place() -> None:
    text = "Yazidis suffered for a year at the hands of ISIL in Sinjar ."
    assert _places(text, [(6, 10, "Location")]) == ["Sinjar"]


def test_here_and_there_as_adverbs_of_place_are_places() -> None:
    text = "Sadiq Maroof was a young shopkeeper there before the siege ."
    assert _places(text, []) == ["there"]


def test_the_existential_there_is_no_place() -> None:
    text = "There are reports that ISIL fighters fled the town ."
    assert "There" not in _places(text, [])


def test_a_nominal_place_takes_its_article_and_modifiers() -> None:
    text = "Near Al Huwayjah , one strike destroyed a VBIED storage facility ."
    assert "a VBIED storage facility" in _places(text, [(9, 11, "Location")])


def test_a_verb_before_a_nominal_place_stays_out() -> None:
    text = "The hospital has facilities for MRI and CT scans ."
    assert "facilities" in _places(text, [(3, 4, "Location")])


def test_a_verb_after_to_opens_no_place() -> None:
    text = "The campaign to liberate Raqqah will go on through the winter ."
    assert _places(text, [(3, 5, "Location")]) == ["Raqqah"]


def test_a_determiner_after_to_stays_in_the_place() -> None:
    text = "Aid convoys crossed to the Gaza Strip on Friday ."
    assert _places(text, [(4, 7, "Location")]) == ["the Gaza Strip"]
