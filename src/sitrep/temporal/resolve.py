"""Resolution: what each grammar rule's match means, as a TIMEX3 value and an interval.

One resolver per rule of `sitrep.temporal.grammar`. Each returns a `Resolved`, or None when
the match is not a temporal expression after all (a count that looks like a year, a bare
"May" that is a verb). Conventions:
1. absolute expressions (a full date, a year) resolve without an anchor; anchor None;
2. deictic expressions ("today", "last week", "a month ago") resolve against the
   publication date (anchor "publication"); with no publication date their value is None;
3. chained expressions ("the next day", "two days later", "later that year") resolve
   against the date just mentioned at the unit's precision or finer (anchor "previous":
   "that year" after "in June 1998" is 1998), falling back to the publication date;
   so does a unit counted in a sequence ("for a second straight day", "the eighth day
   of the siege", "a fourth week"): the day (week...) the story stands on;
4. past-leaning: a month, day or weekday without a year is the latest one on or before the
   anchor, unless the sentence speaks of the future ("will", "next", "scheduled"); a
   month or a month-day in a past narrative is the one nearest the date the narrative
   stands on ("the war began in March 2003; by April, Baghdad had fallen": April 2003);
   the month after (before) the anchor's is this year's whatever the clause's tense,
   unless a past (future) verb governs it directly ("were handed over in April" in a
   March story is last April; `tense.near_lean`);
5. with no publication date, a month-day without a year takes its year from the full
   date the story stated last ("found dead on July 1, 1999 ... arrested on July 7":
   1999-07-07), else it stays without a value;
   impossible dates ("February 30") keep their mention with value None, never raise;
   a numeric date is month first ("3/21/2013") unless only day first is possible
   ("21/03/2013");
6. a capitalised "Today", "Tonight" or "This Week" inside a sentence, after a name or a
   possessive (and perhaps a quote) and before a lowercase word, is a title ("USA Today
   reported", "the BBC's Today programme", ABC's "This Week" said), not a date; a
   headline in title case ("Troops Leave Today") keeps its date;
7. a unit named relative to the anchor is the calendar unit ("last week" 2026-W01, "this
   fiscal year" 2026), "the latest" one the last completed ("the latest fiscal year" is
   last year); but "the past decade" is the ten years up to now (P10Y), not a calendar
   decade that would leave out the present years; "the weekend" is the one a weekend
   story is written in, else the coming one when its clause speaks of the future (or has
   no tense cue in a Friday story: "talks resume over the weekend"), else the last one;
   a weekend's interval is its Saturday and Sunday, not its whole week; a weekday or a
   weekend in an infinitive phrase with no tense of its own takes the tense of the verb
   the phrase hangs on ("used tear gas to break up a demonstration on Friday": the
   Friday past, `tense.governor_lean`);
8. "the following spring", "the previous winter", "that summer" are told from the date
   last mentioned at year precision or finer (`seasons.season_beside`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Literal

from sitrep.model import Interval
from sitrep.temporal import calendar as cal
from sitrep.temporal import tense
from sitrep.temporal.grammar import month_number, weekday_number
from sitrep.temporal.seasons import (
    holiday_date,
    ramadan,
    season_at,
    season_beside,
    season_of_year,
    season_value,
)

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
PUBLICATION = "publication"
PREVIOUS = "previous"


@dataclass(frozen=True)
class Resolved:
    type: TimexType
    value: str | None
    interval: Interval | None = None
    anchor: str | None = None
    #: narrower evidence than the whole match ("for years" cites "years"), absolute offsets.
    span: tuple[int, int] | None = None


@dataclass(frozen=True)
class Context:
    """What a resolver may look at besides its match."""

    text: str
    anchor: date | None
    #: the last day-precision date mentioned before this expression, if any.
    previous: date | None
    #: whether the sentence speaks of the future.
    future: bool
    #: the day a clock time in this sentence falls on, if one is mentioned.
    day: date | None = None
    #: the local tense around the expression (`sitrep.temporal.tense.lean`): +1, 0, -1.
    lean: int = 0
    #: the last quarter named ("1989-Q3"): the period an earnings story reports.
    quarter: str | None = None
    #: the first day of the last date mentioned at month precision or finer, and at year
    #: precision or finer: what "the following month", "later that year" count from.
    month_base: date | None = None
    year_base: date | None = None
    #: the first day of the month last named as a whole (not a day of it), unless a
    #: quarter was named since: the period "the same period last year" compares with in
    #: a monthly report ("sales rose 43% in February compared to the same period last
    #: year").
    period_month: date | None = None
    #: the first and last day of the date a past narrative stands on: the last date
    #: written with a year before the anchor's (or resolved from one), named in this
    #: sentence or the one before (`narrative_pick`).
    narrative: tuple[date, date] | None = None
    #: the publication time, when the anchor carries a clock ("2026-01-10T17:30"): what
    #: "48 hours ago" counts back from at the hour.
    clock: datetime | None = None
    #: the last day of the date `year_base` comes from: what "the following spring"
    #: counts from ("in March 2023 ... the following spring" is the spring of 2024).
    year_base_end: date | None = None
    #: whether the story names the day before the anchor by its bare weekday ("Sunday" in
    #: a Monday story): "last Sunday" is then the one before it (`story_days`, rule 1).
    yesterday_named: bool = False

    def base(self, unit: str) -> tuple[date | None, str]:
        """What a chained expression of `unit` counts from: the last date mentioned that
        is at least as fine as the unit, else the publication date."""
        mentioned = self.previous
        if unit in ("month", "quarter"):
            mentioned = self.month_base
        elif unit in ("year", "decade", "century"):
            mentioned = self.year_base
        return (mentioned, PREVIOUS) if mentioned else (self.anchor, PUBLICATION)


Resolver = Callable[[re.Match[str], Context], Resolved | None]

_UNIT_CODE = {
    "second": "TS", "minute": "TM", "hour": "TH", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "DE", "century": "CE",
}  # fmt: skip
PART_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
SEASONS = frozenset({"spring", "summer", "fall", "autumn", "winter"})


def unit_of(word: str) -> str:
    """The singular unit of a unit word ("centuries" -> "century")."""
    word = word.lower()
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") else word


def duration_value(n: int | None, unit: str) -> str:
    """A TIMEX3 duration: P3Y, PT5H, P2W, P2Q (quarters, as TimeBank writes them); PXY
    when the count is vague."""
    code = _UNIT_CODE.get(unit, "D")
    count = "X" if n is None else str(n)
    if n is not None:
        multiplier = {"fortnight": 2, "decade": 10, "century": 100, "weekend": 2}
        if unit in multiplier:
            count = str(n * multiplier[unit])
            code = {"weekend": "D"}.get(unit, "W" if unit == "fortnight" else "Y")
    elif code in ("DE", "CE"):
        code = "Y"
    elif code == "WE":
        code = "D"
    return f"PT{count}{code[1]}" if code.startswith("T") else f"P{count}{code}"


def _day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _absolute(day: date | None, anchor: str | None = None) -> Resolved:
    if day is None:
        return Resolved("DATE", None, None, anchor)
    return Resolved("DATE", day.isoformat(), cal.day_interval(day), anchor)


def _unresolved(kind: TimexType = "DATE") -> Resolved:
    return Resolved(kind, None, None, PUBLICATION)


def _lean(ctx: Context, month: int, day: int, named: re.Match[str]) -> date | None:
    """The year for a month-day that names none: the candidate the local tense points at.

    A weekday named with it ("Friday, Oct. 13") keeps only the years in which the date
    falls on that weekday; "last Oct. 23" / "next March 5" take the latest date before
    the anchor / the first after it."""
    if ctx.anchor is None:
        return None
    candidates = [
        found
        for year in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)
        if (found := cal.make_date(year, month, day)) is not None
    ]
    groups = named.groupdict()
    weekday = weekday_number(groups["wd"]) if groups.get("wd") else None
    if weekday is not None and any(d.weekday() == weekday for d in candidates):
        candidates = [d for d in candidates if d.weekday() == weekday]
    rel = (groups.get("rel") or "").lower()
    if rel in ("last", "next"):
        return tense.choose(candidates, ctx.anchor, -1 if rel == "last" else 1, near=0)
    return tense.choose(candidates, ctx.anchor, ctx.lean)


def narrative_pick(ctx: Context, spans: list[tuple[date, date]]) -> int | None:
    """Which of the candidate spans of a date without a year a past narrative means
    ("In 2009, the group split. In March, its leader was killed": March 2009; "elected in
    November 2008, he took office in January": January 2009): the one nearest the date
    the narrative stands on (within it if it can be, a tie going forward), provided the
    clause does not speak of the future and the span is over by the anchor; else None,
    and the date leans from the anchor as usual."""
    if ctx.narrative is None or ctx.anchor is None or ctx.lean > 0 or not spans:
        return None
    first, last = ctx.narrative

    def distance(index: int) -> tuple[int, int]:
        start, end = spans[index]
        return max(0, (start - last).days, (first - end).days), -index

    best = min(range(len(spans)), key=distance)
    return best if spans[best][1] <= ctx.anchor else None


def _narrative_years(ctx: Context) -> list[int]:
    """The years a date without a year may fall in within a past narrative."""
    if ctx.narrative is None:
        return []
    first, last = ctx.narrative
    return list(range(first.year - 1, last.year + 2))


def _range(first: date | None, last: date | None, anchor: str | None) -> Resolved:
    if first is None or last is None or last < first:
        return Resolved("DATE", None, None, anchor)
    value = f"{first.isoformat()}/{last.isoformat()}"
    return Resolved("DATE", value, cal.interval(first, last, "day"), anchor)


def iso(m: re.Match[str], ctx: Context) -> Resolved | None:
    day = cal.make_date(int(m["y"]), int(m["m"]), int(m["d"]))
    if m["H"] and day is not None and int(m["H"]) < 24 and int(m["M"]) < 60:
        value = f"{day.isoformat()}T{m['H']}:{m['M']}"
        return Resolved("TIME", value, cal.day_interval(day))
    return _absolute(day)


def numeric(m: re.Match[str], ctx: Context) -> Resolved | None:
    year = int(m["y"])
    if year < 100:
        year += 1900 if year >= 30 else 2000
    month, day = int(m["m"]), int(m["d"])
    if month > 12 >= day:  # "21/03/2013" can only be day first, as British news writes it
        month, day = day, month
    return _absolute(cal.make_date(year, month, day))


def month_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    month = month_number(m["month"])
    if month is None:
        return None
    day, last = _day_number(m["d"]), (_day_number(m["d2"]) if m["d2"] else None)
    if m["y"]:
        year, anchor = int(m["y"]), None
    elif ctx.anchor is None:
        stated = _day_near_stated(ctx, month, day)
        if stated is None:
            return _unresolved()
        year, anchor = stated.year, PREVIOUS
    elif (told := _narrative_day(ctx, month, day, m)) is not None:
        year, anchor = told.year, PREVIOUS
    else:
        leaned = _lean(ctx, month, day, m)
        if leaned is None:
            return Resolved("DATE", None, None, PUBLICATION)
        year, anchor = leaned.year, PUBLICATION
    first = cal.make_date(year, month, day)
    if last is not None:
        return _range(first, cal.make_date(year, month, last), anchor)
    if m.groupdict().get("weekof") and first is not None:  # "the week of March 6"
        return Resolved("DATE", cal.week_value(first), cal.week_interval(first), anchor)
    return _absolute(first, anchor)


def _day_near_stated(ctx: Context, month: int, day: int) -> date | None:
    """With no publication date, a month-day's year from the full date the story stated
    last (`Context.previous`; with no anchor, only dates written with a year and those
    chained from them resolve): the candidate that date leans to, as the anchor would
    ("found dead on July 1, 1999 ... arrested on July 7": 1999-07-07)."""
    if ctx.previous is None:
        return None
    years = (ctx.previous.year - 1, ctx.previous.year, ctx.previous.year + 1)
    candidates = [found for year in years if (found := cal.make_date(year, month, day))]
    return tense.choose(candidates, ctx.previous, ctx.lean)


def _narrative_day(ctx: Context, month: int, day: int, named: re.Match[str]) -> date | None:
    """A month-day the past narrative places (`narrative_pick`); not one said to be the
    last or next ("last Oct. 23")."""
    if named.groupdict().get("rel"):
        return None
    days = [d for y in _narrative_years(ctx) if (d := cal.make_date(y, month, day)) is not None]
    chosen = narrative_pick(ctx, [(d, d) for d in days])
    return None if chosen is None else days[chosen]


def _narrative_month(ctx: Context, number: int) -> Resolved | None:
    """A month without a year that the past narrative places (`narrative_pick`)."""
    spans = [
        (span_start, span_end)
        for y in _narrative_years(ctx)
        if (span_start := cal.make_date(y, number, 1)) and (span_end := cal.month_end(y, number))
    ]
    chosen = narrative_pick(ctx, spans)
    if chosen is None:
        return None
    return _month_resolved(spans[chosen][0].year, number, PREVIOUS)


def month(m: re.Match[str], ctx: Context) -> Resolved | None:
    number = month_number(m["month"])
    if number is None:
        return None
    rel = (m["rel"] or "").lower()
    if not rel and not _month_cue(ctx.text, m.start("month"), m.end("month"), number):
        return None
    if ctx.anchor is None:
        return _unresolved()
    if not rel and (told := _narrative_month(ctx, number)) is not None:
        return told
    year = ctx.anchor.year
    if rel == "last":
        year -= 1 if number >= ctx.anchor.month else 0
    elif rel == "next":
        year += 1 if number <= ctx.anchor.month else 0
    elif not rel:
        diff = number - ctx.anchor.month
        if abs(diff) == 1 and tense.near_lean(ctx.text, m.start()) * diff < 0:
            year += 1 if diff < 0 else -1  # "were handed over in April" in a March story
        else:
            year += _month_year_shift(diff, ctx.lean)
    return _month_resolved(year, number, PUBLICATION)


#: how many months nearer a bare month's next occurrence must be, with no tense cue, to
#: be taken over its last one (news reports more of the past than of the future).
PAST_BIAS_MONTHS = 2


def _month_year_shift(diff: int, lean: int) -> int:
    """-1, 0 or +1 year for a bare month `diff` months from the anchor's month."""
    options = [diff - 12, diff, diff + 12]
    if abs(diff) <= 1:  # the anchor's own month or a neighbour: whatever the tense of
        chosen = diff  # the clause (the caller turns a neighbour on a verb governing it)
    elif lean > 0:
        chosen = min(o for o in options if o >= 0)
    elif lean < 0:
        chosen = max(o for o in options if o <= 0)
    else:
        # news leans back: the last one, unless the next is much nearer
        chosen = min(options, key=lambda o: (abs(o) - PAST_BIAS_MONTHS * (o < 0), o > 0))
    return (chosen - diff) // 12


def _month_resolved(year: int, number: int, anchor: str | None) -> Resolved:
    span = cal.month_interval(year, number)
    value = f"{year:04d}-{number:02d}" if span else None
    return Resolved("DATE", value, span, anchor)


_MONTH_CUES = re.compile(
    r"(?:\b(?:in|for|since|until|till|by|of|before|after|during|from|through|to|between|and|on"
    r"|early|late|mid|end|beginning|start|middle|last|next|this|since|until)\s*-?)$",
    re.IGNORECASE,
)


def _month_cue(text: str, start: int, end: int, number: int) -> bool:
    """Whether a bare month name is a date: "in May", not "may" the verb or "June" a name."""
    before = text[max(0, start - 16) : start]
    if _MONTH_CUES.search(before):
        return True
    if number in (3, 5):  # March, May: also a verb / modal
        return False
    after = text[end : end + 2]
    return not (len(after) == 2 and after[0] == " " and after[1].isupper())


def day_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    return month_day(m, ctx)


_ORDINAL_CUE = re.compile(r"\b(?:on|by|until|till|since|from|before|after)\s+$", re.IGNORECASE)


def day_ordinal(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "(on) the 25th": the 25th of the anchor's month, the month before or the one after,
    whichever the local tense points at; only after a preposition ("the 25th" alone may
    count anything)."""
    if not _ORDINAL_CUE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None
    if ctx.anchor is None:
        return _unresolved()
    day = _day_number(m["d"])
    months = (cal.add_months(ctx.anchor.replace(day=1), step) for step in (-1, 0, 1))
    candidates = [
        found
        for first in months
        if first is not None and (found := cal.make_date(first.year, first.month, day))
    ]
    return _absolute(tense.choose(candidates, ctx.anchor, ctx.lean, near=0), PUBLICATION)


def month_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    number = month_number(m["month"])
    if number is None:
        return None
    if m["ry"]:  # "July last year": the month in the year named from the anchor's
        if ctx.anchor is None:
            return _unresolved()
        shift = {"this": 0, "last": -1, "next": 1}[m["ry"].lower()]
        return _month_resolved(ctx.anchor.year + shift, number, PUBLICATION)
    year = int(m["y"]) if m["y"] else cal.spoken_year(m["sy"])
    if year is None:
        return None  # words that name no year
    if not cal.MIN_YEAR <= year <= cal.MAX_YEAR:
        return Resolved("DATE", None, None, None)
    return _month_resolved(year, number, None)


def holiday(m: re.Match[str], ctx: Context) -> Resolved | None:
    """A named day ("Christmas", "Memorial Day", "Eid al-Fitr") of the year written with
    it, else the one the local tense points at. Ramadan is a month of the Islamic year:
    its value is the Gregorian month it begins in, its interval its days. "Easter week",
    "Christmas week": the ISO week holding the day."""
    resolved = _holiday_day(m, ctx)
    if not m["week"] or resolved.interval is None or resolved.interval.precision != "day":
        return resolved
    day = date.fromisoformat(resolved.interval.start)
    return Resolved("DATE", cal.week_value(day), cal.week_interval(day), resolved.anchor)


def _holiday_day(m: re.Match[str], ctx: Context) -> Resolved:
    month_long = m["h"].lower() == "ramadan"
    if m["y"]:
        if month_long:
            return _fast(ramadan(int(m["y"])), None)
        return _absolute(holiday_date(m["h"], int(m["y"])))
    if ctx.anchor is None:
        return _unresolved()
    years = (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)
    if month_long:
        fasts = {date.fromisoformat(span.start): span for y in years if (span := ramadan(y))}
        first = tense.choose(list(fasts), ctx.anchor, ctx.lean)
        return _fast(fasts.get(first) if first else None, PUBLICATION)
    candidates = [found for year in years if (found := holiday_date(m["h"], year)) is not None]
    day = tense.choose(candidates, ctx.anchor, ctx.lean)
    return _unresolved() if day is None else _absolute(day, PUBLICATION)


def _fast(span: Interval | None, anchor: str | None) -> Resolved:
    """Ramadan's days as a DATE valued by the month it begins in."""
    if span is None:
        return Resolved("DATE", None, None, anchor)
    return Resolved("DATE", span.start[:7], span, anchor)


#: what stands before a title's capitalised word: a name or a possessive, then perhaps
#: an opening quote (a quote alone opens speech: "Today we mourn," he said).
_TITLE_BEFORE = re.compile(r"(?:\b[A-Z][\w&-]*|['’]s|s['’])\s+[\"“‘]?$")
#: what follows a title: a closing quote, or a lowercase word after optional punctuation.
_TITLE_AFTER = re.compile(r"[,;:]?(?:[\"”’]|\s+[a-z])")


def is_title(text: str, start: int, end: int) -> bool:
    """Whether a capitalised deictic word at start..end is part of a name (rule 6)."""
    if not text[start].isupper():
        return False
    before = text[max(0, start - 30) : start]
    return bool(_TITLE_BEFORE.search(before)) and bool(_TITLE_AFTER.match(text, end))


def deictic(m: re.Match[str], ctx: Context) -> Resolved | None:
    if is_title(ctx.text, m.start(), m.end()):
        return None
    word = (m["word"] or m["this"]).lower()
    part = (m["part"] or m["part2"] or "").lower()
    if word == "tonight":
        word, part = "today", "night"
    if word == "last":  # "last night"
        word = "yesterday"
    if ctx.anchor is None:
        return _unresolved("TIME" if part else "DATE")
    shift = {"today": 0, "this": 0, "yesterday": -1, "tomorrow": 1}[word]
    if m["two"]:  # "the day before yesterday", "the day after tomorrow"
        shift *= 2
    day = ctx.anchor + timedelta(days=shift)
    if part:
        value = f"{day.isoformat()}T{PART_CODE[part]}"
        return Resolved("TIME", value, cal.day_interval(day), PUBLICATION)
    return _absolute(day, PUBLICATION)


def weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    """The weekday nearest the anchor in the direction of the local tense; the anchor's
    own weekday is the anchor day ("Thursday" in a Thursday story means that day). With
    no tense cue it is the last one before the anchor, unless it is the anchor's next
    day ("Tuesday" in a Monday story: tomorrow rather than six days ago). A possessive
    names a known event, so it looks back whatever the tense ("they would appeal
    Wednesday's ruling"). "The previous (following) Friday" is the one before (after)
    the day last named, else the anchor; "this Friday" the one of the anchor's week
    (`_this_weekday`). "Last Sunday" in a Monday story is the day just past, unless the
    story names that day by its bare weekday (`Context.yesterday_named`)."""
    number = weekday_number(m["wd"])
    if number is None:
        return None
    if ctx.anchor is None:
        return _unresolved()
    rel = (m["rel"] or "").lower()
    anchor = PUBLICATION
    if rel.startswith("the"):  # "the previous Friday": counted from the day last named
        base, anchor = (ctx.previous, PREVIOUS) if ctx.previous else (ctx.anchor, PUBLICATION)
        following = rel.endswith("following")
        start = base if following else base - timedelta(days=1)
        day = cal.weekday_near(start, number, future=following)
    elif rel == "last":
        day = cal.weekday_near(ctx.anchor - timedelta(days=1), number, future=False)
        if ctx.yesterday_named and day == ctx.anchor - timedelta(days=1):
            day -= timedelta(days=7)  # "Sunday ... killed there last Sunday"
    elif rel in ("next", "coming") or rel.endswith("coming"):
        day = cal.weekday_near(ctx.anchor, number, future=True)
    elif number == ctx.anchor.weekday():
        day = ctx.anchor
    elif rel == "this":  # "this Friday": the one of the anchor's week, unless the tense
        day = _this_weekday(ctx.anchor, number, ctx.lean)  # points past it
    else:
        lean = ctx.lean or tense.governor_lean(ctx.text, m.start())
        ahead = cal.weekday_near(ctx.anchor, number, future=True)
        tomorrow = lean == 0 and (ahead - ctx.anchor).days == 1
        owned = ctx.text[m.end() : m.end() + 2] in ("'s", "’s")  # "Friday's trading"
        day = (
            ahead
            if (lean > 0 or tomorrow) and not owned
            else cal.weekday_near(ctx.anchor, number, future=False)
        )
    part = (m["part"] or "").lower()
    if part:
        value = f"{day.isoformat()}T{PART_CODE[part]}"
        return Resolved("TIME", value, cal.day_interval(day), anchor)
    return _absolute(day, anchor)


def _this_weekday(anchor: date, number: int, lean: int) -> date:
    """ "this Friday": the day of the anchor's Monday..Sunday week; a week later when it
    has passed and the clause speaks of the future ("will meet this Monday" in a Wednesday
    story), a week earlier when it is still to come and the clause is past."""
    day = anchor + timedelta(days=number - anchor.weekday())
    if lean > 0 and day < anchor:
        return day + timedelta(days=7)
    if lean < 0 and day > anchor:
        return day - timedelta(days=7)
    return day


def chained(m: re.Match[str], ctx: Context) -> Resolved | None:
    which = (m["which"] or m["dir"] or "that").lower()
    named = (m[f"unit{n}"] for n in ("", "2", "3", "4", "5", "6"))
    unit = unit_of(next((word for word in named if word), "day"))
    step = {"next": 1, "following": 1, "after": 1, "later": 1, "previous": -1,
            "preceding": -1, "before": -1, "prior": -1, "earlier": -1}.get(which, 0)  # fmt: skip
    if unit in SEASONS:
        return _chained_season(unit, step, ctx)
    base, anchor = ctx.base(unit)
    if base is None:
        return _unresolved()
    found = shifted(base, step, unit, anchor)
    for part in ("day", "onday", "period", "within"):  # "ended the day": the verb is context
        if m[part]:
            return replace(found, span=m.span(part))
    return found


def _chained_season(name: str, step: int, ctx: Context) -> Resolved:
    """ "the following spring", "the previous winter", "that summer": told from the date
    last mentioned at year precision or finer (the whole of it: the spring after "in
    March 2023" is 2024's), else from the publication date."""
    if ctx.year_base is not None and ctx.year_base_end is not None:
        first, last, anchor = ctx.year_base, ctx.year_base_end, PREVIOUS
    elif ctx.anchor is not None:
        first, last, anchor = ctx.anchor, ctx.anchor, PUBLICATION
    else:
        return _unresolved()
    value, span = season_beside(name, first, last, step)
    return Resolved("DATE", value, span, anchor)


def shifted(base: date, step: int, unit: str, anchor: str | None) -> Resolved:
    """The unit-sized period `step` units away from `base`, at that unit's granularity."""
    if unit in ("day", "night", "morning", "evening", "afternoon"):
        return _absolute(cal.add_days(base, step), anchor)
    if unit in ("week", "weekend", "fortnight"):
        day = cal.add_days(base, 7 * step * (2 if unit == "fortnight" else 1))
        if day is None:
            return Resolved("DATE", None, None, anchor)
        if unit == "weekend":
            return Resolved("DATE", cal.week_value(day) + "-WE", cal.weekend_interval(day), anchor)
        return Resolved("DATE", cal.week_value(day), cal.week_interval(day), anchor)
    if unit == "month":
        day = cal.add_months(base, step)
        return _month_resolved(day.year, day.month, anchor) if day else _unresolved()
    if unit == "quarter":
        day = cal.add_months(base, 3 * step)
        if day is None:
            return Resolved("DATE", None, None, anchor)
        quarter = (day.month - 1) // 3 + 1
        span = cal.quarter_interval(day.year, quarter)
        return Resolved("DATE", f"{day.year}-Q{quarter}", span, anchor)
    years = step * {"decade": 10, "century": 100}.get(unit, 1)
    year = base.year + years
    if unit == "decade":
        start = year - year % 10
        span = cal.decade_interval(start)
        return Resolved("DATE", f"{start // 10}" if span else None, span, anchor)
    span = cal.year_interval(year)
    return Resolved("DATE", f"{year:04d}" if span else None, span, anchor)


#: what makes a bare season name a date ("in spring", "by summer", "early autumn"):
#: without it, "fall" is a verb and "spring" a noun.
_SEASON_CUE = re.compile(
    r"\b(?:in|for|since|until|till|by|before|after|during|through|from|of|early|late|mid|and)"
    r"\s+$",
    re.IGNORECASE,
)


_SEASON_PAIR = re.compile(r"\b(?:spring|summer|fall|autumn|winter)\s+(?:and|or)\s+$", re.I)


def _bare_season_cue(text: str, start: int) -> bool:
    """Whether a bare season name is a date: a cue word before it, where "and" counts
    only after another season ("summer and fall", not "the rise and fall")."""
    cue = _SEASON_CUE.search(text, max(0, start - 12), start)
    if cue is None:
        return False
    return not cue.group(0).lower().startswith("and") or bool(
        _SEASON_PAIR.search(text, max(0, start - 16), start)
    )


def _weekend(ctx: Context, lean: int) -> Resolved:
    """ "the weekend": the one a weekend story is written in; else the coming one when the
    clause speaks of the future, or, with no tense cue, in a Friday story; else the last."""
    if ctx.anchor is None:
        return _unresolved()
    weekday = ctx.anchor.weekday()
    if weekday >= 5:
        saturday = ctx.anchor - timedelta(days=weekday - 5)
    else:
        ahead = lean > 0 or (lean == 0 and weekday == 4)
        saturday = cal.weekday_near(ctx.anchor, 5, future=ahead)
    value = cal.week_value(saturday) + "-WE"
    return Resolved("DATE", value, cal.weekend_interval(saturday), PUBLICATION)


def _week_just_ended(unit: str, step: int, anchor: date | None) -> bool:
    """Whether "this past week" is the anchor's own: told on a Saturday or Sunday, when
    its working days are over ("this past weekend" is still the one before)."""
    return step < 0 and unit == "week" and anchor is not None and anchor.weekday() >= 5


def relative(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["weekend"]:
        lean = tense.lean(ctx.text, m.start(), m.end())
        return _weekend(ctx, lean or tense.governor_lean(ctx.text, m.start()))
    if m["ys"]:  # "the summer of 2014"; a bare "spring 2009" needs a preposition before
        bare = not re.match(r"the\s|.*\sof\s", m.group(0), re.IGNORECASE)
        if bare and not _SEASON_CUE.search(ctx.text, max(0, m.start() - 12), m.start()):
            return None  # "prices fall 2000 points"
        year = int(m["sy"]) if m["sy"] else cal.spoken_year(m["ssy"])
        if year is None:
            return None
        value, span = season_of_year(m["ys"], year)
        return Resolved("DATE", value, span)
    if m["bseason"] and not _bare_season_cue(ctx.text, m.start()):
        return None  # "prices could fall", "a hot spring", "the rise and fall"
    if m["season"] or m["bseason"]:  # "the summer", "in spring": the latest one begun by
        # the anchor; a bare one follows the tense ("by spring" ahead, "since summer" back)
        if ctx.anchor is None:
            return _unresolved()
        name = m["season"] or m["bseason"]
        value, span = season_value(name, ctx.anchor, 0)
        lean = tense.lean(ctx.text, m.start(), m.end())
        if span is not None and lean > 0 and date.fromisoformat(span.end) < ctx.anchor:
            value, span = season_value(name, ctx.anchor, 1)
        elif span is not None and lean < 0 and date.fromisoformat(span.start) > ctx.anchor:
            value, span = season_value(name, ctx.anchor, -1)
        return Resolved("DATE", value, span, PUBLICATION)
    if m["holidays"]:  # "the holiday season": the December the tense points at
        if ctx.anchor is None:
            return _unresolved()
        shift = _month_year_shift(12 - ctx.anchor.month, tense.lean(ctx.text, m.start(), m.end()))
        return _month_resolved(ctx.anchor.year + shift, 12, PUBLICATION)
    words = re.sub(r"^the\s+", "", m["rel"].lower()).split()
    # "this past weekend", "this coming week": the second word gives the direction
    rel = words[-1] if words[-1] in ("past", "coming") else words[0]
    if words[0] == "this" and is_title(ctx.text, m.start(), m.end()):
        return None  # ABC's "This Week"
    unit = m["unit"].lower()
    steps = {"past": -1, "last": -1, "previous": -1, "latest": -1, "next": 1, "coming": 1}
    step = steps.get(rel, 0)
    if words[0] == "this" and _week_just_ended(unit, step, ctx.anchor):
        step = 0  # "this past week" in a Saturday story: the week now ending
    if unit in SEASONS:
        if ctx.anchor is None:
            return _unresolved()
        value, span = season_value(unit, ctx.anchor, step)
        return Resolved("DATE", value, span, PUBLICATION)
    if unit == "century":
        return Resolved("DURATION", "P100Y")
    if unit == "decade" and rel == "past":  # "over the past decade": the ten years to now
        start = cal.add_months(ctx.anchor, -120) if ctx.anchor else None
        span = cal.interval(start, ctx.anchor, "year") if start and ctx.anchor else None
        return Resolved("DURATION", duration_value(1, unit), span, PUBLICATION)
    if unit == "season":  # "this season", "last season": the season of the calendar
        shifted_day = cal.add_months(ctx.anchor, 3 * step) if ctx.anchor else None
        if shifted_day is None:
            return _unresolved()
        value, span = season_of_year(*season_at(shifted_day))
        return Resolved("DATE", value, span, PUBLICATION)
    if ctx.anchor is None:
        return _unresolved()
    if unit == "quarter" and rel in ("latest", "last", "past", "previous"):
        year, quarter = cal.last_completed_quarter(ctx.anchor)
        span = cal.quarter_interval(year, quarter)
        return Resolved("DATE", f"{year}-Q{quarter}", span, PUBLICATION)
    return shifted(ctx.anchor, step, unit, PUBLICATION)
