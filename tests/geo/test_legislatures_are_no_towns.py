"""Candidates rule 4: a legislature's name ("in Congress", "the Congress party", "the
Senate") is a common capitalised word, never the town that bears it (Congress, Arizona)."""

from __future__ import annotations

from sitrep.geo import candidates

from .conftest import Run


def test_congress_is_a_legislature_not_a_town(run: Run) -> None:
    text = "The proposal, first made in 2007, is echoed now in Congress, aides in Phoenix said."
    names = [p.evidence.text for p in run(text).places]
    assert "Congress" not in names
    assert "Phoenix" in names


def test_legislatures_are_common_words() -> None:
    assert candidates.is_common("Congress")
    assert candidates.is_common("Senate")
    assert not candidates.is_common("Kingston")
