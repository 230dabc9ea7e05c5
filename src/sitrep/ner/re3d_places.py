"""Places as re3d codes them (rule 4 of `sitrep.ner.re3d`): whether a state is a
Location or an actor, and how far a place's span reaches.

The toponyms come from the places stage (gazetteer-backed, `sitrep.pipeline.stages.places`)
and from the entities stage's GPE and LOC names. Rules, in order:

1. a state's demonym that the places stage reads as its state ("Iraqi forces") is no
   place: the demonym rules of `sitrep.ner.re3d_phrases` decide it;
2. a state named as a place ("in Syria", "northern Syria", "in both Iraq and Syria") is
   a Location; a state that acts or owns ("France said", "the UK's aid") is an
   Organisation, which the entities stage's GPE reading gives: re3d codes a state as an
   actor unless a preposition (or a place it is coordinated with: "in Syria and Iraq")
   or a compass word puts it in space; a town, a region, a sea or a mountain range is
   always a Location;
3. the span takes the words that describe the place: its type word after it ("Idlib
   province", "the Mosul Dam", "Incirlik Air Base"), a compass word before it
   ("northern Syria", "western Mosul"), the type noun and "of" before it ("the city of
   Mosul", "the province of Latakia", "Gulf of Aden") and the "the" that opens it ("the
   Red Sea"), unless that "the" belongs to a noun the name qualifies ("the Mosul
   operation", "the Syria-Iraq border": the Location is "Mosul", "Syria");
4. a name that a place type word closes or opens is a Location, found or not in the
   gazetteer ("the Tigris River", "Tabqa Dam", "Hasaka Province", "Mount Sinjar");
5. a place that qualifies people or a body names them, as one Organisation ("Camp
   Hurriya residents", "Mosul residents"), as a demonym does (`sitrep.ner.re3d_phrases`).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from typing import Final

from sitrep.geo.demonyms import ADJECTIVAL_CONFIDENCE
from sitrep.ner.re3d_phrases import STOP_WORDS, group_phrase_end
from sitrep.pipeline.document import Document

#: (character start, character end exclusive, re3d type)
CharSpan = tuple[int, int, str]

#: words before a state that put it in space (rule 2)
_PLACE_PREPOSITIONS: Final = frozenset(
    {
        "in", "into", "inside", "within", "across", "throughout", "near", "from", "to",
        "at", "around", "outside", "over", "toward", "towards", "through", "via",
        "between", "of", "on",
    }
)  # fmt: skip
#: the prepositions that put only places in space ("in", "near"; not "on Twitter",
#: "to Ambassador Saperstein", "of the ceasefire")
LOCATIVE_PREPOSITIONS: Final = frozenset(
    {"in", "into", "inside", "within", "across", "throughout", "near", "from", "around",
     "outside"}
)  # fmt: skip
#: words that may stand between a preposition and the state it places (rule 2)
_PLACE_FILLERS: Final = frozenset({"the", "both", "either", "neither"})
#: a name and the comma that lists the next one ("Turkey,"), not a date ("On Monday,")
_LISTED_NAME: Final = re.compile(
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b)[A-Z][\w.'’-]*,"
)
#: a compass word before a place ("northern Syria", "north-west Iraq") (rule 3)
_COMPASS: Final = re.compile(
    r"\b(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?|northeastern|northwestern|southeastern|southwestern) $",
    re.I,
)
#: nouns that end a place's description ("the Mezzeh military airport", "the Mosul Dam",
#: "Idlib province") (rule 3)
_PLACE_HEAD: Final = re.compile(
    r" (?:airport|airfield|air base|base|dam|bridge|gate|camp|province|district|"
    r"governorate|city|town|village|mountains|river|street|region|compound|border|"
    # landforms and waters that a name qualifies ("the Tharthar depression")
    r"depression|valley|plain|lake|sea|strait|hills?|ridge|canal|wadi|oasis|marshes)\b",
    re.I,
)
#: the word right after a name, or after its hyphen ("Syria-Iraq")
_NEXT_WORD: Final = re.compile(r"(?: |-)([A-Za-z][a-z]+)\b")
#: a place's type noun and "of" before its name ("the city of Mosul") (rule 3)
_TYPE_OF_BEFORE: Final = re.compile(
    r"\b(?:(?:the|The) (?:(?:[a-z]+ )?(?:city|town|village|province|governorate|district|"
    r"region|island|port|capital))s?|(?:(?:the|The) )?(?:Gulf|Bay|Sea|Strait|Straits|Isle|"
    r"Cape|Lake|Port|Horn)) of $"
)


#: a capitalised word of a place's name ("Tabqa", "Al-Assad", "Qasr")
_NAME_WORD: Final = r"[A-Z][\w'’-]*"
#: the lower-case words inside a name ("Salah ad Din", "Dayr az Zawr")
_NAME_GLUE: Final = r"(?:al|ad|an|as|ash|at|az|el|bin|bu|of|the|de)"
#: place type words that close a name ("Tabqa Dam") or open it ("Mount Sinjar") (rule 4)
_NAMED_PLACE: Final = re.compile(
    rf"\b(?:{_NAME_WORD} (?:{_NAME_GLUE} )?){{1,3}}(?:River|Dam|Barrage|Lake|Mountains|"
    r"Valley|Desert|Province|Governorate|District|Airport|Airfield|Air Base|Airbase|"
    r"Bridge|Gate|Mosque|Museum|Hospital|Square|Street|Camp|Base|Port)"
    r"(?: (?:West|East|North|South))?\b|"
    rf"\b(?:Mount|Lake|Camp|Fort) {_NAME_WORD}(?: {_NAME_WORD})?"
)


def place_mentions(doc: Document) -> Iterable[CharSpan]:
    """The places stage's toponyms as re3d Location spans (rules 1-3)."""
    text = doc.text
    for place in doc.places:
        if place.confidence <= ADJECTIVAL_CONFIDENCE:
            continue  # rule 1: "Iraqi" read as Iraq
        start, end = place.evidence.start, place.evidence.end
        if place.feature == "country" and not is_place_use(text, start):
            continue  # rule 2: a state that acts; the entities stage's GPE reading has it
        start, end, _ = place_span(text, start, end)
        yield _with_people(text, start, end)


