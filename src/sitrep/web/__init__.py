"""sitrep's web UI: NiceGUI pages mounted on the API's FastAPI app.

Pages (each module's docstring says what it shows and why):

1. `/`            dashboard.py: filters, a timeline that filters when brushed, the map, the table
2. `/event/{id}`  event_page.py: every field with its evidence highlighted in the article
3. `/extract`     extract_page.py: paste or upload an article, see its extraction at once
4. `/incident/{id}` incident_page.py: one real event's reports by several sources, side
   by side, each with its evidence highlighted

Leaflet, ECharts and AG Grid come inside NiceGUI's wheel, and the basemap of country
borders ships in `static/` (Natural Earth, public domain): nothing is fetched from
outside unless the operator sets a tile server (SITREP_TILE_URL).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from fastapi.staticfiles import StaticFiles

if TYPE_CHECKING:
    from fastapi import FastAPI

    from sitrep.api.state import ApiState

STATIC_DIR = Path(__file__).with_name("static")
STATIC_URL = "/sitrep-static"


def mount_ui(app: FastAPI, state: ApiState) -> None:
    """Register the pages for this app's store and mount NiceGUI at `/` (once per process)."""
    from nicegui import ui

    from sitrep.web import dashboard, event_page, extract_page, incident_page

    app.mount(STATIC_URL, StaticFiles(directory=STATIC_DIR), name="sitrep-static")
    dashboard.register(state)
    event_page.register(state)
    extract_page.register(state)
    incident_page.register(state)
    ui.run_with(
        app,
        title="sitrep",
        favicon="🛰",
        show_welcome_message=False,
        reconnect_timeout=10.0,
    )
