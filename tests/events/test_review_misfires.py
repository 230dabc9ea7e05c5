"""Rules that must not misfire on ordinary news: "earlier" on the day of the news, a
"where" clause dated by the news's own day, "called X a failure", "seen as a tactic"."""

from __future__ import annotations

import pytest
from event_helpers import events_of

PUBLISHED = "2024-05-08"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the village where gunmen killed 12 people earlier on Monday.",
        "The minister called the protest in Lagos on Monday a failure.",
        "The kidnapping, seen as a tactic to pressure the government, took place on Monday"
        " in Lagos.",
    ],
)
def test_an_ordinary_report_keeps_its_event(text: str) -> None:
    events = events_of(text, PUBLISHED)
    assert events and all(e.modality == "asserted" for e in events)


def test_a_where_clause_dated_by_the_news_day_keeps_the_day() -> None:
    text = "A bomb exploded in a market where hundreds were shopping on Friday morning."
    (event,) = events_of(text, PUBLISHED)
    assert event.date is not None and event.date.start == "2024-05-03"


def test_a_call_for_a_strike_is_still_planned() -> None:
    assert not events_of("The union has called a national strike for 14 August.", PUBLISHED)
