"""Who did it to whom when a date, a source, an inquiry, the dead or a defence stands
near the act (`roles` rules 1-3 and 13, `actor_rules` rule 7)."""

from __future__ import annotations

import pytest
from event_helpers import events_of, name_of

from sitrep.events.roles import _investigates
from sitrep.events.tokens import tokenize
from sitrep.model import Actor, Event, Span

PUBLISHED = "1990-01-28"


def _sides(text: str, trigger: str) -> tuple[str | None, str | None]:
    """actor1 and actor2 of the one event whose trigger is `trigger`."""
    events: list[Event] = [e for e in events_of(text, PUBLISHED) if e.trigger.text == trigger]
    assert len(events) == 1, [(e.sub_event_type, e.trigger.text) for e in events_of(text)]
    return name_of(events[0].actor1), name_of(events[0].actor2)


@pytest.mark.parametrize(
    "text",
    [
        "On 26 January Shining Path terrorists murdered three peasants in Ayacucho, Peru.",
        "On Jan. 26 Shining Path rebels killed three peasants in Huanta, Peru.",
    ],
)
def test_a_date_before_the_group_is_no_preposition_governing_it(text: str) -> None:
    actor1, _ = _sides(text, "murdered" if "murdered" in text else "killed")
    assert actor1 == "Shining Path"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Kenya deported three Somalis who were questioned by the FBI in connection "
            "with the bombing of a hotel in Mombasa last week.",
            "bombing",
        ),
        (
            "Police arrested two men in connection with the bombing of a bus station in "
            "Mombasa on Sunday.",
            "bombing",
        ),
    ],
)
def test_whoever_looks_into_an_act_is_not_its_author(text: str, trigger: str) -> None:
    assert _sides(text, trigger)[0] is None


def test_a_verb_of_inquiry_keeps_the_investigators_off_the_act() -> None:
    text = "The Federal Bureau of Investigation is investigating the bombing in Atlanta."
    tokens = tokenize(text, 0, len(text))
    actor = Actor("Federal Bureau of Investigation", Span.of(text, 4, 35), None, "US")
    first = next(t.i for t in tokens if t.lower == "bombing")
    assert _investigates(tokens, actor, first, by=False)
    said = "The Federal Bureau of Investigation said the bombing in Atlanta was planned."
    said_tokens = tokenize(said, 0, len(said))
    first = next(t.i for t in said_tokens if t.lower == "bombing")
    assert not _investigates(said_tokens, actor, first, by=False)


@pytest.mark.parametrize(
    "text",
    [
        "the army also indicates that the rebels set fire to a bus in san miguel.",
        "The army indicated that rebels set fire to a bus in San Miguel on Monday.",
    ],
)
def test_the_source_that_indicates_an_act_is_not_its_author(text: str) -> None:
    actor1, _ = _sides(text, "set fire to")
    assert actor1 is not None
    assert "Military" not in actor1


def test_fighters_who_died_in_clashes_are_the_side_hit() -> None:
    actor1, actor2 = _sides(
        "Six rebels died in clashes early this morning in Gulu, northern Uganda.", "clashes"
    )
    assert actor1 is None
    assert actor2 is not None and actor2.startswith("Unidentified Armed Group")


def test_defenders_firing_artillery_are_its_authors() -> None:
    actor1, actor2 = _sides(
        "FMLN rebels attacked the garrison in Usulutan, but 4th Brigade troops repelled "
        "the incursion with artillery fire.",
        "artillery fire",
    )
    assert actor1 == "Military Forces of El Salvador"
    assert actor2 == "Farabundo Marti National Liberation Front"


def test_a_defence_against_the_named_attack_still_makes_the_defenders_its_target() -> None:
    assert _sides(
        "Peshmerga fighters repelled an attack by Islamic State militants near Mosul on Tuesday.",
        "attack",
    )[0] == ("Islamic State")


def test_whoever_conducts_an_operation_did_the_harm_told_in_it() -> None:
    actor1, _ = _sides(
        "An elite police unit carried out the operation in which the drug lord Pablo "
        "Rincon was killed near Cartagena, Colombia, on Friday.",
        "killed",
    )
    assert actor1 == "Police Forces of Colombia"


def test_a_deputy_sheriff_who_shoots_someone_is_the_police() -> None:
    actor1, actor2 = _sides(
        "Marcus Reed, 31, was fatally shot in May by an off-duty deputy sheriff in "
        "Tulsa, Oklahoma.",
        "shot",
    )
    assert actor1 == "Police Forces of the United States"
    assert actor2 == "Civilians (United States)"


def test_it_before_a_form_of_be_names_the_act_not_the_speaker() -> None:
    assert _sides(
        "Police said it was a bombing of a bus station in Mombasa, Kenya, on Sunday.", "bombing"
    ) == (None, None)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("a guerrilla column ambushed a bus near chalatenango on friday.", "ambushed"),
        ("A rebel unit attacked an army post in Kidal, Mali, on Friday.", "attacked"),
    ],
)
def test_an_armed_noun_before_a_unit_names_an_armed_group(text: str, trigger: str) -> None:
    actor1, _ = _sides(text, trigger)
    assert actor1 is not None and actor1.startswith("Unidentified Armed Group")
