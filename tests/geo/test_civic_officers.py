"""Context rule 2: a town's officers after its name ("four Paris Policemen", "Grand
Ledge investigators", "Columbus Investigator Gregory Sealock") make it a place, as its
police and firefighters do."""

from __future__ import annotations

from sitrep.geo import context

from .conftest import Run


def test_a_towns_investigators_name_the_town(run: Run) -> None:
    text = (
        "Chemicals were found outside the apartment. Grand Ledge investigators "
        "interviewed the resident on Friday."
    )
    assert "Grand Ledge" in [p.evidence.text for p in run(text).places]


def test_officers_after_a_name_are_a_civic_cue() -> None:
    policemen = "four Paris Policemen"
    assert context.civic_after(policemen, policemen.index(" Policemen"))
    investigator = "Columbus Investigator Gregory Sealock"
    assert context.civic_after(investigator, len("Columbus"))
    assert not context.civic_after("Paris Hilton arrived", len("Paris"))
