"""Entities: named and designated things, by rules and knowledge.

Sources of candidates, in order (each is a function Document -> candidates, so a
trained statistical NER can later be added as one more source):
1. knowledge-base aliases (spaCy PhraseMatcher over token texts): actors -> GPE for
   states, ARMED_GROUP for non-state groups, ORG for parts of states and organisations;
   demonyms -> NORP; weapons and platforms -> WEAPON / PLATFORM. Short all-capital
   aliases ("IS", "SAF") match only that exact token and never in an all-capitals
   headline; ambiguous weapon words ("Typhoon", "Apache") need a military word in the
   same sentence;
2. designator-shaped tokens not in the catalogue ("XQ-58As") -> PLATFORM;
3. "Operation" + capitalised words -> OPERATION;
4. a title + capitalised words -> PERSON (the name only; the role stays in the text
   for the actors stage, see roles.py); later bare surnames of those people -> PERSON;
5. a modest lexicon of facilities ("underground arms cache", "airport", "hospital");
6. unknown capitalised multiword names ending in an organisation head ("Forces",
   "Brigade", "Ministry", ...) -> ORG, unless they overlap a knowledge-base match;
7. other capitalised multiword names that the actor KB resolves loosely (folded or
   fuzzy: "Hayat Tahrir al Sham") take its label;
8. the shipped statistical model (sitrep.ner.model, trained on re3d) fills the names the
   knowledge does not know. Merge rules, chosen on re3d dev with a train-only model:
   a. only its PERSON, ORG, LOC, NORP, WEAPON and PLATFORM spans are used (times and
      numbers belong to the timex and quantities stages);
   b. leading determiners, trailing punctuation and possessives, and, for names, trailing
      lower-case words ("Zamzam camp" -> "Zamzam") are trimmed; a PERSON loses its title;
      a span with no capitalised or digit-bearing non-pronoun word is dropped;
   c. a model span overlapping any rule or knowledge candidate (1-7) is dropped: knowledge
      and patterns are precise, and they carry kb_ids the later stages need;
   d. except a capitalised ORG/LOC name that strictly contains only state or demonym
      matches ("al-Qaeda in Iraq", "Gulf of Oman"): the longer name wins.
   Without a loadable model (or with `model=None`) the stage runs on rules 1-7 alone.
Overlaps: the longest candidate wins, then the earlier source; the output is sorted.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from sitrep.errors import KnowledgeDataError
from sitrep.kb.actors import ActorKB
from sitrep.kb.weapons import WeaponKB
from sitrep.model import EntityMention
from sitrep.ner.model import NerModel, load_ner
from sitrep.pipeline.document import Document
from sitrep.pipeline.resources import Resources
from sitrep.pipeline.stages.roles import TITLE, TITLED_NAME

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Candidate:
    """A possible entity; `priority` breaks ties between equally long candidates."""

    start: int
    end: int
    label: str
    name: str
    kb_id: str | None = None
    priority: int = 5


Source = Callable[[Document], Iterable[Candidate]]

_MILITARY_CONTEXT: Final = re.compile(
    r"\b(?:jets?|aircraft|fighters?|warplanes?|missiles?|drones?|strikes?|helicopters?|"
    r"tanks?|systems?|batter(?:y|ies)|air[- ]defen[cs]e|bombs?|launch(?:ed|er|ers)?|fired|"
    r"shot down|intercept(?:ed|ors?)|munitions?|artillery|sorties?|gunships?|armou?red|"
    r"howitzers?|rockets?|deployed|squadron)\b",
    re.I,
)
_OPERATION: Final = re.compile(r"\bOperation\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")
_FACILITY: Final = re.compile(
    r"\b(?:(?:underground|makeshift|secret|main|military|international)\s+)?"
    r"(?:(?:arms|weapons|ammunition|munitions)\s+(?:cache|depot|store|dump|factory)s?|"
    r"air\s?base|airbase|airport|airfield|hospital|military base|checkpoint|"
    r"refugee camp|displacement camp|power (?:plant|station)|oil refinery|"
    r"command (?:centre|center)|training camp|prison|school|mosque|church|market(?:place)?)"
    r"\b"
)
_ORG_HEADS: Final = (
    "Forces|Army|Brigade|Brigades|Front|Movement|Party|Ministry|Command|Council|Corps|"
    "Battalion|Regiment|Division|Militia|Alliance|Coalition|Committee|Agency|Organisation|"
    "Organization|Union|Group|Service|Guard|Guards|Police|Unit|Units|Authority"
)
_ORG_NAME: Final = re.compile(
    rf"\b(?:[A-Z][\w'’-]+\s+(?:(?:of|for|the|al)\s+)?){{1,5}}(?:{_ORG_HEADS})\b"
)
_CAPITALISED_RUN: Final = re.compile(
    r"\b[A-Z][\w'’]+(?:[\s-]+(?:(?:al|el|ad|ash|bin|wal|of|the)[\s-]+)?[A-Z][\w'’]+)+"
)
_DETERMINERS: Final = ("The ", "A ", "An ")

#: model labels the stage keeps; its Temporal, Quantity, Money and DocumentReference are
#: left to the timex and quantities stages (and to evaluation adapters).
_MODEL_LABELS: Final = frozenset({"PERSON", "ORG", "LOC", "NORP", "WEAPON", "PLATFORM"})
#: candidates at or below this priority are precise: a model span overlapping one is dropped.
_PRECISE: Final = 4
_MODEL: Final = 6
_LEADING_WORDS: Final = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_TRAILING: Final = frozenset({"'s", "’s", "'", "’"})
_LEADING_TITLE: Final = re.compile(rf"(?:(?:{TITLE})\.?\s+)+")
_NAME_LABELS: Final = frozenset({"PERSON", "ORG", "LOC"})
_NAME_GLUE: Final = frozenset({"of", "and", "the", "in", "for", "al", "el", "-"})
_PRONOUNS: Final = frozenset(
    [
        "i",
        "me",
        "my",
        "myself",
        "we",
        "us",
        "our",
        "ours",
        "ourselves",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "it",
        "its",
        "they",
        "them",
        "their",
        "theirs",
    ]
)


class _Default:
    """Marker for "load the shipped model" (None means rules and knowledge only)."""


_DEFAULT: Final = _Default()


def _default_model() -> NerModel | None:
    """The shipped model, or None (rules and knowledge only) when it cannot be loaded."""
    try:
        return load_ner()
    except KnowledgeDataError as exc:
        logger.warning("statistical NER unavailable, using rules and knowledge only: %s", exc)
        return None


def _trailing_non_name(token: Token, label: str) -> bool:
    """Punctuation, a possessive, or (for names) a lower-case word: "Zamzam camp" -> "Zamzam"."""
    if token.is_punct or token.lower_ in _TRAILING:
        return True
    return label in _NAME_LABELS and token.text[:1].islower()


def _after_title(tokens: Doc, start: int, end: int) -> int:
    """The first token after any leading title words ("Colonel John Dorrian" -> "John")."""
    span = tokens[start:end]
    match = _LEADING_TITLE.match(span.text)
    if match is None:
        return start
    inner = span.char_span(0, match.end(), alignment_mode="contract")
    return start + len(inner) if inner is not None else start


def _proper_name_around(cand: Candidate, span: Span, inside: Sequence[Candidate]) -> bool:
    """Whether a model ORG/LOC is a longer proper name that holds a state's name ("al-Qaeda
    in Iraq", "Gulf of Oman"): then it wins over the state match inside it (rule 8)."""
    if cand.label not in ("ORG", "LOC"):
        return False
    if any(c.label not in ("GPE", "NORP") for c in inside):
        return False
    if any(
        c.start < cand.start or c.end > cand.end or c.end - c.start == cand.end - cand.start
        for c in inside
    ):
        return False
    return all(t.text[:1].isupper() or t.lower_ in _NAME_GLUE or t.is_punct for t in span)


