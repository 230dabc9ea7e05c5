"""Pages of incidents for the API and the web UI, over the same filters as events.

An incident matches a query when at least one of its member events does: the query's
conditions (queries.conditions: country, type, actor, dates, words, admin1, sub-type,
bbox) are applied to the events, and the incidents holding a matching event are
listed by start date (undated last), then id, with the total count.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from sitrep.fuse import Incident
from sitrep.store.incidents import incident_from_json, ordered, select_incidents
from sitrep.store.queries import MAX_PAGE, EventQuery, conditions
from sitrep.store.sql import SQLStore


@dataclass(frozen=True)
class IncidentPage:
    total: int
    items: list[Incident]


def page_incidents(store: SQLStore, query: EventQuery) -> IncidentPage:
    """One page of the incidents matching a query (sorted by date; `descending`
    reverses it) and their total."""
    selected = select_incidents(conditions(store, query))
    if selected is None:
        return IncidentPage(0, [])
    counted = sa.select(sa.func.count()).select_from(selected.subquery())
    page = (
        ordered(selected, descending=query.descending)
        .limit(min(max(query.limit, 0), MAX_PAGE))
        .offset(max(query.offset, 0))
    )
    with store.read() as conn:
        total = int(conn.execute(counted).scalar_one())
        rows = conn.execute(page).all()
    return IncidentPage(total, [incident_from_json(r.contract) for r in rows])
