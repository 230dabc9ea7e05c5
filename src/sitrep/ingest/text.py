"""Plain-text articles, with optional metadata in a JSON sidecar file.

1. The sidecar is looked for next to the file: first `NAME.EXT.json`
   ("report.txt.json"), then `NAME.json` ("report.json"). Its keys url, source, title,
   published, language and encoding are all optional; other keys are ignored so a
   sidecar may carry the user's own notes.
2. A sidecar that is not valid JSON, not an object, or has a non-string value for a
   known key rejects the file with the reason: the user meant it to apply, so reading
   the article without it would silently lose their metadata.
3. The bytes are decoded (`decode.decode_bytes`, the sidecar's "encoding" first).
4. `base.finish` makes the Article.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from sitrep.errors import InputRejected
from sitrep.ingest.base import Metadata, finish, reject
from sitrep.ingest.dates import normalize_date
from sitrep.ingest.decode import decode_bytes
from sitrep.model import Article, Rejection

SIDECAR_KEYS = ("url", "source", "title", "published", "language", "encoding")


def sidecar_candidates(path: Path) -> tuple[Path, ...]:
    """Where a sidecar for `path` may be, in the order they are tried."""
    candidates = [path.with_name(path.name + ".json")]
    if path.suffix.lower() != ".json":
        candidates.append(path.with_suffix(".json"))
    return tuple(candidates)


def read_sidecar(path: Path) -> tuple[Metadata, str | None]:
    """The sidecar's metadata and declared encoding; raise InputRejected if malformed."""
    for candidate in sidecar_candidates(path):
        if candidate.is_file():
            return _parse_sidecar(candidate)
    return Metadata(), None


def _parse_sidecar(sidecar: Path) -> tuple[Metadata, str | None]:
    name = sidecar.name
    try:
        value = json.loads(sidecar.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        raise InputRejected(f"sidecar {name}: cannot read it: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise InputRejected(f"sidecar {name}: not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise InputRejected(f"sidecar {name}: invalid JSON: {exc}") from None
    if not isinstance(value, dict):
        raise InputRejected(f"sidecar {name}: expected a JSON object, got {type(value).__name__}")
    fields: dict[str, str | None] = {}
    for key in SIDECAR_KEYS:
        item = value.get(key)
        if item is not None and not isinstance(item, str):
            raise InputRejected(
                f"sidecar {name}: {key!r} must be a string, got {type(item).__name__}"
            )
        fields[key] = item
    encoding = fields.pop("encoding")
    if fields["published"] is not None and fields["published"].strip():
        published = normalize_date(fields["published"])
        if published is None:
            raise InputRejected(f"sidecar {name}: cannot read {fields['published']!r} as a date")
        fields["published"] = published
    return Metadata(**fields), encoding


def read_text_bytes(
    data: bytes,
    location: str,
    *,
    override: Metadata,
    found: Metadata | None = None,
    encoding: str | None = None,
) -> Iterator[Article | Rejection]:
    """One article from the bytes of a text document."""
    try:
        text = decode_bytes(data, declared=encoding)
    except InputRejected as exc:
        yield reject(location, exc.reason, data)
        return
    yield finish(text, location, found=found or Metadata(), override=override, raw=data)


def read_text_file(
    path: Path, data: bytes, location: str, *, override: Metadata
) -> Iterator[Article | Rejection]:
    """One article from a text file and its sidecar."""
    try:
        found, encoding = read_sidecar(path)
    except InputRejected as exc:
        yield reject(location, exc.reason, data)
        return
    yield from read_text_bytes(data, location, override=override, found=found, encoding=encoding)
