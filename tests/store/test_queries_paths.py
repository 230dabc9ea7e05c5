"""The API's read queries give the same answers whichever way they are computed:
pages split at the unknown values of the sort column, walked or driven actor and text
matches, aggregates from the summary table or from the events, actor aggregates from
the events' actor columns. The references are computed in Python from every event."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from sitrep.api.synthetic import synthetic_extractions
from sitrep.model import Event, Extraction
from sitrep.store import EventFilter, open_store
from sitrep.store import queries as q
from sitrep.store.sql import SQLStore


def _some_undated(extraction: Extraction, n: int) -> Extraction:
    """Every third article loses the dates of its events; every fifth its places."""
    events = extraction.events
    if n % 3 == 0:
        events = tuple(replace(e, date=None) for e in events)
    if n % 5 == 0:
        events = tuple(replace(e, location=None) for e in events)
    return replace(extraction, events=events)


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SQLStore]:
    db: Path = tmp_path_factory.mktemp("paths") / "events.db"
    store = open_store(db)
    assert isinstance(store, SQLStore)
    run = store.begin_run({"synthetic": "1"}, "paths")
    for n, extraction in enumerate(synthetic_extractions(400, seed=11, max_events=5)):
        store.save(_some_undated(extraction, n), run)
    yield store
    store.close()


def _all(store: SQLStore) -> list[Event]:
    return [s.event for s in store.events()]


def _fatal_order(events: list[Event], descending: bool) -> list[str]:
    known = [e for e in events if e.fatalities.best is not None]
    unknown = [e for e in events if e.fatalities.best is None]
    sign = -1 if descending else 1
    known.sort(key=lambda e: (sign * (e.fatalities.best or 0), e.id))
    return [e.id for e in known] + sorted(e.id for e in unknown)


@pytest.mark.parametrize("descending", [False, True])
def test_pages_sort_unknown_last_and_tile_the_whole_list(
    filled: SQLStore, descending: bool
) -> None:
    expected = _fatal_order(_all(filled), descending)
    assert any(e.fatalities.best is None for e in _all(filled))
    got: list[str] = []
    offset = 0
    while True:
        query = q.EventQuery(sort="fatalities", descending=descending, limit=37, offset=offset)
        page = q.page_events(filled, query)
        assert page.total == len(expected)
        if not page.items:
            break
        got += [s.event.id for s in page.items]
        offset += 37
    assert got == expected


def test_undated_events_come_after_dated_ones(filled: SQLStore) -> None:
    events = _all(filled)
    undated = sorted(e.id for e in events if e.date is None)
    assert undated
    dated = len(events) - len(undated)
    page = q.page_events(filled, q.EventQuery(limit=10, offset=dated - 4))
    ids = [s.event.id for s in page.items]
    assert all(e.date is not None for e in [s.event for s in page.items[:4]])
    assert ids[4:] == undated[:6]


@pytest.mark.parametrize(
    "flt",
    [
        EventFilter(actor="islamic state"),
        EventFilter(actor="rsf"),
        EventFilter(actor="forces", country="SD"),
        EventFilter(text="Khartoum"),
    ],
)
def test_walked_and_driven_matches_give_the_same_pages(
    filled: SQLStore, flt: EventFilter, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = []
    for walk_entries in (0, 10**9):  # never walk, always walk
        monkeypatch.setattr(q, "WALK_ENTRIES", walk_entries)
        query = q.EventQuery(base=flt, limit=25, offset=10)
        pages.append([s.event.id for s in q.page_events(filled, query).items])
    expected = [s.event.id for s in filled.events(replace(flt, limit=25, offset=10))]
    assert pages[0] == pages[1] == expected
    assert expected


def test_actor_filter_matches_names_and_kb_ids(filled: SQLStore) -> None:
    by_kb = q.count_events(filled, q.EventQuery(base=EventFilter(actor="RSF"))).total
    by_name = q.count_events(filled, q.EventQuery(base=EventFilter(actor="rapid support"))).total
    expected = sum(
        1
        for e in _all(filled)
        if any(a is not None and a.kb_id == "rsf" for a in (e.actor1, e.actor2))
        or any(a.kb_id == "rsf" for a in (*e.assoc_actor1, *e.assoc_actor2))
    )
    assert by_kb == by_name == expected > 0


def _reference(events: list[Event], key: str) -> dict[str, tuple[int, int]]:
    out: dict[str, list[int]] = {}
    for e in events:
        if key == "month":
            if e.date is None:
                continue
            keys = [e.date.start[:7]]
        elif key == "country":
            keys = [e.location.country if e.location and e.location.country else "unknown"]
        else:  # actor: either side's main actor, once per event
            keys = sorted({a.name for a in (e.actor1, e.actor2) if a is not None})
        for k in keys:
            acc = out.setdefault(k, [0, 0])
            acc[0] += 1
            acc[1] += e.fatalities.best or 0
    return {k: (n, d) for k, (n, d) in out.items()}


@pytest.mark.parametrize(
    ("by", "flt", "sub_type"),
    [
        ("month", EventFilter(), None),
        ("month", EventFilter(country="Sudan", event_type="battles"), None),
        ("month", EventFilter(since="2025-03", until="2025-06"), "Armed clash"),
        ("country", EventFilter(actor="islamic state"), None),  # not on the summary
        ("actor", EventFilter(), None),
        ("actor", EventFilter(country="CD"), None),
    ],
)
def test_aggregates_agree_with_the_events(
    filled: SQLStore, by: q.GroupKey, flt: EventFilter, sub_type: str | None
) -> None:
    query = q.EventQuery(base=flt, sub_event_type=sub_type)
    events = [s.event for s in filled.events(flt)]
    if sub_type is not None:
        events = [e for e in events if e.sub_event_type.lower() == sub_type.lower()]
    buckets = q.aggregate(filled, query, by)
    assert {b.key: (b.count, b.fatalities) for b in buckets} == _reference(events, by)
    assert buckets


def test_split_by_type_sums_to_the_buckets(filled: SQLStore) -> None:
    whole = {b.key: b.count for b in q.aggregate(filled, q.EventQuery(), "actor")}
    split: Counter[str] = Counter()
    for b in q.aggregate(filled, q.EventQuery(), "actor", split_by_type=True):
        assert b.group
        split[b.key] += b.count
    assert dict(split) == whole
