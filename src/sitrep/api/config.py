"""What the API server is configured with: the store, the tokens, the limits.

Sources, later ones winning:

1. defaults: reads open, writes refused (no token), 1 write per second, bursts of 10;
2. the environment: SITREP_API_TOKEN (writes), SITREP_API_READ_TOKEN (closes reads),
   SITREP_API_CLOSED=1 (closes reads to all but the write token), SITREP_API_WRITE_RATE
   (writes per second per client), SITREP_API_WRITE_BURST, SITREP_TILE_URL (a tile server
   for the web map; none by default, so nothing is fetched from outside);
3. the arguments of `ApiConfig.from_env(...)` given by the caller (`sitrep serve`).

`extract` is the function that turns an Article into an Extraction; it is
`sitrep.pipeline.process_article` unless a caller (tests, a batch service) passes another.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.api.security import AccessPolicy
from sitrep.errors import UsageError
from sitrep.model import Article, Extraction
from sitrep.settings import Settings

Extractor = Callable[[Article, Settings], Extraction]


def default_extractor(article: Article, settings: Settings) -> Extraction:
    """The standard pipeline, imported only when the first article arrives."""
    from sitrep.pipeline import process_article

    return process_article(article, settings)


def _float(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise UsageError(f"{name} must be a number, got {raw!r}") from None
    if value <= 0:
        raise UsageError(f"{name} must be positive, got {raw!r}")
    return value


@dataclass(frozen=True)
class ApiConfig:
    db: Path
    settings: Settings = field(default_factory=Settings)
    policy: AccessPolicy = field(default_factory=lambda: AccessPolicy(write_token=None))
    #: writes per second per client, and how many may come at once.
    write_rate: float = 1.0
    write_burst: int = 10
    #: optional tile server URL template for the web map ({z}/{x}/{y}); None = offline.
    tile_url: str | None = None
    extract: Extractor = default_extractor

    @classmethod
    def from_env(
        cls,
        db: Path | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        settings: Settings | None = None,
        extract: Extractor | None = None,
    ) -> ApiConfig:
        env = os.environ if environ is None else environ
        active = settings or Settings.from_env(dict(env))
        policy = AccessPolicy(
            write_token=env.get("SITREP_API_TOKEN") or None,
            read_token=env.get("SITREP_API_READ_TOKEN") or None,
            closed_reads=env.get("SITREP_API_CLOSED", "").lower() in ("1", "true", "yes"),
        )
        return cls(
            db=db or active.db,
            settings=active,
            policy=policy,
            write_rate=_float(env, "SITREP_API_WRITE_RATE", 1.0),
            write_burst=max(1, int(_float(env, "SITREP_API_WRITE_BURST", 10))),
            tile_url=env.get("SITREP_TILE_URL") or None,
            extract=extract or default_extractor,
        )
