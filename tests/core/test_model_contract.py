from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitrep.model import (
    Actor,
    Article,
    Event,
    EventDate,
    Extraction,
    Fatalities,
    Interval,
    Location,
    Mentions,
    Plover,
    Quantity,
    Quote,
    Span,
    TimexMention,
    Weapon,
    article_id,
    from_dict,
    make_article,
    to_dict,
)

TEXT = (
    "The US and its partner forces fired more than 90 precision munitions at over 35 targets "
    "in Syria today, US Central Command said."
)


def span(needle: str, text: str = TEXT) -> Span:
    start = text.index(needle)
    return Span.of(text, start, start + len(needle))


def sample_extraction() -> Extraction:
    article = make_article(TEXT, published="2026-01-10", url="https://example.org/a")
    munitions = Quantity(
        span("more than 90 precision munitions"), "munitions", low=91, qualifier="more than"
    )
    event = Event(
        id="ev1",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        plover=Plover("ASSAULT", "aerial"),
        date=EventDate("2026-01-10", "2026-01-10", "day", span("today")),
        location=Location(
            "Syria", "SY", "country", span("Syria"), geonameid=163843, lat=35.0, lon=38.0
        ),
        actor1=Actor("United States", span("US"), kb_id="US", country="US", type="state_forces"),
        actor2=None,
        evidence=Span.of(TEXT, 0, len(TEXT)),
        assoc_actor1=(Actor("partner forces", span("partner forces")),),
        weapons=(Weapon("munitions", None, span("precision munitions")),),
        quantities=(munitions,),
        fatalities=Fatalities(),
        attributed_to=Actor("US Central Command", span("US Central Command"), kb_id="US.centcom"),
        confidence=0.9,
    )
    quote = Quote(
        Actor("US Central Command", span("US Central Command")),
        TEXT,
        Span.of(TEXT, 0, 10),
        direct=False,
    )
    mentions = Mentions(
        timex=(
            TimexMention(
                span("today"),
                "DATE",
                "2026-01-10",
                Interval("2026-01-10", "2026-01-10", "day"),
                anchor="publication",
            ),
        ),
        quantities=(munitions,),
    )
    return Extraction(article, (event,), (quote,), mentions, (("segment", "1"), ("events", "2")))


def test_round_trip_through_json_is_exact() -> None:
    extraction = sample_extraction()
    data = json.loads(json.dumps(to_dict(extraction)))
    assert from_dict(Extraction, data) == extraction
    assert data["stages"] == {"segment": "1", "events": "2"}
    assert data["events"][0]["date"] == {
        "start": "2026-01-10",
        "end": "2026-01-10",
        "precision": "day",
        "evidence": {"start": TEXT.index("today"), "end": TEXT.index("today") + 5, "text": "today"},
        "inferred": False,
    }


def test_contract_keys_match_design() -> None:
    data = to_dict(sample_extraction())
    assert list(data) == ["article", "events", "quotes", "mentions", "stages"]
    event = data["events"][0]
    for key in (
        "id",
        "event_type",
        "sub_event_type",
        "plover",
        "date",
        "location",
        "actor1",
        "assoc_actor1",
        "actor2",
        "assoc_actor2",
        "weapons",
        "quantities",
        "fatalities",
        "modality",
        "attributed_to",
        "evidence",
        "confidence",
    ):
        assert key in event
    assert set(data["mentions"]) == {"timex", "quantities", "entities", "places"}


def test_from_dict_names_the_bad_field() -> None:
    data = to_dict(sample_extraction())
    data["events"][0]["date"]["precision"] = "fortnight"
    with pytest.raises(ValueError, match="precision"):
        from_dict(Extraction, data)
    data = to_dict(sample_extraction())
    del data["article"]["id"]
    with pytest.raises(ValueError, match="missing field 'id'"):
        from_dict(Extraction, data)


def test_span_of_slices_and_refuses_out_of_range() -> None:
    assert span("Syria").text == "Syria"
    with pytest.raises(ValueError):
        Span.of("short", 2, 10)


def test_article_id_is_content_hash() -> None:
    a = make_article("Gunmen attacked a checkpoint.", url="x")
    b = make_article("Gunmen attacked a checkpoint.", url="y")
    assert a.id == b.id == article_id("Gunmen attacked a checkpoint.")
    assert a.id != make_article("Gunmen attacked a checkpoint!").id
    assert isinstance(a, Article)


@given(text=st.text(min_size=1, max_size=200), data=st.data())
def test_any_span_round_trips(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    s = Span.of(text, start, end)
    assert from_dict(Span, json.loads(json.dumps(to_dict(s)))) == s
    assert text[s.start : s.end] == s.text
