"""A town that speaks is a person unless it is a national capital, and one word after
"the" that the gazetteer knows only as another name of a small town is a thing."""

from __future__ import annotations

from .conftest import Run


def _names(run: Run, text: str) -> list[str]:
    return [p.evidence.text for p in run(text).places]


def test_a_city_name_that_speaks_is_a_person(run: Run) -> None:
    text = "After a pause, Ponce said the rebels had attacked a patrol in San Miguel."
    assert "Ponce" not in _names(run, text)
    assert "San Miguel" in _names(run, text)


def test_a_national_capital_that_speaks_is_its_government(run: Run) -> None:
    text = "Moscow said the rebels had attacked a patrol in San Miguel."
    assert "Moscow" in _names(run, text)


def test_a_town_met_by_another_name_after_the_is_a_thing(run: Run) -> None:
    text = "The gunmen took the priests out to the Garden and shot them in San Salvador."
    assert _names(run, text) == ["San Salvador"]


def test_a_city_abroad_named_alone_in_another_countrys_report_is_a_person(run: Run) -> None:
    text = (
        "Heavy fighting broke out in San Miguel, El Salvador, on Monday. "
        "President Cristiani and Ponce were startled by an explosion at the news conference."
    )
    assert "Ponce" not in _names(run, text)


def test_a_city_of_a_country_the_report_names_may_stand_alone(run: Run) -> None:
    text = (
        "Rebels attacked an army post in Chalatenango, El Salvador, on Monday. "
        "Troops were sent from San Salvador and Santa Ana to reinforce it."
    )
    assert "Santa Ana" in _names(run, text)
