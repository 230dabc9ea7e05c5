"""Fresh wire stories, second set, coded as an ACLED coder would: yearly and multi-week
totals in background paragraphs are no tolls of the story's event."""

from __future__ import annotations

from event_helpers import events_of

MALI_AMBUSH = (
    "BAMAKO, June 9 (AFP) - Gunmen ambushed an army convoy near Gao on Sunday, killing "
    "eight soldiers, the army said.\n\n"
)
UGANDA_RALLY = (
    "KAMPALA, June 9 (Reuters) - Police fired tear gas at protesters in Kampala"
    " on Tuesday and arrested 30 people, police said.\n\n"
)


def _tolls(text: str) -> list[int | None]:
    return [e.fatalities.best for e in events_of(text, published="2026-06-10")]


def test_a_toll_since_a_year_is_a_running_total() -> None:
    text = MALI_AMBUSH + (
        "Islamist violence has killed more than 12,000 people in Mali since 2012, "
        "according to the United Nations."
    )
    assert _tolls(text) == [8]


def test_a_passive_toll_since_a_year_is_a_running_total() -> None:
    text = MALI_AMBUSH + "More than 3,000 civilians have been killed in the region since 2020."
    assert _tolls(text) == [8]


def test_the_deadliest_attack_since_a_year_keeps_its_toll() -> None:
    text = (
        "BAMAKO, June 9 (AFP) - Gunmen killed 40 villagers near Mopti on Sunday, the "
        "deadliest attack on civilians since 2019, officials said."
    )
    assert _tolls(text) == [40]


def test_a_toll_over_weeks_of_protests_is_no_event() -> None:
    text = UGANDA_RALLY + (
        "Last year, more than 50 people were killed during weeks of protests over the "
        "disputed election."
    )
    assert [e.fatalities.best for e in events_of(text, "2026-06-10")] == [None]


def test_a_protest_killing_on_a_day_keeps_its_toll() -> None:
    text = (
        "KAMPALA, June 9 (Reuters) - Two protesters were killed during clashes with "
        "police in Kampala on Tuesday, a hospital official said."
    )
    assert _tolls(text) == [2]


def _sub_types(text: str) -> list[str]:
    return [e.sub_event_type for e in events_of(text, published="2026-06-10")]


def test_weapons_taken_by_attackers_are_the_attack_s_booty() -> None:
    text = (
        "NIAMEY, June 9 (AFP) - Jihadists ambushed an army patrol near Tillaberi on "
        "Sunday and seized vehicles and weapons, the army said."
    )
    assert _sub_types(text) == ["Armed clash"]


def test_weapons_captured_after_a_killing_claim_are_no_seizure_event() -> None:
    text = (
        "ADDIS ABABA, June 7 (Reuters) - Fighting between militiamen and troops near "
        "Gondar killed dozens of people on Thursday, residents said.\n\n"
        "A militia spokesman said his fighters had killed more than 20 soldiers and "
        "captured weapons."
    )
    assert "Disrupted weapons use" not in _sub_types(text)


def test_weapons_seized_by_police_in_a_search_are_still_a_seizure() -> None:
    text = (
        "LAGOS, June 9 (Reuters) - Police searched a house in Kaduna on Monday and seized "
        "rifles and ammunition, a police spokesman said."
    )
    assert _sub_types(text) == ["Disrupted weapons use"]


def test_weapons_seized_in_a_raid_are_still_a_seizure() -> None:
    text = (
        "LAGOS, June 9 (Reuters) - Police raided a hideout in Kaduna on Monday and seized "
        "rifles and ammunition, a police spokesman said."
    )
    assert "Disrupted weapons use" in _sub_types(text)


MOGADISHU_BOMBING = (
    "MOGADISHU, June 8 (AP) - A car bomb exploded outside a hotel in Mogadishu on Sunday, "
    "killing at least six people, police said.\n\n"
)


def test_an_insurgency_fighting_for_more_than_years_is_no_clash() -> None:
    text = MOGADISHU_BOMBING + (
        "The group has been fighting for more than 15 years to topple the government."
    )
    assert _sub_types(text) == ["Remote explosive/landmine/IED"]


def test_an_insurgency_fighting_for_over_a_decade_is_no_clash() -> None:
    text = MOGADISHU_BOMBING + "The militants have been fighting for over a decade."
    assert _sub_types(text) == ["Remote explosive/landmine/IED"]


def test_fighting_for_more_than_two_days_with_a_town_is_still_news() -> None:
    text = "Troops have been fighting rebels in Kidal for more than two days."
    assert _sub_types(text) == ["Armed clash"]


TYRE_STRIKE = (
    "BEIRUT, June 9 (Reuters) - Israeli air strikes on the town of Tyre killed three "
    "people on Monday, the health ministry said.\n\n"
)


def _dates(text: str) -> list[str | None]:
    return [e.date.start if e.date else None for e in events_of(text, published="2026-06-10")]


def test_a_reply_told_hours_later_in_the_past_perfect_is_that_day() -> None:
    text = TYRE_STRIKE + (
        "Hours later, the group said its fighters had fired rockets at an army post in "
        "northern Israel."
    )
    assert _dates(text) == ["2026-06-08", "2026-06-08"]


def test_a_past_perfect_act_told_with_no_link_keeps_its_long_window() -> None:
    text = TYRE_STRIKE + (
        "The group said its fighters had fired rockets at an army post in northern Israel."
    )
    assert _dates(text) == ["2026-06-08", "2025-06-10"]
