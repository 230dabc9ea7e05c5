"""Each export format, parsed back with an independent reader."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from store_factories import SETTINGS, STAGES_V1, syria_extraction, turkey_extraction

from sitrep.errors import UsageError
from sitrep.export import COLUMNS, export_events
from sitrep.model import Event, from_dict
from sitrep.store import EventStore, StoredEvent


@pytest.fixture
def stored(store: EventStore) -> list[StoredEvent]:
    run = store.begin_run(STAGES_V1, SETTINGS)
    store.save(syria_extraction(), run)
    store.save(turkey_extraction(), run)
    return store.events()


def by_id(rows: list[dict[str, str]]) -> dict[str, dict[str, str]]:
    return {row["event_id"]: row for row in rows}


def test_csv_has_acled_columns(stored: list[StoredEvent], tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    assert export_events(stored, "csv", path) == 4
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == list(COLUMNS)
        rows = by_id(list(reader))
    strike = rows["SYR-ev-sy-strike"]
    assert strike["event_date"] == "2026-01-10"
    assert strike["year"] == "2026"
    assert strike["time_precision"] == "1"
    assert strike["disorder_type"] == "Political violence"
    assert strike["sub_event_type"] == "Air/drone strike"
    assert (strike["actor1"], strike["assoc_actor_1"], strike["actor2"]) == (
        "United States",
        "Jordan",
        "Islamic State",
    )
    assert (strike["inter1"], strike["inter2"], strike["interaction"]) == ("1", "2", "12")
    assert (strike["iso"], strike["country"], strike["admin1"]) == ("760", "Syria", "Homs")
    assert (strike["latitude"], strike["longitude"], strike["geo_precision"]) == (
        "34.56",
        "38.28",
        "2",
    )
    assert strike["notes"].startswith("US and Jordanian aircraft struck Islamic State targets")
    assert strike["fatalities"] == "0"  # ACLED codes unknown as 0
    assert strike["article_id"] == syria_extraction().article.id
    assert (strike["plover_type"], strike["plover_mode"]) == ("ASSAULT", "aerial")

    ambush = rows["SYR-ev-sy-ambush"]
    assert (ambush["fatalities"], ambush["disorder_type"]) == ("3", "Political violence")

    arrests = rows["TUR-ev-tr-arrests"]
    assert arrests["disorder_type"] == "Strategic developments"
    assert (arrests["country"], arrests["geo_precision"]) == ("Turkey", "1")
    assert (arrests["time_precision"], arrests["date_end"]) == ("3", "2025-12-31")

    protest = rows["XXX-ev-tr-protest"]
    assert (protest["disorder_type"], protest["interaction"]) == ("Demonstrations", "60")
    assert (protest["event_date"], protest["latitude"], protest["country"]) == ("", "", "")


def test_csv_source_column_uses_the_lookup(stored: list[StoredEvent], store: EventStore) -> None:
    out = io.StringIO()

    def source(article_id: str) -> str | None:
        article = store.article(article_id)
        return article.source if article else None

    export_events(stored, "csv", out, sources=source)
    rows = by_id(list(csv.DictReader(io.StringIO(out.getvalue()))))
    assert rows["SYR-ev-sy-strike"]["source"] == "Example News"
    assert rows["TUR-ev-tr-arrests"]["source"] == "Wire Service"


def test_jsonl_round_trips_contract_events(stored: list[StoredEvent]) -> None:
    out = io.BytesIO()  # a binary stream works as well as a text one
    assert export_events(stored, "jsonl", out) == 4
    lines = out.getvalue().decode("utf-8").splitlines()
    back = []
    for line in lines:
        record = json.loads(line)
        article_id = record.pop("article_id")
        back.append(StoredEvent(from_dict(Event, record), article_id))
    assert back == stored


def test_geojson_counts_events_without_coordinates(stored: list[StoredEvent]) -> None:
    out = io.StringIO()
    assert export_events(stored, "geojson", out) == 3
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    assert collection["events_without_coordinates"] == 1
    assert collection["events_without_coordinates_ids"] == ["ev-tr-protest"]
    features = {f["id"]: f for f in collection["features"]}
    assert set(features) == {"ev-sy-strike", "ev-sy-ambush", "ev-tr-arrests"}
    istanbul = features["ev-tr-arrests"]
    assert istanbul["type"] == "Feature"
    assert istanbul["geometry"] == {"type": "Point", "coordinates": [28.95, 41.01]}
    assert istanbul["properties"]["location"] == "Istanbul"


def test_parquet_has_the_csv_columns(stored: list[StoredEvent], tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    assert export_events(stored, "parquet", path) == 4
    table = pq.read_table(path)
    assert table.column_names == list(COLUMNS)
    rows = {r["event_id"]: r for r in table.to_pylist()}
    strike = rows["SYR-ev-sy-strike"]
    assert (strike["year"], strike["iso"], strike["latitude"]) == (2026, 760, 34.56)
    assert rows["XXX-ev-tr-protest"]["latitude"] is None
    assert rows["SYR-ev-sy-ambush"]["fatalities"] == 3


def test_parquet_refuses_a_text_stream(stored: list[StoredEvent]) -> None:
    with pytest.raises(UsageError, match="binary"):
        export_events(stored, "parquet", io.StringIO())


def test_empty_export_is_valid(tmp_path: Path) -> None:
    out = io.StringIO()
    assert export_events([], "geojson", out) == 0
    assert json.loads(out.getvalue())["features"] == []
    assert export_events([], "parquet", tmp_path / "none.parquet") == 0
    assert pq.read_table(tmp_path / "none.parquet").num_rows == 0
