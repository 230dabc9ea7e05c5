"""The whole pipeline on hostile and odd text: it never raises, and every evidence span
slices the article text exactly."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.model import Extraction, make_article, to_dict
from sitrep.pipeline import process_article

FRAGMENTS = [
    "Isis killed two soldiers in an ambush on December 13.",
    "“We will never forget,” he said.",
    "More than 90 munitions hit over 35 targets near Deir ez-Zor",
    "Authorities in Turkey arrested dozens of suspects",
    "<script>alert(1)</script>",
    "F-16s",
    "Paveway IV",
    "'",
    "“",
    "”",
    '"',
    "\n",
    "\n\n",
    " ",
    "…",
    "—",
    "Mr.",
    "U.S.",
    "2025-12-13",
    "5.30pm",
    "year 99999",
    "the 35th of Smarch",
    "February 30",
    "0",
    "-1",
    "999999999999999999999",
    "١٢٣",
    "🙂",
    "\u200b",
    "\x00",
    "\ufeff",
]

news_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=25).map(
    " ".join
)


def _evidence(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        found = [value] if set(value) == {"start", "end", "text"} else []
        return found + [e for item in value.values() for e in _evidence(item)]
    if isinstance(value, list):
        return [e for item in value for e in _evidence(item)]
    return []


def check(extraction: Extraction) -> None:
    text = extraction.article.text
    data = to_dict(extraction)
    del data["article"]
    for span in _evidence(data):
        assert text[span["start"] : span["end"]] == span["text"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=news_like, published=st.sampled_from([None, "2026-01-10", "1999-02-28"]))
def test_any_text_is_processed_without_error(text: str, published: str | None) -> None:
    check(process_article(make_article(text, published=published)))


def test_a_long_article_is_processed() -> None:
    paragraph = (
        "Russian forces shelled Kharkiv on Saturday, killing two civilians, officials said. "
        "“The strikes hit homes,” Mayor Ihor Terekhov said.\n"
    )
    extraction = process_article(make_article(paragraph * 400, published="2024-05-20"))
    check(extraction)
    assert extraction.events
