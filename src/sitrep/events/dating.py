"""When an event happened: the timex governing its clause, resolved to an interval.

Cascade:
1. a dated timex (with an interval) in the trigger's clause, the nearest to the
   trigger; two joined by "between X and Y", "from X to Y" or a dash make a range;
2. a preposition outside the timex shifts it: "shortly/just/hours before X" ->
   the week up to X, "before X" -> the month up to X (both bounds include X, since news
   uses "before X" loosely for "earlier on X"); "after X" -> from X to a month later,
   never past the anchor; a time of day keeps its day ("from before dawn", "after
   midnight": the same day, not a month around it); a bare "overnight" is the night
   before the day the story has reached and runs past midnight into it ("stormed the
   town overnight, officials said on Monday": Sunday to Monday), while "at dawn" and
   "before dawn" lie on that day;
3. a clause introduced by "days/weeks after" ("The strikes came just days after UK jets
   ...") happened that long before the main clause's date (the anchor when it has none):
   days -> [anchor-14, anchor-1] (week precision), weeks -> [anchor-60, anchor-7] (month);
4. else a dated timex elsewhere in the sentence, unless it sits in a clause introduced
   by a temporal subordinator ("following its defeat ... in 2019") or one of reason
   ("This is considered a terrorist attack because on 25 March the police arrested nine
   traffickers": the day is the arrests') - it dates that clause, not this one - or the
   trigger's own clause is such a clause ("..., following a deadly attack by Isis": the
   attack precedes the main clause's date);
5. else the article's narrative time: the last recent day the story stated before the
   event, not one told in a clause of time or of reason (step 4) ("Heavy fighting broke
   out on Friday in El Fasher ..." dates the undated "The RSF shelled residential
   neighbourhoods" that follows it: a story's reference time moves with the days it
   states, and ACLED codes the day the event happened, not the day of writing),
   inferred=True with those words as evidence (`story_days`, `story_time`); else the
   anchor (publication) date, inferred=True and no evidence;
6. a reported event cannot lie after publication: a date without a stated year ("the
   September 17 airstrike" in a November 2016 article) that resolves to after the
   anchor is moved back by a year (the timex layer guesses the year forward); only a
   calendar day is moved, never a date ahead by its own words ("next Tuesday");
7. an act told in the object of a legal verb ("admitted in court on Monday that he
   planted the bomb", "was charged on Tuesday over the killing"), of a saying verb with
   "that" ("the army said on Monday that militants attacked"), or in the past perfect
   ("had been stabbed") is not dated by its report: a timex before the object (the
   report's, also after a verb of denying or insisting: "the army denied today that its
   planes had bombed the camp") is ignored, one inside it ("... in July 2023") dates the
   act, and so does one inside the act's own noun phrase, even before it ("was charged
   Thursday in the Oct. 23 slaying", "admitted Monday's bombing"); a bare day right
   after a legal verb's object ("was charged with murder Thursday") is the charge's;
   with none, the act lies in a window before the report's day (a relative period of
   the act that no publication date resolved, "launched an attack last week", is
   resolved against the report's day and wins over the window) (a year for a legal or
   past-perfect act, a week for a plain report and for a past perfect reported on a stated
   day, "said on Saturday it had captured Lashio", the backshift of reported speech),
   inferred; the window is `settled` (no story day
   replaces it) for a legal or past-perfect act and for a report dated by its own words
   ("said on Monday that"), while an undated plain report's act ("the air force said
   Russian forces fired 38 missiles") still takes the recent day the story is about (step
   5); a date stated for the same incident elsewhere in the article wins when the
   mentions merge (`told_act`);
8. a spell of days told by its bounds is a range: "fighting that began Wednesday ended
   Saturday" (a weekday that begins the spell is the one before its end), "three days of
   fighting ... ended Saturday" (`_lasting`);
9. an act told in a clause opened by "after" or "following" came before the main
   clause: it takes the main clause's year or month ("In 2002, after an attack on a
   guard, he ..." is 2002: `_up_to`); with no such date in the main clause
   (a day says less: the act may lie any number of days before it) it has no date of
   its own (step 4).
10. an act told in a relative clause on a person whose arrest, trial or identification
   the sentence tells by another verb ("Police on Wednesday arrested two brothers who
   burned down three synagogues", "Two men who set fire to a mosque were arrested on
   Tuesday", "The man who hurled a grenade ... was identified Thursday") is
   the suspects' background, not news of the arrest's day: only a timex inside that
   clause dates it ("who shot a guard in March"); with none it lies in the year before
   the arrest, inferred and settled, as a legal verb's act does in step 7
   (`suspects_act`).
11. a relative clause that tells another act than the trigger's ("arrested 22 miners,
   including 4 leaders, on the eve of the national strike, which is scheduled to begin
   on 14 August") dates that act, not the trigger: its timex is no date of the event
   when the clause is not about the trigger's own word ("the attack, which began on
   Monday" is) and either stands apart from the trigger's clause, other clauses
   between them, tells a planned act ("will", "is scheduled to", "is due to") or is
   opened by "where" and dated in the past by its own words ("kidnapped in the same
   place where the police chief was assassinated last year": a place's clause tells
   what once happened there, and "last year" is the assassination's; "a market where
   hundreds were shopping on Friday morning" keeps Friday) (`_other_act_relative`).
12. an act referred to as known in a story about what followed it is not dated by the
   aftermath (`known_act`): brought in by a preposition of answer ("arrested two men on
   Sunday over the bombing", "said Friday in response to U.S. missile attacks") or
   after a word of its toll or aftermath ("figures as of Monday for the dead and
   injured in the bombings", "two key suspects in the Kenya bombing"), no timex before
   it dates it; told in a relative clause ("talks that were interrupted by the car
   bombing", "the components of the bomb that exploded in Nairobi"), none outside that
   clause does. Only its own words date it ("in Friday's bombing", "over the bombing on
   Aug. 7"; not a later predicate's: "suspects in the bombing were flown out on
   Tuesday"); with none it lies in the month up to the sentence's day, inferred, and
   settled (no story day replaces it) when the sentence tells the aftermath's day or the
   act is told in a relative clause; a bare "After the battle, they fled" in a story of
   that battle still takes the story's day. A date told for the same act elsewhere in
   the article wins when the mentions merge. A verb ("after gunmen shot two guards"), an
   indefinite act ("following a grenade attack") or people ("fired at the protesters")
   are no known act; steps 3, 7 (legal and past-perfect acts), 9 and 10 come first.
13. the day of a report told after the act, past a comma ("At least 82 were killed and
   1,700 injured, officials said as dawn broke Saturday", "Gunmen killed nine villagers,
   an official said on Saturday") dates the report, not the act: with no other timex the
   act lies on that day or the day before, inferred and settled, so a day the story
   states for the same act ("The bombings went off on Friday") wins when the mentions
   merge (`_report_after`); so does the date of the dateline that opens the line ("KANO,
   Nigeria, March 3 (Reuters) - Gunmen killed ...", "Lima, 13 Aug 89 (EFE) --": the day
   the report was filed, never a day stated for the act, `in_dateline`); a report told
   first keeps step 7, and a legal, past-perfect or suspect's act takes the window of
   step 7 or 10 instead.
A timex for the current period over which an ordinal counts the act ("The dynamite
attack, the 41st in Bogota during this month, ...") dates the count, not the act
(`_counted_period`); "ahead of" and "on the eve of" a day read as "before" it (step 2),
and a day still ahead of the report that an act not told as a plan came before ("was
holding his rally ahead of next Tuesday's primary") gives it no date: the act takes the
story's day (step 5); "will march ahead of next Tuesday's primary" keeps the month up to
it (`_coming_bound`).
`strength` records the step (2 = own clause, 1 = sentence, 0 = inferred) so merging can
prefer stated dates to inferred ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise
from typing import Literal

from sitrep.events.speech import CUE_WORDS, REPORT_CUES, THAT_CUES
from sitrep.events.tokens import (
    PAST_MARKERS,
    RELATIVE_PRONOUNS,
    SUBORDINATORS,
    Tok,
    clause_bounds,
)
from sitrep.model import EventDate, Precision, Span, TimexMention
from sitrep.numbers.words import WORD_NUMBER, parse_number
from sitrep.temporal.grammar import MONTH_NAME, WEEKDAYS
from sitrep.temporal.recognize import find_timexes

_TEMPORAL_SUBORDINATORS = frozenset({"after", "before", "following", "since", "until"})
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b|'\d\d\b")
#: a calendar date that names its month but not its year ("September 17", "17/9"): the only
#: kind whose year the timex layer guesses, so the only kind step 6 may move back
_CALENDAR_DAY = re.compile(
    rf"\b{MONTH_NAME}\s+\d|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAME}|\b\d{{1,2}}/\d{{1,2}}\b",
    re.IGNORECASE,
)
#: words that set a date ahead of the report on purpose ("next Tuesday", "the coming week")
_AHEAD = re.compile(r"\b(?:next|coming|upcoming|tomorrow|later)\b", re.IGNORECASE)
_CLOSE = frozenset({"shortly", "just", "hours", "immediately", "moments", "minutes"})
#: a dateline before its date: the place filed from opening a line, perhaps with its
#: region, in a few words ("OUAGADOUGOU, ", "MEMPHIS, Tenn., ", "Lima, ", "GOMA,
#: Democratic Republic of Congo, ", "NABLUS, West Bank, ") ...
_PLACE_FILED = (
    r"\(?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\)?"
    r"(?:,\s*[A-Z][A-Za-z.]*(?:\s+(?:of|the|[A-Z][A-Za-z.]*)){0,4})?,\s*"
)
_DATELINE_PLACE = re.compile(_PLACE_FILED)
#: ... and after it: perhaps the rest of a wire year ("13 Aug 89") and the agency in
#: brackets, then the dateline's dash.
_DATELINE_DASH = re.compile(r"(?:\s+\d{2,4})?(?:\s*\([^()\n]{1,40}\))?\s*(?:--|[–—]|-\s)")
#: ... a dateline with no city opens its line with the date, and needs the agency in
#: brackets before its dash ("May 12 (Reuters) -").
_CITYLESS_DASH = re.compile(r"(?:\s+\d{2,4})?\s*\([^()\n]{1,40}\)\s*(?:--|[–—]|-\s)")
#: ... and which opens its line: no further than this from the line's start.
_DATELINE_REACH = 60
#: a line opening with a place, a month's day and a dash, as a timeline's entries do
#: ("Kismayo, Feb. 12 – Gunmen ..."; not a byline's "By Reuters Staff, March 10, 2024").
_DATED_LINE = re.compile(
    rf"{_PLACE_FILED}{MONTH_NAME}\.?\s+"
    r"\d{1,2}(?:,?\s+\d{2,4})?(?:\s*\([^()\n]{1,40}\))?\s*(?:--|[–—]|-\s)"
)


@dataclass(frozen=True)
class Dated:
    date: EventDate | None
    strength: int
    #: step 7: the date is the window before a legal, past-perfect or dated report: no
    #: story day replaces it.
    settled: bool = False


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
    """Steps 1-5 and 7-10 for the trigger at token `first` of a sentence's tokens."""
    s_start, s_end = tokens[0].start, tokens[-1].end
    dated = [
        t
        for t in timexes
        if t.interval is not None
        and t.type in ("DATE", "TIME")
        and s_start <= t.evidence.start < s_end
    ]
    dated = [t for t in dated if not _other_act_relative(tokens, t, first, clause)]
    dated = [
        t for t in dated if not _counted_period(tokens, t) and not _coming_bound(tokens, t, anchor)
    ]
    reported = [t for t in dated if _report_after(tokens, t, first) or in_dateline(t, text)]
    dated = [t for t in dated if t not in reported]
    suspects = suspects_act(tokens, clause, first)
    told = told_act(tokens, first)
    # step 13, unless steps 7 and 10 window the act back themselves (a suspect's act, a
    # legal verb's, one told in the past perfect: "was charged with the murder, police
    # said Friday" lies the year before)
    long_before = suspects is not None or (told is not None and told.long_before)
    if reported and not dated and not long_before:
        return _by_report(reported[0])
    lo, hi = clause
    c_start, c_end = tokens[lo].start, tokens[hi - 1].end
    if suspects is not None:
        reports = [t for t in dated if not suspects[0] <= t.evidence.start < suspects[1]]
        dated = [t for t in dated if suspects[0] <= t.evidence.start < suspects[1]]
        if not dated:
            return _before_report(Told(None, True, False), reports, s_end, anchor)
    scope = known_act(tokens, clause, first)
    if (
        scope is not None
        and suspects is None
        and (told is None or not told.long_before)
        and _days_after(tokens, lo, anchor, text) is None
        and _preceding_period(tokens, lo, dated, first) is None
    ):
        own_words = _aftermath_timexes(tokens, scope, dated, first, clause, text)
        if not own_words:
            settled = scope == "outside" or bool(dated or reported)
            return _before_aftermath(dated, tokens[first].start, anchor, settled)
        dated, told = own_words, None
    if told is not None:
        holding = [t for t in dated if _dates_told_act(tokens, told, t, first, text)]
        reports = [t for t in dated if t not in holding]
        dated = holding
        if not dated:
            dated = _against_report(told, timexes, reports, (s_start, s_end), anchor)
        if not dated:
            return _before_report(told, reports, tokens[first].start, anchor)
    own = [
        t
        for t in dated
        if c_start <= t.evidence.start < c_end or _governed_from(text, c_end, t.evidence.start)
    ]
    lasting = _lasting(tokens, own or dated, text)
    if lasting is not None:
        return Dated(_not_future(lasting, anchor), 2 if own else 1)
    if own:
        pick = min(own, key=lambda t: abs(t.evidence.start - tokens[first].start))
        return Dated(_not_future(_with_prepositions(tokens, pick, own, anchor, text), anchor), 2)
    relative = _days_after(tokens, lo, anchor, text)
    if relative is not None:
        return Dated(relative, 2)
    subordinate = tokens[lo].lower in _TEMPORAL_SUBORDINATORS
    main = _main_clause_timexes(tokens, dated, first)
    if (period := _preceding_period(tokens, lo, dated, first)) is not None:
        return Dated(period, 1)
    outside = [] if subordinate else main
    if told is not None and told.perfect and outside:
        # "police found the body of a man who had been shot": the finding's day is not his
        return _before_report(told, outside, tokens[first].start, anchor)
    if outside:
        pick = min(outside, key=lambda t: abs(t.evidence.start - tokens[first].start))
        dated_outside = _with_prepositions(tokens, pick, outside, anchor, text)
        return Dated(_not_future(dated_outside, anchor), 1)
    if anchor is None or _day(anchor) is None:
        return Dated(None, 0)
    return Dated(EventDate(anchor[:10], anchor[:10], "day", None, inferred=True), 0)


