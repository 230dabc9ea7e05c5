"""MEANTIME (NewsReader, English WikiNews) TIMEX3 recognition and normalisation.

120 English WikiNews articles (Airbus, Apple, GM, stock markets) in CAT XML: tokens with
sentence numbers, and TIMEX3 markables anchored to token ids. There is no official split
and no published Task-A-style figure ("none"); all documents form the split "all".

Reading, in order:
1. only the title and the first five sentences (sentence numbers 0..5) are read: the
   corpus annotates those alone, so the rest would count our correct finds as errors;
2. tokens are joined into text: a space between tokens, none before closing punctuation
   or after opening punctuation, a line break between sentences; each token's offsets
   are kept;
3. every TIMEX3 with token anchors is a gold mention spanning its first to last token
   (the CREATION_TIME one too: it marks the dateline in the text), with its type and
   value;
4. the CREATION_TIME value is the anchor date.
Scoring is the TempEval-3 scorer of `sitrep.evaluate.tempeval` (strict and relaxed span
P/R/F1, value and type accuracy and F1).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from sitrep.errors import DatasetMissing
from sitrep.evaluate.base import Evaluator, Report, register
from sitrep.evaluate.tempeval import GoldTimex, TimeMLDoc, same_value, score

FOLDER = ("meantime", "meantime_newsreader_english_oct15", "intra-doc_annotation")
_NO_SPACE_BEFORE = frozenset([",", ".", ":", ";", "!", "?", ")", "]", "%", "'s", "n't", "'", "”"])
_NO_SPACE_AFTER = frozenset(["(", "[", "$", "“", "#"])
#: sentences 0 (the title) .. 5 carry the annotation.
ANNOTATED_SENTENCES = 6


def read_cat(path: Path) -> TimeMLDoc:
    """The text, gold TIMEX3 mentions and anchor date of one CAT XML document."""
    root = ET.parse(path).getroot()
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    length, sentence, previous = 0, None, ""
    for token in root.iter("token"):
        if int(token.get("sentence") or 0) >= ANNOTATED_SENTENCES:
            continue
        word = token.text or ""
        if sentence is not None and token.get("sentence") != sentence:
            gap = "\n"
        elif not parts or word in _NO_SPACE_BEFORE or previous in _NO_SPACE_AFTER:
            gap = ""
        else:
            gap = " "
        parts.append(gap + word)
        start = length + len(gap)
        length = start + len(word)
        offsets[token.get("t_id", "")] = (start, length)
        sentence, previous = token.get("sentence"), word
    gold: list[GoldTimex] = []
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = timex.get("value")
        ids = [anchor.get("t_id", "") for anchor in timex.iter("token_anchor")]
        spans = [offsets[t_id] for t_id in ids if t_id in offsets]
        if spans:
            start, end = min(s for s, _ in spans), max(e for _, e in spans)
            gold.append(GoldTimex(start, end, timex.get("type", ""), timex.get("value", "")))
    return TimeMLDoc(path.name, "".join(parts), dct, tuple(sorted(gold, key=lambda g: g.start)))


def documents(shared: Path) -> list[TimeMLDoc]:
    folder = shared.joinpath("datasets", *FOLDER)
    if not folder.is_dir():
        raise DatasetMissing(f"MEANTIME English not found at {folder}")
    return [read_cat(path) for path in sorted(folder.rglob("*.xml"))]


def run(split: str, shared: Path) -> Report:
    docs = documents(shared)
    metrics, breakdown = score(docs, same_value)
    return Report(
        dataset="timex-meantime",
        split=split,
        metrics=metrics,
        breakdown=breakdown,
        notes=(
            f"{len(docs)} documents; anchor = document creation time",
            "published figure: none (no official split or shared task)",
        ),
    )


register(
    Evaluator(
        name="timex-meantime",
        description="MEANTIME English WikiNews: TIMEX3 spans, types and values",
        splits=("all",),
        default_split="all",
        run=run,
    )
)
