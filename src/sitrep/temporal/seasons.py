"""Holidays and seasons: named days and named parts of the year.

Fixed-date holidays are looked up; Thanksgiving (fourth Thursday of November, US),
Election Day (the Tuesday after the first Monday of November, US) and Easter (Gregorian
computus) are computed. Seasons are meteorological, northern hemisphere
(spring Mar-May, summer Jun-Aug, autumn Sep-Nov, winter Dec-Feb), valued as TIMEX3 writes
them ("2025-SU"); a winter is named by the year its December falls in.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from sitrep.model import Interval
from sitrep.temporal import calendar as cal

_FIXED = {
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "new year": (1, 1),
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
}

_SEASONS = {
    "spring": ("SP", 3),
    "summer": ("SU", 6),
    "fall": ("FA", 9),
    "autumn": ("FA", 9),
    "winter": ("WI", 12),
}


def holiday_date(name: str, year: int) -> date | None:
    """The date of a named holiday in a year, or None if unknown or out of range."""
    key = re.sub(r"\s+", " ", name.lower().replace("’", "'"))
    key = key.replace("new years", "new year's").replace("new year ", "new year's ")
    if key.startswith("new year") and not key.startswith("new year's"):
        key = "new year"
    if key in _FIXED:
        month, day = _FIXED[key]
        return cal.make_date(year, month, day)
    if key.startswith("thanksgiving"):
        first = cal.make_date(year, 11, 1)
        if first is None:
            return None
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    if key.startswith("easter"):
        return easter(year)
    if key == "election day":  # US: the Tuesday after the first Monday of November
        first = cal.make_date(year, 11, 1)
        if first is None:
            return None
        first_monday = first + timedelta(days=-first.weekday() % 7)
        return first_monday + timedelta(days=1)
    return None


def easter(year: int) -> date | None:
    """Easter Sunday (anonymous Gregorian algorithm)."""
    if not cal.MIN_YEAR <= year <= cal.MAX_YEAR:
        return None
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def season_code(name: str) -> str | None:
    """The TIMEX3 code of a season word ("summer" -> "SU"), else None."""
    found = _SEASONS.get(name.lower())
    return found[0] if found else None


def season_value(name: str, anchor: date, step: int) -> tuple[str | None, Interval | None]:
    """The season `step` occurrences from the one holding (or last before) the anchor."""
    code, first_month = _SEASONS[name.lower()]
    # the latest start of this season on or before the anchor
    latest = anchor.year if anchor.month >= first_month else anchor.year - 1
    if step < 0:
        year = latest - 1 if _holds(anchor, latest, first_month) else latest
    elif step > 0:
        year = latest + 1
    else:
        year = latest if _holds(anchor, latest, first_month) else latest + 1
        if code == "WI" and anchor.month <= 2:
            year = latest
        elif code != "WI" and year > anchor.year:
            year = anchor.year
    return season_of_year(name, year)


def season_of_year(name: str, year: int) -> tuple[str | None, Interval | None]:
    """A season of a named year ("the summer of 2014" -> "2014-SU", June..August); the
    winter of a year begins in its December."""
    code, first_month = _SEASONS[name.lower()]
    start = cal.make_date(year, first_month, 1)
    end_month = first_month + 2
    end = (
        cal.month_end(year + 1, end_month - 12)
        if end_month > 12
        else cal.month_end(year, end_month)
    )
    if start is None or end is None:
        return None, None
    return f"{year:04d}-{code}", cal.interval(start, end, "month")


def _holds(anchor: date, year: int, first_month: int) -> bool:
    start = date(year, first_month, 1)
    return start <= anchor < start + timedelta(days=92)