def in_dateline(timex: TimexMention, text: str) -> bool:
    """Step 13: the timex is a wire dateline's date ("OUAGADOUGOU, Aug 12 (Reuters) -
    Suspected jihadists killed ... on Thursday"): the day the report was filed, not the
    day of what it tells."""
    start, end = timex.evidence.start, timex.evidence.end
    line_start = text.rfind("\n", 0, start) + 1
    if start == line_start and _CITYLESS_DASH.match(text, end) is not None:
        return True  # a roundup's dateline names no city: "May 12 (Reuters) - ..."
    return (
        start - line_start <= _DATELINE_REACH
        and _DATELINE_PLACE.fullmatch(text, line_start, start) is not None
        and _DATELINE_DASH.match(text, end) is not None
        and not _another_dated_line(text, line_start)
    )


def _another_dated_line(text: str, line_start: int) -> bool:
    """Step 13: the line before or after it too opens with a place and a date ("Mogadishu,
    Jan. 5 - A car bomb ..." then "Kismayo, Feb. 12 - Gunmen ..."): a timeline, whose
    days are its acts'."""
    following = text.find("\n", line_start) + 1
    while 0 < following < len(text) and text[following] == "\n":
        following += 1
    if following > 0 and _DATED_LINE.match(text, following) is not None:
        return True
    previous = text[:line_start].rstrip("\n")
    return _DATED_LINE.match(previous, previous.rfind("\n") + 1) is not None


