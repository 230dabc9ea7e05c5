"""Quotes: who said what, direct and indirect, with the cue verb as evidence.

The cascade, in order (each step's rules are listed in its module):
1. `pieces`: quotation marks (every convention, `marks`) paired within a paragraph
   into pieces;
2. `cues`: each piece's cue (after the quote, before it, a transcript label, a dash
   signature or a colon) and whether it is partial;
3. `speakers`: the cue's speaker, resolved by `sitrep.coref`;
4. `joining`: split quotations joined, scare quotes dropped, partial quotes given their
   clause, cue-less paragraphs continuing the last speaker;
5. `indirect`: reported speech outside any direct quote ("X said that ...", "X said
   officials should ...", "..., saying ...", "..., a source said");
6. `mixed`: a quotation inside a reported clause gives way to the report ("He said
   the plan was “a disaster” and would fail").
"""

from __future__ import annotations

from sitrep.coref import CorefMap
from sitrep.model import Actor, Quote
from sitrep.pipeline.document import Document
from sitrep.quotes.cues import find_cue, takes_cue_of
from sitrep.quotes.indirect import indirect_quotes
from sitrep.quotes.joining import join_pieces
from sitrep.quotes.mixed import continued_reports, without_parts
from sitrep.quotes.pieces import Piece, pair_marks

__all__ = ["find_quotes"]


def find_quotes(doc: Document) -> tuple[Quote, ...]:
    """Every quote of a document with the sentence, entity and actor layers filled, in
    text order."""
    pieces = [piece for piece in pair_marks(doc.text) if piece.close > piece.open]
    coref = CorefMap(doc)
    speakers: list[Actor] = []
    previous: Piece | None = None
    for piece in pieces:
        find_cue(doc, piece, speakers, coref)
        if previous is not None and takes_cue_of(doc.text, piece, previous):
            piece.cue, piece.speaker, piece.partial = None, None, False
        previous = piece
        if piece.speaker is not None:
            speakers.append(piece.speaker)
    direct = join_pieces(doc, pieces)
    reports = indirect_quotes(doc, direct, coref)
    quotes = [*without_parts(doc.text, direct, reports), *reports]
    ordered = sorted(quotes, key=lambda q: (q.evidence.start, q.evidence.end))
    return tuple(continued_reports(doc.text, ordered))
