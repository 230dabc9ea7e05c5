"""Separate incidents told in one report stay apart; details of one event still merge."""

from __future__ import annotations

from sitrep.model import Event, make_article
from sitrep.pipeline import process_article


def _events(text: str, published: str) -> list[Event]:
    return list(process_article(make_article(text, published=published)).events)


def test_acts_told_with_also_are_separate_events() -> None:
    text = (
        "Guerrillas dynamited a power substation in Cauca department on Monday.  "
        "The guerrillas also burned three vehicles on the Pan-American highway."
    )
    events = _events(text, "1990-03-27")
    assert len(events) == 2
    assert events[0].trigger is not None and events[0].trigger.text == "dynamited"
    assert events[1].trigger is not None and "burned" in events[1].trigger.text


def test_another_attack_on_another_target_is_another_event() -> None:
    text = (
        "Gunmen attacked the presidential residence in San Salvador on Saturday night. "
        "Two ambulances of the Red Cross have also been attacked."
    )
    events = _events(text, "1989-11-12")
    assert len(events) == 2


def test_consequence_told_with_also_stays_with_the_blast() -> None:
    text = (
        "A car bomb exploded outside a police station in Kirkuk on Tuesday, killing "
        "four policemen. The explosion also damaged nearby shops and houses."
    )
    events = _events(text, "2024-05-15")
    assert len(events) == 1


def test_also_before_a_call_does_not_split_the_attacks() -> None:
    text = (
        "Regime aircraft bombed the town of Daraya on Sunday. We also call for an end "
        "to the regime's attacks on Daraya."
    )
    events = _events(text, "2016-04-25")
    assert len(events) == 1


def test_sentences_after_two_spaces_are_told_apart() -> None:
    text = (
        "FARC guerrillas blew up two power pylons in Antioquia department on Sunday.  "
        "The guerrillas also kidnapped a rancher near Medellin."
    )
    sub_types = sorted(e.sub_event_type for e in _events(text, "1990-02-12"))
    assert sub_types == ["Abduction/forced disappearance", "Remote explosive/landmine/IED"]


def test_killing_of_a_person_named_by_title_stands_alone() -> None:
    text = (
        "Superior court Judge Carlos Valencia Garcia died after he was shot on Wednesday "
        "near downtown Bogota, police said."
    )
    assert len(_events(text, "1989-08-17")) == 1


def test_toll_reported_by_a_named_official_is_no_event() -> None:
    text = "Police commander John Mwangi said 12 people were killed on Sunday."
    assert not [e for e in _events(text, "2024-03-04") if e.event_type != "Battles"]


def test_killing_of_a_person_named_as_the_passive_subject_stands_alone() -> None:
    named = (
        "Hernan Ospina, coordinator of the Patriotic Union in Antioquia department, was "
        "gunned down on Tuesday."
    )
    assert len(_events(named, "1989-10-11")) == 1
    role = "The union leader in Medellin was murdered on Tuesday."
    assert len(_events(role, "1989-10-11")) == 1
    # a toll of people with no one named and no violence told needs an event to belong to
    assert _events("Two persons were killed on Tuesday.", "1989-10-11") == []


def test_an_opening_phrase_of_time_or_place_names_no_victim() -> None:
    # "On Monday" and "In northern Kabul" open the sentence; the toll still names no one
    visit = "The prime minister visited the border region. On Monday, two people were killed."
    assert _events(visit, "2024-03-05") == []
    assert _events("In Northern Kabul, two people were killed on Monday.", "2024-03-05") == []
    # past the opening phrase, a named victim still stands alone
    named = "On Tuesday, Hernan Ospina, a union leader in Medellin, was gunned down."
    assert len(_events(named, "1989-10-11")) == 1


def test_an_opening_phrase_of_time_with_after_names_no_victim() -> None:
    text = "The minister left the region. After the meeting, two people were killed."
    assert _events(text, "2024-03-05") == []
    named = "After the meeting, Hernan Ospina, a union leader in Medellin, was gunned down."
    assert len(_events(named, "1989-10-11")) == 1
