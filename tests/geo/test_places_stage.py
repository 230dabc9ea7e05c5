"""Toponym recognition and resolution on realistic news sentences."""

from __future__ import annotations

import pytest

from sitrep.evaluate.base import shared_dir
from sitrep.geo.demonyms import ADJECTIVAL_CONFIDENCE
from sitrep.model import PlaceMention, from_dict, to_dict
from sitrep.pipeline.document import Document
from sitrep.pipeline.stages.places import LOCATIVE_CONFIDENCE

from .conftest import Run


def _places(doc: Document) -> dict[str, PlaceMention]:
    return {p.evidence.text: p for p in doc.places}


def test_transliterations_resolve_to_one_city(run: Run) -> None:
    doc = run(
        "Shelling in Deir al-Zour on Tuesday, and residents fled north of Dayr az Zawr "
        "towards Raqqa, activists in Syria said."
    )
    found = _places(doc)
    assert found["Deir al-Zour"].country == "SY"
    assert found["Dayr az Zawr"].country == "SY"
    assert found["Raqqa"].country == "SY"
    assert found["Syria"].feature == "country"


def test_acronyms_and_datelines(run: Run) -> None:
    doc = run("WASHINGTON (Reuters) - Talks between the U.S. and the UK ended without a deal.")
    found = _places(doc)
    assert found["U.S."].country == "US"
    assert found["UK"].country == "GB"
    assert "WASHINGTON" in found


def test_province_and_country_context(run: Run) -> None:
    doc = run("Gunmen attacked a market in Borno State, Nigeria, and a village near Maiduguri.")
    found = _places(doc)
    assert found["Maiduguri"].country == "NG"
    assert found["Maiduguri"].confidence >= 0.7
    assert found["Maiduguri"].candidates  # kept for inspection


def test_people_organisations_and_demonyms_are_not_places(run: Run) -> None:
    doc = run(
        "Mary Jackson told reporters that Turkish authorities and the Syrian Democratic "
        "Forces had met in Qamishli. Southern officials said the University would reopen."
    )
    texts = [p.evidence.text for p in doc.places]
    assert "Mary" not in texts
    # a demonym names its state only adjectivally, never as a place named outright
    assert all(
        p.confidence == ADJECTIVAL_CONFIDENCE for p in doc.places if p.evidence.text == "Turkish"
    )
    assert "Syrian" not in texts
    assert "Southern" not in texts
    assert "University" not in texts
    assert "Qamishli" in texts


def test_candidates_survive_a_json_round_trip(run: Run) -> None:
    place = run("Fighting continued in Paris, Texas, overnight.").places[0]
    assert from_dict(PlaceMention, to_dict(place)) == place


def test_running_example_places(run: Run) -> None:
    path = shared_dir() / "examples" / "hawkeye-strike-2026-01-10.txt"
    if not path.is_file():
        pytest.skip(f"running example not found at {path}")
    doc = run(path.read_text(encoding="utf-8"))
    names = {p.name for p in doc.places}
    assert {"Syria", "Turkey", "Iraq", "Middle East", "Baghuz"} <= names
    for place in doc.places:
        if place.evidence.text in ("Jordanian", "Turkish"):
            assert place.confidence == ADJECTIVAL_CONFIDENCE < LOCATIVE_CONFIDENCE
