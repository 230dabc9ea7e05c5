"""Datelines with a place-name prefix in capitals ("ST. LOUIS --"), press-wire datelines
("SAN JOSE, Calif.--(BUSINESS WIRE)--") and European regions news names in English."""

from __future__ import annotations

from sitrep.model import PlaceMention
from sitrep.pipeline.document import Document

from .conftest import Run


def _places(doc: Document) -> dict[str, PlaceMention]:
    return {p.evidence.text: p for p in doc.places}


def test_a_capitalised_saint_dateline_names_its_city(run: Run) -> None:
    found = _places(
        run(
            "ST. LOUIS -- Police said two men were shot Tuesday night outside a gas "
            "station in north St. Louis."
        )
    )
    assert found["ST. LOUIS"].name == "St. Louis"
    assert found["ST. LOUIS"].admin1 == "US.MO"


def test_capitalised_saint_fort_and_mount_datelines_with_their_state(run: Run) -> None:
    paul = _places(run("ST. PAUL, Minn. -- A man was killed in a shooting Sunday, police said."))
    assert paul["ST. PAUL"].name == "Saint Paul"
    assert paul["ST. PAUL"].admin1 == "US.MN"
    worth = _places(run("FT. WORTH, Texas -- Two people were wounded in a shooting early Friday."))
    assert worth["FT. WORTH"].name == "Fort Worth"
    assert worth["FT. WORTH"].admin1 == "US.TX"


def test_a_press_wire_dateline_keeps_its_state(run: Run) -> None:
    found = _places(
        run(
            "SAN JOSE, Calif.--(BUSINESS WIRE)--Acme Corp said on Monday it would cut 40 "
            "jobs at its plant."
        )
    )
    assert found["SAN JOSE"].admin1 == "US.CA"
    assert found["Calif."].name == "California"


def test_spanish_regions_by_their_english_names(run: Run) -> None:
    found = _places(
        run(
            "Thousands marched in Barcelona as separatists in Catalonia and the Basque "
            "Country demanded a vote; wildfires burned in Andalusia and Navarre."
        )
    )
    for name in ("Catalonia", "Basque Country", "Andalusia", "Navarre"):
        assert found[name].country == "ES"
        assert found[name].feature == "admin1"


def test_other_european_regions_by_their_english_names(run: Run) -> None:
    found = _places(
        run(
            "Farmers blocked roads in Bavaria, Lower Saxony and Flanders, and migrants "
            "landed in Sicily."
        )
    )
    assert found["Bavaria"].country == "DE"
    assert found["Lower Saxony"].country == "DE"
    assert found["Flanders"].country == "BE"
    assert found["Sicily"].country == "IT"
