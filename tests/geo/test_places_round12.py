"""Places 31: a first-level region named like a person that speaks with nothing else
placed in its country ("Victoria said" in a school board report) is a person, and the
wording of US local news ("the Sheriff's Office", "state troopers") places an article
that names no state in the US ("Paris firefighters")."""

from __future__ import annotations

from sitrep.geo import country_cues, persons

from .conftest import Run


def _places(run: Run, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.evidence.text, p.country, p.admin1) for p in run(text).places]


def test_a_state_named_like_a_person_that_speaks_alone_is_a_person(run: Run) -> None:
    text = (
        "The school board met on Tuesday night to weigh cuts to the music program. "
        "Victoria said the budget would be tight again this year."
    )
    assert "Victoria" not in [name for name, _, _ in _places(run, text)]


def test_a_speaking_state_stays_where_its_country_is_placed(run: Run) -> None:
    text = "Victoria said on Monday it would close its border with New South Wales for two weeks."
    assert ("Victoria", "AU", "AU.07") in _places(run, text)


def test_a_state_in_locative_context_is_no_speaker(run: Run) -> None:
    text = "Fires burned across Victoria, officials said on Monday."
    assert [c for name, c, _ in _places(run, text) if name == "Victoria"] == ["AU"]


def test_state_given_names_are_read_folded() -> None:
    assert persons.state_given_name("Victoria")
    assert persons.state_given_name("GEORGIA")
    assert not persons.state_given_name("Texas")


def test_us_local_wording_places_a_town_in_the_us(run: Run) -> None:
    text = (
        "Paris firefighters put out a kitchen fire at an apartment complex late Tuesday. "
        "Sheriff's deputies closed the street for two hours, the Sheriff's Office said."
    )
    assert next(c for name, c, _ in _places(run, text) if name == "Paris") == "US"


def test_without_us_wording_paris_is_the_french_capital(run: Run) -> None:
    text = "Talks between the two sides resumed in Paris on Tuesday, diplomats said."
    assert [c for name, c, _ in _places(run, text) if name == "Paris"] == ["FR"]


def test_us_local_wording_cues() -> None:
    assert country_cues.worded_countries("State troopers closed Interstate 95.") == {"US"}
    assert country_cues.worded_countries("The Board of Selectmen met Monday.") == {"US"}
    assert country_cues.worded_countries("Gov. Jane Smith signed the bill.") == {"US"}
    assert country_cues.worded_countries("Send it to Springfield, IL 62701.") == {"US"}
    text = "The program is run by the state Department of Revenue Services."
    assert country_cues.worded_countries(text) == {"US"}
    assert country_cues.worded_countries("The State Department said on Monday.") == frozenset()


def test_capitalised_state_police_of_a_named_state_is_no_us_cue() -> None:
    text = "The Osun State Police Command said it recovered 86 firearms."
    assert country_cues.worded_countries(text) == frozenset()


_DATELINED = (
    "TORRINGTON — Firefighters from Litchfield and Harwinton helped put out a barn fire "
    "Tuesday. Crews from Cornwall stayed on the scene until dawn, Torrington fire "
    "officials said."
)


def test_a_town_the_gazetteer_lacks_in_the_dateline_region_is_placed_there(run: Run) -> None:
    cornwall = next(p for p in run(_DATELINED).places if p.evidence.text == "Cornwall")
    assert (cornwall.country, cornwall.admin1, cornwall.geonameid) == ("US", "US.CT", None)
    assert cornwall.feature == "admin1"


def test_without_a_dateline_the_town_keeps_its_gazetteer_namesake(run: Run) -> None:
    text = _DATELINED.replace("TORRINGTON — F", "F")
    cornwall = next(p for p in run(text).places if p.evidence.text == "Cornwall")
    assert cornwall.geonameid is not None


def test_a_big_city_named_in_local_news_stays_the_city(run: Run) -> None:
    text = _DATELINED + " The fire chief later flew to Atlanta for a training course."
    atlanta = next(p for p in run(text).places if p.evidence.text == "Atlanta")
    assert (atlanta.admin1, atlanta.feature) == ("US.GA", "city")


def test_an_abbreviated_saint_is_the_city_spelled_out_beside_a_village(run: Run) -> None:
    text = (
        "Authorities have charged a South St. Paul man with two counts of making threats, "
        "the St. Paul Pioneer Press reported."
    )
    assert {(p.country, p.admin1) for p in run(text).places} == {("US", "US.MN")}


def test_an_abbreviated_saint_a_city_bears_stays_that_city(run: Run) -> None:
    text = "She studied history at a university in St. Louis before moving to Dakar."
    louis = next(p for p in run(text).places if p.evidence.text == "St. Louis")
    assert louis.admin1 == "US.MO"


def test_a_big_city_that_once_bore_the_name_does_not_keep_the_town_away(run: Run) -> None:
    text = _DATELINED.replace("from Cornwall", "from Salisbury")
    salisbury = next(p for p in run(text).places if p.evidence.text == "Salisbury")
    assert (salisbury.admin1, salisbury.geonameid) == ("US.CT", None)


def test_a_saint_s_church_is_no_city_spelled_out_from_it(run: Run) -> None:
    text = "The couple were married in 1961 at St. Paul’s Lutheran Church in Hanover."
    assert "St. Paul" not in [p.evidence.text for p in run(text).places]
