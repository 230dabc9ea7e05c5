"""A participle cue after a verb phrase ("The county office sent out a notice to
residents warning, “…”"): the words between the main verb and the participle (a
particle, an object, a prepositional phrase) are no speaker; the clause's subject
speaks: a name, or the noun phrase before the verb as written (the full pipeline)."""

from __future__ import annotations

from quotes_helpers import quotes_of, speaker_name

from sitrep.model import Quote


def _quotes(text: str) -> list[Quote]:
    return quotes_of(text, "2024-05-06")


def test_a_participle_after_a_particle_and_its_object_speaks_for_the_subject() -> None:
    quotes = _quotes(
        "Flooding closed three bridges on Tuesday. The county emergency office quickly "
        "sent out a notice to residents warning, “Do not attempt to drive through "
        "standing water under any circumstances.”"
    )
    assert speaker_name(quotes, "Do not attempt") == "The county emergency office"


def test_the_noun_before_a_participle_still_speaks_when_no_verb_precedes() -> None:
    quotes = _quotes(
        "Outside the courthouse on Monday, dozens of striking nurses stood in the rain, "
        "some chanting, “Safe staffing saves lives, and we will not go back.”"
    )
    name = speaker_name(quotes, "Safe staffing")
    assert name is None or "chanting" not in name


def test_a_named_subject_speaks_for_a_participle_after_its_object() -> None:
    quotes = _quotes(
        "The Red Cross on Thursday sent out an appeal to donors stating, “We urgently "
        "need blood of all types to treat the wounded.”"
    )
    name = speaker_name(quotes, "We urgently need")
    assert name is None or "Red Cross" in name
    assert name is None or "donors" not in name


def test_a_possessive_subject_speaks_as_written() -> None:
    quotes = _quotes(
        "Her campaign quickly blasted out an email to supporters stating, “The senator "
        "will not back down from this fight.”"
    )
    assert speaker_name(quotes, "The senator will not") == "Her campaign"
