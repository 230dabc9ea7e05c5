"""A name's acronym in brackets opens no clause: the name stays the subject of its verb."""

from __future__ import annotations

import pytest

from sitrep.model import make_article
from sitrep.pipeline import process_article


@pytest.mark.parametrize(
    ("text", "initiator"),
    [
        (
            "The Tehreek e Taliban Pakistan (TTP) on January 18 killed four soldiers in North"
            " Waziristan.",
            "Tehrik-i-Taliban Pakistan",
        ),
        (
            "Dozens of Lashkar e Islam (LI) militants stormed a bunker in Khyber on Sunday.",
            "Lashkar-e-Islam",
        ),
    ],
)
def test_a_group_named_with_its_acronym_is_the_initiator(text: str, initiator: str) -> None:
    (event,) = process_article(make_article(text, published="2024-01-20")).events
    assert event.actor1 is not None and event.actor1.name == initiator
