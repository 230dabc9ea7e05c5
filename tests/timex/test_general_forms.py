"""General forms of dates, quarters and references, each on a news sentence."""

from __future__ import annotations

import pytest
from timex_helpers import OCT, found, value

from sitrep.temporal import find_timexes


@pytest.mark.parametrize(
    ("sentence", "phrase", "anchor", "expected"),
    [
        # a weekday before a date joins it, and picks the year in which they agree
        (
            "The New York Times said in an editorial on Monday, Oct. 26: the murder was a crime.",
            "Monday, Oct. 26",
            "1998-10-25",
            "1998-10-26",
        ),
        (
            "He was shot in his kitchen on the night of Friday, Oct. 23.",
            "Friday, Oct. 23",
            "1998-11-21",
            "1998-10-23",
        ),
        (
            "$14 million of that seeped out Friday Oct. 13 alone.",
            "Friday Oct. 13",
            OCT,
            "1989-10-13",
        ),
        (
            "The vote is set for Tuesday 13 December.",
            "Tuesday 13 December",
            "2011-11-30",
            "2011-12-13",
        ),
        # a date before a colon is still a date
        (
            "The Times says in an editorial on Thursday, Jan. 6: the agency erred.",
            "Thursday, Jan. 6",
            "2000-01-06",
            "2000-01-06",
        ),
        # "last" / "next" before a month and day
        (
            "He was shot to death last Oct. 23 at his home in suburban Amherst.",
            "last Oct. 23",
            "1999-04-19",
            "1998-10-23",
        ),
        # a month with the year named from the anchor
        (
            "In July last year in Phnom Penh, Pol Pot was arrested.",
            "July last year",
            "1998-02-19",
            "1997-07",
        ),
        (
            "Dealers whose franchises end after October of next year will get a letter.",
            "October of next year",
            "2009-05-15",
            "2010-10",
        ),
        (
            "The treaty was ratified in February this year.",
            "February this year",
            "1998-12-03",
            "1998-02",
        ),
    ],
)
def test_named_dates(sentence: str, phrase: str, anchor: str, expected: str) -> None:
    assert value(sentence, phrase, anchor) == expected


def test_a_weekday_on_the_next_line_stays_apart_from_the_date() -> None:
    text = "Russian markets to remain closed until Friday\nSeptember 18, 2008 The government said."
    mentions = found(text, "2008-09-18")
    assert mentions["September 18, 2008"].value == "2008-09-18"
    assert mentions["Friday"].value == "2008-09-19"


@pytest.mark.parametrize(
    ("sentence", "phrase", "anchor", "expected"),
    [
        (
            "In the first quarter of last year, GM reported a loss of $381 million.",
            "the first quarter of last year",
            "2009-04-22",
            "2008-Q1",
        ),
        (
            "The change could be effective as early as next year's first quarter.",
            "next year's first quarter",
            OCT,
            "1990-Q1",
        ),
        (
            "For the final quarter of 2009, Ford says it made profits of $868 million.",
            "the final quarter of 2009",
            "2010-01-28",
            "2009-Q4",
        ),
        (
            "Net was $1.8 million, or 44 cents a share, for the corresponding period last year.",
            "the corresponding period last year",
            OCT,
            "1988-Q3",
        ),
        (
            "For the quarter a year ago, Columbia reported earnings of $16.3 million.",
            "the quarter a year ago",
            OCT,
            "1988-Q3",
        ),
    ],
)
def test_quarters_named_from_a_year(sentence: str, phrase: str, anchor: str, expected: str) -> None:
    assert value(sentence, phrase, anchor) == expected


def test_a_comparison_quarter_does_not_become_the_reported_one() -> None:
    text = (
        "Net rose to $5 million in the third quarter. In the same period last year it "
        "earned $4 million. Sales rose from $90 million a year ago."
    )
    mentions = found(text)
    assert mentions["the same period last year"].value == "1988-Q3"
    assert mentions["a year ago"].value == "1988-Q3"


