"""Mixed quotes: a quotation inside a reported clause is part of that report.

A reporter often quotes some of the speaker's words inside a paraphrase: "He said the
plan was “a disaster” and would fail", "Bolton said that whatever choice voters make,
“they should not make it on that basis”", "Cruz says that “when you live by the pen,
you die by the pen.”" The claim is the whole reported clause, attributed to its
speaker, not the quoted words alone; PolNeAR's coders likewise bound such content from
the cue (or "that") to the end of the clause, quotation marks and all.

Rules:
1. a direct quotation is part of a report (an indirect quote of
   `sitrep.quotes.indirect`) when it opens after the reported clause starts and closes
   within it;
2. unless a colon introduces it ("He said the plan would fail: “It is a disaster.”"):
   a quotation after a colon stands as a sentence of its own;
3. unless a cue of its own stands inside the report ("… that “…,” Smith said", "She
   noted that …, Trump boasted, “…”": a second speaker): a quotation with no cue, with
   the report's own cue ("Cruz says that “…”", or splitting it as a parenthetical:
   "The reality is, he added, “there are no recusals.”"), or with a cue before the
   report ("said that “…”") is part of the report.
4. unless it opens a sentence of its own after its cue clause (a capital after "said,"
   or "adding later,": "Rucker Culpepper, who runs the effort, said, “Trump has been
   …”"): a full-sentence quotation stays direct;
5. unless only a sentence adverb stands before its cue clause ("Still, she added, “we
   also can’t ignore …”", "Later, he said, “…”"): a single word opening the sentence
   reports nothing, so the quotation is all the speaker's content and stays direct
   (while "The reality is, he added, “…”" quotes the end of a clause). A pronoun or a
   name there is no adverb but the subject the quotation completes ("Warren, she said,
   “exposes him for what he is.”", "That, the commission said, “would be helpful …”"):
   the report holds it (PolNeAR train: 4 of 4 such contents start at the subject); a
   name is a word the text also writes, capitalised, inside a sentence ("Sen.
   Elizabeth Warren"), a weekday never.
6. a quotation with no cue of its own opening the sentence right after a report's
   sentence goes on with that report ("Obama “felt a moral obligation” to act,
   Axelrod said. “This is core stuff for him.”"): one attribution of both.
A quotation that is part of a report gives way to it: one attribution, direct=False,
whose text is the reported clause.
"""

from __future__ import annotations

import re

from sitrep.events.speech import PRONOUNS
from sitrep.model import Quote, Span
from sitrep.quotes.marks import CLOSERS, OPENING_TOKENS
from sitrep.temporal.grammar import WEEKDAYS

#: opening marks and the spaces before them, no-break ones too ("said,\xa0“What …”").
_MARKS = "".join(OPENING_TOKENS) + " \t\n\xa0\u2009\u202f"
#: quotation marks, straight and curly (rule 6).
_QUOTE_MARKS = "\"“”'‘’`"
_THAT = re.compile(r"\bthat\b")
#: words pointing back that may stand as a subject before a cue clause ("That, he said").
_DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})
#: closing marks, longest first ('' before ').
_CLOSING = sorted({m for closers in CLOSERS.values() for m in closers}, key=len, reverse=True)


def is_part_of(text: str, report: Span, cue: Span | None, quote: Quote) -> bool:
    """Rules 1-4: is the direct `quote` a fragment quoted inside the reported clause
    `report`, whose cue is `cue`?"""
    inner, outer = quote.evidence, report
    # the report's final punctuation is trimmed, the quotation's is not ("… president.")
    if (
        not quote.direct
        or not outer.start < inner.start
        or text[outer.end : inner.end].strip(" .!?,")
    ):
        return False
    own = quote.cue
    if own is not None and own != cue and own.end > outer.start:
        return False
    if own is not None and (_opens_sentence(text, own, inner) or _adverb_lead(text, outer, own)):
        return False
    return not text[outer.start : inner.start].rstrip(_MARKS).endswith(":")


