"""The timex cascade: find, choose, resolve, reshape and pair temporal expressions.

Steps, in order:
1. every grammar rule (`sitrep.temporal.grammar`) is run over the text, line by line (no
   match crosses a line break);
2. a match that is part of a name is dropped ("told USA Today", "CBS's ``60 Minutes''";
   `titles`); overlapping matches are settled greedily: the longest wins, then the
   earlier rule;
3. a text without a publication date takes its dateline's date as the anchor (a date
   with a year opening one of its first lines, `_dateline`);
4. matches are resolved in reading order (`resolve`, `periods`); the latest day-precision
   date is remembered as the anchor of chained expressions ("two days later"), unless
   it is a day still ahead told as the possessive of another event ("ahead of next
   Tuesday's primary": a later "A day earlier" counts from the day the story has
   reached, `_names_a_coming_event`), and the latest date of month (year) precision or
   finer as that of "the following month" ("later that year"); the latest quarter
   named as the period an earnings story reports ("a year ago"; a quarter named as a
   comparison, "the same period last year", one still to come, or the reported one's
   year-ago quarter does not replace it), and the
   latest month named, unless a quarter follows it, as the period "the same period last
   year" compares with;
   a date without a year leans the way of its clause's tense (`tense`): "payable
   Dec. 15" forward, "struck on December 13" back, neither the nearest; but in a past
   narrative, a day or month written with an earlier year after "in"/"on" (not in an
   aside: "the war, which began in March 2011,") places it, in the same sentence or, when
   the date opens its sentence, in the one before ("elected in November 2008, he took
   office in January": January 2009; `resolve.narrative_pick`);
   the story's own days anchor its weekdays (`story_days`): "last Sunday" in a story
   that names the Sunday just past by its bare weekday is the one before it, and a
   weekday in the same phrase as a count ("On Monday, about three months later") is a
   day of the counted period, the count running from the date told before the weekday;
5. clock times are resolved last (`clock`), on the day named nearest to them in their
   sentence, else on the day last named before them if it lies in the week up to the
   anchor (the day the narrative has reached) and the time's clause does not speak of
   the future ("airs at 9:00 PM"), else on the anchor; a day named right
   after a time joins it into one TIME ("9 a.m. Tuesday", "midnight Friday");
6. modifiers just before a date reshape it ("toward the end of", "shortly before");
7. a bare day after a month-day is a date of that month ("April 24 and 25",
   `compose.elided_days`), and a bare count before a counted duration a duration of its
   unit ("two to three weeks", `compose.elided_counts`);
8. pairs joined by "and"/"to"/a dash add a range mention (`compose.ranges`).
A resolver that meets an impossible value returns a mention without a value; nothing
here raises on text.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from datetime import date

from sitrep.model import Span, TimexMention
from sitrep.temporal import calendar as cal
from sitrep.temporal import (
    clock,
    compose,
    periods,
    references,
    resolve,
    story_days,
    tense,
    titles,
)
from sitrep.temporal.grammar import RULES, Rule, fold
from sitrep.temporal.resolve import Context, Resolved, Resolver

RESOLVERS: dict[str, Resolver] = {
    "iso": resolve.iso,
    "numeric": resolve.numeric,
    "month_day": resolve.month_day,
    "day_month": resolve.day_month,
    "day_ordinal": resolve.day_ordinal,
    "month_year": resolve.month_year,
    "month": resolve.month,
    "holiday": resolve.holiday,
    "time": clock.time,
    "deictic": resolve.deictic,
    "weekday": resolve.weekday,
    "chained": resolve.chained,
    "relative": resolve.relative,
    "quarter": periods.quarter,
    "half": periods.half,
    "measure": periods.measure,
    "vague": periods.vague,
    "set": periods.frequency,
    "decade": periods.decade,
    "year": periods.year,
    "year_ref": references.year_ref,
    "spoken_year": references.spoken_year,
    "century": references.century,
    "reference": references.reference,
}

_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Za-z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|St|Jan|Feb|Mar"
    r"|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Co|Corp|Inc|Ltd|vs)\.)$"
)
#: rules whose resolution depends on the local tense (dates that name no year or week).
_LEANING = frozenset({"month_day", "day_month", "day_ordinal", "month", "holiday", "weekday"})
_QUARTER = re.compile(r"\d{4}-Q[1-4]")
_MONTH = re.compile(r"\d{4}-\d{2}")
#: where a dateline may stand: the first lines and characters of a text.
DATELINE_LINES, DATELINE_REACH = 3, 300
_FULL_DATES = frozenset({"iso", "numeric", "month_day", "day_month"})
#: what may stand before a dateline's date on its line: nothing, or a place in capitals.
_DATELINE_LEAD = re.compile(r"\s*(?:[A-Z][A-Z .'-]+(?:,\s*[A-Z][A-Za-z.]*)?\s*[,:—–-]+\s*)?")
#: how far back (days) the last named day may lie to carry a clock time that names none.
RECENT_DAYS = 7
_NEWLINE = re.compile(r"\n")
_LOOKS_BACK = re.compile(
    r"year[-\s](?:earlier|ago)|(?:last|previous|prior)\s+year|comparable|corresponding",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """A cheap sentence split for callers without a segmented document."""
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in _SENTENCE_END.finditer(text):
        if "\n" not in boundary.group(0) and _ABBREVIATION.search(
            text, max(0, boundary.start() - 8), boundary.start()
        ):
            continue
        if boundary.start() > start:
            spans.append((start, boundary.start()))
        start = boundary.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def find_timexes(
    text: str,
    anchor_date: str | None,
    sentences: Sequence[tuple[int, int]] | None = None,
) -> tuple[TimexMention, ...]:
    """Every temporal expression of `text`, resolved against `anchor_date` (ISO)."""
    bounds = list(sentences) if sentences is not None else split_sentences(text)
    starts = [start for start, _ in bounds]
    chosen = _select(
        [(r, m) for r, m in _candidates(text) if not titles.names_a_title(text, r.name, *m.span())]
    )
    anchor = cal.parse_iso(anchor_date) or _dateline(text, chosen)
    published_at = cal.parse_clock(anchor_date)

    def sentence_of(offset: int) -> int:
        return max(bisect.bisect_right(starts, offset) - 1, 0)

    yesterday_named = story_days.names_day_just_past(_bare_weekdays(text, chosen, anchor), anchor)
    resolved: dict[int, TimexMention] = {}
    previous: date | None = None
    bases: dict[str, date] = {}
    last: _Step | None = None
    quarter: str | None = None
    period_month: date | None = None
    days: dict[int, list[TimexMention]] = {}
    narrative: tuple[tuple[date, date], int] | None = None  # the span and its sentence
    for rule, match in chosen:
        if rule.name == "time":
            continue
        index = sentence_of(match.start())
        told = _told(narrative, index, match.start() - (starts[index] if starts else 0))
        lean = tense.lean(text, match.start(), match.end()) if rule.name in _LEANING else 0
        ctx = Context(
            text,
            anchor,
            previous,
            lean > 0,
            lean=lean,
            quarter=quarter,
            month_base=bases.get("month"),
            year_base=bases.get("year"),
            period_month=period_month,
            narrative=told,
            clock=published_at,
            year_base_end=bases.get("year_end"),
            yesterday_named=yesterday_named,
        )
        mention = _mention(text, rule, match, ctx)
        if mention is None:
            continue
        step = _Step(rule, match, mention, previous, dict(bases))
        if last is not None and story_days.joined(text, last.match.end(), match.start()):
            mention, placed = _one_phrase(text, last, step, ctx, anchor)
            if placed is not None:  # the weekday before a count moved into its period
                _replace(resolved, days, last, placed)
                previous, bases = _day_of(placed) or last.previous, dict(last.bases)
                bases.update(_bases(placed))
        last = dataclasses.replace(step, mention=mention)
        resolved[match.start()] = mention
        if mention.type == "DATE" and mention.value is not None:
            stand = _narrative_span(text, mention, anchor)
            narrative = (stand, index) if stand else None
        if mention.value and _QUARTER.fullmatch(mention.value):
            quarter = _reported_quarter(text, quarter, mention, anchor)
            period_month = None
        elif mention.value and mention.interval and _MONTH.fullmatch(mention.value):
            period_month = date.fromisoformat(mention.interval.start)
        day = _day_of(mention)
        if day is not None:
            if not _names_a_coming_event(text, mention, day, anchor):
                previous = day
            days.setdefault(index, []).append(mention)
        bases.update(_bases(mention))
    for rule, match in chosen:
        if rule.name != "time":
            continue
        named = _day_named(text, match, days.get(sentence_of(match.start()), []))
        day = _day_of(named) if named else _story_day(text, match, days, anchor)
        ctx = Context(text, anchor, None, False, day=day)
        mention = _mention(text, rule, match, ctx)
        if mention is None:
            continue
        if named is not None and _joins(text, match.end(), named):
            # "9 a.m. Tuesday", "noon Saturday": one TIME over both
            resolved = {key: m for key, m in resolved.items() if m is not named}
            span = Span.of(text, mention.evidence.start, named.evidence.end)
            mention = dataclasses.replace(mention, evidence=span)
        resolved[match.start()] = mention
    ordered = [resolved[key] for key in sorted(resolved)]
    reshaped: list[TimexMention] = []
    for mention in ordered:
        index = sentence_of(mention.evidence.start)
        floor = max(starts[index] if starts else 0, reshaped[-1].evidence.end if reshaped else 0)
        reshaped.append(compose.apply_modifier(text, mention, floor, anchor))
    elided = compose.elided_days(text, reshaped) + compose.elided_counts(text, reshaped)
    reshaped = compose.align_range_years(text, sorted(reshaped + elided, key=_start), anchor)
    everything = reshaped + compose.ranges(text, reshaped)
    return tuple(sorted(everything, key=lambda m: (m.evidence.start, -m.evidence.end)))


@dataclasses.dataclass(frozen=True)
class _Step:
    """A mention just resolved, with the chaining state before it: what a count in the
    same phrase runs from instead ("On Monday, about three months later")."""

    rule: Rule
    match: re.Match[str]
    mention: TimexMention
    previous: date | None
    bases: dict[str, date]


#: the rules whose matches count from the date the story told of ("three months later",
#: "the next day").
_COUNTING = frozenset({"measure", "chained"})


def _one_phrase(
    text: str, last: _Step, step: _Step, ctx: Context, anchor: date | None
) -> tuple[TimexMention, TimexMention | None]:
    """A weekday and a count side by side in one phrase (`story_days`, rule 2): the
    mention of `step`, and the weekday of `last` moved into the count's period (None
    when it stays). "Three days later, on Monday": the weekday is placed; "On Monday,
    three months later": the count runs again from the state before the weekday, and
    the weekday is placed in its period."""
    if _counted(last) and _bare_weekday(step):
        return story_days.place_weekday(step.mention, last.mention, anchor), None
    if not (_bare_weekday(last) and step.rule.name in _COUNTING):
        return step.mention, None
    recount = _mention(text, step.rule, step.match, _before(ctx, last))
    if recount is None or recount.anchor != resolve.PREVIOUS:
        return step.mention, None  # nothing told before the weekday to count from
    return recount, story_days.place_weekday(last.mention, recount, anchor)


def _counted(step: _Step) -> bool:
    """Whether a mention counts from a date the story told of."""
    return step.rule.name in _COUNTING and step.mention.anchor == resolve.PREVIOUS


def _bare_weekday(step: _Step) -> bool:
    return step.rule.name == "weekday" and not step.match["rel"]


def _before(ctx: Context, step: _Step) -> Context:
    """`ctx` with the chaining state as it stood before `step`'s mention."""
    return dataclasses.replace(
        ctx,
        previous=step.previous,
        month_base=step.bases.get("month"),
        year_base=step.bases.get("year"),
        year_base_end=step.bases.get("year_end"),
    )


