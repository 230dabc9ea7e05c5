"""Context rule 9: a list closed by a plural first-level type word ("the Donetsk and
Luhansk regions", "Borno, Yobe and Adamawa states") names first-level regions, not the
cities that give them their names; a name alone before the word is no such list."""

from __future__ import annotations

from sitrep.geo import context

from .conftest import Run


def _found(run: Run, text: str) -> list[tuple[str, str, str | None]]:
    return [(p.evidence.text, p.name, p.feature) for p in run(text).places]


def test_a_list_of_regions_names_the_regions_not_their_capitals(run: Run) -> None:
    text = "Russian shelling hit towns in the Donetsk and Luhansk regions overnight."
    found = {(w, f) for w, _, f in _found(run, text)}
    assert ("Donetsk", "admin1") in found
    assert ("Luhansk", "admin1") in found


def test_a_list_of_oblasts_names_the_oblasts(run: Run) -> None:
    text = "Drones struck power lines across the Kharkiv, Sumy and Poltava oblasts on Monday."
    found = {(w, f) for w, _, f in _found(run, text)}
    assert {("Kharkiv", "admin1"), ("Sumy", "admin1")} <= found


def test_the_plural_type_word_is_read_after_the_list() -> None:
    text = "in the Donetsk and Luhansk regions"
    assert context.listed_type(text, text.index("Donetsk") + len("Donetsk")) == "Region"
    assert context.listed_type(text, text.index("Luhansk") + len("Luhansk")) == "Region"
    alone = "Leaders of the Gulf states met."
    end = alone.index("Gulf") + 4
    assert context.alone_before_type(alone, alone.index("Gulf"), end)


def test_counties_lists_still_name_counties(run: Run) -> None:
    text = "School boards in Jackson and Barrow counties voted on Monday in Georgia."
    found = {(w, n) for w, n, _ in _found(run, text)}
    assert ("Barrow", "Barrow County") in found


def test_a_country_before_a_plural_type_word_stays_the_country(run: Run) -> None:
    text = (
        "Thousands of migrants from Mexico and Central American states crossed the "
        "border this year, officials said."
    )
    assert ("Mexico", "country") in {(w, f) for w, _, f in _found(run, text)}
