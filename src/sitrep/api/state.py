"""The state one API process shares between requests: config, store, write lock, bucket.

The store is opened once per process (its migrations create the read indexes). A
`ReadCache` memoises aggregates and map cells until the next committed write. Reads
run concurrently in FastAPI's thread pool (SQLite WAL lets readers proceed while a
write commits); writes are serialised by one lock, because sitrep has one writer per
database.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from fastapi import Request

from sitrep.api.config import ApiConfig
from sitrep.api.security import TokenBucket
from sitrep.errors import StoreError
from sitrep.store import open_store
from sitrep.store.cache import ReadCache
from sitrep.store.sql import SQLStore


@dataclass
class ApiState:
    config: ApiConfig
    store: SQLStore
    bucket: TokenBucket
    cache: ReadCache
    write_lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def open(cls, config: ApiConfig) -> ApiState:
        store = open_store(config.db)
        if not isinstance(store, SQLStore):  # a future non-SQL backend
            store.close()
            raise StoreError("the API needs an SQL store")
        bucket = TokenBucket(config.write_rate, config.write_burst)
        return cls(config, store, bucket, ReadCache(store))

    def close(self) -> None:
        self.store.close()


def get_state(request: Request) -> ApiState:
    """The process's ApiState (FastAPI dependency)."""
    state: ApiState = request.app.state.sitrep
    return state
