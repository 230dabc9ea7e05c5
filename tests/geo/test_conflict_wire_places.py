"""Places in conflict wire reports: the objects of strike and flight verbs, hyphened
names, West Bank towns, and a town that shares a word with a person's name."""

from __future__ import annotations

from .conftest import Run


def _found(run: Run, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.evidence.text: (p.country, p.feature) for p in run(text).places}


def test_the_object_of_a_strike_is_the_town_struck(run: Run) -> None:
    found = _found(
        run,
        "Israeli strikes hit Khan Younis and Rafah overnight, killing at least 30 people, "
        "Palestinian health officials said.",
    )
    assert found.get("Khan Younis") == ("PS", "city")
    found = _found(
        run, "Russian drones struck Mykolaiv overnight, wounding five people, the governor said."
    )
    assert found.get("Mykolaiv") == ("UA", "city")
    found = _found(
        run,
        "An Israeli strike hit Dahiyeh, Beirut's southern suburbs, on Tuesday, Lebanese "
        "media reported.",
    )
    assert found.get("Dahiyeh", (None, None))[0] == "LB"


def test_the_town_people_fled_is_a_place(run: Run) -> None:
    found = _found(
        run,
        "Thousands fled Wad Madani when the RSF advanced on the city in December, aid "
        "groups said. Many walked for days to reach Sennar.",
    )
    assert found.get("Wad Madani") == ("SD", "city")


def test_a_hyphened_name_with_a_lower_case_word_inside(run: Run) -> None:
    found = _found(
        run,
        "Gang violence has displaced thousands in Port-au-Prince, the capital of Haiti, "
        "the United Nations said on Tuesday.",
    )
    assert found.get("Port-au-Prince") == ("HT", "city")


def test_a_list_of_cities_is_no_city_and_its_region(run: Run) -> None:
    found = run(
        "Government air strikes hit Aleppo, Idlib and Hama on Sunday, killing 12 civilians, "
        "a war monitor said."
    ).places
    by_text = {p.evidence.text: p for p in found}
    assert by_text["Aleppo"].feature == "city"
    assert by_text["Aleppo"].admin1 == "SY.09"
    assert by_text.get("Hama") is not None and by_text["Hama"].country == "SY"


def _lyman(run: Run, text: str) -> list[str | None]:
    return [p.country for p in run(text).places if p.evidence.text == "Lyman"]


def test_a_town_held_in_its_region_beside_a_person_of_its_name(run: Run) -> None:
    text = (
        "Russian forces pressed toward Lyman in the Donetsk region on Friday. Ukrainian "
        "commander Serhiy Lyman said his troops held their positions."
    )
    assert _lyman(run, text) == ["UA"]


def test_a_shelled_town_beside_a_person_of_its_name(run: Run) -> None:
    text = (
        "Russian forces shelled Lyman overnight, wounding two civilians. Ukrainian "
        "commander Serhiy Lyman said his troops held their positions."
    )
    assert _lyman(run, text) == ["UA"]


def test_conflict_villages_the_gazetteer_lacked(run: Run) -> None:
    found = _found(
        run,
        "Gunmen abducted more than 280 pupils from a school in Kuriga, in Nigeria's "
        "Kaduna state, on Thursday, residents said.",
    )
    assert found.get("Kuriga") == ("NG", "village")
    found = _found(
        run,
        "Settlers attacked the village of Arura near Ramallah on Monday, torching two "
        "cars, the Palestinian news agency WAFA said.",
    )
    assert found.get("Arura") == ("PS", "village")


def test_a_village_across_a_border_beside_a_named_city(run: Run) -> None:
    found = _found(
        run,
        "Israeli bulldozers demolished two homes in Abu Dis, on the outskirts of Jerusalem, "
        "on Wednesday, residents said.",
    )
    assert found.get("Abu Dis") == ("PS", "village")


def test_a_place_named_by_its_kind_beside_it(run: Run) -> None:
    found = _found(
        run,
        "Abu Dis, a town east of Jerusalem, has seen frequent raids in recent months, "
        "residents said.",
    )
    assert found.get("Abu Dis") == ("PS", "village")
    found = _found(
        run,
        "Israeli warplanes struck Beirut's southern suburbs, known as Dahiyeh, on Friday, "
        "Lebanon's state news agency said.",
    )
    assert found.get("Dahiyeh", (None, None))[0] == "LB"


def test_a_town_a_force_withdrew_from_beside_a_person_of_its_name(run: Run) -> None:
    text = (
        "Ukrainian troops withdrew from Lyman on Saturday. Colonel Serhiy Lyman told "
        "reporters the town had been encircled."
    )
    assert _lyman(run, text) == ["UA"]


def test_a_hyphened_name_in_capitals_opening_a_dateline(run: Run) -> None:
    found = _found(
        run,
        "PORT-AU-PRINCE, Haiti (AP) — Gangs attacked a police station in the capital on "
        "Sunday, officials said.",
    )
    assert found.get("PORT-AU-PRINCE") == ("HT", "city")


def test_a_list_of_provinces_names_the_governorates(run: Run) -> None:
    found = run(
        "Idlib, Aleppo and Hama provinces were hit by more than 40 air strikes on Sunday, "
        "a war monitor said."
    ).places
    by_text = {p.evidence.text: (p.feature, p.admin1) for p in found}
    assert by_text.get("Aleppo") == ("admin1", "SY.09")
    assert by_text.get("Hama") == ("admin1", "SY.10")
