"""The API's PLOVER-context and ordinary-crime filters, over real pipeline output."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from conftest import ClientFactory
from sitrep.api.security import AccessPolicy
from sitrep.model import make_article
from sitrep.pipeline import process_article
from sitrep.store import open_store

ROBBERY = (
    "SPRINGFIELD, Ill. -- Police arrested a 24-year-old man Tuesday in connection with the"
    " robbery of a convenience store on Main Street, police said."
)
STRIKE = (
    "US Central Command said on Saturday that American jets struck Islamic State positions"
    " near Baghuz in eastern Syria."
)


def _types(client: TestClient, **params: str) -> list[str]:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return sorted(item["event"]["sub_event_type"] for item in response.json()["items"])


def test_events_filter_by_context_and_leave_out_ordinary_crime(
    tmp_path: Path, client_factory: ClientFactory
) -> None:
    db = tmp_path / "events.db"
    with open_store(db) as store:
        run = store.begin_run({"events": "test"}, "test")
        for text in (ROBBERY, STRIKE):
            store.save(process_article(make_article(text, published="2024-05-06")), run)
    for client in client_factory(db, AccessPolicy(write_token=None)):
        assert _types(client) == ["Air/drone strike", "Arrests"]
        assert _types(client, ordinary_crime="false") == ["Air/drone strike"]
        assert _types(client, ordinary_crime="true") == ["Arrests"]
        assert _types(client, context="military") == ["Air/drone strike"]
        assert _types(client, context="crime_theft") == ["Arrests"]
        invalid = client.get("/api/events", params={"ordinary_crime": "maybe"})
        assert invalid.status_code == 422