#: step 9: subordinators whose clause tells what came before the main clause.
_PRECEDING = frozenset({"after", "following"})


def _main_clause_timexes(
    tokens: Sequence[Tok], dated: Sequence[TimexMention], first: int
) -> list[TimexMention]:
    """Step 4: the sentence's timexes outside clauses of time and of reason."""
    return [
        t for t in dated if not _in_temporal_clause(tokens, t) and not _in_reason(tokens, t, first)
    ]


def _preceding_period(
    tokens: Sequence[Tok], lo: int, dated: Sequence[TimexMention], first: int
) -> EventDate | None:
    """Step 9: the main clause's year or month for an act told in an "after" clause
    opening at token `lo`, else None."""
    if tokens[lo].lower not in _PRECEDING:
        return None
    main = _main_clause_timexes(tokens, dated, first)
    if not main:
        return None
    return _up_to(min(main, key=lambda t: abs(t.evidence.start - tokens[first].start)))


def _up_to(timex: TimexMention) -> EventDate | None:
    """Step 9: the act told in an "after" clause ("In 2002, after an attack on a guard,
    he ...") lies in the main clause's year or month, cited by the main clause's
    timex. A day says less: the act may lie any number of days before it."""
    interval = timex.interval
    if interval is None or interval.precision not in ("month", "year"):
        return None
    return EventDate(interval.start, interval.end, interval.precision, timex.evidence)


#: step 8: the words that set when a spell of fighting began and when it ended.
_BEGAN = frozenset({"began", "begun", "started", "starting", "beginning", "erupted"})
_ENDED = frozenset({"ended", "ending", "ends", "finished", "concluded", "until", "through"})
#: "three days of fighting", "five days of clashes".
_DAYS_OF = re.compile(rf"\b({WORD_NUMBER}|\d+)\s+days\s+of\b", re.IGNORECASE)


def _lasting(tokens: Sequence[Tok], timexes: Sequence[TimexMention], text: str) -> EventDate | None:
    """Step 8: a spell of days told by its bounds is a range, not its last day: "fighting
    that began Wednesday ended Saturday" runs from Wednesday to Saturday; "three days of
    fighting ... ended Saturday" from Thursday to Saturday."""
    days = [t for t in timexes if t.interval is not None and t.interval.precision == "day"]
    began = [t for t in days if _word_before_timex(tokens, t) in _BEGAN]
    ended = [t for t in days if _word_before_timex(tokens, t) in _ENDED]
    if not ended or ended[0].interval is None:
        return None
    last = ended[0]
    end_day = _day(last.interval.end) if last.interval else None
    if end_day is None:
        return None
    if began and began[0].interval is not None:
        first = began[0]
        start_day = _day(first.interval.start) if first.interval else None
        if start_day is not None and start_day > end_day and _is_weekday(first):
            start_day -= timedelta(days=7)  # "began Wednesday" is the Wednesday before
        if start_day is None or start_day > end_day:
            return None
        span = Span.of(
            text,
            min(first.evidence.start, last.evidence.start),
            max(first.evidence.end, last.evidence.end),
        )
        return EventDate(_iso(start_day), _iso(end_day), "week", span)
    count = _DAYS_OF.search(text, tokens[0].start, tokens[-1].end)
    number = parse_number(count.group(1)) if count is not None else None
    if count is None or number is None or not 1 < number <= _SPELL_LIMIT:
        return None
    span = Span.of(text, count.start(), last.evidence.end)
    start = end_day - timedelta(days=number - 1)
    return EventDate(_iso(start), _iso(end_day), "week" if number <= 7 else "month", span)


