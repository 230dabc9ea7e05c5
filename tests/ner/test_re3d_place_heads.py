"""re3d adapter: a model place that names qualify is no place where a noun for people or a
body heads it ("The jihadist group", "Iraqi television"), while other heads may be a
place's type ("Plateau state", "a VBIED factory", "Idlib province")."""

from __future__ import annotations

from re3d_stubs import FixedModel, rule_stages

from sitrep.ner.corpus import Sentence
from sitrep.ner.re3d import predict_sentence


def _typed(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    words = text.split()
    sentence = Sentence(tuple(words), ("O",) * len(words))
    found = predict_sentence(list(rule_stages()), sentence, FixedModel(spans))
    return [(" ".join(words[s:e]), kind) for s, e, kind in found]


def test_a_model_place_headed_by_a_group_noun_is_no_place() -> None:
    text = "The jihadist group also took over a nearby military barracks ."
    assert ("The jihadist group", "Location") not in _typed(text, [(0, 3, "Location")])


def test_a_model_place_headed_by_a_medium_is_no_place() -> None:
    text = "The plan was announced on live Iraqi television on February 13 ."
    assert ("Iraqi television", "Location") not in _typed(text, [(5, 7, "Location")])


def test_a_factory_is_a_place() -> None:
    text = "Near Tal Afar , one strike destroyed a VBIED factory ."
    assert ("a VBIED factory", "Location") in _typed(text, [(7, 10, "Location")])


def test_a_province_a_name_qualifies_stays_a_place() -> None:
    text = "Government forces shelled villages in Idlib province on Sunday ."
    assert ("Idlib province", "Location") in _typed(text, [(5, 7, "Location")])


def test_a_state_of_a_federation_stays_a_place() -> None:
    text = "Herders and farmers have clashed repeatedly in Plateau state ."
    assert ("Plateau state", "Location") in _typed(text, [(7, 9, "Location")])
