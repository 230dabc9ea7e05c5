"""Triggers for demolition by explosives, devices going off or thrown, property burned
and goods stolen, and devices deactivated (`sitrep.events.triggers`)."""

from __future__ import annotations

import pytest

from sitrep.model import make_article
from sitrep.pipeline import process_article


def _sub_types(text: str) -> list[tuple[str, str]]:
    events = process_article(make_article(text)).events
    return [(e.sub_event_type, e.trigger.text if e.trigger else "") for e in events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The rebels blew up several electricity poles with dynamite near Usulutan.", "blew up"),
        ("A bridge on the Pan-American highway was blown up on Sunday night.", "blown up"),
        ("A car bomb went off outside the bank in Medellin on Tuesday.", "bomb went off"),
        ("Unidentified men threw a bomb at the house of the mayor of Tumaco.", "threw a bomb"),
        ("Incendiary bombs were hurled at a Mormon temple in Nunoa on Friday.",
         "bombs were hurled"),
    ],
)  # fmt: skip
def test_explosives_used_on_property_are_remote_violence(text: str, trigger: str) -> None:
    assert _sub_types(text) == [("Remote explosive/landmine/IED", trigger)]


def test_vehicles_burned_and_goods_stolen_are_property_destruction() -> None:
    burned = "The guerrillas also burned three vehicles on the Pan-American highway."
    stolen = "Gunmen robbed a bank in Cali on Monday."
    assert _sub_types(burned) == [("Looting/property destruction", "burned three vehicles")]
    assert _sub_types(stolen) == [("Looting/property destruction", "robbed")]


def test_a_deactivated_device_is_disrupted_weapons_use() -> None:
    text = "Police deactivated a powerful bomb at the Banco de Bogota branch on Monday."
    assert [s for s, _ in _sub_types(text)] == ["Disrupted weapons use"]


def test_an_alarm_going_off_is_no_event() -> None:
    text = "The fire alarm went off in the ministry building on Monday and staff left."
    assert _sub_types(text) == []


def test_a_device_planted_is_a_bombing_unless_it_was_defused() -> None:
    planted = "Unidentified persons placed 11 bombs in government bank branches in Medellin."
    defused = (
        "Militants planted explosives on the railway line near Quetta, but police defused them."
    )
    assert _sub_types(planted) == [("Remote explosive/landmine/IED", "placed 11 bombs")]
    assert [s for s, _ in _sub_types(defused)] == ["Disrupted weapons use"]
