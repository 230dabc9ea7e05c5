"""The timex cascade on news sentences, the running example, and hostile input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.evaluate.base import shared_dir
from sitrep.model import TimexMention
from sitrep.temporal import find_timexes

ANCHOR = "2026-01-10"  # a Saturday


def one(text: str, phrase: str, anchor: str | None = ANCHOR) -> TimexMention:
    found = [m for m in find_timexes(text, anchor) if m.evidence.text == phrase]
    assert found, f"{phrase!r} not found in {[m.evidence.text for m in find_timexes(text, anchor)]}"
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Gunmen attacked a checkpoint on Dec. 13, officials said.", "Dec. 13", "2025-12-13"),
        (
            "The convoy was hit on 13 December 2025 near the border.",
            "13 December 2025",
            "2025-12-13",
        ),
        ("The ceasefire took effect on 2025-12-13.", "2025-12-13", "2025-12-13"),
        ("Rebels shelled the town yesterday.", "yesterday", "2026-01-09"),
        ("Troops withdrew last week.", "last week", "2026-W01"),
        ("The group was formed last year.", "last year", "2025"),
        ("Protesters gathered on Saturday in the capital.", "Saturday", "2026-01-10"),
        ("Police raided the camp on Thursday.", "Thursday", "2026-01-08"),
        ("The talks will resume on Monday.", "Monday", "2026-01-12"),
        ("The militia was founded in 2019.", "2019", "2019"),
        ("Violence has risen since 2011.", "2011", "2011"),
        ("The war of the 1990s left deep scars.", "the 1990s", "199"),
        ("Fighting lasted three years.", "three years", "P3Y"),
        ("The siege lasted 11 days.", "11 days", "P11D"),
        ("Patrols run every week.", "every week", "P1W"),
        ("The vote was held in November.", "November", "2025-11"),
        ("The attack came two days later.", "two days later", "2026-01-12"),
    ],
)
def test_news_expressions(sentence: str, phrase: str, value: str) -> None:
    assert one(sentence, phrase).value == value


def test_month_day_in_future_sentence_stays_this_year() -> None:
    mention = one("Elections will be held on March 3.", "March 3", "2026-01-10")
    assert mention.value == "2026-03-03"


def test_chained_expression_anchors_on_previous_date() -> None:
    text = "The militants struck on December 13. The next day, troops arrived."
    mention = one(text, "The next day")
    assert mention.value == "2025-12-14"
    assert mention.anchor == "previous"


def test_time_with_timezone_takes_the_day_of_its_sentence() -> None:
    mention = one("The blast hit at 12:30 p.m. Eastern Time on Friday.", "12:30 p.m. Eastern Time")
    assert mention.type == "TIME"
    # the zone is kept (January: Eastern Standard Time) and noted as the ISO 8601 offset
    assert mention.value == "2026-01-09T12:30-05:00"
    assert mention.interval is not None and mention.interval.start == "2026-01-09"


def test_range_with_dash() -> None:
    mention = one("Talks ran Jan 10–12 in Geneva.", "Jan 10–12", "2026-01-20")
    assert mention.interval is not None
    assert (mention.interval.start, mention.interval.end) == ("2026-01-10", "2026-01-12")


def test_earlier_this_year_ends_at_anchor() -> None:
    mention = one("Earlier this year the army retook the city.", "Earlier this year", "2026-05-20")
    assert mention.interval is not None
    assert (mention.interval.start, mention.interval.end) == ("2026-01-01", "2026-05-20")


def test_days_after_is_a_range_ending_at_the_anchor() -> None:
    mention = one("It came days after the truce collapsed.", "days")
    assert mention.type == "DURATION"
    assert mention.interval is not None
    assert mention.interval.end == ANCHOR
    assert mention.interval.start < ANCHOR


@pytest.mark.parametrize(
    "text", ["In the year 99999 nothing happened.", "on the 35th of Smarch", "on February 30, 2025"]
)
def test_absurd_dates_have_no_value(text: str) -> None:
    for mention in find_timexes(text, ANCHOR):
        assert mention.value is None or "9999" not in mention.value
    feb = [m for m in find_timexes("on February 30, 2025", ANCHOR) if "30" in m.evidence.text]
    assert all(m.value is None for m in feb)


def test_without_anchor_relative_is_none_absolute_resolves() -> None:
    text = "The strike on 13 December 2025 followed clashes yesterday."
    assert one(text, "13 December 2025", None).value == "2025-12-13"
    assert one(text, "yesterday", None).value is None


# --- the running example (DESIGN.md's table) ----------------------------------------


@pytest.fixture(scope="module")
def example() -> tuple[TimexMention, ...]:
    path = shared_dir() / "examples" / "hawkeye-strike-2026-01-10.txt"
    if not path.exists():
        pytest.skip(f"running example not found at {path}")
    return find_timexes(path.read_text(encoding="utf-8"), "2026-01-10")


def _by_text(found: tuple[TimexMention, ...], phrase: str) -> TimexMention:
    matches = [m for m in found if m.evidence.text == phrase]
    assert matches, phrase
    return matches[0]


def test_example_days(example: tuple[TimexMention, ...]) -> None:
    assert _by_text(example, "December 13").value == "2025-12-13"
    today = _by_text(example, "today")
    assert today.value == "2026-01-10"
    assert today.interval is not None and today.interval.precision == "day"
    assert _by_text(example, "5.30pm").value == "2026-01-10T17:30"


def test_example_ranges(example: tuple[TimexMention, ...]) -> None:
    pair = _by_text(example, "between December 20 and December 29")
    assert pair.interval is not None
    assert (pair.interval.start, pair.interval.end) == ("2025-12-20", "2025-12-29")
    assert _by_text(example, "December 20").value == "2025-12-20"
    new_year = _by_text(example, "shortly before New Year’s Eve")
    assert new_year.interval is not None and new_year.interval.end == "2025-12-31"
    assert new_year.interval.precision == "week"
    month_ago = _by_text(example, "little less than a month ago")
    assert month_ago.interval is not None
    assert "2025-12-05" <= month_ago.interval.start <= month_ago.interval.end <= "2025-12-20"
    end_of_year = _by_text(example, "the end of last year")
    assert end_of_year.interval is not None
    assert (end_of_year.interval.start, end_of_year.interval.end) == ("2025-10-01", "2025-12-31")


# --- properties ---------------------------------------------------------------------

_news_words = st.sampled_from(
    [
        "the",
        "on",
        "in",
        "at",
        "last",
        "next",
        "December",
        "Dec.",
        "13",
        "2019",
        "1990s",
        "today",
        "Saturday",
        "ago",
        "days",
        "more",
        "than",
        "a",
        "month",
        "little",
        "less",
        "between",
        "and",
        "-",
        "–",
        "5.30pm",
        "12:30",
        "p.m.",
        "every",
        "week",
        "99999",
        "February",
        "30",
        "New",
        "Year's",
        "Eve",
        "shortly",
        "before",
        "toward",
        "end",
        "of",
        "year",
        ",",
        ".",
        "\n",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(), st.lists(_news_words, max_size=30).map(" ".join)))
def test_arbitrary_text_never_raises_and_evidence_slices(text: str) -> None:
    for anchor in (ANCHOR, None):
        for mention in find_timexes(text, anchor):
            span = mention.evidence
            assert text[span.start : span.end] == span.text
