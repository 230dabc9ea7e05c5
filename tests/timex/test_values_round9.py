"""Round 9 of the timex values: "last" as the verb of a plan."""

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

