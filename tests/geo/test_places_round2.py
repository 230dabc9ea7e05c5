"""Round 2 of the places stage: counties, state abbreviations, datelines, local context."""

from __future__ import annotations

from sitrep.evaluate.geo import GoldDoc, GoldToponym, demonyms_unscored
from sitrep.geo.abbreviations import state_for
from sitrep.model import PlaceMention
from sitrep.pipeline.document import Document

from .conftest import Run


def _places(doc: Document) -> dict[str, PlaceMention]:
    return {p.evidence.text: p for p in doc.places}


def test_us_counties_resolve_to_their_state(run: Run) -> None:
    doc = run(
        "Deputies in Henry County, Georgia, arrested two men after a shooting "
        "that left one dead, the sheriff's office said."
    )
    found = _places(doc)
    county = found["Henry County"]
    assert county.feature == "admin2"
    assert county.admin1 == "US.GA"
    assert county.lat is not None and 33.0 < county.lat < 34.0


def test_state_abbreviations_after_a_city(run: Run) -> None:
    doc = run("Flooding closed roads in Sacramento, Calif., and in Baltimore, Md., on Monday.")
    found = _places(doc)
    assert found["Calif."].name == "California"
    assert found["Md."].name == "Maryland"
    assert found["Baltimore"].country == "US"


def test_abbreviation_alone_is_not_a_state(run: Run) -> None:
    doc = run("Miss. Taylor told the board that the school would reopen.")
    assert "Miss." not in _places(doc)
    assert state_for("Miss. Taylor", 0, 5) is None
    assert state_for("Tupelo, Miss. police", 8, 13) == "Mississippi"


def test_georgia_is_the_state_in_a_us_local_story(run: Run) -> None:
    doc = run(
        "Officials in Atlanta and Savannah said heavy rain flooded parts of Macon. "
        "Georgia will ask for federal aid, the governor said."
    )
    georgia = _places(doc)["Georgia"]
    assert georgia.country == "US" and georgia.feature == "admin1"


def test_georgia_is_the_country_beside_russia(run: Run) -> None:
    doc = run("Georgia and Russia fought a brief war in 2008 over South Ossetia.")
    assert _places(doc)["Georgia"].country == "GE"


def test_dateline_city_is_a_place(run: Run) -> None:
    doc = run("BEIJING (Reuters) - Chinese officials met their counterparts on Tuesday.")
    assert _places(doc)["BEIJING"].country == "CN"


def test_hyphenated_based_is_locative(run: Run) -> None:
    doc = run("Analysts at a Nairobi-based think tank said the talks had stalled.")
    assert _places(doc)["Nairobi"].country == "KE"


def test_person_names_are_not_places(run: Run) -> None:
    doc = run("Mary Jackson and George Washington Carver spoke to reporters after the vote.")
    found = _places(doc)
    for word in ("Mary", "Jackson", "George", "Washington"):
        assert word not in found


def test_the_eu_is_a_region_not_an_organisation_only(run: Run) -> None:
    doc = run("Airlines in the EU have lobbied for new rules, the report said.")
    assert _places(doc)["EU"].feature == "region"


def test_demonyms_can_be_left_unscored() -> None:
    text = "Georgian troops left Tbilisi."
    gold = GoldDoc(
        "d1",
        text,
        (
            GoldToponym(0, 8, "Georgian", 614540, 42.0, 43.5),
            GoldToponym(21, 28, "Tbilisi", 611717, 41.69, 44.83),
        ),
    )
    (lenient,) = demonyms_unscored([gold])
    assert [t.scored for t in lenient.toponyms] == [False, True]


def test_near_and_north_of_mark_precision(run: Run) -> None:
    doc = run("Clashes broke out north of Aleppo and in Idlib, and a strike hit near Homs.")
    found = _places(doc)
    assert found["Aleppo"].precision == "near"
    assert found["Homs"].precision == "near"
    assert found["Idlib"].precision is None
