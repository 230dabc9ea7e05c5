"""Weekdays read against the story's own days (`sitrep.temporal.story_days`):

- "last Sunday" in a Monday story is the day just past, unless the story names that day
  by its bare weekday ("gathered Sunday ... killed there last Sunday"): then it is the
  Sunday a week before;
- a weekday in the same phrase as a count from a date the story told of ("On Monday,
  about three months later", "Three days later, on Monday") is a day of the counted
  period, and the count runs from the date before it, not from the weekday;
- "last Friday" beside a later weekday ("officials said Monday ... last Friday") stays
  the Friday before the publication date.
"""

from __future__ import annotations

import pytest
from timex_helpers import found, value

MAR15 = "2009-03-15"  # a Sunday
MAR16 = "2009-03-16"  # a Monday
MAR17 = "2009-03-17"  # a Tuesday
MAR18 = "2009-03-18"  # a Wednesday
MAR20 = "2009-03-20"  # a Friday
MAR21 = "2009-03-21"  # a Saturday


@pytest.mark.parametrize(
    ("sentence", "phrase", "anchor", "expected"),
    [
        ("Hundreds gathered Sunday for the first worship service in the sanctuary since "
         "their pastor was killed there last Sunday.", "last Sunday", MAR16, "2009-03-08"),
        ("The village was quiet Sunday. Militants attacked it last Sunday, killing four "
         "farmers.", "last Sunday", MAR16, "2009-03-08"),
        ("Last Sunday's bombing killed 12 people. On Sunday night, troops raided the "
         "town.", "Last Sunday", MAR16, "2009-03-08"),
        ("Mourners returned to the church Sunday, eight days after the shooting there "
         "last Sunday.", "last Sunday", MAR16, "2009-03-08"),
        ("Officials said Friday that clashes with the rebels last Friday had killed 14 "
         "soldiers.", "last Friday", MAR21, "2009-03-13"),
    ],
)  # fmt: skip
def test_last_weekday_is_the_week_before_the_one_the_story_names(
    sentence: str, phrase: str, anchor: str, expected: str
) -> None:
    assert value(sentence, phrase, anchor) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "anchor", "expected"),
    [
        ("Police said the suspect fled the scene last Sunday.", "last Sunday", MAR16,
         "2009-03-15"),
        ("Gunmen stormed the market last Sunday, witnesses said Monday.", "last Sunday",
         MAR16, "2009-03-15"),
        ("The funeral will be held Sunday for a soldier killed last Sunday.", "last Sunday",
         MAR16, "2009-03-15"),
    ],
)  # fmt: skip
def test_last_weekday_is_the_day_just_past_when_the_story_names_no_other(
    sentence: str, phrase: str, anchor: str, expected: str
) -> None:
    assert value(sentence, phrase, anchor) == expected


@pytest.mark.parametrize(
    ("sentence", "anchor"),
    [
        ("Mexican officials said Monday that rocket-propelled grenades were used to shoot "
         "down an army helicopter during clashes with the rebels last Friday.", MAR16),
        ("Mexican officials said Monday that rocket-propelled grenades were used to shoot "
         "down an army helicopter during clashes with the rebels last Friday.", MAR17),
        ("The governor said Tuesday that the rebels had attacked the base last Friday.",
         MAR18),
        ("Officials said Sunday that the rebels attacked the base last Friday.", MAR16),
    ],
)  # fmt: skip
def test_last_friday_stays_before_publication_beside_a_later_weekday(
    sentence: str, anchor: str
) -> None:
    assert value(sentence, "last Friday", anchor) == "2009-03-13"


@pytest.mark.parametrize(
    ("sentence", "anchor", "weekday", "day", "count", "period"),
    [
        ("She was reported missing early last December. On Monday, about three months "
         "later, a grand jury indicted a suspect.", MAR15, "Monday", "2009-03-09",
         "about three months later", "2009-03"),
        ("She was reported missing early last December. On Monday, three months later, a "
         "grand jury indicted a suspect.", MAR15, "Monday", "2009-03-09",
         "three months later", "2009-03"),
        ("The ceasefire took effect on Jan. 5. On Monday, two weeks later, fighting "
         "resumed in the north.", "2009-03-01", "Monday", "2009-01-19", "two weeks later",
         "2009-W04"),
        ("The soldiers were kidnapped on Sept. 2. On Friday, about a month later, two of "
         "them were freed.", "2009-10-20", "Friday", "2009-10-16", "about a month later",
         "2009-10"),
    ],
)  # fmt: skip
def test_a_count_after_a_weekday_runs_from_the_date_before_it(
    sentence: str, anchor: str, weekday: str, day: str, count: str, period: str
) -> None:
    mentions = found(sentence, anchor)
    assert mentions[weekday].value == day
    assert mentions[count].value == period


@pytest.mark.parametrize(
    ("sentence", "anchor", "weekday", "expected"),
    [
        ("The man was arrested on Friday, March 6. Three days later, on Monday, he was "
         "charged with murder.", MAR20, "Monday", "2009-03-09"),
        ("Rebels seized the town on March 2, 2009. The next day, Tuesday, the army shelled "
         "it.", MAR20, "Tuesday", "2009-03-03"),
        ("The trial will open on March 30. A week later, on Monday, the jury will begin "
         "its deliberations.", MAR16, "Monday", "2009-04-06"),
        ("Troops left the base on Nov. 20. The following week, on Tuesday, insurgents "
         "overran it.", "2009-12-10", "Tuesday", "2009-11-24"),
        ("The bomb went off on Thursday. Two days later, on Saturday morning, a second "
         "device exploded.", MAR16, "Saturday morning", "2009-03-14TMO"),
        ("He was wounded on Dec. 13, 2008. A year later, on Saturday, he returned to the "
         "base.", "2009-12-21", "Saturday", "2009-12-19"),
    ],
)  # fmt: skip
def test_a_weekday_after_a_count_is_a_day_of_the_counted_period(
    sentence: str, anchor: str, weekday: str, expected: str
) -> None:
    assert value(sentence, weekday, anchor) == expected


def test_a_weekday_apart_from_a_count_keeps_its_reading() -> None:
    sentence = "Police said Monday, three days after the attack, that two men were arrested."
    assert value(sentence, "Monday", MAR16) == MAR16
