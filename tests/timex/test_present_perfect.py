"""The present perfect includes the present (issue 3): a period still running at the
publication date is the current one ("demand has slowed in the second half" in a
September story is this year's second half), while a simple past keeps reading a running
period as the one before, and a day or a month-day in the present perfect stays past."""

from __future__ import annotations

import pytest
import timex_helpers

from sitrep.temporal.tense import lean, present_perfect


@pytest.mark.parametrize(
    ("sentence", "phrase", "anchor", "expected"),
    [
        # halves still running: the present perfect speaks of the current one
        (
            "Demand for steel has slowed in the second half, the company said in a statement.",
            "the second half",
            "2024-09-12",
            "2024-H2",
        ),
        (
            "Chinese demand for copper has weakened markedly in the second half, traders said.",
            "the second half",
            "2024-10-03",
            "2024-H2",
        ),
        (
            "Airline bookings haven't recovered in the second half, according to the"
            " industry body.",
            "the second half",
            "2024-11-05",
            "2024-H2",
        ),
        (
            "Aid deliveries to Gaza have fallen sharply in the second half, the UN said.",
            "the second half",
            "2024-08-14",
            "2024-H2",
        ),
        (
            "Exports from the port have plunged in the first half because of attacks on"
            " shipping, officials said.",
            "the first half",
            "2024-05-28",
            "2024-H1",
        ),
        (
            "Profit has fallen in the first half as the war cut orders, the bank said.",
            "the first half",
            "2024-03-10",
            "2024-H1",
        ),
        (
            "Revenue has not grown in the second half, hurt by the conflict, the airline said.",
            "the second half",
            "2024-09-12",
            "2024-H2",
        ),
        # a half over by the anchor stays the latest one over
        (
            "The group's margins have improved in the first half, the company said.",
            "the first half",
            "2024-10-12",
            "2024-H1",
        ),
        # the simple past still means the half before a running one
        (
            "Demand slowed in the second half, the company said.",
            "the second half",
            "2024-09-12",
            "2023-H2",
        ),
        (
            "Profit fell in the first half, the bank said.",
            "the first half",
            "2024-03-10",
            "2023-H1",
        ),
        # a modal perfect is no present perfect
        (
            "Prices will have risen in the second half, economists said.",
            "the second half",
            "2024-09-12",
            "2024-H2",
        ),
        # quarters, seasons and the year running at the anchor
        (
            "Sales have risen 4% this quarter, the chief executive told analysts.",
            "this quarter",
            "2024-08-22",
            "2024-Q3",
        ),
        (
            "Shipping rates have climbed in the third quarter as vessels avoided the Red Sea.",
            "the third quarter",
            "2024-09-05",
            "2024-Q3",
        ),
        (
            "Oil output has dropped in the fourth quarter after attacks on the pipeline.",
            "the fourth quarter",
            "2024-11-18",
            "2024-Q4",
        ),
        (
            "Drone attacks on power plants have intensified this summer, officials said.",
            "this summer",
            "2024-07-30",
            "2024-SU",
        ),
        (
            "Fighting around the town has escalated over the summer, the general staff said.",
            "the summer",
            "2024-08-20",
            "2024-SU",
        ),
        (
            "Attacks on aid convoys have increased during the winter, police said.",
            "the winter",
            "2025-01-20",
            "2024-WI",
        ),
        (
            "Displacement has reached record levels this year, aid groups said.",
            "this year",
            "2024-06-11",
            "2024",
        ),
        (
            "Car sales have increased in the year, dealers said.",
            "the year",
            "2024-09-12",
            "2024",
        ),
        # a season not yet begun: the present perfect can only mean the last one
        (
            "Investment has picked up in the spring, the agency said.",
            "the spring",
            "2025-02-10",
            "2024-SP",
        ),
        # days and month-days in the present perfect stay past
        (
            "The army has said on Monday that the convoy was ambushed.",
            "Monday",
            "2024-09-18",
            "2024-09-16",
        ),
        (
            "The ministry has confirmed on Monday that 12 soldiers were killed.",
            "Monday",
            "2024-09-18",
            "2024-09-16",
        ),
        (
            "Troops have withdrawn from the town on March 3, residents said.",
            "March 3",
            "2024-09-18",
            "2024-03-03",
        ),
    ],
)
def test_present_perfect_values(sentence: str, phrase: str, anchor: str, expected: str) -> None:
    assert timex_helpers.value(sentence, phrase, anchor) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "perfect"),
    [
        ("Demand has slowed in the second half.", "the second half", True),
        ("Aid deliveries have fallen sharply in the second half.", "the second half", True),
        ("Bookings haven't recovered in the second half.", "the second half", True),
        ("Demand slowed in the second half.", "the second half", False),
        ("Prices will have risen in the second half.", "the second half", False),
        ("Revenue is expected to have slowed in the second half.", "the second half", False),
        ("Profit had fallen in the second half.", "the second half", False),
    ],
)
def test_present_perfect_cue(sentence: str, phrase: str, perfect: bool) -> None:
    start = sentence.index(phrase)
    assert present_perfect(sentence, start, start + len(phrase)) is perfect


def test_present_perfect_leans_back_like_the_past() -> None:
    sentence = "Rebels have seized the town on Aug. 3, residents said."
    start = sentence.index("Aug. 3")
    assert lean(sentence, start, start + len("Aug. 3")) == -1
