"""Shared helpers for the event tests that run the full pipeline on short news texts."""

from __future__ import annotations

from sitrep.events.dating import Dated, date_event
from sitrep.events.tokens import clause_bounds, tokenize
from sitrep.model import Event, make_article
from sitrep.pipeline import process_article
from sitrep.temporal.recognize import find_timexes


def events_of(text: str, published: str = "2024-03-12") -> list[Event]:
    """The events the pipeline finds in `text`."""
    return list(process_article(make_article(text, published=published)).events)


def first_event(text: str) -> Event:
    """The first event of `text`; fails when there is none."""
    events = events_of(text)
    assert events, text
    return events[0]


def name_of(actor: object) -> str | None:
    """An actor's name, None for no actor."""
    return getattr(actor, "name", None)


def date_of(text: str, trigger: str, published: str) -> Dated:
    """What the dating cascade makes of the date of `trigger`'s act in `text`."""
    tokens = tokenize(text, 0, len(text))
    first = next(t.i for t in tokens if t.lower == trigger)
    timexes = find_timexes(text, published)
    return date_event(tokens, clause_bounds(tokens, first), first, timexes, published, text)
