"""Proximity: ambiguous local names an article puts side by side lie side by side.

"Paris and Henry County": of the many Parises and Henry Counties, the pair that lies
together (Paris, Tennessee, in Henry County, Tennessee) is meant. Local news names
neighbouring towns and counties, rarely far-apart namesakes.

Rules, in order:
1. only towns, villages and counties count, and of each name only the few candidates the
   first pass weighed best (a name with thirty namesakes must not support everything);
2. a candidate is supported by every other name (spelled differently, and not holding
   it: "City of Richmond" is Richmond written again) that has a
   candidate within `NEIGHBOUR_KM` of it, when one of the two is a county: a county
   named in local news anchors it, while namesake villages of famous cities ("Boston",
   "Atlanta") cluster among themselves and prove nothing; names one list holds ("Sharon,
   Cornwall and Salisbury", "Harwinton, Bantam, Litchfield and Winsted") support each
   other's towns too, with no county: a list of towns names neighbours, save a name a
   city of 100,000+ bears, which a reader takes for that city ("San Salvador");
   two towns named apart ("the Winfield school board ... students from New London")
   support each other at half weight when within `TOWN_KM` and no city of 100,000+
   bears either name: local news names towns of one small area, and namesakes that far
   apart rarely lie this close together; a town over `_TOWN_DWARFED` times smaller than
   its name's largest namesake gains nothing so (Clinton, Washington, beside Shoreline
   is not the Clinton a reader knows);
   a town that bears a big city's name gains from towns named apart too, once at least
   `_AROUND_BIG_NAME` other names no big city bears lie within `NEIGHBOUR_KM` of it:
   "London" beside Woodstock and Tavistock is London, Ontario, where those two lie, not
   London, England, that neither lies near; one small namesake nearby may be chance,
   two are the article's own neighbourhood (the supporters must be names no big city
   bears, so famous names clustering among themselves still prove nothing);
3. the support is capped, so proximity decides among namesakes but never outweighs a
   type word, a stated region ("Paris, Texas") or a country's own name; a village
   hundreds of times smaller than its name's largest namesake ("Washington", "Atlanta"
   villages near some county) gains nothing; only namesakes by their own name count
   ("Sidney", Illinois, is not dwarfed by Sydney, Australia, once spelled so).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Final

from sitrep.geo.focus import big_city
from sitrep.kb.gazetteer import Place

NEIGHBOUR_KM: Final = 60.0
#: two towns no big city names support each other this close, unlisted (rule 2).
TOWN_KM: Final = 30.0
#: what two towns named apart add to each other, against a county's or a list's 1 (rule 2).
TOWN_SUPPORT: Final = 0.5
MAX_SUPPORT: Final = 2
_LOCAL: Final = frozenset({"admin2", "city", "village"})
#: a town this many times smaller than its name's largest namesake gains nothing (rule 3).
_DWARFED: Final = 300
#: ... or from a town named apart (no county, no list), this many times smaller (rule 2).
_TOWN_DWARFED: Final = 20


#: how many names no big city bears must lie near a town bearing a big city's name
#: before they support it (rule 2).
_AROUND_BIG_NAME: Final = 2


#: km per degree of latitude on the great circle, rounded down (6371 * pi / 180 = 111.19):
#: two points are at least this far apart per degree between their latitudes.
_KM_PER_DEGREE: Final = 111.0


def _far_apart(a: Place, b: Place) -> bool:
    """Whether two places lie further apart than any distance rule 2 counts, by their
    latitudes alone: a cheap bound that spares computing most great circles."""
    gap = abs((a.lat or 0.0) - (b.lat or 0.0)) * _KM_PER_DEGREE
    return gap > max(NEIGHBOUR_KM, TOWN_KM)


def _km(a: Place, b: Place) -> float:
    """Great-circle distance between two places with coordinates."""
    return great_circle_km(a.lat or 0.0, a.lon or 0.0, b.lat or 0.0, b.lon or 0.0)


def great_circle_km(lat_a: float, lon_a: float, lat_b: float, lon_b: float) -> float:
    """Great-circle distance in km between two points given in degrees."""
    lat1, lon1, lat2, lon2 = map(math.radians, (lat_a, lon_a, lat_b, lon_b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _distinct(name: str, other: str) -> bool:
    """Two folded names that are not one name written twice ("Richmond", "City of
    Richmond"): one inside the other never supports it (rule 2)."""
    return name not in other and other not in name


def key(place: Place) -> tuple[str, str, float, float]:
    """A place's identity without a geonameid (county centroids have none)."""
    return (place.name, place.feature, place.lat or 0.0, place.lon or 0.0)


def _neighbours(place: Place, other: Place, listed_together: bool, modest: bool) -> float:
    """Rule 2: how much two candidates support each other: fully when near and one a
    county or both named in one list; half when two names no big city bears lie close
    together."""
    anchored = listed_together or "admin2" in (place.feature, other.feature)
    if not (anchored or modest) or _far_apart(place, other):
        return 0.0
    km = _km(place, other)
    if anchored and km <= NEIGHBOUR_KM:
        return 1.0
    return TOWN_SUPPORT if modest and km <= TOWN_KM else 0.0


def _nearest(place: Place, others: Sequence[Place], listed_together: bool, modest: bool) -> float:
    """Rule 2: the most support one other name's candidates `others` give `place`."""
    return max(
        (_neighbours(place, other, listed_together, modest) for other in others), default=0.0
    )


def _city_names(candidates: Mapping[str, Sequence[Place]], names: frozenset[str]) -> frozenset[str]:
    """Rule 2: the names of a list that a city of 100,000+ bears."""
    return frozenset(
        n for n in names if any(big_city(p) and p.matched == "name" for p in candidates.get(n, ()))
    )


def _largest_namesake(places: Sequence[Place]) -> int:
    """Rule 3: the population of the largest place that bears the name as its own;
    a city met only by an alternate spelling ("Sidney" for Sydney) dwarfs no one."""
    own = [p for p in places if p.matched == "name"] or list(places)
    return max((p.population or 0 for p in own), default=0)


def _around_big_name(
    place: Place, name: str, local: Mapping[str, Sequence[Place]], cities: frozenset[str]
) -> float:
    """Rule 2: what towns named apart, of names no big city bears, add to a town that
    bears a big city's name: nothing unless `_AROUND_BIG_NAME` of them lie near it."""
    around = [
        other_name
        for other_name, others in local.items()
        if other_name not in cities
        and _distinct(name, other_name)
        and any(not _far_apart(place, o) and _km(place, o) <= NEIGHBOUR_KM for o in others)
    ]
    return TOWN_SUPPORT * len(around) if len(around) >= _AROUND_BIG_NAME else 0.0


def support(
    candidates: Mapping[str, Sequence[Place]],
    listed: Sequence[frozenset[str]] = (),
) -> dict[tuple[str, str, float, float], float]:
    """Rules 1-3: key(place) -> how much other names lie near it (at most MAX_SUPPORT).

    `candidates` maps each folded name to its best-weighed candidates; `listed` holds
    the folded names of each list of places the article writes.
    """
    local = {
        name: [p for p in places if p.feature in _LOCAL and p.lat is not None]
        for name, places in sorted(candidates.items())
    }
    # a name a big city bears is read as that city: its list proves no neighbourhood
    modest = [names - _city_names(candidates, names) for names in listed]
    cities = _city_names(candidates, frozenset(local))
    out: dict[tuple[str, str, float, float], float] = {}
    for name, places in local.items():
        largest = _largest_namesake(places)
        for place in places:
            if place.feature != "admin2" and (place.population or 0) * _DWARFED < largest:
                continue
            # rule 2: unanchored, only a town of about its name's largest size gains
            comparable = (place.population or 0) * _TOWN_DWARFED >= largest
            near = sum(
                _nearest(
                    place,
                    others,
                    any({name, other_name} <= names for names in modest),
                    comparable and not {name, other_name} & cities,
                )
                for other_name, others in local.items()
                if _distinct(name, other_name)
            )
            if name in cities and place.feature != "admin2":
                near += _around_big_name(place, name, local, cities)
            if near:
                out[key(place)] = min(MAX_SUPPORT, near)
    return out