def _looks_like_name(span: Span) -> bool:
    """A name has a capitalised or digit-bearing word that is not a pronoun."""
    return any(
        (t.text[:1].isupper() or any(ch.isdigit() for ch in t.text)) and t.lower_ not in _PRONOUNS
        for t in span
    )


class EntitiesStage:
    name = "entities"
    version = "4"
    requires: tuple[str, ...] = ("tokens", "sentences")
    assigns: tuple[str, ...] = ("entities",)

    def __init__(
        self,
        resources: Resources,
        extra_sources: Sequence[Source] = (),
        model: NerModel | _Default | None = _DEFAULT,
    ) -> None:
        self._actors = resources.actors
        self._weapons = resources.weapons
        self._matcher, self._keys = _build_matcher(
            resources.nlp.make_doc, self._actors, self._weapons
        )
        self._sources: tuple[Source, ...] = (
            self._knowledge,
            self._designators,
            _operations,
            _people,
            _facilities,
            _org_names,
            self._fuzzy_names,
            *extra_sources,
        )
        self._model = _default_model() if isinstance(model, _Default) else model

    def __call__(self, doc: Document) -> None:
        candidates: list[Candidate] = []
        for source in self._sources:
            candidates.extend(source(doc))
        known = [(c.start, c.end) for c in candidates if c.priority == 0]
        candidates = [  # guessed names never swallow known ones ("X Forces and Y Corps")
            c for c in candidates if c.priority < 4 or not _overlaps_any(c, known)
        ]
        candidates.extend(self._statistical(doc, candidates))
        doc.entities = tuple(
            EntityMention(doc.span(c.start, c.end), c.label, c.name, c.kb_id)
            for c in select(candidates)
        )

    # -- 1. knowledge ---------------------------------------------------------------

    def _knowledge(self, doc: Document) -> Iterable[Candidate]:
        tokens = _tokens(doc)
        for match_id, start, end in self._matcher(tokens):
            span = tokens[start:end]
            kind, _, kb_id = self._keys[match_id].partition("|")
            text = span.text
            if len(text) <= 4 and text.isupper() and _in_caps_sentence(doc, span.start_char):
                continue
            if kind == "N":
                yield Candidate(span.start_char, span.end_char, "NORP", text, kb_id, 0)
            elif kind == "W":
                entry = self._weapons.get(kb_id)
                if entry is None:
                    continue
                if text in self._weapons.ambiguous and not _military_nearby(doc, span.start_char):
                    continue
                yield Candidate(span.start_char, span.end_char, entry.kind, entry.name, kb_id, 0)
            else:
                actor = self._actors.get(kb_id)
                if actor is None:
                    continue
                label = {"state": "GPE", "group": "ARMED_GROUP"}.get(actor.kind, "ORG")
                yield Candidate(span.start_char, span.end_char, label, actor.name, kb_id, 0)

    # -- 2. designators ---------------------------------------------------------------

    def _designators(self, doc: Document) -> Iterable[Candidate]:
        for token in _tokens(doc):
            base = WeaponKB.designator(token.text)
            if base is None or self._weapons.resolve(token.text) is not None:
                continue
            yield Candidate(token.idx, token.idx + len(token.text), "PLATFORM", base, None, 2)

    # -- 8. the statistical model ---------------------------------------------------------

    def _statistical(self, doc: Document, found: Sequence[Candidate]) -> Iterable[Candidate]:
        """Names the knowledge and rules missed, from the shipped NER model (rule 8)."""
        if self._model is None:
            return []
        tokens = _tokens(doc)
        precise = [c for c in found if c.priority <= _PRECISE]
        out: list[Candidate] = []
        for start, end, label in self._model.predict(tokens):
            if label not in _MODEL_LABELS:
                continue
            while start < end and tokens[start].lower_ in _LEADING_WORDS:
                start += 1
            while start < end and _trailing_non_name(tokens[end - 1], label):
                end -= 1
            if label == "PERSON":  # the role stays outside the name (see roles.py)
                start = _after_title(tokens, start, end)
            if start >= end or not _looks_like_name(tokens[start:end]):
                continue
            span = tokens[start:end]
            cand = Candidate(span.start_char, span.end_char, label, span.text, None, _MODEL)
            inside = [c for c in precise if c.start < cand.end and cand.start < c.end]
            if not inside or _proper_name_around(cand, span, inside):
                out.append(cand)
        return out

    # -- 7. loose knowledge matches ----------------------------------------------------

    def _fuzzy_names(self, doc: Document) -> Iterable[Candidate]:
        for match in _CAPITALISED_RUN.finditer(doc.text):
            start, end = match.start(), match.end()
            while doc.text[end - 1] in "'’":
                end -= 1
            for det in _DETERMINERS:
                if doc.text.startswith(det, start):
                    start += len(det)
            start, end = _snap(doc, start, end)
            text = doc.text[start:end]
            if " " not in text or text in self._actors.aliases:
                continue
            actor = self._actors.resolve(text)
            if actor is not None and actor.kind != "state":
                label = "ARMED_GROUP" if actor.kind == "group" else "ORG"
                yield Candidate(start, end, label, actor.name, actor.id, 3)


