"""Acceptance rule 10: "America" right after a capitalised word closes a business's,
club's or contest's name ("Club America", "Reserve America"): a brand, no country;
"moved to America", "North America" and "United Way of America" keep their places."""

from __future__ import annotations

from sitrep.geo.acceptance import brands_america

from .conftest import Run


def _places(run: Run, text: str) -> list[str]:
    return [p.evidence.text for p in run(text).places]


def test_a_clubs_america_is_no_country(run: Run) -> None:
    text = (
        "Officials from Mexico's Club America and Premier League side Chelsea announced "
        "the match on Tuesday."
    )
    places = _places(run, text)
    assert "America" not in places
    assert "Mexico" in places


def test_a_booking_services_america_is_no_country(run: Run) -> None:
    text = "Reservations for campsites can be made through Reserve America, 877-345-6777."
    assert "America" not in _places(run, text)


def test_the_country_named_america_stays(run: Run) -> None:
    text = "He moved to America in 1990 and opened a store in Ohio."
    assert "America" in _places(run, text)
    headline = "Obama Returns To America After Asia Trip"
    assert not brands_america(headline, headline.index("America"), headline.index(" After"))
    body = "according to Linda Daily, director for 2-1-1 at United Way of America."
    assert not brands_america(body, body.index("America"), body.index("America") + 7)
