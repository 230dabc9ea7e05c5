"""Fresh wire stories: a headline over a suburb's attack, later acts of the same kind,
territory taken by state forces or armed groups, speakers that are no means of attack."""

from __future__ import annotations

from event_helpers import events_of

_SUBURB_STORY = (
    "Gang attack on Tegucigalpa suburb kills 9, hundreds flee\n\n"
    "TEGUCIGALPA, May 4 (Reuters) - Gang members attacked the town of Santa Lucia on the "
    "outskirts of Tegucigalpa on Friday, killing at least nine people, local officials "
    "said on Sunday.\n\n"
    "Police said they had arrested three gang members in a raid on Saturday and retaken "
    "part of the town."
)


def test_headline_over_a_suburb_joins_the_leads_attack_not_a_later_act() -> None:
    events = events_of(_SUBURB_STORY, "2026-05-04")
    attacks = [e for e in events if e.sub_event_type == "Attack"]
    assert len(attacks) == 1
    assert attacks[0].location is not None and attacks[0].location.name == "Santa Lucía"
    assert attacks[0].date.start == "2026-05-01"
    assert attacks[0].fatalities is not None and attacks[0].fatalities.best == 9


def test_headline_told_again_in_the_lead_stays_one_event() -> None:
    text = (
        "Suicide bomber kills 10 at Kabul market\n\n"
        "KABUL, March 3 (AP) - A suicide bomber blew himself up at a crowded market in "
        "Kabul on Tuesday, killing 10 people, police said."
    )
    events = events_of(text, "2026-03-03")
    assert len(events) == 1
    assert events[0].fatalities is not None and events[0].fatalities.best == 10
