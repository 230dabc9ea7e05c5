"""Speech acts reported by their object on wire copy: a participle after an article is
a noun, and a demand joined by "and" is a report of its own."""

from __future__ import annotations

from quotes_helpers import quotes_of


def test_the_accused_is_no_speech_act() -> None:
    text = (
        "LONDON, March 10 (Reuters) - The accused denied all charges at Southwark Crown "
        "Court on Tuesday."
    )
    quotes = quotes_of(text, "2024-03-10")
    assert all(q.cue is None or q.cue.text != "accused" for q in quotes)


def test_condemnation_ends_before_a_demand() -> None:
    text = (
        "Haitian Prime Minister Garry Conille condemned the attack on the hospital and "
        "called for calm."
    )
    quotes = {q.text: q for q in quotes_of(text, "2024-03-10")}
    assert set(quotes) == {"the attack on the hospital", "calm"}
    assert all(q.speaker is not None and q.speaker.name == "Garry Conille" for q in quotes.values())


def test_wire_agency_confirming_a_video_is_narration() -> None:
    text = (
        "Reuters confirmed the authenticity of the video by matching buildings in the "
        "footage with satellite imagery. The UN confirmed the deaths of 12 aid workers."
    )
    quotes = quotes_of(text, "2024-03-10")
    assert [q.text for q in quotes] == ["the deaths of 12 aid workers"]
