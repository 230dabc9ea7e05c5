"""Composition: modifiers that reshape a resolved date, and pairs that form a range.

Modifiers (the words just before a DATE, folded into its evidence):
1. "early(-)", "the beginning/start of" -> the first third of the interval
2. "mid", "the middle of"              -> the middle third
3. "late(-)", "(toward) the end of"    -> the last third (the last quarter of a year:
                                          "toward the end of last year" is Oct..Dec)
4. "earlier"/"later" (this year)       -> from the interval's start to the anchor / from
                                          the anchor to its end
5. "shortly/just/days before X"        -> the week ending on X's first day
6. "shortly/just/days after X"         -> the week beginning on X's last day
7. "the first/second/.../last week of" a month -> the ISO week holding most of its
                                          first/second/.../last seven days (the value
                                          is that week)
8. "the day before/after" a day        -> the day before/after it (the value is that
                                          day: "the day before last Tuesday's hearing")
A preposition before a modifier ("by the end of") is a signal, left out of the evidence.
Ranges: two DATE mentions of day or month precision joined by "and", "to", "through",
"until" or a dash, optionally opened by "between"/"from" ("between December 20 and
December 29"), add a third mention over the whole phrase whose value is the ISO 8601
interval "2025-12-20/2025-12-29" and whose interval spans both; the two parts are kept.
Range years: when the second of such a pair (joined by "and" only after "between": a
list, "in October and September", is no range) names a month (or a month-day) but no year
and resolves before the first ("runs from June to August" in a March story read as
June this year and August last year), it moves a year forward: a range runs forward in
time; when only the first lacks its year ("ran from December to March 2012" read as
December 2012), the first moves a year back instead. So it does when the second, moved
forward, would begin after the anchor while the first began before it: the second was
read as past, so the whole range is ("Between March and December, the militia attacked
40 villages" in a May 2024 story: March 2023 to December 2023, not to December 2024).
Elided days: a bare day number joined by "and"/"or" to a month-day ("April 24 and 25",
"December 20 and 29") is a date in the same month, kept as its own mention; not
when a noun follows it ("December 20 and 29 people") or it does not come later. So is
one before a day-month after a preposition ("on 25 and 26 March"), if it comes earlier.
Elided units: a bare count joined by "to", "or" or a dash (or "and" after "between") to a
counted duration ("two to three weeks", "between two and six days") is a duration of
the same unit, kept as its own mention ("two": P2W), as TimeML annotates each bound of
a range; only when it is the smaller count ("10 or 11 days", not "100 to 3 days").
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from datetime import date, timedelta

from sitrep.model import Interval, Precision, Span, TimexMention
from sitrep.numbers.words import NUMBER, parse_number
from sitrep.temporal import calendar as cal
from sitrep.temporal import tense
from sitrep.temporal.grammar import month_number

_MODIFIER = re.compile(
    r"(?:\b(?:at|by|toward|towards|around|near|until|till|in|from)\s+(?=the\s))?"
    r"(?P<mod>(?:(?:just|shortly|soon|immediately|right|days|weeks|hours|the\s+day)\s+"
    r"(?:before|after))"
    r"|the\s+(?:very\s+)?(?:end|beginning|start|middle|close|turn)\s+of"
    r"|the\s+(?:first|second|third|fourth|last|final)\s+week\s+of"
    r"|early-?|earlier|late-?|later|mid-|mid|middle\s+of)"
    r"\s*$",
    re.IGNORECASE,
)
_JOINER = re.compile(r"\s*(?:and|to|through|until|till|-|–|—)\s*$", re.IGNORECASE)
_OPENER = re.compile(r"(?:between|from)\s+$", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_ELIDED = re.compile(
    r"(?:\s*,?\s+(?:and|or|&)\s+)(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
    r"(?![-.,:/]\d|\s*%|\s+(?!(?:in|at|on|and|or|but|when|while|as|respectively)\b)"
    r"[A-Za-z])"
)
_ELIDED_BEFORE = re.compile(
    r"\b(?:on|between|from|since|until|of)\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    r"\s*,?\s+(?:and|or|&)\s+$",
    re.IGNORECASE,
)
_YEAR_WRITTEN = re.compile(r"\b\d{4}\b|['’]\d\d\b")
_MONTH_VALUE = re.compile(r"\d{4}-\d\d(?:-\d\d)?")
_WORD = re.compile(r"[A-Za-z]{3,}")
_DAY_MONTH = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z]")
_MONTH_DAY = re.compile(r"[A-Za-z]\.?\s*\d{1,2}(?:st|nd|rd|th)?$")
_FINER: dict[str, Precision] = {"decade": "year", "year": "month", "month": "week", "week": "day"}


def apply_modifier(
    text: str, mention: TimexMention, floor: int, anchor: date | None
) -> TimexMention:
    """The mention widened over a modifier just before it (never before `floor`)."""
    if mention.interval is None or mention.type != "DATE":
        return mention
    before = text[max(floor, mention.evidence.start - 40) : mention.evidence.start]
    found = _MODIFIER.search(before)
    if found is None:
        return mention
    mod = re.sub(r"\s+", " ", found.group("mod").lower())
    reshaped = reshape(mention.interval, mod, anchor)
    if reshaped is None:
        return mention
    start = mention.evidence.start - (len(before) - found.start("mod"))
    value = mention.value
    if mod.endswith("week of"):  # "the first week of May" is that ISO week
        value = cal.week_value(date.fromisoformat(reshaped.start))
    elif mod.startswith("the day"):  # "the day after Christmas" is that day
        value = reshaped.start
    return TimexMention(
        evidence=Span.of(text, start, mention.evidence.end),
        type=mention.type,
        value=value,
        interval=reshaped,
        anchor=mention.anchor,
    )


def reshape(span: Interval, mod: str, anchor: date | None) -> Interval | None:
    """The part of `span` a modifier points at; None when the modifier does not apply."""
    first, last = date.fromisoformat(span.start), date.fromisoformat(span.end)
    days = (last - first).days + 1
    finer = _FINER.get(span.precision, span.precision)
    if mod.endswith("week of"):
        return _week_of_month(first, last, mod) if span.precision == "month" else None
    if mod.startswith("the day"):
        if span.precision != "day" or first != last:
            return None
        return cal.day_interval(first + timedelta(days=-1 if mod.endswith("before") else 1))
    if mod.endswith(("before", "after")):
        if mod.endswith("before"):
            return cal.interval(first - timedelta(days=7), first, "week")
        return cal.interval(last, last + timedelta(days=7), "week")
    if mod in ("earlier", "later"):
        if anchor is None or not first <= anchor <= last:
            return None
        return (
            cal.interval(first, anchor, finer)
            if mod == "earlier"
            else cal.interval(anchor, last, finer)
        )
    third = max(days // 3, 1)
    if span.precision == "year" and any(w in mod for w in ("end", "close", "late", "turn")):
        return cal.interval(date(first.year, 10, 1), last, "month")
    if span.precision == "year" and any(w in mod for w in ("early", "beginning", "start")):
        return cal.interval(first, date(first.year, 3, 31), "month")
    if any(w in mod for w in ("end", "close", "late", "turn")):
        return cal.interval(last - timedelta(days=third - 1), last, finer)
    if any(w in mod for w in ("early", "beginning", "start")):
        return cal.interval(first, first + timedelta(days=third - 1), finer)
    if "mid" in mod or "middle" in mod:
        return cal.interval(first + timedelta(days=third), last - timedelta(days=third), finer)
    return None


_ORDINAL_WEEK = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _week_of_month(first: date, last: date, mod: str) -> Interval | None:
    """ "the second week of May": the ISO week holding most of the month's days 8..14
    (the one holding the 11th); "the last week of May": the one holding most of its last
    seven days."""
    ordinal = mod.split()[1]
    if ordinal in ("last", "final"):
        return cal.week_interval(last - timedelta(days=3))
    return cal.week_interval(first + timedelta(days=7 * _ORDINAL_WEEK[ordinal] + 3))


def ranges(text: str, mentions: list[TimexMention]) -> list[TimexMention]:
    """Range mentions for each pair "X and/to/– Y" of consecutive dates (see module doc)."""
    found: list[TimexMention] = []
    for left, right in itertools.pairwise(mentions):
        if not (_rangeable(left) and _rangeable(right)) or left.evidence.text.isdigit():
            continue
        between = text[left.evidence.end : right.evidence.start]
        if len(between) > 12 or not _JOINER.fullmatch(between):
            continue
        first, last = left.interval, right.interval
        if first is None or last is None or last.end < first.start:
            continue
        start = left.evidence.start
        opener = _OPENER.search(text[max(0, start - 10) : start])
        if opener:
            start -= len(text[max(0, start - 10) : start]) - opener.start()
        precision: Precision = "day" if first.precision == last.precision == "day" else "month"
        found.append(
            TimexMention(
                evidence=Span.of(text, start, right.evidence.end),
                type="DATE",
                value=f"{first.start}/{last.end}",
                interval=Interval(first.start, last.end, precision),
                anchor=left.anchor or right.anchor,
            )
        )
    return found


def align_range_years(
    text: str, mentions: list[TimexMention], anchor: date | None = None
) -> list[TimexMention]:
    """The mentions with the yearless end of a backward month range moved a year, so
    that the range runs forward (see the module docstring)."""
    aligned = list(mentions)
    for index in range(len(aligned) - 1):
        left, right = aligned[index], aligned[index + 1]
        if not (_month_named(left) and _month_named(right)):
            continue
        if not _a_range(text, left, right) or _runs_forward(left, right):
            continue
        left_open = not _YEAR_WRITTEN.search(left.evidence.text)
        if not _YEAR_WRITTEN.search(right.evidence.text):
            moved = _moved_years(right, 1)
            if left_open and _past_range_ends_ahead(text, left, right, moved, anchor):
                moved_left = _moved_years(left, -1)
                if moved_left is not None and _runs_forward(moved_left, right):
                    aligned[index] = moved_left
            elif moved is not None and _runs_forward(left, moved):
                aligned[index + 1] = moved
        elif left_open:
            moved = _moved_years(left, -1)
            if moved is not None and _runs_forward(moved, right):
                aligned[index] = moved
    return aligned


def _past_range_ends_ahead(
    text: str,
    left: TimexMention,
    right: TimexMention,
    moved_right: TimexMention | None,
    anchor: date | None,
) -> bool:
    """Whether a range told in the past that starts before the anchor would end after
    it were its end moved a year forward ("Between March and December, the militia
    attacked 40 villages" in a May story: December was read as past, so the range is
    March to December of last year, not of this year); a range not told in the past
    runs forward ("The festival season runs from March to December, organisers said")."""
    if anchor is None or moved_right is None:
        return False
    if not tense.told_in_the_past(text, left.evidence.start, right.evidence.end):
        return False
    assert left.interval is not None and moved_right.interval is not None
    starts_before = date.fromisoformat(left.interval.start) <= anchor
    return starts_before and date.fromisoformat(moved_right.interval.start) > anchor


def _a_range(text: str, left: TimexMention, right: TimexMention) -> bool:
    """Whether two mentions are the ends of one range: joined by "to", "through", "until"
    or a dash, or by "and" after "between" ("visits in October and September" is a list,
    not a range)."""
    between = text[left.evidence.end : right.evidence.start]
    if len(between) > 12 or not _JOINER.fullmatch(between):
        return False
    if between.strip().lower() != "and":
        return True
    return bool(_BETWEEN.search(text, max(0, left.evidence.start - 10), left.evidence.start))


def _runs_forward(left: TimexMention, right: TimexMention) -> bool:
    assert left.interval is not None and right.interval is not None
    return right.interval.end >= left.interval.start


def _month_named(mention: TimexMention) -> bool:
    """A DATE of a month or a day whose words name its month ("June", "Aug. 3")."""
    return (
        _rangeable(mention)
        and mention.value is not None
        and _MONTH_VALUE.fullmatch(mention.value) is not None
        and any(month_number(word) for word in _WORD.findall(mention.evidence.text))
    )


def _moved_years(mention: TimexMention, years: int) -> TimexMention | None:
    """The mention `years` years later (earlier when negative); None for a day the
    other year lacks (29 February)."""
    assert mention.interval is not None and mention.value is not None
    first = date.fromisoformat(mention.interval.start)
    last = date.fromisoformat(mention.interval.end)
    if mention.interval.precision == "month":
        span = cal.month_interval(first.year + years, first.month)
    else:
        day = cal.make_date(first.year + years, first.month, first.day)
        span = cal.day_interval(day) if day is not None and first == last else None
    if span is None:
        return None
    value = f"{first.year + years:04d}{mention.value[4:]}"
    return dataclasses.replace(mention, value=value, interval=span)


def elided_days(text: str, mentions: list[TimexMention]) -> list[TimexMention]:
    """The bare day numbers that continue a month-day, or open a day-month (see the
    module docstring)."""
    found: list[TimexMention] = []
    for mention in mentions:
        if not (_rangeable(mention) and mention.interval and mention.interval.precision == "day"):
            continue
        if _DAY_MONTH.match(mention.evidence.text):
            found.extend(_day_before(text, mention))
        if not _MONTH_DAY.search(mention.evidence.text):
            continue  # "December 20" continues; "20 December", "Dec. 20, 2025" do not
        end, last = mention.evidence.end, date.fromisoformat(mention.interval.start)
        while (step := _ELIDED.match(text, end)) is not None:
            day = cal.make_date(last.year, last.month, int(step["d"]))
            if day is None or day <= last:
                break
            found.append(
                TimexMention(
                    evidence=Span.of(text, step.start("d"), step.end("d")),
                    type="DATE",
                    value=day.isoformat(),
                    interval=cal.day_interval(day),
                    anchor=mention.anchor,
                )
            )
            end, last = step.end(), day
    return found


def _day_before(text: str, mention: TimexMention) -> list[TimexMention]:
    """ "on 25 and 26 March": the bare day before a day-month is a day of its month."""
    opener = _ELIDED_BEFORE.search(
        text, max(0, mention.evidence.start - 24), mention.evidence.start
    )
    if opener is None or mention.interval is None:
        return []
    last = date.fromisoformat(mention.interval.start)
    day = cal.make_date(last.year, last.month, int(opener["d"]))
    if day is None or day >= last:
        return []
    span = Span.of(text, opener.start("d"), opener.end("d"))
    return [TimexMention(span, "DATE", day.isoformat(), cal.day_interval(day), mention.anchor)]


def _rangeable(mention: TimexMention) -> bool:
    return (
        mention.type == "DATE"
        and mention.interval is not None
        and mention.interval.precision in ("day", "month")
        and mention.value is not None
        and "/" not in mention.value
    )


#: a counted duration's value ("P3W", "PT12H") and the count it opens with.
_COUNTED = re.compile(r"P(?P<t>T?)(?P<n>\d+)(?P<code>[A-Z]+)")
#: a bare count joined to the duration after it ("two to", "10 or", "between two and").
_COUNT_BEFORE = re.compile(
    rf"(?:\b(?P<n>{NUMBER})\s*(?:to|or|-|–)|\bbetween\s+(?P<n2>{NUMBER})\s+and)\s*$",
    re.IGNORECASE,
)


def elided_counts(text: str, mentions: list[TimexMention]) -> list[TimexMention]:
    """The bare counts that open a range of durations (see the module docstring)."""
    found: list[TimexMention] = []
    for mention in mentions:
        counted = _COUNTED.fullmatch(mention.value or "")
        if mention.type != "DURATION" or counted is None or not mention.evidence.text[:1].isalnum():
            continue
        before = _COUNT_BEFORE.search(
            text, max(0, mention.evidence.start - 30), mention.evidence.start
        )
        if before is None:
            continue
        group = "n" if before["n"] else "n2"
        n = parse_number(before[group])
        if n is None or before[group].lower() in ("a", "an") or not 0 < n < int(counted["n"]):
            continue
        value = f"P{counted['t']}{n}{counted['code']}"
        span = Span.of(text, before.start(group), before.end(group))
        found.append(TimexMention(span, "DURATION", value, None, mention.anchor))
    return found
