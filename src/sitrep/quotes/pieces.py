"""Quoted spans ("pieces") as they stand in the text, before any cue is known.

Rules, in order:
1. quotation marks pair up within a paragraph: “ closes at the next ” or '"' (a
   quotation typed with mixed marks, "“Immunity deals …," Chaffetz said, closes where a
   reader closes it), a straight '"' only at the next '"' (a “title” may stand inside
   it); an unclosed quote runs to the end of its
   paragraph (news style for a quote that goes on in the next paragraph). A quote may
   span a sentence break.
2. the span inside the marks is trimmed of spaces and of trailing ",;:" (the comma of
   "“We will fight,” he said" belongs to the sentence, not to the quotation).
3. a piece *stands free* when it opens after a sentence start, ':' or ',' (or a dash)
   and closes before a sentence end, ',', ':' or '[' (a bracketed source); a free piece
   of `MIN_WORDS` words may be a quote without a cue, anything shorter or embedded is a
   scare quote.
"""

from __future__ import annotations

from dataclasses import dataclass

from sitrep.events.tokens import Tok
from sitrep.model import Actor, Span
from sitrep.pipeline.document import Document

#: a cue-less quotation standing free needs this many words to be a quote.
MIN_WORDS = 4


@dataclass
class Piece:
    open: int  # offset of the first character inside the marks
    close: int  # offset just past the last character inside the marks
    mark_end: int  # offset just past the closing mark (== close when unclosed)
    cue: Span | None = None
    speaker: Actor | None = None
    cue_after: bool = False
    free: bool = False
    partial: bool = False
    lead_in: int | None = None  # sentence start of a mixed quote ("Oz is “smart,” X said")


def pair_marks(text: str) -> list[Piece]:
    """Quoted spans, paragraph by paragraph."""
    raws: list[Piece] = []
    pos = 0
    for paragraph in text.split("\n"):
        start = pos
        pos += len(paragraph) + 1
        open_at: int | None = None
        closers = ""
        for k, ch in enumerate(paragraph):
            at = start + k
            if open_at is None and ch in '“"':
                open_at, closers = at + 1, '”"' if ch == "“" else '"'
            elif open_at is not None and ch in closers:
                raws.append(Piece(open_at, at, at + 1))
                open_at = None
        if open_at is not None:
            raws.append(Piece(open_at, start + len(paragraph), start + len(paragraph)))
    for raw in raws:
        while raw.close > raw.open and text[raw.close - 1] in " ,;:":
            raw.close -= 1
        while raw.open < raw.close and text[raw.open] == " ":
            raw.open += 1
    return raws


def sentence_bounds(doc: Document, offset: int) -> tuple[int, int]:
    sentence = doc.sentence_of(Span(offset, offset, ""))
    if sentence is not None:
        return sentence.start, sentence.end
    start = doc.text.rfind("\n", 0, offset) + 1
    end = doc.text.find("\n", offset)
    return start, len(doc.text) if end < 0 else end


def stands_free(before: list[Tok], after: list[Tok]) -> bool:
    """Rule 3: does the piece stand as a clause of its own? A bracketed source after
    it ("“…” [HuffPost.]") counts as a clause end."""
    starts_free = not before or before[-1].text in {":", ",", ".", "!", "?", "—", "–"}
    ends_free = not after or after[0].text in {",", ":", ".", "!", "?", "—", "–", "["}
    return starts_free and ends_free
