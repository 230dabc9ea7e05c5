"""Candidate names: where in the text a toponym may stand.

Rules, in order:
1. candidates are GPE/LOC entities (and organisations the knowledge base knows, which
   count only as states or regions) and maximal runs of capitalised tokens (with "al-",
   "ez-", "de" particles inside; all-capital datelines like "WASHINGTON" too) that no other
   entity covers (a short word hyphened inside a name too, whatever entity a linker
   read in it: "Port-au-Prince", "Aix-en-Provence", "PORT-AU-PRINCE"): a word inside
   "Syrian Democratic Forces", "Islamic State", a person's name or a demonym is never
   a toponym; a PERSON/ORG span a model guessed (no knowledge base link) does not block
   its words, they are judged later;
2. within a run the longest gazetteer name wins, left to right; an acronym ("UK", "U.S.")
   counts only when it names a country or region, unless it opens a line before a
   dateline's punctuation ("ROME, Ga. -", "OSLO (Reuters) -": a town in capitals, by
   its own name), a lone compass word never (two, "North West", only as a first-level
   region of a country the article is in: sitrep.pipeline.stages.places rule 2); a name
   that ends in a type word ("Benue State", "Kyiv Oblast") counts only when some place
   bears it outright, not as a spelling variant (then the type word after the name
   marks it a region: "Benue" is the state, not "Bone South"); a name
   that is only part of the run (`is_partial`) must be some place's own name, not merely
   an alternate one ("Dublin City" of "Dublin City Council" is Dublin; "Grove" of "Meadow
   Grove" is no Grove City), while "Anbar" of a model's span "Anbar, Iraq" is whole; a
   name opened by a compass word counts only when some place bears it by its own or an
   alternate name, never by a transliteration skeleton: "East Mosul" is the east of
   Mosul, so Mosul is the name, not East Missoula; a word in a list closed by
   "counties" or "parishes" is a name when the gazetteer knows it with that type word,
   though it lacks the bare word ("Dakota, Otoe and Washington counties": Otoe County);
3. an abbreviated US state after "City, " ("Calif.") is looked up by its full name;
4. month and weekday names, titles and a few common capitalised words are never names;
5. a facility word ("Street", "Center", "Way", "Council") or a generic geographic word
   ("River", "Fort", "Lake", "St.") is never a name by itself;
6. a model's place span cut short inside a capitalised name ("Los" of "Los Angeles", "St."
   of "St. Petersburg") is extended over the capitalised words right after it, and over
   a capitalised Arabic article right before it ("Obeid" of "El Obeid", "Qaim" of "Al
   Qaim"), and over a county's type word though a model began another entity there
   ("Wyandotte" + "County District Court"); one that runs over a dash between spaces
   ("WINDSOR - The town") ends before it: a dateline's dash ends the name, and so does
   the end of its sentence ("in Rome. Evans says" is Rome);
7. a place the knowledge base linked or a model guessed inside a longer place name
   ("Mexico" in "New Mexico" and "Mexico City", "America" in "South America", "Ossetia"
   of "South Ossetia") is widened to that name when the word before or after it makes a
   place's own name with it, also when a model guessed that word another kind of name
   ("Grand" a place and "Ledge" a person: "in Grand Ledge");
8. a saint's name with a possessive ("St Patrick's", "St. Michael's pupils") is a church,
   school, hospital or feast, not a town, unless a city of 200,000+ people bears that
   very name ("St. Petersburg's main street", "San Francisco's mayor");
9. a capitalised preposition, determiner or conjunction opening a run ("Near Rawah, two
   strikes ...", "Outside Kabul, ...", "Around Fallujah, ...", "Another Gainesville
   business", "While Clarke and Oconee update their policies") is no
   part of the name after it, unless with the words after it it is a place's own name
   ("In Salah", "At Tall");
10. a hyphen after an abbreviation's period ends the word the tokenizer kept whole:
   "U.S.-led", "U.S.-backed", "the U.S.-Mexico border" name the United States (and
   Mexico), as "Iran-backed" names Iran;
11. in capital-letter copy "US" is the pronoun "us", not the United States, after "LET"
   ("LET US REMEMBER") and after a verb or preposition that takes an object when no
   noun follows for the country to modify ("TOLD US THEY", "AGAINST US.", "ALL OF US
   WILL"; but "FOR US TROOPS", "THE US ARMY" name the country); an all-capital "THE"
   opening a run is no part of the name, as "The" is not ("THE US ARMY");
12. a single word in "-ic" ("Olympic officials", "the Olympic Games") is an adjective:
   it names no town or county ("Olympic" is a district of Hong Kong) unless locative
   context says so (`is_adjectival`; the places stage asks for a preposition, a type
   word or a dateline); seas and regions in "-ic" ("the Baltic") are unaffected;
13. two place names joined by a hyphen and nothing else in their run ("the
   Washington-Moscow route", "Logan-Rogersville students", "Minneapolis-St. Paul") name
   two places, each the other's context (`hyphen_pairs`): a route, a district or a
   merged government is named after both; a person's name that is one word of them
   ("Smith-Jones") still needs context of its own.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.geo.abbreviations import state_for
from sitrep.geo.context import PREPOSITIONS, listed_type, marked_dateline
from sitrep.geo.index import TYPE_WORDS
from sitrep.geo.names import DETERMINERS, same_spelling
from sitrep.kb.actors import fold
from sitrep.kb.gazetteer import Gazetteer
from sitrep.pipeline.document import Document

#: entity labels a statistical model guesses ("Rajasthan" as NORP): inside them a place
#: name still needs proof.
SOFT_LABELS: Final = frozenset({"PERSON", "ORG", "NORP"})
_PARTICLES: Final = frozenset({"al", "el", "ez", "az", "ad", "as", "ash", "de", "du", "-"})
_COMMON: Final = frozenset(
    [
        *[
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
        ],
        *[
            "november",
            "december",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
        ],
        *[
            "sunday",
            "however",
            "before",
            "after",
            "recent",
            "authorities",
            "sharing",
            "defence",
            "defense",
        ],
        *[
            "secretary",
            "president",
            "minister",
            "today",
            "said",
            "new",
            "general",
            "army",
            "police",
        ],
        *[
            "government",
            "christians",
            "jews",
            "muslims",
            "eve",
            "year",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
        ],
        *["sep", "sept", "oct", "nov", "dec", "christmas"],
        # "echoed now in Congress", "the Congress party": a legislature, not Congress,
        # Arizona
        *["congress", "parliament", "senate", "cabinet"],
    ]
)
#: words that head the name of a street, building or body ("Locust Street", "United Way",
#: "City Council"): alone they are no place (rule 5).
_FACILITY_HEADS: Final = (
    *["street", "st", "avenue", "ave", "road", "rd", "boulevard", "drive", "lane", "way"],
    *["center", "centre", "hall", "college", "school", "church", "council", "building"],
    *["airport", "hospital", "library", "station", "square", "plaza", "mall", "parkway"],
    *["highway", "bridge", "court", "park", "bend", "loop", "section", "lot"],
)
#: generic geographic words that head or end a name ("River Lune", "Fort Benning", "St.
#: Paris"): alone they are no place, though some town bears them as an alternate name.
_GENERIC: Final = (
    *["river", "lake", "mount", "mt", "fort", "ft", "port", "valley", "creek", "island"],
    *["bay", "beach", "saint", "ste", "san", "santa", "los", "las", "la", "el", "new", "old"],
    *["upper", "lower", "great", "little", "greater", "downtown", "uptown", "township"],
)
_COMPASS: Final = frozenset(
    [
        *["north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast"],
        *[
            "central",
            "midwest",
            "northern",
            "southern",
            "eastern",
            "western",
            "gulf",
            "city",
            "university",
        ],
        "metro",
        *_FACILITY_HEADS,
        *_GENERIC,
    ]
)
#: two compass words: a part of a country ("the North West" of England) that names a
#: first-level region in a few countries only (rule 2).
COMPASS_REGIONS: Final = frozenset({"north west", "north east", "south west", "south east"})


@dataclass(frozen=True)
class Run:
    """A stretch of text that may hold toponyms (rule 1)."""

    start: int
    end: int
    token_starts: tuple[int, ...]
    token_ends: tuple[int, ...]
    entity: bool
    #: an organisation the knowledge base knows ("EU"): a place only as a region or state.
    org: bool = False
    #: a GPE/LOC span no knowledge base linked (a model's guess): weaker than knowledge.
    guessed: bool = False


def is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) <= 4 and all(c.isupper() for c in letters)


def lookup_name(text: str, start: int, end: int) -> str:
    """Rule 3: the name to look up: an abbreviated US state's full name ("Calif.")."""
    return state_for(text, start, end) or text[start:end]


