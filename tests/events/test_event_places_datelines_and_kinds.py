"""Event places on unseen news, round 2: the dateline places a sentence that names no
place, but the sentence's own place wins over it; a region owned by a country after a
locative ("in northern Burkina Faso's Sahel region"), a region read as an organisation
("areas of the West Bank", "in Khyber Agency"), a district before its kind; a town read
inside a street's name or a surname is no event place; a tagger's all-caps span that
runs past a town into a function word is the town; each news brief lies at its own
dateline."""

from __future__ import annotations

import pytest

from sitrep.model import Event, Location, make_article
from sitrep.pipeline import process_article


def _places(text: str) -> list[Location | None]:
    extraction = process_article(make_article(text, published="2024-05-06"))
    return [event.location for event in extraction.events]


def _where(location: Location | None) -> tuple[str, str | None, str] | None:
    return (location.name, location.country, location.precision) if location else None


def _events(text: str) -> tuple[Event, ...]:
    return process_article(make_article(text, published="2024-05-06")).events


def test_a_sentence_naming_no_place_lies_at_the_dateline() -> None:
    text = (
        "SAN FRANCISCO (AP) - Two police officers were shot dead during a traffic stop "
        "on Saturday, police said."
    )
    assert [_where(p) for p in _places(text)] == [("San Francisco", "US", "exact")]


def test_the_sentences_own_region_wins_over_the_dateline_town() -> None:
    text = (
        "RAMALLAH, West Bank (Reuters) - Israeli forces carried out raids in many areas "
        "of the West Bank overnight, arresting 20 Palestinians, the army said."
    )
    assert [_where(p) for p in _places(text)] == [("West Bank", "PS", "region")]


def test_the_sentences_own_town_wins_over_the_dateline_town() -> None:
    text = (
        "LOS ANGELES (AP) - A man attacked a car on North Bedford Drive in Beverly Hills "
        "on Wednesday, police said."
    )
    assert [_where(p) for p in _places(text)] == [("Beverly Hills", "US", "exact")]


def test_a_region_owned_by_the_country_of_a_locative_phrase_is_the_place() -> None:
    text = "Gunmen killed 12 civilians in northern Burkina Faso's Sahel region on Friday."
    assert [_where(p) for p in _places(text)] == [("Sahel", "BF", "admin1")]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Dozens of militants stormed a security post in the Akakhel area of Tirah "
            "Valley in Khyber Agency on Tuesday, killing three soldiers.",
            "Khyber",
            "PK",
        ),
        (
            "Two factions of the ruling party clashed in Shailokupa upazila of Jhenaidah "
            "district on Sunday, leaving 10 people injured.",
            "Jhenaidah",
            "BD",
        ),
        (
            "Israeli troops killed three Palestinians during a raid on the Jenin refugee "
            "camp on Monday, the health ministry said.",
            "Jenin",
            "PS",
        ),
    ],
)
def test_a_district_or_camp_named_with_its_kind_places_the_event(
    text: str, name: str, country: str
) -> None:
    located = _places(text)
    assert located and located[0] is not None
    assert (located[0].name, located[0].country) == (name, country)
    assert located[0].precision in ("exact", "near", "admin1")


def test_a_town_inside_a_street_name_or_a_surname_is_no_event_place() -> None:
    text = (
        "CHICAGO (AP) - Gino D. Bassett, Sr., 56, of the 6100 block of South Ingleside "
        "Avenue, is charged with murder, police said. Bassett was arrested on Wednesday, "
        "police said."
    )
    names = {p.name for p in _places(text) if p is not None}
    assert names == {"Chicago"}


def test_an_all_caps_span_running_past_a_town_ends_at_the_town() -> None:
    text = (
        "SANTIAGO, 10 JAN 90 -- [TEXT] IT SHOULD BE RECALLED THAT A GROUP OF ARMED "
        "INDIVIDUALS WEARING SKI MASKS\nROBBED A BUSINESSMAN ON A RURAL ROAD NEAR MOLINA "
        "ON 7 JANUARY.  HE WAS LATER HOSPITALIZED IN CURICO."
    )
    names = [p.name for p in _places(text) if p is not None]
    assert "Molina" in names
    assert not any(" ON" in name for name in names)


def test_each_news_brief_lies_at_its_own_dateline() -> None:
    text = (
        "BALTIMORE (AP) - Two men were shot dead on Saturday night outside a bar, police "
        "said.\n\nDENVER (AP) - Police on Sunday arrested a man suspected in a string of "
        "robberies. Officers said the man stabbed a security guard on Friday.\n"
    )
    stabbing = [e for e in _events(text) if "stabbed" in e.evidence.text]
    assert stabbing and _where(stabbing[0].location) == ("Denver", "US", "exact")


def test_a_possessed_noun_tagged_as_a_place_is_no_place() -> None:
    text = (
        "Police in New Haven said the couple had sold cocaine for months. In a police raid "
        "at their home Thursday, the Plancons were arrested on warrants."
    )
    names = [p.name for p in _places(text) if p is not None]
    assert "their home Thursday" not in names
