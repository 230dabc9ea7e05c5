"""Dependency parser cost: load time and memory of the shipped model, sentences per second.

Measured in one process, on the sentences of the bundled example articles (and the shared
running example when present), split by spaCy's rule-based sentencizer:
1. load time of the tagger+parser model and the memory it adds (resident-set growth);
   spaCy itself is imported first, so its own import is not counted;
2. sentences (and words) per second, parsing one sentence at a time (as an events stage
   would ask about one trigger's sentence) and in batches with `nlp.pipe`;
3. the whole pipeline's time per article (`process_article`) on the same articles in the
   same process, and the ratio: the parser's time to parse every sentence of an article
   over the pipeline's time for that article.

Run: python benchmarks/bench_syntax.py [--repeat 5]  (writes benchmarks/results/syntax.json)
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path

import spacy

from bench_entities import rss_mb
from bench_pipeline import articles
from sitrep.pipeline import process_article

OUT = Path(__file__).resolve().parent / "results" / "syntax.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--output", type=Path, default=OUT)
    args = parser.parse_args()

    rss0 = rss_mb()
    started = time.perf_counter()
    from sitrep.syntax.parser import load_syntax

    model = load_syntax()
    load_s = time.perf_counter() - started
    rss_added = rss_mb() - rss0

    items = articles()
    splitter = spacy.blank("en")
    splitter.add_pipe("sentencizer")
    sentences = [s.text for a in items for s in splitter(a.text).sents if s.text.strip()]
    words = sum(len(doc) for doc in model.parse_many(sentences))  # also warms up

    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for sentence in sentences:
            model.parse(sentence)
    one_by_one_s = (time.perf_counter() - t0) / args.repeat
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        model.parse_many(sentences)
    batched_s = (time.perf_counter() - t0) / args.repeat

    for article in items:  # warm the pipeline's caches
        process_article(article)
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for article in items:
            process_article(article)
    pipeline_s = (time.perf_counter() - t0) / args.repeat

    result = {
        "benchmark": "syntax model (tagger + parser) on bundled example sentences",
        "articles": len(items),
        "sentences": len(sentences),
        "words": words,
        "repeat": args.repeat,
        "load_seconds": round(load_s, 3),
        "rss_added_by_load_mb": round(rss_added, 1),
        "model_mb_on_disk": round(sum(p.stat().st_size for p in model_dir_files()) / 1_000_000, 2),
        "sentences_per_second_one_by_one": round(len(sentences) / one_by_one_s, 1),
        "sentences_per_second_batched": round(len(sentences) / batched_s, 1),
        "words_per_second_batched": round(words / batched_s, 1),
        "parse_ms_per_article_one_by_one": round(1000 * one_by_one_s / len(items), 2),
        "pipeline_ms_per_article": round(1000 * pipeline_s / len(items), 2),
        "ratio_parse_to_pipeline_time": round(one_by_one_s / pipeline_s, 3),
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    return 0


def model_dir_files() -> list[Path]:
    from sitrep.syntax.parser import MODEL_DIR

    return [p for p in MODEL_DIR.rglob("*") if p.is_file()]


if __name__ == "__main__":
    raise SystemExit(main())
