"""The events gold keeps the text's spelling of places; our gazetteer may not."""

from __future__ import annotations

from sitrep.evaluate.events_gold import field_scores
from sitrep.model import Event, EventDate, Fatalities, Location, Plover, Span

TEXT = "Near Palmyra, one strike destroyed an ISIL-held tank."


def _event(name: str) -> Event:
    at = TEXT.index("Palmyra")
    place = Span.of(TEXT, at, at + len("Palmyra"))
    return Event(
        id="e1",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        plover=Plover("ASSAULT", "aerial"),
        date=EventDate("2017-01-08", "2017-01-08", "day", None),
        location=Location(name, "SY", "near", place),
        actor1=None,
        actor2=None,
        evidence=Span.of(TEXT, 0, len(TEXT)),
        fatalities=Fatalities(),
    )


GOLD = {"sub_event_type": "Air/drone strike", "location": "Palmyra", "actor1": None,
        "actor2": None, "fatalities": None, "quantities": {}}  # fmt: skip


def test_gazetteer_name_or_text_spelling_both_agree() -> None:
    assert field_scores(_event("Tadmur"), GOLD, lenient=False)["location"]
    assert field_scores(_event("Palmyra"), GOLD, lenient=False)["location"]


def test_another_place_does_not_agree() -> None:
    other = dict(GOLD, location="Mosul")
    assert not field_scores(_event("Tadmur"), other, lenient=False)["location"]
