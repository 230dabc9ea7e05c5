"""Entity-level exact-match scoring, as seqeval computes it for the ConfliBERT paper.

Rules, in order:

1. An entity counts as found only when its start, end and type all equal a gold entity's
   (exact span match); a right span with the wrong type is a false positive and a false
   negative at once.
2. Each sentence is scored on its own, so spans never match across sentences.
3. Per type: precision = tp / (tp + fp), recall = tp / (tp + fn), F1 their harmonic mean;
   a zero denominator gives 0 (seqeval's `zero_division=0`).
4. Macro-F1 is the unweighted mean of the per-type F1 over every type seen in the gold or
   the predictions (seqeval's `macro avg`); micro-F1 pools tp/fp/fn over all types.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

Span = tuple[int, int, str]


@dataclass(frozen=True)
class TypeScore:
    """Counts and figures for one entity type (or the micro pool)."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        """Number of gold entities of this type."""
        return self.tp + self.fn


@dataclass(frozen=True)
class SpanScores:
    """Per-type scores plus the macro and micro summaries."""

    per_type: dict[str, TypeScore]
    micro: TypeScore

    @property
    def macro_f1(self) -> float:
        if not self.per_type:
            return 0.0
        return sum(s.f1 for s in self.per_type.values()) / len(self.per_type)

    @property
    def macro_precision(self) -> float:
        if not self.per_type:
            return 0.0
        return sum(s.precision for s in self.per_type.values()) / len(self.per_type)

    @property
    def macro_recall(self) -> float:
        if not self.per_type:
            return 0.0
        return sum(s.recall for s in self.per_type.values()) / len(self.per_type)


def score_spans(gold: Sequence[Sequence[Span]], predicted: Sequence[Sequence[Span]]) -> SpanScores:
    """Score predicted entity spans against gold, sentence by sentence (rules 1–4)."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences but {len(predicted)} predicted")
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for gold_spans, pred_spans in zip(gold, predicted, strict=True):
        gold_set, pred_set = set(gold_spans), set(pred_spans)
        for span in gold_set & pred_set:
            tp[span[2]] += 1
        for span in pred_set - gold_set:
            fp[span[2]] += 1
        for span in gold_set - pred_set:
            fn[span[2]] += 1
    types = sorted(set(tp) | set(fp) | set(fn))
    per_type = {t: TypeScore(tp[t], fp[t], fn[t]) for t in types}
    micro = TypeScore(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return SpanScores(per_type=per_type, micro=micro)
