"""Single acts told in one sentence of wire copy: one act is one event, wherever its
dead are told; a death told before the strike that caused it is that strike's toll; one
person named by a possessive kinship noun is one dead; a settler shot dead is a civilian;
and an organisation saying it directs strikes tells strikes of its own."""

from __future__ import annotations

import pytest
from event_helpers import events_of, name_of

from sitrep.model import Event


def _one(text: str, published: str) -> Event:
    events = events_of(text, published=published)
    assert len(events) == 1, [(e.sub_event_type, e.trigger, e.location) for e in events]
    return events[0]


def test_a_death_told_at_a_checkpoint_set_from_a_city_is_one_event() -> None:
    # the one count of the dead is told for the checkpoint: the act was there, once
    event = _one(
        "Israeli forces killed a Palestinian teenager at the Qalandiya checkpoint north of "
        "Jerusalem, the Palestinian health ministry said.",
        "2025-01-06",
    )
    assert event.sub_event_type == "Attack"
    assert event.fatalities.best == 1
    assert event.location is not None and event.location.name.startswith("Qalandiy")


def test_a_death_told_before_the_strike_that_caused_it_is_the_strikes_toll() -> None:
    # "died after" an air strike: the strike's dead, no attack of its own
    event = _one(
        "A Palestinian infant died after an Israeli strike hit a house in Rafah.",
        "2025-01-06",
    )
    assert event.sub_event_type == "Air/drone strike"
    assert event.fatalities.best == 1


@pytest.mark.parametrize(
    "text",
    [
        "A woman killed her husband in Monterrey, police said.",
        "A man killed his neighbour with a machete in Kisumu, police said.",
    ],
)
def test_a_person_after_a_possessive_killed_is_one_dead(text: str) -> None:
    # the one person before the verb killed; "her husband" is the one dead
    assert _one(text, "2025-01-06").fatalities.best == 1


def test_a_settler_shot_dead_by_a_gunman_is_a_civilian() -> None:
    # settlers attacked, not fighting, are civilians of Israel, as ACLED codes them
    event = _one(
        "A Palestinian gunman shot dead an Israeli settler near Ariel, the army said.",
        "2025-01-06",
    )
    assert event.sub_event_type == "Attack"
    assert name_of(event.actor2) == "Civilians (Israel)"
    assert event.civilian_targeting
    assert event.fatalities.best == 1


def test_a_settler_who_shot_dead_a_man_is_of_the_settlers() -> None:
    event = _one(
        "An Israeli settler shot dead a Palestinian man near Ramallah on Saturday, the "
        "Palestinian health ministry said.",
        "2025-01-06",
    )
    assert name_of(event.actor1) == "Israeli settlers"
    assert name_of(event.actor2) == "Civilians (Palestinian Territory)"


def test_strikes_an_organisation_says_it_is_directing_are_its_own() -> None:
    # "directing" is a person's role only in a clause on a person or after a charge
    event = _one(
        "Iran's Revolutionary Guards said on Monday they were directing drone strikes on "
        "Kurdish groups in northern Iraq.",
        "2025-01-06",
    )
    assert event.sub_event_type == "Air/drone strike"
    assert name_of(event.actor1) == "Islamic Revolutionary Guard Corps"
