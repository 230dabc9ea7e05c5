"""The GTT template-filling metric (Du, Rush & Cardie, NAACL 2021), reimplemented.

The authors' `eval.py` is not in the data folder; this follows the paper's definition
and is validated by scoring their released predictions (`reference_predictions/`),
which must give P 61.69 / R 42.36 / F1 50.23 for GTT and, with `ceaf_ree`, 54.50 for
GRIT. Per document:
1. every partial one-to-one mapping of predicted templates onto gold templates is
   tried; the mapping with the best F1 (then most matches) is kept;
2. a mapped pair counts only when the incident types agree; a gold type written as
   alternatives ("attack / bombing") accepts either; an agreeing pair scores one
   incident-type match;
3. inside an agreeing pair, per role (PerpInd, PerpOrg, Target, Victim, Weapon), a
   predicted entity is correct when one of its mentions is among a gold entity's
   mentions (after SQuAD normalisation: lower case, no punctuation or articles); a
   gold entity is found when some predicted entity matches it;
4. precision's denominator is every predicted template (1 for its type + its role
   entities), recall's every gold template; counts are summed over documents (micro).
CEAF-REE (GRIT) drops templates: per role, a one-to-one maximum matching of predicted
and gold entities, micro over documents.
"""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

ROLES = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
#: an entity = its mention strings; a template = incident type + role -> entities.
Entity = Sequence[str]
_PUNCT = frozenset(string.punctuation)
_ARTICLES = re.compile(r"\b(a|an|the)\b")
#: above this many templates on a side the mapping search is greedy, not exhaustive.
_EXHAUSTIVE = 7


@dataclass(frozen=True)
class Template:
    incident_type: str
    roles: Mapping[str, Sequence[Entity]]

    def entities(self, role: str) -> Sequence[Entity]:
        return self.roles.get(role, ())

    def size(self) -> int:
        return 1 + sum(len(self.entities(r)) for r in ROLES)


@dataclass
class Counts:
    p_num: int = 0
    p_den: int = 0
    r_num: int = 0
    r_den: int = 0

    def add(self, other: Counts) -> None:
        self.p_num += other.p_num
        self.p_den += other.p_den
        self.r_num += other.r_num
        self.r_den += other.r_den

    @property
    def precision(self) -> float:
        return self.p_num / self.p_den if self.p_den else 0.0

    @property
    def recall(self) -> float:
        return self.r_num / self.r_den if self.r_den else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def normalise(text: str) -> str:
    text = "".join(ch for ch in text.lower() if ch not in _PUNCT)
    return " ".join(_ARTICLES.sub(" ", text).split())


def template_from_json(raw: Mapping[str, object]) -> Template:
    """A template from the GTT JSON shape; mentions may be strings or [string, offset]."""
    roles: dict[str, list[list[str]]] = {}
    for role in ROLES:
        value = raw.get(role) or []
        entities: list[list[str]] = []
        if isinstance(value, list):
            for entity in value:
                if isinstance(entity, list):
                    entities.append([m[0] if isinstance(m, list) else str(m) for m in entity])
        roles[role] = entities
    return Template(str(raw.get("incident_type", "")), roles)


def _matches(pred: Entity, gold: Entity) -> bool:
    wanted = {normalise(m) for m in gold}
    return any(normalise(m) in wanted for m in pred)


def _types_agree(pred: Template, gold: Template) -> bool:
    return pred.incident_type in [t.strip() for t in gold.incident_type.split("/")]


def _score_mapping(
    mapping: Sequence[int], pred: Sequence[Template], gold: Sequence[Template]
) -> Counts:
    counts = Counts(p_den=sum(t.size() for t in pred), r_den=sum(t.size() for t in gold))
    for i, j in enumerate(mapping):
        if j < 0 or not _types_agree(pred[i], gold[j]):
            continue
        counts.p_num += 1
        counts.r_num += 1
        for role in ROLES:
            p_ents, g_ents = pred[i].entities(role), gold[j].entities(role)
            counts.p_num += sum(any(_matches(p, g) for g in g_ents) for p in p_ents)
            counts.r_num += sum(any(_matches(p, g) for p in p_ents) for g in g_ents)
    return counts


def _mappings(n_pred: int, n_gold: int) -> Iterator[tuple[int, ...]]:
    slots = list(range(n_gold)) + [-1] * n_pred
    seen: set[tuple[int, ...]] = set()
    for perm in itertools.permutations(slots, n_pred):
        if perm not in seen:
            seen.add(perm)
            yield perm


def _greedy(pred: Sequence[Template], gold: Sequence[Template]) -> tuple[int, ...]:
    mapping = [-1] * len(pred)
    free = set(range(len(gold)))
    for i in range(len(pred)):
        best, best_j = -1, -1
        for j in sorted(free):
            m = [-1] * len(pred)
            m[i] = j
            got = _score_mapping(m, pred, gold).p_num
            if got > best:
                best, best_j = got, j
        if best > 0:
            mapping[i] = best_j
            free.discard(best_j)
    return tuple(mapping)


def score_document(pred: Sequence[Template], gold: Sequence[Template]) -> Counts:
    """Counts of the best template mapping for one document (rules 1-4)."""
    if len(pred) > _EXHAUSTIVE or len(gold) > _EXHAUSTIVE:
        return _score_mapping(_greedy(pred, gold), pred, gold)
    best: Counts | None = None
    for mapping in _mappings(len(pred), len(gold)):
        counts = _score_mapping(mapping, pred, gold)
        if best is None or (counts.f1, counts.p_num) > (best.f1, best.p_num):
            best = counts
    return best if best is not None else Counts()


def score_corpus(docs: Sequence[tuple[Sequence[Template], Sequence[Template]]]) -> Counts:
    """Micro-summed GTT counts over (predicted, gold) template lists."""
    total = Counts()
    for pred, gold in docs:
        total.add(score_document(pred, gold))
    return total


def _max_matching(pred: Sequence[Entity], gold: Sequence[Entity]) -> int:
    edges = [[j for j, g in enumerate(gold) if _matches(p, g)] for p in pred]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    return sum(augment(i, set()) for i in range(len(pred)))


def ceaf_ree(
    docs: Sequence[tuple[Mapping[str, Sequence[Entity]], Mapping[str, Sequence[Entity]]]],
) -> Counts:
    """GRIT's CEAF-REE: role-filler entities per document, one-to-one, micro."""
    total = Counts()
    for pred, gold in docs:
        for role in ROLES:
            p, g = pred.get(role, ()), gold.get(role, ())
            matched = _max_matching(p, g)
            total.add(Counts(matched, len(p), matched, len(g)))
    return total
