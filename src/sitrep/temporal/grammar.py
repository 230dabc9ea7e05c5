"""The recognition grammar: one regular expression per kind of temporal expression.

Rules, in priority order (earlier wins when two matches have the same length; a longer
match always wins over a shorter one it overlaps):
1. iso           "2025-12-13", "2026-01-10T17:30"
2. numeric       "12/13/2025" (US order; "21/03/2013" day first, the only reading)
3. month_day     "Dec. 13", "December 13, 2025", "Jan 10–12", "Monday, Oct. 26" (a weekday
                 before a date joins it), "last Oct. 23", "the week of March 6" (that week)
4. day_month     "13 December 2025", "the 13th of December", "Tuesday 13 December"
   day_ordinal   "(on) the 25th": a day of the month the tense points at (a preposition
                 before it; nothing after it that it could count: "the 25th floor")
5. month_year    "December 2025", "late November 1998", "July last year", "October of next
                 year", "January nineteen ninety-seven" (a spoken year)
6. month         "December", "last November", "in May" (May/March need a cue word)
7. holiday       "New Year's Eve", "Christmas Day", "Thanksgiving", "Election Day" (US),
                 "Memorial Day", "Labor Day", "Good Friday", "Easter", "Boxing Day", "May
                 Day", "Ramadan", "Eid al-Fitr", "Ashura", "Black Friday", "Nowruz",
                 "Victory Day" (`sitrep.temporal.seasons` dates them); "Easter week",
                 "Christmas week": the ISO week holding the day
8. time          "5.30pm GMT", "12:30 p.m. Eastern Time", "17:30", "0800 local time",
                 "(at) 1400 hours", "noon", "noon ET", "midday", "4 in the morning", "3:30 in
                 the afternoon", "nine o'clock", "the
                 morning", "mid-afternoon", "overnight", "(in) morning trading", "at
                 dawn", "until nightfall" (daylight needs a preposition: "the dawn of an
                 era" is none)
                 (zones: `sitrep.temporal.clock`)
9. deictic       "today", "tonight", "yesterday", "this morning", "last night", "the day
                 before yesterday"
10. weekday      "Saturday", "last Friday", "Sunday night", "this coming Sunday", "the
                 previous Friday" (the one before the day last named)
11. chained      "the next day", "the following week", "that day", "that same (very)
                 day", "that quarter", "the
                 following spring", "the previous winter", "that summer"; "the day"
                 after a verb
                 or phrase that closes or counts a day ("ended the day", "later in the day",
                 "for the day"; also before a participle clause, "late in the day after
                 falling 250 points"), the day last named (market reports); "the month" and
                 "the week" likewise after "the end/beginning/start/middle of"; "later
                 in the week", "earlier in the month": the week (month) of the date
                 last named ("earlier in the year" is the anchor's year, `year_ref`);
                 "(closed higher) on the day" closing its clause; a unit counted in a
                 sequence, "for a second straight day", "the eighth day (of the siege)"
12. relative     "last week", "this year", "the past month", "next quarter", "last fall",
                 "this fiscal year" (the anchor's year, as "fiscal 2013" is 2013),
                 "the summer of 2014", "spring 2009", "the winter of nineteen ninety-four",
                 "this season", "the holiday season";
                 a bare season after a preposition, "in spring", "by autumn" (a bare
                 "fall" is mostly the verb)
13. quarter      "the third quarter", "third-quarter", "the latest quarter", "Q3", "the
                 September quarter", "the July-September quarter" (the quarter that ends
                 in September), "the October-December period" (a calendar quarter's
                 three months), "the first quarter of last year", "next year's first
                 quarter", "the same period last year", "the same month a year ago" (the
                 month last named, a year back; not "the quarter-to-quarter
                 comparison", a comparison of successive quarters); halves of a year
                 "the first half of 2012", "the second half of last year", "the first
                 two quarters of 1990" (1990-H1), "the first
                 half last year", and a bare "the first (second) half" where its
                 sentence reports figures
                 ("profit fell in the first half"; not "scored in the first half")
14. measure      "three years", "11 days", "a month ago", "little less than a month ago",
                 "the year-earlier nine months" (a span of nine months, a year back),
                 "two days later", "two-year", "the past two months", "2 1/2 years",
                 "a minute and a half", "single-day", "decades-long", "day-long",
                 "decade-long", "several-year", "multi-year" (an unspecified count),
                 "(it has been) a year", "a week or
                 so ago", "half a century" (not ages, "52 years
                 old", nor rates, "$2 a year")
15. vague        "days", "just days" (before "after/before/ago/following/leading up
                 to"), "for years", "several weeks",
                 "(the highest) in years", "(lost) in just minutes", "within weeks", "over
                 the years", "(after) months of (talks)", "(lasted) hours", "for days",
                 "for centuries", "(in the) years since", "for a while", "for some time"
16. set          "every week", "each season", "daily", "annually", "twice a year", "each
                 July", "every summer", "Fridays", "Tuesday nights", "every Friday night",
                 "(on/at) weekends"
17. decade       "the 1990s", "the '90s", "the 70s" (two digits bare only after "the"), "the
                 nineties"; century "the 20th century"
18. year         "2019", "fiscal 1989", "FY2016", "the year 2000", "mid-2011", "post-1959",
                 "pre-2003" (the year a prefix dates from or to; guards reject counts
                 and money); "since '82", "in '05" (a clipped year after a preposition);
                 a split year "2012-13", "1998/99" (the second the next year);
                 spoken years "nineteen ninety-six", "the year two thousand"
19. year_ref     "the year", "the fiscal year", "the full year", "year-end", "year's end",
                 "the decade", "the century" ("by the end of the decade")
20. reference    "now", "currently", "(for) the time being", "current" (before a noun),
                 "a later date" (FUTURE_REF), "recently", "recent", "at the time" (closing
                 its clause: PAST_REF), "(in) the past" (PAST_REF; not before a count:
                 "the past three summers", "the past two elections" are no past in general)
                 (before a noun: "the recent sale" is PAST_REF), "the future", "the near
                 term", "soon" (not "as soon as", "soon after"; a past clause drops it:
                 "he was soon released"); "recent weeks" / "coming months" / "the years
                 ahead" / "the years to come" are vague durations ("previously", "future
                 demand" are left out, and so are "formerly", "presently" and "at the
                 moment": TimeBank annotates too few of them for them to pay; ages,
                 "45-year-old", likewise: 1 of 36 in TimeBank)
Resolution of each rule lives in `sitrep.temporal.resolve`; modifiers ("early", "toward
the end of", "shortly before") and ranges ("between X and Y") in `sitrep.temporal.compose`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.numbers.words import NUMBER, WORD_NUMBER
from sitrep.temporal.zones import ZONE

MONTHS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip

_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?"
    r"|Dec(?:ember|\.)?)(?![a-z])"
)
#: a month name or its abbreviation, never the start of a longer word ("Mar." but not "mark")
MONTH_NAME = _MONTH
_MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
)
#: the first and last months of a calendar quarter ("October-December").
_QUARTER_MONTHS = (
    r"(?:Jan(?:uary|\.)\s*[-–]\s*March|April\s*[-–]\s*June|July\s*[-–]\s*Sept(?:ember|\.)?"
    r"|Oct(?:ober|\.)\s*[-–]\s*Dec(?:ember|\.))"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
_YEAR = r"\d{4}(?!\d)"
_DASH = r"\s*[-–—]\s*"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:morning|afternoon|evening|night)"
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?"
    r"|quarters?|years?|decades?|centur(?:y|ies))"
)
#: what makes "the past" an adjective, not the noun: a count after it ("the past three
#: summers", "in the past two elections"), which another rule times or nothing does.
_NOT_COUNTED = rf"(?!\s+(?:{NUMBER}|few|several|many|couple)\b)"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_HOLIDAY = (
    r"(?:New\s+Year(?:['’]s)?(?:\s+(?:Eve|Day))?|Christmas(?:\s+(?:Eve|Day))?"
    r"|Thanksgiving(?:\s+Day)?|Easter(?:\s+(?:Sunday|Day|Monday))?(?!\s+(?:Island|Rising|eggs?)\b)"
    r"|Good\s+Friday|Palm\s+Sunday|Independence\s+Day|Halloween|Election\s+Day"
    r"|Valentine['’]s\s+Day|Boxing\s+Day|Bastille\s+Day|May\s+Day|Armistice\s+Day"
    r"|Veterans['’]?\s+Day|Memorial\s+Day|Labor\s+Day|Columbus\s+Day|Presidents['’]?\s+Day"
    r"|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|Mother['’]s\s+Day|Father['’]s\s+Day"
    r"|St\.?\s+Patrick['’]s\s+Day|Ramadan|Eid(?:\s+(?:al|el|ul)[-\s](?:Fitr|Adha))?"
    r"|Black\s+Friday|Cyber\s+Monday|Ash\s+Wednesday|Maundy\s+Thursday|Pentecost|Ashura"
    r"|Remembrance\s+(?:Day|Sunday)|Anzac\s+Day|Canada\s+Day|Victory\s+Day"
    r"|Nowruz|Juneteenth)"
)
_APPROX = (
    r"(?:(?:a\s+)?little\s+(?:less|more)\s+than|(?:just\s+|slightly\s+)?(?:less|more|fewer)"
    r"\s+than|just\s+(?:over|under)|about|nearly|almost|around|roughly|some|approximately"
    r"|more\s+than|over|under|just|only|up\s+to|at\s+(?:least|most)"
    r"|no\s+(?:more|less|fewer)\s+than)"
)
_FEW = r"(?:a\s+few|(?:a\s+)?couple\s+of|several|many|some|few)"
#: a year said in words, as broadcast transcripts write it: "nineteen ninety-seven",
#: "twenty oh five", "twenty twelve" (not "May twenty-one", a day).
SPOKEN_YEAR = (
    r"(?:nineteen|twenty)[-\s]+(?:(?!(?:one|two|three|four|five|six|seven|eight|nine)\b)"
    rf"{WORD_NUMBER}|oh[-\s]\w+)"
)


@dataclass(frozen=True)
class Rule:
    """A named pattern; `priority` breaks ties between matches of equal length.

    A rule with a `trigger` (a cheap keyword pattern) is only tried in a window of
    `reach` characters around each trigger hit: its pattern has long optional prefixes
    that would be slow to try at every position of the text.
    """

    name: str
    pattern: re.Pattern[str]
    priority: int
    trigger: re.Pattern[str] | None = None
    reach: tuple[int, int] = (0, 0)


def _rules(*specs: tuple[str, str, int]) -> tuple[Rule, ...]:
    return tuple(
        Rule(name, re.compile(pattern, flags), index, *_TRIGGERS.get(name, (None, (0, 0))))
        for index, (name, pattern, flags) in enumerate(specs)
    )


_MONTH_HIT = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_UNIT_HIT = (
    r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur"
    r"|spring|summer|fall|autumn|winter|season)"
)
#: rule -> (trigger, (characters before, characters after) to try the rule in). Triggers
#: are lowercase and scanned once per text over its lowercased copy (`fold`): a
#: case-sensitive scan is several times faster than an IGNORECASE one. Rules that share
#: a trigger pattern share its scan.
_TRIGGERS: dict[str, tuple[re.Pattern[str], tuple[int, int]]] = {
    "iso": (re.compile(r"\d{4}-"), (0, 20)),
    "numeric": (re.compile(r"\d/"), (3, 10)),
    "month_day": (re.compile(_MONTH_HIT), (16, 30)),
    "day_month": (re.compile(_MONTH_HIT), (26, 20)),
    "day_ordinal": (re.compile(r"\d(?:st|nd|rd|th)\b"), (8, 12)),
    "month_year": (re.compile(_MONTH_HIT), (0, 40)),
    "month": (re.compile(_MONTH_HIT), (8, 20)),
    "holiday": (
        re.compile(
            r"new|christmas|thanksgiving|easter|independence|halloween|valent|election"
            r"|good\s+fri|palm\s+sun|boxing|bastille|may\s+day|armistice|veteran|memorial"
            r"|labor\s+day|columbus|presidents|martin\s+luther|mother|father|patrick|ramadan"
            r"|eid\b|black\s+fri|cyber\s+mon|ash\s+wed|maundy|pentecost|ashura|remembrance"
            r"|anzac|canada\s+day|victory\s+day|nowruz|juneteenth"
        ),
        (4, 40),
    ),
    "time": (
        re.compile(
            r"\d(?:[:.][0-5]\d|\s*[ap]\.?\s?m|\d{3}\s*(?:hours|hrs|local|\(?[a-z]))|noon|midnight"
            r"|midday|overnight|morning|afternoon|evening|dawn|daybreak|sunrise|first\s+light|dusk"
            r"|sunset|sundown|nightfall|o['’]clock"
        ),
        (30, 50),
    ),
    "deictic": (
        re.compile(r"today|tonight|yesterday|tomorrow|morning|afternoon|evening|night"),
        (16, 20),
    ),
    "weekday": (re.compile(r"day\b"), (20, 20)),
    "chained": (
        re.compile(
            r"day|morning|afternoon|evening|night|week|month|quarter|year|spring|summer|fall"
            r"|autumn|winter"
        ),
        (30, 30),
    ),
    "relative": (re.compile(_UNIT_HIT), (30, 30)),
    "measure": (re.compile(_UNIT_HIT), (60, 40)),
    "vague": (re.compile(_UNIT_HIT + r"|while|some\s+time"), (20, 20)),
    "set": (
        re.compile(
            r"every|each|per|once|twice|times|daily|weekly|monthly|annually|yearly"
            r"|hourly|nightly|quarterly|biweekly|days\b|day\s+(?:morn|after|even|nigh)|weekends"
        ),
        (30, 40),
    ),
    "decade": (re.compile(r"\d0['’]?s|ties\b"), (20, 4)),
    "year": (re.compile(r"\d{4}|['’]\d\d"), (20, 5)),
    "quarter": (
        re.compile(r"quarter|period|q[1-4]|year-|latest|same|comparable|corresponding"),
        (40, 40),
    ),
    "reference": (
        re.compile(
            r"now|current|present|moment|recent|former|past|future|these\s+days|term"
            r"|coming|ahead|to\s+come|possible|soon|being|later|at\s+th"
        ),
        (16, 20),
    ),
    "year_ref": (re.compile(r"year|decade|century"), (30, 20)),
    "spoken_year": (re.compile(r"nineteen|twenty|thousand"), (20, 40)),
    "century": (re.compile(r"century"), (20, 2)),
    "half": (re.compile(r"half|two\s+quarters"), (30, 40)),
}


def fold(text: str) -> str:
    """`text` with ASCII letters lowercased, offsets unchanged (what triggers scan)."""
    return text.translate(_LOWER)


_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


_I = re.IGNORECASE
RULES: tuple[Rule, ...] = _rules(
    (
        "iso",
        r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:T(?P<H>\d{2}):(?P<M>\d{2}))?\b",
        0,
    ),
    ("numeric", r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})\b", 0),
    (
        "month_day",
        rf"(?:\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+|\b(?P<wd>{_WEEKDAY}),?[^\S\n]+"
        r"|\b(?P<weekof>[Tt]he\s+week\s+of)\s+)?"
        rf"\b(?P<month>{_MONTH})\s*(?P<d>{_DAY})(?:(?:{_DASH}|\s+to\s+)(?P<d2>{_DAY}))?(?:,?\s+(?P<y>{_YEAR}))?",
        0,
    ),
    (
        "day_month",
        rf"(?:\b(?P<wd>{_WEEKDAY}),?[^\S\n]+)?\b(?:the\s+)?(?P<d>{_DAY})(?:(?:{_DASH}|\s+to\s+)(?P<d2>{_DAY}))?(?:\s+of)?\s+(?P<month>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?",
        0,
    ),
    (
        "day_ordinal",
        r"\b[Tt]he\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
        r"(?=\s*[,.;:!?)]|\s*$|\s+(?:and|or|but|at|when|after|before)\b)",
        0,
    ),
    (
        "month_year",
        rf"\b(?P<month>{_MONTH_FULL})(?:\s+of)?,?\s+(?:(?P<y>{_YEAR})|(?P<ry>[Tt]his|[Ll]ast|[Nn]ext)\s+year\b(?![-'’])"
        rf"|(?P<sy>{SPOKEN_YEAR})\b)",
        0,
    ),
    ("month", rf"(?:\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?\b(?P<month>{_MONTH_FULL})(?![\w-])", 0),
    (
        "holiday",
        rf"\b(?P<h>{_HOLIDAY})(?!\w)(?P<week>\s+week\b)?(?:(?:\s+of)?\s+(?P<y>{_YEAR}))?",
        0,
    ),
    (
        "time",
        rf"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\.?|[ap]m\b|[AP]M\b)"
        rf"(?:\s*(?P<tzp>\()?(?P<tz>{ZONE})(?(tzp)\)))?"
        rf"|\b(?P<hw>1[0-2]|0?[1-9]|{WORD_NUMBER})(?::(?P<hwm>[0-5]\d))?(?:\s+o['’]clock)?\s+in\s+the\s+(?P<half>morning|afternoon|evening)\b"
        rf"|\b(?P<oc>1[0-2]|0?[1-9]|{WORD_NUMBER})\s+o['’]clock\b"
        rf"|\b(?P<h24>[01]?\d|2[0-3])(?::|\.(?=[0-5]\d\s*\(?{ZONE}))(?P<mi24>[0-5]\d)(?![\d:])"
        rf"(?:\s*(?:hours|hrs)\b)?(?:\s*(?P<tzp24>\()?(?P<tz24>{ZONE})(?(tzp24)\)))?"
        rf"|\b(?P<hm>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?=\s*(?:(?:hours|hrs)\s+)?\(?{ZONE})"
        rf"(?:\s*(?:hours|hrs)\b)?\s*(?P<tzpm>\()?(?P<tzm>{ZONE})(?(tzpm)\))"
        r"|(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bfrom\s)|(?<=\bbefore\s)"
        r"|(?<=\bafter\s)|(?<=\baround\s))(?P<hh>[01]\d|2[0-3])(?P<hmm>[0-5]\d)"
        rf"(?:\s*(?:hours|hrs)\b|(?=\s+on\s+(?:(?:the\s+)?\d|{_WEEKDAY}|{_MONTH})))"
        rf"|\b(?P<named>noon|midnight|midday)\b(?:\s*(?P<tzpn>\()?(?P<tzn>{ZONE})(?(tzpn)\)))?|\b(?P<overnight>[Oo]vernight)\b(?!-)"
        r"|\b(?P<light>dawn|daybreak|sunrise|first\s+light|dusk|sunset|sundown|nightfall)\b"
        r"|\b(?:the\s+(?:early\s+|late\s+)?|[Ee]arly[-\s]|[Ll]ate[-\s]|[Mm]id[-\s]?"
        r"|(?<=\bin\s)(?=\w+\s+(?:trade|trading|session|dealings)\b))"
        r"(?P<pod>morning|afternoon|evening)\b(?!-)"
        r"(?!\s+(?:news|newspapers?|papers?|editions?|shows?|programs?|programmes?|prayers?"
        r"|stars?|posts?|calls?|standard)\b)",
        0,
    ),
    (
        "deictic",
        rf"\b(?:(?P<two>the\s+day\s+(?:before(?=\s+yesterday)|after(?=\s+tomorrow))\s+)?(?P<word>today|tonight|yesterday|tomorrow)(?:\s+(?P<part>{_PART}))?|(?P<this>this|last)\s+(?P<part2>{_PART}))\b",
        _I,
    ),
    (
        "weekday",
        rf"\b(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his(?:\s+coming)?|[Cc]oming|[Tt]he\s+(?:previous|preceding|following))\s+)?(?P<wd>{_WEEKDAY})(?:\s+(?P<part>{_PART}))?\b",
        0,
    ),
    (
        "chained",
        r"\b(?:the\s+(?P<which>next|following|previous|preceding|same)\s+(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|quarter|year"
        r"|spring|summer|fall|autumn|winter)"
        r"|the\s+(?P<unit2>day|week|month|year|night)\s+(?P<dir>before|after|previous|prior|earlier|later)(?!\s+(?:the|a|an|his|her|its|their|[A-Z]))"
        r"|that\s+(?:same\s+|very\s+)?(?P<unit3>day|night|morning|afternoon|evening|week|month|quarter|year|spring"
        r"|summer|autumn|winter)"
        r"|(?:end(?:s|ed|ing)?|finish(?:es|ed|ing)?|clos(?:e|es|ed|ing)|for|(?:later|late|earlier)\s+in"
        r"|(?:start|end|close|rest|course)\s+of)\s+(?P<day>the\s+day)(?!\s+(?:before|after)\b(?!\s+[a-z]+ing\b))"
        r"|(?:start|end|beginning|middle)\s+of\s+(?P<period>the\s+(?P<unit4>week|month))"
        r"|\bon\s+(?P<onday>the\s+day)(?=\s*[,.;:!?)\"”]|\s*$)"
        r"|(?:(?:the|a)\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
        r"|\d{1,2}(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|successive|full)\s+)?"
        rf"(?P<unit6>day|week|month|year)(?![-'’\w])(?!(?<=week)\s+of\s+{_MONTH})"
        r"|(?:later|late|earlier|early)\s+in\s+(?P<within>the\s+(?P<unit5>week|month)))\b",
        _I,
    ),
    (
        "relative",
        rf"\b(?P<rel>(?:the\s+)?(?:past|last|coming|previous|current|latest)|this|next|(?:this|last|next)\s+(?:past|coming))\s+(?:fiscal\s+(?=year|quarter))?(?P<unit>week|weekend|month|year|quarter|decade|century|season|{_SEASON})\b(?!(?<=week)\s+of\s+{_MONTH})|\bthe\s+(?P<weekend>weekend)\b"
        r"|\bthe\s+(?P<holidays>holiday|Christmas|festive)\s+season\b"
        rf"|\bthe\s+(?:(?P<spart>early|late|mid)\s+)?(?P<season>{_SEASON})\b(?!\s+of\b)"
        rf"|\b(?:the\s+)?(?P<ys>{_SEASON})(?:\s+of)?\s+(?:(?P<sy>1[6-9]\d\d|20\d\d)(?![\w%-])"
        rf"|(?P<ssy>{SPOKEN_YEAR})\b)"
        rf"|\b(?P<bseason>{_SEASON})\b(?![-\w]|\s+of\b)",
        _I,
    ),
    (
        "quarter",
        r"\b(?:(?:the|(?P<own>this|last|next)\s+year['’]s)\s+)?(?:fiscal\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|latest|current|year-earlier|year-ago|same|previous|last|final)?[-\s]*(?:fiscal\s+)?quarter"
        r"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<y>\d{4})|(?P<oy>this|last|next)\s+year\b)"
        r"|(?P<back2>\s+(?:last\s+year|a\s+year\s+(?:ago|earlier))))?\b(?![-–]to[-–])|\b(?P<q>Q[1-4])(?:\s+(?P<qy>\d{4}))?\b"
        rf"|\bthe\s+(?:{_MONTH_FULL}\s*[-–]\s*)?(?P<qmonth>{_MONTH_FULL})\s+quarter\b"
        rf"|\bthe\s+(?P<qperiod>{_QUARTER_MONTHS})\s+period\b"
        r"|\b(?:the\s+)?(?P<ago>year-(?:earlier|ago)|latest|same|comparable|corresponding)(?:\s+(?:quarter|period|(?P<samemonth>month)))?"
        r"(?P<back>\s+(?:of\s+)?(?:last\s+year|the\s+(?:previous|prior)\s+year|a\s+year\s+(?:ago|earlier)))?\b"
        r"|\bthe\s+(?P<py>1[6-9]\d\d|20\d\d)\s+(?:(?P<pord>first|second|third|fourth)[-\s]+)?"
        r"(?:fiscal\s+)?(?:quarter|period)\b",
        _I,
    ),
    (
        "half",
        r"\b(?:the\s+)?(?:(?P<which>first|second|last|latter|1st|2nd)[-\s]+half"
        r"|(?P<quarters>first|last)\s+two\s+quarters)(?:\s+of\s+(?:the\s+)?"
        r"(?:(?:fiscal\s+)?(?:year\s+)?(?P<y>1[6-9]\d\d|20\d\d)(?![\w%-])"
        r"|(?P<rel>this|last|next|current|fiscal)\s+year\b(?![-'’])|(?P<own>year)\b(?![-'’]))"
        r"|\s+(?P<after>this|last|next)\s+year\b(?![-'’]))"
        r"|\bthe\s+(?P<bare>first|second)\s+half\b(?![-'’])"
        r"(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:and|or|but|as|when|while|after|before|to|from|compared"
        r"|versus|vs|against|amid|despite|because|thanks|due|on|at|with|than|in|ended|ending"
        r"|through|was|were|is|are|will|would|had|has|have|results?|earnings|profits?|sales"
        r"|revenues?|figures|net|loss(?:es)?|growth)\b)",
        _I,
    ),
    (
        "measure",
        rf"\b(?:(?P<lead>the\s+(?:past|last|next|first|previous|coming|final|latest|remaining|same|year-(?:earlier|ago))|the|past|last|next|first|another|(?:for|over|in|within)\s+the\s+(?:past|last|next))\s+)?(?:(?P<approx>{_APPROX})\s+)?(?P<n>{NUMBER}|{_FEW})(?P<half>\s+1/2|\s+and\s+a\s+half)?\s+(?:more\s+|full\s+|straight\s+|consecutive\s+|additional\s+|further\s+|extra\s+)?(?:(?:trading|business|working)\s+)?(?P<unit>{UNIT})(?P<half2>\s+and\s+a\s+half)?(?P<orso>\s+or\s+so)?(?:\s+(?P<dir>ago|earlier|later|before|after|from\s+now|hence|previously))?\b(?!-)"
        rf"|\b(?P<adjn>\d+|{NUMBER}|single)-(?P<adjunit>second|minute|hour|day|week|month|year|decade|century)(?:-long)?\b(?!-old)"
        rf"|\b(?:(?P<halfapprox>{_APPROX})\s+)?(?P<halfa>half\s+an?)\s+"
        r"(?P<halfunit>century|decade|year|day|hour|minute)\b(?!-|\s+(?:ago|earlier|later)\b)"
        r"|\b(?P<longunit>minutes|hours|days|weeks|months|years|decades)-long\b"
        r"|\b(?:several|many|multi)-(?P<vagueunit>hour|day|week|month|year|decade)\b(?!-old)"
        r"|\b(?P<oneunit>hour|day|week|month|year|decade|century)-?long\b",
        _I,
    ),
    (
        "vague",
        r"\b(?:(?P<just>just|only|mere|a\s+few|some|several|within)\s+)?(?P<unit>hours|days|weeks|months|years|decades)(?=\s+(?:after|before|earlier|later|ago|since|that\s+followed|following|preceding"
        r"|leading\s+up\s+to)\b)"
        r"|\b(?:for|over(?:\s+the)?|throughout\s+the)\s+(?P<unit2>years|months|weeks|days|hours|decades|centuries)\b"
        r"(?!\s+(?:of|to\s+come|ahead)\b|\s+\d)"
        r"|\b(?:in|within)\s+(?:(?:just|only|a\s+matter\s+of)\s+)?"
        r"(?P<unit3>minutes|hours|days|weeks|months|years|decades)\b"
        r"(?!\s+(?:of|past|to\s+come|ahead)\b)"
        r"|\b(?:after|following|follows?|amid|despite|with|by|than|ending|end|during|spent|takes?"
        r"|took|of)\s+(?P<unit4>years|months|weeks|days|decades)(?=\s+of\s+(?!age\b)[a-z])"
        r"|\b(?:last(?:s|ed|ing)|took|takes?|spen[dt]s?|spending|waited)\s+"
        r"(?P<unit5>minutes|hours|days|weeks|months|years|decades)\b(?!\s+(?:of|to)\b)"
        r"|\b(?:for|after|in|within|take|takes|took|taken|taking|been|wait|waited|last(?:s|ed)?)\s+"
        r"(?:quite\s+)?(?P<while>a\s+(?:little\s+|short\s+|long\s+)?while|some\s+time)\b",
        _I,
    ),
    (
        "set",
        rf"\b(?:(?:every|each)\s+(?P<ewd>{_WEEKDAY})\s+(?P<epart>{_PART})"
        rf"|(?:every|each|per)\s+(?:(?P<n>{NUMBER}|other)\s+)?(?:(?P<unit>{UNIT}|season|{_WEEKDAY}|{_PART})|(?P<smonth>{_MONTH_FULL})|(?P<sseason>{_SEASON}))"
        r"|(?P<adv>daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly|quarterly(?!\s+[a-z]))"
        rf"|(?P<times>once|twice|(?:{NUMBER})\s+times)\s+(?:a|an|per)\s+(?P<unit2>{UNIT})"
        rf"|(?P<wds>{_WEEKDAY})(?:s|\s+(?P<parts>mornings|afternoons|evenings|nights))"
        r"|(?<=\b(?:on|at)\s)(?P<weekends>weekends))\b",
        _I,
    ),
    (
        "decade",
        r"(?:\b(?P<the>the)\s+)?(?:\b(?P<part>early|mid|late|mid-)\s*)?"
        r"(?:\b(?P<y>1\d{2}0|20\d0)['’]?s|(?P<apos>['’])?\b(?P<yy>\d0)s)\b"
        r"|\bthe\s+(?:(?:early|mid|late|mid-)\s*)?(?P<word>twenties|thirties|forties|fifties|sixties"
        r"|seventies|eighties|nineties)\b",
        _I,
    ),
    (
        "year",
        r"(?:(?<![\w$£€#.,-])|(?<=\bmid-)|(?<=\bearly-)|(?<=\blate-)|(?<=\bpre-)|(?<=\bpost-))(?:(?P<fiscal>fiscal)\s+(?:year\s+)?|FY\s?|the\s+year\s+)?(?P<y>1[6-9]\d\d|20\d\d)(?:[-–/](?P<split>\d\d))?(?![\w%-]|[.,]\d)"
        r"|(?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\bof\s)|(?<=\buntil\s)|(?<=\bfrom\s)"
        r"|(?<=\bbefore\s)|(?<=\bafter\s))['’](?P<yy>\d\d)(?![\w'’%-]|[.,]\d)",
        _I,
    ),
    (
        "year_ref",
        r"\bthe\s+(?:(?P<adj>current|full|latest|entire|whole)\s+)?(?:fiscal\s+)?(?P<unit>year|decade"
        r"|century)\b(?![-'’])"
        r"(?P<ended>\s+(?:ended|ending|to\s+date|through))?"
        r"|\b(?P<end>year[-\s]end|year['’]s\s+end)\b",
        _I,
    ),
    (
        "spoken_year",
        rf"\b(?:the\s+year\s+)?(?P<c>{SPOKEN_YEAR})\b"
        rf"|\bthe\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?P<u>{WORD_NUMBER}))?\b",
        _I,
    ),
    ("century", r"\b(?:the\s+)?(?P<n>[12]?\d)(?:st|nd|rd|th)[-\s]century\b", _I),
    (
        "reference",
        r"\b(?:(?P<now>now(?!-)|currently|nowadays|at\s+present|these\s+days|the\s+time\s+being"
        r"|current(?=\s+[a-z])(?!\s+accounts?\b))"
        rf"|(?P<past>recently|(?:in\s+)?the\s+past{_NOT_COUNTED}|past\s+years"
        r"|at\s+(?:the|that)\s+time(?=\s*[,.;:!?)\"”]|\s+(?:and|but)\b|\s*$)"
        r"|recent(?=\s+[A-Za-z])(?!\s+(?:days|weeks|months|quarters|years|decades)\b))"
        r"|(?P<vague>(?:in\s+)?(?:the\s+)?(?:recent|coming|next\s+few|past\s+few)\s+"
        r"(?P<unit>days|weeks|months|quarters|years|decades)|(?:the\s+)?(?P<unit2>days|weeks"
        r"|months|years)\s+(?:ahead|to\s+come))"
        r"|(?P<future>in\s+the\s+(?:near\s+)?future|the\s+future|in\s+future"
        r"|as\s+soon\s+as\s+possible|the\s+(?:near|short|long)\s+term|a\s+later\s+(?:date|time|stage))"
        r"|(?<!\bas\s)(?<!\btoo\s)(?<!\bso\s)(?<!\bhow\s)(?P<soon>(?:very\s+)?soon)(?![-\w])"
        r"(?!\s+(?:as|after|afterwards?|thereafter|enough|to\s+be)\b))\b",
        _I,
    ),
)


def month_number(name: str) -> int | None:
    """1..12 for a month name or abbreviation ("Sept.", "December"), else None."""
    return MONTHS.get(name.strip(". ").lower()[:3])


def weekday_number(name: str) -> int | None:
    return WEEKDAYS.get(name.lower())
