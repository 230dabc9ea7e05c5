"""How the pipeline's time grows with the size of one document (single process).

Hostile or badly stripped input can be one long text full of events with no sentence
ends. The same passage repeated N and 4N times is processed; a pipeline whose work
grows linearly takes about 4 times as long on the larger one. The ratio is the
measure (the two runs share the process, so machine speed cancels out).
Writes benchmarks/results/scaling.json.

    python benchmarks/bench_scaling.py [--size 250]
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path

from sitrep.model import make_article
from sitrep.pipeline import process_article

ROOT = Path(__file__).resolve().parent.parent
PASSAGE = (
    "Gunmen killed three soldiers in Mosul, officials said, and police arrested two suspects "
    "near Kirkuk on Monday "
)


def seconds(repeats: int) -> float:
    article = make_article(PASSAGE * repeats, published="2024-03-05")
    start = time.perf_counter()
    process_article(article)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=250, help="passages in the smaller text")
    parser.add_argument("--output", type=Path, default=ROOT / "benchmarks/results/scaling.json")
    args = parser.parse_args()

    seconds(5)  # load the pipeline
    small, large = seconds(args.size), seconds(4 * args.size)
    result = {
        "benchmark": "one document of N and 4N repeated passages with no sentence ends",
        "passages_small": args.size,
        "characters_small": len(PASSAGE) * args.size,
        "seconds_small": round(small, 2),
        "seconds_large": round(large, 2),
        "ratio_large_to_small": round(large / small, 2),
        "ratio_if_linear": 4.0,
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
