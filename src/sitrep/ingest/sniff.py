"""Which reader a document needs: by its name, else by its first bytes.

By name (`kind_from_name`), case-insensitive:

1. .warc, .warc.gz, .arc.gz           -> "warc"
2. .jsonl, .ndjson, .jsonl.gz, ...    -> "jsonl" (".gz": gzip-compressed lines)
3. .json                              -> "json"
4. .rss, .atom, .xml                  -> "feed"
5. .html, .htm, .xhtml, .shtml        -> "html"
6. .txt, .text, .md                   -> "text"

By content (`kind_from_head`, on the first few KiB), when the name says nothing:

1. "WARC/" or a gzip stream that starts with it -> "warc"; gzip holding JSON -> "jsonl"
2. PDF and ZIP (DOCX, EPUB) signatures -> rejected as unsupported formats, by name
3. markup: <rss>, <feed>, <rdf:RDF> -> "feed"; an HTML doctype or tag -> "html";
   other XML -> "feed" (feedparser then says whether it is one)
4. "{" on a first line that is a whole JSON object -> "jsonl"; "{" or "[" otherwise -> "json"
5. anything else -> "text" (where binary data is then recognised and rejected)
"""

from __future__ import annotations

import json
import zlib

from sitrep.errors import InputRejected
from sitrep.ingest.decode import bom_encoding

KINDS = ("text", "html", "jsonl", "json", "feed", "warc")
#: kinds read as a stream with a per-document size limit, not as one whole file.
STREAMED = frozenset({"jsonl", "warc"})
HEAD_BYTES = 8192

_SUFFIXES: tuple[tuple[str, str], ...] = (
    (".warc.gz", "warc"),
    (".arc.gz", "warc"),
    (".warc", "warc"),
    (".jsonl.gz", "jsonl"),
    (".ndjson.gz", "jsonl"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".jsonlines", "jsonl"),
    (".json", "json"),
    (".rss", "feed"),
    (".atom", "feed"),
    (".xml", "feed"),
    (".html", "html"),
    (".htm", "html"),
    (".xhtml", "html"),
    (".shtml", "html"),
    (".txt", "text"),
    (".text", "text"),
    (".md", "text"),
)
_GZIP = b"\x1f\x8b"
_UNSUPPORTED = ((b"%PDF-", "PDF document"), (b"PK\x03\x04", "ZIP archive (DOCX, EPUB, ...)"))
_FEED_MARKERS = ("<rss", "<feed", "<rdf:rdf")
_HTML_MARKERS = ("<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<p>", "<div")


def is_gzip(head: bytes) -> bool:
    return head.startswith(_GZIP)


def kind_from_name(name: str) -> str | None:
    """The kind a file name announces, or None when its extension says nothing."""
    lowered = name.lower()
    for suffix, kind in _SUFFIXES:
        if lowered.endswith(suffix):
            return kind
    return None


def _gunzip_head(head: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 1024)
    except zlib.error:
        return b""


def kind_from_head(head: bytes) -> str:
    """The kind the first bytes show; raise InputRejected for known non-text formats."""
    # 1. archives and compressed streams
    if head.startswith(b"WARC/"):
        return "warc"
    if is_gzip(head):
        inner = _gunzip_head(head).lstrip()
        if inner.startswith(b"WARC/"):
            return "warc"
        if inner.startswith(b"{"):
            return "jsonl"
        raise InputRejected("unsupported format: gzip-compressed data that is not WARC or JSONL")
    # 2. formats we know and do not read
    for signature, name in _UNSUPPORTED:
        if head.startswith(signature):
            raise InputRejected(f"unsupported format: {name}")
    encoding = bom_encoding(head) or "utf-8"
    start = head.decode(encoding, errors="ignore").lstrip("\ufeff \t\r\n").lower()
    # 3. markup
    if start.startswith("<"):
        window = start[:2048]
        if any(marker in window for marker in _FEED_MARKERS):
            return "feed"
        if any(marker in window for marker in _HTML_MARKERS):
            return "html"
        return "feed" if start.startswith("<?xml") else "html"
    # 4. JSON
    if start.startswith("{"):
        first_line = start.split("\n", 1)[0]
        try:
            json.loads(first_line)
        except json.JSONDecodeError:
            return "json"
        return "jsonl"
    if start.startswith("["):
        return "json"
    # 5. text (binary is caught when decoding)
    return "text"
