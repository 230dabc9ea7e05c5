"""Filtering stored events by PLOVER context and leaving out ordinary crime."""

from __future__ import annotations

import pytest
from store_factories import SETTINGS, STAGES_V1

from sitrep.model import make_article
from sitrep.pipeline import process_article
from sitrep.store import EventFilter, EventStore

ROBBERY = (
    "SPRINGFIELD, Ill. -- Police arrested a 24-year-old man Tuesday in connection with the"
    " robbery of a convenience store on Main Street, police said."
)
STRIKE = (
    "US Central Command said on Saturday that American jets struck Islamic State positions"
    " near Baghuz in eastern Syria in what it called a counter-terrorism operation."
)


@pytest.fixture
def filled(store: EventStore) -> EventStore:
    run = store.begin_run(STAGES_V1, SETTINGS)
    for text in (ROBBERY, STRIKE):
        store.save(process_article(make_article(text, published="2024-05-06")), run)
    return store


def _types(store: EventStore, **kwargs: object) -> list[str]:
    found = store.events(EventFilter(**kwargs))  # type: ignore[arg-type]
    return sorted(s.event.sub_event_type for s in found)


def test_ordinary_crime_is_left_out_or_kept_alone(filled: EventStore) -> None:
    assert _types(filled) == ["Air/drone strike", "Arrests"]
    assert _types(filled, ordinary_crime=False) == ["Air/drone strike"]
    assert _types(filled, ordinary_crime=True) == ["Arrests"]


def test_a_context_keeps_the_events_set_in_it(filled: EventStore) -> None:
    assert _types(filled, context="military") == ["Air/drone strike"]
    assert _types(filled, context="Terrorism") == ["Air/drone strike"]
    assert _types(filled, context="crime_theft") == ["Arrests"]
    assert _types(filled, context="crime") == ["Arrests"]
    # a context name is matched whole: wildcards and parts of names match nothing
    assert _types(filled, context="crime%") == []
    assert _types(filled, context="crim") == []


def test_contexts_survive_the_round_trip(filled: EventStore) -> None:
    (arrest,) = filled.events(EventFilter(context="crime"))
    names = [c.name for c in arrest.event.plover.context]
    assert names == ["crime", "crime_theft"]
    evidence = arrest.event.plover.context[0].evidence
    assert evidence is not None and evidence.text == "robbery"
