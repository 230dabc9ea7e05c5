"""Regions named without their Arabic article ("Anbar" for Al Anbar), names qualified by
their country ("Anbar, Iraq", "Sinjar in northern Iraq"), and matches by another spelling
resolved less confidently than a place's own name."""

from __future__ import annotations

from sitrep.geo.acceptance import LOCATIVE_CONFIDENCE, Evidence, confidence
from sitrep.geo.candidates import Run as CandidateRun
from sitrep.geo.context import stated_country_names
from sitrep.geo.names import same_spelling, without_article
from sitrep.kb.gazetteer import Gazetteer, Place
from sitrep.model import PlaceMention
from sitrep.pipeline.document import Document

from .conftest import Run


def _places(doc: Document) -> dict[str, PlaceMention]:
    return {p.evidence.text: p for p in doc.places}


# --- names -------------------------------------------------------------------------


def test_only_an_arabic_article_is_dropped() -> None:
    assert without_article("al anbar") == "anbar"
    assert without_article("an najaf") == "najaf"  # "an" before its sun letter
    assert without_article("ash sharqiyah") == "sharqiyah"
    assert without_article("an giang") is None  # a Vietnamese province keeps its name
    assert without_article("el oro") is None
    assert without_article("alexandria") is None


def test_a_name_without_its_article_is_the_same_spelling() -> None:
    assert same_spelling("Al Anbār", "Anbar")
    assert same_spelling("Al Qamishli", "Qamishli")
    assert not same_spelling("Ambar", "Anbar")
    assert not same_spelling("Basrah", "Basra")


# --- the index ---------------------------------------------------------------------


def test_a_governorate_is_found_without_its_article() -> None:
    regions = [p for p in Gazetteer.load().lookup("Anbar") if p.feature == "admin1"]
    assert [(p.country, p.admin1_code) for p in regions] == [("IQ", "IQ.01")]


def test_a_region_named_like_its_town_leaves_the_short_name_to_the_town() -> None:
    # Najaf is a city of An Najaf governorate: "Najaf" stays the city
    found = Gazetteer.load().lookup("Najaf")
    assert found[0].feature == "city" and found[0].country == "IQ"
    assert not any(p.feature == "admin1" for p in found)


# --- a country written after a name -------------------------------------------------


def test_the_country_after_a_name_is_read() -> None:
    text = "clashes in Anbar, Iraq, on Monday and Sinjar in northern Iraq."
    anbar = text.index("Anbar") + len("Anbar")
    sinjar = text.index("Sinjar") + len("Sinjar")
    assert stated_country_names(text, anbar) == ("Iraq",)
    assert stated_country_names(text, sinjar) == ("Iraq",)
    text = "A bomb hit Anbar province, Iraq."
    assert stated_country_names(text, text.index(" province")) == ("Iraq",)


def test_a_list_is_no_country_after_a_name() -> None:
    text = "Strikes hit Aleppo, Iraq and Syria; trips to Saipan, Guam, Alaska."
    assert stated_country_names(text, text.index(",")) == ()
    assert stated_country_names(text, text.index(", Guam")) == ()


def test_a_province_named_with_its_country_is_there(run: Run) -> None:
    doc = run(
        "ISIL has killed 70 members of the Al Bu Nimr tribe in Anbar province, Iraq. "
        "Later fighters attacked a checkpoint in Anbar, Iraq."
    )
    anbars = [p for p in doc.places if p.evidence.text == "Anbar"]
    assert len(anbars) == 2
    for anbar in anbars:
        assert (anbar.country, anbar.feature, anbar.admin1) == ("IQ", "admin1", "IQ.01")
        assert anbar.confidence >= LOCATIVE_CONFIDENCE


def test_a_town_named_with_its_country_is_in_that_country(run: Run) -> None:
    tripoli = _places(run("Heavy clashes broke out in Tripoli, Lebanon, on Sunday."))["Tripoli"]
    assert tripoli.country == "LB"


def test_a_name_no_place_of_the_named_country_bears_is_kept_there(run: Run) -> None:
    # the gazetteer knows Karma only in India: the text puts it in Iraq
    karma = _places(run("Militants attacked a checkpoint in Karma, Iraq, on Friday."))["Karma"]
    assert (karma.name, karma.country, karma.geonameid, karma.lat) == ("Karma", "IQ", None, None)
    assert karma.confidence < 0.9


def test_a_country_listed_after_a_town_does_not_move_it(run: Run) -> None:
    doc = run("His trips to Saipan, Guam, Alaska and Hawaii put an emphasis on the region.")
    assert _places(doc)["Saipan"].country == "MP"


# --- confidence --------------------------------------------------------------------


def _evidence() -> Evidence:
    return Evidence(CandidateRun(0, 5, (0,), (5,), False), partial=False, guess=None)


def test_another_spelling_resolves_less_confidently_than_the_own_name() -> None:
    ambar = Place(323854, "Ambar", "TR", 37.9, 40.5, "village", 5063, "TR.21", matched="alias")
    anbar = Place(None, "Al Anbār", "IQ", 33.9, 42.5, "admin1", 632674, "IQ.01", matched="alias")
    assert confidence(True, 10.0, ambar, _evidence(), "Anbar") == 0.8
    assert confidence(True, 10.0, anbar, _evidence(), "Anbar") == 0.9
    # in locative context it stays a place, only which place is less sure
    assert confidence(True, 0.5, ambar, _evidence(), "Anbar") == LOCATIVE_CONFIDENCE
