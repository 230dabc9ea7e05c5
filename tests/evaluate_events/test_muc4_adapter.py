"""The MUC-4 adapter's filler rules that do not need the pipeline."""

from __future__ import annotations

from sitrep.evaluate.muc4 import _collective, _written_as_name


def test_a_name_needs_a_capital_beyond_the_sentence_opening() -> None:
    assert _written_as_name("the FMLN", opens_sentence=False)
    assert _written_as_name("Farabundo Marti rebels", opens_sentence=True)
    assert not _written_as_name("Terrorists", opens_sentence=True)
    assert not _written_as_name("urban guerrillas", opens_sentence=False)


def test_a_singular_collective_head_names_an_organisation() -> None:
    assert _collective("the army")
    assert _collective("the salvadoran armed forces")
    assert not _collective("five soldiers")
    assert not _collective("urban guerrillas")
