"""Round 7 of the places stage: state abbreviations standing alone, home towns in
obituaries, big saint-named cities with a possessive, and the dateline as the article's
home region."""

from __future__ import annotations

from sitrep.geo.abbreviations import state_for
from sitrep.geo.context import kind_wanted
from sitrep.geo.focus import read_focus
from sitrep.model import PlaceMention
from sitrep.pipeline.document import Document

from .conftest import Run


def _places(doc: Document) -> dict[str, PlaceMention]:
    return {p.evidence.text: p for p in doc.places}


def test_an_unambiguous_abbreviation_names_its_state_alone() -> None:
    text = "Fla. economist casts doubt on casino revenue estimates."
    assert state_for(text, 0, 4) == "Florida"


def test_a_lower_case_word_after_an_abbreviation_makes_it_the_state() -> None:
    text = "Mass. legislators put off debate on the casino bill."
    assert state_for(text, 0, 5) == "Massachusetts"


def test_a_title_before_a_name_is_no_state() -> None:
    text = "The crown went to Miss. Smith of Ohio, the judges said."
    start = text.index("Miss.")
    assert state_for(text, start, start + 5) is None


def test_an_abbreviation_in_a_headline_is_a_place(run: Run) -> None:
    doc = run("W.Va. Democrat volunteer Holroyd dies at 74. She lived in Charleston.")
    (state,) = [p for p in doc.places if p.evidence.text.startswith("W.Va")]
    assert state.name == "West Virginia"
    assert state.feature == "admin1"


def test_an_age_and_of_before_a_name_give_a_home_town() -> None:
    text = "Louis C. Jensen, 87, of Williston, died Tuesday in a crash."
    start = text.index("Williston")
    assert kind_wanted(text, start, start + len("Williston")) == "local"


def test_a_home_town_in_an_obituary_is_no_country(run: Run) -> None:
    doc = run(
        "Arlene M. Rittle, 78, of Lebanon, went to be with her Lord on Wednesday. "
        "She was born in Myerstown."
    )
    assert _places(doc)["Lebanon"].feature != "country"


def test_a_big_city_named_after_a_saint_keeps_its_possessive(run: Run) -> None:
    doc = run("Police in St. Petersburg's central district detained twelve activists.")
    assert "St. Petersburg" in _places(doc)


def test_a_saint_with_a_possessive_is_still_a_church(run: Run) -> None:
    doc = run("The funeral will be held at St. Patrick's in the morning.")
    assert not any(p.evidence.text.startswith("St. Patrick") for p in doc.places)


def test_a_dateline_votes_twice_for_its_region(run: Run) -> None:
    doc = run("FALLS VILLAGE — The Region 1 Board of Education approved a budget on Monday.")
    (home,) = [p for p in doc.places if p.evidence.text == "FALLS VILLAGE"]
    span = (home.evidence.start, home.evidence.end)
    assert read_focus([home], {}, frozenset({span})).strong_admin1("") == home.admin1
    assert read_focus([home], {}).strong_admin1("") is None


def test_a_spaced_abbreviation_is_read_whole(run: Run) -> None:
    doc = run(
        "Charles S. Williams, 39, of Wood County, W. Va., is being held in the regional "
        "jail on a parole violation."
    )
    states = [p for p in doc.places if p.feature == "admin1"]
    assert [p.name for p in states] == ["West Virginia"]
    assert states[0].evidence.text == "W. Va."
