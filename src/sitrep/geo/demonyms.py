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
   a country's people or state, not of a location;
5. a country's own name or abbreviation opening an organisation the knowledge base links
   to that very country ("the U.S. military", "three U.S. officials", "UK government",
   "US State Department") names the country as its demonym would ("the French army"):
   the same mention, at the same confidence, for the same reasons;
6. a demonym opening a longer name makes it the name of a body or a thing ("the
   Dagestani Battle Group", "Afghan Taliban"): a town's name after it in that name is
   no place (the places stage), nor is the name an event's place (sitrep.events.placing);
7. a demonym before a word of language, cuisine, music or heritage ("Italian food",
   "Polish sausage", "Irish songs", "French immersion", "Irish heritage") speaks of a
   culture, not of its state: no place;
8. a demonym that is a person's surname, after a given name ("Monica French") or before
   a verb of speech ("French said"), is no place;
9. the people of a first-level region or a region, named from its name by the usual
   endings ("Ohioans" of Ohio, "Minnesotans", "Texans" of Texas, "South Ossetian" of
   South Ossetia), name that region as a state's demonym names the state: in the plural
   anywhere ("8,000 Minnesotans"), in the singular only before a word for people or
   their officials, other peoples' names between ("South Ossetian officials", "Bavarian
   voters", "North Ossetian, South Ossetian and Georgian representatives"; never "a
   Victorian house"), and not after a capitalised word inside a sentence ("the Houston Texans");
   no model tags these as nationalities, so rule 2 does not gate them. Rules 7
   and 8 apply, and a region named so is never an event's place
   (`sitrep.geo.facilities.settlements`);
10. a demonym opening the proper name of a private or civic body, its head a word such
   bodies take ("the American Red Cross", "the American Heart Association", "the
   American Legion", "American Airlines"), names the body, not a state: no place. A
   state's own bodies ("the Sri Lankan government", "the Iraqi Army") keep their state;
11. a plural demonym after "the" and before a game's verb and result ("The Indians had
   won six straight", "the Indians scored twice in the ninth") names a team: no place;
12. a demonym after a continent's or an ancestry's prefix and a hyphen ("African-
   American", "Anglo-Americans", "Afro-Brazilian", "Asian-American voters") names an
   ethnic group by its ancestry, not a state ("Russian-American crew", two states'
   demonyms, keeps both states): no place.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from typing import Final

from sitrep.geo.candidates import words
from sitrep.geo.context import speaks_after
from sitrep.geo.persons import packaged_names
from sitrep.kb.actors import ActorKB
from sitrep.kb.gazetteer import Gazetteer, Place
from sitrep.model import EntityMention, PlaceMention
from sitrep.pipeline.document import Document

#: a demonym's confidence: below LOCATIVE_CONFIDENCE and below a bare name's 0.6.
ADJECTIVAL_CONFIDENCE: Final = 0.5
#: entity labels under which a demonym stands for its country (rule 2).
_CARRIERS: Final = frozenset({"NORP", "ORG"})
#: the most words a demonym spans ("Sri Lankan", "New Zealander").
_MAX_WORDS: Final = 2
#: the most words a country's name spans at the head of an organisation ("United States").
_MAX_NAME_WORDS: Final = 3


def state_of(actors: ActorKB, word: str) -> str | None:
    """Rule 1: the country code a demonym names, or None."""
    entry = actors.state_of_demonym(word)
    if entry is None or entry.kind != "state":
        return None
    return entry.country


#: the endings that make a people's adjective of a place's name ("Dagestani", "Syrian").
_DEMONYM_ENDINGS: Final = ("i", "n", "an", "ian", "ese", "ish")
_MIN_STEM: Final = 3


def is_demonym(word: str, actors: ActorKB, gazetteer: Gazetteer) -> bool:
    """Rule 6: a state's demonym ("Syrian", "Afghan"), or the name of a country, region
    or first-level region with a people's ending ("Dagestani" of Dagestan)."""
    if not word[:1].isupper():
        return False
    if actors.state_of_demonym(word) is not None:
        return True
    stems = {word[: -len(end)] for end in _DEMONYM_ENDINGS if word.endswith(end)}
    return any(
        p.feature in ("country", "region", "admin1") and p.matched == "name"
        for stem in stems
        if len(stem) >= _MIN_STEM
        for p in gazetteer.lookup(stem, fuzzy=False)
    )


def adjectival_places(
    doc: Document, actors: ActorKB, gazetteer: Gazetteer, found: Sequence[PlaceMention]
) -> list[PlaceMention]:
    """Rules 1-5: a place mention for every demonym of a state in the text, and for
    every country named at the head of its own organisation."""
    tokens = doc.tokens
    if tokens is None:
        return []
    carriers = [(e.evidence.start, e.evidence.end) for e in doc.entities if e.label in _CARRIERS]
    taken = [(p.evidence.start, p.evidence.end) for p in found]
    out: list[PlaceMention] = []
    # each token's offset and text, read once (slicing the parsed document is slow)
    written = [(token.idx, token.text) for token in tokens]
    i = 0
    while i < len(written):
        matched = 1
        for width in range(_MAX_WORDS, 0, -1):
            last = i + width - 1
            if last >= len(written) or not written[i][1][:1].isupper():
                continue
            start, end = written[i][0], written[last][0] + len(written[last][1])
            code = state_of(actors, doc.text[start:end])
            country = gazetteer.country(code) if code else None
            if country is None:
                region = _region_of_people(doc.text, start, end, gazetteer)
                if region is None:
                    continue
                country, carriers = region, [*carriers, (start, end)]
            covered = any(s <= start and end <= e for s, e in carriers)
            inside = any(s < end and start < e for s, e in taken)
            if covered and not inside and not _no_state(doc.text, start, end):
                out.append(_adjectival(doc, start, end, country))
            matched = width
            break
        i += matched
    taken.extend((p.evidence.start, p.evidence.end) for p in out)
    return sorted(
        [*out, *_organisation_heads(doc, actors, gazetteer, taken)],
        key=lambda p: p.evidence.start,
    )


#: rule 9: the region kinds whose people are named after them.
_REGION_FEATURES: Final = frozenset({"region", "admin1"})
#: rule 9: words for people or their officials after a singular regional demonym.
#: Other peoples' names may be listed before the word ("North Ossetian, South Ossetian
#: and Georgian representatives").
_PEOPLE_AFTER: Final = re.compile(
    r"(?:,?\s+(?:and\s+|or\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?){0,3}"
    r"\s+(?:people|residents|voters|officials|leaders?|authorities|government|president|"
    r"parliament|administration|side|forces|troops|militia|fighters|separatists?|rebels|"
    r"representatives|delegation|lawmakers|legislators|taxpayers|families|farmers|"
    r"workers|students)\b"
)


#: rule 9: a capitalised word inside a sentence right before the people's name.
_NAME_BEFORE: Final = re.compile(r"[a-z,;:]\s+[A-Z][\w.'’-]*\s+$")


def _region_of_people(text: str, start: int, end: int, gazetteer: Gazetteer) -> Place | None:
    """Rule 9: the first-level region or region whose people the capitalised words over
    [start, end) name ("Ohioans", "South Ossetian officials"), or None."""
    people = text[start:end]
    plural = people.endswith("ns")
    stem = people[:-1] if plural else people
    if not stem.endswith("n") or not (plural or _PEOPLE_AFTER.match(text, end)):
        return None
    if _NAME_BEFORE.search(text, max(0, start - 40), start):
        return None  # "the Houston Texans": a team's or a body's name
    # "Minnesota-n", "Ohio-an", "Texa-n" of Texas
    for name in (stem[:-1], stem[:-2], stem[:-1] + "s"):
        for place in gazetteer.lookup(name, fuzzy=False):
            if place.feature in _REGION_FEATURES and place.matched == "name":
                return place
    return None


def names_regional_people(place: PlaceMention) -> bool:
    """Rule 9: the mention names a region by its people ("Ohioans" for Ohio)."""
    said = place.evidence.text
    stem = said[:-1] if said.endswith("ns") else said
    return (
        place.feature in _REGION_FEATURES
        and stem.endswith("n")
        and said != place.name
        and len(stem) >= len(place.name)
        and said.startswith(place.name[:-1])
    )


#: rule 7: words of a culture after a demonym ("Italian food", "Irish songs").
_CULTURE: Final = re.compile(
    r"\s+(?:food|foods|cuisine|dish|dishes|cooking|recipes?|restaurants?|sausages?|bread|"
    r"pastry|wine|beer|pub|music|songs?|rock|folk|dances?|dancing|heritage|ancestry|"
    r"descent|immersion|language|lessons?|classes|accent|literature|poetry)\b"
)
#: rule 10: a demonym opening the name of a private or civic body ("the American Red
#: Cross", "American Heart Association", "the American Legion", "American Airlines");
#: the body's word ends its own word, not a hyphenated compound ("Pakistani Cross-Border
#: Trade" names no body).
_PRIVATE_BODY: Final = re.compile(
    r"(?:\s+(?:[A-Z][\w&.'’-]*|and|of|for|&)){0,4}?\s+(?:Association|Society|Legion|"
    r"Red\s+Cross|Airlines|Airways|Foundation|Corp|Corporation|Inc|Company|Club|League|"
    r"Express)\b(?!-)"
)
#: rule 8: the capitalised word right before a demonym.
_WORD_BEFORE: Final = re.compile(r"\b([A-Z][a-z]+)\s+$")


#: rule 11: "the Indians" before a game's verb or result: a team.
_THE_BEFORE: Final = re.compile(r"\b[Tt]he\s+$")
_GAME_AFTER: Final = re.compile(
    r"(?:’|')?\s+(?:(?:had|have|has|will)\s+)?(?:"
    r"(?:scored|outscored|rallied|swept|trailed|edged|routed|blanked|clinched)\b|"
    r"(?:won|beat|lost|defeated|dropped)\s+(?:\w+\s+){0,3}?(?:\d+-\d+|straight|games?)\b)"
)


def _team(text: str, start: int, end: int) -> bool:
    """Rule 11: a plural demonym after "the" and before a game's verb and result ("The
    Indians had won six straight", "the Indians scored twice in the ninth") names a
    team, not a people."""
    plural = text[end - 1 : end] == "s"
    return (
        plural
        and _THE_BEFORE.search(text, max(0, start - 5), start) is not None
        and _GAME_AFTER.match(text, end) is not None
    )


#: rule 12: a continent's or ancestry's prefix and a hyphen before a demonym.
_ANCESTRY_BEFORE: Final = re.compile(
    r"\b(?:African|Afro|Anglo|Asian|Latin|Native|Hispanic|Euro|European|Indo)[-‐–]$"
)


def _no_state(text: str, start: int, end: int) -> bool:
    """Rules 7-8 and 10-11: the demonym over [start, end) speaks of a culture ("Italian
    food"), is a person's surname ("Monica French", "French said"), opens the name of
    a private or civic body ("the American Red Cross"), names a team ("The Indians
    had won six straight") or an ethnic group ("African-Americans", rule 12)."""
    if _CULTURE.match(text, end) or speaks_after(text, end) or _PRIVATE_BODY.match(text, end):
        return True
    if _team(text, start, end):
        return True
    if _ANCESTRY_BEFORE.search(text, max(0, start - 12), start):
        return True  # "African-American": an ethnic group by its ancestry (rule 12)
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1).lower() in packaged_names()


def _adjectival(doc: Document, start: int, end: int, country: Place) -> PlaceMention:
    """Rule 4: the country named adjectivally over [start, end)."""
    return PlaceMention(
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


def _organisation_heads(
    doc: Document, actors: ActorKB, gazetteer: Gazetteer, taken: list[tuple[int, int]]
) -> list[PlaceMention]:
    """Rule 5: "the U.S. military", "UK government": the linked organisation's country
    named by its own name at the organisation's head."""
    out: list[PlaceMention] = []
    spans = words(doc)
    for entity in doc.entities:
        if entity.label != "ORG" or entity.kb_id is None:
            continue
        code = actors.state_code(entity.kb_id)
        country = gazetteer.country(code) if code else None
        head = _country_head(doc, spans, entity, gazetteer, code) if country else None
        if country is None or head is None:
            continue
        start, end = head
        if not any(s < end and start < e for s, e in taken):
            out.append(_adjectival(doc, start, end, country))
    return out


def _country_head(
    doc: Document,
    spans: list[tuple[int, int]],
    entity: EntityMention,
    gazetteer: Gazetteer,
    code: str | None,
) -> tuple[int, int] | None:
    """Rule 5: the span of the words opening the entity that name the country `code` by
    its own name ("U.S." of "U.S. officials"), short of the whole entity. `spans` are the
    document's words (sitrep.geo.candidates.words), in order."""
    start, end = entity.evidence.start, entity.evidence.end
    first = bisect.bisect_left(spans, (start, start))
    inside = list(itertools.takewhile(lambda w: w[1] <= end, spans[first:]))
    if inside and doc.text[inside[0][0] : inside[0][1]].lower() == "the":
        inside = inside[1:]
    for width in range(min(_MAX_NAME_WORDS, len(inside) - 1), 0, -1):
        span = (inside[0][0], inside[width - 1][1])
        if not doc.text[span[0]].isupper():
            return None
        places = gazetteer.lookup(doc.text[span[0] : span[1]], fuzzy=False)
        if any(
            p.feature == "country" and p.matched == "name" and p.country == code for p in places
        ):
            return span
    return None
