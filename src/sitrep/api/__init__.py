"""sitrep's JSON API (FastAPI) and the server that also carries the web UI.

    from sitrep.api import ApiConfig, create_app
    app = create_app(ApiConfig.from_env(Path("events.db")))

`serve(db, host, port)` runs it with uvicorn (the body of `sitrep serve`).
"""

from __future__ import annotations

from sitrep.api.app import create_app
from sitrep.api.config import ApiConfig, Extractor
from sitrep.api.server import serve

__all__ = ["ApiConfig", "Extractor", "create_app", "serve"]
