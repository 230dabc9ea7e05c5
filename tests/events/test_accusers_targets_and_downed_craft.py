"""Who did it to whom when the report's own words stand between: a source that
"charged (today) that" rebels attacked is no attacker, the subject of "was the target
(victim) of an attack" undergoes it, and a craft named inside its trigger ("an army
helicopter was shot down") was hit, not the shooter's ally."""

from __future__ import annotations

from event_helpers import events_of, name_of

from sitrep.events.roles import _reports_that, _target_of
from sitrep.events.tokens import tokenize
from sitrep.model import Event


def _only(text: str) -> Event:
    events = events_of(text, published="2024-05-15")
    assert len(events) == 1, (text, events)
    return events[0]


def test_an_army_that_charged_that_rebels_attacked_is_no_attacker() -> None:
    event = _only(
        "The Salvadoran army charged today that guerrillas attacked a patrol near "
        "Ilobasco on Monday."
    )
    assert event.actor1 is not None and event.actor1.type == "rebel_group"


def test_a_union_that_denounced_that_soldiers_killed_workers_is_no_attacker() -> None:
    event = _only("The union denounced that soldiers killed two workers near Ilobasco on Monday.")
    assert event.actor1 is not None and event.actor1.type == "state_forces"


def test_charged_names_a_report_only_before_that() -> None:
    for text, expected in (
        ("The army charged today that rebels attacked", True),
        ("The army charged that rebels attacked", True),
        ("Police charged the crowd and attacked", False),
    ):
        tokens = tokenize(text, 0, len(text))
        at = next(t.i for t in tokens if t.lower == "charged")
        assert _reports_that(tokens, at) is expected, text


def test_the_victims_of_an_attack_are_its_target() -> None:
    event = _only("Two journalists were the victims of an attack by gunmen in Medellin on Monday.")
    assert event.actor1 is not None and event.actor1.type == "rebel_group"
    assert name_of(event.actor2) == "Civilians (Colombia)"


def test_the_target_of_attacks_reads_as_undergoing_them() -> None:
    for text, expected in (
        ("Peru has been the target of bloody terrorist attacks", True),
        ("The mayor was the victim of an attack", True),
        ("The rebels chose the target of the attack", False),
    ):
        tokens = tokenize(text, 0, len(text))
        first = next(t.i for t in tokens if t.lower in {"attacks", "attack"})
        assert _target_of(tokens, 0, first) is expected, text


def test_an_army_helicopter_shot_down_by_rebels_is_their_target() -> None:
    event = _only("An army helicopter was shot down by rebels near Tecoluca on Monday.")
    assert event.actor1 is not None and event.actor1.type == "rebel_group"
    assert name_of(event.actor2) == "Military Forces of El Salvador"


def test_a_clock_time_after_at_leaves_the_next_words_the_subject() -> None:
    event = _only("At 2350 guerrillas attacked the power station in Usulutan.")
    assert event.actor1 is not None and event.actor1.type == "rebel_group"


def test_a_count_after_by_stays_the_agent() -> None:
    event = _only("The town of Usulutan was attacked by 1500 guerrillas on Monday.")
    assert event.actor1 is not None and event.actor1.type == "rebel_group"


def test_a_relative_clause_between_dashes_qualifies_the_rebels() -> None:
    events = events_of(
        "The army said that the rebels -- who have dynamited the pipeline 23 times -- "
        "attacked a bus near Tame on Monday.",
        published="2024-05-15",
    )
    assert events
    assert all(e.actor1 is not None and e.actor1.type == "rebel_group" for e in events)


def test_an_attack_attributed_to_a_group_is_that_groups() -> None:
    event = _only(
        "A bomb exploded at a bank in Medellin on Monday, in an attack attributed to the ELN."
    )
    assert name_of(event.actor1) == "National Liberation Army (Colombia)"


def test_who_attributes_a_bombing_is_no_bomber() -> None:
    event = _only("The police attributed the bombing of a bank in Medellin on Monday to the ELN.")
    assert name_of(event.actor1) == "National Liberation Army (Colombia)"
