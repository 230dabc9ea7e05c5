"""re3d adapter: a model group that runs on into a past tense and a pronoun ends before
the verb (a participle never qualifies a pronoun); a participle that qualifies the noun
after it stays in the name."""

from __future__ import annotations

from re3d_stubs import FixedModel, rule_stages

from sitrep.ner.corpus import Sentence
from sitrep.ner.re3d import predict_sentence


def _organisations(text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    words = text.split()
    sentence = Sentence(tuple(words), ("O",) * len(words))
    found = predict_sentence(list(rule_stages()), sentence, FixedModel(spans))
    return [" ".join(words[s:e]) for s, e, label in found if label == "Organisation"]


def test_a_group_ends_before_a_verb_and_its_pronoun_subject() -> None:
    text = "Last week , Human Rights Watch reported they had detained dozens of men ."
    found = _organisations(text, [(3, 8, "Organisation")])
    assert "Human Rights Watch" in found
    assert "Human Rights Watch reported they" not in found


def test_a_participle_qualifying_a_noun_stays_in_the_group() -> None:
    text = "The aid reached the besieged Darayya residents on Friday ."
    found = _organisations(text, [(3, 7, "Organisation")])
    assert "the besieged Darayya residents" in found