_SAINT: Final = re.compile(r"^(?:St|Saint|Ste|San|Santa)\b\.?\s")
#: a city this big is meant by its own name, possessive or not (rule 8).
_BIG_SAINT_CITY: Final = 200_000


def is_dedication(gazetteer: Gazetteer, text: str, start: int, end: int) -> bool:
    """Rule 8: "St Patrick's", "St. John's Health System": a saint's name with a
    possessive is a church, school, hospital or feast, not the town named after him;
    "St. Petersburg's", "San Diego's": a big city's own name, as written, is the city
    ("St. Paul's" is a church: the city's own name is written "Saint Paul")."""
    name = text[start:end]
    if _SAINT.match(name) is None or text[end : end + 2] not in ("'s", "’s"):
        return False
    return not any(
        p.matched == "name"
        and same_spelling(p.name, name)
        and (p.population or 0) >= _BIG_SAINT_CITY
        for p in gazetteer.lookup(name, fuzzy=False)
    )


def is_common(name: str) -> bool:
    """Rule 4: a common capitalised word that never names a place."""
    # "Dec." and "Aug." are months however written, never Decatur or Augusta
    return fold(name).rstrip(".") in _COMMON or (
        name.lower() in STOP_WORDS and not is_acronym(name)
    )


#: a compass word opening a longer name ("East Mosul", "West Aleppo"): rule 2.
_DIRECTED: Final = re.compile(r"^(?:North|South|East|West|Northern|Southern|Eastern|Western)\s")


