"""A count told as part of a count before it adds no dead (measures rule 21)."""

from __future__ import annotations

import pytest

from sitrep.model import make_article
from sitrep.pipeline import process_article


def _fatalities(text: str) -> list[int | None]:
    extraction = process_article(make_article(text, published="2024-06-10"))
    return [e.fatalities.best for e in extraction.events]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "The Rapid Support Forces shelled residential neighbourhoods of El Fasher on"
            " Sunday, killing 15 civilians including five children.",
            15,
        ),
        (
            "Police fired tear gas at protesters in Dhaka on Saturday, killing two people"
            " including a student.",
            2,
        ),
        (
            "Gunmen killed 15 people, including 10 soldiers and five civilians, in an ambush"
            " near Gao on Monday.",
            15,
        ),
        (
            "Militants attacked an army post near Gao on Monday, killing 12 people, among"
            " them three officers.",
            12,
        ),
    ],
)
def test_a_part_of_a_count_adds_no_dead(text: str, dead: int) -> None:
    assert _fatalities(text) == [dead]


def test_counts_of_different_groups_still_add_up() -> None:
    text = "Gunmen killed three soldiers and two civilians in an ambush near Gao on Monday."
    assert _fatalities(text) == [5]


def test_civilians_counted_once_with_their_part() -> None:
    text = (
        "The Rapid Support Forces shelled residential neighbourhoods of El Fasher on Sunday,"
        " killing 15 civilians including five children."
    )
    (event,) = process_article(make_article(text, published="2024-06-10")).events
    assert event.fatalities.civilians == 15
