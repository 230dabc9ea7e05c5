"""Fields of events ACLED coders fill from the wording of the report: a town written
before its country, a compass-named part of a town, places carried through a paragraph,
an operation's bracketed other name, numbers inside clock times, vague counts of things,
and the enemy a coalition's own name declares."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sitrep.events.placing import focus_country, usable_places
from sitrep.kb.actors import ActorKB
from sitrep.model import EntityMention, Event, PlaceMention, Span


def _events(builder: Any) -> list[Event]:
    return list(builder.run().events)


def _span(text: str, phrase: str) -> Span:
    at = text.index(phrase)
    return Span.of(text, at, at + len(phrase))


# --- places ------------------------------------------------------------------------


def test_a_town_written_before_its_country_places_the_event(
    build: Callable[..., Any],
) -> None:
    text = "Rebels said the June 4 Marib, Yemen drone strike killed three of their fighters."
    b = build(text, published="2021-06-10")
    b.place("Marib", "YE", feature="city")
    b.place("Yemen", "YE", feature="country")
    b.timex("June 4", "2021-06-04")
    [event] = _events(b)
    assert event.location is not None
    assert (event.location.name, event.location.precision) == ("Marib", "exact")


def test_a_compass_named_part_of_a_town_is_placed_in_the_town(
    build: Callable[..., Any],
) -> None:
    text = "Iraqi troops clashed with Islamic State fighters in the heart of East Mosul on Sunday."
    b = build(text, published="2016-12-05")
    b.actor("Iraqi troops", "Military Forces of Iraq", "IQ.military",
            type="state_forces", country="IQ")  # fmt: skip
    b.actor("Islamic State", "Islamic State", "islamic_state", type="rebel_group")
    b.place("Iraqi", "IQ", feature="country")  # the demonym names the country
    b.timex("Sunday", "2016-12-04")
    [event] = _events(b)
    assert event.location is not None and event.location.evidence is not None
    assert (event.location.name, event.location.country) == ("Mosul", "IQ")
    assert event.location.evidence.text == "Mosul"
    assert event.location.precision == "exact"


def test_a_paragraph_telling_one_battle_keeps_its_town_to_the_last_step(
    build: Callable[..., Any],
) -> None:
    text = (
        "Libyan government forces stormed a conference centre held by Islamic State "
        "fighters in Sirte on Monday. The militants had used the building as their "
        "headquarters. After taking the area, government forces fought off two "
        "counterattacks by Islamic State. US aircraft then carried out an air strike on "
        "the location."
    )
    b = build(text, published="2016-08-02")
    for nth in (0, 1):
        b.actor("government forces", "Military Forces of Libya", "LY.military",
                type="state_forces", country="LY", nth=nth)  # fmt: skip
        b.actor("Islamic State", "Islamic State", "islamic_state", type="rebel_group", nth=nth)
    b.actor("US", "Military Forces of the United States", "US.military",
            type="state_forces", country="US")  # fmt: skip
    b.place("Sirte", "LY", feature="city")
    b.timex("Monday", "2016-08-01")
    [strike] = [e for e in _events(b) if e.sub_event_type == "Air/drone strike"]
    assert strike.location is not None
    assert (strike.location.name, strike.location.precision) == ("Sirte", "exact")


def test_a_place_struck_and_set_off_by_its_kind_places_the_strike(
    build: Callable[..., Any],
) -> None:
    text = (
        "On Sunday, Turkish jets fired missiles into northern Iraq, striking Kesta, "
        "a village near Duhok."
    )
    b = build(text, published="2020-06-15")
    b.actor(
        "Turkish", "Military Forces of Turkey", "TR.military", type="state_forces", country="TR"
    )
    b.place("Iraq", "IQ", feature="country")
    b.place("Duhok", "IQ", feature="city")
    b.timex("Sunday", "2020-06-14")
    [event] = _events(b)
    assert event.location is not None and event.location.evidence is not None
    assert (event.location.name, event.location.country) == ("Kesta", "IQ")
    assert event.location.evidence.text == "Kesta"


def test_an_operations_other_name_in_brackets_is_no_place() -> None:
    text = "Marines began Operation Phantom Fury (Fajr) against insurgents in Fallujah."
    fajr = PlaceMention(_span(text, "Fajr"), "Fajr", 1, "SA", 0.0, 0.0, "city")
    fallujah = PlaceMention(_span(text, "Fallujah"), "Fallujah", 2, "IQ", 0.0, 0.0, "city")
    operation = EntityMention(_span(text, "Operation Phantom Fury"), "OPERATION", "Phantom Fury")
    kept = usable_places([fajr, fallujah], [operation], (), text)
    assert [p.name for p in kept] == ["Fallujah"]


def test_a_focus_country_cited_only_by_towns_is_named_by_its_name() -> None:
    text = "Car bombs went off in Baghdad and in Basra."
    towns = [
        PlaceMention(_span(text, "Baghdad"), "Baghdad", 1, "IQ", 33.3, 44.4, "city"),
        PlaceMention(_span(text, "Basra"), "Basra", 2, "IQ", 30.5, 47.8, "city"),
    ]
    focus = focus_country(towns, text)
    assert focus is not None
    assert (focus.name, focus.country, focus.precision) == ("Iraq", "IQ", "country")


# --- numbers -----------------------------------------------------------------------


def test_a_vague_quantifier_counts_the_things_it_names(build: Callable[..., Any]) -> None:
    text = "Several mortar rounds landed near the police station in Kirkuk on Monday."
    b = build(text, published="2016-10-18")
    b.place("Kirkuk", "IQ", feature="city")
    b.timex("Monday", "2016-10-17")
    [event] = _events(b)
    [count] = event.quantities
    assert (count.evidence.text, count.of, count.low, count.high) == (
        "Several mortar rounds", "rounds", 3, None,
    )  # fmt: skip


def test_several_dead_are_coded_ten_as_acled_codes_them(build: Callable[..., Any]) -> None:
    text = "Gunmen killed several villagers in Zamfara on Monday."
    b = build(text, published="2021-03-02")
    b.place("Zamfara", "NG", feature="admin1")
    b.timex("Monday", "2021-03-01")
    [event] = _events(b)
    assert (event.fatalities.low, event.fatalities.high) == (10, None)
    assert [(q.evidence.text, q.low) for q in event.quantities] == [("several villagers", 3)]


def test_a_vague_quantifier_of_time_counts_nothing(build: Callable[..., Any]) -> None:
    text = "Jets struck the outskirts of Idlib several times on Monday."
    b = build(text, published="2016-10-18")
    b.place("Idlib", "SY", feature="city")
    b.timex("Monday", "2016-10-17")
    events = _events(b)
    assert events and all(e.quantities == () for e in events)


def test_one_strike_conducted_is_counted_as_ten_would_be(build: Callable[..., Any]) -> None:
    text = "French jets carried out an air strike on a weapons depot near Raqqa on Sunday."
    b = build(text, published="2015-11-16")
    b.actor("French", "France", "FR", type="state_forces", country="FR")
    b.place("Raqqa", "SY", feature="city")
    b.timex("Sunday", "2015-11-15")
    [event] = _events(b)
    assert [(q.evidence.text, q.of, q.low, q.high) for q in event.quantities] == [
        ("an air strike", "strikes", 1, 1)
    ]


def test_an_attack_launched_is_no_count_of_strikes(build: Callable[..., Any]) -> None:
    text = "Militants launched an attack on an army post near Raqqa on Sunday."
    b = build(text, published="2015-11-16")
    b.place("Raqqa", "SY", feature="city")
    b.timex("Sunday", "2015-11-15")
    events = _events(b)
    assert events and all(e.quantities == () for e in events)


def test_a_stated_absence_of_deaths_is_zero_fatalities(build: Callable[..., Any]) -> None:
    text = "A rocket hit the airport in Erbil on Friday, causing damage but no casualties."
    b = build(text, published="2021-02-20")
    b.place("Erbil", "IQ", feature="city")
    b.timex("Friday", "2021-02-19")
    [event] = _events(b)
    fatalities = event.fatalities
    assert (fatalities.low, fatalities.best, fatalities.high) == (0, 0, 0)
    assert fatalities.evidence is not None and fatalities.evidence.text == "no casualties"


def test_a_toll_leaves_a_stated_absence_of_deaths_unknown_elsewhere(
    build: Callable[..., Any],
) -> None:
    text = "Gunmen attacked a checkpoint in Kirkuk on Friday. Police said six were killed."
    b = build(text, published="2021-02-20")
    b.place("Kirkuk", "IQ", feature="city")
    b.timex("Friday", "2021-02-19")
    b.quantity("six", "killed", low=6, best=6, high=6)
    events = _events(b)
    assert events and all(e.fatalities.low != 0 for e in events)


def test_an_officer_named_by_rank_adds_one_to_the_dead(build: Callable[..., Any]) -> None:
    text = (
        "Militants stormed the base near Ramadi on Sunday; 40 soldiers and a colonel were killed."
    )
    b = build(text, published="2015-05-18")
    b.place("Ramadi", "IQ", feature="city")
    b.timex("Sunday", "2015-05-17")
    b.quantity("40 soldiers", "soldiers", low=40, best=40, high=40)
    [event] = _events(b)
    assert (event.fatalities.low, event.fatalities.high) == (41, 41)


# --- actors ------------------------------------------------------------------------


def test_a_coalition_named_against_a_group_strikes_that_group(
    build: Callable[..., Any],
) -> None:
    text = (
        "Daesh fighters still hold the old city of Mosul. "
        "The US-led coalition carried out air strikes in support of Iraqi troops "
        "in Mosul on Tuesday."
    )
    b = build(text, published="2017-03-08")
    b.actor("Daesh", "Islamic State", "islamic_state", type="rebel_group")
    b.actor("US-led coalition", "Global Coalition against Daesh", "coalition", type="external")
    b.actor("Iraqi troops", "Military Forces of Iraq", "IQ.military", type="state_forces")
    b.place("Mosul", "IQ", feature="city")
    b.timex("Tuesday", "2017-03-07")
    [event] = [e for e in _events(b) if e.sub_event_type == "Air/drone strike"]
    assert event.actor1 is not None and event.actor1.kb_id == "coalition"
    assert event.actor2 is not None and event.actor2.kb_id == "islamic_state"
    assert event.actor2.evidence is not None and event.actor2.evidence.text == "Daesh"


def test_a_coalition_whose_name_declares_no_enemy_gets_none(
    build: Callable[..., Any],
) -> None:
    text = (
        "Houthi fighters still hold the port of Hodeidah. "
        "The Saudi-led coalition carried out air strikes in Hodeidah on Tuesday."
    )
    b = build(text, published="2018-06-13")
    b.actor("Houthi", "Houthis", "houthis", type="rebel_group")
    b.actor("Saudi-led coalition", "Coalition forces", None, type="external")
    b.place("Hodeidah", "YE", feature="city")
    b.timex("Tuesday", "2018-06-12")
    [event] = [e for e in _events(b) if e.sub_event_type == "Air/drone strike"]
    assert event.actor2 is None


def test_the_mujahideen_shura_council_is_an_iraqi_armed_group() -> None:
    entry = ActorKB.load().resolve("Mujahideen Shura Council")
    assert entry is not None
    assert (entry.type, entry.country) == ("rebel_group", "IQ")
