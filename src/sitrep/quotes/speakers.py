"""Who speaks: the speaker of a cue, chosen and resolved within the document.

Rules, in order:
1. a pronoun subject ("he added", "“…,” said he") is resolved by `sitrep.coref`; a
   "he"/"she" coreference cannot resolve takes the latest speaker before it;
2. a participle cue after a comma ("Trump returned the compliment, telling Reuters")
   gives the speech to the clause's first named actor;
3. the object of "told"/"asked" is the addressee, never the speaker ("Sarandon told
   MSNBC"): only the subject side is searched;
4. a role phrase ("the defence secretary said") or a group phrase ("said the
   ministry") is resolved by coreference;
5. else the actor nearest the cue (`sitrep.events.speech.speaker_near`), completed by
   its coreference chain ("Healey said" -> John Healey, with his role and country);
6. else the cue's subject phrase as written ("a young woman exclaimed").
The speaker's evidence is the mention next to the cue; its name, role and country may
come from an earlier mention.
"""

from __future__ import annotations

from dataclasses import replace

from sitrep.coref import CorefMap
from sitrep.events.speech import PRONOUNS, latest_person, speaker_near, subject_phrase
from sitrep.events.tokens import Tok
from sitrep.model import Actor, Span
from sitrep.pipeline.document import Document

#: cues that may name whom they address ("told Reuters: “…”"); their object never speaks.
ADDRESS_CUES = frozenset({"told", "telling", "tells", "asked", "asking", "replied"})


def choose_speaker(
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
    if tokens[cue].lower in ADDRESS_CUES and subject is not None and subject.text not in '“”"':
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
