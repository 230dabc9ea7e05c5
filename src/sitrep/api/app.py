"""The FastAPI application: JSON API under /api, OpenAPI at /api/openapi.json, and
(optionally) the web UI mounted on the same app.

How a request is handled, in order:

1. `BodyLimit` refuses write bodies without Content-Length (411) or larger than the
   envelope for `settings.max_bytes` of article text (413), before reading them.
2. The API routers (routes.py and incidents.py for reads, submit.py for the write),
   each checking tokens.
3. Any other path under /api is a JSON 404, so API clients never get an HTML page.
4. Everything else goes to the web UI, when it is mounted.
5. Every error, from any layer above, leaves in the one JSON shape of errors.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.types import ASGIApp, Receive, Scope, Send

from sitrep.api import incidents, routes, submit
from sitrep.api.config import ApiConfig
from sitrep.api.errors import ApiError, error_response, install_error_handlers
from sitrep.api.state import ApiState

#: JSON may spell a character as a 6-byte \uXXXX escape: the most a body of
#: `max_bytes` of text can take, plus room for the metadata fields.
ESCAPE_FACTOR = 6
ENVELOPE = 64 * 1024

_WRITE_METHODS = frozenset({"POST", "PUT", "PATCH"})


class BodyLimit:
    """ASGI middleware for step 1; reads only the headers."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and scope["method"] in _WRITE_METHODS
            and str(scope["path"]).startswith("/api/")
        ):
            length = _content_length(scope)
            if length is None:
                response = error_response(411, "length_required", "send a Content-Length header")
                await response(scope, receive, send)
                return
            if length > self.max_body:
                response = error_response(
                    413, "too_large", f"the body is over {self.max_body} bytes", {"bytes": length}
                )
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return max(int(value), 0)
            except ValueError:
                return None
    return None


def create_app(config: ApiConfig, *, web: bool = False) -> FastAPI:
    """The app for one store. `web=True` mounts the NiceGUI interface (once per process:
    NiceGUI keeps its pages in module state)."""
    state = ApiState.open(config)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            state.close()

    app = FastAPI(
        title="sitrep",
        summary="Source-linked conflict event data extracted from news.",
        version="1",
        openapi_url="/api/openapi.json",
        docs_url="/api/docs",
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.sitrep = state
    install_error_handlers(app)
    app.add_middleware(BodyLimit, max_body=config.settings.max_bytes * ESCAPE_FACTOR + ENVELOPE)
    app.include_router(routes.router)
    app.include_router(incidents.router)
    app.include_router(submit.router)

    @app.api_route(
        "/api/{rest:path}",
        methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
        include_in_schema=False,
    )
    def api_not_found(rest: str) -> None:
        raise ApiError(404, "not_found", f"no API endpoint /api/{rest}")

    if web:
        from sitrep.web import mount_ui

        mount_ui(app, state)
    return app
