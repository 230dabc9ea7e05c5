"""API latency benchmark: 100,000 synthetic events in SQLite, p50/p95 per endpoint.

    .venv/bin/python benchmarks/bench_api.py [--events 100000] [--requests 100]

1. Fill a SQLite store through the store API (`EventStore.save`, one transaction per
   article) with synthetic reports (`sitrep.api.synthetic`). The file is cached as
   `<--workdir>/api-<events>.db` (default under the system temp folder) and reused by
   later runs, so a run takes a few minutes; delete it to measure a fresh fill. A file
   written by an older sitrep is brought to the newest schema when first opened
   (migration 0002 builds the read indexes and summary tables in seconds).
2. Start the API (no web UI) with uvicorn in a separate process on a loopback port.
3. For each endpoint: time the first request on its own ("cold": nothing of it is in
   the API's read cache yet, so it shows the query's own cost), two more warm-up
   requests, then --requests requests from an httpx async client, --concurrency at a
   time, timing each (aggregates, map cells and list totals are then served from the
   read cache, which any committed write invalidates).
4. Write benchmarks/results/api.json with cold/p50/p95/max per endpoint, the setup and
   the machine's load average before and after (other jobs may share the cores).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import platform
import socket
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from sitrep.api.synthetic import synthetic_extractions
from sitrep.store import open_store

RESULTS = Path(__file__).resolve().parent / "results" / "api.json"

ENDPOINTS = {
    "events: first page": "/api/events?limit=50",
    "events: country": "/api/events?country=SY&limit=50",
    "events: type + dates": "/api/events?type=Battles&since=2025-03&until=2025-06&limit=50",
    "events: actor": "/api/events?actor=islamic%20state&limit=50",
    "events: bbox, by fatalities": "/api/events?bbox=28,-3,31,3&sort=-fatalities&limit=50",
    "events: text search": "/api/events?q=Khartoum&limit=50",
    "events: deep page": "/api/events?country=UA&limit=50&offset=5000",
    "aggregates: week by type": "/api/aggregates?by=week&split=type",
    "aggregates: country": "/api/aggregates?by=country",
    "aggregates: actor": "/api/aggregates?by=actor",
    "aggregates: month, filtered": "/api/aggregates?by=month&country=SD&type=Battles",
    "map: 2 degree cells": "/api/map?cell=2",
    "map: country, fine cells": "/api/map?country=CD&cell=0.1",
}


def fill(db: Path, n_events: int) -> dict[str, Any]:
    started = time.perf_counter()
    articles = events = 0
    with open_store(db) as store:
        run = store.begin_run({"synthetic": "1"}, "bench")
        for extraction in synthetic_extractions(n_events, seed=1):
            events += store.save(extraction, run).events
            articles += 1
    return {"articles": articles, "events": events, "seconds": round(time.perf_counter() - started)}


def _serve(db: str, port: int) -> None:
    import uvicorn

    from sitrep.api import ApiConfig, create_app

    app = create_app(ApiConfig(db=Path(db)))
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _measure(
    base: str, path: str, requests: int, concurrency: int, cold: list[float]
) -> list[float]:
    timings: list[float] = []
    limit = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        t0 = time.perf_counter()
        (await client.get(path)).raise_for_status()
        cold.append((time.perf_counter() - t0) * 1000)
        for _ in range(2):  # warm-up
            (await client.get(path)).raise_for_status()

        async def one() -> None:
            async with limit:
                t0 = time.perf_counter()
                response = await client.get(path)
                timings.append((time.perf_counter() - t0) * 1000)
                response.raise_for_status()

        await asyncio.gather(*(one() for _ in range(requests)))
    return timings


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument(
        "--workdir", type=Path, default=Path(tempfile.gettempdir()) / "sitrep-bench"
    )
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()

    args.workdir.mkdir(parents=True, exist_ok=True)
    db = args.workdir / f"api-{args.events}.db"
    setup: dict[str, Any] = {"reused": True}
    if not db.exists():
        setup = fill(db, args.events)
    with open_store(db) as store:
        stats = store.stats()
    load_before = [round(x, 2) for x in os.getloadavg()]
    port = _free_port()
    ctx = multiprocessing.get_context("spawn")
    server = ctx.Process(target=_serve, args=(str(db), port), daemon=True)
    server.start()
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/api/health", timeout=2).raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        sample = httpx.get(base + "/api/events?limit=1").json()["items"][0]["event"]["id"]
        endpoints = {**ENDPOINTS, "event: one with evidence": f"/api/events/{sample}"}
        results = {}
        for name, path in endpoints.items():
            cold: list[float] = []
            timings = asyncio.run(_measure(base, path, args.requests, args.concurrency, cold))
            results[name] = {
                "path": path,
                "cold_ms": round(cold[0], 1),
                "p50_ms": _pct(timings, 0.50),
                "p95_ms": _pct(timings, 0.95),
                "max_ms": round(max(timings), 1),
                "mean_ms": round(statistics.fmean(timings), 1),
            }
            row = results[name]
            print(
                f"{name:32s} cold {row['cold_ms']:7.1f} ms  p50 {row['p50_ms']:7.1f} ms  "
                f"p95 {row['p95_ms']:7.1f} ms"
            )
    finally:
        server.terminate()
        server.join(timeout=10)
    report = {
        "benchmark": "api latency on loopback (httpx async client, uvicorn, SQLite WAL)",
        "events": stats.events,
        "articles": stats.articles,
        "fill": setup,
        "requests_per_endpoint": args.requests,
        "concurrency": args.concurrency,
        "machine": {
            "python": platform.python_version(),
            "cpus": multiprocessing.cpu_count(),
            "loadavg_1_5_15_before": load_before,
            "loadavg_1_5_15_after": [round(x, 2) for x in os.getloadavg()],
        },
        "target_p95_ms": 150,
        "endpoints": results,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
