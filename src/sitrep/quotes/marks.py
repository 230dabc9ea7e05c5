"""Quotation marks in the conventions news text is written in, and how they pair.

This is the one definition of "inside quotation marks": the quote finder
(`sitrep.quotes.pieces`) and the PolNeAR scorer (`sitrep.evaluate.quotes`) both read it.

Conventions, each an opening mark and the marks that close it:
1. curly double “…”; a quotation typed with mixed marks ("“Immunity deals …," Chaffetz
   said) closes where a reader closes it, at the next ” or straight '"', or at a “
   typed the wrong way round: stuck to the word or punctuation before it and followed
   by a space, punctuation or the paragraph end ("“It's unusual,“ said Larry Noble",
   "called the KKK “abhorrent“ in a tweet"), it closes like a ”;
2. straight double "…": the next '"' closes it, or the next ” that closes no “ opened
   inside it ("Oz has a huge bully pulpit,” said David Gorski: typed with mixed
   marks), so a “title” may stand inside;
3. two apostrophes ''…'' (archive and wire copy, e.g. the New York Times' own files):
   the next two apostrophes close it; in a run of three the closing mark is the last
   two, the first apostrophe closing a nested 'single' quotation ("'This is it.'''");
4. typewriter (Penn Treebank) style ``…'': two backticks open, two apostrophes close;
5. single curly ‘…’ (British style) only where it clearly is a quotation, since the
   same characters write apostrophes: ‘ opens at a word's start before a letter (never
   ‘90s) and pairs only with a ’ that ends a quoted clause, after ',', '.', '!' or '?'
   (‘We will fight,’ he said) or before one (‘barbaric’.), never inside a word
   (Taliban’s, don’t) nor after a plural possessive (officials’ claims) or rock ‘n’
   roll; a ‘ with no such ’ in its paragraph is an apostrophe and opens nothing.
A straight mark right after a digit opens nothing: it is an inch or a second sign
("6'3\" tall", "6'3'' tall"). Pairing works paragraph by paragraph: while a quotation
is open, other marks are nested quotations and are skipped; an unclosed double
quotation runs to the end of its paragraph (news style for a quote that goes on in the
next paragraph).

Rules reasoning over tokens see a two-character mark as one token (`quote_tokens`), and
`MARK_TOKENS` says which tokens are quotation marks: a straight or curly double mark,
two apostrophes or backticks, or an opening ‘ (a ’ is far more often an apostrophe).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sitrep.events.tokens import Tok, tokenize

#: each opening mark and the marks that close it.
CLOSERS: dict[str, tuple[str, ...]] = {
    "“": ("”", '"'),
    '"': ('"', "”"),
    "''": ("''",),
    "``": ("''",),
    "‘": ("’",),
}
#: tokens that are quotation marks (`quote_tokens` keeps '' and `` whole).
MARK_TOKENS = frozenset({"“", "”", '"', "''", "``", "‘"})
#: tokens that open a quotation.
OPENING_TOKENS = frozenset({"“", '"', "''", "``", "‘"})
#: marks that after a digit are inches or seconds ("6'3''", "a 12" pipe"), not quotes.
_INCH_MARKS = frozenset({"''", '"'})
#: a ‘ opens a quotation after these (or at the start of its paragraph).
_SINGLE_BEFORE = frozenset(' \t\u00a0([{—–-“"/')
#: a ’ closes a single quotation after a clause's punctuation, or before one.
_SINGLE_CLOSE = re.compile(r"(?<=[.,!?])’(?!\w)|(?<=\w)’(?=[.,;:!?])")
#: rule 1: a “ typed as a closing mark, after a word or its punctuation and before a
#: space, punctuation or the paragraph end ("“It's unusual,“ said Noble").
_WRONG_WAY_CLOSE = re.compile(r"(?<=[^\s“‘(\[—–-])“(?=[\s,.;:!?)\]\[]|$)")


@dataclass(frozen=True)
class Quoted:
    """A quotation as its marks delimit it: offsets of the opening mark, of the text
    inside, and just past the closing mark (`close == mark_end` when left open)."""

    mark_start: int
    open: int
    close: int
    mark_end: int


def quoted_spans(text: str) -> list[Quoted]:
    """Every quotation of `text` by its marks, paragraph by paragraph, in text order."""
    spans: list[Quoted] = []
    start = 0
    for paragraph in text.split("\n"):
        spans.extend(_paragraph_spans(paragraph, start))
        start += len(paragraph) + 1
    return spans


def _paragraph_spans(paragraph: str, offset: int) -> list[Quoted]:
    spans: list[Quoted] = []
    k = 0
    while k < len(paragraph):
        opener = _opener_at(paragraph, k)
        if opener is None:
            k += 1
            continue
        close = _closer_from(paragraph, opener, k + len(opener))
        if close is None and opener == "‘":
            k += 1  # an apostrophe: ‘til, ‘em
            continue
        inner = k + len(opener)
        if close is None:
            end = len(paragraph)
            spans.append(Quoted(offset + k, offset + inner, offset + end, offset + end))
            break
        at, mark = close
        spans.append(Quoted(offset + k, offset + inner, offset + at, offset + at + len(mark)))
        k = at + len(mark)
    return spans


def _opener_at(paragraph: str, k: int) -> str | None:
    """The opening mark at k, if one stands there (rule 5 for a single ‘)."""
    for mark in ("''", "``", "“", '"'):
        if paragraph.startswith(mark, k):
            return None if mark in _INCH_MARKS and k > 0 and paragraph[k - 1].isdigit() else mark
    if paragraph[k] != "‘" or k + 1 >= len(paragraph) or not paragraph[k + 1].isalpha():
        return None
    return "‘" if k == 0 or paragraph[k - 1] in _SINGLE_BEFORE else None


def _closer_from(paragraph: str, opener: str, k: int) -> tuple[int, str] | None:
    """Where the quotation opened by `opener` closes, searching from k, and its mark."""
    if opener == "‘":
        match = _SINGLE_CLOSE.search(paragraph, k)
        return None if match is None else (match.start(), "’")
    if opener == '"':
        return _straight_closer(paragraph, k)
    found = [(at, mark) for mark in CLOSERS[opener] if (at := paragraph.find(mark, k)) >= 0]
    wrong_way = _WRONG_WAY_CLOSE.search(paragraph, k) if opener == "“" else None
    if wrong_way is not None:
        found.append((wrong_way.start(), "“"))
    if not found:
        return None
    at, mark = min(found)
    if mark == "''" and paragraph.startswith("'''", at):
        at += 1  # "'This is it.'''": a nested quotation closes first
    return at, mark


def _straight_closer(paragraph: str, k: int) -> tuple[int, str] | None:
    """Rule 2: the next '"', or the next ” that closes no “ opened after k."""
    depth = 0
    for at in range(k, len(paragraph)):
        char = paragraph[at]
        if char == '"':
            return at, char
        if char == "“":
            depth += 1
        elif char == "”":
            if depth == 0:
                return at, char
            depth -= 1
    return None


def past_quotation(spans: Sequence[Quoted], start: int, end: int) -> int:
    """Where a reported clause `text[start:end]` that ends inside a quotation it entered
    really ends: at the closing mark, since a full stop inside quotation marks ends the
    speaker's sentence, not the report ("Trump said that “ethanol people” “do a
    fantastic job. And it’s so important.”")."""
    for quoted in spans:
        if start < quoted.open < end < quoted.close:
            return quoted.mark_end
    return end


