"""Round 5 of the places stage: a town's people make a country's namesake a town, and
ambiguous towns named beside a county lie inside it."""

from __future__ import annotations

from sitrep.geo import proximity
from sitrep.geo.context import kind_wanted
from sitrep.kb.gazetteer import Place
from sitrep.model import PlaceMention
from sitrep.pipeline.document import Document

from .conftest import Run


def _all(doc: Document, name: str) -> list[PlaceMention]:
    return [p for p in doc.places if p.evidence.text == name]


def test_people_of_a_town_ask_for_a_local_place() -> None:
    text = "A 54-year-old Palestine man was sentenced. Michael Smith, 49, Palestine, was held."
    first = text.index("Palestine")
    second = text.index("Palestine", first + 1)
    assert kind_wanted(text, first, first + len("Palestine")) == "local"
    assert kind_wanted(text, second, second + len("Palestine")) == "local"
    plain = "Talks on Palestine resumed in Cairo."
    at = plain.index("Palestine")
    assert kind_wanted(plain, at, at + len("Palestine")) is None


def test_palestine_man_is_the_texas_town_everywhere(run: Run) -> None:
    doc = run(
        "A 54-year-old Palestine man has been sentenced to two years in a state jail "
        "after pleading guilty to fleeing from Palestine police. The Anderson County "
        "district attorney said the chase ended on Loop 256. Residents of Palestine, "
        "Texas, said the case drew attention across East Texas."
    )
    mentions = _all(doc, "Palestine")
    assert len(mentions) >= 2
    for mention in mentions:
        assert mention.feature not in ("country", "region")
        assert mention.country == "US"


def test_palestine_in_world_news_stays_the_territory(run: Run) -> None:
    doc = run(
        "Israeli and Palestinian negotiators met in Cairo on Monday. Egypt said talks on "
        "Palestine and Gaza would resume next week in Cairo."
    )
    mentions = _all(doc, "Palestine")
    assert mentions
    assert all(m.country == "PS" for m in mentions)


def _place(name: str, feature: str, lat: float, lon: float, population: int) -> Place:
    return Place(None, name, "US", lat, lon, feature, population, "US.TN")


def test_proximity_supports_namesakes_next_to_a_named_county() -> None:
    henry_tn = _place("Henry County", "admin2", 36.33, -88.30, 32000)
    henry_ga = _place("Henry County", "admin2", 33.43, -84.19, 200000)
    paris_tn = _place("Paris", "village", 36.30, -88.33, 10000)
    paris_tx = _place("Paris", "city", 33.66, -95.56, 25000)
    near = proximity.support({"henry county": [henry_ga, henry_tn], "paris": [paris_tx, paris_tn]})
    assert near.get(proximity.key(paris_tn)) == 1
    assert near.get(proximity.key(henry_tn)) == 1
    assert proximity.key(paris_tx) not in near
    assert proximity.key(henry_ga) not in near


def test_proximity_weighs_towns_apart_half_and_spares_dwarfed_villages() -> None:
    town_a = _place("Kent", "city", 41.15, -81.36, 28000)
    town_b = _place("Ravenna", "city", 41.16, -81.24, 11000)
    near = proximity.support({"kent": [town_a], "ravenna": [town_b]})
    assert set(near.values()) == {proximity.TOWN_SUPPORT}
    county = _place("Fulton County", "admin2", 33.79, -84.47, 900000)
    big = _place("Atlanta", "city", 33.75, -84.39, 500000)
    tiny = _place("Atlanta", "village", 33.80, -84.40, 600)
    near = proximity.support({"fulton county": [county], "atlanta": [big, tiny]})
    assert proximity.key(big) in near
    assert proximity.key(tiny) not in near


def test_paris_beside_henry_county_is_tennessee(run: Run) -> None:
    doc = run(
        "Paris and Henry County are rich in both history and art, and the Lee Academy "
        "for the Arts in Paris is an example, Henry County officials said."
    )
    counties = _all(doc, "Henry County")
    assert counties
    assert all(c.admin1 == "US.TN" for c in counties)
    towns = _all(doc, "Paris")
    assert towns
    assert all(t.admin1 == "US.TN" for t in towns)
