"""Context rule 2: a town's pupils, parents, teachers, voters and taxpayers after its
name ("Haslett students", "Lexington voters") make it a place, as its residents and
police do; a university known by one word keeps its own students ("Harvard students")."""

from __future__ import annotations

from sitrep.geo import context

from .conftest import Run


def _places(run: Run, text: str) -> list[str]:
    return [p.evidence.text for p in run(text).places]


def test_a_towns_students_name_the_town(run: Run) -> None:
    text = (
        "Haslett students raised $16,000 for the children's hospital during the weekend "
        "telethon, organizers said."
    )
    assert "Haslett" in _places(run, text)


def test_a_towns_pupils_and_voters_name_the_town(run: Run) -> None:
    pupils = "The former minister met Hampton pupils to talk about their website on Thursday."
    assert "Hampton" in _places(run, pupils)
    voters = "Lexington voters will decide on the school tax increase in May."
    assert "Lexington" in _places(run, voters)


def test_a_war_towns_parents_name_the_town(run: Run) -> None:
    text = "El Fasher parents said their children had not been to school in a year."
    assert "El Fasher" in _places(run, text)


def test_a_universitys_students_name_no_town(run: Run) -> None:
    text = "Harvard students protested outside the administration building on Monday."
    assert not context.civic_after(text, len("Harvard"))
    assert "Harvard" not in _places(run, text)
    town = "sending Shiloh students to the center"
    assert context.civic_after(town, town.index(" students"))
