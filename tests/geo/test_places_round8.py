"""Round 8 of the places stage: rules that carry across corpora. A country named at the
head of its own state's organisation, abbreviations joined by a hyphen, names listed
before a plural street word, towns that name bodies, a model's span cut at its
sentence's end, and national capitals over namesake towns."""

from __future__ import annotations

from sitrep.geo.candidates import words
from sitrep.geo.demonyms import ADJECTIVAL_CONFIDENCE
from sitrep.geo.facilities import STREET, spans
from sitrep.geo.scoring import ScoreContext, ranked
from sitrep.kb.gazetteer import Place
from sitrep.model import PlaceMention
from sitrep.pipeline.document import Document
from sitrep.pipeline.stages.places import LOCATIVE_CONFIDENCE

from .conftest import Run


def _places(doc: Document) -> dict[str, PlaceMention]:
    return {p.evidence.text: p for p in doc.places}


def test_a_country_heading_its_own_forces_or_government_is_named(run: Run) -> None:
    doc = run(
        "The blast came a day after the U.S. military said attacks had fallen. The "
        "British Embassy has worked closely with UK government and industry groups."
    )
    found = _places(doc)
    assert found["U.S."].country == "US"
    assert found["UK"].country == "GB"
    # named as its demonym would name it ("the French army"): never an event's location
    assert found["U.S."].confidence == ADJECTIVAL_CONFIDENCE < LOCATIVE_CONFIDENCE
    assert found["UK"].confidence == ADJECTIVAL_CONFIDENCE


def test_an_organisation_of_another_country_names_no_country(run: Run) -> None:
    doc = run("Reuters reported that the Syrian Democratic Forces freed the town.")
    assert "Syrian" not in _places(doc)
    assert not any(p.country == "US" for p in doc.places)


def test_an_abbreviation_before_a_hyphen_is_a_word_of_its_own(run: Run) -> None:
    doc = run(
        "Migrants gathered at the U.S.-Mexico border near Tijuana, days after the "
        "U.S.-backed forces withdrew."
    )
    pieces = [doc.text[s:e] for s, e in words(doc)]
    assert pieces[pieces.index("U.S.") + 1] == "Mexico"
    found = [p for p in doc.places if p.evidence.text == "U.S."]
    assert len(found) == 2 and all(p.country == "US" for p in found)
    assert _places(doc)["Mexico"].country == "MX"


def test_names_listed_before_a_plural_street_word_are_streets() -> None:
    text = (
        "He collapsed at the corner of State and Hubbard streets. The store at the "
        "intersection of Woodfield and Martingale roads opens, and the street meets both "
        "Bridge and High Streets."
    )
    named = {text[s:e]: feature for s, e, feature in spans(text)}
    for name in ("State", "Hubbard", "Woodfield", "Martingale", "Bridge", "High"):
        assert named[name] == STREET


def test_a_listed_street_is_no_village_but_a_town_stays(run: Run) -> None:
    doc = run(
        "A store at the intersection of Woodfield and Martingale roads in Schaumburg "
        "will open, police said. Traffic was stopped at Chicago and Clark streets."
    )
    found = _places(doc)
    assert found["Woodfield"].feature == STREET
    assert found["Martingale"].feature == STREET
    assert found["Chicago"].feature == "city"
    assert found["Clark"].feature == STREET


def test_a_town_placed_elsewhere_names_the_bodies_named_after_it(run: Run) -> None:
    doc = run(
        "Dublin, Ohio, will rename a section of Darby Street. Residents in Dublin asked "
        "for the change, and Dublin Recreation Services Director Matt Earman agreed."
    )
    dublins = [p for p in doc.places if p.evidence.text == "Dublin"]
    assert len(dublins) == 3
    assert all(p.admin1 == "US.OH" for p in dublins)