#: the longest spell of days read as one event's range.
_SPELL_LIMIT = 31


def _is_weekday(timex: TimexMention) -> bool:
    """A timex naming a day of the week alone, resolved to the nearest such day."""
    return timex.evidence.text.lower().strip() in WEEKDAYS


def _word_before_timex(tokens: Sequence[Tok], timex: TimexMention) -> str | None:
    """The word before a timex, past an "on" ("ended on Saturday")."""
    before = _word_before(tokens, timex.evidence.start)
    if before == "on":
        return _word_before(tokens, _start_of(tokens, "on", timex.evidence.start))
    return before


#: step 7: verbs whose object tells an act done before them: by law ("admitted that he
#: shot", "was charged with the killing", "pleaded guilty to the bombing") ...
_LEGAL_VERBS = frozenset(
    {"admitted", "admits", "admit", "confessed", "confesses", "pleaded", "pleads", "charged",
     "indicted", "accused", "convicted", "testified", "acknowledged", "sentenced"}
)  # fmt: skip
#: legal verbs with an everyday sense too: legal only with "with"/"of" after them or in
#: the passive ("was charged with", "accused of"; not "police charged the crowd").
_AMBIGUOUS_LEGAL = frozenset({"charged", "accused", "sentenced"})
#: how far back from the act a legal or saying verb may govern it, in tokens.
_TOLD_REACH = 30


def _legal_sense(tokens: Sequence[Tok], k: int) -> bool:
    after = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    before = tokens[k - 1].lower if k > 0 else ""
    return after in {"with", "of", "to", "for"} or before in {"was", "were", "been", "being"}


#: ... or by word, when "that" opens the object or the act is told in the past perfect.
_SAYING_VERBS = (CUE_WORDS | THAT_CUES) - _LEGAL_VERBS
#: how far back "had" may stand before the trigger ("had been", "had already been").
_PERFECT_REACH = 3
_PERFECT_BREAKS = frozenset({",", ";", ":", "."})
#: the windows before the report: a year for a past act the law deals with or one told
#: in the past perfect, a week for a plain report of what happened.
_LONG_BEFORE = timedelta(days=365)
_SHORTLY_BEFORE = timedelta(days=6)


@dataclass(frozen=True)
class Told:
    """Step 7: a trigger told in the object of a report or in the past perfect."""

    #: the character offset from which a timex dates the act itself (after the reporting
    #: verb's "that", or after the trigger when there is none); None: no reporting verb.
    from_offset: int | None
    #: the act lies long before the report (a legal verb or the past perfect).
    long_before: bool
    #: the trigger is in the past perfect.
    perfect: bool
    #: the act is the object of a legal verb with no "that" ("was charged with murder").
    legal_object: bool = False
    #: the past perfect follows a saying verb: the backshift of reported speech.
    backshift: bool = False

    def holds(self, offset: int) -> bool:
        """Whether a timex at `offset` dates the act rather than its report."""
        return self.from_offset is None or offset >= self.from_offset


def _dates_told_act(
    tokens: Sequence[Tok], told: Told, timex: TimexMention, first: int, text: str
) -> bool:
    """Step 7: whether a timex dates the act told at token `first` rather than its report:
    one in the object (`Told.holds`) that is no bare day of the legal verb right after
    the act ("was charged with murder Thursday"), or one inside the act's own noun
    phrase ("the Oct. 23 slaying", "Monday's bombing")."""
    if _premodifies(tokens, timex, first, text):
        return True
    if not told.holds(timex.evidence.start):
        return False
    return not (told.legal_object and _right_after(tokens, timex, first))


#: step 7: the words before a timex that make it part of a noun phrase ("the Oct. 23
#: slaying"), and how many modifiers may stand between it and the act's noun.
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "last", "its", "their", "his", "her"})
_NOUN_MODIFIERS = 2


def _premodifies(tokens: Sequence[Tok], timex: TimexMention, first: int, text: str) -> bool:
    """Step 7: the timex stands inside the noun phrase of the act at token `first`, before
    it: after a determiner ("the Oct. 23 slaying", "the September 17 airstrike") or as a
    possessive ("Monday's bombing"), with at most two words between and no punctuation."""
    if timex.evidence.end > tokens[first].start:
        return False
    between = [t for t in tokens if timex.evidence.end <= t.start and t.end <= tokens[first].start]
    if len(between) > _NOUN_MODIFIERS or not all(t.text.isalpha() for t in between):
        return False
    possessive = text[timex.evidence.end : timex.evidence.end + 2] in ("'s", "’s")
    return possessive or _word_before(tokens, timex.evidence.start) in _DETERMINERS


def _right_after(tokens: Sequence[Tok], timex: TimexMention, first: int) -> bool:
    """Step 7: the timex follows the act's word at once, or after "on" ("charged with
    murder Thursday", "charged with murder on Thursday")."""
    gap = [
        t.lower for t in tokens if tokens[first].end <= t.start and t.end <= timex.evidence.start
    ]
    return gap in ([], ["on"])


def told_act(tokens: Sequence[Tok], first: int) -> Told | None:
    """Step 7: how the trigger at token `first` is told: in the object of a legal verb
    ("admitted in court on Monday that he planted the bomb"), of a saying verb with
    "that" ("said on Monday that militants attacked") or in the past perfect ("had
    attacked", "had been killed"), else None."""
    perfect = _past_perfect(tokens, first) and not _shortly_after(tokens, first)
    for k in range(first - 1, max(-1, first - 1 - _TOLD_REACH), -1):
        word = tokens[k].lower
        if word not in _LEGAL_VERBS and word not in _SAYING_VERBS:
            continue
        if word in _AMBIGUOUS_LEGAL and not _legal_sense(tokens, k):
            continue  # "police charged the protesters": a baton charge, not a court
        that = next((j for j in range(k + 1, first) if tokens[j].lower == "that"), None)
        if word in _SAYING_VERBS and that is None and not perfect:
            break
        start = tokens[that].end if that is not None else tokens[first].start
        legal = word in _LEGAL_VERBS
        backshift = perfect and not legal
        return Told(start, legal or perfect, perfect, legal and that is None, backshift)
    return Told(None, True, True) if perfect else None


