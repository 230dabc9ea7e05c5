"""The dashboard at `/`: filters, timeline, map and table, all over one event query.

How the page works, in order:

1. Filters (country, type, actor, words) form one EventQuery; changing any refreshes
   the timeline, the map and the table.
2. The timeline (ECharts) stacks event counts per week (per day for short ranges) by
   type. It ignores the date filter it sets, so brushing a range never empties it;
   brushing sets since/until for the map and the table, "All dates" clears them.
3. The map (Leaflet) draws an offline basemap of country borders, then the matching
   events binned on a grid whose cell shrinks as the user zooms (Leaflet's
   markercluster plugin is not in NiceGUI's wheel); a cell is coloured by its most
   frequent type and sized by fatalities, and clicking a single event opens it.
4. The table (AG Grid) lists the first MAX_ROWS matching events, newest first, with
   filtering and sorting in the grid; clicking a row opens the event page. Its
   "Sources" column counts the articles reporting each event's incident (1 when no
   other article reports it); clicking that cell of a fused event opens the incident.
All values reach the browser as data (JSON, text cells), never as HTML.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from typing import Any

from nicegui import ui
from nicegui.events import GenericEventArguments

from sitrep.api.state import ApiState
from sitrep.store import EventFilter
from sitrep.store.queries import (
    EventQuery,
    GroupKey,
    aggregate,
    distinct_values,
    map_cells,
    page_events,
)
from sitrep.web import STATIC_URL
from sitrep.web.common import OTHER_COLOUR, TYPE_COLOURS, event_row, header, off_loop

MAX_ROWS = 500
#: ranges up to this many days are drawn per day, longer ones per week.
DAILY_UP_TO = 120

COLUMNS = [
    {"field": "date", "headerName": "Date", "sort": "desc", "width": 130},
    {"field": "type", "headerName": "Type"},
    {"field": "sub_type", "headerName": "Sub-type"},
    {"field": "actor1", "headerName": "Actor 1"},
    {"field": "actor2", "headerName": "Actor 2"},
    {"field": "where", "headerName": "Where"},
    {"field": "country", "headerName": "Country", "width": 100},
    {
        "field": "fatalities",
        "headerName": "Fatalities",
        "width": 110,
        "filter": "agNumberColumnFilter",
    },
    {"field": "confidence", "headerName": "Conf.", "width": 90, "filter": "agNumberColumnFilter"},
    {"field": "sources", "headerName": "Sources", "width": 100, "filter": "agNumberColumnFilter"},
]


def _cell_size(zoom: float) -> float:
    """Grid cell in degrees for a zoom level: about 40 px cells on screen."""
    return max(0.005, min(20.0, 40 * 360 / (256 * 2 ** max(zoom, 0))))


def _time_axis(keys: list[str], daily: bool) -> list[str]:
    """Every day or week (Mondays) from the first to the last key, so gaps show."""
    if not keys:
        return []
    first, last = dt.date.fromisoformat(keys[0]), dt.date.fromisoformat(keys[-1])
    step = dt.timedelta(days=1 if daily else 7)
    out, day = [], first
    while day <= last:
        out.append(day.isoformat())
        day += step
    return out


class Dashboard:
    def __init__(self, state: ApiState) -> None:
        self.state = state
        self.country: str | None = None
        self.event_type: str | None = None
        self.actor: str | None = None
        self.text: str | None = None
        self.since: str | None = None
        self.until: str | None = None
        self.axis: list[str] = []
        self.daily = False
        self.zoom = 2.0

    def query(self, *, dated: bool = True) -> EventQuery:
        return EventQuery(
            base=EventFilter(
                country=self.country,
                event_type=self.event_type,
                actor=self.actor,
                text=self.text,
                since=self.since if dated else None,
                until=self.until if dated else None,
            )
        )

    async def build(self) -> None:
        store = self.state.store
        countries = await off_loop(distinct_values, store, "country")
        types = await off_loop(distinct_values, store, "event_type")
        with ui.row().classes("w-full items-end gap-4"):
            ui.select(
                countries, label="Country", clearable=True, on_change=self._set("country")
            ).classes("w-40").props('data-testid="country"')
            ui.select(
                types, label="Type", clearable=True, on_change=self._set("event_type")
            ).classes("w-64").props('data-testid="type"')
            ui.input("Actor", on_change=self._set("actor")).props(
                'debounce=400 data-testid="actor"'
            )
            ui.input("Words in the article", on_change=self._set("text")).props(
                'debounce=400 data-testid="words"'
            )
            ui.button("All dates", on_click=self.clear_dates).props("flat")
            self.summary = ui.label().props('data-testid="summary"')
        self.chart = ui.echart(self._chart_options([], {})).classes("w-full h-56")
        self.chart.on("chart:brushEnd", self.on_brush, args=["areas"])
        with ui.row().classes("w-full no-wrap gap-4"):
            self.map = ui.leaflet(center=(20.0, 20.0), zoom=2).classes("w-1/2 h-[480px]")
            self.map.clear_layers()  # no online tiles unless configured
            self.map.on("map-zoomend", self.on_zoom)
            self.grid = ui.aggrid(
                {
                    "columnDefs": COLUMNS,
                    "rowData": [],
                    "defaultColDef": {
                        "sortable": True,
                        "filter": True,
                        "resizable": True,
                        "minWidth": 110,
                    },
                    "rowSelection": {"mode": "singleRow"},
                }
            ).classes("w-1/2 h-[480px]")
            self.grid.on("cellClicked", self.on_row)
        await self.map.initialized()
        tile = json.dumps(self.state.config.tile_url)
        basemap = json.dumps(f"{STATIC_URL}/world-countries.geojson")
        await ui.run_javascript(
            f"await window.sitrepMap.init({self.map.id}, {basemap}, {tile}); return true;",
            timeout=10,
        )
        await self.refresh()

    def _set(self, name: str) -> Any:
        async def handler(e: Any) -> None:
            value = e.value.strip() if isinstance(e.value, str) else e.value
            setattr(self, name, value or None)
            await self.refresh()

        return handler

    async def clear_dates(self) -> None:
        self.since = self.until = None
        self.chart.run_chart_method("dispatchAction", {"type": "brush", "areas": []})
        await self.refresh(timeline=False)

    async def on_brush(self, e: GenericEventArguments) -> None:
        areas = e.args.get("areas") or [] if isinstance(e.args, dict) else []
        if not areas or not self.axis:
            return
        lo, hi = (int(x) for x in areas[0].get("coordRange", [0, 0]))
        lo, hi = max(lo, 0), min(hi, len(self.axis) - 1)
        self.since = self.axis[lo]
        end = dt.date.fromisoformat(self.axis[hi]) + dt.timedelta(days=0 if self.daily else 6)
        self.until = end.isoformat()
        await self.refresh(timeline=False)

    async def on_zoom(self, e: GenericEventArguments) -> None:
        self.zoom = float(e.args.get("zoom", self.zoom))
        await self.refresh_map()

    def on_row(self, e: GenericEventArguments) -> None:
        row = e.args.get("data") or {}
        if e.args.get("colId") == "sources" and row.get("incident_id"):
            ui.navigate.to(f"/incident/{row['incident_id']}")
        elif row.get("id"):
            ui.navigate.to(f"/event/{row['id']}")

    async def refresh(self, *, timeline: bool = True) -> None:
        if timeline:
            await self.refresh_timeline()
        await self.refresh_map()
        await self.refresh_table()

    async def refresh_timeline(self) -> None:
        store, undated = self.state.store, self.query(dated=False)
        days = await off_loop(aggregate, store, undated, "day")
        span = 0
        if days:
            first, last = dt.date.fromisoformat(days[0].key), dt.date.fromisoformat(days[-1].key)
            span = (last - first).days
        self.daily = span <= DAILY_UP_TO
        by: GroupKey = "day" if self.daily else "week"
        buckets = await off_loop(aggregate, store, undated, by, split_by_type=True)
        self.axis = _time_axis(sorted({b.key for b in buckets}), self.daily)
        counts: dict[str, dict[str, int]] = {}
        for b in buckets:
            counts.setdefault(b.group or "unknown", {})[b.key] = b.count
        self.chart.options.clear()
        self.chart.options.update(self._chart_options(self.axis, counts))
        self.chart.update()
        self.chart.run_chart_method(
            "dispatchAction",
            {"type": "takeGlobalCursor", "key": "brush", "brushOption": {"brushType": "lineX"}},
        )

    def _chart_options(self, axis: list[str], counts: dict[str, dict[str, int]]) -> dict[str, Any]:
        series = [
            {
                "name": kind,
                "type": "bar",
                "stack": "events",
                "data": [per_key.get(k, 0) for k in axis],
                "itemStyle": {"color": TYPE_COLOURS.get(kind, OTHER_COLOUR)},
            }
            for kind, per_key in sorted(counts.items())
        ]
        return {
            "animation": False,
            "grid": {"left": 40, "right": 20, "top": 30, "bottom": 30},
            "legend": {"top": 0, "type": "scroll"},
            "tooltip": {"trigger": "axis"},
            "xAxis": {"type": "category", "data": axis},
            "yAxis": {"type": "value", "minInterval": 1},
            "brush": {"xAxisIndex": 0, "brushMode": "single", "throttleType": "debounce"},
            "toolbox": {"feature": {"brush": {"type": ["lineX", "clear"]}}, "right": 10},
            "series": series,
        }

    async def refresh_map(self) -> None:
        cells = await off_loop(map_cells, self.state.store, self.query(), _cell_size(self.zoom))
        data = json.dumps(
            [
                {
                    "lat": c.lat,
                    "lon": c.lon,
                    "count": c.count,
                    "fatalities": c.fatalities,
                    "event_type": c.event_type,
                    "event_id": c.event_id,
                }
                for c in cells
            ]
        )
        ui.run_javascript(f"window.sitrepMap.draw({self.map.id}, {data});")

    async def refresh_table(self) -> None:
        query = replace(self.query(), sort="date", descending=True, limit=MAX_ROWS)
        page = await off_loop(page_events, self.state.store, query)
        fused = await off_loop(self.state.store.event_incidents, [s.event.id for s in page.items])
        rows = []
        for stored in page.items:
            row = event_row(stored.event, stored.article_id)
            incident = fused.get(stored.event.id)
            row["sources"] = len(incident.members) if incident else 1
            row["incident_id"] = incident.id if incident else None
            rows.append(row)
        self.grid.options["rowData"] = rows
        self.grid.update()
        shown = f"{len(rows)} of {page.total}" if page.total > len(rows) else str(page.total)
        dates = f" from {self.since} to {self.until}" if self.since else ""
        self.summary.text = f"{shown} events{dates}"


def register(state: ApiState) -> None:
    @ui.page("/")
    async def dashboard_page() -> None:
        header("Events")
        ui.add_head_html(f'<script src="{STATIC_URL}/map.js"></script>')
        await Dashboard(state).build()