def _replace(
    resolved: dict[int, TimexMention],
    days: dict[int, list[TimexMention]],
    step: _Step,
    new: TimexMention,
) -> None:
    """Put `new` wherever `step`'s mention was recorded."""
    resolved[step.match.start()] = new
    for named in days.values():
        named[:] = [new if m is step.mention else m for m in named]


def _bare_weekdays(
    text: str, chosen: list[tuple[Rule, re.Match[str]]], anchor: date | None
) -> list[date]:
    """The days the story's bare weekdays ("Sunday", "Sunday morning", not "last
    Sunday") stand for, read from the publication date (`story_days`, rule 1)."""
    found: list[date] = []
    for rule, match in chosen:
        if rule.name != "weekday" or match["rel"] or anchor is None:
            continue
        lean = tense.lean(text, match.start(), match.end())
        mention = _mention(text, rule, match, Context(text, anchor, None, lean > 0, lean=lean))
        if mention is not None and mention.interval is not None:
            found.append(date.fromisoformat(mention.interval.start))
    return found


def _dateline(text: str, chosen: list[tuple[Rule, re.Match[str]]]) -> date | None:
    """The full date of a text's dateline (a date with a year opening one of its first
    lines, "September 01, 2007" or "WASHINGTON, Dec. 13, 2025"), which stands for the
    publication date when none is given."""
    head = text[:DATELINE_REACH]
    limit = sum(len(line) + 1 for line in head.split("\n")[:DATELINE_LINES])
    for rule, match in chosen:
        if match.start() >= min(limit, DATELINE_REACH):
            break
        groups = match.groupdict()
        if rule.name not in _FULL_DATES or not groups.get("y") or groups.get("d2"):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        if not _DATELINE_LEAD.fullmatch(text, line_start, match.start()):
            continue  # a date inside a sentence is an event's, not the dateline
        mention = _mention(text, rule, match, Context(text, None, None, False))
        day = _day_of(mention) if mention else None
        if day is not None:
            return day
    return None


