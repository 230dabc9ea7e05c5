"""The extraction page `/extract`: paste an article or upload a file, see what sitrep
finds in it at once.

1. Text or HTML (pasted with "This is HTML" on, or an .html/.htm upload) goes through
   the same ingest path as the API's submissions (`sitrep.api.submit.to_article`),
   with the same size limit.
2. Each extraction takes a token from the client's write bucket: extraction is the
   expensive thing a visitor can ask for.
3. The extraction is shown, not stored: storing is a write and needs the API token.
4. Each event appears as a card with its fields, and the article text below it with
   that event's evidence marked; quotes follow. Everything is rendered as text.
"""

from __future__ import annotations

from typing import Any

from nicegui import ui
from nicegui.events import UploadEventArguments

from sitrep.api.errors import ApiError
from sitrep.api.schemas import SubmitIn
from sitrep.api.security import TokenBucket
from sitrep.api.state import ApiState
from sitrep.api.submit import to_article
from sitrep.errors import SitrepError
from sitrep.model import Extraction
from sitrep.web.common import header, off_loop
from sitrep.web.event_page import article_text, fields_table, quotes_list

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


class ExtractView:
    def __init__(self, state: ApiState, client_ip: str) -> None:
        self.state = state
        self.client_ip = client_ip

    def build(self) -> None:
        ui.label("Extract events from an article").classes("text-xl font-bold")
        with ui.row().classes("w-full items-start gap-4"):
            with ui.column().classes("w-1/2"):
                self.text = (
                    ui.textarea("Article text (or HTML)")
                    .classes("w-full")
                    .props('outlined autogrow data-testid="paste"')
                )
                self.published = ui.input("Published (YYYY-MM-DD, optional)").props(
                    'data-testid="published"'
                )
                self.is_html = ui.checkbox("This is HTML")
                ui.button("Extract", on_click=self.on_paste).props('data-testid="extract"')
            with ui.column().classes("w-1/3"):
                ui.upload(
                    label="…or upload a .txt / .html file",
                    auto_upload=True,
                    max_file_size=self.state.config.settings.max_bytes,
                    on_upload=self.on_upload,
                ).props('accept=".txt,.text,.html,.htm,.xhtml"')
        self.status = ui.label().props('data-testid="status"')
        self.results = ui.column().classes("w-full")

    async def on_paste(self) -> None:
        body: dict[str, Any] = {"html" if self.is_html.value else "text": self.text.value or ""}
        await self.extract(body)

    async def on_upload(self, e: UploadEventArguments) -> None:
        content = await e.file.text()
        kind = "html" if e.file.name.lower().endswith(HTML_SUFFIXES) else "text"
        await self.extract({kind: content, "title": e.file.name})

    async def extract(self, body: dict[str, Any]) -> None:
        bucket: TokenBucket = self.state.bucket
        if bucket.take(self.client_ip) > 0:
            self.status.text = "Too many extractions; wait a moment and try again."
            return
        published = (self.published.value or "").strip() or None
        try:
            submit = SubmitIn(**body, published=published, store=False)
            article = to_article(submit, self.state)
            extraction = await off_loop(
                self.state.config.extract, article, self.state.config.settings
            )
        except ApiError as exc:
            self.status.text = exc.message
            return
        except (SitrepError, ValueError) as exc:
            self.status.text = f"Could not read the article: {exc}"
            return
        except Exception:  # noqa: BLE001 - show the visitor a failure, keep the page alive
            self.status.text = "The extraction failed on this article."
            return
        self.show(extraction)

    def show(self, extraction: Extraction) -> None:
        n = len(extraction.events)
        self.status.text = f"{n} event{'s' if n != 1 else ''}, {len(extraction.quotes)} quotes"
        self.results.clear()
        with self.results:
            for event in extraction.events:
                with ui.card().classes("w-full").props('data-testid="event-card"'):
                    ui.label(f"{event.event_type} / {event.sub_event_type}").classes("font-bold")
                    fields_table(event)
                    with ui.expansion("Evidence in the article"):
                        article_text(extraction.article, event)
            if not extraction.events:
                article_text(extraction.article, None)
            quotes_list(list(extraction.quotes))


def register(state: ApiState) -> None:
    @ui.page("/extract")
    def extract_page(client: Any) -> None:
        header("Extract")
        ip = client.request.client.host if client.request and client.request.client else "unknown"
        ExtractView(state, ip).build()
