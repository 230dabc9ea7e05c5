"""ACLED actor rules (`sitrep.events.actor_rules`) and one event per coordinated town."""

from __future__ import annotations

from sitrep.model import Event, make_article
from sitrep.pipeline import process_article


def _events(text: str, published: str = "2016-10-16") -> list[Event]:
    return list(process_article(make_article(text, published=published)).events)


def test_demonym_of_a_town_is_not_the_target_and_former_holder_is() -> None:
    text = (
        "I welcome today's news that Syrian opposition forces liberated the Syrian town of "
        "Dabiq from ISIL control, aided by strong support from our ally Turkey."
    )
    (event,) = _events(text)
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.actor1 is not None and event.actor1.name == "Syrian opposition"
    assert event.actor2 is not None and event.actor2.name == "Islamic State"


def test_claim_of_responsibility_names_the_perpetrator_and_civilians_are_victims() -> None:
    text = "On Saturday, Da’esh claimed dual attacks in Baghdad which killed at least 28 people."
    (event,) = _events(text)
    assert event.actor1 is not None and event.actor1.name == "Islamic State"
    assert event.actor2 is not None and event.actor2.type == "civilians"


def test_possessive_group_initiates_and_demonym_civilians_are_no_state() -> None:
    text = (
        "The United States strongly condemns ISIL's multiple suicide attacks in the town of "
        "Tel Tamer, which targeted and killed scores of Syrian civilians."
    )
    (event,) = _events(text)
    assert event.actor1 is not None and event.actor1.name == "Islamic State"
    assert event.actor2 is not None and event.actor2.type == "civilians"


def test_regime_forces_are_acled_military_forces_of_syria() -> None:
    (event,) = _events("Omar was killed on the front line during an attack by pro-Assad forces.")
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Syria"


def test_attacks_in_two_coordinated_towns_are_two_bombing_events() -> None:
    text = (
        "Fighting continues in Syria. The United States strongly condemns the horrific "
        "attacks today in the towns of Jabla in the northwest province of Latakia, and the "
        "port city of Tartus, for which Da’esh has claimed responsibility and where more "
        "than 60 civilians were killed and injured in multiple bombings."
    )
    bombings = [e for e in _events(text) if e.event_type == "Explosions/Remote violence"]
    places = sorted(
        e.location.evidence.text for e in bombings if e.location and e.location.evidence
    )
    assert places == ["Jabla", "Tartus"]
    assert {e.sub_event_type for e in bombings} == {"Remote explosive/landmine/IED"}
    assert all(e.actor1 is not None and e.actor1.name == "Islamic State" for e in bombings)
    assert len({e.id for e in bombings}) == 2
