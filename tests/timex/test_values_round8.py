"""Timex values, round 8: forms found in TimeBank/AQUAINT errors.

- a date with no tense cue near it takes the tense of its sentence's main verb: a
  fronted date the verb after its phrase ("In January, a week after the anniversary of
  the ruling, a bombing killed a guard": past), a date at the end of a long object the
  verb before it ("will be named commander of the shuttle for a mission in December":
  ahead); a purpose clause between the verb and the date owns the date ("agreed to buy
  the unit in February" stays the nearest February);
- "vs." ends no clause ("Roe vs. Wade");
- a bare count before a counted duration is a duration of the same unit, one mention
  per bound as TimeML annotates ranges: "two to three weeks" gives "two" (P2W) and
  "three weeks" (P3W);
- the plural present of a schedule ("they meet separately Monday") points ahead, not an
  infinitive or a negation ("failed to meet on Monday", "did not meet on Monday");
- "daily", "annually" as the unit of a rate ("average daily volume", "rise 8.5%
  annually") are no SET; a recurrence stays one;
- "the quarter-to-quarter comparison" names no quarter; a quarter named as background
  ("after a flat second quarter") does not replace the quarter an earnings story
  reports;
- "the then current price" is PAST_REF; "that same day" is the day last named.
"""

from __future__ import annotations

import pytest
from timex_helpers import found, value

MAR = "1998-03-04"  # a Wednesday
OCT_STORY = "1998-10-25"  # a Sunday


@pytest.mark.parametrize(
    ("sentence", "anchor", "phrase", "expected"),
    [
        (
            "Air Force Lieutenant Colonel Eileen Collins will be named commander of the "
            "Space Shuttle Columbia for a mission in December.",
            MAR,
            "December",
            "1998-12",
        ),
        (
            "In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court "
            "decision, a clinic bombing in Birmingham, Ala., killed a security guard.",
            OCT_STORY,
            "January",
            "1998-01",
        ),
        (
            "Stocks rose, pushing the Dow Jones industrial average up 72.24 points, leaving "
            "the index within 70 points of its record high set on Aug. 6.",
            "1998-02-06",
            "Aug. 6",
            "1997-08-06",
        ),
    ],
)
def test_date_far_from_any_cue_takes_the_sentence_tense(
    sentence: str, anchor: str, phrase: str, expected: str
) -> None:
    assert value(sentence, phrase, anchor) == expected


def test_purpose_clause_owns_its_date() -> None:
    sentence = (
        "Milton Roy disclosed in May that it was approached by Thermo Electron, which "
        "agreed to purchase Milton Roy's liquid-chromatography line for $22 million in "
        "February."
    )
    assert value(sentence, "February", "1989-10-30") == "1990-02"


def test_nearby_cue_still_decides() -> None:
    sentence = "The company said it will pay the dividend Dec. 15 to holders of record."
    assert value(sentence, "Dec. 15", "1989-10-26") == "1989-12-15"


@pytest.mark.parametrize(
    ("sentence", "bounds"),
    [
        (
            "Intel told analysts that the company will resume shipments of the chips within "
            "two to three weeks.",
            {"two": "P2W", "three weeks": "P3W"},
        ),
        (
            "It's between two and six days for every one of the sickest patients.",
            {"two": "P2D", "six days": "P6D"},
        ),
        (
            "The strike at the port lasted 10 or 11 days, union officials said.",
            {"10": "P10D", "11 days": "P11D"},
        ),
        ("Talks could take 24-48 hours, a mediator said.", {"24": "PT24H", "48 hours": "PT48H"}),
    ],
)
def test_each_bound_of_a_duration_range_is_a_duration(
    sentence: str, bounds: dict[str, str]
) -> None:
    mentions = found(sentence)
    for phrase, expected in bounds.items():
        assert mentions[phrase].type == "DURATION"
        assert mentions[phrase].value == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said 300 to 400 people were held for two days.",
        "The index fell 100 to 3 days before the vote.",
        "He was sentenced to three years.",
    ],
)
def test_no_bound_without_a_smaller_count_joined_to_the_duration(sentence: str) -> None:
    durations = [m for m in found(sentence).values() if m.type == "DURATION"]
    assert len(durations) == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "He and Palestinian leader Yasser Arafat meet separately Monday with US Secretary "
            "of State Madeleine Albright.",
            "1998-05-04",
        ),
        ("The two delegations did not meet on Monday, a spokesman said.", "1998-04-27"),
        ("The envoys failed to meet on Monday despite the mediators' efforts.", "1998-04-27"),
    ],
)
def test_plural_present_schedule_points_ahead(sentence: str, expected: str) -> None:
    assert value(sentence, "Monday", "1998-05-01") == expected


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "Estimates put it at less than 5% of Nasdaq's average daily volume of roughly 133 "
            "million shares.",
            "daily",
        ),
        (
            "The company expects sales from continuing businesses to rise 8.5% annually through "
            "the next three years.",
            "annually",
        ),
        ("Revenue is expected to increase by 20 percent annually.", "annually"),
    ],
)
def test_rate_unit_is_no_set(sentence: str, word: str) -> None:
    assert word not in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Demonstrators gather daily outside the relatives' home.", "daily", "P1D"),
        ("The commemorations are held here annually for Marti.", "annually", "P1Y"),
    ],
)
def test_recurrence_stays_a_set(sentence: str, word: str, expected: str) -> None:
    mention = found(sentence)[word]
    assert (mention.type, mention.value) == ("SET", expected)


def test_quarter_to_quarter_comparison_is_no_quarter() -> None:
    sentence = "The quarter-to-quarter comparison was also enhanced by charges."
    assert found(sentence, "1989-10-30") == {}
    assert value("Profit rose 5% in the quarter.", "the quarter", "1989-10-30") == "1989-Q3"


def test_quarter_named_as_background_keeps_the_reported_one() -> None:
    story = (
        "Kimberly-Clark Corp. posted a 20% gain in third-quarter net income. "
        "After a flat second quarter, the company attributed the gain to improved results "
        "in its consumer businesses. In the 1989 period also, interest expense and tax "
        "rates were lower than a year ago."
    )
    assert value(story, "the 1989 period", "1989-11-01") == "1989-Q3"
    assert value(story, "a year ago", "1989-11-01") == "1988-Q3"


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        (
            "The rights allow holders to buy shares at 50% of the then current market price.",
            "then current",
            "PAST_REF",
        ),
        ("He served under the then-current chief of staff.", "then-current", "PAST_REF"),
        (
            "Based on the current number of shares, the deal is worth $40 million.",
            "current",
            "PRESENT_REF",
        ),
    ],
)
def test_then_current_is_a_past_present(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase) == expected


def test_that_same_day_is_the_day_last_named() -> None:
    story = "Slepian was killed on Oct. 23. His name on the Web site was crossed out that same day."
    assert value(story, "that same day", "1998-10-30") == "1998-10-23"
