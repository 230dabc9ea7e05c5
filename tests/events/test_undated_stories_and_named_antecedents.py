"""A named person's killing told in a relative clause is news of its own."""

from __future__ import annotations

from sitrep.model import Event, make_article
from sitrep.pipeline import process_article


def _events(text: str) -> list[Event]:
    # wire copy stripped of its dateline: no publication date to resolve days against
    return list(process_article(make_article(text)).events)


def test_a_named_person_killed_in_a_relative_clause_is_an_event() -> None:
    text = (
        "Ernesto Samper received the banners of Luis Carlos Galan, who was killed last"
        " Friday near Bogota."
    )
    assert [e.event_type for e in _events(text)] == ["Violence against civilians"]


def test_an_unnamed_toll_in_a_relative_clause_is_no_event() -> None:
    text = "The minister visited the families of the people, who were killed last Friday."
    assert _events(text) == []
