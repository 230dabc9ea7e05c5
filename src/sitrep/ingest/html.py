"""HTML pages: the article text and its metadata, without navigation and boilerplate.

1. The bytes are decoded: a byte-order mark, the charset the HTTP header or the page's
   <meta> declares, then the usual cascade (`decode.decode_bytes`).
2. trafilatura extracts the main text (menus, footers, comments and share widgets
   dropped), the title, the site name and the canonical URL.
3. The publication date comes from htmldate (inside trafilatura), asked for the
   original date rather than the last modification, with a fixed latest date so the
   result never depends on the day it runs.
4. The language is the page's own <html lang>, if any.
5. A page where trafilatura finds no text is rejected ("no article text found").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import trafilatura

from sitrep.errors import InputRejected
from sitrep.ingest.base import Metadata, finish, reject
from sitrep.ingest.decode import decode_bytes
from sitrep.model import Article, Rejection

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?([A-Za-z]{2,3})\b""", re.I)
_HEAD = 4096
_DATE_PARAMS = {"extensive_search": True, "original_date": True, "max_date": "2100-12-31"}


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag near its start."""
    match = _META_CHARSET.search(data[:_HEAD])
    return match[1].decode("ascii").lower() if match else None


def _extract(page: str, url: str | None) -> Any:
    return trafilatura.bare_extraction(
        page,
        url=url,
        with_metadata=True,
        include_comments=False,
        deduplicate=False,
        date_extraction_params=_DATE_PARAMS,
    )


def read_html_bytes(
    data: bytes,
    location: str,
    *,
    override: Metadata,
    found: Metadata | None = None,
    charset: str | None = None,
    url: str | None = None,
) -> Iterator[Article | Rejection]:
    """One article from the bytes of an HTML page (`url`: where it was fetched from)."""
    # 1. decode
    try:
        page = decode_bytes(data, declared=charset or declared_charset(data))
    except InputRejected as exc:
        yield reject(location, exc.reason, data)
        return
    if not page:
        yield reject(location, "empty", data)
        return
    # 2-3. trafilatura text and metadata
    document = _extract(page, url)
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        yield reject(location, "no article text found in the HTML page", data)
        return
    # 4. language from <html lang>
    lang = _HTML_LANG.search(page[:_HEAD])
    extracted = Metadata(
        published=document.date,
        url=document.url or url,
        source=document.sitename,
        title=document.title,
        language=lang[1].lower() if lang else None,
    )
    # a sidecar (the user's own word) wins over what the page says
    merged = found.over(extracted) if found is not None else extracted
    yield finish(text, location, found=merged, override=override, raw=data, strict_dates=False)
