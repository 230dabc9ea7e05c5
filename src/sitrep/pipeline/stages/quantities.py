"""Quantities: numbers with qualifiers and bounds, bound to what they count.

The rules live in `sitrep.numbers.extract` (listed there in order); this stage runs
them sentence by sentence so that a count never binds a noun across a sentence break.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.numbers import find_quantities
from sitrep.pipeline.document import Document

if TYPE_CHECKING:
    from sitrep.pipeline.resources import Resources


class QuantitiesStage:
    name = "quantities"
    version = "3"
    requires: tuple[str, ...] = ("tokens", "sentences")
    assigns: tuple[str, ...] = ("quantities",)

    def __init__(self, resources: Resources | None = None) -> None:
        """The stage needs no knowledge data; `resources` is accepted for uniformity."""

    def __call__(self, doc: Document) -> None:
        spans = [(s.start, s.end) for s in doc.sentences] or [(0, len(doc.text))]
        doc.quantities = tuple(find_quantities(doc.text, spans))
