"""Helpers shared by the timex tests: the mentions of a sentence by their text, and the
value of one of them.

The default anchor is OCT, a Thursday in an earnings season (TimeBank's busiest days).
"""

from __future__ import annotations

from sitrep.model import TimexMention
from sitrep.temporal import find_timexes

OCT = "1989-10-26"  # a Thursday, in an earnings season


def found(text: str, anchor: str | None = OCT) -> dict[str, TimexMention]:
    """Every mention of `text`, keyed by its evidence text."""
    return {m.evidence.text: m for m in find_timexes(text, anchor)}


def value(text: str, phrase: str, anchor: str | None = OCT) -> str | None:
    """The value of the mention whose evidence is `phrase` (which must be found)."""
    mentions = found(text, anchor)
    assert phrase in mentions, f"{phrase!r} not in {sorted(mentions)}"
    return mentions[phrase].value
