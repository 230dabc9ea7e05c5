"""Anchoring on the story's own days: weekdays read against the days the story tells of.

1. "last <weekday>" in a story published the day after that weekday is the day just past
   ("Police said the suspect fled last Sunday" in a Monday paper), unless the story itself
   names that day just past by its bare weekday ("Hundreds gathered Sunday for the first
   service since their pastor was killed there last Sunday"): then "last" sets the two
   apart, and "last Sunday" is the one a week before (`names_day_just_past`, used by
   `resolve.weekday`). The bare weekday may stand anywhere in the story, as a careful
   reader takes in the whole of it; a weekday a clause puts ahead is not the day just
   past. TimeBank and AQUAINT hold no "last <weekday>" said on the day after it, and
   nothing here changes one said on any other day.
2. A weekday in the same phrase as a count from a date the story told of ("On Monday,
   about three months later", "Three days later, on Monday", "the next day, Tuesday")
   names a day of the counted period, and does not itself become the date the count
   runs from (`recognize` counts from the date before it): the weekday nearest a
   one-day period; for a longer one, the weekday's usual reading from the publication
   date (the last one by it, or the next one when the whole period lies after it)
   when that lies within the period or a week of it (a count from "early December" is
   only as exact as its base), else the weekday nearest the middle of a period of a
   month at most; a year is too coarse to place a day in, and the weekday keeps its
   usual reading (`place_weekday`).
Other dates keep their reading: "officials said Monday that ... clashes with the rebels
last Friday" keeps "last Friday" before the publication date, whatever the weekday beside
it.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

from sitrep.model import TimexMention
from sitrep.temporal import calendar as cal

#: what may join a weekday and a count in one phrase: a comma, perhaps "on (a)"
#: ("On Monday, about three months later", "Three days later, on Monday", "About a
#: month later, on a Friday").
_JOINED = re.compile(r"\s*,?\s*(?:on\s+(?:a\s+)?)?", re.IGNORECASE)
#: the longest counted period (days) whose middle a weekday is put nearest: a year
#: ("a year later, on Saturday") is too coarse to place a day in.
LONGEST_DAYS = 31
#: the slack (days) around a longer counted period within which a weekday keeps its
#: usual reading.
SLACK_DAYS = 7


def names_day_just_past(days: list[date], anchor: date | None) -> bool:
    """Whether the bare weekdays the story names (`days`, as read from the publication
    date) hold the day just before the anchor (rule 1)."""
    return anchor is not None and anchor - timedelta(days=1) in days


def joined(text: str, left_end: int, right_start: int) -> bool:
    """Whether two expressions stand side by side in one phrase (rule 2)."""
    return left_end <= right_start and bool(_JOINED.fullmatch(text, left_end, right_start))


def place_weekday(weekday: TimexMention, count: TimexMention, anchor: date | None) -> TimexMention:
    """The weekday mention moved into the period `count` names (rule 2); unchanged when
    either has no interval."""
    if weekday.interval is None or count.interval is None or weekday.value is None:
        return weekday
    own = date.fromisoformat(weekday.interval.start)
    first = date.fromisoformat(count.interval.start)
    last = date.fromisoformat(count.interval.end)
    length = (last - first).days
    day = own if length > LONGEST_DAYS else _nearest(own, first + timedelta(days=length // 2))
    if first != last and anchor is not None:
        usual = cal.weekday_near(anchor, own.weekday(), future=first > anchor)
        if first - timedelta(days=SLACK_DAYS) <= usual <= last + timedelta(days=SLACK_DAYS):
            day = usual
    if day == own:
        return weekday
    return dataclasses.replace(
        weekday,
        value=day.isoformat() + weekday.value[10:],  # keeps a part of the day ("TMO")
        interval=cal.day_interval(day),
        anchor=count.anchor,
    )


def _nearest(day: date, point: date) -> date:
    """The day of `day`'s weekday nearest `point` (at most three days away)."""
    back = cal.weekday_near(point, day.weekday(), future=False)
    return back if (point - back).days <= 3 else back + timedelta(days=7)
