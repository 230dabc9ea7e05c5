"""The day of a report between a speaker and the cue ("The army on Sunday said") is no speaker."""

from __future__ import annotations

import pytest

from sitrep.model import make_article
from sitrep.pipeline import process_article


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The army Sunday said militants attacked a post near Gao.", "The army"),
        ("The army on Sunday said militants attacked a post near Gao.", "The army"),
        ("Police Monday said two men were arrested in Lagos.", "Police"),
        ("Police late Monday said two men were arrested in Lagos.", "Police"),
        ("Defense Secretary Lloyd Austin on Tuesday said the strikes would go on.", "Lloyd Austin"),
    ],
)
def test_the_day_of_a_report_is_skipped_to_its_speaker(text: str, speaker: str) -> None:
    (quote,) = process_article(make_article(text, published="2016-05-06")).quotes
    assert quote.speaker is not None
    assert quote.speaker.name == speaker or quote.speaker.evidence.text == speaker


def test_a_day_is_never_a_name_in_the_entity_layer() -> None:
    extraction = process_article(
        make_article("Police Monday said two men were arrested.", published="2016-05-06")
    )
    assert not any("Monday" in e.evidence.text for e in extraction.mentions.entities)