def test_a_future_quarter_does_not_become_the_reported_one() -> None:
    text = (
        "Losses may last through the third quarter of 1990. Third-quarter sales dropped "
        "11% from $1.43 billion a year ago."
    )
    assert found(text)["a year ago"].value == "1988-Q3"


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("I think it's not going to change for a couple of years.", "a couple of years", "P2Y"),
        (
            "Over the next couple of years we expect Europe to grow.",
            "the next couple of years",
            "P2Y",
        ),
        (
            "His promise to halve unemployment by the year two thousand has been dropped.",
            "the year two thousand",
            "2000",
        ),
    ],
)
def test_counts_in_words(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kellogg says it soon will begin selling boxes for as little as 99 cents.", "FUTURE_REF"),
        ("Officials will present the plan to European governments very soon.", "FUTURE_REF"),
        ("He was taken to a hospital. He was soon released.", None),
        ("They will hand him over as soon as his father arrives.", None),
        ("He was probably killed soon after being captured.", None),
    ],
)
def test_soon(sentence: str, expected: str | None) -> None:
    soon = [m for m in find_timexes(sentence, OCT) if "soon" in m.evidence.text]
    assert (soon[0].value if soon else None) == expected


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        # no tense cue: the day after the anchor, else the last one before it
        ("Albright heads Tuesday to East Africa.", "1998-08-17", "1998-08-18"),
        ("Albright, in Nairobi Friday, met Kenyan police leaders.", "1998-08-20", "1998-08-14"),
        # a cue decides
        ("The king met Monday with the envoy.", "1990-08-15", "1990-08-13"),
    ],
)
def test_weekday_without_a_cue(sentence: str, anchor: str, expected: str) -> None:
    weekday = next(m for m in find_timexes(sentence, anchor) if m.evidence.text.endswith("day"))
    assert weekday.value == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "anchor", "expected"),
    [
        (
            "In the summer of 2014 the group seized Mosul.",
            "the summer of 2014",
            "2015-01-01",
            "2014-SU",
        ),
        ("Oil hit that level in the winter of 1994.", "the winter of 1994", OCT, "1994-WI"),
        ("Sales fell sharply in spring 2009.", "spring 2009", "2009-10-01", "2009-SP"),
        ("The decade began with the boxy cars of the 70s.", "the 70s", "2007-02-09", "197"),
        ("He was imprisoned in the mid-'90s.", "the mid-'90s", OCT, "199"),
        (
            "The goal is 40,000 troops in the region by the end of the month.",
            "the end of the month",
            "1990-08-13",
            "1990-08",
        ),
        (
            "Talks resume at the beginning of the week.",
            "the beginning of the week",
            "1990-08-13",
            "1990-W33",
        ),
    ],
)
def test_named_periods(sentence: str, phrase: str, anchor: str, expected: str) -> None:
    assert value(sentence, phrase, anchor) == expected


def test_a_season_word_before_a_count_is_no_season() -> None:
    assert not find_timexes("Prices fall 2000 points on the news.", OCT)


def test_a_bare_decade_after_a_possessive_is_an_age() -> None:
    assert not find_timexes("Both men are in their 80s.", OCT)


def test_an_elided_day_continues_the_month() -> None:
    mentions = found("The 11 missions ran on December 20 and 29.", "2026-01-10")
    assert mentions["29"].value == "2025-12-29"
    assert mentions["December 20 and 29"].value == "2025-12-20/2025-12-29"


def test_a_count_after_a_date_is_no_elided_day() -> None:
    mentions = found("On December 20 and 29 people died in the raids.", "2026-01-10")
    assert set(mentions) == {"December 20"}


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("The father will leave at 4 in the morning.", "4 in the morning", "2000-04-05T04:00"),
        ("He will appear before a magistrate at midday.", "midday", "2000-04-05T12:00"),
        ("Dealers placed heavy buy orders in the morning.", "the morning", "2000-04-05TMO"),
        ("Early morning raids killed six people.", "Early morning", "2000-04-05TMO"),
        ("In London at mid-afternoon yesterday, shares were up.", "mid-afternoon", "2000-04-04TAF"),
    ],
)
def test_times_of_day(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase, "2000-04-05") == expected


