"""Holidays and seasons: named days and named parts of the year.

Fixed-date holidays are looked up (Nowruz on 21 March, the day Iran and most of its
neighbours keep it; Victory Day on 9 May, as Russia and its neighbours keep it);
Thanksgiving (fourth Thursday of November, US) with Black Friday and Cyber Monday after
it, Election Day (the Tuesday after the first Monday of November, US), the other US
Monday holidays, Remembrance Sunday and Mother's/Father's Day (the nth weekday of their
month), and Easter (Gregorian computus, with Ash Wednesday, Palm Sunday, Maundy
Thursday, Good Friday, Easter Monday and Pentecost) are computed. Ramadan, the two Eids
and Ashura follow the tabular Islamic calendar, which may differ by a day
or two from the sighted moon that sets them in a given country; Ramadan is the month
its first day falls in (`ramadan`). Seasons are meteorological, northern hemisphere
(spring Mar-May, summer Jun-Aug, autumn Sep-Nov, winter Dec-Feb), valued as TIMEX3 writes
them ("2025-SU"); a winter is named by the year its December falls in. A season told
from a date just mentioned ("the following spring", "the previous winter", "that
summer") is the next one after that date, the last one before it, or the one of its
year (`season_beside`).
Observance days named for a cause ("International Women's Day", "World AIDS Day") are
left out: TimeBank marks them as names, not dates.
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta

from sitrep.model import Interval
from sitrep.temporal import calendar as cal

_FIXED = {
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "new year": (1, 1),
    "new year's": (1, 1),
    "christmas eve": (12, 24),
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "boxing day": (12, 26),
    "bastille day": (7, 14),
    "may day": (5, 1),
    "armistice day": (11, 11),
    "veterans day": (11, 11),
    "st patrick's day": (3, 17),
    "remembrance day": (11, 11),
    "anzac day": (4, 25),
    "canada day": (7, 1),
    "victory day": (5, 9),
    "nowruz": (3, 21),
    "juneteenth": (6, 19),
}
#: holidays on the nth weekday of a month (n = -1: the last): month, weekday, n.
_NTH_WEEKDAY = {
    "thanksgiving": (11, 3, 4),
    "memorial day": (5, 0, -1),
    "labor day": (9, 0, 1),
    "columbus day": (10, 0, 2),
    "presidents day": (2, 0, 3),
    "martin luther king day": (1, 0, 3),
    "mother's day": (5, 6, 2),
    "father's day": (6, 6, 3),
    "remembrance sunday": (11, 6, 2),
}
#: days counted from (US) Thanksgiving.
_FROM_THANKSGIVING = {"black friday": 1, "cyber monday": 4}
#: days counted from Easter Sunday.
_FROM_EASTER = {"easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1,
                "good friday": -2, "palm sunday": -7, "maundy thursday": -3,
                "ash wednesday": -46, "pentecost": 49}  # fmt: skip
#: (Islamic month, day) of the Eids.
_HIJRI = {"eid": (10, 1), "eid al-fitr": (10, 1), "eid al-adha": (12, 10), "ashura": (1, 10)}

_SEASONS = {
    "spring": ("SP", 3),
    "summer": ("SU", 6),
    "fall": ("FA", 9),
    "autumn": ("FA", 9),
    "winter": ("WI", 12),
}


def holiday_date(name: str, year: int) -> date | None:
    """The date of a named holiday in a year, or None if unknown or out of range."""
    key = _key(name)
    if key in _FIXED:
        month, day = _FIXED[key]
        return cal.make_date(year, month, day)
    if key in _NTH_WEEKDAY:
        return nth_weekday(year, *_NTH_WEEKDAY[key])
    if key in _FROM_THANKSGIVING:
        thursday = nth_weekday(year, *_NTH_WEEKDAY["thanksgiving"])
        return None if thursday is None else cal.add_days(thursday, _FROM_THANKSGIVING[key])
    if key in _FROM_EASTER:
        sunday = easter(year)
        return None if sunday is None else cal.add_days(sunday, _FROM_EASTER[key])
    if key in _HIJRI:
        return _hijri_in(year, *_HIJRI[key])
    if key == "election day":  # US: the Tuesday after the first Monday of November
        first = cal.make_date(year, 11, 1)
        if first is None:
            return None
        first_monday = first + timedelta(days=-first.weekday() % 7)
        return first_monday + timedelta(days=1)
    return None


def _key(name: str) -> str:
    """A holiday's name as the tables spell it: "Veterans' Day" -> "veterans day"."""
    key = re.sub(r"\s+", " ", name.lower().replace("’", "'"))
    key = key.replace("new years", "new year's").replace("new year ", "new year's ")
    if key.startswith("new year") and not key.startswith("new year's"):
        key = "new year"
    key = re.sub(r"s' day$", "s day", key).replace(".", "").replace(" jr ", " ")
    key = re.sub(r"^eid (?:al|el|ul)[- ]", "eid al-", key)
    return "thanksgiving" if key.startswith("thanksgiving") else key


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date | None:
    """The nth `weekday` (0 = Monday) of a month; n = -1 for the last one."""
    first = cal.make_date(year, month, 1)
    last = cal.month_end(year, month)
    if first is None or last is None:
        return None
    if n < 0:
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


