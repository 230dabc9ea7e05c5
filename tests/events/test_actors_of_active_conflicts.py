"""Actors of active conflicts on modern wire copy, coded as ACLED codes them: the
army in the Palestinian territories is Israel's, pro-government militias and Russia's
expeditionary forces are named actors, and the sides of a fight told in a clause
introduced by "after" are the fight's sides."""

from __future__ import annotations

from event_helpers import events_of, name_of

PUBLISHED = "2025-06-10"


def _actors(text: str) -> list[tuple[str | None, str | None]]:
    return [(name_of(e.actor1), name_of(e.actor2)) for e in events_of(text, PUBLISHED)]


def test_bare_soldiers_in_the_west_bank_are_israels() -> None:
    text = (
        "NABLUS, West Bank (Reuters) - Soldiers shot dead a Palestinian man near Nablus "
        "on Tuesday, the Palestinian health ministry said."
    )
    assert _actors(text)[0][0] == "Military Forces of Israel"


def test_bare_troops_firing_in_a_west_bank_village_are_israels() -> None:
    text = (
        "RAMALLAH, West Bank (AP) - Troops opened fire on stone-throwers in the village "
        "of Beita on Friday, wounding three, the Palestinian Red Crescent said."
    )
    assert _actors(text)[0][0] == "Military Forces of Israel"


def test_palestinian_security_forces_stay_palestinian() -> None:
    text = (
        "Palestinian Authority security forces clashed with gunmen in the Jenin camp on "
        "Sunday, killing one."
    )
    events = events_of(text, PUBLISHED)
    sides = [events[0].actor1, *events[0].assoc_actor1]
    assert all(a is not None and a.country == "PS" for a in sides)
