"""Bring a database to the newest schema with the Alembic scripts shipped in the package.

1. Build an Alembic Config in code (no alembic.ini on the user's side) pointing at
   `migrations/` inside the installed package.
2. Hand it an open connection in a write transaction, so the upgrade and its version
   stamp commit together or not at all.
3. Turn every failure (not a database, read-only, a schema newer than this code) into
   StoreError with the reason.

Developers add a migration with
`alembic -c src/sitrep/store/migrations/alembic.ini revision -m "what changes"`.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.util.exc import CommandError
from sqlalchemy.engine import Connection

from sitrep.errors import StoreError

MIGRATIONS = Path(__file__).resolve().with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic Config for the shipped scripts, optionally bound to a connection."""
    cfg = Config()
    # ConfigParser interpolates '%', which may appear in an install path.
    cfg.set_main_option("script_location", str(MIGRATIONS).replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str | None:
    """The newest revision the shipped scripts know."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def upgrade(engine: sa.Engine) -> None:
    """Migrate the database behind `engine` to the newest revision."""
    try:
        with engine.connect() as conn:
            conn.execution_options(sitrep_write=True)
            with conn.begin():
                command.upgrade(alembic_config(conn), "head")
    except CommandError as exc:
        raise StoreError(
            f"the schema cannot be migrated ({exc}); was it written by a newer sitrep?"
        ) from exc
    except sa.exc.DBAPIError as exc:
        raise StoreError(str(exc.orig)) from exc
    except OSError as exc:
        raise StoreError(str(exc)) from exc
