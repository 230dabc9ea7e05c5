"""Forms of English news that TimeBank rarely shows, each on a realistic sentence: named
days and festivals, daylight, bare seasons, "the decade", vague spans and references."""

from __future__ import annotations

from datetime import date

import pytest
from timex_helpers import found, value

from sitrep.temporal.seasons import holiday_date, ramadan

ANCHOR = "2013-03-21"  # a Thursday


@pytest.mark.parametrize(
    ("sentence", "phrase", "expected"),
    [
        # holidays computed from their rule
        ("Troops paraded in Washington on Memorial Day.", "Memorial Day", "2012-05-28"),
        ("The strike is set to begin after Labor Day.", "Labor Day", "2013-09-02"),
        ("Pilgrims gathered in Jerusalem on Good Friday.", "Good Friday", "2013-03-29"),
        ("Churches will hold services on Easter.", "Easter", "2013-03-31"),
        ("He was released on Boxing Day.", "Boxing Day", "2012-12-26"),
        ("Veterans' Day ceremonies were cancelled.", "Veterans' Day", "2012-11-11"),
        ("Rebels declared a truce for Eid al-Fitr.", "Eid al-Fitr", "2012-08-19"),
        ("Protests are planned for May Day.", "May Day", "2013-05-01"),
        # Ramadan: the month it begins in (tabular calendar), its days as the interval
        ("Attacks rose during Ramadan 2013.", "Ramadan 2013", "2013-07"),
        # daylight after a preposition is a part of the day
        ("Shelling resumed at dawn on Tuesday.", "dawn", "2013-03-19TMO"),
        ("The army imposed a curfew from dusk.", "dusk", "2013-03-21TEV"),
        ("Fighting raged until nightfall.", "nightfall", "2013-03-21TNI"),
        # bare seasons after a preposition; "by" a future season is the next one
        ("The offensive stalled in winter.", "winter", "2012-WI"),
        ("Officials say the dam will be finished by autumn.", "autumn", "2013-FA"),
        ("Talks have been frozen since summer.", "summer", "2012-SU"),
        ("Crops failed in summer and fall.", "fall", "2012-FA"),
        ("The team struggled this season.", "this season", "2013-SP"),
        ("Retailers said sales fell during the holiday season.", "the holiday season", "2012-12"),
        # the decade and the century of the anchor
        ("Troops will leave by the end of the decade.", "the end of the decade", "201"),
        ("It is the worst drought of the century.", "the century", "20"),
        # spans of unknown length
        ("The border will stay closed for a while.", "a while", "PXX"),
        ("Aid agencies have warned of famine for some time.", "some time", "PXX"),
        ("The region was ruled from Moscow for centuries.", "centuries", "PXY"),
        ("It ended a decade-long civil war.", "decade-long", "P10Y"),
        ("It has been a year since the ceasefire collapsed.", "a year", "P1Y"),
        ("Fighting raged for days around the airport.", "days", "PXD"),
        ("Negotiators talked for hours without a deal.", "hours", "PTXH"),
        ("In the years since the invasion, the city has been rebuilt.", "years", "PXY"),
        ("Aid will be needed in the years to come.", "the years to come", "PXY"),
        # references
        ("He was mayor at the time.", "the time", "PAST_REF"),
        ("The index fell 2% on the day.", "the day", "2013-03-21"),
        ("Oil rose in morning trading.", "morning", "2013-03-21TMO"),
        ("Fans remember the cars of the 70s and 80s.", "80s", "198"),
        # a unit counted in a sequence is the one the story stands on
        (
            "Markets stayed shut for a second consecutive day.",
            "a second consecutive day",
            "2013-03-21",
        ),
        ("On Monday, shares fell for a third straight day.", "a third straight day", "2013-03-18"),
        ("Today is the eighth day of the siege.", "the eighth day", "2013-03-21"),
        # a split year is the year it begins in
        ("The club was relegated in the 2011-12 season.", "2011-12", "2011"),
        ("The ministry's 2013/14 budget was cut.", "2013/14", "2013"),
        # British news: day-first numeric dates and a day elided before a day-month
        ("The report was dated 21/03/2013.", "21/03/2013", "2013-03-21"),
        ("Voting took place on 25 and 26 March.", "25", "2013-03-25"),
    ],
)
def test_unseen_form(sentence: str, phrase: str, expected: str) -> None:
    assert value(sentence, phrase, ANCHOR) == expected


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("The dawn of a new era in Iraq was proclaimed.", "dawn"),  # no preposition
        ("Prices could fall sharply.", "fall"),  # the verb
        ("He charted the rise and fall in oil prices.", "fall"),  # a noun after "and"
        ("Investors in Eastern Europe sold shares.", "Easter"),  # part of a word
        ("The minister was abroad at the time of the vote.", "the time"),  # "of" follows
        ("They met on the day of the attack.", "the day"),  # another day, named after
        ("A 45-year-old man was arrested.", "45-year-old"),  # TimeBank leaves ages out
        ("The first-year students marched.", "first-year"),  # an adjective of a group
        ("Troops killed 25 and 26 March were buried.", "25"),  # no preposition before it
    ],
)
def test_not_a_timex(sentence: str, phrase: str) -> None:
    assert phrase not in found(sentence, ANCHOR)


def test_split_year_spans_both_years() -> None:
    mention = found("The club was relegated in the 2011-12 season.", ANCHOR)["2011-12"]
    assert mention.interval is not None
    assert (mention.interval.start, mention.interval.end) == ("2011-01-01", "2012-12-31")
    assert "2010-12" not in found("Output fell in 2010-12, the report said.", ANCHOR)


def test_ramadan_interval_is_its_days() -> None:
    span = ramadan(2013)
    assert span is not None
    assert (span.start, span.end) == ("2013-07-09", "2013-08-07")
    (mention,) = found("Attacks rose during Ramadan 2013.", ANCHOR).values()
    assert mention.interval == span


def test_eid_al_adha_follows_the_islamic_calendar() -> None:
    # the tabular calendar is within a day or two of the sighted moon (16 June 2024)
    eid = holiday_date("Eid al-Adha", 2024)
    assert eid is not None
    assert abs((eid - date(2024, 6, 16)).days) <= 2
