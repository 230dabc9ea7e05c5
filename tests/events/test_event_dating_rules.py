"""Event dating: a time of day keeps its day (rule 2); undated events take the story's
last stated day, else the publication date (rule 5)."""

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


def _el_fasher(build: Callable[..., Any], text: str) -> Any:
    b = build(text, published="2024-05-12")
    for nth in range(text.count("RSF")):
        b.actor("RSF", "Rapid Support Forces", "rsf", type="rebel_group", nth=nth)
    b.place("El Fasher", "SD", feature="city")
    return b


def test_an_undated_event_takes_the_day_the_story_stated(build: Callable[..., Any]) -> None:
    text = (
        "Heavy fighting broke out on Friday in El Fasher. "
        "The RSF shelled residential neighbourhoods in the east of the city, witnesses said."
    )
    b = _el_fasher(build, text).timex("Friday", "2024-05-10")
    shelling = next(e for e in b.run().events if "shelled" in e.evidence.text)
    assert shelling.date is not None
    assert (shelling.date.start, shelling.date.end) == ("2024-05-10", "2024-05-10")
    assert shelling.date.inferred
    assert shelling.date.evidence is not None and shelling.date.evidence.text == "Friday"


def test_the_story_day_moves_with_the_days_it_states(build: Callable[..., Any]) -> None:
    text = (
        "The RSF attacked a market in El Fasher on Friday. "
        "On Saturday, the army regrouped. "
        "The RSF shelled residential neighbourhoods in the east of the city."
    )
    b = _el_fasher(build, text).timex("Friday", "2024-05-10").timex("Saturday", "2024-05-11")
    shelling = next(e for e in b.run().events if "shelled" in e.evidence.text)
    assert shelling.date is not None and shelling.date.start == "2024-05-11"


def test_a_day_long_past_or_in_a_temporal_clause_is_not_the_story_day(
    build: Callable[..., Any],
) -> None:
    text = (
        "Fighting has continued since Friday, and the city was also hit on April 2. "
        "The RSF shelled residential neighbourhoods in El Fasher, witnesses said."
    )
    b = _el_fasher(build, text).timex("Friday", "2024-05-10").timex("April 2", "2024-04-02")
    shelling = next(e for e in b.run().events if "shelled" in e.evidence.text)
    assert shelling.date is not None
    assert shelling.date.start == "2024-05-12" and shelling.date.evidence is None
    assert shelling.date.inferred
