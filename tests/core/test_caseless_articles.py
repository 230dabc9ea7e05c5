"""Caseless articles (ALL CAPS wire copy) are read truecased and cited as written."""

from __future__ import annotations

from sitrep.model import make_article, to_dict
from sitrep.pipeline import process_article

WIRE = (
    "SANTIAGO, 10 JAN 90 -- TERRORISTS ROBBED A BUSINESSMAN ON A RURAL ROAD NEAR MOLINA ON"
    " 7 JANUARY. POLICE SAID THREE MEN ARRESTED IN TALCA ON MONDAY WERE MEMBERS OF THE"
    " MANUEL RODRIGUEZ PATRIOTIC FRONT."
)


def _spans(value: object) -> list[dict[str, object]]:
    """Every span (a dict with start, end and text) inside a contract value."""
    found: list[dict[str, object]] = []
    if isinstance(value, dict):
        if set(value) == {"start", "end", "text"}:
            found.append(value)
        for item in value.values():
            found += _spans(item)
    elif isinstance(value, list):
        for item in value:
            found += _spans(item)
    return found


def test_dates_and_places_of_capitals_are_read() -> None:
    extraction = process_article(make_article(WIRE, published="1990-01-10"))
    assert [(t.evidence.text, t.value) for t in extraction.mentions.timex][1:] == [
        ("7 JANUARY", "1990-01-07"),
        ("MONDAY", "1990-01-08"),
    ]
    assert {p.name for p in extraction.mentions.places} >= {"Molina", "Talca"}
    assert {e.sub_event_type for e in extraction.events} >= {"Arrests"}


def test_every_span_cites_the_words_as_written() -> None:
    extraction = process_article(make_article(WIRE, published="1990-01-10"))
    assert extraction.article.text == WIRE
    spans = _spans(to_dict(extraction))
    assert spans
    for span in spans:
        start, end = int(span["start"]), int(span["end"])  # type: ignore[call-overload]
        assert span["text"] == WIRE[start:end]


def test_cased_text_is_read_as_it_is() -> None:
    text = "Police arrested three men in Talca on Monday, officials said."
    extraction = process_article(make_article(text, published="1990-01-10"))
    assert extraction.article.text == text
    assert [e.sub_event_type for e in extraction.events] == ["Arrests"]
