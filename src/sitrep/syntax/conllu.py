"""Read Universal Dependencies CoNLL-U files into plain sentences (words, spaces, UPOS, tree).

Rules applied, in order, for each sentence block (blank-line separated):

1. Comment lines (`#`) are skipped; the text is rebuilt from the words and their spacing.
2. Empty nodes (ids like `8.1`, the enhanced-graph copies of elided predicates) are dropped:
   they have no surface form and no basic-tree head.
3. Multiword tokens (ranges like `3-4`, e.g. "don't" = "do" + "n't") keep their syntactic
   words, which is also how spaCy's English tokenizer splits contractions; the words inside
   the range are joined without spaces, and the range's own `SpaceAfter=No` decides the space
   after its last word.
4. Heads become 0-based word indices, the root pointing at itself (spaCy's convention);
   relations keep their UD subtypes (`nsubj:pass`, `obl:agent`), which mark the passive.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class UDSentence:
    """One sentence of a treebank: syntactic words with spacing, UPOS tags and a basic tree."""

    sent_id: str
    words: tuple[str, ...]
    spaces: tuple[bool, ...]
    upos: tuple[str, ...]
    heads: tuple[int, ...]
    deps: tuple[str, ...]


def _space_after(misc: str) -> bool:
    return "SpaceAfter=No" not in misc.split("|")


def _parse_block(lines: list[str]) -> UDSentence | None:
    sent_id = ""
    words: list[str] = []
    spaces: list[bool] = []
    upos: list[str] = []
    heads: list[int] = []
    deps: list[str] = []
    range_end, range_space = 0, True
    for line in lines:
        if line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise ValueError(f"malformed CoNLL-U line in {sent_id or 'sentence'}: {line!r}")
        ident = cols[0]
        if "." in ident:
            continue
        if "-" in ident:
            range_end = int(ident.split("-")[1])
            range_space = _space_after(cols[9])
            continue
        index = int(ident)
        inside_range = index <= range_end
        words.append(cols[1])
        spaces.append(
            (range_space if index == range_end else False)
            if inside_range
            else _space_after(cols[9])
        )
        upos.append(cols[3])
        head = int(cols[6])
        heads.append(index - 1 if head == 0 else head - 1)
        deps.append(cols[7])
    if not words:
        return None
    return UDSentence(sent_id, tuple(words), tuple(spaces), tuple(upos), tuple(heads), tuple(deps))


def read_conllu(path: Path) -> Iterator[UDSentence]:
    """Every sentence of a CoNLL-U file, in file order."""
    block: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if line.strip():
                block.append(line)
                continue
            sentence = _parse_block(block) if block else None
            block = []
            if sentence is not None:
                yield sentence
    if block and (sentence := _parse_block(block)) is not None:
        yield sentence
