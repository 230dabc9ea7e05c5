"""Quotes: who said what, direct and indirect, with the cue verb as evidence.

Rules, in order:
1. quotation marks pair up within a paragraph: “ with ”, and straight '"' in turns;
   an unclosed quote runs to the end of its paragraph (news style for a quote that
   goes on in the next paragraph). A quote may span a sentence break.
2. a cue is looked for after the closing mark ("“…,” the Ministry of Defence said",
   "“…,” said Smith"), then before the opening mark ("X said: “…”"); between the cue
   and the quote only ':', ',', "that" (before) or nothing but the speaker (after) may
   stand, and no sentence may end there (a full stop after "Mr", "Rep" or "G.K" ends
   none). After a quote closed by a comma the cue may stand past a long appositive
   (25 tokens: "“…,” Scott Pruitt, the attorney general of Oklahoma, said"). A quote
   that ends its own sentence ("…?”, "….”") takes a cue after it only when the cue
   clause closes at once ("“…?” Graham asked.", "said in a statement"), never when
   reported content follows ("“….” The minister said he would …"). Before the quote, a
   cue whose clause ends in ':' or ',' introduces it whatever stands between ("He tells
   the crowd: “…”"). Further cues, in order:
   (c) "“…” ― Jorge Falcon": a dash and a name ending the paragraph (vox-pop lists);
   (d) "The country “has made changes,” McConnell said": a quote opening inside its
       sentence with its cue after it is a mixed quote (direct=False), its text the
       sentence up to the closing mark;
   (e) "“WALLACE: Let’s start …": a capitalised speaker label opens a transcript turn;
   (f) a colon with no cue word ("Cruz called them on it: “…”", also "Dr. Ward
       stated:" ending the paragraph before): the clause's cue, else its subject when it
       opens with a name or a pronoun, with the verb after it as the cue.
3. one quotation in several parts is one quote: the later parts take the first cue and
   speaker and the text joins all parts. Parts join when (a) the cue splits them
   ("“We will,” he said, “fight on.”"), (b) the cue clause ends a sentence and the next
   quote opens right after it with no cue of its own ("“A,” Smith said. “B.”"),
   (c) a cue-less quote follows the last part with only spaces between ("“A.” “B.”"),
   or (d) a quote left open at a paragraph's end goes on in the next paragraph. A second
   speech act between parts ("“A,” he said, adding later, “B”") keeps them apart; parts
   in separate paragraphs never join otherwise (PolNeAR train: 93 of 135 such pairs are
   separate attributions, while 342 of 378 "“A,” X said. “B.”" pairs are one).
4. the speaker: a pronoun ("he added"), a role phrase ("the defence secretary said")
   or a group phrase ("the ministry said") is resolved by `sitrep.coref`; else the
   actor nearest the cue (`sitrep.events.speech`), completed by its coreference chain
   ("Healey said" -> John Healey, with his role and country); else the cue's subject
   phrase as written ("a young woman exclaimed"). The object of "told"/"asked" is the
   addressee, never the speaker ("Sarandon told MSNBC"). A pronoun coreference
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

import re
from dataclasses import dataclass, replace

from sitrep.coref import CorefMap
from sitrep.events.speech import (
    PRONOUNS,
    SPEAKER_LABELS,
    is_cue,
    is_sentence_end,
    latest_person,
    speaker_near,
    subject_phrase,
)
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
#: how far (tokens) a cue may stand after a quote closed by a comma.
_COMMA_REACH = 25
#: how many plain words may stand between a cue and a long quotation it governs.
_LONG_GLUE = 4
#: cues that may name whom they address before the quote ("told Reuters: “…”").
_ADDRESS_CUES = frozenset({"told", "telling", "tells", "asked", "asking", "replied"})
_ADDRESSEES = frozenset({"reporters", "the", "a", "an", "in", "interview", "supporters"})
#: words that may follow a cue in a clause that reports no content ("said on Monday").
_CIRCUMSTANCE = frozenset(
    {
        "in", "on", "at", "during", "to", "of", "while", "after", "before", "from", "with",
        "later", "yesterday", "today", "tonight", "recently", "afterward", "afterwards",
        "then", "earlier", "last", "this", "when", "upon", "via", "through", "about",
        "again", "simply", "flatly", "softly", "bluntly", "sarcastically", "angrily",
    }
)  # fmt: skip
#: words inside a subject noun phrase ("the head of the party", "Breitbart’s Joel Pollak").
_NP_WORDS = frozenset({"the", "a", "an", "of", "for", "and", "de", "al", "’s", "'s"})
#: a speaker label opening a transcript turn: "WALLACE: ", "SEN. GRAHAM: ".
_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.’' -]{1,30}[A-Z.]):[^\S\n]+")
#: "” ― Jorge Falcon" ending a paragraph: a dash and a name of 1 to 5 capitalised words.
_DASH_NAME = re.compile(
    r"[^\S\n]*([―—–])[^\S\n]*((?:[A-Z][\w’'.-]*[^\S\n]*){1,5}?)[^\S\n]*\.?[^\S\n]*$"
)


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
    lead_in: int | None = None  # sentence start of a mixed quote ("Oz is “smart,” X said")


class QuotesStage:
    name = "quotes"
    version = "3"
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
    embedded = bool(before) and before[-1].text[:1].isalnum()
    if sent_end <= raw.mark_end + 1 and raw.mark_end < len(text) and text[raw.mark_end] != "\n":
        # the segmenter ended the sentence at the closing mark ("…?” Weaver said.")
        _, sent_end = _sentence_bounds(doc, min(raw.mark_end + 1, len(text) - 1))
    after = tokenize(text, raw.mark_end, max(sent_end, raw.mark_end))
    words = len(text[raw.open : raw.close].split())
    # 2e. a transcript turn: "“WALLACE: Let’s start with …"
    label = _TRANSCRIPT_LABEL.match(text, raw.open, raw.close)
    if label is not None:
        name = Span.of(text, label.start(1), label.end(1))
        raw.speaker = Actor(name.text.title(), name)
        raw.cue = Span.of(text, label.end(1), label.end(1) + 1)
        raw.open = label.end()
        return
    # 2c. a dash and a name after the quote: "“…” ― Jorge Falcon" (vox-pop lists)
    if _dash_signature(doc, raw, coref):
        return
    # 2a. cue after the closing mark: "“…,” the Ministry of Defence said." A quote that
    # ends its own sentence takes a cue after it only when the cue clause closes at once
    # ("“…?” Graham asked.", "“….” Trump said in a statement"), never a new report
    # ("“…fight on.” The minister said he would ...").
    closed = text[raw.close - 1] in ".!?"
    # a quote closed by a comma announces its cue: it may stand past a long appositive
    # ("“…,” Scott Pruitt, the attorney general of Oklahoma, said")
    reach = _COMMA_REACH if "," in text[raw.close : raw.mark_end + 1] else _REACH
    for i, tok in enumerate(after[:reach]):
        if is_sentence_end(after, i) or tok.text in '“"':
            break
        n = is_cue(after, i)
        if n:
            if closed and not _clause_closes(after, i + n):
                break
            hi = min(len(after), i + n + _REACH)
            hi = next((j for j in range(i + n, hi) if _clause_stop(after, j)), hi)
            raw.speaker = _speaker(doc, after, i, 0, hi, speakers, coref)
            raw.cue = Span.of(text, tok.start, after[i + n - 1].end)
            raw.cue_after = True
            if embedded:  # 2d. "Oz is “smart as hell,” Mosko wrote": a mixed quote
                raw.partial, raw.lead_in = True, before[0].start
            return
    # 2b. cue before the opening mark: "X said: “…”"; 5. "vowed to “retaliate”".
    colon = bool(before) and before[-1].text in ":,"
    for i in range(len(before) - 1, max(-1, len(before) - 1 - _REACH), -1):
        n = is_cue(before, i)
        if not n:
            continue
        rest = before[i + n :]
        if before[i].lower in _ADDRESS_CUES and rest and rest[-1].text in ",:":
            rest = [t for t in rest if not (t.is_cap or t.lower in _ADDRESSEES)]
        glue = {t.lower for t in rest}
        direct = glue <= _BEFORE_GLUE and (words >= MIN_WORDS or bool(glue & {":", ","}))
        # "He tells the crowd: “…”", "Sanders asks at a school, “…”"
        direct = direct or (colon and "that" not in glue and words >= MIN_WORDS)
        partial = not direct and glue <= _PARTIAL_GLUE and len(glue) <= 3
        # "said he would “introduce legislation …”": a long quotation a few words on
        partial = partial or (
            not direct
            and words >= MIN_WORDS
            and len(rest) <= _LONG_GLUE
            and all(t.text.isalpha() for t in rest)
        )
        if direct or partial:
            raw.speaker = _speaker(doc, before, i, 0, i + n, speakers, coref)
            raw.cue = Span.of(text, before[i].start, before[i + n - 1].end)
            raw.partial = partial
        return
    # 2f. a colon introduces the quote with no cue word: "Cruz called them on it: “…”",
    # also from the end of the paragraph before ("Dr. Ward stated:¶“…”")
    clause = before if before and before[-1].text == ":" else _colon_paragraph(doc, raw)
    if clause and words >= MIN_WORDS:
        _colon_speaker(doc, raw, clause, speakers, coref)


def _colon_paragraph(doc: Document, raw: _Raw) -> list[Tok]:
    """The last sentence of the paragraph before, when the quote opens its paragraph and
    that sentence ends with a colon."""
    text = doc.text
    start = text.rfind("\n", 0, raw.open) + 1
    if start == 0 or text[start : raw.open - 1].strip():
        return []
    end = start - 1
    while end > 0 and text[end - 1] in " \n\t\u00a0":
        end -= 1
    if end <= 0 or text[end - 1] != ":":
        return []
    sent_start, _ = _sentence_bounds(doc, end - 1)
    sent_start = max(sent_start, text.rfind("\n", 0, end - 1) + 1)
    return tokenize(text, sent_start, end)


def _named_subject(doc: Document, first: Tok) -> bool:
    """Does the clause open with a pronoun or a named mention (its subject, by position)?"""
    if first.lower in PRONOUNS:
        return True
    mentions = [a.evidence for a in doc.actors if a.evidence is not None]
    mentions += [m.evidence for m in doc.entities if m.label in SPEAKER_LABELS]
    return any(m.start <= first.start < m.end for m in mentions)


def _colon_speaker(
    doc: Document, raw: _Raw, clause: list[Tok], speakers: list[Actor], coref: CorefMap
) -> None:
    """Rule 2f: the clause's own cue if it has one, else its subject speaks; the cue is
    the first word after the subject ("called")."""
    for i in range(len(clause) - 1, -1, -1):
        n = is_cue(clause, i)
        if n:
            raw.speaker = _speaker(doc, clause, i, 0, i + n, speakers, coref)
            raw.cue = Span.of(doc.text, clause[i].start, clause[i + n - 1].end)
            return
    verb = next(
        (
            k
            for k, t in enumerate(clause)
            if k > 0 and t.text.isalpha() and t.text.islower() and t.lower not in _NP_WORDS
        ),
        None,
    )
    if verb is None or clause[verb - 1].text in ",;" or not _named_subject(doc, clause[0]):
        return
    raw.speaker = _speaker(doc, clause, verb, 0, verb, speakers, coref)
    raw.cue = Span.of(doc.text, clause[verb].start, clause[verb].end)


def _clause_stop(tokens: list[Tok], j: int) -> bool:
    """Where an inverted speaker phrase ends ("said Mr. Obama, ..."): punctuation that is
    not an abbreviation's full stop."""
    tok = tokens[j]
    return tok.text in ",;:!?" or (tok.text == "." and is_sentence_end(tokens, j))