def acronym_at(text: str, start: int, end: int) -> bool:
    """Rule 2: the name at text[start:end] is written like an acronym and does not head a
    dateline ("ROME, Ga. -", "OSLO (Reuters) -": a town in a dateline's capitals, which
    must then bear the name as its own: no airport code or alias)."""
    return is_acronym(text[start:end]) and not marked_dateline(text, start, end)


def plausible(gazetteer: Gazetteer, name: str, acronym: bool | None = None) -> bool:
    """Rule 2: a name the gazetteer knows; acronyms (`acronym`, by default read from the
    name) only for states and regions."""
    if fold(name).rstrip(".") in _COMPASS:
        return False
    candidates = gazetteer.lookup(name)
    skeletal = all(p.matched == "skeleton" for p in candidates)
    if skeletal and (TYPE_WORDS.search(name) or _DIRECTED.match(name)):
        return False
    if is_acronym(name) if acronym is None else acronym:
        return any(p.feature in ("country", "region") for p in candidates)
    if is_acronym(name):
        return any(p.matched == "name" for p in candidates)  # "OSLO (Reuters) -"
    return bool(candidates)


def listed_county(gazetteer: Gazetteer, text: str, name: str, end: int) -> bool:
    """Rule 2: a name in a list closed by "counties" or "parishes" that the gazetteer
    knows only with its type word ("Dakota, Otoe and Washington counties": Otoe
    County)."""
    listed = listed_type(text, end)
    if listed is None:
        return False
    return any(p.feature == "admin2" for p in gazetteer.lookup(f"{name} {listed}", fuzzy=False))


def _main_name(gazetteer: Gazetteer, name: str) -> bool:
    """Rule 2: some place bears the name as its own, not as an alternate name."""
    return any(p.matched == "name" for p in gazetteer.lookup(name))


