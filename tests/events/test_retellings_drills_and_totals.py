"""Precision rules of issue 6: drills, habits, totals, retellings and earlier events."""

from __future__ import annotations

from sitrep.events.measures import is_fatality_count
from sitrep.events.nonevents import is_non_event
from sitrep.events.tokens import tokenize
from sitrep.events.triggers import find_triggers
from sitrep.model import Event, Quantity, Span, make_article
from sitrep.pipeline import process_article


def _non_events(sentence: str) -> list[str]:
    tokens = tokenize(sentence, 0, len(sentence))
    hits = find_triggers(tokens, [])
    return [sentence[h.start : h.end] for h in hits if is_non_event(tokens, h)]


def _triggers(sentence: str) -> list[str]:
    tokens = tokenize(sentence, 0, len(sentence))
    return [sentence[h.start : h.end] for h in find_triggers(tokens, [])]


def _events(text: str, published: str) -> list[Event]:
    return list(process_article(make_article(text, published=published)).events)


def test_a_seizure_of_weapons_is_an_act_but_weapons_named_are_not() -> None:
    seized = "Police seized weapons during a raid on a house, officials said."
    assert any("weapons" in t for t in _triggers(seized))
    assert not any("weapons" in t for t in _non_events(seized))
    used = "The use of chemical weapons by ISIL reinforces why the coalition is assisting Iraq."
    assert _non_events(used) == ["chemical weapons"]


def test_what_a_training_includes_or_prepares_for_is_no_event() -> None:
    drill = (
        "Part of their training includes reacting to chemical attacks by ISIL and "
        "effectively using and fighting in their issued gas masks."
    )
    assert _non_events(drill) == _triggers(drill) != []
    purpose = (
        "The sites were instrumental in training Iraqi security forces and Peshmerga "
        "brigades for the Mosul offensive."
    )
    assert "offensive" in _non_events(purpose)
    trained = "Iraqi forces trained by the coalition attacked the town of Hit on Monday."
    assert _non_events(trained) == []


def test_a_share_of_territory_retaken_is_a_total() -> None:
    total = (
        "The coalition has already supported the re-taking by Iraqi security forces of "
        "over 25% of Iraqi territory, including Tikrit."
    )
    assert _non_events(total) == ["re-taking"]
    assert _non_events("Iraqi forces retook the town of Ramadi from ISIL.") == []


def test_habits_told_after_the_noun_and_continuing_killings_are_no_events() -> None:
    habit = "They claim attacks against Shi'ite civilians on a regular basis."
    assert _non_events(habit) == ["attacks"]
    going_on = "ISIL, which continues to kill indiscriminately, is unencumbered by any law."
    assert _non_events(going_on) == ["kill"]
    dated = "Gunmen attacked the checkpoint again on Monday, as they do every week."
    assert _non_events(dated) == []
    times = (
        "It is thought to have bombed weapons shipments intended for Lebanon's Hezbollah "
        "movement several times since Syria's civil war began."
    )
    assert _non_events(times) == ["bombed"]


def test_indefinite_past_and_a_career_part_in_a_past_event_are_background() -> None:
    once = (
        "The group once claimed responsibility for an attack on Interior Ministry "
        "officers in the Doura district of Baghdad."
    )
    assert _non_events(once) == ["attack"]
    soon = "Once the town was cleared, Iraqi troops attacked the airport."
    assert _non_events(soon) == []
    career = (
        "He was a previous member of the group's War Committee and was involved in "
        "their retaking of Palmyra, Syria."
    )
    assert _non_events(career) == ["retaking"]
    fighting = "Soldiers were involved in heavy fighting near Mosul."
    assert _non_events(fighting) == []


