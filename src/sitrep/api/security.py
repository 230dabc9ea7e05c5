"""Who may read and write, and how fast: tokens and a per-client token bucket.

Rules, in the order a request meets them:

1. Writes need the operator's write token (SITREP_API_TOKEN), sent as
   `Authorization: Bearer <token>`. With no write token configured, every write is
   refused (403 `writes_disabled`): an API is never writable by accident.
2. A missing token -> 401 `unauthorized`; a wrong one -> 403 `forbidden`. Tokens are
   compared in constant time.
3. Reads are open unless a read token is configured (SITREP_API_READ_TOKEN) or reads are
   closed by setting; then they need the read token (or the write token, which may do
   everything).
4. Writes are rate limited per client address by a token bucket (`rate` per second,
   `burst` at once); over the limit -> 429 `rate_limited` with Retry-After.
"""

from __future__ import annotations

import hmac
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from fastapi import Request

from sitrep.api.errors import ApiError

_BEARER = "bearer "


@dataclass(frozen=True)
class AccessPolicy:
    write_token: str | None
    read_token: str | None = None
    #: close reads even without a read token (then only the write token reads).
    closed_reads: bool = False

    @property
    def reads_closed(self) -> bool:
        return self.closed_reads or bool(self.read_token)


def bearer_token(request: Request) -> str | None:
    """The token of an `Authorization: Bearer` header, or None when there is none."""
    header = request.headers.get("authorization", "")
    if header.lower().startswith(_BEARER):
        return header[len(_BEARER) :].strip() or None
    return None


def _matches(given: str, expected: str | None) -> bool:
    return bool(expected) and hmac.compare_digest(given.encode(), str(expected).encode())


def check_write(policy: AccessPolicy, request: Request) -> None:
    """Raise unless the request carries the write token (rules 1-2)."""
    if not policy.write_token:
        raise ApiError(403, "writes_disabled", "this server accepts no writes (no token set)")
    given = bearer_token(request)
    if given is None:
        raise ApiError(
            401,
            "unauthorized",
            "a write token is required",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not _matches(given, policy.write_token):
        raise ApiError(403, "forbidden", "the token is not valid for writing")


def check_read(policy: AccessPolicy, request: Request) -> None:
    """Raise unless reads are open or the request carries a read or write token (rule 3)."""
    if not policy.reads_closed:
        return
    given = bearer_token(request)
    if given is None:
        raise ApiError(
            401, "unauthorized", "a read token is required", headers={"WWW-Authenticate": "Bearer"}
        )
    if not (_matches(given, policy.read_token) or _matches(given, policy.write_token)):
        raise ApiError(403, "forbidden", "the token is not valid for reading")


class TokenBucket:
    """An in-process token bucket per client key; thread-safe (rule 4).

    Each client starts with `burst` tokens, refilled at `rate` per second; a request
    takes one. Idle clients are forgotten once their bucket is full again, so the map
    stays as small as the set of recently active clients.
    """

    def __init__(
        self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if rate <= 0 or burst < 1:
            raise ValueError("rate must be > 0 and burst >= 1")
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """Take a token for `key`: 0.0 when granted, else the seconds to wait."""
        now = self._clock()
        with self._lock:
            tokens, last = self._buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                self._forget_idle(now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1.0 - tokens) / self.rate

    def _forget_idle(self, now: float) -> None:
        if len(self._buckets) < 1024:
            return
        full_after = self.burst / self.rate
        stale = [k for k, (_, last) in self._buckets.items() if now - last > full_after]
        for key in stale:
            del self._buckets[key]


def client_key(request: Request) -> str:
    """The rate-limit key of a request: its peer address (no proxy headers are trusted)."""
    return request.client.host if request.client else "unknown"


def check_rate(bucket: TokenBucket, request: Request) -> None:
    wait = bucket.take(client_key(request))
    if wait > 0:
        raise ApiError(
            429,
            "rate_limited",
            "too many writes; slow down",
            {"retry_after_seconds": round(wait, 2)},
            headers={"Retry-After": str(max(1, math.ceil(wait)))},
        )
