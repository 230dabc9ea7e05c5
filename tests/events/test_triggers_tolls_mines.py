"""Mining sites are no landmines, "the toll rose" restates a toll, an adverb may stand
inside "fired ... on", and bodies found dumped are a killing."""

from __future__ import annotations

from event_helpers import events_of

IED = "Remote explosive/landmine/IED"


def _sub_types(text: str) -> list[str]:
    return [e.sub_event_type for e in events_of(text)]


def test_killing_at_a_gold_mine_is_no_landmine() -> None:
    text = "Gunmen killed three Chinese nationals at a gold mine in Zamfara on Monday."
    assert _sub_types(text) and IED not in _sub_types(text)


def test_attack_on_mine_workers_is_no_landmine() -> None:
    text = "Bandits attacked a mining camp in Niger State on Friday, killing four mine workers."
    assert _sub_types(text) and IED not in _sub_types(text)


def test_killing_at_the_mine_is_no_landmine() -> None:
    text = "Militiamen shot dead six artisanal miners at the mine near Bunia on Saturday."
    assert _sub_types(text) and IED not in _sub_types(text)


def test_vehicle_hitting_a_mine_stays_a_landmine() -> None:
    text = "Two soldiers were killed when their vehicle hit a mine near Kidal on Monday."
    assert _sub_types(text) == [IED]


def test_landmine_exploding_stays_a_landmine() -> None:
    text = "Two soldiers were killed when a landmine exploded near Kidal on Monday."
    assert _sub_types(text) == [IED]


def test_mine_blast_stays_a_landmine() -> None:
    text = "A police officer was killed in a mine blast in Gao on Monday."
    assert _sub_types(text) == [IED]


def _fatalities(text: str) -> list[int | None]:
    return [e.fatalities.best for e in events_of(text)]


def test_bare_toll_rising_updates_the_attack() -> None:
    text = (
        "Gunmen attacked a village in Zamfara on Monday, killing 12 people. "
        "The toll rose to 31, officials said on Tuesday."
    )
    assert _fatalities(text) == [31]


def test_death_toll_rising_still_updates_the_attack() -> None:
    text = (
        "Gunmen attacked a village in Zamfara on Monday, killing 12 people. "
        "The death toll rose to 31, officials said on Tuesday."
    )
    assert _fatalities(text) == [31]


def test_attack_without_a_restated_toll_keeps_its_count() -> None:
    text = (
        "Gunmen attacked a village in Zamfara on Monday, killing 12 people. "
        "Officials said on Tuesday that the village had been deserted."
    )
    assert _fatalities(text) == [12]


def _triggers(text: str) -> list[str]:
    return [e.trigger.text for e in events_of(text) if e.trigger is not None]


def test_adverb_inside_fired_on_keeps_the_trigger() -> None:
    text = "Gunmen fired indiscriminately on guests at a birthday party in Salamanca on Sunday."
    assert _triggers(text) == ["fired indiscriminately on"]


def test_fired_on_without_adverb_is_unchanged() -> None:
    text = "Gunmen fired on guests at a birthday party in Salamanca on Sunday."
    assert _triggers(text) == ["fired on"]


def test_fired_early_on_a_day_is_no_attack() -> None:
    text = "The mayor was fired early on Monday after the city council voted him out."
    assert _triggers(text) == []


def test_bodies_found_dumped_are_a_killing() -> None:
    text = "The bodies of five men were found dumped on a highway outside Irapuato on Sunday."
    events = events_of(text)
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Violence against civilians", "Attack")
    ]
    assert events[0].fatalities.best == 5


def test_count_of_bodies_found_dumped_is_their_toll() -> None:
    text = "Five bodies were found dumped on a highway outside Irapuato on Sunday."
    assert _fatalities(text) == [5]


def test_bodies_found_bearing_gunshot_wounds_are_a_killing() -> None:
    text = "The bodies of three farmers were found bearing gunshot wounds near Culiacan on Friday."
    assert _sub_types(text) == ["Attack"]


def test_corpses_abandoned_by_the_road_are_a_killing() -> None:
    text = "Two corpses were abandoned on a dirt track in Celaya on Tuesday, police said."
    assert _sub_types(text) == ["Attack"]


def test_bodies_a_witness_saw_are_no_new_event() -> None:
    text = '"I saw the bodies of the children," a witness said on Sunday.'
    assert events_of(text) == []


def test_bodies_found_with_nothing_told_are_no_event() -> None:
    text = "The bodies of two hikers were found on a mountain trail near Denver on Sunday."
    assert events_of(text) == []
