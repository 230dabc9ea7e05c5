"""One settings object: defaults, overridden by SITREP_* environment variables, then by
the CLI's options."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from sitrep.errors import UsageError


@dataclass(frozen=True)
class Settings:
    #: SQLite file of the default store (SITREP_DB).
    db: Path = Path("sitrep.db")
    #: largest input document accepted, in bytes (SITREP_MAX_BYTES).
    max_bytes: int = 10_000_000
    #: extra knowledge files (actors/weapons) a user adds, colon-separated (SITREP_KB).
    extra_kb: tuple[Path, ...] = ()
    #: publication date used when an article has none (ISO date, SITREP_DEFAULT_PUBLISHED).
    default_published: str | None = None

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        kwargs: dict[str, object] = {}
        if "SITREP_DB" in env:
            kwargs["db"] = Path(env["SITREP_DB"])
        if "SITREP_MAX_BYTES" in env:
            try:
                kwargs["max_bytes"] = int(env["SITREP_MAX_BYTES"])
            except ValueError as exc:
                raise UsageError(f"SITREP_MAX_BYTES must be an integer: {exc}") from None
        if env.get("SITREP_KB"):
            kwargs["extra_kb"] = tuple(Path(p) for p in env["SITREP_KB"].split(os.pathsep) if p)
        if env.get("SITREP_DEFAULT_PUBLISHED"):
            kwargs["default_published"] = env["SITREP_DEFAULT_PUBLISHED"]
        return cls(**kwargs)  # type: ignore[arg-type]

    def replace(self, **changes: object) -> Settings:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def extraction_hash(self) -> str:
        """A hash of the settings that change what is extracted (stored with each run)."""
        relevant = {"extra_kb": [str(p) for p in self.extra_kb]}
        return hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()[:16]
