"""The incident page `/incident/{id}`: one real event as each source reported it.

What it shows, top to bottom:

1. the incident as fused (sitrep.fuse): type, dates, place, actors, and the
   fatalities as the sources give them (best = the median of the sources' figures,
   never their sum; low and high the extremes), with how many sources agree;
2. the member reports side by side, one column per source: its title, source and
   date, the article's text with that event's statement shaded and every value's
   evidence marked (as on the event page), then the event's fields.

Article text, titles and URLs are untrusted: they are rendered through the same
text-only elements as the event page (never HTML), so hostile markup stays inert.
"""

from __future__ import annotations

from nicegui import ui

from sitrep.api.state import ApiState
from sitrep.errors import UsageError
from sitrep.fuse import Incident
from sitrep.model import Actor
from sitrep.web.common import header, off_loop
from sitrep.web.event_page import article_text, fields_table


def _names(actors: tuple[Actor, ...]) -> str:
    return ", ".join(a.name for a in actors)


def _figure(value: int | None) -> str:
    return "?" if value is None else str(value)


def incident_summary(incident: Incident, sources: int) -> None:
    """Rule 1: the fused values, each a plain text label."""
    loc = incident.location
    dates = incident.date_start or ""
    if incident.date_end and incident.date_end != incident.date_start:
        dates += f" … {incident.date_end}"
    rows = [
        ("type", f"{incident.event_type} / {incident.sub_event_type}"),
        ("dates", dates),
        ("place", f"{loc.name} [{loc.country or '?'}] ({loc.precision})" if loc else ""),
        ("actor 1", _names(incident.actors1)),
        ("actor 2", _names(incident.actors2)),
        (
            "fatalities (low / best / high)",
            " / ".join(
                _figure(v)
                for v in (
                    incident.fatalities_low,
                    incident.fatalities_best,
                    incident.fatalities_high,
                )
            )
            + "  (best: median of the sources, not their sum)",
        ),
        ("sources", f"{sources} reports, fusion score {incident.score:.2f}"),
    ]
    columns = [
        {"name": k, "label": k.capitalize(), "field": k, "align": "left"}
        for k in ("field", "value")
    ]
    ui.table(columns=columns, rows=[{"field": k, "value": v} for k, v in rows]).classes(
        "w-full"
    ).props('dense flat data-testid="incident-fields"')


def register(state: ApiState) -> None:
    @ui.page("/incident/{incident_id}")
    async def incident_view(incident_id: str) -> None:
        header("Incident")
        try:
            found = await off_loop(state.store.incident, incident_id[:200])
        except UsageError as exc:
            ui.label(str(exc))
            return
        if found is None:
            ui.label(f"No incident {incident_id[:80]!r}.").props('data-testid="missing"')
            return
        incident = found.incident
        ui.label(f"Incident: {incident.sub_event_type}").classes("text-xl font-bold")
        incident_summary(incident, len(found.reports))
        with ui.row().classes("w-full no-wrap gap-4 items-start overflow-x-auto"):  # 2.
            for report in found.reports:
                article, event = report.article, report.event
                width = "w-1/2" if len(found.reports) <= 2 else "min-w-[420px] w-1/3"
                with ui.column().classes(f"{width} min-w-0").props('data-testid="report"'):
                    ui.label(article.title or "(untitled article)").classes("text-lg font-bold")
                    meta = " · ".join(
                        x for x in (article.source, article.published, article.url) if x
                    )
                    ui.label(meta).classes("text-sm text-gray-600")
                    ui.link("open this event", f"/event/{event.id}").classes("text-sm")
                    article_text(article, event)
                    fields_table(event)
