"""Typing and modality: attacks on works with no one hurt, bombings under inquiry,
demanded truces, aborted plans, rebel sources and crowds still to march."""

from __future__ import annotations

from event_helpers import events_of

from sitrep.events.modality import modality_of
from sitrep.events.tokens import clause_bounds, tokenize


def _sub_types(text: str) -> list[str | None]:
    return [e.sub_event_type for e in events_of(text, published="1990-02-16")]


def _modality(text: str, trigger: str) -> str:
    tokens = tokenize(text, 0, len(text))
    first = next(t.i for t in tokens if t.lower == trigger)
    return modality_of(tokens, clause_bounds(tokens, first), first)


# -- typing: attacks on works, bombings under inquiry -------------------------------


def test_an_attack_on_plants_with_no_one_hurt_is_property_destruction() -> None:
    text = "Rebels attacked two coffee mills in Santiago de Maria, burning the sacks."
    assert _sub_types(text) == ["Looting/property destruction"]


def test_an_attack_on_a_factory_that_kills_workers_stays_an_attack() -> None:
    text = "Gunmen attacked a factory in Kaduna on Monday, killing five workers."
    assert _sub_types(text) == ["Attack"]


def test_a_bombing_under_inquiry_is_a_planted_bomb() -> None:
    text = (
        "Police questioned three men in connection with the bombing of the French "
        "consulate in Karachi last week."
    )
    assert _sub_types(text) == ["Remote explosive/landmine/IED"]


def test_a_bombing_by_jets_stays_an_air_strike() -> None:
    text = "Government jets continued the bombing of rebel positions near Idlib on Monday."
    assert _sub_types(text) == ["Air/drone strike"]


# -- modality -----------------------------------------------------------------------


def test_a_truce_demanded_is_planned() -> None:
    text = "The church urged a statement demanding that both sides declare a truce."
    assert _modality(text, "truce") == "planned"
    assert _sub_types(text) == []


def test_a_release_demanded_is_planned_but_the_marchers_act() -> None:
    assert _modality("Relatives demanded the release of the prisoners.", "release") == "planned"
    text = "Students demanding reforms marched through Dhaka on Monday."
    assert _modality(text, "marched") == "asserted"


def test_an_aborted_plan_to_dynamite_a_base_is_planned() -> None:
    text = "The army aborted a rebel plan that included dynamiting its air base in Ilopango."
    assert _modality(text, "dynamiting") == "planned"
    assert _sub_types(text) == []


def test_a_toll_according_to_a_rebel_group_is_claimed() -> None:
    text = "According to the FMLN, two soldiers were killed in a clash in Chalatenango."
    assert _modality(text, "clash") == "claimed"


def test_a_toll_according_to_a_monitor_stays_asserted() -> None:
    text = (
        "According to the Syrian Observatory for Human Rights, two soldiers were killed "
        "in a clash in Idlib."
    )
    assert _modality(text, "clash") == "asserted"


def test_protesters_who_will_march_are_planned() -> None:
    assert _modality("Protesters will march in Madison next Tuesday.", "protesters") == ("planned")
    assert _modality("Protesters marched in Madison on Tuesday.", "protesters") == "asserted"


def test_a_toll_reported_by_rebel_radio_is_claimed() -> None:
    text = "Rebel radio reported that 30 soldiers were killed in clashes in Morazan."
    assert _modality(text, "clashes") == "claimed"


def test_a_toll_reported_by_state_radio_stays_asserted() -> None:
    text = "State radio reported that 30 rebels were killed in clashes in Morazan."
    assert _modality(text, "clashes") == "asserted"
