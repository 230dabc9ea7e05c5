from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.model import make_article
from sitrep.pipeline.document import Document
from sitrep.pipeline.resources import Resources, load_resources
from sitrep.pipeline.stages.actors import ActorsStage
from sitrep.pipeline.stages.entities import EntitiesStage
from sitrep.pipeline.stages.places import PlacesStage
from sitrep.pipeline.stages.segment import SegmentStage


@pytest.fixture(scope="session")
def resources() -> Resources:
    return load_resources()


@pytest.fixture(scope="session")
def run(resources: Resources) -> Callable[[str], Document]:
    """Segment, entities, places and actors over a text built by hand."""
    stages = [
        SegmentStage(resources),
        EntitiesStage(resources),
        PlacesStage(resources),
        ActorsStage(resources),
    ]

    def _run(text: str) -> Document:
        doc = Document(make_article(text, published="2026-01-10"), anchor_date="2026-01-10")
        for stage in stages:
            stage(doc)
        return doc

    return _run