def _opens_sentence(text: str, cue: Span, inner: Span) -> bool:
    """Rule 4: does the quotation open a sentence of its own after its cue clause and a
    comma ("…, he said, “What outlet isn't taking sides?”")?"""
    lead = text[cue.end : inner.start].rstrip(_MARKS)
    return lead.endswith(",") and not _THAT.search(lead) and text[inner.start].isupper()


def _adverb_lead(text: str, report: Span, cue: Span) -> bool:
    """Rule 5: is all that stands before the cue clause one word and a comma ("Still,
    she added,")? The cue clause itself holds no comma ("Still, she")."""
    adverb, comma, subject = text[report.start : cue.start].partition(",")
    word = adverb.strip()
    if not (comma and word.isalpha() and "," not in subject and subject.strip()):
        return False
    return not _is_subject_word(text, word)


def _is_subject_word(text: str, word: str) -> bool:
    """Rule 5: is `word`, opening a sentence, a subject rather than an adverb: a pronoun
    ("That", "She") or a name the text writes inside a sentence too, after a word or a
    comma ("… said Sen. Elizabeth Warren" makes "Warren" one)?"""
    if word.lower() in PRONOUNS or word.lower() in _DEMONSTRATIVES:
        return True
    if word.lower() in WEEKDAYS:
        return False  # "Tuesday, he said, …": a day is when, not who
    return re.search(rf"[\w,]\s+{re.escape(word)}\b", text) is not None


def without_parts(text: str, direct: list[Quote], reports: list[Quote]) -> list[Quote]:
    """The direct quotes that are no part of any report."""
    return [q for q in direct if not any(is_part_of(text, r.evidence, r.cue, q) for r in reports)]


def report_end(text: str, end: int, parts: list[Quote]) -> int:
    """Where a report that takes in the quotations `parts` ends: past the closing mark
    of one that ends it ("… Mr. Barrett said, “we were floored.”"), so its text keeps
    its marks paired."""
    for quote in parts:
        at = quote.evidence.end
        while at < len(text) and text[at] in " .!?,;:":
            at += 1
        mark = next((m for m in _CLOSING if text.startswith(m, at)), None)
        if mark is not None and at - quote.evidence.end <= 2 and quote.evidence.end >= end - 2:
            end = max(end, at + len(mark))
    return end


def continued_reports(text: str, quotes: list[Quote]) -> list[Quote]:
    """Rule 6: a quotation with no cue of its own that opens the sentence right after a
    report's sentence goes on with that report ("Obama “felt a moral obligation to do
    something about” climate change, Axelrod said. “This is not just a cosmetic item on
    his list.”", "Greene added that the Fed wants to get out of the way. “They don’t
    like to talk about it …”"): the reporter paraphrases, then lets the speaker go on,
    one attribution. Only within a paragraph, and only when no other cue or quotation
    stands between; quotes are in text order."""
    out: list[Quote] = []
    for quote in quotes:
        prev = out[-1] if out else None
        if prev is not None and _goes_on(text, prev, quote):
            evidence = Span.of(text, prev.evidence.start, quote.evidence.end)
            body = f"{prev.text} {quote.text}"
            out[-1] = Quote(prev.speaker, body, evidence, cue=prev.cue, direct=False)
            continue
        out.append(quote)
    return out


def _goes_on(text: str, report: Quote, quote: Quote) -> bool:
    """Does `quote`, a cue-less direct quotation, go on with `report`, a report whose
    sentence (its cue clause included) ends right before the quotation's mark?"""
    if report.direct or not quote.direct or quote.cue is not None or report.cue is None:
        return False
    start = quote.evidence.start
    while start > 0 and text[start - 1] in _QUOTE_MARKS:
        start -= 1
    between = text[report.evidence.end : start]
    if "\n" in between or report.evidence.end > start:
        return False
    tail = between.strip()
    while tail and tail[-1] in _QUOTE_MARKS:
        tail = tail[:-1].rstrip()
    if not tail.endswith((".", "?", "!")):
        return False
    cue_after = report.cue.start >= report.evidence.end
    if not cue_after:
        return len(tail) <= 2  # the report's own sentence ends right there
    # only the report's cue clause stands between: "…, Axelrod said."
    return report.cue.end <= start and not any(m in between for m in _QUOTE_MARKS)
