"""Tense and range rules from a code review: a past month range whose end would pass
the publication date, deadlines given only with an infinitive of what is due, the
lowercase month "may", a day closing an "after <upheaval>" phrase, and numbered things
whose number looks like a year."""

from __future__ import annotations

import pytest
from timex_helpers import found, value

from sitrep.temporal import tense

MAY_2024 = "2024-05-15"


def _lean(text: str, phrase: str) -> int:
    start = text.index(phrase)
    return tense.lean(text, start, start + len(phrase))


def test_a_past_range_ending_after_publication_moves_its_start_back() -> None:
    text = "Between March and December, the militia attacked 40 villages."
    mentions = found(text, MAY_2024)
    assert mentions["March"].value == "2023-03"
    assert mentions["December"].value == "2023-12"
    assert mentions["Between March and December"].value == "2023-03-01/2023-12-31"


def test_a_coming_range_still_runs_forward() -> None:
    text = "The rebels held the town from October to February."
    assert value(text, "from October to February", "2024-03-15") == "2023-10-01/2024-02-29"


def test_a_season_running_from_month_to_month_stays_in_the_story_year() -> None:
    text = "The festival season runs from March to December, organisers said."
    assert value(text, "from March to December", MAY_2024) == "2024-03-01/2024-12-31"


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("Police gave chase until Friday, when the suspects were caught.", "Friday", "2024-05-10"),
        ("Officers were given overtime until Friday, officials said.", "Friday", "2024-05-10"),
        ("The army gave the rebels until Friday to surrender.", "Friday", "2024-05-17"),
        ("The judge gave defence lawyers until Friday.", "Friday", "2024-05-17"),
    ],
)
def test_a_deadline_needs_the_infinitive_of_what_is_due(
    sentence: str, phrase: str, expected: str
) -> None:
    assert value(sentence, phrase, MAY_2024) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the rebels took goma in may and on friday shelled bukavu.",
        "fighting has raged since may 5 and on friday rebels shelled bukavu.",
        "talks that began in mid-may collapsed and on friday rebels shelled bukavu.",
    ],
)
def test_lowercase_may_after_a_preposition_or_before_a_day_is_the_month(text: str) -> None:
    assert _lean(text, "friday") == -1


def test_lowercase_may_before_a_verb_is_still_a_modal() -> None:
    assert _lean("the rebels may shell bukavu on friday.", "friday") == 1


def test_a_day_closing_an_after_upheaval_phrase_leans_back() -> None:
    text = "The curfew will last until Friday after riots in Dhaka on Monday."
    assert _lean(text, "Monday") == -1
    assert value(text, "Monday", MAY_2024) == "2024-05-13"
    assert _lean("Police stayed on alert after clashes across the north on Monday.", "Monday") == -1


@pytest.mark.parametrize(
    "text",
    [
        "The curfew will be lifted after elections on Sunday.",
        "After the riots, the army will deploy in Dhaka on Sunday.",
        "Schools will reopen after the floods recede on Sunday.",
        "The army will deploy extra troops after the riots and hold a parade in the capital "
        "on Sunday.",
    ],
)
def test_a_planned_event_or_a_clause_of_its_own_keeps_the_future(text: str) -> None:
    assert _lean(text, "Sunday") == 1


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The Security Council passed Resolution 1973 in March 2011.", "1973"),
        ("Under resolution 2254, talks should resume in Geneva.", "2254"),
        ("the russell 2000 index fell 1.2 percent.", "2000"),
        ("Flight 1549 landed on the Hudson River.", "1549"),
        ("Israel's Unit 8200 tracked the calls.", "8200"),
    ],
)
def test_a_number_labelling_a_thing_is_no_year(text: str, number: str) -> None:
    assert number not in found(text, MAY_2024)


def test_a_year_after_its_own_preposition_is_still_a_year() -> None:
    assert value("The resolution was adopted in 2011.", "2011", MAY_2024) == "2011"


@pytest.mark.parametrize(
    "text",
    [
        "Curfew will stay in force after riots in Dhaka and Chittagong on Monday.",
        "The army will deploy troops after clashes between police and protesters on Monday.",
    ],
)
def test_an_upheaval_over_a_list_of_names_still_leans_back(text: str) -> None:
    assert value(text, "Monday", MAY_2024) == "2024-05-13"


def test_a_date_followed_by_when_is_no_deadline() -> None:
    text = "Villagers gave the soldiers shelter until Friday, when the militia arrived."
    assert value(text, "Friday", MAY_2024) == "2024-05-10"