def _overlaps_any(cand: Candidate, spans: list[tuple[int, int]]) -> bool:
    return any(cand.start < e and s < cand.end for s, e in spans)


def _build_matcher(
    make_doc: Callable[[str], Doc], actors: ActorKB, weapons: WeaponKB
) -> tuple[PhraseMatcher, dict[int, str]]:
    """One PhraseMatcher over token texts for every alias, demonym and weapon name."""
    patterns: dict[str, set[str]] = {}

    def add(key: str, alias: str) -> None:
        forms = {alias}
        if alias[:1].islower():
            forms.add(alias[0].upper() + alias[1:])
        patterns.setdefault(key, set()).update(forms)

    for entry in actors:
        for alias in (entry.name, *entry.aliases):
            if actors.aliases.get(alias) == entry.id:
                add(f"A|{entry.id}", alias)
        for demonym in entry.demonyms:
            if actors.demonyms.get(demonym) == entry.id:
                add(f"N|{entry.id}", demonym)
    for alias, weapon_id in weapons.aliases.items():
        add(f"W|{weapon_id}", alias)
    vocab = make_doc("").vocab
    matcher = PhraseMatcher(vocab, attr="ORTH")
    keys: dict[int, str] = {}
    for key in sorted(patterns):
        matcher.add(key, [make_doc(form) for form in sorted(patterns[key])])
        keys[vocab.strings[key]] = key
    return matcher, keys


