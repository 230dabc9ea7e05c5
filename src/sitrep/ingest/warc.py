"""WARC archives (Common Crawl news and the like): every HTML response an article.

1. warcio streams the records (plain or gzip-compressed), so an archive of any size is
   read in constant memory; the size limit applies to each record.
2. Only response and resource records whose content type is HTML are documents;
   requests, metadata and non-HTML payloads (images, CSS, JSON) are not articles.
3. A response with a non-2xx HTTP status is rejected with that status (an error or
   redirect page is not the article it was meant to be).
4. The payload (de-chunked and decompressed by warcio) goes through the HTML reader,
   with the HTTP charset and the WARC-Target-URI as the page's URL when the page names
   no canonical one.
5. Each record is located as `path#N` (N counts every record, 1-based); an archive
   that breaks part-way gives the articles before the break and one rejection.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from sitrep.ingest.base import Metadata, reject, too_large_reason
from sitrep.ingest.html import read_html_bytes
from sitrep.model import Article, Rejection

_DOCUMENT_RECORDS = ("response", "resource")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
#: what warcio raises on malformed or truncated input (it does not wrap its own errors,
#: so a header cut short surfaces as AttributeError or ValueError from deep inside it).
_MALFORMED = (ArchiveLoadFailed, OSError, EOFError, ValueError, zlib.error, AttributeError)


def _content_type(record: Any) -> tuple[str, str | None]:
    """The media type and charset of a record's payload."""
    headers = record.http_headers if record.http_headers is not None else record.rec_headers
    value = headers.get_header("Content-Type") or ""
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'").lower()
    return media.strip().lower(), charset


def _read_record(
    record: Any, where: str, *, override: Metadata, max_bytes: int
) -> Iterator[Article | Rejection]:
    # 3. HTTP status
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            yield reject(where, f"HTTP status {status or 'missing'}")
            return
    # size limit, before reading the payload
    length = record.rec_headers.get_header("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        yield reject(where, too_large_reason(int(length), max_bytes, "record"), size=int(length))
        return
    try:
        payload: bytes = record.content_stream().read(max_bytes + 1)
    except _MALFORMED as exc:
        yield reject(where, f"unreadable WARC payload: {exc!r}")
        return
    if len(payload) > max_bytes:
        yield reject(where, too_large_reason(None, max_bytes, "record"))
        return
    # 4. through the HTML reader
    _, charset = _content_type(record)
    url = record.rec_headers.get_header("WARC-Target-URI")
    yield from read_html_bytes(payload, where, override=override, charset=charset, url=url)


def read_warc_stream(
    stream: IO[bytes], location: str, *, override: Metadata, max_bytes: int
) -> Iterator[Article | Rejection]:
    """Every HTML response of a WARC stream as an Article or a Rejection."""
    # 1. stream the records
    records = iter(ArchiveIterator(stream))
    number = 0
    while True:
        number += 1
        try:
            record = next(records)
        except StopIteration:
            return
        except _MALFORMED as exc:
            # 5. a broken archive: what came before stands
            yield reject(f"{location}#{number}", f"unreadable WARC record: {exc!r}")
            return
        # 2. HTML documents only
        if record.rec_type not in _DOCUMENT_RECORDS:
            continue
        if _content_type(record)[0] not in _HTML_TYPES:
            continue
        yield from _read_record(
            record, f"{location}#{number}", override=override, max_bytes=max_bytes
        )