def _clause_closes(tokens: list[Tok], j: int) -> bool:
    """After a cue at tokens[..j): does the cue clause end here, or go on only with an
    inverted speaker or a circumstance ("said on Monday"), not with reported content?"""
    if j >= len(tokens):
        return True
    tok = tokens[j]
    return tok.text in ",.:;!?—–" or tok.is_cap or tok.lower in _CIRCUMSTANCE


def _dash_signature(doc: Document, raw: _Raw, coref: CorefMap) -> bool:
    """Rule 2c: "“…” ― Name" with only the name (and a full stop) left in the paragraph."""
    text = doc.text
    end = text.find("\n", raw.mark_end)
    end = len(text) if end < 0 else end
    match = _DASH_NAME.match(text, raw.mark_end, end)
    if match is None or raw.mark_end == raw.close:
        return False
    written = match.group(2).rstrip()
    if written.endswith(".") and len(written.rsplit(" ", 1)[-1]) > 2:
        written = written[:-1]  # "― Carla Sanchez." ends a sentence, "― John Q." does not
    name_end = match.start(2) + len(written)
    if name_end <= match.start(2):
        return False
    name = Span.of(text, match.start(2), name_end)
    named = [a for a in doc.actors if a.evidence is not None and a.evidence.text == name.text]
    speaker = coref.canonical(named[0]) if named else Actor(name.text, name)
    raw.speaker = speaker
    raw.cue = Span.of(text, match.start(1), match.end(1))
    raw.cue_after = True
    return True


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
    if tokens[cue].lower in _ADDRESS_CUES and subject is not None and subject.text not in '“”"':
        hi = cue + 1  # "Sarandon told MSNBC": the object of "told" is the addressee
    phrase = _definite_phrase(doc, tokens, cue, lo, hi)
    if phrase is not None:
        found = coref.resolve(phrase)
        if found is not None:
            return found
    near = speaker_near(tokens, cue, lo, hi, doc.actors, doc.entities, doc.text)
    if near is not None:
        return coref.canonical(near)
    phrase_span = subject_phrase(tokens, cue, lo, hi, doc.text)
    if phrase_span is None:
        return None
    return coref.resolve(phrase_span) or Actor(phrase_span.text, phrase_span)


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
    toks = tokenize(text, last.mark_end, last.mark_end + len(tail))
    inner_end = any(is_sentence_end(toks, k) for k in range(len(toks) - 1))
    # a second cue in between speaks for the next part on its own ("…,” he said,
    # adding later, “…”)
    # ("when asked" is no new speech act; "adding", "and added" are)
    cues = sum(1 for k in range(len(toks)) if is_cue(toks, k) and _new_speech_act(toks, k))
    return tail.endswith((",", ".", ":")) and not inner_end and cues <= 1


def _new_speech_act(toks: list[Tok], k: int) -> bool:
    """Is the cue at k a speech act of its own: the first cue, a participle ("adding",
    "asking her") or one joined by "and" ("and added")?"""
    first = next(j for j in range(len(toks)) if is_cue(toks, j))
    return k == first or toks[k].lower.endswith("ing") or toks[k - 1].lower == "and"


def _partial(doc: Document, raw: _Raw, cue: Span) -> Quote:
    """An indirect quote around a governed partial quotation: the clause after the cue,
    or for a mixed quote with its cue after it, the sentence up to the closing mark."""
    if raw.lead_in is not None:
        lead = Span.of(doc.text, raw.lead_in, raw.close)
        return Quote(raw.speaker, lead.text, lead, cue=cue, direct=False)
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
