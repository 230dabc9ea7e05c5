"""A model's person named by a generic word of Arabic or Hebrew place names is a place."""

from __future__ import annotations

import pytest

from sitrep.model import Extraction, make_article
from sitrep.pipeline import process_article


def _extract(text: str) -> Extraction:
    return process_article(make_article(text, published="2024-10-04"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "An Israeli air strike hit Beit Lahia, a town north of Gaza City, on Tuesday,"
            " killing two people, medics said.",
            "Beit Lahia",
        ),
        (
            "Israeli troops raided Deir al-Balah overnight and detained three men, the"
            " Palestinian news agency WAFA said.",
            "Deir al-Balah",
        ),
        (
            "An Israeli drone struck a car in Kafr Kila on Sunday, killing a Hezbollah"
            " commander, Lebanese security sources said.",
            "Kafr Kila",
        ),
    ],
)
def test_a_generic_place_word_opens_no_person(text: str, name: str) -> None:
    extraction = _extract(text)
    labels = {e.evidence.text: e.label for e in extraction.mentions.entities}
    assert labels.get(name, "LOC") != "PERSON"
    assert name in {p.evidence.text for p in extraction.mentions.places}


def test_a_strike_on_a_town_so_named_is_placed_at_the_town() -> None:
    text = (
        "An Israeli air strike hit Beit Lahia, a town north of Gaza City, on Tuesday,"
        " killing two people, medics said."
    )
    (event,) = _extract(text).events
    assert event.location is not None
    assert event.location.precision == "exact"
    assert event.location.country == "PS"
    assert "Gaza" not in event.location.name


def test_a_person_named_after_such_a_place_keeps_the_model_reading() -> None:
    text = "Spokesman Abu Obeida said the group's fighters had destroyed two tanks."
    labels = {e.evidence.text: e.label for e in _extract(text).mentions.entities}
    assert labels.get("Abu Obeida") == "PERSON"
