"""A person described by a student's year or standing is no place (sitrep.geo.persons
rule 4): "Dana Lake, a senior at ..." names a student, not a lake; the people of a state
or region name it, but never as an event's place (sitrep.geo.demonyms rule 9)."""

from __future__ import annotations

from sitrep.geo.facilities import PHYSICAL, settlements, spans
from sitrep.geo.persons import presented_after

from .conftest import Run


def _after_name(text: str) -> bool:
    return presented_after(text, text.index(","))


def test_a_students_year_or_standing_presents_a_person() -> None:
    assert _after_name("Dana Lake, a senior at Western State Law School, coaches the team.")
    assert _after_name("Carl Rivers, a junior, scored 22 points on Friday.")
    assert _after_name("Jo Hill, a nursing student at the community college, was hurt.")
    assert _after_name("Ben Brook, a 2004 graduate of Central High School, was honoured.")


def test_a_school_word_that_modifies_a_noun_presents_no_one() -> None:
    assert not _after_name("Maple Grove, a senior living community, opened a new wing.")
    assert not _after_name("Clear Lake, a student favourite in summer, was closed.")


def test_a_described_student_is_no_lake() -> None:
    text = (
        "The team's coaches are Mark Evans and Dana Lake, a senior at Western State Law "
        "School, who volunteer twice a week."
    )
    assert PHYSICAL not in {feature for _, _, feature in spans(text)}


def _regions(run: Run, text: str) -> dict[str, str]:
    return {p.evidence.text: p.name for p in run(text).places if p.feature != "country"}


def test_the_people_of_a_state_or_region_name_it(run: Run) -> None:
    text = (
        "The levy would cost Ohioans about $200 a year, and thousands of Minnesotans "
        "signed a petition. Talks between Georgian and South Ossetian officials resumed."
    )
    assert _regions(run, text) == {
        "Ohioans": "Ohio",
        "Minnesotans": "Minnesota",
        "South Ossetian": "South Ossetia",
    }


def test_a_regional_people_listed_before_the_word_for_people(run: Run) -> None:
    text = (
        "The commission includes Russian, North Ossetian, South Ossetian and Georgian "
        "representatives."
    )
    assert _regions(run, text)["South Ossetian"] == "South Ossetia"


def test_a_singular_adjective_or_a_teams_name_names_no_region(run: Run) -> None:
    text = (
        "The couple restored a Victorian farmhouse near Salem, and the Houston Texans "
        "won on Sunday."
    )
    assert "Victorian" not in _regions(run, text)
    assert "Texans" not in _regions(run, text)


def test_a_region_named_by_its_people_is_never_an_events_place(run: Run) -> None:
    doc = run("Shelling killed three Ossetians as South Ossetians fled north on Friday.")
    named = [p for p in doc.places if p.evidence.text == "South Ossetians"]
    assert named
    assert not any(p in settlements(doc.places) for p in named)
