"""Forms added for TempEval-3 accuracy, each on a news sentence; and the MEANTIME reader."""

from __future__ import annotations

import pytest
from timex_helpers import OCT, found, value

from sitrep.evaluate.base import shared_dir
from sitrep.temporal import find_timexes
from sitrep.temporal.tense import lean


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # a year followed by a comma
        ("NATO admitted Greece and Turkey in 1952, Germany in 1955.", "1952", "1952"),
        ("In fiscal 1989, Elco earned $7.8 million.", "fiscal 1989", "1989"),
        ("The company expects a loss for the year.", "the year", "1989"),
        ("Sales rose in the current fiscal year.", "the current fiscal year", "1989"),
        ("Sales for the full year were $6.6 billion.", "the full year", "1989"),
        ("It hopes to complete the sale by year-end.", "year-end", "1989"),
        ("The shares hit a high at the end of the year.", "the end of the year", "1989"),
        ("Anheuser cut prices over the summer.", "the summer", "1989-SU"),
        ("Rates fell through the nineties.", "the nineties", "199"),
        ("It peaked in the early 1980s.", "the early 1980s", "198"),
        ("It was among the events of the 20th century.", "the 20th century", "19"),
        ("In nineteen ninety-one Keating was convicted.", "nineteen ninety-one", "1991"),
        ("He promised jobs by the year two thousand.", "the year two thousand", "2000"),
        ("They lived in refugee camps for 2 1/2 years.", "2 1/2 years", "P2Y6M"),
        ("The plane stopped for about 5 1/2 hours in Nairobi.", "about 5 1/2 hours", "PT5H30M"),
        ("It has had losses in the past two quarters.", "the past two quarters", "P2Q"),
        ("Lenders have balked in recent months.", "recent months", "PXM"),
        ("Prices may slip in coming weeks.", "coming weeks", "PXW"),
        ("Based on the current number of shares, the bid is worth $5.", "current", "PRESENT_REF"),
        ("Crowds gather for a daily rally outside the house.", "daily", "P1D"),
    ],
)
def test_news_form(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # forward: a payment, a deadline, a plan
        ("The dividend is payable Dec. 15 to holders of record.", "Dec. 15", "1989-12-15"),
        ("The offer will expire Nov. 6.", "Nov. 6", "1989-11-06"),
        ("Merieux had until mid-November to reply.", "mid-November", "1989-11"),
        # back: a past-tense clause
        ("In January, American Medical brought in new managers.", "January", "1989-01"),
        ("Thermo bought the line for $22 million in February.", "February", "1989-02"),
        # no cue: the nearest
        ("Congress reconvenes Jan. 24.", "Jan. 24", "1990-01-24"),
    ],
)
def test_year_of_a_date_follows_local_tense(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase) == expected


def test_december_13_in_a_january_story_is_last_december() -> None:
    text = "Two soldiers were killed in an ambush on December 13."
    assert value(text, "December 13", "2026-01-10") == "2025-12-13"


def test_weekday_of_the_anchor_is_the_anchor_day() -> None:
    assert value("Up until Thursday, police had not named him.", "Thursday") == "1989-10-26"


def test_weekday_leans_forward_when_planned() -> None:
    text = "The team planned to leave Nairobi on Friday for Dar es Salaam."
    assert value(text, "Friday") == "1989-10-27"


def test_weekday_with_part_of_day_is_a_time() -> None:
    mention = found("Police said the blast hit on Friday evening.")["Friday evening"]
    assert (mention.type, mention.value) == ("TIME", "1989-10-20TEV")


def test_year_ago_in_an_earnings_story_is_the_year_ago_quarter() -> None:
    text = (
        "Third-quarter profit rose to $31 million. That compared with earnings of "
        "$10 million a year ago."
    )
    assert value(text, "a year ago") == "1988-Q3"
    text = "Third-quarter net fell 5%. In the 1988 period, the company earned $20.6 million."
    assert value(text, "the 1988 period") == "1988-Q3"


def test_year_ended_is_a_duration() -> None:
    mention = found("For the year ended Sept. 30, Ralston earned $1.2 billion.")["the year"]
    assert (mention.type, mention.value) == ("DURATION", "P1Y")


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Mr. Schwarz, 52 years old, will succeed him.", "52 years"),
        ("The notes pay a dividend rate of $1.76 a year.", "a year"),
        ("It would be a second betrayal, she said.", "a second"),
        ("He covered the fall of Saigon.", "the fall"),
        ("Analysts said that currently listed stocks fell.", "twenty six"),
    ],
)
def test_not_temporal(sentence: str, phrase: str) -> None:
    assert phrase not in found(sentence)


@pytest.mark.parametrize(
    "text",
    [
        "The year 99999 will never come.",
        "Meet me on the 35th of Smarch, in the 45th century.",
        "It happened in nineteen oh-zero and in the year two thousand ninety-nine hundred.",
        "for 99999999999999999999 1/2 years",
    ],
)
def test_absurd_expressions_give_no_value_and_never_raise(text: str) -> None:
    for mention in find_timexes(text, OCT):
        if "99999" in mention.evidence.text or "Smarch" in mention.evidence.text:
            assert mention.value is None


def test_lean_reads_the_nearest_cue() -> None:
    text = "The company said it will pay the dividend on Dec. 15."
    start = text.index("Dec. 15")
    assert lean(text, start, start + 7) == 1
    past = "Rebels struck the town on Dec. 15."
    assert lean(past, past.index("Dec"), past.index("Dec") + 7) == -1


def test_meantime_reader_keeps_offsets() -> None:
    from sitrep.evaluate.meantime import documents

    root = shared_dir()
    if not (root / "datasets" / "meantime").is_dir():
        pytest.skip("MEANTIME is not in the shared datasets folder")
    docs = documents(root)
    assert len(docs) == 120
    for doc in docs[:20]:
        assert doc.dct is not None
        for gold in doc.timexes:
            assert doc.text[gold.start : gold.end].strip() == doc.text[gold.start : gold.end]
            assert gold.end > gold.start
