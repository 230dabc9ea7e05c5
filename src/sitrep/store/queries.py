"""Read queries for the API and the web UI, written over the store's SQLAlchemy tables.

An addition beside the EventStore interface (which stays as it is): the API needs
pagination with a total, sorting, a bounding box, admin regions and aggregates, which
the interface does not offer. Everything here only reads. How a query is answered:

1. The filter: `EventQuery` extends `EventFilter` (country, type, actor, dates, text are
   delegated to the store's own conditions, so both agree on what a filter means) with
   admin1, an exact sub-type and a bounding box.
2. Lists: one COUNT for the total and one page of rows, sorted by a whitelisted column
   (never by user text), with the event id as the last tie-breaker so pages are stable.
3. Time aggregates: counts are grouped by start day in SQL (portable to PostgreSQL) and
   folded into ISO weeks (keyed by their Monday) or months in Python.
4. Other aggregates (type, sub-type, country, actor) group in SQL; buckets are sorted by
   count, then key, so the output is deterministic.
5. Speed (100k+ events): `ensure_read_indexes` adds covering indexes, so filters,
   counts, aggregates and the map scan narrow index entries instead of the wide event
   rows (which carry the contract JSON); a page first picks its ids from that index,
   then fetches only those rows' contracts.
6. Map cells: events with coordinates are binned on a grid of `cell` degrees; a cell
   keeps its mean position, count, fatalities, its most frequent type and, when it holds
   one event, that event's id.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import sqlalchemy as sa

from sitrep.errors import UsageError
from sitrep.model import Article
from sitrep.store import records, schema
from sitrep.store.base import EventFilter, StoredEvent
from sitrep.store.sql import SQLStore

SortKey = Literal["date", "fatalities", "confidence", "country", "type"]
TimeBucket = Literal["day", "week", "month"]
GroupKey = Literal["day", "week", "month", "type", "sub_type", "country", "actor"]

#: largest page a caller may ask for; keeps one request's work bounded.
MAX_PAGE = 1000

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


#: ADDITION to the store schema, made by the API on open (clearly marked, idempotent):
#: covering indexes for read queries. Fold them into an Alembic migration when the
#: store's owner prefers; the names are prefixed so they are easy to find and drop.
_NARROW = (
    "event_type, sub_event_type, country, admin1, lat, lon, fatalities_best, confidence, article_id"
)
READ_INDEXES = {
    # date ranges and full scans, covering every filter and sort column
    "ix_sitrep_read_events_by_date": ("events", f"date_start, date_end, {_NARROW}, id"),
    # joins from event_actors by event id, covering the same columns
    "ix_sitrep_read_events_by_id": ("events", f"id, date_start, date_end, {_NARROW}"),
    "ix_sitrep_read_actors_by_name": ("event_actors", "name, kb_id, role, event_id"),
    "ix_sitrep_read_actors_by_kb": ("event_actors", "kb_id, role, event_id"),
}


def ensure_read_indexes(store: SQLStore) -> None:
    """Create the read indexes if missing, then refresh the planner's statistics."""
    if store.engine.dialect.name != "sqlite":
        return
    with store._write() as conn:
        known = {
            str(r[0])
            for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        missing = [name for name in READ_INDEXES if name not in known]
        for name in missing:
            table, columns = READ_INDEXES[name]
            conn.exec_driver_sql(f"CREATE INDEX {name} ON {table} ({columns})")
        if missing:
            conn.exec_driver_sql("ANALYZE")


def _order(query: EventQuery) -> list[sa.ColumnElement[Any]]:
    """ORDER BY terms: unknown values last in both directions, then id."""
    column = _SORT_COLUMNS[query.sort]
    ordered = column.desc() if query.descending else column.asc()
    return [column.is_(None).asc(), ordered, schema.events.c.id.asc()]


def conditions(store: SQLStore, query: EventQuery) -> list[sa.ColumnElement[bool]] | None:
    """The WHERE conditions of a query; None when it can match nothing."""
    ev = schema.events
    conds = store._conditions(replace(query.base, actor=None))
    if conds is None:
        return None
    if query.base.actor:
        actor_ids = _actor_event_ids(store, query.base.actor)
        if actor_ids is None:
            return None
        conds.append(ev.c.id.in_(actor_ids))
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


def _actor_event_ids(store: SQLStore, actor: str) -> sa.Select[Any] | None:
    """Ids of events with an actor whose name contains `actor` or whose kb id is it
    (the store's actor rule). The few distinct names are matched here first, so the
    events are then found by index instead of by testing every actor row."""
    act = schema.event_actors
    needle = actor.strip().lower()
    with store._read() as conn:
        pairs = conn.execute(sa.select(act.c.name, act.c.kb_id).distinct()).all()
    names = sorted({str(n) for n, _ in pairs if needle in str(n).lower()})
    kb_ids = sorted({str(k) for _, k in pairs if k is not None and str(k).lower() == needle})
    parts = [
        sa.select(act.c.event_id).where(column.in_(values))
        for column, values in ((act.c.name, names), (act.c.kb_id, kb_ids))
        if values
    ]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else sa.union(*parts)  # type: ignore[return-value]


def page_events(store: SQLStore, query: EventQuery) -> EventPage:
    """One page of matching events and the total count of matches."""
    ev = schema.events
    conds = conditions(store, query)
    if conds is None:
        return EventPage(0, [])
    ids_query = (
        sa.select(ev.c.id)
        .where(*conds)
        .order_by(*_order(query))
        .limit(min(max(query.limit, 0), MAX_PAGE))
        .offset(max(query.offset, 0))
    )
    with store._read() as conn:
        total = conn.execute(sa.select(sa.func.count(ev.c.id)).where(*conds)).scalar()
        ids = [str(i) for i in conn.execute(ids_query).scalars()]
        rows = conn.execute(
            sa.select(ev.c.id, ev.c.contract, ev.c.article_id).where(ev.c.id.in_(ids))
        ).all()
    by_id = {r.id: r for r in rows}
    items = [
        StoredEvent(records.event_from_json(by_id[i].contract), by_id[i].article_id)
        for i in ids
        if i in by_id
    ]
    return EventPage(int(total or 0), items)


def _time_key(day: str, bucket: TimeBucket) -> str:
    if bucket == "day":
        return day
    if bucket == "month":
        return day[:7]
    date = dt.date.fromisoformat(day)
    return (date - dt.timedelta(days=date.weekday())).isoformat()


def aggregate(
    store: SQLStore, query: EventQuery, by: GroupKey, *, split_by_type: bool = False
) -> list[Bucket]:
    """Counts (and summed best fatalities) of matching events grouped by `by`.

    Time buckets come in time order (undated events are left out); the others by
    count, largest first. With `split_by_type` every bucket is per (key, event type).
    """
    ev, act = schema.events, schema.event_actors
    conds = conditions(store, query)
    if conds is None:
        return []
    n = sa.func.count(sa.distinct(ev.c.id)).label("n")
    dead = sa.func.coalesce(sa.func.sum(ev.c.fatalities_best), 0).label("dead")
    group_col: sa.ColumnElement[Any]
    source: sa.FromClause = ev
    if by in ("day", "week", "month"):
        group_col = ev.c.date_start
        conds = [*conds, ev.c.date_start.is_not(None)]
    elif by == "type":
        group_col = ev.c.event_type
    elif by == "sub_type":
        group_col = ev.c.sub_event_type
    elif by == "country":
        group_col = sa.func.coalesce(ev.c.country, "unknown")
    else:  # actor: the main actors of either side, by knowledge-base id when known
        group_col = act.c.name
        source = ev.join(act, act.c.event_id == ev.c.id)
        conds = [*conds, act.c.role.in_(("actor1", "actor2"))]
    columns: list[Any] = [group_col.label("key")]
    if split_by_type:
        columns.append(ev.c.event_type.label("grp"))
    stmt = sa.select(*columns, n, dead).select_from(source).where(*conds)
    stmt = stmt.group_by(*[c for c in columns])
    with store._read() as conn:
        rows = conn.execute(stmt).all()
    folded: dict[tuple[str, str | None], list[int]] = {}
    for row in rows:
        key = str(row.key)
        if by in ("day", "week", "month"):
            key = _time_key(key, by)
        group = str(row.grp) if split_by_type else None
        acc = folded.setdefault((key, group), [0, 0])
        acc[0] += int(row.n)
        acc[1] += int(row.dead)
    buckets = [Bucket(k, c, d, g) for (k, g), (c, d) in folded.items()]
    if by in ("day", "week", "month"):
        return sorted(buckets, key=lambda b: (b.key, b.group or ""))
    return sorted(buckets, key=lambda b: (-b.count, b.key, b.group or ""))


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
    with store._read() as conn:
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
        ids = store._text_article_ids(text)
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
    with store._read() as conn:
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
    with store._read() as conn:
        return [str(i) for i in conn.execute(stmt).scalars()]


def distinct_values(store: SQLStore, column: Literal["country", "event_type"]) -> list[str]:
    """The distinct non-null values of a filter column, sorted (for the UI's selects)."""
    col = schema.events.c[column]
    with store._read() as conn:
        values = conn.execute(sa.select(col).where(col.is_not(None)).distinct()).scalars()
        return sorted(str(v) for v in values)


def articles_by_id(store: SQLStore, ids: Sequence[str]) -> dict[str, Article]:
    """The stored articles with these ids."""
    art = schema.articles
    if not ids:
        return {}
    with store._read() as conn:
        rows = conn.execute(sa.select(art).where(art.c.id.in_(list(ids)))).all()
    return {r.id: records.article_from_row(r) for r in rows}
