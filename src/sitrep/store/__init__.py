"""Where extractions are kept: the EventStore interface and its SQLite implementation.

`open_store(path_or_url)` opens (creating and migrating as needed) a store:

1. a `sqlite:///path` URL or a plain path -> SQLiteStore (the parent folder is created);
2. any other URL (postgresql://, ...) -> StoreError until that backend exists.

    with open_store("events.db") as store:
        run = store.begin_run(pipeline.versions(), settings.extraction_hash())
        store.save(extraction, run)
        for stored in store.events(EventFilter(country="SY", since="2026-01")):
            ...
"""

from __future__ import annotations

from pathlib import Path

from sitrep.errors import StoreError
from sitrep.store.base import (
    ALL_EVENTS,
    EventFilter,
    EventStore,
    IncidentDetail,
    IncidentReport,
    RefreshResult,
    SaveResult,
    StoredEvent,
    StoreStats,
    run_id,
)
from sitrep.store.sqlite import SQLiteStore

__all__ = [
    "ALL_EVENTS",
    "EventFilter",
    "EventStore",
    "IncidentDetail",
    "IncidentReport",
    "RefreshResult",
    "SQLiteStore",
    "SaveResult",
    "StoreError",
    "StoreStats",
    "StoredEvent",
    "open_store",
    "run_id",
]

_SQLITE = "sqlite:///"


def open_store(url_or_path: str | Path) -> EventStore:
    """Open the store at a path or `sqlite:///` URL, creating and migrating it as needed."""
    if isinstance(url_or_path, Path):
        return SQLiteStore(url_or_path)
    text = str(url_or_path)
    if text.startswith(_SQLITE):
        path = text[len(_SQLITE) :]
        if not path or path == ":memory:":
            raise StoreError("an in-memory store is not supported; give a file path")
        return SQLiteStore(Path(path))
    if "://" in text:
        scheme = text.split("://", 1)[0]
        raise StoreError(f"no store backend for {scheme!r} URLs yet; use a SQLite path")
    return SQLiteStore(Path(text))
