"""Entities rule 4b: a name the text presents as a group's (speaking of "its" deeds, or
described as a group) is no person's, wherever the article repeats it."""

from __future__ import annotations

import pytest

from sitrep.model import make_article
from sitrep.pipeline import process_article


def _labels(text: str, name: str) -> set[str]:
    entities = process_article(make_article(text, published="2024-03-12")).mentions.entities
    return {e.label for e in entities if e.evidence.text == name}


@pytest.mark.parametrize(
    "text",
    [
        "Lashkar Jhangvi said its fighters killed three soldiers in Quetta on Monday.",
        "Jaysh al-Adl said it carried out the attack on the border post.",
    ],
)
def test_a_name_speaking_of_its_own_deeds_is_no_person(text: str) -> None:
    name = " ".join(text.split()[:2])
    assert "PERSON" not in _labels(text, name)


def test_a_person_saying_it_was_is_still_a_person() -> None:
    assert "PERSON" in _labels("Kenneth Piernick said it was a tragedy.", "Kenneth Piernick")
