"""Round 9 of the timex values: "last" as the verb of a plan, and the two ends of a
month range read together."""

from __future__ import annotations

import pytest
import timex_helpers

from sitrep.temporal.tense import lean

MAR = "2013-03-22"  # a Friday in March


def value(text: str, phrase: str, anchor: str = MAR) -> str | None:
    return timex_helpers.value(text, phrase, anchor)


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # "last" after a modal or "to" is the verb of a plan: it does not lean back
        ("The mission is expected to last until December.", "December", "2013-12"),
        ("Officials said the curfew would last until December.", "December", "2013-12"),
        # the adjective and the past still lean back
        ("The minister resigned last November.", "last November", "2012-11"),
        ("The truce did not last past November.", "November", "2012-11"),
    ],
)
def test_last_as_a_verb(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase) == expected


def test_last_after_to_is_no_past_cue() -> None:
    text = "The operation is likely to last into November."
    start = text.index("November")
    assert lean(text, start, start + len("November")) >= 0


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # a yearless end that resolved before its start moves a year forward
        ("The peak season runs from June to August.", "August", "2013-08"),
        (
            "The exhibition is open from May to September.",
            "from May to September",
            "2013-05-01/2013-09-30",
        ),
        ("The festival runs from Aug. 28 to Sept. 2.", "Sept. 2", "2013-09-02"),
        # a range across the new year already runs forward and stays
        ("Talks were held from November to February.", "November", "2012-11"),
        ("Talks were held from November to February.", "February", "2013-02"),
        # a written year is kept; the yearless start moves back instead
        ("The exhibition ran from December to March 2012.", "December", "2011-12"),
        # weekdays are no months: a week range is left alone
        ("The shop is open Monday to Friday.", "Monday", "2013-03-18"),
    ],
)
def test_month_range_runs_forward(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # a past midnight on no named day began the publication day
        ("The attack began shortly after midnight.", "midnight", "2013-03-22T00:00"),
        (
            "Gunmen opened fire at around midnight, witnesses said.",
            "midnight",
            "2013-03-22T00:00",
        ),
        ("The ceasefire took effect at midnight.", "midnight", "2013-03-22T00:00"),
        # a midnight to come, or one with its day, ends that day
        ("The ceasefire will take effect at midnight.", "midnight", "2013-03-22T24:00"),
        ("The curfew runs until midnight.", "midnight", "2013-03-22T24:00"),
        ("The offer expired at midnight Thursday.", "midnight Thursday", "2013-03-21T24:00"),
        (
            "On Tuesday, police said the gunmen struck just before midnight.",
            "midnight",
            "2013-03-19T24:00",
        ),
    ],
)
def test_midnight_told_in_the_past(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The army said the past three summers had been the deadliest.",
        "Turnout has fallen in the past two elections.",
        "Violence has flared in the past several seasons.",
    ],
)
def test_the_past_before_a_count_is_no_past_ref(sentence: str) -> None:
    assert "PAST_REF" not in {m.value for m in timex_helpers.found(sentence, MAR).values()}


@pytest.mark.parametrize(
    "sentence", ["In the past, such cases were rare.", "Such attacks were rare in the past."]
)
def test_the_past_as_a_noun_stays(sentence: str) -> None:
    assert value(sentence, "the past") == "PAST_REF"


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # two quarters at either end of a named year are its half
        (
            "Output fell in the first two quarters of 2012.",
            "the first two quarters of 2012",
            "2012-H1",
        ),
        (
            "Growth will pick up in the last two quarters of this year.",
            "the last two quarters of this year",
            "2013-H2",
        ),
        # with no year named they stay a span of two quarters
        ("Sales rose in the first two quarters.", "the first two quarters", "P2Q"),
    ],
)
def test_two_quarters_of_a_year(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # "the day before/after" a named day is the day next to it
        (
            "He was arrested the day before last Tuesday's hearing.",
            "the day before last Tuesday",
            "2013-03-18",
        ),
        ("The attack came the day after Christmas.", "the day after Christmas", "2012-12-26"),
        ("The rally was held the day after March 3.", "the day after March 3", "2013-03-04"),
        # not across other words, and not before a longer period
        ("Police raided the house the day before the March 3 vote.", "March 3", "2013-03-03"),
        ("Shops closed the day before the 2012 election.", "2012", "2012"),
    ],
)
def test_the_day_before_or_after_a_day(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # a holiday's week is the ISO week holding the day
        ("Pilgrims crowded the city during Easter week 2012.", "Easter week 2012", "2012-W14"),
        ("Shops were busy in Christmas week.", "Christmas week", "2012-W52"),
        # the day alone stays a day
        ("The attack came on Christmas Day.", "Christmas Day", "2012-12-25"),
    ],
)
def test_holiday_week(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # a deadline given lies ahead of the giving
        ("The ECB gave Cyprus until Monday to find the money.", "Monday", "2013-03-25"),
        ("The army gave the rebels until Sunday to surrender.", "Sunday", "2013-03-24"),
        (
            "The rebels were given until midnight Sunday to lay down their arms.",
            "midnight Sunday",
            "2013-03-24T24:00",
        ),
        # "gave" without "until" stays past
        ("He gave a speech on Monday.", "Monday", "2013-03-18"),
    ],
)
def test_deadline_given(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "anchor", "expected"),
    [
        # results reported after the quarter: the one that ended lately
        (
            "The company will report fourth-quarter results next week.",
            "fourth-quarter",
            MAR,
            "2012-Q4",
        ),
        (
            "Apple will release its fourth-quarter earnings on Tuesday.",
            "fourth-quarter",
            MAR,
            "2012-Q4",
        ),
        # a forecast of the quarter to come, or a quarter long over, stays this year's
        ("The company expects fourth-quarter earnings to rise.", "fourth-quarter", MAR, "2013-Q4"),
        (
            "The company will report third-quarter results in October.",
            "third-quarter",
            MAR,
            "2013-Q3",
        ),
        (
            "The company will report fourth-quarter results in January.",
            "fourth-quarter",
            "2012-10-12",
            "2012-Q4",
        ),
    ],
)
def test_quarter_results_to_report(sentence: str, phrase: str, anchor: str, expected: str) -> None:
    assert value(sentence, phrase, anchor) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The Russell 2000 index of smaller companies fell 1.2 percent.",
        "The bank still runs Windows 2000 on some machines.",
    ],
)
def test_a_name_ending_in_a_number_is_no_year(sentence: str) -> None:
    assert not timex_helpers.found(sentence, MAR)


