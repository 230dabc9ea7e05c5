"""Synthetic, realistic-looking extractions for demos, UI tests and the API benchmark.

Nothing here is extracted from real reporting: each article is written from templates
about real places and plausible actors, and its Extraction is built alongside, so every
evidence span points at the exact characters that state the value. How one article is
made, in order:

1. a publication date in the window, a place (real coordinates, country, admin1);
2. one to `max_events` sentences, each an event: type and sub-type from ACLED's taxonomy,
   two actors, a day before publication, optional fatalities, optional weapon;
3. the text is joined and every value's span computed from the pieces' offsets;
4. a quote by an official closes the article.

Deterministic: the same seed gives the same articles and ids.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass

from sitrep.model import (
    Actor,
    Event,
    EventDate,
    Extraction,
    Fatalities,
    Location,
    Plover,
    Quote,
    Span,
    Weapon,
    make_article,
)

#: (name, country, admin1, lat, lon)
PLACES = (
    ("Goma", "CD", "North Kivu", -1.6792, 29.2228),
    ("Bunia", "CD", "Ituri", 1.5667, 30.25),
    ("Aleppo", "SY", "Aleppo", 36.2021, 37.1343),
    ("Idlib", "SY", "Idlib", 35.9306, 36.6339),
    ("Deir ez-Zor", "SY", "Deir ez-Zor", 35.3359, 40.1408),
    ("Kharkiv", "UA", "Kharkiv Oblast", 49.9935, 36.2304),
    ("Zaporizhzhia", "UA", "Zaporizhzhia Oblast", 47.8388, 35.1396),
    ("Mogadishu", "SO", "Banaadir", 2.0469, 45.3182),
    ("Maiduguri", "NG", "Borno", 11.8311, 13.151),
    ("Khartoum", "SD", "Khartoum", 15.5007, 32.5599),
    ("El Fasher", "SD", "North Darfur", 13.6279, 25.3494),
    ("Mosul", "IQ", "Nineveh", 36.335, 43.1189),
    ("Sanaa", "YE", "Amanat al Asimah", 15.3694, 44.191),
    ("Timbuktu", "ML", "Tombouctou", 16.7735, -3.0074),
    ("Mocimboa da Praia", "MZ", "Cabo Delgado", -11.3483, 40.3542),
    ("Kabul", "AF", "Kabul", 34.5553, 69.2075),
    ("Port-au-Prince", "HT", "Ouest", 18.5944, -72.3074),
    ("Myitkyina", "MM", "Kachin", 25.3833, 97.4),
)

#: (name, kb_id, country, ACLED actor type)
ACTORS = (
    ("Congolese army", "CD.military", "CD", "state_forces"),
    ("M23", "m23", "CD", "rebel_group"),
    ("Syrian government forces", "SY.military", "SY", "state_forces"),
    ("Islamic State", "islamic_state", None, "rebel_group"),
    ("Russian forces", "RU.military", "RU", "state_forces"),
    ("Ukrainian forces", "UA.military", "UA", "state_forces"),
    ("al-Shabaab", "al_shabaab", "SO", "rebel_group"),
    ("Boko Haram", "boko_haram", "NG", "rebel_group"),
    ("Rapid Support Forces", "rsf", "SD", "rebel_group"),
    ("Sudanese Armed Forces", "SD.military", "SD", "state_forces"),
    ("Houthi forces", "ansar_allah", "YE", "rebel_group"),
    ("JNIM", "jnim", "ML", "rebel_group"),
    ("gang members", None, "HT", "political_militia"),
    ("protesters", None, None, "protesters"),
    ("civilians", None, None, "civilians"),
)

#: (event type, sub-type, PLOVER type, PLOVER mode, verb phrase)
KINDS = (
    ("Battles", "Armed clash", "ASSAULT", "firearms", "clashed with"),
    (
        "Explosions/Remote violence",
        "Air/drone strike",
        "ASSAULT",
        "aerial",
        "carried out an air strike on",
    ),
    (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
        "ASSAULT",
        "artillery",
        "shelled",
    ),
    (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
        "ASSAULT",
        "explosive",
        "detonated a roadside bomb against",
    ),
    ("Violence against civilians", "Attack", "ASSAULT", "firearms", "attacked"),
    (
        "Violence against civilians",
        "Abduction/forced disappearance",
        "ASSAULT",
        "abduct",
        "abducted",
    ),
    ("Protests", "Peaceful protest", "PROTEST", "demo", "marched against"),
    ("Riots", "Violent demonstration", "PROTEST", "riot", "rioted against"),
    ("Strategic developments", "Arrests", "COERCE", "arrest", "arrested members of"),
)

#: weapons by sub-type: (name, category)
WEAPONS = {
    "Air/drone strike": (("Shahed-136 drone", "loitering_munition"), ("MQ-9 drone", "drone")),
    "Shelling/artillery/missile attack": (("mortar", "artillery"), ("Grad rocket", "artillery")),
    "Remote explosive/landmine/IED": (("IED", "explosive"),),
}
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass
class _Writer:
    """Accumulates text and hands out the span of each piece it appends."""

    text: str = ""

    def add(self, piece: str) -> Span:
        start = len(self.text)
        self.text += piece
        return Span(start, len(self.text), piece)


def _day_words(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}"


def _pick_actors(rng: random.Random, event_type: str, country: str) -> tuple[int, int]:
    """Indexes of actor1 and actor2: local or transnational armed actors first, except
    protesters and rioters in demonstrations; civilians only ever as actor2."""
    local = [
        i
        for i, a in enumerate(ACTORS)
        if a[2] in (country, None) and a[3] not in ("protesters", "civilians")
    ]
    if event_type in ("Protests", "Riots"):
        first = next(i for i, a in enumerate(ACTORS) if a[3] == "protesters")
    else:
        first = rng.choice(local)
    pool = [i for i in range(len(ACTORS)) if i != first and (i in local or ACTORS[i][2] is None)]
    if event_type == "Violence against civilians":
        pool = [i for i, a in enumerate(ACTORS) if a[3] == "civilians"]
    return first, rng.choice(pool)


def _actor(index: int, span: Span) -> Actor:
    name, kb_id, country, kind = ACTORS[index]
    return Actor(name=name, evidence=span, kb_id=kb_id, country=country, type=kind)


def synthetic_article(rng: random.Random, start: dt.date, days: int, max_events: int) -> Extraction:
    """One article and its extraction (steps 1-4 of the module docstring)."""
    published = start + dt.timedelta(days=rng.randrange(days))
    name, country, admin1, lat, lon = rng.choice(PLACES)
    w = _Writer()
    events: list[Event] = []
    for _ in range(rng.randint(1, max_events)):
        kind = rng.choice(KINDS)
        a1, a2 = _pick_actors(rng, kind[0], country)
        day = published - dt.timedelta(days=rng.randrange(0, 6))
        sentence_start = len(w.text)
        w.add("On ")
        date_span = w.add(_day_words(day))
        w.add(", ")
        actor1_span = w.add(ACTORS[a1][0])
        w.add(" ")
        trigger = w.add(kind[4])
        w.add(" ")
        actor2_span = w.add(ACTORS[a2][0])
        w.add(" near ")
        jitter_lat, jitter_lon = rng.uniform(-0.3, 0.3), rng.uniform(-0.3, 0.3)
        place_span = w.add(name)
        weapons: tuple[Weapon, ...] = ()
        if kind[1] in WEAPONS and rng.random() < 0.6:
            wname, category = rng.choice(WEAPONS[kind[1]])
            w.add(" using an " if wname[0] in "AEIOU" else " using a ")
            weapons = (Weapon(wname, category, w.add(wname)),)
        fatalities = Fatalities()
        if kind[0] not in ("Protests", "Strategic developments") and rng.random() < 0.7:
            dead = rng.choice((1, 2, 3, 4, 5, 7, 9, 12, 15, 20, 35))
            w.add(", killing ")
            fat_span = w.add(f"{dead} {'person' if dead == 1 else 'people'}")
            fatalities = Fatalities(low=dead, best=dead, high=dead, evidence=fat_span)
        w.add(", officials said.")
        evidence = Span(sentence_start, len(w.text), w.text[sentence_start:])
        w.add(" ")
        events.append(
            Event(
                id="",
                event_type=kind[0],
                sub_event_type=kind[1],
                plover=Plover(kind[2], kind[3]),
                date=EventDate(day.isoformat(), day.isoformat(), "day", date_span),
                location=Location(
                    name=name,
                    country=country,
                    precision="near",
                    evidence=place_span,
                    admin1=admin1,
                    lat=round(lat + jitter_lat, 4),
                    lon=round(lon + jitter_lon, 4),
                ),
                actor1=_actor(a1, actor1_span),
                actor2=_actor(a2, actor2_span),
                evidence=evidence,
                weapons=weapons,
                fatalities=fatalities,
                trigger=trigger,
                confidence=round(rng.uniform(0.5, 0.95), 2),
            )
        )
    w.add('"The situation remains tense," ')
    quote_span = Span(w.text.index('"The') + 1, w.text.index(',"'), "")
    quote_span = Span(quote_span.start, quote_span.end, w.text[quote_span.start : quote_span.end])
    w.add("said ")
    speaker_span = w.add("a local official")
    w.add(".")
    article = make_article(
        w.text,
        title=f"Fighting reported near {name}",
        source="synthetic",
        published=published.isoformat(),
    )
    with_ids = tuple(_with_id(e, article.id, i) for i, e in enumerate(events))
    speaker = Actor(name="a local official", evidence=speaker_span, role="official")
    quote = Quote(speaker=speaker, text=quote_span.text, evidence=quote_span)
    return Extraction(
        article=article,
        events=with_ids,
        quotes=(quote,),
        stages=(("synthetic", "1"),),
    )


def _with_id(event: Event, article_id: str, index: int) -> Event:
    digest = hashlib.sha256(f"{article_id}#{index}".encode()).hexdigest()[:16]
    return Event(**{**event.__dict__, "id": f"ev_{digest}"})


def synthetic_extractions(
    n_events: int,
    *,
    seed: int = 7,
    start: dt.date = dt.date(2025, 1, 1),
    days: int = 365,
    max_events: int = 8,
) -> Iterator[Extraction]:
    """Articles until at least `n_events` events have been produced."""
    rng = random.Random(seed)
    made = 0
    while made < n_events:
        extraction = synthetic_article(rng, start, days, max_events)
        made += len(extraction.events)
        yield extraction
