"""Saving and reading back: exact round trips, idempotence, replacement on a new run."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from store_factories import (
    SETTINGS,
    STAGES_V1,
    STAGES_V2,
    dump,
    syria_events,
    syria_extraction,
    turkey_extraction,
)

from sitrep.errors import StoreError, UsageError
from sitrep.model import Rejection
from sitrep.store import EventStore, open_store, run_id


def test_event_round_trip_is_exact(store: EventStore) -> None:
    extraction = syria_extraction()
    run = store.begin_run(STAGES_V1, SETTINGS)
    result = store.save(extraction, run)
    assert (result.status, result.events) == ("new", 2)

    stored = store.events()
    # ordered by start date: the December ambush before the January strike
    assert [s.event for s in stored] == [extraction.events[1], extraction.events[0]]
    assert {s.article_id for s in stored} == {extraction.article.id}
    assert store.article(extraction.article.id) == extraction.article
    assert store.quotes(extraction.article.id) == list(extraction.quotes)

    found = store.event("ev-sy-strike")
    assert found is not None
    event, article = found
    assert event == extraction.events[0]
    assert article == extraction.article
    text = article.text
    assert event.evidence.text == text[event.evidence.start : event.evidence.end]


def test_event_lookup_by_prefix(store: EventStore) -> None:
    store.save(syria_extraction(), store.begin_run(STAGES_V1, SETTINGS))
    found = store.event("ev-sy-st")
    assert found is not None and found[0].id == "ev-sy-strike"
    with pytest.raises(UsageError, match="ambiguous"):
        store.event("ev-sy-")
    assert store.event("ev-sy") is None  # too short to be a prefix
    assert store.event("ev-zz-nothing") is None
    assert store.event("ev-sy%") is None  # LIKE wildcards are escaped


def test_saving_twice_changes_nothing(store: EventStore, db_path: Path) -> None:
    run = store.begin_run(STAGES_V1, SETTINGS)
    store.save(syria_extraction(), run)
    store.save(turkey_extraction(), run)
    store.save_rejection(Rejection("feed.xml#3", "no text", "ab" * 32, 120))
    before = dump(db_path)

    assert store.begin_run(STAGES_V1, SETTINGS) == run
    again = store.save(syria_extraction(), run)
    assert (again.status, again.events) == ("unchanged", 2)
    assert store.save(turkey_extraction(), run).status == "unchanged"
    assert store.save_rejection(Rejection("feed.xml#3", "no text", "ab" * 32, 120)) is False

    assert dump(db_path) == before


def test_new_run_replaces_events_and_quotes(store: EventStore, db_path: Path) -> None:
    old_run = store.begin_run(STAGES_V1, SETTINGS)
    store.save(syria_extraction(), old_run)
    store.save(turkey_extraction(), old_run)
    new_run = store.begin_run(STAGES_V2, SETTINGS)
    assert new_run != old_run

    only_strike = syria_events(prefix="ev-sy2")[:1]
    result = store.save(syria_extraction(events=only_strike), new_run)
    assert (result.status, result.events) == ("replaced", 1)
    syria_id = syria_extraction().article.id
    assert [s.event.id for s in store.events() if s.article_id == syria_id] == ["ev-sy2-strike"]
    assert store.has_article(syria_id, new_run)
    assert not store.has_article(syria_id, old_run)
    assert store.has_article(turkey_extraction().article.id, old_run)

    # no orphans: child rows of the replaced events are gone with them
    with sqlite3.connect(db_path) as conn:
        for table in ("event_actors", "event_weapons", "event_quantities", "evidence"):
            ids = {r[0] for r in conn.execute(f"SELECT DISTINCT event_id FROM {table}")}
            assert not ids & {"ev-sy-strike", "ev-sy-ambush"}, table
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    assert store.stats().runs == 2

    # switching back is a replacement too, and the article row itself is untouched
    assert store.save(syria_extraction(), old_run).status == "replaced"
    assert store.article(syria_id) == syria_extraction().article


def test_save_needs_a_known_run(store: EventStore) -> None:
    with pytest.raises(StoreError, match="begin_run"):
        store.save(syria_extraction(), "not-a-run")
    assert store.stats().articles == 0  # the failed transaction left nothing behind


def test_run_id_depends_on_settings_and_versions() -> None:
    assert run_id(STAGES_V1, SETTINGS) == run_id(dict(reversed(STAGES_V1.items())), SETTINGS)
    assert run_id(STAGES_V1, SETTINGS) != run_id(STAGES_V2, SETTINGS)
    assert run_id(STAGES_V1, SETTINGS) != run_id(STAGES_V1, "fedcba9876543210")


def test_duplicate_event_id_is_a_store_error(store: EventStore) -> None:
    strike = syria_events()[0]
    run = store.begin_run(STAGES_V1, SETTINGS)
    with pytest.raises(StoreError, match="could not save"):
        store.save(syria_extraction(events=(strike, strike)), run)
    assert store.stats().events == 0


def test_rejections_are_unique(store: EventStore) -> None:
    first = Rejection("inbox/report.html", "no article text found", "cd" * 32, 5120)
    unknown = Rejection("feed.xml#7", "entry has no link and no content")
    assert store.save_rejection(first) is True
    assert store.save_rejection(first) is False
    assert store.save_rejection(unknown) is True
    assert store.save_rejection(unknown) is False  # unknown sha256 still deduplicates
    other_reason = Rejection("inbox/report.html", "not UTF-8 decodable", "cd" * 32, 5120)
    assert store.save_rejection(other_reason) is True
    assert store.rejections() == [first, unknown, other_reason]


def test_stats(store: EventStore) -> None:
    run = store.begin_run(STAGES_V1, SETTINGS)
    store.save(syria_extraction(), run)
    store.save(turkey_extraction(), run)
    store.save_rejection(Rejection("a.warc#2", "empty payload"))
    stats = store.stats()
    assert (stats.articles, stats.events, stats.quotes, stats.rejections, stats.runs) == (
        2,
        4,
        1,
        1,
        1,
    )
    assert stats.events_by_type == {
        "Battles": 1,
        "Explosions/Remote violence": 1,
        "Protests": 1,
        "Strategic developments": 1,
    }
    assert stats.events_by_country == {"SY": 2, "TR": 1, "unknown": 1}


def test_garbage_file_is_a_store_error(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_bytes(b"This is a shopping list, not a database.\n" * 200)
    with pytest.raises(StoreError, match="cannot open the store"):
        open_store(bad)


def test_unwritable_folder_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(StoreError):
        open_store(blocker / "sub" / "events.db")


def test_unknown_backend_is_a_store_error() -> None:
    with pytest.raises(StoreError, match="postgresql"):
        open_store("postgresql://localhost/sitrep")


def test_reopen_keeps_data_and_url_form(db_path: Path) -> None:
    with open_store(db_path) as store:
        store.save(turkey_extraction(), store.begin_run(STAGES_V1, SETTINGS))
    with open_store(f"sqlite:///{db_path}") as store:
        assert store.stats().events == 2
        assert store.has_article(turkey_extraction().article.id, run_id(STAGES_V1, SETTINGS))


def test_wal_and_foreign_keys(store: EventStore, db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    # foreign keys are enforced on the store's own connections
    from sitrep.store.sqlite import SQLiteStore

    assert isinstance(store, SQLiteStore)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to read-only folders")
def test_read_only_folder_is_a_store_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="cannot open the store"):
            open_store(folder / "events.db")
    finally:
        folder.chmod(0o700)


def test_a_second_handle_sees_committed_writes(store: EventStore, db_path: Path) -> None:
    with open_store(db_path) as reader:
        assert reader.stats().articles == 0
        store.save(turkey_extraction(), store.begin_run(STAGES_V1, SETTINGS))
        assert [s.event.id for s in reader.events()] == ["ev-tr-arrests", "ev-tr-protest"]