# -- 3-6. rule sources ---------------------------------------------------------------


def _operations(doc: Document) -> Iterable[Candidate]:
    for match in _OPERATION.finditer(doc.text):
        yield Candidate(match.start(), match.end(), "OPERATION", match.group(0), None, 1)


def _people(doc: Document) -> Iterable[Candidate]:
    """Titled names, then later mentions of their surnames (rule 4)."""
    found: dict[str, str] = {}
    for match in TITLED_NAME.finditer(doc.text):
        start, end = _snap(doc, match.start("name"), match.end("name"))
        if end <= start:
            continue
        title = _LEADING_TITLE.match(doc.text, start, end)  # "spokesman Colonel John Dorrian"
        if title is not None and title.end() < end:
            start = title.end()
        name = doc.text[start:end]
        found.setdefault(name.split()[-1], name)
        yield Candidate(start, end, "PERSON", name, None, 1)
    for surname, full in sorted(found.items()):
        if " " not in full:
            continue
        for match in re.finditer(rf"\b{re.escape(surname)}\b", doc.text):
            yield Candidate(match.start(), match.end(), "PERSON", full, None, 3)


def _facilities(doc: Document) -> Iterable[Candidate]:
    for match in _FACILITY.finditer(doc.text):
        yield Candidate(match.start(), match.end(), "FACILITY", match.group(0), None, 4)


def _org_names(doc: Document) -> Iterable[Candidate]:
    for match in _ORG_NAME.finditer(doc.text):
        start = match.start()
        text = match.group(0)
        for det in _DETERMINERS:
            if text.startswith(det):
                start += len(det)
        if " " not in doc.text[start : match.end()]:
            continue
        yield Candidate(start, match.end(), "ORG", doc.text[start : match.end()], None, 4)


# -- helpers ---------------------------------------------------------------------------


def select(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then priority, then position."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    ordered = sorted(
        candidates, key=lambda c: (-(c.end - c.start), c.priority, c.start, c.label, c.name)
    )
    for cand in ordered:
        if cand.end <= cand.start:
            continue
        if any(cand.start < e and s < cand.end for s, e in taken):
            continue
        chosen.append(cand)
        taken.append((cand.start, cand.end))
    return sorted(chosen, key=lambda c: (c.start, c.end, c.label))


def _tokens(doc: Document) -> Doc:
    if doc.tokens is None:
        raise ValueError("the entities stage needs the tokens layer (run segment first)")
    return doc.tokens


def _snap(doc: Document, start: int, end: int) -> tuple[int, int]:
    """Shrink a character range to whole tokens ("Hegseth's" -> "Hegseth")."""
    span = _tokens(doc).char_span(start, end, alignment_mode="contract")
    if span is None:
        return start, start
    return span.start_char, span.end_char


def _sentence_at(doc: Document, offset: int) -> tuple[int, int]:
    for sentence in doc.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.start, sentence.end
    return 0, len(doc.text)


def _in_caps_sentence(doc: Document, offset: int) -> bool:
    """Whether the sentence is mostly capitals (a headline), where "IS" is a verb."""
    start, end = _sentence_at(doc, offset)
    letters = [c for c in doc.text[start:end] if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _military_nearby(doc: Document, offset: int) -> bool:
    start, end = _sentence_at(doc, offset)
    return _MILITARY_CONTEXT.search(doc.text, start, end) is not None
