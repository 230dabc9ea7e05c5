"""Rule 2 of geo.candidates: a name is looked up at most ten words long, so a run of
hundreds of capitalised words (a pasted list of tags, a header, hostile text) is read
in time in proportion to its length (8,000 characters of it: over 600 s before, 3 s
after), and names around it are still read whole."""

from __future__ import annotations

from .conftest import Run


def test_a_place_after_a_very_long_capitalised_run_is_found(run: Run) -> None:
    text = "Security Politics Conflict " * 60 + "in Kabul on Monday."
    assert "Kabul" in {p.evidence.text for p in run(text).places}


def test_a_name_of_several_words_is_still_read_whole(run: Run) -> None:
    text = "Officials in Rio de Janeiro said the road was closed on Monday."
    assert "Rio de Janeiro" in {p.evidence.text for p in run(text).places}