def test_a_town_heading_a_persons_name_stays_a_person(run: Run) -> None:
    doc = run(
        "The rally was held in Nelson on Saturday. Nelson Mandela Foundation staff spoke "
        "after Nelson Chamisa arrived."
    )
    assert [p.evidence.text for p in doc.places].count("Nelson") == 1


def test_a_models_place_span_ends_with_its_sentence(run: Run) -> None:
    doc = run(
        "Alfie was taken to the Vatican-owned Bambino Gesu Paediatric Hospital in Rome. "
        "Evans says his life support could be turned off."
    )
    found = _places(doc)
    assert found["Rome"].country == "IT"
    assert "Evans" not in found and "Rome." not in found


def test_a_capital_outranks_a_namesake_town_in_a_country_merely_named() -> None:
    rome = Place(3169070, "Rome", "IT", 41.89, 12.51, "city", 2_318_895)
    georgia = Place(4219762, "Rome", "US", 34.26, -85.16, "city", 36_303, "US.GA")
    best = ranked([georgia, rome], ScoreContext(countries=frozenset({"US"})))[0][1]
    assert best.country == "IT"
    # an article that places things in the state means the town there
    local = ScoreContext(
        countries=frozenset({"US"}),
        subnational=frozenset({"US"}),
        admin1s=frozenset({"US.GA"}),
    )
    assert ranked([georgia, rome], local)[0][1].country == "US"


def test_a_given_name_after_a_preposition_is_a_person(run: Run) -> None:
    doc = run(
        "Fogarty secured the team win with a 4-0 win over Brad Falde at 189, and Reinert "
        "would score a third period pin of Kyle McDermand. Relations diminished during "
        "the presidency of George Bush Jr, the envoy said."
    )
    found = _places(doc)
    assert "Brad" not in found
    assert "Kyle" not in found
    assert "George" not in found


def test_a_given_name_guessed_as_a_place_is_not_in_locative_context(run: Run) -> None:
    doc = run("The woman receives a lunch delivery from Linda Wasserman on Tuesdays.")
    assert all(p.confidence < LOCATIVE_CONFIDENCE for p in doc.places)


def test_a_town_before_its_region_keeps_its_context(run: Run) -> None:
    doc = run(
        "Troops gathered at the headquarters of Operation Lafiya Dole in Maiduguri Borno "
        "State on Monday."
    )
    found = _places(doc)
    assert found["Maiduguri"].country == "NG"
    assert found["Maiduguri"].confidence >= LOCATIVE_CONFIDENCE


def test_of_inside_an_institutions_name_is_no_locative_context(run: Run) -> None:
    doc = run(
        "The Ministry of Commerce said the measures violate trade rules, and the "
        "Department of Homeland Security declined to comment."
    )
    found = _places(doc)
    assert "Commerce" not in found
    assert "Homeland" not in found


def test_a_place_noun_before_of_still_locates(run: Run) -> None:
    doc = run("Government forces shelled the outskirts of Idlib on Monday.")
    assert _places(doc)["Idlib"].confidence >= LOCATIVE_CONFIDENCE


def test_downtown_and_historic_are_modifiers_before_a_place(run: Run) -> None:
    doc = run(
        "A water boil advisory was issued in downtown Pineville, Louisiana. The council "
        "voted to rename a section of Darby Street in Historic Dublin, Ohio."
    )
    found = _places(doc)
    assert found["Pineville"].confidence >= LOCATIVE_CONFIDENCE
    assert found["Dublin"].admin1 == "US.OH"


def test_a_name_before_a_hyphenated_participle_is_a_modifier(run: Run) -> None:
    doc = run(
        "Israel and other nations in the U.S.-led coalition fought IS, while thousands "
        "served in the Iran-backed militias."
    )
    found = _places(doc)
    # named, but the preposition locates the coalition and the militias, not the states
    assert found["U.S."].country == "US"
    assert found["U.S."].confidence < LOCATIVE_CONFIDENCE
    assert found["Iran"].confidence < LOCATIVE_CONFIDENCE
