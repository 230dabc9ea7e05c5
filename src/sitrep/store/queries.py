"""Read queries for the API and the web UI, written over the store's SQLAlchemy tables.

An addition beside the EventStore interface (which stays as it is): the API needs
pagination with a total, sorting, a bounding box, admin regions and aggregates, which
the interface does not offer. Everything here only reads. How a query is answered:

1. The filter: `EventQuery` extends `EventFilter` (country, type, actor, dates, text are
   the store's own `filter_conditions`, so both agree on what a filter means) with
   admin1, an exact sub-type and a bounding box.
2. Lists: the total is two COUNTs (events with and without a value in the sort column);
   the page's ids come from the events with a value, sorted by a whitelisted column
   (never by user text) then id, and, past those, from the ones without, by id. So
   unknown values sort last in both directions and the sorted part can be read in
   index order: a deep offset skips index entries, not rows. An actor or text match
   that holds a large share of the events is probed per entry while the sort index is
   walked (it finds a page early, collecting nothing); a rare one drives the query.
   Only then are the page's contracts fetched, by id.
3. Time, type, sub-type and country aggregates read the `event_counts` summary when
   every filter is on a column it keeps (country, type, sub-type, dates); otherwise
   they GROUP BY over the events' covering indexes. Days are folded into ISO weeks
   (keyed by their Monday) or months in Python.
4. Actor aggregates group the events' own actor1/actor2 name columns (indexed), an
   event counting once per actor. Buckets are sorted by count, then key.
5. Speed (100k+ events): every query reads covering indexes (schema.READ_INDEXES,
   migration 0002), never the wide event rows that carry the contract JSON, except to
   fetch the page's contracts by id. Results may be memoised by `cache.ReadCache`,
   which drops them on any committed write.
6. Map cells: events with coordinates are binned on a grid of `cell` degrees; a cell
   keeps its mean position, count, fatalities, its most frequent type and, when it holds
   one event, that event's id.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Literal

import sqlalchemy as sa
from sqlalchemy.sql.visitors import replacement_traverse

from sitrep.errors import UsageError
from sitrep.store import records, schema, summary
from sitrep.store.base import EventFilter, StoredEvent
from sitrep.store.sql import SQLStore

SortKey = Literal["date", "fatalities", "confidence", "country", "type"]
TimeBucket = Literal["day", "week", "month"]
GroupKey = Literal["day", "week", "month", "type", "sub_type", "country", "actor"]

#: largest page a caller may ask for; keeps one request's work bounded.
MAX_PAGE = 1000
#: index entries a page may walk in sort order before fetching-and-sorting is cheaper.
WALK_ENTRIES = 20_000

_SORT_COLUMNS: dict[str, sa.Column[Any]] = {
    "date": schema.events.c.date_start,
    "fatalities": schema.events.c.fatalities_best,
    "confidence": schema.events.c.confidence,
    "country": schema.events.c.country,
    "type": schema.events.c.event_type,
}


@dataclass(frozen=True)
class BBox:
    """A bounding box in degrees; west > east means it crosses the antimeridian."""

    west: float
    south: float
    east: float
    north: float

    @classmethod
    def parse(cls, text: str) -> BBox:
        """`west,south,east,north` (GeoJSON order); a UsageError names what is wrong."""
        parts = text.split(",")
        try:
            if len(parts) != 4:
                raise ValueError("four numbers are needed")
            west, south, east, north = (float(p) for p in parts)
        except ValueError as exc:
            raise UsageError(f"bbox {text!r}: give west,south,east,north ({exc})") from exc
        ranges_ok = all(-180 <= x <= 180 for x in (west, east)) and all(
            -90 <= y <= 90 for y in (south, north)
        )
        if not ranges_ok or south > north:
            raise UsageError(f"bbox {text!r}: longitudes in -180..180, latitudes -90..90, S<=N")
        return cls(west, south, east, north)


@dataclass(frozen=True)
class EventQuery:
    """An EventFilter plus what the API adds: admin1, exact sub-type, bbox, sorting."""

    base: EventFilter = field(default_factory=EventFilter)
    admin1: str | None = None
    sub_event_type: str | None = None
    bbox: BBox | None = None
    sort: SortKey = "date"
    descending: bool = False
    limit: int = 50
    offset: int = 0


@dataclass(frozen=True)
class EventPage:
    total: int
    items: list[StoredEvent]


@dataclass(frozen=True)
class Bucket:
    key: str
    count: int
    fatalities: int
    #: the event type, when the aggregate is split by type (the timeline); else None.
    group: str | None = None


@dataclass(frozen=True)
class MapCell:
    lat: float
    lon: float
    count: int
    fatalities: int
    event_type: str
    event_id: str | None


@dataclass(frozen=True)
class ArticleSummary:
    id: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None
    events: int


def _sort_column(query: EventQuery) -> sa.Column[Any]:
    return _SORT_COLUMNS[query.sort]


def conditions(
    store: SQLStore, query: EventQuery, *, walk: bool = False
) -> list[sa.ColumnElement[bool]] | None:
    """The WHERE conditions (over `schema.events`) of a query; None when it can match
    nothing. `walk`: see `SQLStore.filter_conditions`."""
    ev = schema.events
    conds = store.filter_conditions(query.base, walk=walk)
    if conds is None:
        return None
    if query.admin1:
        conds.append(sa.func.lower(ev.c.admin1) == query.admin1.strip().lower())
    if query.sub_event_type:
        conds.append(sa.func.lower(ev.c.sub_event_type) == query.sub_event_type.strip().lower())
    if query.bbox is not None:
        box = query.bbox
        conds.append(ev.c.lat.between(box.south, box.north))
        if box.west <= box.east:
            conds.append(ev.c.lon.between(box.west, box.east))
        else:
            conds.append(sa.or_(ev.c.lon >= box.west, ev.c.lon <= box.east))
    return conds


@dataclass(frozen=True)
class MatchCount:
    """How many events match a query: with a value in its sort column, and without."""

    known: int
    unknown: int
    #: every stored event, matching or not (to judge how selective the query is).
    stored: int

    @property
    def total(self) -> int:
        return self.known + self.unknown


def count_events(store: SQLStore, query: EventQuery) -> MatchCount:
    """The matches of a query, counted in one pass (`count(column)` skips NULLs)."""
    ev = schema.events
    conds = conditions(store, query)
    if conds is None:
        return MatchCount(0, 0, 0)
    column = _sort_column(query)
    stmt = sa.select(sa.func.count(), sa.func.count(column)).select_from(ev).where(*conds)
    with store.read() as conn:
        total, known = conn.execute(stmt).one()
        stored = conn.execute(sa.select(sa.func.count()).select_from(ev)).scalar_one()
    return MatchCount(int(known), int(total) - int(known), int(stored))


def _walks_well(query: EventQuery, counts: MatchCount, need: int) -> bool:
    """Whether walking the sort index finds `need` matches within WALK_ENTRIES
    entries; only worth it for an actor or text match, which would otherwise collect
    every match first."""
    if not (query.base.actor or query.base.text) or counts.known == 0:
        return False
    return need * counts.stored <= WALK_ENTRIES * counts.known


def page_events(store: SQLStore, query: EventQuery, counted: MatchCount | None = None) -> EventPage:
    """One page of matching events and the total count of matches (rule 2). `counted`
    is `count_events(store, query)` when the caller already has it (from a cache)."""
    ev = schema.events
    conds = conditions(store, query)
    if conds is None:
        return EventPage(0, [])
    counts = counted if counted is not None else count_events(store, query)
    column = _sort_column(query)
    ordered = column.desc() if query.descending else column.asc()
    limit = min(max(query.limit, 0), MAX_PAGE)
    offset = max(query.offset, 0)
    with store.read() as conn:
        ids: list[str] = []
        if offset < counts.known and limit:
            walked = conds
            if _walks_well(query, counts, offset + limit):
                walked = conditions(store, query, walk=True) or conds
            ids += conn.execute(
                sa.select(ev.c.id)
                .where(*walked, column.is_not(None))
                .order_by(ordered, ev.c.id)
                .limit(limit)
                .offset(offset)
            ).scalars()
        if len(ids) < limit and counts.unknown and offset + len(ids) >= counts.known:
            ids += conn.execute(
                sa.select(ev.c.id)
                .where(*conds, column.is_(None))
                .order_by(ev.c.id)
                .limit(limit - len(ids))
                .offset(max(offset - counts.known, 0))
            ).scalars()
        rows = conn.execute(
            sa.select(ev.c.id, ev.c.contract, ev.c.article_id).where(ev.c.id.in_(ids))
        ).all()
    by_id = {r.id: r for r in rows}
    items = [
        StoredEvent(records.event_from_json(by_id[i].contract), by_id[i].article_id)
        for i in ids
        if i in by_id
    ]
    return EventPage(counts.total, items)


def _time_key(day: str, bucket: TimeBucket) -> str:
    if bucket == "day":
        return day
    if bucket == "month":
        return day[:7]
    date = dt.date.fromisoformat(day)
    return (date - dt.timedelta(days=date.weekday())).isoformat()


def _on_counts(conds: list[sa.ColumnElement[bool]]) -> list[sa.ColumnElement[bool]] | None:
    """The same conditions over `event_counts`, or None when one reads an events column
    the summary does not keep (actor, text, admin1, bbox): then count the events."""
    counts = schema.event_counts
    missing = False

    def swap(element: Any) -> Any:
        nonlocal missing
        if isinstance(element, sa.Column) and element.table is schema.events:
            if element.name in summary.EVENT_KEY:
                return counts.c[element.name]
            missing = True
        return None

    swapped: list[sa.ColumnElement[bool]] = [
        replacement_traverse(c, {}, swap)  # type: ignore[call-overload]
        for c in conds
    ]
    return None if missing else swapped


def aggregate(
    store: SQLStore, query: EventQuery, by: GroupKey, *, split_by_type: bool = False
) -> list[Bucket]:
    """Counts (and summed best fatalities) of matching events grouped by `by`.

    Time buckets come in time order (undated events are left out); the others by
    count, largest first. With `split_by_type` every bucket is per (key, event type).
    """
    conds = conditions(store, query)
    if conds is None:
        return []
    if by == "actor":
        rows = _actor_rows(store, conds, split_by_type)
    else:
        rows = _group_rows(store, conds, by, split_by_type)
    folded: dict[tuple[str, str | None], list[int]] = {}
    for key, group, n, dead in rows:
        if by in ("day", "week", "month"):
            key = _time_key(key, by)
        acc = folded.setdefault((key, group), [0, 0])
        acc[0] += n
        acc[1] += dead
    buckets = [Bucket(k, c, d, g) for (k, g), (c, d) in folded.items()]
    if by in ("day", "week", "month"):
        return sorted(buckets, key=lambda b: (b.key, b.group or ""))
    return sorted(buckets, key=lambda b: (-b.count, b.key, b.group or ""))


_Row = tuple[str, str | None, int, int]


def _group_rows(
    store: SQLStore, conds: list[sa.ColumnElement[bool]], by: GroupKey, split_by_type: bool
) -> list[_Row]:
    """(key, type or None, events, fatalities) grouped by a summary column (rule 4):
    from `event_counts` when the filter allows, else from the events' indexes."""
    column = {
        "day": "date_start",
        "week": "date_start",
        "month": "date_start",
        "type": "event_type",
        "sub_type": "sub_event_type",
        "country": "country",
    }[by]
    on_counts = _on_counts(conds)
    table: sa.Table
    n: sa.ColumnElement[Any]
    dead: sa.ColumnElement[Any]
    if on_counts is not None:
        table, conds = schema.event_counts, on_counts
        n = sa.func.sum(table.c.events)
        dead = sa.func.sum(table.c.fatalities)
    else:
        table = schema.events
        n = sa.func.count()
        dead = sa.func.coalesce(sa.func.sum(table.c.fatalities_best), 0)
    key = table.c[column]
    if by in ("day", "week", "month"):
        conds = [*conds, key.is_not(None)]
    columns: list[Any] = [key, table.c.event_type] if split_by_type else [key]
    stmt = sa.select(*columns, n, dead).where(*conds).group_by(*columns)
    with store.read() as conn:
        rows = conn.execute(stmt).all()
    return [
        (
            str(r[0]) if r[0] is not None else "unknown",
            str(r[1]) if split_by_type else None,
            int(r[-2]),
            int(r[-1] or 0),
        )
        for r in rows
    ]


