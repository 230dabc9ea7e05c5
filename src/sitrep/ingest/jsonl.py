"""JSON Lines (one article per line) and plain JSON (one article, or a list of them).

JSON Lines are read as a stream, line by line, so a corpus dump of any size can be
ingested; the size limit applies to each line. For every line, in order:

1. A blank line is no document and is passed over.
2. A line longer than `max_bytes` is rejected without being held in memory (the rest
   of it is skipped in chunks).
3. The line must be UTF-8 JSON holding an object; anything else is rejected with the
   parser's reason.
4. `text` is required and must be a string; url, title, source, published and language
   are optional strings (or null). Other keys are ignored.
5. `base.finish` makes the Article; a published date that cannot be read rejects the
   line (it is the user's own data, so they can fix it).

Each rejection's location is `path:LINE` (1-based); good lines still come out, in order.
A `.json` file is one JSON document: an object is one article at `path`, a list is an
article per element at `path#N`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from sitrep.errors import InputRejected
from sitrep.ingest.base import Metadata, finish, reject, too_large_reason
from sitrep.ingest.decode import decode_bytes
from sitrep.model import Article, Rejection

OPTIONAL_FIELDS = ("url", "title", "source", "published", "language")
_CHUNK = 1 << 20


def record_to_article(
    record: Any, location: str, *, override: Metadata, raw: bytes | None = None
) -> Article | Rejection:
    """Steps 4-5 for one parsed JSON value."""
    if not isinstance(record, dict):
        return reject(location, f"expected a JSON object, got {_json_type(record)}", raw)
    if "text" not in record or record["text"] is None:
        return reject(location, "missing required field 'text'", raw)
    text = record["text"]
    if not isinstance(text, str):
        return reject(location, f"'text' must be a string, got {_json_type(text)}", raw)
    values: dict[str, str | None] = {}
    for key in OPTIONAL_FIELDS:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            return reject(location, f"{key!r} must be a string, got {_json_type(value)}", raw)
        values[key] = value
    return finish(text, location, found=Metadata(**values), override=override, raw=raw)


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "array", str: "string", bool: "boolean", int: "number"}
    if value is None:
        return "null"
    return names.get(type(value), "number" if isinstance(value, float) else type(value).__name__)


def _skip_rest_of_line(stream: IO[bytes]) -> int:
    """Read past the end of an over-long line; return how many bytes were skipped."""
    skipped = 0
    while True:
        chunk = stream.readline(_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def read_jsonl_stream(
    stream: IO[bytes], location: str, *, override: Metadata, max_bytes: int
) -> Iterator[Article | Rejection]:
    """Every line of a JSON Lines stream as an Article or a Rejection."""
    number = 0
    documents = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            if not documents:
                yield reject(location, "empty")
            return
        number += 1
        where = f"{location}:{number}"
        # 2. an over-long line is skipped, not held
        if len(line) > max_bytes and not line.endswith(b"\n"):
            size = len(line) + _skip_rest_of_line(stream)
            documents += 1
            yield reject(where, too_large_reason(size, max_bytes, "line"), size=size)
            continue
        # 1. blank lines
        if not line.strip():
            continue
        documents += 1
        # 3. JSON object
        try:
            record = json.loads(line.decode("utf-8-sig" if number == 1 else "utf-8"))
        except UnicodeDecodeError as exc:
            yield reject(where, f"not UTF-8: {exc.reason} at byte {exc.start}", line)
            continue
        except json.JSONDecodeError as exc:
            yield reject(where, f"invalid JSON: {exc.msg} at column {exc.colno}", line)
            continue
        # 4-5. fields and article
        yield record_to_article(record, where, override=override, raw=line)


def read_json_bytes(
    data: bytes, location: str, *, override: Metadata
) -> Iterator[Article | Rejection]:
    """A whole JSON document: an object is one article, a list one per element."""
    try:
        value = json.loads(decode_bytes(data))
    except InputRejected as exc:
        yield reject(location, exc.reason, data)
        return
    except json.JSONDecodeError as exc:
        yield reject(location, f"invalid JSON: {exc.msg} at line {exc.lineno}", data)
        return
    if isinstance(value, list):
        if not value:
            yield reject(location, "empty", data)
        for index, item in enumerate(value, 1):
            yield record_to_article(item, f"{location}#{index}", override=override)
        return
    yield record_to_article(value, location, override=override, raw=data)
