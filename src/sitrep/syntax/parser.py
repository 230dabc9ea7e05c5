"""The shipped dependency parser, loaded lazily, and the grammatical frame of an event trigger.

The model (trained on UD English-EWT by `python -m sitrep.syntax.train`) tags UPOS and
predicts basic UD relations. `frame_of` reads, from any parsed spaCy Doc, who is said to
do what to whom around one trigger word, by structure rather than word order. Rules applied,
in order:

1. The trigger token: of the tokens overlapping the trigger's characters, the one whose
   head lies outside them ("air strike" -> "strike").
2. Arguments are the trigger's own children: `nsubj` (subject), `nsubj:pass` (subject of a
   passive; the frame is then passive), `obj`, and `obl:agent` or any `obl`/`nmod` marked
   "by" (the agent, "was shelled by government forces", "the attack by militants"). A
   passive is also marked by an `aux:pass` child; an agent may hang from the verb's
   predicative complement ("was shot dead by gunmen").
3. Every other `obl`/`nmod` child with a preposition is an attachment keyed by that
   preposition, lower-cased and with multiword prepositions joined ("against", "on",
   "alongside", "on behalf of"); an `-ing` clause with its own object is keyed by its verb
   ("targeting" in "a strike targeting a convoy"). A possessor of a nominal trigger
   ("Russia's strike") is its agent.
4. A verb without its own subject takes the subject of the verb it is coordinated with
   ("stormed the village and killed 12 people"), or that it complements or modifies as a
   participle ("opened fire, killing 5"); a verb heading a relative clause whose subject is
   the relative pronoun takes the noun the clause modifies ("militants who attacked").
   A coordinated verb without its own object takes a shared object to its right ("shot and
   killed two men").
5. A nominal trigger that is the object of a verb ("carried out an airstrike") or the passive
   subject of one ("an attack was launched by X") takes that verb's doer as its agent when
   it has none of its own ("support verb" constructions).
6. An argument's phrase is its head word with its modifiers, without relative or other
   clauses, appositions, punctuation, whitespace, its own preposition and conjuncts; conjuncts are
   listed separately ("the United States and Jordan").

`doer` and `undergoer` turn the grammatical frame into roles: the agent, else the subject of
an active verb; the subject of a passive, else the object, else what follows "against" or
"targeting". Spans are character offsets into the article when a sentence offset is given.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from sitrep.errors import KnowledgeDataError
from sitrep.model import Span

#: Folder holding the shipped model (the `nlp.to_disk` output).
MODEL_DIR = Path(__file__).resolve().parent / "model"

#: relations whose dependent is an oblique or nominal modifier introduced by a preposition
_OBLIQUE = ("obl", "nmod")
#: children left out of an argument's phrase (step 6): clauses, appositions, conjuncts and
#: the preposition that introduces it
_NOT_IN_PHRASE = frozenset(
    {
        "acl",
        "acl:relcl",
        "advcl",
        "appos",
        "case",
        "cc",
        "conj",
        "dep",
        "list",
        "mark",
        "parataxis",
        "punct",
    }
)
#: relations through which a verb without a subject inherits one (step 4)
_INHERITS_SUBJECT = frozenset({"conj", "xcomp", "advcl"})
#: relative pronouns standing for the noun a relative clause modifies
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
#: attachments that name what an action was aimed at
TARGET_MARKERS = ("against", "targeting")


@dataclass(frozen=True)
class Argument:
    """One argument of a trigger: its phrase, its head word and any coordinated phrases."""

    phrase: Span
    head: Span
    conjuncts: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Frame:
    """The grammatical frame of one trigger word (see the module docstring)."""

    trigger: Span
    passive: bool
    subject: Argument | None
    object: Argument | None
    agent: Argument | None
    attachments: tuple[tuple[str, Argument], ...]

    def attached(self, marker: str) -> Argument | None:
        """The first argument attached with `marker` ("against", "on", "targeting")."""
        return next((arg for key, arg in self.attachments if key == marker), None)

    @property
    def doer(self) -> Argument | None:
        """Who did it: the agent, else the subject of an active verb."""
        if self.agent is not None:
            return self.agent
        return None if self.passive else self.subject

    @property
    def undergoer(self) -> Argument | None:
        """Whom it was done to: a passive's subject, the object, else "against"/"targeting"."""
        if self.passive and self.subject is not None:
            return self.subject
        if self.object is not None:
            return self.object
        return next((a for m in TARGET_MARKERS if (a := self.attached(m)) is not None), None)


