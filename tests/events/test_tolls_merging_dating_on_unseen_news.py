"""Fatalities, merging and dating on wordings of unseen news (`events.measures` rules
17-20, `events.merge` rules 15-17, `events.dating` steps 7-8, `events.devices` rule 6)."""

from __future__ import annotations

import pytest

from sitrep.events.measures import count_evidence, rival_estimates
from sitrep.events.merge import same_place
from sitrep.model import Event, Location, LocationPrecision, Quantity, Span, make_article
from sitrep.pipeline import process_article

PUBLISHED = "2024-05-10"  # a Friday


def _events(text: str) -> tuple[Event, ...]:
    return process_article(make_article(text, published=PUBLISHED)).events


def _only(text: str) -> Event:
    events = _events(text)
    assert len(events) == 1, [(e.sub_event_type, e.trigger) for e in events]
    return events[0]


def _deaths(event: Event) -> tuple[int | None, int | None, int | None]:
    return event.fatalities.low, event.fatalities.best, event.fatalities.high


# --- a time between a toll and its "when" clause (devices rule 6) ---------------------


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Three people were killed on Tuesday when gunmen opened fire on a bus near Kano.", 3),
        ("Three people were killed at dawn when gunmen opened fire on a bus near Kano.", 3),
        ("Four soldiers were killed at dawn when militants stormed an army base in Borno.", 4),
        (
            "Two policemen were killed early on Monday when a roadside bomb exploded near "
            "their patrol in Quetta.",
            2,
        ),
    ],
)
def test_a_time_before_when_keeps_the_toll_with_its_event(text: str, dead: int) -> None:
    assert _deaths(_only(text)) == (dead, dead, dead)


# --- counts of the dead (measures rules 17-20) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "At least 12 civilians, 9 soldiers and 15 rebel fighters have been killed in the "
            "fighting around Tawila since Saturday, the monitor said.",
            36,
        ),
        (
            "Two policemen, three soldiers and a teacher were killed in an attack in Gao on "
            "Friday.",
            6,
        ),
        ("Three soldiers were killed while two civilians died in an attack in Gao on Friday.", 5),
    ],
)
def test_counts_of_different_groups_add_up(text: str, dead: int) -> None:
    assert _only(text).fatalities.best == dead


def test_rival_estimates_of_one_toll_give_its_bounds() -> None:
    text = (
        "Police said 14 insurgents were killed in the clashes in Grozny on Saturday, but "
        "state media cited the security service as saying 12 died."
    )
    event = _only(text)
    assert _deaths(event) == (12, 12, 14)


def _count(text: str, words: str, value: int) -> Quantity:
    start = text.index(words)
    return Quantity(Span.of(text, start, start + len(words)), "killed", value, value, value)


@pytest.mark.parametrize(
    ("text", "first", "second", "rival"),
    [
        (
            "Officials said 20 militants were killed, while the group's spokesman said "
            "only 6 fighters died.",
            "20 militants",
            "6 fighters",
            False,  # two groups named apart
        ),
        (
            "Officials said 20 militants were killed, while the group's spokesman said "
            "only 6 militants died.",
            "20 militants",
            "6 militants",
            True,
        ),
        (
            "The army said 9 people were killed, but local officials said 11 died.",
            "9 people",
            "11 died",
            True,
        ),
        (
            "The army said 9 soldiers were killed, and local officials said another 4 died.",
            "9 soldiers",
            "another 4",
            False,  # more dead, and no contrast
        ),
    ],
)
def test_rival_estimates_need_a_contrast_a_source_and_the_same_group(
    text: str, first: str, second: str, rival: bool
) -> None:
    # the rule reads the words around the counts, not their values
    assert rival_estimates(_count(text, first, 1), _count(text, second, 1), text) is rival


def test_fatality_evidence_is_the_counts_own_words() -> None:
    text = (
        "Gunmen killed five traders in a market in Gao on Friday. "
        + "Residents said the market had been a target before. " * 8
        + "Two more bodies were found on Saturday."
    )
    five, two = _count(text, "five traders", 5), _count(text, "Two more bodies", 2)
    assert count_evidence([five, two], text) == five.evidence
    listed = "Two soldiers and three policemen were killed."
    soldiers, police = _count(listed, "Two soldiers", 2), _count(listed, "three policemen", 3)
    evidence = count_evidence([soldiers, police], listed)
    assert evidence is not None and evidence.text == "Two soldiers and three policemen"


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Police fatally shot four men during a raid in Nalchik on Tuesday.", 4),
        ("A man fatally stabbed two women outside a bar in Leeds on Thursday.", 2),
    ],
)
def test_a_verb_told_fatal_counts_its_dead(text: str, dead: int) -> None:
    assert _only(text).fatalities.best == dead


