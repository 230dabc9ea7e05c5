"""Timex values, round 3: halves of a year ("the first half of 2012"), periods within the
week or month last named ("later in the week"), tense cues of copulas and schedules ("will
stay closed until Tuesday", "the summit begins Monday"), "a year and a half", and titles
that hold a deictic word ("USA Today", ABC's "This Week")."""

from __future__ import annotations

import pytest
from timex_helpers import found, value

from sitrep.temporal.tense import lean

MAR = "2013-03-22"  # a Friday


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("In the second half of 2012, exports fell sharply.", "the second half of 2012", "2012-H2"),
        (
            "Earnings for the last half of 1989 will be lower than anticipated.",
            "the last half of 1989",
            "1989-H2",
        ),
        (
            "The first half of next year will be hard, the minister said.",
            "The first half of next year",
            "2014-H1",
        ),
        ("Violence fell in the first half of the year.", "the first half of the year", "2013-H1"),
        (
            "He spent the latter half of last year in exile.",
            "the latter half of last year",
            "2012-H2",
        ),
        (
            "Profit in the first half of fiscal 2013 rose 4%.",
            "the first half of fiscal 2013",
            "2013-H1",
        ),
    ],
)
def test_a_half_of_a_year(sentence: str, phrase: str, expected: str) -> None:
    mention = found(sentence, MAR)[phrase]
    assert (mention.type, mention.value) == ("DATE", expected)


def test_a_half_spans_six_months() -> None:
    mention = found("Output shrank in the second half of 2012.", MAR)["the second half of 2012"]
    assert mention.interval is not None
    assert (mention.interval.start, mention.interval.end) == ("2012-07-01", "2012-12-31")


def test_a_half_of_a_match_is_no_date() -> None:
    assert not found("The home side scored twice in the first half of the match.", MAR)


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("The minister resigned earlier in the week.", "the week", "2013-W12"),
        (
            "Prices rose on March 4, 2011, and fell again later in the month.",
            "the month",
            "2011-03",
        ),
    ],
)
def test_a_period_within_the_one_last_named(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase, MAR) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("Banks will stay closed until Tuesday, the central bank said.", "Tuesday", "2013-03-26"),
        ("Banks remained closed until Tuesday.", "Tuesday", "2013-03-19"),
        ("The two-day summit begins on Monday in Brussels.", "Monday", "2013-03-25"),
        ("The trial opens Tuesday in Boston.", "Tuesday", "2013-03-26"),
    ],
)
def test_copulas_and_schedules_lean_forward(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase, MAR) == expected


def test_a_participle_after_remain_is_no_past_cue() -> None:
    text = "Schools will remain shut until Monday."
    assert lean(text, text.index("Monday"), len(text) - 1) == 1


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("It has been a year and a half since the bombing.", "a year and a half", "P1Y6M"),
        ("The protest camp stood for a year and a half.", "a year and a half", "P1Y6M"),
    ],
)
def test_a_year_and_a_half_needs_no_preposition(sentence: str, phrase: str, expected: str) -> None:
    mention = found(sentence, MAR)[phrase]
    assert (mention.type, mention.value) == ("DURATION", expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "The poll was published by USA Today on Monday.",
        "Russia Today reported the blast near the border.",
        'He told ABC\'s "This Week" that the talks had failed.',
        'Baker, speaking on ABC News\' "This Week," said the request helps.',
        "The minister spoke on the BBC's Today programme.",
    ],
)
def test_a_title_holding_a_deictic_word_is_no_date(sentence: str) -> None:
    texts = {m.evidence.text for m in found(sentence, MAR).values() if m.type == "DATE"}
    assert not texts & {"Today", "This Week"}


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("Today, the president left for Rome.", "Today", "2013-03-22"),
        ('"Today we mourn," the mayor said.', "Today", "2013-03-22"),
        ("Troops Leave Iraq Today", "Today", "2013-03-22"),
        ("Americans were angry.  Last week the FBI joined the hunt.", "Last week", "2013-W11"),
    ],
)
def test_a_deictic_word_opening_a_sentence_or_headline_is_a_date(
    sentence: str, phrase: str, expected: str
) -> None:
    assert value(sentence, phrase, MAR) == expected
