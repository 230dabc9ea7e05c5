"""PLOVER contexts of events, each with its words, and the test for ordinary crime."""

from __future__ import annotations

from sitrep.events.context import ordinary_crime
from sitrep.model import Event, make_article
from sitrep.pipeline import process_article


def _events(text: str) -> list[Event]:
    return list(process_article(make_article(text, published="2024-05-06")).events)


def _contexts(event: Event) -> dict[str, str | None]:
    return {c.name: c.evidence.text if c.evidence else None for c in event.plover.context}


def test_a_robbery_arrest_is_ordinary_crime_with_its_words() -> None:
    (event,) = _events(
        "SPRINGFIELD, Ill. -- Police arrested a 24-year-old man Tuesday in connection with"
        " the robbery of a convenience store on Main Street, police said."
    )
    assert _contexts(event) == {"crime": "robbery", "crime_theft": "robbery"}
    assert ordinary_crime(event)


def test_a_murder_charge_sets_crime_and_murder() -> None:
    events = _events(
        "A man was arrested Sunday and charged with murder after his neighbour was shot dead"
        " outside their home in Dayton, Ohio, police said."
    )
    assert events
    assert all({"crime", "crime_murder"} <= set(_contexts(e)) for e in events)
    assert all(ordinary_crime(e) for e in events)


def test_an_air_strike_by_a_state_is_military_not_crime() -> None:
    events = _events(
        "US Central Command said on Saturday that American jets struck Islamic State"
        " positions near Baghuz in eastern Syria."
    )
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strikes
    assert all("military" in _contexts(e) for e in strikes)
    assert not any(ordinary_crime(e) for e in strikes)


def test_a_terror_attack_is_terrorism_and_never_ordinary_crime() -> None:
    events = _events(
        "Gunmen killed three police officers at a checkpoint in Kandahar province on Monday"
        " in what officials called a terrorist attack. Two suspects were later arrested."
    )
    attack = next(e for e in events if e.event_type != "Strategic developments")
    assert _contexts(attack)["terrorism"] == "terrorist"
    assert not ordinary_crime(attack)


def test_a_protest_is_never_ordinary_crime() -> None:
    events = _events(
        "Thousands of protesters marched through central Nairobi on Tuesday against the"
        " finance bill, which critics called a theft of the people's money."
    )
    assert events
    assert not any(ordinary_crime(e) for e in events)


def test_an_election_and_chemical_weapons_are_named_contexts() -> None:
    events = _events(
        "Government forces dropped barrels of chlorine gas on the town of Saraqeb on Sunday,"
        " days before the presidential election, rescue workers said."
    )
    assert events
    names = set(_contexts(events[0]))
    assert {"cbrn", "election"} <= names
