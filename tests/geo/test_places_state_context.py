"""Places in US local news, state context (issue 4): a town written with a state the
gazetteer lacks it in is placed at that state; the state written once holds the name
wherever else the article names it; an article about a region's small places leans to
that region's namesakes; a facility without a town is in the article's own town."""

from __future__ import annotations

from sitrep.geo.acceptance import Evidence, named_elsewhere
from sitrep.geo.candidates import Run as TextRun
from sitrep.geo.facilities import FACILITY
from sitrep.geo.focus import Focus
from sitrep.kb.gazetteer import Place
from sitrep.model import PlaceMention

from .conftest import Run


def _named(places: tuple[PlaceMention, ...], text: str) -> list[PlaceMention]:
    return [p for p in places if p.evidence.text == text]


def test_a_town_missing_in_its_written_state_is_placed_at_the_state(run: Run) -> None:
    doc = run(
        "Martha was born in Grantville, Pennsylvania, on November 4, 1913, and became "
        "a registered nurse."
    )
    (town,) = _named(doc.places, "Grantville")
    assert town.admin1 == "US.PA"
    assert town.feature == "admin1"
    assert town.geonameid is None
    assert town.lat is not None and 39.5 < town.lat < 42.5


def test_an_ap_state_abbreviation_holds_a_missing_town(run: Run) -> None:
    doc = run(
        "He is being held in the North Central Regional Jail in Greenwood, W. Va., on a "
        "parole violation."
    )
    (town,) = _named(doc.places, "Greenwood")
    assert town.admin1 == "US.WV"


def test_a_written_state_elsewhere_in_the_article_holds_the_name(run: Run) -> None:
    doc = run(
        "Martha was born in Grantville, Pennsylvania, on November 4, 1913. She attended "
        "school in Grantville, and became a registered nurse in the state."
    )
    towns = _named(doc.places, "Grantville")
    assert len(towns) == 2
    assert {t.admin1 for t in towns} == {"US.PA"}


def test_a_state_after_a_compass_word_is_no_state_for_the_town(run: Run) -> None:
    doc = run("Two men were charged in a purse-snatching in Kansas City, North on Monday.")
    (city,) = _named(doc.places, "Kansas City")
    assert city.country == "US"


def test_local_news_leans_to_the_region_of_its_small_towns(run: Run) -> None:
    doc = run(
        "The Scott West wrestling team won in Belle Plaine on Friday over Minnesota's "
        "seventh-rated team from Mayer. Next week's section tournament will be held in "
        "Montgomery."
    )
    (town,) = _named(doc.places, "Montgomery")
    assert town.admin1 == "US.MN"


def test_a_lean_needs_two_names_and_a_small_place() -> None:
    focus = Focus(
        names_in={"US.TX": frozenset({"houston", "dallas", "texas"})},
        small_named=frozenset(),
    )
    assert focus.leaning_admin1("portland") is None
    local = Focus(
        names_in={"US.MN": frozenset({"mayer", "minnesota"}), "US.AL": frozenset({"x"})},
        small_named=frozenset({"US.MN"}),
    )
    assert local.leaning_admin1("montgomery") == "US.MN"
    assert local.leaning_admin1("mayer") is None


def test_a_facility_without_a_town_is_in_the_articles_own_town(run: Run) -> None:
    doc = run(
        "Dublin City Council approved the plan on Monday. Dublin officials said the "
        "dedication will be held at Coffman Park on May 1, and Dublin police will close "
        "the nearby streets."
    )
    dublins = {(p.lat, p.lon) for p in _named(doc.places, "Dublin")}
    (park,) = [p for p in doc.places if p.feature == FACILITY]
    assert len(dublins) == 1
    assert (park.lat, park.lon) in dublins
    assert park.geonameid is None


def test_a_street_address_before_a_name_makes_it_a_town(run: Run) -> None:
    doc = run(
        "Friends may call Friday from 1:30 p.m. in the Rohland Funeral Home, 508 "
        "Cumberland St., Lebanon. Entombment will follow."
    )
    (town,) = _named(doc.places, "Lebanon")
    assert town.country == "US"
    assert town.feature != "country"


def test_a_dateline_after_a_byline_names_the_home_town(run: Run) -> None:
    doc = run(
        "Zoning allows block to be redeveloped. BY KENT MALLETT Advocate Reporter March "
        "29, 2009 PATASKALA -- City officials say it might not be difficult to rebuild."
    )
    (town,) = [p for p in doc.places if p.evidence.text.startswith("PATASKALA")]
    assert town.evidence.text == "PATASKALA"
    assert town.admin1 == "US.OH"
    assert town.confidence >= 0.7


def test_a_dateline_dash_ends_a_models_place_span(run: Run) -> None:
    doc = run(
        "Tax Credit Program. WINDSOR - The town is participating in the state's "
        "Neighborhood Assistance Act tax credit program."
    )
    assert [p.evidence.text for p in doc.places if p.name == "Windsor"] == ["WINDSOR"]


def test_a_home_region_village_named_in_context_stands_alone_elsewhere(run: Run) -> None:
    doc = run(
        "FALLS VILLAGE — Budgets will rise in Sharon, Kent and Canaan, Conn., this year, "
        "officials in Litchfield County said. Canaan will see the highest increase."
    )
    canaans = _named(doc.places, "Canaan")
    assert len(canaans) == 2
    assert {c.admin1 for c in canaans} == {"US.CT"}


def test_a_village_outside_the_home_region_needs_context_each_time() -> None:
    village = Place(4836060, "Canaan", "US", 42.03, -73.33, "village", 1212, "US.CT")
    evidence = Evidence(TextRun(0, 6, (0,), (6,), False), False, None, False)
    named = frozenset({"canaan"})
    assert named_elsewhere(village, evidence, "canaan", named, "US.CT")
    assert not named_elsewhere(village, evidence, "canaan", named, "US.NH")
    assert not named_elsewhere(village, evidence, "canaan", named, None)


def test_a_county_word_belongs_to_the_model_place_before_it(run: Run) -> None:
    doc = run(
        "Isaac Fisher, 26, of Kansas City, Kan., was charged Monday in Wyandotte County "
        "District Court with aggravated battery."
    )
    (county,) = [p for p in doc.places if p.evidence.text.startswith("Wyandotte")]
    assert county.evidence.text == "Wyandotte County"
    assert county.admin1 == "US.KS"
    assert county.feature == "admin2"
