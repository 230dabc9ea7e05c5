"""Hand-built extractions of realistic news reports, for the store and export tests.

Every span is sliced from the article text with `Span.of`, so offsets are real.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sitrep.model import (
    Actor,
    Article,
    EntityMention,
    Event,
    EventDate,
    Extraction,
    Fatalities,
    Interval,
    Location,
    Mentions,
    PlaceMention,
    Plover,
    Quantity,
    Quote,
    Span,
    TimexMention,
    Weapon,
    make_article,
)

STAGES_V1 = {"segment": "1", "timex": "1", "events": "1"}
STAGES_V2 = {"segment": "1", "timex": "1", "events": "2"}
SETTINGS = "0123456789abcdef"

SYRIA_TEXT = (
    "US and Jordanian aircraft struck Islamic State targets across Syria today, "
    "US Central Command said. More than 90 precision munitions hit over 35 targets "
    "near Palmyra, including F-15E and A-10 aircraft. "
    '"We will never forget, and never relent," Defence Secretary Pete Hegseth said. '
    "On December 13 an Islamic State gunman killed two US soldiers and a civilian "
    "interpreter in an ambush near Palmyra."
)

TURKEY_TEXT = (
    "Turkish police detained dozens of suspected Islamic State members in raids across "
    "Istanbul before New Year's Eve, the Interior Ministry said on Wednesday. "
    "Protesters gathered outside a court in Ankara on Thursday to demand their release."
)


def span(text: str, phrase: str, nth: int = 0) -> Span:
    """The span of the nth occurrence of `phrase` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Span.of(text, start, start + len(phrase))


def sentence(text: str, phrase: str) -> Span:
    """The sentence holding `phrase` (sentences end with '. ')."""
    hit = span(text, phrase)
    start = text.rfind(". ", 0, hit.start)
    start = 0 if start < 0 else start + 2
    end = text.find(". ", hit.end)
    end = len(text) if end < 0 else end + 1
    return Span.of(text, start, end)


def actor(text: str, phrase: str, name: str, kb_id: str, kind: str, country: str | None) -> Actor:
    return Actor(name=name, evidence=span(text, phrase), kb_id=kb_id, country=country, type=kind)


def syria_article() -> Article:
    return make_article(
        SYRIA_TEXT,
        url="https://news.example.org/world/2026/01/10/syria-strikes",
        source="Example News",
        title="US and Jordan strike Islamic State targets in Syria",
        published="2026-01-10",
    )


def syria_events(text: str = SYRIA_TEXT, prefix: str = "ev-sy") -> tuple[Event, ...]:
    us = actor(text, "US", "United States", "US", "state_forces", "US")
    jordan = actor(text, "Jordanian", "Jordan", "JO", "state_forces", "JO")
    isis = actor(text, "Islamic State", "Islamic State", "islamic_state", "rebel_group", None)
    syria = Location(
        name="Palmyra",
        country="SY",
        precision="near",
        evidence=span(text, "Palmyra"),
        admin1="Homs",
        geonameid=170617,
        lat=34.56,
        lon=38.28,
    )
    strike = Event(
        id=f"{prefix}-strike",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        plover=Plover("ASSAULT", "aerial"),
        date=EventDate("2026-01-10", "2026-01-10", "day", span(text, "today")),
        location=syria,
        actor1=us,
        actor2=isis,
        assoc_actor1=(jordan,),
        evidence=sentence(text, "struck Islamic State"),
        weapons=(
            Weapon("F-15E", "combat_aircraft", span(text, "F-15E"), operator="US"),
            Weapon("A-10", "combat_aircraft", span(text, "A-10"), operator="US"),
        ),
        quantities=(
            Quantity(
                span(text, "More than 90 precision munitions"),
                "munitions",
                low=91,
                qualifier="more than",
            ),
            Quantity(span(text, "over 35 targets"), "targets", low=36, qualifier="over"),
        ),
        attributed_to=actor(
            text, "US Central Command", "US Central Command", "CENTCOM", "state_forces", "US"
        ),
        trigger=span(text, "struck"),
        confidence=0.9,
    )
    ambush = Event(
        id=f"{prefix}-ambush",
        event_type="Battles",
        sub_event_type="Armed clash",
        plover=Plover("ASSAULT", "firearms"),
        date=EventDate("2025-12-13", "2025-12-13", "day", span(text, "December 13")),
        location=Location("Palmyra", "SY", "near", span(text, "Palmyra", 1), lat=34.56, lon=38.28),
        actor1=actor(
            text, "Islamic State gunman", "Islamic State", "islamic_state", "rebel_group", None
        ),
        actor2=actor(text, "US soldiers", "United States", "US", "state_forces", "US"),
        evidence=sentence(text, "ambush"),
        fatalities=Fatalities(
            low=3,
            best=3,
            high=3,
            civilians=1,
            evidence=span(text, "killed two US soldiers and a civilian"),
        ),
        civilian_targeting=False,
        trigger=span(text, "ambush"),
        confidence=0.8,
    )
    return (strike, ambush)


