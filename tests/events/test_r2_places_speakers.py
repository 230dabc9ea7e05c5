"""Where a speaker spoke is not where the act he speaks of happened."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def test_said_in_a_capital_at_the_end_of_the_sentence_is_the_speakers_place(
    build: Callable[..., Any],
) -> None:
    text = (
        "Gunmen stormed the border post and killed four guards, "
        "the interior minister said in Nairobi."
    )
    b = build(text, published="2025-03-05")
    b.place("Nairobi", "KE", feature="city")
    [event] = b.run().events
    assert event.location is None or event.location.name != "Nairobi"


def test_said_in_a_country_before_a_where_clause_is_the_speakers_place(
    build: Callable[..., Any],
) -> None:
    text = (
        "The minister said in Costa Rica, where he is attending a summit, that rebels "
        "attacked a fishing boat."
    )
    b = build(text, published="1989-12-11")
    b.place("Costa Rica", "CR", feature="country")
    [event] = b.run().events
    assert event.location is None or event.location.name != "Costa Rica"


def test_clashes_reported_in_a_town_are_placed_there(build: Callable[..., Any]) -> None:
    text = "Heavy clashes between rebels and troops were reported in Homs."
    b = build(text, published="2025-03-05")
    b.place("Homs", "SY", feature="city")
    [event] = b.run().events
    assert event.location is not None and event.location.name == "Homs"


def test_a_name_after_that_is_no_place_after_at(build: Callable[..., Any]) -> None:
    text = (
        "Peru declared a state of emergency on Friday. Police reported that tomas "
        "evangelista, a party leader, was shot dead by gunmen here today."
    )
    b = build(text, published="1990-01-28")
    b.entity("tomas evangelista", "LOC")
    b.place("Peru", "PE")
    [event] = [e for e in b.run().events if e.trigger.text == "shot dead"]
    assert event.location is None or event.location.name != "tomas evangelista"
