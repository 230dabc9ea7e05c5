"""Places in fresh local news: small towns named together lie together, whatever a
famous city met only by an alternate spelling of their name; "Monterrey, Mexico" names
the country after the city, not the State of Mexico; an obituary's parents ("the son of
Frank and Anna Nowak") and survivors ("Thomas of Minneapolis") are people."""

from __future__ import annotations

from dataclasses import replace

from sitrep.geo import proximity
from sitrep.kb.gazetteer import Place
from sitrep.model import PlaceMention

from .conftest import Run


def _place(places: tuple[PlaceMention, ...], name: str) -> PlaceMention:
    return next(p for p in places if p.evidence.text == name)


def test_a_village_listed_with_its_neighbours_is_not_dwarfed_by_an_alias(run: Run) -> None:
    # "Sidney" is also an old spelling of Sydney; Sidney, Illinois, lies by Philo and Homer
    doc = run(
        "The Champaign County Board delayed its vote on Thursday. Farmers from Sidney, "
        "Philo and Homer packed the meeting room in Urbana."
    )
    assert _place(doc.places, "Sidney").admin1 == "US.IL"


def test_the_same_village_in_another_county_list_follows_that_list(run: Run) -> None:
    doc = run(
        "The Shelby County commissioners met on Monday. Parents from Sidney, Anna and "
        "Botkins asked for a new school bus route."
    )
    assert _place(doc.places, "Sidney").admin1 == "US.OH"


def _town(name: str, lat: float, lon: float, population: int, matched: str) -> Place:
    return Place(None, name, "US", lat, lon, "village", population, matched=matched)


def test_only_a_namesake_by_its_own_name_dwarfs_a_listed_village() -> None:
    sidney = _town("Sidney", 40.03, -88.07, 1_232, "name")
    philo = _town("Philo", 40.01, -88.16, 1_400, "name")
    listed = [frozenset({"sidney", "philo"})]
    by_alias = _town("Sydney", -33.87, 151.21, 5_600_000, "alias")
    by_name = replace(by_alias, matched="name")
    near = proximity.support({"sidney": [by_alias, sidney], "philo": [philo]}, listed)
    assert near.get(proximity.key(sidney)) == 1
    near = proximity.support({"sidney": [by_name, sidney], "philo": [philo]}, listed)
    assert proximity.key(sidney) not in near


def test_a_city_written_with_its_country_is_that_city(run: Run) -> None:
    doc = run(
        "Knox Metal Products said Tuesday it will move the work to a plant in "
        "Monterrey, Mexico, by June."
    )
    monterrey = _place(doc.places, "Monterrey")
    assert (monterrey.admin1, monterrey.feature) == ("MX.19", "city")


def test_a_town_written_with_the_state_of_its_name_keeps_that_state(run: Run) -> None:
    doc = run("Gunmen attacked a bus in Ecatepec, Mexico state, on Sunday night.")
    assert _place(doc.places, "Ecatepec").admin1 == "MX.15"


def test_a_us_town_written_with_its_state_keeps_the_state(run: Run) -> None:
    doc = run("The plant in Galesburg, Illinois, will close by June.")
    assert _place(doc.places, "Galesburg").admin1 == "US.IL"


_WOOSTER = "WOOSTER — The Wayne County commissioners approved a new bridge on Tuesday. "


def test_a_village_the_gazetteer_lacks_at_home_is_not_sent_abroad(run: Run) -> None:
    # the gazetteer knows Holmesville only in New South Wales
    doc = run(_WOOSTER + "Crews from Wooster and Orrville will repair roads in Holmesville.")
    holmesville = _place(doc.places, "Holmesville")
    assert (holmesville.country, holmesville.admin1) == ("US", "US.OH")


def test_a_village_abroad_stays_abroad_where_the_article_goes_there(run: Run) -> None:
    doc = run(
        _WOOSTER + "The high school choir will tour Australia next summer, with concerts "
        "in Newcastle and Holmesville."
    )
    assert _place(doc.places, "Holmesville").country == "AU"


def _names(places: tuple[PlaceMention, ...]) -> set[str]:
    return {p.evidence.text for p in places}


def test_parents_after_a_kinship_noun_are_people(run: Run) -> None:
    doc = run(
        "He was born May 9, 1940, in Polonia, the son of Frank and Anna Kowalski, and "
        "later farmed near Amherst."
    )
    assert _names(doc.places) >= {"Polonia", "Amherst"}
    assert not _names(doc.places) & {"Frank", "Anna"}


def test_survivors_named_with_their_towns_are_people(run: Run) -> None:
    doc = run(
        "She is survived by her children, Mark of Wausau, Susan of Green Bay and "
        "Thomas of Minneapolis; and a sister, Irene, of Plover."
    )
    assert _names(doc.places) >= {"Wausau", "Green Bay", "Minneapolis"}
    assert "Thomas" not in _names(doc.places)


def test_a_state_after_a_native_son_stays_a_place(run: Run) -> None:
    doc = run("A native son of Kentucky, the coach moved to Lexington in 1990.")
    assert _place(doc.places, "Kentucky").feature == "admin1"


def test_a_town_before_its_county_stays_a_place(run: Run) -> None:
    doc = run("Firefighters in Jackson of Hinds County were called to the blaze.")
    assert _place(doc.places, "Jackson").admin1 == "US.MS"


_HARTFORD = (
    "HARTFORD — Police in Glastonbury arrested a Wethersfield man on Tuesday after a crash. "
)


def test_a_given_name_right_after_in_is_a_home_town_the_gazetteer_lacks(run: Run) -> None:
    # the gazetteer knows Vernon, Texas, and Vernon, British Columbia, not Connecticut's
    doc = run(_HARTFORD + "A Manchester woman was charged with shoplifting at a store in Vernon.")
    vernon = _place(doc.places, "Vernon")
    assert (vernon.country, vernon.admin1) == ("US", "US.CT")


def test_the_same_given_name_speaking_is_a_person(run: Run) -> None:
    doc = run(_HARTFORD + "Vernon said the store would reopen on Friday.")
    assert "Vernon" not in _names(doc.places)


def test_a_saint_opening_a_church_name_is_no_town(run: Run) -> None:
    doc = run("The funeral will be held at St. Paul Lutheran Church in Wausau on Friday.")
    assert _names(doc.places) == {"St. Paul Lutheran Church", "Wausau"}
    church = _place(doc.places, "St. Paul Lutheran Church")
    assert church.admin1 == "US.WI"


def test_a_city_opening_a_hospital_name_stays_the_city(run: Run) -> None:
    doc = run("The injured driver was flown to St. Cloud Hospital on Saturday.")
    assert _place(doc.places, "St. Cloud").admin1 == "US.MN"


def test_a_state_inside_a_street_name_is_no_place(run: Run) -> None:
    doc = run(
        "BATTLE CREEK — Traffic was detoured onto Michigan Avenue after the crash, "
        "Calhoun County deputies said."
    )
    assert "Michigan" not in _names(doc.places)
    assert "Michigan Avenue" in _names(doc.places)


def test_a_state_inside_a_university_name_stays_a_place(run: Run) -> None:
    doc = run("The Ohio State University campus in Columbus was closed on Monday.")
    assert _place(doc.places, "Ohio").feature == "admin1"
