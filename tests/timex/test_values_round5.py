"""Timex values, round 5: a checklist of English news by genre (wire business news,
court and crime reports, elections, sports, conflict reports, broadcast transcripts),
each sentence with its publication date and the TIMEX3 value a careful coder gives each
expression. Emphasis on weekdays and month names resolved by tense and by the date just
mentioned, "next/last/this" + a unit, ordinal and fractional periods, the granularity of
a value (a week, a month, a year rather than a day), durations against points, chains
("on March 3 ... two days later") and clock times with zones.

Among them the forms this round added:
- a year-ago comparison in a clause that reports a month ("prices rose 7% in December
  from a year earlier" is the December before);
- the present of a schedule or a deadline ("the term ends in January", "voters go to the
  polls on Sunday", "the funeral is on Monday", "the government has until Friday to
  respond", "talks are planned for Monday", "the government releases its estimate on
  Thursday"), and a duty or an arrangement just before a date ("must respond by Friday",
  "are meeting again on Monday");
- a month or a day without a year in a past narrative, placed from the date it stands on
  ("elected in November 2008, he took office in January": January 2009), and the month
  after the anchor's turned back by a past verb governing it ("were handed over in
  April" in a March story);
- AP's "Eastern time" and the clock of a city ("New York time", "London time", "Tokyo
  time"); a clock read with a part of the day ("3:30 in the afternoon") or by the hour
  ("nine o'clock"); "the day before yesterday".
"""

from __future__ import annotations

import pytest
from timex_helpers import found, value

