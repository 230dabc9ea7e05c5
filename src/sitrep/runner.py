"""The main job: ingest documents, extract events, store them (one writer).

This is the library function behind `sitrep run`; it sits outside the pipeline, which
never imports storage. After each article is saved (new or replaced), the incidents
around its events are recomputed (sitrep.fuse via `EventStore.refresh_incidents`), so
a report of the same strike by a second agency joins the first one's incident at once.
An unchanged article touches nothing, so a second run over the same files changes
nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.ingest import Metadata, read_paths
from sitrep.model import Article, Extraction, Rejection
from sitrep.pipeline import default_pipeline, process_article
from sitrep.settings import Settings
from sitrep.store import EventStore


@dataclass
class RunSummary:
    articles: int = 0
    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    events: int = 0
    #: incidents written or rewritten by this run
    incidents: int = 0
    rejections: list[Rejection] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "new": self.new,
            "unchanged": self.unchanged,
            "replaced": self.replaced,
            "events": self.events,
            "incidents": self.incidents,
            "rejections": [{"location": r.location, "reason": r.reason} for r in self.rejections],
        }


def extract_all(
    items: Iterable[Article | Rejection], settings: Settings
) -> Iterator[Extraction | Rejection]:
    """Extract every article in order; rejections pass through. A failure inside the
    pipeline on one article becomes that article's rejection, never the batch's end."""
    for item in items:
        if isinstance(item, Rejection):
            yield item
            continue
        try:
            yield process_article(item, settings)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
            yield extraction_failure(item, exc)


def extraction_failure(article: Article, exc: Exception) -> Rejection:
    """The rejection that records an article the pipeline failed on, with the error."""
    return Rejection(
        location=article.url or article.title or article.id,
        reason=f"extraction failed: {type(exc).__name__}: {exc}",
        sha256=article.id.removeprefix("sha256:"),
        size=len(article.text.encode("utf-8")),
    )


def run_paths(
    paths: Sequence[str | Path],
    store: EventStore,
    *,
    settings: Settings,
    metadata: Metadata | None = None,
    on_item: Callable[[str], None] | None = None,
) -> RunSummary:
    """Ingest `paths`, extract each article and save it; returns what happened.

    Articles already stored under the same run (same stage versions and settings) are
    not extracted again, so a second run over the same files changes nothing.
    """
    pipeline = default_pipeline(settings)
    run_id = store.begin_run(pipeline.versions, settings.extraction_hash())
    summary = RunSummary()
    for item in read_paths(paths, metadata=metadata, settings=settings):
        if isinstance(item, Rejection):
            summary.rejections.append(item)
            store.save_rejection(item)
            if on_item:
                on_item(item.location)
            continue
        summary.articles += 1
        if store.has_article(item.id, run_id):
            summary.unchanged += 1
        else:
            (result,) = extract_all([item], settings)
            if isinstance(result, Rejection):
                summary.rejections.append(result)
                store.save_rejection(result)
            else:
                saved = store.save(result, run_id)
                summary.events += saved.events
                if saved.status != "unchanged":
                    fused = store.refresh_incidents(e.id for e in result.events)
                    summary.incidents += fused.inserted + fused.updated
                if saved.status == "new":
                    summary.new += 1
                elif saved.status == "replaced":
                    summary.replaced += 1
                else:
                    summary.unchanged += 1
        if on_item:
            on_item(item.title or item.url or item.id[:19])
    return summary
