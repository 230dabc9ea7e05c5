"""Timex: temporal expressions with TIMEX3 values and day intervals.

The cascade itself lives in `sitrep.temporal` (grammar, resolvers, composition; its
`recognize` module lists the steps in order). This stage feeds it the article text, the
anchor date (publication date) and the sentence boundaries from the segment stage.

Ranges: "between December 20 and December 29" yields three mentions: the two dates and a
range over the whole phrase whose value is the ISO 8601 interval "2025-12-20/2025-12-29"
(interval 20..29, precision day). Consumers that want a period test `"/" in value`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sitrep.pipeline.document import Document
from sitrep.temporal import find_timexes

if TYPE_CHECKING:
    from sitrep.pipeline.resources import Resources


class TimexStage:
    name = "timex"
    version = "24"
    requires: tuple[str, ...] = ("article", "anchor_date", "sentences")
    assigns: tuple[str, ...] = ("timex",)

    def __init__(self, resources: Resources | None = None) -> None:
        """The stage needs no knowledge data; `resources` is accepted for uniformity."""

    def __call__(self, doc: Document) -> None:
        sentences = [(s.start, s.end) for s in doc.sentences] if doc.sentences else None
        doc.timex = find_timexes(doc.text, doc.anchor_date, sentences)
