"""Streets, buildings and facilities as places (sitrep.geo.facilities), and events that
stay on towns."""

from __future__ import annotations

from sitrep.geo.facilities import FACILITY, STREET, settlements, spans
from sitrep.model import PlaceMention

from .conftest import Run


def _named(text: str) -> dict[str, str]:
    return {text[s:e]: feature for s, e, feature in spans(text)}


def _by_text(places: tuple[PlaceMention, ...]) -> dict[str, PlaceMention]:
    return {p.evidence.text: p for p in places}


def test_named_and_numbered_streets_are_found() -> None:
    text = (
        "The crash closed Main Street and part of Highway 19 on Tuesday, and traffic on "
        "Interstate 95 and I-75 backed up past 420 Augusta St. and E. Broad St. for hours."
    )
    assert _named(text) == {
        "Main Street": STREET,
        "Highway 19": STREET,
        "Interstate 95": STREET,
        "I-75": STREET,
        "Augusta St.": STREET,
        "E. Broad St.": STREET,
    }


def test_buildings_and_bases_are_facilities() -> None:
    text = (
        "Students at Lincoln High School were moved to St. Mary's Hospital, while troops "
        "at Bagram Air Base and Camp Bastion stayed on alert."
    )
    assert _named(text) == {
        "Lincoln High School": FACILITY,
        "St. Mary's Hospital": FACILITY,
        "Bagram Air Base": FACILITY,
        "Camp Bastion": FACILITY,
    }


def test_a_common_word_opening_the_run_is_no_part_of_the_name() -> None:
    text = "“If Goshen Elementary School had closed,” she said. On Main Street, shops shut."
    assert set(_named(text)) == {"Goshen Elementary School", "Main Street"}


def test_people_institutions_and_longer_names_are_not_facilities() -> None:
    text = (
        "The driver, Virginia L. Lane, 77, was stopped by the Florida Highway Patrol. "
        "The Catholic Church and the State University of New York issued statements, "
        "and the Camp David Accords were recalled."
    )
    assert _named(text) == {}


def test_a_street_takes_the_coordinates_of_the_town_written_after_it(run: Run) -> None:
    doc = run("A fire gutted a store on Main Street in Springfield, Illinois, on Monday.")
    places = _by_text(doc.places)
    street, town = places["Main Street"], places["Springfield"]
    assert street.feature == STREET
    assert street.geonameid is None
    assert (street.lat, street.lon, street.country) == (town.lat, town.lon, town.country)


def test_a_street_named_after_a_village_is_no_village(run: Run) -> None:
    doc = run("Detectives investigated the March 7 fire at 6016 Dublin Road near the school.")
    places = _by_text(doc.places)
    assert places["Dublin Road"].feature == STREET
    assert "Dublin" not in places or places["Dublin"].feature != "village"


def test_a_city_inside_a_facility_name_stays_a_place(run: Run) -> None:
    doc = run("Gunmen attacked Kabul International Airport on Monday, officials said.")
    places = _by_text(doc.places)
    airport, city = places["Kabul International Airport"], places["Kabul"]
    assert airport.feature == FACILITY
    assert city.country == "AF"
    assert (airport.lat, airport.lon) == (city.lat, city.lon)


def test_a_place_in_the_possessive_owns_the_facility(run: Run) -> None:
    doc = run("Visitors crowded Utah's Zion National Park over the holiday weekend.")
    places = _by_text(doc.places)
    assert places["Zion National Park"].feature == FACILITY
    assert places["Utah"].feature == "admin1"


def test_events_are_placed_on_towns_not_streets(run: Run) -> None:
    doc = run("Police fired tear gas at protesters on Main Street in Springfield, Illinois.")
    towns = settlements(doc.places)
    assert "Springfield" in {p.evidence.text for p in towns}
    assert all(p.feature not in (STREET, FACILITY) for p in towns)


def test_schools_and_colleges_are_institutions_not_places(run: Run) -> None:
    doc = run(
        "A 14-year-old girl was charged with stabbing another girl at Handley Middle School, "
        "police in Fort Worth said. Kishwaukee College will host its annual book sale."
    )
    places = _by_text(doc.places)
    assert "Handley Middle School" not in places
    assert "Kishwaukee College" not in places
    assert "Fort Worth" in places


def test_a_town_inside_a_school_name_stays_a_place(run: Run) -> None:
    doc = run(
        "Gunmen stormed Maiduguri High School on Monday, and pupils were moved to a "
        "hospital in Maiduguri, Borno State police said."
    )
    places = _by_text(doc.places)
    assert "Maiduguri High School" not in places
    assert places["Maiduguri"].feature == "city"


def test_hospitals_and_mosques_stay_facilities(run: Run) -> None:
    doc = run(
        "The wounded were taken to Al-Shifa Hospital after the strike near Omari Mosque in "
        "Gaza City, the health ministry said."
    )
    features = {p.evidence.text: p.feature for p in doc.places}
    assert features.get("Al-Shifa Hospital") == FACILITY
    assert features.get("Omari Mosque") == FACILITY


def test_an_addresss_abbreviated_street_word_may_end_the_sentence() -> None:
    text = (
        "The council meets at 7 p.m. at City Hall, 1200 E. Broad St. Lanier said the "
        "work could begin in April. Crews tore down 345 S. Main St. One building housed "
        "a bakery."
    )
    assert {"E. Broad St.", "S. Main St."} <= set(_named(text))


def test_a_saint_after_st_without_a_house_number_stays_a_longer_name() -> None:
    text = "A statue of the Doctor of the Church St. Gregory of Narek was unveiled."
    assert "Church St." not in _named(text)


def test_a_square_takes_the_first_of_the_towns_named_most(run: Run) -> None:
    doc = run(
        "Police in Springfield arrested a Holyoke man on Tuesday after a break-in. The "
        "man, who lives in Holyoke, was held in Springfield overnight. Hundreds gathered "
        "at Court Square on Wednesday for a vigil."
    )
    places = _by_text(doc.places)
    square, town = places["Court Square"], places["Springfield"]
    assert (square.lat, square.lon) == (town.lat, town.lon)


def test_a_park_in_a_sentence_naming_its_town_keeps_that_town_when_two_tie(run: Run) -> None:
    doc = run(
        "Police from Hartford and New Britain were called to a fight at Walnut Hill Park "
        "on Saturday. Three people were arrested, New Britain and Hartford officials said."
    )
    places = _by_text(doc.places)
    park, town = places["Walnut Hill Park"], places["New Britain"]
    assert (park.lat, park.lon) == (town.lat, town.lon)