def _actor_rows(
    store: SQLStore, conds: list[sa.ColumnElement[bool]], split_by_type: bool
) -> list[_Row]:
    """(actor, type or None, events, fatalities) for the main actors of either side,
    read from the events' own actor columns (indexed), so no join: actor1 by name,
    then actor2 where it is not the same name (an event counts once per actor)."""
    ev = schema.events
    out: list[_Row] = []
    sides = (
        (ev.c.actor1_name, [ev.c.actor1_name.is_not(None)]),
        (
            ev.c.actor2_name,
            [
                ev.c.actor2_name.is_not(None),
                sa.or_(ev.c.actor1_name.is_(None), ev.c.actor2_name != ev.c.actor1_name),
            ],
        ),
    )
    with store.read() as conn:
        for name, side in sides:
            columns: list[Any] = [name, ev.c.event_type] if split_by_type else [name]
            stmt = (
                sa.select(
                    *columns,
                    sa.func.count(),
                    sa.func.coalesce(sa.func.sum(ev.c.fatalities_best), 0),
                )
                .where(*conds, *side)
                .group_by(*columns)
            )
            for r in conn.execute(stmt):
                group = str(r[1]) if split_by_type else None
                out.append((str(r[0]), group, int(r[-2]), int(r[-1])))
    return out


