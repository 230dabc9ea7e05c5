"""re3d adapter: a state joined to a maker's suffix ("Jordan-made") names the origin of a
thing, a Nationality, while a state that acts or is a place keeps its own type."""

from __future__ import annotations

from re3d_stubs import rule_stages

from sitrep.ner.corpus import Sentence
from sitrep.ner.re3d import predict_sentence


def _typed(text: str) -> list[tuple[str, str]]:
    words = tuple(text.split())
    sentence = Sentence(words, ("O",) * len(words))
    spans = predict_sentence(list(rule_stages()), sentence)
    return [(" ".join(words[s:e]), kind) for s, e, kind in spans]


def test_a_state_that_made_goods_is_their_nationality() -> None:
    sentence = "Factories export Jordan - made clothing to Europe without duties ."
    assert ("Jordan", "Nationality") in _typed(sentence)


def test_a_state_that_built_jets_is_their_nationality() -> None:
    sentence = "The rebels said they shot down two US - built jets on Monday ."
    assert ("US", "Nationality") in _typed(sentence)


def test_a_state_that_leads_or_hosts_keeps_its_type() -> None:
    typed = _typed("Jordan said the talks in Iraq would resume .")
    assert ("Jordan", "Organisation") in typed
    assert ("Iraq", "Location") in typed
