"""Places rule 24: local news names a county it has written with its type word by its
bare name too ("the Gwinnett County school board ... Gwinnett parents"), where no town
of that state bears the name."""

from __future__ import annotations

from sitrep.geo import persons

from .conftest import Run


def _places(run: Run, text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(p.evidence.text, p.name, p.feature, p.admin1) for p in run(text).places]


def test_a_bare_county_name_after_the_county_is_the_county(run: Run) -> None:
    text = (
        "Gwinnett weighs new school tax. The Gwinnett County Board of Education will vote "
        "on Tuesday on a property tax increase, officials in Lawrenceville, Georgia said. "
        "Parents in unincorporated Gwinnett have opposed the plan."
    )
    found = [(w, n, a) for w, n, f, a in _places(run, text) if w == "Gwinnett"]
    assert found
    assert all((n, a) == ("Gwinnett County", "US.GA") for _, n, a in found)


def test_a_county_a_model_took_for_a_person_is_still_the_county(run: Run) -> None:
    text = (
        "Henrico police search for missing teen. Henrico County police are looking for a "
        "16-year-old girl last seen Friday near her home in Glen Allen, Virginia."
    )
    found = {(w, n) for w, n, f, a in _places(run, text)}
    assert ("Henrico", "Henrico County") in found


def test_a_town_of_the_same_name_in_the_state_is_what_the_bare_name_means(
    run: Run,
) -> None:
    text = (
        "The Madison County Commission met in Huntsville, Alabama, on Monday. Madison "
        "police said the road through Madison would close for a week."
    )
    found = [(n, f) for w, n, f, a in _places(run, text) if w == "Madison"]
    assert found
    assert all(f != "admin2" for _, f in found)


def test_a_bare_name_without_the_county_written_is_not_made_a_county(run: Run) -> None:
    text = "Henrico police search for a missing teen last seen Friday in Richmond, Virginia."
    assert "Henrico" not in [w for w, _, _, _ in _places(run, text)]


def test_a_county_body_a_model_took_for_a_person_gives_no_person_words(run: Run) -> None:
    doc = run(
        "The Gwinnett County Board of Education will vote on Tuesday. Board chairman "
        "Daniel Seckinger said the vote would be close."
    )
    words = persons.article_person_words(doc)
    assert "gwinnett" not in words
    assert "seckinger" in words


def test_a_capital_beside_a_county_of_its_name_stays_the_capital(run: Run) -> None:
    text = (
        "Washington County commissioners in Hillsboro, Oregon, approved the plan on "
        "Tuesday. The county still waits for federal money from Washington."
    )
    found = [(n, f) for w, n, f, a in _places(run, text) if w == "Washington"]
    assert found
    assert all(f != "admin2" for _, f in found)
