"""Candidates rule 9: a capitalised preposition or determiner opening a sentence ("Near
Rawah, ...", "Around Fallujah, ...", "Another Gainesville business") is no part of the
place name after it, while a place whose own name starts with such a word ("In Salah")
keeps it."""

from __future__ import annotations

import pytest

from sitrep.geo.candidates import opening_function_word
from sitrep.geo.names import past_determiner
from sitrep.pipeline.resources import load_resources

from .conftest import Run


def _resolved(run: Run, text: str) -> dict[str, str]:
    return {p.evidence.text: p.name for p in run(text).places}


@pytest.mark.parametrize("preposition", ["Near", "Around", "Outside", "Inside", "Across"])
def test_a_sentence_initial_preposition_leaves_the_town_after_it(
    run: Run, preposition: str
) -> None:
    text = (
        "Coalition forces conducted 12 strikes on Tuesday. "
        f"{preposition} Qayyarah, two strikes destroyed an ISIL tactical unit."
    )
    assert _resolved(run, text).get("Qayyarah") == "Al Qayyārah"


def test_the_town_is_found_as_it_is_after_a_lower_case_preposition(run: Run) -> None:
    opening = "Coalition forces conducted strikes. Around Haditha, a strike hit a mortar team."
    inside = "Coalition forces conducted strikes. A strike around Haditha hit a mortar team."
    assert _resolved(run, opening) == _resolved(run, inside)
    assert "Haditha" in _resolved(run, opening)


def test_a_two_word_name_after_a_preposition_stays_whole(run: Run) -> None:
    text = "Coalition forces conducted strikes. Outside Abu Kamal, one strike hit a convoy."
    assert _resolved(run, text).get("Abu Kamal") == "Ālbū Kamāl"


def test_a_place_named_with_a_preposition_keeps_it() -> None:
    gazetteer = load_resources().gazetteer
    text = "In Salah lies in the Sahara."
    assert not opening_function_word(gazetteer, text, [(0, 2), (3, 8)])
    text = "Near Rawah, one strike destroyed a VBIED."
    assert opening_function_word(gazetteer, text, [(0, 4), (5, 10)])


def test_a_sentence_initial_determiner_is_no_part_of_the_name() -> None:
    gazetteer = load_resources().gazetteer
    text = "Another Gainesville business will move downtown."
    assert opening_function_word(gazetteer, text, [(0, 7), (8, 19)])
    assert past_determiner(text, 0, 19) == 8
    assert past_determiner("Gainesville Tom", 0, 15) == 0


def test_a_town_recalled_after_a_sentence_initial_determiner(run: Run) -> None:
    doc = run(
        "Sales rose at stores in Gainesville, Texas, this spring. "
        "Another Gainesville business set to move is Landmark Bank."
    )
    towns = [p for p in doc.places if p.evidence.text == "Gainesville"]
    assert len(towns) == 2
    assert {t.admin1 for t in towns} == {"US.TX"}


def test_a_town_in_the_possessive_owns_what_a_guess_runs_over(run: Run) -> None:
    doc = run(
        "Sales rose at stores in Gainesville, Texas, this spring. "
        "Gainesville’s Tom Thumb supermarket recently revamped its store."
    )
    towns = [p for p in doc.places if p.evidence.text == "Gainesville"]
    assert len(towns) == 2
    assert {t.admin1 for t in towns} == {"US.TX"}
