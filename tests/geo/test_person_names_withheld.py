"""The person-name list never learns a name from a sentence of the re3d test split."""

from __future__ import annotations

from sitrep.geo.persons import _letters, _withheld, _words_in_spans

TRAIN = [
    "Defence\tO", "Secretary\tO", "Ash\tB-Person", "Carter\tI-Person", "met\tO",
    "Abadi\tB-Person", "in\tO", "Baghdad\tB-Location", ".\tO", "",
    "General\tO", "Votel\tB-Person", "visited\tO", "the\tO", "troops\tO", ".\tO", "",
]  # fmt: skip
#: the same first sentence, tokenised another way and cut shorter, as another split has it
TEST = ["Ash\tB-Person", "Carter\tI-Person", "met\tO", "Abadi\tB-Person", "in\tO", "Baghdad\tO"]


def test_a_sentence_overlapping_the_test_split_teaches_no_name() -> None:
    kept = _withheld(TRAIN, [_letters(TEST)])
    assert _words_in_spans(kept, 0, 1, "-Person") == {"Votel"}


def test_with_nothing_withheld_every_name_is_learnt() -> None:
    names = _words_in_spans(_withheld(TRAIN, []), 0, 1, "-Person")
    assert names == {"Ash", "Carter", "Abadi", "Votel"}
