"""Quotes: who said what, direct and indirect, with the cue verb as evidence.

Rules, in order:
1. quotation marks pair up within a paragraph: “ with ”, and straight '"' in turns;
   an unclosed quote runs to the end of its paragraph (news style for a quote that
   goes on in the next paragraph). A quote may span a sentence break.
2. a cue is looked for after the closing mark ("“…,” the Ministry of Defence said",
   "“…,” said Smith"), then before the opening mark ("X said: “…”"); between the cue
   and the quote only ':', ',', "that" (before) or nothing but the speaker (after) may
   stand, and no sentence may end there.
3. one quotation in several parts is one quote: the later parts take the first cue and
   speaker and the text joins all parts. Parts join when (a) the cue splits them
   ("“We will,” he said, “fight on.”"), (b) the cue clause ends a sentence and the next
   quote opens right after it with no cue of its own ("“A,” Smith said. “B.”"),
   (c) a cue-less quote follows the last part with only spaces between ("“A.” “B.”"),
   or (d) a quote left open at a paragraph's end goes on in the next paragraph.
4. the speaker: a pronoun ("he added"), a role phrase ("the defence secretary said")
   or a group phrase ("the ministry said") is resolved by `sitrep.coref`; else the
   actor nearest the cue (`sitrep.events.speech`), completed by its coreference chain
   ("Healey said" -> John Healey, with his role and country). A pronoun coreference
   cannot resolve takes the latest speaker. The speaker's evidence is the mention next
   to the cue; its name, role and country may come from an earlier mention.
5. scare quotes are not quotes: a quoted span is kept as a direct quote when it has a
   cue, or when it stands free (after a sentence start, ':' or ',' and before a
   sentence end, ',' or ':') and has at least 4 words. A short or embedded quoted
   span is kept only as an indirect, partial quote (direct=False) when a cue verb
   governs it within the clause ("vowed to “retaliate”"); its text is then the clause
   the cue governs. “large-scale”, so-called “Season of Terror” and patrols to
   “prevent any attempted resurgence” are dropped.
6. indirect quotes: a cue followed by "that" ("X said that ...", "X warned on Monday
   that ...") gives a quote with direct=False whose text is the rest of the sentence.
7. a direct quote with no cue that opens its paragraph goes on with the speaker of the
   last quote in the paragraph before ("“…,” Carson said. ¶ “Even so, …”"): news
   gives a speaker once and lets the next paragraphs of quotation run on.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sitrep.coref import CorefMap
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
#: cues that may name whom they address before the quote ("told Reuters: “…”").
_ADDRESS_CUES = frozenset({"told", "telling", "tells", "asked", "asking", "replied"})
_ADDRESSEES = frozenset({"reporters", "the", "a", "an", "in", "interview", "supporters"})


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
    version = "2"
    requires: tuple[str, ...] = ("sentences", "entities", "actors")
    assigns: tuple[str, ...] = ("quotes",)

    def __init__(self, resources: Resources | None = None) -> None:
        self._resources = resources

    def __call__(self, doc: Document) -> None:
        raws = [raw for raw in _pair_marks(doc.text) if raw.close > raw.open]
        coref = CorefMap(doc)
        speakers: list[Actor] = []
        for raw in raws:
            _find_cue(doc, raw, speakers, coref)
            if raw.speaker is not None:
                speakers.append(raw.speaker)
        quotes = _join_split_quotes(doc, raws)
        quotes.extend(_indirect_quotes(doc, quotes, coref))
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


def _find_cue(doc: Document, raw: _Raw, speakers: list[Actor], coref: CorefMap) -> None:
    text = doc.text
    open_mark = raw.open - 1
    sent_start, _ = _sentence_bounds(doc, max(open_mark, 0))
    _, sent_end = _sentence_bounds(doc, max(raw.close - 1, raw.open))
    before = tokenize(text, sent_start, max(open_mark, sent_start))
    raw.free = _stands_free(before, tokenize(text, raw.mark_end, max(sent_end, raw.mark_end)))
    if sent_end <= raw.mark_end + 1 and raw.mark_end < len(text) and text[raw.mark_end] != "\n":
        # the segmenter ended the sentence at the closing mark ("…?” Weaver said.")
        _, sent_end = _sentence_bounds(doc, min(raw.mark_end + 1, len(text) - 1))
    after = tokenize(text, raw.mark_end, max(sent_end, raw.mark_end))
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
            raw.speaker = _speaker(doc, after, i, 0, hi, speakers, coref)
            raw.cue = Span.of(text, tok.start, after[i + n - 1].end)
            raw.cue_after = True
            return
    # 2b. cue before the opening mark: "X said: “…”"; 5. "vowed to “retaliate”".
    for i in range(len(before) - 1, max(-1, len(before) - 1 - _REACH), -1):
        n = is_cue(before, i)
        if not n:
            continue
        rest = before[i + n :]
        if before[i].lower in _ADDRESS_CUES and rest and rest[-1].text in ",:":
            rest = [t for t in rest if not (t.is_cap or t.lower in _ADDRESSEES)]
        glue = {t.lower for t in rest}
        direct = glue <= _BEFORE_GLUE and (words >= MIN_WORDS or bool(glue & {":", ","}))
        partial = not direct and glue <= _PARTIAL_GLUE and len(glue) <= 3
        if direct or partial:
            raw.speaker = _speaker(doc, before, i, 0, i + n, speakers, coref)
            raw.cue = Span.of(text, before[i].start, before[i + n - 1].end)
            raw.partial = partial
        return


def _speaker(
    doc: Document,
    tokens: list[Tok],
    cue: int,
    lo: int,
    hi: int,
    speakers: list[Actor],
    coref: CorefMap,
) -> Actor | None:
    """Rule 4: pronoun or definite phrase by coreference, else the nearest actor."""
    subject = tokens[cue - 1] if cue > lo else None
    nxt = tokens[cue + 1] if cue + 1 < hi else None
    pronoun = subject if subject is not None and subject.lower in PRONOUNS else None
    if pronoun is None and nxt is not None and nxt.lower in PRONOUNS and cue + 2 >= hi:
        pronoun = nxt  # "“…,” said he"
    elif pronoun is None and subject is None and nxt is not None and nxt.lower in PRONOUNS:
        pronoun = nxt
    if pronoun is not None:
        span = Span.of(doc.text, pronoun.start, pronoun.end)
        found = coref.resolve(span)
        if found is None and pronoun.lower in ("he", "she"):
            latest = latest_person(speakers, tokens[cue].start)
            found = replace(latest, evidence=span) if latest is not None else None
        return found
    if tokens[cue].lower.endswith("ing") and subject is not None and subject.text == ",":
        # "Trump returned the compliment, telling Reuters": the clause's subject speaks
        first = _first_person(doc, tokens[lo].start, tokens[cue].start, coref)
        if first is not None:
            return first
    phrase = _definite_phrase(doc, tokens, cue, lo, hi)
    if phrase is not None:
        found = coref.resolve(phrase)
        if found is not None:
            return found
    near = speaker_near(tokens, cue, lo, hi, doc.actors, doc.entities, doc.text)
    return coref.canonical(near) if near is not None else None


def _first_person(doc: Document, start: int, end: int, coref: CorefMap) -> Actor | None:
    """The leftmost named actor between two offsets, completed by its chain."""
    inside = [a for a in doc.actors if a.evidence is not None and start <= a.evidence.start]
    inside = [a for a in inside if a.evidence is not None and a.evidence.end <= end]
    if not inside:
        return None
    return coref.canonical(min(inside, key=lambda a: a.evidence.start if a.evidence else 0))


def _definite_phrase(doc: Document, tokens: list[Tok], cue: int, lo: int, hi: int) -> Span | None:
    """ "the defence secretary said" / "said the ministry": the phrase from "the" to the
    cue, or after it, when it holds only lower-case words (a name is left to rule 4's
    nearest-actor search)."""
    for side in (range(cue - 1, max(lo - 1, cue - 6), -1), range(cue + 1, min(hi, cue + 6))):
        words = [tokens[k] for k in side]
        if side.step == -1:
            words.reverse()
            if not words or words[-1].is_cap:
                continue
            the = max((k for k, t in enumerate(words) if t.lower == "the"), default=None)
            if the is None or not all(t.text.isalpha() for t in words[the:]):
                continue
            picked = words[the:]
        else:
            if not words or words[0].lower != "the":
                continue
            picked = [words[0]]
            for t in words[1:]:
                if not t.text.isalpha() or t.is_cap:
                    break
                picked.append(t)
        if len(picked) >= 2:
            return Span.of(doc.text, picked[0].start, picked[-1].end)
    return None


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
        while i + 1 < len(raws) and _continues(text, parts, raws[i + 1]):
            i += 1
            parts.append(raws[i])
        i += 1
        words = sum(len(text[p.open : p.close].split()) for p in parts)
        lead = next((p for p in parts if p.cue is not None), raw)
        if lead.cue is None and not (raw.free and words >= MIN_WORDS):
            continue  # a scare quote
        if lead is not raw and not raw.partial:
            raw = _Raw(raw.open, raw.close, raw.mark_end, lead.cue, lead.speaker, True, raw.free)
        if raw.partial and raw.cue is not None:
            quotes.append(_partial(doc, raw, raw.cue))
            continue
        if raw.speaker is None and raw.cue is None:
            raw.speaker = _previous_speaker(text, raw, quotes)
        body = " ".join(text[p.open : p.close] for p in parts)
        evidence = Span.of(text, parts[0].open, parts[-1].close)
        quotes.append(Quote(raw.speaker, body, evidence, cue=raw.cue, direct=True))
    return quotes


def _previous_speaker(text: str, raw: _Raw, quotes: list[Quote]) -> Actor | None:
    """Rule 7: a cue-less quote opening its paragraph goes on with the speaker of the
    last quote in the paragraph before it."""
    start = text.rfind("\n", 0, raw.open) + 1
    if text[start : raw.open - 1].strip() or start == 0 or not quotes:
        return None
    previous = text.rfind("\n", 0, start - 1)
    while previous > 0 and not text[previous + 1 : start].strip():
        previous = text.rfind("\n", 0, previous)
    last = quotes[-1]
    if last.speaker is None or last.evidence.end < previous + 1:
        return None
    return last.speaker


def _continues(text: str, parts: list[_Raw], nxt: _Raw) -> bool:
    """Rule 3: does quote `nxt` go on with the quotation made of `parts`?"""
    last = parts[-1]
    if last.partial or nxt.partial:
        return False
    between = text[last.mark_end : nxt.open - 1]
    cue = next((p.cue for p in parts if p.cue is not None), None)
    if nxt.cue is not None and nxt.cue != cue:
        # (c') "“A.” “B,” she said.": a cue after the next part speaks for both
        return cue is None and nxt.cue_after and not between.strip() and "\n" not in between
    if last.mark_end == last.close:  # (d) left open at the paragraph's end
        return between.strip() == "" and text[nxt.open - 1] in '“"'
    if "\n" in between:
        return False
    if not between.strip():  # (c) "“A.” “B.”"
        return True
    if cue is None or not last.cue_after or cue.end > nxt.open:
        return False
    tail = between.rstrip()
    # (a) “A,” he said, “B.”   (b) “A,” Smith said. “B.”
    return tail.endswith((",", ".", ":")) and not any(ch in tail[:-1] for ch in ".!?")


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


def _indirect_quotes(doc: Document, direct: list[Quote], coref: CorefMap) -> list[Quote]:
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
            speaker = _speaker(doc, tokens, i, 0, that, speakers, coref)
            cue = Span.of(doc.text, tokens[i].start, tokens[i + n - 1].end)
            found.append(Quote(speaker, evidence.text, evidence, cue=cue, direct=False))
    return found