#: step 10: verbs that tell what later befell the people a relative clause describes:
#: their arrest, trial or identification ("arrested two brothers who burned down three
#: synagogues", "the man who hurled a grenade ... was identified Thursday").
_ARREST_VERBS = frozenset(
    {"arrested", "detained", "apprehended", "nabbed", "jailed", "charged", "indicted",
     "convicted", "sentenced", "extradited", "tried", "acquitted", "questioned",
     "interrogated", "identified", "named", "buried"}
)  # fmt: skip
_PERSON_RELATIVES = frozenset({"who", "whom"})


def suspects_act(
    tokens: Sequence[Tok], clause: tuple[int, int], first: int
) -> tuple[int, int] | None:
    """Step 10: the character range of a relative clause on a person ("who burned down
    three synagogues") when its sentence tells that person's arrest or trial by another
    verb: the clause, or its part before the arrest verb that ends the subject ("Two men
    who set fire to a mosque were arrested on Tuesday"); None otherwise."""
    lo, hi = clause
    if tokens[lo].lower not in _PERSON_RELATIVES or tokens[first].lower in _ARREST_VERBS:
        return None
    arrests = [k for k, t in enumerate(tokens) if t.lower in _ARREST_VERBS and k != first]
    if not arrests:
        return None
    ending = [k for k in arrests if first < k < hi]
    end = tokens[ending[0]].start if ending else tokens[hi - 1].end
    return tokens[lo].start, end


#: step 11: the words that open a relative clause, and those that tell a planned act.
_RELATIVES = frozenset({"which", "who", "whom", "whose", "where"})
_PLANNED = frozenset({"will", "scheduled", "due", "expected", "set", "planned", "slated"})
#: step 11: relatives whose clause tells an act of its own at the place they name.
_PLACE_RELATIVES = frozenset({"where"})


def _other_act_relative(
    tokens: Sequence[Tok], timex: TimexMention, first: int, clause: tuple[int, int]
) -> bool:
    """Step 11: whether the timex sits in a relative clause that tells another act than
    the trigger's at token `first` (its clause `clause`): one not about the trigger's
    word that stands apart from the trigger's clause, tells a planned act or tells what
    happened at a place."""
    at = next((t.i for t in tokens if t.start >= timex.evidence.start), None)
    if at is None:
        return False
    if _place_relative_between(tokens, first, at) and _told_past(timex):
        return True
    lo, hi = clause_bounds(list(tokens), at)
    if tokens[lo].lower not in _RELATIVES or lo <= first < hi:
        return False
    about_trigger = lo - 1 == first or (lo - 2 == first and tokens[lo - 1].text == ",")
    if about_trigger:
        return False
    between = [t.text for t in tokens[clause[1] : lo]] if lo >= clause[1] else []
    apart = lo < clause[0] or any(word != "," for word in between)
    planned = any(t.lower in _PLANNED for t in tokens[lo:hi])
    return apart or planned


def _told_past(timex: TimexMention) -> bool:
    """Step 11: the timex sets its act in the past by its own words ("last year", "two
    years ago"), not a day of the news ("on Friday morning")."""
    return any(word in PAST_MARKERS for word in timex.evidence.text.lower().split())


def _place_relative_between(tokens: Sequence[Tok], first: int, at: int) -> bool:
    """Step 11: a "where" after a noun between the trigger and the timex at token `at`
    ("kidnapped in the same place where Colonel X, chief of police, was assassinated
    last year": the appositive's commas do not end the place's clause)."""
    return any(
        tokens[k].lower in _PLACE_RELATIVES and tokens[k - 1].text[:1].isalnum()
        for k in range(first + 1, at)
    )


