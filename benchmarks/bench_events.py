"""Cost of the events stage: the pipeline with and without it, per article.

    .venv/bin/python benchmarks/bench_events.py [--repeat 3]

1. Articles: the bundled examples (`examples/*.txt`, dated by their sidecar JSON) and
   the re3d documents of the events gold when the shared data is present.
2. Build the standard pipeline once, and the same stages minus EventsStage.
3. Warm both up, then time each article `--repeat` times through each and keep the
   best run per article (least disturbed by other processes).
4. Write benchmarks/results/events.json: mean ms per article with and without the
   stage, their ratio (the target is at most 2x) and the setup.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path

from sitrep.errors import SitrepError
from sitrep.model import Article, make_article
from sitrep.pipeline.document import Document
from sitrep.pipeline.resources import load_resources
from sitrep.pipeline.stage import Pipeline
from sitrep.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "events.json"


def articles() -> list[Article]:
    found = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        side = path.with_suffix(".json")
        meta = json.loads(side.read_text(encoding="utf-8")) if side.is_file() else {}
        found.append(
            make_article(path.read_text(encoding="utf-8"), published=meta.get("published"))
        )
    try:
        from sitrep.evaluate.base import shared_dir
        from sitrep.evaluate.events_gold import load_gold

        for doc in load_gold(shared_dir()):
            found.append(make_article(doc.text, published=doc.published))
    except SitrepError:
        pass
    return found


def time_pipeline(pipeline: Pipeline, batch: list[Article], repeat: int) -> float:
    """Mean over articles of the best of `repeat` runs, in milliseconds."""
    total = 0.0
    for article in batch:
        best = float("inf")
        for _ in range(repeat):
            doc = Document(article=article, anchor_date=article.published or "2000-01-01")
            start = time.perf_counter()
            pipeline(doc)
            best = min(best, time.perf_counter() - start)
        total += best
    return 1000 * total / len(batch)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from sitrep.pipeline import build_pipeline

    full = build_pipeline(load_resources(Settings()))
    without = Pipeline([s for s in full.stages if s.name != "events"])
    batch = articles()
    for pipeline in (full, without):  # warm-up: lazy models and caches
        time_pipeline(pipeline, batch[:3], 1)
    with_ms = time_pipeline(full, batch, args.repeat)
    without_ms = time_pipeline(without, batch, args.repeat)
    result = {
        "articles": len(batch),
        "repeat": args.repeat,
        "ms_per_article_with_events": round(with_ms, 2),
        "ms_per_article_without_events": round(without_ms, 2),
        "ratio": round(with_ms / without_ms, 3) if without_ms else None,
        "target_ratio_max": 2.0,
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
