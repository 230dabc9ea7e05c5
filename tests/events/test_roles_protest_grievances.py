"""The force that killed the person a crowd mourns is no side the crowd faced
(`roles.crowd_roles`)."""

from __future__ import annotations

import pytest
from event_helpers import events_of, name_of

PUBLISHED = "2016-03-12"


def _protest_sides(text: str) -> tuple[str | None, str | None]:
    protests = [e for e in events_of(text, PUBLISHED) if e.event_type == "Protests"]
    assert len(protests) == 1, [(e.event_type, e.trigger.text) for e in events_of(text)]
    return name_of(protests[0].actor1), name_of(protests[0].actor2)


def test_the_officer_who_shot_the_mourned_man_is_not_the_crowds_counterpart() -> None:
    assert _protest_sides(
        "Protesters marched in Milwaukee on Friday over the death of Dontre Hamilton, who "
        "was fatally shot by a police officer in 2014."
    ) == ("Protesters (United States)", None)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters were beaten by police in Milwaukee on Friday.",
        "Hundreds of protesters, who were beaten by police, marched in Milwaukee on Friday.",
    ],
)
def test_police_who_beat_the_crowd_itself_stay_its_counterpart(text: str) -> None:
    assert _protest_sides(text) == (
        "Protesters (United States)",
        "Police Forces of the United States",
    )