WED = "2013-02-06"  # a Wednesday
FRI = "2013-03-22"  # a Friday
MON = "2012-11-05"  # a Monday, the eve of a US election
SUN = "2013-06-16"  # a Sunday, in US daylight saving time


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("Shares of the company rose 4 percent on Tuesday.", "Tuesday", "2013-02-05"),
        ("The company will report earnings on Thursday.", "Thursday", "2013-02-07"),
        ("The board is expected to vote on the deal Friday.", "Friday", "2013-02-08"),
        ("Profit fell in the first half of 2012.", "the first half of 2012", "2012-H1"),
        ("Revenue rose 8 percent in the second quarter.", "the second quarter", "2012-Q2"),
        ("Sales fell in the fourth quarter.", "the fourth quarter", "2012-Q4"),
        ("Margins narrowed over the last two quarters.", "the last two quarters", "P2Q"),
        ("The company expects sales to grow this year.", "this year", "2013"),
        ("Net income rose last year to $4 billion.", "last year", "2012"),
        ("The bank plans to cut 2,000 jobs next year.", "next year", "2014"),
        ("Shipments fell last month.", "last month", "2013-01"),
        ("The retailer will open 40 stores next month.", "next month", "2013-03"),
        ("Sales rose 5 percent this month.", "this month", "2013-02"),
        ("The stock has fallen 20 percent over the past three years.", "the past three years",
         "P3Y"),
        ("Stocks rallied last week on hopes of a budget deal.", "last week", "2013-W05"),
        ("The central bank meets next week.", "next week", "2013-W07"),
        ("Oil prices have risen this week.", "this week", "2013-W06"),
        ("The company was founded in the 1990s.", "the 1990s", "199"),
        ("The merger should close in the first quarter of next year.",
         "the first quarter of next year", "2014-Q1"),
        ("Earnings for the third quarter of 2012 beat estimates.", "the third quarter of 2012",
         "2012-Q3"),
        ("The company has been losing money for two years.", "two years", "P2Y"),
        ("The company went public two years ago.", "two years ago", "2011"),
        ("The firm reported a loss three months ago.", "three months ago", "2012-11"),
        ("Prices have risen for several years.", "several years", "PXY"),
        ("The two-day meeting ended on Wednesday.", "two-day", "P2D"),
        ("The 24-hour strike disrupted flights.", "24-hour", "PT24H"),
        ("The company now employs 5,000 people.", "now", "PRESENT_REF"),
        ("Analysts have recently cut their forecasts.", "recently", "PAST_REF"),
        ("Home prices rose 7 percent in December from a year earlier.", "a year earlier",
         "2011-12"),
        ("Retail sales rose 3 percent in January from a year ago.", "a year ago", "2012-01"),
    ],
)  # fmt: skip
def test_wire_business_news(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase, WED) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("The suspect was arrested on March 3. Two days later he was charged with murder.",
         "Two days later", "2013-03-05"),
        ("He was arrested on March 3 and charged the next day.", "the next day", "2013-03-04"),
        ("The trial opened on Jan. 14, and a verdict came a week later.", "a week later",
         "2013-W04"),
        ("The judge will sentence him on April 12.", "April 12", "2013-04-12"),
        ("The defendant was convicted in November.", "November", "2012-11"),
        ("Sentencing is scheduled for May.", "May", "2013-05"),
        ("He was sentenced to five years in prison.", "five years", "P5Y"),
        ("He faces up to 20 years in prison.", "up to 20 years", "P20Y"),
        ("The shooting happened shortly after 2 a.m. Sunday.", "2 a.m. Sunday",
         "2013-03-17T02:00"),
        ("Police said the robbery occurred about 10:30 p.m. Thursday.", "10:30 p.m. Thursday",
         "2013-03-21T22:30"),
        ("The jury will resume deliberations Monday.", "Monday", "2013-03-25"),
        ("The jury began deliberating on Monday.", "Monday", "2013-03-18"),
        ("He had been held since December.", "December", "2012-12"),
        ("The victim died a day later.", "a day later", "2013-03-23"),
        ("The case dates back to 2009.", "2009", "2009"),
        ("The government must respond by Friday.", "Friday", "2013-03-22"),
        ("The defence has until Friday to file its appeal.", "Friday", "2013-03-22"),
        ("Lawyers need to file the motion by Monday.", "Monday", "2013-03-25"),
        ("He must have left the country on Monday.", "Monday", "2013-03-18"),
    ],
)  # fmt: skip
def test_court_and_crime_reports(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase, FRI) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("Voters go to the polls on Sunday.", "Sunday", "2013-03-24"),
        ("Results are expected later today.", "later today", "2013-03-22"),
        ("The runoff will be held on April 7.", "April 7", "2013-04-07"),
        ("The election was held in March 2012.", "March 2012", "2012-03"),
        ("He won the primary last Tuesday.", "last Tuesday", "2013-03-19"),
        ("The candidates debate next Tuesday.", "next Tuesday", "2013-03-26"),
        ("The party lost power in 2010 after 13 years in office.", "13 years", "P13Y"),
        ("Turnout fell sharply from four years ago.", "four years ago", "2009"),
        ("The new parliament sits for the first time in June.", "June", "2013-06"),
        ("The president's term ends in January.", "January", "2014-01"),
        ("The second round is on Sunday.", "Sunday", "2013-03-24"),
        ("The deadline for registering candidates is Monday.", "Monday", "2013-03-25"),
        ("Party leaders are meeting again on Monday to pick a candidate.", "Monday",
         "2013-03-25"),
        ("Another televised debate is planned for Tuesday.", "Tuesday", "2013-03-26"),
    ],
)  # fmt: skip
def test_election_reports(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase, FRI) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("The Lakers beat the Celtics on Sunday night.", "Sunday night", "2013-03-17TNI"),
        ("The team plays Arsenal on Saturday.", "Saturday", "2013-03-23"),
        ("The match kicks off tonight at 8 p.m.", "tonight", "2013-03-22TNI"),
        ("The final is on May 25.", "May 25", "2013-05-25"),
        ("The club won the title in 2011 and again the following year.",
         "the following year", "2012"),
        ("The striker has been out injured for six weeks.", "six weeks", "P6W"),
    ],
)  # fmt: skip
def test_sports_reports(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase, FRI) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("Rebels attacked the town on Monday. The next day, government forces retook it.",
         "The next day", "2013-03-19"),
        ("The army launched an offensive on Jan. 5. Three weeks later, the rebels withdrew.",
         "Three weeks later", "2013-W04"),
        ("Fighting has killed more than 70,000 people in the past two years.",
         "the past two years", "P2Y"),
        ("The ceasefire took effect at midnight Thursday.", "midnight Thursday",
         "2013-03-21T24:00"),
        ("The two sides will resume talks in Geneva on Tuesday.", "Tuesday", "2013-03-26"),
        ("The siege lasted three months.", "three months", "P3M"),
        ("The 10-day truce collapsed.", "10-day", "P10D"),
        ("At least 12 people were killed on Thursday in a suicide bombing.", "Thursday",
         "2013-03-21"),
        ("Rebels attacked the town on Tuesday, March 12. On Thursday, troops retook it.",
         "Thursday", "2013-03-21"),
        ("Last Monday's attack killed 12 people.", "Last Monday", "2013-03-18"),
        ("The army will withdraw within a week.", "a week", "P1W"),
        ("Since Monday, 40 people have been killed.", "Monday", "2013-03-18"),
    ],
)  # fmt: skip
def test_conflict_reports(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase, FRI) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("Good evening. Our top story tonight: storms across the Midwest.", "tonight",
         "2013-03-22TNI"),
        ("The president spoke this morning at the White House.", "this morning",
         "2013-03-22TMO"),
        ("We'll have more on that later today.", "later today", "2013-03-22"),
        ("Officials will brief reporters this afternoon.", "this afternoon", "2013-03-22TAF"),
        ("The senator spoke to us earlier this evening.", "this evening", "2013-03-22TEV"),
        ("The storm made landfall yesterday afternoon.", "yesterday afternoon",
         "2013-03-21TAF"),
        ("Markets open tomorrow morning.", "tomorrow morning", "2013-03-23TMO"),
        ("Later this week, the president travels to Berlin.", "Later this week", "2013-W12"),
        ("The attack happened the day before yesterday.", "the day before yesterday",
         "2013-03-20"),
        ("The day after tomorrow, the talks resume.", "The day after tomorrow", "2013-03-24"),
    ],
)  # fmt: skip
def test_broadcast_transcripts(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase, FRI) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("The law takes effect in January.", "January", "2013-01"),
        ("Exports fell in September.", "September", "2012-09"),
        ("The summit is scheduled for December.", "December", "2012-12"),
        ("The company will hold its annual meeting on May 2.", "May 2", "2013-05-02"),
        ("The fighting broke out on Sept. 12.", "Sept. 12", "2012-09-12"),
        ("The ministry said on Saturday that 30 people had died.", "Saturday", "2012-11-03"),
        ("By Wednesday, the death toll had climbed to 40.", "Wednesday", "2012-10-31"),
        ("The minister will visit Kabul this Thursday.", "this Thursday", "2012-11-08"),
        ("The talks resumed in mid-January.", "mid-January", "2012-01"),
        ("The government will announce the budget on the 15th.", "the 15th", "2012-11-15"),
        ("Sales fell 3 percent in October from September.", "September", "2012-09"),
    ],
)  # fmt: skip
def test_months_and_weekdays_by_tense(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase, MON) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("Rebels took the city on June 3, 2011. A year earlier, they had been driven out.",
         "A year earlier", "2010"),
        ("The plant closed in 2008. Two years later it reopened.", "Two years later", "2010"),
        ("On Aug. 1 the ministry announced the plan; the following week it was withdrawn.",
         "the following week", "2012-W32"),
        ("The bill passed on Nov. 1. The previous day, protesters had marched.",
         "The previous day", "2012-10-31"),
        ("He was killed on March 3. Two weeks earlier, he had received threats.",
         "Two weeks earlier", "2012-W07"),
        ("The accord was signed in May 2011. Six months later it collapsed.",
         "Six months later", "2011-11"),
        ("The deal was struck in March. The following month, it was ratified.",
         "The following month", "2012-04"),
        ("The army withdrew in 2009. That year, violence fell sharply.", "That year", "2009"),
        ("He was elected in 2008 and re-elected four years later.", "four years later",
         "2012"),
    ],
)  # fmt: skip
def test_chains_count_from_the_date_just_mentioned(
    sentence: str, phrase: str, expected: str
) -> None:
    assert value(sentence, phrase, MON) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("Talks will continue next month.", "next month", "2013-07"),
        ("The vote is due later this month.", "later this month", "2013-06"),
        ("Prices fell this past week.", "this past week", "2013-W24"),
        ("Protests erupted last weekend.", "last weekend", "2013-W23-WE"),
        ("The company will report results next quarter.", "next quarter", "2013-Q3"),
        ("Sales rose this quarter.", "this quarter", "2013-Q2"),
        ("Profit fell last quarter.", "last quarter", "2013-Q1"),
        ("Profit rose in the first quarter of this year.", "the first quarter of this year",
         "2013-Q1"),
        ("Shipments fell in the second half of last year.", "the second half of last year",
         "2012-H2"),
        ("Demand should recover in the second half of the year.",
         "the second half of the year", "2013-H2"),
        ("The company lost money in each of the past four quarters.",
         "the past four quarters", "P4Q"),
        ("The economy shrank in the final quarter of 2012.", "the final quarter of 2012",
         "2012-Q4"),
        ("Police will step up patrols this weekend.", "this weekend", "2013-W24-WE"),
        ("The crisis has dragged on for the past 18 months.", "the past 18 months", "P18M"),
        ("The agreement expires at the end of the month.", "the end of the month", "2013-06"),
        ("Officials expect a decision by mid-July.", "mid-July", "2013-07"),
    ],
)  # fmt: skip
def test_units_and_parts_of_years_relative_to_the_story(
    sentence: str, phrase: str, expected: str
) -> None:
    assert value(sentence, phrase, SUN) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "kind", "expected"),
    [
        ("He spent three years in prison.", "three years", "DURATION", "P3Y"),
        ("He was released three years ago.", "three years ago", "DATE", "2010"),
        ("The ban will last for six months.", "six months", "DURATION", "P6M"),
        ("The ban was lifted six months ago.", "six months ago", "DATE", "2012-12"),
        ("The curfew was imposed a week ago.", "a week ago", "DATE", "2013-W23"),
        ("The two countries have been at odds for months.", "months", "DURATION", "PXM"),
        ("A 72-hour ceasefire began at 8 a.m.", "72-hour", "DURATION", "PT72H"),
        ("The talks lasted 12 hours.", "12 hours", "DURATION", "PT12H"),
        ("The hostages were freed after a 17-day ordeal.", "17-day", "DURATION", "P17D"),
        ("The index hit a five-year high on Friday.", "five-year", "DURATION", "P5Y"),
        ("The rebels gave the army 48 hours to leave.", "48 hours", "DURATION", "PT48H"),
        ("In 2010, the army seized the port. A year later, rebels took it back.",
         "A year later", "DATE", "2011"),
    ],
)  # fmt: skip
def test_durations_against_points(sentence: str, phrase: str, kind: str, expected: str) -> None:
    mention = found(sentence, SUN)[phrase]
    assert (mention.type, mention.value) == (kind, expected)


