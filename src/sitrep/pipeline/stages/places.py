"""Places: toponyms resolved to the gazetteer.

Rules, in order:
1. candidates are GPE/LOC entities and maximal runs of capitalised tokens (with
   "al-", "ez-", "de" particles inside) that no other entity covers: a word inside
   "Syrian Democratic Forces", "Islamic State", a person's name or a demonym is never
   a toponym (demonyms go to the actors stage);
2. within a run the longest gazetteer name wins, left to right;
3. a candidate is a toponym when it has locative context: a preposition before it
   ("in", "near", "across"; adjectives like "neighbouring", "northern" may come
   between), a place noun before it ("the battle of", "the town of"), a type word after
   it ("X province"), or "and"/"or" after an accepted place; or, without context,
   when it is a city of 100k+ people, not a common word and not sentence-initial;
4. among candidates the best scores: feature (country/region first, admin1 when
   followed by a type word), countries already mentioned in the article, population;
5. confidence: 0.9 with context and one clear candidate, less when ambiguous or when
   only population spoke for it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Final

from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.kb.gazetteer import Gazetteer, Place
from sitrep.model import PlaceMention
from sitrep.pipeline.document import Document
from sitrep.pipeline.resources import Resources

_PREPOSITIONS: Final = frozenset(
    [
        "in",
        "into",
        "inside",
        "near",
        "across",
        "throughout",
        "around",
        "outside",
        "from",
        "to",
        "towards",
        "toward",
        "at",
        "over",
        "within",
        "between",
        "via",
        "through",
        "on",
        "off",
        "along",
        "of",
    ]
)
_MODIFIERS: Final = frozenset(
    [
        "the",
        "neighbouring",
        "neighboring",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "north",
        "south",
        "east",
        "west",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "war-torn",
        "rebel-held",
        "occupied",
        "besieged",
        "nearby",
        "eastern",
        "government-held",
        "rural",
        "coastal",
        "city",
        "town",
        "village",
        "province",
        "region",
        "outskirts",
        "of",
        "capital",
    ]
)
_PLACE_NOUNS: Final = re.compile(
    r"\b(?:battle|siege|town|city|village|villages|province|region|state|district|"
    r"governorate|outskirts|capital|fall|liberation|camp|area|port|suburbs?|streets?)"
    r"\s+of\s+(?:the\s+)?$",
    re.I,
)
_TYPE_AFTER: Final = re.compile(
    r"^\s+(?:province|governorate|region|state|oblast|district|county|city|town|village|"
    r"area|camp|prefecture)\b",
    re.I,
)
_NOT_PLACE_LABELS: Final = frozenset(
    {"PERSON", "ORG", "ARMED_GROUP", "NORP", "WEAPON", "PLATFORM", "OPERATION", "FACILITY"}
)
_PARTICLES: Final = frozenset({"al", "el", "ez", "az", "ad", "as", "ash", "de", "du", "-"})
_COMMON: Final = frozenset(
    [
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
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "however",
        "before",
        "after",
        "recent",
        "authorities",
        "sharing",
        "defence",
        "defense",
        "secretary",
        "president",
        "minister",
        "today",
        "said",
        "new",
        "general",
        "army",
        "police",
        "government",
        "christians",
        "jews",
        "muslims",
        "eve",
        "year",
    ]
)
_BIG_CITY: Final = 100_000


@dataclass(frozen=True)
class _Run:
    start: int
    end: int
    token_starts: tuple[int, ...]
    token_ends: tuple[int, ...]
    entity: bool


class PlacesStage:
    name = "places"
    version = "1"
    requires: tuple[str, ...] = ("tokens", "sentences", "entities")
    assigns: tuple[str, ...] = ("places",)

    def __init__(self, resources: Resources) -> None:
        self._gazetteer: Gazetteer = resources.gazetteer

    def __call__(self, doc: Document) -> None:
        context = _article_countries(doc)
        found: list[PlaceMention] = []
        for run in _runs(doc):
            for start, end in self._names_in(doc, run):
                mention = self._resolve(doc, start, end, run.entity, context, found)
                if mention is not None:
                    found.append(mention)
                    if mention.feature == "country" and mention.country:
                        context.add(mention.country)
        doc.places = tuple(sorted(found, key=lambda p: (p.evidence.start, p.evidence.end)))

    def _names_in(self, doc: Document, run: _Run) -> list[tuple[int, int]]:
        """Longest gazetteer names in a run, left to right (rule 2)."""
        out: list[tuple[int, int]] = []
        i, n = 0, len(run.token_starts)
        while i < n:
            if not doc.text[run.token_starts[i]].isupper():
                i += 1
                continue
            for j in range(n, i, -1):
                start, end = run.token_starts[i], run.token_ends[j - 1]
                if self._gazetteer.lookup(doc.text[start:end]):
                    out.append((start, end))
                    i = j
                    break
            else:
                i += 1
        return out

    def _resolve(
        self,
        doc: Document,
        start: int,
        end: int,
        is_entity: bool,
        context: set[str],
        found: list[PlaceMention],
    ) -> PlaceMention | None:
        text = doc.text
        name = text[start:end]
        if name.lower() in STOP_WORDS or name.lower() in _COMMON:
            return None
        candidates = self._gazetteer.lookup(name)
        if not candidates:
            return None
        typed = _TYPE_AFTER.match(text[end : end + 20]) is not None
        cue = typed or _cue_before(text, start) or _coordinated(text, start, found)
        best = max(candidates, key=lambda p: _score(p, context, typed))
        if not cue:
            sentence_initial = any(s.start == start for s in doc.sentences)
            big = best.feature == "city" and (best.population or 0) >= _BIG_CITY
            if not big or sentence_initial or is_entity:
                return None
        runner_up = sorted((_score(p, context, typed) for p in candidates), reverse=True)
        margin = runner_up[0] - runner_up[1] if len(runner_up) > 1 else 10.0
        confidence = (0.9 if cue else 0.6) - (0.2 if margin < 1.0 else 0.0)
        return PlaceMention(
            evidence=doc.span(start, end),
            name=best.name,
            geonameid=best.geonameid,
            country=best.country,
            lat=best.lat,
            lon=best.lon,
            feature=best.feature,
            admin1=best.admin1_code,
            confidence=round(confidence, 2),
        )


def _score(place: Place, context: set[str], typed: bool) -> float:
    """Rule 4: feature, article countries, population."""
    feature = {"country": 8.0, "region": 7.0, "admin1": 3.0, "city": 1.0, "village": 0.0}
    score = feature.get(place.feature, 0.0)
    if typed and place.feature == "admin1":
        score += 6.0
    if place.country and place.country in context:
        score += 4.0
    return score + math.log10((place.population or 0) + 1) / 2


def _runs(doc: Document) -> list[_Run]:
    """Rule 1: entity-free runs of capitalised tokens, and GPE/LOC entities."""
    tokens = doc.tokens
    if tokens is None:
        return []
    blocked: list[tuple[int, int]] = []
    runs: list[_Run] = []
    for ent in doc.entities:
        if ent.label in ("GPE", "LOC"):
            s, e = ent.evidence.start, ent.evidence.end
            if doc.text[s:e].lower().startswith("the "):
                s += 4
            runs.append(_Run(s, e, (s,), (e,), True))
        blocked.append((ent.evidence.start, ent.evidence.end))
    current: list[tuple[int, int]] = []

    def flush() -> None:
        while (
            current
            and current[-1][1] - current[-1][0] <= 3
            and not doc.text[current[-1][0]].isupper()
        ):
            current.pop()
        if current:
            runs.append(
                _Run(
                    current[0][0],
                    current[-1][1],
                    tuple(s for s, _ in current),
                    tuple(e for _, e in current),
                    False,
                )
            )
        current.clear()

    for token in tokens:
        s, e = token.idx, token.idx + len(token.text)
        word = token.text
        capitalised = word[:1].isupper() and any(c.islower() for c in word)
        particle = bool(current) and word.lower() in _PARTICLES
        inside = any(bs < e and s < be for bs, be in blocked)
        if not inside and (capitalised or particle):
            current.append((s, e))
        else:
            flush()
    flush()
    return sorted(runs, key=lambda r: r.start)


def _cue_before(text: str, start: int) -> bool:
    before = text[max(0, start - 60) : start]
    if _PLACE_NOUNS.search(before):
        return True
    words = before.split()
    for word in reversed(words[-4:]):
        lowered = word.lower().strip(",")
        if lowered in _PREPOSITIONS:
            return True
        if lowered not in _MODIFIERS:
            return False
    return False


def _coordinated(text: str, start: int, found: list[PlaceMention]) -> bool:
    """ "Syria and Iraq": a name joined by and/or/comma to a place just accepted."""
    if not found:
        return False
    last = found[-1].evidence
    between = text[last.end : start]
    return last.end <= start and re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or)\s*", between) is not None


def _article_countries(doc: Document) -> set[str]:
    """Countries named anywhere in the article (GPE/NORP entities with a state kb_id)."""
    return {
        e.kb_id.split(".")[0]
        for e in doc.entities
        if e.kb_id and e.label in ("GPE", "NORP") and len(e.kb_id.split(".")[0]) == 2
    }
