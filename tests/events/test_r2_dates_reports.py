"""Event dating: the day of a report told after the act ("..., officials said as dawn
broke Saturday") dates the report, not the act (dating step 13): the act lies on that day
or the day before, and a day stated for the act itself still dates it."""

from __future__ import annotations

import pytest
from event_helpers import date_of, events_of


@pytest.mark.parametrize(
    "text",
    [
        "At least 40 were killed and more than 300 injured, officials said as dawn broke Saturday.",
        "Gunmen killed nine villagers near Gao, a local official said on Saturday.",
        "Militants stormed a checkpoint, the army said in a statement Saturday.",
    ],
)
def test_an_act_dated_only_by_its_later_report_lies_by_that_day(text: str) -> None:
    trigger = next(w for w in ("killed", "stormed") if w in text.split())
    dated = date_of(text, trigger, "2025-06-21")
    assert dated.date is not None and dated.date.inferred and dated.settled
    assert (dated.date.start, dated.date.end) == ("2025-06-20", "2025-06-21")


def test_the_acts_own_day_wins_over_the_report_day() -> None:
    text = "Gunmen killed nine villagers near Gao on Thursday, a local official said Saturday."
    dated = date_of(text, "killed", "2025-06-21")
    assert dated.date is not None and dated.strength == 2
    assert dated.date.start == dated.date.end == "2025-06-19"


def test_a_report_told_first_keeps_the_that_clause_rule() -> None:
    text = "A local official said on Saturday that gunmen killed nine villagers near Gao."
    dated = date_of(text, "killed", "2025-06-21")
    assert dated.date is not None and dated.date.end == "2025-06-21"
    assert dated.date.start < "2025-06-20"


def test_the_lede_takes_the_day_the_story_states_for_the_bombing() -> None:
    text = (
        "Bombings at two police stations in Kano tore through buildings and buses.\n\n"
        "At least 40 were killed and more than 300 injured, officials said as dawn broke "
        "Saturday.\n\n"
        "The bombings went off minutes apart on Friday, shortly after 10 a.m., turning "
        "busy streets into rubble."
    )
    dates = {(e.date.start, e.date.end) for e in events_of(text, "2025-06-21") if e.date}
    assert ("2025-06-21", "2025-06-21") not in dates


def test_a_legal_act_told_before_its_report_keeps_the_legal_window() -> None:
    text = "A man was charged with the murder of a guard, police said Friday."
    dated = date_of(text, "murder", "2025-06-21")
    assert dated.date is not None and dated.date.precision == "year" and dated.settled
