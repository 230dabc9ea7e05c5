"""Summary tolls counted in hundreds, acronyms spelled out in brackets, bombs launched
on the ground."""

from __future__ import annotations

import pytest
from event_helpers import events_of, name_of

from sitrep.events.tokens import clause_bounds, spells_out, tokenize


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of peasants have been killed by the death squads in the northern provinces.",
        "The guerrillas have murdered scores of civilians in the highlands.",
    ],
)
def test_a_toll_of_hundreds_in_the_perfect_sums_up_a_war(text: str) -> None:
    assert not [e for e in events_of(text) if e.event_type == "Violence against civilians"]


def test_a_toll_of_hundreds_told_as_one_blast_is_news() -> None:
    text = "A car bomb killed 12 people in the capital on Monday, police said."
    assert events_of(text)


def test_an_acronym_spelled_out_in_brackets_opens_no_clause() -> None:
    text = (
        "Yesterday the FMLN (Farabundo Marti National Liberation Front) attacked the"
        " mayor's office in Usulutan."
    )
    tokens = tokenize(text, 0, len(text))
    verb = next(t.i for t in tokens if t.text == "attacked")
    lo, _ = clause_bounds(tokens, verb)
    assert tokens[lo].text == "Yesterday"
    (event,) = events_of(text)
    assert name_of(event.actor1) == "Farabundo Marti National Liberation Front"


@pytest.mark.parametrize(
    ("acronym", "words", "spelled"),
    [
        ("FMLN", "Farabundo Marti National Liberation Front", True),
        ("ELN", "Ejercito de Liberacion Nacional", True),
        ("FMLN", "which the army blames for the attack", False),
        ("ELN", "Colombia", False),
    ],
)
def test_spells_out(acronym: str, words: str, spelled: bool) -> None:
    assert spells_out(acronym, tokenize(words, 0, len(words))) is spelled


def test_bombs_launched_by_guerrillas_are_no_air_strike() -> None:
    text = (
        "Urban guerrillas launched two powerful bombs against a car dealership in"
        " downtown San Salvador this morning."
    )
    (event,) = events_of(text)
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_bombs_launched_by_jets_stay_an_air_strike() -> None:
    (event,) = events_of("Air force jets launched bombs on the slopes of the volcano.")
    assert event.sub_event_type == "Air/drone strike"


def test_bombs_dropped_by_a_plane_stay_an_air_strike() -> None:
    text = "Thirty minutes ago, a push-and-pull 0-2 plane dropped bombs on Zacamil neighborhood."
    (event,) = events_of(text)
    assert event.sub_event_type == "Air/drone strike"


def test_bombs_fired_with_no_initiator_read_stay_an_air_strike() -> None:
    text = "The junta fired bombs at a school in Sagaing, killing 15 children."
    (event,) = events_of(text)
    assert event.sub_event_type == "Air/drone strike"


def test_scores_killed_in_one_attack_keep_their_toll() -> None:
    text = (
        "Scores of people have been killed in an attack on a market in Darfur, activists"
        " said on Sunday."
    )
    (event,) = events_of(text)
    assert event.fatalities is not None and event.fatalities.best is not None
