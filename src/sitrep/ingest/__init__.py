"""Ingest: every input kind to `Article`s, and a `Rejection` for whatever cannot be read.

Readers, one per input kind (each module's docstring lists its rules in order):

1. `paths.py`   command-line paths: folders walked in sorted order, globs expanded
2. `sniff.py`   which reader, by extension, else by the first bytes
3. `readers.py` the size limit (`Settings.max_bytes`, SITREP_MAX_BYTES) and dispatch
4. `decode.py`  bytes to normalized text; binary data rejected
5. `text.py`    plain text with a JSON sidecar; `html.py` pages via trafilatura;
   `jsonl.py` JSON Lines and JSON; `feed.py` RSS/Atom; `warc.py` WARC archives
6. `base.py`    metadata overrides, dates ('YYYY-MM-DD', `dates.py`), content-hash ids

A bad document never raises: it comes out as a `Rejection` with its location and the
reason, and the batch goes on. Only a bad call (an unreadable --published date, an
unknown kind) raises `UsageError`, before anything is read.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from sitrep.errors import InputRejected
from sitrep.ingest.base import Metadata, checked_override, finish
from sitrep.ingest.dates import normalize_date
from sitrep.ingest.decode import normalize_text
from sitrep.ingest.paths import expand_paths
from sitrep.ingest.readers import read_binary_stream, read_file
from sitrep.ingest.sniff import KINDS
from sitrep.model import Article, Rejection
from sitrep.settings import Settings

__all__ = [
    "KINDS",
    "Metadata",
    "normalize_date",
    "normalize_text",
    "read_paths",
    "read_stream",
    "read_text",
]


def read_paths(
    paths: Sequence[str | Path],
    *,
    metadata: Metadata | None = None,
    settings: Settings | None = None,
) -> Iterator[Article | Rejection]:
    """Every article in the files, folders and globs given, in a stable order.

    >>> for item in read_paths(["news/"]):  # doctest: +SKIP
    ...     print(item.id if isinstance(item, Article) else item.reason)
    """
    override = checked_override(metadata)
    active = settings if settings is not None else Settings.from_env()
    return _read_paths(paths, override, active)


def _read_paths(
    paths: Sequence[str | Path], override: Metadata, settings: Settings
) -> Iterator[Article | Rejection]:
    for item in expand_paths(paths):
        if isinstance(item, Rejection):
            yield item
        else:
            yield from read_file(item, override=override, settings=settings)


def read_stream(
    stream: BinaryIO,
    name: str,
    *,
    kind: str | None = None,
    metadata: Metadata | None = None,
    settings: Settings | None = None,
) -> Iterator[Article | Rejection]:
    """Every article in a byte stream such as `sys.stdin.buffer`; `kind` skips sniffing."""
    override = checked_override(metadata)
    active = settings if settings is not None else Settings.from_env()
    return read_binary_stream(stream, name, kind=kind, override=override, settings=active)


def read_text(text: str, *, metadata: Metadata | None = None) -> Article:
    """An Article from a string; raise InputRejected when it is empty."""
    result = finish(text, "<text>", found=Metadata(), override=checked_override(metadata))
    if isinstance(result, Rejection):
        raise InputRejected(result.reason, result.location)
    return result
