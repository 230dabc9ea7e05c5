"""Readers for the token-per-line NER corpora the statistical model learns from.

Rules, in the order they are applied:

1. Files are read as bytes and decoded as UTF-8; every line ending (CRLF, LF, a lone CR)
   ends a line, because ConfliBERT's re3d files use CRLF and separate sentences with
   lines that hold only a carriage return.
2. A blank line (after stripping whitespace) ends a sentence; a line starting with `#` is
   a comment (UNER's `# sent_id`, `# text`) and is skipped.
3. re3d CoNLL rows are `token<TAB>tag`; UNER rows are `index<TAB>token<TAB>tag<TAB>...`.
4. Tags are normalised to IOB2 over re3d's type names: UNER's PER/LOC/ORG become
   Person/Location/Organisation, its draft-only OTH type and the stray `B-O` tag become O.
5. An `I-X` that does not continue an `X` entity starts a new one (seqeval's lenient
   reading), so a malformed row never drops an entity.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

#: The entity types of ConfliBERT's re3d split (the scored types), in a fixed order.
RE3D_TYPES: tuple[str, ...] = (
    "DocumentReference",
    "Location",
    "MilitaryPlatform",
    "Money",
    "Nationality",
    "Organisation",
    "Person",
    "Quantity",
    "Temporal",
    "Weapon",
)

#: Folds of re3d train for cross-validated analysis: a model trained with
#: `python -m sitrep.ner.train --holdout-fold K --folds CV_FOLDS` never saw fold K, so the
#: whole recogniser can be scored fairly on it (`sitrep evaluate ner --split train-fold-K`).
CV_FOLDS = 4

#: UNER's types expressed as re3d types; anything else in UNER (OTH) is dropped.
UNER_TO_RE3D: dict[str, str] = {"PER": "Person", "LOC": "Location", "ORG": "Organisation"}


@dataclass(frozen=True)
class Sentence:
    """One tokenised sentence with an IOB2 tag per token."""

    words: tuple[str, ...]
    tags: tuple[str, ...]

    def spans(self) -> list[tuple[int, int, str]]:
        """The entities as (token start, token end exclusive, type)."""
        return iob_to_spans(self.tags)


def iob_to_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Entity spans from IOB/IOB2 tags, reading an orphan `I-X` as the start of an `X`."""
    spans: list[tuple[int, int, str]] = []
    start: int | None = None
    label = ""
    for i, tag in enumerate(tags):
        prefix, _, kind = tag.partition("-")
        continues = prefix == "I" and start is not None and kind == label
        if continues:
            continue
        if start is not None:
            spans.append((start, i, label))
            start = None
        if prefix in ("B", "I") and kind:
            start, label = i, kind
    if start is not None:
        spans.append((start, len(tags), label))
    return spans


def spans_to_iob(length: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """IOB2 tags for `length` tokens from non-overlapping (start, end, type) spans."""
    tags = ["O"] * length
    for start, end, label in spans:
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            tags[i] = f"I-{label}"
    return tags


def _lines(path: Path) -> list[str]:
    return path.read_bytes().decode("utf-8").splitlines()


def _blocks(path: Path) -> list[list[list[str]]]:
    """Sentences as lists of tab-split rows (rules 1 and 2)."""
    blocks: list[list[list[str]]] = []
    current: list[list[str]] = []
    for line in _lines(path):
        if not line.strip():
            if current:
                blocks.append(current)
                current = []
            continue
        if line.startswith("#"):
            continue
        current.append(line.split("\t"))
    if current:
        blocks.append(current)
    return blocks


def read_conll(path: Path) -> list[Sentence]:
    """Read a two-column `token<TAB>tag` file such as ConfliBERT's re3d train/dev/test."""
    sentences: list[Sentence] = []
    for block in _blocks(path):
        rows = [row for row in block if len(row) >= 2]
        if rows:
            sentences.append(Sentence(tuple(r[0] for r in rows), tuple(r[1].strip() for r in rows)))
    return sentences


def _map_uner_tag(tag: str) -> str:
    prefix, _, kind = tag.partition("-")
    mapped = UNER_TO_RE3D.get(kind)
    if prefix not in ("B", "I") or mapped is None:
        return "O"
    return f"{prefix}-{mapped}"


def read_uner(path: Path) -> list[Sentence]:
    """Read a Universal NER `.iob2` file, tags mapped to re3d types (rule 4).

    Multi-word-token and empty-node rows (index with `-` or `.`) are not present in UNER,
    but are skipped defensively so tokens stay aligned with their tags."""
    sentences: list[Sentence] = []
    for block in _blocks(path):
        rows = [r for r in block if len(r) >= 3 and r[0].isdigit()]
        if not rows:
            continue
        tags = [_map_uner_tag(r[2].strip()) for r in rows]
        # Re-derive IOB2 so an I- left behind by a dropped OTH entity starts cleanly.
        fixed = spans_to_iob(len(tags), iob_to_spans(tags))
        sentences.append(Sentence(tuple(r[1] for r in rows), tuple(fixed)))
    return sentences


def fold_split(
    sentences: Sequence[Sentence], fold: int, folds: int
) -> tuple[list[Sentence], list[Sentence]]:
    """Sentences kept for training and those withheld: sentence i is withheld when
    i % folds == fold (interleaved, so every source document is spread over the folds)."""
    if not 0 <= fold < folds:
        raise ValueError(f"fold {fold} is not in 0..{folds - 1}")
    kept = [s for i, s in enumerate(sentences) if i % folds != fold]
    withheld = [s for i, s in enumerate(sentences) if i % folds == fold]
    return kept, withheld