def _start(mention: TimexMention) -> int:
    return mention.evidence.start


def _candidates(text: str) -> list[tuple[Rule, re.Match[str]]]:
    found: list[tuple[Rule, re.Match[str]]] = []
    hits: dict[str, list[tuple[int, int]]] = {}  # rules that share a trigger scan once
    folded = fold(text)
    breaks = [hit.start() for hit in _NEWLINE.finditer(text)] if "\n" in text else []
    for rule in RULES:
        seen: set[tuple[int, int]] = set()
        for lo, hi in _windows(folded, rule, hits):
            for start, end in _lines(lo, hi, breaks):
                for match in rule.pattern.finditer(text, start, end):
                    if match.span() not in seen and match.end() > match.start():
                        seen.add(match.span())
                        found.append((rule, match))
    return found


def _lines(lo: int, hi: int, breaks: list[int]) -> list[tuple[int, int]]:
    """The window lo..hi cut at line breaks: no expression runs across one, and a long
    match that would have (a weekday ending a headline) cannot hide a shorter one."""
    first, last = bisect.bisect_left(breaks, lo), bisect.bisect_left(breaks, hi)
    if first == last:
        return [(lo, hi)]
    cuts = [lo, *(b + 1 for b in breaks[first:last])]
    ends = [*breaks[first:last], hi]
    return [(a, b) for a, b in zip(cuts, ends, strict=True) if b > a]


