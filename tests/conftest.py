"""Shared fixtures: the real reports of the shared folder (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.evaluate.base import shared_dir
from sitrep.model import Article, make_article

HAWKEYE = "hawkeye-strike-2026-01-10.txt"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite the golden outputs under tests/golden/ from the current code",
    )


@pytest.fixture(scope="session")
def shared() -> Path:
    path = shared_dir()
    if not (path / "examples").is_dir():
        pytest.skip(f"shared data folder not found at {path} (set SITREP_SHARED)")
    return path


@pytest.fixture(scope="session")
def hawkeye(shared: Path) -> Article:
    """The running example of DESIGN.md, published 2026-01-10."""
    path = shared / "examples" / HAWKEYE
    if not path.is_file():
        pytest.skip(f"running example not found at {path}")
    return make_article(path.read_text(encoding="utf-8"), published="2026-01-10")
