"""The place index: name keys, GeoNames dump import, admin1 names."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from sitrep.errors import KnowledgeDataError
from sitrep.geo.index import feature_kind, import_geonames
from sitrep.geo.names import key, skeleton
from sitrep.kb.gazetteer import Gazetteer

# geonameid, name, asciiname, alternatenames, lat, lon, fclass, fcode, cc, cc2, admin1,
# admin2, admin3, admin4, population, elevation, dem, timezone, modified
_ROWS = [
    "170794\tDeir ez-Zor\tDeir ez-Zor\tDayr az Zawr,Deir al-Zour,دير الزور\t35.33588\t40.14084"
    "\tP\tPPLA\tSY\t\t07\t\t\t\t242565\t\t210\tAsia/Damascus\t2023-01-01",
    "170792\tDayr az Zawr Governorate\tDayr az Zawr Governorate\tDeir ez-Zor Governorate"
    "\t35.16667\t40.33333\tA\tADM1\tSY\t\t07\t\t\t\t1239000\t\t220\tAsia/Damascus\t2023-01-01",
    "163843\tSyria\tSyria\tSyrian Arab Republic\t35.0\t38.0\tA\tPCLI\tSY\t\t00\t\t\t\t22933531"
    "\t\t359\tAsia/Damascus\t2023-01-01",
    "7303238\tFrench Quarter\tFrench Quarter\t\t29.95936\t-90.06618\tL\tAREA\tUS\t\tLA\t071"
    "\t\t\t0\t\t3\tAmerica/Chicago\t2023-01-01",
]


def test_keys_fold_articles_and_transliterations() -> None:
    assert key("Deir ez-Zor") == key("Deir-ez-Zor") == "deir zor"
    assert key("the Middle East") == "middle east"
    assert key("Al Bab") == "al bab"  # a leading article carries the name and stays
    assert skeleton(key("Deir al-Zour")) == skeleton(key("Dayr az Zawr"))


def test_feature_kinds_from_geonames_codes() -> None:
    assert feature_kind("A", "PCLI", 0) == "country"
    assert feature_kind("A", "ADM1", 0) == "admin1"
    assert feature_kind("P", "PPL", 900) == "village"
    assert feature_kind("P", "PPLC", 900) == "city"
    assert feature_kind("S", "CH", 0) == "site"


@pytest.mark.parametrize("zipped", [False, True])
def test_import_geonames_dump(tmp_path: Path, zipped: bool) -> None:
    text = tmp_path / "SY.txt"
    text.write_text("\n".join(_ROWS) + "\n", encoding="utf-8")
    source = text
    if zipped:
        source = tmp_path / "allCountries.zip"
        with zipfile.ZipFile(source, "w") as archive:
            archive.write(text, "allCountries.txt")
    db = tmp_path / "geonames.sqlite"
    assert import_geonames(source, db) == 4
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT p.name, p.feature, p.admin1_name FROM names n JOIN places p "
            "ON p.id = n.place WHERE n.key = ? ORDER BY p.name",
            (key("Deir al-Zour"),),
        ).fetchall()
        area = connection.execute("SELECT feature FROM places WHERE geonameid = 7303238").fetchone()
    assert rows == [("Deir ez-Zor", "city", "Dayr az Zawr Governorate")]
    assert area == ("area",)


def test_import_rejects_a_file_of_another_format(tmp_path: Path) -> None:
    bad = tmp_path / "cities.csv"
    bad.write_text("name,lat,lon\nAleppo,36.2,37.1\n", encoding="utf-8")
    with pytest.raises(KnowledgeDataError, match="19 tab-separated"):
        import_geonames(bad, tmp_path / "out.sqlite")
    assert not (tmp_path / "out.sqlite").exists()


def test_lookup_spelling_variants_and_admin1_names() -> None:
    gazetteer = Gazetteer.load()
    for variant in ("Deir ez-Zor", "Deir al-Zour", "Dair el-Zour", "DEIR EZ-ZOR"):
        places = [p for p in gazetteer.lookup(variant) if p.country == "SY"]
        assert places, variant
    city = next(p for p in gazetteer.lookup("Deir ez-Zor") if p.feature == "city")
    assert city.admin1_code == "SY.07"
    assert city.admin1_name == "Dayr az Zawr"
    california = next(p for p in gazetteer.lookup("California") if p.feature == "admin1")
    assert california.geonameid == 5332921
    assert california.lat is not None and 32 < california.lat < 42
    europe = gazetteer.lookup("Europe")[0]
    assert (europe.feature, europe.geonameid) == ("region", 6255148)
