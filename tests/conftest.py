"""Shared fixtures: the real reports of the shared folder (skipped when absent), and
documents built by hand (spaCy style: real segmentation, hand-made mention layers) for
the events and quotes stage tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import spacy

from sitrep.evaluate.base import shared_dir
from sitrep.model import (
    Actor,
    Article,
    EntityMention,
    Interval,
    PlaceMention,
    Quantity,
    Span,
    TimexMention,
    Weapon,
    make_article,
)
from sitrep.pipeline.document import Document
from sitrep.pipeline.stages.events import EventsStage
from sitrep.pipeline.stages.quotes import QuotesStage
from sitrep.pipeline.stages.segment import SegmentStage

HAWKEYE = "hawkeye-strike-2026-01-10.txt"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the golden outputs under tests/golden/ from the current code",
    )


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if not (path / "examples").is_dir():
        pytest.skip(f"shared data folder not found at {path} (set SITREP_SHARED)")
    return path


@pytest.fixture(scope="session")
def hawkeye(shared: Path) -> Article:
    """The running example of DESIGN.md, published 2026-01-10."""
    path = shared / "examples" / HAWKEYE
    if not path.is_file():
        pytest.skip(f"running example not found at {path}")
    return make_article(path.read_text(encoding="utf-8"), published="2026-01-10")


# --- documents built by hand ------------------------------------------------------


class _Res:
    nlp = spacy.blank("en")


def span(text: str, phrase: str, nth: int = 0) -> Span:
    """The span of the nth occurrence of `phrase` in `text`."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(phrase, at + 1)
    return Span.of(text, at, at + len(phrase))


class Builder:
    def __init__(self, text: str, published: str = "2026-01-10") -> None:
        self.text = text
        self.doc = Document(make_article(text, published=published), anchor_date=published)
        SegmentStage(_Res())(self.doc)  # type: ignore[arg-type]

    def actor(self, phrase: str, name: str, kb_id: str | None = None, **kw: Any) -> Builder:
        ev = span(self.text, phrase, kw.pop("nth", 0))
        self.doc.actors += (Actor(name, ev, kb_id, **kw),)
        return self

    def entity(self, phrase: str, label: str, nth: int = 0) -> Builder:
        self.doc.entities += (EntityMention(span(self.text, phrase, nth), label, phrase),)
        return self

    def place(self, phrase: str, country: str, feature: str = "country") -> Builder:
        ev = span(self.text, phrase)
        self.doc.places += (PlaceMention(ev, phrase, 1, country, 0.0, 0.0, feature),)
        return self

    def timex(self, phrase: str, start: str, end: str | None = None, **kw: Any) -> Builder:
        precision = kw.get("precision", "day")
        interval = Interval(start, end or start, precision)
        ev = span(self.text, phrase)
        self.doc.timex += (TimexMention(ev, kw.get("type", "DATE"), start, interval),)
        return self

    def quantity(self, phrase: str, of: str, **kw: Any) -> Builder:
        self.doc.quantities += (Quantity(span(self.text, phrase), of, **kw),)
        return self

    def weapon(self, phrase: str, name: str, category: str, operator: str | None = None) -> Builder:
        self.doc.weapons += (Weapon(name, category, span(self.text, phrase), operator),)
        return self

    def run(self, **kw: Any) -> Document:
        QuotesStage(None)(self.doc)
        EventsStage(None, **kw)(self.doc)
        for event in self.doc.events:
            for ev in _spans(event):
                assert self.text[ev.start : ev.end] == ev.text
        return self.doc


def _spans(value: object) -> list[Span]:
    """Every Span inside a model value (to check that evidence slices the text)."""
    import dataclasses

    if isinstance(value, Span):
        return [value]
    if isinstance(value, tuple | list):
        return [s for v in value for s in _spans(v)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) for s in _spans(getattr(value, f.name))]
    return []


@pytest.fixture
def build() -> Callable[..., Builder]:
    return Builder
