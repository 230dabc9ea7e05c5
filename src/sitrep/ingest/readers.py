"""From a file or a byte stream to the right reader, within the size limit.

For each document, in order:

1. The kind: given by the caller (stdin), else from the file name, else sniffed from
   the first bytes (`sniff.py`); a known non-text format is rejected here.
2. A zero-byte document is rejected as "empty".
3. Streamed kinds (JSONL, WARC) go to their reader as a stream, with the size limit
   applied to each line or record; gzip-compressed JSONL is decompressed on the fly.
4. Every other kind is one document: a file larger than `settings.max_bytes` is
   rejected from its size alone, before any of it is read; a stream is read to one
   byte past the limit at most.
5. The bytes go to the kind's reader; text and HTML files take metadata from a sidecar.
"""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, cast

from sitrep.errors import InputRejected, UsageError
from sitrep.ingest.base import Metadata, reject, too_large_reason
from sitrep.ingest.feed import read_feed_bytes
from sitrep.ingest.html import read_html_bytes
from sitrep.ingest.jsonl import read_json_bytes, read_jsonl_stream
from sitrep.ingest.sniff import HEAD_BYTES, KINDS, STREAMED, is_gzip, kind_from_head, kind_from_name
from sitrep.ingest.text import read_sidecar, read_text_bytes, read_text_file
from sitrep.ingest.warc import read_warc_stream
from sitrep.model import Article, Rejection
from sitrep.settings import Settings

Item = Article | Rejection


class _Prefixed(io.RawIOBase):
    """A stream that gives back bytes already read from it before the rest of it."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            count = min(len(buffer), len(self._head))
            buffer[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _read_head(stream: IO[bytes]) -> bytes:
    """Up to HEAD_BYTES from a stream that may return short reads (a pipe)."""
    parts: list[bytes] = []
    wanted = HEAD_BYTES
    while wanted > 0:
        chunk = stream.read(wanted)
        if not chunk:
            break
        parts.append(chunk)
        wanted -= len(chunk)
    return b"".join(parts)


def _streamed(
    stream: IO[bytes], head: bytes, kind: str, location: str, *, override: Metadata,
    max_bytes: int,
) -> Iterator[Item]:  # fmt: skip
    """3. JSONL and WARC, read record by record."""
    if kind == "warc":
        yield from read_warc_stream(stream, location, override=override, max_bytes=max_bytes)
        return
    lines = cast(IO[bytes], gzip.GzipFile(fileobj=stream, mode="rb")) if is_gzip(head) else stream
    try:
        yield from read_jsonl_stream(lines, location, override=override, max_bytes=max_bytes)
    except (OSError, EOFError, zlib.error) as exc:
        yield reject(location, f"unreadable gzip stream: {exc}")


def _whole(
    data: bytes, kind: str, location: str, path: Path | None, *, override: Metadata
) -> Iterator[Item]:
    """5. a single-document kind, from its bytes."""
    if kind == "text":
        if path is not None:
            yield from read_text_file(path, data, location, override=override)
            return
        yield from read_text_bytes(data, location, override=override)
    elif kind == "html":
        found = None
        if path is not None:
            try:
                found, _ = read_sidecar(path)
            except InputRejected as exc:
                yield reject(location, exc.reason, data)
                return
        yield from read_html_bytes(data, location, override=override, found=found)
    elif kind == "json":
        yield from read_json_bytes(data, location, override=override)
    else:
        yield from read_feed_bytes(data, location, override=override)


def read_file(path: Path, *, override: Metadata, settings: Settings) -> Iterator[Item]:
    """Every article in one file, and a Rejection for each part that cannot be read."""
    location = str(path)
    try:
        size = path.stat().st_size
        handle = path.open("rb")
    except OSError as exc:
        yield reject(location, f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        if not handle.seekable():  # a named pipe or /dev/stdin: read it as a stream
            yield from _read_stream(
                handle, location, kind=kind_from_name(path.name), override=override,
                settings=settings,
            )  # fmt: skip
            return
        # 2. empty
        if size == 0:
            yield reject(location, "empty", b"")
            return
        # 1. kind
        kind = kind_from_name(path.name)
        head = b""
        if kind is None or kind in STREAMED:
            head = handle.read(HEAD_BYTES)
            handle.seek(0)
        if kind is None:
            try:
                kind = kind_from_head(head)
            except InputRejected as exc:
                yield reject(location, exc.reason, size=size)
                return
        # 3. streamed kinds
        if kind in STREAMED:
            yield from _streamed(
                handle, head, kind, location, override=override, max_bytes=settings.max_bytes
            )
            return
        # 4. size limit from the size alone
        if size > settings.max_bytes:
            yield reject(location, too_large_reason(size, settings.max_bytes), size=size)
            return
        data = handle.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:  # the file grew while we looked
        yield reject(location, too_large_reason(None, settings.max_bytes))
        return
    yield from _whole(data, kind, location, path, override=override)


def read_binary_stream(
    stream: IO[bytes], name: str, *, kind: str | None, override: Metadata, settings: Settings
) -> Iterator[Item]:
    """Every article in a byte stream (stdin), read once, front to back."""
    if kind is not None and kind not in KINDS:
        raise UsageError(f"unknown input kind {kind!r}; choose one of {', '.join(KINDS)}")
    return _read_stream(stream, name, kind=kind, override=override, settings=settings)


def _read_stream(
    stream: IO[bytes], name: str, *, kind: str | None, override: Metadata, settings: Settings
) -> Iterator[Item]:
    head = _read_head(stream)
    # 2. empty
    if not head:
        yield reject(name, "empty", b"")
        return
    # 1. kind
    if kind is None:
        try:
            kind = kind_from_head(head)
        except InputRejected as exc:
            yield reject(name, exc.reason)
            return
    whole = io.BufferedReader(_Prefixed(head, stream))
    # 3. streamed kinds
    if kind in STREAMED:
        yield from _streamed(
            whole, head, kind, name, override=override, max_bytes=settings.max_bytes
        )
        return
    # 4. size limit: read one byte past it at most
    data = whole.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        yield reject(name, too_large_reason(None, settings.max_bytes, "input"))
        return
    yield from _whole(data, kind, name, None, override=override)
