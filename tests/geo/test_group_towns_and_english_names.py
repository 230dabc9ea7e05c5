"""Conflict towns met by another name: group context abroad, and English exonyms.

"Al-Shabaab militants seized Balad": the Somali town the curated conflict places data
lists as Balcad (alias "Balad") is a village, and the article names no Somali place; the
armed group's country still puts the article in Somalia, so the village is a candidate
there (sitrep.geo.acceptance rule 6), and a model's guess over the name never takes a
name in locative context below LOCATIVE_CONFIDENCE (rule 7). "Government forces
recaptured Palmyra": the gazetteer knows Palmyra as another name of Tadmur, a city, and
the object of a conflict verb may be a city met by such a name (rule 8).
"""

from __future__ import annotations

import pytest

from sitrep.geo.acceptance import LOCATIVE_CONFIDENCE

from .conftest import Run


def _only(run: Run, text: str, name: str) -> tuple[str, str | None, float]:
    doc = run(text)
    (place,) = [p for p in doc.places if p.evidence.text == name]
    return place.name, place.country, place.confidence


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Al-Shabaab militants seized Balad on Tuesday after a brief gunfight.", "Balad", "SO"),
        ("Al-Shabaab fighters attacked Balad overnight, residents said.", "Balad", "SO"),
        ("JNIM fighters attacked Léré on Sunday, killing several soldiers.", "Léré", "ML"),
        ("ADF rebels raided Mambasa overnight, local officials said.", "Mambasa", "CD"),
        ("RSF fighters shelled Tawila on Monday.", "Tawila", "SD"),
    ],
)
def test_a_group_places_a_curated_town_in_its_country(
    run: Run, text: str, name: str, country: str
) -> None:
    _, placed_in, confidence = _only(run, text, name)
    assert placed_in == country
    assert confidence >= LOCATIVE_CONFIDENCE


def test_without_a_group_the_iraqi_town_still_wins(run: Run) -> None:
    text = "Gunmen seized Balad on Tuesday after a brief gunfight."
    assert _only(run, text, "Balad")[:2] == ("Balad", "IQ")


@pytest.mark.parametrize(
    ("text", "name", "place", "country"),
    [
        ("Government forces recaptured Palmyra.", "Palmyra", "Tadmur", "SY"),
        (
            "Syrian troops recaptured Palmyra from Islamic State militants in March.",
            "Palmyra",
            "Tadmur",
            "SY",
        ),
        ("Russian forces shelled Kharkov overnight.", "Kharkov", "Kharkiv", "UA"),
        ("Rebels seized Aleppo after a lightning offensive.", "Aleppo", "Aleppo", "SY"),
        ("Israeli troops entered Tyre on Monday.", "Tyre", "Tyre", "LB"),
        ("Israeli forces bombed Sidon overnight.", "Sidon", "Sidon", "LB"),
        ("Islamic State fighters overran Mosul in June 2014.", "Mosul", "Mosul", "IQ"),
        ("Iraqi forces retook Kirkuk.", "Kirkuk", "Kirkuk", "IQ"),
    ],
)
def test_the_english_name_of_a_city_is_the_object_of_a_conflict_verb(
    run: Run, text: str, name: str, place: str, country: str
) -> None:
    found, placed_in, confidence = _only(run, text, name)
    assert (found, placed_in) == (place, country)
    assert confidence >= LOCATIVE_CONFIDENCE


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked Mason as he left the mosque.",
        "Protesters attacked Reuters on Friday.",
    ],
)
def test_a_person_or_a_body_is_still_no_place(run: Run, text: str) -> None:
    assert not [p for p in run(text).places if p.confidence >= LOCATIVE_CONFIDENCE]
