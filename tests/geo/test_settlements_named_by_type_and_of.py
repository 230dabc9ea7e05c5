"""Places rule 32: a settlement the gazetteer lacks, named after its type word and "of"
("the village of Prisi", "the villages of Nuli and Avnevi"), is a place."""

from __future__ import annotations

from .conftest import Run


def _found(run: Run, text: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.evidence.text: (p.country, p.admin1) for p in run(text).places}


def test_villages_of_a_list_are_places_in_the_region_named_beside_them(run: Run) -> None:
    text = (
        "Separatist forces shelled the Georgian-controlled villages of Nuli and Avnevi "
        "overnight, and the village of Prisi came under attack, officials in Tbilisi said."
    )
    found = _found(run, text)
    assert found["Nuli"][0] == "GE"
    assert found["Avnevi"][0] == "GE"
    assert found["Prisi"][0] == "GE"


def test_a_town_of_an_arabic_name_is_placed_in_its_state(run: Run) -> None:
    text = "RSF fighters stormed the town of Um Kadada in North Darfur on Sunday, witnesses said."
    assert _found(run, text)["Um Kadada"] == ("SD", "SD.55")


def test_a_suburb_named_after_its_city_is_a_place(run: Run) -> None:
    text = "In Cairo's gated suburb of Madinaty, boys train in red football jerseys."
    assert _found(run, text)["Madinaty"][0] == "EG"


def test_ordinary_words_after_the_type_word_are_no_places(run: Run) -> None:
    text = (
        "Paris, the city of Light, hosted the talks, and Philadelphia, the city of "
        "Brotherly Love, sent a delegation, officials in Kano said."
    )
    found = _found(run, text)
    assert "Light" not in found
    assert "Brotherly Love" not in found
    assert "Kano" in found


def test_a_people_s_word_after_the_village_is_no_village(run: Run) -> None:
    text = (
        "Israeli strikes hit the town of Nabatieh in southern Lebanon and the village of "
        "Kfar Kila, Lebanese state media said."
    )
    found = _found(run, text)
    assert found["Kfar Kila"] == ("LB", "LB.07")
    assert found["Lebanese"] == ("LB", None)  # the country its people's word names


def test_a_people_s_word_after_and_is_no_village(run: Run) -> None:
    text = "Settlers stormed the village of Sinjil and Israeli soldiers fired tear gas."
    assert _found(run, text)["Israeli"] == ("IL", None)


def test_a_source_after_a_comma_is_no_village(run: Run) -> None:
    found = _found(run, "Israeli strikes hit the town of Bint Jbeil, Hezbollah said.")
    assert "Hezbollah" not in found
    found = _found(
        run, "Israeli settlers set fire to homes in the village of Huwara, Reuters witnesses said."
    )
    assert "Reuters" not in found


def test_a_country_s_possessive_after_the_town_is_the_country(run: Run) -> None:
    text = "Russian forces attacked the town of Kurakhove, Ukraine's general staff said."
    found = _found(run, text)
    assert "Ukraine's" not in found
    assert found["Ukraine"] == ("UA", None)


def test_a_village_of_an_arabic_article_is_named_whole(run: Run) -> None:
    text = (
        "The RSF killed at least 100 people in the village of Wad al-Noura in Gezira state, "
        "activists said."
    )
    found = _found(run, text)
    assert found["Wad al-Noura"] == ("SD", "SD.38")
    assert "Wad" not in found