def test_a_toll_over_a_period_is_no_event_and_no_fatality_count() -> None:
    text = (
        "A local physician said that medical workers had counted 97 civilians killed "
        "in the first week of the operation."
    )
    assert _non_events(text) == ["killed"]
    start = text.index("97 civilians")
    count = Quantity(Span.of(text, start, start + 12), "civilians", 97, 97, None)
    assert not is_fatality_count(count, tokenize(text, 0, len(text)), text)
    one_day = "An air strike on the market killed 97 civilians."
    start = one_day.index("97 civilians")
    count = Quantity(Span.of(one_day, start, start + 12), "civilians", 97, 97, None)
    assert is_fatality_count(count, tokenize(one_day, 0, len(one_day)), one_day)


def test_an_earlier_strike_with_its_own_month_is_another_event() -> None:
    text = (
        "State television quoted the army as saying several rockets landed in the "
        "airport compound in Mezzeh, Reuters news agency reports. "
        "In December, Syrian state media said an Israeli missile strike had targeted "
        "the airport in Mezzeh, causing fires but no casualties."
    )
    events = _events(text, "2017-01-13")
    dates = sorted(e.date.start for e in events if e.date is not None)
    assert len(events) == 2
    assert dates[0].startswith("2016-12") and dates[1] == "2017-01-13"


def test_an_attack_set_relative_to_another_still_joins_its_dated_retelling() -> None:
    text = (
        "The first strikes took place in Syria a month ago, following a deadly attack "
        "by Isis terrorists. Isis killed two American soldiers and one US civilian "
        "interpreter in an ambush attack on December 13."
    )
    clashes = [e for e in _events(text, "2026-01-10") if e.event_type == "Battles"]
    assert len(clashes) == 1
    assert clashes[0].date is not None and clashes[0].date.start == "2025-12-13"


def test_a_comment_opening_with_this_joins_the_attack_it_comments_on() -> None:
    text = (
        "The United States strongly condemns ISIL's multiple suicide attacks in the town "
        "of Tel Tamer in Hasaka Province, which killed scores of Syrian civilians. "
        "This attack once again displays the type of horrific atrocities that ISIL has "
        "perpetrated against innocent people and the need to strengthen those on the "
        "ground fighting ISIL."
    )
    events = _events(text, "2015-12-11")
    assert [e.sub_event_type for e in events] == ["Suicide bomb"]
    assert all("innocent people" not in q.evidence.text for q in events[0].quantities)


def test_a_closing_line_naming_the_same_town_retells_the_event() -> None:
    text = (
        "I welcome today's news that Syrian opposition forces liberated the Syrian town "
        "of Dabiq from ISIL control, aided by strong support from our ally Turkey. "
        "Again I want to congratulate the Syrians who fought to free Dabiq and thank our "
        "ally Turkey for the close coordination during this operation."
    )
    events = _events(text, "2016-10-16")
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]


def test_a_campaign_total_counts_events_not_people() -> None:
    raids = "The UK has conducted over 265 bombing raids on ISIL targets in Iraq."
    assert _events(raids, "2015-06-01") == []
    fighters = "Hundreds of former fighters laid down their weapons in Goma on Monday."
    assert [e.sub_event_type for e in _events(fighters, "2016-05-03")] == [
        "Change to group/activity"
    ]


def test_later_strikes_placed_by_the_focus_country_are_not_the_strikes_abroad() -> None:
    text = (
        "A U.S. strike on Jan. 1 hit two al-Qaida vehicles near Sarmada, Syria, Cook said. "
        "The global coalition continues to support Iraqi forces with air strikes in Mosul, "
        "Iraq, he said. In Syria, the press secretary said, Syrian democratic forces "
        "continue to liberate territory on the way to Raqqah. SDF forces have now advanced "
        "to within 7.5 kilometers of Tabqa Dam, Cook said. In support of these operations, "
        "the coalition in the last 24 hours conducted 10 airstrikes against ISIL units."
    )
    countries = [e.location.country for e in _events(text, "2017-01-04") if e.location]
    assert countries == ["SY", "IQ", "SY"]
