"""Background told beside the news: what once happened at the place of the news ("where
... was assassinated last year") neither dates the news nor is an event of its own."""

from __future__ import annotations

from event_helpers import date_of, events_of

from sitrep.events.dating import Dated

PUBLISHED = "2025-04-03"


def _date_of(text: str, trigger: str) -> Dated:
    return date_of(text, trigger, PUBLISHED)


def test_a_date_in_a_where_clause_is_not_the_main_acts() -> None:
    text = (
        "Gunmen kidnapped a businessman in the same place where the police chief was"
        " assassinated last year, police said."
    )
    dated = _date_of(text, "kidnapped")
    assert dated.date is not None and dated.date.start == PUBLISHED


def test_an_appositive_does_not_end_the_where_clause() -> None:
    text = (
        "The senator was kidnapped in the same street where Colonel Juan Ortega, the city's"
        " police chief, was assassinated last year."
    )
    dated = _date_of(text, "kidnapped")
    assert dated.date is not None and dated.date.start == PUBLISHED


def test_the_act_of_the_where_clause_keeps_its_date() -> None:
    text = (
        "Gunmen kidnapped a businessman in the same place where the police chief was"
        " assassinated last year, police said."
    )
    dated = _date_of(text, "assassinated")
    assert dated.date is not None and dated.date.start == "2024-01-01"


def test_a_past_act_at_the_place_of_the_news_is_no_event() -> None:
    text = (
        "Gunmen kidnapped a businessman on Tuesday in the same place where the police chief"
        " was assassinated last year, police said."
    )
    kinds = [e.sub_event_type for e in events_of(text, PUBLISHED)]
    assert kinds == ["Abduction/forced disappearance"]


def test_a_bombing_years_ago_at_the_market_is_background() -> None:
    text = "A bomb exploded on Monday at the market where a car bomb killed 20 people in 2019."
    events = events_of(text, PUBLISHED)
    assert len(events) == 1
    assert events[0].date is not None and events[0].date.start == "2025-03-31"


def test_an_act_in_a_where_clause_without_a_past_of_its_own_stays_news() -> None:
    text = "Troops shelled Donetsk, where rebels clashed with police on Monday."
    kinds = {e.sub_event_type for e in events_of(text, PUBLISHED)}
    assert "Armed clash" in kinds