def named_places(text: str) -> Iterable[CharSpan]:
    """Rule 4: a name that a place type word closes or opens ("the Tigris River", "Tabqa
    Dam", "Hasaka Province", "Mount Sinjar", "Camp Hurriya") is a Location."""
    for match in _NAMED_PLACE.finditer(text):
        start = with_determiner(text, with_compass(text, match.start()))
        yield _with_people(text, start, match.end())


def _with_people(text: str, start: int, end: int) -> CharSpan:
    """A place that qualifies people or a body names them: "Camp Hurriya residents",
    "Mosul residents" are one Organisation (rule 5); else the place is a Location."""
    people_end = group_phrase_end(text, end)
    if people_end is None:
        return start, end, "Location"
    return start, people_end, "Organisation"


def place_span(text: str, start: int, end: int) -> CharSpan:
    """Rule 3: the Location a toponym at [start, end) heads, with the words describing it."""
    start, end = with_place_head(text, start, end)
    typed = _TYPE_OF_BEFORE.search(text, 0, start)
    if typed is not None:
        return typed.start(), end, "Location"
    start = with_compass(text, start)
    return (start if modifies_noun(text, end) else with_determiner(text, start)), end, "Location"


def modifies_noun(text: str, end: int) -> bool:
    """Whether a name ending at `end` qualifies the noun after it ("the Mosul operation",
    "the Syria-Iraq border", "the Brussels Conference"): a "the" before it is the noun's."""
    match = _NEXT_WORD.match(text, end)
    return match is not None and match.group(1).lower() not in STOP_WORDS


def regions(doc: Document) -> frozenset[tuple[int, int]]:
    """The spans of the states and first-level regions the text names ("Syria", "Texas"),
    which may close a place pair ("Palmyra, Syria") whatever their use."""
    states = {(e.evidence.start, e.evidence.end) for e in doc.entities if e.label == "GPE"}
    states |= {
        (p.evidence.start, p.evidence.end)
        for p in doc.places
        if p.feature in ("country", "admin1") and p.confidence > ADJECTIVAL_CONFIDENCE
    }
    return frozenset(states)


def is_place_use(
    text: str, start: int, prepositions: Collection[str] = _PLACE_PREPOSITIONS
) -> bool:
    """Rule 2: "in Syria", "northern Syria" are places; "Syria said" is an actor: the
    words before a state at `start` decide its use; `prepositions` are the words that
    place it (a narrower set, `LOCATIVE_PREPOSITIONS`, for a name no knowledge places)."""
    if with_compass(text, start) != start:
        return True  # "northern Syria"
    before = text[:start].split()
    # "in Syria and Iraq", "to Turkey, Lebanon": a state listed after a place is a place
    while len(before) >= 2:
        if before[-1] in ("and", "or") and before[-2][:1].isupper():
            before = before[:-2]
        elif _LISTED_NAME.fullmatch(before[-1]):
            before = before[:-1]
        else:
            break
    while before and before[-1].lower() in _PLACE_FILLERS:
        before = before[:-1]  # "in the Netherlands", "in both Iraq and Syria"
    return bool(before) and before[-1].lower() in prepositions


def is_place_head(word: str) -> bool:
    """Whether a word is a noun that ends a place's description ("province", "depression")."""
    return _PLACE_HEAD.fullmatch(f" {word}") is not None


def with_compass(text: str, start: int) -> int:
    """The start of a compass word right before `start` ("northern Syria"), else `start`."""
    match = _COMPASS.search(text, 0, start)
    return match.start() if match else start


def with_place_head(text: str, start: int, end: int) -> tuple[int, int]:
    """A place cut short before its head noun ("the Mezzeh military" + "airport") takes
    the head, and the "the" before it."""
    head = _PLACE_HEAD.match(text, end)
    if head is None:
        return start, end
    return with_determiner(text, start), head.end()


def with_determiner(text: str, start: int) -> int:
    """The start of a "the" right before `start`, else `start`."""
    for det in ("the ", "The "):
        if text[max(0, start - len(det)) : start] == det:
            return start - len(det)
    return start
