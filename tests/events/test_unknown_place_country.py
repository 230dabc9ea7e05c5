"""Placing rule 4: a place the gazetteer does not know takes the country of a place
that places something before it ("in Syria", "west of Damascus", a bulletin heading),
never that of a country named as a party ("warning Israel") nor of an attacker's
demonym ("an Israeli strike", "Israeli jets")."""

from __future__ import annotations

from sitrep.events.placing import unresolved_location
from sitrep.model import EntityMention, Event, PlaceMention, Span, make_article
from sitrep.pipeline import process_article

_TEXT = (
    "Syria has accused Israel of bombarding an area west of Damascus.\n"
    "The army warned Israel of the repercussions of the attack.\n"
    "Rockets hit the airport in Mezzeh."
)


def _at(text: str, phrase: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return Span.of(text, start, start + len(phrase))


def _country(text: str, places: list[PlaceMention]) -> str | None:
    mezzeh = EntityMention(_at(text, "Mezzeh"), "LOC", "Mezzeh")
    last = _at(text, "Rockets")
    found = unresolved_location([mezzeh], places, (last.start, len(text)), text, None)
    return found.country if found is not None else None


def test_a_country_named_as_a_party_gives_no_country() -> None:
    israel = PlaceMention(_at(_TEXT, "Israel", 1), "Israel", 294640, "IL", 31.5, 34.8, "country")
    damascus = PlaceMention(
        _at(_TEXT, "Damascus"), "Damascus", 170654, "SY", 33.5, 36.3, "city", confidence=0.9
    )
    assert _country(_TEXT, [damascus, israel]) == "SY"


def test_a_bulletin_heading_gives_its_country() -> None:
    text = "Iraq\nRockets hit the airport in Mezzeh."
    iraq = PlaceMention(_at(text, "Iraq"), "Iraq", 99237, "IQ", 33.0, 44.0, "country")
    assert _country(text, [iraq]) == "IQ"


def _strike(text: str, published: str) -> Event:
    events = process_article(make_article(text, published=published)).events
    (strike,) = [e for e in events if e.location is not None and "Mezzeh" in e.location.name]
    return strike


def test_an_attackers_demonym_never_places_the_strike() -> None:
    text = (
        "Syria has accused Israel of bombarding an area west of Damascus.\n"
        "The army was quoted as warning Israel of the repercussions of the attack.\n"
        "In December, Syrian state media said an Israeli missile strike had targeted "
        "the airport in Mezzeh, causing fires but no casualties."
    )
    strike = _strike(text, "2017-01-13")
    assert strike.location is not None
    assert strike.location.country == "SY"