@pytest.mark.parametrize(
    ("sentence", "phrase", "anchor", "expected"),
    [
        ("The launch is set for 9:30 a.m. EDT.", "9:30 a.m. EDT", MON, "2012-11-05T09:30-04:00"),
        ("The polls close at 8 p.m. EST.", "8 p.m. EST", MON, "2012-11-05T20:00-05:00"),
        ("The blast occurred at 14:20 GMT.", "14:20 GMT", MON, "2012-11-05T14:20Z"),
        ("The deadline passed at noon local time.", "noon local time", MON, "2012-11-05T12:00"),
        ("The news conference is at 3 p.m. EDT.", "3 p.m. EDT", SUN, "2013-06-16T15:00-04:00"),
        ("The attack began at 0300 GMT.", "0300 GMT", SUN, "2013-06-16T03:00Z"),
        ("Voting ends at 7 p.m. Pacific time.", "7 p.m. Pacific time", SUN,
         "2013-06-16T19:00-07:00"),
        ("The vote ends at 8 p.m. Eastern time.", "8 p.m. Eastern time", MON,
         "2012-11-05T20:00-05:00"),
        ("Markets closed at 4 p.m. New York time.", "4 p.m. New York time", SUN,
         "2013-06-16T16:00-04:00"),
        ("The auction opens at 10 a.m. London time.", "10 a.m. London time", SUN,
         "2013-06-16T10:00+01:00"),
        ("The auction opened at 10 a.m. London time.", "10 a.m. London time", MON,
         "2012-11-05T10:00Z"),
        ("The quake struck at 11:02 a.m. Tokyo time.", "11:02 a.m. Tokyo time", SUN,
         "2013-06-16T11:02+09:00"),
        ("Trading resumed at 9:30 a.m. Hong Kong time.", "9:30 a.m. Hong Kong time", SUN,
         "2013-06-16T09:30+08:00"),
    ],
)  # fmt: skip
def test_clock_times_with_zones(sentence: str, phrase: str, anchor: str, expected: str) -> None:
    assert value(sentence, phrase, anchor) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Investors will get a report on consumer confidence later this week and the "
         "government releases its estimate of fourth-quarter growth on Thursday.",
         "2013-03-28"),
        ("The president speaks to the nation on Thursday.", "2013-03-28"),
        ("Parliament votes on the budget Thursday.", "2013-03-28"),
        ("The minister's visits on Thursday angered residents.", "2013-03-21"),
        ("The votes on Thursday were counted slowly.", "2013-03-21"),
    ],
)  # fmt: skip
def test_a_schedule_in_the_present_and_its_look_alike_nouns(sentence: str, expected: str) -> None:
    assert value(sentence, "Thursday", "2013-03-26") == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("Police arrived at 3:30 in the afternoon.", "3:30 in the afternoon",
         "2013-03-22T15:30"),
        ("The meeting ended at 11:15 in the evening on Thursday.", "11:15 in the evening",
         "2013-03-21T23:15"),
        ("The shooting started shortly before 9 o'clock.", "9 o'clock", "2013-03-22T09:00"),
        ("The bomb went off at eight o'clock in the morning.",
         "eight o'clock in the morning", "2013-03-22T08:00"),
        ("The train left at 17:30 in the evening.", "17:30", "2013-03-22T17:30"),
    ],
)  # fmt: skip
def test_clock_times_said_with_a_part_of_the_day(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase, FRI) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        ("He was elected in November 2008 and took office in January.", "January", "2009-01"),
        ("The war began in March 2003; by April, Baghdad had fallen.", "April", "2003-04"),
        ("The hostages were seized on Dec. 28, 2011. On Jan. 3, two were freed.", "Jan. 3",
         "2012-01-03"),
        ("The hostages were seized on Dec. 28, 2011. On Dec. 20, troops had been warned.",
         "Dec. 20", "2011-12-20"),
        ("The army entered the city on June 3, 2011. On July 10, rebels retook it.", "July 10",
         "2011-07-10"),
        # an aside is background, and so is a sentence before one the date does not open
        ("The war, which began in March 2011, killed 12 people on Feb. 5.", "Feb. 5",
         "2013-02-05"),
        ("The group was founded in June 2011. It claimed an attack on Feb. 5.", "Feb. 5",
         "2013-02-05"),
        # a plan is told from the publication date, and so is a date the narrative left
        ("Rebels seized the town in August 2012. The army says it will retake it by April.",
         "April", "2013-04"),
        ("The army entered the city in June 2011. Two years on, life is calm. Shops reopened "
         "in January.", "January", "2013-01"),
        # a date that names a known event sets no narrative
        ("The August 1988 ceasefire ended the war. Iraq invaded Kuwait on Aug. 2.", "Aug. 2",
         "2012-08-02"),
    ],
)  # fmt: skip
def test_a_past_narrative_places_dates_without_a_year(
    sentence: str, phrase: str, expected: str
) -> None:
    assert value(sentence, phrase, "2013-03-20") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The two suspects were handed over in April.", "2012-04"),
        ("The two suspects will be handed over in April.", "2013-04"),
        ("The strike began in early April.", "2012-04"),
        ("The company will redeem its Series H preferred shares in April.", "2013-04"),
        ("The alliance has decided to admit the two countries in early April, an official "
         "said.", "2013-04"),
    ],
)  # fmt: skip
def test_the_next_month_turns_back_only_on_a_cue_right_before_it(
    sentence: str, expected: str
) -> None:
    mention = next(m for m in found(sentence, "2013-03-20").values() if "April" in m.evidence.text)
    assert mention.value == expected


def test_a_year_earlier_beyond_the_clause_of_a_month_is_a_year() -> None:
    text = "Exports rose in December. Wages were 3 percent higher than a year earlier."
    assert value(text, "a year earlier", WED) == "2011"


def test_a_duty_far_from_the_date_does_not_move_it() -> None:
    text = (
        "The judge ruled that the boy must be returned to his father, and set Friday as "
        "the deadline for his return."
    )
    assert value(text, "Friday", SUN) == "2013-06-14"


def test_the_present_of_a_statistic_does_not_push_a_month_ahead() -> None:
    assert value("Inflation is at its lowest since February.", "February", SUN) == "2013-02"
