"""Places in fresh local news, round 2: a US town named like a country ("Lebanon",
"Peru", "Mexico") is the town where a legislator's party letter names it ("R-Peru"),
where it opens the dateline of an article at home in one state, or where it is listed
with that state's towns; a country named beside other countries stays the country."""

from __future__ import annotations

from sitrep.model import PlaceMention

from .conftest import Run


def _places(places: tuple[PlaceMention, ...], name: str) -> list[PlaceMention]:
    return [p for p in places if p.evidence.text == name]


def _admin1s(places: tuple[PlaceMention, ...], name: str) -> set[str | None]:
    return {p.admin1 for p in _places(places, name)}


def test_a_legislators_home_town_after_the_party_letter_is_no_country(run: Run) -> None:
    doc = run(
        "The Indiana Senate approved the road funding bill on Tuesday. Sen. Carl Dietz, "
        "R-Peru, said the money would repair bridges in Miami and Wabash counties."
    )
    peru = _places(doc.places, "Peru")
    assert peru and all(p.feature != "country" for p in peru)


def test_a_dateline_named_like_a_country_is_the_home_states_town(run: Run) -> None:
    doc = run(
        "MEXICO - Mexico beat visiting Fulton 54-47 on Friday night. Centralia lost at "
        "home to Moberly, and Columbia Hickman won at Jefferson City."
    )
    assert _admin1s(doc.places, "Mexico") == {"US.MO"}
    assert _admin1s(doc.places, "MEXICO") == {"US.MO"}


def test_a_country_named_town_listed_with_the_home_states_towns(run: Run) -> None:
    doc = run(
        "The Clinton County Fair opened Sunday at the fairgrounds in Wilmington. Grace "
        "Miller of Sabina showed the grand champion steer. Visitors from Hillsboro and "
        "Lebanon may use the free shuttle from Blanchester."
    )
    assert _admin1s(doc.places, "Lebanon") == {"US.OH"}


def test_countries_listed_together_in_local_news_stay_countries(run: Run) -> None:
    doc = run(
        "Volunteers in Wilmington, Sabina and Blanchester packed boxes on Saturday. The "
        "Clinton County group will ship the supplies to families in Syria and Lebanon."
    )
    lebanon = _places(doc.places, "Lebanon")
    assert lebanon and all(p.feature == "country" for p in lebanon)


def test_a_foreign_dateline_named_like_a_country_keeps_the_country(run: Run) -> None:
    doc = run(
        "SINGAPORE (Reuters) - Singapore's central bank kept its policy unchanged on "
        "Friday, citing steady growth."
    )
    assert {p.country for p in _places(doc.places, "SINGAPORE")} == {"SG"}


def test_a_canadian_province_abbreviated_in_a_dateline_is_the_province(run: Run) -> None:
    doc = run(
        "PENTICTON, B.C. - Council voted Monday to build a new arena. Residents of "
        "Summerland asked to share the ice."
    )
    province = [p for p in doc.places if p.name == "British Columbia"]
    assert province and province[0].admin1 == "CA.02"


def test_ont_after_a_town_is_ontario_not_the_california_city(run: Run) -> None:
    doc = run("The plant in Belleville, Ont., will hire 200 workers next spring.")
    ontario = [p for p in doc.places if p.evidence.text.startswith("Ont")]
    assert ontario and all(p.country == "CA" for p in ontario)


def test_an_era_or_a_nota_bene_names_no_province(run: Run) -> None:
    doc = run(
        "The museum in Wilmington shows coins struck in 300 B.C. and later. N.B. the "
        "exhibit closes at noon on Sundays."
    )
    assert not any(p.country == "CA" for p in doc.places)


_FIRE = (
    "A wildfire in the national forest grew to 9,000 acres on Sunday. Catron County "
    "deputies ordered homes evacuated near {town}. A shelter opened at the school in "
    "Reserve, and the Red Cross set up beds in Silver City. Smoke drifted to Las Cruces "
    "and Deming."
)


def test_a_small_town_of_an_undated_local_story_stays_in_its_state(run: Run) -> None:
    # Glenwood, New Mexico, is below the gazetteer's population cut; its namesakes lie
    # in Illinois and Iowa, far from the Catron County fire
    doc = run(_FIRE.format(town="Glenwood"))
    assert _admin1s(doc.places, "Glenwood") == {"US.NM"}


def test_a_known_city_named_in_the_same_story_keeps_its_own_state(run: Run) -> None:
    doc = run(_FIRE.format(town="Phoenix"))
    assert _admin1s(doc.places, "Phoenix") == {"US.AZ"}


def test_a_thin_undated_story_sends_no_town_to_its_state(run: Run) -> None:
    doc = run("Deputies ordered homes evacuated near Glenwood. A shelter opened in Reserve.")
    assert "US.NM" not in _admin1s(doc.places, "Glenwood")


def test_a_player_after_a_statistic_is_no_town(run: Run) -> None:
    doc = run(
        "Carterville held off Du Quoin 58-51 behind 19 points from Kyle Shaw. Herrin "
        "beat Benton 61-47 behind 22 points from Mark Ellis, and Sparta won on a late "
        "touchdown pass from Tyler Wood."
    )
    names = {p.evidence.text for p in doc.places}
    assert not names & {"Kyle", "Shaw", "Mark", "Tyler"}
    assert {"Du Quoin", "Sparta"} <= names


