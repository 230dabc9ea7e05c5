"""Shared helpers for the event tests that run the full pipeline on short news texts."""

from __future__ import annotations

from sitrep.model import Event, make_article
from sitrep.pipeline import process_article


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
