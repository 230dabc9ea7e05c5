"""Adjectival toponyms: a country named by its demonym ("Cypriot", "Sri Lankan").

"Egyptian-US relations", "the Sri Lankan government", "two Kenyan citizens" refer to a
country as surely as its name does, and geoparsing corpora annotate them so. They are kept
apart from the places named outright: they are never locations of events (the events
stage takes no place under a NORP or organisation name) and never support themselves.

Rules, in order:
1. a capitalised word, or two ("Sri Lankan", "South African"), that the actor knowledge
   gives as the demonym of a state, singular or plural ("Palestinians"), is that state;
2. only where an entity the text already holds as a nationality or an organisation
   covers it ("Kenyan" NORP, "Sri Lankan government" ORG): so a demonym inside a
   person's name ("Huckleberry Finn") or that no one read as one stays out, and the
   events stage, which never places an event under such a name, is not misled; inside
   an armed group's proper name ("Syrian Democratic Forces") it names the group;
3. a word inside a place already found ("Indian Ocean", "American Samoa") is that place;
4. confidence ADJECTIVAL_CONFIDENCE, below any place named outright: a demonym speaks of
   a country's people or state, not of a location.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from sitrep.kb.actors import ActorKB
from sitrep.kb.gazetteer import Gazetteer
from sitrep.model import PlaceMention
from sitrep.pipeline.document import Document

#: a demonym's confidence: below LOCATIVE_CONFIDENCE and below a bare name's 0.6.
ADJECTIVAL_CONFIDENCE: Final = 0.5
#: entity labels under which a demonym stands for its country (rule 2).
_CARRIERS: Final = frozenset({"NORP", "ORG"})
#: the most words a demonym spans ("Sri Lankan", "New Zealander").
_MAX_WORDS: Final = 2


def _state(actors: ActorKB, word: str) -> str | None:
    """Rule 1: the country code a demonym names, or None."""
    entry = actors.state_of_demonym(word)
    if entry is None or entry.kind != "state":
        return None
    return entry.country


def adjectival_places(
    doc: Document, actors: ActorKB, gazetteer: Gazetteer, found: Sequence[PlaceMention]
) -> list[PlaceMention]:
    """Rules 1-4: a place mention for every demonym of a state in the text."""
    tokens = doc.tokens
    if tokens is None:
        return []
    carriers = [(e.evidence.start, e.evidence.end) for e in doc.entities if e.label in _CARRIERS]
    taken = [(p.evidence.start, p.evidence.end) for p in found]
    out: list[PlaceMention] = []
    i = 0
    while i < len(tokens):
        matched = 1
        for width in range(_MAX_WORDS, 0, -1):
            window = tokens[i : i + width]
            if len(window) < width or not window[0].text[:1].isupper():
                continue
            start, end = window[0].idx, window[-1].idx + len(window[-1].text)
            code = _state(actors, doc.text[start:end])
            country = gazetteer.country(code) if code else None
            if country is None:
                continue
            covered = any(s <= start and end <= e for s, e in carriers)
            inside = any(s < end and start < e for s, e in taken)
            if covered and not inside:
                out.append(
                    PlaceMention(
                        evidence=doc.span(start, end),
                        name=country.name,
                        geonameid=country.geonameid,
                        country=country.country,
                        lat=country.lat,
                        lon=country.lon,
                        feature=country.feature,
                        confidence=ADJECTIVAL_CONFIDENCE,
                        candidates=(country.geonameid,) if country.geonameid else (),
                    )
                )
            matched = width
            break
        i += matched
    return out
