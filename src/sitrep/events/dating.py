"""When an event happened: the timex governing its clause, resolved to an interval.

Cascade:
1. a dated timex (with an interval) in the trigger's clause, the nearest to the
   trigger; two joined by "between X and Y", "from X to Y" or a dash make a range;
2. a preposition outside the timex shifts it: "shortly/just/hours before X" ->
   the week up to X, "before X" -> the month up to X (both bounds include X, since news
   uses "before X" loosely for "earlier on X"); "after X" -> from X to a month later,
   never past the anchor; a time of day keeps its day ("from before dawn", "after
   midnight": the same day, not a month around it);
3. a clause introduced by "days/weeks after" ("The strikes came just days after UK jets
   ...") happened that long before the main clause's date (the anchor when it has none):
   days -> [anchor-14, anchor-1] (week precision), weeks -> [anchor-60, anchor-7] (month);
4. else a dated timex elsewhere in the sentence, unless it sits in a clause introduced
   by a temporal subordinator ("following its defeat ... in 2019") - it dates that
   clause, not this one - or the trigger's own clause is such a clause ("..., following
   a deadly attack by Isis": the attack precedes the main clause's date);
5. else the article's narrative time: the last recent day the story stated before the
   event ("Heavy fighting broke out on Friday in El Fasher ..." dates the undated "The
   RSF shelled residential neighbourhoods" that follows it: a story's reference time
   moves with the days it states, and ACLED codes the day the event happened, not the
   day of writing), inferred=True with those words as evidence (`story_days`,
   `story_time`); else the anchor (publication) date, inferred=True and no evidence;
6. a reported event cannot lie after publication: a date without a stated year ("the
   September 17 airstrike" in a November 2016 article) that resolves to after the
   anchor is moved back by a year (the timex layer guesses the year forward).
`strength` records the step (2 = own clause, 1 = sentence, 0 = inferred) so merging can
prefer stated dates to inferred ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sitrep.events.tokens import SUBORDINATORS, Tok, clause_bounds
from sitrep.model import EventDate, Precision, Span, TimexMention

_TEMPORAL_SUBORDINATORS = frozenset({"after", "before", "following", "since", "until"})
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|'\d\d\b")
_CLOSE = frozenset({"shortly", "just", "hours", "immediately", "moments", "minutes"})


@dataclass(frozen=True)
class Dated:
    date: EventDate | None
    strength: int


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _iso(d: date) -> str:
    return d.isoformat()


def date_event(
    tokens: Sequence[Tok],
    clause: tuple[int, int],
    first: int,
    timexes: Sequence[TimexMention],
    anchor: str | None,
    text: str,
) -> Dated:
    """Steps 1-5 for the trigger at token `first` of a sentence's tokens."""
    s_start, s_end = tokens[0].start, tokens[-1].end
    dated = [
        t
        for t in timexes
        if t.interval is not None
        and t.type in ("DATE", "TIME")
        and s_start <= t.evidence.start < s_end
    ]
    lo, hi = clause
    c_start, c_end = tokens[lo].start, tokens[hi - 1].end
    own = [
        t
        for t in dated
        if c_start <= t.evidence.start < c_end or _governed_from(text, c_end, t.evidence.start)
    ]
    if own:
        pick = min(own, key=lambda t: abs(t.evidence.start - tokens[first].start))
        return Dated(_not_future(_with_prepositions(tokens, pick, own, anchor, text), anchor), 2)
    relative = _days_after(tokens, lo, anchor, text)
    if relative is not None:
        return Dated(relative, 2)
    subordinate = tokens[lo].lower in _TEMPORAL_SUBORDINATORS
    outside = [] if subordinate else [t for t in dated if not _in_temporal_clause(tokens, t)]
    if outside:
        pick = min(outside, key=lambda t: abs(t.evidence.start - tokens[first].start))
        dated_outside = _with_prepositions(tokens, pick, outside, anchor, text)
        return Dated(_not_future(dated_outside, anchor), 1)
    if anchor is None or _day(anchor) is None:
        return Dated(None, 0)
    return Dated(EventDate(anchor[:10], anchor[:10], "day", None, inferred=True), 0)


#: a stated day further back than this is a feature's or background, not the story's.
_STORY_WINDOW = timedelta(days=7)


def story_days(timexes: Sequence[TimexMention], text: str, anchor: str | None) -> list[EventDate]:
    """Step 5: the days the story states, in text order: single recent days (within a
    week before the anchor) outside any temporal clause ("since Friday", "after Monday's
    vote"), each an inferred date with its words as evidence."""
    pub = _day(anchor) if anchor else None
    if pub is None:
        return []
    days = []
    for timex in sorted(timexes, key=lambda t: t.evidence.start):
        day = _story_day(timex, text, pub)
        if day is not None:
            days.append(EventDate(day, day, "day", timex.evidence, inferred=True))
    return days


def _story_day(timex: TimexMention, text: str, pub: date) -> str | None:
    interval = timex.interval
    if interval is None or timex.type not in ("DATE", "TIME") or interval.precision != "day":
        return None
    words = text[max(0, timex.evidence.start - 40) : timex.evidence.start].lower().split()
    if words and words[-1] in _TEMPORAL_SUBORDINATORS | {"by", "from", "between"}:
        return None
    start = _day(interval.start)
    if start is None or interval.end[:10] != interval.start[:10]:
        return None
    return _iso(start) if timedelta(0) <= pub - start <= _STORY_WINDOW else None


def story_time(days: Sequence[EventDate], offset: int) -> EventDate | None:
    """Step 5: the last day the story stated before `offset`, if any."""
    before = [d for d in days if d.evidence is not None and d.evidence.end <= offset]
    return before[-1] if before else None


