"""What the places stage (gazetteer lookup and resolution) adds to the pipeline's time.

Times the full pipeline with and without the places stage over the bundled examples
(examples/*.txt, the running example) and the GeoWebNews dev documents, in one process,
after a warm-up pass (the place index is opened then). Each repeat times both pipelines in
turn (so load from other work hits both alike) and the medians are reported.
Also times loading the gazetteer in fresh processes (the index already built, as after
install): import, load, and a first lookup that opens the index. Writes
benchmarks/results/places.json.

    python benchmarks/bench_places.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

from sitrep.evaluate.base import shared_dir
from sitrep.evaluate.geo import _corpus_docs, half
from sitrep.model import Article, make_article
from sitrep.pipeline import build_pipeline, load_resources
from sitrep.pipeline.document import Document
from sitrep.pipeline.stage import Pipeline

ROOT = Path(__file__).resolve().parent.parent


def articles() -> list[Article]:
    found = [
        make_article(p.read_text(encoding="utf-8"), published="2026-01-10")
        for p in sorted((ROOT / "examples").glob("*.txt"))
    ]
    hawkeye = shared_dir() / "examples" / "hawkeye-strike-2026-01-10.txt"
    if hawkeye.is_file():
        found.append(make_article(hawkeye.read_text(encoding="utf-8"), published="2026-01-10"))
    try:
        found.extend(
            make_article(d.text, published="2018-01-01")
            for d in half(_corpus_docs("gwn", shared_dir()), "dev")
        )
    except Exception as exc:  # noqa: BLE001  (the benchmark runs without the datasets)
        print(f"GeoWebNews skipped: {exc}")
    return found


def seconds(pipeline: Pipeline, items: list[Article], repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        for article in items:
            pipeline(Document(article=article, anchor_date=article.published or "2026-01-10"))
    return time.perf_counter() - start


_LOAD_SCRIPT = """
import time
start = time.perf_counter()
from sitrep.kb.gazetteer import Gazetteer
Gazetteer.load().lookup("Aleppo")
print(time.perf_counter() - start)
"""


def gazetteer_load_seconds(repeat: int) -> float:
    """Median seconds to import, load and first query the gazetteer in a fresh process."""
    subprocess.run([sys.executable, "-c", _LOAD_SCRIPT], check=True, capture_output=True)
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", _LOAD_SCRIPT], check=True, capture_output=True, text=True
            ).stdout
        )
        for _ in range(repeat)
    ]
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    items = articles()
    full = build_pipeline(load_resources())
    # without places: the stage is replaced by one that assigns an empty layer
    stages = list(full.stages)
    index = next(i for i, s in enumerate(stages) if s.name == "places")
    places = stages[index]

    class NoPlaces:
        name, version = "places", "off"
        requires, assigns = places.requires, places.assigns

        def __call__(self, doc: Document) -> None:
            doc.places = ()

    stages[index] = NoPlaces()  # type: ignore[assignment]
    without = Pipeline(stages)
    seconds(full, items, 1)  # warm-up: opens the index, fills caches
    with_runs: list[float] = []
    without_runs: list[float] = []
    for _ in range(args.repeat):
        with_runs.append(seconds(full, items, 1))
        without_runs.append(seconds(without, items, 1))
    with_s, without_s = statistics.median(with_runs), statistics.median(without_runs)
    result = {
        "articles": len(items),
        "repeat": args.repeat,
        "statistic": "median of repeats (overhead: median of paired ratios)",
        "ms_per_article_with_places": round(1000 * with_s / len(items), 2),
        "ms_per_article_without_places": round(1000 * without_s / len(items), 2),
        # each pair runs back to back, so the median of the pairs' ratios is steadier than
        # the ratio of the medians on a machine whose speed drifts between runs
        "places_overhead": round(
            statistics.median(w / wo for w, wo in zip(with_runs, without_runs, strict=True)) - 1,
            3,
        ),
        "gazetteer_load_s": round(gazetteer_load_seconds(args.repeat), 3),
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    out = ROOT / "benchmarks" / "results" / "places.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
