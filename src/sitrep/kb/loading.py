"""Shared loading and validation of knowledge data files.

Every knowledge file is JSON: ``{"version": "...", "entries": [{...}, ...]}``.
Rules, in order:
1. the file must exist and parse as JSON (else KnowledgeDataError naming the file);
2. the top level must be an object with a string "version" and a list "entries";
3. each entry must be an object with a non-empty string "id"; field readers below check
   types and name the file, the entry index and its id when something is wrong;
4. later files override earlier ones entry by entry (same id), so a user's file can
   correct or extend the shipped data without copying it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from sitrep.errors import KnowledgeDataError


@dataclass(frozen=True)
class RawEntry:
    """One entry of a knowledge file, with where it came from for error messages."""

    source: str
    index: int
    data: Mapping[str, Any]

    @property
    def id(self) -> str:
        return str(self.data["id"])

    def where(self) -> str:
        return f"{self.source}: entry {self.index} (id {self.data.get('id')!r})"

    def error(self, message: str) -> KnowledgeDataError:
        return KnowledgeDataError(f"{self.where()}: {message}")

    def str_(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self.error(f"field {key!r} must be a non-empty string, got {value!r}")
        return value

    def opt_str(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.error(f"field {key!r} must be a non-empty string or null, got {value!r}")
        return value

    def str_list(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.error(f"field {key!r} must be a list of non-empty strings")
        return tuple(value)

    def opt_float(self, key: str) -> float | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(f"field {key!r} must be a number or null, got {value!r}")
        return float(value)

    def opt_int(self, key: str) -> int | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(f"field {key!r} must be an integer or null, got {value!r}")
        return value

    def choice(self, key: str, allowed: Iterable[str | None]) -> str | None:
        value = self.data.get(key)
        options = tuple(allowed)
        if value not in options:
            shown = ", ".join(repr(o) for o in options)
            raise self.error(f"field {key!r} is {value!r}; expected one of {shown}")
        return value  # type: ignore[no-any-return,unused-ignore]

    def check_keys(self, known: Iterable[str]) -> None:
        unknown = sorted(set(self.data) - set(known))
        if unknown:
            raise self.error(f"unknown fields {unknown}")


def packaged(name: str) -> Path:
    """The path of a data file shipped inside the package."""
    return Path(str(resources.files("sitrep.kb").joinpath("data", name)))


def read_entries(path: Path) -> list[RawEntry]:
    """The validated entries of one knowledge file (rules 1-3)."""
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KnowledgeDataError(f"{source}: cannot read knowledge file: {exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise KnowledgeDataError(f"{source}: not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise KnowledgeDataError(f"{source}: top level must be an object")
    if not isinstance(data.get("version"), str):
        raise KnowledgeDataError(f"{source}: missing string field 'version'")
    entries = data.get("entries")
    if not isinstance(entries, list):
        raise KnowledgeDataError(f"{source}: field 'entries' must be a list")
    out: list[RawEntry] = []
    for index, item in enumerate(entries):
        if not isinstance(item, dict):
            raise KnowledgeDataError(f"{source}: entry {index} must be an object")
        entry = RawEntry(source, index, item)
        if not isinstance(item.get("id"), str) or not item["id"].strip():
            raise entry.error("field 'id' must be a non-empty string")
        out.append(entry)
    return out


def file_version(path: Path) -> str:
    """The "version" of a knowledge file (already validated by read_entries)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return str(data["version"])


def merged(paths: Iterable[Path]) -> list[RawEntry]:
    """Entries of all files in order; a later entry with the same id replaces the earlier
    one in place (rule 4). Output order is deterministic: first appearance of each id."""
    by_id: dict[str, RawEntry] = {}
    for path in paths:
        seen: set[str] = set()
        for entry in read_entries(path):
            if entry.id in seen:
                raise entry.error("duplicate id within one file")
            seen.add(entry.id)
            by_id[entry.id] = entry
    return list(by_id.values())
