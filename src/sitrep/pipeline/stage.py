"""The Stage contract and the Pipeline that checks and runs stages in order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol, runtime_checkable

from sitrep.errors import PipelineBuildError
from sitrep.pipeline.document import LAYERS, Document


@runtime_checkable
class Stage(Protocol):
    """One step of the pipeline: a pure function of the document and the knowledge data.

    `requires` names the Document layers it reads, `assigns` those it sets. `version`
    changes whenever its output for the same input may change.
    """

    name: str
    version: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, doc: Document) -> None: ...


class Pipeline:
    """Stages in order. Refuses to build if a stage needs a layer no earlier stage assigns."""

    #: layers present before any stage runs.
    GIVEN = frozenset({"article", "anchor_date"})

    def __init__(self, stages: Iterable[Stage]) -> None:
        self.stages: tuple[Stage, ...] = tuple(stages)
        available = set(self.GIVEN)
        names: set[str] = set()
        for stage in self.stages:
            if stage.name in names:
                raise PipelineBuildError(f"two stages are named {stage.name!r}")
            names.add(stage.name)
            unknown = (set(stage.requires) | set(stage.assigns)) - LAYERS
            if unknown:
                raise PipelineBuildError(
                    f"stage {stage.name!r} names unknown layers {sorted(unknown)}; "
                    f"known layers are {sorted(LAYERS)}"
                )
            missing = set(stage.requires) - available
            if missing:
                raise PipelineBuildError(
                    f"stage {stage.name!r} requires {sorted(missing)}, "
                    "which no earlier stage assigns"
                )
            available |= set(stage.assigns)

    @property
    def versions(self) -> dict[str, str]:
        return {stage.name: stage.version for stage in self.stages}

    def names(self) -> Sequence[str]:
        return [stage.name for stage in self.stages]

    def __call__(self, doc: Document) -> Document:
        for stage in self.stages:
            stage(doc)
            doc.stage_versions[stage.name] = stage.version
        return doc
