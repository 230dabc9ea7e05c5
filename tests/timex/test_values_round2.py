"""Timex values, round 2: tense cues of plans and limits, past-leaning bare months, the
narrative's day for clock times, "overnight", datelines, "the previous Friday", and
durations after verbs of lasting ("lasted a decade", "half a century")."""

from __future__ import annotations

import pytest
from timex_helpers import found, value

from sitrep.temporal import find_timexes
from sitrep.temporal.tense import lean

MON = "1989-10-30"  # a Monday
FRI = "2000-01-07"  # a Friday


@pytest.mark.parametrize(
    ("sentence", "phrase", "anchor", "expected"),
    [
        # a plan made in the past leans neither way: Saturday in a Friday story is tomorrow
        (
            "Protesters planned a large demonstration in Little Havana on Saturday.",
            "Saturday",
            FRI,
            "2000-01-08",
        ),
        # a plan in the past perfect is a past plan
        (
            "The offer had been due to expire Friday evening.",
            "Friday evening",
            MON,
            "1989-10-27TEV",
        ),
        (
            "The offer previously had been scheduled to expire at midnight Friday.",
            "midnight Friday",
            MON,
            "1989-10-27T24:00",
        ),
        # a participle after a determiner is an adjective, not a past tense
        (
            "The dividend would be paid on a still unspecified date in January.",
            "January",
            MON,
            "1990-01",
        ),
        # a limit word after a future cue keeps the future
        (
            "Qantas will almost double its flights between Australia and India by August.",
            "August",
            "1998-02-13",
            "1998-08",
        ),
        # the present tense leans neither way: the nearest Dec. 7
        (
            "Conseco Inc. said it is calling for the redemption on Dec. 7 of its shares.",
            "Dec. 7",
            MON,
            "1989-12-07",
        ),
        # deferral verbs point forward
        (
            "Immigration officials postponed until Tuesday morning any action on the case.",
            "Tuesday morning",
            "2000-03-30",
            "2000-04-04TMO",
        ),
    ],
)
def test_tense_cues_of_plans_and_limits(
    sentence: str, phrase: str, anchor: str, expected: str
) -> None:
    assert value(sentence, phrase, anchor) == expected


def test_a_plan_in_the_past_perfect_leans_back() -> None:
    text = "The vote had been scheduled for Friday."
    assert lean(text, text.index("Friday"), text.index("Friday") + 6) < 0


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # the anchor's neighbouring month whatever the tense
        (
            "He added that final guidelines to be published in early November will decide.",
            "early November",
            "1989-11",
        ),
        # no tense cue: the last March, unless the next one were much nearer
        (
            "The stock rose to a high of $42.875 in June from $29.75 in March.",
            "March",
            "1989-03",
        ),
    ],
)
def test_bare_months_lean_to_the_past_in_news(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase, MON) == expected


def test_clock_time_falls_on_the_day_the_story_has_reached() -> None:
    text = "Hopes of a rally were dashed Friday. Dealers placed heavy buy orders in the morning."
    assert value(text, "the morning", MON) == "1989-10-27TMO"


def test_an_old_day_does_not_carry_a_clock_time() -> None:
    text = "The embassy was bombed on Aug. 7. Officials will brief reporters at noon."
    assert value(text, "noon", "1998-08-20") == "1998-08-20T12:00"


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("Overnight, Israeli airstrikes hit the southern suburbs.", "Overnight", "1989-10-29TNI"),
        (
            "Prices slid on Friday. London shares were depressed by overnight losses in New York.",
            "overnight",
            "1989-10-26TNI",
        ),
        (
            "By mid afternoon, officials were saying the road had reopened.",
            "mid afternoon",
            "1989-10-30TAF",
        ),
    ],
)
def test_overnight_and_parts_of_the_day(sentence: str, phrase: str, expected: str) -> None:
    mention = found(sentence, MON)[phrase]
    assert (mention.type, mention.value) == ("TIME", expected)


def test_dateline_anchors_a_text_without_publication_date() -> None:
    text = (
        "Airbus A380 test flight delayed after accident\nSeptember 01, 2007\n"
        "A test flight of the A380 superjumbo was delayed today after an accident."
    )
    assert value(text, "today", None) == "2007-09-01"
    assert value(text, "today", "2007-09-02") == "2007-09-02"  # a given date wins


