"""Quantities on news sentences and the running example; never raising on any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.evaluate.base import shared_dir
from sitrep.model import Quantity
from sitrep.numbers import find_quantities, parse_number


def quantities(text: str) -> list[Quantity]:
    return find_quantities(text, [(0, len(text))])


def only(text: str) -> Quantity:
    found = quantities(text)
    assert len(found) == 1, found
    return found[0]


def test_more_than_is_an_exclusive_lower_bound() -> None:
    q = only("Coalition jets fired more than 90 precision munitions overnight.")
    assert (q.of, q.low, q.high, q.qualifier) == ("munitions", 91, None, "more than")
    assert q.evidence.text == "more than 90 precision munitions"


def test_at_least_with_casualty_participle() -> None:
    q = only("At least 12 killed as a car bomb hit the market.")
    assert (q.of, q.low, q.qualifier) == ("killed", 12, "at least")


def test_nearly_is_approximate_with_high_below() -> None:
    q = only("Troops captured or killed nearly 25 militia members in the raids.")
    assert (q.of, q.best, q.high, q.approximate) == ("captured or killed", 25, 24, True)


def test_people_died_normalises_to_killed() -> None:
    assert only("Ten soldiers died in the ambush.").of == "killed"
    assert only("Officials said 40 people were killed.").of == "killed"


def test_governing_gerund() -> None:
    q = [q for q in quantities("The blast killed three, wounding 5 others.") if q.best == 5]
    assert q and q[0].of == "wounded"


def test_vague_counts_and_suspects() -> None:
    q = only("Police arrested dozens of suspected al-Shabaab militants on Friday.")
    assert (q.of, q.low) == ("suspects", 24)
    assert only("Hundreds of civilians fled the fighting.").low == 200


def test_up_to_and_ranges() -> None:
    q = only("The group still has up to 3,000 fighters.")
    assert (q.of, q.high) == ("fighters", 3000)
    q = only("Between 10 and 15 rockets struck the base.")
    assert (q.low, q.high, q.of) == (10, 15, "rockets")


def test_two_counts_in_one_phrase() -> None:
    found = quantities("The attack killed two American soldiers and one civilian interpreter.")
    assert [(q.of, q.best) for q in found] == [("soldiers", 2), ("interpreters", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "The 35-year-old was detained in 2019.",
        "F-16 and MQ-9 aircraft flew over the area on December 13 at 12:30.",
        "He was the 3rd commander to be removed.",
        "The siege lasted 11 days.",
        "Saheed Vassell was shot dead around 5 p.m. Wednesday in Crown Heights.",
        "The shelling started at 6am and went on until 9 pm.",
        "Sirens sounded at 4 o'clock, and again at 10 GMT.",
        "The curfew begins at 5 in the morning.",
    ],
)
def test_not_counts(text: str) -> None:
    assert quantities(text) == []


def test_a_count_beside_a_clock_time_is_kept() -> None:
    found = quantities("Three people were killed at 9 a.m. when gunmen opened fire on a bus.")
    assert [(q.of, q.best) for q in found] == [("killed", 3)]


def test_percent_and_money_are_not_people() -> None:
    found = quantities("Prices rose 40% and the army spent $300 on fuel.")
    assert sorted(q.of or "" for q in found) == ["money", "percent"]


def test_number_words() -> None:
    assert parse_number("twenty-five") == 25
    assert parse_number("3,000") == 3000
    assert parse_number("two million") == 2_000_000
    assert parse_number("ninety nine") == 99
    assert parse_number("Smarch") is None


def test_running_example() -> None:
    path = shared_dir() / "examples" / "hawkeye-strike-2026-01-10.txt"
    if not path.exists():
        pytest.skip(f"running example not found at {path}")
    text = path.read_text(encoding="utf-8")
    found = {q.evidence.text: q for q in find_quantities(text, [(0, len(text))])}
    assert found["more than 90 precision munitions"].low == 91
    assert found["over 35 targets"].low == 36
    assert found["more than 20 aircraft"].low == 21
    assert found["nearly 25 Isis group members"].of == "captured or killed"
    assert found["11 missions"].best == 11
    assert found["up to 3,000 fighters"].high == 3000
    assert found["dozens of suspected Isis terrorists"].of == "suspects"
    assert not any(q.best == 2019 for q in found.values())


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.text(),
        st.lists(
            st.sampled_from(
                [
                    "more",
                    "than",
                    "over",
                    "nearly",
                    "25",
                    "3,000",
                    "10-15",
                    "between",
                    "and",
                    "dozens",
                    "of",
                    "people",
                    "killed",
                    "F-16",
                    "35-year-old",
                    "2019",
                    "%",
                    "$",
                    "twenty-five",
                    "a",
                    "dozen",
                    ",",
                    ".",
                    "\n",
                ]
            ),
            max_size=25,
        ).map(" ".join),
    )
)
def test_arbitrary_text_never_raises_and_evidence_slices(text: str) -> None:
    for q in find_quantities(text, [(0, len(text))]):
        assert text[q.evidence.start : q.evidence.end] == q.evidence.text


def test_a_count_stops_at_the_verb_of_harm_after_it() -> None:
    text = "Police said attacks on two villages killed 12 people."
    found = find_quantities(text, [(0, len(text))])
    assert [(q.evidence.text, q.best) for q in found] == [("two", 2), ("12 people", 12)]


@pytest.mark.parametrize(
    "text",
    [
        "In 2023 soldiers killed 40 civilians in the village of Kuk, the report said.",
        "Since 1989 guerrillas have killed 40 people in the region.",
        "Officials said that, in 2015 militants killed 40 people there.",
    ],
)
def test_a_year_opened_by_a_preposition_of_time_is_no_count(text: str) -> None:
    assert [q.best for q in quantities(text)] == [40]


def test_a_count_after_a_verb_before_people_stays_a_count() -> None:
    q = only("Police said 2000 people were killed in the fighting.")
    assert q.best == 2000