#: step 12: prepositions that bring in an earlier act, known to the reader, whatever
#: the predicate ("arrested two men over the bombing", "an inquiry into the shelling",
#: "protested on Friday against the killing", "tightened security after the attack";
#: not "about": "reports speaking about rocket fire" may tell the news itself) ...
_ANSWERING = frozenset({"over", "after", "following", "since", "into", "against"})
#: ... "to" and "for" after a word of response ("said Friday in response to U.S. missile
#: attacks", "in retaliation for the raid"; not "marched to the rally") ...
_ANSWERING_AFTER = frozenset({"to", "for"})
_RESPONSE_WORDS = frozenset(
    {"response", "reaction", "reply", "retaliation", "reprisal", "revenge", "responded",
     "reacted", "responding", "reacting"}
)  # fmt: skip
#: ... and "in" or "of" after a word for the act's toll or aftermath ("the death toll in
#: the Tanzania blast", "figures as of Monday for the dead and injured in the bombings",
#: "two key suspects in the Kenya bombing", "the anniversary of the massacre").
_TOLL_AFTER = frozenset({"in", "of"})
_TOLL_WORDS = frozenset(
    {"toll", "victims", "casualties", "survivors", "deaths", "injuries", "suspects",
     "suspect", "arrests", "trial", "investigation", "inquiry", "probe", "aftermath",
     "anniversary", "perpetrators", "masterminds", "mastermind"}
)  # fmt: skip
#: ... or after the people an act harmed, as a noun ("the dead and injured in the
#: bombings"; not the verb of "were wounded on Friday in the blast", which dates it).
_HARMED = frozenset({"dead", "injured", "wounded"})
_NOMINAL_BEFORE = frozenset({"the", "and", "or"})
#: step 12: past forms that tell an act by its verb, not by a noun ("after gunmen shot
#: two guards", "after Pakistan handed over a suspect"): no known act.
_IRREGULAR_PAST = frozenset(
    {"shot", "hit", "struck", "fought", "blew", "threw", "beat", "burnt", "took", "led",
     "fled", "broke", "held", "caught", "slew", "stole", "tore", "bore", "began", "sent"}
)  # fmt: skip
#: step 12: prepositions that bring a definite act into a relative clause on another
#: thing ("talks that were interrupted by the car bombing").
_IN_RELATIVE = frozenset({"by", "in", "at", "of", "from", "during"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_INDEFINITE = frozenset({"a", "an", "another", "some", "new"})
#: step 12: the auxiliaries between a relative pronoun (`RELATIVE_PRONOUNS`: "the bomb
#: that exploded in Nairobi") and its verb ("the bomb that was planted").
_AUXILIARIES = frozenset({"was", "were", "had", "has", "have", "been"})
#: step 12: the pronouns of a relative clause on a thing (not "who": people).
_THING_RELATIVES = frozenset({"that", "which"})
#: step 12: finite verbs that open a new predicate after the act's noun phrase.
_FINITE = frozenset({"is", "are", "will", "would", "can", "could", "did", "does", "do"})
_CONJUNCTIONS = frozenset({"and", "or", "but", "nor"})
#: step 12: how far before a "that" a verb may open it as its object ("said on Monday that").
_THAT_REACH = 3
#: step 12: how many modifiers may stand between the determiner and the act's word.
_KNOWN_MODIFIERS = 3
#: step 12: people, not acts ("fired on the protesters"): no known act.
_PERSON_ENDINGS = ("ers", "ors", "ists")
#: step 12: the window before the report in which a known act lies.
_KNOWN_WINDOW = timedelta(days=30)
#: step 12: which timexes a known act's sentence holds for its aftermath: all those
#: before the act's own words, or those outside its clause.
KnownScope = Literal["before", "outside"]


def known_act(tokens: Sequence[Tok], clause: tuple[int, int], first: int) -> KnownScope | None:
    """Step 12: whether the trigger at token `first` (its clause `clause`) refers to an
    act as known in a story about what followed, and which timexes are then the
    aftermath's: those before it when a preposition of answer or of toll brings it in
    ("said Friday in response to U.S. missile attacks", "figures as of Monday for the dead
    in the bombings"); those outside its clause when it is told in a relative clause
    ("talks that were interrupted by the car bombing", "the components of the bomb that
    exploded in Nairobi"); else None."""
    if tokens[first].lower.endswith(_PERSON_ENDINGS):
        return None
    opening = _noun_opening(tokens, first) if not _told_by_verb(tokens, first) else None
    if opening is not None:
        k, definite = opening
        word, before = tokens[k].lower, tokens[k - 1].lower if k > 0 else ""
        if (
            word in _ANSWERING
            or (word in _ANSWERING_AFTER and before in _RESPONSE_WORDS)
            or (word in _TOLL_AFTER and _toll_before(tokens, k))
        ):
            return "before"
        relative = any(_relative_pronoun(tokens, j) for j in range(clause[0], k))
        return "outside" if definite and relative and word in _IN_RELATIVE else None
    return "outside" if _relative_on_known_thing(tokens, first) else None


def _toll_before(tokens: Sequence[Tok], k: int) -> bool:
    """Step 12: a word for the act's toll right before the preposition at token `k`."""
    if k < 1:
        return False
    word = tokens[k - 1].lower
    nominal = k >= 2 and tokens[k - 2].lower in _NOMINAL_BEFORE
    return word in _TOLL_WORDS or (word in _HARMED and nominal)


def _told_by_verb(tokens: Sequence[Tok], first: int) -> bool:
    """Step 12: a past form among the trigger's first words: the act is told by its verb
    ("after Pakistan handed over a suspect", "after gunmen shot two guards"), not named
    as a known thing ("after the Nairobi bombing")."""
    words = [t.lower for t in tokens[first : first + _KNOWN_MODIFIERS]]
    return any(word.endswith("ed") or word in _IRREGULAR_PAST for word in words)


def _noun_opening(tokens: Sequence[Tok], first: int) -> tuple[int, bool] | None:
    """Step 12: the index of the preposition before the noun phrase that ends at token
    `first` (up to three modifiers, perhaps a definite determiner: "by the car bombing",
    "to U.S. missile attacks") and whether the phrase is definite; None when no
    preposition opens it or it is indefinite ("following a grenade attack")."""
    k = first - 1
    while k >= 0 and first - 1 - k < _KNOWN_MODIFIERS and _modifier(tokens, k):
        k -= 1
    definite = k >= 0 and tokens[k].lower in _DEFINITE
    if definite:
        k -= 1
    if k < 0:
        return None
    word = tokens[k].lower
    prepositions = _ANSWERING | _ANSWERING_AFTER | _TOLL_AFTER | _IN_RELATIVE
    return (k, definite) if word in prepositions else None


def _relative_on_known_thing(tokens: Sequence[Tok], first: int) -> bool:
    """Step 12: the trigger opens a relative clause on a definite thing that a preposition
    brings in ("the components of the bomb that exploded in Nairobi")."""
    k = first - 1
    while k >= 0 and first - k <= 2 and tokens[k].lower in _AUXILIARIES:
        k -= 1
    if k < 1 or tokens[k].lower not in _THING_RELATIVES or not _relative_pronoun(tokens, k):
        return False
    thing = tokens[k - 1].lower
    if not thing.isalpha() or thing.endswith("s"):
        return False  # people or several things ("the guerrilla columns that attacked")
    opening = _noun_opening(tokens, k)
    return opening is not None and opening[1]


def _relative_pronoun(tokens: Sequence[Tok], k: int) -> bool:
    """Step 12: "who", "which", or a "that" after a noun ("talks that were
    interrupted"), not one that a verb of saying or a past form shortly before opens as
    its object ("asserted today that one guerrilla was killed")."""
    word = tokens[k].lower
    if word not in RELATIVE_PRONOUNS:
        return False
    if word != "that":
        return True
    before = [t.lower for t in tokens[max(0, k - _THAT_REACH) : k]]
    return bool(before) and not any(w.endswith("ed") or w in _SAYING_VERBS for w in before)


def _modifier(tokens: Sequence[Tok], k: int) -> bool:
    """Step 12: a word that may modify the act's noun ("car", "U.S.", "Tanzania")."""
    word = tokens[k]
    if word.text == ".":
        return k > 0 and "." in tokens[k - 1].text  # "U.S."
    lower = word.lower
    if lower in _DEFINITE | _INDEFINITE | RELATIVE_PRONOUNS | _AUXILIARIES | _CONJUNCTIONS:
        return False
    if lower in _ANSWERING | _ANSWERING_AFTER | _TOLL_AFTER | _IN_RELATIVE:
        return False
    if word.text[:1].isdigit() or lower.endswith(("ed", "ing")):
        return False  # a count ("over 30 bomb attacks"), a verb ("after having initiated")
    return word.text.replace(".", "").replace("-", "").replace("'", "").isalnum()


def _aftermath_timexes(
    tokens: Sequence[Tok],
    scope: KnownScope,
    dated: Sequence[TimexMention],
    first: int,
    clause: tuple[int, int],
    text: str,
) -> list[TimexMention]:
    """Step 12: the timexes that date a known act: those inside its own noun phrase
    ("in Friday's bombing") or after it in its clause with no verb between ("the bombing
    on Aug. 7"; not "suspects in the bombing were flown to Paris on Tuesday"), and for an
    act in a relative clause any other in that clause, from its pronoun on."""
    c_end = tokens[clause[1] - 1].end
    pronouns = [t.start for t in tokens[clause[0] : first] if t.lower in RELATIVE_PRONOUNS]
    relative = pronouns[-1] if scope == "outside" and pronouns else None
    own = [
        t
        for t in dated
        if (relative is not None and relative <= t.evidence.start < c_end)
        or (
            tokens[first].start <= t.evidence.start
            and not _verb_between(tokens, first, t.evidence.start)
        )
    ]
    return own + [t for t in dated if t not in own and _premodifies(tokens, t, first, text)]


def _verb_between(tokens: Sequence[Tok], first: int, offset: int) -> bool:
    """Step 12: a new predicate between the act's word and `offset`, whose timex is not
    the act's: an auxiliary or finite verb ("suspects in the bombing were flown to Paris
    on Tuesday"), a verb of saying ("..., a newspaper reported Friday") or a comma and a
    conjunction ("..., and on Friday police raided a house"); an adjective in "-ed" or an
    appositive is no predicate ("the assassination of X, minister of the presidency, by
    guerrillas early this morning", "the killing of an unarmed man on Thursday")."""
    between = [t for t in tokens[first + 1 :] if t.end <= offset]
    if any(t.lower in _AUXILIARIES | _FINITE | CUE_WORDS for t in between):
        return True
    return any(a.text == "," and b.lower in _CONJUNCTIONS for a, b in pairwise(between))


def _before_aftermath(
    reports: Sequence[TimexMention], offset: int, anchor: str | None, settled: bool
) -> Dated:
    """Step 12: a known act with no date of its own words lies in the month up to the
    day of the sentence that refers to it (its timex nearest before the act, else the
    publication date), inferred; `settled` (no story day replaces it) when its sentence
    tells the aftermath's day or the act describes a thing or another act by a relative
    clause ("the bomb that exploded in Nairobi"); otherwise the story's day still dates
    it ("After the battle, they fled" in a story of that battle)."""
    pick, report = _report_day(reports, offset, anchor)
    if report is None:
        return Dated(None, 0, settled=settled)
    evidence = pick.evidence if pick is not None else None
    window = EventDate(_iso(report - _KNOWN_WINDOW), _iso(report), "month", evidence, inferred=True)
    return Dated(window, 0, settled=settled)


#: step 13: how many words may stand between a reporting verb told after the act and
#: the day of the report ("officials said as dawn broke Saturday", "said in a statement
#: on Saturday").
_REPORT_GAP = 4


def _report_after(tokens: Sequence[Tok], timex: TimexMention, first: int) -> bool:
    """Step 13: whether the timex is the day of a report told after the act at token
    `first`, past a comma ("At least 82 were killed and 1,700 injured, officials said as
    dawn broke Saturday"): it dates the report, not the act."""
    cues = [
        t.i
        for t in tokens
        if first < t.i and t.lower in REPORT_CUES and t.end <= timex.evidence.start
    ]
    if not cues:
        return False
    cue = cues[-1]
    gap = [t for t in tokens if tokens[cue].end <= t.start and t.end <= timex.evidence.start]
    if len(gap) > _REPORT_GAP or any(not t.text[:1].isalnum() for t in gap):
        return False
    return any(t.text == "," for t in tokens[first:cue])


def _by_report(report: TimexMention) -> Dated:
    """Step 13: an act dated only by the report told after it lies on the report's day
    or the day before, inferred and settled."""
    day = _day(report.interval.end) if report.interval is not None else None
    if day is None:
        return Dated(None, 0)
    window = EventDate(
        _iso(day - timedelta(days=1)), _iso(day), "week", report.evidence, inferred=True
    )
    return Dated(window, 0, settled=True)


#: a count whose period a timex names ("the 41st in Bogota during this month", "the
#: third such attack this year"): the ordinal, and how far before the timex it may stand.
_ORDINAL = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|latest)$",
    re.IGNORECASE,
)
_COUNT_REACH = 5


