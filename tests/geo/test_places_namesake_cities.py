"""A city inside the first-level region named after it (scoring rule 8)."""

from __future__ import annotations

from sitrep.model import PlaceMention
from sitrep.pipeline.document import Document

from .conftest import Run


def _first(doc: Document, surface: str) -> PlaceMention:
    return next(p for p in doc.places if p.evidence.text == surface)


def test_cities_that_name_their_counties_are_the_cities(run: Run) -> None:
    doc = run("Demonstrations also took place in Mombasa, Kisumu and Eldoret on Tuesday.")
    for name in ("Mombasa", "Kisumu", "Eldoret"):
        place = _first(doc, name)
        assert place.feature == "city", name
        assert place.geonameid is not None, name


def test_a_car_bomb_in_kandahar_is_in_the_city(run: Run) -> None:
    doc = run("A car bomb exploded near a police station in Kandahar on Sunday, officials said.")
    assert _first(doc, "Kandahar").feature == "city"


def test_a_type_word_still_asks_for_the_region(run: Run) -> None:
    doc = run("Gunmen abducted 20 students in Kano state on Friday, police said.")
    assert _first(doc, "Kano").feature == "admin1"


def test_a_city_that_is_a_small_part_of_its_region_leaves_the_region_first(run: Run) -> None:
    doc = run("Quebec will hold a referendum on the measure next year, the premier said.")
    assert _first(doc, "Quebec").feature == "admin1"


def test_a_big_citys_other_spelling_is_a_place_when_a_model_says_so(run: Run) -> None:
    doc = run("Drones struck Al Ubayyid airport on Monday, witnesses said.")
    place = _first(doc, "Al Ubayyid")
    assert (place.country, place.feature) == ("SD", "city")
