"""Parts of a state named by the possessive or by their ministry (kb.actors step 2)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.pipeline.document import Document

Run = Callable[[str], Document]


def _linked(doc: Document) -> dict[str, str | None]:
    return {a.evidence.text: a.kb_id for a in doc.actors if a.evidence is not None}


@pytest.mark.parametrize(
    ("text", "phrase", "kb_id"),
    [
        (
            "Ukraine's air force said air defences shot down 30 of the 38 missiles.",
            "Ukraine's air force",
            "UA.military",
        ),
        (
            "The Russian defence ministry denied targeting civilian sites in Kyiv.",
            "Russian defence ministry",
            "RU.military",
        ),
        (
            "Russia's foreign ministry said the accusations were unfounded.",
            "Russia's foreign ministry",
            "RU.government",
        ),
        (
            "Mali's general staff said several attackers had been killed in Bamako.",
            "Mali's general staff",
            "ML.military",
        ),
        (
            "Kenya's interior ministry banned the march through central Nairobi.",
            "Kenya's interior ministry",
            "KE.government",
        ),
    ],
)
def test_a_state_institution_speaks_for_its_part_of_the_state(
    run: Run, text: str, phrase: str, kb_id: str
) -> None:
    assert _linked(run(text)).get(phrase) == kb_id


def test_a_possessive_before_an_ordinary_word_is_only_the_state(run: Run) -> None:
    linked = _linked(run("Ukraine's economy shrank sharply after the invasion."))
    assert linked.get("Ukraine") == "UA"
