"""Fixtures for the API tests: a temp store filled through the store API, and an app
whose extractor is a small rule-based stand-in, so the tests do not depend on the
full pipeline's accuracy (one test runs the real pipeline when it is available)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sitrep.api import ApiConfig, create_app
from sitrep.api.security import AccessPolicy
from sitrep.api.synthetic import synthetic_extractions
from sitrep.model import Article, Event, Extraction, Plover, Span
from sitrep.settings import Settings
from sitrep.store import open_store

WRITE_TOKEN = "w-secret-token"
READ_TOKEN = "r-secret-token"

_SENTENCE = re.compile(r"[^.!?]+[.!?]")


def sentence_extractor(article: Article, _settings: Settings) -> Extraction:
    """One 'Armed clash' per sentence that says someone was killed: enough to see an
    article go through the API and come back out with evidence offsets."""
    events = []
    for i, m in enumerate(_SENTENCE.finditer(article.text)):
        if "killed" not in m.group(0):
            continue
        start = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        evidence = Span.of(article.text, start, m.end())
        events.append(
            Event(
                id=f"{article.id[7:23]}-{i}",
                event_type="Battles",
                sub_event_type="Armed clash",
                plover=Plover("ASSAULT", "firearms"),
                date=None,
                location=None,
                actor1=None,
                actor2=None,
                evidence=evidence,
            )
        )
    return Extraction(article=article, events=tuple(events), stages=(("sentences", "1"),))


def fill(db: Path, n_events: int) -> int:
    """Store synthetic articles with at least `n_events` events, and the incidents
    among them (as `sitrep run` does); returns the number of events."""
    total = 0
    with open_store(db) as store:
        run = store.begin_run({"synthetic": "1"}, "test")
        ids: list[str] = []
        for extraction in synthetic_extractions(n_events, seed=3, max_events=4):
            total += store.save(extraction, run).events
            ids.extend(e.id for e in extraction.events)
        store.refresh_incidents(ids)
    return total


@pytest.fixture(scope="session")
def filled_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("api") / "events.db"
    fill(db, 120)
    return db


ClientFactory = Callable[..., Iterator[TestClient]]


def make_client(db: Path, policy: AccessPolicy, **kwargs: object) -> Iterator[TestClient]:
    """A TestClient over a fresh app for `db` (iterate once: the app closes after)."""
    kwargs.setdefault("extract", sentence_extractor)
    config = ApiConfig(db=db, policy=policy, **kwargs)  # type: ignore[arg-type]
    with TestClient(create_app(config), raise_server_exceptions=False) as client:
        yield client


@pytest.fixture
def client(filled_db: Path) -> Iterator[TestClient]:
    """Reads open, writes with WRITE_TOKEN."""
    yield from make_client(filled_db, AccessPolicy(write_token=WRITE_TOKEN))


@pytest.fixture
def write_client(tmp_path: Path) -> Iterator[TestClient]:
    """A fresh empty store that accepts writes with WRITE_TOKEN; bursts of 3."""
    yield from make_client(
        tmp_path / "w.db", AccessPolicy(write_token=WRITE_TOKEN), write_rate=0.01, write_burst=3
    )


@pytest.fixture
def client_factory() -> ClientFactory:
    return make_client


@pytest.fixture
def stand_in_extractor() -> Callable[[Article, Settings], Extraction]:
    return sentence_extractor