def without_closing_mark(text: str) -> str:
    """`text` without the closing quotation mark it ends with, if any ("on NBC's
    ''Meet the Press.''" ends its sentence with the full stop inside the title)."""
    for mark in sorted({m for closers in CLOSERS.values() for m in closers}, key=len)[::-1]:
        if text.endswith(mark):
            return text[: -len(mark)]
    return text


def quote_tokens(text: str, start: int, end: int) -> list[Tok]:
    """Tokens of `text[start:end]` (`sitrep.events.tokens.tokenize`) with each mark of
    two apostrophes or two backticks as one token."""
    merged: list[Tok] = []
    for tok in tokenize(text, start, end):
        last = merged[-1] if merged else None
        if last is not None and last.text == tok.text in "'`" and last.end == tok.start:
            merged[-1] = replace(last, text=last.text * 2, end=tok.end)
        else:
            merged.append(replace(tok, i=len(merged)))
    return merged


def inside_quotation(text: str, end: int) -> bool:
    """Does the character before `end` lie inside a quotation? Quotations never cross a
    line break, so only that character's paragraph is scanned (not the whole document
    once per quote)."""
    para_start = text.rfind("\n", 0, end - 1) + 1
    para_end = text.find("\n", end - 1)
    paragraph = text[para_start : para_end if para_end >= 0 else len(text)]
    at = end - para_start
    return any(q.open < at <= q.close for q in quoted_spans(paragraph))
