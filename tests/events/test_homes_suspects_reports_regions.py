"""Re-audit regressions: a named person's home, acts told of arrested suspects, relative
periods told in a report with no publication date, and incidents in another region."""

from __future__ import annotations

import pytest

from sitrep.model import Event, make_article
from sitrep.pipeline import process_article


def _events(text: str, published: str | None) -> list[Event]:
    return list(process_article(make_article(text, published=published)).events)


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "A U.S. Marine from Ohio was killed Tuesday in fighting in Helmand province, "
            "Afghanistan, the Defense Department said. Another Marine, Anthony Williams, "
            "21, of Pennsylvania, was killed the same day.",
            "Pennsylvania",
        ),
        (
            "Two Afghan soldiers were killed in a roadside bombing in Kandahar on Monday, "
            "officials said. Sgt. Maria Lopez, 34, of Texas, was also killed in the blast.",
            "Texas",
        ),
    ],
)
def test_home_after_a_name_and_age_never_places_the_event(text: str, home: str) -> None:
    events = _events(text, "2009-08-20")
    assert len(events) == 1
    assert all(e.location is not None and e.location.name != home for e in events)


def test_home_from_a_town_after_a_name_and_age_is_not_the_place() -> None:
    text = (
        "Gunmen shot dead a police officer in Peshawar on Friday. A second officer, Ahmed "
        "Khan, 40, from Lahore, was wounded in the attack."
    )
    assert all(
        e.location is None or e.location.name != "Lahore" for e in _events(text, "2012-03-10")
    )


@pytest.mark.parametrize(
    ("text", "arrest_day"),
    [
        (
            "Police on Wednesday arrested two brothers who burned down three synagogues in "
            "Sacramento. The men were tied to the arson attacks through a hit list found "
            "at their home.",
            "2020-05-06",
        ),
        (
            "Two men who set fire to a mosque in Leeds were arrested on Tuesday, police said.",
            "2020-05-05",
        ),
    ],
)
def test_arson_told_of_arrested_suspects_does_not_take_the_arrest_day(
    text: str, arrest_day: str
) -> None:
    events = _events(text, "2020-05-07")
    [arrest] = [e for e in events if e.sub_event_type == "Arrests"]
    assert arrest.date is not None and arrest.date.start == arrest_day
    for arson in (e for e in events if e.sub_event_type == "Looting/property destruction"):
        assert arson.date is None or arson.date.start < arrest_day


def test_act_of_the_suspect_keeps_its_own_stated_month() -> None:
    text = "Police on Friday arrested a man who shot a guard at the embassy in March."
    [shot] = [e for e in _events(text, "2020-05-07") if e.sub_event_type != "Arrests"]
    assert shot.date is not None and (shot.date.start, shot.date.end) == (
        "2020-03-01",
        "2020-03-31",
    )


def test_arrest_and_arson_in_different_sentences_stay_two_events() -> None:
    text = (
        "Arsonists burned down a synagogue in Sacramento last year. It was there on July "
        "7 that the brothers were arrested by detectives."
    )
    types = sorted(e.sub_event_type for e in _events(text, "2000-01-05"))
    assert "Arrests" in types


@pytest.mark.parametrize(
    "text",
    [
        "Investigators took samples near the village on October 20, 2020 after activists "
        "said Monday that the government had launched an attack with poisonous gas last "
        "week.",
        "On October 20, 2020, rescue teams said that the army shelled the town last week.",
    ],
)
def test_last_week_in_a_report_is_the_calendar_week_before_it(text: str) -> None:
    events = _events(text, None)
    assert events
    for event in events:
        assert event.date is not None
        assert (event.date.start, event.date.end) == ("2020-10-12", "2020-10-18")


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        (
            "Three days of intense fighting between police and insurgents in a wooded area "
            "of Dagestan ended Saturday with five officers and about a dozen militants left "
            "dead, officials said. The fighting is the latest round of violence to plague "
            "the North Caucasus. A three-hour shootout Thursday north of the capital of "
            "Kabardino-Balkaria left four gunmen killed.",
            {"Dagestan", "Kabardino-Balkaria"},
        ),
        (
            "Police killed six militants in a gunbattle in Dagestan on Tuesday, officials "
            "said. In neighbouring Chechnya, two soldiers were killed in a clash with rebels "
            "on Tuesday.",
            {"Dagestan", "Chechnya"},
        ),
    ],
)
def test_incidents_in_other_first_level_regions_are_not_merged(
    text: str, regions: set[str]
) -> None:
    events = _events(text, "2009-03-22")
    assert {e.location.name for e in events if e.location is not None} == regions


def test_death_the_same_day_joins_the_death_told_before_in_another_country() -> None:
    text = (
        "Hundreds gathered at the cemetery in Boscawen, New Hampshire, to bury a Marine. "
        "He was killed March 22 while supporting combat operations in Helmand province of "
        "southwestern Afghanistan. Another Marine, Cpl. Anthony Williams, 21, of "
        "Pennsylvania, was killed the same day."
    )
    events = _events(text, "2009-03-31")
    assert [e.location.name for e in events if e.location is not None] == ["Helmand"]


def test_where_people_were_taken_from_is_no_kidnapper() -> None:
    for text in (
        "He told the court he was kidnapped from Lebanon on May 6.",
        "The two engineers were abducted from Iraq last year, their families said.",
    ):
        events = process_article(make_article(text, published="2006-05-20")).events
        assert events and all(e.actor1 is None for e in events), text


def test_a_baton_charge_is_no_court_charge() -> None:
    text = "Police charged protesters in Nairobi on Tuesday and killed two people."
    [event] = process_article(make_article(text, published="2024-06-26")).events
    assert event.date is not None
    assert (event.date.start, event.date.precision) == ("2024-06-25", "day")
