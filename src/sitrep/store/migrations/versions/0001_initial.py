"""The first schema: articles, runs, extractions, events and their children, quotes,
rejections; on SQLite also the FTS5 index over articles.

Revision ID: 0001
Revises:
Create Date: 2026-01-12
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _event_fk() -> sa.Column[str]:
    return sa.Column(
        "event_id", sa.String, sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String, nullable=False, unique=True),
        sa.Column("url", sa.String),
        sa.Column("source", sa.String),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.String),
        sa.Column("language", sa.String, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("first_seen", sa.String, nullable=False),
    )
    op.create_table(
        "runs",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column("stage_versions", sa.Text, nullable=False),
        sa.Column("settings_hash", sa.String, nullable=False),
        sa.Column("sitrep_version", sa.String, nullable=False),
    )
    op.create_table(
        "extractions",
        sa.Column(
            "article_id",
            sa.String,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("run_id", sa.String, sa.ForeignKey("runs.id"), nullable=False),
        sa.Column("mentions", sa.Text, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.String, primary_key=True),
        sa.Column(
            "article_id",
            sa.String,
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("run_id", sa.String, sa.ForeignKey("runs.id"), nullable=False),
        sa.Column("event_type", sa.String, nullable=False),
        sa.Column("sub_event_type", sa.String, nullable=False),
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
        sa.Column("contract", sa.Text, nullable=False),
    )
    for column in ("article_id", "event_type", "sub_event_type", "date_start", "country"):
        op.create_index(f"ix_events_{column}", "events", [column])
    op.create_table(
        "event_actors",
        _event_fk(),
        sa.Column("role", sa.String, primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("kb_id", sa.String),
        sa.Column("country", sa.String),
        sa.Column("type", sa.String),
    )
    op.create_index("ix_event_actors_kb_id", "event_actors", ["kb_id"])
    op.create_table(
        "event_weapons",
        _event_fk(),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("name", sa.String, nullable=False),
        sa.Column("category", sa.String),
        sa.Column("operator", sa.String),
        sa.Column("kb_id", sa.String),
    )
    op.create_table(
        "event_quantities",
        _event_fk(),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("counted", sa.String),
        sa.Column("low", sa.Integer),
        sa.Column("best", sa.Integer),
        sa.Column("high", sa.Integer),
        sa.Column("qualifier", sa.String),
        sa.Column("approximate", sa.Boolean, nullable=False),
    )
    op.create_table(
        "evidence",
        _event_fk(),
        sa.Column("field", sa.String, primary_key=True),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_table(
        "quotes",
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
        sa.Column("contract", sa.Text, nullable=False),
    )
    op.create_table(
        "rejections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("location", sa.String, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("sha256", sa.String, nullable=False),
        sa.Column("size", sa.Integer),
        sa.UniqueConstraint("location", "sha256", "reason", name="uq_rejections"),
    )
    if op.get_bind().dialect.name == "sqlite":
        from sitrep.store.sqlite import FTS_CREATE

        for statement in FTS_CREATE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        from sitrep.store.sqlite import FTS_DROP

        for statement in FTS_DROP:
            op.execute(statement)
    for table in (
        "rejections",
        "quotes",
        "evidence",
        "event_quantities",
        "event_weapons",
        "event_actors",
        "events",
        "extractions",
        "runs",
        "articles",
    ):
        op.drop_table(table)
