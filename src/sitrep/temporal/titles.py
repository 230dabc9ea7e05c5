"""Temporal words that are part of a name: a programme, a newspaper, a show.

"told USA Today", "This is VOA Today", "said on CBS's ``60 Minutes''", "on ABC's ``This
Week''": the words name a title, not a time, and TimeML annotates no TIMEX3 there. A
match of a rule that reads ordinary words ("today", "this week", "60 minutes"; not a
weekday, a month or a holiday, whose names are capitalised anyway) is such a name when
every word of it is capitalised and
1. quotes stand right around it (``This Week'', "60 Minutes."), or
2. a capitalised word, or its possessive, stands right before it (perhaps with an
   opening quote: 'ABC's "This Week With David Brinkley"') in a line that is not itself
   written in title case ("told USA Today", "NBC's Today show"; a headline such as
   "Rebels Seize Town Today" keeps its date).
"""

from __future__ import annotations

import re

from sitrep.titlecase import has_lowercase_word

#: the rules whose words are ordinary words, capitalised only at a sentence's start or
#: in a name.
ORDINARY_RULES = frozenset({"deictic", "relative", "measure", "chained", "vague", "reference"})
#: words that each open with a capital or a digit, at least one with a capital.
_CAPITALISED = re.compile(r"(?=.*?\b[A-Z])(?:(?:[A-Z][\w'’-]*|\d[\d,.]*)\s*)+")
_OPENING_QUOTE = re.compile(r"(?:``|[\"“‘'])$")
_CLOSING_QUOTE = re.compile(r"[.,!?]?(?:''|[\"”’'])")
#: a capitalised word, perhaps with a possessive and an opening quote, right before the
#: match ("USA ", "NBC's ", 'ABC-TV's "'), not one that ends a sentence ("Corp. Yesterday").
_NAME_BEFORE = re.compile(r"\b[A-Z][\w&-]*(?:['’]s)?\s+(?:``|[\"“‘])?$")
#: how far back (characters) the line is read to see whether it is written in title case.
LINE_REACH = 120


def names_a_title(text: str, rule: str, start: int, end: int) -> bool:
    """Whether the match start..end of `rule` is part of a name (see the module
    docstring)."""
    if rule not in ORDINARY_RULES or not _CAPITALISED.fullmatch(text, start, end):
        return False
    if _OPENING_QUOTE.search(text, max(0, start - 2), start) and _CLOSING_QUOTE.match(text, end):
        return True
    before = text[max(0, start - 30) : start]
    if not _NAME_BEFORE.search(before):
        return False
    line_start = max(text.rfind("\n", 0, start) + 1, start - LINE_REACH)
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return has_lowercase_word(line)
