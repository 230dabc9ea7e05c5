"""An event on a lake, sea or river is placed there at region precision, never as an exact point."""

from __future__ import annotations

from sitrep.model import make_article
from sitrep.pipeline import process_article


def _locations(text: str) -> list[tuple[str, str]]:
    extraction = process_article(make_article(text, published="2024-06-01"))
    return [(e.location.name, e.location.precision) for e in extraction.events if e.location]


def test_attack_on_lake_chad_is_placed_at_region_precision() -> None:
    text = "Boko Haram fighters attacked fishermen on Lake Chad on Friday, killing 12."
    assert _locations(text) == [("Lake Chad", "region")]


def test_a_town_named_beside_the_lake_is_the_more_specific_place() -> None:
    text = (
        "Boko Haram fighters attacked fishermen near Baga on the shores of Lake Chad on "
        "Friday, killing 12."
    )
    locations = _locations(text)
    assert locations and locations[0][0] == "Baga"
