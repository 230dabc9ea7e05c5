"""The read endpoints: events, one event with its evidence, articles, aggregates, map.

Aggregates, map cells and list totals are memoised per filter until the next
committed write (`ApiState.cache`). Every list is paginated (`limit`, `offset`) and answers with the
total count. Filters mean the same everywhere (they are one dependency, `event_query`):

1. `country`: ISO alpha-2/alpha-3 code or a country name;
2. `admin1`: first-level region name, exact (case-insensitive);
3. `type`: ACLED event type or sub-type; `sub_type`: sub-type only;
4. `actor`: part of any actor's name, or its knowledge-base id;
5. `since` / `until`: YYYY, YYYY-MM or YYYY-MM-DD; events whose dates overlap;
6. `q`: words searched in the articles' title and text;
7. `bbox`: west,south,east,north in degrees.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request

from sitrep.api.errors import ERROR_RESPONSES, ApiError, ErrorResponse
from sitrep.api.schemas import (
    AggregateOut,
    ArticleDetailOut,
    ArticlePageOut,
    EventDetailOut,
    EventItem,
    EventPageOut,
    EvidenceOut,
    HealthOut,
    MapOut,
    StatsOut,
)
from sitrep.api.security import check_read
from sitrep.api.state import ApiState, get_state
from sitrep.store import EventFilter
from sitrep.store.queries import (
    MAX_PAGE,
    BBox,
    EventQuery,
    GroupKey,
    aggregate,
    article_event_ids,
    count_events,
    list_articles,
    map_cells,
    page_events,
)
from sitrep.store.records import event_spans

SortParam = Literal[
    "date", "-date", "fatalities", "-fatalities", "confidence", "-confidence", "country", "type"
]


def require_read(request: Request, state: Annotated[ApiState, Depends(get_state)]) -> ApiState:
    check_read(state.config.policy, request)
    return state


Reader = Annotated[ApiState, Depends(require_read)]
Text = Annotated[str | None, Query(max_length=200)]
DateParam = Annotated[
    str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="YYYY[-MM[-DD]]")
]
_NUMBER = r"\s*-?\d+(\.\d+)?\s*"
BBOX_PATTERN = f"^{_NUMBER}(,{_NUMBER}){{3}}$"


def event_query(
    country: Text = None,
    admin1: Text = None,
    type: Annotated[str | None, Query(max_length=200, description="type or sub-type")] = None,
    sub_type: Text = None,
    actor: Text = None,
    since: DateParam = None,
    until: DateParam = None,
    q: Annotated[str | None, Query(max_length=500, description="full-text words")] = None,
    context: Annotated[
        str | None, Query(max_length=40, description="PLOVER context, e.g. terrorism")
    ] = None,
    ordinary_crime: Annotated[
        bool | None,
        Query(description="true: only ordinary crime; false: leave it out; unset: both"),
    ] = None,
    bbox: Annotated[
        str | None,
        Query(max_length=100, pattern=BBOX_PATTERN, description="west,south,east,north"),
    ] = None,
) -> EventQuery:
    """The shared filters as an EventQuery (see the module docstring)."""
    base = EventFilter(
        country=country or None,
        event_type=type or None,
        actor=actor or None,
        since=since or None,
        until=until or None,
        text=q if q else None,
        context=context or None,
        ordinary_crime=ordinary_crime,
    )
    return EventQuery(
        base=base,
        admin1=admin1 or None,
        sub_event_type=sub_type or None,
        bbox=BBox.parse(bbox) if bbox else None,
    )


Filters = Annotated[EventQuery, Depends(event_query)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]

NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorResponse, "description": "Not found"}
}

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)


@router.get("/health", tags=["meta"])
def health(state: Annotated[ApiState, Depends(get_state)]) -> HealthOut:
    """Liveness, and whether writes are possible and reads closed."""
    policy = state.config.policy
    return HealthOut(
        status="ok", writes_enabled=bool(policy.write_token), reads_closed=policy.reads_closed
    )


@router.get("/stats", tags=["meta"])
def stats(state: Reader) -> StatsOut:
    """Counts of what the store holds."""
    return StatsOut(stats=state.store.stats())


@router.get("/events", tags=["events"])
def list_events(
    state: Reader,
    filters: Filters,
    sort: SortParam = "date",
    limit: Limit = 50,
    offset: Offset = 0,
) -> EventPageOut:
    """Events matching the filters, one page at a time, sorted (`-` = descending)."""
    query = EventQuery(
        base=filters.base,
        admin1=filters.admin1,
        sub_event_type=filters.sub_event_type,
        bbox=filters.bbox,
        sort=sort.removeprefix("-"),  # type: ignore[arg-type]
        descending=sort.startswith("-"),
        limit=limit,
        offset=offset,
    )
    # the total does not depend on the page: paging through one filter counts once
    counted = state.cache.get(
        ("count", filters, query.sort), lambda: [count_events(state.store, query)]
    )
    page = page_events(state.store, query, counted[0])
    items = [EventItem(article_id=s.article_id, event=s.event) for s in page.items]
    return EventPageOut(total=page.total, limit=limit, offset=offset, items=items)


@router.get("/events/{event_id}", tags=["events"], responses=NOT_FOUND)
def get_event(state: Reader, event_id: Annotated[str, Path(max_length=200)]) -> EventDetailOut:
    """One event (by id or a unique prefix of 6+ characters) with its evidence spans,
    the article they point into, and the article's quotes."""
    found = state.store.event(event_id)
    if found is None:
        raise ApiError(404, "not_found", f"no event {event_id!r}")
    event, article = found
    evidence = [
        EvidenceOut(field=name, start=s.start, end=s.end, text=s.text)
        for name, s in event_spans(event)
    ]
    quotes = state.store.quotes(article.id)
    return EventDetailOut(event=event, article=article, evidence=evidence, quotes=quotes)


