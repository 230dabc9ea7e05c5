"""Timex speed and accuracy: our cascade against dateparser's `search_dates`.

Sentences come from the running example and the TempEval-3 training documents (TBAQ);
both systems see the same sentences in the same process. Accuracy is value accuracy over
TBAQ gold DATE timexes with a day value: a gold timex counts as found by a system when one
of its hits overlaps it and gives the same day (dateparser: the date part of its datetime).

Run: python benchmarks/bench_timex.py [--docs N]  (writes benchmarks/results/timex.json)
"""

from __future__ import annotations

import argparse
import json
import re
import time
import warnings
from datetime import datetime
from pathlib import Path

from sitrep.evaluate.base import shared_dir
from sitrep.evaluate.tempeval import documents
from sitrep.temporal import find_timexes, split_sentences

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _sentences(limit: int) -> list[tuple[str, str | None, list[tuple[int, str]]]]:
    """(sentence, anchor, gold day timexes as (offset-in-sentence, value))."""
    out: list[tuple[str, str | None, list[tuple[int, str]]]] = []
    example = shared_dir() / "examples" / "hawkeye-strike-2026-01-10.txt"
    if example.exists():
        text = example.read_text(encoding="utf-8")
        out += [(text[s:e], "2026-01-10", []) for s, e in split_sentences(text)]
    for doc in documents("train", shared_dir())[:limit]:
        for s, e in split_sentences(doc.text):
            gold = [
                (g.start - s, g.value)
                for g in doc.timexes
                if s <= g.start < e and g.type == "DATE" and _DAY.match(g.value)
            ]
            out.append((doc.text[s:e], doc.dct, gold))
    return out


def _ours(sentence: str, anchor: str | None) -> list[tuple[int, int, str | None]]:
    return [
        (m.evidence.start, m.evidence.end, m.value[:10] if m.value else None)
        for m in find_timexes(sentence, anchor)
    ]


def _dateparser(sentence: str, anchor: str | None) -> list[tuple[int, int, str | None]]:
    from dateparser.search import search_dates

    base = datetime.fromisoformat(anchor[:10]) if anchor else datetime(2026, 1, 10)
    found = search_dates(
        sentence,
        languages=["en"],
        settings={"PREFER_DATES_FROM": "past", "RELATIVE_BASE": base},
    )
    hits: list[tuple[int, int, str | None]] = []
    cursor = 0
    for phrase, when in found or []:
        start = sentence.find(phrase, cursor)
        if start < 0:
            continue
        cursor = start + len(phrase)
        hits.append((start, cursor, when.date().isoformat()))
    return hits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=60, help="TBAQ documents to use")
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).parent / "results" / "timex.json"
    )
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    sentences = _sentences(args.docs)
    report: dict[str, object] = {"sentences": len(sentences)}
    for name, system in (("sitrep", _ours), ("dateparser", _dateparser)):
        system(sentences[0][0], sentences[0][1])  # warm up (dateparser loads its data)
        started = time.perf_counter()
        results = [system(text, anchor) for text, anchor, _ in sentences]
        elapsed = time.perf_counter() - started
        gold = correct = 0
        for (_, _, golds), hits in zip(sentences, results, strict=True):
            for offset, value in golds:
                gold += 1
                correct += any(s <= offset < e and v == value for s, e, v in hits)
        report[name] = {
            "seconds": round(elapsed, 3),
            "sentences_per_second": round(len(sentences) / elapsed, 1),
            "day_value_accuracy": round(correct / max(gold, 1), 4),
            "gold_day_timexes": gold,
        }
    ours, theirs = report["sitrep"], report["dateparser"]
    assert isinstance(ours, dict) and isinstance(theirs, dict)
    report["speedup"] = round(ours["sentences_per_second"] / theirs["sentences_per_second"], 1)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