#: the Julian day number of 1 Muharram AH 1 (civil epoch) less that of 1 January AD 1.
_HIJRI_EPOCH = 1948439.5 - 1721424.5


def hijri_date(year: int, month: int, day: int) -> date | None:
    """A day of the tabular Islamic calendar (30-year cycle) as a Gregorian date."""
    days = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30
    ordinal = int(days + _HIJRI_EPOCH - 1)
    if ordinal < 1:
        return None
    found = date.fromordinal(ordinal)
    return found if cal.MIN_YEAR <= found.year <= cal.MAX_YEAR else None


def _hijri_year(year: int, month: int, day: int) -> int | None:
    """The Islamic year in which a month-day first falls in a Gregorian year."""
    guess = int((year - 622) * 33 / 32)
    for hijri_year in range(guess - 1, guess + 3):
        found = hijri_date(hijri_year, month, day)
        if found is not None and found.year == year:
            return hijri_year
    return None


def _hijri_in(year: int, month: int, day: int) -> date | None:
    """The first time an Islamic month-day falls in a Gregorian year."""
    hijri_year = _hijri_year(year, month, day)
    return None if hijri_year is None else hijri_date(hijri_year, month, day)


def ramadan(year: int) -> Interval | None:
    """The days of the Ramadan that begins in a Gregorian year (tabular calendar)."""
    hijri_year = _hijri_year(year, 9, 1)
    if hijri_year is None:
        return None
    first, after = hijri_date(hijri_year, 9, 1), hijri_date(hijri_year, 10, 1)
    if first is None or after is None:
        return None
    return cal.interval(first, after - timedelta(days=1), "day")


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


def season_at(day: date) -> tuple[str, int]:
    """The season holding a day and the year it is named by: January is "winter" of the
    year before (a winter is named by the year its December falls in)."""
    name = ("winter", "spring", "summer", "autumn")[day.month % 12 // 3]
    return name, day.year - (1 if day.month < 3 else 0)


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


#: a base at least this long (days) is a year or more: "that summer" is of its first year.
_YEARLONG = 300


def season_beside(
    name: str, first: date, last: date, step: int
) -> tuple[str | None, Interval | None]:
    """The season `name` told from a period first..last ("the following spring" after
    "in March 2023"): step 1 the first one that begins after the period ends (2024-SP),
    -1 the last one that ends before it begins ("the previous winter"), 0 the one of the
    period ("that summer": of its year; "that winter" after "in January 2023" is the
    one holding it, 2022-WI)."""
    found = [
        (value, span)
        for year in range(first.year - 2, last.year + 3)
        for value, span in (season_of_year(name, year),)
        if span is not None
    ]
    if step > 0:
        later = [(v, s) for v, s in found if s.start > last.isoformat()]
        return later[0] if later else (None, None)
    if step < 0:
        earlier = [(v, s) for v, s in found if s.end < first.isoformat()]
        return earlier[-1] if earlier else (None, None)
    if (last - first).days < _YEARLONG:
        day = first.isoformat()
        holding = [(v, s) for v, s in found if s.start <= day <= s.end]
        if holding:
            return holding[0]
    return season_of_year(name, first.year)


def _holds(anchor: date, year: int, first_month: int) -> bool:
    start = date(year, first_month, 1)
    return start <= anchor < start + timedelta(days=92)
