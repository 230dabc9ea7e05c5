"""Resolution of references: "now", "the year", spoken years, centuries.

1. reference    "now", "currently", "current" (before a noun) -> PRESENT_REF, but "the
                then current (then-current) price" -> PAST_REF over "then current";
                "recently", "in the past", "at the time" (closing its clause: not "at
                the time of the vote", "at the time he was arrested") -> PAST_REF;
                "the future", "the near term", "as soon as possible", "soon" (not in a
                past clause) -> FUTURE_REF (TimeML writes these three values for the
                vague present, past and future); "recent weeks", "coming months", "the
                years ahead", "the months to come" -> a DURATION with an unknown count
                ("PXW", "PXM", "PXY"), as TimeBank annotates them;
2. year_ref     "the year", "the fiscal year", "the full year", "year-end" -> the anchor's
                year; "the full (entire, whole) year" after a date of an earlier year is
                that year (a January report: "a loss in the fourth quarter of 2005 and
                $8.6 billion for the entire year" is 2005); "the latest fiscal year" ->
                the year before; "the year ended Sept. 30"
                is a span of a year, not a date -> DURATION P1Y; "the decade" and "the
                century" ("by the end of the decade") -> the anchor's decade / century;
3. spoken_year  "nineteen ninety-six" -> 1996, "the year two thousand" -> 2000 (broadcast
                transcripts write years out);
4. century      "the 20th century" -> 19 (TimeML writes a century as its first two digits).
"""

from __future__ import annotations

import re

from sitrep.numbers.words import parse_number
from sitrep.temporal import calendar as cal
from sitrep.temporal import tense
from sitrep.temporal.resolve import PREVIOUS, PUBLICATION, Context, Resolved, unit_of

_PREPOSITION = re.compile(r"(?:in|at|for)\s+", re.IGNORECASE)
_UNIT_LETTER = {"day": "D", "week": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE"}


#: "then" before "current" ("the then current price", "the then-current chief"): the
#: present of a past time.
_THEN = re.compile(r"\bthen[-\s]$", re.IGNORECASE)


def reference(m: re.Match[str], ctx: Context) -> Resolved | None:
    opener = _PREPOSITION.match(m.group(0))  # "in the past" cites "the past"
    start = m.start() + (opener.end() if opener else 0)
    if m["soon"] and tense.lean(ctx.text, m.start(), m.end()) < 0:
        return None  # "he was soon released": soon after a past event, not the future
    if m["now"]:
        then = _THEN.search(ctx.text, max(0, start - 8), start)
        if then is not None:  # "the then-current market price": current at a past time
            return Resolved("DATE", "PAST_REF", anchor=PUBLICATION, span=(then.start(), m.end()))
        return Resolved("DATE", "PRESENT_REF", anchor=PUBLICATION, span=(start, m.end()))
    if m["past"]:
        return Resolved("DATE", "PAST_REF", anchor=PUBLICATION, span=(start, m.end()))
    if m["vague"] or m["unit2"]:
        unit = unit_of(m["unit"] or m["unit2"])
        letter = _UNIT_LETTER.get(unit, "Y")
        value = "PXY" if letter == "DE" else f"PX{letter}"
        return Resolved("DURATION", value, anchor=PUBLICATION, span=(start, m.end()))
    return Resolved("DATE", "FUTURE_REF", anchor=PUBLICATION, span=(start, m.end()))


def year_ref(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["ended"]:
        return Resolved("DURATION", "P1Y", span=(m.start(), m.start("ended")))
    if ctx.anchor is None:
        return Resolved("DATE", None, None, PUBLICATION)
    unit = (m["unit"] or "year").lower()
    if unit == "decade":  # "by the end of the decade": the anchor's decade
        start = ctx.anchor.year // 10 * 10
        span = cal.decade_interval(start)
        return Resolved("DATE", f"{start // 10}" if span else None, span, PUBLICATION)
    if unit == "century":  # "the century": the anchor's, written as its first two digits
        first = ctx.anchor.year // 100 * 100
        return Resolved("DATE", f"{first // 100:02d}", cal.interval_years(first, first + 99))
    adj = (m["adj"] or "").lower()
    base = ctx.year_base
    if adj in ("full", "entire", "whole") and base is not None and base.year < ctx.anchor.year:
        # "a loss in the fourth quarter of 2005 and $8.6 billion for the entire year"
        return Resolved("DATE", f"{base.year:04d}", cal.year_interval(base.year), PREVIOUS)
    year = ctx.anchor.year - (1 if adj == "latest" else 0)
    return Resolved("DATE", f"{year:04d}", cal.year_interval(year), PUBLICATION)


def spoken_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["c"]:
        year = cal.spoken_year(m["c"])
    else:
        extra = parse_number(m["u"]) if m["u"] else 0
        year = None if extra is None or extra >= 100 else 2000 + extra
    if year is None:
        return None
    span = cal.year_interval(year)
    return Resolved("DATE", f"{year:04d}" if span else None, span)


def century(m: re.Match[str], ctx: Context) -> Resolved | None:
    number = int(m["n"])
    if not 1 <= number <= 29:
        return Resolved("DATE", None)
    first = (number - 1) * 100
    span = cal.interval_years(first, first + 99) if first >= cal.MIN_YEAR else None
    return Resolved("DATE", f"{number - 1:02d}", span)
