"""Publication dates as ISO days, never guessed from the clock."""

from __future__ import annotations

import pytest

from sitrep.ingest import normalize_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-01-10", "2026-01-10"),
        ("2026-01-10T23:30:00-05:00", "2026-01-10"),
        ("20260110", "2026-01-10"),
        ("Sat, 10 Jan 2026 01:30:00 +0300", "2026-01-10"),
        ("10 January 2026", "2026-01-10"),
        ("Jan. 10, 2026 at 9:30 a.m. EST", "2026-01-10"),
        ("Saturday, January 10, 2026 - 14:05", "2026-01-10"),
        ("10 janvier 2026", "2026-01-10"),
        ("January 10", None),
        ("yesterday", None),
        ("2 hours ago", None),
        ("1736467200", None),
        ("2026-02-30", None),
        ("", None),
        ("not a date", None),
    ],
)
def test_normalize_date(value: str, expected: str | None) -> None:
    assert normalize_date(value) == expected
