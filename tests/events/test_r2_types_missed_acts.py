"""Missed conflict acts: bombs that destroy or wound, confrontations, harassing fire,
sappers' destruction; and a diplomatic protest note, which is no demonstration."""

from __future__ import annotations

from event_helpers import events_of


def _sub_types(text: str) -> list[str | None]:
    return [e.sub_event_type for e in events_of(text, published="1990-02-16")]


# -- devices: a bomb that destroys is a bombing -------------------------------------


def test_a_bomb_that_destroys_a_school_is_a_remote_explosive() -> None:
    text = "A homemade bomb badly damaged a primary school in Zacatecoluca last night."
    assert _sub_types(text) == ["Remote explosive/landmine/IED"]


def test_people_wounded_by_explosives_placed_by_rebels_is_a_bombing() -> None:
    text = "Three workers were wounded by explosives placed by rebels at a dam in Cabanas."
    assert _sub_types(text) == ["Remote explosive/landmine/IED"]


def test_explosives_found_by_police_are_no_bombing() -> None:
    text = "Police found explosives in a parked car in Santa Ana on Friday."
    assert "Remote explosive/landmine/IED" not in _sub_types(text)


# -- triggers: confrontations and harassing fire ------------------------------------


def test_deaths_in_confrontations_are_an_armed_clash() -> None:
    text = "Three rebels died and a soldier was wounded in confrontations near Suchitoto."
    assert _sub_types(text) == ["Armed clash"]


def test_commandos_harassing_a_garrison_is_an_armed_clash() -> None:
    text = "Rebel commandos harassed the garrison of San Francisco Gotera on Thursday."
    assert _sub_types(text) == ["Armed clash"]


def test_being_harassed_by_reporters_is_no_event() -> None:
    text = "The minister complained that he was harassed by reporters in the capital."
    assert _sub_types(text) == []


def test_pylons_destroyed_are_property_destruction() -> None:
    text = "Guerrilla sappers destroyed four electricity pylons near Usulutan on Monday."
    assert _sub_types(text) == ["Looting/property destruction"]


def test_a_diplomatic_protest_note_is_no_demonstration() -> None:
    text = "Costa Rica sent Panama a protest note over the border incident on Monday."
    assert _sub_types(text) == []


def test_military_operations_going_on_are_an_armed_clash() -> None:
    text = "Military operations were continuing in the outskirts of Douma on Monday."
    assert _sub_types(text) == ["Armed clash"]


def test_military_operations_planned_are_no_clash() -> None:
    assert _sub_types("Military operations are planned against the rebels.") == []


def test_a_bomb_destroyed_by_army_experts_is_no_bombing() -> None:
    text = "A bomb was destroyed by army experts outside a bank in Kabul on Monday."
    assert "Remote explosive/landmine/IED" not in _sub_types(text)


def test_a_strong_protest_from_a_chamber_is_no_demonstration() -> None:
    text = "The bombings prompted a strong protest from the chamber of commerce."
    assert "Peaceful protest" not in _sub_types(text)


def test_students_staging_a_protest_still_demonstrate() -> None:
    text = "Thousands of students staged a protest outside parliament in Dhaka on Monday."
    assert _sub_types(text) == ["Peaceful protest"]


def test_deaths_of_civilians_in_confrontations_are_the_battle_toll() -> None:
    text = (
        "Nine people, including soldiers, rebels and civilians, died in armed "
        "confrontations in San Salvador today."
    )
    assert _sub_types(text) == ["Armed clash"]
