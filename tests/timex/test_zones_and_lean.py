"""Version 3 of the timex stage: stated time zones, clock times joined to their day,
tense cues that bound rather than place a date, and the reported quarter of earnings news."""

from __future__ import annotations

from datetime import date

import pytest
import timex_helpers
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.model import TimexMention
from sitrep.pipeline.stages.timex import TimexStage
from sitrep.temporal import find_timexes
from sitrep.temporal.tense import lean
from sitrep.temporal.zones import designator, us_daylight

SAT = "2026-01-10"  # a Saturday


def mentions(text: str, anchor: str | None = SAT) -> dict[str, TimexMention]:
    return timex_helpers.found(text, anchor)


def value(text: str, phrase: str, anchor: str | None = SAT) -> str | None:
    return timex_helpers.value(text, phrase, anchor)


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # stated zones: the clock stays in the zone, the zone is the ISO 8601 designator
        ("The first blast was heard at 5.30pm GMT on Friday.", "5.30pm GMT", "2026-01-09T17:30Z"),
        (
            "Police said the gunman opened fire at 0800 local time on Thursday.",
            "0800 local time",
            "2026-01-08T08:00",
        ),
        (
            "The ceasefire took effect at 12:30 p.m. Eastern Time on Friday.",
            "12:30 p.m. Eastern Time",
            "2026-01-09T12:30-05:00",
        ),
        (
            "Markets closed at 16:00 UTC, an hour after the announcement.",
            "16:00 UTC",
            "2026-01-10T16:00Z",
        ),
        (
            "Shelling resumed at 2100 GMT on Friday, residents said.",
            "2100 GMT",
            "2026-01-09T21:00Z",
        ),
        (
            "The aircraft landed at 6:40 p.m. (GMT+8) after a 12-hour flight.",
            "6:40 p.m. (GMT+8)",
            "2026-01-10T18:40+08:00",
        ),
        ("The vote closed at 11 p.m. MSK on Friday.", "11 p.m. MSK", "2026-01-09T23:00+03:00"),
        # a weekday or date right after a clock time is part of it
        (
            "The talks between the two delegations will resume at 9 a.m. Tuesday.",
            "9 a.m. Tuesday",
            "2026-01-13T09:00",
        ),
        (
            "The rebels' ultimatum expired at midnight Friday.",
            "midnight Friday",
            "2026-01-09T24:00",
        ),
        ("Bids are due by 5 p.m. EST Jan. 15.", "5 p.m. EST Jan. 15", "2026-01-15T17:00-05:00"),
    ],
)
def test_clock_times(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase) == expected


def test_daylight_time_follows_the_us_rules() -> None:
    # July: Eastern Daylight Time; the same words in January are Eastern Standard Time
    text = "The strike hit the depot at 3 p.m. Eastern Time on July 4."
    assert value(text, "3 p.m. Eastern Time", "2026-07-10") == "2026-07-04T15:00-04:00"
    assert us_daylight(date(1998, 8, 7)) and not us_daylight(date(1998, 11, 20))
    assert designator("ET", date(2026, 3, 9)) == "-04:00"
    assert designator("ET", date(2026, 3, 7)) == "-05:00"
    assert designator("local time", date(2026, 3, 7)) == ""


def test_an_evening_time_keeps_the_date_of_its_zone() -> None:
    # 23:30 in London is 18:30 in New York: the TIME stays on the London date
    text = "An explosion shook the embassy at 11.30pm GMT on Friday, officials said."
    mention = mentions(text)["11.30pm GMT"]
    assert mention.value == "2026-01-09T23:30Z"
    assert mention.interval is not None
    assert (mention.interval.start, mention.interval.end) == ("2026-01-09", "2026-01-09")


def test_a_deictic_day_stays_its_own_mention() -> None:
    found = mentions("Central Command said the strikes took place at 5.30pm today.")
    assert found["5.30pm"].value == "2026-01-10T17:30"
    assert found["today"].value == "2026-01-10"


def test_time_takes_the_nearest_day_of_its_sentence() -> None:
    text = "After talks on Monday, the rebels attacked on Wednesday at 4 a.m."
    assert value(text, "4 a.m.") == "2026-01-07T04:00"


def test_numbers_are_no_clock_times() -> None:
    found = mentions("The army deployed 1200 troops and 0800 vehicles in 17.30 hours.")
    assert not any(m.type == "TIME" for m in found.values())


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected", "anchor"),
    [
        # a date within a month of publication is the one meant, whatever the tense
        (
            "Its bid was extended to Nov. 20, the company said.",
            "Nov. 20",
            "1989-11-20",
            "1989-11-02",
        ),
        (
            "Mediators said they hoped to meet again by Jan. 14.",
            "Jan. 14",
            "2000-01-14",
            "2000-01-15",
        ),
        # "by"/"until" bound a date without placing it: a weekday stays in the past week
        ("Until Thursday, police had not named a suspect.", "Thursday", "1999-05-06", "1999-05-07"),
        # "next to" is a place, not the future
        (
            "A bomb exploded next to the embassy in Nairobi on Friday.",
            "Friday",
            "1998-08-07",
            "1998-08-08",
        ),
        # a plan announced is past; "plans to" is future
        ("The thrift announced the plan Aug. 21.", "Aug. 21", "1989-08-21", "1989-10-27"),
        ("Mr. Schwarz will succeed Mr. Davison Feb. 1.", "Feb. 1", "1990-02-01", "1989-10-26"),
        # "a.m." does not end the clause that holds the tense
        (
            "The father will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.",
            "4 a.m. EDT Thursday",
            "2000-04-06T04:00-04:00",
            "2000-04-05",
        ),
    ],
)
def test_lean(sentence: str, phrase: str, expected: str, anchor: str) -> None:
    assert value(sentence, phrase, anchor) == expected


def test_lean_cues() -> None:
    text = "The United Nations team is traveling to Baghdad Thursday."
    start = text.index("Thursday")
    # "United" is no past-tense verb; "is traveling" is an arrangement, ahead
    assert lean(text, start, start + 8) == 1
    past = "The United Nations team traveled to Baghdad Thursday."
    assert lean(past, past.index("Thursday"), past.index("Thursday") + 8) == -1


def test_year_ago_quarter_does_not_become_the_reported_quarter() -> None:
    text = (
        "Net income rose in the third quarter. In the year-earlier quarter it earned $4 "
        "million. Revenue was $9 million, up from $8 million a year earlier."
    )
    assert value(text, "a year earlier", "1989-10-26") == "1988-Q3"


def test_stage_version() -> None:
    assert TimexStage.version == "24"


_WORDS = st.sampled_from(
    ["at", "9", "a.m.", "p.m.", "GMT", "UTC+99", "GMT-3", "0800", "2460", "local", "time",
     "Eastern", "Time", "midnight", "noon", "Friday", "(", ")", "EDT", "Nov.", "31", "25:70",
     "17.30", "hours", "on", "Tuesday", ",", "ET"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(_WORDS, max_size=14), st.sampled_from([SAT, None, "1000-01-01", "2999-12-31"]))
def test_absurd_clock_text_never_raises(words: list[str], anchor: str | None) -> None:
    for mention in find_timexes(" ".join(words), anchor):
        assert mention.evidence.text
