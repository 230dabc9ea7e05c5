"""The quantities stage: counts read sentence by sentence, none inside a date or time."""

from __future__ import annotations

from sitrep.model import make_article
from sitrep.pipeline import process_article


def _counts(text: str, published: str = "2016-12-01") -> list[tuple[str, int | None]]:
    mentions = process_article(make_article(text, published=published)).mentions
    return [(q.evidence.text, q.best) for q in mentions.quantities]


def test_numbers_inside_a_date_and_time_count_nothing() -> None:
    text = (
        "Gunmen attacked a police checkpoint in Kirkuk starting at 10 a.m. Nov. 29, 2016, "
        "and killed four policemen."
    )
    assert _counts(text) == [("four policemen", 4)]


def test_a_count_beside_a_date_is_kept() -> None:
    text = "On 3 March, 12 soldiers were wounded when a mortar round hit their base."
    assert _counts(text, published="2024-03-05") == [("12 soldiers", 12)]
