"""Two small towns an article names apart lie side by side (proximity rule 2)."""

from __future__ import annotations

from sitrep.geo import proximity
from sitrep.kb.gazetteer import Place
from sitrep.model import PlaceMention
from sitrep.pipeline.document import Document

from .conftest import Run


def _first(doc: Document, surface: str) -> PlaceMention:
    return next(p for p in doc.places if p.evidence.text == surface)


def _town(name: str, lat: float, lon: float, population: int, feature: str = "village") -> Place:
    return Place(None, name, "US", lat, lon, feature, population)


def test_two_small_towns_named_apart_are_the_neighbouring_namesakes(run: Run) -> None:
    doc = run(
        "The Winfield school board approved a new contract on Monday. "
        "Students from New London will attend classes there next fall."
    )
    assert _first(doc, "Winfield").admin1 == "US.IA"
    assert _first(doc, "New London").admin1 == "US.IA"


def test_a_town_far_smaller_than_its_namesake_gains_nothing_from_a_neighbour(run: Run) -> None:
    doc = run(
        "Clinton police arrested two men on Friday. "
        "The men had sold stolen phones to buyers in Shoreline, police said."
    )
    assert _first(doc, "Clinton").admin1 == "US.MD"


def test_towns_named_apart_support_each_other_at_half_weight() -> None:
    near = proximity.support(
        {
            "winfield": [
                _town("Winfield", 41.12, -91.44, 1100),
                _town("Winfield", 37.2, -97.0, 12000),
            ],
            "ainsworth": [_town("Ainsworth", 41.29, -91.55, 560)],
        }
    )
    assert near[proximity.key(_town("Ainsworth", 41.29, -91.55, 560))] == proximity.TOWN_SUPPORT
    assert near[proximity.key(_town("Winfield", 41.12, -91.44, 1100))] == proximity.TOWN_SUPPORT


def test_a_name_a_big_city_bears_proves_no_neighbourhood_alone() -> None:
    near = proximity.support(
        {
            "arlington": [
                _town("Arlington", 41.12, -91.44, 2000),
                _town("Arlington", 32.7, -97.1, 390000, "city"),
            ],
            "ainsworth": [_town("Ainsworth", 41.29, -91.55, 560)],
        }
    )
    assert near == {}
