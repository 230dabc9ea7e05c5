"""Regressions found by a re-audit of unseen news (issue 6).

Arrests told for different days are different events; the death a demonstration
protests, its killer told ("the police killing of an unarmed man"), is the police's act
and never makes the police the crowd's opponent; the state's forces hurt in a shootout
fought in it; and a generic "Security Forces" never links loosely to one country's force.
"""

from __future__ import annotations

from sitrep.kb.actors import ActorKB, generic_force
from sitrep.model import Event, make_article
from sitrep.pipeline import process_article


def _events(text: str, published: str) -> list[Event]:
    return list(process_article(make_article(text, published=published)).events)


def _name(actor: object) -> str | None:
    return getattr(actor, "name", None)


# --- R1. arrests on different days ----------------------------------------------------


def test_arrests_told_for_different_days_stay_two_events() -> None:
    events = _events(
        "KANSAS CITY, Mo. -- A woman set fire to a couch outside a fire station on Sunday, "
        "officials said. A firefighter saw the blaze and detained the 31-year-old woman. "
        "Police later arrested her.\n\n"
        "In other news, Johnson was one of four people police arrested Thursday night "
        "after a 15-minute car chase that ended in a crash.",
        "2024-03-23",
    )
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert sorted(e.date.start for e in arrests if e.date) == ["2024-03-17", "2024-03-21"]


def test_an_arrest_retold_on_its_own_day_is_still_one_event() -> None:
    events = _events(
        "Police arrested two men in Leeds on Tuesday after a stabbing. "
        "The men were arrested on Tuesday evening near the city centre, police said.",
        "2024-03-14",
    )
    assert len([e for e in events if e.sub_event_type == "Arrests"]) == 1


# --- R2. the death a demonstration protests -------------------------------------------


def test_the_police_killing_a_crowd_protests_is_the_polices_act() -> None:
    events = _events(
        "Hundreds of protesters marched through downtown Sacramento on Friday. "
        "The demonstrations followed the police killing of an unarmed black man on "
        "March 18 in Sacramento.",
        "2018-03-31",
    )
    protests = [e for e in events if e.event_type == "Protests"]
    assert protests
    assert all(_name(e.actor2) is None for e in protests)
    assert all(e.sub_event_type == "Peaceful protest" for e in protests)
    killing = [e for e in events if e.trigger is not None and e.trigger.text == "killing"]
    assert [_name(e.actor1) for e in killing] == ["Police Forces of the United States"]


def test_a_death_protested_with_no_killer_told_stays_the_crowds_grievance() -> None:
    events = _events(
        "Shopkeepers in Peshawar closed their shops on Monday to protest against the "
        "killing of a trader.",
        "2024-03-12",
    )
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


# --- R5. the side hurt in a shootout --------------------------------------------------


def test_police_wounded_in_a_shootout_are_a_side_of_it() -> None:
    events = _events(
        "BEIRUT: A wanted gunman was arrested after being wounded in a raid on a house in "
        "the southern suburbs early Tuesday, security sources said. A policeman was also "
        "wounded in the shootout.",
        "2019-05-02",
    )
    clash = [e for e in events if e.sub_event_type == "Armed clash"]
    assert [_name(e.actor1) for e in clash] == ["Police Forces of Lebanon"]
    assert all(e.actor2 is None for e in clash)


def test_soldiers_killed_in_a_clash_still_face_an_unidentified_group() -> None:
    events = _events(
        "Two soldiers were killed in a clash in Helmand province on Tuesday.", "2019-05-02"
    )
    assert [(_name(e.actor1), _name(e.actor2)) for e in events] == [
        ("Unidentified Armed Group (Afghanistan)", "Military Forces of Afghanistan")
    ]


# --- R3. generic names of state forces ------------------------------------------------


def test_generic_force_names_link_to_no_country() -> None:
    kb = ActorKB.load()
    for name in ("Security Forces", "the Security Forces", "Armed Forces", "Police"):
        assert generic_force(name)
        assert kb.resolve(name) is None
    entry = kb.resolve("UK Security Forces")
    assert entry is not None and entry.id == "GB.police"
    assert not generic_force("Pakistani Security Forces")


def test_security_forces_take_the_articles_country() -> None:
    events = _events(
        "Militants attacked a bunker of Security Forces in the Akakhel area of Tirah "
        "Valley in Khyber Agency on Sunday, killing two soldiers.",
        "2014-02-10",
    )
    assert events
    assert _name(events[0].actor2) == "Military Forces of Pakistan"
