"""PLOVER contexts: the columns that filter events by context and leave out ordinary crime.

What the upgrade does:

1. Add `events.contexts` (the event's PLOVER context names between semicolons, "" for
   none) and `events.ordinary_crime` (false), both with server defaults, so existing
   rows stay valid: events stored before contexts existed have none, and they are
   recomputed when `sitrep run` extracts their articles again with newer stages.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("events", sa.Column("contexts", sa.String, nullable=False, server_default=""))
    op.add_column(
        "events",
        sa.Column("ordinary_crime", sa.Boolean, nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("ordinary_crime")
        batch.drop_column("contexts")
