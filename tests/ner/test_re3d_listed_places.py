"""re3d adapter: unknown names that a locative preposition lists with a named place are
places too; a name after a place's comma that no conjunction lists, a name a compass word
modifies and names listed after "on" stay out."""

from __future__ import annotations

from sitrep.ner.re3d import _CharSpan, _with_listed_places


def _listed(text: str, place: str) -> list[str]:
    start = text.index(place)
    spans = _with_listed_places(text, [_CharSpan(start, start + len(place), "Location", 1)])
    return [text[s.start : s.end] for s in spans if s.label == "Location"]


def test_villages_listed_after_in_are_places() -> None:
    text = "The attacks in Qamenas, Sarmin and Talamenes killed eleven people."
    assert _listed(text, "Qamenas") == ["Qamenas", "Sarmin", "Talamenes"]


def test_a_list_closed_by_or_after_near() -> None:
    text = "Patrols were seen near Kafr Nabl, Hass or Maarzita on Friday."
    assert _listed(text, "Kafr Nabl") == ["Kafr Nabl", "Hass", "Maarzita"]


def test_a_speaker_after_a_place_and_comma_is_no_place() -> None:
    text = "In Aleppo, Karim Hassan said the shelling went on all night."
    assert _listed(text, "Aleppo") == ["Aleppo"]


def test_a_compass_word_coordinated_before_a_region_is_no_place() -> None:
    text = "He works on minorities in the Near East and South and Central Asia."
    assert _listed(text, "the Near East") == ["the Near East"]


def test_names_listed_after_on_are_no_places() -> None:
    text = "The channel transmits on Nilesat, Hotbird, and Noorsat across the region."
    assert _listed(text, "Nilesat") == ["Nilesat"]
