"""The evaluation harness: dataset readers and scorers register an Evaluator here.

`sitrep evaluate NAME [--split S] [--json]` runs one and prints our figures beside the
best published ones. Datasets are read at run time from the shared data folder
(`SITREP_SHARED`, default `../shared` next to the working directory or the checkout);
they are never copied into the project.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.errors import DatasetMissing, UsageError


@dataclass(frozen=True)
class Published:
    """A published figure to print beside ours (same metric, same split)."""

    system: str
    metric: str
    value: float
    source: str


@dataclass(frozen=True)
class Report:
    dataset: str
    split: str
    #: metric name -> value; F1 and accuracies are fractions in [0, 1].
    metrics: dict[str, float]
    published: tuple[Published, ...] = ()
    #: optional per-class / per-type rows: name -> metric -> value.
    breakdown: dict[str, dict[str, float]] = field(default_factory=dict)
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Evaluator:
    name: str
    description: str
    splits: tuple[str, ...]
    default_split: str
    run: Callable[[str, Path], Report]


_REGISTRY: dict[str, Evaluator] = {}


def register(evaluator: Evaluator) -> Evaluator:
    _REGISTRY[evaluator.name] = evaluator
    return evaluator


def evaluators() -> dict[str, Evaluator]:
    """Every registered evaluator, by name."""
    import sitrep.evaluate.registry  # noqa: F401  (imports register the evaluators)

    return dict(sorted(_REGISTRY.items()))


def shared_dir() -> Path:
    """Where the shared datasets live: $SITREP_SHARED, else the first `../shared` found
    above the working directory or this checkout."""
    env = os.environ.get("SITREP_SHARED")
    if env:
        return Path(env)
    for base in (Path.cwd(), *Path.cwd().parents, *Path(__file__).resolve().parents):
        candidate = base.parent / "shared"
        if (candidate / "datasets").is_dir():
            return candidate
    return Path.cwd().parent / "shared"


def dataset_path(*parts: str) -> Path:
    """A path inside the shared datasets folder; DatasetMissing if it is absent."""
    path = shared_dir().joinpath("datasets", *parts)
    if not path.exists():
        raise DatasetMissing(
            f"dataset not found at {path}; set SITREP_SHARED to the folder holding datasets/"
        )
    return path


def run_evaluation(name: str, split: str | None = None) -> Report:
    found = evaluators()
    if name not in found:
        raise UsageError(f"unknown dataset {name!r}; choose one of: {', '.join(found)}")
    evaluator = found[name]
    chosen = split or evaluator.default_split
    if chosen not in evaluator.splits:
        raise UsageError(
            f"dataset {name!r} has no split {chosen!r}; "
            f"choose one of: {', '.join(evaluator.splits)}"
        )
    return evaluator.run(chosen, shared_dir())
