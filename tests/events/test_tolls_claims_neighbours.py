"""Neighbours of the toll-total, rival-claim, denial and unknown-attacker rules: the
injured are no death toll, a claim of responsibility is no party's own count, a denial
of something else sets no count against another, and not knowing who the victims were
is not knowing who attacked."""

from __future__ import annotations

from event_helpers import events_of, name_of

PUBLISHED = "2026-06-10"


def _tolls(text: str) -> list[tuple[int | None, int | None, int | None]]:
    return [
        (e.fatalities.low, e.fatalities.best, e.fatalities.high)
        for e in events_of(text, published=PUBLISHED)
    ]


def test_the_injured_rising_is_no_death_toll() -> None:
    text = (
        "A car bomb killed 12 people in Kandahar on Monday. The death toll from the attack "
        "was not immediately known, but the number of injured rose to 45, officials said."
    )
    assert [best for _, best, _ in _tolls(text)] == [12]


def test_a_toll_from_a_named_strike_rising_is_still_a_total() -> None:
    text = (
        "A missile struck an apartment block in Zaporizhzhia on Monday, killing five people. "
        "The death toll from the Russian missile strike on Zaporizhzhia rose to 11, officials said."
    )
    assert [best for _, best, _ in _tolls(text)] == [11]


def test_a_claim_of_responsibility_keeps_the_narrators_count() -> None:
    text = (
        "Islamic State claimed the suicide bombing, which killed 40 people at a mosque in "
        "Jalalabad on Monday. Hospital officials, however, said 52 people had been killed."
    )
    assert _tolls(text) == [(40, 40, 52)]


def test_a_denial_of_something_else_sets_no_count_against_another() -> None:
    text = (
        "Bandits killed 12 people in the village of Kadawa in Zamfara on Monday, residents "
        "said. The governor rejected claims that his government had ignored warnings of the "
        "raid. Police said the bandits killed 9 people in a neighbouring village."
    )
    assert all(low != 9 or high != 12 for low, _, high in _tolls(text))


def test_not_knowing_who_was_killed_keeps_the_attacker() -> None:
    text = (
        "Al-Shabaab fighters attacked an army base near Afgoye on Monday, officials said. "
        "The militants stormed the base after a car bomb exploded at its gate, killing 12 "
        "soldiers. It was not immediately clear who was among those killed."
    )
    names = [name_of(e.actor1) for e in events_of(text, published=PUBLISHED)]
    assert names and all(name == "al-Shabaab" for name in names), names
