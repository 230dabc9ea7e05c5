"""Acts told after "said that", in relative clauses, planned in a past clause, and lists
of earlier acts going on past their first entry."""

from __future__ import annotations

from event_helpers import events_of, name_of

from sitrep.events.history import opens_with_calendar_date
from sitrep.events.tokens import tokenize
from sitrep.temporal.recognize import find_timexes


def test_an_act_reported_after_said_that_is_news() -> None:
    events = events_of("Police said that attacks on two villages killed 12 people.")
    assert len(events) == 1
    assert events[0].event_type == "Violence against civilians"
    assert events[0].fatalities.best == 12


def test_a_demonstrative_that_still_refers_back() -> None:
    assert events_of("The minister condemned that attack.") == []


def test_the_subject_of_a_relative_clause_does_its_act() -> None:
    events = events_of(
        "Officials did not say whether the gunmen who killed five people in Kaduna on "
        "Sunday were members of the group."
    )
    assert len(events) == 1
    assert name_of(events[0].actor1) == "Unidentified Armed Group (Nigeria)"
    assert events[0].fatalities.best == 5


def test_victims_in_a_passive_relative_clause_are_no_initiator() -> None:
    events = events_of("Villagers who were killed by gunmen in Kaduna on Sunday were buried.")
    assert all(name_of(e.actor1) != "Civilians (Nigeria)" for e in events)


def test_an_act_planned_in_a_past_clause_that_then_killed_happened() -> None:
    events = events_of(
        "Boko Haram's attack, which was planned for months, killed 20 people in "
        "Maiduguri on Friday."
    )
    assert len(events) == 1
    assert events[0].modality == "asserted"
    assert events[0].fatalities.best == 20


def test_an_act_still_scheduled_stays_planned() -> None:
    assert events_of("The strike, which is scheduled for Monday, was called by unions.") == []


def test_a_list_of_earlier_acts_stays_background() -> None:
    text = (
        "Tuesday's shooting at the school in Uvalde was among the deadliest in years. "
        "In 2019, a gunman killed 51 people in Christchurch. "
        "On March 11, a teenager killed 12 people in Germany."
    )
    events = events_of(text, published="2024-03-12")
    assert all("Germany" not in e.evidence.text for e in events)


def test_a_weekday_after_a_background_act_is_news() -> None:
    text = (
        "In 2019, rebels seized the town of Kidal. On Monday, rebels attacked Kidal again, "
        "killing 12 soldiers."
    )
    events = events_of(text, published="2024-03-12")
    assert len(events) == 1
    assert events[0].fatalities.best == 12


def test_an_entry_alone_is_news() -> None:
    events = events_of("On March 11, a teenager killed 12 people in Germany.")
    assert len(events) == 1


def _opens(text: str) -> bool:
    return opens_with_calendar_date(tokenize(text, 0, len(text)), find_timexes(text, "2024-03-12"))


def test_calendar_date_openers() -> None:
    assert _opens("In 2019, a gunman killed 51 people in Christchurch.")
    assert _opens("On March 11, a teenager killed 12 people in Germany.")
    assert not _opens("On Monday, rebels attacked Kidal.")
    assert not _opens("A gunman killed 51 people in Christchurch in 2019.")


def test_a_relative_that_before_a_plural_is_no_reference() -> None:
    events = events_of("Witnesses said that strikes hit the market in Idlib on Monday.")
    assert len(events) == 1


def test_a_counted_summary_detailed_after_it_is_no_event_of_its_own() -> None:
    text = (
        "Police said three bomb attacks in Bogota and Cartagena left two dead on Monday. "
        "A bomb exploded at the Hilton hotel in Cartagena, killing two people. "
        "Another bomb exploded at a bank in Cartagena. "
        "In Bogota, a bomb exploded at a branch of the electricity company."
    )
    events = events_of(text)
    assert len(events) == 3
    assert all("three bomb attacks" not in e.evidence.text for e in events)


def test_several_attacks_are_no_summary_of_other_acts() -> None:
    text = (
        "Several rebel attacks on the presidential palace in San Salvador killed 18 people. "
        "A rebel attack in San Miguel killed a police officer. "
        "Rebels also attacked the town of Jocoro."
    )
    events = events_of(text)
    assert any("Several rebel attacks" in e.evidence.text for e in events)


def test_the_crime_a_prisoner_was_sentenced_for_is_no_event() -> None:
    text = (
        "Inmates took three guards hostage at the Pavon prison on Monday. Their leader had "
        "been sentenced to 30 years in prison for double murder."
    )
    events = events_of(text)
    assert all("double murder" not in e.evidence.text for e in events)


def test_an_attack_told_harshly_is_words() -> None:
    assert events_of("Opposition leader Roberto Mendez harshly attacked President Duarte.") == []
    events = events_of("Rebels fiercely attacked the town of Kidal on Monday, killing 12 soldiers.")
    assert len(events) == 1


def test_a_year_of_clashes_is_a_total_not_an_event() -> None:
    text = (
        "Nearly 1,500 people were killed in clashes between the armed forces and "
        "guerrillas in Colombia in 2023."
    )
    assert events_of(text) == []
    assert len(events_of("In 2023, a gunman killed 12 people at a school in Texas.")) == 1
    assert len(events_of("Gunmen killed 120 villagers in attacks in Zamfara on Monday.")) == 1
