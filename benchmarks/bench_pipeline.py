"""Speed and memory of `process_article` on the bundled examples (single process).

The baseline, measured in the same run on the same texts, is spaCy's English tokenizer
alone: the ratio says how many tokenizer passes one full extraction costs.
Writes benchmarks/results/pipeline.json.

    python benchmarks/bench_pipeline.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import time
import tracemalloc
from pathlib import Path

import spacy

from sitrep.evaluate.base import shared_dir
from sitrep.model import Article, make_article
from sitrep.pipeline import default_pipeline, process_article

ROOT = Path(__file__).resolve().parent.parent


def articles() -> list[Article]:
    found = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        found.append(make_article(path.read_text(encoding="utf-8"), published=meta["published"]))
    hawkeye = shared_dir() / "examples" / "hawkeye-strike-2026-01-10.txt"
    if hawkeye.is_file():
        found.append(make_article(hawkeye.read_text(encoding="utf-8"), published="2026-01-10"))
    return found


def rate(func: object, items: list[Article], repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for article in items:
            func(article)  # type: ignore[operator]
    return repeat * len(items) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks/results/pipeline.json")
    args = parser.parse_args()

    items = articles()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    load_start = time.perf_counter()
    default_pipeline()
    load_seconds = time.perf_counter() - load_start
    rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for article in items:  # warm caches
        process_article(article)

    nlp = spacy.blank("en")
    tokenizer_rate = rate(lambda a: nlp.make_doc(a.text), items, args.repeat)
    pipeline_rate = rate(process_article, items, args.repeat)

    tracemalloc.start()
    for article in items:
        process_article(article)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    chars = sum(len(a.text) for a in items)
    result = {
        "benchmark": "process_article on bundled examples",
        "articles": len(items),
        "characters": chars,
        "repeat": args.repeat,
        "pipeline_articles_per_second": round(pipeline_rate, 2),
        "tokenizer_articles_per_second": round(tokenizer_rate, 2),
        "ratio_pipeline_to_tokenizer_time": round(tokenizer_rate / pipeline_rate, 2),
        "pipeline_load_seconds": round(load_seconds, 3),
        "peak_python_allocations_per_article_mb": round(peak / 2**20, 2),
        "max_rss_after_load_mb": round(rss_loaded / 1024, 1),
        "rss_added_by_load_mb": round((rss_loaded - rss_before) / 1024, 1),
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
