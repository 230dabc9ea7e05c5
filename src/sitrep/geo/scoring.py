"""Candidate scoring: which of the places sharing a name the article means.

Rules, in order (the score is a sum):
1. feature: a country outranks a region, a first-level region, a county, a city, a
   village; a first-level region followed by a type word ("Georgia state") gains most;
   a dateline names the town the report is filed from, so there a first-level region or
   county sinks below the towns of its name ("NEW YORK (AP) —" is the city);
   "town of X" sinks regions and countries; "a Palestine man", "Jordan residents" sink
   countries and regions (a country's people take its demonym);
2. a country the article already names elsewhere lifts its places; when the article has
   already placed things inside that country (a town, a county), its first-level regions
   and towns gain again: an article about US towns means Georgia the state;
3. a first-level region already resolved lifts the places inside it (containment);
4. a place met only by an alternate name or a skeleton loses to one met by its main name,
   and a town met so loses more where a town of its country bears the name as its own
   (local context never makes "Maryville" the Texas town once called so);
5. population breaks the rest (log scale; a region without one weighs as 100M people, a
   first-level region of unknown population, known only to ISO 3166-2, as a typical
   first-level region of 1M: "Plateau" state of Nigeria is no smaller than Plateau, Benin;
   a town of unknown population, known only to the curated conflict places data, as a
   typical small town of 10,000: Baga on Lake Chad is no hamlet);
6. "Paris, Texas", "Gainesville, Ga.": the first-level region written right after the name
   decides among places inside it;
7. the article's local focus (sitrep.geo.focus), when strong, lifts towns and counties
   inside its first-level region: local news names local towns;
8. a country's capital outranks a first-level region of the same name ("Washington"),
   unless a type word follows ("Washington state"); so does a city that lies inside the
   region of its name and holds at least half its people: the region is named after the
   city ("Baghdad", "Mombasa", "Kano"), while a city that is a small part of its region
   ("Idlib", "Quebec", "New York") leaves the region first; a city also outranks a
   region of its name whose population is unknown ("Jenin", "Jerusalem", "Portland"):
   known only to ISO 3166-2, such a region is mostly named after its chief town, and a
   city that bears the name is what a bare mention means; and a national capital gains
   a little over its namesake towns abroad: "Rome" in a report that also names the
   United States is still Rome, Italy, unless the article places things in a state;
   a country's capital gains again where the article names that country in so many
   words: "students from Kentucky toured France ... leave Paris on Saturday" is Paris,
   France, however firmly the article is at home in Kentucky (Paris, Kentucky, is
   written with its state);
9. a town or county near other names of the article gains (sitrep.geo.proximity):
   "Paris and Henry County" are Paris and Henry County, Tennessee.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Final

from sitrep.geo import proximity
from sitrep.geo.capitals import names_capital
from sitrep.kb.actors import fold
from sitrep.kb.gazetteer import Place

_FEATURE: Final = {
    "country": 8.0,
    "region": 7.0,
    "natural": 7.0,
    "admin1": 3.0,
    "admin2": 2.0,
    "city": 1.0,
    "village": 0.0,
}


_LOCAL: Final = frozenset({"admin2", "city", "village"})
#: what each neighbouring name of the article adds to a town or county (rule 9).
_NEAR_WEIGHT: Final = 3.0
#: a region news names ("the Middle East") has no population: it weighs like 100M people,
#: so a village of that name in a country the article names never outranks it.
_REGION_WEIGHT: Final = 100_000_000
#: a first-level region of unknown population weighs as a typical one (rule 5).
_ADMIN1_WEIGHT: Final = 1_000_000
#: a town the curated conflict places data lists without a population weighs as a
#: typical small town (rule 5): news names it for what happened there.
_TOWN_WEIGHT: Final = 10_000
#: what the country of an armed group or state force the article names adds (rule 2),
#: less than a country named outright.
_ACTOR_COUNTRY_WEIGHT: Final = 2.0
#: what being its country's capital adds to a city (rule 8), less than a country named.
_CAPITAL_WEIGHT: Final = 1.0
#: what a capital gains again where the article names its country (rule 8): more than
#: the local focus and containment a namesake town at home gathers, less than a region
#: written after the name.
_NAMED_CAPITAL_WEIGHT: Final = 3.0
_UNKNOWN_WEIGHT: Final = {
    "region": _REGION_WEIGHT,
    "natural": _REGION_WEIGHT,
    "admin1": _ADMIN1_WEIGHT,
}


def is_capital(place: Place) -> bool:
    """Rule 8: the place is its country's capital by its main name."""
    if place.feature not in ("city", "village") or place.matched != "name":
        return False
    return names_capital(place.country, place.name)