def test_a_year_after_a_name_of_a_person_stays() -> None:
    assert value("Russell said in 2009 that the index would rise.", "2009") == "2009"


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # "later/earlier than" measures a delay: a duration, not a point
        (
            "The plane arrived on March 11, three days later than originally planned.",
            "three days",
            "P3D",
        ),
        ("The vote was held two weeks earlier than expected.", "two weeks", "P2W"),
        # without a comparison the count still places a day
        (
            "The army entered the town on March 3. Two days later, the rebels withdrew.",
            "Two days later",
            "2013-03-05",
        ),
    ],
)
def test_later_than_is_a_delay(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase) == expected


def test_a_list_of_months_is_no_range() -> None:
    # "and" joins a range only after "between"; a list keeps each month's own year
    found = timex_helpers.found("Rebels struck in November and October, police said.", MAR)
    assert found["November"].value == "2012-11"
    assert found["October"].value == "2012-10"
    assert value("Talks are planned between June and August.", "August") == "2013-08"


@pytest.mark.parametrize(
    ("sentence", "phrase", "anchor", "expected"),
    [
        # "closes", "concludes" in the present are a schedule, as "ends" is
        ("Voting closes at 6 p.m. on Tuesday.", "Tuesday", "2013-03-21", "2013-03-26"),
        ("The exhibition closes on Sunday.", "Sunday", "2013-03-21", "2013-03-24"),
        ("The summit concludes on Saturday.", "Saturday", "2013-03-21", "2013-03-23"),
        # the past stays past
        ("The market closed higher on Tuesday.", "Tuesday", "2013-03-21", "2013-03-19"),
    ],
)
def test_closing_schedule(sentence: str, phrase: str, anchor: str, expected: str) -> None:
    assert value(sentence, phrase, anchor) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "anchor", "expected"),
    [
        # "may" and "might" look ahead, unless a perfect follows ("may have died")
        ("The rebels might attack again in November.", "November", "2013-03-21", "2013-11"),
        ("The vote might not happen until November.", "November", "2013-03-21", "2013-11"),
        ("He may have died on Monday.", "Monday", "2013-03-21", "2013-03-18"),
        # the month May is no modal, nor is the noun "might"
        ("In May, rebels attacked the town on Monday.", "Monday", "2013-03-21", "2013-03-18"),
        (
            "The army showed its military might in a parade in November.",
            "November",
            "2013-03-21",
            "2012-11",
        ),
    ],
)
def test_may_and_might(sentence: str, phrase: str, anchor: str, expected: str) -> None:
    assert value(sentence, phrase, anchor) == expected


def test_soon_after_may_in_a_reported_clause() -> None:
    text = "Prosecutors have told him that they may soon seek an indictment."
    assert value(text, "soon") == "FUTURE_REF"


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # a calendar quarter named by its three months
        (
            "Output shrank in the October-December period.",
            "the October-December period",
            "2012-Q4",
        ),
        ("Exports rose in the Oct.-Dec. period.", "the Oct.-Dec. period", "2012-Q4"),
        # three months that are no quarter are left to the month rules
        ("Sales rose in the June-August period.", "August", "2012-08"),
    ],
)
def test_quarter_named_by_its_months(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase) == expected
