"""Timex values on local and world news unlike TimeBank's (an audit of unseen stories):

- a weekday with a part of the day in a past narrative is the one just past ("held three
  services Sunday morning" in a Monday story), and "a message of hope" is a noun, no
  plan that would turn it forward;
- a date set for something looks forward ("set his sentencing for June 2", "set a
  hearing for", "rescheduled for"), and so does a broadcast ("airs at 9 p.m. Sunday");
  "set off for", "set fire to" and "set a record for" set no date;
- "N:NN" after a book of the Bible or the Quran ("Romans 15:13"), in a score ("won
  27:25", "a 31:28 win") or a ratio is no clock time;
- "a decade ago" is the year ten back (TimeBank writes "1989-XX", a year, for it in a
  1999 story), as "ten years ago" is: never the calendar decade;
- with no publication date, a month-day takes its year from the full date the story
  stated before ("July 1, 1999 ... on July 7"), and a broadcast time ("airs at 9:00 PM")
  takes no day from the story's past.
"""

from __future__ import annotations

import pytest
from timex_helpers import found, value

MAR16 = "2009-03-16"  # a Monday
MAR31 = "2009-03-31"  # a Tuesday


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("The Rev. Al Meredith brought a message of hope to the congregation in three "
         "services Sunday morning.", "Sunday morning", "2009-03-15TMO"),
        ("The congregation held three services Sunday morning.", "Sunday morning",
         "2009-03-15TMO"),
        ("Hundreds attended Sunday morning to pray for the slain pastor.", "Sunday morning",
         "2009-03-15TMO"),
        ("In hopes of healing, members prayed together Sunday night.", "Sunday night",
         "2009-03-15TNI"),
        ("The church will hold three services Sunday morning.", "Sunday morning",
         "2009-03-22TMO"),
        ("The bishop hopes to preach Sunday morning.", "Sunday morning", "2009-03-22TMO"),
    ],
)  # fmt: skip
def test_a_weekday_and_part_of_day_follow_the_tense(
    sentence: str, phrase: str, expected: str
) -> None:
    assert value(sentence, phrase, MAR16) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("Chief Circuit Judge Jim Stucky accepted Clark's plea, and set his sentencing for "
         "June 2.", "June 2", "2009-06-02"),
        ("The judge set a hearing for May 15.", "May 15", "2009-05-15"),
        ("The trial, delayed twice, was rescheduled for February 3.", "February 3",
         "2010-02-03"),
        ("The verdict was set for Friday.", "Friday", "2009-04-03"),
        ("The documentary airs at 9 p.m. Sunday.", "9 p.m. Sunday", "2009-04-05T21:00"),
        ("The interview airs Sunday on CNN.", "Sunday", "2009-04-05"),
    ],
)  # fmt: skip
def test_a_date_set_for_something_looks_forward(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase, MAR31) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("Rebels set fire to houses for hours on Monday.", "Monday", "2009-03-30"),
        ("The convoy set out for the border on Friday.", "Friday", "2009-03-27"),
        ("Shares set a record for a single day on Monday.", "Monday", "2009-03-30"),
    ],
)
def test_setting_off_a_fire_or_a_record_sets_no_date(
    sentence: str, phrase: str, expected: str
) -> None:
    assert value(sentence, phrase, MAR31) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Meredith chose Romans 15:13 as his text.",
        "He quoted John 3:16 and Psalm 23:4 at the funeral.",
        "The imam cited Surah 2:256 on tolerance.",
        "Kiel won 27:25 at home.",
        "Germany beat Spain 24:20 in the final.",
        "It was a 31:28 win over Denmark.",
        "The nurse-to-patient ratio of 1:12 was too high, the union said.",
    ],
)
def test_a_verse_a_score_or_a_ratio_is_no_clock_time(sentence: str) -> None:
    assert not [m for m in found(sentence, MAR31).values() if m.type == "TIME"]


def test_the_verse_leaves_the_day_beside_it() -> None:
    mentions = found("Meredith chose Romans 15:13 as his text Sunday.", MAR16)
    assert sorted(mentions) == ["Sunday"]
    assert mentions["Sunday"].value == "2009-03-15"


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("The blast happened at 15:13 local time.", "15:13 local time", "2009-03-31T15:13"),
        ("The convoy lost contact at 14:30.", "14:30", "2009-03-31T14:30"),
    ],
)
def test_a_clock_after_a_preposition_stays_a_time(
    sentence: str, phrase: str, expected: str
) -> None:
    assert value(sentence, phrase, MAR31) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("The church was founded a decade ago.", "a decade ago", "1999"),
        ("He named the seven slain at the Fort Worth church a decade ago.", "a decade ago",
         "1999"),
        ("Two decades ago, the town was a farming village.", "Two decades ago", "1989"),
        ("The mill closed nearly a decade ago.", "nearly a decade ago", "1999"),
        ("The mill closed ten years ago.", "ten years ago", "1999"),
        ("The army withdrew in the last decade.", "the last decade", "199"),
    ],
)  # fmt: skip
def test_a_decade_ago_is_a_year(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase, MAR16) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("The couple were found dead in their bed on July 1, 1999. It was there on July 7 "
         "that the brothers were arrested.", "July 7", "1999-07-07"),
        ("Fighting broke out on Dec. 28, 2011. On Jan. 3, two hostages were freed.", "Jan. 3",
         "2012-01-03"),
        ("The vote was held on March 3, 2004, and results came on March 10.", "March 10",
         "2004-03-10"),
        ("It was there on July 7 that the brothers were arrested.", "July 7", None),
    ],
)  # fmt: skip
def test_without_a_publication_date_a_month_day_takes_the_stated_year(
    sentence: str, phrase: str, expected: str | None
) -> None:
    assert value(sentence, phrase, None) == expected


def test_without_a_publication_date_a_broadcast_time_takes_no_past_day() -> None:
    story = (
        "The couple were found dead on July 1, 1999. Pandora's Box: Unleashing Evil airs "
        "at 9:00 PM on Investigation Discovery."
    )
    assert value(story, "9:00 PM", None) is None
    narrative = "The couple were found dead on July 1, 1999. Police arrived at 9:00 PM."
    assert value(narrative, "9:00 PM", None) == "1999-07-01T21:00"
