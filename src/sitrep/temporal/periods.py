"""Resolution of periods, spans of time and frequencies (the second half of the resolvers).

1. quarter    "the third quarter" is the latest third quarter begun by the anchor, and so
              is "the September quarter" (the quarter that ends in September) and "the
              October-December period" (its three months named); but a
              quarter not yet begun in a clause that speaks of the future is this
              year's ("expects to return to profit in the fourth quarter" in an August
              story), while one already begun stays ("expects to report third-quarter
              net" in October), and so does one whose results are yet to be reported
              when its last such quarter ended lately ("will report fourth-quarter
              results next week" in March is last year's: `_results_to_report`);
              "the latest quarter" the last completed one; "year-earlier" a year before it;
              "the 1988 period" the quarter the story reports (the last one named);
              in a clause that reports a longer period ("For the nine months, net rose
              from $227 million a year earlier", "the first half", "the fiscal year") a
              year-ago comparison is that period a year back, valued by its year ("1988");
   "the first half of 2012" / "the second half of last year" is that half (2012-H1:
              January..June; the year named from the anchor's when not written out);
              a bare "the first half" in a sentence that reports figures is the half
              its clause's tense points at (`_bare_half_year`), where the present
              perfect includes the half still running ("demand has slowed in the
              second half" in a September story: this year's; `tense.present_perfect`);
2. measure    a count and a unit: with "ago"/"later"/"earlier" a DATE at the unit's
              granularity ("a year ago" in a story reporting a quarter: that quarter a
              year before), decades counted as years ("a decade ago" in 2009 is the
              year 1999, as TimeBank writes it and as "ten years ago" is, not the
              1990s) (hedged counts, "little less than a month ago", give a one-unit
              window of a week around the point); hours, minutes or seconds "ago" or
              "from now" are a point too, the publication time moved by the count: a
              TIME at the hour when the anchor carries a clock, else the day it lands
              on ("48 hours ago" two days before; `_clock_point`); otherwise a
              DURATION ("P3Y", "P11D", "a day-long meeting" P1D, "a decade-long war"
              P10Y, "weeks-long" PXW, "half a century" P50Y, "the year-earlier nine
              months" P9M; "three days later than planned", a delay, P3D); a vague
              count "ago" is a vague past point ("several years ago" PAST_REF, "some
              weeks from now" FUTURE_REF), and "one day" after a modal some future
              time ("Islam will one day be...": FUTURE_REF).
3. vague      "days after", "just days before": a DURATION whose interval is the recent
              past ending at the anchor (a week for days, two months for weeks...);
              "for years", "in minutes", "lasted hours": the unit alone, count unknown;
              "for a while", "for some time": PXX, neither count nor unit known.
4. set        "every week" P1W, "daily" P1D, "twice a year" P1Y, "each July" XXXX-07,
              "every summer" XXXX-SU, "Fridays" XXXX-WXX-5, "Tuesday nights"
              XXXX-WXX-2TNI.
5. decade     "the 1990s", "the nineties": 199 (TimeML writes a decade as its first three
              digits), interval 1990..1999.
6. year       "2019" unless it counts something ("about 1500 troops", "2000 people")
              or ends a name ("the Russell 2000 index", "Windows 2000");
              a split year ("the 2012-13 season", "fiscal 1998/99") is the year it
              begins in, its interval both years;
              a clipped year ("since '82") is the latest such year by the anchor's.
(References, "the year" and spoken years resolve in `sitrep.temporal.references`.)
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from sitrep.numbers.words import parse_number
from sitrep.temporal import calendar as cal
from sitrep.temporal import tense
from sitrep.temporal.grammar import month_number
from sitrep.temporal.resolve import (
    PUBLICATION,
    Context,
    Resolved,
    _unresolved,
    duration_value,
    shifted,
    unit_of,
)
from sitrep.temporal.seasons import season_code

_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4, "final": 4}  # fmt: skip
_FEW = ("a few", "several", "many", "some", "few")
_COUPLE = ("a couple of", "couple of")  # two, as TimeBank counts them: P2Y


def quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["ago"]:
        return _period_ago(m, ctx)
    if m["py"]:  # "the 1988 third quarter", "the 1988 period": the quarter being reported
        word = (m["pord"] or "").lower()
        number = _ORDINAL.get(word) or (int(ctx.quarter[-1]) if ctx.quarter else 0)
        year = int(m["py"])
        if not number or (not word and reports_longer_period(ctx.text, m.start())):
            return Resolved("DATE", f"{year:04d}", cal.year_interval(year))
        return Resolved("DATE", f"{year}-Q{number}", cal.quarter_interval(year, number))
    if m["q"]:
        number, year_text = int(m["q"][1]), m["qy"]
    elif m["qmonth"] or m["qperiod"]:
        # "the September quarter": the quarter that ends in (holds) September; "the
        # October-December period": the quarter of those three months
        last_month = m["qmonth"] or re.split(r"[-–]", m["qperiod"])[-1]
        number, year_text = ((month_number(last_month) or 1) - 1) // 3 + 1, None
    else:
        word = (m["ord"] or "").lower()
        if not word and not m.group(0).lower().startswith(("the", "this", "last", "next")):
            return None
        number, year_text = _ORDINAL.get(word, 0), m["y"]
    if year_text:
        year = int(year_text)
        if number == 0:
            return None
        return Resolved("DATE", f"{year}-Q{number}", cal.quarter_interval(year, number))
    if ctx.anchor is None:
        return _unresolved()
    word = (m["ord"] or "").lower()
    named_year = m["own"] or m["oy"] or ("last" if m["back2"] else None)
    if number and named_year:  # "the first quarter of last year", "next year's first quarter"
        year = ctx.anchor.year + _YEAR_SHIFT[named_year.lower()]
    elif number:  # the latest such quarter begun by the anchor, or the one to come
        year = ctx.anchor.year
        first = cal.make_date(year, 3 * number - 2, 1)
        if first is None:
            return _unresolved()
        if first > ctx.anchor and (
            tense.lean(ctx.text, m.start(), m.end()) <= 0
            or _results_to_report(ctx, m, cal.make_date(year - 1, 3 * number, 28))
        ):
            year -= 1
    elif word == "current":
        year, number = ctx.anchor.year, (ctx.anchor.month - 1) // 3 + 1
    else:
        year, number = cal.last_completed_quarter(ctx.anchor)
        if word in ("year-earlier", "year-ago") or m["back2"]:
            year -= 1
        elif named_year:
            year = ctx.anchor.year + _YEAR_SHIFT[named_year.lower()]
    return _quarter_resolved(year, number)


_YEAR_SHIFT = {"this": 0, "last": -1, "next": 1}


#: what names a reported period longer than a quarter: "the (first) nine months", "the
#: six months", "the first half", "the fiscal/full year", "the year ended Sept. 30".
_LONGER_PERIOD = re.compile(
    r"\b(?:six|nine)\s+months\b|\b(?:first|1st)\s+half\b|\b(?:full|fiscal|entire|whole)\s+year\b"
    r"|\bthe\s+year\s+(?:ended|ending|to\s+date)\b|\byear\s+to\s+date\b",
    re.IGNORECASE,
)
#: how far back (characters) a sentence is searched for the period it reports.
PERIOD_REACH = 200


def reports_longer_period(text: str, start: int) -> bool:
    """Whether the clause before `start` reports a period longer than a quarter ("For
    the nine months, net rose 5% from a year earlier"): a year-ago comparison in it is
    with that period a year back, valued by its year, not with the quarter."""
    return bool(_LONGER_PERIOD.search(tense.clause_before(text, start, PERIOD_REACH)))


#: a report of a quarter's results to come: a verb of reporting just before the quarter
#: and its results just after ("will report fourth-quarter results on Tuesday").
_REPORTING_BEFORE = re.compile(
    r"\b(?:report|release|post|announce|publish)(?:s|ing)?\s+(?:its\s+|their\s+|the\s+)?$",
    re.IGNORECASE,
)
_RESULTS_AFTER = re.compile(r"[-\s]*(?:results|earnings|figures)\b", re.IGNORECASE)
#: how long after a quarter ends its results may still be awaited (days).
REPORTING_LAG = 100


def _results_to_report(ctx: Context, m: re.Match[str], last_end: date | None) -> bool:
    """Whether the quarter is one whose results are yet to be reported and whose last
    such quarter ended lately (by `last_end`, its last month's end near enough): then the
    report awaited is of that one ("will report fourth-quarter results next week" in a
    March story is last year's fourth quarter, not this year's, which has not begun)."""
    if ctx.anchor is None or last_end is None:
        return False
    reporting = _REPORTING_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
    results = _RESULTS_AFTER.match(ctx.text, m.end())
    return bool(reporting and results) and 0 <= (ctx.anchor - last_end).days <= REPORTING_LAG


def _year_before_reported(ctx: Context) -> Resolved:
    """The year before the one the story reports (the last quarter named, else the
    anchor's year)."""
    if ctx.quarter:
        reported = int(ctx.quarter[:4])
    elif ctx.anchor is not None:
        reported = ctx.anchor.year
    else:
        return _unresolved()
    span = cal.year_interval(reported - 1)
    return Resolved("DATE", f"{reported - 1:04d}" if span else None, span, PUBLICATION)


def _quarter_resolved(year: int, number: int) -> Resolved:
    span = cal.quarter_interval(year, number)
    return Resolved("DATE", f"{year}-Q{number}" if span else None, span, PUBLICATION)


def half(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the first half of 2012", "the first two quarters of 2012" -> 2012-H1; "the last
    two quarters of last year", "the second half of last year", "the latter
    half of the year", "the first half last year" -> a half of the year named from the
    anchor's; a bare "the first half" -> the half its clause's tense points at, when its
    sentence reports figures (`_bare_half_year`)."""
    number = 1 if (m["which"] or m["quarters"] or m["bare"]).lower() in ("first", "1st") else 2
    if m["y"]:
        year, anchor = int(m["y"]), None
    elif ctx.anchor is None:
        return _unresolved()
    elif m["bare"]:
        if not _reports_figures(ctx.text, m.start(), m.end()):
            return None  # "scored twice in the first half"
        year, anchor = _bare_half_year(ctx.anchor, _half_lean(ctx.text, m), number), PUBLICATION
    else:
        year = ctx.anchor.year + _YEAR_SHIFT.get((m["rel"] or m["after"] or "this").lower(), 0)
        anchor = PUBLICATION
    span = cal.half_interval(year, number)
    return Resolved("DATE", f"{year:04d}-H{number}" if span else None, span, anchor)


#: words of business and economic reporting: a sentence with one of them speaks of a
#: half of the (fiscal) year when it says "the first half", not of a match or a book.
_FIGURES = re.compile(
    r"\b(?:profits?|revenues?|sales|earnings|income|loss(?:es)?|growth|econom(?:y|ies)|GDP"
    r"|output|inflation|exports?|imports?|demand|margins?|results|dividends?|shares|stocks?"
    r"|prices|unemployment|deficit|budget|turnover|orders|production|investments?|bookings"
    r"|fiscal|quarters?|percent|per\s+cent|billion|million|deliveries|shipments)\b|%|[$€£¥]",
    re.IGNORECASE,
)
#: words of sport, where a half is one of a match's.
_SPORT = re.compile(
    r"\b(?:goals?|scor(?:ed|es|ing)|minutes?|match(?:es)?|games?|penalty|striker|half[-\s]?time"
    r"|kick(?:ed)?|touchdowns?|points|coach|team|referee|fans|stadium)\b",
    re.IGNORECASE,
)
#: how far (characters) either side of a bare half its sentence is read.
FIGURES_REACH = 200


def _reports_figures(text: str, start: int, end: int) -> bool:
    """Whether the sentence around start..end reports business or economic figures."""
    sentence = tense.clause_before(text, start, FIGURES_REACH) + tense.clause_after(
        text, end, FIGURES_REACH
    )
    return bool(_FIGURES.search(sentence)) and not _SPORT.search(sentence)


def _half_lean(text: str, m: re.Match[str]) -> int:
    """The lean of a bare half's clause (`tense.lean`), where the present perfect counts
    as no lean: "demand has slowed in the second half" in a September story speaks of
    the half still running, not of last year's."""
    if tense.present_perfect(text, m.start(), m.end()):
        return 0
    return tense.lean(text, m.start(), m.end())


def _bare_half_year(anchor: date, lean: int, number: int) -> int:
    """The year of a bare "the first (second) half", by its clause's tense: the past the
    latest such half over by the anchor ("profit fell in the first half" in an August
    story: this year's; in a March one: last year's), the future the first one not over
    ("sales should recover in the second half"), no cue the latest begun."""
    for year in (anchor.year + 1, anchor.year, anchor.year - 1):
        span = cal.half_interval(year, number)
        if span is None or span.start > anchor.isoformat():
            continue  # not begun: a candidate only for the future
        if lean < 0 and span.end >= anchor.isoformat():
            continue  # still running: the past means the one before
        if lean > 0 and span.end < anchor.isoformat():
            return year + 1  # over: the future means the next one
        return year
    return anchor.year


def _period_ago(m: re.Match[str], ctx: Context) -> Resolved | None:
    """ "the latest quarter", "the year-earlier period", "the same period last year": the
    last completed quarter, or the year before it when the words look a year back; "the
    same month last year" likewise for the month last named, and "the same period" for
    the month last named as a whole when no quarter was named after it."""
    word = m["ago"].lower()
    named = re.search(r"quarter|period|month", m.group(0), re.IGNORECASE)
    if word in ("latest", "same", "comparable", "corresponding") and not named:
        return None
    if ctx.anchor is None:
        return _unresolved()
    back = word.startswith("year") or word == "comparable" or m["back"] is not None
    monthly = ctx.period_month is not None and word in ("same", "comparable", "corresponding")
    if m["samemonth"] or monthly:  # "the same month a year ago": the month named, a year back
        base = (ctx.period_month if monthly else ctx.month_base) or ctx.anchor
        if word == "latest":
            base = cal.add_months(ctx.anchor, -1) or ctx.anchor
        year = base.year - 1 if back else base.year
        span = cal.month_interval(year, base.month)
        value = f"{year:04d}-{base.month:02d}" if span else None
        return Resolved("DATE", value, span, PUBLICATION)
    if back and reports_longer_period(ctx.text, m.start()):
        return _year_before_reported(ctx)
    year, number = cal.last_completed_quarter(ctx.anchor)
    return _quarter_resolved(year - 1 if back else year, number)


def _count(text: str) -> int | None:
    text = re.sub(r"\s+", " ", text.lower())
    if text in _COUPLE:
        return 2
    return None if text in _FEW else parse_number(text)


#: a comparison after "later"/"earlier": the count measures a delay ("three days later
#: than planned").
_THAN = re.compile(r"\s+than\b", re.IGNORECASE)


def measure(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["halfa"]:  # "half a century": P50Y
        return Resolved("DURATION", _HALF_OF[m["halfunit"].lower()])
    if m["longunit"] or m["vagueunit"]:  # "decades-long", "several-year": a vague count
        return Resolved("DURATION", duration_value(None, unit_of(m["longunit"] or m["vagueunit"])))
    if m["oneunit"]:  # "day-long", "yearlong": one unit
        return Resolved("DURATION", duration_value(1, m["oneunit"].lower()))
    if m["adjunit"]:
        n = 1 if m["adjn"].lower() == "single" else parse_number(m["adjn"])
        return None if n is None else Resolved("DURATION", duration_value(n, m["adjunit"].lower()))
    n = _count(m["n"])
    vague = re.sub(r"\s+", " ", m["n"].lower()) in _FEW
    if (n is None and not vague) or _not_a_duration(m, ctx.text):
        return None
    unit = unit_of(m["unit"])
    if _some_future_day(m, ctx.text):
        return Resolved("DATE", "FUTURE_REF", anchor=PUBLICATION, span=m.span())
    direction = re.sub(r"\s+", " ", (m["dir"] or "").lower())
    if (m["half"] or m["half2"]) and n is not None:
        start = m.start("approx") if m["approx"] else m.start("n")
        return Resolved(
            "DURATION",
            _and_a_half(n, unit),
            span=(start, m.end("unit") if m["half"] else m.end("half2")),
        )
    compared = direction in ("later", "earlier") and _THAN.match(ctx.text, m.end())
    if compared or (direction in ("before", "after") and _object_follows(ctx.text, m.end())):
        # "two days after the attack", "three days later than planned" (a delay, no
        # point in time): TimeML keeps only the duration.
        return Resolved("DURATION", duration_value(n, unit), span=(m.start(), m.end("unit")))
    if n is None and direction in _VAGUE_POINT:  # "several years ago": a vague past point
        start = m.start("approx") if m["approx"] else m.start("n")
        return Resolved("DATE", _VAGUE_POINT[direction], anchor=PUBLICATION, span=(start, m.end()))
    if n is not None and unit in _CLOCK_UNITS and direction in _FROM_PUBLICATION:
        return _clock_point(ctx, -n if direction == "ago" else n, unit, (m.start(), m.end()))
    if not direction or n is None or unit in _CLOCK_UNITS:
        end = m.end("unit")
        start = m.start("approx") if m["approx"] else m.start("n")
        if m["lead"]:
            # "in the past two quarters" cites "the past two quarters"
            opener = re.match(r"(?:for|over|in|within)\s+", m["lead"], re.IGNORECASE)
            start = m.start("lead") + (opener.end() if opener else 0)
        return Resolved("DURATION", duration_value(n, unit), span=(start, end))
    backwards = direction in ("ago", "earlier", "before", "previously")
    year_back = unit == "year" and n == 1 and backwards and not m["approx"]
    if year_back and ctx.period_month and _names_month(ctx.text, m.start(), ctx.period_month):
        # monthly figures: "prices rose 7% in December from a year earlier" is that
        # December a year back
        month = ctx.period_month
        span = cal.month_interval(month.year - 1, month.month)
        value = f"{month.year - 1:04d}-{month.month:02d}" if span else None
        return Resolved("DATE", value, span, PUBLICATION)
    if year_back and ctx.quarter:
        if reports_longer_period(ctx.text, m.start()):
            return _year_before_reported(ctx)
        # earnings news: "up from $10 million a year ago" is the year-ago quarter
        year, number = int(ctx.quarter[:4]) - 1, int(ctx.quarter[-1])
        span = cal.quarter_interval(year, number)
        return Resolved("DATE", f"{year}-Q{number}" if span else None, span, PUBLICATION)
    if direction in ("ago", "from now", "hence"):
        base, anchor = ctx.anchor, PUBLICATION
    else:
        base, anchor = ctx.base(unit)
    if base is None:
        return _unresolved()
    resolved = _point(base, -n if backwards else n, unit, anchor)
    if m["approx"] and resolved.value is not None:
        return _hedged(resolved, base, n if not backwards else -n, unit, m["approx"].lower())
    return resolved


def _point(base: date, step: int, unit: str, anchor: str) -> Resolved:
    """The period `step` units from `base` at the unit's granularity; decades count as
    ten years ("two decades later" is a year, not a calendar decade)."""
    if unit == "decade":
        return shifted(base, 10 * step, "year", anchor)
    return shifted(base, step, unit, anchor)


_CLOCK_UNITS = {"second": 1, "minute": 60, "hour": 3600}
#: the directions that count from the publication date itself.
_FROM_PUBLICATION = ("ago", "from now", "hence")


def _clock_point(ctx: Context, n: int, unit: str, span: tuple[int, int]) -> Resolved:
    """ "48 hours ago", "30 minutes from now": the publication time moved by the count.
    With a publication time the point is a TIME at the hour ("2026-01-08T17"; at the
    minute for minutes and seconds); with a bare publication date it is the day the
    count lands on, whole days counted back from the anchor ("48 hours ago" two days
    before, "three hours ago" the anchor's own day), and its evidence the whole phrase."""
    seconds = n * _CLOCK_UNITS[unit]
    if ctx.clock is not None:
        try:
            point = ctx.clock + timedelta(seconds=seconds)
        except OverflowError:
            return _unresolved("TIME")
        if point.year < cal.MIN_YEAR or point.year > cal.MAX_YEAR:
            return _unresolved("TIME")
        value = point.strftime("%Y-%m-%dT%H" if unit == "hour" else "%Y-%m-%dT%H:%M")
        return Resolved("TIME", value, cal.day_interval(point.date()), PUBLICATION, span)
    if ctx.anchor is None:
        return Resolved("DATE", None, None, PUBLICATION, span)
    days = int(seconds / 86400)  # whole days, towards the anchor
    day = cal.add_days(ctx.anchor, days)
    if day is None:
        return Resolved("DATE", None, None, PUBLICATION, span)
    return Resolved("DATE", day.isoformat(), cal.day_interval(day), PUBLICATION, span)


#: a month named as a whole: its full name, not followed by a day ("in December").
_WHOLE_MONTH = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b(?!\s*\d)"
)


def _names_month(text: str, start: int, month: date) -> bool:
    """Whether the clause before `start` names `month` as a whole month ("in December",
    not "Dec. 13"): the period a year-ago comparison in it is made with."""
    clause = tense.clause_before(text, start, PERIOD_REACH)
    return any(month_number(word.group(0)) == month.month for word in _WHOLE_MONTH.finditer(clause))


#: a modal (perhaps with an adverb) before "one day": "Islam will one day be the second
#: largest religion" speaks of some future time, not of a span of a day.
_MODAL_BEFORE = re.compile(
    r"(?:\b(?:will|would|could|may|might|can|shall|should|must)|['’]ll)\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)


def _some_future_day(m: re.Match[str], text: str) -> bool:
    """Whether a bare "one day" after a modal is an unspecified future time."""
    if m["n"].lower() != "one" or m["unit"].lower() != "day" or m.group(0).lower() != "one day":
        return False
    return bool(_MODAL_BEFORE.search(text, max(0, m.start() - 24), m.start()))


#: a vague count of units from the publication date is a point TimeML values as a vague
#: past or future ("a few years ago", "some months from now").
_VAGUE_POINT = {"ago": "PAST_REF", "from now": "FUTURE_REF", "hence": "FUTURE_REF"}

_PREPOSITION = re.compile(
    r"\b(?:for|in|within|over|after|before|about|than|nearly|almost|around|of|only|just"
    r"|least|by|up\s+to|to|during|throughout|as|takes?|took|taking|lasts?|lasted|lasting|been"
    r"|spen[dt]s?|spending|waited|served|him|her|them|us|me)\s+$",
    re.IGNORECASE,
)


#: a word after "second" that makes it the ordinal ("a second attack", "second time").
_ORDINAL_SECOND = re.compile(
    r"[-\s]+(?!(?:and|or|in|of|to|before|after|later|earlier|ago|on|at|for|the)\b)[a-z]"
)


def _not_a_duration(m: re.Match[str], text: str) -> bool:
    """Ages ("52 years old", "15 years of age"), rates ("$2 a year", "700 seats a week"),
    years counted as quantities ("the 1988 quarter"), "a second" the ordinal ("for a
    second consecutive day"), "a quarter of" the fraction and a part of a unit ("half a
    year later") are no durations of whole units; a bare "a year" needs a preposition
    before it ("for a year"), unless a half follows ("a year and a half")."""
    after = text[m.end("unit") : m.end("unit") + 16]
    if re.match(r"\s+(?:old|of\s+age)\b", after):
        return True
    if text[max(0, m.start() - 5) : m.start()].lower() == "half ":
        return True
    if m["unit"].lower() == "second" and _ORDINAL_SECOND.match(after):
        return True
    if m["unit"].lower() == "quarter" and re.match(r"\s*,?\s*of\b", after):
        return m["n"].lower() in ("a", "an", "one")  # "about a quarter of its dealers"
    if re.fullmatch(r"1[6-9]\d\d|20\d\d", m["n"]):
        return True
    bare = not (m["lead"] or m["approx"] or m["dir"] or m["half"] or m["half2"])
    if bare and m["n"].lower() in ("a", "an"):
        return not _PREPOSITION.search(text[max(0, m.start() - 12) : m.start()])
    return False


#: "half a century" and the like, as TIMEX3 durations in whole units.
_HALF_OF = {"century": "P50Y", "decade": "P5Y", "year": "P6M", "day": "PT12H", "hour": "PT30M",
            "minute": "PT30S"}  # fmt: skip
_HALF = {"year": ("Y", "6M"), "month": ("M", "15D"), "day": ("D", "T12H")}
_HALF_TIME = {"hour": ("H", "30M"), "minute": ("M", "30S")}


def _and_a_half(n: int, unit: str) -> str:
    """ "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M; other units keep the whole count."""
    if unit in _HALF:
        letter, extra = _HALF[unit]
        return f"P{n}{letter}{extra}"
    if unit in _HALF_TIME:
        letter, extra = _HALF_TIME[unit]
        return f"PT{n}{letter}{extra}"
    return duration_value(n, unit)


def _object_follows(text: str, end: int) -> bool:
    rest = text[end : end + 3].lstrip(" ")
    return bool(rest) and (rest[0].isalnum() or rest[0] in "“\"'")


def _hedged(resolved: Resolved, base: date, n: int, unit: str, approx: str) -> Resolved:
    """A window around the point `n` units from `base`: "little less than a month ago"."""
    point = cal.add_months(base, n) if unit == "month" else None
    if unit in ("year", "decade"):
        point = cal.add_months(base, 12 * n * (10 if unit == "decade" else 1))
    elif unit in ("day", "week", "night"):
        point = cal.add_days(base, n * (7 if unit == "week" else 1))
    if point is None:
        return resolved
    width = {"day": 1, "night": 1, "week": 3, "month": 7}.get(unit, 90)
    lower, upper = point - timedelta(days=width), point + timedelta(days=width)
    towards = n < 0  # "less than N ago" lies between the point and the anchor
    if "less" in approx or "under" in approx or "fewer" in approx:
        lower, upper = (point, upper) if towards else (lower, point)
    elif "more" in approx or "over" in approx:
        lower, upper = (lower, point) if towards else (point, upper)
    precision = "day" if unit in ("day", "night") else "week" if unit != "year" else "month"
    span = cal.interval(lower, upper, precision)  # type: ignore[arg-type]
    return Resolved(resolved.type, resolved.value, span, resolved.anchor)


_VAGUE_WINDOW = {"hour": 1, "day": 7, "week": 60, "month": 365, "year": 3650, "decade": 36500}
_VAGUE_PRECISION = {"hour": "day", "day": "week", "week": "month", "month": "month"}


def vague(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["while"]:  # "for a while", "for some time": a span of unknown length and unit
        return Resolved("DURATION", "PXX", span=m.span("while"))
    for group in ("unit2", "unit3", "unit4", "unit5"):  # "for years", "lasted hours"
        if m[group]:
            unit = unit_of(m[group])
            return Resolved("DURATION", duration_value(None, unit), span=m.span(group))
    unit = unit_of(m["unit"])
    value = duration_value(None, unit)
    if ctx.anchor is None:
        return Resolved("DURATION", value, None, PUBLICATION)
    start = cal.add_days(ctx.anchor, -_VAGUE_WINDOW[unit])
    if start is None:
        return Resolved("DURATION", value, None, PUBLICATION)
    precision = _VAGUE_PRECISION.get(unit, "year")
    span = cal.interval(start, ctx.anchor, precision)  # type: ignore[arg-type]
    return Resolved("DURATION", value, span, PUBLICATION)


_ADVERBS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
            "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y",
            "hourly": "PT1H"}  # fmt: skip
_WEEKDAY_SET = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_PART_SET = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}


#: what makes "daily", "annually" the unit of a rate rather than a recurrence: an average
#: before it ("average daily volume") or a growth rate ("rise 8.5% annually", "grow 20
#: percent annually"); an amount produced each year stays a recurrence ("produces
#: 10,000 units annually").
_RATE_BEFORE = re.compile(r"(?:\baverage|\d\s*%|\d\s+percent)\s+$", re.IGNORECASE)


def frequency(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["adv"]:
        following = ctx.text[m.end() : m.end() + 2]
        if m["adv"][0].isupper() and following[:1] == " " and following[1:].isupper():
            return None  # a title: "Daily Mail", "Weekly Standard"
        if _RATE_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
            return None  # a rate's unit: "average daily volume", "rise 8.5% annually"
        return Resolved("SET", _ADVERBS[m["adv"].lower()])
    if m["times"]:
        return Resolved("SET", duration_value(1, unit_of(m["unit2"])))
    weekday = m["wds"] or m["ewd"]
    if weekday:  # "Fridays", "Tuesday nights", "every Friday night": each week's
        number = _WEEKDAY_SET.index(weekday.lower()) + 1
        part_word = (m["parts"] or "").lower().removesuffix("s") or (m["epart"] or "").lower()
        return Resolved("SET", f"XXXX-WXX-{number}{_PART_SET.get(part_word, '')}")
    if m["weekends"]:  # "closed on weekends"
        return Resolved("SET", "XXXX-WXX-WE")
    if m["smonth"]:  # "each July"
        return Resolved("SET", f"XXXX-{month_number(m['smonth']) or 0:02d}")
    if m["sseason"]:  # "every summer"
        return Resolved("SET", f"XXXX-{season_code(m['sseason'])}")
    word = m["unit"].lower()
    if word in _WEEKDAY_SET:
        return Resolved("SET", f"XXXX-WXX-{_WEEKDAY_SET.index(word) + 1}")
    if word in _PART_SET:
        return Resolved("SET", _PART_SET[word])
    if word == "season":
        return Resolved("SET", "P3M")

    count = m["n"]
    n = 2 if count and count.lower() == "other" else parse_number(count) if count else 1
    return Resolved("SET", duration_value(n, unit_of(word)))


_DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                 "eighties", "nineties")  # fmt: skip


#: a decade just named before a bare one, which makes it a decade too ("the 70s and 80s").
_AFTER_DECADE = re.compile(r"\d0['’]?s,?\s+(?:and|or|to|through)\s+$|\d0['’]?s\s*[-–]\s*$")


def decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["word"]:
        # "the nineties": the decade of the anchor's century, or of the last one if later
        offset = 10 * (_DECADE_WORDS.index(m["word"].lower()) + 2)
        century = (ctx.anchor.year if ctx.anchor else 2000) // 100 * 100
        start = century + offset
        if ctx.anchor is not None and start > ctx.anchor.year + 10:
            start -= 100
    elif m["y"]:
        start = int(m["y"])
    elif m["apos"] or m["the"] or _AFTER_DECADE.search(ctx.text, max(0, m.start() - 24), m.start()):
        # "the '90s", "the 70s", "the 70s and 80s"; a bare "80s" is an age
        short = int(m["yy"])
        start = 1900 + short if short >= 30 else 2000 + short
    else:
        return None
    span = cal.decade_interval(start)
    if span is None:
        return Resolved("DATE", None)
    return Resolved("DATE", f"{start // 10}", span)


_COUNT_BEFORE = re.compile(
    r"\b(?:about|nearly|some|over|than|least|up\s+to|around|approximately|almost|estimated"
    r"|total\s+of|additional|another|only|just|all)\s+$",
    re.IGNORECASE,
)
#: words that a number after them labels, not dates, in any case: documents and their
#: parts ("UN Security Council Resolution 1973", "resolution 2254", "Law 1448", "Article
#: 1999"), numbered ways and services ("Flight 1549", "Route 1990"), military units
#: ("Unit 8200") and product lines ("Windows 2000", "Office 2019", "model 1911"), and a
#: stock index ("the Russell 2000 index"). A year after them would need its own preposition
#: ("the resolution adopted in 2011").
_NAMED_BEFORE = re.compile(
    r"\b(?:resolutions?|law|decree|bill|article|chapter|section|paragraph|clause|item"
    r"|number|no\.|flights?|route|highway|bus|gate|platform|unit|regiment|battalion"
    r"|brigade|model|version|series|windows|office|russell)\s+$",
    re.IGNORECASE,
)
_COUNT_NOUNS = frozenset(
    re.split(
        r"\s+",
        "people troops soldiers men women children civilians fighters militants refugees "
        "families homes houses jobs workers employees members residents students cases deaths "
        "dollars euros pounds tonnes tons km kilometres kilometers miles metres meters feet "
        "barrels shares votes points units cars vehicles rockets missiles bombs aircraft "
        "prisoners detainees police officers personnel hostages victims patients",
    )
)


def year(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m["yy"]:  # "since '82": the latest such year by the anchor's decade
        short = int(m["yy"])
        now = ctx.anchor.year if ctx.anchor else 2029
        value = 2000 + short if 2000 + short <= now + 1 else 1900 + short
        return Resolved("DATE", f"{value:04d}", cal.year_interval(value))
    if not m["fiscal"]:
        before = ctx.text[max(0, m.start() - 20) : m.start()]
        if _COUNT_BEFORE.search(before) or _NAMED_BEFORE.search(before):
            return None
        following = re.match(r"\s+([a-z]+)", ctx.text[m.end() : m.end() + 24])
        if following and following.group(1) in _COUNT_NOUNS:
            return None
    value = int(m["y"])
    if m["split"]:  # "the 2012-13 season": the year it begins in, over both years
        if int(m["split"]) != (value + 1) % 100:
            return None  # "1998-99" is; "2010-12" (a range of years, a date) is not
        return Resolved("DATE", f"{value:04d}", cal.interval_years(value, value + 1))
    return Resolved("DATE", f"{value:04d}", cal.year_interval(value))
