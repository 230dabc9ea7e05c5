"""Places 49: a country's capital where the article names that country."""

from __future__ import annotations

from .conftest import Run


def _paris(run: Run, text: str) -> set[str | None]:
    return {p.country for p in run(text).places if p.evidence.text == "Paris"}


def test_a_capital_is_itself_where_the_article_names_its_country(run: Run) -> None:
    text = (
        "GEORGETOWN, Ky. - Students from Georgetown College are safe after a gunman "
        "opened fire on police on Paris' iconic Champs-Elysees boulevard in France. "
        "They had plans to leave Paris on Saturday and will return to Kentucky next week."
    )
    assert _paris(run, text) == {"FR"}


def test_a_home_town_written_with_its_state_stays_home(run: Run) -> None:
    text = (
        "Tourism to France has fallen, a Paris, Tenn., travel agent said, and few Paris "
        "residents will fly this year."
    )
    assert _paris(run, text) == {"US"}


def test_a_home_town_stays_home_where_no_country_is_named(run: Run) -> None:
    assert _paris(
        run, "A Paris man was arrested in Union City, the Tennessee Highway Patrol said."
    ) == {"US"}
