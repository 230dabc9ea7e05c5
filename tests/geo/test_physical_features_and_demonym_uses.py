"""Rivers, lakes, mountains and forests named by their form (sitrep.geo.facilities rule 3),
and demonyms that name no state (sitrep.geo.demonyms rules 7 and 8)."""

from __future__ import annotations

from sitrep.geo.facilities import PHYSICAL, settlements, spans

from .conftest import Run


def _named(text: str) -> dict[str, str]:
    return {text[s:e]: feature for s, e, feature in spans(text)}


def test_rivers_lakes_and_wilderness_areas_are_physical_features() -> None:
    text = (
        "The bill adds 6,000 acres to the Cold Spring Wilderness, which borders the "
        "Tygart River east of Laurel Valley, and protects the shore of Lake Winnisquam."
    )
    assert _named(text) == {
        "Cold Spring Wilderness": PHYSICAL,
        "Tygart River": PHYSICAL,
        "Laurel Valley": PHYSICAL,
        "Lake Winnisquam": PHYSICAL,
    }


def test_a_possessive_and_a_longer_name_are_no_part_of_the_feature() -> None:
    text = (
        "Snow closed roads on Mount Rainier's southern flank, and the Green River Festival "
        "was called off; a refuge on the River Wensum stayed open."
    )
    assert _named(text) == {"Mount Rainier": PHYSICAL, "River Wensum": PHYSICAL}


def test_a_person_presented_by_age_or_speech_is_no_lake() -> None:
    text = "Tom Lake, 43, of Bristol, said the water was rising. Ann Rivers said so too."
    assert PHYSICAL not in _named(text).values()


def test_a_physical_feature_is_a_place_but_never_an_event_settlement(run: Run) -> None:
    doc = run(
        "Crews searched the Oconee River near Milledgeville on Sunday after a canoe "
        "overturned, officials in Milledgeville said."
    )
    river = next(p for p in doc.places if p.evidence.text == "Oconee River")
    assert river.feature == PHYSICAL
    assert river.geonameid is None
    assert river not in settlements(doc.places)


def test_cuisine_music_and_heritage_name_no_state(run: Run) -> None:
    doc = run(
        "The festival offered Italian food, Polish sausage and Irish songs, and the "
        "Italian government sent a delegation."
    )
    named = {p.evidence.text for p in doc.places}
    assert "Italian" in named
    spans_of = [p.evidence.start for p in doc.places if p.evidence.text == "Italian"]
    assert spans_of == [doc.article.text.index("Italian government")]
    assert "Polish" not in named
    assert "Irish" not in named


def test_a_demonym_that_is_a_surname_names_no_state(run: Run) -> None:
    doc = run(
        "Emergency management spokeswoman Monica French said the grant was audited. "
        "French said the agency cooperated fully."
    )
    assert not any(p.evidence.text == "French" for p in doc.places)


def test_a_demonym_opening_a_private_body_names_no_state(run: Run) -> None:
    doc = run(
        "Volunteers from the American Red Cross and the American Legion helped the family, "
        "while American officials promised federal aid."
    )
    states = [p.evidence.text for p in doc.places if p.country == "US"]
    assert states == ["American"]
    (official,) = [p for p in doc.places if p.country == "US"]
    assert doc.text[official.evidence.end :].startswith(" officials")
