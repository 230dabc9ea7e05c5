"""Read endpoints over a store filled with synthetic reports."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from sitrep.store import EventFilter, open_store


def test_list_is_paginated_with_total_and_stable_order(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 10}).json()
    second = client.get("/api/events", params={"limit": 10, "offset": 10}).json()
    assert first["total"] == second["total"] >= 120
    ids = [i["event"]["id"] for i in first["items"] + second["items"]]
    assert len(set(ids)) == 20
    dates = [i["event"]["date"]["start"] for i in first["items"] + second["items"]]
    assert dates == sorted(dates)


def test_country_filter_matches_code_and_name(client: TestClient, filled_db: Path) -> None:
    by_code = client.get("/api/events", params={"country": "SD", "limit": 1000}).json()
    by_name = client.get("/api/events", params={"country": "Sudan", "limit": 1000}).json()
    assert by_code["total"] == by_name["total"] > 0
    assert {i["event"]["location"]["country"] for i in by_code["items"]} == {"SD"}
    with open_store(filled_db) as store:
        assert len(store.events(EventFilter(country="SD"))) == by_code["total"]


def test_type_actor_and_date_filters_combine(client: TestClient) -> None:
    params = {"type": "Air/drone strike", "actor": "forces", "since": "2025-03", "limit": 1000}
    page = client.get("/api/events", params=params).json()
    assert page["total"] == len(page["items"]) > 0
    for item in page["items"]:
        ev = item["event"]
        assert ev["sub_event_type"] == "Air/drone strike"
        names = [ev["actor1"]["name"], ev["actor2"]["name"]]
        assert any("forces" in n.lower() for n in names)
        assert ev["date"]["end"] >= "2025-03-01"


def test_bbox_and_admin1(client: TestClient) -> None:
    # Around Goma and Bunia (eastern DR Congo): west,south,east,north
    page = client.get("/api/events", params={"bbox": "28,-3,31,3", "limit": 1000}).json()
    assert page["total"] > 0
    for item in page["items"]:
        loc = item["event"]["location"]
        assert 28 <= loc["lon"] <= 31 and -3 <= loc["lat"] <= 3
    ituri = client.get("/api/events", params={"admin1": "ituri", "limit": 1000}).json()
    assert {i["event"]["location"]["admin1"] for i in ituri["items"]} <= {"Ituri"}


def test_text_search_and_sort_by_fatalities(client: TestClient) -> None:
    page = client.get(
        "/api/events", params={"q": "Khartoum", "sort": "-fatalities", "limit": 1000}
    ).json()
    assert page["total"] > 0
    assert all(i["event"]["location"]["name"] == "Khartoum" for i in page["items"])
    best = [i["event"]["fatalities"]["best"] for i in page["items"]]
    known = [b for b in best if b is not None]
    assert known == sorted(known, reverse=True)
    assert best[: len(known)] == known  # unknown fatalities sort last


def test_one_event_with_evidence_and_article(client: TestClient) -> None:
    item = client.get("/api/events", params={"limit": 1}).json()["items"][0]
    detail = client.get(f"/api/events/{item['event']['id']}").json()
    text = detail["article"]["text"]
    fields = {e["field"] for e in detail["evidence"]}
    assert {"event", "date", "actor1", "actor2", "location"} <= fields
    for ev in detail["evidence"]:
        assert text[ev["start"] : ev["end"]] == ev["text"]
    assert detail["quotes"][0]["speaker"]["name"] == "a local official"
    by_prefix = client.get(f"/api/events/{item['event']['id'][:10]}")
    assert by_prefix.json()["event"]["id"] == item["event"]["id"]


def test_articles_list_and_detail(client: TestClient) -> None:
    page = client.get("/api/articles", params={"limit": 5}).json()
    assert page["total"] >= len(page["items"]) == 5
    published = [a["published"] for a in page["items"]]
    assert published == sorted(published, reverse=True)
    art = client.get(f"/api/articles/{page['items'][0]['id']}").json()
    assert len(art["event_ids"]) == page["items"][0]["events"]
    found = client.get("/api/articles", params={"q": "Mogadishu"}).json()
    assert found["total"] > 0 and all("Mogadishu" in a["title"] for a in found["items"])


def test_aggregates(client: TestClient) -> None:
    total = client.get("/api/events", params={"limit": 1}).json()["total"]
    for by in ("day", "week", "month", "type", "country"):
        body = client.get("/api/aggregates", params={"by": by}).json()
        assert sum(b["count"] for b in body["buckets"]) == total, by
    weeks = client.get("/api/aggregates", params={"by": "week"}).json()["buckets"]
    import datetime as dt

    assert all(dt.date.fromisoformat(b["key"]).weekday() == 0 for b in weeks)
    months = [
        b["key"] for b in client.get("/api/aggregates", params={"by": "month"}).json()["buckets"]
    ]
    assert months == sorted(months)
    split = client.get("/api/aggregates", params={"by": "week", "split": "type"}).json()
    assert sum(b["count"] for b in split["buckets"]) == total
    assert all(b["group"] for b in split["buckets"])
    actors = client.get("/api/aggregates", params={"by": "actor"}).json()["buckets"]
    counts = [b["count"] for b in actors]
    assert counts == sorted(counts, reverse=True)


def test_map_cells_count_every_located_event(client: TestClient) -> None:
    total = client.get("/api/events", params={"country": "UA", "limit": 1}).json()["total"]
    body = client.get("/api/map", params={"country": "UA", "cell": 5}).json()
    assert sum(c["count"] for c in body["cells"]) == total
    fine = client.get("/api/map", params={"country": "UA", "cell": 0.01}).json()["cells"]
    assert any(c["event_id"] for c in fine)


def test_openapi_documents_the_endpoints(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/aggregates", "/api/articles"} <= set(
        spec["paths"]
    )
    assert "post" in spec["paths"]["/api/articles"]
