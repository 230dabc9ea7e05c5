"""Harm told in a fight, and deaths a crowd protests (issue 6): "wounded in a gunbattle
with al-Shabaab" is an armed clash whatever the fight word's spelling (`triggers`); a
killing named as what a demonstration protests is its grievance, no event of the story
unless a day of its own follows it (`merge` rule 2)."""

from __future__ import annotations

import pytest

from sitrep.model import Event, make_article
from sitrep.pipeline import process_article

PUBLISHED = "2024-05-06"


def _events(text: str) -> list[Event]:
    return list(process_article(make_article(text, published=PUBLISHED)).events)


@pytest.mark.parametrize(
    "fight",
    ["a gunbattle", "a gun battle", "a gun-battle", "a gunfight", "a shootout", "a shoot-out"],
)
def test_harm_told_in_a_fight_is_an_armed_clash(fight: str) -> None:
    text = (
        f"Three policemen were wounded in {fight} with al-Shabaab militants near Mandera on Sunday."
    )
    events = _events(text)
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    event = events[0]
    assert event.actor1 is not None and event.actor1.name == "al-Shabaab"
    assert event.actor2 is not None and event.actor2.type == "state_forces"
    assert event.date.start == "2024-05-05"


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds marched in Sacramento on Saturday in protests over the police killing of "
        "an unarmed black man in Sacramento last month.",
        "The demonstrations followed the police killing of an unarmed black man in "
        "Sacramento last month.",
    ],
)
def test_a_protested_killing_is_the_crowds_grievance(text: str) -> None:
    events = _events(text)
    assert [e.event_type for e in events] == ["Protests"]
    assert events[0].sub_event_type == "Peaceful protest"


def test_a_protested_killing_with_its_own_day_is_news() -> None:
    text = (
        "Hundreds marched in Sacramento on Saturday in protests over the police killing "
        "of an unarmed black man on Thursday."
    )
    events = _events(text)
    by_type = {e.event_type: e for e in events}
    assert set(by_type) == {"Protests", "Violence against civilians"}
    killing = by_type["Violence against civilians"]
    assert killing.date.start == "2024-05-02"
    assert killing.actor1 is None or killing.actor1.type != "protesters"
