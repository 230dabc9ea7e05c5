"""Timex values, round 6: forms found by the event behaviour suite on conflict news.

- "over the weekend" is the weekend (TIMEX3 "2024-W24-WE"), and its interval is its
  Saturday and Sunday, not the whole week: the one just past in a past clause, the
  coming one in a future clause;
- a weekday (or a weekend) in an infinitive purpose clause takes the tense of the verb
  the clause hangs on: "Security forces used tear gas to break up a demonstration on
  Friday" in a Thursday story is the Friday past, not tomorrow;
- hours "ago" or "from now" are a point: the publication date moved by whole days ("48
  hours ago": two days before), or, when the publication time is known, a TIME at the
  hour;
- "the following spring", "the previous winter", "that summer": the season told from
  the date just mentioned;
- a bare "the first half" / "the second half" in business reporting is a half of the
  year its clause's tense points at (never a half of a match);
- "over the past 48 hours" stays a duration (PT48H).
"""

from __future__ import annotations

import pytest
from timex_helpers import found, value

SAT = "2024-06-01"  # a Saturday
MON = "2024-06-03"  # a Monday
THU = "2024-06-20"  # a Thursday
FRI = "2024-06-21"  # a Friday


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected", "days"),
    [
        ("Fighting between the army and the Rapid Support Forces killed at least 25 "
         "civilians in El Fasher over the weekend, medics said.", THU, "2024-W24-WE",
         ("2024-06-15", "2024-06-16")),
        ("Protesters clashed with police over the weekend in the capital.", MON,
         "2024-W22-WE", ("2024-06-01", "2024-06-02")),
        ("Militants attacked two army posts in the north over the weekend.", MON,
         "2024-W22-WE", ("2024-06-01", "2024-06-02")),
        ("Rebels shelled the town over the weekend, residents said.", FRI, "2024-W24-WE",
         ("2024-06-15", "2024-06-16")),
        ("Opposition leaders will hold rallies across the country over the weekend.", THU,
         "2024-W25-WE", ("2024-06-22", "2024-06-23")),
        ("The two delegations are expected to meet over the weekend.", MON, "2024-W23-WE",
         ("2024-06-08", "2024-06-09")),
        ("Security forces fired tear gas and water cannon to break up protests by "
         "opposition supporters over the weekend.", FRI, "2024-W24-WE",
         ("2024-06-15", "2024-06-16")),
    ],
)  # fmt: skip
def test_the_weekend_is_its_saturday_and_sunday(
    sentence: str, anchor: str, expected: str, days: tuple[str, str]
) -> None:
    mention = found(sentence, anchor)["the weekend"]
    assert mention.value == expected
    assert mention.interval is not None
    assert (mention.interval.start, mention.interval.end) == days


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        ("Security forces used tear gas and water cannon to break up a demonstration by "
         "opposition supporters in Dakar on Friday.", THU, "2024-06-14"),
        ("Police fired tear gas and water cannon to break up a protest by thousands of "
         "opposition supporters on Friday.", THU, "2024-06-14"),
        ("Police used rubber bullets to break up the rally on Friday.", THU, "2024-06-14"),
        ("Riot police moved in with batons and tear gas to clear a sit-in by striking "
         "teachers outside parliament on Friday.", THU, "2024-06-14"),
        ("Soldiers were sent to the border town to reinforce the garrison guarding the "
         "crossing on Friday.", THU, "2024-06-14"),
        ("Police fired tear gas to break up the protest on Friday.", SAT, "2024-05-31"),
        # a future clause, or a purpose still to come, keeps the day ahead
        ("Police will use tear gas to break up the protest on Friday if it goes ahead.", THU,
         "2024-06-21"),
        ("The army plans to send troops to secure the border crossing on Friday.", THU,
         "2024-06-21"),
        ("Security forces are preparing to break up the sit-in on Friday.", THU,
         "2024-06-21"),
    ],
)  # fmt: skip
def test_a_purpose_clause_takes_the_tense_of_its_verb(
    sentence: str, anchor: str, expected: str
) -> None:
    assert value(sentence, "Friday", anchor) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "anchor", "kind", "expected"),
    [
        ("Rebels shelled the town 48 hours ago, residents said.", "48 hours ago", SAT,
         "DATE", "2024-05-30"),
        ("The convoy was ambushed some 24 hours ago near the border.", "some 24 hours ago",
         SAT, "DATE", "2024-05-31"),
        ("The ceasefire took effect 72 hours ago.", "72 hours ago", SAT, "DATE",
         "2024-05-29"),
        ("The hostages were released 36 hours ago.", "36 hours ago", SAT, "DATE",
         "2024-05-31"),
        ("The ultimatum expires 48 hours from now.", "48 hours from now", SAT, "DATE",
         "2024-06-03"),
        ("Rebels shelled the town 48 hours ago, residents said.", "48 hours ago",
         "2024-06-01T17:30", "TIME", "2024-05-30T17"),
        ("The blast went off about three hours ago.", "about three hours ago",
         "2024-06-01T09:15", "TIME", "2024-06-01T06"),
    ],
)  # fmt: skip
def test_hours_ago_are_a_point(
    sentence: str, phrase: str, anchor: str, kind: str, expected: str
) -> None:
    mention = found(sentence, anchor)[phrase]
    assert (mention.type, mention.value) == (kind, expected)


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("The army retook the town in March 2023. The following spring, the rebels "
         "returned.", "The following spring", "2024-SP"),
        ("The plant was destroyed in 2015 and rebuilt the following spring.",
         "the following spring", "2016-SP"),
        ("Government forces launched an offensive in October 2022; the following spring "
         "they reached the coast.", "the following spring", "2023-SP"),
        ("The dam was seized in August 2016. The following winter, thousands fled the "
         "valley.", "The following winter", "2016-WI"),
        ("The siege began on June 3, 2022. The previous winter, the town had been quiet.",
         "The previous winter", "2021-WI"),
        ("Rebels took the town in 2019. That summer, refugees began to return.",
         "That summer", "2019-SU"),
        ("Elections are due in November, and the new parliament will sit the following "
         "spring.", "the following spring", "2025-SP"),
    ],
)  # fmt: skip
def test_a_season_told_from_the_date_just_mentioned(
    sentence: str, phrase: str, expected: str
) -> None:
    assert value(sentence, phrase, SAT) == expected


