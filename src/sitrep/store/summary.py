"""The summary tables, kept exact inside `save`'s write transaction.

`event_counts` counts events per (date_start, date_end, event_type, sub_event_type,
country) with their summed best fatalities; `actor_names` counts actor rows per
(name, kb_id). Both are derived data: what they hold always equals a GROUP BY over the
events and their actors, because every change to those goes through here first:

1. New events: their rows are grouped by key in Python and each key's counters are
   raised (UPDATE, or INSERT when the key is new).
2. Replaced events (a new run re-saves an article): before the old events are deleted,
   their keys are grouped in SQL and each key's counters lowered.
3. A counter that reaches zero deletes its row, so the tables never hold empty keys
   and a store that returns to an earlier state has the same rows' content.
4. An article saved again by the same run writes nothing (save returns "unchanged"
   before reaching here), so idempotent saves leave these tables untouched.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from sitrep.store import schema

EVENT_KEY = ("date_start", "date_end", "event_type", "sub_event_type", "country")
ACTOR_KEY = ("name", "kb_id")

Key = tuple[Any, ...]


def _bump(
    conn: Connection,
    table: sa.Table,
    key_columns: tuple[str, ...],
    deltas: Mapping[Key, tuple[int, ...]],
    counters: tuple[str, ...],
) -> None:
    """Add `deltas` (per key, one number per counter) to the table's counters."""
    for key in sorted(deltas, key=repr):
        change = deltas[key]
        where = [table.c[c].is_not_distinct_from(v) for c, v in zip(key_columns, key, strict=True)]
        values = {c: table.c[c] + d for c, d in zip(counters, change, strict=True)}
        updated = conn.execute(sa.update(table).where(*where).values(values))
        if updated.rowcount == 0:
            row = dict(zip(key_columns, key, strict=True))
            row.update(zip(counters, change, strict=True))
            conn.execute(sa.insert(table), row)
        else:
            conn.execute(sa.delete(table).where(*where, table.c[counters[0]] <= 0))


def add_events(
    conn: Connection,
    event_rows: Iterable[Mapping[str, Any]],
    actor_rows: Iterable[Mapping[str, Any]],
) -> None:
    """Step 1: count freshly inserted event and actor rows."""
    events: dict[Key, tuple[int, int]] = {}
    for row in event_rows:
        key = tuple(row[c] for c in EVENT_KEY)
        n, dead = events.get(key, (0, 0))
        events[key] = (n + 1, dead + int(row["fatalities_best"] or 0))
    actors: dict[Key, tuple[int]] = {}
    for row in actor_rows:
        key = tuple(row[c] for c in ACTOR_KEY)
        actors[key] = (actors.get(key, (0,))[0] + 1,)
    _bump(conn, schema.event_counts, EVENT_KEY, events, ("events", "fatalities"))
    _bump(conn, schema.actor_names, ACTOR_KEY, actors, ("rows",))


def remove_article(conn: Connection, article_id: str) -> None:
    """Step 2: uncount an article's stored events and actors (call before deleting them)."""
    ev, act = schema.events, schema.event_actors
    keys = [ev.c[c] for c in EVENT_KEY]
    rows = conn.execute(
        sa.select(*keys, sa.func.count(), sa.func.coalesce(sa.func.sum(ev.c.fatalities_best), 0))
        .where(ev.c.article_id == article_id)
        .group_by(*keys)
    ).all()
    events = {tuple(r[:-2]): (-int(r[-2]), -int(r[-1])) for r in rows}
    actor_keys = [act.c[c] for c in ACTOR_KEY]
    actor_rows = conn.execute(
        sa.select(*actor_keys, sa.func.count())
        .select_from(act.join(ev, ev.c.id == act.c.event_id))
        .where(ev.c.article_id == article_id)
        .group_by(*actor_keys)
    ).all()
    actors = {tuple(r[:-1]): (-int(r[-1]),) for r in actor_rows}
    _bump(conn, schema.event_counts, EVENT_KEY, events, ("events", "fatalities"))
    _bump(conn, schema.actor_names, ACTOR_KEY, actors, ("rows",))
