"""Titles and headlines: words capitalised as a title's, which name no speaker.

A news text often opens with its headline ("OSCE Envoy Condemns Dvani Attack that
Killed One Policeman."), run into the body with no line break. A name the entity layer
finds there ("Condemns Dvani Attack") is no antecedent: a reader resolves "he said" in
the body from the body.

Rules:
1. words are capitalised as a title's as `sitrep.titlecase` says: the first word and
   every word but a short function word ("Face the Nation", "Attack that Killed")
   start with a capital;
2. the headline is the article's first sentence (or first line, when shorter) when it
   has at least `HEADLINE_WORDS` words capitalised as a title's and is followed by more
   text; a sentence of names alone ("Donald Trump.") is too short to be one.
"""

from __future__ import annotations

from typing import Final

from sitrep.pipeline.document import Document
from sitrep.titlecase import is_title_case, title_words

#: how many words a headline has at least.
HEADLINE_WORDS: Final = 4


def headline_end(doc: Document) -> int:
    """Rule 2: where the headline opening the article ends (0 when there is none)."""
    if not doc.sentences:
        return 0
    first = doc.sentences[0]
    end = first.end
    line = doc.text.find("\n", first.start, end)
    if line >= 0 and doc.text[first.start : line].strip():
        end = line
    written = doc.text[first.start : end]
    if end >= len(doc.text.rstrip()) or len(title_words(written)) < HEADLINE_WORDS:
        return 0
    return end if is_title_case(written) else 0
