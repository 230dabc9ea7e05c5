"""Local tense: which way an expression without a year (or week) leans from the anchor.

News names dates without a year in both directions: "payable Dec. 15" in an October
story is this December, "the ambush on December 13" in a January story last December.
The whole sentence is a poor guide ("said it will pay on Dec. 15 after losses in
September"), so the cue nearest to the expression decides. Rules, in order:
1. the clause before the expression (back to the sentence's start, at most 70
   characters) is searched for tense cues; the cue closest to the expression wins;
2. failing that, the 30 characters after it (up to the sentence's end), first cue wins;
3. future cues: modals and plans ("will", "would", "'ll", "scheduled", "expected",
   "plans", "due", "payable", "effective", "expire", "deadline", "until", "by",
   "next", "as soon as", "set to"); past cues: auxiliaries ("was", "had", "did"),
   common irregular past verbs ("said", "began", "fell") and regular "-ed" verbs, except
   a participle after "be"/"is"/"been" ("will be held" is not past);
4. no cue: 0, and the caller takes the candidate nearest to the anchor.
`choose` applies the lean to candidate dates: future -> first on or after the anchor,
past -> last on or before it, neither -> the nearest (a tie goes to the past).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

_FUTURE = (
    r"will|would|shall|won['’]t|wo\s+n['’]t|['’]ll|going\s+to|scheduled|expected|expects?"
    r"|plans?|planned|planning|due|payable|effective|expires?|deadline|until|till|by|next"
    r"|upcoming|as\s+(?:soon|early)\s+as|set\s+to|is\s+to|are\s+to|intends?|hopes?|aims?"
)
_PAST = (
    r"was|were|had|did|said|told|came|went|took|made|began|brought|fell|rose|gave|got"
    r"|left|met|won|lost|sold|bought|paid|became|saw|struck|held|fought|killed|since|ago"
    r"|last|earlier|[a-z]{3,}ed"
)
_CUE = re.compile(rf"\b(?:(?P<future>{_FUTURE})|(?P<past>{_PAST}))\b", re.IGNORECASE)
#: a participle after these is passive or infinitival ("will be held"), not past tense.
_AUXILIARY = re.compile(r"\b(?:be|been|being|is|are|am|get|gets)\s+$", re.IGNORECASE)
_BOUNDARY = re.compile(r"[.!?;]\s|\n")


def lean(text: str, start: int, end: int) -> int:
    """+1 when the expression's clause speaks of the future, -1 of the past, else 0."""
    before = text[max(0, start - 70) : start]
    boundaries = list(_BOUNDARY.finditer(before))
    if boundaries:
        before = before[boundaries[-1].end() :]
    cues = _cues(before)
    if cues:
        return cues[-1]
    after = text[end : end + 30]
    stop = _BOUNDARY.search(after)
    if stop is not None:
        after = after[: stop.start()]
    cues = _cues(after)
    return cues[0] if cues else 0


def _cues(clause: str) -> list[int]:
    """+1/-1 for each tense cue of a clause, in order; passive participles are skipped."""
    found: list[int] = []
    for cue in _CUE.finditer(clause):
        if cue["future"]:
            found.append(1)
        elif not _AUXILIARY.search(clause, 0, cue.start()):
            found.append(-1)
    return found


def choose(candidates: Sequence[date], anchor: date, direction: int) -> date | None:
    """The candidate the lean points at (see the module docstring); None if none fits."""
    ordered = sorted(candidates)
    if not ordered:
        return None
    if direction > 0:
        later = [day for day in ordered if day >= anchor]
        return later[0] if later else ordered[-1]
    if direction < 0:
        earlier = [day for day in ordered if day <= anchor]
        return earlier[-1] if earlier else ordered[0]
    return min(ordered, key=lambda day: (abs((day - anchor).days), day > anchor))
