"""Issue 6 of the audit of unseen news: events told for places of two countries, money
near a trigger, a named person killed in a sentence of their own, and arrests or
protests told after an attack in a sentence that names no place."""

from __future__ import annotations

from event_helpers import events_of

_EMBASSIES = (
    "Truck bombs exploded outside the U.S. embassies in Nairobi and Dar es Salaam on "
    "Friday, killing 213 people in Kenya and 11 in Tanzania."
)


def _by_place(text: str) -> dict[str, tuple[str | None, int | None]]:
    return {
        e.location.name: (e.location.country, e.fatalities.best)
        for e in events_of(text)
        if e.location is not None
    }


def test_one_event_per_city_across_countries_with_the_dead_told_for_each() -> None:
    places = _by_place(_EMBASSIES)
    assert places == {"Nairobi": ("KE", 213), "Dar es Salaam": ("TZ", 11)}
    counts = {
        e.location.name: [q.evidence.text for q in e.quantities]
        for e in events_of(_EMBASSIES)
        if e.location is not None
    }
    assert counts == {"Nairobi": ["213 people"], "Dar es Salaam": ["11"]}


def test_each_city_event_cites_its_own_place() -> None:
    events = events_of(_EMBASSIES)
    assert len({e.id for e in events}) == 2
    cited = {
        e.location.name: e.location.evidence.start
        for e in events
        if e.location is not None and e.location.evidence is not None
    }
    assert cited == {
        "Nairobi": _EMBASSIES.index("Nairobi"),
        "Dar es Salaam": _EMBASSIES.index("Dar"),
    }


def test_a_toll_told_once_for_two_cities_stays_with_the_first() -> None:
    places = _by_place(
        "Car bombs went off outside the embassies in Nairobi and Dar es Salaam on Friday, "
        "killing 224 people."
    )
    assert places == {"Nairobi": ("KE", 224), "Dar es Salaam": ("TZ", None)}


def test_a_count_that_leaves_its_noun_out_is_as_dead_as_the_count_before() -> None:
    events = events_of(
        "Gunmen attacked two villages in Plateau state on Sunday, killing 12 people in "
        "Bokkos and five in Mangu."
    )
    assert sum(e.fatalities.best or 0 for e in events) == 17


def test_a_reward_is_no_count_of_the_event_told_beside_it() -> None:
    events = events_of(
        "A car bomb exploded near a market in Peshawar on Friday, killing six people. The "
        "government offered $2 million for information leading to the arrest of the "
        "bombers."
    )
    assert events
    assert all(q.of != "money" for e in events for q in e.quantities)
    assert events[0].fatalities.best == 6


def test_a_ransom_is_no_count_of_the_kidnapping() -> None:
    events = events_of(
        "Gunmen abducted a businessman in Kaduna on Monday and demanded a ransom of "
        "50 million naira, police said."
    )
    assert events
    assert all(q.of != "money" for e in events for q in e.quantities)


def test_a_named_person_shot_dead_in_a_sentence_of_their_own_is_an_event() -> None:
    events = events_of(
        "Ramesh Kumar was shot dead by suspected Maoists in Dantewada district on Monday."
    )
    assert len(events) == 1
    assert events[0].fatalities.best == 1
    assert events[0].event_type == "Violence against civilians"


def test_a_bare_toll_of_people_is_still_no_event() -> None:
    assert events_of("Five people were killed on Monday, officials said.") == []


def test_an_arrest_told_after_an_attack_takes_its_place() -> None:
    events = events_of(
        "Protesters marched in Lagos on Saturday against fuel prices. Gunmen attacked a "
        "police post in Kano on Sunday, killing three officers. The army later arrested "
        "two men."
    )
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert len(arrests) == 1
    assert arrests[0].location is not None
    assert arrests[0].location.name == "Kano"


def test_a_protest_against_the_killings_takes_their_place() -> None:
    events = events_of(
        "Protesters marched in Lagos on Saturday against fuel prices. Gunmen attacked a "
        "police post in Kano on Sunday, killing three officers. Hundreds of people "
        "protested against the killings on Monday."
    )
    protests = [e for e in events if e.event_type == "Protests"]
    assert {e.location.name for e in protests if e.location} == {"Lagos", "Kano"}


def test_an_arrest_told_three_sentences_later_keeps_its_own_place() -> None:
    events = events_of(
        "Protesters marched in Lagos on Saturday against fuel prices. Gunmen attacked a "
        "police post in Kano on Sunday, killing three officers. The governor condemned "
        "the attack. Officials urged calm. The army later arrested two men."
    )
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert arrests
    assert arrests[0].location is None or arrests[0].location.name != "Kano"