#: rule 2: the most words a place's name has ("United Kingdom of Great Britain and Northern
#: Ireland"); a longer run is never looked up whole, so a run of hundreds of capitalised
#: words costs time in proportion to its length, not to its square.
_LONGEST_NAME: Final = 10


def names_in(gazetteer: Gazetteer, text: str, run: Run) -> list[tuple[int, int]]:
    """Rule 2: longest gazetteer names (of at most ten words) in a run, left to right."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(run.token_starts)
    while i < n:
        first = text[run.token_starts[i] : run.token_ends[i]]
        # a leading "The" is no part of the name ("The Torrington Fire Department")
        leading_article = first in ("The", "THE") and i + 1 < n
        if not first[:1].isupper() or leading_article or is_caps_pronoun(text, *run_word(run, i)):
            i += 1
            continue
        for j in range(min(n, i + _LONGEST_NAME), i, -1):
            start, end = run.token_starts[i], run.token_ends[j - 1]
            if text[end - 1] == "-":
                continue  # "Miami-" of "Miami-Dade": a name never ends on its hyphen
            name = lookup_name(text, start, end)
            part = is_partial(text, run, start, end)
            if listed_county(gazetteer, text, name, end) or (
                plausible(gazetteer, name, acronym_at(text, start, end) and name == text[start:end])
                and (not part or _main_name(gazetteer, name))
            ):
                out.append((start, end))
                i = j
                break
        else:
            i += 1
    return out


def hyphen_pairs(text: str, run: Run, names: list[tuple[int, int]]) -> frozenset[int]:
    """Rule 13: the starts of the two names when the run is two names joined by a
    hyphen ("Washington-Moscow"), else none."""
    if len(names) != 2 or (names[0][0], names[1][1]) != (run.start, run.end):
        return frozenset()
    if text[names[0][1] : names[1][0]] != "-":
        return frozenset()
    return frozenset({names[0][0], names[1][0]})


def run_word(run: Run, index: int) -> tuple[int, int]:
    """The span of a run's `index`-th word."""
    return run.token_starts[index], run.token_ends[index]


#: rule 11: verbs and prepositions after which capital-letter "US" is the object "us".
_TAKES_OBJECT: Final = frozenset(
    [
        *["tell", "told", "tells", "give", "gave", "gives", "given", "help", "helped"],
        *["helps", "ask", "asked", "asks", "allow", "allowed", "show", "showed", "join"],
        *["joined", "call", "called", "calls", "leave", "left", "lent", "make", "made"],
        *["keep", "kept", "bring", "brought", "send", "sent", "warn", "warned", "betray"],
        *["blame", "enable", "enabling", "force", "forces", "forced", "uniting", "unite"],
        *["for", "to", "with", "against", "of", "among", "from", "like", "about", "by"],
        *["toward", "towards", "upon", "behind", "between", "without", "before", "after"],
    ]
)
_CAPS_WORD: Final = re.compile(r"\b([A-Z]{2,})\W*$")
_NEXT_WORD: Final = re.compile(r"\s*([A-Za-z]+)")


def is_caps_pronoun(text: str, start: int, end: int) -> bool:
    """Rule 11: capital-letter "US" that is the pronoun ("LET US REMEMBER", "TOLD US
    THEY"), not the United States ("THE US ARMY", "FOR US TROOPS")."""
    if text[start:end] != "US" or text[end : end + 1] == "-":
        return False
    before = _CAPS_WORD.search(text, max(0, start - 20), start)
    if before is None or text[before.end(1) : start].strip():
        return False  # no capital-letter word right before: no capital-letter copy
    word = before.group(1).lower()
    if word == "let":
        return True
    if word not in _TAKES_OBJECT:
        return False
    after = _NEXT_WORD.match(text, end)
    # the country modifies the noun after it; the pronoun ends a phrase
    return (
        after is None
        or text[end : after.start(1)].strip() != ""
        or (after.group(1).lower() in STOP_WORDS)
    )


#: rule 12: a word in "-ic", an adjective ("Olympic", "Hispanic").
_ADJECTIVAL: Final = re.compile(r"^[A-Z][a-z]{2,}ic$")


