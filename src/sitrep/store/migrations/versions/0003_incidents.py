"""Incidents: events from several articles fused into one real event (sitrep.fuse).

What the upgrade does, in order:

1. Create `incidents` (one row per incident, its contract JSON and the filterable
   columns) with an index on (date_start, id) for date-ordered pages.
2. Create `incident_events` (incident -> member event, both cascading) with an index
   on (event_id, incident_id), so an event's incident is one index probe.

Existing stores start with no incidents; `sitrep run` (or
`EventStore.refresh_incidents`) fills them for the events it touches.

Revision ID: 0003
Revises: 0002
Create Date: 2026-02-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(  # 1.
        "incidents",
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
        sa.Column("members", sa.Integer, nullable=False),
        sa.Column("contract", sa.Text, nullable=False),
    )
    op.create_index("ix_incidents_date", "incidents", ["date_start", "id"])
    op.create_table(  # 2.
        "incident_events",
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
    op.create_index("ix_incident_events_event", "incident_events", ["event_id", "incident_id"])


def downgrade() -> None:
    op.drop_index("ix_incident_events_event", table_name="incident_events")
    op.drop_table("incident_events")
    op.drop_index("ix_incidents_date", table_name="incidents")
    op.drop_table("incidents")
