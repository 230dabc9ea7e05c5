"""Terminal rendering for the CLI: event tables and evidence highlighted in context."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.table import Table
from rich.text import Text

from sitrep.fuse import Incident
from sitrep.model import Actor, Article, Event, Span

#: colours used, in turn, to highlight evidence spans in `sitrep show`.
_STYLES = (
    "bold black on yellow",
    "bold black on cyan",
    "bold black on green",
    "bold black on magenta",
    "bold black on bright_blue",
    "bold black on red",
)


def actor_label(actor: Actor | None, assoc: Sequence[Actor] = ()) -> str:
    if actor is None:
        return ""
    label = actor.name
    if assoc:
        label += " (+" + ", ".join(a.name for a in assoc) + ")"
    return label


def date_label(event: Event) -> str:
    if event.date is None:
        return ""
    if event.date.start == event.date.end:
        return event.date.start
    return f"{event.date.start}…{event.date.end}"


def place_label(event: Event) -> str:
    loc = event.location
    if loc is None:
        return ""
    country = f" [{loc.country}]" if loc.country and loc.name != loc.country else ""
    return f"{loc.name}{country} ({loc.precision})"


def fatalities_label(event: Event) -> str:
    f = event.fatalities
    if f.low is None and f.best is None and f.high is None:
        return ""
    parts = [str(v) if v is not None else "?" for v in (f.low, f.best, f.high)]
    return "/".join(parts)


def events_table(rows: Iterable[Event], title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False, expand=False)
    for name in (
        "id",
        "date",
        "type / sub-type",
        "where",
        "actor1",
        "actor2",
        "deaths",
        "modality",
    ):
        table.add_column(name, overflow="fold")
    for event in rows:
        table.add_row(
            event.id[:10],
            date_label(event),
            f"{event.event_type} / {event.sub_event_type}",
            place_label(event),
            actor_label(event.actor1, event.assoc_actor1),
            actor_label(event.actor2, event.assoc_actor2),
            fatalities_label(event),
            event.modality,
        )
    return table


def incidents_table(rows: Iterable[Incident], title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False, expand=False)
    for name in ("id", "dates", "type / sub-type", "where", "actors", "deaths", "sources"):
        table.add_column(name, overflow="fold")
    for incident in rows:
        dates = incident.date_start or ""
        if incident.date_end and incident.date_end != incident.date_start:
            dates += f"…{incident.date_end}"
        deaths = "/".join(
            "?" if v is None else str(v)
            for v in (incident.fatalities_low, incident.fatalities_best, incident.fatalities_high)
        )
        actors = ", ".join(a.name for a in incident.actors1)
        if incident.actors2:
            actors += " → " + ", ".join(a.name for a in incident.actors2)
        where = incident.location.name if incident.location else ""
        table.add_row(
            incident.id[:14],
            dates,
            f"{incident.event_type} / {incident.sub_event_type}",
            where,
            actors,
            "" if deaths == "?/?/?" else deaths,
            str(len(incident.members)),
        )
    return table


def event_fields(event: Event) -> list[tuple[str, str, Span | None]]:
    """(field, value, evidence) for every filled field of an event, in reading order."""
    out: list[tuple[str, str, Span | None]] = [
        ("type", f"{event.event_type} / {event.sub_event_type}", event.trigger or event.evidence),
        ("plover", f"{event.plover.type} / {event.plover.mode or '-'}", None),
        *((f"context: {c.name}", c.name, c.evidence) for c in event.plover.context),
    ]
    if event.date:
        inferred = ""
        if event.date.inferred:
            told = "the story's last stated day" if event.date.evidence else "publication date"
            inferred = f" (inferred from {told})"
        out.append(
            ("date", f"{date_label(event)} [{event.date.precision}]{inferred}", event.date.evidence)
        )
    if event.location:
        out.append(("where", place_label(event), event.location.evidence))
    for role, actor, assoc in (
        ("actor1", event.actor1, event.assoc_actor1),
        ("actor2", event.actor2, event.assoc_actor2),
    ):
        if actor:
            out.append((role, _actor_text(actor), actor.evidence))
        for a in assoc:
            out.append((f"assoc {role}", _actor_text(a), a.evidence))
    for w in event.weapons:
        operator = f", operator {w.operator}" if w.operator else ""
        out.append(("weapon", f"{w.name} ({w.category or 'uncategorised'}{operator})", w.evidence))
    for q in event.quantities:
        out.append(
            ("quantity", _quantity_text(q.of, q.low, q.best, q.high, q.qualifier), q.evidence)
        )
    if event.fatalities.evidence or event.fatalities.best is not None:
        civ = f", civilians {event.fatalities.civilians}" if event.fatalities.civilians else ""
        out.append(
            (
                "fatalities",
                f"low/best/high {fatalities_label(event)}{civ}",
                event.fatalities.evidence,
            )
        )
    if event.attributed_to:
        out.append(("according to", _actor_text(event.attributed_to), event.attributed_to.evidence))
    out.append(("modality", event.modality, None))
    out.append(("confidence", f"{event.confidence:.2f}", None))
    return out


def _actor_text(actor: Actor) -> str:
    extra = [x for x in (actor.role, actor.kb_id, actor.type) if x]
    return actor.name + (f" [{', '.join(extra)}]" if extra else "")


def _quantity_text(
    of: str | None, low: int | None, best: int | None, high: int | None, qualifier: str | None
) -> str:
    bounds = ", ".join(
        f"{k} {v}" for k, v in (("low", low), ("best", best), ("high", high)) if v is not None
    )
    return f"{of or 'count'}: {bounds}" + (f" ({qualifier})" if qualifier else "")


def highlighted(article: Article, spans: Sequence[tuple[str, Span]]) -> Text:
    """The article text with each evidence span styled; later spans win where they overlap."""
    text = Text(article.text)
    for i, (_, span) in enumerate(spans):
        text.stylize(_STYLES[i % len(_STYLES)], span.start, span.end)
    return text
