from __future__ import annotations

import pytest

from sitrep.errors import KnowledgeDataError
from sitrep.events.taxonomy import EVENT_TYPES, load_taxonomy, parse_taxonomy
from sitrep.events.tokens import tokenize
from sitrep.events.triggers import find_triggers


def test_taxonomy_has_acled_types_and_sub_types() -> None:
    taxonomy = load_taxonomy()
    assert len(taxonomy.entries) == 25
    assert {e.event_type for e in taxonomy.entries} == set(EVENT_TYPES)
    assert taxonomy.get("Air/drone strike").plover.mode == "aerial"
    assert taxonomy.get("Arrests").disorder_type == "Strategic developments"
    with pytest.raises(KeyError):
        taxonomy.get("Massacre")


def test_bad_taxonomy_data_is_refused_with_the_entry() -> None:
    with pytest.raises(KnowledgeDataError, match="entry 0"):
        parse_taxonomy({"entries": [{"event_type": "Battles"}]})
    with pytest.raises(KnowledgeDataError, match="unknown event type"):
        parse_taxonomy(
            {
                "entries": [
                    {
                        "event_type": "War",
                        "sub_event_type": "x",
                        "disorder_type": "y",
                        "plover_type": "ASSAULT",
                    }
                ]
            }
        )


def _triggers(text: str, blocked: list[tuple[int, int]] | None = None) -> list[str]:
    tokens = tokenize(text, 0, len(text))
    return [text[h.start : h.end] for h in find_triggers(tokens, blocked or [])]


def test_longest_trigger_wins_and_names_are_not_triggers() -> None:
    text = "American forces captured or killed 25 members during Operation Hawkeye Strike."
    start = text.index("Operation")
    assert _triggers(text, [(start, start + len("Operation Hawkeye Strike"))]) == [
        "captured or killed"
    ]


def test_nominal_passive_and_gapped_triggers() -> None:
    assert _triggers("The base came under fire overnight.") == ["came under fire"]
    assert _triggers("Attacks were carried out by UK forces.") == ["Attacks"]
    assert _triggers("They fired more than 90 precision munitions.") == [
        "fired more than 90 precision munitions"
    ]
