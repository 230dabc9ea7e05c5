"""Generic statements and continuing activities are no events: a kind of attack said
to be less frequent, a group that has been fighting for years."""

from __future__ import annotations

from event_helpers import events_of


def _sub_types(text: str) -> list[str | None]:
    return [e.sub_event_type for e in events_of(text, published="1990-02-16")]


def test_bomb_attacks_on_a_kind_of_target_less_frequent_is_generic() -> None:
    text = "Bomb attacks on banks in Santa Ana are less frequent than last year."
    assert _sub_types(text) == []


def test_kidnappings_in_a_city_remain_common_is_generic() -> None:
    assert _sub_types("Kidnappings in Port-au-Prince remain common.") == []


def test_clashes_in_a_city_are_continuing_stays_an_event() -> None:
    assert _sub_types("Clashes in Aleppo are continuing on Monday.") == ["Armed clash"]


def test_a_group_fighting_for_years_is_no_event() -> None:
    text = "The Taliban have been fighting government forces for two decades."
    assert _sub_types(text) == []


def test_fighting_for_two_weeks_is_still_the_news() -> None:
    text = "Troops have been fighting rebels in Kidal for two weeks."
    assert _sub_types(text) == ["Armed clash"]


def test_what_an_act_appears_to_have_been_is_no_second_event() -> None:
    text = "The official said it appears to have been a very well-coordinated attack."
    assert _sub_types(text) == []


def test_there_was_an_attack_is_a_report() -> None:
    text = "There was an attack on a checkpoint in Kirkuk on Monday."
    assert _sub_types(text) == ["Armed clash"]


def test_an_arrest_that_led_someone_into_a_gang_is_background() -> None:
    text = "He joined the gang after his brother was arrested on drugs charges."
    assert _sub_types(text) == []


def test_a_killing_that_made_someone_an_activist_is_background() -> None:
    assert _sub_types("She became an activist when her son was killed by soldiers.") == []


def test_an_arrest_before_students_joined_a_march_is_news() -> None:
    text = "Students joined the march after police arrested two leaders in Dhaka."
    assert _sub_types(text) == ["Arrests"]


def test_forces_described_by_whom_they_battle_are_no_fight() -> None:
    text = "The reporter was embedded with French troops battling the jihadists in Mali."
    assert _sub_types(text) == []


def test_forces_battling_an_enemy_on_a_named_day_still_fight() -> None:
    text = "Malian troops battling the jihadists near Gao on Monday lost four soldiers."
    assert _sub_types(text) == ["Armed clash"]
