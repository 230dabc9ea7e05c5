"""Whether two events, each from its own article, report the same real incident.

Pure functions of the two events (no storage, no I/O), so the store, a batch job or a
notebook get the same answer. `compare(a, b)` applies the rules in this order; the
first veto ends it with score 0:

1. Same article -> veto: an article's own events were already told apart (or merged)
   by the events stage; fusion only joins reports from different articles.
2. Type: the same ACLED sub-type scores 1.0; the same type with a compatible sub-type
   (COMPATIBLE_SUB_TYPES: e.g. an air strike one agency calls shelling) scores 0.6;
   anything else is a veto (arrests are never a strike).
3. Date: both events need a date interval. The gap between the intervals may be at
   most DAY_SLACK days (an overnight strike is dated differently by two desks), else
   veto. Overlapping intervals score overlap / width of the wider one (same day = 1.0;
   a day inside a reported week = 1/7); adjacent intervals score half that. So wider
   intervals match weaker.
4. Place: both events need a location in the same country (the store finds
   candidates by country, so a cross-border pair is never even compared). Precise
   places (exact or near, with coordinates) must lie within NEAR_KM of each other
   (1.0 at 0 km, 0.5 at NEAR_KM). When the coarser of the two is an admin1 region
   (or a precise place lacks coordinates), both need the same admin1 (0.6). Country
   precision matches only another country-precision event (0.3). Region precision
   ("the Middle East") never matches. Anything else is a veto.
5. Actors: on each role (actor1, actor2) two different knowledge-base ids are a veto;
   a role with the same kb id on both sides agrees, and so do a state and one of its
   forces ("RU" and "RU.military"); two parts of one state neither agree nor veto.
   Two agreeing roles score 1.0, one 0.75, none (ids missing on one side) 0.4: a
   missing actor neither helps nor vetoes.
6. Score = 0.25 type + 0.30 date + 0.30 place + 0.15 actors, rounded to 4 places.
   Two events report the same incident when the score reaches THRESHOLD (0.72): e.g.
   the same sub-type on the same day in the same city matches even with no actor
   known; the same day at country precision needs agreeing actors; a day against a
   whole week in the same city sits just under the threshold unless actors agree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sitrep.geo.proximity import great_circle_km
from sitrep.model import Event, Location

#: days two date intervals may lie apart and still report the same incident.
DAY_SLACK = 1
#: kilometres two precisely placed events may lie apart.
NEAR_KM = 25.0
#: the score from which two events are one incident.
THRESHOLD = 0.72

WEIGHTS = {"type": 0.25, "date": 0.30, "place": 0.30, "actors": 0.15}

#: sub-types of one ACLED type that different reporters use for the same incident.
COMPATIBLE_SUB_TYPES: frozenset[frozenset[str]] = frozenset(
    frozenset(pair)
    for pair in (
        ("Air/drone strike", "Shelling/artillery/missile attack"),
        ("Remote explosive/landmine/IED", "Suicide bomb"),
        ("Remote explosive/landmine/IED", "Grenade"),
        ("Armed clash", "Government regains territory"),
        ("Armed clash", "Non-state actor overtakes territory"),
        ("Peaceful protest", "Protest with intervention"),
        ("Protest with intervention", "Excessive force against protesters"),
        ("Violent demonstration", "Mob violence"),
    )
)

_PRECISE = ("exact", "near")
#: location precisions from the finest; a lower rank is more precise.
PRECISION_RANK = {"exact": 0, "near": 1, "admin1": 2, "country": 3, "region": 4}


@dataclass(frozen=True)
class Report:
    """One stored event and the article that reported it."""

    event: Event
    article_id: str


@dataclass(frozen=True)
class Comparison:
    """The outcome of `compare`: a score in [0, 1], and why it is 0 when vetoed."""

    score: float
    veto: str | None = None

    @property
    def matches(self) -> bool:
        return self.veto is None and self.score >= THRESHOLD


def day_range(event: Event) -> tuple[dt.date, dt.date] | None:
    """An event's date interval as dates; None when undated or unreadable."""
    if event.date is None:
        return None
    try:
        start = dt.date.fromisoformat(event.date.start)
        end = dt.date.fromisoformat(event.date.end)
    except ValueError:
        return None
    return (start, end) if start <= end else (end, start)


