"""A demonym opening a private body's name names no state (sitrep.geo.demonyms rule 10),
but a body's word inside a hyphenated compound ("Cross-Border") names no body."""

from __future__ import annotations

from sitrep.geo import demonyms

from .conftest import Run


def _no_state(text: str, demonym: str) -> bool:
    start = text.index(demonym)
    return demonyms._no_state(text, start, start + len(demonym))


def test_a_hyphenated_cross_opens_no_private_body() -> None:
    text = "Afghan Cross-Border Trade officials said the crossing at Torkham reopened."
    assert not _no_state(text, "Afghan")


def test_the_red_cross_is_still_a_private_body() -> None:
    assert _no_state("Volunteers of the American Red Cross arrived.", "American")
    assert _no_state("The Kenyan Red Cross Society sent ambulances.", "Kenyan")


def test_a_demonym_before_a_cross_border_compound_names_its_state(run: Run) -> None:
    doc = run("Pakistani Cross-Border Trade officials said the Torkham crossing reopened.")
    assert any(p.evidence.text == "Pakistani" and p.country == "PK" for p in doc.places)
