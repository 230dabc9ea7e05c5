from __future__ import annotations

import pytest

from sitrep.errors import PipelineBuildError
from sitrep.model import make_article
from sitrep.pipeline import Document, Pipeline


class Fake:
    def __init__(self, name: str, requires: tuple[str, ...], assigns: tuple[str, ...]) -> None:
        self.name, self.version, self.requires, self.assigns = name, "1", requires, assigns
        self.calls = 0

    def __call__(self, doc: Document) -> None:
        self.calls += 1


def test_refuses_a_stage_whose_needs_no_earlier_stage_assigns() -> None:
    with pytest.raises(PipelineBuildError, match=r"events.*requires.*timex"):
        Pipeline(
            [
                Fake("segment", ("article",), ("sentences",)),
                Fake("events", ("sentences", "timex"), ("events",)),
            ]
        )


def test_refuses_unknown_layers_and_duplicate_names() -> None:
    with pytest.raises(PipelineBuildError, match="unknown layers"):
        Pipeline([Fake("x", ("article",), ("sentiment",))])
    with pytest.raises(PipelineBuildError, match="two stages"):
        Pipeline([Fake("x", ("article",), ("sentences",)), Fake("x", ("article",), ("timex",))])


def test_runs_stages_in_order_and_records_versions() -> None:
    a, b = Fake("segment", ("article",), ("sentences",)), Fake("timex", ("sentences",), ("timex",))
    pipeline = Pipeline([a, b])
    doc = pipeline(Document(make_article("Shelling hit Kharkiv on Monday.")))
    assert (a.calls, b.calls) == (1, 1)
    assert doc.stage_versions == {"segment": "1", "timex": "1"}
    assert pipeline.versions == {"segment": "1", "timex": "1"}


def test_the_standard_pipeline_builds() -> None:
    from sitrep.pipeline import default_pipeline

    assert list(default_pipeline().names()) == [
        "segment",
        "timex",
        "quantities",
        "entities",
        "places",
        "actors",
        "quotes",
        "events",
    ]
