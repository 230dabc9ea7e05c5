"""Places 47: people named by one word given an age, surnames repeated after a full
name, given names before a surname, bodies named after a place."""

from __future__ import annotations

from sitrep.geo import country_cues, persons
from sitrep.kb.gazetteer import Gazetteer
from sitrep.model import make_article
from sitrep.pipeline.document import Document

from .conftest import Run


def _presented(text: str) -> frozenset[str]:
    doc = Document(make_article(text), anchor_date="2026-01-10")
    return persons.presented_person_words(doc, Gazetteer.load())


def test_a_single_name_given_an_age_is_a_person() -> None:
    assert "vance" in _presented(
        "Vance, 57, of Fresno, Calif., said he's still recovering from the shock."
    )
    assert "police" not in _presented("Police, 12, were injured in the blast.")


def test_the_aged_name_is_no_town_later_in_the_article(run: Run) -> None:
    doc = run(
        "Another soldier who tried to pry him from the shower head also was injured. "
        "Vance, 57, of Fresno, Calif., said he is still recovering. Vance, the guardsman "
        "who was shocked, said the Army should act."
    )
    assert "Vance" not in [p.evidence.text for p in doc.places]
    assert "Fresno" in [p.evidence.text for p in doc.places]


def test_british_wording_places_the_article_in_the_united_kingdom() -> None:
    assert country_cues.worded_countries("Mr Wood hopes to raise £2,000 for charity.") == {"GB"}
    assert country_cues.worded_countries("Mr. Wood said the fee was $20.") == frozenset()
    both = "Mr Wood told the Sheriff's Office about the theft."
    assert country_cues.worded_countries(both) == {"US"}


def test_towns_in_a_british_report_are_english_towns(run: Run) -> None:
    doc = run(
        "Alan, 79, from Barton, is attempting to swim 26 miles in the pool at the sports "
        'centre to raise £1,000. "I am the leader of the Cambridge group of the Macular '
        'Disease Society," he said.'
    )
    countries = {p.evidence.text: p.country for p in doc.places}
    assert countries.get("Barton") == "GB"
    assert countries.get("Cambridge") == "GB"


def test_a_far_town_inside_a_facility_name_is_its_namesake(run: Run) -> None:
    doc = run(
        "The boy was pulled from the water about 9:30 p.m. Saturday and was pronounced "
        "dead at Fort Sanders Medical Center in nearby Knoxville, Tennessee."
    )
    texts = [p.evidence.text for p in doc.places]
    assert "Sanders" not in texts
    assert "Knoxville" in texts


def test_a_town_named_again_keeps_its_facility(run: Run) -> None:
    doc = run(
        "Militants fired rockets at Kabul International Airport on Monday. Later, "
        "a car bomb exploded in Kabul and another in Kandahar."
    )
    kabul = [p for p in doc.places if p.evidence.text == "Kabul"]
    assert len(kabul) == 2


def test_a_surname_after_a_preposition_that_does_not_place_is_the_person(run: Run) -> None:
    doc = run(
        "Andrew Trapani is a gambling man. The idea to do this movie came to Trapani "
        "after he watched a 2003 documentary in Los Angeles."
    )
    texts = [p.evidence.text for p in doc.places]
    assert "Trapani" not in texts
    assert "Los Angeles" in texts


def test_a_surname_after_in_is_still_a_place(run: Run) -> None:
    doc = run(
        "Andrew Trapani is a film producer. Police said a car bomb exploded in Trapani, "
        "Sicily, on Monday."
    )
    assert "Trapani" in [p.evidence.text for p in doc.places]


def test_a_state_agency_places_the_article_in_its_state(run: Run) -> None:
    doc = run(
        "Williston man, 87, killed in traffic accident. Louis C. Jensen, 87, of Williston, "
        "was killed in a crash Monday morning, according to a Florida Highway Patrol "
        "report. Two passengers, both of Williston, received minor injuries."
    )
    williston = [p for p in doc.places if p.evidence.text == "Williston"]
    assert williston and all(p.admin1 == "US.FL" for p in williston)


def test_a_street_named_by_an_ordinal_is_a_street(run: Run) -> None:
    doc = run(
        "The council resolved to rename Third Street in Harare after the late opposition "
        "leader, the mayor said."
    )
    streets = {p.evidence.text: p.feature for p in doc.places}
    assert streets.get("Third Street") == "street"


def test_a_house_number_and_estate_before_a_town_give_an_address(run: Run) -> None:
    doc = run(
        "Jimmy Delaney (23) of 1 Carrowclough, Tipperary, who is also accused of a breach "
        "of the peace, was remanded in custody."
    )
    tipperary = [p for p in doc.places if p.evidence.text == "Tipperary"]
    assert tipperary and tipperary[0].country == "IE"


def test_british_wording_is_no_cue_when_another_country_is_named(run: Run) -> None:
    assert country_cues.worded_countries("Mr Carney spoke.", {"CA"}) == frozenset()
    assert country_cues.worded_countries("Mr Starmer spoke.", {"GB"}) == {"GB"}
    doc = run(
        "Gunmen killed two people in Hamilton on Sunday, Canadian police said. Mr Carney "
        "called the shooting a tragedy."
    )
    countries = {p.evidence.text: p.country for p in doc.places}
    assert countries.get("Hamilton") == "CA"


def test_a_city_inside_a_facility_name_is_where_it_lies(run: Run) -> None:
    doc = run(
        "Islamic State fighters seized the Mosul Dam on Thursday, Iraqi officials in "
        "Baghdad said. Kurdish forces later retook the facility."
    )
    dam = next(p for p in doc.places if p.evidence.text == "Mosul Dam")
    assert dam.country == "IQ"
    assert "Mosul" in [p.evidence.text for p in doc.places]


def test_a_count_after_a_town_is_no_age() -> None:
    assert "mykolaiv" not in _presented(
        "Russian missiles struck Mykolaiv and Kherson on Monday. The dead in Mykolaiv, 14, "
        "included two children."
    )
    tally = _presented("The dead by city: Kherson, 12, Odesa, 4, and Kharkiv, 9, officials said.")
    assert not tally & {"kherson", "odesa", "kharkiv"}
    assert "vance" in _presented("Vance, 57, of Fresno, said he was recovering.")
