"""Quantities: numbers with qualifiers and bounds, bound to what they count.

The rules live in `sitrep.numbers.extract` (listed there in order); this stage runs
them sentence by sentence so that a count never binds a noun across a sentence break,
and drops a number that lies inside a date or a time of day the timex stage found
("starting at 10 a.m. Nov. 29, 2016" counts nothing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.model import Quantity, TimexMention
from sitrep.numbers import find_quantities
from sitrep.pipeline.document import Document

if TYPE_CHECKING:
    from sitrep.pipeline.resources import Resources


class QuantitiesStage:
    name = "quantities"
    version = "9"
    requires: tuple[str, ...] = ("tokens", "sentences", "timex")
    assigns: tuple[str, ...] = ("quantities",)

    def __init__(self, resources: Resources | None = None) -> None:
        """The stage needs no knowledge data; `resources` is accepted for uniformity."""

    def __call__(self, doc: Document) -> None:
        spans = [(s.start, s.end) for s in doc.sentences] or [(0, len(doc.text))]
        doc.quantities = tuple(outside_dates(find_quantities(doc.text, spans), doc.timex))


def outside_dates(quantities: list[Quantity], timexes: tuple[TimexMention, ...]) -> list[Quantity]:
    """The quantities that lie inside no date or time of day."""
    when = [t.evidence for t in timexes if t.type in ("DATE", "TIME")]
    return [
        q
        for q in quantities
        if not any(w.start <= q.evidence.start and q.evidence.end <= w.end for w in when)
    ]
