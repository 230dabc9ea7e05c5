"""A month or a name written like a modal ("May 16", "Will") is no cue of modality."""

from __future__ import annotations

from sitrep.model import make_article
from sitrep.pipeline import process_article


def _events(text: str, published: str = "2024-05-20") -> list[tuple[str, str]]:
    extraction = process_article(make_article(text, published=published))
    return [(e.sub_event_type, e.modality) for e in extraction.events]


def test_an_arrest_on_a_day_of_may_is_an_asserted_arrest() -> None:
    text = (
        "Police on May 16 arrested Maskawat Hasan, operational commander of the Jama'atul"
        " Mujahideen Bangladesh, in Dhaka."
    )
    assert _events(text) == [("Arrests", "asserted")]


def test_a_modal_may_still_makes_an_arrest_a_rule_of_law() -> None:
    assert _events("Suspects may be held in detention for 48 hours in Dhaka.") == []


def test_a_modal_may_still_makes_an_attack_hypothetical() -> None:
    events = _events("Militants may attack the town of Gao in the coming days, officials said.")
    assert all(modality != "asserted" for _, modality in events)
