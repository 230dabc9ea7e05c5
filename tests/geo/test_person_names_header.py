"""The packaged person-names list says how it was built (sitrep.geo.persons rule 1),
including that re3d sentences of ConfliBERT's re3d test split were withheld."""

from __future__ import annotations

from importlib import resources

from sitrep.geo.persons import HEADER


def test_the_person_names_list_says_how_it_was_built() -> None:
    text = (resources.files("sitrep.kb") / "data" / "person_names.txt").read_text("utf-8")
    assert text.startswith(HEADER)
    assert "ConfliBERT's re3d test split" in HEADER
