"""Cutting an article into highlighted runs (no browser needed)."""

from __future__ import annotations

from sitrep.model import Span
from sitrep.web.highlight import runs

TEXT = "Rebels shelled Kharkiv on Tuesday, killing three civilians, officials said."


def span(piece: str) -> Span:
    start = TEXT.index(piece)
    return Span(start, start + len(piece), piece)


def test_runs_cover_the_text_exactly_once_and_nest_fields() -> None:
    sentence = Span(0, len(TEXT), TEXT)
    out = runs(TEXT, [("event", sentence), ("actor1", span("Rebels")), ("date", span("Tuesday"))])
    assert "".join(r.text for r in out) == TEXT
    by_text = {r.text: r for r in out}
    assert by_text["Rebels"].fields == ("event", "actor1") and by_text["Rebels"].is_value
    assert by_text["Tuesday"].fields == ("event", "date")
    assert by_text[" shelled Kharkiv on "].fields == ("event",)
    assert not by_text[" shelled Kharkiv on "].is_value


def test_overlapping_and_bad_spans() -> None:
    out = runs(
        TEXT,
        [
            ("fatalities", span("three civilians")),
            ("actor2", span("civilians")),
            ("broken", Span(70, 500, "?")),  # past the end: dropped
            ("empty", Span(3, 3, "")),
        ],
    )
    assert "".join(r.text for r in out) == TEXT
    civilians = next(r for r in out if r.text == "civilians")
    assert civilians.fields == ("fatalities", "actor2")
    assert all("broken" not in r.fields and "empty" not in r.fields for r in out)


def test_markup_stays_plain_text() -> None:
    hostile = '<script>alert(1)</script> and <img src=x onerror="alert(2)">'
    out = runs(hostile, [("actor1", Span(0, 8, "<script>"))])
    assert out[0].text == "<script>" and "".join(r.text for r in out) == hostile
