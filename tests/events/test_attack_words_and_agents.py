"""Attack words of general news (dynamiting, assassination, machine-gunning) and the
agents and victims of killings told in the passive."""

from __future__ import annotations

from sitrep.events.tokens import tokenize
from sitrep.events.triggers import find_triggers
from sitrep.model import Event, make_article
from sitrep.pipeline import process_article


def _triggers(text: str) -> list[tuple[str, str]]:
    hits = find_triggers(tokenize(text, 0, len(text)), [])
    return [(text[h.start : h.end], h.rule.sub_type) for h in hits]


def _events(text: str) -> list[Event]:
    return list(process_article(make_article(text, published="2024-03-12")).events)


def test_dynamiting_is_an_explosive_attack() -> None:
    assert _triggers("Rebels dynamited a power pylon near the town on Sunday.") == [
        ("dynamited", "Remote explosive/landmine/IED")
    ]
    assert ("dynamite attack", "Remote explosive/landmine/IED") in _triggers(
        "A dynamite attack damaged the bank's offices."
    )


def test_assassination_murder_and_machine_gunning_are_attacks() -> None:
    assert _triggers("The assassination of the mayor shocked the province.") == [
        ("assassination", "Attack")
    ]
    assert _triggers("Police are investigating the murder of a judge.") == [("murder", "Attack")]
    assert _triggers("Gunmen machine-gunned the house of a local councillor.") == [
        ("machine-gunned", "Attack")
    ]


def test_kidnappers_are_people_not_a_kidnapping() -> None:
    assert _triggers("The court released a band of alleged kidnappers.") == []
    assert _triggers("The businessman was kidnapped in the capital.") == [
        ("kidnapped", "Abduction/forced disappearance")
    ]


def test_arson_words() -> None:
    assert _triggers("Youths set the town hall ablaze on Friday.") == [
        ("set the town hall ablaze", "Looting/property destruction")
    ]
    assert _triggers("An arson attack gutted a school.") == [
        ("arson attack", "Looting/property destruction")
    ]
    assert _triggers("Unknown men burned down a school.") == [
        ("burned down", "Looting/property destruction")
    ]


def test_passive_killing_by_qualified_men_names_both_sides() -> None:
    events = _events(
        "Six priests were murdered by uniformed men in San Salvador, El Salvador, on Monday."
    )
    killing = next(e for e in events if e.trigger is not None and e.trigger.text == "murdered")
    assert killing.actor1 is not None and killing.actor1.evidence is not None
    assert killing.actor1.evidence.text == "men"
    assert killing.actor1.type == "rebel_group"
    assert killing.actor2 is not None and killing.actor2.evidence is not None
    assert killing.actor2.evidence.text == "priests"


def test_guerrillas_are_an_unidentified_armed_group() -> None:
    events = _events("Guerrillas attacked a police post in Kabul, Afghanistan, on Monday.")
    attack = events[0]
    assert attack.actor1 is not None and attack.actor1.evidence is not None
    assert attack.actor1.evidence.text == "Guerrillas"
    assert attack.actor1.type == "rebel_group"
