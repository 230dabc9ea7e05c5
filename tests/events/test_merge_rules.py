"""Merging rules on realistic multi-sentence reports, through the whole pipeline."""

from __future__ import annotations

from sitrep.model import Event, make_article
from sitrep.pipeline import process_article


def _events(text: str, published: str) -> list[Event]:
    return list(process_article(make_article(text, published=published)).events)


def test_death_toll_joins_the_fighting_it_names() -> None:
    text = (
        "Heavy fighting broke out on Friday in El Fasher, the capital of Sudan's North "
        "Darfur state, between the Rapid Support Forces and the Sudanese army.\n"
        "At least 27 people were killed in the fighting, according to a local "
        "resistance committee."
    )
    events = _events(text, "2024-05-12")
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    [clash] = events
    assert clash.fatalities.low == 27
    assert clash.actor1 is not None and clash.actor2 is not None


def test_bare_death_toll_with_no_event_is_not_violence_against_civilians() -> None:
    text = "At least 12 people were killed on Sunday, officials said."
    assert not [e for e in _events(text, "2024-03-04") if e.event_type != "Battles"]


def test_killed_or_arrested_attackers_are_no_arrest_event() -> None:
    text = (
        "Gunmen attacked a police station in Kano on Monday. The army said several "
        "attackers had been killed or arrested."
    )
    assert all(e.sub_event_type != "Arrests" for e in _events(text, "2024-02-06"))


def test_other_city_in_another_sentence_is_another_event() -> None:
    text = (
        "Russia launched a missile attack on Kyiv on Monday morning, officials said.\n"
        "At least 20 people were killed in Kyiv.\n"
        "In Kharkiv, a missile hit an industrial site and killed 10 people, the "
        "regional governor said."
    )
    events = _events(text, "2024-07-08")
    by_place = {e.location.name if e.location else None: e for e in events}
    assert len(events) == 2, [(e.sub_event_type, e.location) for e in events]
    kyiv = next(e for name, e in by_place.items() if name and "Kyiv" in name)
    kharkiv = next(e for name, e in by_place.items() if name and "Kharkiv" in name)
    assert kyiv.fatalities.low == 20 and kharkiv.fatalities.low == 10
    assert kharkiv.event_type == "Explosions/Remote violence"


def test_protest_with_deaths_is_excessive_force() -> None:
    text = (
        "Thousands of protesters marched in Nairobi on Tuesday against tax rises.\n"
        "Police fired tear gas at the crowds outside parliament.\n"
        "At least five people were shot dead near the parliament, rights groups said."
    )
    [event] = [e for e in _events(text, "2024-06-25") if e.event_type == "Protests"]
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.fatalities.low == 5


def test_overlapping_counts_are_not_summed() -> None:
    text = "ISIL militants killed 70 members of the Albu Nimr tribe in Anbar province on Friday."
    [event] = _events(text, "2015-10-01")
    assert event.fatalities.low == 70
