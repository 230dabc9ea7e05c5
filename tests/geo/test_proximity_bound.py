"""Proximity's latitude bound: places it calls far apart lie beyond every distance
proximity counts, so skipping their great circle changes no support."""

from __future__ import annotations

import random

from sitrep.geo.proximity import NEIGHBOUR_KM, TOWN_KM, _far_apart, great_circle_km
from sitrep.kb.gazetteer import Place


def _at(lat: float, lon: float) -> Place:
    return Place(None, "x", "US", lat, lon, "village")


def test_places_far_apart_by_latitude_are_beyond_every_counted_distance() -> None:
    rng = random.Random(7)
    for _ in range(20_000):
        lat_a, lon_a = rng.uniform(-88, 88), rng.uniform(-180, 180)
        # near the bound: up to two degrees of latitude apart, any longitude gap
        lat_b, lon_b = lat_a + rng.uniform(-2, 2), rng.uniform(-180, 180)
        if _far_apart(_at(lat_a, lon_a), _at(lat_b, lon_b)):
            assert great_circle_km(lat_a, lon_a, lat_b, lon_b) > max(NEIGHBOUR_KM, TOWN_KM)


def test_places_close_in_latitude_are_not_far_apart() -> None:
    assert not _far_apart(_at(41.0, -73.0), _at(41.5, -120.0))
    assert _far_apart(_at(41.0, -73.0), _at(41.6, -73.0))
