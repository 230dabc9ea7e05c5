"""Indirect quotes: reported speech with no quotation marks.

Rules, in order:
1. a cue followed within 5 words by "that" ("X said that ...", "X warned on Monday
   that ...") with no punctuation between gives a quote with direct=False whose text is
   the rest of the sentence from "that" (PolNeAR's coders keep the complementiser),
   its final punctuation trimmed; a cue with a subject before it and a pronoun or
   determiner right after it ("Trump said he would …", "Clinton said the plan …") gives
   the rest of the sentence after the cue; "told"/"asked" and their kin take an
   addressee there, so only "that" opens their clause;
2. "according to X" gives the clause after its comma when it opens the sentence
   ("According to the ministry, 40 people died"), else the clause before it
   ("40 people died, according to the ministry");
3. a cue inside quotation marks is quoted speech, not a report; a span that overlaps a
   direct quote, or an indirect quote already found, is skipped;
4. the speaker is chosen as for direct quotes (`sitrep.quotes.speakers`), between the
   sentence start and "that".
"""

from __future__ import annotations

from sitrep.coref import CorefMap
from sitrep.events.speech import is_cue
from sitrep.events.tokens import Tok, tokenize
from sitrep.model import Quote, Span
from sitrep.pipeline.document import Document
from sitrep.quotes.pieces import pair_marks
from sitrep.quotes.speakers import choose_speaker


def indirect_quotes(doc: Document, direct: list[Quote], coref: CorefMap) -> list[Quote]:
    """Rule 6: "X said (on Monday) that ..." outside any direct quote."""
    found: list[Quote] = []
    speakers = [q.speaker for q in direct if q.speaker is not None]
    quoted = [(p.open, p.close) for p in pair_marks(doc.text)]
    for sentence in doc.sentences:
        tokens = tokenize(doc.text, sentence.start, sentence.end)
        for i in range(len(tokens)):
            n = is_cue(tokens, i)
            if not n or any(lo <= tokens[i].start < hi for lo, hi in quoted):
                continue  # a cue inside a quotation ("“he said this, he tweeted that.”")
            bounds = _according(tokens, i, n) if tokens[i].lower == "according" else None
            bounds = bounds or _reported_clause(tokens, i, n)
            if bounds is None:
                continue
            start, end, hi = bounds
            end = min(end, sentence.end)
            while end > start and doc.text[end - 1] in " .!?,":
                end -= 1
            if end <= start:
                continue
            evidence = Span.of(doc.text, start, end)
            if any(q.evidence.overlaps(evidence) for q in [*direct, *found]):
                continue
            speaker = choose_speaker(doc, tokens, i, 0, hi, speakers, coref)
            cue = Span.of(doc.text, tokens[i].start, tokens[i + n - 1].end)
            found.append(Quote(speaker, evidence.text, evidence, cue=cue, direct=False))
    return found


def _reported_clause(tokens: list[Tok], i: int, n: int) -> tuple[int, int, int] | None:
    """Rules 1 and 1': the content's start and end offsets after the cue at i, and the
    token bound of the speaker's search."""
    if tokens[i].lower == "according":
        return None
    that = next(
        (j for j in range(i + n, min(len(tokens), i + n + 5)) if tokens[j].lower == "that"),
        None,
    )
    if that is None and _bare_clause(tokens, i, n):
        return tokens[i + n].start, tokens[-1].end, i + n  # "Trump said he would …"
    if that is None or any(t.text in ',.;:“”"' for t in tokens[i + n : that]):
        return None
    if that + 1 >= len(tokens):
        return None
    return tokens[that].start, tokens[-1].end, that


def _according(tokens: list[Tok], i: int, n: int) -> tuple[int, int, int] | None:
    """Rule 2: "According to X, CONTENT." and "CONTENT, according to X." """
    if i == 0:
        comma = next((j for j in range(i + n, len(tokens)) if tokens[j].text == ","), None)
        if comma is None or comma + 2 >= len(tokens):
            return None
        return tokens[comma + 1].start, tokens[-1].end, comma
    if i >= 3 and tokens[i - 1].text == ",":
        return tokens[0].start, tokens[i - 1].start, len(tokens)
    return None


#: words that open a reported clause right after its cue ("said he would …").
_CLAUSE_OPENERS = frozenset({"he", "she", "they", "it", "we", "i", "the", "his", "her", "their"})


def _bare_clause(tokens: list[Tok], i: int, n: int) -> bool:
    """Rule 1': "Trump said he would …": a subject word before the cue and a pronoun or
    determiner opening the reported clause right after it."""
    return (
        i > 0
        and tokens[i - 1].text[:1].isalnum()
        and i + n + 2 < len(tokens)
        and tokens[i + n].lower in _CLAUSE_OPENERS
        and tokens[i].lower not in ("told", "asked", "telling", "asking", "urged", "described")
    )
