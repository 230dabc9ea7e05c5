"""Four-digit military times after a preposition, told with the day they fall on."""

from __future__ import annotations

import pytest
from timex_helpers import found, value

ANCHOR = "1989-11-13"  # a Monday


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("The attack took place at 2000 on 11 November.", "2000", "1989-11-11T20:00"),
        ("Gunmen attacked the post at 0230 on Monday.", "0230", "1989-11-13T02:30"),
        ("Rebels shelled the base at 2100 hours on Sunday.", "2100 hours", "1989-11-12T21:00"),
    ],
)
def test_a_military_time_before_its_day_is_a_time(
    sentence: str, phrase: str, expected: str
) -> None:
    assert value(sentence, phrase, ANCHOR) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The unit sent 2000 troops to the border on Monday.",
        "He served at 1200 Main Street for years.",
    ],
)
def test_a_four_digit_number_without_its_day_is_no_time(sentence: str) -> None:
    assert not any(t.type == "TIME" for t in found(sentence, ANCHOR).values())
