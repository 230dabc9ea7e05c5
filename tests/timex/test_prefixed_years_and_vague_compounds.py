"""Timex forms, round 9 (TempEval-3 spurious and missed expressions):

- a year after "pre-" or "post-" is a date, as after "mid-": "the post-1959 politics"
  names 1959 (TimeBank annotates it); words other than years after the prefix stay
  untouched ("post-war", "pre-election");
- a hyphenated compound of a vague count and a unit is a duration with an unspecified
  count, as "decades-long" is: "a several-year tenure", "a multi-year contract" (PXY);
  not an age ("a multi-year-old dispute" is no compound of this kind).
"""

from __future__ import annotations

import pytest
from timex_helpers import found, value

FEB = "2000-02-24"


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "Exiles say the post-1959 politics of the island have split thousands of families.",
            "1959",
            "1959",
        ),
        (
            "The ministry said output had not yet returned to pre-1990 levels in the region.",
            "1990",
            "1990",
        ),
        (
            "Lawmakers want to repeal the post-2001 security law before the election.",
            "2001",
            "2001",
        ),
    ],
)
def test_year_after_pre_or_post(text: str, phrase: str, expected: str) -> None:
    assert value(text, phrase, FEB) == expected


def test_prefixed_words_that_are_not_years_stay_untagged() -> None:
    text = "Talks on the post-war settlement stalled during the pre-election campaign."
    assert found(text, FEB) == {}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "His appointment followed a several-year tenure as the agency's editor in chief.",
            "several-year",
        ),
        ("The army signed a multi-year contract for armoured vehicles.", "multi-year"),
    ],
)
def test_vague_count_compound_is_a_vague_duration(text: str, phrase: str) -> None:
    mention = found(text, FEB)[phrase]
    assert (mention.type, mention.value) == ("DURATION", "PXY")


def test_vague_count_age_is_no_duration() -> None:
    assert found("Mediators tried to end the multi-year-old dispute over the border.", FEB) == {}
