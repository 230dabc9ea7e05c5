"""A small read cache for expensive read-only queries (aggregates, map cells).

A cached answer is only ever served for the data it was computed from:

1. Before computing, read the store's `data_version()`; None means the backend cannot
   detect writes, so nothing is cached and every call computes.
2. Compute the answer (in its own read transaction), then read the version again. Only
   if it did not move (no commit happened meanwhile) is the answer kept, tagged with it.
3. A lookup serves an entry only while the store's version still equals its tag, so any
   committed write (by this process or another) invalidates every entry at once.
4. Entries also expire after `ttl` seconds and the oldest go beyond `max_entries`, so
   memory stays bounded and nothing lives long.
Answers are returned as stored: callers must treat them as immutable (the query
functions return frozen dataclasses in fresh lists; the cache hands out copies).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import TypeVar

from sitrep.store.sql import SQLStore

T = TypeVar("T")

#: seconds an entry may be served at most, even when nothing was written.
DEFAULT_TTL = 60.0
DEFAULT_ENTRIES = 256


class ReadCache:
    """Memoises read-only query results per store, invalidated by any commit."""

    def __init__(
        self, store: SQLStore, *, ttl: float = DEFAULT_TTL, max_entries: int = DEFAULT_ENTRIES
    ) -> None:
        self.store = store
        self.ttl = ttl
        self.max_entries = max_entries
        self._entries: OrderedDict[Hashable, tuple[int, float, list[object]]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable, compute: Callable[[], list[T]]) -> list[T]:
        """The answer of `compute()` for `key` at the store's current data (steps 1-3)."""
        version = self.store.data_version()
        if version is None:
            return compute()
        now = time.monotonic()
        with self._lock:
            found = self._entries.get(key)
            if found is not None and found[0] == version and now - found[1] < self.ttl:
                self._entries.move_to_end(key)
                self.hits += 1
                return list(found[2])  # type: ignore[arg-type]
            self.misses += 1
        answer = compute()
        if self.store.data_version() == version:
            with self._lock:
                self._entries[key] = (version, now, list(answer))
                self._entries.move_to_end(key)
                while len(self._entries) > self.max_entries:
                    self._entries.popitem(last=False)
        return answer

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