def _windows(
    folded: str, rule: Rule, hits: dict[str, list[tuple[int, int]]]
) -> list[tuple[int, int]]:
    """Where to try a rule: the whole text, or merged windows around its trigger hits
    (found in the lowercased text, `folded`)."""
    if rule.trigger is None:
        return [(0, len(folded))]
    key = rule.trigger.pattern
    if key not in hits:
        hits[key] = [hit.span() for hit in rule.trigger.finditer(folded)]
    back, forward = rule.reach
    windows: list[tuple[int, int]] = []
    for start, end in hits[key]:
        lo, hi = max(0, start - back), min(len(folded), end + forward)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


def _select(
    candidates: list[tuple[Rule, re.Match[str]]],
) -> list[tuple[Rule, re.Match[str]]]:
    """Non-overlapping matches: longest first, then rule priority, then position."""
    ranked = sorted(
        candidates, key=lambda c: (c[1].start() - c[1].end(), c[0].priority, c[1].start())
    )
    taken: list[tuple[int, int]] = []
    chosen: list[tuple[Rule, re.Match[str]]] = []
    for rule, match in ranked:
        start, end = match.span()
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        chosen.append((rule, match))
    return sorted(chosen, key=lambda c: c[1].start())


def _mention(text: str, rule: Rule, match: re.Match[str], ctx: Context) -> TimexMention | None:
    try:
        result: Resolved | None = RESOLVERS[rule.name](match, ctx)
    except (ValueError, OverflowError):
        # an impossible date or a number too large: a mention without a value
        return TimexMention(Span.of(text, *match.span()), "DATE", None)
    if result is None:
        return None
    start, end = result.span or match.span()
    return TimexMention(
        evidence=Span.of(text, start, end),
        type=result.type,
        value=result.value,
        interval=result.interval,
        anchor=result.anchor,
    )