def _not_future(event_date: EventDate | None, anchor: str | None) -> EventDate | None:
    """Step 6."""
    if event_date is None or event_date.evidence is None or anchor is None:
        return event_date
    start, end, pub = _day(event_date.start), _day(event_date.end), _day(anchor)
    if start is None or end is None or pub is None or start <= pub + timedelta(days=1):
        return event_date
    if _YEAR.search(event_date.evidence.text):
        return event_date  # the year is stated: keep what the text says
    try:
        earlier = (start.replace(year=start.year - 1), end.replace(year=end.year - 1))
    except ValueError:  # 29 February
        earlier = (start - timedelta(days=365), end - timedelta(days=365))
    return EventDate(
        _iso(earlier[0]),
        _iso(earlier[1]),
        event_date.precision,
        event_date.evidence,
        event_date.inferred,
    )


def _with_prepositions(
    tokens: Sequence[Tok],
    pick: TimexMention,
    candidates: Sequence[TimexMention],
    anchor: str | None,
    text: str,
) -> EventDate:
    interval = pick.interval
    if interval is None:  # filtered out by the caller; kept for the type checker
        raise ValueError("timex without interval")
    # 1. ranges: "between X and Y", "from X to Y", "X–Y"
    later = [t for t in candidates if t.evidence.start > pick.evidence.end and t.interval]
    if later:
        nxt = min(later, key=lambda t: t.evidence.start)
        glue = text[pick.evidence.end : nxt.evidence.start].strip().lower()
        before = _word_before(tokens, pick.evidence.start)
        if nxt.interval is not None and (
            (glue == "and" and before == "between")
            or (glue in {"to", "until", "through"} and before == "from")
            or glue in {"-", "–", "—"}
        ):
            span = Span.of(text, pick.evidence.start, nxt.evidence.end)
            return EventDate(interval.start, nxt.interval.end, _wider(interval.precision), span)
    # 2. "before X", "after X" outside the timex itself
    before = _word_before(tokens, pick.evidence.start)
    end_day, start_day = _day(interval.end), _day(interval.start)
    if pick.type == "TIME":
        before = None
    if before in {"before", "ahead"} and end_day is not None:
        close = _word_before(tokens, _start_of(tokens, "before", pick.evidence.start)) in _CLOSE
        days, precision = (7, "week") if close else (30, "month")
        precision = _precision(precision)
        return EventDate(
            _iso(end_day - timedelta(days=days)), interval.end, precision, pick.evidence
        )
    if before == "after" and start_day is not None:
        limit = start_day + timedelta(days=30)
        anchor_day = _day(anchor) if anchor else None
        if anchor_day is not None and anchor_day >= start_day:
            limit = min(limit, anchor_day)
        return EventDate(interval.start, _iso(limit), "month", pick.evidence)
    return EventDate(interval.start, interval.end, interval.precision, pick.evidence)


_PREPOSITIONAL = frozenset({"before", "after", "since", "until", "shortly", "just", "soon"})


def _governed_from(text: str, clause_end: int, timex_start: int) -> bool:
    """ "arrested dozens shortly before New Year's Eve": "before" + timex is a phrase of
    this clause, not a clause of its own."""
    if timex_start < clause_end:
        return False
    words = text[clause_end:timex_start].split()
    return bool(words) and len(words) <= 3 and all(w.lower() in _PREPOSITIONAL for w in words)


def _days_after(tokens: Sequence[Tok], lo: int, anchor: str | None, text: str) -> EventDate | None:
    """Step 3: the clause opens with "after" right after "days"/"weeks"."""
    if lo < 1 or tokens[lo].lower != "after" or anchor is None:
        return None
    unit = tokens[lo - 1].lower
    anchor_day = _day(anchor)
    if anchor_day is None or unit not in {"days", "weeks"}:
        return None
    start_tok = lo - 1
    if start_tok > 0 and tokens[start_tok - 1].lower in {"just", "only", "a", "few", "several"}:
        start_tok -= 1
    span = Span.of(text, tokens[start_tok].start, tokens[lo].end)
    lo_day, hi_day, precision = (
        (14, 1, _precision("week")) if unit == "days" else (60, 7, _precision("month"))
    )
    return EventDate(
        _iso(anchor_day - timedelta(days=lo_day)),
        _iso(anchor_day - timedelta(days=hi_day)),
        precision,
        span,
    )


def _in_temporal_clause(tokens: Sequence[Tok], timex: TimexMention) -> bool:
    return in_temporal_clause(tokens, timex.evidence)


def in_temporal_clause(tokens: Sequence[Tok], span: Span) -> bool:
    """Whether `span` sits in a clause opened by "after", "following", "before" ..."""
    at = next((t.i for t in tokens if t.start >= span.start), None)
    if at is None:
        return False
    lo, _ = clause_bounds(list(tokens), at)
    opener = tokens[lo].lower
    return opener in _TEMPORAL_SUBORDINATORS and opener in SUBORDINATORS


def _word_before(tokens: Sequence[Tok], offset: int) -> str | None:
    prev = [t for t in tokens if t.end <= offset]
    return prev[-1].lower if prev else None


def _start_of(tokens: Sequence[Tok], word: str, offset: int) -> int:
    prev = [t for t in tokens if t.end <= offset and t.lower == word]
    return prev[-1].start if prev else offset


def _precision(value: str) -> Precision:
    return "week" if value == "week" else "month"


def _wider(precision: Precision) -> Precision:
    return "week" if precision == "day" else precision


def far_in_past(event_date: EventDate | None, anchor: str | None, days: int = 365) -> bool:
    """Whether a stated date ends more than `days` before the anchor: background."""
    if event_date is None or event_date.inferred or anchor is None:
        return False
    end, ref = _day(event_date.end), _day(anchor)
    return end is not None and ref is not None and (ref - end).days > days
