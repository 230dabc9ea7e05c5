"""The extraction pipeline: `process_article(article, settings) -> Extraction`.

The pipeline never imports storage, API, web or batch code: it is a pure function of the
article, the settings and the knowledge data, so every front end shares it.

Caseless text (wire copy in ALL CAPS, lower-cased corpora) is read truecased
(`sitrep.ingest.truecase`: the same length, only letter case differs), since the
recognisers of dates, names and places lean on capitals; every evidence span is then cut
again from the article's own text, so the output cites the words as they were written
(names and quoted words keep their truecased form).
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Any

from sitrep.model import Article, Extraction, Mentions, Span
from sitrep.pipeline.document import Document
from sitrep.pipeline.resources import Resources, load_resources
from sitrep.pipeline.stage import Pipeline, Stage
from sitrep.settings import Settings

__all__ = [
    "Document",
    "Pipeline",
    "Resources",
    "Stage",
    "build_pipeline",
    "default_pipeline",
    "load_resources",
    "process_article",
]


def build_pipeline(resources: Resources) -> Pipeline:
    """The standard stages, in the order DESIGN.md draws them."""
    from sitrep.pipeline.stages.actors import ActorsStage
    from sitrep.pipeline.stages.entities import EntitiesStage
    from sitrep.pipeline.stages.events import EventsStage
    from sitrep.pipeline.stages.places import PlacesStage
    from sitrep.pipeline.stages.quantities import QuantitiesStage
    from sitrep.pipeline.stages.quotes import QuotesStage
    from sitrep.pipeline.stages.segment import SegmentStage
    from sitrep.pipeline.stages.timex import TimexStage

    return Pipeline(
        [
            SegmentStage(resources),
            TimexStage(resources),
            QuantitiesStage(resources),
            EntitiesStage(resources),
            PlacesStage(resources),
            ActorsStage(resources),
            QuotesStage(resources),
            EventsStage(resources),
        ]
    )


def default_pipeline(settings: Settings | None = None) -> Pipeline:
    """The standard pipeline for these settings, built once per process."""
    settings = settings or Settings()
    return _cached_pipeline(settings.extra_kb)


@functools.lru_cache(maxsize=4)
def _cached_pipeline(extra_kb: tuple[object, ...]) -> Pipeline:
    return build_pipeline(load_resources(Settings(extra_kb=extra_kb)))  # type: ignore[arg-type]


def run_document(article: Article, settings: Settings | None = None) -> Document:
    """Run the standard pipeline and return the working document with every layer."""
    settings = settings or Settings()
    doc = Document(article=article, anchor_date=article.published or settings.default_published)
    return default_pipeline(settings)(doc)


def process_article(article: Article, settings: Settings | None = None) -> Extraction:
    """Extract events, quotes and mentions from one article (caseless text is read
    truecased, and cited as written: see the module docstring)."""
    # imported here: the truecaser reads the gazetteer and name lists, which import this
    # package's Document
    from sitrep.ingest import truecase as truecasing

    if not truecasing.needs_truecasing(article.text):
        return to_extraction(run_document(article, settings))
    cased = dataclasses.replace(article, text=truecasing.truecase(article.text))
    extraction: Extraction = _cut_again(to_extraction(run_document(cased, settings)), article.text)
    return dataclasses.replace(extraction, article=article)


def _cut_again(value: Any, text: str) -> Any:
    """`value` with every span inside it cut again from `text` (the same offsets:
    truecasing keeps every character in place); names and other values keep their form."""
    if isinstance(value, Span):
        return Span(value.start, value.end, text[value.start : value.end])
    if isinstance(value, tuple):
        return tuple(_cut_again(item, text) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **{k: _cut_again(v, text) for k, v in fields.items()})
    return value


def to_extraction(doc: Document) -> Extraction:
    """The output contract for a processed document."""
    return Extraction(
        article=doc.article,
        events=doc.events,
        quotes=doc.quotes,
        mentions=Mentions(
            timex=doc.timex,
            quantities=doc.quantities,
            entities=doc.entities,
            places=doc.places,
        ),
        stages=tuple(doc.stage_versions.items()),
    )