_JOINABLE = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct"
    r"|Nov|Dec)[a-z]*\.?\s*\d"
)


def _joins(text: str, end: int, day: TimexMention) -> bool:
    """Whether a weekday or calendar date right after a clock time is part of it ("9 a.m.
    Tuesday"); a deictic day ("5.30pm today") and one after "on" stay apart."""
    gap = text[end : day.evidence.start]
    return gap in (" ", "  ") and bool(_JOINABLE.match(day.evidence.text))


def _day_named(text: str, match: re.Match[str], days: list[TimexMention]) -> TimexMention | None:
    """The day a clock time falls on: the date just after it ("9 a.m. Tuesday"), else
    the day named nearest to it in its sentence."""

    def distance(day: TimexMention) -> int:
        if day.evidence.start >= match.end():
            return day.evidence.start - match.end()
        return match.start() - day.evidence.end + 1  # a tie goes to the day after

    return min(days, key=distance, default=None)


def _story_day(
    text: str, match: re.Match[str], days: dict[int, list[TimexMention]], anchor: date | None
) -> date | None:
    """The day a clock time that names none in its sentence falls on: the day the story
    has reached (`_recent_day_before`), unless the time's clause speaks of the future
    ("The documentary airs at 9:00 PM on Investigation Discovery"), which no day the
    story told of holds; then None, and the time falls on the anchor."""
    if tense.lean(text, match.start(), match.end()) > 0:
        return None
    return _recent_day_before(days, match.start(), anchor)


def _recent_day_before(
    days: dict[int, list[TimexMention]], offset: int, anchor: date | None
) -> date | None:
    """The day last named before `offset`, if it lies in the week up to the anchor: the
    day a story's narrative has reached ("dashed Friday. Dealers placed heavy buy orders
    in the morning" in a Monday paper). An older day (the attack a story recalls) or
    none: None, and the clock time falls on the anchor."""
    before = [m for named in days.values() for m in named if m.evidence.end <= offset]
    latest = max(before, key=_start, default=None)
    day = _day_of(latest) if latest else None
    if day is None or anchor is None:
        return day
    return day if 0 <= (anchor - day).days <= RECENT_DAYS else None


