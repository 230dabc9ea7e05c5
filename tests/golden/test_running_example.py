"""What a careful coder takes from the running example (DESIGN.md's table)."""

from __future__ import annotations

import pytest

from sitrep.model import Article, Event, Extraction
from sitrep.pipeline import process_article


@pytest.fixture(scope="module")
def extraction(hawkeye: Article) -> Extraction:
    return process_article(hawkeye)


def _find(extraction: Extraction, sub_type: str, start: str) -> Event:
    found = [
        e
        for e in extraction.events
        if e.sub_event_type == sub_type
        and e.date is not None
        and e.date.start <= start <= e.date.end
    ]
    assert found, f"no {sub_type} event covering {start}: " + "; ".join(
        f"{e.sub_event_type} {e.date}" for e in extraction.events
    )
    return found[0]


def test_todays_air_strike(extraction: Extraction) -> None:
    strike = _find(extraction, "Air/drone strike", "2026-01-10")
    assert strike.event_type == "Explosions/Remote violence"
    assert strike.date is not None and strike.date.precision == "day"
    assert strike.location is not None and strike.location.country == "SY"
    assert strike.actor1 is not None and strike.actor1.kb_id == "US"
    assert "JO" in {a.kb_id for a in strike.assoc_actor1}
    assert strike.actor2 is not None and strike.actor2.kb_id == "islamic_state"
    lows = {q.of: q.low for q in strike.quantities}
    assert lows.get("munitions") == 91
    assert lows.get("targets") == 36
    assert lows.get("aircraft") == 21

    def named(designator: str) -> list[str | None]:
        return [w.operator for w in strike.weapons if w.name.split()[0] == designator]

    for designator in ("F-15E", "A-10", "AC-130J", "MQ-9", "F-16"):
        assert named(designator), f"{designator} missing from {[w.name for w in strike.weapons]}"
    assert named("F-16") == ["JO"]


def test_december_13_ambush_killed_three(extraction: Extraction) -> None:
    ambush = _find(extraction, "Armed clash", "2025-12-13")
    assert ambush.date is not None and ambush.date.start == ambush.date.end == "2025-12-13"
    assert ambush.fatalities.best == 3 or ambush.fatalities.low == 3
    assert ambush.actor1 is not None and ambush.actor1.kb_id == "islamic_state"


def test_arrests_in_turkey(extraction: Extraction) -> None:
    arrests = [e for e in extraction.events if e.sub_event_type == "Arrests"]
    assert arrests
    event = arrests[0]
    assert event.location is not None and event.location.country == "TR"
    assert event.date is not None and event.date.end == "2025-12-31"


def test_uk_strike_with_paveway(extraction: Extraction) -> None:
    uk = [e for e in extraction.events if e.actor1 and (e.actor1.kb_id or "").split(".")[0] == "GB"]
    assert uk, "no event with the United Kingdom as actor1"
    assert any(w.name.startswith("Paveway IV") for e in uk for w in e.weapons)


def test_quotes_have_their_speakers(extraction: Extraction) -> None:
    speakers = {q.speaker.name for q in extraction.quotes if q.speaker is not None}
    assert {"Pete Hegseth", "John Healey"} <= speakers
    hegseth = next(q for q in extraction.quotes if q.speaker and q.speaker.name == "Pete Hegseth")
    assert hegseth.text == "We will never forget, and never relent."


def test_no_event_for_background_facts(extraction: Extraction) -> None:
    for event in extraction.events:
        assert "3,000 fighters" not in event.evidence.text
        assert event.date is None or not event.date.start.startswith("2019")
