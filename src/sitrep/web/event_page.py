"""The event page `/event/{id}`: every field, its evidence highlighted in the article.

What it shows, top to bottom:

1. the event's type and its fields (sitrep.render.event_fields), each with the exact
   text that supports it;
2. the article: title, source, date, then its text with the event's statement shaded
   and every value's evidence marked (hover a mark for the fields it supports);
3. the article's quotes with their speakers;
4. when other articles report the same incident (sitrep.fuse), a link "also reported
   by N other sources" to the incident page, where they stand side by side.

The article is untrusted input: it is rendered as text elements only (NiceGUI sets
textContent), never as HTML, and its URL is shown as text, not as a link, so a
`javascript:` URL cannot run.
"""

from __future__ import annotations

from nicegui import ui
from nicegui.elements.mixins.text_element import TextElement

from sitrep.api.state import ApiState
from sitrep.errors import UsageError
from sitrep.model import Article, Event, Quote
from sitrep.render import event_fields
from sitrep.store.records import event_spans
from sitrep.web.common import header, off_loop
from sitrep.web.highlight import runs


class _Text(TextElement):
    """A text-only element with a chosen tag (span, mark): its text is never HTML."""

    def __init__(self, tag: str, text: str) -> None:
        super().__init__(tag=tag, text=text)


def article_text(article: Article, event: Event | None) -> None:
    """The article with the event's evidence marked (rule 2)."""
    spans = event_spans(event) if event is not None else []
    with ui.element("div").classes("sitrep-article").props('data-testid="article"'):
        for run_ in runs(article.text, spans):
            if run_.is_value:
                names = ", ".join(f for f in run_.fields if f != "event")
                _Text("mark", run_.text).classes("ev-value").props(f'title="{names}"')
            elif run_.fields:
                _Text("span", run_.text).classes("ev-sentence")
            else:
                _Text("span", run_.text)


def quotes_list(quotes: list[Quote]) -> None:
    if not quotes:
        return
    ui.label("Quotes").classes("text-lg font-bold mt-4")
    for q in quotes:
        with ui.card().classes("w-full").props('data-testid="quote"'):
            ui.label(f"“{q.text}”").classes("italic")
            who = q.speaker.name if q.speaker else "unattributed"
            role = f", {q.speaker.role}" if q.speaker and q.speaker.role else ""
            ui.label(f"— {who}{role}").classes("text-sm text-gray-600")


def fields_table(event: Event) -> None:
    rows = [
        {"field": name, "value": value, "evidence": span.text if span else ""}
        for name, value, span in event_fields(event)
    ]
    columns = [
        {"name": k, "label": k.capitalize(), "field": k, "align": "left"}
        for k in ("field", "value", "evidence")
    ]
    ui.table(columns=columns, rows=rows).classes("w-full").props('dense flat data-testid="fields"')


def register(state: ApiState) -> None:
    @ui.page("/event/{event_id}")
    async def event_view(event_id: str) -> None:
        header("Event")
        try:
            found = await off_loop(state.store.event, event_id[:200])
        except UsageError as exc:
            ui.label(str(exc))
            return
        if found is None:
            ui.label(f"No event {event_id[:80]!r}.").props('data-testid="missing"')
            return
        event, article = found
        quotes = await off_loop(state.store.quotes, article.id)
        incidents = await off_loop(state.store.event_incidents, [event.id])
        ui.label(f"{event.event_type} / {event.sub_event_type}").classes("text-xl font-bold")
        if event.id in incidents:  # 4.
            incident = incidents[event.id]
            others = len(incident.members) - 1
            ui.link(
                f"Also reported by {others} other source{'s' if others != 1 else ''}",
                f"/incident/{incident.id}",
            ).props('data-testid="incident-link"')
        with ui.row().classes("w-full no-wrap gap-6"):
            with ui.column().classes("w-1/2"):
                fields_table(event)
                quotes_list(quotes)
            with ui.column().classes("w-1/2"):
                ui.label(article.title or "(untitled article)").classes("text-lg font-bold")
                meta = " · ".join(x for x in (article.source, article.published, article.url) if x)
                ui.label(meta).classes("text-sm text-gray-600")
                article_text(article, event)