#: words that make a quarter named after the reported one a comparison's background.
_COMPARED = re.compile(
    r"\b(?:after|from|than|compared\s+with|versus|vs\.|over)\s+"
    r"(?:(?:a|an|the|its|their)\s+)?(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)


def _reported_quarter(
    text: str, current: str | None, mention: TimexMention, anchor: date | None
) -> str | None:
    """The quarter a story reports after `mention` names one: the latest named, except
    that a quarter named as a comparison ("the same period last year"), one still to
    come ("through the third quarter of 1990") or the current one's year-ago quarter
    ("the 1988 period") never replaces it; nor does one named as the background of a
    comparison ("after a flat second quarter", "up from the second quarter")."""
    named = mention.value or ""
    if _LOOKS_BACK.search(mention.evidence.text):
        return current
    if current is not None and _COMPARED.search(
        text, max(0, mention.evidence.start - 30), mention.evidence.start
    ):
        return current
    if mention.interval and anchor and mention.interval.start > anchor.isoformat():
        return current
    if current is not None and named == f"{int(current[:4]) - 1:04d}{current[4:]}":
        return current
    return named


def _bases(mention: TimexMention) -> dict[str, date]:
    """The chaining bases a mentioned date sets: "month" (`Context.month_base`) for a
    date of month precision or finer, "year" (`Context.year_base`) for year or finer,
    with "year_end" (`Context.year_base_end`) its last day."""
    span = mention.interval
    if mention.type != "DATE" or span is None or mention.value is None or "/" in mention.value:
        return {}
    start, end = date.fromisoformat(span.start), date.fromisoformat(span.end)
    if span.precision in ("day", "week", "month"):
        return {"month": start, "year": start, "year_end": end}
    return {"year": start, "year_end": end} if span.precision == "year" else {}


#: a date that places an event ("in March 2003", "on Dec. 28, 2011"), not one that names
#: a known one ("the Dec. 21, 1988, bombing", "the August 1988 cease-fire").
_PLACING = re.compile(r"\b(?:[Ii]n|[Oo]n)\s+$")
#: a date in a relative or participial aside is background, not the narrative's time
#: ("the war, which began in March 2011, killed 12 on Feb. 5"; "Born in June 1950, he
#: said on March 3").
_ASIDE = re.compile(
    r"(?:^|[,(])\s*(?:which|who|whose|where|when|born|[a-z]+ed)\b[^,;()]*$", re.IGNORECASE
)
#: how far back (characters) a date's clause is read for an aside.
ASIDE_REACH = 80


#: how far into its sentence (characters) a date may open it and so carry on the
#: narrative of the sentence before ("On Jan. 3, two were freed", "Then, in April").
OPENING_REACH = 16


def _told(
    narrative: tuple[tuple[date, date], int] | None, index: int, offset: int
) -> tuple[date, date] | None:
    """The span a past narrative stands on for a date at `offset` in sentence `index`:
    the narrative of the same sentence, or of the one before when the date opens its
    sentence ("...seized on Dec. 28, 2011. On Jan. 3, two were freed")."""
    if narrative is None:
        return None
    span, sentence = narrative
    if sentence == index or (sentence == index - 1 and offset <= OPENING_REACH):
        return span
    return None


def _narrative_span(
    text: str, mention: TimexMention, anchor: date | None
) -> tuple[date, date] | None:
    """The span a past narrative stands on after `mention`: a day or month written with
    a year before the anchor's (or placed from one) after "in" or "on", outside an
    aside; any other date ends the narrative ("last month", "Tuesday", "the August 1988
    cease-fire", "the war, which began in March 2011,")."""
    span = mention.interval
    if mention.anchor == resolve.PUBLICATION or span is None or anchor is None:
        return None
    if span.precision not in ("day", "month") or "/" in (mention.value or ""):
        return None
    start = mention.evidence.start
    if not _PLACING.search(text, max(0, start - 4), start):
        return None
    if _ASIDE.search(tense.clause_before(text, start, ASIDE_REACH)):
        return None
    first, last = date.fromisoformat(span.start), date.fromisoformat(span.end)
    return (first, last) if last.year < anchor.year else None


def _names_a_coming_event(text: str, mention: TimexMention, day: date, anchor: date | None) -> bool:
    """A day still ahead of the anchor told as the possessive of another event ("ahead
    of next Tuesday's primary") names when that event will be, not the day the story has
    reached: a later count ("A day earlier, six protesters were arrested") does not run
    from it."""
    after = text[mention.evidence.end : mention.evidence.end + 2]
    return anchor is not None and day > anchor and after in ("'s", "’s")


def _day_of(mention: TimexMention) -> date | None:
    if mention.interval is None or mention.interval.precision != "day":
        return None
    if mention.value is None or "/" in mention.value:
        return None
    return cal.parse_iso(mention.interval.start)
