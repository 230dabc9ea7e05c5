"""Read speed at 100k+ events: covering indexes, upper-case countries, summary tables.

What the upgrade does, in order:

1. Drop the indexes the API used to create at start-up (`ix_sitrep_read_*`, outside
   any migration) and the single-column indexes the covering ones make redundant.
2. Upper-case `events.country` (ISO codes are upper-case; filters compare it exactly).
3. Create the covering indexes of `schema.READ_INDEXES`.
4. Create `event_counts` and `actor_names` and fill them from the stored events, so
   an existing store's summaries are exact from the first read.
5. On SQLite, ANALYZE when events exist, so the planner knows the new indexes' sizes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-01-20
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: the covering indexes, frozen here as they were at this revision.
READ_INDEXES: dict[str, tuple[str, tuple[str, ...]]] = {
    "ix_events_cover_date": (
        "events",
        ("date_start", "id", "date_end", "event_type", "sub_event_type", "country", "admin1",
         "lat", "lon", "fatalities_best", "confidence", "article_id"),
    ),
    "ix_events_cover_id": (
        "events",
        ("id", "date_start", "date_end", "event_type", "sub_event_type", "country", "admin1",
         "lat", "lon", "fatalities_best", "confidence", "article_id"),
    ),
    "ix_events_country_date": (
        "events",
        ("country", "date_start", "id", "date_end", "event_type", "sub_event_type",
         "fatalities_best"),
    ),
    "ix_events_actor1": ("events", ("actor1_name", "event_type", "fatalities_best")),
    "ix_events_actor2": ("events", ("actor2_name", "actor1_name", "event_type", "fatalities_best")),
    "ix_events_place": ("events", ("lat", "lon", "event_type", "fatalities_best", "id")),
    "ix_event_actors_name": ("event_actors", ("name", "event_id")),
    "ix_event_actors_kb": ("event_actors", ("kb_id", "event_id")),
}  # fmt: skip

_RUNTIME_INDEXES = (
    "ix_sitrep_read_events_by_date",
    "ix_sitrep_read_events_by_id",
    "ix_sitrep_read_actors_by_name",
    "ix_sitrep_read_actors_by_kb",
)
_REDUNDANT = (
    ("ix_events_date_start", "events", "date_start"),
    ("ix_events_country", "events", "country"),
    ("ix_event_actors_kb_id", "event_actors", "kb_id"),
)


def upgrade() -> None:
    for name in _RUNTIME_INDEXES:  # 1.
        op.execute(f"DROP INDEX IF EXISTS {name}")
    for name, table, _column in _REDUNDANT:
        op.drop_index(name, table_name=table)
    op.execute(  # 2.
        "UPDATE events SET country = upper(country) WHERE country <> upper(country)"
    )
    for name, (table, columns) in READ_INDEXES.items():  # 3.
        op.create_index(name, table, list(columns))
    op.create_table(  # 4.
        "event_counts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("date_start", sa.String),
        sa.Column("date_end", sa.String),
        sa.Column("event_type", sa.String, nullable=False),
        sa.Column("sub_event_type", sa.String, nullable=False),
        sa.Column("country", sa.String),
        sa.Column("events", sa.Integer, nullable=False),
        sa.Column("fatalities", sa.Integer, nullable=False),
    )
    op.create_index(
        "ix_event_counts_key",
        "event_counts",
        ["date_start", "date_end", "event_type", "sub_event_type", "country"],
    )
    op.create_table(
        "actor_names",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("kb_id", sa.String),
        sa.Column("rows", sa.Integer, nullable=False),
    )
    op.create_index("ix_actor_names_key", "actor_names", ["name", "kb_id"])
    op.execute(
        "INSERT INTO event_counts (date_start, date_end, event_type, sub_event_type, country, "
        "events, fatalities) SELECT date_start, date_end, event_type, sub_event_type, country, "
        "count(*), coalesce(sum(fatalities_best), 0) FROM events "
        "GROUP BY date_start, date_end, event_type, sub_event_type, country"
    )
    op.execute(
        "INSERT INTO actor_names (name, kb_id, rows) "
        "SELECT name, kb_id, count(*) FROM event_actors GROUP BY name, kb_id"
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":  # 5.
        has_events = bind.execute(sa.text("SELECT 1 FROM events LIMIT 1")).first()
        if has_events is not None:
            op.execute("ANALYZE")


def downgrade() -> None:
    op.drop_index("ix_actor_names_key", table_name="actor_names")
    op.drop_table("actor_names")
    op.drop_index("ix_event_counts_key", table_name="event_counts")
    op.drop_table("event_counts")
    for name, (table, _columns) in READ_INDEXES.items():
        op.drop_index(name, table_name=table)
    for name, table, column in _REDUNDANT:
        op.create_index(name, table, [column])
