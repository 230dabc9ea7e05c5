"""EventsStage on realistic news sentences, documents built by hand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sitrep.model import Event


def _events(builder: Any, **kw: Any) -> list[Event]:
    return list(builder.run(**kw).events)


def test_russian_drone_strike_on_kharkiv(build: Callable[..., Any]) -> None:
    text = (
        "Russian drones struck a residential building in Kharkiv overnight, killing three "
        "civilians, according to regional governor Oleh Syniehubov."
    )
    b = build(text, published="2025-11-02")
    b.actor("Russian", "Russia", "RU", country="RU", type="state_forces")
    b.entity("Oleh Syniehubov", "PERSON")
    b.place("Kharkiv", "UA", feature="city")
    b.quantity("three civilians", "civilians", low=3, best=3, high=3)
    [event] = _events(b)
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence",
        "Air/drone strike",
    )
    assert event.plover.type == "ASSAULT" and event.plover.mode == "aerial"
    assert event.actor1 is not None and event.actor1.kb_id == "RU"
    assert event.location is not None and event.location.name == "Kharkiv"
    assert event.location.precision == "exact"
    assert event.fatalities.best == 3 and event.fatalities.civilians == 3
    assert event.civilian_targeting
    assert event.attributed_to is not None and event.attributed_to.name == "Oleh Syniehubov"
    assert event.date is not None and event.date.inferred and event.date.evidence is None


def test_rsf_attack_on_civilians_in_el_fasher(build: Callable[..., Any]) -> None:
    text = (
        "RSF fighters attacked civilians fleeing El Fasher on Sunday, killing at least 40 people."
    )
    b = build(text, published="2025-10-28")
    b.actor("RSF", "Rapid Support Forces", "rsf", type="rebel_group", country="SD")
    b.place("El Fasher", "SD", feature="city")
    b.timex("Sunday", "2025-10-26")
    b.quantity("at least 40 people", "people", low=40, qualifier="at least")
    [event] = _events(b)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.actor1 is not None and event.actor1.kb_id == "rsf"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Sudan)"
    assert event.actor2.type == "civilians"
    assert event.fatalities.low == 40
    assert event.date is not None and event.date.start == "2025-10-26"
    assert event.date.evidence is not None and event.date.evidence.text == "Sunday"


def test_protest_dispersed_with_tear_gas(build: Callable[..., Any]) -> None:
    text = "Police fired tear gas to disperse hundreds of protesters in Nairobi on Tuesday."
    b = build(text, published="2025-07-09")
    b.place("Nairobi", "KE", feature="city")
    b.timex("Tuesday", "2025-07-08")
    b.quantity("hundreds of protesters", "protesters", low=200)
    [event] = _events(b)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Protest with intervention")
    assert event.actor1 is not None and event.actor1.name == "Protesters (Kenya)"
    assert event.actor2 is not None and event.actor2.name == "Police Forces of Kenya"
    assert event.fatalities.best is None


def test_jnim_ambush_in_mali_kills_twelve_soldiers(build: Callable[..., Any]) -> None:
    text = (
        "JNIM fighters ambushed a military convoy near Boni in central Mali on Monday, "
        "killing 12 soldiers, the army said."
    )
    b = build(text, published="2025-09-03")
    b.actor("JNIM", "JNIM", "jnim", type="rebel_group")
    b.place("Boni", "ML", feature="village")
    b.place("Mali", "ML", feature="country")
    b.timex("Monday", "2025-09-01")
    b.quantity("12 soldiers", "soldiers", low=12, best=12, high=12)
    [event] = _events(b)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor1 is not None and event.actor1.kb_id == "jnim"
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Mali"
    assert event.location is not None and event.location.name == "Boni"
    assert event.location.precision == "near"
    assert event.fatalities.low == event.fatalities.best == 12
    assert event.fatalities.civilians is None


def test_ambush_fatalities_add_up_across_coordinated_counts(build: Callable[..., Any]) -> None:
    text = (
        "Isis killed two American soldiers and one US civilian interpreter in an ambush "
        "attack on December 13."
    )
    b = build(text)
    b.actor("Isis", "Islamic State", "islamic_state", type="rebel_group")
    b.actor(
        "American soldiers",
        "Military Forces of United States",
        "US.military",
        country="US",
        type="state_forces",
    )
    b.actor("US", "United States", "US", country="US", type="state_forces")
    b.timex("December 13", "2025-12-13")
    b.quantity("two American soldiers", "soldiers", low=2, best=2, high=2)
    b.quantity("one US civilian interpreter", "interpreters", low=1, best=1, high=1)
    [event] = _events(b)
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 is not None and event.actor1.kb_id == "islamic_state"
    assert event.actor2 is not None and event.actor2.country == "US"
    assert (event.fatalities.low, event.fatalities.best, event.fatalities.civilians) == (3, 3, 1)
    assert event.date is not None and event.date.start == event.date.end == "2025-12-13"


def test_arrests_by_authorities_in_a_country(build: Callable[..., Any]) -> None:
    text = (
        "Authorities in neighbouring Turkey arrested dozens of suspected Isis terrorists "
        "shortly before New Year’s Eve."
    )
    b = build(text)
    b.actor("Isis", "Islamic State", "islamic_state", type="rebel_group")
    b.place("Turkey", "TR")
    b.timex("New Year’s Eve", "2025-12-31")
    b.quantity("dozens of suspected Isis terrorists", "suspects", low=24)
    [event] = _events(b)
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Arrests")
    assert event.actor1 is not None and event.actor1.kb_id == "TR.police"
    assert event.actor1.name == "Police Forces of Turkey"
    assert event.actor2 is not None and event.actor2.kb_id == "islamic_state"
    assert event.date is not None and event.date.end == "2025-12-31"
    assert event.date.start == "2025-12-24" and event.date.precision == "week"
    assert [q.low for q in event.quantities] == [24]
    assert event.location is not None and event.location.country == "TR"


def test_background_and_generic_sentences_make_no_event(build: Callable[..., Any]) -> None:
    text = (
        "The group was weakened following its defeat at the battle of Baghuz in 2019.\n"
        "However, Isis is still said to have up to 3,000 fighters in Syria and Iraq."
    )
    b = build(text)
    b.timex("2019", "2019-01-01", "2019-12-31", precision="year")
    b.place("Syria", "SY")
    b.quantity("up to 3,000 fighters", "fighters", high=3000)
    assert _events(b) == []


def test_threats_are_kept_out_unless_asked(build: Callable[..., Any]) -> None:
    text = "The militia threatened to attack the city if the army advanced."
    assert _events(build(text)) == []
    [event] = _events(build(text), keep_unrealised=True)
    assert event.modality == "planned"


def test_mentions_of_one_strike_merge_with_weapons_and_numbers(
    build: Callable[..., Any],
) -> None:
    text = (
        "The US launched airstrikes against Islamic State targets in Syria today.\n"
        "The US fired more than 90 precision munitions at over 35 targets.\n"
        "F-15Es and Jordanian F-16s took part in today’s operation.\n"
        "However, the extent of any casualties from the strikes is not yet clear."
    )
    b = build(text)
    for nth in (0, 1):
        b.actor("The US", "United States", "US", nth=nth, country="US", type="state_forces")
    b.actor("Islamic State", "Islamic State", "islamic_state", type="rebel_group")
    b.actor("Jordanian", "Jordan", "JO", country="JO", type="state_forces")
    b.entity("Jordanian", "NORP")
    b.place("Syria", "SY")
    b.timex("today", "2026-01-10")
    b.timex("today’s", "2026-01-10")
    b.quantity("more than 90 precision munitions", "munitions", low=91, qualifier="more than")
    b.quantity("over 35 targets", "targets", low=36, qualifier="over")
    b.weapon("F-15Es", "F-15E", "combat_aircraft", "US")
    b.weapon("F-16s", "F-16", "combat_aircraft", "JO")
    [event] = _events(b)
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1 is not None and event.actor1.kb_id == "US"
    assert [a.kb_id for a in event.assoc_actor1] == ["JO"]
    assert event.actor2 is not None and event.actor2.kb_id == "islamic_state"
    assert {q.of: q.low for q in event.quantities} == {"munitions": 91, "targets": 36}
    assert [w.name for w in event.weapons] == ["F-15E", "F-16"]
    assert event.evidence.text.startswith("The US launched airstrikes")
    assert event.location is not None and event.location.precision == "country"


def test_ids_are_deterministic(build: Callable[..., Any]) -> None:
    text = "Gunmen abducted 20 students from a school in Kaduna state on Friday."
    first = _events(build(text).place("Kaduna", "NG", feature="ADM1"))
    second = _events(build(text).place("Kaduna", "NG", feature="ADM1"))
    assert first == second
    [event] = first
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert event.location is not None and event.location.precision == "admin1"
    assert event.actor1 is not None and event.actor1.type == "rebel_group"