AUG = "2024-08-01"
MAR = "2024-03-14"
NOV = "2024-11-10"


@pytest.mark.parametrize(
    ("sentence", "phrase", "anchor", "expected"),
    [
        ("Profit fell 12 percent in the first half, the company said.", "the first half",
         AUG, "2024-H1"),
        ("Profit fell 12 percent in the first half, the company said.", "the first half",
         MAR, "2023-H1"),
        ("Revenue rose 8 percent to $2.1 billion in the first half.", "the first half", AUG,
         "2024-H1"),
        ("The economy grew 1.2 percent in the second half, official data showed.",
         "the second half", MAR, "2023-H2"),
        ("The company expects sales to recover in the second half.", "the second half", AUG,
         "2024-H2"),
        ("The company expects sales to recover in the second half.", "the second half", MAR,
         "2024-H2"),
        ("The carmaker expects deliveries to pick up in the first half.", "the first half",
         NOV, "2025-H1"),
        ("Net income in the first half last year was $3 billion.",
         "the first half last year", AUG, "2023-H1"),
    ],
)  # fmt: skip
def test_a_bare_half_in_business_reporting(
    sentence: str, phrase: str, anchor: str, expected: str
) -> None:
    assert value(sentence, phrase, anchor) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The striker scored twice in the first half.",
        "The home side dominated the second half but could not find a goal.",
        "The first half of the book is slow.",
    ],
)
def test_a_half_of_a_match_or_a_book_is_no_date(sentence: str) -> None:
    assert not any("half" in text for text in found(sentence, AUG))


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("At least 40 people have been killed over the past 48 hours, the health ministry "
         "said.", "the past 48 hours", "PT48H"),
        ("Shelling over the last 72 hours killed 12 civilians.", "the last 72 hours",
         "PT72H"),
        ("In the past 24 hours, the army said it had struck 30 targets.",
         "the past 24 hours", "PT24H"),
        ("The next 48 hours will be critical for the talks.", "The next 48 hours", "PT48H"),
    ],
)  # fmt: skip
def test_the_past_hours_are_a_duration(sentence: str, phrase: str, expected: str) -> None:
    mention = found(sentence, SAT)[phrase]
    assert (mention.type, mention.value) == ("DURATION", expected)
