"""Candidates rule 9: a conjunction opening a sentence before a name ("While Clarke and
Oconee update", "But Kabul says") is no part of the name."""

from __future__ import annotations

from sitrep.geo import candidates
from sitrep.pipeline.resources import load_resources

from .conftest import Run


def test_a_conjunction_opening_a_run_is_no_part_of_the_name() -> None:
    gazetteer = load_resources().gazetteer
    text = "While Kabul says"
    tokens = [(0, 5), (6, 11)]
    assert candidates.opening_function_word(gazetteer, text, tokens)


def test_the_name_after_an_opening_conjunction_is_found(run: Run) -> None:
    text = (
        "School boards in Clarke County and Oconee County, Georgia, are reviewing their "
        "layoff rules. While Clarke and Oconee update their policies, Barrow has not."
    )
    found = [(p.evidence.text, p.name) for p in run(text).places]
    assert ("Clarke", "Clarke County") in found
