"""The API's request and response bodies, as they appear in the OpenAPI document.

Contract values (Event, Article, Quote, Mentions) are the frozen dataclasses of
`sitrep.model` used directly, so the JSON the API speaks is exactly the output contract
of DESIGN.md and its schema cannot drift from it.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, model_validator

from sitrep.fuse import Incident
from sitrep.model import Article, Event, Mentions, Quote
from sitrep.store import StoreStats
from sitrep.store.queries import ArticleSummary, Bucket, MapCell


class EventItem(BaseModel):
    article_id: str
    event: Event


class EventPageOut(BaseModel):
    total: int = Field(description="how many events match the filters")
    limit: int
    offset: int
    items: list[EventItem]


class EvidenceOut(BaseModel):
    field: str = Field(description="the event field the span supports, e.g. actor1, date")
    start: int
    end: int
    text: str


class EventDetailOut(BaseModel):
    event: Event
    article: Article
    evidence: list[EvidenceOut]
    quotes: list[Quote]


class IncidentPageOut(BaseModel):
    total: int = Field(description="how many incidents have a member event matching the filters")
    limit: int
    offset: int
    items: list[Incident]


class IncidentReportOut(BaseModel):
    """One source's report of an incident: its event, article and evidence spans."""

    event: Event
    article: Article
    evidence: list[EvidenceOut]


class IncidentDetailOut(BaseModel):
    incident: Incident
    reports: list[IncidentReportOut]


class ArticlePageOut(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ArticleSummary]


class ArticleDetailOut(BaseModel):
    article: Article
    event_ids: list[str]
    quotes: list[Quote]


class AggregateOut(BaseModel):
    by: str
    split: Literal["type"] | None
    buckets: list[Bucket]


class MapOut(BaseModel):
    cell: float = Field(description="grid size in degrees")
    cells: list[MapCell]


class HealthOut(BaseModel):
    status: Literal["ok"]
    writes_enabled: bool
    reads_closed: bool


class StatsOut(BaseModel):
    stats: StoreStats


class SubmitIn(BaseModel):
    """An article to extract: plain `text` or a web page's `html` (exactly one)."""

    text: str | None = Field(default=None, description="plain article text")
    html: str | None = Field(default=None, description="a whole web page; its text is extracted")
    url: str | None = None
    title: str | None = None
    source: str | None = None
    published: str | None = Field(default=None, description="publication date, e.g. 2026-01-10")
    store: bool = Field(default=True, description="save the extraction in the store")

    @model_validator(mode="after")
    def _one_body(self) -> SubmitIn:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of `text` or `html`")
        return self


class ExtractionOut(BaseModel):
    article: Article
    events: list[Event]
    quotes: list[Quote]
    mentions: Mentions
    stages: dict[str, str]


class SavedOut(BaseModel):
    article_id: str
    status: Literal["new", "unchanged", "replaced"]
    events: int


class SubmitOut(BaseModel):
    extraction: ExtractionOut
    saved: SavedOut | None = Field(description="what was stored; null when store=false")
