"""Wire copy read in whole sentences: paragraph widths, filing datelines, other acts' dates."""

from __future__ import annotations

from sitrep.events.placing import speaker_place
from sitrep.ingest.wraps import wrap_breaks
from sitrep.model import Event, make_article
from sitrep.pipeline import process_article

#: two paragraphs wrapped at different widths (76 and 73 characters): the line ending
#: "AMERICAS" is full within its own paragraph, and "-- A" goes on into a line that only
#: looks like a dateline ("COWARDLY ACT, IN HIS WORDS --").
TWO_WIDTHS = (
    "QUITO, 3 FEB 90 (EFE) -- [TEXT] THE ECUADORAN GOVERNMENT TODAY ANNOUNCED NEW\n"
    "SECURITY MEASURES FOR THE CAPITAL AFTER A WEEK OF THREATS AGAINST PUBLIC\n"
    "OFFICES, BANKS AND THE OFFICES OF SEVERAL FOREIGN AIRLINES IN THE CITY.\n"
    "\n"
    "   AT A NEWS CONFERENCE WITH LOCAL AND FOREIGN MEDIA REPRESENTATIVES\n"
    "IN PANAMA, THE INTERIOR MINISTER SAID THE MEASURES WERE URGENT.  HE\n"
    "ALSO SAID THAT A CAR BOMB EXPLODED LAST NIGHT AT THE POLICE BARRACKS -- A\n"
    "COWARDLY ACT, IN HIS WORDS -- AND KILLED TWO GUARDS AT THE [NATIONAL\n"
    "INVESTIGATIONS SERVICE] BUILDING ON THE AVENIDA DE LAS AMERICAS\n"
    "IN GUAYAQUIL WITH ABOUT 100 KG OF DYNAMITE.\n"
)


def _events(text: str, published: str) -> list[Event]:
    return list(process_article(make_article(text, published=published)).events)


def _break_after(text: str, words: str) -> int:
    return text.index(words + "\n") + len(words)


def test_each_paragraph_wraps_at_its_own_width() -> None:
    assert _break_after(TWO_WIDTHS, "AMERICAS") in wrap_breaks(TWO_WIDTHS)


def test_a_line_ending_mid_phrase_goes_on_past_a_dateline_look_alike() -> None:
    assert _break_after(TWO_WIDTHS, "BARRACKS -- A") in wrap_breaks(TWO_WIDTHS)


def test_the_bombing_lies_where_the_sentence_says_not_at_the_news_conference() -> None:
    bombings = [e for e in _events(TWO_WIDTHS, "1990-02-03") if "EXPLODED" in e.evidence.text]
    assert bombings
    location = bombings[0].location
    assert location is not None and location.name == "Guayaquil"


def test_a_news_conference_with_its_audience_is_the_speakers_place() -> None:
    text = "At a press conference with Japanese and foreign media representatives in Tokyo, he"
    start = text.index("Tokyo")
    assert speaker_place(start, start + len("Tokyo"), text)
    killed = "At a vigil with the families of victims killed in Kabul, he said"
    start = killed.index("Kabul")
    assert not speaker_place(start, start + len("Kabul"), killed)


FILED_ABROAD = (
    "TEGUCIGALPA, 14 MAR 90 (ACAN-EFE) -- [TEXT] THE HONDURAN GOVERNMENT TODAY\n"
    "CONDEMNED THE MURDER OF A GUATEMALAN OPPOSITION LEADER, WHO WAS SHOT DEAD BY\n"
    "UNIDENTIFIED GUNMEN OUTSIDE HIS HOME ALONG WITH HIS TWO BODYGUARDS.\n"
    "\n"
    "   A FOREIGN MINISTRY SPOKESMAN SAID THAT WHAT HAPPENED IN GUATEMALA CITY\n"
    "IS A CRIME AGAINST THE PEACE PROCESS IN THE REGION, AND CALLED ON THE\n"
    "GUATEMALAN AUTHORITIES TO FIND THOSE RESPONSIBLE FOR THE KILLING.\n"
)


def test_a_dateline_filed_abroad_is_not_the_place_of_the_story() -> None:
    events = _events(FILED_ABROAD, "1990-03-14")
    assert events
    for event in events:
        assert event.location is not None and event.location.country == "GT"


PLANNED_STRIKE = (
    "LIMA, 20 SEP 90 (EFE) -- [TEXT] A SPOKESMAN FOR THE TEACHERS TODAY SAID THAT\n"
    "POLICE HAVE ARRESTED AT LEAST 15 TEACHERS, INCLUDING 3 UNION LEADERS, IN\n"
    "THE DAYS BEFORE THE NATIONAL TEACHERS STRIKE, WHICH IS SCHEDULED TO BEGIN\n"
    "ON 24 SEPTEMBER.  THE UNION HAS 80,000 MEMBERS.\n"
)


def test_the_date_of_a_planned_act_in_a_relative_clause_does_not_date_the_arrest() -> None:
    arrests = [e for e in _events(PLANNED_STRIKE, "1990-09-20") if e.sub_event_type == "Arrests"]
    assert arrests
    dated = arrests[0].date
    assert dated is not None
    assert "1990-09-13" <= dated.start <= dated.end == "1990-09-20"
