"""Round 3 of the places stage: local focus, "City, State", capitals, oceans, the refactor."""

from __future__ import annotations

from sitrep.geo.context import stated_regions
from sitrep.geo.focus import read_focus
from sitrep.model import PlaceMention
from sitrep.pipeline.document import Document

from .conftest import Run


def _first(doc: Document, surface: str) -> PlaceMention:
    return next(p for p in doc.places if p.evidence.text == surface)


def test_state_written_after_a_town_decides_it(run: Run) -> None:
    doc = run("A tornado damaged three homes in Paris, Texas, on Sunday, officials said.")
    paris = _first(doc, "Paris")
    assert (paris.country, paris.admin1) == ("US", "US.TX")


def test_abbreviated_state_after_a_town_decides_it(run: Run) -> None:
    doc = run("Police in Gainesville, Ga., arrested a man after the robbery on Friday.")
    town = _first(doc, "Gainesville")
    assert (town.country, town.admin1) == ("US", "US.GA")


def test_town_without_a_state_keeps_its_best_known_sense(run: Run) -> None:
    doc = run("Thousands marched in Paris on Saturday against the pension reform.")
    assert _first(doc, "Paris").country == "FR"


def test_us_towns_make_georgia_the_state(run: Run) -> None:
    doc = run(
        "Georgia lawmakers met on Tuesday. The bill now goes to the floor in Atlanta, "
        "where the mayor of Macon, Georgia, spoke against it. Georgia voters will decide "
        "in November, officials in Savannah said."
    )
    georgias = [p for p in doc.places if p.evidence.text == "Georgia"]
    assert georgias
    assert all(p.feature == "admin1" and p.country == "US" for p in georgias)


def test_georgia_in_the_caucasus_stays_a_country(run: Run) -> None:
    doc = run("Russian troops remained in Georgia after the ceasefire, Tbilisi said.")
    assert _first(doc, "Georgia").country == "GE"


def test_washington_alone_is_the_capital(run: Run) -> None:
    doc = run("Talks resumed in Washington on Monday between the two delegations.")
    washington = _first(doc, "Washington")
    assert washington.feature == "city"
    assert washington.admin1 == "US.DC"


def test_washington_state_with_a_type_word(run: Run) -> None:
    doc = run("Wildfires spread across Washington state after a dry summer.")
    assert _first(doc, "Washington").feature == "admin1"


def test_oceans_are_places(run: Run) -> None:
    doc = run("The storm strengthened over the Atlantic before turning towards Bermuda.")
    ocean = _first(doc, "Atlantic")
    assert ocean.feature == "natural"  # a sea, lake or river, placed like a region
    assert ocean.lat is not None


def test_stated_regions_reads_names_and_abbreviations() -> None:
    text = "Springfield, Ill., and Dublin, Ohio. Paris, New York"
    assert stated_regions(text, text.index(",")) == ("Illinois",)
    dublin = text.index("Dublin") + len("Dublin")
    assert stated_regions(text, dublin) == ("Ohio",)
    paris = text.index("Paris") + len("Paris")
    assert stated_regions(text, paris)[0] == "New York"
    assert stated_regions("Paris said", 5) == ()


def test_focus_needs_clear_lead(run: Run) -> None:
    doc = run(
        "Flooding closed roads in Laurel County, Kentucky, and in Pulaski County, "
        "Kentucky, on Monday, emergency officials in London, Ky., said."
    )
    focus = read_focus(list(doc.places), {})
    assert focus.strong_admin1("nowhere") == "US.KY"
    assert _first(doc, "London").admin1 == "US.KY"