@router.get("/articles", tags=["articles"])
def articles(
    state: Reader,
    q: Annotated[str | None, Query(max_length=500)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> ArticlePageOut:
    """Stored articles, newest first, with their event counts; `q` searches them."""
    total, items = list_articles(state.store, q or None, limit, offset)
    return ArticlePageOut(total=total, limit=limit, offset=offset, items=items)


@router.get("/articles/{article_id}", tags=["articles"], responses=NOT_FOUND)
def get_article(
    state: Reader, article_id: Annotated[str, Path(max_length=200)]
) -> ArticleDetailOut:
    """One article with the ids of its events and its quotes."""
    article = state.store.article(article_id)
    if article is None:
        raise ApiError(404, "not_found", f"no article {article_id!r}")
    return ArticleDetailOut(
        article=article,
        event_ids=article_event_ids(state.store, article.id),
        quotes=state.store.quotes(article.id),
    )


@router.get("/aggregates", tags=["aggregates"])
def aggregates(
    state: Reader,
    filters: Filters,
    by: GroupKey = "day",
    split: Literal["type"] | None = None,
) -> AggregateOut:
    """Event counts (and summed best fatalities) by day, week, month, type, sub-type,
    country or actor; `split=type` breaks each bucket down by event type."""
    buckets = state.cache.get(
        ("aggregate", filters, by, split),
        lambda: aggregate(state.store, filters, by, split_by_type=split == "type"),
    )
    return AggregateOut(by=by, split=split, buckets=buckets)


@router.get("/map", tags=["aggregates"])
def event_map(
    state: Reader,
    filters: Filters,
    cell: Annotated[float, Query(gt=0, le=90, description="grid cell in degrees")] = 1.0,
) -> MapOut:
    """Events with coordinates, binned on a grid (the map's clusters)."""
    cells = state.cache.get(("map", filters, cell), lambda: map_cells(state.store, filters, cell))
    return MapOut(cell=cell, cells=cells)
