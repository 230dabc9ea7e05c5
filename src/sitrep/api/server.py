"""`sitrep serve`: the API and the web UI on one uvicorn server.

1. Configuration comes from the environment (see config.py) and the arguments.
2. The server binds to loopback by default: exposing it is the operator's decision.
3. Binding elsewhere without a read token logs a warning (reads are open by default).
"""

from __future__ import annotations

import logging
from pathlib import Path

from sitrep.api.config import ApiConfig

log = logging.getLogger(__name__)

LOOPBACK = ("127.0.0.1", "::1", "localhost")


def serve(db: Path | None = None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the JSON API (/api, docs at /api/docs) and the web UI (/) for the store at
    `db` (default: settings.db / SITREP_DB) until interrupted."""
    import uvicorn

    from sitrep.api.app import create_app

    config = ApiConfig.from_env(db)
    if host not in LOOPBACK and not config.policy.reads_closed:
        log.warning("serving on %s with open reads; set SITREP_API_READ_TOKEN to close them", host)
    app = create_app(config, web=True)
    uvicorn.run(app, host=host, port=port, log_level="info")