def _counted_period(tokens: Sequence[Tok], timex: TimexMention) -> bool:
    """Whether the timex is the current period over which an ordinal counts the act
    ("The dynamite attack, the 41st in Bogota during this month, occurred ..."): it dates
    the count, and the act's day is told (or inferred) elsewhere."""
    if not timex.evidence.text.lower().startswith("this "):
        return False
    before = [t for t in tokens if t.end <= timex.evidence.start][-_COUNT_REACH:]
    for tok in reversed(before):
        if not tok.text[:1].isalnum() or tok.lower in _PARTS_OF_TIME:
            return False  # "during the first few days of this year": a part of the period
        if _ORDINAL.match(tok.text):
            return True
    return False


#: words that make an ordinal name a part of a period, not a count of acts.
_PARTS_OF_TIME = frozenset(
    {"day", "days", "week", "weeks", "month", "months", "half", "quarter", "hours", "time"}
)


#: step 7: the units of a short wait before "later" ("Hours later, the group said its
#: fighters had fired rockets"): the act follows the one told before, its past perfect
#: is the tense of reported speech, not a long-past act.
_SHORT_WAITS = frozenset({"hours", "minutes", "moments", "shortly", "soon"})


def _shortly_after(tokens: Sequence[Tok], first: int) -> bool:
    """Step 7: "<hours|minutes|moments> later", "shortly after," or "soon afterwards"
    stands before the trigger at `first` in its sentence, with no year before it ("Soon
    after the war began in 2006, Hezbollah said its fighters had ..." is a long-past act)."""
    for k in range(first - 1, 0, -1):
        if tokens[k].text in {".", ";"}:
            return False
        word, wait = tokens[k].lower, tokens[k - 1].lower
        if wait not in _SHORT_WAITS:
            continue
        told_alone = word == "later" or (
            word in {"after", "afterwards"} and tokens[k + 1].text in {",", "."}
        )
        if told_alone and not any(_YEAR.fullmatch(t.text) for t in tokens[k:first]):
            return True
    return False