def _dep(token: Token) -> str:
    return token.dep_.lower()


def _children(token: Token, *deps: str) -> list[Token]:
    return [child for child in token.children if _dep(child) in deps]


def _span(token_start: Token, token_end: Token, offset: int) -> Span:
    doc = token_start.doc
    start = token_start.idx
    end = token_end.idx + len(token_end)
    return Span(start + offset, end + offset, doc.text[start:end])


def _phrase_tokens(head: Token) -> list[Token]:
    kept = [head]
    for child in head.children:
        if _dep(child) not in _NOT_IN_PHRASE:
            kept.extend(t for t in child.subtree if not t.is_space)
    return sorted(kept, key=lambda t: t.i)


def _argument(head: Token, offset: int) -> Argument:
    """Step 6: the phrase of `head`, with its conjuncts listed apart."""
    tokens = _phrase_tokens(head)
    conjuncts: list[Span] = []
    for conj in _conjuncts(head):
        conj_tokens = _phrase_tokens(conj)
        conjuncts.append(_span(conj_tokens[0], conj_tokens[-1], offset))
    return Argument(
        _span(tokens[0], tokens[-1], offset), _span(head, head, offset), tuple(conjuncts)
    )


def _conjuncts(head: Token) -> Iterable[Token]:
    for conj in _children(head, "conj"):
        yield conj
        yield from _conjuncts(conj)


def _marker(token: Token) -> str | None:
    """The preposition introducing an oblique or nominal modifier, if any ("on behalf of")."""
    for case in _children(token, "case"):
        words = [case, *_children(case, "fixed")]
        return " ".join(w.lower_ for w in sorted(words, key=lambda t: t.i))
    return None


