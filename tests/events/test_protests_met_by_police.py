"""Protests met by the police, told across sentences (`merge` rules 19-20,
`triggers` rule 9, `classify` rule 2): ACLED codes one event per demonstration."""

from __future__ import annotations

import pytest

from sitrep.model import Event, make_article
from sitrep.pipeline import process_article

PUBLISHED = "2024-08-05"
DHAKA_MARCH = (
    "Thousands of protesters marched through central Dhaka on Saturday demanding the "
    "resignation of the prime minister. "
)
NAIROBI_RALLY = "Hundreds of people rallied in Nairobi on Tuesday against the finance bill. "


def _events(text: str) -> list[Event]:
    return list(process_article(make_article(text, published=PUBLISHED)).events)


def _only(text: str) -> Event:
    events = _events(text)
    assert len(events) == 1, [(e.sub_event_type, e.trigger.text) for e in events]
    return events[0]


@pytest.mark.parametrize(
    "force",
    [
        "Police fired rubber bullets and tear gas, injuring dozens.",
        "Police fired tear gas to disperse them.",
        "Police dispersed the crowd with water cannon.",
        "Riot police baton-charged the crowd near the university.",
    ],
)
def test_force_told_after_a_march_makes_one_protest_with_intervention(force: str) -> None:
    event = _only(DHAKA_MARCH + force)
    assert event.sub_event_type == "Protest with intervention"
    assert event.location is not None and event.location.name == "Dhaka"
    assert event.date is not None and event.date.start == "2024-08-03"
    assert event.actor1 is not None and event.actor1.type == "protesters"
    assert event.actor2 is not None and event.actor2.type == "state_forces"


def test_arrests_join_the_rally_with_their_count() -> None:
    event = _only(NAIROBI_RALLY + "Police arrested 30 protesters.")
    assert event.sub_event_type == "Protest with intervention"
    assert event.location is not None and event.location.name == "Nairobi"
    assert "30" in [q.evidence.text for q in event.quantities]


def test_injured_counted_after_the_tear_gas_join_the_protest() -> None:
    text = DHAKA_MARCH + "Police fired tear gas, injuring dozens of people."
    event = _only(text)
    assert "dozens of people" in [q.evidence.text for q in event.quantities]


def test_fire_on_the_crowd_that_kills_is_excessive_force() -> None:
    event = _only(NAIROBI_RALLY + "Police opened fire on the crowd, killing three.")
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.location is not None and event.location.name == "Nairobi"
    assert event.actor2 is not None and event.actor2.type == "state_forces"


def test_stones_thrown_after_a_rally_make_it_a_riot() -> None:
    text = NAIROBI_RALLY + "Protesters threw stones at police, who responded with tear gas."
    event = _only(text)
    assert event.event_type == "Riots"
    assert event.sub_event_type == "Violent demonstration"


def test_force_on_a_crowd_with_no_protest_told_is_no_event() -> None:
    text = "Police fired rubber bullets and tear gas at the crowd in Dhaka on Saturday."
    assert _events(text) == []


def test_force_on_named_protesters_is_a_protest_with_intervention() -> None:
    event = _only("Police used tear gas to disperse protesters in Dhaka on Saturday.")
    assert event.sub_event_type == "Protest with intervention"
    assert event.trigger.text == "protesters"


def test_force_at_another_place_stays_another_event() -> None:
    text = DHAKA_MARCH + "In Chittagong, police fired tear gas at protesters."
    kinds = sorted(e.sub_event_type for e in _events(text))
    assert kinds == ["Peaceful protest", "Protest with intervention"]


def test_force_on_another_day_stays_another_event() -> None:
    text = DHAKA_MARCH + "On Sunday, police fired tear gas to disperse a sit-in outside parliament."
    events = _events(text)
    assert len(events) == 2
    assert events[0].sub_event_type == "Peaceful protest"


def test_a_crowd_dispersing_by_itself_is_no_intervention() -> None:
    event = _only(DHAKA_MARCH + "The crowd dispersed peacefully in the evening.")
    assert event.sub_event_type == "Peaceful protest"


def test_a_mob_met_by_tear_gas_stays_mob_violence() -> None:
    text = (
        "A mob lynched a man accused of theft in Kisumu on Monday. "
        "Police fired tear gas to disperse the crowd."
    )
    event = _only(text)
    assert event.sub_event_type == "Mob violence"


def test_tear_gas_after_an_attack_is_no_event() -> None:
    text = "Gunmen attacked a village in Zamfara on Monday. Police fired tear gas at the crowd."
    assert [e.sub_event_type for e in _events(text)] == ["Attack"]


def test_live_ammunition_fired_at_the_crowd_is_excessive_force() -> None:
    text = (
        "Thousands marched in Nairobi on Tuesday against the finance bill. "
        "Security forces fired live ammunition at the crowd."
    )
    event = _only(text)
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.actor1 is not None and event.actor1.name == "Protesters (Kenya)"


def test_police_clashing_with_the_crowd_make_the_march_a_riot() -> None:
    text = (
        "Thousands marched in Nairobi on Tuesday against the finance bill. "
        "Police clashed with the crowd near parliament."
    )
    event = _only(text)
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")
    assert event.actor1 is not None and event.actor1.type == "rioters"


def test_people_detained_are_the_crowd_not_the_side_it_faced() -> None:
    text = (
        "Thousands of people took to the streets of Tbilisi on Thursday night. Riot police "
        "used water cannon and pepper spray, and 40 people were detained."
    )
    event = _only(text)
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor2 is not None and event.actor2.type == "state_forces"
    assert "40 people" in [q.evidence.text for q in event.quantities]


def test_tear_gas_shells_fired_at_marchers_are_no_shelling() -> None:
    text = (
        "Thousands of protesters marched in Belgrade on Sunday. Police threw stun grenades "
        "and fired tear gas shells into the crowd."
    )
    event = _only(text)
    assert event.sub_event_type == "Protest with intervention"
    assert event.location is not None and event.location.name == "Belgrade"
