"""Exact figures of the entity-level scorer on hand-made sentences."""

from __future__ import annotations

import pytest

from sitrep.ner.corpus import iob_to_spans
from sitrep.ner.scoring import score_spans


def test_exact_match_counts_and_macro_micro() -> None:
    # Sentence 1: "Defence Secretary John Healey visited troops in Estonia ."
    gold_1 = iob_to_spans(["O", "O", "B-Person", "I-Person", "O", "O", "O", "B-Location", "O"])
    pred_1 = [(2, 4, "Person"), (7, 8, "Organisation")]  # right person, wrong type for Estonia
    # Sentence 2: "The Syrian Democratic Forces fired 12 rockets on Tuesday ."
    gold_2 = [(1, 4, "Organisation"), (5, 6, "Quantity"), (8, 9, "Temporal")]
    pred_2 = [(2, 4, "Organisation"), (5, 6, "Quantity"), (8, 9, "Temporal")]  # ORG too short
    scores = score_spans([gold_1, gold_2], [pred_1, pred_2])

    assert sorted(scores.per_type) == ["Location", "Organisation", "Person", "Quantity", "Temporal"]
    org = scores.per_type["Organisation"]
    assert (org.tp, org.fp, org.fn) == (0, 2, 1)
    assert org.f1 == 0.0
    loc = scores.per_type["Location"]
    assert (loc.tp, loc.fp, loc.fn) == (0, 0, 1)
    assert scores.per_type["Person"].f1 == 1.0
    # micro: tp 3 (Person, Quantity, Temporal), fp 2, fn 2 -> P = R = F1 = 0.6
    assert (scores.micro.tp, scores.micro.fp, scores.micro.fn) == (3, 2, 2)
    assert scores.micro.f1 == pytest.approx(0.6)
    # macro over 5 types: (1 + 1 + 1 + 0 + 0) / 5
    assert scores.macro_f1 == pytest.approx(0.6)
    assert scores.macro_precision == pytest.approx(0.6)


def test_partial_precision_recall() -> None:
    gold = [[(0, 1, "Person"), (3, 5, "Person")], [(0, 2, "Person")]]
    pred = [[(0, 1, "Person")], [(0, 2, "Person"), (4, 5, "Person")]]
    person = score_spans(gold, pred).per_type["Person"]
    assert (person.tp, person.fp, person.fn) == (2, 1, 1)
    assert person.precision == pytest.approx(2 / 3)
    assert person.recall == pytest.approx(2 / 3)
    assert person.f1 == pytest.approx(2 / 3)
    assert person.support == 3


def test_spans_never_match_across_sentences() -> None:
    scores = score_spans([[(0, 1, "Person")], []], [[], [(0, 1, "Person")]])
    assert scores.micro.tp == 0
    assert scores.macro_f1 == 0.0


def test_empty_input_scores_zero() -> None:
    scores = score_spans([[]], [[]])
    assert scores.per_type == {}
    assert scores.macro_f1 == 0.0
    assert scores.micro.f1 == 0.0


def test_mismatched_lengths_raise() -> None:
    with pytest.raises(ValueError):
        score_spans([[]], [])
