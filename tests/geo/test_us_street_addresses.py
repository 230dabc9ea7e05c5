"""A house number before an abbreviated street places an article in the US
(sitrep.geo.country_cues rule 1)."""

from __future__ import annotations

from sitrep.geo.country_cues import worded_countries
from sitrep.model import PlaceMention
from sitrep.pipeline.document import Document

from .conftest import Run


def _first(doc: Document, surface: str) -> PlaceMention:
    return next(p for p in doc.places if p.evidence.text == surface)


def test_an_address_written_the_us_way_is_a_cue() -> None:
    assert worded_countries("The council meets at City Hall, 1200 E. Broad St., at 7 p.m.")
    assert worded_countries("a kitchen fire at 3125 Clarksville St. shortly after 10 p.m.")


def test_an_address_written_the_british_way_is_none() -> None:
    assert not worded_countries("He lived at 14 Baker Street with his brother.")
    assert not worded_countries("of 19 St Ailbe's Drive, Tipperary, who is accused")


def test_a_town_beside_a_us_address_is_the_us_town(run: Run) -> None:
    doc = run("Paris firefighters put out a kitchen fire at 1420 Lamar Ave. shortly after 9 p.m.")
    assert _first(doc, "Paris").country == "US"
    doc = run(
        "Mansfield council will vote today on a loan. The meeting is at City Hall, 200 E. Main St."
    )
    assert _first(doc, "Mansfield").country == "US"


def test_a_town_beside_another_address_keeps_its_best_namesake(run: Run) -> None:
    doc = run("Paris firefighters put out a kitchen fire at 14 Rue de Rivoli shortly after 9 p.m.")
    assert _first(doc, "Paris").country == "FR"
    doc = run(
        "Mansfield council will vote today on a loan. The meeting is at the Civic Centre, "
        "20 Chesterfield Road."
    )
    assert _first(doc, "Mansfield").country == "GB"
