"""Within-document coreference for actors and people, by rule.

A `CorefMap` is built once per document from the entity and actor layers. It answers
`resolve(span)`: the Actor a mention stands for, with the evidence left on the mention
itself (a pronoun cites "he", its name, role and country come from the antecedent, the
way a date resolved from "today" cites "today").

Rules, in order:
1. a named mention (an actor, or a PERSON entity) is itself; a person named again by a
   shorter or equal name whose last word matches ("Healey" after "John Healey", "Mr
   Trump" after "Donald Trump") joins that person's chain and inherits the full name,
   role and country it lacks; honorifics ("Mr", "Ms") give a gender, never a role;
2. "he"/"she" resolve, left to right, to a person in subject position: walking back
   sentence by sentence from the pronoun (at most `PRONOUN_REACH` sentences), the
   leftmost person of gender compatible with the pronoun in the nearest sentence that
   has one; names inside quotation marks are never antecedents ("“I beat Obama,” he
   said"); a resolved pronoun fixes its person's gender for later pronouns;
3. "the" + role noun ("the defence secretary", "the US president") resolves to the
   latest person whose role holds every word of the phrase but "the"/"former"/"then";
4. "the" + armed-group noun ("the group", "the militants") resolves to the latest actor
   of an armed-group type (or an ARMED_GROUP entity);
5. "the" + organisation head ("the ministry", "the command", "the campaign") resolves to
   the latest non-person actor whose name holds that word;
6. "it"/"they" resolve to the latest organisation or group (not a state, not a person)
   named outside quotation marks before them in the same or previous sentence;
7. a bare capitalised name no earlier layer knew ("Trump" from a capital-word run) joins
   a person chain by rule 1's last-word test.
Anything else resolves to None: a wrong link is worse than none.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import Final, Literal

from sitrep.coref.lexicon import (
    GENDERED_TITLES,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    GROUP_TYPES,
    HONORIFICS,
    ORG_HEADS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
    ROLE_QUALIFIERS,
)
from sitrep.model import Actor, Span
from sitrep.pipeline.document import Document

Kind = Literal["person", "group", "state", "org"]
#: how many sentences back a pronoun may look for its antecedent.
PRONOUN_REACH: Final = 3
_PRONOUN: Final = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_WORD: Final = re.compile(r"[\w.’'-]+")
_LEADING_DETERMINER: Final = re.compile(r"^(?:the|this|that)\s+", re.IGNORECASE)
_IGNORED_IN_ROLE: Final = frozenset({"the", "former", "then", "of"})


@dataclass(frozen=True)
class Named:
    """A named mention with the actor its chain resolves to."""

    span: Span
    actor: Actor
    kind: Kind


class CorefMap:
    """Mentions of one document resolved to actors (rules 1-7 of the module docstring)."""

    def __init__(self, doc: Document) -> None:
        self._doc = doc
        self._text = doc.text
        self._quoted = _quoted_regions(doc.text)
        self._sent_starts = [s.start for s in doc.sentences]
        self._gender: dict[str, str] = {}
        self.named: list[Named] = self._named_mentions(doc)
        self._named_starts = [n.span.start for n in self.named]
        self.pronouns: dict[tuple[int, int], Actor] = {}
        for match in _PRONOUN.finditer(doc.text):
            span = Span.of(doc.text, match.start(), match.end())
            found = self._pronoun(span)
            if found is not None:
                self.pronouns[(span.start, span.end)] = found

    # -- public --------------------------------------------------------------------------

    def resolve(self, span: Span) -> Actor | None:
        """The actor `span` stands for, evidence on `span`; None when no rule applies."""
        for named in self._named_at(span):
            return replace(named.actor, evidence=named.span)
        words = span.text.strip()
        low = words.lower()
        if low in PERSON_PRONOUNS:
            return _cite(self.pronouns.get((span.start, span.end)), span)
        if low in GROUP_PRONOUNS:
            return _cite(self._group_pronoun(span), span)
        stripped = _LEADING_DETERMINER.sub("", words)
        if stripped != words:
            return _cite(self._definite(stripped.lower(), span), span)
        if words[:1].isupper():
            return _cite(self._person_by_name(words, span.start), span)
        return None

    def canonical(self, actor: Actor) -> Actor:
        """The actor with its chain's name, role and country (rule 1 and 7)."""
        if actor.evidence is None:
            return actor
        found = self.resolve(actor.evidence)
        if found is None or (actor.kb_id is not None and found.kb_id != actor.kb_id):
            return actor
        return replace(
            found,
            role=actor.role or found.role,
            country=actor.country or found.country,
            evidence=actor.evidence,
        )

    def gender(self, actor: Actor) -> str | None:
        return self._gender.get(actor.name)

    # -- rule 1 --------------------------------------------------------------------------

    def _named_mentions(self, doc: Document) -> list[Named]:
        labels = {(e.evidence.start, e.evidence.end): e.label for e in doc.entities}
        seen: set[tuple[int, int]] = set()
        found: list[Named] = []
        for actor in doc.actors:
            if actor.evidence is None:
                continue
            key = (actor.evidence.start, actor.evidence.end)
            seen.add(key)
            found.append(Named(actor.evidence, actor, _kind(actor, labels.get(key))))
        for ent in doc.entities:
            key = (ent.evidence.start, ent.evidence.end)
            if ent.label == "PERSON" and key not in seen:
                actor = Actor(ent.name, ent.evidence, kb_id=ent.kb_id)
                found.append(Named(ent.evidence, actor, "person"))
        found.sort(key=lambda n: (n.span.start, n.span.end))
        chained: list[Named] = []
        for named in found:
            if named.kind == "person":
                named = self._chain_person(named, chained)
            chained.append(named)
        return chained

    def _chain_person(self, named: Named, earlier: list[Named]) -> Named:
        actor = named.actor
        role = actor.role
        if role is not None:
            title_words = role.lower().split()
            gender = next((GENDERED_TITLES[w] for w in title_words if w in GENDERED_TITLES), None)
            if gender is not None:
                self._gender.setdefault(actor.name, gender)
            if role.lower() in HONORIFICS:
                role = None
        antecedent = _same_person(actor.name, earlier)
        if antecedent is None:
            return replace(named, actor=replace(actor, role=role))
        base = antecedent.actor
        if actor.name in self._gender and base.name not in self._gender:
            self._gender[base.name] = self._gender[actor.name]
        merged = replace(
            base,
            evidence=named.span,
            role=role or base.role,
            country=actor.country or base.country,
        )
        return replace(named, actor=merged)

    def _named_at(self, span: Span) -> list[Named]:
        i = bisect.bisect_left(self._named_starts, span.start)
        out: list[Named] = []
        for named in self.named[max(0, i - 3) : i + 3]:
            if named.span.start == span.start and named.span.end == span.end:
                out.insert(0, named)
            elif span.contains(named.span) and span.text.strip() == named.span.text:
                out.append(named)
        return out

    def _person_by_name(self, name: str, before: int) -> Actor | None:
        earlier = [n for n in self.named[: bisect.bisect_left(self._named_starts, before)]]
        found = _same_person(name, earlier)
        return found.actor if found is not None else None

    # -- rule 2 --------------------------------------------------------------------------

    def _pronoun(self, span: Span) -> Actor | None:
        want = PERSON_PRONOUNS[span.text.lower()]
        index = bisect.bisect_right(self._sent_starts, span.start) - 1
        for k in range(index, max(-1, index - PRONOUN_REACH - 1), -1):
            lo = self._sent_starts[k] if k >= 0 else 0
            hi = span.start if k == index else self._sent_starts[k + 1]
            for named in self._named_between(lo, hi):
                if named.kind != "person" or self._in_quotes(named.span.start):
                    continue
                gender = self._gender.get(named.actor.name)
                if gender is not None and gender != want:
                    continue
                self._gender.setdefault(named.actor.name, want)
                return named.actor
            if k < 0:
                break
        return None

    def _named_between(self, lo: int, hi: int) -> list[Named]:
        i = bisect.bisect_left(self._named_starts, lo)
        j = bisect.bisect_left(self._named_starts, hi)
        return self.named[i:j]

    def _in_quotes(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self._quoted)

    # -- rules 3-6 -------------------------------------------------------------------------

    def _definite(self, phrase: str, span: Span) -> Actor | None:
        words = [w for w in _WORD.findall(phrase) if w]
        if not words:
            return None
        head = " ".join(words[-2:]) if len(words) > 1 else words[-1]
        earlier = self.named[: bisect.bisect_left(self._named_starts, span.start)]
        is_role = head in ROLE_NOUNS or words[-1] in ROLE_NOUNS
        if is_role and all(w in ROLE_QUALIFIERS or w in ROLE_NOUNS for w in words):
            return _by_role(words, earlier)
        if head in GROUP_NOUNS or words[-1] in GROUP_NOUNS:
            return next((n.actor for n in reversed(earlier) if n.kind == "group"), None)
        if head in ORG_HEADS or words[-1] in ORG_HEADS:
            return _by_head(head if head in ORG_HEADS else words[-1], earlier)
        return None

    def _group_pronoun(self, span: Span) -> Actor | None:
        index = bisect.bisect_right(self._sent_starts, span.start) - 1
        lo = self._sent_starts[max(0, index - 1)] if self._sent_starts else 0
        for named in reversed(self._named_between(lo, span.start)):
            if named.kind in ("org", "group") and not self._in_quotes(named.span.start):
                return named.actor
        return None


