"""Context rule 8: a type word that opens an institution's name after a town's ("the
Lansing State Journal", "Concord District Court", "Wayne State College") asks for no
first-level region: the town stays a town; "Kano State Governor" still names the state."""

from __future__ import annotations

from .conftest import Run


def _found(run: Run, text: str) -> dict[str, str | None]:
    return {p.evidence.text: p.feature for p in run(text).places}


def test_a_court_named_after_a_town_leaves_the_town_a_town(run: Run) -> None:
    text = "In a petition filed with Concord District Court, Brown wrote that he was choked."
    assert _found(run, text).get("Concord") == "city"


def test_a_newspaper_named_after_a_town_leaves_the_town_a_town(run: Run) -> None:
    text = "Rates rose 6 percent, the Lansing State Journal reported on Monday."
    assert _found(run, text).get("Lansing") == "city"


def test_a_state_governor_still_names_the_state(run: Run) -> None:
    text = "Kano State Governor Abdullahi Ganduje visited the market on Monday."
    assert _found(run, text).get("Kano") == "admin1"


def test_a_lowercase_institution_after_a_region_keeps_the_region(run: Run) -> None:
    hospital = "Russian shelling damaged a Kharkiv region hospital on Monday, officials said."
    assert _found(run, hospital).get("Kharkiv") == "admin1"
    court = "A Zaporizhzhia region court sentenced two men to 12 years in prison on Tuesday."
    assert _found(run, court).get("Zaporizhzhia") == "admin1"
