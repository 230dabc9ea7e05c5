"""Who speaks: the speaker of a cue, chosen and resolved within the document.

Rules, in order:
1. a pronoun subject ("he added", "he later said", "“…,” said he") is resolved by
   `sitrep.coref`; a "he"/"she" coreference cannot resolve takes the latest speaker
   before it; else the pronoun as written speaks, citing its mention (a reader resolves
   it from the evidence, as PolNeAR's coders mark "he" as the source);
2. a cue after a comma or a conjunction ("Dick Dever, who was listed on the slate,
   told POLITICO", "Trump returned the compliment, telling Reuters", "… and said")
   gives the speech to its clause's subject (`sitrep.quotes.subjects`);
3. a cue that opens its clause ("Said Ellis:", "But, said Solovey,") has its subject
   after it; a cue with words before it is searched on that side only, so neither the
   addressee of "told"/"asked" ("Sarandon told MSNBC") nor a circumstance ("explained
   in an interview with The Huffington Post") speaks;
4. a role phrase ("the defence secretary said") or a group phrase ("said the
   ministry") is resolved by coreference;
5. else the actor nearest the cue (`sitrep.events.speech.speaker_near`), completed by
   its coreference chain ("Healey said" -> John Healey, with his role and country);
6. else the cue's subject phrase as written ("a young woman exclaimed", "according to
   a local resistance committee", past adverbs: "security sources later said").
The speaker's evidence is the mention next to the cue; its name, role and country may
come from an earlier mention.
"""

from __future__ import annotations

from dataclasses import replace

from sitrep.coref import CorefMap
from sitrep.events.speech import (
    PRONOUNS,
    latest_person,
    speaker_near,
    subject_phrase,
    with_role,
)
from sitrep.events.tokens import Tok
from sitrep.model import Actor, Span
from sitrep.pipeline.document import Document
from sitrep.quotes.subjects import (
    COORDINATORS,
    clause_start,
    first_subject,
    name_before,
    subject_index,
)

#: cues that may name whom they address ("told Reuters: “…”"); their object never speaks.
ADDRESS_CUES = frozenset({"told", "telling", "tells", "asked", "asking", "replied"})
#: words linking a participle cue to its clause ("… before asking her", "by saying").
_PARTICIPLE_LINKS = frozenset({"before", "after", "while", "when", "by", "without"})


def choose_speaker(
    doc: Document,
    tokens: list[Tok],
    cue: int,
    lo: int,
    hi: int,
    speakers: list[Actor],
    coref: CorefMap,
) -> Actor | None:
    """Rules 1-6: pronoun or definite phrase by coreference, else the nearest actor."""
    k = subject_index(tokens, cue, lo)
    subject = tokens[k] if k is not None else None
    nxt = tokens[cue + 1] if cue + 1 < hi else None
    pronoun = subject if subject is not None and subject.lower in PRONOUNS else None
    if pronoun is None and nxt is not None and nxt.lower in PRONOUNS and cue + 2 >= hi:
        pronoun = nxt  # "“…,” said he"
    elif pronoun is None and subject is None and nxt is not None and nxt.lower in PRONOUNS:
        pronoun = nxt
    if pronoun is not None:
        return _pronoun_speaker(doc, pronoun, tokens[cue].start, speakers, coref)
    according = tokens[cue].lower == "according"
    if k is not None and subject is not None and _clause_subject_speaks(tokens, cue, subject):
        # "Dick Dever, who was listed on the slate, told POLITICO", "…, saying"
        found = first_subject(doc, tokens, clause_start(tokens, lo, k), k)
        if found is not None:
            return _speaker_at(doc, found, tokens[cue].start, speakers, coref)
    if subject is None or not subject.text[:1].isalnum() or according:
        # "Said Ellis: “…”", "But, said Solovey, “…”", "according to X": X follows
        found = first_subject(doc, tokens, cue + (2 if according else 1), hi)
        found = found or (_phrase_after(doc, tokens, cue + 2, hi) if according else None)
        if found is not None:  # "according to a local resistance committee"
            return _speaker_at(doc, found, tokens[cue].start, speakers, coref)
    else:
        hi = cue + 1  # "DuVernay explained to The Huffington Post": the subject side only
        name = name_before(doc, tokens, k, lo) if k is not None else None
        if name is not None:  # "after Trump and Maples divorced, Crawford said"
            return _speaker_at(doc, name, tokens[cue].start, speakers, coref)
    phrase = _definite_phrase(doc, tokens, cue, lo, hi)
    if phrase is not None:
        found_actor = coref.resolve(phrase)
        if found_actor is not None:
            return found_actor
    near = speaker_near(tokens, cue, lo, hi, doc.actors, doc.entities, doc.text)
    if near is not None:
        return coref.canonical(near)
    phrase_span = subject_phrase(tokens, cue, lo, hi, doc.text)
    if phrase_span is None and k is not None and k < cue - 1:
        # "Security sources later said": the phrase ends before the adverbs
        phrase_span = subject_phrase(tokens, k + 1, lo, k + 1, doc.text)
    if phrase_span is None:
        return None
    return coref.resolve(phrase_span) or Actor(phrase_span.text, phrase_span)


def _clause_subject_speaks(tokens: list[Tok], cue: int, subject: Tok) -> bool:
    """Rule 2: is the cue's subject at its clause start, past a comma, a conjunction or a
    subordinator before a participle ("… before asking her", "…, saying")?"""
    if tokens[cue].lower == "according":
        return False
    if subject.lower in COORDINATORS:
        return True
    return tokens[cue].lower.endswith("ing") and subject.lower in _PARTICIPLE_LINKS


def _pronoun_speaker(
    doc: Document, pronoun: Tok, before: int, speakers: list[Actor], coref: CorefMap
) -> Actor:
    """Rule 1: the pronoun's antecedent; for "he"/"she" with none, the latest speaker;
    else the pronoun as written, so the speaker still cites its mention."""
    span = Span.of(doc.text, pronoun.start, pronoun.end)
    found = coref.resolve(span)
    if found is None and pronoun.lower in ("he", "she"):
        latest = latest_person(speakers, before)
        found = replace(latest, evidence=span) if latest is not None else None
    return found if found is not None else Actor(span.text, span)


def _phrase_after(doc: Document, tokens: list[Tok], start: int, hi: int) -> Span | None:
    """The noun phrase after "according to", as written, up to punctuation (at most 8
    words): "a local resistance committee", "human rights groups"."""
    end = start
    while end < min(hi, start + 8) and tokens[end].text[:1].isalnum():
        end += 1
    return Span.of(doc.text, tokens[start].start, tokens[end - 1].end) if end > start else None


def _speaker_at(
    doc: Document, span: Span, before: int, speakers: list[Actor], coref: CorefMap
) -> Actor:
    """The speaker a subject mention names: a pronoun by rule 1, an actor or entity
    completed by its coreference chain."""
    if span.text.lower() in PRONOUNS:
        pronoun = Tok(0, span.text, span.start, span.end)
        return _pronoun_speaker(doc, pronoun, before, speakers, coref)
    actor = next((a for a in doc.actors if a.evidence == span), None)
    entity = next((m for m in doc.entities if m.evidence == span), None)
    if actor is None and entity is not None:
        actor = Actor(entity.name, entity.evidence, kb_id=entity.kb_id)
    if actor is None:  # a name no layer knew: resolved by its chain, else as written
        return coref.resolve(span) or with_role(Actor(span.text, span), doc.text)
    return coref.canonical(with_role(actor, doc.text))


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
