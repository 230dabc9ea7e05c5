"""Timex values, round 7: forms found in TimeBank/AQUAINT and MEANTIME errors.

- a year said in words after a month or a season, as broadcast transcripts write it:
  "January nineteen ninety-seven" is 1997-01, "the winter of nineteen ninety-four"
  1994-WI ("May twenty-one" is no year);
- "late in the day", "later in the day" stay the day when "after" or "before" opens a
  participle clause ("rebounded late in the day after falling 250 points"), while "the
  day after the vote" is still no bare "the day";
- temporal words that are part of a name (a newspaper, a programme) are no timex: "told
  USA Today", "This is VOA Today", "on CBS's "60 Minutes"", 'ABC-TV's "This Week With
  David Brinkley"'; a quoted "Today" opening a sentence, or a title-case headline,
  keeps its date;
- a quarter not yet begun, in a clause that speaks of the future, is this year's
  ("expects to return to profit in the fourth quarter" in an August story); in a past
  clause it stays the last one.
"""

from __future__ import annotations

import pytest
from timex_helpers import found, value

FEB = "1998-02-27"  # a Friday
JUN = "2024-06-05"  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("Oil last traded that low in January nineteen ninety-seven.",
         "January nineteen ninety-seven", "1997-01"),
        ("The treaty was signed in March nineteen seventy-two in Moscow.",
         "March nineteen seventy-two", "1972-03"),
        ("The plant was shut in December twenty oh five after a fire.",
         "December twenty oh five", "2005-12"),
        ("Troops first entered the valley in June twenty twelve.", "June twenty twelve",
         "2012-06"),
        ("Next up is the thirteen dollar a barrel level we saw in the winter of nineteen "
         "ninety-four.", "the winter of nineteen ninety-four", "1994-WI"),
        ("The ceasefire collapsed in the summer of twenty fourteen.",
         "the summer of twenty fourteen", "2014-SU"),
        ("Refugees began arriving in the spring of nineteen ninety-nine.",
         "the spring of nineteen ninety-nine", "1999-SP"),
    ],
)  # fmt: skip
def test_a_spoken_year_after_a_month_or_season(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase, FEB) == expected


def test_a_day_in_words_is_no_spoken_year() -> None:
    mentions = found("The vote is on May twenty-one, officials said.", FEB)
    assert "May twenty-one" not in mentions
    assert mentions["May"].value == "1998-05"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Dow Jones Industrial Average rebounded late in the day after falling more than "
        "250 points.",
        "Stocks recovered later in the day after trading sharply lower all morning.",
        "Shelling resumed late in the day after pausing for several hours, residents said.",
        "Rescue teams reached the village later in the day before heading back to the city.",
    ],
)
def test_the_day_before_a_participle_clause_is_the_day(sentence: str) -> None:
    assert value(sentence, "the day", JUN) == JUN


def test_the_day_after_an_event_is_no_bare_day() -> None:
    mentions = found("The ceasefire took effect the day after the talks ended.", JUN)
    assert "the day" not in mentions


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The general told USA Today that the offensive would begin within weeks.", "Today"),
        ("This is VOA Today.", "Today"),
        ("She told NBC's Today show that the talks had failed.", "Today"),
        ('He said on CBS\'s "60 Minutes" that he had no regrets.', "60 Minutes"),
        ("''This is child abuse,'' Gonzalez said on CBS's ''60 Minutes.''", "60 Minutes"),
        ('Secretary of State James Baker said on ABC-TV\'s "This Week With David Brinkley" '
         "that the blockade would hold.", "This Week"),
        ("The minister, speaking on ABC News' ``This Week,'' said the request was legal.",
         "This Week"),
    ],
)  # fmt: skip
def test_a_temporal_word_in_a_name_is_no_timex(sentence: str, name: str) -> None:
    assert name not in found(sentence, JUN)


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ('"Today we bury our dead," the mayor said.', "Today", JUN),
        ("Rebels Seize Border Town Today", "Today", JUN),
        ("Yesterday, Compaq plunged further, closing at $100 a share.", "Yesterday",
         "2024-06-04"),
        ("Prices were set at Acme Corp. Last week the board resigned.", "Last week",
         "2024-W22"),
        ("The Treasury's 10-year note fell, pushing its yield higher.", "10-year", "P10Y"),
        ("Reuters reported that the talks would resume next week.", "next week", "2024-W24"),
    ],
)  # fmt: skip
def test_capitals_alone_make_no_name(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase, JUN) == expected


AUG = "2024-08-14"


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("The company expects to return to profit in the fourth quarter.",
         "the fourth quarter", "2024-Q4"),
        ("The ministry will publish the casualty review in the fourth quarter.",
         "the fourth quarter", "2024-Q4"),
        ("Profit fell in the fourth quarter, the company said.", "the fourth quarter",
         "2023-Q4"),
        ("The airline expects to report third-quarter net income in October.",
         "third-quarter", "2024-Q3"),
    ],
)  # fmt: skip
def test_a_quarter_to_come_in_a_future_clause(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase, AUG) == expected
