"""Persons rule 2: a model's PERSON span over a title-case headline ("Kherson Marks
Anniversary Of Liberation") is no person's name, so the town opening it is read like
the same town in the dateline below it."""

from __future__ import annotations

from sitrep.geo.persons import headline_span

from .conftest import Run


def test_a_headline_taken_for_a_person_keeps_its_town(run: Run) -> None:
    text = (
        "Kherson Marks Anniversary Of Liberation. KHERSON, Ukraine (AP) - Residents "
        "gathered in the central square on Friday to mark a year since Russian troops left."
    )
    assert "Kherson" in [p.evidence.text for p in run(text).places]


def test_a_headline_span_is_told_from_a_persons_name() -> None:
    assert headline_span("Windsor Joins Tax Credit Program")
    assert headline_span("Kherson Marks Anniversary Of Liberation")
    assert not headline_span("Mary Rose Hill")
    assert not headline_span("John Smith")
    assert not headline_span("Madison Circuit Judge William G. Clouse Jr.")
