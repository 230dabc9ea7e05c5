"""Misread places, sides (passive reports, means, partners, holders), aggregates,
restated tolls and historical narratives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sitrep.events.placing import rehome_homonyms
from sitrep.model import Event, PlaceMention, Quantity, Span


def _events(builder: Any) -> list[Event]:
    return list(builder.run().events)


def _nth(text: str, phrase: str, nth: int) -> Span:
    at = -1
    for _ in range(nth + 1):
        at = text.index(phrase, at + 1)
    return Span.of(text, at, at + len(phrase))


# --- places ------------------------------------------------------------------------


def test_one_word_of_a_longer_place_name_is_no_place(build: Callable[..., Any]) -> None:
    text = (
        "Coalition military forces conducted strikes in Syria.\n"
        "Near Al Shadaddi, one strike destroyed a fighting position."
    )
    b = build(text, published="2017-01-09")
    b.place("Syria", "SY", feature="country")
    b.place("Al", "BE", feature="city")  # "Al" read as Halle, Belgium
    b.entity("Al Shadaddi", "LOC")
    b.timex("Near", "2017-01-08")  # keeps the date out of the question
    events = [e for e in _events(b) if e.location and e.location.name == "Al Shadaddi"]
    assert events, "the whole name is the place"
    assert events[0].location is not None and events[0].location.country == "SY"


def test_a_town_in_a_country_the_article_never_names_is_a_homonym(
    build: Callable[..., Any],
) -> None:
    text = "The UN confirmed that ISIL has killed 70 members of a tribe in Anbar, Iraq."
    b = build(text, published="2015-10-01")
    b.actor("ISIL", "Islamic State", "islamic_state", type="rebel_group")
    b.place("Anbar", "TR", feature="village")  # a Turkish village of that name
    b.place("Iraq", "IQ", feature="country")
    b.quantity("70 members", "members", low=70, best=70, high=70)
    [event] = _events(b)
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Anbar", "IQ")
    assert event.location.geonameid is None


def test_a_city_resolved_outright_keeps_its_country() -> None:
    text = "Jets struck positions in Syria on Monday and a weapons depot near Mosul."
    syria = PlaceMention(_nth(text, "Syria", 0), "Syria", 163843, "SY", 35.0, 38.0, "country")
    mosul = PlaceMention(_nth(text, "Mosul", 0), "Mosul", 99072, "IQ", 36.3, 43.1, "city")
    assert rehome_homonyms([syria, mosul], [], text) == [syria, mosul]
    village = replace(mosul, feature="village")
    [_, moved] = rehome_homonyms([syria, village], [], text)
    assert (moved.country, moved.lat) == ("SY", None)


# --- sides -------------------------------------------------------------------------


def test_a_passive_report_keeps_its_subject_as_initiator(build: Callable[..., Any]) -> None:
    text = (
        "On 30 November, Israeli jets were reported to have fired missiles from "
        "Lebanese airspace into Syria."
    )
    b = build(text, published="2017-01-13")
    b.actor("Israeli jets", "Military Forces of Israel", "IL.military", type="state_forces")
    b.place("Syria", "SY", feature="country")
    b.timex("30 November", "2016-11-30")
    [event] = _events(b)
    assert event.actor1 is not None and event.actor1.kb_id == "IL.military"


def test_a_strike_named_after_by_is_the_means_not_another_event(
    build: Callable[..., Any],
) -> None:
    text = (
        "On Monday, Abu Jandal, an ISIL gang leader in Raqqah, was struck and killed by "
        "a coalition airstrike near Tabqa, Syria."
    )
    b = build(text, published="2016-12-30")
    b.actor("ISIL", "Islamic State", "islamic_state", type="rebel_group")
    b.place("Raqqah", "SY", feature="city")
    b.place("Syria", "SY", feature="country")
    b.timex("Monday", "2016-12-26")
    events = _events(b)
    assert len(events) == 1
    assert events[0].sub_event_type == "Air/drone strike"
    assert events[0].actor1 is not None and "oalition" in events[0].actor1.name


def test_the_regime_asked_to_cease_airstrikes_conducts_them(build: Callable[..., Any]) -> None:
    text = (
        "Kerry urged him to press the regime to cease at once airstrikes against "
        "opposition forces and innocent civilians in Aleppo."
    )
    b = build(text, published="2016-05-23")
    b.place("Aleppo", "SY", feature="city")
    [event] = _events(b)
    assert event.actor1 is not None and event.actor1.country == "SY"
    assert event.actor1.type == "state_forces"


def test_a_bombing_claimant_does_not_fly_later_air_strikes(build: Callable[..., Any]) -> None:
    text = (
        "Daesh claimed the bombings in Jabla on Monday. "
        "Separately, airstrikes hit a market in Aleppo on Monday."
    )
    b = build(text, published="2016-05-23")
    b.actor("Daesh", "Islamic State", "islamic_state", type="rebel_group")
    b.place("Jabla", "SY", feature="city")
    b.place("Aleppo", "SY", feature="city")
    b.timex("Monday", "2016-05-23")
    strikes = [e for e in _events(b) if e.sub_event_type == "Air/drone strike"]
    assert strikes and strikes[0].actor1 is None


def test_the_supported_side_is_a_partner_and_the_enemy_the_sole_group(
    build: Callable[..., Any],
) -> None:
    text = (
        "ISIL fighters held the hospital in Mosul. In support of the Iraqi Security "
        "Forces, Coalition aircraft conducted a precision strike on the location to "
        "target enemy fighters firing on Iraqi forces."
    )
    b = build(text, published="2016-12-08")
    b.actor("ISIL", "Islamic State", "islamic_state", type="rebel_group")
    b.actor("Iraqi Security Forces", "Iraqi Security Forces", "IQ.military", type="state_forces")
    b.actor("Iraqi forces", "Military Forces of Iraq", "IQ.military", type="state_forces")
    b.place("Mosul", "IQ", feature="city")
    [event] = [e for e in _events(b) if e.sub_event_type == "Air/drone strike"]
    assert event.actor2 is not None and event.actor2.kb_id == "islamic_state"
    assert [a.kb_id for a in event.assoc_actor1] == ["IQ.military"]


def test_territory_lost_after_occupation_by_a_named_group(build: Callable[..., Any]) -> None:
    text = (
        "This is a significant day; Sinjar has been liberated after its violent and "
        "unwanted occupation by the terrorist group ISIL."
    )
    b = build(text, published="2015-11-13")
    b.actor("ISIL", "Islamic State", "islamic_state", type="rebel_group")
    b.place("Sinjar", "IQ", feature="city")
    [event] = _events(b)
    assert event.sub_event_type == "Government regains territory"
    assert event.actor2 is not None and event.actor2.kb_id == "islamic_state"


def test_regained_territory_was_lost_to_the_articles_one_armed_group(
    build: Callable[..., Any],
) -> None:
    text = (
        "I welcome the news that the Government of Iraq has raised the Iraqi flag again "
        "in Tikrit. Citizens there suffered at the hands of brutal ISIL terrorists."
    )
    b = build(text, published="2015-04-01")
    b.actor("Government of Iraq", "Government of Iraq", "IQ.government", type="state_forces")
    b.actor("ISIL", "Islamic State", "islamic_state", type="rebel_group")
    b.place("Tikrit", "IQ", feature="city")
    [event] = [e for e in _events(b) if e.sub_event_type == "Government regains territory"]
    assert event.actor2 is not None and event.actor2.kb_id == "islamic_state"


# --- numbers -----------------------------------------------------------------------


def test_campaign_totals_are_not_events(build: Callable[..., Any]) -> None:
    text = (
        "Over the last year the Global Coalition has launched almost 8,000 strikes "
        "against ISIL in Iraq. The UK has conducted over 265 bombing raids on ISIL targets."
    )
    b = build(text, published="2015-10-01")
    b.actor("ISIL", "Islamic State", "islamic_state", type="rebel_group")
    b.actor("ISIL", "Islamic State", "islamic_state", type="rebel_group", nth=1)
    b.place("Iraq", "IQ", feature="country")
    b.timex("Over the last year", "2014-10-01", "2015-09-30", precision="year")
    b.quantity("almost 8,000 strikes", "strikes", high=7999, best=8000)
    b.quantity("over 265 bombing raids", "raids", low=266)
    assert [e for e in _events(b) if e.event_type == "Explosions/Remote violence"] == []


def test_a_toll_restated_in_a_quote_is_counted_once(build: Callable[..., Any]) -> None:
    text = (
        "The UN confirmed that ISIL has killed 70 members of the Al Bu Nimr tribe in "
        "Anbar. The minister said: I am shocked that ISIL has killed 70 members of the "
        "Al Bu Nimr tribe in Anbar."
    )
    b = build(text, published="2015-10-01")
    b.actor("ISIL", "Islamic State", "islamic_state", type="rebel_group")
    b.actor("ISIL", "Islamic State", "islamic_state", type="rebel_group", nth=1)
    b.place("Anbar", "IQ", feature="admin1")
    for nth in (0, 1):
        b.doc.quantities += (Quantity(_nth(text, "70 members", nth), "members", 70, 70, 70),)
    [event] = _events(b)
    assert (event.fatalities.low, event.fatalities.high) == (70, 70)


# --- histories ---------------------------------------------------------------------


def test_a_history_dates_yearless_days_in_its_own_year(build: Callable[..., Any]) -> None:
    text = (
        "The campaign opened in early November 2005 near the Syrian border.\n"
        "On 5 November, Marines began their assault on insurgent-held Karabilah."
    )
    b = build(text, published="2017-01-01")
    b.place("Karabilah", "IQ", feature="city")
    b.timex("early November 2005", "2005-11-01", "2005-11-10", precision="week")
    b.timex("5 November", "2016-11-05")  # a news reading of the yearless date
    assault = [e for e in _events(b) if e.location and e.location.name == "Karabilah"]
    assert assault and assault[0].date is not None
    assert assault[0].date.start == "2005-11-05"


def test_a_news_story_with_bare_past_years_stays_news(build: Callable[..., Any]) -> None:
    text = (
        "Hezbollah fought a month-long war with Israel in 2006.\n"
        "In December, Syrian state media said an Israeli missile strike had targeted "
        "the airport in Mezzeh."
    )
    b = build(text, published="2017-01-13")
    b.actor("Israeli", "Israel", "IL", type="state_forces", country="IL")
    b.place("Mezzeh", "SY", feature="city")
    b.timex("2006", "2006-01-01", "2006-12-31", precision="year")
    b.timex("In December", "2016-12-01", "2016-12-31", precision="month")
    events = _events(b)
    strikes = [e for e in events if e.location and e.location.name == "Mezzeh"]
    assert strikes and strikes[0].date is not None
    assert strikes[0].date.start == "2016-12-01"
    assert all(e.date is None or e.date.start >= "2016" for e in events)


def test_a_town_named_with_its_country_beats_the_country(build: Callable[..., Any]) -> None:
    text = (
        "A U.S. strike on Jan. 1 hit two al-Qaida vehicles that had departed a large "
        "al-Qaida headquarters near Sarmada, Syria, Cook said."
    )
    b = build(text, published="2017-01-04")
    b.actor("U.S.", "United States", "US", type="state_forces", country="US")
    b.actor("al-Qaida", "al-Qaeda", "al_qaeda", type="rebel_group")
    b.place("Syria", "SY", feature="country")
    b.entity("Sarmada, Syria", "LOC")
    b.timex("Jan. 1", "2017-01-01")
    [event] = _events(b)
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Sarmada", "SY")
    assert event.location.precision == "near"


def test_an_attack_told_without_a_place_happened_where_the_last_one_did(
    build: Callable[..., Any],
) -> None:
    text = (
        "On Saturday, Daesh claimed dual attacks in the Al-Sinek neighborhood in Baghdad "
        "which killed at least 28 people. Today, multiple attacks, also claimed by "
        "Daesh, have killed at least 35 more innocent civilians."
    )
    b = build(text, published="2017-01-02")
    b.actor("Daesh", "Islamic State", "islamic_state", type="rebel_group")
    b.actor("Daesh", "Islamic State", "islamic_state", type="rebel_group", nth=1)
    b.place("Baghdad", "IQ", feature="city")
    b.timex("Saturday", "2016-12-31")
    b.timex("Today", "2017-01-02")
    today = [e for e in _events(b) if e.date is not None and e.date.start == "2017-01-02"]
    assert today and today[0].location is not None
    assert today[0].location.name == "Baghdad"


def test_the_global_coalition_supporting_with_air_strikes_conducts_them(
    build: Callable[..., Any],
) -> None:
    text = (
        "Of course, the global coalition continues to support Iraqi forces with air "
        "strikes in Mosul."
    )
    b = build(text, published="2017-01-04")
    b.place("Mosul", "IQ", feature="city")
    [event] = _events(b)
    assert event.actor1 is not None and "oalition" in event.actor1.name


def test_what_needs_doing_is_not_an_event(build: Callable[..., Any]) -> None:
    text = (
        "These vicious acts are a sobering reminder of the need to continue coalition "
        "operations against Daesh in Iraq."
    )
    b = build(text, published="2017-01-02")
    b.actor("Daesh", "Islamic State", "islamic_state", type="rebel_group")
    b.place("Iraq", "IQ", feature="country")
    assert _events(b) == []


def test_a_country_thanked_as_an_ally_is_no_place(build: Callable[..., Any]) -> None:
    text = (
        "Syrian opposition forces fought to free the town of Dabiq from ISIL on Sunday, "
        "and we thank our ally Turkey for the close coordination."
    )
    b = build(text, published="2016-10-16")
    b.actor("ISIL", "Islamic State", "islamic_state", type="rebel_group")
    b.place("Turkey", "TR", feature="country")
    b.timex("Sunday", "2016-10-16")
    events = _events(b)
    assert events and all(e.location is None or e.location.country != "TR" for e in events)


def test_an_attempt_to_seize_a_place_is_a_clash_with_its_holder(
    build: Callable[..., Any],
) -> None:
    text = (
        "On Dec. 6th, Iraqi Security Forces attempted to seize the Al Salem hospital "
        "complex from ISIL fighters in the heart of East Mosul."
    )
    b = build(text, published="2016-12-08")
    b.actor("Iraqi Security Forces", "Iraqi Security Forces", "IQ.military", type="state_forces")
    b.actor("ISIL", "Islamic State", "islamic_state", type="rebel_group")
    b.place("East Mosul", "IQ", feature="city")
    b.timex("Dec. 6th", "2016-12-06")
    [event] = _events(b)
    assert event.sub_event_type == "Armed clash"
    assert event.actor1 is not None and event.actor1.kb_id == "IQ.military"
    assert event.actor2 is not None and event.actor2.kb_id == "islamic_state"


def test_a_quantifier_of_the_attacks_counts_them_not_the_dead(
    build: Callable[..., Any],
) -> None:
    text = (
        "On Saturday, Daesh claimed dual attacks in the commercial area of Baghdad which "
        "killed at least 28 people."
    )
    b = build(text, published="2017-01-02")
    b.actor("Daesh", "Islamic State", "islamic_state", type="rebel_group")
    b.place("Baghdad", "IQ", feature="city")
    b.timex("Saturday", "2016-12-31")
    b.quantity("at least 28 people", "people", low=28, qualifier="at least")
    [event] = _events(b)
    counts = {q.evidence.text: (q.low, q.best, q.high) for q in event.quantities}
    assert counts["dual attacks"] == (2, 2, 2)
    assert event.fatalities.low == 28


def test_a_loan_agreement_is_no_conflict_agreement(build: Callable[..., Any]) -> None:
    text = (
        "Today, the United States and Iraq signed a loan guarantee agreement that will "
        "enable Iraq to access up to $1 billion in financing."
    )
    b = build(text, published="2017-01-01")
    b.place("Iraq", "IQ", feature="country")
    assert _events(b) == []


def test_chemical_weapons_named_in_commentary_are_no_attack(
    build: Callable[..., Any],
) -> None:
    text = (
        "The use of chemical weapons by ISIL reinforces why the international coalition "
        "is assisting the Iraqi government to degrade and destroy ISIL in Iraq."
    )
    b = build(text, published="2016-10-01")
    b.actor("ISIL", "Islamic State", "islamic_state", type="rebel_group")
    b.place("Iraq", "IQ", feature="country")
    assert [e for e in _events(b) if e.sub_event_type == "Chemical weapon"] == []


def test_a_country_that_acts_is_not_where_the_event_happened(
    build: Callable[..., Any],
) -> None:
    text = (
        "Civilians in Syria are suffering. Russia has a special responsibility to press "
        "the regime, which carried out strikes that killed civilians on Sunday."
    )
    b = build(text, published="2016-05-23")
    b.place("Syria", "SY", feature="country")
    b.place("Russia", "RU", feature="country")
    b.actor("Russia", "Russia", "RU", type="state_forces", country="RU")
    strikes = [e for e in _events(b) if e.sub_event_type == "Air/drone strike"]
    assert strikes and strikes[0].location is not None
    assert strikes[0].location.country == "SY"
    assert strikes[0].actor1 is not None and strikes[0].actor1.kb_id != "RU"
    assert all(a.kb_id != "RU" for a in strikes[0].assoc_actor1)


def test_a_named_town_beats_an_unresolved_province(build: Callable[..., Any]) -> None:
    text = (
        "The United States condemns ISIL's multiple suicide attacks in the town of Tel "
        "Tamer in Hasaka Province, Syria, which killed scores of civilians."
    )
    b = build(text, published="2015-12-11")
    b.actor("ISIL", "Islamic State", "islamic_state", type="rebel_group")
    b.place("Syria", "SY", feature="country")
    b.entity("Hasaka Province", "LOC")
    [event] = _events(b)
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Tel Tamer", "SY")
