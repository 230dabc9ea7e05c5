"""re3d adapter: a place the model cuts short inside a toponym the places stage found is
that whole toponym (the Arabic article opens the name); a place the model finds whole
keeps its span; a landform or border noun after a model place joins it."""

from __future__ import annotations

from re3d_stubs import FixedModel, rule_stages

from sitrep.ner.corpus import Sentence
from sitrep.ner.re3d import predict_sentence


def _places(text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    words = text.split()
    sentence = Sentence(tuple(words), ("O",) * len(words))
    found = predict_sentence(list(rule_stages()), sentence, FixedModel(spans))
    return [" ".join(words[s:e]) for s, e, label in found if label == "Location"]


def test_the_arabic_article_opens_the_toponym() -> None:
    text = "Near Ar Rutbah , two strikes engaged an ISIL tactical unit ."
    assert _places(text, [(2, 3, "Location")]) == ["Ar Rutbah"]


def test_a_toponym_the_model_finds_whole_keeps_its_span() -> None:
    text = "Near Al Qaim , coalition jets struck two convoys on Monday ."
    assert _places(text, [(1, 3, "Location")]) == ["Al Qaim"]


def test_a_landform_noun_after_the_model_place_joins_it() -> None:
    text = "The dam diverts floodwater to Lake Tharthar through the Tharthar depression ."
    assert "the Tharthar depression" in _places(text, [(8, 10, "Location")])


def test_a_border_noun_after_a_pair_of_states_joins_it() -> None:
    text = "He smuggled fighters across the Syria - Iraq border in 2005 ."
    assert "the Syria - Iraq border" in _places(text, [(4, 8, "Location")])
