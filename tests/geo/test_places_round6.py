"""Round 6 of the places stage: local news. Demonyms name their states, villages abroad
are people's names, lists of counties, party letters, datelines and truncated spans."""

from __future__ import annotations

from sitrep.geo import acceptance, proximity
from sitrep.geo.context import listed_type
from sitrep.geo.demonyms import ADJECTIVAL_CONFIDENCE
from sitrep.geo.names import spell_out
from sitrep.kb.gazetteer import Gazetteer, Place
from sitrep.model import PlaceMention
from sitrep.pipeline.document import Document
from sitrep.pipeline.stages.places import LOCATIVE_CONFIDENCE

from .conftest import Run


def _places(doc: Document) -> dict[str, PlaceMention]:
    return {p.evidence.text: p for p in doc.places}


def test_a_model_span_cut_short_is_extended(run: Run) -> None:
    doc = run("Trapani and his crew spent three days shooting footage in Los Angeles last May.")
    found = _places(doc)
    assert found["Los Angeles"].admin1 == "US.CA"
    assert "Los" not in found


def test_generic_words_alone_are_no_places(run: Run) -> None:
    doc = run(
        "A landmark aqueduct on the River Lune has been closed. It is interesting that "
        "in St. Petersburg it has become part of the coalition."
    )
    found = _places(doc)
    assert "River" not in found
    assert "St." not in found
    assert found["St. Petersburg"].name in ("Saint Petersburg", "St. Petersburg")


def test_no_transliteration_variants_of_english_names() -> None:
    maui = Place(None, "Maui County", "US", 20.8, -156.3, "admin2", 150_000, matched="skeleton")
    assert not acceptance.skeleton_allowed(maui, True, frozenset({"US"}))
    zawr = Place(1, "Dayr az Zawr", "SY", 35.3, 40.1, "city", 240_000, matched="skeleton")
    assert acceptance.skeleton_allowed(zawr, True, frozenset({"SY"}))


def test_demonyms_name_their_states_adjectivally(run: Run) -> None:
    doc = run(
        "The two Kenyan citizens arrived in the U.S. in 1999, prosecutors said. The Sri "
        "Lankan government met envoys of the Syrian Democratic Forces in Geneva."
    )
    found = _places(doc)
    assert found["Kenyan"].country == "KE"
    assert found["Kenyan"].confidence == ADJECTIVAL_CONFIDENCE < LOCATIVE_CONFIDENCE
    assert found["Sri Lankan"].country == "LK"
    # inside an armed group's proper name a demonym names the group, not a place
    assert "Syrian" not in found
    assert found["U.S."].confidence >= LOCATIVE_CONFIDENCE


def test_a_village_abroad_is_no_hospital_or_person(run: Run) -> None:
    doc = run(
        "The children were treated at Mercy Memorial Hospital in Urbana and released, "
        "according to the Champaign County Sheriff's Office."
    )
    assert "Mercy" not in _places(doc)


def test_a_lone_village_in_locative_context_stays(run: Run) -> None:
    doc = run(
        "Basement fire kills man, 84. A house fire in Scottdale was put out so quickly "
        "yesterday that the fire chief praised his crew."
    )
    assert _places(doc)["Scottdale"].country == "US"


def test_part_of_a_run_must_be_a_main_name(run: Run) -> None:
    doc = run(
        "A 38-year-old Meadow Grove man was cleared of the charge. Dublin City Council "
        "heard a first reading on Monday, a week after Columbus officials spoke."
    )
    found = _places(doc)
    # "Grove" is an alternate name of Grove City, Ohio, not the name of this town
    assert "Grove" not in found or found["Grove"].name != "Grove City"
    assert "Dublin City" not in found


def test_a_name_written_twice_does_not_support_itself() -> None:
    richmond = Place(1, "Richmond", "US", 37.55, -77.46, "city", 220_000, "US.VA")
    city = Place(None, "City of Richmond", "US", 37.55, -77.46, "admin2", 220_000, "US.VA")
    support = proximity.support({"richmond": [richmond], "city of richmond": [city]})
    assert support == {}


