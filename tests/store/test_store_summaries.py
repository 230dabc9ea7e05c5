"""The summary tables stay exact: they always equal a GROUP BY over the stored events,
through new saves, replacements by another run, switching back, and idempotent saves;
a store written before migration 0002 gets them filled on open."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from store_factories import (
    SETTINGS,
    STAGES_V1,
    STAGES_V2,
    dump,
    syria_events,
    syria_extraction,
    turkey_extraction,
)

from sitrep.store import EventStore, open_store
from sitrep.store.cache import ReadCache
from sitrep.store.migrate import alembic_config
from sitrep.store.schema import metadata
from sitrep.store.sql import SQLStore
from sitrep.store.sqlite import FTS_TABLE

EVENT_KEY = "date_start, date_end, event_type, sub_event_type, country"


def summaries(db: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with sqlite3.connect(db) as conn:
        counts = conn.execute(
            f"SELECT {EVENT_KEY}, events, fatalities FROM event_counts ORDER BY {EVENT_KEY}"
        ).fetchall()
        names = conn.execute(
            "SELECT name, kb_id, rows FROM actor_names ORDER BY name, kb_id"
        ).fetchall()
    return counts, names


def recounted(db: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with sqlite3.connect(db) as conn:
        counts = conn.execute(
            f"SELECT {EVENT_KEY}, count(*), coalesce(sum(fatalities_best), 0) FROM events "
            f"GROUP BY {EVENT_KEY} ORDER BY {EVENT_KEY}"
        ).fetchall()
        names = conn.execute(
            "SELECT name, kb_id, count(*) FROM event_actors GROUP BY name, kb_id "
            "ORDER BY name, kb_id"
        ).fetchall()
    return counts, names


def test_summaries_stay_exact_through_replacements(store: EventStore, db_path: Path) -> None:
    v1 = store.begin_run(STAGES_V1, SETTINGS)
    store.save(syria_extraction(), v1)
    store.save(turkey_extraction(), v1)
    assert summaries(db_path) == recounted(db_path)
    assert summaries(db_path)[0], "the events were counted"

    v2 = store.begin_run(STAGES_V2, SETTINGS)
    strike = syria_events(prefix="ev-sy2")[:1]
    assert store.save(syria_extraction(events=strike), v2).status == "replaced"
    assert summaries(db_path) == recounted(db_path)
    names = {row[0] for row in summaries(db_path)[1]}
    assert "Jordan" in names  # the strike's associated actor is still stored

    # a replacement that changes a counted value: the ambush now left undated
    ambush = replace(syria_events(prefix="ev-sy3")[1], date=None)
    assert store.save(syria_extraction(events=(ambush,)), v1).status == "replaced"
    assert summaries(db_path) == recounted(db_path)

    # a replacement with no events leaves no empty keys behind
    assert store.save(syria_extraction(events=()), v2).status == "replaced"
    assert summaries(db_path) == recounted(db_path)
    assert all(int(str(row[-2])) > 0 for row in summaries(db_path)[0])
    assert all(int(str(row[-1])) > 0 for row in summaries(db_path)[1])


def test_saving_again_leaves_the_summaries_and_every_table_alone(
    store: EventStore, db_path: Path
) -> None:
    run = store.begin_run(STAGES_V1, SETTINGS)
    store.save(syria_extraction(), run)
    before = dump(db_path)
    assert store.save(syria_extraction(), run).status == "unchanged"
    assert dump(db_path) == before


def test_a_store_from_before_0002_is_upgraded_with_exact_summaries(db_path: Path) -> None:
    with open_store(db_path) as store:
        run = store.begin_run(STAGES_V1, SETTINGS)
        store.save(syria_extraction(), run)
        store.save(turkey_extraction(), run)
    expected = recounted(db_path)
    engine = sa.create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0001")
    engine.dispose()
    with sqlite3.connect(db_path) as conn:  # what an older API left behind
        conn.execute("CREATE INDEX ix_sitrep_read_events_by_date ON events (date_start)")
        conn.execute("UPDATE events SET country = lower(country)")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "event_counts" not in tables

    open_store(db_path).close()
    assert summaries(db_path) == expected
    with sqlite3.connect(db_path) as conn:
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        countries = {r[0] for r in conn.execute("SELECT country FROM events")}
    assert "ix_sitrep_read_events_by_date" not in indexes
    assert "ix_events_cover_date" in indexes
    assert countries - {None} == {"SY", "TR"}

    engine = sa.create_engine(f"sqlite:///{db_path}")
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "include_name": lambda n, t, _p: not (t == "table" and str(n).startswith(FTS_TABLE))
            },
        )
        assert compare_metadata(context, metadata) == []
    engine.dispose()


def test_read_cache_serves_until_any_commit(store: EventStore, db_path: Path) -> None:
    assert isinstance(store, SQLStore)
    cache = ReadCache(store)
    calls: list[int] = []

    def compute() -> list[int]:
        calls.append(1)
        return [len(store.events())]

    run = store.begin_run(STAGES_V1, SETTINGS)
    assert cache.get("n", compute) == [0]
    assert cache.get("n", compute) == [0]
    assert len(calls) == 1

    store.save(syria_extraction(), run)  # a commit through the store
    assert cache.get("n", compute) == [2]
    assert len(calls) == 2

    with sqlite3.connect(db_path) as conn:  # a commit by another process's connection
        conn.execute("DELETE FROM events WHERE id = 'ev-sy-ambush'")
    assert cache.get("n", compute) == [1]
    assert cache.get("n", compute) == [1]
    assert len(calls) == 3
