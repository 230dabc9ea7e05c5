"""Places: toponyms resolved to the gazetteer.

Rules, in order:
1. candidates are GPE/LOC entities and maximal runs of capitalised tokens (with
   "al-", "ez-", "de" particles inside; all-capital datelines like "WASHINGTON" too) that
   no other entity covers: a word inside "Syrian Democratic Forces", "Islamic State", a
   person's name or a demonym is never a toponym (demonyms go to the actors stage);
2. within a run the longest gazetteer name wins, left to right; an acronym ("UK",
   "U.S.") counts only when it names a country or region, a lone compass word never;
3. a candidate is a toponym when it names a country, continent, region or first-level
   region by its own name, or has locative context: a preposition before it ("in",
   "near", "north of"; adjectives like "neighbouring" may come between), a place noun
   before it ("the battle of", "the town of"), a type word after it ("X province"),
   "and"/"or" after an accepted place; or, without context, when it is a city of 100k+
   people named by its main name, not a common word and not sentence-initial; a place
   met only by an alternate name or a transliteration skeleton needs context;
4. among candidates the best scores: feature (country/region first, admin1 when
   followed by a type word), countries already mentioned in the article, first-level
   regions already resolved (containment), population, main name over alternate name;
5. confidence: 0.9 with context and one clear candidate, less when ambiguous or when only
   a skeleton matched; at most 0.6 without locative context ("Russia said": a
   metonymic toponym, which the actors stage may still take as an actor); the geonameids of the
   candidates weighed are kept on the mention for inspection;
6. precision "near" when the text places something only near the name ("near X",
   "north of X", "outskirts of X", "10 km from X").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Final

from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.geo.abbreviations import state_for
from sitrep.kb.actors import fold
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
#: "London-based", "Gaza-born": the hyphenated word after a name makes it a place.
_CUE_AFTER: Final = re.compile(r"^\s?[-‐–]\s?(?:based|born|bound|area|region)\b", re.I)
#: prepositions that make a mention approximate: the event is near the place, not in it.
_NEAR: Final = re.compile(
    r"\b(?:near|nearby|outside|around|close\s+to|(?:north|south|east|west|"
    r"north-?east|north-?west|south-?east|south-?west)\s+of|outskirts\s+of|"
    r"km\s+(?:from|of)|kilometres\s+(?:from|of)|kilometers\s+(?:from|of)|miles\s+(?:from|of))"
    r"\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+|village\s+of\s+)?$",
    re.I,
)
#: "BEIJING (Reuters) -", "ATLANTA, Ga. -": a sentence-initial name opening a dateline.
_DATELINE: Final = re.compile(r"^(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:\(|[-–—]\s)")
#: entity labels a statistical model guesses: inside them a place name still needs proof.
_SOFT_LABELS: Final = frozenset({"PERSON", "ORG"})
#: a city at least this big may be named alone even where a model guessed PERSON or ORG.
_HUGE_CITY: Final = 1_000_000
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
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "christmas",
    ]
)
_BIG_CITY: Final = 100_000
#: a place at or above this confidence was named in locative context ("in Syria"); below
#: it only the name spoke ("Russia said"), so the actors stage may take it as an actor.
LOCATIVE_CONFIDENCE: Final = 0.7
#: features a toponym may name with no locative context at all.
_SELF_EVIDENT: Final = frozenset({"country", "region", "admin1"})
_COMPASS: Final = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "north west",
        "north east",
        "south west",
        "south east",
        "northwest",
        "northeast",
        "southwest",
        "southeast",
        "central",
        "midwest",
        "northern",
        "southern",
        "eastern",
        "western",
        "gulf",
        "city",
        "university",
        "metro",
    }
)
#: how many candidates a mention keeps for inspection.
_KEEP_CANDIDATES: Final = 5


@dataclass(frozen=True)
class _Run:
    start: int
    end: int
    token_starts: tuple[int, ...]
    token_ends: tuple[int, ...]
    entity: bool
    #: an organisation the knowledge base knows ("EU"): a place only as a region or state.
    org: bool = False
    #: a GPE/LOC span no knowledge base linked (a model's guess): weaker than knowledge.
    guessed: bool = False


class PlacesStage:
    name = "places"
    version = "3"
    requires: tuple[str, ...] = ("tokens", "sentences", "entities")
    assigns: tuple[str, ...] = ("places",)

    def __init__(self, resources: Resources) -> None:
        self._gazetteer: Gazetteer = resources.gazetteer

    def __call__(self, doc: Document) -> None:
        named = _article_countries(doc)
        context: set[str] = set()
        soft = [
            (e.evidence.start, e.evidence.end, e.label)
            for e in doc.entities
            if e.label in _SOFT_LABELS and e.kb_id is None
        ]
        found: list[PlaceMention] = []
        for run in _runs(doc):
            for start, end in self._names_in(doc, run):
                # a name that is only part of a longer capitalised run ("Mary" in "Mary
                # Jackson") may be a person or an organisation: it needs context
                partial = not run.entity and (start, end) != (run.start, run.end)
                guess = next((g for g in soft if g[0] < end and start < g[1]), None)
                # countries the article names elsewhere: a name never supports itself
                around = context | {
                    code
                    for code, spans in named.items()
                    if any(not (s < end and start < e) for s, e in spans)
                }
                mention = self._resolve(
                    doc, start, end, _Evidence(run, partial, guess), around, found
                )
                if mention is not None:
                    found.append(mention)
                    if mention.country and (
                        mention.feature == "country" or mention.confidence >= LOCATIVE_CONFIDENCE
                    ):
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
                if self._plausible(_lookup_name(doc.text, start, end)):
                    out.append((start, end))
                    i = j
                    break
            else:
                i += 1
        return out

    def _plausible(self, name: str) -> bool:
        """Rule 2: a name the gazetteer knows; acronyms only for states and regions."""
        if fold(name) in _COMPASS:
            return False
        candidates = self._gazetteer.lookup(name)
        if _is_acronym(name):
            return any(p.feature in ("country", "region") for p in candidates)
        return bool(candidates)

    def _resolve(
        self,
        doc: Document,
        start: int,
        end: int,
        evidence: _Evidence,
        context: set[str],
        found: list[PlaceMention],
    ) -> PlaceMention | None:
        text = doc.text
        name = _lookup_name(text, start, end)
        abbreviated = name != text[start:end]
        if fold(name) in _COMMON or (name.lower() in STOP_WORDS and not _is_acronym(name)):
            return None
        candidates = self._gazetteer.lookup(name)
        if abbreviated:
            candidates = [p for p in candidates if p.feature == "admin1" and p.country == "US"]
        elif _is_acronym(name) or evidence.run.org:
            candidates = [p for p in candidates if p.feature in ("country", "region")]
        if not candidates:
            return None
        typed = _TYPE_AFTER.match(text[end : end + 20]) is not None
        cue = (
            typed
            or (
                _DATELINE.match(text[end : end + 30]) is not None
                and any(s.start == start for s in doc.sentences)
            )
            or abbreviated
            or _CUE_AFTER.match(text[end : end + 12]) is not None
            or _cue_before(text, start)
            or _coordinated(text, start, found)
        )
        admin1s: set[str | None] = {p.admin1 for p in found if p.admin1}
        subnational = {
            p.country
            for p in found
            if p.country and p.feature not in ("country", "region") and p.confidence >= 0.7
        }
        scored = sorted(
            ((_score(p, context, admin1s, typed, subnational), p) for p in candidates),
            key=lambda sp: (-sp[0], sp[1].rank_key()),
        )
        best = scored[0][1]
        self_evident = best.feature in _SELF_EVIDENT and best.matched == "name"
        if evidence.strict and best.feature == "admin1" and best.country not in subnational:
            self_evident = False
        if not cue and not self_evident and not _accept_bare(doc, start, end, best, evidence):
            return None
        if best.matched == "skeleton" and not (cue and best.country in context):
            return None
        margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 10.0
        # LOCATIVE_CONFIDENCE splits the two: with context >= 0.7, without it <= 0.6
        confidence = (0.9 if cue else 0.6) - (0.2 if margin < 1.0 else 0.0)
        confidence -= 0.1 if best.matched == "skeleton" else 0.0
        confidence -= 0.1 if evidence.guess is not None else 0.0
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
            candidates=tuple(
                p.geonameid for _, p in scored[:_KEEP_CANDIDATES] if p.geonameid is not None
            ),
            precision="near" if _NEAR.search(text[max(0, start - 40) : start]) else None,
        )


@dataclass(frozen=True)
class _Evidence:
    """What the text says about a name besides its words (rules 1 and 3)."""

    run: _Run
    #: the name is only part of a longer capitalised run ("Mary" in "Mary Jackson")
    partial: bool
    #: a PERSON/ORG span no knowledge base linked that overlaps the name (a guess)
    guess: tuple[int, int, str] | None

    @property
    def strict(self) -> bool:
        """Whether the name needs locative context (an entity or a partial run)."""
        return (self.run.entity and not self.run.guessed) or self.partial


def _accept_bare(doc: Document, start: int, end: int, best: Place, ev: _Evidence) -> bool:
    """Rule 3 without context: which names may stand alone as toponyms."""
    if best.matched != "name":
        return False
    population = best.population or 0
    if ev.guess is not None:
        g_start, g_end, label = ev.guess
        whole = (g_start, g_end) == (start, end)
        # "Moscow" guessed a PERSON alone; never "Jackson" in "Michael Jackson"
        if not whole:
            return False
        if label == "PERSON":
            return best.feature in ("city", "admin2") and population >= _HUGE_CITY
        return best.feature in ("city", "admin2") and population >= _BIG_CITY
    if ev.run.guessed:
        # a model's LOC/GPE span: a known populated place or county by its own name
        return best.feature in ("city", "village", "admin1", "admin2") and population >= 1_000
    if ev.strict:
        return False
    sentence_initial = any(s.start == start for s in doc.sentences)
    big = best.feature in ("city", "admin2") and population >= _BIG_CITY
    return big and not sentence_initial


def _lookup_name(text: str, start: int, end: int) -> str:
    """The name to look up: an abbreviated US state's full name ("Calif." -> California)."""
    return state_for(text, start, end) or text[start:end]


