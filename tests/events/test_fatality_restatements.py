"""Fatalities told twice are counted once; people who attack are not counted dead."""

from __future__ import annotations

from sitrep.model import make_article
from sitrep.pipeline import process_article

RAID = (
    "Four soldiers and 12 militants were killed when dozens of militants stormed a security"
    " post in the Tirah Valley of Khyber Agency on Sunday. Officials said four soldiers were"
    " killed on the spot, while troops killed 12 militants in the retaliatory fire."
)


def test_a_toll_restated_group_by_group_is_counted_once() -> None:
    (event,) = process_article(make_article(RAID, published="2024-05-06")).events
    assert (event.fatalities.low, event.fatalities.best) == (16, 16)


def test_attackers_in_a_clause_of_their_own_are_not_dead() -> None:
    text = (
        "Two policemen were killed when dozens of gunmen attacked a checkpoint near Gao on Monday."
    )
    (event,) = process_article(make_article(text, published="2024-05-06")).events
    assert event.fatalities.best == 2
