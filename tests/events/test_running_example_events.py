"""The full pipeline on the running example: the six events and four speakers of DESIGN.md."""

from __future__ import annotations

import pytest

from sitrep.model import Article, Extraction
from sitrep.pipeline import process_article


@pytest.fixture(scope="module")
def extraction(hawkeye: Article) -> Extraction:
    return process_article(hawkeye)


def test_six_events_of_the_table(extraction: Extraction) -> None:
    kinds = sorted((e.sub_event_type, e.date.start if e.date else "") for e in extraction.events)
    assert [k for k, _ in kinds].count("Air/drone strike") == 3
    assert [k for k, _ in kinds].count("Armed clash") == 2
    assert [k for k, _ in kinds].count("Arrests") == 1
    for event in extraction.events:
        text = extraction.article.text
        assert text[event.evidence.start : event.evidence.end] == event.evidence.text
        assert 0.0 <= event.confidence <= 1.0


def test_main_strike_and_missions(extraction: Extraction) -> None:
    strike = next(e for e in extraction.events if e.date and e.date.start == "2026-01-10")
    assert strike.actor1 is not None and strike.actor1.kb_id == "US"
    assert "JO" in {a.kb_id for a in strike.assoc_actor1}
    assert {q.of: q.low for q in strike.quantities} == {
        "munitions": 91, "targets": 36, "aircraft": 21,
    }  # fmt: skip
    assert len(strike.weapons) == 5
    assert strike.attributed_to is not None and strike.attributed_to.kb_id == "US.centcom"
    missions = next(e for e in extraction.events if e.trigger and "captured" in e.trigger.text)
    assert missions.date is not None
    assert (missions.date.start, missions.date.end) == ("2025-12-20", "2025-12-29")
    nearly = next(q for q in missions.quantities if q.best == 25)
    assert nearly.high == 24 and missions.fatalities.best is None


def test_speakers(extraction: Extraction) -> None:
    direct = {(q.speaker.name if q.speaker else None) for q in extraction.quotes if q.direct}
    assert {"US Central Command", "Pete Hegseth", "John Healey"} <= direct
    assert any(name and name.startswith("Ministry of Defence") for name in direct)
