"""The English names and centres of first-level regions (data/admin1_names.json): every
entry names an ISO 3166-2 region, and the place index gives each region those names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.errors import KnowledgeDataError
from sitrep.geo import index
from sitrep.geo.index import english_admin1_names
from sitrep.kb.gazetteer import Gazetteer
from sitrep.kb.loading import packaged


def test_every_entry_is_an_iso_region_with_names_or_a_centre() -> None:
    entries = english_admin1_names()
    assert entries["CD-NK"][0][0] == "North Kivu"
    assert entries["ET-TI"][0][0] == "Tigray"
    for names, centre in entries.values():
        assert names or centre is not None
        if centre is not None:
            lat, lon = centre
            assert -90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0


def test_the_index_knows_a_region_by_its_english_name() -> None:
    gazetteer = Gazetteer.load()
    (kivu,) = [p for p in gazetteer.lookup("North Kivu") if p.feature == "admin1"]
    assert (kivu.country, kivu.name, kivu.matched) == ("CD", "North Kivu", "name")
    # the ISO name still finds it, as its own name too
    assert any(p.name == "North Kivu" for p in gazetteer.lookup("Nord-Kivu"))


def test_a_bad_entry_is_refused_with_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "admin1_names.json"
    entries = [{"id": "XX-99", "names": ["Nowhere"], "lat": None, "lon": None}]
    bad.write_text(json.dumps({"version": "1", "entries": entries}), encoding="utf-8")
    monkeypatch.setattr(index, "packaged", lambda name: bad)
    with pytest.raises(KnowledgeDataError, match="XX-99"):
        english_admin1_names()


def test_the_packaged_file_is_versioned() -> None:
    data = json.loads(packaged("admin1_names.json").read_text(encoding="utf-8"))
    assert isinstance(data["version"], str) and data["description"]


def test_the_cached_index_is_named_by_the_data_version() -> None:
    from sitrep.kb.gazetteer import index_path
    from sitrep.kb.loading import file_version

    assert file_version(packaged("admin1_names.json")) in index_path().name
