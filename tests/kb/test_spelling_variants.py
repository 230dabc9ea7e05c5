"""Spelling variants that wire copy uses for states and groups resolve to the same actor."""

from __future__ import annotations

from sitrep.kb.actors import ActorKB


def test_ecuadorean_spelling_is_ecuador() -> None:
    kb = ActorKB.load(())
    state = kb.state_of_demonym("Ecuadorean")
    assert state is not None and state.id == "EC"


def test_army_of_national_liberation_is_the_eln() -> None:
    kb = ActorKB.load(())
    entry = kb.resolve("Army of National Liberation")
    assert entry is not None and entry.id == "eln"
