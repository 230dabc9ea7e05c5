"""Local focus: the first-level region and countries an article is about.

Local news names local towns: "Paris" in an article that also names Texas, Lamar County
and "Sulphur Springs, Tex." is Paris, Texas. The places stage resolves every name once,
reads the article's focus from that first pass, and resolves again with it.

Rules, in order:
1. every place the first pass accepted with locative context, or a country or first-level
   region named by itself, tells which countries and first-level regions the article is in;
2. a first-level region gains a vote when it is named, and when a town or county inside it
   was resolved without a close rival (a lone candidate, or a clear margin): "Laurel County"
   votes for Kentucky, "Gainesville" alone does not;
   a dateline ("FALLS VILLAGE —", "MACON, Ga. -") names where the reporter files from,
   the article's home: a dateline place resolved without a close rival votes twice;
   a national capital's dateline ("OUAGADOUGOU, June 9 (AFP) -") is a wire bureau's,
   which reports on the whole country, so it makes its region no home (`datelined`):
   "near the town of Djibo" there is Djibo in the north, not a town of the capital's
   region the gazetteer lacks; a first-level region heading its own agency's name
   ("a Florida Highway Patrol report", "the Kentucky State Police", "the Minnesota
   Bureau of Criminal Apprehension") votes twice too: a state's agencies work inside
   it, and local news cites the ones at work on its story ("Williston" there is
   Williston, Florida, not North Dakota);
3. the focus is strong when the leading region has at least two votes and at least twice
   the runner-up's: then towns and counties inside it gain in scoring;
4. a name never supports itself: the votes of every mention spelled like it are taken out
   when it is re-resolved (three "Georgia"s read as the country never prove the country);
5. one sense per article: the names met in locative context ("firefighters in Torrington")
   are remembered, so the same name elsewhere ("Torrington firefighters said") is a place
   too, without context of its own;
6. the countries the article is in at all: those of every place the first pass found but
   villages, with or without context ("Springfield" alone puts the article in the US), so
   a village elsewhere is no one's home town (acceptance rule 6);
7. short of a strong focus, local news may still lean to one region: when at least two
   differently spelled names of the first pass (towns, counties or the region itself, with
   or without context) lie in one first-level region, at least twice as many as in any
   other, and one of them is a village or county (an article that names small places is
   local news; one naming Houston, Dallas and Texas may be national news that also names
   Portland, Oregon), namesakes there are preferred in scoring ("Belle Plaine", "Mayer",
   "Milaca" and "Minnesota" make "Montgomery" Montgomery, Minnesota), though its towns are
   not named alone on that account; for a name no city of 100,000+ bears (rule 9),
   two such names lean the article there even when all are towns ("Des Moines" and
   "Iowa City" make "Mt. Pleasant" Mount Pleasant, Iowa, not South Carolina's);
8. short of both, the article's counties may still meet in one first-level region: the
   region where the most differently spelled counties of the first pass have a
   namesake (whichever namesake the first pass chose), when at least two do and no
   other region holds as many ("Williamson County" and "Perry County" both lie in
   Tennessee, Illinois and a few more, but a third county named only in Tennessee
   settles it): a careful reader places a set of counties where they lie together;
   namesakes there are preferred in scoring, as in rule 7;
9. short of all three, the article's bare towns may meet in one first-level region the
   same way: the region where the most differently spelled towns of the first pass have
   a town namesake, when at least three do and no other region holds as many ("New
   London", "Winfield" and "Mt. Pleasant" each lie in several states, but only Iowa holds
   all three): small towns named together lie together. Towns' names repeat across
   states more than counties', so it takes three names where counties take two, and a
   name a big city bears ("Washington", "Atlanta") counts for no region: a reader takes
   it for the city, whatever small namesakes it has.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from sitrep.geo.capitals import names_capital
from sitrep.kb.actors import fold
from sitrep.kb.gazetteer import Place
from sitrep.model import PlaceMention

#: the lowest confidence that says a place was met in locative context.
_CONFIDENT: Final = 0.7
_MIN_VOTES: Final = 2
#: distinct names that make an article lean to a region (rule 7).
_MIN_LEANING: Final = 2
_SUBNATIONAL: Final = frozenset({"admin2", "city", "village"})
#: distinct names whose namesakes must meet in one region (rule 8).
_MIN_COVERED: Final = 2
#: distinct town names whose namesakes must meet in one region (rule 9).
_MIN_TOWNS_COVERED: Final = 3
#: a town of at least this many people makes its name no evidence of a region (rule 9).
_BIG_CITY: Final = 100_000
TOWN_FEATURES: Final = frozenset({"city", "village"})


@dataclass(frozen=True)
class Focus:
    """What the whole article says about where it is (rules 1-3)."""

    #: first-level region code -> folded names of the mentions that vote for it.
    votes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: countries met with context or named by themselves -> folded names.
    countries: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: first-level regions of confident places -> folded names.
    admin1s: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: countries with towns or counties placed with context -> folded names.
    subnational: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: folded names the first pass accepted in locative context (rule 5).
    named: frozenset[str] = frozenset()
    #: folded names the first pass read as a town from its people ("a Palestine man"):
    #: never a country or region elsewhere in the article (the places stage, rule 11).
    local: frozenset[str] = frozenset()
    #: proximity.key -> how many other names of the article lie near it.
    near: dict[tuple[str, str, float, float], float] = field(default_factory=dict)
    #: countries of every place found but villages -> folded names (rule 6).
    present: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: first-level region code -> distinct folded names of the first pass in it (rule 7).
    names_in: dict[str, frozenset[str]] = field(default_factory=dict)
    #: first-level regions where the first pass found a village or county (rule 7).
    small_named: frozenset[str] = frozenset()
    #: first-level region code -> distinct folded names of the first pass with a town or
    #: county namesake there (rule 8); set by the places stage (`coverage`).
    covered: dict[str, frozenset[str]] = field(default_factory=dict)
    #: first-level region code -> distinct folded names of the first pass's towns with a
    #: town namesake there (rule 9); set by the places stage (`coverage`).
    towns_covered: dict[str, frozenset[str]] = field(default_factory=dict)
    #: first-level regions of the places that open a dateline (rule 2): where the
    #: reporter files from.
    datelined: frozenset[str] = frozenset()
    #: folded name -> the first-level region written after it somewhere in the article
    #: ("Grantville, Pennsylvania"); set by the places stage (its rule 17).
    regions: dict[str, tuple[Place, ...]] = field(default_factory=dict)
    #: folded bare name -> (the county's name, its first-level region code) of each
    #: county the pass placed by its type word ("DeKalb County"); set by the places
    #: stage (its rule 24).
    counties: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: folded name -> (lat, lon) of each town or village the first pass placed with
    #: context: a village abroad beside one of them is no stray (the places stage's
    #: rule 5: "Abu Dis, on the outskirts of Jerusalem").
    points: dict[str, tuple[float, float]] = field(default_factory=dict)

    def strong_admin1(self, exclude: str) -> str | None:
        """Rule 3: the leading region when it leads clearly (without `exclude`'s vote)."""
        counts = Counter(
            {code: sum(name != exclude for name in spans) for code, spans in self.votes.items()}
        )
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if not ranked or ranked[0][1] < _MIN_VOTES:
            return None
        if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
            return None
        return ranked[0][0]

    def leaning_admin1(self, exclude: str, modest: bool = False) -> str | None:
        """Rule 7: the strong focus, else the region most other names lie in, when they
        clearly do and one of them is small (a village or county), else the region the
        article's counties meet in (rule 8, `covering_admin1`), else the region its towns
        meet in (rule 9)."""
        strong = self.strong_admin1(exclude)
        if strong is not None:
            return strong
        counts = sorted(
            ((len(names - {exclude}), code) for code, names in self.names_in.items()),
            key=lambda nc: (-nc[0], nc[1]),
        )
        leads = bool(counts) and counts[0][0] >= _MIN_LEANING
        leads = leads and (len(counts) == 1 or counts[0][0] >= 2 * counts[1][0])
        if leads and (modest or counts[0][1] in self.small_named):
            return counts[0][1]
        counties = _covering(self.covered, exclude, _MIN_COVERED)
        return counties or _covering(self.towns_covered, exclude, _MIN_TOWNS_COVERED)

    def covering_admin1(self, exclude: str) -> str | None:
        """Rule 8: the region where the most differently spelled counties (but
        `exclude`) have a namesake, when at least `_MIN_COVERED` do and it is strictly
        ahead of every other region; else None."""
        return _covering(self.covered, exclude, _MIN_COVERED)

    def regions_of(self, name: str) -> tuple[Place, ...]:
        """The first-level region written after `name` elsewhere in the article."""
        return self.regions.get(name, ())

    def countries_besides(self, exclude: str) -> frozenset[str]:
        return _besides(self.countries, exclude)

    def points_besides(self, exclude: str) -> list[tuple[float, float]]:
        return [point for name, point in self.points.items() if name != exclude]

    def present_besides(self, exclude: str) -> frozenset[str]:
        return _besides(self.present, exclude)

    def subnational_besides(self, exclude: str) -> frozenset[str]:
        return _besides(self.subnational, exclude)

    def admin1s_besides(self, exclude: str) -> frozenset[str]:
        return _besides(self.admin1s, exclude)


def _covering(table: dict[str, frozenset[str]], exclude: str, least: int) -> str | None:
    """Rules 8-9: the region holding namesakes of the most names of `table` (but
    `exclude`), when at least `least` do and it is strictly ahead of every other."""
    counts = sorted(
        ((len(names - {exclude}), code) for code, names in table.items()),
        key=lambda nc: (-nc[0], nc[1]),
    )
    if not counts or counts[0][0] < least:
        return None
    if len(counts) > 1 and counts[1][0] >= counts[0][0]:
        return None
    return counts[0][1]


def _besides(table: dict[str, tuple[str, ...]], exclude: str) -> frozenset[str]:
    return frozenset(
        code for code, spans in table.items() if any(name != exclude for name in spans)
    )


def read_focus(
    found: list[PlaceMention],
    margins: dict[tuple[int, int], float],
    datelines: frozenset[tuple[int, int]] = frozenset(),
    agencies: frozenset[tuple[int, int]] = frozenset(),
) -> Focus:
    """Rules 1-2 over a first pass; `margins` holds each mention's lead over its runner-up,
    `datelines` the spans of the mentions that open a dateline, `agencies` those of the
    first-level regions that head a state agency's name ("Florida Highway Patrol")."""
    votes: dict[str, list[str]] = {}
    countries: dict[str, list[str]] = {}
    admin1s: dict[str, list[str]] = {}
    subnational: dict[str, list[str]] = {}
    named: set[str] = set()
    present: dict[str, list[str]] = {}
    names_in: dict[str, set[str]] = {}
    small_named: set[str] = set()
    datelined: set[str] = set()
    for place in found:
        span = fold(place.evidence.text)
        if place.admin1 and place.feature in ("admin1", *_SUBNATIONAL):
            names_in.setdefault(place.admin1, set()).add(span)
            if place.feature in ("village", "admin2"):
                small_named.add(place.admin1)
        if place.country and place.feature != "village":
            present.setdefault(place.country, []).append(span)
        if place.confidence >= _CONFIDENT:
            named.add(span)
        confident = place.confidence >= _CONFIDENT or place.feature in ("country", "admin1")
        if not confident:
            continue
        if place.country:
            countries.setdefault(place.country, []).append(span)
        if place.admin1:
            admin1s.setdefault(place.admin1, []).append(span)
        if place.country and place.feature not in ("country", "region", "natural", "admin1"):
            subnational.setdefault(place.country, []).append(span)
        clear = (
            len(place.candidates) <= 1
            or margins.get((place.evidence.start, place.evidence.end), 0.0) >= 3.0
        )
        if place.admin1 and (
            place.feature == "admin1" or (place.feature in _SUBNATIONAL and clear)
        ):
            home = (place.evidence.start, place.evidence.end) in datelines
            agency = (place.evidence.start, place.evidence.end) in agencies
            votes.setdefault(place.admin1, []).extend([span] * (2 if home or agency else 1))
            if home and not _national_bureau(place):
                datelined.add(place.admin1)
    return Focus(
        votes={k: tuple(v) for k, v in votes.items()},
        countries={k: tuple(v) for k, v in countries.items()},
        admin1s={k: tuple(v) for k, v in admin1s.items()},
        subnational={k: tuple(v) for k, v in subnational.items()},
        named=frozenset(named),
        present={k: tuple(v) for k, v in present.items()},
        names_in={k: frozenset(v) for k, v in names_in.items()},
        small_named=frozenset(small_named),
        datelined=frozenset(datelined),
    )


def coverage(
    found: list[PlaceMention],
    lookup: Callable[[str], list[Place]],
    features: frozenset[str] = frozenset({"admin2"}),
) -> dict[str, frozenset[str]]:
    """Rules 8-9: first-level region code -> the distinct folded names of the first
    pass's places of `features` (counties, or towns) that have a namesake of those
    features there by its own name (`lookup` gives a name's places)."""
    out: dict[str, set[str]] = {}
    for place in found:
        if place.feature not in features:
            continue
        name = fold(place.evidence.text)
        namesakes = lookup(place.evidence.text)
        if features == TOWN_FEATURES and any(big_city(n) for n in namesakes):
            continue
        for namesake in namesakes:
            alike = namesake.feature in features and namesake.matched == "name"
            if alike and namesake.admin1_code:
                out.setdefault(namesake.admin1_code, set()).add(name)
    return {code: frozenset(names) for code, names in out.items()}


def _national_bureau(place: PlaceMention) -> bool:
    """Rule 2: a dateline in a national capital ("OUAGADOUGOU, June 9 (AFP) -") is a
    wire bureau's, which covers the whole country, not the capital's own region."""
    return place.feature in TOWN_FEATURES and names_capital(place.country, place.name)


def big_city(place: Place) -> bool:
    """Rule 9: a town whose name a reader takes for it wherever it is written."""
    return place.feature in TOWN_FEATURES and (place.population or 0) >= _BIG_CITY