def _past_perfect(tokens: Sequence[Tok], first: int) -> bool:
    """ "had attacked", "had been killed", "had already been shot"."""
    for k in range(first - 1, max(-1, first - 1 - _PERFECT_REACH), -1):
        if tokens[k].text in _PERFECT_BREAKS:
            return False
        if tokens[k].lower in {"had", "'d"}:
            return True
    return False


def _before_report(
    told: Told, reports: Sequence[TimexMention], offset: int, anchor: str | None
) -> Dated:
    """Step 7: the act told with no date of its own lies before its report: the window
    up to the report's day (the reporting verb's timex nearest before the trigger, else
    the publication date), a year for a long-past act, a week for a plain report, never
    the report's day alone; inferred, with the report's words as evidence."""
    pick, report = _report_day(reports, offset, anchor)
    if report is None:
        return Dated(None, 0, settled=True)
    # a past perfect reported on a stated day ("the group said on Saturday it had
    # captured Lashio") backshifts the speaker's "we captured": news of that day's week,
    # not an act long past, which an undated report may still recall
    long_before = told.long_before and not (told.backshift and _single_day(pick))
    window = _LONG_BEFORE if long_before else _SHORTLY_BEFORE
    precision: Precision = "year" if long_before else "week"
    evidence = pick.evidence if pick is not None else None
    event_date = EventDate(_iso(report - window), _iso(report), precision, evidence, inferred=True)
    return Dated(event_date, 0, settled=told.long_before or pick is not None)


def _single_day(timex: TimexMention | None) -> bool:
    """Step 7: the report's timex names one day ("on Saturday", "on Aug. 3")."""
    interval = timex.interval if timex is not None else None
    return interval is not None and interval.start[:10] == interval.end[:10]


def _report_day(
    reports: Sequence[TimexMention], offset: int, anchor: str | None
) -> tuple[TimexMention | None, date | None]:
    """Step 7: the report's timex nearest before `offset` and its day, else no timex and
    the publication day."""
    before = [t for t in reports if t.evidence.start < offset and t.interval is not None]
    pick = max(before, key=lambda t: t.evidence.start) if before else None
    report = _day(pick.interval.end) if pick is not None and pick.interval else None
    if report is None:
        report = _day(anchor) if anchor else None
    return pick, report


def _against_report(
    told: Told,
    timexes: Sequence[TimexMention],
    reports: Sequence[TimexMention],
    sentence: tuple[int, int],
    anchor: str | None,
) -> list[TimexMention]:
    """Step 7: a relative period of the act that nothing resolved ("said on Monday, 20
    October, that the government launched an attack last week" with no publication
    date) is resolved against the report's day: a stated period beats the window."""
    _, report = _report_day(reports, sentence[1], anchor)
    if report is None:
        return []
    resolved = []
    for timex in timexes:
        start = timex.evidence.start
        if timex.interval is None and sentence[0] <= start < sentence[1] and told.holds(start):
            again = find_timexes(timex.evidence.text, _iso(report))
            if again and again[0].interval is not None:
                resolved.append(replace(timex, value=again[0].value, interval=again[0].interval))
    return resolved


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
    if _REASONS & set(words[-2:]):
        return None  # "because on 25 March the police arrested ...": the reason's day
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
    told = event_date.evidence.text
    if _YEAR.search(told):
        return event_date  # the year is stated: keep what the text says
    if not _CALENDAR_DAY.search(told) or _AHEAD.search(told):
        return event_date  # "next Tuesday", "next week": ahead of the report by its own words
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
    before = _bound_word(tokens, pick)
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
    if _is_bare_overnight(pick) and end_day is not None:
        return EventDate(interval.start, _iso(end_day + timedelta(days=1)), "week", pick.evidence)
    return EventDate(interval.start, interval.end, interval.precision, pick.evidence)


def _is_bare_overnight(timex: TimexMention) -> bool:
    """Whether a timex is a bare "overnight": the night before the day the story has
    reached, which runs past midnight into that day ("stormed the town overnight,
    officials said on Monday" lies on Sunday or Monday)."""
    return timex.type == "TIME" and timex.evidence.text.lower() == "overnight"


def _bound_word(tokens: Sequence[Tok], timex: TimexMention) -> str | None:
    """Step 2: the word before a timex, "ahead" for "ahead of" and "on the eve of"
    ("ahead of next Tuesday's primary", "on the eve of Friday's vote")."""
    before = _word_before(tokens, timex.evidence.start)
    if before == "of" and _word_before(tokens, _start_of(tokens, "of", timex.evidence.start)) in {
        "ahead",
        "eve",
    }:
        return "ahead"
    return before


def _coming_bound(tokens: Sequence[Tok], timex: TimexMention, anchor: str | None) -> bool:
    """Step 2: a day still ahead of the report that an act not told as a plan came
    before ("was holding his rally ahead of next Tuesday's primary"): it bounds the act
    from above, past the report, and gives it no date ("will march ahead of next
    Tuesday's primary" keeps the month up to it)."""
    start, pub = (_day(timex.interval.start) if timex.interval else None), _day(anchor or "")
    if start is None or pub is None or start <= pub:
        return False
    if _bound_word(tokens, timex) not in {"before", "ahead"}:
        return False
    told_before = [t for t in tokens if t.end <= timex.evidence.start]
    return not any(t.lower in _PLANNED or t.lower in _PLANS for t in told_before)


#: step 2: words that tell an act as a plan, besides those of step 11 ("plan to march").
_PLANS = frozenset({"plan", "plans", "planning", "going", "intend", "intends", "'ll"})

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


#: step 4: subordinators that open a clause of reason, which tells an act of its own.
_REASONS = frozenset({"because"})


def _in_reason(tokens: Sequence[Tok], timex: TimexMention, first: int) -> bool:
    """Step 4: whether the timex sits in a clause of reason told after the trigger at
    token `first` ("an attack because on 25 March the police arrested nine
    traffickers"); the acts of that clause itself ("arrested") keep its day."""
    at = next((t.i for t in tokens if t.start >= timex.evidence.start), None)
    if at is None:
        return False
    lo, _ = clause_bounds(list(tokens), at)
    return tokens[lo].lower in _REASONS and first < lo


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
