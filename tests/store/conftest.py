"""Fixtures of the store tests: a fresh SQLite store in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sitrep.store import EventStore, open_store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "events.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[EventStore]:
    with open_store(db_path) as opened:
        yield opened
