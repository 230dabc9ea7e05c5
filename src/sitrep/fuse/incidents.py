"""Group matching reports into incidents and merge their fields.

`group(reports)` is deterministic (the input order does not matter) and works in this
order:

1. Reports are deduplicated by event id and sorted by it.
2. Every pair that can match is compared (rules.compare): reports are blocked by
   country and ACLED type and swept in date order, so only pairs whose dates lie
   within DAY_SLACK days are scored. Pairs that match become links, sorted by score
   (highest first), then by the two event ids.
3. Links are applied in that order, single-link, joining two groups only if
   a. no article would report twice in the joined group (one article, one report),
   b. all members' date intervals still meet in a core day range: the latest start
      lies at most DAY_SLACK days after the earliest end. This keeps a chain of daily
      strikes on one city, each a day from the next, from becoming one incident.
4. Groups of two or more reports are incidents; a lone report is no incident.

An incident's fields, from its members (`merge`):

- id: "inc_" + the first 16 hex digits of sha256 over the sorted member event ids, so
  the same members always give the same id, whatever order they were found in;
- type: the sub-type most members give (ties: alphabetical), with its ACLED type;
- dates: the core day range (latest start to earliest end, or the other way round
  when two adjacent-day reports do not overlap);
- location: the most precise member's (exact < near < admin1 < country; ties: the
  lowest event id), without its evidence, which belongs to that member's article;
- actors: the union of the members' actor1 and of their actor2, one per kb id (by
  case-folded name when no kb id), sorted, without evidence;
- fatalities, following UCDP/ACLED practice for one incident seen by several sources:
  tolls are never summed across sources. best = the median of the members' best
  figures (the lower middle one for an even count, so it is a figure some source
  gave), low = the smallest low, high = the largest high; None where no member has one;
- score: the weakest link that joined the group (how sure the fusion is).

Evidence stays with the members: every merged value can be traced to the member
events (and their articles' character offsets) it came from.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from sitrep.fuse.rules import DAY_SLACK, PRECISION_RANK, Report, compare, day_range
from sitrep.model import Actor, Event, Location


@dataclass(frozen=True)
class Member:
    """One report of an incident: the event and the article it came from."""

    event_id: str
    article_id: str


@dataclass(frozen=True)
class Incident:
    """One real event reported by several articles (see the module docstring)."""

    id: str
    event_type: str
    sub_event_type: str
    date_start: str | None
    date_end: str | None
    location: Location | None
    actors1: tuple[Actor, ...]
    actors2: tuple[Actor, ...]
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None
    score: float
    members: tuple[Member, ...]

    @property
    def event_ids(self) -> tuple[str, ...]:
        return tuple(m.event_id for m in self.members)


def incident_id(event_ids: Iterable[str]) -> str:
    """The id of the incident with these members: a hash of their sorted ids."""
    joined = "\n".join(sorted(set(event_ids)))
    return "inc_" + hashlib.sha256(joined.encode()).hexdigest()[:16]


class _Groups:
    """Union-find over report indexes that tracks each group's articles and dates."""

    def __init__(self, reports: Sequence[Report]) -> None:
        self.parent = list(range(len(reports)))
        self.articles = [{r.article_id} for r in reports]
        spans = [day_range(r.event) for r in reports]
        # (latest start, earliest end) per group; every report here is dated
        self.core = [(s[0], s[1]) if s else None for s in spans]
        self.weakest = [1.0] * len(reports)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int, score: float) -> None:
        a, b = self.find(i), self.find(j)
        if a == b or self.articles[a] & self.articles[b]:  # rule 3a
            return
        ca, cb = self.core[a], self.core[b]
        if ca is None or cb is None:
            return
        latest_start, earliest_end = max(ca[0], cb[0]), min(ca[1], cb[1])
        if (latest_start - earliest_end).days > DAY_SLACK:  # rule 3b
            return
        root, child = min(a, b), max(a, b)
        self.parent[child] = root
        self.articles[root] |= self.articles[child]
        self.core[root] = (latest_start, earliest_end)
        self.weakest[root] = min(self.weakest[a], self.weakest[b], score)


