"""Calendar arithmetic for resolving temporal expressions: safe dates, shifts, intervals.

Every function returns None rather than raising on an impossible date ("February 30",
"year 99999"), so that absurd input yields no value instead of an exception.
"""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

from sitrep.model import Interval, Precision
from sitrep.numbers.words import parse_number

MIN_YEAR = 1000
MAX_YEAR = 2999


def make_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when it does not exist or lies outside years 1000..2999."""
    if not MIN_YEAR <= year <= MAX_YEAR or not 1 <= month <= 12:
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def parse_iso(value: str | None) -> date | None:
    """The date of an ISO string ("2026-01-10", or a longer timestamp); None if unreadable
    or outside years 1000..2999 (arithmetic on it must not leave the calendar)."""
    if not value or len(value) < 10:
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return day if MIN_YEAR <= day.year <= MAX_YEAR else None


def parse_clock(value: str | None) -> datetime | None:
    """The date and time of an ISO timestamp that carries a clock ("2026-01-10T17:30",
    "2026-01-10 17:30:00+00:00", read as written, the zone dropped); None for a bare date
    or anything unreadable."""
    if not value or len(value) < 13 or parse_iso(value) is None:
        return None
    try:
        stamp = datetime.fromisoformat(value)
    except ValueError:
        return None
    return stamp.replace(tzinfo=None)


def add_days(day: date, n: int) -> date | None:
    try:
        result = day + timedelta(days=n)
    except OverflowError:
        return None
    return result if MIN_YEAR <= result.year <= MAX_YEAR else None


def add_months(day: date, n: int) -> date | None:
    """The same day n months later (clamped to the month's last day)."""
    index = day.year * 12 + day.month - 1 + n
    year, month = divmod(index, 12)
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def month_end(year: int, month: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR or not 1 <= month <= 12:
        return None
    return date(year, month, calendar.monthrange(year, month)[1])


def week_value(day: date) -> str:
    """The ISO week of a day, as TIMEX3 writes it: "2026-W02"."""
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def week_interval(day: date) -> Interval:
    """The Monday..Sunday week holding `day`."""
    monday = day - timedelta(days=day.weekday())
    return interval(monday, monday + timedelta(days=6), "week")


def weekend_interval(day: date) -> Interval:
    """The Saturday and Sunday of the Monday..Sunday week holding `day`: the days a
    TIMEX3 weekend ("2026-W02-WE") covers, not its whole week."""
    saturday = day + timedelta(days=5 - day.weekday())
    return interval(saturday, saturday + timedelta(days=1), "day")


def interval(start: date, end: date, precision: Precision) -> Interval:
    return Interval(start.isoformat(), end.isoformat(), precision)


def day_interval(day: date) -> Interval:
    return interval(day, day, "day")


def month_interval(year: int, month: int) -> Interval | None:
    start = make_date(year, month, 1)
    end = month_end(year, month)
    if start is None or end is None:
        return None
    return interval(start, end, "month")


def year_interval(year: int) -> Interval | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    return interval(date(year, 1, 1), date(year, 12, 31), "year")


def quarter_interval(year: int, quarter: int) -> Interval | None:
    first = make_date(year, 3 * quarter - 2, 1)
    last = month_end(year, 3 * quarter)
    if first is None or last is None:
        return None
    return Interval(first.isoformat(), last.isoformat(), "month")


def half_interval(year: int, half: int) -> Interval | None:
    """January..June (half 1) or July..December (half 2) of a year."""
    first = make_date(year, 6 * half - 5, 1)
    last = month_end(year, 6 * half)
    if first is None or last is None:
        return None
    return Interval(first.isoformat(), last.isoformat(), "month")


def decade_interval(decade_start: int) -> Interval | None:
    if not MIN_YEAR <= decade_start <= MAX_YEAR - 9:
        return None
    return interval(date(decade_start, 1, 1), date(decade_start + 9, 12, 31), "decade")


def weekday_near(anchor: date, weekday: int, *, future: bool) -> date:
    """The most recent `weekday` on or before the anchor, or the next one after it."""
    if future:
        delta = (weekday - anchor.weekday()) % 7 or 7
        return anchor + timedelta(days=delta)
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def last_completed_quarter(anchor: date) -> tuple[int, int]:
    """(year, quarter) of the last quarter that ended before the anchor's quarter began."""
    quarter = (anchor.month - 1) // 3 + 1
    return (anchor.year, quarter - 1) if quarter > 1 else (anchor.year - 1, 4)


def interval_years(first: int, last: int) -> Interval | None:
    """Whole years first..last (a century), or None outside the supported years."""
    if not MIN_YEAR <= first <= last <= MAX_YEAR:
        return None
    return interval(date(first, 1, 1), date(last, 12, 31), "year")


def spoken_year(words: str) -> int | None:
    """The year a transcript writes in words: "nineteen ninety-seven" 1997, "twenty oh
    five" 2005, "twenty twelve" 2012; None for anything else ("nineteen five")."""
    century, _, rest = words.lower().replace("-", " ").partition(" ")
    rest = " ".join(rest.split())
    zero = rest.startswith("oh ")
    number = parse_number(rest[3:] if zero else rest)
    if century not in ("nineteen", "twenty") or number is None:
        return None
    if not (0 < number < 10 if zero else 10 <= number < 100):
        return None
    return (19 if century == "nineteen" else 20) * 100 + number
