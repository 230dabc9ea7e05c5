"""Clock times and the time zones stated with them.

A clock time is a TIME on a day: the day named next to it ("9 a.m. Tuesday", "noon
Saturday"), else the nearest day named in its sentence, else the day the story last
named if it lies in the week up to the publication date, else the publication date.
Rules, in order:
1. "noon" and "midday" are 12:00; "midnight" is 24:00 of the day it names ("midnight
   Friday" ends Friday, ISO 8601's end-of-day form, as TimeML writes it); a midnight
   that names no day in a clause told in the past is the one that began the
   publication day, 00:00 ("The attack began shortly after midnight" in a story of
   the 21st is the first minute of the 21st, not the night still to come); "4 in the
   morning" is 04:00, "eight in the evening" 20:00, "3:30 in the afternoon" 15:30, and
   "nine o'clock" 09:00 (the hour as said when no part of the day is named); a part of
   the day ("the morning", "mid-afternoon", "early evening") is that part of the day
   ("T" + MO/AF/EV), and so is daylight after a preposition: "at dawn", "before first
   light" MO, "at dusk", "by sunset" EV, "until nightfall" NI; and so is "morning" in
   "in morning trading";
   "overnight" is the night before that day ("TNI" of the day before: "overnight losses
   in New York" in a story of Friday's trading are Thursday night's);
2. 12-hour times need "a.m."/"p.m."; 24-hour times need a colon ("17:30"), or a stop
   plus a stated zone ("17.30 GMT"); four-digit military times ("0800") need a stated zone
   or, after a preposition, "hours" or the day it falls on ("at 0800 local time", "at
   2100 hours", "at 2000 on 11 November": "1200 hours of community service" is a count);
3. a stated zone, after a clock or after "noon"/"midnight" ("noon ET"), is kept, never
   converted: the value is the clock time in that zone and
   the day interval is the day in that zone (an evening strike in London stays on its
   London date even where it is the same afternoon in New York); the zone is noted as
   the ISO 8601 designator of the value: "Z" for GMT/UTC, "-05:00" for EST, "+03:00"
   for MSK; "Eastern Time" (ET) and the other US zones take their standard or daylight
   offset from the US rules for that date; "local time" names no offset and adds none;
4. an impossible clock ("25:70") is no time at all, and neither is a chapter and verse
   ("Romans 15:13", "John 3:16", "Surah 2:256": "N:NN" right after the name of a book of
   the Bible or the Quran), a score ("won 21:15", "beat Spain 24:20", "a 27:25 win") or a
   ratio ("a ratio of 1:10").
"""

from __future__ import annotations

import re

from sitrep.numbers.words import parse_number
from sitrep.temporal import calendar as cal
from sitrep.temporal import tense
from sitrep.temporal.resolve import PART_CODE, PUBLICATION, Context, Resolved, _unresolved
from sitrep.temporal.zones import designator


def time(m: re.Match[str], ctx: Context) -> Resolved | None:
    day = ctx.day or ctx.anchor
    if m["overnight"]:  # the night before the day the story has reached
        night = cal.add_days(day, -1) if day else None
        if night is None:
            return _unresolved("TIME")
        return Resolved("TIME", f"{night.isoformat()}TNI", cal.day_interval(night), PUBLICATION)
    if m["light"] and not _LIGHT_CUE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None  # "the dawn of a new era": a beginning, not a time of day
    if m["pod"] or m["light"]:  # "the morning", "at dawn": a part of the day
        if day is None:
            return _unresolved("TIME")
        part = PART_CODE[m["pod"].lower()] if m["pod"] else "MO"
        if m["light"]:
            part = _DAYLIGHT[m["light"].split()[0].lower()]
        value = f"{day.isoformat()}T{part}"
        return Resolved("TIME", value, cal.day_interval(day), PUBLICATION)
    if m["h24"] and (_cites_a_verse(ctx.text, m.start()) or _is_a_score(ctx.text, *m.span())):
        return None
    clock = _clock(m)
    if clock is None:
        return None
    hour, minute = clock
    if day is None:
        return _unresolved("TIME")
    if _past_midnight(m, ctx):
        hour = 0
    zone = m["tz"] or m["tz24"] or m["tzm"] or m["tzn"]
    value = f"{day.isoformat()}T{hour:02d}:{minute:02d}{designator(zone, day)}"
    return Resolved("TIME", value, cal.day_interval(day), PUBLICATION)


