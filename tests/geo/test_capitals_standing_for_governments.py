"""Acceptance rule 3: a national capital a model took for a person, alone, stands for its
government when the article is in its country ("ignored for years by Washington"); a
person who bears the name stays a person."""

from __future__ import annotations

from .conftest import Run


def _found(run: Run, text: str) -> list[tuple[str, str | None]]:
    return [(p.evidence.text, p.country) for p in run(text).places]


def test_a_capital_alone_stands_for_its_government(run: Run) -> None:
    text = (
        "Egypt cooperated closely with Washington at times when US policies were "
        "positive, the study found."
    )
    assert ("Washington", "US") in _found(run, text)


def test_a_capital_of_a_country_the_article_is_not_in_needs_more(run: Run) -> None:
    text = "Officials said the plan was ignored for years by Washington and by others."
    assert "Washington" not in [name for name, _ in _found(run, text)]


def test_a_person_bearing_the_capitals_name_stays_a_person(run: Run) -> None:
    text = (
        "Denzel Washington won the award on Sunday in the United States. Washington "
        "thanked his family."
    )
    assert "Washington" not in [name for name, _ in _found(run, text)]


def test_a_capital_opening_a_sentence_is_the_capital(run: Run) -> None:
    text = (
        "Russia expects new U.S. sanctions within days, officials in Moscow said. "
        "Washington is already reacting to the expulsions."
    )
    assert ("Washington", "US") in _found(run, text)


def test_a_surname_opening_a_sentence_is_no_place(run: Run) -> None:
    text = (
        "The city has not decided on a new water plant in Tarrant County, Texas, "
        "spokeswoman Sharon Parker said. Keller has considered a UV system."
    )
    assert "Keller" not in [name for name, _ in _found(run, text)]


def test_a_capitals_name_opening_a_sentence_before_a_verb_of_saying_is_a_person(
    run: Run,
) -> None:
    text = (
        "Detectives in West Yorkshire are appealing for witnesses. Sofia told police "
        "she had been attacked outside her home in Leeds on Friday."
    )
    found = _found(run, text)
    assert "Sofia" not in [name for name, _ in found]
    assert ("Leeds", "GB") in found