def test_a_dateline_after_a_place_name() -> None:
    text = "KABUL, March 3, 2009 -- Two soldiers were killed yesterday in Helmand."
    assert value(text, "yesterday", None) == "2009-03-02"


def test_the_previous_weekday_counts_from_the_day_last_named() -> None:
    text = (
        "The index closed Friday at 2082.1, down 4.5% from the previous Friday and 6.8% "
        "from Oct. 13."
    )
    assert value(text, "Friday", MON) == "1989-10-27"
    assert value(text, "the previous Friday", MON) == "1989-10-20"


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("The war between the two clans lasted half a century.", "half a century", "P50Y"),
        ("Negotiators met for about half an hour.", "about half an hour", "PT30M"),
        ("The civil war lasted a decade.", "a decade", "P10Y"),
        ("The siege of the town lasted a fortnight.", "a fortnight", "P2W"),
        ("The standoff with police lasted hours.", "hours", "PTXH"),
        ("Rescuers spent days searching the rubble.", "days", "PXD"),
    ],
)
def test_durations_after_verbs_of_lasting(sentence: str, phrase: str, expected: str) -> None:
    mention = found(sentence, MON)[phrase]
    assert (mention.type, mention.value) == ("DURATION", expected)


def test_half_a_year_later_is_not_a_year_later() -> None:
    assert not find_timexes("Half a year later the camp was closed.", MON)


@pytest.mark.parametrize("anchor", ["0001-01-01", "9999-12-31"])
def test_an_anchor_outside_the_calendar_never_raises(anchor: str) -> None:
    text = "Talks scheduled for mid Friday had been put off to a century ago, officials said."
    # the anchor is unusable: relative expressions keep their mention, without a value
    assert [(m.evidence.text, m.value) for m in find_timexes(text, anchor)] == [
        ("Friday", None),
        ("a century ago", None),
    ]


def test_the_same_period_of_a_monthly_report_is_the_month_a_year_back() -> None:
    text = "Ford said its US sales rose 43% in February compared to the same period last year."
    assert value(text, "the same period last year", "2010-03-03") == "2009-02"


def test_the_same_period_of_a_quarterly_report_stays_a_quarter() -> None:
    text = (
        "In February the bank said net income for the third quarter rose 5% from the same "
        "period last year."
    )
    assert value(text, "the same period last year", "2009-10-16") == "2008-Q3"


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        (
            "Two new flights will leave Bombay on Monday and Tuesday nights from March 30.",
            "Tuesday nights",
            "XXXX-WXX-2TNI",
        ),
        ("The border crossing is closed to traffic on Fridays.", "Fridays", "XXXX-WXX-5"),
        (
            "Opposition supporters rally in the square every Friday night.",
            "every Friday night",
            "XXXX-WXX-5TNI",
        ),
    ],
)
def test_weekdays_that_recur_are_sets(sentence: str, phrase: str, expected: str) -> None:
    mention = found(sentence, MON)[phrase]
    assert (mention.type, mention.value) == ("SET", expected)


def test_election_day_is_the_tuesday_after_the_first_monday_of_november() -> None:
    text = "Crime will be a major theme of our campaign from now to Election Day."
    assert value(text, "Election Day", "1998-10-26") == "1998-11-03"
    assert value(text, "Election Day", "2024-09-30") == "2024-11-05"


def test_an_additional_year_is_a_duration() -> None:
    text = "The loan may be extended by the lenders for an additional year."
    mention = found(text, MON)["an additional year"]
    assert (mention.type, mention.value) == ("DURATION", "P1Y")


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("Asian stock markets slide; Nikkei at lowest level since '82", "'82", "1982"),
        ("The rebels, defeated in ’05, regrouped in the hills.", "’05", "2005"),
    ],
)
def test_clipped_years_after_a_preposition(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase, "2008-10-27") == expected


def test_clipped_decades_are_not_years() -> None:
    assert value("Prices have not been this high since the '70s.", "the '70s", MON) == "197"
