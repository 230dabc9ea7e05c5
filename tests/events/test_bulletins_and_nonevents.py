"""Strike bulletins, unresolved places, figures of speech and year-less dates."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sitrep.events.nonevents import is_non_event
from sitrep.events.tokens import tokenize
from sitrep.events.triggers import find_triggers

BULLETIN = (
    "On Jan. 8, Coalition military forces conducted 34 strikes against ISIL terrorists "
    "in Syria and Iraq.\n"
    "Iraq\n"
    "Near Mosul, five strikes engaged four ISIL tactical units; destroyed two mortar "
    "systems, a rocket propelled grenade launcher and a VBIED.\n"
    "Near Al Huwayjah, one strike destroyed an ISIL-held tank.\n"
    "Near Rawah, two strikes destroyed a bridge.\n"
)


def _bulletin(build: Callable[..., Any]) -> Any:
    b = build(BULLETIN, published="2017-01-09")
    b.timex("Jan. 8", "2017-01-08")
    b.actor("Coalition", "Coalition", None)
    for k in range(2):
        b.actor("ISIL", "Islamic State", "islamic_state", nth=k, type="rebel_group")
    b.place("Syria", "SY")
    b.place("Iraq", "IQ")
    b.place("Mosul", "IQ", feature="city")
    b.place("Rawah", "IQ", feature="city")
    b.entity("Al Huwayjah", "LOC")
    b.quantity("34 strikes", "strikes", low=34, best=34, high=34)
    b.quantity("five strikes", "strikes", low=5, best=5, high=5)
    b.quantity("one strike", "strike", low=1, best=1, high=1)
    b.quantity("two strikes", "strikes", low=2, best=2, high=2)
    return b.run()


def test_bulletin_header_total_is_not_an_event_and_lends_its_actor(
    build: Callable[..., Any],
) -> None:
    events = _bulletin(build).events
    places = [e.location.name if e.location else None for e in events]
    assert places == ["Mosul", "Al Huwayjah", "Rawah"]
    for event in events:
        assert event.sub_event_type == "Air/drone strike"
        assert event.actor1 is not None and "Coalition" in event.actor1.name


def test_destroyed_launcher_is_a_target_not_the_instrument(build: Callable[..., Any]) -> None:
    mosul = _bulletin(build).events[0]
    assert mosul.sub_event_type == "Air/drone strike"  # not Grenade, not Shelling
    items = [q.evidence.text for q in mosul.quantities]
    assert "a rocket propelled grenade launcher" in items and "a VBIED" in items


def test_unresolved_place_is_kept_by_its_spelling_in_the_country_named_before(
    build: Callable[..., Any],
) -> None:
    huwayjah = _bulletin(build).events[1]
    assert huwayjah.location is not None
    assert (huwayjah.location.name, huwayjah.location.country) == ("Al Huwayjah", "IQ")
    assert huwayjah.location.precision == "near" and huwayjah.location.geonameid is None
    assert [q.evidence.text for q in huwayjah.quantities] == ["one strike", "an ISIL-held tank"]


def _non_events(sentence: str) -> list[str]:
    tokens = tokenize(sentence, 0, len(sentence))
    hits = find_triggers(tokens, [])
    return [sentence[h.start : h.end] for h in hits if is_non_event(tokens, h)]


def test_modifiers_adjectives_and_figures_of_speech_are_not_events() -> None:
    assert _non_events("The strike destroyed two ISIL fighting positions.") == ["fighting"]
    assert _non_events("He was linked to ISIL terror attack planners in Raqqa.") == ["attack"]
    assert _non_events("Users rescued volumes from bombed buildings.") == ["bombed"]
    assert _non_events("The minister called the killing an attack on democracy.") == ["attack"]
    assert _non_events("Since a temporary truce broke down in May, shells fell.") == ["truce"]


def test_real_attacks_stay_events() -> None:
    assert _non_events("Gunmen attacked a village in Zamfara state on Sunday.") == []
    assert _non_events("Militants launched an attack on the army base.") == []
    assert _non_events("Jets bombed the town overnight.") == []


def test_gunmen_attacking_a_village_is_violence_against_civilians(
    build: Callable[..., Any],
) -> None:
    text = "Gunmen attacked a village in Zamfara state on Sunday."
    b = build(text, published="2024-03-04")
    b.place("Zamfara", "NG", feature="admin1")
    b.timex("Sunday", "2024-03-03")
    [event] = b.run().events
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.civilian_targeting


def test_a_missile_that_exploded_was_fired_not_planted(build: Callable[..., Any]) -> None:
    text = "A missile exploded near a school in Kramatorsk on Tuesday."
    b = build(text, published="2024-03-06")
    b.place("Kramatorsk", "UA", feature="city")
    b.timex("Tuesday", "2024-03-05")
    [event] = b.run().events
    assert event.sub_event_type == "Shelling/artillery/missile attack"


def test_a_yearless_date_after_publication_belongs_to_the_year_before(
    build: Callable[..., Any],
) -> None:
    text = "Officials will release the results of the September 17 Dayr az Zawr airstrike review."
    b = build(text, published="2016-11-28")
    b.timex("September 17", "2017-09-17")
    b.place("Dayr az Zawr", "SY", feature="city")
    [event] = b.run().events
    assert event.date is not None and event.date.start == "2016-09-17"


def test_planned_offensive_is_not_an_event(build: Callable[..., Any]) -> None:
    text = "The coalition provided masks to Iraqi forces in preparation for the Mosul offensive."
    b = build(text, published="2016-10-01")
    b.place("Mosul", "IQ", feature="city")
    assert b.run().events == ()


def test_a_date_ahead_by_its_own_words_keeps_its_year(build: Callable[..., Any]) -> None:
    # step 6 moves back a guessed year only; "next Tuesday" is meant to lie ahead
    text = "Thousands of opposition supporters marched in Kampala ahead of next Tuesday's vote."
    b = build(text, published="2016-03-30")
    b.timex("next Tuesday", "2016-04-05")
    b.place("Kampala", "UG", feature="city")
    [event] = b.run().events
    assert event.date is None or not event.date.start.startswith("2015")


def test_a_weekday_resolved_ahead_is_not_moved_back_a_year(build: Callable[..., Any]) -> None:
    text = "Police detained 40 protesters in Kampala on Saturday, the police spokesman said."
    b = build(text, published="2016-03-30")
    b.timex("Saturday", "2016-04-02")
    b.place("Kampala", "UG", feature="city")
    [event] = b.run().events
    assert event.date is not None and event.date.start != "2015-04-02"