@pytest.mark.parametrize(
    "text",
    [
        "Pastor John Miller was killed in an attack on his church in Kaduna on Sunday.",
        "Hezbollah commander Ali Hassan was killed in an Israeli strike on Beirut on Friday.",
        "Gunmen attacked a bus near Kano on Tuesday. The driver was also killed, police said.",
    ],
)
def test_one_victim_told_killed_in_the_singular_is_one_dead(text: str) -> None:
    assert _only(text).fatalities.best == 1


@pytest.mark.parametrize(
    "text",
    [
        "Police officer killed in mine blast near Kidal\nA landmine exploded under a police "
        "vehicle near Kidal on Sunday, the ministry said.",
        "Soldier shot dead near Kidal.\nA soldier was shot dead at a checkpoint near Kidal "
        "on Monday, the army said.",
    ],
)
def test_a_headline_victim_is_one_dead_once(text: str) -> None:
    assert _only(text).fatalities.best == 1


def test_a_named_victim_already_counted_is_not_counted_twice() -> None:
    text = (
        "Officers fatally shot a man in Brooklyn on Wednesday. Police said Daniel Ortiz "
        "was killed after he pointed a metal pipe at them."
    )
    assert _only(text).fatalities.best == 1


def test_a_victim_in_apposition_is_the_count_itself() -> None:
    text = "A pastor, John Miller, was killed in an attack on his church in Kaduna on Sunday."
    assert _only(text).fatalities.best == 1


# --- merging (merge rules 15-17) ---------------------------------------------------------


def _place(
    name: str,
    precision: LocationPrecision = "exact",
    country: str = "SY",
    lat: float | None = None,
    lon: float | None = None,
) -> Location:
    return Location(name, country, precision, None, lat=lat, lon=lon)


def test_places_agree_when_one_holds_or_is_near_the_other() -> None:
    town = _place("Palestine", lat=31.76, lon=-95.63, country="US")
    county = _place("Anderson County", lat=31.81, lon=-95.65, country="US")
    far = _place("Dallas", lat=32.78, lon=-96.80, country="US")
    assert same_place(town, county)
    assert not same_place(town, far)
    assert same_place(town, _place("United States", "country", country="US"))
    village = _place("Malagos", country="PH")
    city = _place("Davao", lat=7.07, lon=125.61, country="PH")
    assert not same_place(city, village)
    assert same_place(city, village, definite=True)  # "the blast rocked the village of ..."
    assert not same_place(city, _place("Manbij"), definite=True)  # another country


@pytest.mark.parametrize(
    "text",
    [
        "A grenade exploded outside a bar in Cotabato City on Saturday, wounding five people. "
        "The blast shattered windows in the village of Rosary Heights, police said.",
        "A grenade exploded near a market in Davao City on Sunday night, wounding seven "
        "people. The explosion rocked the village of Malagos, police said.",
    ],
)
def test_a_blast_told_again_is_one_event_with_the_specific_sub_type(text: str) -> None:
    assert _only(text).sub_event_type == "Grenade"


def test_fire_and_shelling_by_one_actor_are_one_shelling() -> None:
    text = (
        "Turkish forces shelled a city in northeastern Syria on Tuesday, a monitor said. "
        "Kurdish officials said Turkish troops fired on Kobani and nearby villages."
    )
    assert _only(text).sub_event_type == "Shelling/artillery/missile attack"


def test_an_attack_on_another_day_stays_apart_from_a_shelling() -> None:
    text = (
        "The RSF attacked a market in El Fasher on Friday. On Saturday, the army regrouped. "
        "The RSF shelled residential neighbourhoods in the east of the city."
    )
    assert len(_events(text)) == 2


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "Militants Kill One Soldier In Kidal Attack.\nA landmine exploded under an army "
            "truck near Kidal on Sunday, the army said.",
            1,
        ),
        (
            "Gunmen Kill Three Policemen In Kano Bus Station Attack.\nThree policemen were "
            "killed on Friday when gunmen opened fire at a bus station in Kano, police said.",
            3,
        ),
    ],
)
def test_a_headline_merges_into_the_body_event_it_summarises(text: str, dead: int) -> None:
    event = _only(text)
    assert event.fatalities.best == dead
    assert event.date is not None and not event.date.inferred


