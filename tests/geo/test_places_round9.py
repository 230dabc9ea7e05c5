"""Round 9 of the places stage, from unseen news: Russia's North Caucasus republics and
the breakaway regions of Georgia, a compass-named part of a town, and false toponyms:
ordinary words, bodies, brands and hyphenated county names that small towns share."""

from __future__ import annotations

from sitrep.geo.candidates import plausible
from sitrep.geo.index import _state_key
from sitrep.kb.gazetteer import Gazetteer
from sitrep.model import PlaceMention
from sitrep.pipeline.document import Document

from .conftest import Run


def _places(doc: Document) -> dict[str, PlaceMention]:
    return {p.evidence.text: p for p in doc.places}


def test_the_north_caucasus_republics_are_regions_of_russia(run: Run) -> None:
    doc = run(
        "Gunmen attacked a police post in Makhachkala, the capital of Dagestan. Fighting "
        "also broke out in Chechnya and Ingushetia, and clashes erupted in "
        "Kabardino-Balkaria and North Ossetia on Sunday."
    )
    found = _places(doc)
    for name in ("Dagestan", "Chechnya", "Ingushetia", "Kabardino-Balkaria", "North Ossetia"):
        assert (found[name].country, found[name].feature) == ("RU", "admin1"), name
    # the republic holds its capital, and Chechnya is no village in Ukraine
    assert found["Makhachkala"].admin1 == found["Dagestan"].admin1
    assert found["Chechnya"].lat is not None and found["Chechnya"].lat > 43.0


def test_a_republics_type_word_is_no_part_of_its_name_for_matching() -> None:
    assert _state_key("Dagestan, Respublika") == _state_key("Dagestan") == "dagestan"
    assert _state_key("Ingushetiya Republic") == "ingushetiya"
    assert _state_key("Republic of Tyva") == "tyva"
    assert _state_key("North Ossetia–Alania") == _state_key("North Ossetia-Alania")
    assert any(p.feature == "admin1" for p in Gazetteer.load().lookup("Tatarstan"))


def test_a_breakaway_region_cut_short_by_a_model_is_widened(run: Run) -> None:
    doc = run("Georgian troops shelled Tskhinvali, the capital of South Ossetia, on Friday.")
    found = _places(doc)
    assert (found["South Ossetia"].country, found["South Ossetia"].feature) == ("GE", "region")
    assert found["Tskhinvali"].country == "GE"


def test_a_compass_named_part_of_a_town_is_the_town(run: Run) -> None:
    doc = run("Iraqi troops clashed with Islamic State fighters in the heart of East Mosul.")
    mosul = _places(doc)["Mosul"]
    assert (mosul.name, mosul.country, mosul.feature) == ("Mosul", "IQ", "city")
    # never East Missoula by its consonants
    assert not plausible(Gazetteer.load(), "East Mosul")


def test_ordinary_words_after_a_preposition_are_no_towns_abroad(run: Run) -> None:
    doc = run(
        '"We trust in God," the pastor told mourners in Kabul. Soldiers were killed on '
        "Hill 402 near the border, and the commander spoke in English to reporters."
    )
    assert set(_places(doc)) == {"Kabul"}


def test_bodies_and_brands_are_no_towns(run: Run) -> None:
    doc = run(
        "The case went to the Supreme Court in Washington on Monday. Workers at a Taco "
        "Bell in Miami-Dade walked out."
    )
    found = _places(doc)
    assert "Supreme" not in found and "Bell" not in found
    assert "Dade" not in found  # "Miami-Dade" is no town in China
    assert found["Miami"].country == "US"


def test_a_models_bare_guess_is_no_small_town_abroad(run: Run) -> None:
    doc = run("A man named Zachary was arrested in Paris, French police said.")
    assert "Zachary" not in _places(doc)
    assert _places(doc)["Paris"].country == "FR"


def test_a_town_after_a_demonym_in_one_name_is_no_place(run: Run) -> None:
    doc = run("Fighters of the Dagestani Battle Group clashed with police in Makhachkala.")
    found = _places(doc)
    assert "Battle" not in found
    assert found["Makhachkala"].country == "RU"


def test_such_towns_stand_with_their_region_or_country(run: Run) -> None:
    doc = run(
        "Two people were shot dead in Supreme, Louisiana, on Friday. A fire broke out in "
        "English, Indiana, and crews from English and Marengo responded."
    )
    found = _places(doc)
    assert (found["Supreme"].admin1, found["English"].admin1) == ("US.LA", "US.IN")
    assert len([p for p in doc.places if p.evidence.text == "English"]) == 2
    congo = run("M23 rebels and Congolese troops fought for control of Sake on Thursday.")
    assert _places(congo)["Sake"].country == "CD"


def test_a_town_once_called_by_a_name_loses_to_the_town_that_bears_it(run: Run) -> None:
    places = _places(
        run(
            "A gunman killed the pastor of First Baptist Church in Maryville on Sunday. "
            "The suspect was from Fort Worth, Texas."
        )
    )
    assert (places["Maryville"].name, places["Maryville"].admin1) == ("Maryville", "US.TN")
