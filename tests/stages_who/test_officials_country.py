"""Actors rule 3: an official with no nationality word takes the only state his sentence
names; one who governs a place takes that place's state before a demonym's."""

from __future__ import annotations

from sitrep.model import make_article
from sitrep.pipeline import run_document


def _officials(text: str) -> dict[str, str | None]:
    doc = run_document(make_article(text, published="2024-03-12"))
    return {a.name: a.country for a in doc.actors if a.role}


def test_a_spokesman_keeps_the_state_named_by_its_demonym() -> None:
    text = "Israeli strikes killed 20 people in Gaza on Monday, military spokesman Avi Cohen said."
    assert _officials(text)["Avi Cohen"] == "IL"


def test_a_governor_takes_the_state_of_the_place_he_governs() -> None:
    text = (
        "Russian shelling killed two civilians in the town of Kramatorsk, regional governor"
        " Ivan Petrenko said."
    )
    assert _officials(text)["Ivan Petrenko"] == "UA"
