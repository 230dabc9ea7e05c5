"""What every reader shares: metadata, the size limit, and turning text into an Article.

An Article is made in this order (`finish`):

1. The text is normalized (`decode.normalize_text`); empty or whitespace-only text is
   the rejection "empty".
2. Metadata found in the document (sidecar, JSONL fields, HTML meta tags, feed items)
   is overridden field by field by the caller's `Metadata` (the CLI's --published,
   --url, --source, --title), because the user knows better than the file.
3. The publication date is normalised to 'YYYY-MM-DD'. A date the document states but
   that cannot be read is a rejection when the document is the user's own data
   (sidecar, JSONL) and is dropped for third-party markup (feeds), whose dates the
   user cannot fix.
4. The id is the content hash of the final text, so the same text always gets the
   same id whatever it was read from.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields

from sitrep.errors import UsageError
from sitrep.ingest.dates import normalize_date
from sitrep.ingest.decode import normalize_text
from sitrep.model import Article, Rejection, make_article


@dataclass(frozen=True)
class Metadata:
    """Article metadata; as CLI flags it overrides what the file itself says."""

    published: str | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    language: str | None = None

    def over(self, found: Metadata) -> Metadata:
        """`found` with every field that is set here taking precedence."""
        merged = {
            f.name: getattr(self, f.name)
            if getattr(self, f.name) is not None
            else getattr(found, f.name)
            for f in fields(self)
        }
        return Metadata(**merged)


def checked_override(metadata: Metadata | None) -> Metadata:
    """The caller's metadata with its date normalised; a bad date is a UsageError."""
    if metadata is None:
        return Metadata()
    if metadata.published is None:
        return metadata
    published = normalize_date(metadata.published)
    if published is None:
        raise UsageError(
            f"published: cannot read {metadata.published!r} as a date; give one like 2026-01-10"
        )
    return Metadata(
        published=published,
        url=metadata.url,
        source=metadata.source,
        title=metadata.title,
        language=metadata.language,
    )


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def reject(
    location: str, reason: str, data: bytes | None = None, size: int | None = None
) -> Rejection:
    """A Rejection naming the refused bytes by hash and size when they are at hand."""
    if data is not None:
        return Rejection(location, reason, sha256_hex(data), len(data) if size is None else size)
    return Rejection(location, reason, None, size)


def too_large_reason(size: int | None, limit: int, what: str = "file") -> str:
    """The message for input over `settings.max_bytes`: the size, the limit, the way out."""
    stated = f"{size:,} bytes" if size is not None else f"more than {limit:,} bytes"
    return f"{what} is {stated}, over the limit of {limit:,} bytes (raise it with SITREP_MAX_BYTES)"


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


def finish(
    text: str,
    location: str,
    *,
    found: Metadata,
    override: Metadata,
    raw: bytes | None = None,
    strict_dates: bool = True,
) -> Article | Rejection:
    """An Article from extracted text and metadata, or the Rejection saying why not."""
    # 1. normalized text, never empty
    text = normalize_text(text)
    if not text:
        return reject(location, "empty", raw)
    # 2. the caller's metadata wins
    meta = override.over(found)
    # 3. publication date (an override was normalised by `checked_override`)
    published = override.published
    if published is None and found.published and found.published.strip():
        published = normalize_date(found.published)
        if published is None and strict_dates:
            return reject(location, f"published: cannot read {found.published!r} as a date", raw)
    # 4. content-hash id
    return make_article(
        text,
        url=_clean(meta.url),
        source=_clean(meta.source),
        title=_clean(meta.title),
        published=published,
        language=_clean(meta.language) or "en",
    )