#: the prepositions that make a word of daylight a time ("at dawn", "until nightfall").
_LIGHT_CUE = re.compile(r"\b(?:at|by|before|after|until|till|from|since)\s+$", re.IGNORECASE)
#: the part of the day that each word of daylight falls in, as TIMEX3 codes it.
_DAYLIGHT = {"dawn": "MO", "daybreak": "MO", "sunrise": "MO", "first": "MO", "dusk": "EV",
             "sunset": "EV", "sundown": "EV", "nightfall": "NI"}  # fmt: skip


#: the books of the Bible and the Quran, whose chapters and verses are written "N:NN".
_BOOKS = (
    r"Genesis|Exodus|Leviticus|Numbers|Deuteronomy|Joshua|Judges|Ruth|Samuel|Kings|Chronicles"
    r"|Ezra|Nehemiah|Esther|Job|Psalms?|Proverbs|Ecclesiastes|Song\s+of\s+(?:Songs|Solomon)"
    r"|Isaiah|Jeremiah|Lamentations|Ezekiel|Daniel|Hosea|Joel|Amos|Obadiah|Jonah|Micah|Nahum"
    r"|Habakkuk|Zephaniah|Haggai|Zechariah|Malachi|Matthew|Mark|Luke|John|Acts|Romans"
    r"|Corinthians|Galatians|Ephesians|Philippians|Colossians|Thessalonians|Timothy|Titus"
    r"|Philemon|Hebrews|James|Peter|Jude|Revelations?|Quran|Qur['’]an|Koran|Surah?"
)
_VERSE = re.compile(rf"\b(?:{_BOOKS})\s+$")
#: what a score or a ratio written with a colon follows: a verb of the result or "ratio"
#: / "odds" (perhaps "of"), then perhaps the opponent's name ("beat Spain 24:20").
_SCORE_BEFORE = re.compile(
    r"\b(?i:won|wins?|lost|loses?|beat|beats|defeated|defeats|drew|draws?|tied|ties|trailed"
    r"|trails|score|scored|scoreline|ratio|odds)\s+(?:of\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}$"
)
#: what a score written with a colon may precede: the result ("a 27:25 win").
_SCORE_AFTER = re.compile(
    r"\s*(?:win|victory|defeat|loss|draw|triumph|scoreline|lead)\b", re.IGNORECASE
)


def _cites_a_verse(text: str, start: int) -> bool:
    """Whether "N:NN" at `start` is a chapter and verse ("Romans 15:13")."""
    return bool(_VERSE.search(text, max(0, start - 24), start))


def _is_a_score(text: str, start: int, end: int) -> bool:
    """Whether "N:NN" at start..end is a score or a ratio ("won 21:15", "a 27:25 win")."""
    before = _SCORE_BEFORE.search(text, max(0, start - 60), start)
    return bool(before) or bool(_SCORE_AFTER.match(text, end))


def _past_midnight(m: re.Match[str], ctx: Context) -> bool:
    """Whether a "midnight" on no named day, in a clause told in the past, is the one that
    began the publication day."""
    return (
        bool(m["named"])
        and m["named"].lower() == "midnight"
        and ctx.day is None
        and tense.lean(ctx.text, m.start(), m.end()) < 0
    )


def _clock(m: re.Match[str]) -> tuple[int, int] | None:
    """(hour, minute) of a time match, 24:00 for midnight; None when impossible."""
    if m["named"]:
        return (24, 0) if m["named"].lower() == "midnight" else (12, 0)
    if m["hw"]:  # "4 in the morning", "eight in the evening", "3:30 in the afternoon"
        spoken = parse_number(m["hw"])
        if spoken is None or not 1 <= spoken <= 12:
            return None
        pm = m["half"].lower() != "morning" and spoken != 12
        return spoken % 12 + (12 if pm else 0), int(m["hwm"] or 0)
    if m["oc"]:  # "nine o'clock": the hour as said, morning or evening unknown
        spoken = parse_number(m["oc"])
        return (spoken, 0) if spoken is not None and 1 <= spoken <= 12 else None
    if m["h24"]:
        return int(m["h24"]), int(m["mi24"])
    if m["hm"]:
        return int(m["hm"]), int(m["mm"])
    if m["hh"]:
        return int(m["hh"]), int(m["hmm"])
    hour, minute = int(m["h"]), int(m["mi"] or 0)
    if hour == 0 or hour > 12:
        return None
    pm = m["ampm"].lower().startswith("p")
    return (hour % 12) + (12 if pm else 0), minute
