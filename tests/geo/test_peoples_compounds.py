"""Places rule 19: a town's name before a hyphen and a demonym ("the Arab-Israeli
conflict") names two peoples, not the town (Arab, Alabama); a country before one ("the
Pakistan-Afghan border") is still the country."""

from __future__ import annotations

from .conftest import Run


def _found(run: Run, text: str) -> list[tuple[str, str | None]]:
    return [(p.evidence.text, p.feature) for p in run(text).places]


def test_a_peoples_compound_names_no_town(run: Run) -> None:
    text = "Washington was too involved in the Arab-Israeli conflict, the report said."
    assert "Arab" not in [name for name, _ in _found(run, text)]


def test_a_country_before_a_demonym_is_still_the_country(run: Run) -> None:
    text = "Troops patrolled the Pakistan-Afghan border near Torkham on Sunday."
    assert ("Pakistan", "country") in _found(run, text)
