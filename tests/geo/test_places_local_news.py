"""Places in local news (issue 4): a preposition before a name in the possessive or after
"according" gives it no context; a street address before a name makes it the town; a
town's volunteer fire department or superintendent names the town."""

from __future__ import annotations

from sitrep.geo.context import address_before, civic_after, cue_before, possessive

from .conftest import Run


def _at(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


def test_a_name_in_the_possessive_owns_the_noun_after_it() -> None:
    text = "The fire at the house led to Henry’s arrest on Friday."
    _, end = _at(text, "Henry")
    assert possessive(text, end)


def test_a_name_ending_in_s_takes_the_apostrophe_alone() -> None:
    text = "Officers found the drugs in Jones' underwear at headquarters."
    _, end = _at(text, "Jones")
    assert possessive(text, end)


def test_a_plain_name_is_no_possessive() -> None:
    text = "The fire spread to Torrington on Friday."
    _, end = _at(text, "Torrington")
    assert not possessive(text, end)


def test_a_preposition_before_a_possessive_person_is_no_place(run: Run) -> None:
    doc = run("Detectives said the investigation led to Henry’s arrest on Tuesday.")
    assert not any(p.evidence.text == "Henry" for p in doc.places)


def test_a_possessive_state_is_still_a_place(run: Run) -> None:
    doc = run("Lawmakers met in Ohio's capital on Monday to debate the budget.")
    (ohio,) = [p for p in doc.places if p.evidence.text == "Ohio"]
    assert ohio.feature == "admin1"
    assert ohio.country == "US"


def test_according_to_names_a_source_not_a_place() -> None:
    text = "Eleven states have full coverage, according to Linda Daily, the director."
    start, _ = _at(text, "Linda")
    assert not cue_before(text, start)
    other = "The convoy drove to Linda before dawn."
    assert cue_before(other, other.index("Linda"))


def test_according_to_a_person_gives_no_town(run: Run) -> None:
    doc = run("Forty states have full coverage, according to Linda Daily, director of the line.")
    assert not any(p.evidence.text == "Linda" for p in doc.places)


def test_a_street_address_before_a_name_gives_its_town() -> None:
    text = "Keith Warden, 44, of 2517 Memphis St., Alexandria, was charged on Monday."
    start, _ = _at(text, "Alexandria")
    assert address_before(text, start)
    assert not address_before("The team won in Paris, Texas.", 22)


def test_a_town_after_a_street_is_placed(run: Run) -> None:
    doc = run(
        "A man was charged with the theft of a mobile phone at Main Street, Tipperary, "
        "on the same date, the court in Ireland heard."
    )
    (town,) = [p for p in doc.places if p.evidence.text == "Tipperary"]
    assert town.country == "IE"
    assert town.confidence >= 0.7


def test_a_volunteer_fire_department_names_its_town() -> None:
    text = "A spokesperson for the Byesville Volunteer Fire Department said the cause was unknown."
    _, end = _at(text, "Byesville")
    assert civic_after(text, end)
    school = "The Readington Superintendent decided not to take a raise."
    assert civic_after(school, _at(school, "Readington")[1])


def test_a_town_opening_its_newspaper_or_a_legislators_party_is_a_place(run: Run) -> None:
    doc = run(
        "A bridge closed on Monday. The Knoxville News Sentinel quoted a city spokesman, "
        "and Sen. Ann Ward, the Cleveland Republican, called for repairs."
    )
    named = {p.evidence.text for p in doc.places}
    assert {"Knoxville", "Cleveland"} <= named
