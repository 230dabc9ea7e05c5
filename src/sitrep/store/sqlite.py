"""The SQLite event store: the default, one file on the user's laptop.

Everything SQLite-specific lives here, in this order:

1. Opening: create the parent folder, then on every new connection switch the driver
   to manual transactions and set the PRAGMAs: WAL (readers never block the writer),
   foreign keys on (child rows cascade), synchronous=NORMAL (safe with WAL).
2. Transactions: reads run in a deferred BEGIN (one snapshot); writes run in
   BEGIN IMMEDIATE, which takes the write lock at once, so a second writer waits
   (busy timeout) instead of failing half-way. sitrep runs ONE writer process; workers
   extract and hand their results to it, one transaction per article.
3. Migrations: the Alembic scripts shipped in the package bring the file to the newest
   schema on open (see migrate.py). A file that is not a SQLite database, a folder that
   cannot be written, or a schema newer than this sitrep -> StoreError.
4. Change detection: `data_version()` asks one dedicated, never-writing connection for
   SQLite's `PRAGMA data_version`, which changes when any other connection (this
   process or another) commits; read caches compare it before and after computing.
5. Full-text search: an FTS5 index over article title and text, an external-content
   table pointing at `articles.seq`, kept in sync by triggers. User text is turned into
   quoted terms, so no input can be read as FTS syntax.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from sitrep.errors import StoreError
from sitrep.store import schema
from sitrep.store.sql import SQLStore

FTS_TABLE = "articles_fts"

#: DDL of the full-text index, run by the first migration on SQLite only.
FTS_CREATE = (
    f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(title, text, content='articles', "
    "content_rowid='seq', tokenize='unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER {FTS_TABLE}_ai AFTER INSERT ON articles BEGIN "
    f"INSERT INTO {FTS_TABLE}(rowid, title, text) VALUES (new.seq, new.title, new.text); END",
    f"CREATE TRIGGER {FTS_TABLE}_ad AFTER DELETE ON articles BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, text) "
    "VALUES ('delete', old.seq, old.title, old.text); END",
    f"CREATE TRIGGER {FTS_TABLE}_au AFTER UPDATE ON articles BEGIN "
    f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, text) "
    "VALUES ('delete', old.seq, old.title, old.text); "
    f"INSERT INTO {FTS_TABLE}(rowid, title, text) VALUES (new.seq, new.title, new.text); END",
)
FTS_DROP = (
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_au",
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_ad",
    f"DROP TRIGGER IF EXISTS {FTS_TABLE}_ai",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)

#: seconds a writer waits for another writer's lock before giving up.
BUSY_TIMEOUT = 30.0

_PHRASE = re.compile(r'"([^"]*)"')
_WORD = re.compile(r"\w+")


def fts_query(text: str) -> str:
    """A safe FTS5 query from user text: every word becomes a quoted term (all must
    match), and text the user put in double quotes stays a phrase. FTS operators and
    punctuation (AND, OR, NOT, NEAR, parentheses, *, ^, :) are matched as plain words or
    dropped, so the query can never be a syntax error. '' when nothing is searchable."""
    terms: list[str] = []

    def words(part: str) -> list[str]:
        return _WORD.findall(part)

    rest = _PHRASE.sub(" ", text)
    for phrase in _PHRASE.findall(text):
        found = words(phrase)
        if found:
            terms.append('"' + " ".join(found) + '"')
    terms.extend(f'"{w}"' for w in words(rest))
    return " ".join(terms)


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Manual transactions: SQLAlchemy's "begin" event below emits BEGIN itself.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        mode = cursor.execute("PRAGMA journal_mode=WAL").fetchone()
        if mode is None or str(mode[0]).lower() != "wal":
            raise StoreError(f"could not switch the database to WAL mode (got {mode!r})")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def _on_begin(conn: Connection) -> None:
    write = conn.get_execution_options().get("sitrep_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


class SQLiteStore(SQLStore):
    """The event store in one SQLite file (WAL mode, FTS5 search). One writer process."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder for {self.path}: {exc}") from exc
        engine = sa.create_engine(f"sqlite:///{self.path}", connect_args={"timeout": BUSY_TIMEOUT})
        sa.event.listen(engine, "connect", _on_connect)
        sa.event.listen(engine, "begin", _on_begin)
        super().__init__(engine)
        self._watch: sqlite3.Connection | None = None
        self._watch_lock = threading.Lock()
        from sitrep.store.migrate import upgrade

        try:
            upgrade(engine)
        except StoreError as exc:
            engine.dispose()
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc

    def data_version(self) -> int | None:
        with self._watch_lock:
            try:
                if self._watch is None:
                    self._watch = sqlite3.connect(
                        self.path, timeout=BUSY_TIMEOUT, check_same_thread=False
                    )
                row = self._watch.execute("PRAGMA data_version").fetchone()
            except sqlite3.Error:
                return None
        return int(row[0]) if row is not None else None

    def close(self) -> None:
        with self._watch_lock:
            if self._watch is not None:
                self._watch.close()
                self._watch = None
        super().close()

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn, conn.begin():
                yield conn
        except sa.exc.OperationalError as exc:
            raise StoreError(f"cannot read the store {self.path}: {exc.orig}") from exc

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn.execution_options(sitrep_write=True)
            with conn.begin():
                yield conn

    def _text_article_ids(self, query: str) -> sa.Select[Any] | None:
        match = fts_query(query)
        if not match:
            return None
        return (
            sa.select(schema.articles.c.id)
            .join(sa.table(FTS_TABLE), sa.text(f"{FTS_TABLE}.rowid = articles.seq"))
            .where(sa.text(f"{FTS_TABLE} MATCH :fts_query").bindparams(fts_query=match))
        )

    def _search_article_ids(self, conn: Connection, query: str, limit: int) -> list[str]:
        match = fts_query(query)
        if not match or limit == 0:
            return []
        rows = conn.execute(
            sa.text(
                f"SELECT articles.id FROM {FTS_TABLE} JOIN articles "
                f"ON articles.seq = {FTS_TABLE}.rowid WHERE {FTS_TABLE} MATCH :q "
                f"ORDER BY bm25({FTS_TABLE}), articles.id LIMIT :limit"
            ),
            {"q": match, "limit": limit},
        )
        return [str(r[0]) for r in rows]
