"""Property: any well-formed event survives the store unchanged (random text and numbers)."""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_factories import SETTINGS, STAGES_V1

from sitrep.model import (
    Actor,
    Event,
    EventDate,
    Extraction,
    Fatalities,
    Location,
    Plover,
    Quantity,
    Quote,
    Span,
    Weapon,
    make_article,
)
from sitrep.store import open_store

TEXT = (
    "Gunmen attacked a police checkpoint in Maiduguri on Monday, killing at least "
    "seven officers, a military spokesman said; the group denied involvement."
)

words = st.text(min_size=1, max_size=30)
maybe_words = st.none() | words
counts = st.none() | st.integers(min_value=-(2**62), max_value=2**62)
finite = st.floats(allow_nan=False, allow_infinity=False)


@st.composite
def spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(0, len(TEXT)))
    end = draw(st.integers(start, len(TEXT)))
    return Span.of(TEXT, start, end)


@st.composite
def actors(draw: st.DrawFn) -> Actor:
    return Actor(
        name=draw(words),
        evidence=draw(st.none() | spans()),
        kb_id=draw(maybe_words),
        country=draw(maybe_words),
        type=draw(maybe_words),
        role=draw(maybe_words),
    )


dates = st.dates().map(lambda d: d.isoformat())


@st.composite
def events(draw: st.DrawFn, index: int) -> Event:
    return Event(
        id=f"{draw(words)}#{index}",
        event_type=draw(words),
        sub_event_type=draw(words),
        plover=Plover(draw(words), draw(maybe_words)),
        date=draw(
            st.none()
            | st.builds(
                EventDate,
                dates,
                dates,
                st.sampled_from(["day", "week", "month", "year", "decade", "unknown"]),
                st.none() | spans(),
                st.booleans(),
            )
        ),
        location=draw(
            st.none()
            | st.builds(
                Location,
                words,
                maybe_words,
                st.sampled_from(["exact", "near", "admin1", "country", "region"]),
                st.none() | spans(),
                maybe_words,
                st.none() | st.integers(0, 10**9),
                st.none() | finite,
                st.none() | finite,
            )
        ),
        actor1=draw(st.none() | actors()),
        actor2=draw(st.none() | actors()),
        evidence=draw(spans()),
        assoc_actor1=tuple(draw(st.lists(actors(), max_size=3))),
        assoc_actor2=tuple(draw(st.lists(actors(), max_size=2))),
        weapons=tuple(
            draw(st.lists(st.builds(Weapon, words, maybe_words, spans(), maybe_words), max_size=3))
        ),
        quantities=tuple(
            draw(
                st.lists(
                    st.builds(
                        Quantity,
                        spans(),
                        maybe_words,
                        counts,
                        counts,
                        counts,
                        maybe_words,
                        st.booleans(),
                    ),
                    max_size=3,
                )
            )
        ),
        fatalities=draw(st.builds(Fatalities, counts, counts, counts, counts, st.none() | spans())),
        modality=draw(
            st.sampled_from(["asserted", "claimed", "denied", "planned", "hypothetical", "negated"])
        ),
        attributed_to=draw(st.none() | actors()),
        civilian_targeting=draw(st.booleans()),
        trigger=draw(st.none() | spans()),
        confidence=draw(finite),
    )


@st.composite
def extractions(draw: st.DrawFn) -> Extraction:
    n = draw(st.integers(0, 3))
    article = make_article(
        TEXT,
        url=draw(maybe_words),
        source=draw(maybe_words),
        title=draw(maybe_words),
        published=draw(st.none() | dates),
    )
    quotes = tuple(
        draw(
            st.lists(
                st.builds(
                    Quote, st.none() | actors(), words, spans(), st.none() | spans(), st.booleans()
                ),
                max_size=2,
            )
        )
    )
    return Extraction(article, tuple(draw(events(i)) for i in range(n)), quotes)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(extractions())
def test_any_extraction_round_trips(extraction: Extraction) -> None:
    with TemporaryDirectory() as folder, open_store(Path(folder) / "p.db") as store:
        run = store.begin_run(STAGES_V1, SETTINGS)
        assert store.save(extraction, run).events == len(extraction.events)
        assert store.save(extraction, run).status == "unchanged"
        stored = {s.event.id: s.event for s in store.events()}
        assert stored == {e.id: e for e in extraction.events}
        for event in extraction.events:
            found = store.event(event.id)
            assert found is not None and found[0] == event
        assert store.article(extraction.article.id) == extraction.article
        assert store.quotes(extraction.article.id) == list(extraction.quotes)
