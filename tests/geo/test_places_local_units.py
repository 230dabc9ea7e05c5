"""Places in US local news, local units (issue 4): a township, borough or county is
looked for in the article's own state; a dateline names a town, not the state of its
name; "Indiana counties" are Indiana's counties."""

from __future__ import annotations

from sitrep.model import PlaceMention

from .conftest import Run


def _named(places: tuple[PlaceMention, ...], text: str) -> list[PlaceMention]:
    return [p for p in places if p.evidence.text == text]


_LEBANON = (
    "Arlene M. Rittle, 78, of Myerstown, died Wednesday at Good Samaritan Hospital in "
    "Lebanon. She was born in {place} on May 26, 1930, and worked in Myerstown and "
    "Lebanon, Pennsylvania, for 40 years."
)


def test_a_township_the_gazetteer_lacks_is_placed_at_the_articles_state(run: Run) -> None:
    doc = run(_LEBANON.format(place="Jackson Township"))
    (township,) = _named(doc.places, "Jackson")
    assert township.admin1 == "US.PA"
    assert township.feature == "admin1"  # region precision, not Jackson, Mississippi
    assert township.geonameid is None


def test_a_county_of_the_articles_state_wins_over_a_larger_namesake(run: Run) -> None:
    doc = run(
        "CHARLESTON, W.Va. -- Emilie Holroyd, a fixture in West Virginia Democratic "
        "politics, died on Monday in Princeton, W.Va. She served Mercer County for "
        "decades, and West Virginia Democrats mourned her."
    )
    (county,) = _named(doc.places, "Mercer County")
    assert county.admin1 == "US.WV"  # not Mercer County, New Jersey


def test_a_dateline_names_the_city_not_the_state(run: Run) -> None:
    doc = run(
        "NEW YORK (AP) — Police officers in Brooklyn fatally shot a man carrying a metal "
        "pipe on Wednesday, police said."
    )
    (city,) = _named(doc.places, "NEW YORK")
    assert city.feature == "city"
    assert city.lat is not None and abs(city.lat - 40.7) < 0.2


def test_a_parenthesised_dateline_is_a_dateline(run: Run) -> None:
    doc = run("(NEW YORK) — Police officers in Crown Heights shot a man on Wednesday.")
    (city,) = _named(doc.places, "NEW YORK")
    assert city.feature == "city"


def test_a_state_alone_before_counties_is_the_state(run: Run) -> None:
    doc = run(
        "Boone County's jobless rate is near the middle of Indiana counties: it was 42nd "
        "of the state's 92 counties."
    )
    (state,) = _named(doc.places, "Indiana")
    assert state.feature == "admin1" and state.admin1 == "US.IN"


def test_a_list_before_counties_still_names_counties(run: Run) -> None:
    doc = run("Storms closed roads in Lincoln and Washington counties in Oregon on Monday.")
    (county,) = _named(doc.places, "Washington")
    assert county.feature == "admin2" and county.admin1 == "US.OR"