# --- dating (dating steps 7-8) -------------------------------------------------------------


def test_an_admitted_act_takes_the_date_stated_inside_the_admission() -> None:
    text = (
        "A militant admitted in court on Monday that he planted the bomb that killed five "
        "policemen in Quetta in July 2023."
    )
    dates = {(e.date.start, e.date.end) for e in _events(text) if e.date is not None}
    assert dates == {("2023-07-01", "2023-07-31")}


@pytest.mark.parametrize(
    "text",
    [
        "A militant admitted in court on Monday that he planted the bomb that killed five "
        "policemen in Quetta.",
        "A man was charged on Tuesday over the killing of a police officer in Belfast.",
    ],
)
def test_an_act_told_by_its_report_is_not_dated_to_the_report_day(text: str) -> None:
    event = _only(text)
    assert event.date is not None
    assert event.date.precision == "year" and event.date.inferred
    assert event.date.start < event.date.end <= PUBLISHED


@pytest.mark.parametrize(
    "text",
    [
        "Police said on Monday that a man had been stabbed to death in Leeds.",
        "Police said on Monday that gunmen had attacked a checkpoint near Quetta.",
        "The Myanmar National Democratic Alliance Army said on Monday it had captured Lashio.",
    ],
)
def test_a_past_perfect_reported_on_a_stated_day_lies_in_the_week_before(text: str) -> None:
    # reported speech backshifts the speaker's simple past: news of the report's week
    event = _only(text)
    assert event.date is not None
    assert (event.date.start, event.date.end, event.date.precision) == (
        "2024-04-30",
        "2024-05-06",
        "week",
    )
    assert event.date.inferred


def test_a_plain_report_that_an_act_happened_dates_it_to_the_week_before() -> None:
    event = _only("The army said on Monday that militants attacked a checkpoint near Quetta.")
    assert event.date is not None
    assert (event.date.start, event.date.end, event.date.precision) == (
        "2024-04-30",
        "2024-05-06",
        "week",
    )


def test_an_undated_report_of_the_story_day_keeps_that_day() -> None:
    text = (
        "Russia launched a massive missile attack on Ukrainian cities on Monday morning.\n"
        "Ukraine's air force said Russian forces fired 38 missiles at Kyiv, and that air "
        "defences shot down 30 of them."
    )
    events = _events(text)
    assert [(e.date.start, e.date.precision) for e in events if e.date] == [
        ("2024-05-06", "day"),
        ("2024-05-06", "day"),
    ]


def test_an_act_told_with_its_own_day_keeps_it() -> None:
    event = _only("Gunmen attacked a checkpoint near Quetta on Monday, the army said.")
    assert event.date is not None
    assert (event.date.start, event.date.precision) == ("2024-05-06", "day")


def test_a_date_stated_elsewhere_for_the_admitted_act_wins() -> None:
    text = (
        "A man admitted in court on Monday that he bombed a police station in Quetta. "
        "The bombing of the police station in Quetta on March 3 killed four officers."
    )
    event = _only(text)
    assert event.date is not None and event.date.start == "2024-03-03"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Four days of clashes that began on Monday ended on Thursday in Tripoli, "
            "officials said.",
            "2024-05-06",
            "2024-05-09",
        ),
        (
            "Three days of heavy fighting that began Wednesday ended Saturday in Misrata, "
            "officials said.",
            "2024-05-01",
            "2024-05-04",
        ),
        (
            "Three days of heavy fighting in Misrata ended on Saturday, officials said.",
            "2024-05-02",
            "2024-05-04",
        ),
    ],
)
def test_a_spell_of_fighting_told_by_its_bounds_is_a_range(text: str, start: str, end: str) -> None:
    event = _only(text)
    assert event.date is not None
    assert (event.date.start, event.date.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "In March 2024, after an attack on a prison guard in Texas, the inmate was moved.",
            "2024-03-01",
            "2024-03-31",
        ),
        (
            "In 2024, following a grenade attack on a police post in Srinagar, troops sealed "
            "the area.",
            "2024-01-01",
            "2024-12-31",
        ),
    ],
)
def test_an_act_in_an_after_clause_takes_the_main_clauses_period(
    text: str, start: str, end: str
) -> None:
    dates = {(e.date.start, e.date.end) for e in _events(text) if e.date is not None}
    assert (start, end) in dates
