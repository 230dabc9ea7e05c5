"""Extractions of three agencies' reports for the incident tests: two of one drone
strike on Kharkiv (different tolls), one of a strike on Kyiv the same day."""

from __future__ import annotations

from dataclasses import replace

from sitrep.model import (
    Actor,
    Event,
    EventDate,
    Extraction,
    Fatalities,
    Location,
    Plover,
    Span,
    make_article,
)

AP = (
    "Russian drones struck a residential building in Kharkiv overnight on Thursday, "
    "killing three people and wounding 12, regional governor Oleh Syniehubov said."
)
REUTERS = (
    "At least four people were killed when a Russian drone hit an apartment block in "
    "Kharkiv's Saltivskyi district on Thursday, Ukrainian officials said."
)
KYIV = (
    "A Russian drone attack on Kyiv on Thursday killed two people, the city's military "
    "administration said."
)


def _span(text: str, piece: str) -> Span:
    start = text.index(piece)
    return Span.of(text, start, start + len(piece))


def strike(
    text: str,
    source: str,
    place: str,
    point: tuple[float, float],
    dead: int,
    drone: str,
    *,
    day: str = "2026-01-15",
) -> Extraction:
    article = make_article(text, source=source, published=day)
    event = Event(
        id=f"ev_{source}_{article.id[7:15]}",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        plover=Plover("ASSAULT", "aerial"),
        date=EventDate(day, day, "day", _span(text, "Thursday")),
        location=Location(
            name=place,
            country="UA",
            precision="exact",
            evidence=_span(text, place),
            admin1="Kharkivska" if place == "Kharkiv" else "Kyiv City",
            lat=point[0],
            lon=point[1],
        ),
        actor1=Actor(
            "Military Forces of Russia", _span(text, drone), kb_id="RU_military", country="RU"
        ),
        actor2=None,
        evidence=Span.of(text, 0, len(text)),
        fatalities=Fatalities(low=dead, best=dead, high=dead, evidence=None),
    )
    return Extraction(article=article, events=(event,), stages=(("events", "1"),))


def ap() -> Extraction:
    return strike(AP, "ap", "Kharkiv", (49.9935, 36.2304), 3, "Russian drones")


def reuters() -> Extraction:
    return strike(REUTERS, "reuters", "Kharkiv", (50.0275, 36.3331), 4, "Russian drone")


def kyiv() -> Extraction:
    return strike(KYIV, "kyivpost", "Kyiv", (50.4501, 30.5234), 2, "Russian drone")


def moved_to_kyiv(extraction: Extraction) -> Extraction:
    """The same article re-extracted by a newer run that places its strike in Kyiv."""
    (event,) = extraction.events
    assert event.location is not None
    location = replace(event.location, name="Kyiv", admin1="Kyiv City", lat=50.45, lon=30.52)
    return replace(extraction, events=(replace(event, id=event.id + "_v2", location=location),))
