"""Forms kept or dropped by the per-rule precision audit on TBAQ and MEANTIME.

The audit attributed every output of the cascade to its grammar rule and weighed each
rule's train precision: words annotated too rarely to pay ("formerly", "presently") are
no longer timexes ("annually" is kept: TimeML makes it a SET like "daily"); adjectives
and bare plurals that name a span of time ("single-day", "decades-long", "in years") and
years with a hyphenated modifier ("mid-2011") are.
"""

from __future__ import annotations

import pytest

from sitrep.model import TimexMention
from sitrep.temporal import find_timexes

ANCHOR = "2009-03-13"


def found(text: str, anchor: str | None = ANCHOR) -> dict[str, TimexMention]:
    return {m.evidence.text: m for m in find_timexes(text, anchor)}


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("It was the worst single-day decline since the crash.", "single-day", "P1D"),
        (
            "Apple settled its decades-long trademark dispute with the Beatles.",
            "decades-long",
            "PXY",
        ),
        ("Claims rose to their highest level in years, the ministry said.", "years", "PXY"),
        ("The index gained 300 points before losing them in minutes.", "minutes", "PTXM"),
        ("The rebels have fought for months in the hills.", "months", "PXM"),
        ("The new system is to be released in mid-2011.", "mid-2011", "2011"),
        ("Troops will withdraw by late-2010, the minister said.", "late-2010", "2010"),
        ("A four-day ceasefire began on Friday.", "four-day", "P4D"),
        ("The plant produces about 10,000 units annually.", "annually", "P1Y"),
    ],
)
def test_span_forms(sentence: str, phrase: str, expected: str) -> None:
    mentions = found(sentence)
    assert phrase in mentions, f"{phrase!r} not in {sorted(mentions)}"
    assert mentions[phrase].value == expected


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Robert Angelo, formerly the governor's chief of staff, was detained.", "formerly"),
        ("Police are presently searching the area around the market.", "presently"),
        ("There are no shipments at the moment, a customs officer said.", "at the moment"),
    ],
)
def test_low_precision_words_are_not_timexes(sentence: str, word: str) -> None:
    assert word not in found(sentence)


def test_in_months_of_is_not_a_duration() -> None:
    """ "in months of fighting" counts nothing; "in years past" is not a span either."""
    assert "months" not in found("It was the worst loss in months of fighting.")
    assert "years" not in found("Crowds gathered, as in years past, at the square.")


def test_year_after_a_hyphenated_word_stays_out() -> None:
    """A year glued to a word other than mid/early/late ("Orion-1980") is a name."""
    assert "1980" not in found("The venture Orion-1980 built space equipment.")


def test_absurd_forms_never_raise() -> None:
    for text in ("mid-0000 single-day in minutes", "decades-long-long mid-9999", "in  years"):
        find_timexes(text, ANCHOR)
        find_timexes(text, None)
