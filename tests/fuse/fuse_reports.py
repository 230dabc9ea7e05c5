"""Hand-built reports of the same (or different) incidents by different agencies.

Every span is sliced from its article's text, so offsets are real.
"""

from __future__ import annotations

from sitrep.fuse import Report
from sitrep.model import (
    Actor,
    Article,
    Event,
    EventDate,
    Fatalities,
    Location,
    Plover,
    Span,
    make_article,
)

KHARKIV = (49.9935, 36.2304)
KHARKIV_SALTIVSKYI = (50.0275, 36.3331)  # a district about 8 km north-east
KYIV = (50.4501, 30.5234)

STRIKE_AP = (
    "Russian drones struck a residential building in Kharkiv overnight on Thursday, "
    "killing three people and wounding 12, regional governor Oleh Syniehubov said."
)
STRIKE_REUTERS = (
    "At least four people were killed when a Russian drone hit an apartment block in "
    "Kharkiv's Saltivskyi district on Thursday, Ukrainian officials said."
)
STRIKE_KYIV = (
    "A Russian drone attack on Kyiv on Thursday killed two people, the city's military "
    "administration said."
)
STRIKE_KHARKIV_LATER = (
    "Russian drones hit Kharkiv again on Sunday, killing one man, Syniehubov said."
)
ARRESTS_KHARKIV = (
    "Ukraine's security service said on Thursday it had detained two men in Kharkiv "
    "suspected of guiding Russian drones onto the city."
)


def span(text: str, piece: str) -> Span:
    start = text.index(piece)
    return Span.of(text, start, start + len(piece))


def russia(text: str, piece: str) -> Actor:
    return Actor("Military Forces of Russia", span(text, piece), kb_id="RU_military", country="RU")


def report(
    text: str,
    *,
    day: str = "2026-01-15",
    end: str | None = None,
    where: str = "Kharkiv",
    point: tuple[float, float] | None = KHARKIV,
    precision: str = "exact",
    sub_type: str = "Air/drone strike",
    event_type: str = "Explosions/Remote violence",
    actor1: Actor | None = None,
    actor2: Actor | None = None,
    dead: tuple[int | None, int | None, int | None] = (None, None, None),
    source: str = "agency",
    event_id: str | None = None,
) -> tuple[Report, Article]:
    """One event of a one-event article, with the fields fusion reads."""
    article = make_article(text, source=source, published=day)
    date_word = next(w for w in ("Thursday", "Sunday", "overnight") if w in text)
    place = Location(
        name=where,
        country="UA",
        precision=precision,  # type: ignore[arg-type]
        evidence=span(text, where.split()[0]) if where.split()[0] in text else None,
        admin1="Kharkivska" if where.startswith("Kharkiv") else "Kyiv City",
        lat=point[0] if point else None,
        lon=point[1] if point else None,
    )
    low, best, high = dead
    event = Event(
        id=event_id or f"ev_{article.id[7:19]}",
        event_type=event_type,
        sub_event_type=sub_type,
        plover=Plover("ASSAULT", "aerial"),
        date=EventDate(day, end or day, "day" if end is None else "week", span(text, date_word)),
        location=place,
        actor1=actor1,
        actor2=actor2,
        evidence=Span.of(text, 0, len(text)),
        fatalities=Fatalities(low=low, best=best, high=high),
    )
    return Report(event, article.id), article
