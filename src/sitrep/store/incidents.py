"""Incidents in the store: recompute them for touched events, read them back.

`refresh(conn, event_ids)` runs inside the writer's transaction, in this order:

1. Broken incidents first: an incident whose member rows no longer add up to the
   count it was written with lost a member to a replaced article (the member rows
   cascade with their events). It is deleted, and its surviving members are seeds.
2. Seeds: the given event ids (events that no longer exist are skipped).
3. Closure: from each report, follow (a) its co-members in stored incidents and
   (b) the candidates that match it (rules.compare). Candidates come from an index
   range, never from all pairs: the same country, the same ACLED type, and a date
   interval within DAY_SLACK days (`ix_events_country_date`). Repeat until nothing
   new is reached. The closure is whole matching components, so grouping it gives
   exactly what grouping every stored event would, for these events.
4. Group the closure (fuse.group) and compare with the stored incidents touching it:
   delete the ones that no longer exist, insert the new ones, rewrite the ones whose
   content changed, and leave equal ones alone. Recomputing the same incidents
   writes nothing, so saving the same extraction twice still changes nothing.

Reading: `select_incidents` lists the incidents with a member event meeting a
filter's conditions (the same ones as for events), `read_incident` one incident with
its reports, `event_incidents` the incident of each of some events.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from sitrep.errors import UsageError
from sitrep.fuse import DAY_SLACK, Incident, Report, compare, group
from sitrep.model import from_dict
from sitrep.store import records, schema
from sitrep.store.base import IncidentDetail, IncidentReport, RefreshResult

#: ids per IN (...) list, well under SQLite's bound-parameter limit.
CHUNK = 500


def incident_row(incident: Incident) -> records.Row:
    loc = incident.location
    return {
        "id": incident.id,
        "event_type": incident.event_type,
        "sub_event_type": incident.sub_event_type,
        "date_start": incident.date_start,
        "date_end": incident.date_end,
        "country": loc.country.upper() if loc and loc.country else None,
        "admin1": loc.admin1 if loc else None,
        "location_name": loc.name if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "fatalities_best": incident.fatalities_best,
        "members": len(incident.members),
        "contract": records.dumps(incident),
    }


def incident_from_json(contract: str) -> Incident:
    return from_dict(Incident, json.loads(contract))


def _chunks(ids: Sequence[str]) -> Iterator[list[str]]:
    for i in range(0, len(ids), CHUNK):
        yield list(ids[i : i + CHUNK])


def _load(conn: Connection, ids: Iterable[str]) -> list[Report]:
    ev = schema.events
    out: list[Report] = []
    for chunk in _chunks(sorted(set(ids))):
        rows = conn.execute(sa.select(ev.c.contract, ev.c.article_id).where(ev.c.id.in_(chunk)))
        out.extend(Report(records.event_from_json(r.contract), r.article_id) for r in rows)
    return out


def _shift(day: str, days: int) -> str | None:
    try:
        return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()
    except ValueError:
        return None


def _candidate_ids(conn: Connection, report: Report) -> list[str]:
    """Events of other articles that could report the same incident (rule 3)."""
    event, ev = report.event, schema.events
    if event.date is None or event.location is None or not event.location.country:
        return []
    latest = _shift(max(event.date.start, event.date.end), DAY_SLACK)
    earliest = _shift(min(event.date.start, event.date.end), -DAY_SLACK)
    if latest is None or earliest is None:
        return []
    query = sa.select(ev.c.id).where(
        ev.c.country == event.location.country.upper(),
        ev.c.date_start <= latest,
        ev.c.date_end >= earliest,
        ev.c.event_type == event.event_type,
        ev.c.article_id != report.article_id,
    )
    return [str(i) for i in conn.execute(query).scalars()]


def _incident_members(conn: Connection, event_ids: Sequence[str]) -> list[tuple[str, str]]:
    """(incident id, event id) of every member of the incidents touching these events."""
    ie = schema.incident_events
    out: list[tuple[str, str]] = []
    for chunk in _chunks(event_ids):
        touching = sa.select(ie.c.incident_id).where(ie.c.event_id.in_(chunk))
        rows = conn.execute(
            sa.select(ie.c.incident_id, ie.c.event_id).where(ie.c.incident_id.in_(touching))
        )
        out.extend((str(r.incident_id), str(r.event_id)) for r in rows)
    return out


def _drop_broken(conn: Connection) -> tuple[int, list[str]]:
    """Delete incidents that lost member rows; return how many, and their surviving
    members (rule 1)."""
    inc, ie = schema.incidents, schema.incident_events
    counted = (
        sa.select(ie.c.incident_id, sa.func.count().label("n"))
        .group_by(ie.c.incident_id)
        .subquery()
    )
    broken = [
        str(i)
        for i in conn.execute(
            sa.select(inc.c.id)
            .outerjoin(counted, counted.c.incident_id == inc.c.id)
            .where(sa.func.coalesce(counted.c.n, 0) != inc.c.members)
        ).scalars()
    ]
    if not broken:
        return 0, []
    survivors = conn.execute(sa.select(ie.c.event_id).where(ie.c.incident_id.in_(broken))).scalars()
    seeds = sorted({str(s) for s in survivors})
    conn.execute(sa.delete(inc).where(inc.c.id.in_(broken)))
    return len(broken), seeds


def _closure(conn: Connection, seeds: Iterable[str]) -> tuple[list[Report], set[str]]:
    """The reports reachable from the seeds, and the stored incidents touching them."""
    found: dict[str, Report] = {}
    decoded: dict[str, Report] = {}  # every event read so far, matched or not
    tried: set[str] = set()
    stored: set[str] = set()

    def load(ids: Iterable[str]) -> list[Report]:
        wanted = sorted(set(ids))
        decoded.update(
            (r.event.id, r) for r in _load(conn, [i for i in wanted if i not in decoded])
        )
        return [decoded[i] for i in wanted if i in decoded]

    queue = sorted(set(seeds))
    while queue:  # 3.
        tried.update(queue)
        reports = load(queue)
        for report in reports:
            found[report.event.id] = report
        reached: set[str] = set()
        for incident_id, member in _incident_members(conn, [r.event.id for r in reports]):
            stored.add(incident_id)
            reached.add(member)
        for report in reports:
            fresh = [c for c in _candidate_ids(conn, report) if c not in tried]
            for candidate in load(fresh):
                if compare(report, candidate).matches:
                    reached.add(candidate.event.id)
        queue = sorted(reached - tried)
    return sorted(found.values(), key=lambda r: r.event.id), stored


def refresh(conn: Connection, event_ids: Iterable[str]) -> RefreshResult:
    """Recompute the incidents around these events (module docstring, rules 1-4)."""
    inc, ie = schema.incidents, schema.incident_events
    broken, survivors = _drop_broken(conn)  # 1.
    reports, stored_ids = _closure(conn, [*event_ids, *survivors])  # 2., 3.
    fresh = {i.id: i for i in group(reports)}  # 4.
    stored: dict[str, str] = {}
    for chunk in _chunks(sorted(stored_ids)):
        rows = conn.execute(sa.select(inc.c.id, inc.c.contract).where(inc.c.id.in_(chunk)))
        stored.update((str(r.id), str(r.contract)) for r in rows)
    gone = sorted(set(stored) - set(fresh))
    for chunk in _chunks(gone):
        conn.execute(sa.delete(inc).where(inc.c.id.in_(chunk)))
    inserted = updated = 0
    for incident_id in sorted(fresh):
        incident = fresh[incident_id]
        row = incident_row(incident)
        if incident_id not in stored:
            conn.execute(sa.insert(inc), row)
            members = [
                {"incident_id": incident_id, "event_id": m.event_id, "article_id": m.article_id}
                for m in incident.members
            ]
            conn.execute(sa.insert(ie), members)
            inserted += 1
        elif stored[incident_id] != row["contract"]:
            conn.execute(sa.update(inc).where(inc.c.id == incident_id).values(row))
            updated += 1
    return RefreshResult(len(fresh), inserted, updated, broken + len(gone))


def select_incidents(
    event_conditions: list[sa.ColumnElement[bool]] | None,
) -> sa.Select[Any] | None:
    """Incidents with a member event meeting the conditions (None: nothing matches);
    no conditions keeps every incident."""
    inc, ie, ev = schema.incidents, schema.incident_events, schema.events
    if event_conditions is None:
        return None
    query = sa.select(inc.c.id, inc.c.contract)
    if event_conditions:
        matching = (
            sa.select(ie.c.incident_id).join(ev, ev.c.id == ie.c.event_id).where(*event_conditions)
        )
        query = query.where(inc.c.id.in_(matching))
    return query


def ordered(query: sa.Select[Any], *, descending: bool = False) -> sa.Select[Any]:
    """Incidents by start date (undated last), then id."""
    inc = schema.incidents
    date = inc.c.date_start.desc() if descending else inc.c.date_start.asc()
    return query.order_by(date.nulls_last(), inc.c.id)


def event_incidents(conn: Connection, event_ids: Sequence[str]) -> dict[str, Incident]:
    """The incident of each of these events that belongs to one."""
    inc, ie = schema.incidents, schema.incident_events
    out: dict[str, Incident] = {}
    for chunk in _chunks(sorted(set(event_ids))):
        rows = conn.execute(
            sa.select(ie.c.event_id, inc.c.contract)
            .join(inc, inc.c.id == ie.c.incident_id)
            .where(ie.c.event_id.in_(chunk))
        )
        for r in rows:
            out[str(r.event_id)] = incident_from_json(r.contract)
    return out


def read_incident(conn: Connection, incident_id: str, *, min_prefix: int) -> IncidentDetail | None:
    """One incident by id, or by a unique id prefix of `min_prefix`+ characters, with
    its member events and their articles in member order; UsageError if ambiguous."""
    inc, ev, art = schema.incidents, schema.events, schema.articles
    rows = conn.execute(sa.select(inc.c.contract).where(inc.c.id == incident_id)).all()
    if not rows and len(incident_id) >= min_prefix:
        prefixed = sa.select(inc.c.contract).where(
            inc.c.id.startswith(incident_id, autoescape=True)
        )
        rows = conn.execute(prefixed.order_by(inc.c.id).limit(6)).all()
    if len(rows) > 1:
        shown = ", ".join(incident_from_json(r.contract).id for r in rows[:5])
        raise UsageError(f"incident id prefix {incident_id!r} is ambiguous: {shown}, ...")
    if not rows:
        return None
    found = incident_from_json(rows[0].contract)
    members = conn.execute(
        sa.select(ev.c.id, ev.c.contract, art)
        .join(art, art.c.id == ev.c.article_id)
        .where(ev.c.id.in_(found.event_ids))
    ).all()
    by_id = {
        r.id: IncidentReport(records.event_from_json(r.contract), records.article_from_row(r))
        for r in members
    }
    return IncidentDetail(found, tuple(by_id[i] for i in found.event_ids if i in by_id))
