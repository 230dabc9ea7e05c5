"""Entity recogniser cost and accuracy: load time and memory of model + knowledge, re3d F1.

Measured in a fresh process so nothing is cached:
1. load time of the knowledge (actor KB, weapons, gazetteer, tokenizer) and of the
   statistical NER model, together, and the memory they add (resident-set growth, which
   counts Python objects and spaCy's native arrays alike); no allocation tracing runs
   while loading, since tracing slows the load it would time;
2. the entities stage's time per re3d sentence, with and without the model;
3. re3d macro/micro F1 (dev and test) of sitrep's recogniser and of the model alone, by
   `sitrep evaluate ner`.

Run: python benchmarks/bench_entities.py  (writes benchmarks/results/entities.json)
"""

from __future__ import annotations

import json
import resource
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "results" / "entities.json"


def rss_mb() -> float:
    """Current resident set size in MB (Linux /proc), falling back to the peak."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    import spacy  # the library itself is not part of the cost measured

    del spacy
    rss0 = rss_mb()
    started = time.perf_counter()
    from sitrep.ner.model import load_ner
    from sitrep.pipeline.resources import load_resources

    resources = load_resources()
    model = load_ner()
    load_s = time.perf_counter() - started
    rss1 = rss_mb()

    from sitrep.evaluate.base import run_evaluation
    from sitrep.ner.re3d import run_stages
    from sitrep.pipeline.stages.entities import EntitiesStage
    from sitrep.pipeline.stages.segment import SegmentStage

    texts = [
        "Coalition forces conducted 14 strikes against ISIL near Mosul on Tuesday, the "
        "spokesman Colonel John Dorrian said, while residents fled toward Tal Afar.",
        "Foreign Secretary Boris Johnson said the Asad regime must comply with UN Security "
        "Council Resolution 2254 and that Russian jets had hit a hospital in Idlib.",
    ] * 50
    timings: dict[str, float] = {}
    for name, stage_model in (("with_model", model), ("rules_only", None)):
        stages = [SegmentStage(resources), EntitiesStage(resources, model=stage_model)]
        t0 = time.perf_counter()
        for text in texts:
            run_stages(stages, text)
        timings[f"segment_entities_ms_per_sentence_{name}"] = (
            1000 * (time.perf_counter() - t0) / len(texts)
        )

    scores: dict[str, dict[str, float]] = {}
    for split in ("dev", "test"):
        report = run_evaluation("ner", split)
        scores[split] = {k: round(v, 4) for k, v in sorted(report.metrics.items())}
        scores[f"{split}_per_type"] = {
            k: round(row["f1"], 4) for k, row in sorted(report.breakdown.items())
        }
    result = {
        "load_model_and_knowledge_s": round(load_s, 3),
        "rss_added_mb": round(rss1 - rss0, 1),
        **{k: round(v, 2) for k, v in timings.items()},
        "re3d": scores,
        "note": "dev figures use the shipped model, retrained on train+dev (optimistic)",
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps({k: v for k, v in result.items() if k != "re3d"}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
