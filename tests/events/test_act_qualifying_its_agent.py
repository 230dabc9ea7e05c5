"""A "by" phrase whose noun the act itself qualifies ("supplied by the arrested
guerrillas") is no passive agent of that act (`roles._reduced_passive`)."""

from __future__ import annotations

from sitrep.model import make_article
from sitrep.pipeline import process_article


def test_an_act_inside_the_by_phrase_it_qualifies_is_read_without_failing() -> None:
    text = (
        "Police said the information supplied by the arrested guerrillas led to the raid "
        "on Tuesday."
    )
    events = process_article(make_article(text, published="2024-03-12")).events
    assert [e.sub_event_type for e in events] == ["Arrests"]