def _score(
    place: Place, context: set[str], admin1s: set[str | None], typed: bool, subnational: set[str]
) -> float:
    """Rule 4: feature, article countries, containment, population, main name."""
    feature = {
        "country": 8.0,
        "region": 7.0,
        "admin1": 3.0,
        "admin2": 2.0,
        "city": 1.0,
        "village": 0.0,
    }
    score = feature.get(place.feature, 0.0)
    if typed and place.feature == "admin1":
        score += 6.0
    if place.country and place.country in context:
        score += 2.5
        if place.feature in ("admin1", "admin2") and place.country in subnational:
            # an article about US towns means Georgia the state, not the country
            score += 3.0
        elif place.feature in ("city", "village") and place.country in subnational:
            score += 1.5
    if place.admin1_code and place.admin1_code in admin1s:
        score += 1.5
    if place.matched != "name":
        score -= 1.5
    return score + math.log10((place.population or 0) + 1)


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) <= 4 and all(c.isupper() for c in letters)


def _runs(doc: Document) -> list[_Run]:
    """Rule 1: entity-free runs of capitalised tokens, and GPE/LOC entities."""
    tokens = doc.tokens
    if tokens is None:
        return []
    blocked: list[tuple[int, int]] = []
    runs: list[_Run] = []
    for ent in doc.entities:
        org = ent.label == "ORG" and ent.kb_id is not None
        if ent.label in ("GPE", "LOC") or org:
            s, e = ent.evidence.start, ent.evidence.end
            if doc.text[s:e].lower().startswith("the "):
                s += 4
            runs.append(_Run(s, e, (s,), (e,), True, org=org, guessed=ent.kb_id is None))
        if ent.label in _SOFT_LABELS and ent.kb_id is None:
            continue  # a guess: its words are still candidates, judged in _accept_bare
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
        capitalised = word[:1].isupper() and (
            any(c.islower() for c in word) or sum(c.isalpha() for c in word) >= 2
        )
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


def _article_countries(doc: Document) -> dict[str, list[tuple[int, int]]]:
    """Countries named in the article (GPE/NORP entities with a state kb_id), with where."""
    out: dict[str, list[tuple[int, int]]] = {}
    for e in doc.entities:
        code = e.kb_id.split(".")[0] if e.kb_id else ""
        if e.label in ("GPE", "NORP") and len(code) == 2:
            out.setdefault(code, []).append((e.evidence.start, e.evidence.end))
    return out
