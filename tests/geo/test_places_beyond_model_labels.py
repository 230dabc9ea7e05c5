"""Acceptance rests on the text's cues, not on which label an entity model gave a name:
a PERSON and an ORG guess over a name alone are held to the same bar (rule 3), a place
cue outweighs either (rule 26), and a pronoun or a report to the police makes a name a
person's whatever a model took it for."""

from __future__ import annotations

import pytest

from sitrep.geo import context
from sitrep.geo.acceptance import Evidence, accept_bare, stands_alone
from sitrep.geo.candidates import Run as NameRun
from sitrep.geo.scoring import is_capital
from sitrep.kb.gazetteer import Gazetteer, Place
from sitrep.pipeline.resources import load_resources
from sitrep.pipeline.stages.places import PlacesStage, _guess_over

from .conftest import Run


def _place(name: str, country: str, feature: str) -> Place:
    return next(
        p
        for p in Gazetteer.load().lookup(name, fuzzy=False)
        if p.country == country and p.feature == feature and p.matched == "name"
    )


def _guessed(start: int, end: int, label: str) -> Evidence:
    return Evidence(NameRun(start, end, (start,), (end,), False), False, (start, end, label))


@pytest.mark.parametrize("label", ["PERSON", "ORG"])
def test_a_capital_guessed_someones_stands_alone_only_in_its_countrys_report(
    run: Run, label: str
) -> None:
    text = "Officials said the plan was ignored for years by Washington and by others."
    start = text.index("Washington")
    end = start + len("Washington")
    washington = next(
        p for p in Gazetteer.load().lookup("Washington", fuzzy=False) if is_capital(p)
    )
    doc = run(text)
    evidence = _guessed(start, end, label)
    assert not accept_bare(doc, start, end, washington, evidence, present=frozenset())
    assert accept_bare(doc, start, end, washington, evidence, present=frozenset({"US"}))


@pytest.mark.parametrize("label", ["PERSON", "ORG"])
def test_a_home_region_town_guessed_someones_is_still_named_alone(run: Run, label: str) -> None:
    text = "Organisers said Osakis would host the safety course next year."
    start = text.index("Osakis")
    end = start + len("Osakis")
    osakis = _place("Osakis", "US", "village")
    evidence = _guessed(start, end, label)
    assert accept_bare(run(text), start, end, osakis, evidence, home="US.MN")


def test_a_home_region_town_opening_a_sentence_guessed_someones_is_no_place(run: Run) -> None:
    text = "The board met on Monday. Osakis has considered a new plant."
    start = text.index("Osakis")
    end = start + len("Osakis")
    osakis = _place("Osakis", "US", "village")
    evidence = _guessed(start, end, "ORG")
    assert not accept_bare(run(text), start, end, osakis, evidence, home="US.MN")


@pytest.mark.parametrize("label", ["PERSON", "ORG"])
def test_a_big_city_name_telling_the_police_is_a_witness(run: Run, label: str) -> None:
    text = "A neighbour said Sofia told police she had seen two men run from the shop."
    start = text.index("Sofia")
    end = start + len("Sofia")
    sofia = _place("Sofia", "BG", "city")
    assert not accept_bare(run(text), start, end, sofia, _guessed(start, end, label))


def test_a_capital_opening_a_sentence_before_a_pronoun_is_a_person(run: Run) -> None:
    text = "The actor was given a standing ovation. Washington thanked his family."
    start = text.index("Washington")
    end = start + len("Washington")
    washington = next(
        p for p in Gazetteer.load().lookup("Washington", fuzzy=False) if is_capital(p)
    )
    plain = Evidence(NameRun(start, end, (start,), (end,), False), False, None)
    assert not accept_bare(run(text), start, end, washington, plain)


def test_the_attacked_person_is_told_by_the_pronoun_after() -> None:
    text = "Assailants attacked Parker on his way home from work."
    start = text.index("Parker")
    assert context.attacked_person(text, start, start + len("Parker"))
    town = "Militants attacked Baga on Monday, residents said."
    start = town.index("Baga")
    assert not context.attacked_person(town, start, start + len("Baga"))


def test_a_guess_over_the_name_alone_leaves_it_standing_alone() -> None:
    assert stands_alone(_guessed(10, 18, "ORG"), 10, 18)
    assert not stands_alone(_guessed(4, 18, "PERSON"), 10, 18)


def test_a_town_in_a_list_guessed_a_person_in_local_news_is_placed_at_home(run: Run) -> None:
    text = (
        "TORRINGTON — Firefighters from Litchfield and Harwinton helped put out a barn "
        "fire Tuesday. Crews from Cornwall stayed on the scene until dawn, Torrington fire "
        "officials said."
    )
    found = {p.evidence.text: p for p in run(text).places}
    assert (found["Cornwall"].country, found["Cornwall"].admin1) == ("US", "US.CT")
    assert (found["Harwinton"].country, found["Harwinton"].admin1) == ("US", "US.CT")


def test_a_village_the_gazetteer_lacks_is_placed_in_the_district_written_after_it(
    run: Run,
) -> None:
    text = (
        "Gunmen on motorcycles stormed Kadawa village in Gusau district of Zamfara State "
        "on Tuesday, killing 12 people, police said."
    )
    kadawa = next(p for p in run(text).places if p.evidence.text == "Kadawa")
    assert (kadawa.country, kadawa.admin1, kadawa.geonameid) == ("NG", "NG.57", None)


def test_an_ordinary_word_before_a_settlement_type_word_adds_no_place(run: Run) -> None:
    text = "Hundreds of traders fled the Old town in Kano after the clashes, police said."
    assert "Old" not in [p.evidence.text for p in run(text).places]


def test_a_guess_over_a_list_of_names_is_no_guess_about_each() -> None:
    text = "Firefighters from Litchfield and Harwinton put out the fire."
    guess = (text.index("Litchfield"), text.index(" put"), "ORG")
    first = text.index("Litchfield")
    second = text.index("Harwinton")
    assert _guess_over(text, [guess], first, first + len("Litchfield")) is None
    assert _guess_over(text, [guess], second, second + len("Harwinton")) is None


def test_a_company_named_for_two_people_stays_no_place(run: Run) -> None:
    text = "Shares of Procter and Gamble rose while Marks and Spencer fell, traders said."
    assert [p.evidence.text for p in run(text).places] == []


@pytest.fixture(scope="module")
def stage() -> PlacesStage:
    return PlacesStage(load_resources())


def test_a_brand_of_two_surnames_is_no_pair_of_neighbouring_towns(stage: PlacesStage) -> None:
    brand = "Harley-Davidson sales fell."
    assert not stage._neighbours(brand, [(0, 6), (7, 15)])
    towns = "Logan-Rogersville students won."
    assert stage._neighbours(towns, [(0, 5), (6, 17)])
    cities = "the Washington-Moscow route"
    assert stage._neighbours(cities, [(4, 14), (15, 21)])
