"""Where an event happened: the most specific place in its clause or sentence.

Cascade:
1. place mentions in the trigger's clause, then in the rest of the sentence;
2. a place that overlaps a NORP mention ("Turkish", "Jordanian") or an actor in a role
   is never the location; places after a locative preposition ("in Syria", "near
   Kharkiv") rank first;
3. among those, the most specific wins: exact (populated place, facility) > near
   ("near", "outside", "north of" before it) > admin1 > country > region;
4. else the article's focus country: the country most place mentions fall in (first
   mention breaks ties), cited by its first mention, country precision.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sitrep.model import EntityMention, Location, LocationPrecision, PlaceMention, Span

_LOCATIVE = ("in ", "at ", "near ", "outside ", "across ", "around ", "inside ", "of ")
_NEAR = ("near ", "outside ", "north of ", "south of ", "east of ", "west of ", "km from ")
_RANK: dict[str, int] = {"exact": 0, "near": 1, "admin1": 2, "country": 3, "region": 4}


def precision_of(place: PlaceMention, text: str) -> LocationPrecision:
    feature = (place.feature or "").lower()
    before = text[max(0, place.evidence.start - 12) : place.evidence.start].lower()
    if "country" in feature or feature.startswith("pcl"):
        return "country"
    if any(w in feature for w in ("region", "continent", "cont", "rgn", "sea", "area")):
        return "region"
    if "adm1" in feature or "admin1" in feature or feature in {"state", "province"}:
        return "admin1"
    if any(before.endswith(w) for w in _NEAR):
        return "near"
    return "exact"


def to_location(place: PlaceMention, precision: LocationPrecision) -> Location:
    return Location(
        name=place.name,
        country=place.country,
        precision=precision,
        evidence=place.evidence,
        admin1=place.admin1,
        geonameid=place.geonameid,
        lat=place.lat,
        lon=place.lon,
    )


def usable_places(
    places: Sequence[PlaceMention], entities: Sequence[EntityMention]
) -> list[PlaceMention]:
    """Rule 2's NORP filter, for the whole article."""
    norps = [e.evidence for e in entities if e.label == "NORP"]
    return [p for p in places if not any(p.evidence.overlaps(n) for n in norps)]


def locate(
    places: Sequence[PlaceMention],
    clause: tuple[int, int],
    sentence: Span,
    role_spans: Sequence[Span],
    text: str,
) -> Location | None:
    """Rules 1-3 for one trigger; None when the sentence names no usable place."""
    for lo, hi in (clause, (sentence.start, sentence.end)):
        inside = [
            p
            for p in places
            if lo <= p.evidence.start < hi and not any(p.evidence.overlaps(r) for r in role_spans)
        ]
        if inside:
            best = min(
                inside,
                key=lambda p: (
                    not _locative(p, text),
                    _RANK[precision_of(p, text)],
                    p.evidence.start,
                ),
            )
            return to_location(best, precision_of(best, text))
    return None


def _locative(place: PlaceMention, text: str) -> bool:
    before = text[max(0, place.evidence.start - 16) : place.evidence.start].lower()
    before = before.replace("neighbouring ", "").replace("neighboring ", "")
    return any(before.endswith(w) for w in _LOCATIVE)


def focus_country(places: Sequence[PlaceMention]) -> Location | None:
    """Rule 4: the country most mentions fall in, cited by its first mention."""
    counts = Counter(p.country for p in places if p.country)
    if not counts:
        return None
    first_seen = {}
    for p in places:
        if p.country and p.country not in first_seen:
            first_seen[p.country] = p.evidence.start
    country = min(counts, key=lambda c: (-counts[c], first_seen[c]))
    mentions = [p for p in places if p.country == country]
    national = [p for p in mentions if precision_of_feature(p) == "country"]
    cited = (national or mentions)[0]
    location = to_location(cited, "country")
    if not national:
        location = Location(cited.country or country, country, "country", cited.evidence)
    return location


def precision_of_feature(place: PlaceMention) -> str:
    feature = (place.feature or "").lower()
    return "country" if "country" in feature or feature.startswith("pcl") else "other"
