"""A day-less time of day in the act's clause: "overnight" spans the night into the
stated day, while "at dawn" / "before dawn" lie on the stated day itself."""

from __future__ import annotations

from event_helpers import date_of

_TUESDAY = "2024-03-12"


def _window(text: str, trigger: str) -> tuple[str, str]:
    dated = date_of(text, trigger, _TUESDAY)
    assert dated.date is not None, text
    return dated.date.start, dated.date.end


def test_overnight_before_the_reporting_day_spans_the_night_into_it() -> None:
    text = (
        "Gunmen attacked a village in the north overnight, killing nine people, "
        "local officials said on Monday."
    )
    assert _window(text, "attacked") == ("2024-03-10", "2024-03-11")


def test_overnight_with_no_day_spans_the_night_into_publication() -> None:
    text = "Drones struck a fuel depot near the border overnight, the governor said."
    assert _window(text, "struck") == ("2024-03-11", "2024-03-12")


def test_overnight_after_a_report_that_leads_the_sentence() -> None:
    text = "Police said on Monday that rebels shelled the town overnight, wounding four."
    assert _window(text, "shelled") == ("2024-03-10", "2024-03-11")


def test_before_dawn_keeps_the_reporting_day() -> None:
    text = "Armed men stormed a market before dawn, killing 12 people, officials said on Monday."
    assert _window(text, "stormed") == ("2024-03-11", "2024-03-11")


def test_at_dawn_keeps_the_reporting_day() -> None:
    text = "Soldiers raided the camp at dawn, the army said on Monday."
    assert _window(text, "raided") == ("2024-03-11", "2024-03-11")


def test_a_named_night_stays_one_day() -> None:
    text = "Militants fired rockets at the base on Sunday night, the army said on Monday."
    assert _window(text, "fired") == ("2024-03-10", "2024-03-10")
