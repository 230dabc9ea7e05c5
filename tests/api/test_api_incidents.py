"""The incident endpoints: list with filters and pagination, one incident with every
source's evidence, the one error shape, and the OpenAPI document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from sitrep.api.security import AccessPolicy
from sitrep.model import (
    Actor,
    Event,
    EventDate,
    Extraction,
    Fatalities,
    Location,
    Plover,
    Span,
    make_article,
)
from sitrep.store import open_store

REPORTS = [
    (
        "afp",
        "Russian drones struck a residential building in Kharkiv overnight on Thursday, "
        "killing three people, regional governor Oleh Syniehubov said.",
        (49.99, 36.23),
        3,
    ),
    (
        "reuters",
        "At least four people were killed when a Russian drone hit an apartment block in "
        "Kharkiv on Thursday, Ukrainian officials said.",
        (50.02, 36.30),
        4,
    ),
    (
        "ukrinform",
        "A Russian drone attack on Kyiv on Thursday killed two people, officials said.",
        (50.45, 30.52),
        2,
    ),
]


def _span(text: str, piece: str) -> Span:
    start = text.index(piece)
    return Span.of(text, start, start + len(piece))


def strike(source: str, text: str, point: tuple[float, float], dead: int) -> Extraction:
    article = make_article(text, source=source, published="2026-01-15")
    place = "Kyiv" if "Kyiv" in text else "Kharkiv"
    event = Event(
        id=f"ev_{source}_1",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        plover=Plover("ASSAULT", "aerial"),
        date=EventDate("2026-01-15", "2026-01-15", "day", _span(text, "Thursday")),
        location=Location(place, "UA", "exact", _span(text, place), lat=point[0], lon=point[1]),
        actor1=Actor("Russia", _span(text, "Russian"), kb_id="RU_military", country="RU"),
        actor2=None,
        evidence=Span.of(text, 0, len(text)),
        fatalities=Fatalities(low=dead, best=dead, high=dead, evidence=_span(text, "kill")),
    )
    return Extraction(article=article, events=(event,), stages=(("events", "1"),))


@pytest.fixture(scope="module")
def incident_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("incidents") / "events.db"
    with open_store(db) as store:
        run = store.begin_run({"events": "1"}, "incident-test")
        for source, text, point, dead in REPORTS:
            extraction = strike(source, text, point, dead)
            store.save(extraction, run)
            store.refresh_incidents(e.id for e in extraction.events)
    return db


@pytest.fixture
def api(incident_db: Path, client_factory: Any) -> Iterator[TestClient]:
    yield from client_factory(incident_db, AccessPolicy(write_token=None))


def test_list_incidents_with_filters_and_pages(api: TestClient) -> None:
    body = api.get("/api/incidents").json()
    assert body["total"] == 1 and body["limit"] == 50 and body["offset"] == 0
    (incident,) = body["items"]
    assert incident["event_type"] == "Explosions/Remote violence"
    assert incident["members"] == [
        {"event_id": "ev_afp_1", "article_id": incident["members"][0]["article_id"]},
        {"event_id": "ev_reuters_1", "article_id": incident["members"][1]["article_id"]},
    ]
    assert incident["fatalities_best"] == 3 and incident["fatalities_high"] == 4
    assert (
        api.get("/api/incidents", params={"country": "Ukraine", "q": "Kharkiv"}).json()["total"]
        == 1
    )
    assert api.get("/api/incidents", params={"country": "SY"}).json()["total"] == 0
    assert api.get("/api/incidents", params={"type": "Battles"}).json()["items"] == []
    paged = api.get("/api/incidents", params={"limit": 1, "offset": 1}).json()
    assert paged["total"] == 1 and paged["items"] == []


def test_one_incident_with_each_sources_evidence(api: TestClient) -> None:
    incident_id = api.get("/api/incidents").json()["items"][0]["id"]
    body = api.get(f"/api/incidents/{incident_id}").json()
    assert body["incident"]["id"] == incident_id
    assert [r["article"]["source"] for r in body["reports"]] == ["afp", "reuters"]
    for report in body["reports"]:
        text = report["article"]["text"]
        fields = {e["field"] for e in report["evidence"]}
        assert {"event", "date", "location", "actor1", "fatalities"} <= fields
        for span in report["evidence"]:
            assert text[span["start"] : span["end"]] == span["text"]
    assert api.get(f"/api/incidents/{incident_id[:10]}").json()["incident"]["id"] == incident_id


def test_unknown_incident_is_a_json_404(api: TestClient) -> None:
    response = api.get("/api/incidents/inc_0000000000000000")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    bad = api.get("/api/incidents", params={"sort": "fatalities"})
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "invalid_request"


def test_incidents_are_in_the_openapi_document(api: TestClient) -> None:
    doc = api.get("/api/openapi.json").json()
    assert {"/api/incidents", "/api/incidents/{incident_id}"} <= set(doc["paths"])
    listed = doc["paths"]["/api/incidents"]["get"]
    assert {p["name"] for p in listed["parameters"]} >= {"country", "actor", "since", "limit"}
    assert "404" in doc["paths"]["/api/incidents/{incident_id}"]["get"]["responses"]
    assert "Incident" in doc["components"]["schemas"]
