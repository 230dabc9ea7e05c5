"""Rule 17 of events.merge: a headline's demonstration is the body's demonstration it
summarises, whichever kind of demonstration each tells."""

from __future__ import annotations

from event_helpers import events_of

_BODY = (
    "LILONGWE, May 6 (AP) — Malawian police fired tear gas at thousands of demonstrators who"
    " stormed parliament in Lilongwe on Tuesday, killing at least three people, witnesses"
    " said.\n"
)


def test_a_headline_clash_is_the_body_demonstration() -> None:
    text = "Protesters clash with police in Lilongwe over fuel prices\n\n" + _BODY
    events = events_of(text, "2026-05-06")
    assert len(events) == 1
    assert events[0].sub_event_type == "Violent demonstration"
    assert events[0].fatalities is not None and events[0].fatalities.best == 3


def test_a_headline_protest_in_another_city_stays_apart() -> None:
    text = "Protesters clash with police in Blantyre over fuel prices\n\n" + _BODY
    places = sorted(e.location.name for e in events_of(text, "2026-05-06") if e.location)
    assert places == ["Blantyre", "Lilongwe"]
