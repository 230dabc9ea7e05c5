"""The store's tables as SQLAlchemy Core metadata: the shape queries are written against.

The migrations under `migrations/versions/` create exactly this (a test compares them).
Rules that keep the schema portable to PostgreSQL:

1. Only portable column types: String, Text, Integer, Float, Boolean. JSON is kept as
   Text so the stored contract is returned byte for byte.
2. Dates are ISO strings, which sort and compare correctly as text.
3. Child rows hang off their parent with ON DELETE CASCADE, so replacing an article's
   events is one DELETE.
4. Nothing dialect-specific lives here: SQLite's FTS5 index and PRAGMAs are in sqlite.py.
5. `articles.seq` is an integer key that never changes (SQLite's VACUUM may renumber an
   implicit rowid); the full-text index points at it. The article's public id is the
   content hash in `articles.id`.
6. Read speed (migration 0002): covering indexes hold every column a filter, sort or
   aggregate reads, so those queries scan narrow index entries, never the wide event
   rows that carry the contract JSON. Two small summary tables (`event_counts`,
   `actor_names`) are kept exact by `save` in the same transaction (see summary.py).
7. `events.country` is stored upper-case (ISO codes are), so a country filter is an
   indexed equality, not a function of the column.
8. Incidents (migration 0003): `incidents` holds one row per group of events from
   different articles that report one real event (sitrep.fuse), `incident_events` its
   members. A member row goes with its event (ON DELETE CASCADE); `incidents.members`
   keeps the count it was written with, so an incident that lost a member to a
   replaced article is recognised and recomputed (store/incidents.py).
9. PLOVER contexts (migration 0004): `events.contexts` holds an event's context names
   between semicolons (";crime;crime_murder;"), so a context filter is one LIKE;
   `events.ordinary_crime` is `sitrep.events.context.ordinary_crime` of the event.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("id", sa.String, nullable=False, unique=True),
    sa.Column("url", sa.String),
    sa.Column("source", sa.String),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String),
    sa.Column("language", sa.String, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    #: when the article was first stored (UTC, ISO); never updated on re-save.
    sa.Column("first_seen", sa.String, nullable=False),
)

runs = sa.Table(
    "runs",
    metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("stage_versions", sa.Text, nullable=False),
    sa.Column("settings_hash", sa.String, nullable=False),
    sa.Column("sitrep_version", sa.String, nullable=False),
)

#: which run's output is stored for each article (one current run per article).
extractions = sa.Table(
    "extractions",
    metadata,
    sa.Column(
        "article_id",
        sa.String,
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("run_id", sa.String, sa.ForeignKey("runs.id"), nullable=False),
    #: the article's mentions (contract JSON), kept so no extracted fact is lost.
    sa.Column("mentions", sa.Text, nullable=False),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column(
        "article_id",
        sa.String,
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("run_id", sa.String, sa.ForeignKey("runs.id"), nullable=False),
    sa.Column("event_type", sa.String, nullable=False, index=True),
    sa.Column("sub_event_type", sa.String, nullable=False, index=True),
    sa.Column("plover_type", sa.String, nullable=False),
    sa.Column("plover_mode", sa.String),
    sa.Column("date_start", sa.String),
    sa.Column("date_end", sa.String),
    sa.Column("date_precision", sa.String),
    sa.Column("country", sa.String),
    sa.Column("admin1", sa.String),
    sa.Column("location_name", sa.String),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("location_precision", sa.String),
    sa.Column("actor1_name", sa.String),
    sa.Column("actor1_kb_id", sa.String),
    sa.Column("actor2_name", sa.String),
    sa.Column("actor2_kb_id", sa.String),
    sa.Column("fatalities_low", sa.Integer),
    sa.Column("fatalities_best", sa.Integer),
    sa.Column("fatalities_high", sa.Integer),
    sa.Column("civilian_targeting", sa.Boolean, nullable=False),
    sa.Column("modality", sa.String, nullable=False),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("contexts", sa.String, nullable=False, server_default=""),
    sa.Column("ordinary_crime", sa.Boolean, nullable=False, server_default=sa.false()),
    #: the full event as contract JSON; events are rebuilt from it.
    sa.Column("contract", sa.Text, nullable=False),
)


#: the columns filters, sorts and the map read, in the covering indexes below.
NARROW_COLUMNS = (
    "event_type",
    "sub_event_type",
    "country",
    "admin1",
    "lat",
    "lon",
    "fatalities_best",
    "confidence",
    "article_id",
)

#: Covering indexes (rule 6); created by migration 0002.
READ_INDEXES: dict[str, tuple[str, tuple[str, ...]]] = {
    # date ranges, pages in (date, id) order and full scans: every filter and sort column
    "ix_events_cover_date": ("events", ("date_start", "id", "date_end", *NARROW_COLUMNS)),
    # events reached by id (from event_actors, from a text match) without the wide row
    "ix_events_cover_id": ("events", ("id", "date_start", "date_end", *NARROW_COLUMNS)),
    # a country's events in date order (pages, deep offsets) and GROUP BY country
    "ix_events_country_date": (
        "events",
        (
            "country",
            "date_start",
            "id",
            "date_end",
            "event_type",
            "sub_event_type",
            "fatalities_best",
        ),
    ),
    # GROUP BY main actor, read from the index only
    "ix_events_actor1": ("events", ("actor1_name", "event_type", "fatalities_best")),
    "ix_events_actor2": ("events", ("actor2_name", "actor1_name", "event_type", "fatalities_best")),
    # the map: coordinates with what a cell shows
    "ix_events_place": ("events", ("lat", "lon", "event_type", "fatalities_best", "id")),
    # actor filter: name or kb id -> event ids without touching the actor rows
    "ix_event_actors_name": ("event_actors", ("name", "event_id")),
    "ix_event_actors_kb": ("event_actors", ("kb_id", "event_id")),
}


def _event_fk() -> sa.Column[str]:
    return sa.Column(
        "event_id",
        sa.String,
        sa.ForeignKey("events.id", ondelete="CASCADE"),
        primary_key=True,
    )


event_actors = sa.Table(
    "event_actors",
    metadata,
    _event_fk(),
    #: actor1, assoc_actor1, actor2 or assoc_actor2.
    sa.Column("role", sa.String, primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("name", sa.String, nullable=False),
    sa.Column("kb_id", sa.String),
    sa.Column("country", sa.String),
    sa.Column("type", sa.String),
)

event_weapons = sa.Table(
    "event_weapons",
    metadata,
    _event_fk(),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("name", sa.String, nullable=False),
    sa.Column("category", sa.String),
    sa.Column("operator", sa.String),
    sa.Column("kb_id", sa.String),
)

event_quantities = sa.Table(
    "event_quantities",
    metadata,
    _event_fk(),
    sa.Column("position", sa.Integer, primary_key=True),
    #: what the number counts ("munitions", "targets"); Quantity.of in the contract.
    sa.Column("counted", sa.String),
    sa.Column("low", sa.Integer),
    sa.Column("best", sa.Integer),
    sa.Column("high", sa.Integer),
    sa.Column("qualifier", sa.String),
    sa.Column("approximate", sa.Boolean, nullable=False),
)

#: every evidence span of an event, by the field it supports ("event", "date",
#: "actor1", "assoc_actor1[0]", "weapons[2]", ...), for highlighting and audits.
evidence = sa.Table(
    "evidence",
    metadata,
    _event_fk(),
    sa.Column("field", sa.String, primary_key=True),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
)

quotes = sa.Table(
    "quotes",
    metadata,
    sa.Column(
        "article_id",
        sa.String,
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("run_id", sa.String, sa.ForeignKey("runs.id"), nullable=False),
    sa.Column("speaker_name", sa.String),
    sa.Column("speaker_role", sa.String),
    sa.Column("speaker_kb_id", sa.String),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("start", sa.Integer, nullable=False),
    sa.Column("end", sa.Integer, nullable=False),
    sa.Column("direct", sa.Boolean, nullable=False),
    #: the full quote as contract JSON; quotes are rebuilt from it.
    sa.Column("contract", sa.Text, nullable=False),
)

rejections = sa.Table(
    "rejections",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("location", sa.String, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    #: '' when unknown: SQL never treats two NULLs as equal, so a NULL would let the
    #: same rejection be recorded twice despite the unique constraint.
    sa.Column("sha256", sa.String, nullable=False),
    sa.Column("size", sa.Integer),
    sa.UniqueConstraint("location", "sha256", "reason", name="uq_rejections"),
)


#: Events counted per (dates, type, sub-type, country): time, type and country
#: aggregates read this small table instead of the events. Kept exact by `save`.
event_counts = sa.Table(
    "event_counts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("date_start", sa.String),
    sa.Column("date_end", sa.String),
    sa.Column("event_type", sa.String, nullable=False),
    sa.Column("sub_event_type", sa.String, nullable=False),
    sa.Column("country", sa.String),
    sa.Column("events", sa.Integer, nullable=False),
    #: summed best fatality estimates (events without one add 0).
    sa.Column("fatalities", sa.Integer, nullable=False),
)
sa.Index(
    "ix_event_counts_key",
    event_counts.c.date_start,
    event_counts.c.date_end,
    event_counts.c.event_type,
    event_counts.c.sub_event_type,
    event_counts.c.country,
)

#: Every distinct (actor name, kb id) with its number of actor rows, so an actor
#: filter matches a handful of names instead of every actor row. Kept exact by `save`.
actor_names = sa.Table(
    "actor_names",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String, nullable=False),
    sa.Column("kb_id", sa.String),
    sa.Column("rows", sa.Integer, nullable=False),
)
sa.Index("ix_actor_names_key", actor_names.c.name, actor_names.c.kb_id)

#: Incidents: events of several articles fused into one real event (rule 8).
incidents = sa.Table(
    "incidents",
    metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("event_type", sa.String, nullable=False),
    sa.Column("sub_event_type", sa.String, nullable=False),
    sa.Column("date_start", sa.String),
    sa.Column("date_end", sa.String),
    sa.Column("country", sa.String),
    sa.Column("admin1", sa.String),
    sa.Column("location_name", sa.String),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("fatalities_best", sa.Integer),
    #: how many member rows the incident was written with.
    sa.Column("members", sa.Integer, nullable=False),
    #: the incident as JSON (sitrep.fuse.Incident); incidents are rebuilt from it.
    sa.Column("contract", sa.Text, nullable=False),
)
sa.Index("ix_incidents_date", incidents.c.date_start, incidents.c.id)

incident_events = sa.Table(
    "incident_events",
    metadata,
    sa.Column(
        "incident_id",
        sa.String,
        sa.ForeignKey("incidents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column(
        "event_id",
        sa.String,
        sa.ForeignKey("events.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("article_id", sa.String, nullable=False),
)
sa.Index("ix_incident_events_event", incident_events.c.event_id, incident_events.c.incident_id)

for _name, (_table, _columns) in READ_INDEXES.items():
    sa.Index(_name, *(metadata.tables[_table].c[c] for c in _columns))
