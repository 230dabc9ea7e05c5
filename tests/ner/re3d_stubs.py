"""Shared stand-ins for the re3d adapter tests: the rule stages built once, and a model that
returns the spans it is given, so a test states what the statistical model found."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from sitrep.evaluate.ner import combined_stages
from sitrep.ner.model import NerModel
from sitrep.pipeline.stage import Stage


@lru_cache(maxsize=1)
def rule_stages() -> tuple[Stage, ...]:
    """The recogniser's stages without a statistical model, built once per test run."""
    return tuple(combined_stages(None))


class FixedModel(NerModel):
    """A stand-in for the statistical model that returns the spans it was given."""

    def __init__(self, spans: list[tuple[int, int, str]]) -> None:
        self.spans = spans

    def predict_raw(self, doc: Doc) -> list[tuple[int, int, str]]:
        return self.spans
