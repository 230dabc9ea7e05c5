"""A claim of responsibility for an act already told, or the act's attribution to a
group, is that act (merge rule 22): the claimant becomes its side, no new event is
made of "the attack" it names. A state force hurt in a fight with no other side named
fought in it (rule 11), and is its actor1 in every mention that told it hurt, never its
own opponent."""

from __future__ import annotations

from event_helpers import events_of, name_of

from sitrep.events.merge import Cluster, Mention, unidentified_perpetrators
from sitrep.model import Actor, Span


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


def _battle_mention(text: str, trigger: str, hurt: Actor | None) -> Mention:
    start = text.index(trigger)
    return Mention(
        sentence_no=0,
        sentence=Span(0, len(text), text),
        trigger=Span(start, start + len(trigger), trigger),
        family="clash",
        weak=False,
        event_type="Battles",
        sub_type="Armed clash",
        date=None,
        date_strength=0,
        location=None,
        actor1=None,
        assoc1=[],
        actor2=hurt,
        weapons=[],
        quantities=[],
        dead=[],
        modality="asserted",
        attributed_to=None,
        civilian_targeting=False,
        strength=1.0,
    )


def _forces(name: str, words: Span) -> Actor:
    return Actor(name, words, country="PER", type="state_forces")


def test_the_force_hurt_in_a_fight_told_twice_is_no_longer_its_own_opponent() -> None:
    first = "Two soldiers were wounded in a shootout near Ayacucho on Monday."
    second = "A third soldier was hurt in the shootout, the army said."
    army = "Military Forces of Peru"
    cluster = Cluster(
        [
            _battle_mention(first, "shootout", _forces(army, Span(4, 12, "soldiers"))),
            _battle_mention(second, "shootout", _forces(army, Span(8, 15, "soldier"))),
        ]
    )
    unidentified_perpetrators([cluster])
    assert [name_of(m.actor1) for m in cluster.mentions] == [army, army]
    assert [m.actor2 for m in cluster.mentions] == [None, None]
