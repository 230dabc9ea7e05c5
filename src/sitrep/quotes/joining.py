"""Pieces with their cues become Quotes: split quotations joined, scare quotes dropped.

Rules, in order:
1. one quotation in several parts is one quote: the later parts take the first cue and
   speaker and the text joins all parts. Parts join when (a) the cue splits them
   ("“We will,” he said, “fight on.”"), (b) the cue clause ends a sentence and the next
   quote opens right after it with no cue of its own ("“A,” Smith said. “B.”"),
   (c) a cue-less quote follows the last part with only spaces between ("“A.” “B.”"),
   (c') a cue after the next part speaks for both ("“A.” “B,” she said."), (d) a
   quote left open at a paragraph's end goes on in the next paragraph, or (e) a free
   quote with no cue opens a sentence later in the paragraph, past narrative with no
   cue of its own ("“A,” Maynard said. He has worked there 24 years. “B.”": the
   speaker, given once, goes on; PolNeAR train and dev: 113 of 122 such pairs are
   one attribution), also past a short lead-in that opens the next sentence ("“A,”
   Finlayson said. Now, “B.”", "Unless rivals quit the race, “B.”"), or (f) a mixed
   quote with its cue after it is followed, as in (b), by a free quote ("The summit
   accomplished “too little,” he said. “Without changing policies, Europe risks a
   lot.”"): the speaker's words go on, and the
   joined quote is direct, its text the quoted words only. The mixed part must close
   with a comma inside its marks and its cue sentence must end before the next part
   (a title or a nickname, "Marcia “Cia” Price shouted", goes on nothing; PolNeAR
   train and dev annotators mostly make such pairs one attribution of the quoted
   fragments; joining them raised direct-quote exact F1 on train and dev). When the
   mixed part completes a subordinate clause that opens its sentence ("Though campaigns
   cannot vet every donation, “a wave of checks is a yellow light,” he said. “B.”"),
   the reporter's clause is part of the claim: the joined parts and that clause are one
   report (direct=False) from the sentence start; a topic phrase with no clause of its
   own ("As for the polls, “…,” he said. “B.”") frames nothing and stays out. A second
   speech act between parts ("“A,” he said, adding later, “B”") keeps them apart; or
   (g) a free quote of `MIN_WORDS` words with no cue of its own opens the next
   paragraph, right after a paragraph that the quotation ends, alone ("Barkley said:
   “A.”¶“B.”") or before its cue sentence with no other cue ("“A,” Barkley said.¶“B.”";
   PolNeAR train: 43 of 53 such pairs are one attribution; joining them raised
   direct-quote exact F1 on train and dev); with no cue at all, the quotation that
   ends its paragraph must make the whole paragraph ("…in an interview.¶“A.”¶“B.”":
   one voice going on, paragraph by paragraph). Parts in separate paragraphs never join
   otherwise (PolNeAR train: 93 of 135 such pairs in all are separate attributions,
   while 342 of 378 "“A,” X said. “B.”" pairs are one; over train and dev, where both
   parts are annotated, 1,426 of 1,460 such pairs are). A
   title or scare quote between the parts does not part them ("“A,” Trump told NBC’s
   “Today” on Monday. “B.”", a title in title case of any length: "“A,” Clinton told
   a crowd after she took the stage to “Eye of the Tiger.” “B.”"), even when the cue
   sentence ends inside the title's marks ("“A,” he said on ABC’s “This Week.” “B.”"),
   a programme's title of any length included (`sitrep.quotes.cues` rule 0: "“A,”
   Rubio said on ABC's “This Week With George Stephanopoulos.” “B.”"), nor does a
   second cue in a cue sentence that has ended ("“A,” Ware said in a statement,
   according to The Blaze. “B.”").
2. scare quotes, programme titles and markup values are not quotes: a quotation is kept
   as a direct quote when it has a cue, or when it stands free with at least `MIN_WORDS`
   words.
3. a partial quotation governed by a cue ("vowed to “retaliate”") is an indirect quote
   (direct=False) whose text is the clause the cue governs (from "that" when it stands
   between: "said in a statement that “…”"); a mixed quote with its cue
   after it ("Oz is “smart,” Mosko wrote") runs from its sentence start to the mark,
   and one whose clause goes on past the mark ("“We’re extremely happy” about the
   decision, X said") on to the comma before the cue.
   A clause that opens with a quotation closed by its own punctuation is the quotation
   ("Kasich cautioned “let’s not get ahead of ourselves,” before predicting …": the
   words after the mark are the reporter's); a bare fragment goes on ("said “budget
   reforms” and unpaid taxes would pay for it"), but not into the reporter's adjunct
   of time or circumstance ("vowed to “stop …” while clips played", "“pray for him”
   in response"); like a report
   (`sitrep.quotes.indirect`), the clause runs to the closing mark of a quotation it
   enters.
4. a direct quote with no cue that joins nothing goes on with the speaker of the last
   quote before it in its paragraph ("“…,” Obama said after meeting Putin. He didn't
   suggest retaliation. “…”"), or, when it opens its paragraph, in the paragraph before
   ("“…,” Carson said, adding that …¶ “Even so, …”"): news gives a speaker once
   and lets the quotation run on.
5. a pull quote, a cue-less quotation of `MIN_WORDS` words or more that opens its
   paragraph and repeats words quoted before in the article (news sites repeat a
   quotation as display copy: "“A,” he said. “B.”¶…¶"B.""), is no new quotation: it is
   dropped, and joins nothing; a repeat that follows a cue sentence in its paragraph is
   the body's own quotation of words a lead or a pull quote gave first ("“A?” Pence
   said in response. “B.”");
   so is a transcript's stage direction, a quotation that is all one bracket
   ("“(CROSSTALK.)”", "“[applause]”").
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.events.speech import is_cue, is_sentence_end
from sitrep.events.tokens import SUBORDINATORS, Tok
from sitrep.model import Actor, Quote, Span
from sitrep.pipeline.document import Document
from sitrep.quotes.indirect import is_finite
from sitrep.quotes.marks import past_quotation, quote_tokens, quoted_spans, without_closing_mark
from sitrep.quotes.pieces import MIN_WORDS, Piece, sentence_bounds, word_count
from sitrep.titlecase import is_title_case

#: how many words a lead-in may have between a cue sentence and a quotation that
#: resumes after it (rule 1(e'): "Now, “…”", "For African-Americans, on the other hand").
LEAD_REACH = 8
#: words that make a lead-in a clause of its own, not a bridge ("She paused, “…”").
_CLAUSE_WORDS = frozenset({"he", "she", "they", "i", "we", "it", "you", "which", "who"})
#: words that open the reporter's adjunct of time or circumstance after a partial
#: quotation (rule 3: "… “pray for him” in response", "… before sketching out …").
#: ("until" is left out: "pledged to “hold the line” until reinforcements arrive" tells
#: how long the pledge holds, part of what was said.)
_ADJUNCT_OPENERS = frozenset({"before", "after", "while", "during", "moments", "shortly"})
_ADJUNCT_PAIRS = frozenset({("in", "response"), ("on", "monday"), ("on", "tuesday"),
    ("on", "wednesday"), ("on", "thursday"), ("on", "friday"), ("on", "saturday"),
    ("on", "sunday")})  # fmt: skip


def join_pieces(doc: Document, raws: list[Piece]) -> list[Quote]:
    """Rules 3 and 5: one Quote per kept quotation, split quotes joined."""
    text = doc.text
    raws = _without_display_copy(text, raws)
    quotes: list[Quote] = []
    i = 0
    while i < len(raws):
        raw = raws[i]
        parts = [raw]
        while i + 1 < len(raws):
            if _continues(text, parts, raws[i + 1]):
                i += 1
            elif (
                i + 2 < len(raws)
                and _is_scare(text, raws[i + 1])
                and _continues(text, parts, raws[i + 2])
            ):
                i += 2  # "“A,” Trump told NBC’s “Today” on Monday. “B.”": past a title
            else:
                break
            parts.append(raws[i])
        i += 1
        words = sum(word_count(text, p) for p in parts)
        lead = next((p for p in parts if p.cue is not None), raw)
        if lead.cue is None and not (raw.free and words >= MIN_WORDS):
            continue  # a scare quote
        if lead is not raw and not raw.partial:
            raw = replace(raw, cue=lead.cue, speaker=lead.speaker, cue_after=True)
        if raw.partial and len(parts) > 1:
            if raw.cue is not None and _comma_lead(text, raw):
                quotes.append(_lead_report(text, raw, parts, raw.cue))
                continue
            raw = replace(raw, partial=False)  # 1(f): the quoted words go on
        if raw.partial and raw.cue is not None:
            quotes.append(partial_quote(doc, raw, raw.cue))
            continue
        if raw.speaker is None and raw.cue is None:
            raw.speaker = _previous_speaker(text, raw, quotes)
        body = " ".join(text[p.open : p.close] for p in parts)
        evidence = Span.of(text, parts[0].open, parts[-1].close)
        quotes.append(Quote(raw.speaker, body, evidence, cue=raw.cue, direct=True))
    return quotes


def _without_display_copy(text: str, raws: list[Piece]) -> list[Piece]:
    """Rule 5: the pieces less the pull quotes, cue-less quotations of `MIN_WORDS` words
    or more that open their paragraph and whose words were all quoted before, in one
    part or across the cue between two ("“A,” he said. “B.”¶…¶"B."" repeats B as the
    site's display copy; a repeat inside a paragraph, after its cue sentence, is the
    speaker's words in the body: "“…?” Pence said in response. “As big as it needs to
    be.”" after a lead that quoted it), and less
    a transcript's stage directions, quoted text that is all one bracket
    ("“(CROSSTALK.)”", "“[applause]”")."""
    kept: list[Piece] = []
    said = " "
    for raw in raws:
        inner = text[raw.open : raw.close].strip()
        words = _plain_words(inner)
        repeated = len(words.split()) >= MIN_WORDS and f" {words} " in said
        if raw.cue is None and repeated and _whole_paragraph(text, raw):
            continue
        if _STAGE_DIRECTION.fullmatch(inner):
            continue
        kept.append(raw)
        said += f"{words} "
    return kept


#: a transcript's stage direction: text that is all one bracket ("(CROSSTALK.)").
_STAGE_DIRECTION = re.compile(r"\([^()]*\)\.?|\[[^\[\]]*\]\.?")


def _plain_words(text: str) -> str:
    """The words of a text, lower-cased, without punctuation or quotation marks."""
    return " ".join(re.findall(r"\w+(?:[’']\w+)*", text.lower()))


def _is_scare(text: str, raw: Piece) -> bool:
    """Rule 2: a short quotation with no cue inside a sentence (a scare quote), or, of
    any length, a programme's title ("said on ABC’s “This Week With George
    Stephanopoulos.”"), a markup attribute's value, or a title written in title case
    ("told a crowd after she took the stage to ''Eye of the Tiger.''": a song, a book,
    a slogan named in the cue sentence, no one's words there)."""
    short = word_count(text, raw) < MIN_WORDS
    titled = is_title_case(text[raw.open : raw.close])
    return raw.cue is None and not raw.free and (short or raw.not_speech or titled)


def _previous_speaker(text: str, raw: Piece, quotes: list[Quote]) -> Actor | None:
    """Rule 4: a cue-less quote goes on with the speaker of the last quote before it in
    its paragraph, or, when it opens its paragraph, in the paragraph before."""
    if not quotes or quotes[-1].speaker is None:
        return None
    last = quotes[-1]
    start = text.rfind("\n", 0, raw.open) + 1
    if text[start : raw.mark_start].strip():  # "“A,” Obama said. He paused. “B.”"
        return last.speaker if last.evidence.end > start else None
    if start == 0:
        return None
    previous = text.rfind("\n", 0, start - 1)
    while previous > 0 and not text[previous + 1 : start].strip():
        previous = text.rfind("\n", 0, previous)
    if last.evidence.end < previous + 1:
        return None
    return last.speaker


def _continues(text: str, parts: list[Piece], nxt: Piece) -> bool:
    """Rule 3: does quote `nxt` go on with the quotation made of `parts`?"""
    last = parts[-1]
    if nxt.partial or (last.partial and not _mixed_lead(text, parts, nxt)):
        return False
    between = text[last.mark_end : nxt.mark_start]
    cue = next((p.cue for p in parts if p.cue is not None), None)
    if nxt.cue is not None and nxt.cue != cue:
        # (c') "“A.” “B,” she said.": a cue after the next part speaks for both
        return cue is None and nxt.cue_after and not between.strip() and "\n" not in between
    if last.mark_end == last.close:  # (d) left open at the paragraph's end
        return between.strip() == "" and not nxt.labelled
    if "\n" in between:  # (g) "“A,” Barkley said.¶“B.”"
        if cue is None:
            return _whole_paragraph(text, parts[0]) and _next_paragraph_goes_on(
                text, last, nxt, None
            )
        return _next_paragraph_goes_on(text, last, nxt, cue)
    if not between.strip():  # (c) "“A.” “B.”"
        return True
    if cue is not None and _resumes(text, last, nxt, cue):
        return True
    if cue is None or not last.cue_after or cue.end > nxt.open:
        return False
    # (a) “A,” he said, “B.”   (b) “A,” Smith said. “B.”, also when the cue sentence
    # ends inside a title's marks ("“A,” he said on ABC’s “This Week.” “B.”")
    tail = without_closing_mark(between.rstrip())
    toks = quote_tokens(text, last.mark_end, last.mark_end + len(tail))
    inner_end = any(is_sentence_end(toks, k) for k in range(len(toks) - 1))
    # a second cue in between speaks for the next part on its own ("…,” he said,
    # adding later, “…”)
    # ("when asked" is no new speech act; "adding", "and added" are)
    cues = sum(1 for k in range(len(toks)) if is_cue(toks, k) and _new_speech_act(toks, k))
    # once the cue sentence has ended, a second cue in it reports no new quotation:
    # "“A,” Ware said in a statement, according to The Blaze. “B.”" is one quotation
    return tail.endswith((",", ".", ":")) and not inner_end and (cues <= 1 or tail.endswith("."))


def _comma_lead(text: str, raw: Piece) -> bool:
    """Rule 1(f): does a mixed quote complete a subordinate clause that opens its
    sentence, the clause and its comma before the opening mark ("Unless rivals quit,
    “it is very difficult …,” he said", "To believe that, “you have to …”")? A
    subordinator ("though", "when", "unless"; not "as for", "because of") or a finite
    verb in the lead-in makes it a clause; a bare topic phrase does not."""
    if raw.lead_in is None:
        return False
    lead = text[raw.lead_in : raw.mark_start].rstrip()
    if not lead.endswith(","):
        return False
    toks = quote_tokens(text, raw.lead_in, raw.lead_in + len(lead))
    for k, tok in enumerate(toks):
        nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
        if tok.lower in SUBORDINATORS and tok.lower != "but" and nxt not in ("of", "for"):
            return True
        if is_finite(tok) or (k == 0 and tok.lower == "to" and nxt.isalpha()):
            return True
    return False


def _lead_report(text: str, raw: Piece, parts: list[Piece], cue: Span) -> Quote:
    """Rule 1(f): one report from the lead-in clause to the last quoted part."""
    lead = Span.of(text, raw.lead_in if raw.lead_in is not None else raw.open, parts[-1].close)
    return Quote(raw.speaker, lead.text, lead, cue=cue, direct=False)


def _mixed_lead(text: str, parts: list[Piece], nxt: Piece) -> bool:
    """Rule 1(f): may `nxt` go on a mixed quote with its cue after it ("Oz is “smart,”
    Mosko wrote. “He …”")? Only when the mixed part is the first, closes with a comma
    inside its marks (a title or a nickname does not: "Marcia “Cia” Price said") and
    its cue sentence ends before `nxt` opens."""
    last = parts[-1]
    if len(parts) > 1 or last.lead_in is None or not last.cue_after:
        return False
    between = without_closing_mark(text[last.mark_end : nxt.mark_start].rstrip())
    return "," in text[last.close : last.mark_end] and between.endswith((".", "?", "!"))


def _resumes(text: str, last: Piece, nxt: Piece, cue: Span) -> bool:
    """Rule 1(e): does `nxt`, a free quotation with no cue of its own opening a sentence
    later in the paragraph, resume the quotation after a narrative with no other cue
    ("“A,” Maynard said. He has worked at the plant for 24 years. “B.”")?"""
    if nxt.cue is not None or not nxt.free or word_count(text, nxt) < MIN_WORDS:
        return False
    tail = without_closing_mark(text[last.mark_end : nxt.mark_start].rstrip())
    toks = quote_tokens(text, last.mark_end, last.mark_end + len(tail))
    if tail.endswith(","):
        # a short lead-in opening the next sentence ("“A,” he said. Now, “B.”",
        # "Unless rivals quit the race, “B.”") is the reporter's bridge: the words go on
        ends = [k for k in range(len(toks) - 1) if is_sentence_end(toks, k)]
        lead = toks[ends[-1] + 1 :] if ends else toks
        words = [t for t in lead if t.text[:1].isalnum()]
        if not ends or len(words) > LEAD_REACH or any(t.lower in _CLAUSE_WORDS for t in words):
            return False
    elif not tail.endswith((".", "?", "!")):
        return False
    return not any(
        is_cue(toks, k) and not cue.start <= toks[k].start < cue.end for k in range(len(toks))
    )


def _whole_paragraph(text: str, piece: Piece) -> bool:
    """Does `piece` open its paragraph (rule 1(g) with no cue: "¶“A.”¶“B.”")?"""
    start = text.rfind("\n", 0, piece.mark_start) + 1
    return not text[start : piece.mark_start].strip()


def _next_paragraph_goes_on(text: str, last: Piece, nxt: Piece, cue: Span | None) -> bool:
    """Rule 1(g): does `nxt`, a free quotation with no cue of its own opening the next
    paragraph, go on with the quotation that ends its paragraph, alone ("Barkley said:
    “A.”¶“B.”", also "¶“A.”¶“B.”" with no cue) or before its cue sentence ("“A,”
    Barkley said.¶“B.”")?"""
    rest, _, gap = text[last.mark_end : nxt.mark_start].partition("\n")
    if gap.strip():  # a paragraph between, or words before `nxt` in its paragraph
        return False
    if rest.strip():
        return cue is not None and _resumes(text, last, nxt, cue)
    return nxt.cue is None and nxt.free and word_count(text, nxt) >= MIN_WORDS


def _new_speech_act(toks: list[Tok], k: int) -> bool:
    """Is the cue at k a speech act of its own: the first cue, a participle ("adding",
    "asking her") or one joined by "and" ("and added")?"""
    first = next(j for j in range(len(toks)) if is_cue(toks, j))
    return k == first or toks[k].lower.endswith("ing") or toks[k - 1].lower == "and"


def _closes_inside(text: str, raw: Piece) -> bool:
    """Does the quotation end with its own punctuation inside the marks ("“You lie!”",
    "“let’s not get ahead of ourselves,”")?"""
    return text[raw.close - 1] in ".!?" or "," in text[raw.close : raw.mark_end]


def _reporters_adjunct(text: str, at: int, end: int) -> bool:
    """Do the words after a partial quotation's closing mark open the reporter's
    adjunct of time or circumstance ("… “pray for him” in response", "… “thank you
    Georgia” moments after polls closed", "… to “defend the law” before sketching out
    her own plan")? Such a phrase says when or how the words were said."""
    words = re.findall(r"[\w']+", text[at:end].lower())[:2]
    if not words:
        return False
    return words[0] in _ADJUNCT_OPENERS or tuple(words) in _ADJUNCT_PAIRS


def partial_quote(doc: Document, raw: Piece, cue: Span) -> Quote:
    """An indirect quote around a governed partial quotation: the clause after the cue,
    or for a mixed quote with its cue after it, the sentence up to the closing mark."""
    if raw.tail_end is not None:  # "“We’re extremely happy” about the decision, X said"
        start = raw.lead_in if raw.lead_in is not None else raw.mark_start
        claim = Span.of(doc.text, start, raw.tail_end)
        return Quote(raw.speaker, claim.text, claim, cue=cue, direct=False)
    if raw.lead_in is not None:
        lead = Span.of(doc.text, raw.lead_in, raw.close)
        return Quote(raw.speaker, lead.text, lead, cue=cue, direct=False)
    _, sent_end = sentence_bounds(doc, raw.open)
    end = sent_end
    while end > cue.end and doc.text[end - 1] in " .!?":
        end -= 1
    start = cue.end
    # "said in a statement that “…”": the content starts at "that"
    that = re.search(r"\bthat\b", doc.text[cue.end : raw.open])
    if that is not None:
        start = cue.end + that.start()
    while start < end and doc.text[start] == " ":
        start += 1
    if start >= raw.mark_start and _closes_inside(doc.text, raw):
        # "Kasich cautioned “let’s not get ahead of ourselves,” before predicting …":
        # a content that opens with a quotation closed by its own punctuation is the
        # quotation; the words after it are the reporter's (a bare fragment goes on:
        # "said “budget reforms” and unpaid taxes would pay for it")
        end = raw.mark_end
    elif _reporters_adjunct(doc.text, raw.mark_end, end):
        # "pledged to “stop the Republicans …” while clips of Trump play": a time or
        # circumstance opening after the closing mark frames the speech, not its words
        end = raw.mark_end
    end = past_quotation(quoted_spans(doc.text), start, end)
    evidence = Span.of(doc.text, start, max(end, raw.mark_end))
    return Quote(raw.speaker, evidence.text, evidence, cue=cue, direct=False)
