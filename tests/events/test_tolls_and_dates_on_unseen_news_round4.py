"""Fatalities and event dates as a careful coder reads them in unseen news: the wounded
are never dead, a toll told in the headline and again in the body is one toll, a person
named as killed is one dead; a day that belongs to a charge, a denial or a reason told
beside the event does not date it."""

from __future__ import annotations

from event_helpers import date_of, events_of

from sitrep.events.dating import Dated
from sitrep.events.measures import (
    fatalities_of,
    is_fatality_count,
    single_people,
    singular_victims,
)
from sitrep.events.tokens import tokenize
from sitrep.model import Event
from sitrep.numbers import find_quantities

PUBLISHED = "2024-05-06"


def _deadliest(text: str) -> Event:
    events = events_of(text, published=PUBLISHED)
    assert events, text
    return max(events, key=lambda e: e.fatalities.best or 0)


def _toll(text: str) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) of the fatality counts the measures rules read in `text`."""
    tokens = tokenize(text, 0, len(text))
    counts = find_quantities(text, [(0, len(text))])
    counts += single_people(tokens, counts, text)
    dead = [q for q in counts if is_fatality_count(q, tokens, text)]
    toll = fatalities_of(dead, text)
    return toll.low, toll.best, toll.high


# --- fatalities ----------------------------------------------------------------------


def test_people_wounded_after_people_killed_are_not_dead() -> None:
    text = (
        "Rebels attacked an army post near Tikrit on Sunday. Five people were killed and at"
        " least 14 civilians were wounded in the fighting."
    )
    assert _deadliest(text).fatalities.best == 5


def test_a_count_after_a_wounding_verb_is_not_dead() -> None:
    text = (
        "Rebels attacked a police base in Uchiza on Monday, killing five and wounding 14 civilians."
    )
    assert _deadliest(text).fatalities.best == 5


def test_a_headline_toll_told_again_in_the_body_counts_once() -> None:
    text = (
        "Truck Bomb Kills 15 in Kabul\n\nA truck bomb exploded outside a police station in Kabul"
        " on Tuesday, killing as many as 15 people, officials said. The 15 killed included two"
        " children."
    )
    assert _deadliest(text).fatalities.best == 15


def test_a_rival_toll_after_a_restated_one_is_an_estimate_not_more_dead() -> None:
    text = (
        "Car bomb kills 20 in Mosul. A car bomb exploded near a crowded market in Mosul on"
        " Thursday, killing 20 people, local officials said. Police said the 20 killed included"
        " four children. The U.S. military confirmed the attack but said eight people were"
        " killed."
    )
    assert _toll(text) == (8, 8, 20)


def test_a_person_named_as_shot_dead_is_one_dead() -> None:
    text = "Gunmen shot dead Ramesh Kumar, a shopkeeper, in Dantewada district on Friday."
    assert _deadliest(text).fatalities.best == 1


def test_a_name_after_an_active_kill_verb_is_one_victim() -> None:
    text = "Suspected Maoists shot dead Sharad Kumar (30) in Gadchiroli district on Monday."
    tokens = tokenize(text, 0, len(text))
    assert [q.evidence.text for q in singular_victims(tokens, [], text)] == ["Sharad Kumar"]


def test_words_in_capitals_are_no_named_victim() -> None:
    text = "GUERRILLAS KILLED THREE SOLDIERS NEAR SAN MIGUEL."
    tokens = tokenize(text, 0, len(text))
    assert singular_victims(tokens, [], text) == []


def test_a_named_victim_with_an_age_is_one_dead() -> None:
    text = (
        "Former minister Juan Carlos Perez, 65, was killed by suspected urban guerrillas in San"
        " Salvador on Friday."
    )
    assert _deadliest(text).fatalities.best == 1


def test_a_victim_described_at_length_is_one_dead() -> None:
    text = (
        "A senior member of the vaccination campaign, identified as Doctor Imran Khan, was shot"
        " dead in a targeted attack in Peshawar on Monday."
    )
    assert _deadliest(text).fatalities.best == 1


def test_a_count_with_an_aside_between_dashes_is_dead() -> None:
    text = (
        "The rebels said that during fighting with an army battalion in San Miguel yesterday,"
        " four soldiers -- including a sergeant -- were killed and many wounded."
    )
    assert _deadliest(text).fatalities.best == 4


def test_members_of_a_family_killed_are_counted() -> None:
    text = "Five members of one family were killed when a mortar shell hit their house in Aleppo."
    assert _toll(text)[1] == 5


# --- dates ---------------------------------------------------------------------------


def test_last_night_in_the_events_sentence_dates_it() -> None:
    text = (
        "A 10-kg bomb went off at a bank branch in Medellin last night, two hours before the"
        " curfew."
    )
    (event,) = events_of(text, published=PUBLISHED)
    assert event.date is not None and event.date.start == "2024-05-05"


def test_yesterday_with_its_day_dates_the_fighting() -> None:
    text = (
        "The rebels said that during fighting with an army battalion in San Miguel yesterday,"
        " 5 May, four soldiers were killed."
    )
    event = _deadliest(text)
    assert event.date is not None and event.date.start == "2024-05-05"


def _date_of(text: str, trigger: str) -> Dated:
    return date_of(text, trigger, PUBLISHED)


def test_the_day_before_the_act_noun_dates_it_not_the_charge() -> None:
    text = (
        "An anti-abortion activist was charged with murder Thursday in the Oct. 23 slaying of a"
        " doctor in Amherst."
    )
    dated = _date_of(text, "slaying")
    assert dated.date is not None and dated.date.start == "2023-10-23"


def test_a_possessive_day_dates_the_act_a_court_deals_with() -> None:
    text = "A court in Kano convicted two men on Friday of Saturday's bombing of a bus station."
    dated = _date_of(text, "bombing")
    assert dated.date is not None and dated.date.start == "2024-05-04"


def test_the_day_right_after_a_charge_does_not_date_the_killing() -> None:
    dated = _date_of("An activist was charged with murder Thursday in Amherst.", "murder")
    assert dated.strength == 0
    assert dated.date is not None and dated.date.precision == "year"


def test_a_day_after_the_past_perfect_still_dates_the_act() -> None:
    dated = _date_of("Police said the trader had been killed Monday in Kano.", "killed")
    assert dated.date is not None and dated.date.start == "2024-05-06"


def test_a_day_told_as_the_reason_dates_the_reason_not_the_attack() -> None:
    text = (
        "Rebels attacked the police base in Tocache. This is considered a terrorist attack"
        " because on 3 May the police arrested nine drug traffickers."
    )
    events = events_of(text, published=PUBLISHED)
    by_type = {e.sub_event_type: e for e in events}
    attack, arrests = by_type["Armed clash"], by_type["Arrests"]
    assert attack.date is not None and attack.date.start != "2024-05-03"
    assert arrests.date is not None and arrests.date.start == "2024-05-03"


def test_a_denials_day_does_not_date_the_act_denied() -> None:
    dated = _date_of(
        "The army denied on Monday that its planes had bombed the camp in Chalatenango.", "bombed"
    )
    assert dated.strength == 0
    assert dated.date is not None and dated.date.inferred


def test_a_list_that_breaks_down_a_count_adds_nothing() -> None:
    text = "Three other civilians, two women and a man, also died in the attack."
    assert _toll(text)[1] == 3


def test_a_list_of_groups_without_a_closing_comma_still_adds_up() -> None:
    text = "Five soldiers, three policemen and two civilians were killed in the attack."
    assert _toll(text)[1] == 10


def test_a_named_assassination_and_the_guards_also_killed_add_up() -> None:
    text = (
        "The government condemned the assassination of Interior Minister Jose Antonio Perez in"
        " an attack in which his bodyguard and driver were also killed."
    )
    assert _toll(text)[1] == 3


def test_kin_also_killed_add_to_the_victim_counted_before() -> None:
    text = "Gunmen killed a trader in Kano on Monday. His wife and son were also killed."
    assert _deadliest(text).fatalities.best == 3
