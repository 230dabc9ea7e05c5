"""TempEval-3 Task A (TIMEX3 recognition and normalisation) for the timex cascade.

Splits: "train" = TBAQ-cleaned (TimeBank + AQUAINT, 256 documents; the only split rules
may be tuned on), "test" = TE3-platinum (20 documents; run to report). The document
creation time (functionInDocument="CREATION_TIME") is the anchor date.

Metrics, as the official scorer (`TE3-evaluation.py`, its `evaluate_entities.py`)
computes them, summed over all documents before dividing:
1. strict span P/R/F1: identical character offsets;
2. relaxed span P/R/F1: any overlap; precision counts the system timexes that overlap
   some gold one (over all system timexes), recall the gold timexes that some system
   timex overlaps (over all gold timexes);
3. value accuracy: among the relaxed-matched gold timexes, the share whose matched
   system timex has the gold value; value precision = accuracy x relaxed precision,
   value recall = accuracy x relaxed recall, so value F1 = accuracy x relaxed F1 (the
   scorer's `performance_value`); likewise type accuracy and type F1. A system
   timex with no value counts as a wrong value, never as a missing timex.
Clock times are compared in each corpus's convention: TimeBank and TE3-platinum write
local time without a zone offset ("2000-04-06T04:00"), so `timeml_value` removes the
offset our values carry when the text names a zone ("4 a.m. EDT" gives
"...T04:00-04:00"); MEANTIME writes the offset ("...T08:30Z") and compares as is.
Our range mentions ("between X and Y"), which TimeML does not annotate, are left out
when they cover other mentions; their two parts are scored.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import DatasetMissing
from sitrep.evaluate.base import Evaluator, Published, Report, register
from sitrep.model import TimexMention
from sitrep.temporal import find_timexes

SPLITS = {
    "train": ("tempeval3", "Training", "TBAQ-cleaned"),
    "test": ("tempeval3", "Evaluation", "te3-platinum"),
}
_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDoc:
    name: str
    text: str
    dct: str | None
    timexes: tuple[GoldTimex, ...]


def read_tml(path: Path) -> TimeMLDoc:
    """The plain text of <TEXT>, its TIMEX3 annotations as offsets, and the DCT."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    dct = None
    for tag in re.finditer(r"<TIMEX3([^>]*)>", raw):
        attrs = dict(_ATTR.findall(tag.group(1)))
        if attrs.get("functionInDocument") == "CREATION_TIME":
            dct = attrs.get("value")
            break
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.DOTALL)
    source = body.group(1) if body else raw
    parts: list[str] = []
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    gold: list[GoldTimex] = []
    position = 0
    for tag in _TAG.finditer(source):
        chunk = html.unescape(source[position : tag.start()])
        parts.append(chunk)
        length += len(chunk)
        position = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1):
            if open_timex:
                start, attrs = open_timex.pop()
                gold.append(GoldTimex(start, length, attrs.get("type", ""), attrs.get("value", "")))
        elif not tag.group(3).rstrip().endswith("/"):
            open_timex.append((length, dict(_ATTR.findall(tag.group(3)))))
    parts.append(html.unescape(source[position:]))
    return TimeMLDoc(path.name, "".join(parts), dct, tuple(sorted(gold, key=lambda g: g.start)))


def documents(split: str, shared: Path) -> list[TimeMLDoc]:
    folder = shared.joinpath("datasets", *SPLITS[split])
    if not folder.is_dir():
        raise DatasetMissing(f"TempEval-3 {split} split not found at {folder}")
    return [read_tml(path) for path in sorted(folder.rglob("*.tml"))]


def scored_mentions(doc: TimeMLDoc) -> list[TimexMention]:
    """Our mentions for a document, less the range mentions TimeML does not annotate."""
    found = find_timexes(doc.text, doc.dct)
    return [m for m in found if not _covers_others(m, found)]


def _covers_others(mention: TimexMention, found: tuple[TimexMention, ...]) -> bool:
    if mention.value is None or "/" not in mention.value:
        return False
    return any(o is not mention and mention.evidence.contains(o.evidence) for o in found)


_ZONE_SUFFIX = re.compile(r"(T\d\d(?::\d\d){0,2})(?:Z|[+-]\d\d(?::?\d\d)?)$")


def timeml_value(value: str | None) -> str | None:
    """A value in TimeBank's convention: a clock time without its zone offset."""
    return None if value is None else _ZONE_SUFFIX.sub(r"\1", value)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def same_value(value: str | None) -> str | None:
    """A value compared as written (corpora whose clock times carry their zone)."""
    return value


def score(
    docs: list[TimeMLDoc], convention: Callable[[str | None], str | None] = timeml_value
) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    n_sys = n_gold = strict = relaxed_sys = relaxed_gold = pairs = values = types = 0
    by_type: dict[str, list[int]] = {}
    for doc in docs:
        ours = scored_mentions(doc)
        n_sys += len(ours)
        n_gold += len(doc.timexes)
        spans = {(m.evidence.start, m.evidence.end) for m in ours}
        relaxed_sys += sum(
            any(m.evidence.start < g.end and g.start < m.evidence.end for g in doc.timexes)
            for m in ours
        )
        for g in doc.timexes:
            row = by_type.setdefault(g.type, [0, 0, 0])
            row[0] += 1
            strict += (g.start, g.end) in spans
            match = next(
                (m for m in ours if m.evidence.start < g.end and g.start < m.evidence.end), None
            )
            if match is None:
                continue
            relaxed_gold += 1
            pairs += 1
            row[1] += 1
            value_right = convention(match.value) == g.value
            values += value_right
            row[2] += value_right
            types += match.type == g.type
    p_strict, r_strict = strict / max(n_sys, 1), strict / max(n_gold, 1)
    p_rel, r_rel = relaxed_sys / max(n_sys, 1), relaxed_gold / max(n_gold, 1)
    f_rel = _f1(p_rel, r_rel)
    value_acc, type_acc = values / max(pairs, 1), types / max(pairs, 1)
    metrics = {
        "strict_precision": p_strict,
        "strict_recall": r_strict,
        "strict_f1": _f1(p_strict, r_strict),
        "relaxed_precision": p_rel,
        "relaxed_recall": r_rel,
        "relaxed_f1": f_rel,
        "value_accuracy": value_acc,
        "value_precision": p_rel * value_acc,
        "value_recall": r_rel * value_acc,
        "value_f1": f_rel * value_acc,
        "type_accuracy": type_acc,
        "type_f1": f_rel * type_acc,
        "gold": float(n_gold),
        "system": float(n_sys),
    }
    breakdown = {
        kind: {
            "gold": float(row[0]),
            "recall": row[1] / row[0],
            "value_accuracy": row[2] / max(row[1], 1),
        }
        for kind, row in sorted(by_type.items())
    }
    return metrics, breakdown


def run(split: str, shared: Path) -> Report:
    docs = documents(split, shared)
    metrics, breakdown = score(docs)
    source = "UzZaman et al. 2013, TempEval-3 Task A (TE3-platinum)"
    published = (
        Published("HeidelTime", "value_f1", 0.7761, source),
        Published("HeidelTime", "relaxed_f1", 0.903, source),
    )
    return Report(
        dataset="timex",
        split=split,
        metrics=metrics,
        published=published if split == "test" else (),
        breakdown=breakdown,
        notes=(f"{len(docs)} documents; anchor = document creation time",),
    )


register(
    Evaluator(
        name="timex",
        description="TempEval-3 Task A: TIMEX3 spans, types and values",
        splits=tuple(SPLITS),
        default_split="train",
        run=run,
    )
)