def map_cells(store: SQLStore, query: EventQuery, cell: float) -> list[MapCell]:
    """Matching events with coordinates, binned on a grid of `cell` degrees."""
    if not 0 < cell <= 90:
        raise UsageError("cell size must be in (0, 90] degrees")
    ev = schema.events
    conds = conditions(store, query)
    if conds is None:
        return []
    gx = sa.func.floor(ev.c.lon / cell).label("gx")
    gy = sa.func.floor(ev.c.lat / cell).label("gy")
    stmt = (
        sa.select(
            gx,
            gy,
            ev.c.event_type,
            sa.func.count().label("n"),
            sa.func.avg(ev.c.lat).label("lat"),
            sa.func.avg(ev.c.lon).label("lon"),
            sa.func.coalesce(sa.func.sum(ev.c.fatalities_best), 0).label("dead"),
            sa.func.min(ev.c.id).label("first_id"),
        )
        .where(*conds, ev.c.lat.is_not(None), ev.c.lon.is_not(None))
        .group_by(gx, gy, ev.c.event_type)
    )
    with store.read() as conn:
        rows = conn.execute(stmt).all()
    cells: dict[tuple[int, int], list[Any]] = {}
    for r in rows:
        cells.setdefault((int(r.gx), int(r.gy)), []).append(r)
    out: list[MapCell] = []
    for key in sorted(cells):
        parts = cells[key]
        count = sum(int(p.n) for p in parts)
        types = Counter({str(p.event_type): int(p.n) for p in parts})
        top = sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        lat = sum(float(p.lat) * int(p.n) for p in parts) / count
        lon = sum(float(p.lon) * int(p.n) for p in parts) / count
        only = str(parts[0].first_id) if count == 1 else None
        dead = sum(int(p.dead) for p in parts)
        out.append(MapCell(round(lat, 5), round(lon, 5), count, dead, top, only))
    return out