def type_score(a: Event, b: Event) -> float | None:
    """Rule 2; None is a veto."""
    if a.event_type != b.event_type:
        return None
    if a.sub_event_type == b.sub_event_type:
        return 1.0
    if frozenset((a.sub_event_type, b.sub_event_type)) in COMPATIBLE_SUB_TYPES:
        return 0.6
    return None


def date_score(a: Event, b: Event) -> float | None:
    """Rule 3; None is a veto."""
    ra, rb = day_range(a), day_range(b)
    if ra is None or rb is None:
        return None
    gap = (max(ra[0], rb[0]) - min(ra[1], rb[1])).days
    if gap > DAY_SLACK:
        return None
    wider = max((ra[1] - ra[0]).days, (rb[1] - rb[0]).days) + 1
    if gap <= 0:
        return (1 - gap) / wider  # overlap in days = 1 - gap
    return 0.5 / wider


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (the places stage's measure)."""
    return great_circle_km(lat1, lon1, lat2, lon2)


def _point(loc: Location) -> tuple[float, float] | None:
    """The coordinates of a precisely placed location; None for a coarser one."""
    if loc.precision in _PRECISE and loc.lat is not None and loc.lon is not None:
        return loc.lat, loc.lon
    return None


def _same(x: str | None, y: str | None) -> bool:
    return x is not None and y is not None and x.casefold() == y.casefold()


def place_score(a: Event, b: Event) -> float | None:
    """Rule 4; None is a veto."""
    la, lb = a.location, b.location
    if la is None or lb is None or not _same(la.country, lb.country):
        return None
    pa, pb = _point(la), _point(lb)
    if pa is not None and pb is not None:
        km = distance_km(*pa, *pb)
        return None if km > NEAR_KM else 1.0 - 0.5 * km / NEAR_KM
    coarser = max(PRECISION_RANK.get(la.precision, 4), PRECISION_RANK.get(lb.precision, 4))
    if coarser <= PRECISION_RANK["admin1"]:
        return 0.6 if _same(la.admin1, lb.admin1) else None
    if la.precision == lb.precision == "country":
        return 0.3
    return None


def actor_score(a: Event, b: Event) -> float | None:
    """Rule 5; None is a veto."""
    agreeing = 0
    for one, other in ((a.actor1, b.actor1), (a.actor2, b.actor2)):
        x = one.kb_id if one is not None else None
        y = other.kb_id if other is not None else None
        verdict = _same_actor(x, y)
        if verdict is False:
            return None
        agreeing += verdict is True
    return (0.4, 0.75, 1.0)[agreeing]


def _same_actor(x: str | None, y: str | None) -> bool | None:
    """True when two kb ids name one actor, False when they name different ones, None
    when unknown. A state and one of its parts ("RU" and "RU.military": one desk
    writes "Russia", another "Russian forces") agree; two parts of one state
    ("RU.military", "RU.police") are neither proof nor veto."""
    if x is None or y is None:
        return None
    if x == y:
        return True
    x_state, _, x_part = x.partition(".")
    y_state, _, y_part = y.partition(".")
    if x_state != y_state:
        return False
    return True if not x_part or not y_part else None


def compare(a: Report, b: Report) -> Comparison:
    """Score two reports by rules 1-6 (module docstring)."""
    if a.article_id == b.article_id:
        return Comparison(0.0, "same article")
    parts: dict[str, float] = {}
    for name, rule in (
        ("type", type_score),
        ("date", date_score),
        ("place", place_score),
        ("actors", actor_score),
    ):
        value = rule(a.event, b.event)
        if value is None:
            return Comparison(0.0, f"{name} differs")
        parts[name] = value
    total = sum(WEIGHTS[name] * value for name, value in parts.items())
    return Comparison(round(min(1.0, total), 4))
