"""Countries and territories the curated states data does not place ("Guam", "Puerto
Rico") are placed at their capital: a report of troops "heading to Hawaii and Guam"
places Guam in the Pacific, not nowhere. The seats are worked out once, when the place
index is built or a GeoNames dump imported, and read from it at load."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sitrep.evaluate.geo import haversine_km
from sitrep.geo.index import country_seats, import_geonames, stored_seats
from sitrep.kb import gazetteer
from sitrep.kb.gazetteer import Gazetteer, ensure_index, imported_path


def _country(name: str) -> tuple[float, float]:
    places = [p for p in Gazetteer.load().lookup(name, fuzzy=False) if p.feature == "country"]
    assert places and places[0].lat is not None and places[0].lon is not None
    return places[0].lat, places[0].lon


def test_guam_is_placed_on_the_island() -> None:
    lat, lon = _country("Guam")
    assert haversine_km(lat, lon, 13.44, 144.79) < 50


def test_puerto_rico_is_placed_at_san_juan() -> None:
    lat, lon = _country("Puerto Rico")
    assert haversine_km(lat, lon, 18.47, -66.11) < 50


def test_the_place_index_stores_the_seats_when_it_is_built() -> None:
    path = ensure_index()
    if path is None:
        pytest.skip("no writable cache directory for the place index")
    with sqlite3.connect(path) as db:
        stored = stored_seats(db)
    assert stored == country_seats()
    assert stored is not None and haversine_km(*stored["GU"], 13.44, 144.79) < 50


def test_an_imported_dump_stores_the_seats_too(tmp_path: Path) -> None:
    source = tmp_path / "SY.txt"
    source.write_text(
        "163843\tSyria\tSyria\t\t35.0\t38.0\tA\tPCLI\tSY\t\t00\t\t\t\t22933531\t\t359"
        "\tAsia/Damascus\t2023-01-01\n",
        encoding="utf-8",
    )
    db_path = tmp_path / "geonames.sqlite"
    import_geonames(source, db_path)
    with sqlite3.connect(db_path) as db:
        assert stored_seats(db) == country_seats()


def test_an_index_without_seats_has_them_worked_out_at_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # an index imported before it held the seats: the gazetteer works them out itself
    monkeypatch.setenv("SITREP_CACHE", str(tmp_path))
    with sqlite3.connect(imported_path()) as db:
        db.execute("CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT)")
        assert stored_seats(db) is None
    assert gazetteer._seats() == country_seats()
