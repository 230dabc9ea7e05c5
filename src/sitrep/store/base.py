"""The EventStore interface: what every backend (SQLite now, PostgreSQL later) offers.

Contract every backend keeps, in this order of importance:

1. Idempotence. Saving the same Extraction twice under the same run changes nothing in
   the database: no row, no counter, no timestamp moves.
2. One article, one current run. Saving an already-stored article under a different run
   replaces that article's events and quotes in one transaction (delete + insert).
3. One writer. Workers extract; a single process writes, one transaction per article.
   Readers (CLI, API, web) may read while it writes.
4. Exact round trip. Events and quotes are rebuilt from their stored contract JSON, so
   what comes out equals what went in (`==` on the frozen dataclasses).
5. Queries are deterministic: events come ordered by start date (undated last), then id.
6. Incidents (sitrep.fuse) are derived data: `save` leaves them alone and the writer
   calls `refresh_incidents` with the events it saved (the runner and the API do), so
   a batch can save first and fuse after. Recomputing unchanged incidents writes nothing.
"""

from __future__ import annotations

import hashlib
import json
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from types import TracebackType
from typing import Literal

from sitrep.fuse import Incident
from sitrep.model import Article, Event, Extraction, Quote, Rejection


@dataclass(frozen=True)
class EventFilter:
    """Which events to return. Every set field narrows the result (they combine with AND).

    `event_type` matches the ACLED type or sub-type, case-insensitively. `actor` matches
    any actor role (actor1, actor2 and their associates) by a case-insensitive substring
    of the name or by exact knowledge-base id. `since`/`until` are ISO dates (YYYY,
    YYYY-MM or YYYY-MM-DD) and keep events whose date interval overlaps them. `text` is a
    full-text query over the articles' title and text; it is plain words, never query
    syntax, so no input can make the query fail. `context` keeps the events set in one
    PLOVER context ("terrorism", "crime_murder"); `ordinary_crime=False` leaves out
    ordinary crime and True keeps only it (`sitrep.events.context.ordinary_crime`).
    """

    country: str | None = None
    event_type: str | None = None
    actor: str | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    context: str | None = None
    ordinary_crime: bool | None = None
    limit: int | None = None
    offset: int = 0


#: the filter that keeps every event.
ALL_EVENTS = EventFilter()


@dataclass(frozen=True)
class StoredEvent:
    """An event as stored, with the article it was extracted from."""

    event: Event
    article_id: str


@dataclass(frozen=True)
class IncidentReport:
    """One member of an incident: the event and the article that reported it."""

    event: Event
    article: Article


@dataclass(frozen=True)
class IncidentDetail:
    """An incident with its member events and their articles, in member order."""

    incident: Incident
    reports: tuple[IncidentReport, ...]


@dataclass(frozen=True)
class RefreshResult:
    """What `refresh_incidents` did: incidents found around the events, rows changed."""

    incidents: int
    inserted: int
    updated: int
    deleted: int

    @property
    def changed(self) -> bool:
        return bool(self.inserted or self.updated or self.deleted)


@dataclass(frozen=True)
class SaveResult:
    """What `save` did: stored a new article, found it unchanged, or replaced its events."""

    article_id: str
    status: Literal["new", "unchanged", "replaced"]
    events: int


@dataclass(frozen=True)
class StoreStats:
    """Counts for a store overview; the mappings are sorted by count, then name."""

    articles: int
    events: int
    quotes: int
    rejections: int
    runs: int
    events_by_type: dict[str, int] = field(default_factory=dict)
    events_by_country: dict[str, int] = field(default_factory=dict)


def run_id(stage_versions: Mapping[str, str], settings_hash: str) -> str:
    """The id of a run: a hash of the settings hash and the stage versions.

    The same code with the same settings always gives the same run id, so re-running an
    unchanged pipeline over a stored article is recognised as already done.
    """
    versions = json.dumps(dict(sorted(stage_versions.items())), sort_keys=True)
    return hashlib.sha256(f"{settings_hash}\n{versions}".encode()).hexdigest()[:16]


class EventStore(ABC):
    """Where extractions are kept and queried. Use as a context manager to close it."""

    @abstractmethod
    def begin_run(self, stage_versions: Mapping[str, str], settings_hash: str) -> str:
        """Record a run (only if new) and return its id."""

    @abstractmethod
    def save(self, extraction: Extraction, run_id: str) -> SaveResult:
        """Store one article's extraction in one transaction (see the module docstring)."""

    @abstractmethod
    def save_rejection(self, rejection: Rejection) -> bool:
        """Record a refused document; True if it was not recorded before."""

    @abstractmethod
    def has_article(self, article_id: str, run_id: str) -> bool:
        """True if the article is stored with this run's output, so it can be skipped."""

    @abstractmethod
    def events(self, flt: EventFilter = ALL_EVENTS) -> list[StoredEvent]:
        """Events matching the filter, ordered by start date (undated last), then id."""

    def iter_events(self, flt: EventFilter = ALL_EVENTS, page: int = 1000) -> Iterator[StoredEvent]:
        """All matching events, fetched a page at a time (for exports of large stores)."""
        offset, remaining = flt.offset, flt.limit
        while remaining is None or remaining > 0:
            size = page if remaining is None else min(page, remaining)
            chunk = self.events(replace(flt, limit=size, offset=offset))
            yield from chunk
            if len(chunk) < size:
                return
            offset += size
            remaining = None if remaining is None else remaining - size

    @abstractmethod
    def event(self, event_id: str) -> tuple[Event, Article] | None:
        """One event and its article, by id or by a unique id prefix of 6+ characters."""

    @abstractmethod
    def refresh_incidents(self, event_ids: Iterable[str]) -> RefreshResult:
        """Recompute the incidents touching these events (and the events they reach
        by matching), in one write transaction; see store/incidents.py."""

    @abstractmethod
    def incidents(self, flt: EventFilter = ALL_EVENTS) -> list[Incident]:
        """Incidents with at least one member event matching the filter, ordered by
        start date (undated last), then id; `limit`/`offset` page the incidents."""

    @abstractmethod
    def incident(self, incident_id: str) -> IncidentDetail | None:
        """One incident with its reports, by id or a unique id prefix of 6+ characters."""

    @abstractmethod
    def event_incidents(self, event_ids: Iterable[str]) -> dict[str, Incident]:
        """The incident of each of these events that belongs to one."""

    @abstractmethod
    def article(self, article_id: str) -> Article | None:
        """One stored article."""

    @abstractmethod
    def quotes(self, article_id: str) -> list[Quote]:
        """The quotes of one article, in the order they were extracted."""

    @abstractmethod
    def search_articles(self, query: str, limit: int = 20) -> list[Article]:
        """Articles matching a full-text query, best first."""

    @abstractmethod
    def rejections(self) -> list[Rejection]:
        """Every recorded rejection, in the order they were recorded."""

    @abstractmethod
    def stats(self) -> StoreStats:
        """Counts of what the store holds."""

    @abstractmethod
    def close(self) -> None:
        """Release the database connections."""

    def __enter__(self) -> EventStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
