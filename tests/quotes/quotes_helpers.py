"""Shared helpers for the quote tests that run the full pipeline."""

from __future__ import annotations

from sitrep.model import Actor, Quote, make_article
from sitrep.pipeline import process_article


def quotes_of(text: str, published: str) -> list[Quote]:
    """The quotes the pipeline finds in `text`, published on `published`."""
    return list(process_article(make_article(text, published=published)).quotes)


def speaker_of(quotes: list[Quote], words: str) -> Actor | None:
    """The speaker of the one quote holding `words`."""
    [quote] = [q for q in quotes if words in q.text]
    return quote.speaker


def speaker_name(quotes: list[Quote], words: str) -> str | None:
    """The name of the speaker of the one quote holding `words`, None without one."""
    speaker = speaker_of(quotes, words)
    return speaker.name if speaker is not None else None
