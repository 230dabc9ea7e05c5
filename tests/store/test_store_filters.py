"""Querying events: each filter alone, combined, paged; full-text search of articles."""

from __future__ import annotations

import pytest
from store_factories import SETTINGS, STAGES_V1, syria_extraction, turkey_extraction

from sitrep.errors import UsageError
from sitrep.store import EventFilter, EventStore
from sitrep.store.sqlite import fts_query


@pytest.fixture
def filled(store: EventStore) -> EventStore:
    run = store.begin_run(STAGES_V1, SETTINGS)
    store.save(syria_extraction(), run)
    store.save(turkey_extraction(), run)
    return store


def ids(store: EventStore, **kwargs: object) -> list[str]:
    return [s.event.id for s in store.events(EventFilter(**kwargs))]  # type: ignore[arg-type]


def test_order_is_by_start_date_then_id_with_undated_last(filled: EventStore) -> None:
    assert ids(filled) == ["ev-sy-ambush", "ev-tr-arrests", "ev-sy-strike", "ev-tr-protest"]


def test_country_by_code_or_name(filled: EventStore) -> None:
    assert ids(filled, country="SY") == ["ev-sy-ambush", "ev-sy-strike"]
    assert ids(filled, country="sy") == ["ev-sy-ambush", "ev-sy-strike"]
    assert ids(filled, country="Turkey") == ["ev-tr-arrests"]
    assert ids(filled, country="Atlantis") == []


def test_event_type_matches_type_or_sub_type(filled: EventStore) -> None:
    assert ids(filled, event_type="air/drone strike") == ["ev-sy-strike"]
    assert ids(filled, event_type="BATTLES") == ["ev-sy-ambush"]
    assert ids(filled, event_type="Strategic developments") == ["ev-tr-arrests"]
    assert ids(filled, event_type="Air") == []  # a type is matched whole, not as a substring


def test_actor_by_name_substring_or_kb_id(filled: EventStore) -> None:
    # Jordan is only an associate of actor1 in the strike
    assert ids(filled, actor="jordan") == ["ev-sy-strike"]
    assert ids(filled, actor="islamic_state") == ["ev-sy-ambush", "ev-tr-arrests", "ev-sy-strike"]
    assert ids(filled, actor="police") == ["ev-tr-arrests"]
    assert ids(filled, actor="TR_POLICE") == ["ev-tr-arrests"]
    assert ids(filled, actor="100%") == []  # LIKE wildcards are matched literally


def test_dates_keep_overlapping_intervals(filled: EventStore) -> None:
    # the arrests span 2025-12-20 .. 2025-12-31
    assert ids(filled, since="2025-12-25", until="2025-12-26") == ["ev-tr-arrests"]
    assert ids(filled, since="2026-01-01") == ["ev-sy-strike"]
    assert ids(filled, until="2025-12-13") == ["ev-sy-ambush"]
    assert ids(filled, since="2025-12") == ["ev-sy-ambush", "ev-tr-arrests", "ev-sy-strike"]
    assert ids(filled, until="2025-12") == ["ev-sy-ambush", "ev-tr-arrests"]
    assert ids(filled, since="2026", until="2026") == ["ev-sy-strike"]
    with pytest.raises(UsageError, match="not a date"):
        filled.events(EventFilter(since="last Tuesday"))


def test_text_search_over_articles(filled: EventStore) -> None:
    assert ids(filled, text="Palmyra") == ["ev-sy-ambush", "ev-sy-strike"]
    assert ids(filled, text="istanbul raids") == ["ev-tr-arrests", "ev-tr-protest"]
    assert ids(filled, text='"New Year\'s Eve"') == ["ev-tr-arrests", "ev-tr-protest"]
    assert ids(filled, text="Palmyra Istanbul") == []  # all words must match


@pytest.mark.parametrize(
    "hostile",
    ['"AND OR (', "NEAR(", "title:", "*", "^x", "-", "' OR 1=1 --", '""', "", "AND", "NOT NOT"],
)
def test_hostile_text_never_breaks_the_query(filled: EventStore, hostile: str) -> None:
    filled.events(EventFilter(text=hostile))
    filled.search_articles(hostile)


def test_fts_operators_are_plain_words() -> None:
    assert fts_query('"AND OR (') == '"AND" "OR"'
    assert fts_query('strikes "near Palmyra" NOT') == '"near Palmyra" "strikes" "NOT"'
    assert fts_query("(*)") == ""


def test_combined_filters_and_paging(filled: EventStore) -> None:
    assert ids(filled, country="SY", actor="Jordan", event_type="Air/drone strike") == [
        "ev-sy-strike"
    ]
    assert ids(filled, limit=2) == ["ev-sy-ambush", "ev-tr-arrests"]
    assert ids(filled, limit=2, offset=2) == ["ev-sy-strike", "ev-tr-protest"]
    assert [s.event.id for s in filled.iter_events(page=1)] == ids(filled)
    assert [s.event.id for s in filled.iter_events(EventFilter(offset=1, limit=2), page=1)] == [
        "ev-tr-arrests",
        "ev-sy-strike",
    ]


def test_search_articles_ranks_and_limits(filled: EventStore) -> None:
    syria = syria_extraction().article
    turkey = turkey_extraction().article
    both = filled.search_articles("Islamic State")
    assert sorted(a.id for a in both) == sorted([syria.id, turkey.id])
    assert filled.search_articles("Islamic State") == both  # the ranking is stable
    assert filled.search_articles("Hegseth") == [syria]
    assert filled.search_articles("detained") == [turkey]
    assert filled.search_articles("Islamic", limit=1) in ([syria], [turkey])
    assert filled.search_articles("jordan strike") == [syria]  # title words count too
    assert filled.search_articles("Kyiv") == []
