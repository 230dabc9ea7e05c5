"""Timex values, round 4: year-ago comparisons in a clause that reports nine months or a
year, "the year-earlier nine months", vague counts "ago", "the past decade", quarters
named by their last month ("the September quarter"), fiscal years relative to the anchor,
"will one day", and "through" as a limit that places no date."""

from __future__ import annotations

import pytest
from timex_helpers import OCT, found, value

from sitrep.temporal import find_timexes

MAR = "2013-03-22"  # a Friday


def _values(text: str, phrase: str, anchor: str = OCT) -> list[str | None]:
    """The values of every mention whose evidence is `phrase`, in reading order."""
    return [m.value for m in find_timexes(text, anchor) if m.evidence.text == phrase]


def test_a_year_earlier_follows_the_period_its_clause_reports() -> None:
    text = (
        "Third-quarter net income rose 5% to $87 million from $83 million a year earlier. "
        "For the nine months, net rose 12% to $254 million from $227 million a year earlier."
    )
    assert _values(text, "a year earlier") == ["1988-Q3", "1988"]


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "The third-quarter loss was $4 million. In the first nine months, net was $306 "
            "million, compared with a loss of $195 million in the 1988 period.",
            "the 1988 period",
            "1988",
        ),
        (
            "Third-quarter sales fell 3%. For the nine months, the company reported a net loss "
            "of $608,413, compared with year-earlier net income of $967,809.",
            "year-earlier",
            "1988",
        ),
        (
            "Third-quarter profit doubled. For the fiscal year, sales rose 8% from the "
            "year-earlier period.",
            "the year-earlier period",
            "1988",
        ),
    ],
)
def test_year_ago_comparisons_of_a_longer_period(text: str, phrase: str, expected: str) -> None:
    assert value(text, phrase) == expected


def test_a_quarter_comparison_keeps_its_quarter() -> None:
    text = "Third-quarter net rose to $87 million from $58 million in the year-earlier period."
    assert value(text, "the year-earlier period") == "1988-Q3"


def test_the_year_earlier_nine_months_is_a_span_of_nine_months() -> None:
    mention = found("Net for the year-earlier nine months included a gain of $9.7 million.")[
        "the year-earlier nine months"
    ]
    assert (mention.type, mention.value) == ("DURATION", "P9M")


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Support for a republic rose from 35 percent several years ago.", "several years ago",
         "PAST_REF"),
        ("The machines were removed a few years ago.", "a few years ago", "PAST_REF"),
        ("The two leaders met a few weeks ago in Geneva.", "a few weeks ago", "PAST_REF"),
        ("The plant will reopen some months from now.", "some months from now", "FUTURE_REF"),
        ("The two leaders met two weeks ago in Geneva.", "two weeks ago", "2013-W10"),
    ],
)  # fmt: skip
def test_a_vague_count_ago_is_a_vague_point(text: str, phrase: str, expected: str) -> None:
    mention = found(text, MAR)[phrase]
    assert (mention.type, mention.value) == ("DATE", expected)


def test_the_past_decade_is_the_ten_years_to_now() -> None:
    mention = found("Threats had become routine over the past decade.", MAR)["the past decade"]
    assert (mention.type, mention.value) == ("DURATION", "P10Y")
    assert value("Inflation fell in the last decade.", "the last decade", MAR) == "200"


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Profit rose 4% in the September quarter.", "the September quarter", "2012-Q3"),
        ("Exports fell in the December quarter, the bureau said.", "the December quarter",
         "2012-Q4"),
        ("Sales in the March quarter are due next month.", "the March quarter", "2013-Q1"),
    ],
)  # fmt: skip
def test_a_quarter_named_by_its_last_month(text: str, phrase: str, expected: str) -> None:
    assert value(text, phrase, MAR) == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("The company expects growth this fiscal year.", "this fiscal year", "2013"),
        ("Revenue fell 3% last fiscal year.", "last fiscal year", "2012"),
        ("Spending will rise next fiscal year.", "next fiscal year", "2014"),
        ("It had $7 billion in sales in the latest fiscal year.", "the latest fiscal year",
         "2012"),
    ],
)  # fmt: skip
def test_fiscal_years_relative_to_the_anchor(text: str, phrase: str, expected: str) -> None:
    assert value(text, phrase, MAR) == expected


def test_one_day_after_a_modal_is_some_future_time() -> None:
    text = "Islam will one day be the second largest religion in the country."
    mention = found(text, MAR)["one day"]
    assert (mention.type, mention.value) == ("DATE", "FUTURE_REF")
    assert value("The strike lasted one day.", "one day", MAR) == "P1D"


def test_through_bounds_a_month_without_placing_it_in_the_past() -> None:
    text = "Lenders have extended the company $90 million in revolving loans through January."
    assert value(text, "January", "1989-10-30") == "1990-01"


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Talks will resume over the weekend.", MAR, "2013-W12-WE"),
        ("Fighting raged over the weekend.", MAR, "2013-W11-WE"),
        ("Protests are planned for the weekend.", MAR, "2013-W12-WE"),
        ("Protesters gathered over the weekend.", "2013-03-25", "2013-W12-WE"),
        ("Shelling continued through the weekend.", "2013-03-24", "2013-W12-WE"),
    ],
)
def test_the_weekend_follows_the_tense_and_the_day_of_the_story(
    text: str, anchor: str, expected: str
) -> None:
    assert value(text, "the weekend", anchor) == expected


def test_a_sentence_ends_after_a_closing_quote() -> None:
    text = (
        'He said, "That is not the aim." American officials over the weekend became more '
        "open about the goals of the campaign."
    )
    assert value(text, "the weekend", "1991-02-25") == "1991-W08-WE"


def test_a_future_word_used_as_a_noun_is_no_tense_cue() -> None:
    text = "Their hopes on Saturday rested on a ceasefire brokered by Egypt."
    assert value(text, "Saturday", MAR) == "2013-03-16"


def test_the_entire_year_after_a_past_year_is_that_year() -> None:
    text = (
        "GM said it lost $4.8 billion in the fourth quarter of 2005 and $8.6 billion for the "
        "entire year."
    )
    assert value(text, "the entire year", "2006-01-27") == "2005"
    forecast = "Kellogg forecast an earnings increase for the full year."
    assert value(forecast, "the full year", "2006-01-27") == "2006"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy travels to Cairo on Monday for talks on a truce.", "2013-03-25"),
        ("The president meets the prime minister Monday in Jerusalem.", "2013-03-25"),
        ("The envoy arrived in Cairo on Monday for talks on a truce.", "2013-03-18"),
    ],
)
def test_a_schedule_in_the_present_leans_forward(text: str, expected: str) -> None:
    assert value(text, "Monday", MAR) == expected