def is_adjectival(name: str) -> bool:
    """Rule 12: the name is one adjective in "-ic" ("Olympic"), not a town's name."""
    return _ADJECTIVAL.match(name) is not None


_CONJUNCTION: Final = re.compile(r"\b(?:and|or)\b|&")


def is_partial(text: str, run: Run, start: int, end: int) -> bool:
    """Whether a name is only part of a longer name ("Mary" in "Mary Jackson").

    Within a model's span, leftover words that are lower-case, months or compass words
    ("eastern Pacific", "Atlantic starts June") do not make a name partial, nor do words
    past a comma or a conjunction: "Anbar, Iraq" is two names, a place and the country
    it is in, and "Idlib and Hama" two places.
    """
    if (start, end) == (run.start, run.end):
        return False
    if not run.entity:
        return True
    for s, e in zip(run.token_starts, run.token_ends, strict=True):
        word = text[s:e]
        outside = e <= start or s >= end
        between = text[e:start] if e <= start else text[end:s]
        apart = "," in between or _CONJUNCTION.search(between) is not None
        if outside and not apart and word[:1].isupper() and fold(word) not in _COMMON | _COMPASS:
            return True
    return False


def _capitalised(word: str) -> bool:
    """A word that may belong to a proper name ("Aleppo", "AL", "W." of "W. Va.", not "A"
    or "a")."""
    return word[:1].isupper() and (
        any(c.islower() for c in word) or sum(c.isalpha() for c in word) >= 2 or word[1:] == "."
    )


#: rule 10: a hyphen right after an abbreviation's period ("U.S.-led").
_ABBREVIATION_HYPHEN: Final = re.compile(r"(?<=[A-Z]\.)-(?=\w)")


def words(doc: Document) -> list[tuple[int, int]]:
    """The spans of the document's words: its tokens, split at a hyphen after an
    abbreviation's period (rule 10: "U.S.-led" is "U.S." and "led")."""
    out: list[tuple[int, int]] = []
    for token in doc.tokens or ():
        start, text = token.idx, token.text
        if "-" in text:
            for match in _ABBREVIATION_HYPHEN.finditer(text):
                out.append((start, token.idx + match.start()))
                start = token.idx + match.end()
        out.append((start, token.idx + len(text)))
    return out


def _extended(
    doc: Document, spans: list[tuple[int, int]], others: list[tuple[int, int]], end: int
) -> int:
    """Rule 6: the end of a model's place span carried over the capitalised words that
    follow it directly ("Los" -> "Los Angeles"), stopping at another entity.

    `spans` are the words (`words`), `others` the spans of every entity."""
    for w_start, w_end in spans[bisect.bisect_left(spans, (end, end)) :]:
        word = doc.text[w_start:w_end]
        gap = doc.text[end:w_start]
        # a county's type word belongs to the name before it, whatever entity a model
        # began there ("Wyandotte" + "County District Court")
        inside = any(s <= w_start < e for s, e in others) and word not in _COUNTY_WORDS
        if gap not in (" ", "") or inside or not _capitalised(word):
            break
        end = w_end
    return end


#: rule 6: type words of a second-level region that end a place's name.
_COUNTY_WORDS: Final = frozenset({"County", "Parish", "Borough"})


#: rule 6: a transliterated Arabic article that opens a place's name ("El Obeid").
_ARTICLES: Final = frozenset({"al", "el", "ad", "ar", "as", "ash", "az", "ez", "an", "at"})


def _with_article(
    doc: Document, spans: list[tuple[int, int]], others: list[tuple[int, int]], start: int
) -> int:
    """Rule 6: the start of a model's place span moved back over a capitalised Arabic
    article written right before it ("El Obeid"), unless that word is another entity's."""
    i = bisect.bisect_left(spans, (start, start)) - 1
    if i < 0:
        return start
    w_start, w_end = spans[i]
    word = doc.text[w_start:w_end]
    inside = any(s <= w_start < e for s, e in others)
    article = word[:1].isupper() and word.lower() in _ARTICLES
    if not article or inside or doc.text[w_end:start] not in (" ", "-"):
        return start
    return w_start


