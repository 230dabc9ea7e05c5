"""Armed groups the knowledge base does not know, named by capitalised words before a
group's head noun ("the Mai-Mai militia", "the Zintan militia"), are actors of their
own, as ACLED names them ("Mai-Mai Militia"); unnamed, state and known groups keep
their own actors."""

from __future__ import annotations

from event_helpers import first_event, name_of

from sitrep.model import Event


def _initiator(event: Event) -> tuple[str | None, str | None]:
    actor = event.actor1
    return (actor.name, actor.type) if actor is not None else (None, None)


def test_fighters_from_a_named_militia_are_that_militia() -> None:
    event = first_event(
        "Fighters from the Mai-Mai militia attacked the village of Kipupu on Sunday, "
        "killing 12 people."
    )
    assert _initiator(event) == ("Mai-Mai Militia", "political_militia")
    assert event.actor1 is not None and event.actor1.evidence is not None
    assert event.actor1.evidence.text == "Mai-Mai militia"


def test_a_town_militia_is_named_by_its_town() -> None:
    event = first_event(
        "The Zintan militia attacked a checkpoint south of Tripoli on Friday, killing three guards."
    )
    assert _initiator(event) == ("Zintan Militia", "political_militia")


def test_named_rebels_the_kb_lacks_are_a_rebel_group_of_their_own() -> None:
    event = first_event("Nyatura rebels killed five civilians near Rutshuru on Tuesday.")
    assert _initiator(event) == ("Nyatura Rebels", "rebel_group")


def test_a_militia_with_no_name_stays_unidentified() -> None:
    event = first_event(
        "A local militia attacked the village of Kipupu on Sunday, killing 12 people."
    )
    name, kind = _initiator(event)
    assert name is not None and name.startswith("Unidentified Armed Group")
    assert kind == "rebel_group"


def test_a_states_army_stays_its_forces() -> None:
    event = first_event(
        "The Nigerian Army attacked a camp near Maiduguri on Monday, killing 20 militants."
    )
    assert _initiator(event) == ("Nigerian Army", "state_forces")


def test_a_peoples_adjective_names_no_group() -> None:
    event = first_event("Kurdish rebels ambushed a patrol near Lice on Monday, killing two.")
    name, _ = _initiator(event)
    assert name != "Kurdish Rebels"


def test_a_known_group_keeps_its_knowledge_base_actor() -> None:
    event = first_event(
        "Boko Haram militants attacked the village of Gwoza on Sunday, killing 12 people."
    )
    assert event.actor1 is not None and event.actor1.kb_id is not None
    assert event.actor1.name is not None and event.actor1.name.startswith("Boko Haram")


def test_a_count_opening_the_sentence_names_no_group() -> None:
    event = first_event("Six rebels died in clashes with the army near Gulu on Monday.")
    assert event.actor2 is None or event.actor2.name != "Six Rebels"
    assert event.actor1 is None or event.actor1.name != "Six Rebels"


def test_a_line_of_battle_is_no_group() -> None:
    event = first_event(
        "Russian forces attacked Ukrainian positions on the Pokrovsk front on Monday, "
        "killing two soldiers."
    )
    assert "Pokrovsk Front" not in {name_of(event.actor1), name_of(event.actor2)}
