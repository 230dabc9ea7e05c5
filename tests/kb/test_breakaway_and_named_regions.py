"""Regions news names that no GeoNames populated place covers: breakaway and disputed
territories, federal member states, peninsulas, mountain ranges and regions of a country
("South Ossetia", "Kashmir", "Jubaland", "the Sinai", "the Urals", "the Bay Area"), and
English names of first-level regions ("North Sinai")."""

from __future__ import annotations

import pytest

from sitrep.kb.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("South Ossetia", "GE"),
        ("Transnistria", "MD"),
        ("Nagorno-Karabakh", "AZ"),
        ("Somaliland", "SO"),
        ("Puntland", "SO"),
        ("Jubaland", "SO"),
        ("the Sinai", "EG"),
        ("FATA", "PK"),
        ("Bay Area", "US"),
    ],
)
def test_regions_within_one_country(gazetteer: Gazetteer, name: str, country: str) -> None:
    best = gazetteer.lookup(name)[0]
    assert best.feature == "region"
    assert best.country == country


def test_a_region_across_borders_has_no_single_country(gazetteer: Gazetteer) -> None:
    kashmir = gazetteer.lookup("Kashmir")[0]
    assert kashmir.feature == "region" and kashmir.country is None
    assert kashmir.lat is not None and 32 < kashmir.lat < 36


def test_mountain_ranges_are_natural_features(gazetteer: Gazetteer) -> None:
    urals = gazetteer.lookup("Urals")[0]
    assert urals.feature == "natural" and urals.country == "RU"
    assert gazetteer.lookup("the Appalachians")[0].feature == "natural"


def test_english_names_of_egyptian_governorates(gazetteer: Gazetteer) -> None:
    north = gazetteer.lookup("North Sinai")[0]
    assert north.feature == "admin1" and north.country == "EG"
    assert gazetteer.lookup("South Sinai")[0].admin1_code != north.admin1_code
