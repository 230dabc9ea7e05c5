"""Quotes: who said what, direct and indirect, with the cue verb as evidence.

Rules, in order:
1. quotation marks pair up within a paragraph: “ with ”, and straight '"' in turns;
   an unclosed quote runs to the end of its paragraph (news style for a quote that
   goes on in the next paragraph). A quote may span a sentence break.
2. a cue is looked for after the closing mark ("“…,” the Ministry of Defence said",
   "“…,” said Smith"), then before the opening mark ("X said: “…”"); between the cue
   and the quote only ':', ',', "that" (before) or nothing but the speaker (after) may
   stand, and no sentence may end there.
3. a quote split by its cue ("“We will,” he said, “fight on.”") is one quote: the
   second part takes the first part's cue and speaker; the text joins both parts.
4. the speaker is resolved by `sitrep.events.speech` (actor nearest the cue, its
   role, organisations as speakers, pronouns to the latest speaker).
5. scare quotes are not quotes: a quoted span is kept as a direct quote when it has a
   cue, or when it stands free (after a sentence start, ':' or ',' and before a
   sentence end, ',' or ':') and has at least 4 words. A short or embedded quoted
   span is kept only as an indirect, partial quote (direct=False) when a cue verb
   governs it within the clause ("vowed to “retaliate”"); its text is then the clause
   the cue governs. “large-scale”, so-called “Season of Terror” and patrols to
   “prevent any attempted resurgence” are dropped.
6. indirect quotes: a cue followed by "that" ("X said that ...", "X warned on Monday
   that ...") gives a quote with direct=False whose text is the rest of the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from sitrep.events.speech import PRONOUNS, is_cue, latest_person, speaker_near
from sitrep.events.tokens import Tok, tokenize
from sitrep.model import Actor, Quote, Span
from sitrep.pipeline.document import Document
from sitrep.pipeline.resources import Resources

MIN_WORDS = 4
_ENDS = frozenset({".", "!", "?"})
_BEFORE_GLUE = frozenset({":", ",", "that"})
_PARTIAL_GLUE = frozenset({"to", "as", "it", "a", "an", "the", "of", "that", ",", ":"})
#: how far (tokens) a cue may stand from the quote it introduces.
_REACH = 8


@dataclass
class _Raw:
    open: int  # offset of the first character inside the marks
    close: int  # offset just past the last character inside the marks
    mark_end: int  # offset just past the closing mark (== close when unclosed)
    cue: Span | None = None
    speaker: Actor | None = None
    cue_after: bool = False
    free: bool = False
    partial: bool = False


class QuotesStage:
    name = "quotes"
    version = "1"
    requires: tuple[str, ...] = ("sentences", "entities", "actors")
    assigns: tuple[str, ...] = ("quotes",)

    def __init__(self, resources: Resources | None = None) -> None:
        self._resources = resources

    def __call__(self, doc: Document) -> None:
        raws = [raw for raw in _pair_marks(doc.text) if raw.close > raw.open]
        speakers: list[Actor] = []
        for raw in raws:
            _find_cue(doc, raw, speakers)
            if raw.speaker is not None:
                speakers.append(raw.speaker)
        quotes = _join_split_quotes(doc, raws)
        quotes.extend(_indirect_quotes(doc, quotes))
        doc.quotes = tuple(sorted(quotes, key=lambda q: (q.evidence.start, q.evidence.end)))


def _pair_marks(text: str) -> list[_Raw]:
    """Quoted spans, paragraph by paragraph."""
    raws: list[_Raw] = []
    pos = 0
    for paragraph in text.split("\n"):
        start = pos
        pos += len(paragraph) + 1
        open_at: int | None = None
        straight = False
        for k, ch in enumerate(paragraph):
            at = start + k
            if open_at is None and ch in '“"':
                open_at, straight = at + 1, ch == '"'
            elif open_at is not None and ((ch == "”" and not straight) or (ch == '"' and straight)):
                raws.append(_Raw(open_at, at, at + 1))
                open_at = None
        if open_at is not None:
            raws.append(_Raw(open_at, start + len(paragraph), start + len(paragraph)))
    for raw in raws:
        while raw.close > raw.open and text[raw.close - 1] in " ,;:":
            raw.close -= 1
        while raw.open < raw.close and text[raw.open] == " ":
            raw.open += 1
    return raws


def _sentence_bounds(doc: Document, offset: int) -> tuple[int, int]:
    sentence = doc.sentence_of(Span(offset, offset, ""))
    if sentence is not None:
        return sentence.start, sentence.end
    start = doc.text.rfind("\n", 0, offset) + 1
    end = doc.text.find("\n", offset)
    return start, len(doc.text) if end < 0 else end


def _find_cue(doc: Document, raw: _Raw, speakers: list[Actor]) -> None:
    text = doc.text
    open_mark = raw.open - 1
    sent_start, _ = _sentence_bounds(doc, max(open_mark, 0))
    _, sent_end = _sentence_bounds(doc, max(raw.close - 1, raw.open))
    after = tokenize(text, raw.mark_end, max(sent_end, raw.mark_end))
    before = tokenize(text, sent_start, max(open_mark, sent_start))
    raw.free = _stands_free(before, after)
    words = len(text[raw.open : raw.close].split())
    # 2a. cue after the closing mark: "“…,” the Ministry of Defence said." A quote that
    # ends its own sentence ("…fight on.” The minister said ...") takes no cue after it.
    last = text[raw.close - 1]
    closed = last == "." or (last in "!?" and bool(after) and after[0].is_cap)
    for i, tok in enumerate([] if closed else after[:_REACH]):
        if tok.text in _ENDS or tok.text in '“"':
            break
        n = is_cue(after, i)
        if n:
            hi = min(len(after), i + n + _REACH)
            hi = next((j for j in range(i + n, hi) if after[j].text in ",.;:!?"), hi)
            raw.speaker = _speaker(doc, after, i, 0, hi, speakers)
            raw.cue = Span.of(text, tok.start, after[i + n - 1].end)
            raw.cue_after = True
            return
    # 2b. cue before the opening mark: "X said: “…”"; 5. "vowed to “retaliate”".
    for i in range(len(before) - 1, max(-1, len(before) - 1 - _REACH), -1):
        n = is_cue(before, i)
        if not n:
            continue
        glue = {t.lower for t in before[i + n :]}
        direct = glue <= _BEFORE_GLUE and (words >= MIN_WORDS or bool(glue & {":", ","}))
        partial = not direct and glue <= _PARTIAL_GLUE and len(glue) <= 3
        if direct or partial:
            raw.speaker = _speaker(doc, before, i, 0, i + n, speakers)
            raw.cue = Span.of(text, before[i].start, before[i + n - 1].end)
            raw.partial = partial
        return


def _speaker(
    doc: Document, tokens: list[Tok], cue: int, lo: int, hi: int, speakers: list[Actor]
) -> Actor | None:
    subject = tokens[cue - 1] if cue > lo else None
    nxt = tokens[cue + 1] if cue + 1 < hi else None
    if (subject is not None and subject.lower in PRONOUNS) or (
        subject is None and nxt is not None and nxt.lower in PRONOUNS
    ):
        return latest_person(speakers, tokens[cue].start)
    return speaker_near(tokens, cue, lo, hi, doc.actors, doc.entities, doc.text)


def _stands_free(before: list[Tok], after: list[Tok]) -> bool:
    starts_free = not before or before[-1].text in {":", ",", ".", "!", "?", "—", "–"}
    ends_free = not after or after[0].text in {",", ":", ".", "!", "?", "—", "–"}
    return starts_free and ends_free


def _join_split_quotes(doc: Document, raws: list[_Raw]) -> list[Quote]:
    """Rules 3 and 5: one Quote per kept quotation, split quotes joined."""
    text = doc.text
    quotes: list[Quote] = []
    i = 0
    while i < len(raws):
        raw = raws[i]
        parts = [raw]
        # 3. “first part,” he said, “second part.”
        while (
            parts[-1].cue_after
            and i + 1 < len(raws)
            and raws[i + 1].cue in (None, parts[-1].cue)
            and _only_cue_between(text, parts[-1], raws[i + 1])
        ):
            i += 1
            parts.append(raws[i])
        i += 1
        words = sum(len(text[p.open : p.close].split()) for p in parts)
        if raw.cue is None and not (raw.free and words >= MIN_WORDS):
            continue  # a scare quote
        if raw.partial and raw.cue is not None:
            quotes.append(_partial(doc, raw, raw.cue))
            continue
        body = " ".join(text[p.open : p.close] for p in parts)
        evidence = Span.of(text, parts[0].open, parts[-1].close)
        quotes.append(Quote(raw.speaker, body, evidence, cue=raw.cue, direct=True))
    return quotes


def _only_cue_between(text: str, first: _Raw, second: _Raw) -> bool:
    between = text[first.mark_end : second.open - 1]
    return (
        first.cue is not None
        and first.cue.end <= second.open
        and between.rstrip().endswith(",")
        and not any(ch in between for ch in ".!?\n")
    )


def _partial(doc: Document, raw: _Raw, cue: Span) -> Quote:
    """An indirect quote around a governed partial quotation: the clause after the cue."""
    _, sent_end = _sentence_bounds(doc, raw.open)
    end = sent_end
    while end > cue.end and doc.text[end - 1] in " .!?":
        end -= 1
    start = cue.end
    while start < end and doc.text[start] == " ":
        start += 1
    evidence = Span.of(doc.text, start, max(end, raw.mark_end))
    return Quote(raw.speaker, evidence.text, evidence, cue=cue, direct=False)


def _indirect_quotes(doc: Document, direct: list[Quote]) -> list[Quote]:
    """Rule 6: "X said (on Monday) that ..." outside any direct quote."""
    found: list[Quote] = []
    speakers = [q.speaker for q in direct if q.speaker is not None]
    for sentence in doc.sentences:
        tokens = tokenize(doc.text, sentence.start, sentence.end)
        for i in range(len(tokens)):
            n = is_cue(tokens, i)
            if not n or tokens[i].lower == "according":
                continue
            that = next(
                (j for j in range(i + n, min(len(tokens), i + n + 5)) if tokens[j].lower == "that"),
                None,
            )
            if that is None or any(t.text in ',.;:“”"' for t in tokens[i + n : that]):
                continue
            if that + 1 >= len(tokens):
                continue
            start = tokens[that + 1].start
            end = sentence.end
            while end > start and doc.text[end - 1] in " .!?":
                end -= 1
            evidence = Span.of(doc.text, start, end)
            if any(q.evidence.overlaps(evidence) for q in [*direct, *found]):
                continue
            speaker = _speaker(doc, tokens, i, 0, that, speakers)
            cue = Span.of(doc.text, tokens[i].start, tokens[i + n - 1].end)
            found.append(Quote(speaker, evidence.text, evidence, cue=cue, direct=False))
    return found
