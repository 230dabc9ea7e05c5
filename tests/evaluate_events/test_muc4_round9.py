"""MUC-4 adapter: a clash told with its fighting is war; the building a victim was going
to or from and the attackers' own vehicle are no targets; a target is also written with
its count; death squads are an unnamed armed side."""

from __future__ import annotations

from muc4_helpers import fillers

from sitrep.evaluate.gtt_metric import Template
from sitrep.evaluate.muc4 import templates_of
from sitrep.model import make_article
from sitrep.pipeline import process_article


def _templates(text: str) -> list[Template]:
    return templates_of(process_article(make_article(text)))


def test_a_clash_told_with_its_fighting_is_war_not_an_incident() -> None:
    assert not _templates(
        "Troops of the Leon Battalion reported that they killed two terrorist criminals "
        "during a skirmish in Las Delicias, San Miguel jurisdiction."
    )
    killed = _templates("Guerrillas killed two peasants in the village of Santa Marta yesterday.")
    assert [t.incident_type for t in killed] == ["attack"]


def test_the_building_a_victim_was_going_to_or_from_is_no_target() -> None:
    shot = _templates(
        "Former Medellin Mayor Pablo Pelaez Gonzalez, 45, was shot to death by unidentified "
        "individuals while traveling between his home and office today."
    )
    assert fillers(shot, "Target") == set()
    walking = _templates(
        "Two U.S. missionaries were murdered by machinegun bursts when they were walking home "
        "on Ancash street on Wednesday night."
    )
    assert fillers(walking, "Target") == set()
    home = _templates("Urban guerrillas machinegunned the home of the minister in San Salvador.")
    assert "home" in fillers(home, "Target")


def test_the_attackers_vehicle_is_their_means_not_a_target() -> None:
    thrown = _templates(
        "Official sources report today that urban guerrillas threw two explosive devices from "
        "a vehicle at the San Jorge warehouse in the San Antonio neighborhood."
    )
    assert "vehicle" not in fillers(thrown, "Target")
    assert "warehouse" in fillers(thrown, "Target")
    hit = _templates("A powerful bomb destroyed a vehicle parked outside the San Jorge warehouse.")
    assert "vehicle" in fillers(hit, "Target")


def test_a_target_is_also_written_with_its_count() -> None:
    bombing = _templates(
        "A powerful bomb exploded in downtown Bogota last night, destroying three pharmacies "
        "and a hardware store."
    )
    assert "three pharmacies" in fillers(bombing, "Target")


def test_death_squads_are_an_unnamed_armed_side() -> None:
    murdered = _templates(
        "Members of the death squads murdered two union leaders in Santa Ana yesterday, "
        "police said."
    )
    assert "death squads" in fillers(murdered, "PerpInd")
