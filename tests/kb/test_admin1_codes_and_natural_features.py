"""GeoNames admin1 codes matched to the right ISO 3166-2 regions (Mexico numbers its
states in another order than ISO), Iraq's Kurdistan governorates indexed as regions, and
the seas, lakes and rivers news reports on placed as natural features, never as towns."""

from __future__ import annotations

import pytest

from sitrep.kb.gazetteer import Gazetteer, Place
from sitrep.model import make_article
from sitrep.pipeline.document import Document
from sitrep.pipeline.resources import load_resources
from sitrep.pipeline.stages.entities import EntitiesStage
from sitrep.pipeline.stages.places import PlacesStage
from sitrep.pipeline.stages.segment import SegmentStage


def _town(name: str, country: str) -> Place:
    return next(
        p
        for p in Gazetteer.load().lookup(name)
        if p.country == country and p.feature in ("city", "village")
    )


def _region(name: str, country: str) -> Place:
    (region,) = [
        p for p in Gazetteer.load().lookup(name) if p.feature == "admin1" and p.country == country
    ]
    return region


def _places(text: str) -> dict[str, str]:
    resources = load_resources()
    doc = Document(make_article(text, published="2026-01-10"), anchor_date="2026-01-10")
    for stage in (SegmentStage(resources), EntitiesStage(resources), PlacesStage(resources)):
        stage(doc)
    return {p.evidence.text: p.feature for p in doc.places}


@pytest.mark.parametrize(
    ("town", "state"),
    [
        ("Tuxtla Gutiérrez", "Chiapas"),
        ("Villahermosa", "Tabasco"),
        ("Morelia", "Michoacán"),
        ("Culiacán", "Sinaloa"),
        ("Tijuana", "Baja California"),
        ("Zacatecas", "Zacatecas"),
        ("Tepic", "Nayarit"),
        ("Guadalajara", "Jalisco"),
    ],
)
def test_mexican_towns_sit_in_their_own_state(town: str, state: str) -> None:
    place = _town(town, "MX")
    assert place.admin1_name == state
    assert _region(state, "MX").admin1_code == place.admin1_code


def test_a_village_named_like_a_state_does_not_rename_its_region() -> None:
    # villages called "Tabasco" (Zacatecas) and "Baja California" (Chiapas) exist
    assert _region("Tabasco", "MX").lat == pytest.approx(17.9, abs=0.5)
    assert _region("Chiapas", "MX").lon == pytest.approx(-92.5, abs=0.5)
    assert _region("Veracruz", "MX").admin1_code == _town("Xalapa", "MX").admin1_code


@pytest.mark.parametrize(
    ("governorate", "capital"),
    [
        ("Erbil Governorate", "Erbil"),
        ("Duhok Governorate", "Dihok"),
        ("Sulaymaniyah Governorate", "Sulaymaniyah"),
    ],
)
def test_kurdistan_governorates_are_regions(governorate: str, capital: str) -> None:
    region = _region(governorate, "IQ")
    assert region.lat is not None and region.lon is not None
    assert _town(capital, "IQ").admin1_code == region.admin1_code
    # the city keeps its own name: "Erbil" alone is the town
    assert _town(capital, "IQ").admin1_name == governorate


def test_halabja_governorate_is_a_region_of_iraq() -> None:
    (region,) = [p for p in Gazetteer.load().lookup("Halabja Governorate") if p.country == "IQ"]
    assert region.feature == "region"


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("Lake Chad", 13.3, 14.1),
        ("Lake Victoria", -1.0, 33.0),
        ("Lake Kivu", -2.0, 29.2),
        ("Lake Ontario", 43.7, -77.9),
        ("the Dead Sea", 31.5, 35.5),
        ("the Red Sea", 20.0, 38.5),
        ("the Gulf of Aden", 12.5, 48.0),
        ("the Euphrates", 35.0, 40.5),
        ("the Nile", 22.0, 31.5),
    ],
)
def test_seas_lakes_and_rivers_are_natural_features(name: str, lat: float, lon: float) -> None:
    best = Gazetteer.load().lookup(name)[0]
    assert best.feature == "natural"
    assert (best.lat, best.lon) == pytest.approx((lat, lon), abs=0.5)


def test_a_lake_is_not_read_as_the_country_or_region_in_its_name() -> None:
    found = _places(
        "Boko Haram fighters attacked fishermen on islands in Lake Chad on Tuesday, and a "
        "boat capsized on Lake Victoria near the Ugandan shore."
    )
    assert found["Lake Chad"] == "natural"
    assert found["Lake Victoria"] == "natural"
    assert "Chad" not in found and "Victoria" not in found


def test_rivers_and_seas_in_conflict_reports() -> None:
    found = _places(
        "Houthi forces fired missiles at a cargo ship in the Red Sea, while Islamic State "
        "fighters were seen along the Euphrates near Deir ez-Zor."
    )
    assert found["Red Sea"] == "natural"
    assert found["Euphrates"] == "natural"
    assert found["Deir ez-Zor"] == "city"


@pytest.mark.parametrize(
    ("region", "country", "town"),
    [
        ("Sistan and Baluchestan", "IR", "Zahedan"),
        ("East Azerbaijan", "IR", "Tabriz"),
        ("Azad Kashmir", "PK", "Muzaffarabad"),
        ("Kharkiv Oblast", "UA", "Kharkiv"),
        ("Hadramout", "YE", "Mukalla"),
        ("North Darfur", "SD", "El Fasher"),
    ],
)
def test_conflict_regions_named_apart_from_iso_hold_their_towns(
    region: str, country: str, town: str
) -> None:
    place = _region(region, country)
    assert place.lat is not None
    assert _town(town, country).admin1_code == place.admin1_code
