"""Each sentence's items, found by bisection on the sentences' starts."""

from __future__ import annotations

from sitrep.events.sentence_index import per_sentence, sentence_holding
from sitrep.model import Span

TEXT = "Gunmen attacked Kipupu. Police said six died. The army replied."


def _sentences() -> list[Span]:
    return [Span(0, 23, TEXT[0:23]), Span(24, 45, TEXT[24:45]), Span(46, 63, TEXT[46:63])]


def test_a_span_is_in_the_sentence_that_contains_it() -> None:
    sentences = _sentences()
    starts = [s.start for s in sentences]
    assert sentence_holding(Span(31, 35, "said"), sentences, starts) == 1
    assert sentence_holding(Span(20, 26, "pu. Po"), sentences, starts) is None


def test_items_are_grouped_by_sentence_in_their_order() -> None:
    spans = [Span(50, 54, "army"), Span(0, 6, "Gunmen"), None, Span(24, 30, "Police")]
    grouped = per_sentence(_sentences(), ["army", "gunmen", "none", "police"], spans)
    assert grouped == [["gunmen"], ["police"], ["army"]]
