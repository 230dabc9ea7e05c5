"""Quoted spans ("pieces") as they stand in the text, before any cue is known.

Rules, in order:
1. quotation marks pair up within a paragraph in every convention news is written in
   (“…”, "…", ''…'', ``…'', and British ‘…’ where it is clearly a quotation: the
   conventions are `sitrep.quotes.marks`); an unclosed quote runs to the end of its
   paragraph (news style for a quote that goes on in the next paragraph). A quote may
   span a sentence break.
2. the span inside the marks is trimmed of spaces and of trailing ",;:" (the comma of
   "“We will fight,” he said" belongs to the sentence, not to the quotation).
3. a piece *stands free* when it opens after a sentence start, ':' or ',' and closes
   before a sentence end, ',', ':', a dash or '[' (a bracketed source), or when it
   stands between two dashes (also typed "--": "a compliment -- ''That makes me
   smart'' -- and"); after a dash that no dash closes it is the sentence's own
   appositive ("the stories of Americans -- ''the president but also the slave''");
   a free piece
   of `MIN_WORDS` words may be a quote without a cue, anything shorter or embedded is a
   scare quote.
"""

from __future__ import annotations

from dataclasses import dataclass

from sitrep.events.tokens import Tok
from sitrep.model import Actor, Span
from sitrep.pipeline.document import Document
from sitrep.quotes.marks import quoted_spans

#: a cue-less quotation standing free needs this many words to be a quote.
MIN_WORDS = 4
#: dashes: a lone '-' token is a spaced hyphen or half of a typed "--" (hyphenated
#: words are one token).
_DASH_TOKENS = frozenset({"—", "–", "-"})
#: tokens before a quotation that stands as a clause of its own (rule 3).
_OPENS_CLAUSE = frozenset({":", ",", ".", "!", "?"})
#: tokens after a quotation that stands as a clause of its own (rule 3).
_CLOSES_CLAUSE = frozenset({",", ":", ".", "!", "?", "["}) | _DASH_TOKENS


@dataclass
class Piece:
    open: int  # offset of the first character inside the marks
    close: int  # offset just past the last character inside the marks
    mark_end: int  # offset just past the closing mark (== close when unclosed)
    mark_start: int  # offset of the opening mark
    cue: Span | None = None
    speaker: Actor | None = None
    cue_after: bool = False
    free: bool = False
    partial: bool = False
    lead_in: int | None = None  # sentence start of a mixed quote ("Oz is “smart,” X said")
    tail_end: int | None = None  # end of the words its clause goes on with ("“…” for Clinton")
    labelled: bool = False  # a transcript turn: its text starts past the speaker label
    not_speech: bool = False  # a programme title ("on ABC’s “This Week”"), a markup value


def pair_marks(text: str) -> list[Piece]:
    """Quoted spans (rule 1), trimmed (rule 2)."""
    raws = [Piece(q.open, q.close, q.mark_end, q.mark_start) for q in quoted_spans(text)]
    for raw in raws:
        while raw.close > raw.open and text[raw.close - 1] in " ,;:":
            raw.close -= 1
        while raw.open < raw.close and text[raw.open] == " ":
            raw.open += 1
    return raws


def word_count(text: str, piece: Piece) -> int:
    """The words inside a piece's marks."""
    return len(text[piece.open : piece.close].split())


def sentence_bounds(doc: Document, offset: int) -> tuple[int, int]:
    sentence = doc.sentence_of(Span(offset, offset, ""))
    if sentence is not None:
        return sentence.start, sentence.end
    start = doc.text.rfind("\n", 0, offset) + 1
    end = doc.text.find("\n", offset)
    return start, len(doc.text) if end < 0 else end


def stands_free(before: list[Tok], after: list[Tok]) -> bool:
    """Rule 3: does the piece stand as a clause of its own? A bracketed source after
    it ("“…” [HuffPost.]") counts as a clause end; a dash before it only when a dash
    closes it too."""
    dashed = bool(before) and before[-1].text in _DASH_TOKENS
    if dashed:
        return bool(after) and after[0].text in _DASH_TOKENS
    starts_free = not before or before[-1].text in _OPENS_CLAUSE
    ends_free = not after or after[0].text in _CLOSES_CLAUSE
    return starts_free and ends_free
