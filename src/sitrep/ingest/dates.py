"""Publication dates, normalised to ISO 'YYYY-MM-DD'.

Cascade, in order (the first that reads the string wins):

1. ISO 8601 ("2026-01-10", "2026-01-10T09:30:00+02:00", "20260110"): the date part as
   written, so a local publication date is never shifted by a time-zone conversion.
2. RFC 2822, the format of RSS and e-mail ("Sat, 10 Jan 2026 09:30:00 +0200").
3. dateparser for everything else ("10 January 2026", "Jan. 10, 2026 at 9:30 a.m.",
   "10 janvier 2026"), restricted to absolute dates that name day, month and year, so
   it never reads the clock: "yesterday" or "January 10" give None, not a guess.

Years outside 1800-2200 are refused as misreadings.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from functools import lru_cache
from typing import Any

_ISO = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T ]\d)")
_MIN_YEAR, _MAX_YEAR = 1800, 2200
#: fixed so that nothing here depends on when it runs.
_RELATIVE_BASE = dt.datetime(2000, 1, 1)


def _checked(day: dt.date) -> str | None:
    return day.isoformat() if _MIN_YEAR <= day.year <= _MAX_YEAR else None


def _from_iso(value: str) -> str | None:
    match = _ISO.match(value)
    if match is None:
        return None
    try:
        return _checked(dt.date(int(match[1]), int(match[2]), int(match[3])))
    except ValueError:
        return None


def _from_rfc2822(value: str) -> str | None:
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return _checked(parsed.date()) if parsed is not None else None


@lru_cache(maxsize=4096)
def _from_dateparser(value: str) -> str | None:
    import dateparser  # slow to import; most dates never get here

    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": _RELATIVE_BASE,
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PARSERS": ["custom-formats", "absolute-time"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parsed = dateparser.parse(value, settings=settings)
    return _checked(parsed.date()) if parsed is not None else None


def normalize_date(value: str) -> str | None:
    """Any common date or datetime string as 'YYYY-MM-DD', or None if it is not one."""
    value = value.strip()
    if not value or (value.isdigit() and len(value) != 8):
        return None
    return _from_iso(value) or _from_rfc2822(value) or _from_dateparser(value)
