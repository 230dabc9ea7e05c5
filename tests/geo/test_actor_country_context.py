"""Armed groups and state forces as the article's country context.

A report that names an armed group but not its country ("Boko Haram fighters attacked
Baga") is read by anyone who knows the group as a report about that country. The places
stage counts the country of a linked group or state force as weak context, and a town of
the curated conflict places data without a population weighs as a small town.
"""

from __future__ import annotations

import pytest

from sitrep.geo import context
from sitrep.geo.scoring import ScoreContext, score
from sitrep.kb.actors import ActorKB
from sitrep.kb.gazetteer import Place

from .conftest import Run


def _placed(run: Run, text: str, name: str) -> tuple[str, str | None]:
    doc = run(text)
    place = next(p for p in doc.places if p.evidence.text == name)
    return place.name, place.country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Boko Haram fighters attacked fishermen near Baga on the shores of Lake Chad "
            "on Friday, killing 12.",
            "Baga",
            "NG",
        ),
        ("ISWAP fighters overran an army base in Mafa on Sunday, the military said.", "Mafa", "NG"),
        (
            "ADF rebels killed at least 20 villagers near Mambasa overnight, local officials said.",
            "Mambasa",
            "CD",
        ),
        (
            "Gunmen killed at least 160 people in Solhan overnight, Burkinabe officials said.",
            "Solhan",
            "BF",
        ),
        ("JNIM militants killed dozens of civilians in Moura, witnesses said.", "Moura", "ML"),
        ("RSF fighters shelled a camp for displaced people in Tawila on Monday.", "Tawila", "SD"),
        (
            "Al-Shabaab fighters stormed a military base in Balad, killing four soldiers.",
            "Balad",
            "SO",
        ),
        (
            "Heavy fighting broke out in Muse as the Myanmar National Democratic Alliance "
            "Army pushed towards the border crossing.",
            "Muse",
            "MM",
        ),
    ],
)
def test_a_group_named_without_its_country_places_its_towns_there(
    run: Run, text: str, name: str, country: str
) -> None:
    assert _placed(run, text, name)[1] == country


def test_without_a_group_the_larger_namesake_still_wins(run: Run) -> None:
    text = "A roadside bomb exploded in Balad on Monday, wounding three policemen."
    assert _placed(run, text, "Balad") == ("Balad", "IQ")


def test_state_forces_and_armed_groups_give_their_country_not_organisations(run: Run) -> None:
    text = (
        "Nigerian troops and United Nations staff reached Baga after Boko Haram fighters withdrew."
    )
    doc = run(text)
    found = context.actor_countries(doc, ActorKB.load())
    assert set(found) == {"NG"}
    assert len(found["NG"]) == 2


def test_a_group_country_weighs_less_than_a_country_named_outright() -> None:
    town = Place(None, "Baga", "NG", 13.11, 13.83, "village", None, "NG-BO")
    named = score(town, ScoreContext(countries=frozenset({"NG"})))
    linked = score(town, ScoreContext(actor_countries=frozenset({"NG"})))
    alone = score(town, ScoreContext())
    assert named > linked > alone


def test_a_town_of_unknown_population_weighs_as_a_small_town() -> None:
    listed = Place(None, "Tawila", "SD", 13.5, 24.86, "village", None)
    hamlet = Place(1, "Tawila", "YE", 15.0, 44.0, "village", 0)
    assert score(listed, ScoreContext()) > score(hamlet, ScoreContext()) + 3.0
