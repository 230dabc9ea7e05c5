"""The shipped migrations build exactly the schema the queries are written against."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from sitrep.store import open_store
from sitrep.store.migrate import MIGRATIONS, head_revision
from sitrep.store.schema import metadata
from sitrep.store.sqlite import FTS_TABLE


def _not_fts(name: str | None, type_: str, _parents: object) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(FTS_TABLE))


def test_migrations_match_the_metadata(db_path: Path) -> None:
    open_store(db_path).close()
    engine = sa.create_engine(f"sqlite:///{db_path}")
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": _not_fts})
        assert context.get_current_revision() == head_revision()
        assert compare_metadata(context, metadata) == []
        tables = set(sa.inspect(conn).get_table_names())
    engine.dispose()
    assert {t.name for t in metadata.sorted_tables} <= tables
    assert FTS_TABLE in tables


def test_migration_scripts_ship_inside_the_package() -> None:
    assert (MIGRATIONS / "env.py").is_file()
    assert (MIGRATIONS / "script.py.mako").is_file()
    assert any((MIGRATIONS / "versions").glob("*.py"))