def _pairs(reports: Sequence[Report]) -> Iterator[tuple[int, int]]:
    """The index pairs that can match at all (rule 2): the same country and type, and
    start dates at most DAY_SLACK days after the other's end. Reports are blocked by
    (country, type) and swept in start order, so a large batch is not all pairs."""
    blocks: dict[tuple[str, str], list[tuple[dt.date, dt.date, int]]] = {}
    for i, report in enumerate(reports):
        days, loc = day_range(report.event), report.event.location
        if days is None or loc is None or not loc.country:
            continue  # undated or unplaced: rules.compare vetoes every pair
        key = (loc.country.upper(), report.event.event_type)
        blocks.setdefault(key, []).append((days[0], days[1], i))
    slack = dt.timedelta(days=DAY_SLACK)
    for key in sorted(blocks):
        swept = sorted(blocks[key])
        for n, (_start, end, i) in enumerate(swept):
            for later_start, _end, j in swept[n + 1 :]:
                if later_start > end + slack:
                    break
                yield min(i, j), max(i, j)


def group(reports: Iterable[Report]) -> list[Incident]:
    """The incidents among these reports, sorted by start date, then id."""
    unique = sorted({r.event.id: r for r in reports}.values(), key=lambda r: r.event.id)  # 1.
    links: list[tuple[float, int, int]] = []
    for i, j in _pairs(unique):  # 2.
        result = compare(unique[i], unique[j])
        if result.matches:
            links.append((result.score, i, j))
    links.sort(key=lambda link: (-link[0], unique[link[1]].event.id, unique[link[2]].event.id))
    groups = _Groups(unique)
    for score, i, j in links:  # 3.
        groups.join(i, j, score)
    members: dict[int, list[Report]] = {}
    for i, report in enumerate(unique):
        members.setdefault(groups.find(i), []).append(report)
    incidents = [
        merge(found, groups.weakest[root]) for root, found in members.items() if len(found) > 1
    ]  # 4.
    return sorted(incidents, key=lambda inc: (inc.date_start or "9999", inc.id))


def _actor_union(actors: Iterable[Actor | None]) -> tuple[Actor, ...]:
    by_key: dict[str, Actor] = {}
    for actor in actors:
        if actor is None:
            continue
        key = f"kb:{actor.kb_id}" if actor.kb_id else f"name:{actor.name.casefold()}"
        by_key.setdefault(key, replace(actor, evidence=None))
    return tuple(sorted(by_key.values(), key=lambda a: (a.name.casefold(), a.kb_id or "")))


def _core_dates(events: Sequence[Event]) -> tuple[str | None, str | None]:
    ranges = [r for r in (day_range(e) for e in events) if r is not None]
    if not ranges:
        return None, None
    latest_start = max(r[0] for r in ranges)
    earliest_end = min(r[1] for r in ranges)
    first, last = sorted((latest_start, earliest_end))
    return first.isoformat(), last.isoformat()


def _location(events: Sequence[Event]) -> Location | None:
    placed = sorted(
        (
            (PRECISION_RANK.get(e.location.precision, 9), e.id, e.location)
            for e in events
            if e.location
        ),
        key=lambda item: (item[0], item[1]),
    )
    return replace(placed[0][2], evidence=None) if placed else None


def merge(reports: Sequence[Report], score: float = 1.0) -> Incident:
    """One incident from its member reports (fields: see the module docstring)."""
    ordered = sorted(reports, key=lambda r: r.event.id)
    events = [r.event for r in ordered]
    counts = Counter(e.sub_event_type for e in events)
    sub_type = min(counts, key=lambda s: (-counts[s], s))
    event_type = next(e.event_type for e in events if e.sub_event_type == sub_type)
    start, end = _core_dates(events)
    lows = [e.fatalities.low for e in events if e.fatalities.low is not None]
    bests = [e.fatalities.best for e in events if e.fatalities.best is not None]
    highs = [e.fatalities.high for e in events if e.fatalities.high is not None]
    return Incident(
        id=incident_id(e.id for e in events),
        event_type=event_type,
        sub_event_type=sub_type,
        date_start=start,
        date_end=end,
        location=_location(events),
        actors1=_actor_union(e.actor1 for e in events),
        actors2=_actor_union(e.actor2 for e in events),
        fatalities_low=min(lows) if lows else None,
        fatalities_best=statistics.median_low(bests) if bests else None,
        fatalities_high=max(highs) if highs else None,
        score=score,
        members=tuple(Member(r.event.id, r.article_id) for r in ordered),
    )
