"""First-level regions sit at their own centres (data/admin1_names.json), not at the mean
of their towns, which leans to the populous south or coast: where ACLED and UCDP place an
event coded at admin-region precision."""

from __future__ import annotations

import pycountry

from sitrep.geo.index import english_admin1_names
from sitrep.geo.proximity import great_circle_km
from sitrep.kb.gazetteer import Gazetteer, Place


def _region(name: str, country: str) -> Place:
    (region,) = [
        p for p in Gazetteer.load().lookup(name) if p.feature == "admin1" and p.country == country
    ]
    return region


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return great_circle_km(*a, *b)


def test_ontario_sits_north_of_lake_huron_not_at_toronto() -> None:
    ontario = _region("Ontario", "CA")
    assert ontario.lat is not None and ontario.lon is not None
    assert ontario.lat > 47.0  # Lake Huron's north shore is at about 46 degrees
    assert _km((ontario.lat, ontario.lon), (43.65, -79.38)) > 500  # Toronto


def test_alaska_sits_in_the_interior_not_at_anchorage() -> None:
    alaska = _region("Alaska", "US")
    assert alaska.lat is not None and alaska.lon is not None
    assert alaska.lat > 63.0
    assert _km((alaska.lat, alaska.lon), (61.22, -149.90)) > 200  # Anchorage


def test_a_state_keeps_its_geonames_id_and_population_at_its_centre() -> None:
    oregon = _region("Oregon", "US")
    assert oregon.geonameid == 5744337
    assert oregon.population and oregon.population > 1_000_000
    assert oregon.lon is not None and -121.5 < oregon.lon < -119.5  # east of the Cascades


def test_every_region_of_the_listed_countries_has_a_centre() -> None:
    entries = english_admin1_names()
    for country in ("US", "CA", "AU", "IN", "PK", "MX", "SY", "IQ", "YE", "AF", "SO", "SD"):
        codes = {
            s.code
            for s in pycountry.subdivisions.get(country_code=country)
            if s.parent_code is None and s.type != "Outlying area"
        }
        missing = {c for c in codes if entries.get(c, ((), None))[1] is None}
        assert not missing, f"{country}: no centre for {sorted(missing)}"


def test_same_named_regions_of_two_countries_are_both_found() -> None:
    # Punjab, India and Punjab, Pakistan: neither hides the other
    assert {p.country for p in Gazetteer.load().lookup("Punjab") if p.feature == "admin1"} == {
        "IN",
        "PK",
    }


def test_a_region_is_found_by_its_index_code() -> None:
    ohio = Gazetteer.load().admin1("US.OH")
    assert ohio is not None and ohio.name == "Ohio" and ohio.feature == "admin1"
    assert Gazetteer.load().admin1("US.XX") is None