def test_a_programme_name_is_no_time_of_day() -> None:
    assert not find_timexes("He told the evening news he would stay.", "2000-04-05")


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("More troops are expected to arrive within weeks.", "weeks", "PXW"),
        ("Thanks for your dedication over the years.", "years", "PXY"),
        ("The merger follows months of twists and turns.", "months", "PXM"),
        ("The Dow dropped off to down 100 in just minutes.", "minutes", "PTXM"),
        (
            "For the past five trading days, stocks have been down.",
            "the past five trading days",
            "P5D",
        ),
    ],
)
def test_vague_and_counted_durations(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "He was 15 years of age when he joined.",
        "The bank made a second attempt.",
        "He spoke against the now-cancelled deal.",
    ],
)
def test_no_duration_or_reference(sentence: str) -> None:
    assert not find_timexes(sentence, OCT)


def test_a_second_consecutive_day_is_the_day_not_a_second() -> None:
    (mention,) = find_timexes("Trading was suspended for a second consecutive day.", OCT)
    assert (mention.type, mention.value) == ("DATE", OCT)


def test_a_limit_word_away_from_the_date_gives_no_lean() -> None:
    text = "The economy contracted by 0.9% between April and June."
    assert value(text, "April", "2008-11-18") == "2008-04"


def test_later_that_year_counts_from_the_year_last_named() -> None:
    text = "He fled to Florida in June 1998 and returned to Cuba later that year."
    assert value(text, "that year", "2000-01-28") == "1998"


def test_the_following_month_counts_from_the_month_last_named() -> None:
    text = "The board hired advisers in March. The following month, it put itself up for sale."
    assert value(text, "The following month", OCT) == "1989-04"


@pytest.mark.parametrize(
    ("sentence", "phrase", "anchor", "expected"),
    [
        (
            "Women's Day is this coming Sunday, a spokeswoman said.",
            "this coming Sunday",
            "1998-03-05",
            "1998-03-08",
        ),
        (
            "INS extended its deadline until 9 a.m. EST Tuesday.",
            "9 a.m. EST Tuesday",
            "2000-04-03",
            "2000-04-04T09:00-05:00",
        ),
        (
            "It may be resolved in a hearing the week of March 6, a relative said.",
            "the week of March 6",
            "2000-02-24",
            "2000-W10",
        ),
        ("Orangemen march each July through the town.", "each July", OCT, "XXXX-07"),
        ("Floods hit the valley every summer.", "every summer", OCT, "XXXX-SU"),
        (
            "Then, a week or so ago, the general picked a date.",
            "a week or so ago",
            "1991-02-25",
            "1991-W08",
        ),
        ("The family emerged from their third day-long meeting.", "day-long", OCT, "P1D"),
        ("The downtrend will continue for the time being.", "the time being", OCT, "PRESENT_REF"),
        ("It may raise the funds at a later date.", "a later date", OCT, "FUTURE_REF"),
        (
            "Sales rose in the third quarter. The following quarter they fell.",
            "The following quarter",
            OCT,
            "1989-Q4",
        ),
    ],
)
def test_more_forms(sentence: str, phrase: str, anchor: str, expected: str) -> None:
    assert value(sentence, phrase, anchor) == expected


def test_the_same_month_a_year_ago() -> None:
    text = "Sales fell 35% in January, compared to the same month a year ago."
    assert value(text, "the same month a year ago", "2009-02-03") == "2008-01"


def test_a_possessive_weekday_looks_back() -> None:
    text = "Relatives said they would look for ways to get around Wednesday's ruling."
    assert value(text, "Wednesday", "2000-01-07") == "2000-01-05"


@pytest.mark.parametrize(
    "text",
    [
        "Monday, Feb. 30 and 31 the week of Feb. 30",
        "the summer of 0999, each Smarch, December 45 and 50",
        "the first quarter of next year the same month a year ago",
        "13 o'clock in the morning, the early 80s, last Feb. 29",
    ],
)
def test_absurd_new_forms_never_raise(text: str) -> None:
    for anchor in (OCT, None, "9999-12-31", "1000-01-01"):
        for mention in find_timexes(text, anchor):
            assert mention.value is None or "99999" not in mention.value
