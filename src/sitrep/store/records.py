"""Turn model values into table rows, and stored contract JSON back into model values.

Rows are plain dicts keyed by column name (the shape SQLAlchemy Core inserts take). The
flat columns exist for filtering and joins; the `contract` column is the truth, and
reading always rebuilds from it, so the round trip is exact.

What each event becomes, in order:

1. one `events` row: the flat, filterable fields plus the full contract JSON;
2. one `event_actors` row per actor role and position (actor1, assoc_actor1, ...);
3. one `event_weapons` row and one `event_quantities` row per weapon and quantity;
4. one `evidence` row per evidence span, named by the field it supports.
"""

from __future__ import annotations

import json
from typing import Any

from sitrep.events.context import ordinary_crime
from sitrep.model import Actor, Article, Event, Quote, Span, from_dict, to_dict

Row = dict[str, Any]

ACTOR_ROLES = ("actor1", "assoc_actor1", "actor2", "assoc_actor2")


def dumps(value: Any) -> str:
    """Canonical JSON: the same value always gives the same bytes."""
    return json.dumps(to_dict(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def article_row(article: Article, first_seen: str) -> Row:
    return {
        "id": article.id,
        "url": article.url,
        "source": article.source,
        "title": article.title,
        "published": article.published,
        "language": article.language,
        "text": article.text,
        "first_seen": first_seen,
    }


def article_from_row(row: Any) -> Article:
    return Article(
        id=row.id,
        text=row.text,
        url=row.url,
        source=row.source,
        title=row.title,
        published=row.published,
        language=row.language,
    )


def event_row(event: Event, article_id: str, run_id: str) -> Row:
    loc, date, fat = event.location, event.date, event.fatalities
    return {
        "id": event.id,
        "article_id": article_id,
        "run_id": run_id,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "plover_type": event.plover.type,
        "plover_mode": event.plover.mode,
        "date_start": date.start if date else None,
        "date_end": date.end if date else None,
        "date_precision": date.precision if date else None,
        # upper-case: ISO codes are, and filters compare the column exactly
        "country": loc.country.upper() if loc and loc.country is not None else None,
        "admin1": loc.admin1 if loc else None,
        "location_name": loc.name if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "location_precision": loc.precision if loc else None,
        "actor1_name": event.actor1.name if event.actor1 else None,
        "actor1_kb_id": event.actor1.kb_id if event.actor1 else None,
        "actor2_name": event.actor2.name if event.actor2 else None,
        "actor2_kb_id": event.actor2.kb_id if event.actor2 else None,
        "fatalities_low": fat.low,
        "fatalities_best": fat.best,
        "fatalities_high": fat.high,
        "civilian_targeting": event.civilian_targeting,
        "modality": event.modality,
        "confidence": event.confidence,
        "contexts": contexts_column(event),
        "ordinary_crime": ordinary_crime(event),
        "contract": dumps(event),
    }


def contexts_column(event: Event) -> str:
    """The event's PLOVER context names between semicolons (schema rule 9), "" for none."""
    names = [c.name for c in event.plover.context]
    return f";{';'.join(names)};" if names else ""


def event_actors(event: Event) -> list[tuple[str, int, Actor]]:
    """Every actor of an event with its role and position within that role."""
    found: list[tuple[str, int, Actor]] = []
    if event.actor1 is not None:
        found.append(("actor1", 0, event.actor1))
    found.extend(("assoc_actor1", i, a) for i, a in enumerate(event.assoc_actor1))
    if event.actor2 is not None:
        found.append(("actor2", 0, event.actor2))
    found.extend(("assoc_actor2", i, a) for i, a in enumerate(event.assoc_actor2))
    return found


def actor_rows(event: Event) -> list[Row]:
    return [
        {
            "event_id": event.id,
            "role": role,
            "position": pos,
            "name": actor.name,
            "kb_id": actor.kb_id,
            "country": actor.country,
            "type": actor.type,
        }
        for role, pos, actor in event_actors(event)
    ]


def weapon_rows(event: Event) -> list[Row]:
    return [
        {
            "event_id": event.id,
            "position": i,
            "name": w.name,
            "category": w.category,
            "operator": w.operator,
            "kb_id": w.kb_id,
        }
        for i, w in enumerate(event.weapons)
    ]


def quantity_rows(event: Event) -> list[Row]:
    return [
        {
            "event_id": event.id,
            "position": i,
            "counted": q.of,
            "low": q.low,
            "best": q.best,
            "high": q.high,
            "qualifier": q.qualifier,
            "approximate": q.approximate,
        }
        for i, q in enumerate(event.quantities)
    ]


def event_spans(event: Event) -> list[tuple[str, Span]]:
    """Every evidence span of an event, named by the field it supports."""
    spans: list[tuple[str, Span | None]] = [
        ("event", event.evidence),
        ("trigger", event.trigger),
        ("date", event.date.evidence if event.date else None),
        ("location", event.location.evidence if event.location else None),
        ("fatalities", event.fatalities.evidence),
        ("attributed_to", event.attributed_to.evidence if event.attributed_to else None),
    ]
    for role, pos, actor in event_actors(event):
        name = role if role in ("actor1", "actor2") else f"{role}[{pos}]"
        spans.append((name, actor.evidence))
    spans.extend((f"weapons[{i}]", w.evidence) for i, w in enumerate(event.weapons))
    spans.extend((f"quantities[{i}]", q.evidence) for i, q in enumerate(event.quantities))
    return [(name, span) for name, span in spans if span is not None]


def evidence_rows(event: Event) -> list[Row]:
    return [
        {"event_id": event.id, "field": name, "start": s.start, "end": s.end, "text": s.text}
        for name, s in event_spans(event)
    ]


def quote_row(quote: Quote, position: int, article_id: str, run_id: str) -> Row:
    speaker = quote.speaker
    return {
        "article_id": article_id,
        "position": position,
        "run_id": run_id,
        "speaker_name": speaker.name if speaker else None,
        "speaker_role": speaker.role if speaker else None,
        "speaker_kb_id": speaker.kb_id if speaker else None,
        "text": quote.text,
        "start": quote.evidence.start,
        "end": quote.evidence.end,
        "direct": quote.direct,
        "contract": dumps(quote),
    }


def event_from_json(contract: str) -> Event:
    return from_dict(Event, json.loads(contract))


def quote_from_json(contract: str) -> Quote:
    return from_dict(Quote, json.loads(contract))
