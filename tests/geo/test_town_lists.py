"""Places in US local news: towns one list names are neighbours (sitrep.geo.proximity
rule 2, sitrep.geo.context rule 4)."""

from __future__ import annotations

from sitrep.geo import context, proximity
from sitrep.kb.gazetteer import Place
from sitrep.model import PlaceMention, Span

from .conftest import Run


def _town(name: str, admin1: str, lat: float, lon: float, population: int) -> Place:
    return Place(None, name, "US", lat, lon, "village", population, admin1)


def _mention(text: str, start: int) -> PlaceMention:
    end = start + len(text)
    return PlaceMention(
        evidence=Span(start, end, text),
        name=text,
        geonameid=None,
        country="US",
        lat=None,
        lon=None,
        feature="village",
    )


_SHARON_CT = _town("Sharon", "US.CT", 41.88, -73.48, 2700)
_SHARON_PA = _town("Sharon", "US.PA", 41.23, -80.49, 13500)
_CORNWALL_CT = _town("Cornwall", "US.CT", 41.84, -73.33, 1400)
_CORNWALL_PA = _town("Cornwall", "US.PA", 40.27, -76.41, 4100)


def test_towns_listed_together_support_their_neighbouring_namesakes() -> None:
    candidates = {"sharon": [_SHARON_PA, _SHARON_CT], "cornwall": [_CORNWALL_PA, _CORNWALL_CT]}
    near = proximity.support(candidates, [frozenset({"sharon", "cornwall"})])
    assert near.get(proximity.key(_SHARON_CT)) == 1
    assert near.get(proximity.key(_CORNWALL_CT)) == 1
    assert proximity.key(_SHARON_PA) not in near
    assert proximity.key(_CORNWALL_PA) not in near


def test_towns_named_apart_support_each_other_at_half_weight() -> None:
    candidates = {"sharon": [_SHARON_PA, _SHARON_CT], "cornwall": [_CORNWALL_PA, _CORNWALL_CT]}
    for listed in ([], [frozenset({"sharon", "kent"})]):
        near = proximity.support(candidates, listed)
        assert near == {
            proximity.key(_SHARON_CT): proximity.TOWN_SUPPORT,
            proximity.key(_CORNWALL_CT): proximity.TOWN_SUPPORT,
        }


def test_a_list_of_places_is_read_from_commas_and_conjunctions() -> None:
    text = "Crews from Harwinton, Bantam and Winsted helped, and Torrington sent a truck."
    found = [
        _mention(word, text.index(word))
        for word in ("Harwinton", "Bantam", "Winsted", "Torrington")
    ]
    runs = context.lists(text, found)
    assert [[m.evidence.text for m in run] for run in runs] == [["Harwinton", "Bantam", "Winsted"]]


def test_a_county_known_only_with_its_type_word_is_found_in_a_list_of_counties(
    run: Run,
) -> None:
    doc = run(
        "Census figures released today show change. Dakota, Otoe and Washington counties, "
        "whose numbers typically go up, saw small declines."
    )
    (otoe,) = [p for p in doc.places if p.evidence.text == "Otoe"]
    assert otoe.name == "Otoe County"
    assert otoe.admin1 == "US.NE"


def test_a_name_a_big_city_bears_proves_no_neighbourhood_in_a_list() -> None:
    capital = Place(None, "San Salvador", "SV", 13.69, -89.19, "city", 525_000, "SV.10")
    namesake = _town("San Salvador", "US.PA", 41.20, -75.90, 5_000)
    neighbour = _town("Nanticoke", "US.PA", 41.21, -76.00, 10_000)
    candidates = {"san salvador": [capital, namesake], "nanticoke": [neighbour]}
    near = proximity.support(candidates, [frozenset({"san salvador", "nanticoke"})])
    assert near == {}