def syria_extraction(events: tuple[Event, ...] | None = None) -> Extraction:
    text = SYRIA_TEXT
    quote = Quote(
        speaker=Actor(
            "Pete Hegseth",
            span(text, "Pete Hegseth"),
            kb_id=None,
            country="US",
            type=None,
            role="Defence Secretary",
        ),
        text="We will never forget, and never relent,",
        evidence=span(text, "We will never forget, and never relent,"),
        cue=span(text, "said", 1),
    )
    mentions = Mentions(
        timex=(
            TimexMention(
                span(text, "today"),
                "DATE",
                "2026-01-10",
                Interval("2026-01-10", "2026-01-10", "day"),
                anchor="publication",
            ),
        ),
        entities=(EntityMention(span(text, "Pete Hegseth"), "PERSON", "Pete Hegseth"),),
        places=(PlaceMention(span(text, "Syria"), "Syria", 163843, "SY", 35.0, 38.0, "country"),),
    )
    return Extraction(
        article=syria_article(),
        events=syria_events() if events is None else events,
        quotes=(quote,),
        mentions=mentions,
        stages=tuple(sorted(STAGES_V1.items())),
    )


def turkey_extraction() -> Extraction:
    text = TURKEY_TEXT
    article = make_article(
        text, source="Wire Service", title="Turkey detains IS suspects", published="2026-01-01"
    )
    arrests = Event(
        id="ev-tr-arrests",
        event_type="Strategic developments",
        sub_event_type="Arrests",
        plover=Plover("ARREST"),
        date=EventDate("2025-12-20", "2025-12-31", "week", span(text, "before New Year's Eve")),
        location=Location(
            "Istanbul",
            "TR",
            "exact",
            span(text, "Istanbul"),
            admin1="Istanbul",
            lat=41.01,
            lon=28.95,
        ),
        actor1=actor(
            text, "Turkish police", "Police Forces of Turkey", "TR_police", "state_forces", "TR"
        ),
        actor2=actor(text, "Islamic State", "Islamic State", "islamic_state", "rebel_group", None),
        evidence=sentence(text, "detained dozens"),
        quantities=(
            Quantity(
                span(text, "dozens of suspected Islamic State members"),
                "suspects",
                low=24,
                qualifier="dozens",
            ),
        ),
        attributed_to=actor(
            text, "Interior Ministry", "Interior Ministry of Turkey", "TR_moi", "state_forces", "TR"
        ),
        confidence=0.7,
    )
    protest = Event(
        id="ev-tr-protest",
        event_type="Protests",
        sub_event_type="Peaceful protest",
        plover=Plover("PROTEST", "demonstrate"),
        date=None,
        location=None,
        actor1=actor(
            text, "Protesters", "Protesters (Turkey)", "protesters_TR", "protesters", "TR"
        ),
        actor2=None,
        evidence=sentence(text, "Protesters gathered"),
        confidence=0.6,
    )
    return Extraction(
        article=article,
        events=(arrests, protest),
        quotes=(),
        stages=tuple(sorted(STAGES_V1.items())),
    )


def dump(path: Path) -> list[str]:
    """Every statement needed to rebuild the database, FTS shadow tables included."""
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())