def _widened(
    doc: Document,
    gazetteer: Gazetteer,
    spans: list[tuple[int, int]],
    others: list[tuple[int, int]],
    span: tuple[int, int],
) -> tuple[int, int]:
    """Rule 7: a linked place span widened by the capitalised word before or after it when
    together they are a place's own name ("New" + "Mexico", "Mexico" + "City")."""
    s, e = span
    i, j = bisect.bisect_left(spans, (s, s)), bisect.bisect_left(spans, (e, e))
    free = [spans[i - 1] if i else None, spans[j] if j < len(spans) else None]
    for word in free:
        if word is None or not _capitalised(doc.text[word[0] : word[1]]):
            continue
        t_start, t_end = word
        if any(a <= t_start < b for a, b in others):
            continue
        wide = (min(s, t_start), max(e, t_end))
        gap = doc.text[e:t_start] if t_start >= e else doc.text[t_end:s]
        if gap == " " and _main_name(gazetteer, doc.text[wide[0] : wide[1]]):
            s, e = wide
    return s, e


def _sentence_end(text: str, sentence_starts: list[int], start: int, end: int) -> int:
    """Rule 6: a model's span ends with its sentence ("Rome. Evans says" is "Rome");
    `sentence_starts` are the offsets of the document's sentences, in order."""
    i = bisect.bisect_right(sentence_starts, start)
    if i < len(sentence_starts) and sentence_starts[i] < end:
        return start + len(text[start : sentence_starts[i]].rstrip(" .!?\n"))
    return end


#: conjunctions that open a sentence before a name ("While Clarke and Oconee update",
#: "But Kabul says"): no part of it (rule 9). Not events.tokens.SUBORDINATORS nor
#: events.measures' clause openers: those mark where a clause ends inside a sentence, so
#: they hold relative words ("which", "who") and prepositions ("after", "despite") but no
#: coordinators; here prepositions come from PREPOSITIONS, and "and", "or", "yet" and
#: "so" open a sentence as often as "while" does (geo does not import events).
_CONJUNCTIONS: Final = frozenset(
    {"and", "but", "or", "yet", "so", "while", "whereas", "when", "although", "though",
     "if", "because", "once", "unless", "whether"}
)  # fmt: skip


#: rule 9: the function words that may open a run without being part of its name.
_OPENING_WORDS = PREPOSITIONS | DETERMINERS | _CONJUNCTIONS


def opening_function_word(gazetteer: Gazetteer, text: str, tokens: list[tuple[int, int]]) -> bool:
    """Rule 9: whether a run's first token is a preposition, a determiner or a
    conjunction that is no part of a name ("Near" of "Near Rawah", "Another" of "Another
    Gainesville business", "While" of "While Clarke"), as opposed to "In" of "In
    Salah"."""
    start, end = tokens[0]
    if len(tokens) < 2 or text[start:end].lower() not in _OPENING_WORDS:
        return False
    return not any(_main_name(gazetteer, text[start : tokens[j][1]]) for j in range(1, len(tokens)))


#: a dash between spaces ends a name ("WINDSOR - The town", "ATLANTA -- Police").
_SPACED_DASH: Final = re.compile(r"\s+(?:-{1,2}|[–—])\s")


