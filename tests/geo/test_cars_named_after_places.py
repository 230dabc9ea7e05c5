"""Context rule 19: a car's model after its make ("a Jeep Cherokee") or a make after a
model year ("a 2001 Cadillac") is a vehicle, not a place; the places stage skips it."""

from __future__ import annotations

from sitrep.geo import context

from .conftest import Run


def _names(run: Run, text: str) -> list[str]:
    return [p.evidence.text for p in run(text).places]


def test_a_model_after_its_make_is_no_place(run: Run) -> None:
    text = (
        "Deputies stopped a 2003 Chevrolet Cavalier on Highway 6 near Batesburg, S.C., and "
        "later found a stolen Jeep Cherokee behind a store in Lexington."
    )
    names = _names(run, text)
    assert "Cavalier" not in names
    assert "Cherokee" not in names
    assert "Batesburg" in names or "Lexington" in names


def test_a_make_after_a_model_year_is_no_place(run: Run) -> None:
    text = "Police said the driver of a 2001 Cadillac fled after the crash in Flint, Mich."
    names = _names(run, text)
    assert "Cadillac" not in names
    assert "Flint" in names


def test_a_place_after_a_year_or_a_make_word_elsewhere_is_still_a_place(run: Run) -> None:
    assert "Paris" in _names(run, "In 2005 Paris hosted the climate talks.")
    assert "Lincoln" in _names(run, "The foundation gave $2 million to Lincoln, Nebraska.")


def test_the_car_rule_reads_only_the_words_right_before_the_name() -> None:
    text = "a 2004 Toyota Tacoma and then Tacoma"
    first = text.index("Tacoma")
    last = text.rindex("Tacoma")
    assert context.names_a_car(text, first, first + 6)
    assert not context.names_a_car(text, last, last + 6)


def test_a_state_after_a_town_named_like_a_make_is_the_state(run: Run) -> None:
    names = _names(run, "The festival drew 5,000 people to downtown Lincoln Nebraska.")
    assert "Nebraska" in names


def test_a_year_without_a_determiner_is_a_date_not_a_model_year(run: Run) -> None:
    text = (
        "The city council in Lincoln, Nebraska, met on Tuesday. In 2019 Lincoln voters "
        "approved a new sales tax for road repairs."
    )
    assert _names(run, text).count("Lincoln") == 2
    assert not context.names_a_car(text, text.rindex("Lincoln"), text.rindex("Lincoln") + 7)
