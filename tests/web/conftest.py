"""One live server for the browser tests: uvicorn in a thread on a free loopback port,
over a temp SQLite store filled through the store API, and headless Debian Chromium."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sitrep.api.synthetic import synthetic_extractions
from sitrep.model import (
    Actor,
    Event,
    EventDate,
    Extraction,
    Fatalities,
    Location,
    Plover,
    Quote,
    Span,
    make_article,
)
from sitrep.pipeline import process_article
from sitrep.store import open_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

HOSTILE_TEXT = (
    'Police in Lagos said on Friday that <script>window.__pwned = "script"</script> two '
    "people were killed when gunmen opened fire on a market. "
    "<img src=x onerror=\"window.__pwned = 'img'\"> Witnesses described chaos. "
    '"We ran for our lives," said <a href="javascript:window.__pwned=\'link\'">Ade</a>, a trader.'
)


def _span(text: str, piece: str) -> Span:
    start = text.index(piece)
    return Span.of(text, start, start + len(piece))


def hostile_extraction() -> Extraction:
    """An article full of markup and script, with an event whose spans cover it."""
    article = make_article(
        HOSTILE_TEXT,
        title="<img src=x onerror=\"window.__pwned='title'\">Market shooting",
        url="javascript:window.__pwned='url'",
        published="2025-06-13",
    )
    text = article.text
    sentence_end = text.index("market.") + len("market.")
    event = Event(
        id="ev_hostile_lagos",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        plover=Plover("ASSAULT", "firearms"),
        date=EventDate("2025-06-13", "2025-06-13", "day", _span(text, "Friday")),
        location=Location(
            name="Lagos<script>",
            country="NG",
            precision="exact",
            evidence=_span(text, "Lagos"),
            admin1="Lagos",
            lat=6.45,
            lon=3.39,
        ),
        actor1=Actor("gunmen", _span(text, "gunmen"), type="political_militia"),
        actor2=Actor("civilians", _span(text, "two people"), type="civilians"),
        evidence=Span.of(text, 0, sentence_end),
        trigger=_span(text, "opened fire"),
    )
    quote_text = "We ran for our lives,"
    quote = Quote(
        speaker=Actor("Ade", _span(text, "Ade</a>"), role="a trader"),
        text=quote_text,
        evidence=_span(text, quote_text),
    )
    return Extraction(article=article, events=(event,), quotes=(quote,), stages=(("t", "1"),))


INCIDENT_REPORTS = (
    (
        "afp",
        "Russian drones struck a residential building in Kharkiv on Thursday, killing three "
        "people, regional governor Oleh Syniehubov said.",
        (49.99, 36.23),
        3,
    ),
    (
        "wire<script>",
        "At least four people were killed when a Russian drone hit "
        "<b onmouseover=\"window.__pwned = 'b'\">an apartment block</b> in Kharkiv on "
        'Thursday <script>window.__pwned = "incident"</script>, officials said.',
        (50.02, 36.30),
        4,
    ),
)


def incident_extractions() -> list[Extraction]:
    """Two agencies' reports of one drone strike (different tolls): one incident. The
    second article carries markup and script that must stay inert on the incident page."""
    out = []
    for source, text, (lat, lon), dead in INCIDENT_REPORTS:
        article = make_article(
            text, source=source, title=f"Kharkiv strike ({source})", published="2025-06-13"
        )
        event = Event(
            id=f"ev_incident_{source[:4]}",
            event_type="Explosions/Remote violence",
            sub_event_type="Air/drone strike",
            plover=Plover("ASSAULT", "aerial"),
            date=EventDate("2025-06-12", "2025-06-12", "day", _span(text, "Thursday")),
            location=Location(
                "Kharkiv",
                "UA",
                "exact",
                _span(text, "Kharkiv"),
                admin1="Kharkivska",
                lat=lat,
                lon=lon,
            ),
            actor1=Actor("Military Forces of Russia", _span(text, "Russian"), kb_id="RU_military"),
            actor2=None,
            evidence=Span.of(text, 0, len(text)),
            fatalities=Fatalities(low=dead, best=dead, high=dead, evidence=_span(text, "kill")),
        )
        out.append(Extraction(article=article, events=(event,), stages=(("t", "1"),)))
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("CI must run the browser tests: .ci/run installs Debian's chromium")
        pytest.skip("browser tests need Debian's chromium at /usr/bin/chromium")
    pytest.importorskip("playwright.sync_api", reason="browser tests need playwright")
    import uvicorn

    from sitrep.api import ApiConfig, create_app
    from sitrep.api.security import AccessPolicy

    db = tmp_path_factory.mktemp("web") / "events.db"
    with open_store(db) as store:
        run = store.begin_run({"synthetic": "1"}, "web-test")
        for extraction in synthetic_extractions(400, seed=11, max_events=5):
            store.save(extraction, run)
        store.save(hostile_extraction(), run)
        for extraction in incident_extractions():
            store.save(extraction, run)
            store.refresh_incidents(e.id for e in extraction.events)
    # The paste page runs the real pipeline: load it (and build the gazetteer index on a
    # fresh machine) before the browser starts waiting on it.
    process_article(make_article("Gunmen attacked a village in Zamfara state on Sunday."))
    config = ApiConfig(db=db, policy=AccessPolicy(write_token=None))
    app = create_app(config, web=True)
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser(live_server: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh page that records dialogs (none may open: hostile text must not run)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    ARTIFACTS.mkdir(exist_ok=True)
    yield pg
    context.close()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def hostile_text() -> str:
    return HOSTILE_TEXT