def list_articles(
    store: SQLStore, text: str | None, limit: int, offset: int
) -> tuple[int, list[ArticleSummary]]:
    """Stored articles (newest publication first) with their event counts; `text`
    narrows them by full-text search."""
    art, ev = schema.articles, schema.events
    conds: list[sa.ColumnElement[bool]] = []
    if text is not None:
        ids = store.text_article_ids(text)
        if ids is None:
            return 0, []
        conds.append(art.c.id.in_(ids))
    n_events = (
        sa.select(sa.func.count())
        .where(ev.c.article_id == art.c.id)
        .correlate(art)
        .scalar_subquery()
        .label("n_events")
    )
    stmt = (
        sa.select(art.c.id, art.c.title, art.c.url, art.c.source, art.c.published, n_events)
        .where(*conds)
        .order_by(art.c.published.desc().nulls_last(), art.c.id)
        .limit(min(max(limit, 0), MAX_PAGE))
        .offset(max(offset, 0))
    )
    with store.read() as conn:
        total = conn.execute(sa.select(sa.func.count()).select_from(art).where(*conds)).scalar()
        rows = conn.execute(stmt).all()
    items = [
        ArticleSummary(r.id, r.title, r.url, r.source, r.published, int(r.n_events)) for r in rows
    ]
    return int(total or 0), items


def article_event_ids(store: SQLStore, article_id: str) -> list[str]:
    """Ids of the events extracted from one article, in date order."""
    ev = schema.events
    stmt = (
        sa.select(ev.c.id)
        .where(ev.c.article_id == article_id)
        .order_by(ev.c.date_start.asc().nulls_last(), ev.c.id)
    )
    with store.read() as conn:
        return [str(i) for i in conn.execute(stmt).scalars()]


def distinct_values(store: SQLStore, column: Literal["country", "event_type"]) -> list[str]:
    """The distinct non-null values of a filter column, sorted (for the UI's selects)."""
    col = schema.event_counts.c[column]  # the summary holds every stored value
    with store.read() as conn:
        values = conn.execute(sa.select(col).where(col.is_not(None)).distinct()).scalars()
        return sorted(str(v) for v in values)
