"""RSS and Atom feeds: every item an article.

1. feedparser reads the bytes (it honours the XML encoding declaration itself). A feed
   it cannot read and that yields no items is one rejection with feedparser's reason;
   a feed with recoverable errors still gives the items it could read.
2. An item's text is its full content (content:encoded, atom:content) when present,
   else its summary/description, with the HTML removed (`markup.py`).
3. Its title, link and date come from the item (published, else updated), the source
   from the feed's own title. The date is taken as written, so a local publication
   day is not shifted to UTC.
4. Each item is located as `path#N` (1-based); an item without text is rejected.
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from typing import Any

import feedparser

from sitrep.ingest.base import Metadata, finish, reject
from sitrep.ingest.dates import normalize_date
from sitrep.ingest.markup import html_fragment_to_text
from sitrep.model import Article, Rejection

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _as_text(detail: Any, value: str) -> str:
    """A feed text construct as plain text, stripping markup when it is HTML."""
    kind = detail.get("type", "text/html") if isinstance(detail, dict) else "text/html"
    return html_fragment_to_text(value) if kind in _HTML_TYPES else value


def _item_text(entry: Any) -> str:
    for content in entry.get("content") or ():
        value = content.get("value") or ""
        if value.strip():
            return _as_text(content, value)
    summary = entry.get("summary") or ""
    return _as_text(entry.get("summary_detail"), summary) if summary.strip() else ""


def _item_date(entry: Any) -> str | None:
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if isinstance(raw, str) and (day := normalize_date(raw)):
            return day
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if isinstance(parsed, time.struct_time):
            return time.strftime("%Y-%m-%d", parsed)
    return None


def read_feed_bytes(
    data: bytes, location: str, *, override: Metadata
) -> Iterator[Article | Rejection]:
    """Every item of an RSS or Atom feed as an Article or a Rejection."""
    # 1. parse (from a stream: feedparser would treat some strings as URLs or paths)
    parsed = feedparser.parse(io.BytesIO(data))
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        reason = f"not a readable RSS/Atom feed: {problem}" if problem else "feed has no items"
        yield reject(location, reason, data)
        return
    feed_info = parsed.get("feed") or {}
    source = feed_info.get("title")
    for index, entry in enumerate(entries, 1):
        # 2-3. text and metadata of the item
        title = entry.get("title")
        found = Metadata(
            published=_item_date(entry),
            url=entry.get("link"),
            source=_as_text(feed_info.get("title_detail"), source) if source else None,
            title=_as_text(entry.get("title_detail"), title) if title else None,
            language=(entry.get("language") or feed_info.get("language") or "")[:2] or None,
        )
        # 4. one article per item
        yield finish(
            _item_text(entry), f"{location}#{index}", found=found, override=override,
            strict_dates=False,
        )  # fmt: skip
