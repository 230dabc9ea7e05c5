"""Numbers that count nothing (24-hour clock times, channel numbers, constituency codes,
kinds of vehicle) and money offered as a reward are no counts of people or things."""

from __future__ import annotations

import pytest

from sitrep.model import Quantity
from sitrep.numbers import find_quantities, stated_figure


def quantities(text: str) -> list[Quantity]:
    return find_quantities(text, [(0, len(text))])


@pytest.mark.parametrize(
    "text",
    [
        "On 25 March at 0500, the national police raided a farm outside Tingo Maria.",
        "Troops were deployed at 0430 hours to the outskirts of the town.",
        "The clashes lasted between 0600 and 1400, the army said.",
        "The base came under fire from 1710 to 2250 before reinforcements arrived.",
        "The convoy was ambushed on the road at 1300, a spokesman said.",
    ],
)
def test_a_time_of_the_24_hour_clock_is_no_count(text: str) -> None:
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The death toll stood at 1300 on Monday, officials said.", 1300),
        ("The number of displaced rose from 1200 to 1500 people in a week.", 1500),
        ("Soldiers searched 1300 homes in the district.", 1300),
    ],
)
def test_a_four_digit_count_is_still_a_count(text: str, figure: int) -> None:
    assert figure in [q.best for q in quantities(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Fortunately, no one was killed or wounded in the blast.",
        "THE OPERATOR OF A RELAY TOWER FOR CHANNEL\n7 TELEVISION WAS KILLED BY A BOMB.",
        "The operator of a relay tower for channel\n7 television was killed by a bomb.",
        "The gate of the house of the candidate for NA 52 was damaged in the blast.",
        "A two wheeler parked near the shrine was damaged in the explosion.",
    ],
)
def test_names_and_kinds_of_things_are_no_counts(text: str) -> None:
    assert quantities(text) == []


def test_a_count_in_a_headline_in_capitals_is_kept() -> None:
    (count,) = quantities("TRUCK BOMB KILLS 20 IN KABUL")
    assert (count.best, count.of) == (20, "killed")


@pytest.mark.parametrize(
    "text",
    [
        "The minister offered a reward of up to 2 million U.S. dollars for information.",
        "The kidnappers demanded a ransom of 500,000 for the engineer's release.",
        "Police announced a bounty of 10,000 on the gang leader.",
        "The lawmaker said extortionists had been demanding PKR 10 million from him.",
    ],
)
def test_a_reward_or_a_ransom_is_money(text: str) -> None:
    assert [q.of for q in quantities(text)] == ["money"]


def test_people_hurt_without_a_noun_are_counted_as_wounded() -> None:
    text = "Eight people were killed and 14 were wounded, the military said."
    assert [(q.best, q.of) for q in quantities(text)] == [(8, "killed"), (14, "wounded")]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("as many as 20 people", 20),
        ("more than 20 people", 20),
        ("nearly 20 people", 20),
        ("fewer than 20 people", 20),
        ("20 people", 20),
        ("dozens of people", 24),
    ],
)
def test_the_stated_figure_ignores_the_qualifier(text: str, figure: int) -> None:
    (count,) = quantities(text)
    assert stated_figure(count) == figure


def test_a_count_names_no_noun_past_the_verb_that_follows_it() -> None:
    (count,) = quantities("Nearly 100 Maoist cadres attacked a police station in Gaya.")
    assert (count.best, count.of) == (100, "militants")
