"""Countries and territories the curated states data does not place ("Guam", "Puerto
Rico") are placed at their capital: a report of troops "heading to Hawaii and Guam"
places Guam in the Pacific, not nowhere."""

from __future__ import annotations

from sitrep.evaluate.geo import haversine_km
from sitrep.kb.gazetteer import Gazetteer


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
