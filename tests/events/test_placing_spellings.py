"""Placing rule 7: a region or small place met only by another spelling is a homonym
when the article never names its country; its own name, or a city, keeps its place."""

from __future__ import annotations

from dataclasses import replace

from sitrep.events.placing import rehome_homonyms
from sitrep.model import PlaceMention, Span

_TEXT = "Coalition jets struck positions in Syria on Monday and fighters near Anbar."


def _at(phrase: str) -> Span:
    start = _TEXT.index(phrase)
    return Span.of(_TEXT, start, start + len(phrase))


_SYRIA = PlaceMention(_at("Syria"), "Syria", 163843, "SY", 35.0, 38.0, "country")


def test_a_region_met_by_another_spelling_moves_to_the_named_country() -> None:
    # "Anbar" is an alternate name of Ambar, Turkey, read as a region by its capital
    ambar = PlaceMention(_at("Anbar"), "Ambar", None, "TR", 37.9, 40.5, "admin1", confidence=0.8)
    [_, moved] = rehome_homonyms([_SYRIA, ambar], [], _TEXT)
    assert (moved.name, moved.country, moved.lat) == ("Anbar", "SY", None)


def test_a_region_met_by_its_own_name_keeps_its_place() -> None:
    anbar = PlaceMention(
        _at("Anbar"), "Al Anbār", None, "IQ", 33.9, 42.5, "admin1", "IQ.01", confidence=0.9
    )
    assert rehome_homonyms([_SYRIA, anbar], [], _TEXT) == [_SYRIA, anbar]


def test_a_city_met_by_its_english_name_keeps_its_place() -> None:
    basra = PlaceMention(_at("Anbar"), "Basrah", 99532, "IQ", 30.5, 47.8, "city", confidence=0.8)
    assert rehome_homonyms([_SYRIA, basra], [], _TEXT) == [_SYRIA, basra]
    # a region resolved outright by a text that named it as such is not second-guessed
    sure = replace(basra, feature="admin1", confidence=0.9)
    assert rehome_homonyms([_SYRIA, sure], [], _TEXT) == [_SYRIA, sure]
