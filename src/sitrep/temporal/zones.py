"""Stated time zones: the pattern that recognises them and their ISO 8601 designators.

1. GMT, UTC, Zulu, "Greenwich Mean Time" -> "Z";
2. fixed abbreviations -> their offset: EST -05:00, EDT -04:00, CET +01:00, MSK +03:00...;
3. "GMT+8", "UTC -5", "(GMT +5:30)" -> the stated offset (at most 14 hours);
4. US zones named without "standard"/"daylight" ("Eastern Time", AP's "Eastern time",
   "ET") -> the standard or daylight offset that the US rules (1987, 2007) give for that
   date; so does the time of a city that sets the clock of a zone ("New York time",
   "Washington time": Eastern), and "London time" is GMT, or BST (+01:00) from the last
   Sunday of March to the last Sunday of October (the EU rule since 1996); East Asian
   capitals that have kept one offset since at least 1991 give it: "Tokyo time" and
   "Seoul time" +09:00, "Beijing time", "Hong Kong time" and "Singapore time" +08:00;
5. "local time" -> no designator: the place's zone, offset unknown.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

ZONE = (
    r"(?:(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?\s+[Tt]ime"
    r"|(?:New\s+York|Washington|London|Tokyo|Seoul|Beijing|Hong\s+Kong|Singapore)\s+time"
    r"|Greenwich\s+Mean\s+Time|Coordinated\s+Universal\s+Time|local\s+time"
    r"|(?:GMT|UTC)\s?[+−-]\s?\d{1,2}(?::?[0-5]\d)?|GMT|UTC|Zulu"
    r"|[ECMP][SD]T|[ECMP]T|BST|CEST|CET|EEST|EET|MSK|JST)(?![\w+−-])"
)
_FIXED = {
    "gmt": 0, "utc": 0, "zulu": 0, "greenwich mean time": 0, "coordinated universal time": 0,
    "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
    "pst": -480, "pdt": -420, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180,
    "msk": 180, "jst": 540,
}  # fmt: skip
#: US zones named without "standard"/"daylight": standard offset, minutes.
_US = {"eastern": -300, "central": -360, "mountain": -420, "pacific": -480,
       "et": -300, "ct": -360, "mt": -420, "pt": -480}  # fmt: skip
#: cities whose clock a stated time may name: the US zone they keep, or London's.
_CITIES = {"new york": "eastern", "washington": "eastern", "london": "london"}
#: cities whose offset (minutes) has not changed since at least 1991.
_FIXED_CITIES = {"tokyo": 540, "seoul": 540, "beijing": 480, "hong kong": 480, "singapore": 480}
_SHIFT = re.compile(r"(?:GMT|UTC)\s?([+−-])\s?(\d{1,2})(?::?([0-5]\d))?")


def designator(zone: str | None, day: date) -> str:
    """The ISO 8601 zone designator of a stated zone on `day` ("" when it names none)."""
    if not zone:
        return ""
    key = re.sub(r"\s+", " ", zone.strip()).lower()
    shifted = _SHIFT.fullmatch(zone.strip())
    if shifted:
        hours, minutes = int(shifted[2]), int(shifted[3] or 0)
        if hours > 14:
            return ""
        total = (hours * 60 + minutes) * (-1 if shifted[1] in "-−" else 1)
        return _offset(total)
    if key in _FIXED:
        return _offset(_FIXED[key])
    place = key.removesuffix(" time")
    if place in _FIXED_CITIES:
        return _offset(_FIXED_CITIES[place])
    city = _CITIES.get(place)
    if city == "london":
        return _offset(60 if uk_summer(day) else 0)
    words = [city] if city else key.split()
    if words[0] in _US:
        standard = _US[words[0]]
        if "standard" in words:
            return _offset(standard)
        if "daylight" in words or us_daylight(day):
            return _offset(standard + 60)
        return _offset(standard)
    return ""  # "local time": the zone of the place, offset unknown


def _offset(minutes: int) -> str:
    if minutes == 0:
        return "Z"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"


def us_daylight(day: date) -> bool:
    """Whether US daylight saving time is in force on `day` (rules of 1987 and 2007)."""
    if day.year >= 2007:
        start, end = _nth_sunday(day.year, 3, 2), _nth_sunday(day.year, 11, 1)
    else:
        start, end = _nth_sunday(day.year, 4, 1), _last_sunday(day.year, 10)
    return start <= day < end


def uk_summer(day: date) -> bool:
    """Whether British Summer Time is in force on `day` (the EU rule since 1996)."""
    return _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10)


def _nth_sunday(year: int, month: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def _last_sunday(year: int, month: int) -> date:
    last = date(year, month + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - 6) % 7)
