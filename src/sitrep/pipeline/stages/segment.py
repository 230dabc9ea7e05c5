"""Segment: tokens and sentences.

Rules, in order:
1. spaCy's English tokenizer (no statistical model is needed to split words) with the
   project's rules (`sitrep.pipeline.tokenizer`: "ST. LOUIS" keeps "ST." whole, a
   press wire's "Calif.--(BUSINESS WIRE)--" splits at its dashes);
2. a line break ends a sentence (news text puts one paragraph per line), unless the
   text is hard-wrapped at a fixed width and the break only wraps a paragraph
   (`sitrep.ingest.wraps`: wire copy, e-mail bulletins, plain-text archives); such a
   wrap reads as a space, so rules 3 and 4 decide there;
3. within a line, a bare '.', '!', '?' or '…' (perhaps followed by closing quotes)
   ends a sentence when the next word starts with a capital letter, a digit or an
   opening quote, however many spaces lie between them (wire copy often puts two or
   more). Abbreviations the tokenizer keeps whole ("U.S.", "Dec.", "St.", "ST.") never
   do, so a place-name prefix never ends one ("ST. PAUL, Minn. --");
4. no sentence runs on without end: past 150 words a clause mark (",", ";", ":", a
   spaced dash; not the hyphen of "al-Qaeda") ends it, and at 250 words any word does.
   News sentences are far shorter; text without punctuation (a stripped table, a
   scraped page, hostile input) would otherwise make one sentence of thousands of
   words, and the later stages, which compare the words of a sentence with each
   other, would slow down with its square.

The text segmented is the text the pipeline reads: a caseless article (ALL CAPS wire copy)
arrives truecased (`sitrep.pipeline.process_article`; version 5 on). Sentence spans are
offsets into that text, so a sentence over wrapped lines keeps its line breaks.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitrep.ingest.wraps import wrap_breaks
from sitrep.model import Span
from sitrep.pipeline.document import Document
from sitrep.pipeline.resources import Resources

_ENDERS = {".", "!", "?", "…"}
_CLOSERS = {'"', "'", "”", "’", ")", "]", "»"}
_OPENERS = {'"', "“", "‘", "'", "(", "«"}
_CLAUSE_MARKS = {",", ";", ":", "—", "–"}
#: rule 4: words after which a clause mark ends a sentence, and after which any word does.
SOFT_LIMIT = 150
HARD_LIMIT = 250


class SegmentStage:
    name = "segment"
    version = "8"
    requires: tuple[str, ...] = ("article",)
    assigns: tuple[str, ...] = ("tokens", "sentences")

    def __init__(self, resources: Resources) -> None:
        self._nlp = resources.nlp

    def __call__(self, doc: Document) -> None:
        tokens = self._nlp.make_doc(doc.text)
        wraps = wrap_breaks(doc.text)
        starts = [False] * len(tokens)
        words = 0  # words since the last sentence start (rule 4)
        for i, token in enumerate(tokens):
            if i == 0:
                starts[i] = True
                continue
            prev = tokens[i - 1]
            if _breaks_line(prev, wraps):
                starts[i] = not token.is_space
            elif token.is_space:
                continue
            else:
                last = _last_word(tokens, i)
                ends = _ends_sentence(tokens, last) and _opens_sentence(token.text)
                starts[i] = ends or _runs_on(words, tokens[last].text)
            words = 0 if starts[i] else words + (not token.is_space and not token.is_punct)
        for token, start in zip(tokens, starts, strict=True):
            token.is_sent_start = start
        doc.tokens = tokens
        doc.sentences = tuple(
            span
            for span in (_trimmed(doc, s.start_char, s.end_char) for s in tokens.sents)
            if span is not None
        )


def _breaks_line(token: Token, wraps: frozenset[int]) -> bool:
    """Rule 2: whether the token or the spaces after it hold a line break that is no wrap."""
    text = token.text_with_ws
    start = token.idx
    return "\n" in text and any(
        char == "\n" and start + k not in wraps for k, char in enumerate(text)
    )


def _runs_on(words: int, last: str) -> bool:
    """Rule 4: whether a sentence of `words` words so far, its last word `last`, must end."""
    return words >= HARD_LIMIT or (words >= SOFT_LIMIT and last in _CLAUSE_MARKS)


def _last_word(tokens: Doc, i: int) -> int:
    """The index of the last token before token i that is not a run of spaces."""
    j = i - 1
    while j > 0 and tokens[j].is_space:
        j -= 1
    return j


def _ends_sentence(tokens: Doc, i: int) -> bool:
    """Whether token i (or the closing quotes after it) ends a sentence.

    spaCy splits a final period off ordinary words but keeps abbreviations whole
    ("U.S.", "Dec."), so only a bare '.', '!', '?' or '…' ends a sentence.
    """
    j = i
    while j > 0 and tokens[j].text in _CLOSERS:
        j -= 1
    return tokens[j].text in _ENDERS


def _opens_sentence(word: str) -> bool:
    first = word[0]
    return first.isupper() or first.isdigit() or first in _OPENERS


def _trimmed(doc: Document, start: int, end: int) -> Span | None:
    text = doc.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return doc.span(start, end) if start < end else None
