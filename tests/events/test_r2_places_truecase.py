"""Caseless copy: a small town's name after a locative preposition is restored as a
place, and the place of the act, not of a side clause, is the event's."""

from __future__ import annotations

from sitrep.ingest.truecase import truecase
from sitrep.model import make_article
from sitrep.pipeline import process_article


def test_a_small_town_after_near_is_capitalised() -> None:
    text = "the patrol was ambushed by a guerrilla column near metapan this morning."
    assert "near Metapan" in truecase(text)


def test_a_small_towns_name_in_the_possessive_is_a_persons() -> None:
    # a small town needs the cue, and a name in the possessive is a person's
    text = "gunmen entered in metapan's house and shot him at least 20 times."
    assert "metapan's" in truecase(text)


def test_the_attack_near_a_town_is_placed_there_not_at_the_meeting() -> None:
    text = (
        "the vice president was returning from a meeting at the guatemalan town of "
        "esquipulas when he was ambushed by a guerrilla column near metapan."
    )
    extraction = process_article(make_article(text, published="1989-09-09"))
    [event] = extraction.events
    assert event.location is not None and event.location.name == "Metapán"