def test_party_letters_give_a_legislators_home(run: Run) -> None:
    doc = run(
        "Rep. Torrey Westrom, R-Elbow Lake, said the talk of stricter press rules is a "
        "sign of bigger problems in St. Paul, Minnesota."
    )
    assert _places(doc)["Elbow Lake"].admin1 == "US.MN"


def test_names_in_a_list_of_counties_are_counties(run: Run) -> None:
    text = "School boards in Barrow, Jackson and Madison counties tweaked their policies."
    assert listed_type(text, text.index(",")) == "County"
    assert listed_type("Jackson County is growing.", 7) is None
    doc = run(
        "Enrollment slowed in Athens, Georgia. School boards in Barrow, Jackson and "
        "Madison counties tweaked their own policies."
    )
    found = _places(doc)
    assert found["Barrow"].name == "Barrow County"
    assert found["Barrow"].admin1 == "US.GA"
    assert found["Jackson"].feature == "admin2"


def test_local_datelines(run: Run) -> None:
    doc = run(
        "Home hit by fire a second time. BYESVILLE -- Firefighters are searching for the "
        "cause of a blaze. Statewide 211 could reach more poor. ATLANTA - Regional 2-1-1 "
        "links needy residents."
    )
    found = _places(doc)
    assert found["BYESVILLE"].admin1 == "US.OH"
    assert found["ATLANTA"].admin1 == "US.GA"


def test_a_linked_country_inside_a_longer_place_name_is_widened(run: Run) -> None:
    doc = run(
        "Others are set to carry migrants to Mexico City. He enjoyed travelling in South "
        "America and studying Portuguese. Strikes in Syria and Iraq continued."
    )
    found = _places(doc)
    assert found["Mexico City"].feature == "city"
    assert found["South America"].feature == "region"
    assert "America" not in found
    assert {"Syria", "Iraq"} <= set(found)


def test_local_news_names_home_towns_alone(run: Run) -> None:
    doc = run(
        "Drivers safety course offered in Parkers Prairie, Minnesota. The course is held "
        "in Alexandria, Minnesota, each spring. Organisers said Osakis would host it "
        "next year."
    )
    found = _places(doc)
    assert found["Osakis"].admin1 == "US.MN"
    assert found["Osakis"].confidence < LOCATIVE_CONFIDENCE


def test_abbreviated_names_are_the_places_own() -> None:
    assert spell_out("mt. pleasant") == "mount pleasant"
    assert spell_out("ft worth") == "fort worth"
    assert spell_out("paris") is None
    found = Gazetteer.load().lookup("Mt. Pleasant", fuzzy=False)
    assert found[0].name == "Mount Pleasant"
    assert found[0].matched == "name"


def test_a_saints_possessive_is_a_church_or_feast(run: Run) -> None:
    doc = run(
        "JJ McNamara plays with the Navan Silver Band in St Patrick's in Dunshaughlin to "
        "help finance his studies in London."
    )
    found = _places(doc)
    assert "St Patrick" not in found
    assert found["London"].country == "GB"


def test_abbreviated_months_are_no_towns(run: Run) -> None:
    doc = run(
        "Eberhart attacked the officer in Athens, Georgia, on Dec. 11, 2007. The ship "
        "will visit the riverfront from Aug. 21-30."
    )
    found = _places(doc)
    assert "Dec." not in found
    assert "Aug." not in found


def test_a_title_makes_a_name_a_persons(run: Run) -> None:
    doc = run(
        'The Royals won in Belle Plaine, Minnesota. "The fight was on!" insists coach '
        "Ripley. President Obama visited Jordan, Minnesota, on Friday."
    )
    found = _places(doc)
    assert "Ripley" not in found
    assert "Obama" not in found
    assert found["Belle Plaine"].admin1 == "US.MN"
