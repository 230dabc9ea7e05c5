"""First-level regions of conflict countries by the English names news uses ("North Kivu",
"Tigray", "Kyiv Oblast"), a capitalised type word after a region's name ("Benue State"),
regions of unknown population against namesakes abroad, regions of one country, and towns
of current conflicts the gazetteer adds (places_extra.json)."""

from __future__ import annotations

import pytest

from sitrep.geo.scoring import ScoreContext, ranked
from sitrep.kb.gazetteer import Gazetteer, Place
from sitrep.model import PlaceMention
from sitrep.pipeline.document import Document

from .conftest import Run


def _places(doc: Document) -> dict[str, PlaceMention]:
    return {p.evidence.text: p for p in doc.places}


@pytest.mark.parametrize(
    ("text", "written", "country"),
    [
        ("M23 rebels advanced on Sake in North Kivu on Sunday.", "North Kivu", "CD"),
        ("Fighting spread to South Kivu province overnight.", "South Kivu", "CD"),
        ("Federal troops clashed with Fano militia in Amhara.", "Amhara", "ET"),
        ("Aid convoys reached Mekelle, the capital of Tigray, on Monday.", "Tigray", "ET"),
        ("Islamic State attacked a checkpoint in Nineveh Province.", "Nineveh Province", "IQ"),
        ("The army bombed villages in Sagaing Region.", "Sagaing", "MM"),
        ("Fighters of the Arakan Army advanced in Chin State.", "Chin State", "MM"),
        ("Clashes were reported in Lower Shabelle on Tuesday.", "Lower Shabelle", "SO"),
    ],
)
def test_a_region_is_found_by_its_english_name(
    run: Run, text: str, written: str, country: str
) -> None:
    region = _places(run(text))[written]
    assert region.feature == "admin1"
    assert region.country == country
    assert region.lat is not None and region.lon is not None


def test_english_names_show_the_region_in_english(run: Run) -> None:
    places = _places(run("Troops clashed with militia in Tigray and Amhara."))
    assert places["Tigray"].name == "Tigray"
    assert places["Amhara"].name == "Amhara"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Gunmen killed 20 farmers in Benue State.", "Benue"),
        ("Boko Haram fighters attacked a camp in Borno State on Friday.", "Borno"),
        ("Bandits abducted pupils in Zamfara State.", "Zamfara"),
    ],
)
def test_a_capitalised_type_word_after_a_name_gives_the_state(
    run: Run, text: str, written: str
) -> None:
    state = _places(run(text))[written]
    assert (state.feature, state.country) == ("admin1", "NG")
    assert state.lat is not None  # placed, though no GeoNames town bears its name


def test_an_oblast_is_not_the_city_it_is_named_after(run: Run) -> None:
    places = _places(run("Russian drones struck Kyiv Oblast and the Kharkiv region overnight."))
    kyiv = places["Kyiv Oblast"]
    assert (kyiv.feature, kyiv.country, kyiv.name) == ("admin1", "UA", "Kyiv Oblast")
    kharkiv = places["Kharkiv"]
    assert (kharkiv.feature, kharkiv.name) == ("admin1", "Kharkiv Oblast")


def test_the_country_named_with_a_state_decides_between_namesakes(run: Run) -> None:
    places = _places(run("Herders attacked a village in Plateau State, Nigeria."))
    assert (places["Plateau"].country, places["Plateau"].feature) == ("NG", "admin1")


def test_a_region_of_unknown_population_weighs_as_a_typical_region() -> None:
    iso_only = Place(None, "Plateau", "NG", 9.2, 9.5, "admin1", 0, "NG-PL", "Plateau")
    small = Place(None, "Plateau", "BJ", 6.9, 2.6, "admin1", 186_351, "BJ.17", "Plateau")
    best = ranked([small, iso_only], ScoreContext(countries=frozenset({"NG"})))[0][1]
    assert best.country == "NG"


def test_a_city_outranks_a_region_of_its_name_and_unknown_population() -> None:
    region = Place(None, "Jerusalem", "PS", None, None, "admin1", 0, "PS-JEM", "Jerusalem")
    city = Place(281184, "Jerusalem", "IL", 31.77, 35.22, "city", 801_000, "IL.06", "Jerusalem")
    both = ScoreContext(countries=frozenset({"IL", "PS"}))
    assert ranked([region, city], both)[0][1] is city
    # asked for the region ("Jerusalem governorate"), the region it is
    assert ranked([region, city], ScoreContext(wanted="admin1"))[0][1] is region


def test_a_region_inside_one_country_is_in_that_country(run: Run) -> None:
    darfur = _places(run("The RSF attacked villages across Darfur."))["Darfur"]
    assert (darfur.feature, darfur.country) == ("region", "SD")
    middle_east = Gazetteer.load().lookup("Middle East")[0]
    assert middle_east.country is None  # a region of many countries stays in none


@pytest.mark.parametrize(
    ("text", "written", "country"),
    [
        ("M23 rebels seized the town of Walikale in North Kivu.", "Walikale", "CD"),
        ("Jihadists attacked the army base in Boulkessi on Sunday.", "Boulkessi", "ML"),
        ("Israeli strikes hit homes in Shejaiya overnight.", "Shejaiya", "PS"),
        ("Gangs burned houses in Pont-Sondé, Haiti.", "Pont-Sondé", "HT"),
        ("Fighting raged in Maungdaw, in Rakhine State, for months.", "Maungdaw", "MM"),
    ],
)
def test_towns_of_current_conflicts_are_known(
    run: Run, text: str, written: str, country: str
) -> None:
    town = _places(run(text))[written]
    assert town.country == country
    assert town.lat is not None


def test_a_model_span_without_its_arabic_article_takes_it_back(run: Run) -> None:
    doc = run("Shelling hit El Obeid in North Kordofan on Monday, residents said.")
    towns = [p for p in doc.places if p.evidence.text == "El Obeid"]
    assert towns and towns[0].country == "SD" and towns[0].feature == "city"
