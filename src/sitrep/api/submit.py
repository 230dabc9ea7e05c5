"""The write endpoint: submit an article (text or HTML), extract it, store it.

What a submission goes through, in order:

1. The body size: a request without Content-Length, or larger than the envelope allowed
   for `settings.max_bytes` of text, is refused before it is read (middleware in app.py).
2. The write token, then the client's token bucket (security.py).
3. The text itself: over `settings.max_bytes` (UTF-8) -> 413 `too_large`.
4. Ingest: the text or HTML goes through the same readers as files do (normalisation,
   trafilatura for HTML, date normalisation); a rejected document -> 422 `rejected`.
5. Extraction with the configured extractor (the standard pipeline). A failure is
   recorded as a Rejection when storing and answered 500 `extraction_failed`.
6. With `store` (the default) the extraction is saved under the run of its stage
   versions, holding the write lock: saving the same article twice changes nothing.
   A new or replaced article's events then refresh the incidents around them.
"""

from __future__ import annotations

import io
import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request

from sitrep.api.errors import ERROR_RESPONSES, ApiError, ErrorResponse
from sitrep.api.schemas import ExtractionOut, SavedOut, SubmitIn, SubmitOut
from sitrep.api.security import check_rate, check_write
from sitrep.api.state import ApiState, get_state
from sitrep.ingest import Metadata, read_stream
from sitrep.model import Article, Extraction, Rejection
from sitrep.runner import extraction_failure

log = logging.getLogger(__name__)


def require_write(request: Request, state: Annotated[ApiState, Depends(get_state)]) -> ApiState:
    check_write(state.config.policy, request)
    check_rate(state.bucket, request)
    return state


def _error(description: str) -> dict[str, Any]:
    return {"model": ErrorResponse, "description": description}


WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    401: _error("No token"),
    403: _error("Wrong token, or writes disabled"),
    411: _error("Content-Length required"),
    413: _error("Too large"),
    429: _error("Rate limited"),
    **ERROR_RESPONSES,
}

router = APIRouter(prefix="/api", responses=WRITE_ERRORS)


def to_article(body: SubmitIn, state: ApiState) -> Article:
    """Steps 3-4: the submitted text or page as an Article, through the ingest readers."""
    settings = state.config.settings
    raw = (body.text if body.text is not None else body.html or "").encode("utf-8")
    if len(raw) > settings.max_bytes:
        raise ApiError(
            413, "too_large", f"the article is over {settings.max_bytes} bytes", {"bytes": len(raw)}
        )
    meta = Metadata(published=body.published, url=body.url, source=body.source, title=body.title)
    kind = "text" if body.text is not None else "html"
    items = list(read_stream(io.BytesIO(raw), "<api>", kind=kind, metadata=meta, settings=settings))
    articles = [i for i in items if isinstance(i, Article)]
    if not articles:
        reasons = sorted({i.reason for i in items if isinstance(i, Rejection)}) or ["no text"]
        raise ApiError(422, "rejected", f"the document was rejected: {'; '.join(reasons)}")
    return articles[0]


def extract(article: Article, state: ApiState, *, store: bool) -> Extraction:
    """Step 5: run the extractor; a failure becomes a recorded rejection and a 500."""
    try:
        return state.config.extract(article, state.config.settings)
    except Exception as exc:
        log.exception("extraction failed for %s", article.id)
        if store:
            with state.write_lock:
                state.store.save_rejection(extraction_failure(article, exc))
        raise ApiError(500, "extraction_failed", "the article could not be extracted") from exc


def as_output(extraction: Extraction) -> ExtractionOut:
    return ExtractionOut(
        article=extraction.article,
        events=list(extraction.events),
        quotes=list(extraction.quotes),
        mentions=extraction.mentions,
        stages=dict(extraction.stages),
    )


@router.post("/articles", tags=["articles"], status_code=200)
def submit_article(body: SubmitIn, state: Annotated[ApiState, Depends(require_write)]) -> SubmitOut:
    """Extract events from an article (plain text or HTML) and, unless `store` is false,
    store them. Needs the write token: `Authorization: Bearer <SITREP_API_TOKEN>`."""
    article = to_article(body, state)
    extraction = extract(article, state, store=body.store)
    saved = None
    if body.store:
        with state.write_lock:
            run = state.store.begin_run(
                dict(extraction.stages), state.config.settings.extraction_hash()
            )
            result = state.store.save(extraction, run)
            if result.status != "unchanged":
                state.store.refresh_incidents(e.id for e in extraction.events)
        saved = SavedOut(article_id=result.article_id, status=result.status, events=result.events)
    return SubmitOut(extraction=as_output(extraction), saved=saved)
