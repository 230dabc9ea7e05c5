"""TimeBank writes clock times without zone offsets; the scorer compares in that convention."""

from __future__ import annotations

from sitrep.evaluate.tempeval import timeml_value
from sitrep.temporal import find_timexes


def test_zone_offset_is_dropped_only_from_clock_times() -> None:
    assert timeml_value("2000-04-06T04:00-04:00") == "2000-04-06T04:00"
    assert timeml_value("2000-04-06T16:30Z") == "2000-04-06T16:30"
    assert timeml_value("2000-04-06") == "2000-04-06"
    assert timeml_value("P3D") == "P3D"
    assert timeml_value(None) is None


def test_named_zone_in_text_compares_as_local_time() -> None:
    text = "The plane left Boston at 4 a.m. EDT on Thursday, officials said."
    found = find_timexes(text, "2000-04-07")
    clock = next(m for m in found if m.evidence.text == "4 a.m. EDT")
    assert clock.value == "2000-04-06T04:00-04:00"
    assert timeml_value(clock.value) == "2000-04-06T04:00"
