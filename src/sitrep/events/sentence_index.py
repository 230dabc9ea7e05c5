"""Which sentence holds a span, found by bisection on the sentences' starts, and each
sentence's items read once for the article rather than once per sentence."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import TypeVar

from sitrep.model import Span

_Item = TypeVar("_Item")


def sentence_holding(span: Span, sentences: Sequence[Span], starts: Sequence[int]) -> int | None:
    """The index of the sentence (in text order, `starts` their starts) that contains
    `span`, else None."""
    k = bisect_right(starts, span.start) - 1
    return k if k >= 0 and sentences[k].contains(span) else None


def per_sentence(
    sentences: Sequence[Span], items: Sequence[_Item], spans: Sequence[Span | None]
) -> list[list[_Item]]:
    """The items (each with its span in `spans`) that each sentence contains, in their
    order; an item with no span, or one no sentence contains, is in none."""
    starts = [s.start for s in sentences]
    out: list[list[_Item]] = [[] for _ in sentences]
    for item, span in zip(items, spans, strict=True):
        k = None if span is None else sentence_holding(span, sentences, starts)
        if k is not None:
            out[k].append(item)
    return out
