"""A place set from a reference point by a bearing or a distance lies there, not at the
reference point; a namesake read far away in another country is a homonym."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sitrep.model import PlaceMention, Span


def test_a_region_north_of_the_capital_is_where_the_fighting_was(
    build: Callable[..., Any],
) -> None:
    text = (
        "Heavy fighting broke out today in the Chalatenango department "
        "to the north of San Salvador."
    )
    b = build(text, published="1989-11-20")
    b.place("Chalatenango", "SV", feature="admin1")
    b.place("San Salvador", "SV", feature="city")
    [event] = b.run().events
    assert event.location is not None and event.location.name == "Chalatenango"


def test_a_town_near_a_city_is_still_placed_near_that_city(build: Callable[..., Any]) -> None:
    # a bare "near" may place the event more closely than the region before it
    text = "Rebels ambushed an army patrol in Helmand province near Lashkar Gah on Sunday."
    b = build(text, published="2025-03-05")
    b.place("Helmand", "AF", feature="admin1")
    b.place("Lashkar Gah", "AF", feature="city")
    [event] = b.run().events
    assert event.location is not None and event.location.name == "Lashkar Gah"


def _placed(
    text: str, phrase: str, country: str, lat: float, lon: float, feature: str
) -> PlaceMention:
    at = text.index(phrase)
    return PlaceMention(Span.of(text, at, at + len(phrase)), phrase, 1, country, lat, lon, feature)


def test_a_namesake_abroad_of_a_town_set_from_a_city_is_a_homonym(
    build: Callable[..., Any],
) -> None:
    text = (
        "Guerrillas murdered three peasants in the village of Campina, "
        "60 km south of Ayacucho, on Friday."
    )
    b = build(text, published="1990-01-28")
    b.doc.places += (
        _placed(text, "Campina", "ES", 37.67, -5.41, "city"),
        _placed(text, "Ayacucho", "PE", -13.16, -74.22, "city"),
    )
    [event] = b.run().events
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Campina", "PE")


def test_a_town_across_a_border_within_the_stated_distance_stays(
    build: Callable[..., Any],
) -> None:
    text = "Gunmen attacked a market in Goma, 10 km from Gisenyi, on Friday."
    b = build(text, published="2025-03-05")
    b.doc.places += (
        _placed(text, "Goma", "CD", -1.68, 29.23, "city"),
        _placed(text, "Gisenyi", "RW", -1.70, 29.26, "city"),
    )
    [event] = b.run().events
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Goma", "CD")


def test_a_town_after_department_of_read_as_a_body_is_that_department(
    build: Callable[..., Any],
) -> None:
    text = "Heavy fighting broke out today in the department of San Miguel."
    b = build(text, published="1989-11-20")
    b.entity("department of San Miguel", "ORG")
    b.place("San Miguel", "SV", feature="city")
    [event] = b.run().events
    assert event.location is not None
    assert (event.location.name, event.location.precision) == ("San Miguel", "admin1")


def test_a_region_name_several_countries_bear_goes_to_the_named_country(
    build: Callable[..., Any],
) -> None:
    text = (
        "The army of Colombia opened an offensive on Saturday. "
        "Troops clashed with rebels in the Rio Negro region on Sunday."
    )
    b = build(text, published="1989-12-17")
    at = text.index("Rio Negro")
    b.doc.places += (
        PlaceMention(
            Span.of(text, at, at + len("Rio Negro")),
            "Río Negro",
            3853845,
            "AR",
            -39.76,
            -67.56,
            "admin1",
            admin1="AR.16",
            confidence=0.9,
            candidates=(3853845, 3440771),
        ),
    )
    b.place("Colombia", "CO")
    [event] = [e for e in b.run().events if e.event_type == "Battles"]
    assert event.location is not None and event.location.country == "CO"
