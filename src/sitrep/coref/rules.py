"""Within-document coreference for actors and people, by rule.

A `CorefMap` is built once per document from the entity and actor layers. It answers
`resolve(span)`: the Actor a mention stands for, with the evidence left on the mention
itself (a pronoun cites "he", its name, role and country come from the antecedent, the
way a date resolved from "today" cites "today").

Rules, in order:
0. a mention in the headline opening the article (`sitrep.coref.headline`) is no
   antecedent ("OSCE Envoy Condemns Dvani Attack …" names no one "he" stands for);
1. a named mention (an actor, or a PERSON entity that is no one-word place the places
   layer resolved, as "London" in "London police") is itself; a person named again by a
   shorter or equal name whose last word matches ("Healey" after "John Healey", "Mr
   Trump" after "Donald Trump") joins that person's chain and inherits the full name,
   role and country it lacks; honorifics ("Mr", "Ms") give a gender, never a role; a
   full name comes from the mention, an earlier one or the knowledge layers, never from
   a later namesake ("Gov. Brown" before "California Governor Jerry Brown" stays
   "Brown"); a one-word name tagged as an organisation with no knowledge-base entry
   that is an earlier person's surname ("Trump, who …" after "Donald Trump") is that
   person;
2. "he"/"she" resolve, left to right, to a person in subject position: walking back
   sentence by sentence from the pronoun (at most `PRONOUN_REACH` sentences), the
   leftmost person of gender compatible with the pronoun in the nearest sentence that
   has one, unless a resolved "he"/"she" of the same gender stands before that person
   there ("He went on to endorse Ayotte": the chain goes on through "he"); names inside
   quotation marks are never antecedents ("“I beat Obama,” he
   said"), nor is a name in the sentence a trailing cue reports ("Ouellette, he said,
   wanted …"); a resolved pronoun fixes its person's gender for later pronouns; "him" and
   "her" ("they quoted her as saying") resolve the same way when asked, fixing no
   gender;
3. "the" + role noun ("the defence secretary", "the US president") resolves to the
   latest person whose role holds every word of the phrase but "the"/"former"/"then";
4. "the" + armed-group noun ("the group", "the militants") resolves to the latest actor
   of an armed-group type (or an ARMED_GROUP entity);
5. "the" + organisation head ("the ministry", "the command", "the campaign") resolves to
   the latest non-person actor whose name holds that word;
6. "it"/"they" resolve to the latest organisation or group (not a state, not a person)
   named outside quotation marks before them in the same or previous sentence;
7. a bare capitalised name no earlier layer knew ("Trump" from a capital-word run) joins
   a person chain by rule 1's last-word test; every later bare surname of a person named
   in full is such a mention, an antecedent for rule 2 too ("Plants said Gravely's
   murder …. “…,” he said": Plants, not the victim named after him).
8. a first and last name no layer knew opening a sentence before its verb ("Paul
   Nehlen responded Friday …") is a person mention, an antecedent for rule 2.
Anything else resolves to None: a wrong link is worse than none.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import Final, Literal

from sitrep.coref.headline import headline_end
from sitrep.coref.lexicon import (
    GENDERED_TITLES,
    GROUP_NOUNS,
    GROUP_PRONOUNS,
    GROUP_TYPES,
    HONORIFICS,
    OBJECT_PRONOUNS,
    ORG_HEADS,
    PERSON_PRONOUNS,
    ROLE_NOUNS,
    ROLE_QUALIFIERS,
)
from sitrep.events.speech import CUE_WORDS
from sitrep.model import Actor, Span
from sitrep.pipeline.document import Document

Kind = Literal["person", "group", "state", "org"]
#: how many sentences back a pronoun may look for its antecedent.
PRONOUN_REACH: Final = 3
_PRONOUN: Final = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_WORD: Final = re.compile(r"[\w.’'-]+")
_LEADING_DETERMINER: Final = re.compile(r"^(?:the|this|that)\s+", re.IGNORECASE)
_IGNORED_IN_ROLE: Final = frozenset({"the", "former", "then", "of"})
#: rule 8: two capitalised words opening a sentence before a finite verb in "-ed"/"-s".
_SUBJECT_NAME: Final = re.compile(r"([A-Z][a-z]+) ([A-Z][a-z]+)(?= [a-z]+(?:ed|s)\b)")
#: capitalised sentence openers that begin no person's name ("The Pentagon said").
_NOT_FIRST_NAMES: Final = frozenset(
    {
        "the", "a", "an", "in", "on", "at", "but", "and", "after", "before", "when", "if",
        "this", "that", "these", "those", "last", "next", "local", "state", "federal",
        "north", "south", "east", "west", "new", "his", "her", "their", "our", "its",
    }
)  # fmt: skip


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
            found = self._pronoun(span, PERSON_PRONOUNS[span.text.lower()])
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
        if low in OBJECT_PRONOUNS:
            return _cite(self._pronoun(span, OBJECT_PRONOUNS[low], fix=False), span)
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
        headline = headline_end(doc)
        # "London police": a one-word place the entity layer took for a surname
        places = {
            (p.evidence.start, p.evidence.end) for p in doc.places if " " not in p.evidence.text
        }
        seen: set[tuple[int, int]] = set()
        found: list[Named] = []
        for actor in doc.actors:
            evidence = actor.evidence
            if evidence is None or evidence.start < headline:
                continue
            key = (evidence.start, evidence.end)
            seen.add(key)
            kind = _kind(actor, labels.get(key))
            if kind == "person" and key in places:
                continue
            if kind == "person" and actor.kb_id is None:
                actor = replace(actor, name=_name_so_far(doc.text, actor.name, evidence))
            found.append(Named(evidence, actor, kind))
        for ent in doc.entities:
            key = (ent.evidence.start, ent.evidence.end)
            if key in places:
                continue
            if ent.label == "PERSON" and key not in seen and ent.evidence.start >= headline:
                name = _name_so_far(doc.text, ent.name, ent.evidence)
                actor = Actor(name, ent.evidence, kb_id=ent.kb_id)
                found.append(Named(ent.evidence, actor, "person"))
        found.sort(key=lambda n: (n.span.start, n.span.end))
        chained: list[Named] = []
        for named in found:
            if _surname_of_person(named, chained):  # "Trump, who …" tagged ORG
                named = replace(named, kind="person")
            if named.kind == "person":
                named = self._chain_person(named, chained)
            chained.append(named)
        chained += self._subject_names(doc, chained, headline)
        chained += _surname_mentions(doc.text, chained, headline)
        return sorted(chained, key=lambda n: (n.span.start, n.span.end))

    def _subject_names(self, doc: Document, named: list[Named], headline: int) -> list[Named]:
        """Rule 8: a first and last name no layer knew opening a sentence, its verb
        right after it ("Paul Nehlen responded Friday to reports …"), is a person, an
        antecedent for rule 2 (and its surname for rule 7)."""
        taken = [n.span for n in named]
        taken += [m.evidence for m in doc.entities] + [p.evidence for p in doc.places]
        found: list[Named] = []
        for start in self._sent_starts:
            match = _SUBJECT_NAME.match(self._text, start)
            if match is None or start < headline or self._in_quotes(start):
                continue
            first, last = match.group(1), match.group(2)
            if first.lower() in _NOT_FIRST_NAMES or last.lower() in ORG_HEADS:
                continue
            span = Span.of(self._text, match.start(1), match.end(2))
            if any(span.overlaps(other) for other in taken):
                continue
            found.append(Named(span, Actor(span.text, span), "person"))
        return found

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

    def _pronoun(self, span: Span, want: str, fix: bool = True) -> Actor | None:
        index = bisect.bisect_right(self._sent_starts, span.start) - 1
        own = index - 1 if _cue_after_content(self._text, span) else index
        for k in range(own, max(-1, index - PRONOUN_REACH - 1), -1):
            lo = self._sent_starts[k] if k >= 0 else 0
            hi = span.start if k == index else self._sent_starts[k + 1]
            chained = self._pronoun_between(lo, hi, want)
            for named in self._named_between(lo, hi):
                if chained is not None and chained[0] < named.span.start:
                    return chained[1]  # "He went on to endorse Ayotte": he, not Ayotte
                if named.kind != "person" or self._in_quotes(named.span.start):
                    continue
                gender = self._gender.get(named.actor.name)
                if gender is not None and gender != want:
                    continue
                if fix:
                    self._gender.setdefault(named.actor.name, want)
                return named.actor
            if chained is not None:
                return chained[1]
            if k < 0:
                break
        return None

    def _pronoun_between(self, lo: int, hi: int, want: str) -> tuple[int, Actor] | None:
        """Rule 2'': the first resolved "he"/"she" of the wanted gender in [lo, hi),
        outside quotation marks, with its offset: a chain goes on through it."""
        for (start, end), actor in self.pronouns.items():
            if lo <= start < hi and not self._in_quotes(start):
                word = self._text[start:end].lower()
                if PERSON_PRONOUNS.get(word) == want:
                    return start, actor
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


def _surname_of_person(named: Named, earlier: list[Named]) -> bool:
    """Rule 1': a one-word name the layers took for an organisation, with no knowledge
    base entry, that is the surname of a person named before ("Trump, who has been
    feuding …" after "Donald Trump") is that person."""
    name = named.actor.name
    if named.kind != "org" or named.actor.kb_id is not None or " " in name:
        return False
    return _proper(name) and _same_person(name, earlier) is not None


def _surname_mentions(text: str, named: list[Named], headline: int) -> list[Named]:
    """Rule 7': a person's surname standing alone later in the text ("Plants said",
    after "Prosecutor Mark Plants") is a mention of that person, though no layer tagged
    it, so it can be a pronoun's antecedent; only a surname in subject position counts,
    never one inside a longer name, an object ("allowed Roof to") or a possessive
    ("Trump's rivals"), and only of a person named in full, capitalised words."""
    taken = [(n.span.start, n.span.end) for n in named]
    surnames = {
        n.actor.name.split()[-1]
        for n in named
        if n.kind == "person" and len(n.actor.name.split()) > 1 and _proper(_full(n.actor.name))
    }
    found: list[Named] = []
    for word in sorted(w for w in surnames if len(w) > 2 and w[:1].isupper() and w.isalpha()):
        for match in re.finditer(rf"(?<![\w’'-]){word}(?![\w-])", text):
            start, end = match.span()
            if start < headline or any(s <= start < e for s, e in taken):
                continue
            if _in_longer_name(text, start, end) or not _opens_clause(text, start, end):
                continue  # "Kate Brown"; "allowed Roof to", "Trump's rivals": no subject
            earlier = [n for n in named if n.span.end <= start and _proper(_full(n.actor.name))]
            person = _same_person(word, earlier)
            if person is not None:
                span = Span.of(text, start, end)
                found.append(Named(span, replace(person.actor, evidence=span), "person"))
    return found


def _cue_after_content(text: str, span: Span) -> bool:
    """Rule 2': is the pronoun the subject of a speech cue after a comma, its content
    before it ("Ouellette became a squad leader, he said", "Ouellette, he said,
    wanted …")? Its own sentence is then what it reports, and names no antecedent."""
    if not text[: span.start].rstrip().endswith(","):
        return False
    words = text[span.end : span.end + 40].split()
    verbs = [w.strip(",.;:").lower() for w in words[:2]]
    return any(v in CUE_WORDS for v in verbs)


def _opens_clause(text: str, start: int, end: int) -> bool:
    """Does the word at [start, end) stand in subject position: opening its sentence or
    clause (after a full stop, a comma, a closing quotation mark or "and"/"but"), and
    not a possessive?"""
    if text[end : end + 1] in ("’", "'"):
        return False
    before = text[:start].rstrip()
    if not before or before[-1] in '.,;:!?”"\n':
        return True
    return before.rsplit(None, 1)[-1].lower() in ("and", "but", "then")


def _proper(name: str) -> bool:
    """Is every word of a name capitalised ("Mark Plants", not "she forgave Roof")?"""
    return all(word[:1].isupper() for word in name.split())


def _full(name: str) -> str:
    """A person's name without a lower-case role before it ("presidential nominee
    Donald Trump" -> "Donald Trump"): its last two words."""
    return " ".join(name.split()[-2:])


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """Does a capitalised word next to the surname make it part of another name ("Kate
    Brown", "Brown University")? A title or honorific before it does not ("Gov.")."""
    before = text[:start].rstrip(" ").rsplit(None, 1)
    prev = before[-1] if before and text[start - 1 : start] == " " else ""
    after = text[end:].lstrip(" ").split(None, 1)
    nxt = after[0] if after and text[end : end + 1] == " " else ""
    prev_word = prev.rstrip(".").lower()
    title = prev_word in ROLE_NOUNS or prev_word in HONORIFICS or prev.lower() in HONORIFICS
    prev_name = prev[:1].isupper() and not prev.endswith(".") and not title
    return prev_name or (nxt[:1].isupper() and nxt.isalpha())


def _name_so_far(text: str, name: str, evidence: Span) -> str:
    """Rule 1: a person's full name, unless only a later passage spells it (the entity
    layer linked a surname to a later namesake): then the mention as written."""
    if name in text[: evidence.end] or name not in text[evidence.end :]:
        return name
    return evidence.text


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
