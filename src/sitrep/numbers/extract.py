"""Quantities: numbers with their qualifiers and bounds, bound to what they count.

Rules, in order:
1. find a count: digits ("3,000"), number words ("twenty-five"), "a dozen", vague counts
   ("dozens", "hundreds", "scores"), or a range ("between 10 and 15", "10-15", "10 to 15"),
   with an optional qualifier before it ("more than", "nearly", "up to");
2. refuse what is not a count: "no one", years (also before a noun where a preposition
   of time opens the clause: "In 2023 soldiers killed 40"), dates and clock times (also of the
   24-hour clock: "at 0500", "0500 hours", "between 0600 and 1400"), ages ("35-year-old",
   "aged 35", and a number set off after a name: "Nuiry, 53, was arrested", "James
   Barnett, 36, of Palestine", "John Smith (53)"), designators ("F-16", "MQ-9"), the
   number of a road, a route or another named thing ("CR 367", "U.S. 79", "Route 9",
   "Highway 1", "Interstate 95", "the 405 freeway", "Flight 17", "Channel 4", "CHANNEL 7"
   or "channel 7", "Resolution 2334") or after a short capitalised code in cased text (the
   constituency "NA 40", the police station "PS 12"), ordinals, durations and measures
   ("11 days", "5 km") and names of a kind of thing ("a two wheeler"); money (after a
   currency sign or code, before a currency word, also one named by its country: "2
   million U.S. dollars", or an amount of bail, bond, a reward or a ransom: "held on
   50,000 bail", "bond of 10,000", "a reward of up to 2 million") and percentages are
   kept with `of` "money" / "percent";
3. bounds from the qualifier: "more than N" low N+1, "at least N" low N, "nearly N" best N
   high N-1 approximate, "about N" best N approximate, "up to N" high N, "fewer than N"
   high N-1; a bare count is exact (low = best = high); "dozens" low 24, "hundreds" 200;
4. what it counts: a casualty verb right after ("12 killed", "10 soldiers died", "14
   were wounded") names the class; else the head noun of the words that follow ("90
   precision munitions", "suspected Isis terrorists" -> suspects), up to an article that
   opens another noun phrase ("100 cadres attacked a police station" counts no police,
   "five of the soldiers" does count soldiers); a generic noun ("people", "members") or
   none yields to a casualty verb just before ("captured or killed nearly 25 members",
   "wounding 5").
Evidence runs from the qualifier to the counted noun (or verb) when it follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sitrep.ingest.truecase import common_word
from sitrep.model import Quantity, Span
from sitrep.numbers.lexicon import (
    CASUALTY,
    GENERIC,
    NOT_COUNTS,
    NOUNS,
    SUSPECT_MODIFIERS,
    VAGUE,
)
from sitrep.numbers.words import DIGIT_NUMBER, WORD_NUMBER, parse_number

_QUALIFIERS: dict[str, str] = {
    "more than": "low+1", "over": "low+1", "upwards of": "low+1", "in excess of": "low+1",
    "at least": "low", "no fewer than": "low", "a minimum of": "low",
    "nearly": "near", "almost": "near", "just under": "near", "close to": "near",
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx",
    "some": "approx", "an estimated": "approx", "estimated": "approx",
    "up to": "high", "as many as": "high", "at most": "high", "no more than": "high",
    "fewer than": "high-1", "less than": "high-1", "under": "high-1",
}  # fmt: skip
_QUAL_ALT = "|".join(sorted(_QUALIFIERS, key=len, reverse=True)).replace(" ", r"\s+")
_VAGUE_ALT = "|".join(sorted(VAGUE, key=len, reverse=True)).replace(" ", r"\s+")
_COUNT = rf"(?:{DIGIT_NUMBER}|{WORD_NUMBER})(?:\s+(?:million|thousand|hundred))?"
_PATTERN = re.compile(
    rf"(?<![\w.,:/-])(?:(?P<qual>{_QUAL_ALT})\s+)?"
    rf"(?:between\s+(?P<lo>{_COUNT})\s+and\s+(?P<hi>{_COUNT})"
    rf"|(?P<lo2>{DIGIT_NUMBER})\s*[-–]\s*(?P<hi2>{DIGIT_NUMBER})"
    rf"|(?P<vague>{_VAGUE_ALT})(?=\s+of\b)"
    rf"|(?P<dozen>a\s+dozen)"
    rf"|(?P<n>{_COUNT}))"
    rf"(?![\w]|[.,:]\d|-(?:year|month|week|day)|[-–][A-Za-z])",
    re.IGNORECASE,
)
_MONTHS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$", re.IGNORECASE
)
_MONTH_AFTER = re.compile(
    r"^\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)
#: rule 2: a clock time ("5 p.m.", "9am", "6 o'clock", "10 GMT", "at 5 in the morning").
_CLOCK = re.compile(
    r"\s*(?:[ap]\.\s?m\b\.?|[ap]m\b|o['’]clock\b|(?:gmt|utc)\b|hrs\b|local\s+time\b"
    r"|in\s+the\s+(?:morning|afternoon|evening)\b)",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)
_STOP = frozenset(
    re.split(
        r"\s+",
        "and or in at on with from to by for during after before who that which were was had "
        "have has are is as than per including",
    )
)
#: articles that open a new noun phrase after the counted one, unless after "of".
_ARTICLES = frozenset({"a", "an", "the"})
_BE = frozenset(re.split(r"\s+", "were was have has had been are being reportedly also"))
_WORD = re.compile(r"[A-Za-z][\w'’-]*|[^\w\s]")


def find_quantities(text: str, spans: Iterable[tuple[int, int]]) -> list[Quantity]:
    """Every quantity in the given spans (sentences) of `text`."""
    found: list[Quantity] = []
    for start, end in spans:
        for match in _PATTERN.finditer(text, start, end):
            quantity = _quantity(text, match, end)
            if quantity is not None:
                found.append(quantity)
    return found


def stated_figure(quantity: Quantity) -> int | None:
    """The number a quantity states, whatever qualifies it (rule 3 read backwards): 20
    for "20", "as many as 20", "more than 20" and "nearly 20"."""
    if quantity.best is not None:
        return quantity.best
    kind = _QUALIFIERS.get(quantity.qualifier or "", "exact")
    if kind == "low+1" and quantity.low is not None:
        return quantity.low - 1
    if kind == "high-1" and quantity.high is not None:
        return quantity.high + 1
    return quantity.low if quantity.low is not None else quantity.high


def _quantity(text: str, m: re.Match[str], limit: int) -> Quantity | None:
    bounds = _bounds(m)
    if bounds is None:
        return None
    low, best, high, approximate, qualifier = bounds
    before = text[max(0, m.start() - 12) : m.start()]
    after = text[m.end() : min(limit, m.end() + 80)]
    percent = _PERCENT.match(after)
    if percent:
        end = m.end() + percent.end()
        return Quantity(
            Span.of(text, m.start(), end), "percent", low, best, high, qualifier, approximate
        )
    if _MONTHS.search(before) or _MONTH_AFTER.match(after) or _CLOCK.match(after):
        return None
    if _military_time(text, m, after):
        return None
    if m["n"] and _is_year(m["n"], after, text[max(0, m.start() - 12) : m.start()]):
        return None
    if (m["n"] or "").lower() == "one" and not m["qual"] and _NOBODY_BEFORE.search(before):
        return None
    if _is_money(text, m.start(), after):
        evidence = Span.of(text, m.start(), m.end())
        return Quantity(evidence, "money", low, best, high, qualifier, approximate)
    if _names_a_thing(text, m, after):
        return None
    words = [(w.group(0), m.end() + w.end()) for w in _WORD.finditer(after)]
    if words and words[0][0].lower() in NOT_COUNTS:
        return None
    of, end = _counted(words, m.end())
    if of is None or of in GENERIC:
        verb = _governing_verb(text[max(0, m.start() - 40) : m.start()])
        of = verb or of
    return Quantity(Span.of(text, m.start(), end), of, low, best, high, qualifier, approximate)


#: rule 2, "one" as a pronoun, not a count: "no one was killed", "not one was spared".
_NOBODY_BEFORE = re.compile(r"\b(?i:no|not|any|every|each)\s+$")
#: rule 2, money: a currency sign or code before the amount, a currency word or "bail"
#: after it, or an amount of bail or bond before it ("bail of", "bond was set at").
_CURRENCY_BEFORE = re.compile(
    r"(?:[$£€¥₹₦]|\b(?:Rs|KSh|Ksh|INR|USD|EUR|GBP|PKR|NGN|KES|AFN|IQD|SYP|UAH|RUB|CNY|JPY|ZAR"
    r"|EGP|LBP|YER|SDG|ETB|BDT|LKR|NPR|MXN|COP|BRL|TRY|IRR|ILS)\.?)\s*$"
    r"|\b(?i:bail|bond)\s+(?:(?:was|is|has\s+been|had\s+been)\s+)?(?:(?:of|at|set\s+at)\s+)$"
    r"|\b(?i:reward|ransom|bounty)\s+(?i:of\s+)?$"
)
#: a currency word after the amount, past at most two capitalised words naming whose
#: currency it is ("2 million U.S. dollars", "500 Kenyan shillings").
_CURRENCY_AFTER = re.compile(
    r"\s*(?:(?:U\.S\.|[A-Z][a-z]+)\s+){0,2}"
    r"(?:(?i:dollars|euros|pounds|rupees|naira|shillings|yuan|rubles|roubles|dinars|pesos"
    r"|bail|bond|reward|bounty)\b|(?:USD|EUR|GBP)\b)"
)
#: rule 2, the number of a road, a route or another named thing ("CR 367", "U.S. 79",
#: "Route 9", "Flight 17", "Channel 4", "WFOR-Ch. 4") ...
_DESIGNATORS = re.split(
    r"\s+",
    "Route Rte. Rt. Highway Hwy. Interstate Freeway Motorway Expressway Road Street Avenue"
    " CR SR FM RM SH US U.S. Channel Ch. Flight Resolution Article Section Chapter Room Gate"
    " Terminal Platform Apartment Apt. Suite Building Block Lot Ward District Precinct Sector"
    " Phase Level Grade No. Nos.",
)
#: ... those whose capitals name the thing in an all-capitals text too ("CHANNEL 7",
#: "ROUTE 9"; not "DISTRICT", which may end a phrase before a count) ...
_CAPITAL_DESIGNATORS = re.split(
    r"\s+",
    "ROUTE HIGHWAY INTERSTATE FREEWAY MOTORWAY CHANNEL FLIGHT RESOLUTION ARTICLE SECTION"
    " CHAPTER ROOM APARTMENT SUITE",
)
#: ... and those that name it in lower case too, as a truecased wire writes them
#: ("the tower for channel 7 television", "on flight 17").
_LOWER_DESIGNATORS = ["channel", "flight"]
_DESIGNATOR_BEFORE = re.compile(
    r"\b(?:State\s+Road|County\s+Road|"
    + "|".join(
        re.escape(word) for word in [*_DESIGNATORS, *_CAPITAL_DESIGNATORS, *_LOWER_DESIGNATORS]
    )
    + r")\s*$"
)
#: rule 2, a short capitalised code before the number in cased text: the constituency
#: "NA 40", the police station "PS 12" (not a word written in capitals: "KILLS 20").
_CODE_BEFORE = re.compile(r"(?P<lead>[^\n]{0,30}?)\b(?P<code>[A-Z]{2,3})\s+$")
_ROAD_AFTER = re.compile(r"\s+(?i:freeway|motorway|expressway|turnpike)\b")
#: rule 2, an age set off after a name: "Nuiry, 53, was", "Barnett, 36, of", "Floyd, 47
#: and", "John Smith (53)"; not after a weekday ("On Monday, 12 were killed"), an
#: ordinary word ("However, 40 of the victims") or a place ("In Mosul, 12 were killed").
_AGE_BEFORE = re.compile(
    r"(?P<lead>\b\w+\s+)?\b(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
    r"(?P<name>[A-Z][\w'’.-]*)(?:,\s*|\s+\()$"
    r"|\b(?i:aged?)\s+$"
)
#: words before a capitalised word that make it a place or an opener, not a name.
_NOT_NAME_LEAD = frozenset({"in", "at", "near", "from", "on", "of", "to", "into", "outside"})
_AGE_AFTER = re.compile(r"(?:\s*[,;)]|\.(?!\d)|\s*$|\s+(?:and|of|from|who|was|is)\b)")
#: the oldest age written as a bare number.
MAX_AGE = 120


def _is_money(text: str, start: int, after: str) -> bool:
    """Whether the number at `start` is an amount of money (rule 2)."""
    before = text[max(0, start - 30) : start]
    return bool(_CURRENCY_BEFORE.search(before) or _CURRENCY_AFTER.match(after))


def _names_a_thing(text: str, m: re.Match[str], after: str) -> bool:
    """Whether the number is an age set off after a name or the number of a road, a
    route or another named thing, not a count (rule 2)."""
    before = text[max(0, m.start() - 30) : m.start()]
    if _DESIGNATOR_BEFORE.search(before):
        return True
    if re.search(r"\bthe\s+$", before) and _ROAD_AFTER.match(after):  # "the 405 freeway"
        return True
    if _after_code(before, after):
        return True
    number = m["n"]
    if not number or m["qual"] or not number.isdigit() or int(number) > MAX_AGE:
        return False
    age = _AGE_BEFORE.search(before)
    if age is None or not _AGE_AFTER.match(after):
        return False
    if age["name"] is None:  # "aged 19"
        return True
    lead = (age["lead"] or "").strip().lower()
    # "However, 40 of the victims", "In Mosul, 12 were killed": no name before the count
    return not common_word(age["name"]) and lead not in _NOT_NAME_LEAD


def _after_code(before: str, after: str) -> bool:
    """Rule 2: the number follows a short capitalised code ("NA 40", "PS 12") in cased
    text, and counts nothing named after it."""
    code = _CODE_BEFORE.search(before)
    if code is None or common_word(code["code"]) or not re.search(r"[a-z]", code["lead"]):
        return False
    following = re.match(r"\s+([A-Za-z]+)", after)
    word = following.group(1).lower() if following else ""
    return word not in NOUNS and word not in CASUALTY


#: rule 2, a time of the 24-hour clock: "0500", "1300" (hours 00-23, minutes 00-59).
_HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
#: ... after a word that sets a time ("at 1300", "from 0600", "until 1400") ...
_CLOCK_BEFORE = re.compile(r"\b(?i:at|from|until|till)\s+$")
#: ... unless the word before "at" states a toll ("the toll stood at 1300") ...
_TOLL_AT = re.compile(r"\b(?i:stood|stands|put|puts|estimated|placed|pegged)\s+at\s+$")
#: ... or closing a spell of the clock ("from 1710 to 2250", "between 0600 and 1400").
_CLOCK_SPELL = re.compile(rf"\b(?i:from|between)\s+{_HHMM.pattern}\s+(?i:to|and)\s+$")
#: ... whose end must be a time too ...
_SPELL_END = re.compile(r"\s+(?i:to|and|until|till)\s+(?P<end>\d+)")
#: what may follow a time of the clock: punctuation, the end, or a word of time.
_AFTER_TIME = re.compile(
    r"\s*(?:[^\w\s]|$|(?i:hours|hrs|h|on|in|at|by|and|to|until|till|before|after|local|that|when)\b)"
)


def _military_time(text: str, m: re.Match[str], after: str) -> bool:
    """Rule 2: the number (or either bound of a range) is a time of the 24-hour clock:
    four digits with a leading zero ("0500"), or a time after "at", "from", "until" or
    in a spell of times ("from 1710 to 2250"), followed by no counted word."""
    numbers = [n for n in (m["n"], m["lo"], m["hi"], m["lo2"], m["hi2"]) if n]
    if not numbers or not all(_HHMM.fullmatch(n) for n in numbers):
        return False
    if any(n.startswith("0") for n in numbers):
        return True
    before = text[max(0, m.start() - 30) : m.start()]
    set_time = _CLOCK_BEFORE.search(before) and not _TOLL_AT.search(before)
    spell = _SPELL_END.match(after)  # "from 1200 to 1500 people": counts, not times
    if spell and not (_HHMM.fullmatch(spell["end"]) and _AFTER_TIME.match(after, spell.end())):
        return False
    return bool((set_time or _CLOCK_SPELL.search(before)) and _AFTER_TIME.match(after))


#: a preposition of time opening a sentence or a clause: what follows is a year even
#: before a noun ("In 2023 soldiers killed 40 civilians", "..., since 1989 guerrillas").
_YEAR_OPENER = re.compile(
    r"(?:^|[.!?;,]\s+|\n\s*)(?:in|since|during|until|before|after)\s+$", re.IGNORECASE
)


def _is_year(number: str, after: str, before: str = "") -> bool:
    if not re.fullmatch(r"(?:1[6-9]|20)\d\d", number):
        return False
    if _YEAR_OPENER.search(before):
        return True
    following = re.match(r"\s+([a-z]+)", after)
    if following is None:
        return True
    return following.group(1) not in NOUNS and following.group(1) not in CASUALTY


def _bounds(
    m: re.Match[str],
) -> tuple[int | None, int | None, int | None, bool, str | None] | None:
    qualifier = re.sub(r"\s+", " ", m["qual"].lower()) if m["qual"] else None
    if m["vague"]:
        word = re.sub(r"\s+", " ", m["vague"].lower())
        return VAGUE[word], None, None, True, qualifier or word
    if m["lo"] or m["lo2"]:
        low, high = parse_number(m["lo"] or m["lo2"]), parse_number(m["hi"] or m["hi2"])
        if low is None or high is None or high <= low:
            return None
        return low, None, high, False, qualifier or "between"
    n = 12 if m["dozen"] else parse_number(m["n"])
    if n is None:
        return None
    kind = _QUALIFIERS.get(qualifier or "", "exact")
    if kind == "low+1":
        return n + 1, None, None, False, qualifier
    if kind == "low":
        return n, None, None, False, qualifier
    if kind == "near":
        return None, n, n - 1, True, qualifier
    if kind == "approx":
        return None, n, None, True, qualifier
    if kind == "high":
        return None, None, n, False, qualifier
    if kind == "high-1":
        return None, None, n - 1, False, qualifier
    return n, n, n, False, None


def _counted(words: list[tuple[str, int]], number_end: int) -> tuple[str | None, int]:
    """The class of what follows the number, and where its evidence ends."""
    head: str | None = None
    end = number_end
    suspect = False
    for index, (word, word_end) in enumerate(words[:7]):
        lower = word.lower()
        if index == 0 and lower in CASUALTY:
            return CASUALTY[lower], word_end
        if lower == "of" and index == 0:
            continue
        if lower in _STOP or not word[0].isalnum():
            break
        if lower in CASUALTY:
            break  # "two villages killed 12 people": a verb ends what the number counts
        if lower in _ARTICLES and index > 0 and words[index - 1][0].lower() != "of":
            break  # "100 cadres attacked a police station": a verb's object
        if lower in SUSPECT_MODIFIERS:
            suspect = True
        if lower in NOUNS:
            head, end = NOUNS[lower], word_end
    verb = _following_verb(words, end)  # "10 soldiers died", "14 were wounded"
    if verb is not None:
        return verb, end
    if suspect and head is not None:
        return "suspects", end
    return head, end


def _following_verb(words: list[tuple[str, int]], noun_end: int) -> str | None:
    rest = [w.lower() for w, e in words if e > noun_end][:3]
    for word in rest:
        if word in CASUALTY:
            return CASUALTY[word]
        if word not in _BE:
            return None
    return None


_VERB_BEFORE = re.compile(
    r"(?P<verbs>[a-z]+(?:\s+or\s+[a-z]+)?)\s+(?:(?:a\s+total\s+of|at\s+least)\s+)?$",
    re.IGNORECASE,
)


def _governing_verb(before: str) -> str | None:
    """A casualty verb just before the count: "killing 12", "captured or killed nearly 25"."""
    found = _VERB_BEFORE.search(before)
    if found is None:
        return None
    words = found.group("verbs").lower().split()
    verbs = [w for w in words if w not in ("or", "and")]
    if not verbs or any(w not in CASUALTY for w in verbs):
        return None
    return " or ".join(CASUALTY[w] for w in verbs)
