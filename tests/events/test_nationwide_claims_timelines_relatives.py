"""Narrow readings of four rules: a "nationwide" adjective is no country-wide toll
(nonevents rule 13), a claim dated before the act told is another act (merge rule 22),
a timeline's dated lines are no datelines (dating step 13), and an adverb between a
relative pronoun and its verb keeps the harm told (modality rules 3-4)."""

from __future__ import annotations

import pytest
from event_helpers import events_of


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Three soldiers were killed in a nationwide operation against militants in Borno on"
         " Monday.", 3),
        ("Two protesters were killed during a nationwide strike in Lagos on Monday, police"
         " said.", 2),
        ("Two protesters were killed as nationwide protests spread to Lagos on Monday.", 2),
    ],
)  # fmt: skip
def test_a_nationwide_adjective_keeps_the_toll(text: str, dead: int) -> None:
    events = events_of(text)
    assert len(events) == 1
    assert events[0].fatalities is not None and events[0].fatalities.best == dead


@pytest.mark.parametrize(
    "text",
    [
        "The rights commission said 22 people were killed nationwide since Tuesday.",
        "At least 40 people were killed across the country on Monday, the ministry said.",
    ],
)
def test_a_toll_told_for_the_whole_country_is_no_event(text: str) -> None:
    assert events_of(text) == []


def test_a_claim_dated_before_the_act_told_is_another_act() -> None:
    text = (
        "Gunmen killed five soldiers in Gao on Monday. JNIM claimed responsibility for the"
        " attack on a fuel convoy on March 1 that killed two drivers."
    )
    tolls = sorted(e.fatalities.best for e in events_of(text) if e.fatalities)
    assert tolls == [2, 5]


def test_a_claim_told_on_a_later_day_joins_the_act() -> None:
    text = (
        "Suspected jihadists killed 20 soldiers in an ambush near Djibo on Monday. JNIM"
        " claimed responsibility for the attack in a statement on Tuesday."
    )
    events = events_of(text)
    assert len(events) == 1
    assert events[0].actor1 is not None and "Nusrat" in events[0].actor1.name


def test_a_timelines_dated_lines_date_their_acts() -> None:
    text = (
        "Timeline of recent attacks:\n"
        "Mogadishu, Jan. 5 – A car bomb killed 20 people at a checkpoint.\n"
        "Kismayo, Feb. 12 – Gunmen killed five soldiers at a base.\n"
    )
    days = sorted((e.date.start, e.date.end) for e in events_of(text) if e.date)
    assert days == [("2024-01-05", "2024-01-05"), ("2024-02-12", "2024-02-12")]


def test_an_adverb_after_the_relative_pronoun_keeps_the_killing() -> None:
    text = "Police foiled an attack that reportedly killed ten people in Kabul on Monday."
    events = events_of(text)
    assert len(events) == 1
    assert events[0].fatalities is not None and events[0].fatalities.best == 10
