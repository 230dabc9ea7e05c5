"""A claim of responsibility for an act already told, or the act's attribution to a
group, is that act (merge rule 22): the claimant becomes its side, no new event is
made of "the attack" it names."""

from __future__ import annotations

from event_helpers import events_of, name_of


def test_a_group_claiming_the_attack_joins_the_bombing_told_before() -> None:
    events = events_of(
        "A car bomb exploded outside the Defense Ministry in Bogota on Tuesday, killing "
        "four people. The ELN claimed responsibility for the attack."
    )
    assert len(events) == 1
    assert events[0].event_type == "Explosions/Remote violence"
    assert name_of(events[0].actor1) == "National Liberation Army (Colombia)"


def test_the_police_attributing_the_attack_to_a_group_is_no_second_event() -> None:
    events = events_of(
        "A car bomb exploded outside the Defense Ministry in Bogota on Tuesday, killing "
        "four people. The police attributed the attack to the ELN."
    )
    assert len(events) == 1
    assert name_of(events[0].actor1) == "National Liberation Army (Colombia)"


def test_a_new_attack_claimed_with_its_own_place_is_another_event() -> None:
    events = events_of(
        "A car bomb exploded outside the Defense Ministry in Bogota on Tuesday, killing "
        "four people. On Wednesday the ELN claimed responsibility for an attack on a "
        "pipeline in Arauca."
    )
    assert len(events) == 2
