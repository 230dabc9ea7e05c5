"""Context rule 2: a possessive before a name and "home" after it ("he left his Norman
home") make the name the town someone lives in."""

from __future__ import annotations

from sitrep.geo import context

from .conftest import Run


def test_a_persons_home_names_the_town(run: Run) -> None:
    text = (
        "The Gulf War veteran is riding a bicycle to the capital. He left his Norman home "
        "Saturday and plans to arrive in April."
    )
    assert "Norman" in [p.evidence.text for p in run(text).places]


def test_own_home_needs_both_the_possessive_and_home() -> None:
    text = "his Norman home; the Norman home; his Norman roots"
    first = text.index("Norman")
    second = text.index("Norman", first + 1)
    third = text.rindex("Norman")
    assert context.own_home(text, first, first + 6)
    assert not context.own_home(text, second, second + 6)
    assert not context.own_home(text, third, third + 6)
