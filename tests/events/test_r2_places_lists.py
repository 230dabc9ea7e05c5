"""Places of a list of countries: one event per country, as for a list of cities."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def test_embassy_bombings_in_two_countries_are_two_events(build: Callable[..., Any]) -> None:
    text = "Truck bombs exploded outside the U.S. embassies in Kenya and Tanzania on Friday."
    b = build(text, published="1998-08-08")
    b.place("Kenya", "KE", feature="country")
    b.place("Tanzania", "TZ", feature="country")
    b.timex("Friday", "1998-08-07")
    events = list(b.run().events)
    assert sorted(e.location.country for e in events if e.location) == ["KE", "TZ"]


def test_a_country_and_its_own_cities_stay_one_list_of_cities(build: Callable[..., Any]) -> None:
    text = "Protesters marched in Kenya, Nairobi and Mombasa on Saturday."
    b = build(text, published="2025-03-05")
    b.place("Kenya", "KE", feature="country")
    b.place("Nairobi", "KE", feature="city")
    b.place("Mombasa", "KE", feature="city")
    b.timex("Saturday", "2025-03-01")
    assert len(list(b.run().events)) == 1


def test_capitals_named_by_demonyms_are_two_events_at_the_capitals(
    build: Callable[..., Any],
) -> None:
    text = (
        "Car bombs exploded outside the French embassies in the Kenyan and Ugandan capitals "
        "on Friday."
    )
    b = build(text, published="2025-03-08")
    b.entity("Kenyan", "NORP")
    b.entity("Ugandan", "NORP")
    b.timex("Friday", "2025-03-07")
    events = list(b.run().events)
    found = sorted(
        (e.location.name, e.location.evidence.text)
        for e in events
        if e.location and e.location.evidence
    )
    assert found == [("Kampala", "Ugandan"), ("Nairobi", "Kenyan")]


def test_a_capital_named_after_its_demonym_is_that_capital(build: Callable[..., Any]) -> None:
    text = "Thousands of students marched through the Kenyan capital on Saturday."
    b = build(text, published="2025-03-05")
    b.entity("Kenyan", "NORP")
    b.timex("Saturday", "2025-03-01")
    [event] = b.run().events
    assert event.location is not None and event.location.name == "Nairobi"