@dataclass(frozen=True)
class ScoreContext:
    """What the article has said so far that bears on a candidate."""

    #: countries named elsewhere in the article or already resolved with context.
    countries: frozenset[str] = frozenset()
    #: countries of the armed groups and state forces the article names (rule 2).
    actor_countries: frozenset[str] = frozenset()
    #: first-level region names of places already resolved.
    admin1s: frozenset[str] = frozenset()
    #: countries with sub-national places already resolved with context.
    subnational: frozenset[str] = frozenset()
    #: the kind of place the words around the name ask for ("admin1", "settlement").
    wanted: str | None = None
    #: first-level region codes written right after the name ("Paris, Texas").
    stated: frozenset[str] = frozenset()
    #: the article's strong local focus, a first-level region code.
    focus_admin1: str | None = None
    #: (country, folded name) -> (region code, population) of first-level regions among
    #: the candidates, unless a kind of place is asked for.
    rival_regions: dict[tuple[str, str], tuple[str | None, int]] = field(default_factory=dict)
    #: folded names of first-level regions of unknown population among the candidates,
    #: unless a kind of place other than a town's ("local") is asked for (rule 8).
    unknown_regions: frozenset[str] = frozenset()
    #: proximity.key -> how many other names of the article lie near it (rule 9).
    near: dict[tuple[str, str, float, float], float] = field(default_factory=dict)
    #: the name opens a dateline (rule 1).
    dateline: bool = False
    #: countries the article names in words elsewhere (not only places resolved there).
    named: frozenset[str] = frozenset()


def score(place: Place, ctx: ScoreContext) -> float:
    """Rules 1-5."""
    total = _FEATURE.get(place.feature, 0.0)
    if ctx.wanted == "admin1" and place.feature == "admin1":
        total += 6.0
    elif ctx.wanted == "settlement" and place.feature in ("admin1", "admin2", "country", "natural"):
        total -= 6.0
    elif ctx.wanted == "local" and place.feature in ("country", "region", "natural"):
        total -= 10.0
    elif ctx.dateline and place.feature in ("admin1", "admin2"):
        total -= 6.0  # a dateline names a town
    if place.country and place.country in ctx.countries:
        total += 2.5
        if place.feature in ("admin1", "admin2") and place.country in ctx.subnational:
            total += 3.0
        elif place.feature in ("city", "village") and place.country in ctx.subnational:
            total += 1.5
    elif place.country and place.country in ctx.actor_countries:
        total += _ACTOR_COUNTRY_WEIGHT
    if place.admin1_code and place.admin1_code in ctx.admin1s:
        total += 1.5
    if place.matched != "name":
        total -= 1.5
    if ctx.stated and place.admin1_code in ctx.stated and place.feature != "admin1":
        total += 8.0
    if ctx.focus_admin1 and place.admin1_code == ctx.focus_admin1 and place.feature in _LOCAL:
        total += 2.5
    if _outranks_region(place, ctx.rival_regions.get((place.country or "", fold(place.name)))):
        total += 5.5
    elif place.feature == "city" and place.matched == "name":
        total += 5.5 if fold(place.name) in ctx.unknown_regions else 0.0
    if is_capital(place):
        total += _CAPITAL_WEIGHT
        if place.country in ctx.named:
            total += _NAMED_CAPITAL_WEIGHT
    if ctx.near and place.feature in _LOCAL:
        total += _NEAR_WEIGHT * ctx.near.get(proximity.key(place), 0)
    return total + math.log10(_weight(place) + 1)


def _weight(place: Place) -> int:
    """Rule 5: the population a place weighs as, a typical one where it is unknown."""
    if place.population:
        return place.population
    if place.population is None and place.feature in ("city", "village"):
        return _TOWN_WEIGHT
    return _UNKNOWN_WEIGHT.get(place.feature, 0)


def _outranks_region(place: Place, region: tuple[str | None, int] | None) -> bool:
    """Rule 8: the place is the capital or the namesake city of a rival region."""
    if region is None:
        return False
    if is_capital(place):
        return True
    code, population = region
    return (
        place.feature == "city"
        and place.matched == "name"
        and code is not None
        and place.admin1_code == code
        and 2 * (place.population or 0) >= population
    )


def ranked(candidates: list[Place], ctx: ScoreContext) -> list[tuple[float, Place]]:
    """Candidates best first; ties fall to the gazetteer's own order."""
    if ctx.wanted in (None, "local"):
        # a town's people ("Portland selectmen") still rank a city over a region of its
        # name known only to ISO 3166-2, though not over a region of known population
        rivals = {
            (p.country or "", fold(p.name)): (p.admin1_code, p.population or 0)
            for p in candidates
            if p.feature == "admin1" and ctx.wanted is None
        }
        unknown = frozenset(
            fold(p.name) for p in candidates if p.feature == "admin1" and not p.population
        )
        ctx = replace(ctx, rival_regions=rivals, unknown_regions=unknown)
    named = {p.country for p in candidates if p.matched == "name" and p.feature in _LOCAL}
    return sorted(
        ((score(p, ctx) - _renamed_town(p, named), p) for p in candidates),
        key=lambda sp: (-sp[0], sp[1].rank_key()),
    )


#: rule 4: what a town met only by an old or alternate name loses where a town of the
#: same country bears the name as its own.
_RENAMED_TOWN_PENALTY: Final = 2.0


def _renamed_town(place: Place, named: set[str | None]) -> float:
    """Rule 4: "Maryville" is Maryville, Tennessee, not Beeville, Texas, that once bore
    the name, even in an article that places other things in Texas."""
    if place.matched == "name" or place.feature not in _LOCAL or place.country not in named:
        return 0.0
    return _RENAMED_TOWN_PENALTY
