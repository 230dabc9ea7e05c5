"""Cut an article into runs of text, each knowing which evidence spans cover it.

The event page shows the article with every field's evidence marked. Spans overlap
(the event's sentence contains its actors and date), so the text is cut at every span
boundary, in this order:

1. spans outside the text or empty are dropped (stored data is not trusted blindly);
2. the cut points are every start and end, plus 0 and the text's length, sorted;
3. each run between two cut points lists the fields covering it, in field order.

The runs are plain strings: the page renders them as text nodes, never as HTML, so
hostile article text (`<script>`, `onerror=`, `javascript:` links) stays inert.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from sitrep.model import Span

#: the field that marks a whole event statement rather than one value.
SENTENCE_FIELD = "event"


@dataclass(frozen=True)
class Run:
    text: str
    start: int
    fields: tuple[str, ...]

    @property
    def is_value(self) -> bool:
        """True when a field other than the event statement covers this run."""
        return any(f != SENTENCE_FIELD for f in self.fields)


def runs(text: str, spans: Sequence[tuple[str, Span]]) -> list[Run]:
    """The article as runs of text with the fields whose evidence covers each."""
    valid = [(name, s) for name, s in spans if 0 <= s.start < s.end <= len(text)]  # 1.
    cuts = sorted({0, len(text)} | {s.start for _, s in valid} | {s.end for _, s in valid})  # 2.
    out: list[Run] = []
    for start, end in itertools.pairwise(cuts):  # 3.
        fields = tuple(name for name, s in valid if s.start <= start and end <= s.end)
        out.append(Run(text[start:end], start, fields))
    return out
