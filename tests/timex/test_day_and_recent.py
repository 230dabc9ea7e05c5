"""Market-report "the day" and adjectival "recent": forms MEANTIME and TimeBank annotate.

"the day" counts only after a verb or phrase that closes or counts a trading day ("ended
the day", "later in the day", "for the day"); elsewhere ("the day belonged to", "the day
before authorities acted") it is not a date. "recent" before a noun is the vague past.
"""

from __future__ import annotations

import pytest

from sitrep.model import TimexMention
from sitrep.temporal import find_timexes

DCT = "2009-02-24"  # a Tuesday


def found(text: str, anchor: str | None = DCT) -> dict[str, TimexMention]:
    return {m.evidence.text: m for m in find_timexes(text, anchor)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Dow fell 251 points to end the day at 7,114.", "2009-02-24"),
        ("The index gained 0.9% to finish the day at 5,210.", "2009-02-24"),
        ("For the day, the Nikkei closed down 6.4 percent.", "2009-02-24"),
        ("Shares hit a high in morning trading before declining later in the day.", "2009-02-24"),
        ("On Monday the FTSE slid early but recovered, ending the day flat.", "2009-02-23"),
    ],
)
def test_the_day_in_market_reports_is_the_day_last_named(sentence: str, expected: str) -> None:
    mention = found(sentence)["the day"]
    assert mention.type == "DATE"
    assert mention.value == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "But in many ways, the day belonged to the Czech Republic.",
        "He was last seen on a Monday, the day before authorities issued a warrant.",
        "Troops stayed at the base for the day before yesterday's attack.",
    ],
)
def test_the_day_elsewhere_is_not_a_date(sentence: str) -> None:
    assert "the day" not in found(sentence)


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("The offer was triggered by the recent sale of the disk-drive unit.", "recent"),
        ("Analysts blame recent losses on fears of a recession.", "recent"),
    ],
)
def test_recent_before_a_noun_is_the_vague_past(sentence: str, phrase: str) -> None:
    mention = found(sentence)[phrase]
    assert (mention.type, mention.value) == ("DATE", "PAST_REF")


def test_recent_before_a_unit_stays_a_vague_duration() -> None:
    mention = found("Lenders have balked in recent weeks.")["recent weeks"]
    assert (mention.type, mention.value) == ("DURATION", "PXW")


@pytest.mark.parametrize(
    "sentence",
    ["Shares fell in the most recent.", "recent", "ended the day", "", "the day " * 200],
)
def test_fragments_never_raise(sentence: str) -> None:
    assert isinstance(find_timexes(sentence, DCT), tuple)
    assert isinstance(find_timexes(sentence, None), tuple)
