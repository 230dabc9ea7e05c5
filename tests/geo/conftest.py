"""The places tests' shared fixture: segment, entities and places over one text."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.model import make_article
from sitrep.pipeline.document import Document
from sitrep.pipeline.resources import load_resources
from sitrep.pipeline.stages.entities import EntitiesStage
from sitrep.pipeline.stages.places import PlacesStage
from sitrep.pipeline.stages.segment import SegmentStage

Run = Callable[[str], Document]


@pytest.fixture(scope="session")
def run() -> Run:
    resources = load_resources()
    stages = (SegmentStage(resources), EntitiesStage(resources), PlacesStage(resources))

    def _run(text: str) -> Document:
        doc = Document(make_article(text, published="2026-01-10"), anchor_date="2026-01-10")
        for stage in stages:
            stage(doc)
        return doc

    return _run
