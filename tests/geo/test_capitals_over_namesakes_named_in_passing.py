"""Scoring rule 8: a country the article only names in passing lifts its towns, but not
over a national capital of their name; once the article places things inside that
country, its own namesake town is meant."""

from __future__ import annotations

from .conftest import Run


def _found(run: Run, text: str) -> dict[str, str | None]:
    return {p.evidence.text: p.admin1 for p in run(text).places}


def test_a_capital_is_not_displaced_by_a_country_named_in_passing(run: Run) -> None:
    text = (
        "A French bulldog died on a flight from Tokyo to London, the airline said on "
        "Thursday. Canada's transport agency said it was reviewing its own rules."
    )
    assert _found(run, text)["London"] == "GB.ENG"


def test_a_story_placing_things_in_the_country_keeps_its_namesake(run: Run) -> None:
    text = (
        "TORONTO — Ontario Provincial Police said on Monday that three people were "
        "arrested in raids in London and Windsor after a months-long investigation."
    )
    assert _found(run, text)["London"] == "CA.08"
