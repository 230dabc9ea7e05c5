"""Alembic environment for the sitrep store.

1. sitrep passes an open connection in `config.attributes["connection"]` (see
   sitrep.store.migrate); the migration runs inside that connection's transaction.
2. Run from the alembic CLI (developers), it connects to `sqlalchemy.url` of alembic.ini.
3. SQLite's FTS5 tables are not part of the portable metadata and are left out of
   autogenerate comparisons.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import context

from sitrep.store.schema import metadata
from sitrep.store.sqlite import FTS_TABLE


def include_name(name: str | None, type_: str, _parents: Any) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE))


def run_with(connection: sa.Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


given = context.config.attributes.get("connection")
if given is not None:
    run_with(given)
else:
    url = context.config.get_main_option("sqlalchemy.url") or "sqlite:///sitrep.db"
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        run_with(conn)
        conn.commit()
