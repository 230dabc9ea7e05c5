"""What the pages share: the header, labels for events, colours by type."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from nicegui import ui

from sitrep.model import Event
from sitrep.render import actor_label, date_label, fatalities_label, place_label

#: one colour per ACLED event type (the same as static/map.js).
TYPE_COLOURS = {
    "Battles": "#c0392b",
    "Explosions/Remote violence": "#e67e22",
    "Violence against civilians": "#8e44ad",
    "Protests": "#2980b9",
    "Riots": "#16a085",
    "Strategic developments": "#7f8c8d",
}
OTHER_COLOUR = "#34495e"

P = ParamSpec("P")
R = TypeVar("R")

PAGE_CSS = """
.sitrep-article { white-space: pre-wrap; line-height: 1.7; font-family: Georgia, serif; }
.sitrep-article mark.ev-value { background: #ffe08a; padding: 0 1px; border-radius: 2px; }
.sitrep-article span.ev-sentence { background: #eef5ff; }
"""


def header(title: str) -> None:
    ui.add_css(PAGE_CSS)
    with ui.header().classes("items-center gap-6 bg-slate-800"):
        ui.label("sitrep").classes("text-lg font-bold")
        ui.link("Events", "/").classes("text-white")
        ui.link("Extract an article", "/extract").classes("text-white")
        ui.link("API", "/api/docs").classes("text-white")
    ui.page_title(f"{title} · sitrep")


def event_row(event: Event, article_id: str) -> dict[str, object]:
    """One table row (plain values; AG Grid renders them as text)."""
    return {
        "id": event.id,
        "article_id": article_id,
        "date": date_label(event),
        "type": event.event_type,
        "sub_type": event.sub_event_type,
        "actor1": actor_label(event.actor1, event.assoc_actor1),
        "actor2": actor_label(event.actor2, event.assoc_actor2),
        "where": place_label(event),
        "country": event.location.country if event.location else None,
        "fatalities": event.fatalities.best,
        "fatalities_label": fatalities_label(event),
        "confidence": round(event.confidence, 2),
    }


async def off_loop(fn: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    """Run blocking work (store reads, extraction) in a thread, off the event loop."""
    return await asyncio.to_thread(fn, *args, **kwargs)
