"""Numbers in local crime and court news that count nothing, and amounts of bail:

- an age set off after a name ("Nuiry, 53, was arrested", "Barnett, 36, of Palestine",
  "Desmond Clark (22)", "aged 19") is no count;
- the number of a road, a route or another named thing ("CR 367", "U.S. 79", "Route 9",
  "Highway 1", "Interstate 95", "the 405 freeway", "Flight 17", "WSVN-Ch. 7") is no count;
- bail and bond amounts are money, with or without a currency sign.
"""

from __future__ import annotations

import pytest

from sitrep.model import Quantity
from sitrep.numbers import find_quantities


def quantities(text: str) -> list[Quantity]:
    return find_quantities(text, [(0, len(text))])


@pytest.mark.parametrize(
    "text",
    [
        "Nuiry, 53, was arrested Thursday at Kendale Lakes Elementary School.",
        "James Ernest Barnett, 36, of Palestine was arrested without incident.",
        "Police arrested Paul Francis Floyd, 47 and said to be homeless, of Los Angeles.",
        "Desmond Clark (22) pleaded guilty to first-degree murder.",
        "The victim, aged 19, died at the scene.",
        "Smith, 45, and Jones, 38, were both charged.",
    ],
)
def test_an_age_after_a_name_is_no_count(text: str) -> None:
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "best", "of"),
    [
        ("In Kabul, 12 people were killed.", 12, "killed"),
        ("On Monday, 12 were killed in the market.", 12, "killed"),
        ("Police said 4, including a policeman, died.", 4, None),
    ],
)
def test_a_count_after_a_comma_is_kept(text: str, best: int, of: str | None) -> None:
    assert (best, of) in [(q.best, q.of) for q in quantities(text)]


@pytest.mark.parametrize(
    "text",
    [
        "He was arrested at a residence on CR 367 off of U.S. 79.",
        "The driver took the U.S. 84 turnoff before turning onto FM 489.",
        "Traffic on Interstate 95 and State Road 60 was halted for hours.",
        "Route 9 and Highway 1 were closed by the flooding.",
        "A crash closed the 405 freeway overnight.",
        "Images broadcast by WSVN-Ch. 7 show him leaving jail.",
    ],
)
def test_a_road_or_route_number_is_no_count(text: str) -> None:
    assert quantities(text) == []


def test_a_count_beside_a_road_number_is_kept() -> None:
    found = quantities("Route 9 was closed after 3 soldiers were killed near Highway 1.")
    assert [(q.best, q.of) for q in found] == [(3, "killed")]
    found = quantities("Flight 17 was shot down, killing 298 people.")
    assert [(q.best, q.of) for q in found] == [(298, "killed")]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("He is being held on a $100,000 bail and will appear in court on Friday.", 100_000),
        ("He is being held on 50,000 bail.", 50_000),
        ("Bail of 10,000 was posted by his family.", 10_000),
        ("Bond was set at 20,000 Saturday morning.", 20_000),
        ("The court granted him bail against a surety of Rs 50,000.", 50_000),
        ("He was released after paying 5,000 rupees.", 5_000),
    ],
)
def test_bail_and_bond_amounts_are_money(text: str, amount: int) -> None:
    assert [(q.of, q.best) for q in quantities(text)] == [("money", amount)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("However, 40 of the victims were children.", 40),
        ("Overall, 25 of the dead were soldiers.", 25),
        ("In Mosul, 12 were killed on Sunday.", 12),
    ],
)
def test_a_count_after_an_opener_or_a_place_is_no_age(text: str, count: int) -> None:
    assert count in [q.best for q in find_quantities(text, [(0, len(text))])]