def _overlap_test(intervals: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether [s, e) overlaps any of `intervals`, in logarithmic time: among the
    intervals that start before e, the one reaching furthest must end after s."""
    ordered = sorted(intervals)
    starts = [a for a, _ in ordered]
    reach = list(itertools.accumulate((b for _, b in ordered), max))

    def overlaps(s: int, e: int) -> bool:
        k = bisect.bisect_left(starts, e)
        return k > 0 and reach[k - 1] > s

    return overlaps


#: a short word hyphened on both sides to capitalised words: "au" of "Port-au-Prince",
#: "en" of "Aix-en-Provence", "upon" of "Stratford-upon-Avon".
_HYPHENED_INSIDE: Final = re.compile(r"-(?:[a-z]{1,5}|[A-Z]{1,3})-[A-Z]")


def _hyphened_inside(text: str, start: int, end: int) -> bool:
    """Rule 1: the word at start:end is a lower-case word inside a hyphened name."""
    return _HYPHENED_INSIDE.fullmatch(text, start - 1, end + 2) is not None and (
        text[start - 2 : start - 1].isalpha()
    )


def runs(doc: Document, gazetteer: Gazetteer) -> list[Run]:
    """Rule 1: entity-free runs of capitalised tokens, and GPE/LOC entities."""
    if doc.tokens is None:
        return []
    spans = words(doc)
    blocked: list[tuple[int, int]] = []
    out: list[Run] = []
    starts_all = [s for s, _ in spans]
    ends_all = [e for _, e in spans]
    others = [(x.evidence.start, x.evidence.end) for x in doc.entities]
    # rule 7: the entities a model did not merely guess ("Ledge" a PERSON is a guess)
    firm = [
        (x.evidence.start, x.evidence.end)
        for x in doc.entities
        if not (x.label in SOFT_LABELS and x.kb_id is None)
    ]
    sentence_starts = [x.start for x in doc.sentences]
    for ent in doc.entities:
        org = ent.label == "ORG" and ent.kb_id is not None
        if ent.label in ("GPE", "LOC") or org:
            s, e = ent.evidence.start, ent.evidence.end
            if doc.text[s:e].lower().startswith("the "):
                s += 4
            if not org:
                s, e = _widened(doc, gazetteer, spans, firm, (s, e))
            starts: tuple[int, ...] = (s,)
            ends: tuple[int, ...] = (e,)
            if ent.kb_id is None and not org:
                # a model's span may overrun the name ("Atlantic starts June", "eastern
                # Pacific"): its tokens are tried one by one like a capitalised run; and
                # it may stop short of it ("Los" of "Los Angeles"): rule 6 extends it
                e = _extended(doc, spans, others, e)
                s = _with_article(doc, spans, others, s)
                # nor does it cross a dateline's dash ("WINDSOR - The town")
                dash = _SPACED_DASH.search(doc.text, s, e)
                e = dash.start() if dash is not None and dash.start() > s else e
                e = _sentence_end(doc.text, sentence_starts, s, e)
                first, last = bisect.bisect_left(starts_all, s), bisect.bisect_left(starts_all, e)
                if first < last:
                    starts, ends = tuple(starts_all[first:last]), tuple(ends_all[first:last])
            out.append(Run(s, e, starts, ends, True, org=org, guessed=ent.kb_id is None))
            blocked.append((min(s, ent.evidence.start), e))
            continue
        if ent.label in SOFT_LABELS and ent.kb_id is None:
            continue  # a guess: its words are still candidates, judged on acceptance
        blocked.append((ent.evidence.start, ent.evidence.end))
    current: list[tuple[int, int]] = []

    def flush() -> None:
        while (
            current
            and current[-1][1] - current[-1][0] <= 3
            and not doc.text[current[-1][0]].isupper()
        ):
            current.pop()
        if current and opening_function_word(gazetteer, doc.text, current):
            current.pop(0)
        if current:
            out.append(
                Run(
                    current[0][0],
                    current[-1][1],
                    tuple(s for s, _ in current),
                    tuple(e for _, e in current),
                    False,
                )
            )
        current.clear()

    overlaps_blocked = _overlap_test(blocked)
    for s, e in spans:
        word = doc.text[s:e]
        capitalised = _capitalised(word)
        # a hyphen joins a name only inside it ("ez-Zor"), never between spaces ("ATLANTA -")
        spaced = word == "-" and doc.text[s - 1 : s].isspace()
        hyphened = bool(current) and _hyphened_inside(doc.text, s, e)
        particle = bool(current) and (
            (word.lower() in _PARTICLES and not spaced) or _hyphened_inside(doc.text, s, e)
        )
        # "AU" of "PORT-AU-PRINCE" is no African Union: a word hyphened inside a name
        # belongs to the name, whatever entity a linker read in it
        inside = overlaps_blocked(s, e) and not hyphened
        if not inside and (capitalised or particle):
            current.append((s, e))
        else:
            flush()
    flush()
    return sorted(out, key=lambda r: r.start)