def build_coref(doc: Document) -> CorefMap:
    """The per-document coreference map."""
    return CorefMap(doc)


def resolve_mention(doc: Document, span: Span) -> Actor | None:
    """The actor a mention stands for (see CorefMap.resolve); builds the map each call,
    so a caller resolving many mentions should build one `CorefMap` and reuse it."""
    return CorefMap(doc).resolve(span)


# -- helpers ---------------------------------------------------------------------------------


def _kind(actor: Actor, label: str | None) -> Kind:
    if label == "PERSON" or (actor.kb_id is None and actor.role is not None):
        return "person"
    if label == "ARMED_GROUP" or actor.type in GROUP_TYPES:
        return "group"
    if label in ("GPE", "NORP") or (actor.kb_id is not None and len(actor.kb_id) == 2):
        return "state"
    return "org"


def _same_person(name: str, earlier: list[Named]) -> Named | None:
    """Rule 1: the latest earlier person whose full name ends with this name's last word
    and agrees with its other words."""
    words = [w for w in name.split() if w.lower() not in HONORIFICS]
    if not words:
        return None
    for named in reversed(earlier):
        if named.kind != "person":
            continue
        theirs = named.actor.name.split()
        if len(theirs) < len(words) or theirs[-1] != words[-1]:
            continue
        if all(w in theirs for w in words[:-1]):
            return named
    return None


def _by_role(words: list[str], earlier: list[Named]) -> Actor | None:
    wanted = {w for w in words if w not in _IGNORED_IN_ROLE}
    for named in reversed(earlier):
        role = named.actor.role
        if named.kind == "person" and role and wanted <= set(role.lower().split()):
            return named.actor
    return None


def _by_head(head: str, earlier: list[Named]) -> Actor | None:
    pattern = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
    for named in reversed(earlier):
        if named.kind in ("org", "group") and (
            pattern.search(named.actor.name) or pattern.search(named.span.text)
        ):
            return named.actor
    return None


def _cite(actor: Actor | None, span: Span) -> Actor | None:
    return None if actor is None else replace(actor, evidence=span)


def _quoted_regions(text: str) -> list[tuple[int, int]]:
    """Spans inside paired quotation marks, marks included, in every convention the
    quote finder reads (“…”, "…", ''…'', ``…'', British ‘…’)."""
    # imported here: sitrep.quotes itself imports this module's CorefMap
    from sitrep.quotes.marks import quoted_spans

    return [(quoted.mark_start, quoted.mark_end) for quoted in quoted_spans(text)]