def _is_verbal(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or bool(_children(token, "nsubj", "nsubj:pass", "obj"))


def _own_subject(token: Token) -> Token | None:
    subjects = _children(token, "nsubj", "nsubj:pass")
    return subjects[0] if subjects else None


def _relative_antecedent(verb: Token, subject: Token) -> Token:
    if _dep(verb) == "acl:relcl" and subject.lower_ in _RELATIVE_PRONOUNS:
        return verb.head
    return subject


def _inherited_subject(verb: Token) -> Token | None:
    """Step 4: the subject of the verb this one is coordinated with or depends on."""
    current = verb
    while _own_subject(current) is None and _dep(current) in _INHERITS_SUBJECT:
        if current.head.i == current.i:
            return None
        current = current.head
    subject = _own_subject(current)
    return None if subject is None else _relative_antecedent(current, subject)


def _object(verb: Token) -> Token | None:
    objects = _children(verb, "obj")
    if objects:
        return objects[0]
    if _dep(verb) == "conj" and verb.head.i != verb.i:
        shared = _children(verb.head, "obj")
        if shared and shared[0].i > verb.i:
            return shared[0]
    return None


def _is_passive(token: Token) -> bool:
    return bool(_children(token, "nsubj:pass", "aux:pass", "obl:agent"))


def _agent(token: Token) -> Token | None:
    # "shot dead by gunmen": the agent may hang from the verb's predicative complement
    agents = _children(token, "obl:agent") or [
        agent for xcomp in _children(token, "xcomp") for agent in _children(xcomp, "obl:agent")
    ]
    if agents:
        return agents[0]
    for child in _children(token, *_OBLIQUE):
        if _marker(child) == "by":
            return child
    if not _is_verbal(token):
        possessors = _children(token, "nmod:poss")
        if possessors and possessors[0].pos_ != "PRON":
            return possessors[0]
    return None


def _attachments(token: Token, agent: Token | None, offset: int) -> list[tuple[str, Argument]]:
    found: list[tuple[str, Argument]] = []
    for child in token.children:
        if agent is not None and child.i == agent.i:
            continue
        dep = _dep(child)
        if dep == "nmod:poss":
            continue
        if dep.split(":")[0] in _OBLIQUE and (marker := _marker(child)) is not None:
            found.append((marker, _argument(child, offset)))
        elif dep in ("acl", "advcl") and child.lower_.endswith("ing"):
            objects = _children(child, "obj")
            if objects:
                found.append((child.lower_, _argument(objects[0], offset)))
    return found


def _support_verb_doer(noun: Token, offset: int) -> Argument | None:
    """Step 5: "X carried out an attack" / "an attack was launched by X" -> X."""
    verb = noun.head
    if verb.i == noun.i or _dep(noun) not in ("obj", "nsubj:pass") or not _is_verbal(verb):
        return None
    return frame_of(verb, offset).doer


def trigger_token(doc: Doc, start: int, end: int) -> Token | None:
    """Step 1: the syntactic head among the tokens overlapping characters `start:end`."""
    inside = [t for t in doc if t.idx < end and start < t.idx + len(t)]
    indices = {t.i for t in inside}
    for token in inside:
        if token.head.i not in indices or token.head.i == token.i:
            return token
    return inside[0] if inside else None


def _subject(token: Token, verbal: bool) -> tuple[Token | None, bool]:
    """The subject (steps 2 and 4) and whether a coordinated verb shares a passive one."""
    own = _own_subject(token)
    if own is not None:
        return _relative_antecedent(token, own), False
    if not verbal:
        return None, False
    inherited = _inherited_subject(token)
    shares_passive = (
        inherited is not None and _dep(token) == "conj" and _dep(inherited) == "nsubj:pass"
    )
    return inherited, shares_passive


def frame_of(token: Token, offset: int = 0) -> Frame:
    """The grammatical frame of `token` in its parsed Doc, spans shifted by `offset`."""
    verbal = _is_verbal(token)
    subject, shares_passive = _subject(token, verbal)
    obj = _object(token) if verbal else None
    agent = _agent(token)
    agent_argument = None if agent is None else _argument(agent, offset)
    if agent_argument is None and not verbal:
        agent_argument = _support_verb_doer(token, offset)
    return Frame(
        trigger=_span(token, token, offset),
        passive=_is_passive(token) or shares_passive,
        subject=None if subject is None else _argument(subject, offset),
        object=None if obj is None else _argument(obj, offset),
        agent=agent_argument,
        attachments=tuple(_attachments(token, agent, offset)),
    )


class SyntaxModel:
    """A loaded tagger and dependency parser (spaCy tok2vec, morphologizer, parser)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    @classmethod
    def from_disk(cls, path: Path = MODEL_DIR) -> SyntaxModel:
        """Load a model saved with `nlp.to_disk`; KnowledgeDataError if it is absent."""
        if not (path / "config.cfg").is_file():
            raise KnowledgeDataError(
                f"syntax model not found at {path}; train it with "
                "`python -m sitrep.syntax.train --output src/sitrep/syntax/model`"
            )
        return cls(spacy.load(path))

    def parse(self, sentence: str) -> Doc:
        """Tokenise, tag and parse one sentence (the model was trained on sentences)."""
        return self.nlp(sentence)

    def parse_many(self, sentences: Iterable[str], batch_size: int = 64) -> list[Doc]:
        """Parse several sentences in batches (faster than one by one)."""
        return list(self.nlp.pipe(sentences, batch_size=batch_size))

    def frame(self, sentence: Span, trigger: Span) -> Frame | None:
        """The frame of the trigger inside `sentence`; spans in the sentence's coordinates
        (article offsets when `sentence` is an article span); None if they do not overlap."""
        doc = self.parse(sentence.text)
        token = trigger_token(doc, trigger.start - sentence.start, trigger.end - sentence.start)
        return None if token is None else frame_of(token, sentence.start)


@lru_cache(maxsize=1)
def load_syntax() -> SyntaxModel:
    """The shipped model, loaded once per process."""
    return SyntaxModel.from_disk(MODEL_DIR)
