"""An act told about a person the sentence identifies or tries is not dated by that day."""

from __future__ import annotations

from sitrep.model import make_article
from sitrep.pipeline import process_article


def _dates(text: str) -> list[tuple[str, str, str, str]]:
    extraction = process_article(make_article(text, published="1998-08-21"))
    return [
        (e.sub_event_type, e.date.start, e.date.end, e.date.precision)
        for e in extraction.events
        if e.date is not None
    ]


def test_the_day_a_bomber_is_identified_is_not_the_day_of_the_attack() -> None:
    (grenade,) = _dates(
        "The man who hurled a grenade at the embassy in Nairobi was positively identified"
        " Thursday, police said."
    )
    assert grenade[0] == "Grenade"
    assert grenade[3] == "year"  # some time before the day he was identified
    assert grenade[2] == "1998-08-20"


def test_a_date_inside_the_relative_clause_still_dates_the_attack() -> None:
    assert _dates(
        "The man who hurled a grenade at the embassy in Nairobi on August 7 was identified"
        " Thursday."
    ) == [("Grenade", "1998-08-07", "1998-08-07", "day")]