def test_a_town_after_from_without_a_statistic_is_still_a_town(run: Run) -> None:
    doc = run(
        "Carterville held off Du Quoin 58-51. Fans drove two hours from Tyler to see "
        "the game in Herrin."
    )
    assert [p.feature for p in doc.places if p.evidence.text == "Tyler"] == ["city"]


def test_an_institutions_field_after_of_is_no_town(run: Run) -> None:
    doc = run(
        "A family bakery that started in a garage in Hutto has opened its second shop, "
        'in a strip mall in Pflugerville.\n\n"We had customers driving from Round Rock '
        'and Georgetown every weekend," the owner said. She left her job at a hospital '
        "in Austin in 2019.\n\nThe Pflugerville Chamber of Commerce will hold a ribbon "
        "cutting Saturday at 10 a.m."
    )
    assert "Commerce" not in {p.evidence.text for p in doc.places}


def test_a_big_city_after_an_institutions_of_stays_a_place(run: Run) -> None:
    doc = run("She studied nursing at the University of Mobile before moving to Daphne.")
    assert [p.admin1 for p in doc.places if p.evidence.text == "Mobile"] == ["US.AL"]


def test_a_town_of_the_next_county_is_not_pulled_into_the_home_county(run: Run) -> None:
    doc = run(
        "NYERI, Kenya - Tea growers in Othaya and Tetu said on Monday that factories in "
        "Karatina owe them three months of bonuses. A farmers' leader in Embu said "
        "growers there face the same delays."
    )
    embu = _places(doc.places, "Embu")
    assert embu and all(p.admin1 == "KE.15" for p in embu)


def test_a_street_named_after_a_town_abroad_runs_in_the_local_town(run: Run) -> None:
    doc = run(
        "Storms knocked down trees across Augusta County on Monday. In Staunton, an oak "
        "fell onto a house on Beverley Street; no one was hurt. Crews in Waynesboro "
        "cleared lines until midnight."
    )
    assert not _places(doc.places, "Beverley")
    street = _places(doc.places, "Beverley Street")
    assert street and street[0].admin1 == "US.VA"


def test_a_street_named_after_a_far_village_of_the_state_takes_the_home_town(
    run: Run,
) -> None:
    # Palm Valley, Texas, lies in the Rio Grande valley, 480 km from Round Rock
    doc = run(
        "Round Rock approved a new bakery on Monday. The Round Rock council said the shop "
        "on Palm Valley Boulevard will open in March, and customers from Hutto and "
        "Georgetown are expected."
    )
    assert not _places(doc.places, "Palm Valley")
    street = _places(doc.places, "Palm Valley Boulevard")
    assert street and street[0].lat is not None and abs(street[0].lat - 30.5) < 0.3


def test_a_road_named_after_a_nearby_town_keeps_the_town(run: Run) -> None:
    doc = run(
        "Deputies closed Oxford Road near Hamilton after a crash on Tuesday. Drivers from "
        "Oxford and Fairfield were told to use other routes."
    )
    assert _places(doc.places, "Oxford")


def test_a_name_after_little_is_no_country(run: Run) -> None:
    doc = run(
        "Harrisburg stayed unbeaten in the Little Egypt Conference with a win over "
        "Carmi. Fans later ate dinner in Little Italy."
    )
    assert not {p.country for p in doc.places} & {"EG", "IT"}


def test_places_named_whole_with_little_stay(run: Run) -> None:
    doc = run("The mayor of Little Rock met business owners in Little Havana on Friday.")
    assert {p.evidence.text for p in doc.places} >= {"Little Rock", "Little Havana"}


def test_a_county_seat_is_the_town_of_the_county_named(run: Run) -> None:
    doc = run(
        "A cooperative plans to wire 900 homes in Texas County next year, starting in "
        "Houston, the county seat, and then in Licking."
    )
    assert _admin1s(doc.places, "Houston") == {"US.MO"}


def test_houston_without_a_county_seat_stays_the_texas_city(run: Run) -> None:
    doc = run(
        "A cooperative plans to wire 900 homes in Texas County next year. Its engineers "
        "trained at a plant in Houston."
    )
    assert _admin1s(doc.places, "Houston") == {"US.TX"}


def test_a_team_named_by_a_demonym_is_no_country(run: Run) -> None:
    doc = run(
        "The Indians had won six straight before Tuesday, when they lost 5-3 to the "
        "Twins in Minneapolis. The Indians scored twice in the ninth."
    )
    assert "IN" not in {p.country for p in doc.places}


def test_a_people_named_by_a_demonym_still_names_its_country(run: Run) -> None:
    doc = run("Indians working in Dubai sent more money home to Kerala this year.")
    assert "IN" in {p.country for p in doc.places if p.evidence.text == "Indians"}


def test_a_four_letter_town_in_dateline_capitals_is_no_acronym(run: Run) -> None:
    doc = run("WACO, Texas - The city council voted 6-1 on Monday to build a new arena.")
    assert _admin1s(doc.places, "WACO") == {"US.TX"}
    doc = run("ROME, Ga. - Floyd County commissioners delayed the vote on Tuesday.")
    assert _admin1s(doc.places, "ROME") == {"US.GA"}


def test_an_acronym_inside_a_sentence_stays_no_town(run: Run) -> None:
    doc = run("Delegates at the NATO summit in Vilnius met on Tuesday. UN officials spoke.")
    assert {p.evidence.text for p in doc.places} == {"Vilnius"}
