"""The incident endpoints: the same real event reported by several articles.

1. `GET /api/incidents`: incidents with at least one member event matching the shared
   filters (routes.py's module docstring), by date (`-date`: newest first), paginated
   with the total count.
2. `GET /api/incidents/{id}`: one incident (by id or a unique prefix of 6+ characters)
   with every member event, its article and its evidence spans, so the sources can be
   read side by side. Unknown ids answer 404 in the API's one error shape.

Incidents come from sitrep.fuse (the rules are in its module docstrings); they are
recomputed whenever a new or replaced article is stored.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path

from sitrep.api.errors import ERROR_RESPONSES, ApiError
from sitrep.api.routes import NOT_FOUND, Filters, Limit, Offset, Reader
from sitrep.api.schemas import (
    EvidenceOut,
    IncidentDetailOut,
    IncidentPageOut,
    IncidentReportOut,
)
from sitrep.store.incident_queries import page_incidents
from sitrep.store.queries import EventQuery
from sitrep.store.records import event_spans

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)


@router.get("/incidents", tags=["incidents"])
def list_incidents(
    state: Reader,
    filters: Filters,
    sort: Literal["date", "-date"] = "date",
    limit: Limit = 50,
    offset: Offset = 0,
) -> IncidentPageOut:
    """Incidents (events reported by several articles) with a member event matching
    the filters, one page at a time, by date (`-date` = newest first)."""
    query = EventQuery(
        base=filters.base,
        admin1=filters.admin1,
        sub_event_type=filters.sub_event_type,
        bbox=filters.bbox,
        descending=sort.startswith("-"),
        limit=limit,
        offset=offset,
    )
    page = page_incidents(state.store, query)
    return IncidentPageOut(total=page.total, limit=limit, offset=offset, items=page.items)


@router.get("/incidents/{incident_id}", tags=["incidents"], responses=NOT_FOUND)
def get_incident(
    state: Reader, incident_id: Annotated[str, Path(max_length=200)]
) -> IncidentDetailOut:
    """One incident with each source's event, article and evidence spans."""
    found = state.store.incident(incident_id)
    if found is None:
        raise ApiError(404, "not_found", f"no incident {incident_id!r}")
    reports = [
        IncidentReportOut(
            event=r.event,
            article=r.article,
            evidence=[
                EvidenceOut(field=name, start=s.start, end=s.end, text=s.text)
                for name, s in event_spans(r.event)
            ],
        )
        for r in found.reports
    ]
    return IncidentDetailOut(incident=found.incident, reports=reports)
