"""Historical narratives: articles that tell the past, not the news.

An encyclopaedic or retrospective article ("Operation Steel Curtain was a military
operation executed by coalition forces in early November 2005 ...") reports events
just as a news story does, but every one of them lies in the past. A careful coder
codes them with the dates the narrative gives. Rules:
1. an article is a history when it dates its story to the month or the day with a
   stated year ("in early November 2005", "In April 2015"), every date with a stated
   year ends more than a year before publication, and no expression is anchored to the
   day of writing ("today", "yesterday", "on Monday", "last week", "ago"); a news
   story that mentions the past ("its defeat at the battle of Baghuz in 2019", "since
   the civil war began in 2011") has such an anchor, a recent dated event, or only
   bare years in passing, and stays news;
2. in a history, a date without a stated year ("On 5 November", "four days later")
   belongs to the narrative's year: the last year stated before it in the text, not
   the year before publication that a news reading would give it;
3. in a history, stated dates far in the past are the events' dates, not background
   (`events.dating.far_in_past` is not applied), and an event with no date of its own
   takes the narrative time: the last date stated before it (inferred).
4. in a news story, a list of earlier acts goes on past its first entry: a sentence
   that opens with a calendar date set off by a comma ("On March 11, a teen killed 12 in
   Germany"), just after one that opens the same way and told an act of the same kind
   as background ("In 2019, a gunman killed 51 people in Christchurch"), is the next
   entry of the comparison, background too (`opens_with_calendar_date`); a weekday or
   "yesterday" anchors the sentence to the news instead ("On Monday, gunmen ...").
5. a news story without a publication date is read from the latest date it states with
   a year: an act dated by a year of its own more than a year before that date ("In
   1986, the FMLN tried to kill General Pinochet" in a story that names 1989, "the March
   1980 assassination of Archbishop Romero") is background, as it is in a dated story
   (`undated_anchor`); a date without its year stated may have taken it from the
   background told before it, and decides nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sitrep.events.tokens import Tok
from sitrep.model import EventDate, Interval, TimexMention

_STATED_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
_DEICTIC = re.compile(
    r"\b(?:today|yesterday|tonight|tomorrow|ago|now|currently|recently|this\s+(?:morning|"
    r"afternoon|evening|week|weekend|month|year)|last\s+(?:night|week|weekend|month|year)|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
_YEAR_DAYS = 365


def is_history(timexes: Sequence[TimexMention], anchor: str | None) -> bool:
    """Rule 1."""
    published = _day(anchor)
    if published is None:
        return False
    stated = [t for t in timexes if t.interval is not None and _has_year(t)]
    if any(_DEICTIC.search(t.evidence.text) for t in timexes):
        return False
    if not any(t.interval is not None and t.interval.precision != "year" for t in stated):
        return False
    return all(
        (end := _day(t.interval.end)) is not None and (published - end).days > _YEAR_DAYS
        for t in stated
        if t.interval is not None
    )


def undated_anchor(timexes: Sequence[TimexMention]) -> str | None:
    """Rule 5: the end of the latest date stated with its year, for a story without a
    publication date; None when it states none."""
    ends = [
        t.interval.end
        for t in timexes
        if t.type == "DATE" and t.interval is not None and _has_year(t)
    ]
    return max(ends, default=None)


def states_year(event_date: EventDate | None, text: str) -> bool:
    """Rule 5: whether an event's date is told with its year ("In 1986", "on 7 September
    1986"), not taken from an earlier date; a four-digit clock time read as a year ("on 1
    January at 1930") states none."""
    if event_date is None or event_date.evidence is None:
        return False
    evidence = event_date.evidence
    if _CLOCK_BEFORE.search(text[max(0, evidence.start - 4) : evidence.start]):
        return False
    return _STATED_YEAR.search(evidence.text) is not None


#: rule 5: "at" right before a four-digit number makes it a 24-hour clock time.
_CLOCK_BEFORE = re.compile(r"\bat\s+$", re.IGNORECASE)


def narrative_years(timexes: Sequence[TimexMention]) -> list[TimexMention]:
    """Rule 2: the timexes, in text order, with yearless dates moved to the last year
    stated before them."""
    ordered = sorted(timexes, key=lambda t: t.evidence.start)
    out: list[TimexMention] = []
    year: int | None = None
    for timex in ordered:
        interval = timex.interval
        if interval is None:
            out.append(timex)
            continue
        if _has_year(timex):
            year = int(interval.start[:4])
            out.append(timex)
            continue
        out.append(timex if year is None else _moved(timex, interval, year))
    return out


def narrative_time(timexes: Sequence[TimexMention], offset: int) -> EventDate | None:
    """Rule 3: the last date stated before `offset`, as an inferred date."""
    before = [t for t in timexes if t.interval is not None and t.evidence.end <= offset]
    if not before:
        return None
    last = max(before, key=lambda t: t.evidence.start)
    if last.interval is None:  # filtered above; kept for the type checker
        return None
    return EventDate(last.interval.start, last.interval.end, last.interval.precision, None, True)


def _moved(timex: TimexMention, interval: Interval, year: int) -> TimexMention:
    shift = year - int(interval.start[:4])
    if shift == 0:
        return timex
    start, end = _day(interval.start), _day(interval.end)
    if start is None or end is None:
        return timex
    try:
        moved = Interval(
            start.replace(year=start.year + shift).isoformat(),
            end.replace(year=end.year + shift).isoformat(),
            interval.precision,
        )
    except ValueError:  # 29 February in another year
        return timex
    value = timex.value
    if value is not None and value[:4].isdigit():
        value = f"{int(value[:4]) + shift:04d}{value[4:]}"
    return replace(timex, interval=moved, value=value)


#: prepositions that open a sentence's date phrase ("In 2019,", "On March 11,").
_DATE_OPENERS = frozenset({"in", "on"})


def opens_with_calendar_date(tokens: Sequence[Tok], timexes: Sequence[TimexMention]) -> bool:
    """Rule 4: whether the sentence of `tokens` opens with a calendar date set off by a
    comma ("In 2019,", "On March 11,"), not a day told from the writing ("On Monday,")."""
    if len(tokens) < 3 or tokens[0].lower not in _DATE_OPENERS:
        return False
    opening = next((t for t in timexes if t.evidence.start == tokens[1].start), None)
    if opening is None or opening.type != "DATE" or _DEICTIC.search(opening.evidence.text):
        return False
    after = next((t for t in tokens if t.start >= opening.evidence.end), None)
    return after is not None and after.text == ","


def _has_year(timex: TimexMention) -> bool:
    return _STATED_YEAR.search(timex.evidence.text) is not None


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
