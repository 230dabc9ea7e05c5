"""Incidents in the store: refresh, read back, idempotence, replacement (store/incidents.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from incident_factories import ap, kyiv, moved_to_kyiv, reuters
from store_factories import SETTINGS, STAGES_V1, STAGES_V2

from sitrep.api.synthetic import synthetic_extractions
from sitrep.model import Extraction
from sitrep.store import EventFilter, EventStore, open_store


def dump(db: Path) -> list[str]:
    with sqlite3.connect(db) as con:
        return list(con.iterdump())


def save_all(store: EventStore, extractions: list[Extraction], stages: dict[str, str]) -> None:
    run = store.begin_run(stages, SETTINGS)
    for extraction in extractions:
        store.save(extraction, run)
        store.refresh_incidents(e.id for e in extraction.events)


def test_two_reports_of_one_strike_become_one_incident(store: EventStore) -> None:
    save_all(store, [ap(), reuters(), kyiv()], STAGES_V1)
    (incident,) = store.incidents()
    assert incident.event_ids == tuple(sorted(e.id for x in (ap(), reuters()) for e in x.events))
    assert incident.fatalities_best == 3 and incident.fatalities_high == 4
    detail = store.incident(incident.id)
    assert detail is not None and detail.incident == incident
    sources = sorted(r.article.source or "" for r in detail.reports)
    assert sources == ["ap", "reuters"]
    for report in detail.reports:  # each member's evidence points into its own article
        assert report.article.text[report.event.evidence.start : report.event.evidence.end] == (
            report.event.evidence.text
        )
    assert store.incident(incident.id[:10]) == detail  # a unique prefix
    assert store.incident("inc_nothing_here") is None
    kyiv_event = kyiv().events[0].id
    found = store.event_incidents([*incident.event_ids, kyiv_event])
    assert set(found) == set(incident.event_ids)


def test_incident_filters_match_member_events(store: EventStore) -> None:
    save_all(store, [ap(), reuters(), kyiv()], STAGES_V1)
    assert len(store.incidents(EventFilter(country="Ukraine"))) == 1
    assert store.incidents(EventFilter(country="SY")) == []
    assert len(store.incidents(EventFilter(actor="RU_military", since="2026-01-15"))) == 1
    assert store.incidents(EventFilter(until="2026-01-14")) == []
    assert len(store.incidents(EventFilter(text="Saltivskyi"))) == 1
    assert store.incidents(EventFilter(limit=1, offset=1)) == []


def test_saving_and_refreshing_again_changes_nothing(store: EventStore, db_path: Path) -> None:
    save_all(store, [ap(), reuters(), kyiv()], STAGES_V1)
    before = dump(db_path)
    run = store.begin_run(STAGES_V1, SETTINGS)
    for extraction in (ap(), reuters(), kyiv()):
        assert store.save(extraction, run).status == "unchanged"
        assert not store.refresh_incidents(e.id for e in extraction.events).changed
    assert dump(db_path) == before


def test_the_order_of_arrival_does_not_matter(tmp_path: Path) -> None:
    tables: list[list[str]] = []
    for order in ([ap(), reuters(), kyiv()], [kyiv(), reuters(), ap()]):
        with open_store(tmp_path / f"{len(tables)}.db") as store:
            save_all(store, order, STAGES_V1)
            tables.append([repr(i) for i in store.incidents()])
    assert tables[0] == tables[1] and len(tables[0]) == 1


def test_a_replaced_article_leaves_its_incident(store: EventStore) -> None:
    save_all(store, [ap(), reuters()], STAGES_V1)
    assert len(store.incidents()) == 1
    run = store.begin_run(STAGES_V2, SETTINGS)
    moved = moved_to_kyiv(reuters())
    assert store.save(moved, run).status == "replaced"
    result = store.refresh_incidents(e.id for e in moved.events)
    assert result.deleted == 1 and result.incidents == 0
    assert store.incidents() == []
    # and the Kyiv strike now fuses with a Kyiv report
    save_all(store, [kyiv()], STAGES_V1)
    (incident,) = store.incidents()
    assert moved.events[0].id in incident.event_ids


def test_refreshing_article_by_article_equals_one_refresh_at_the_end(tmp_path: Path) -> None:
    extractions = list(synthetic_extractions(1500, seed=7, max_events=5))
    with open_store(tmp_path / "each.db") as each:
        save_all(each, extractions, STAGES_V1)
        incremental = each.incidents()
    with open_store(tmp_path / "once.db") as once:
        run = once.begin_run(STAGES_V1, SETTINGS)
        for extraction in extractions:
            once.save(extraction, run)
        result = once.refresh_incidents(e.id for x in extractions for e in x.events)
        assert result.inserted == len(incremental) >= 5
        assert once.incidents() == incremental
