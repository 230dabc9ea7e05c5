"""Dating rule 2: "before"/"after" widen a date, but a time of day keeps its day."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sitrep.model import Event


def _only_event(build: Callable[..., Any], text: str, phrase: str, kind: str) -> Event:
    b = build(text, published="2024-09-17")
    b.place("Bamako", "ML", feature="city")
    b.timex(phrase, "2024-09-17", type=kind)
    [event] = b.run().events
    return event


def test_gunfire_from_before_dawn_is_that_day(build: Callable[..., Any]) -> None:
    text = "Gunmen attacked a gendarmerie school in Bamako from before dawn, the army said."
    event = _only_event(build, text, "dawn", "TIME")
    assert event.date is not None
    assert (event.date.start, event.date.end, event.date.precision) == (
        "2024-09-17",
        "2024-09-17",
        "day",
    )


def test_shelling_after_midnight_is_that_day(build: Callable[..., Any]) -> None:
    text = "Militants shelled an army base in Bamako shortly after midnight, residents said."
    event = _only_event(build, text, "midnight", "TIME")
    assert event.date is not None and event.date.start == event.date.end == "2024-09-17"
    assert event.date.precision == "day"


def test_before_a_day_still_reaches_back_a_month(build: Callable[..., Any]) -> None:
    text = "Militants attacked an army base in Bamako before Tuesday, residents said."
    event = _only_event(build, text, "Tuesday", "DATE")
    assert event.date is not None
    assert (event.date.start, event.date.end, event.date.precision) == (
        "2024-08-18",
        "2024-09-17",
        "month",
    )
