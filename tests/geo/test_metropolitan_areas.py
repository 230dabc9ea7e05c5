"""Context rule 2: a metropolitan area's word before a name ("Metro Vancouver", "metro
Atlanta", "United Way of Metropolitan Atlanta") makes the name its city."""

from __future__ import annotations

from sitrep.geo import context

from .conftest import Run


def _found(run: Run, text: str) -> set[tuple[str, str | None]]:
    return {(p.evidence.text, p.country) for p in run(text).places}


def test_a_metro_area_is_named_by_its_city(run: Run) -> None:
    text = "The drug return program was launched by Metro Vancouver last spring."
    assert ("Vancouver", "CA") in _found(run, text)


def test_a_metropolitan_body_is_named_by_its_city(run: Run) -> None:
    text = "Officials at the United Way of Metropolitan Atlanta said they would copy it."
    assert ("Atlanta", "US") in _found(run, text)


def test_the_metro_word_counts_only_right_before_the_name() -> None:
    text = "metro Atlanta, where the Metro Council chair Jones spoke"
    assert context.cue_before(text, text.index("Atlanta"))
    assert not context.cue_before(text, text.index("Jones"))
