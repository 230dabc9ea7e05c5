from __future__ import annotations

from sitrep.events.measures import dead_and_wounded_together, is_fatality_count
from sitrep.events.tokens import tokenize
from sitrep.model import Quantity, Span, make_article
from sitrep.pipeline import process_article


def _count(text: str, phrase: str) -> Quantity:
    start = text.index(phrase)
    return Quantity(Span.of(text, start, start + len(phrase)), None, 400, None, None)


def test_killed_or_wounded_after_a_long_subject_is_no_death_toll() -> None:
    text = (
        "In the first hours of the offensive more than 400 soldiers and officers of the "
        "army were killed or wounded, the rebel radio said."
    )
    q = _count(text, "more than 400 soldiers")
    assert dead_and_wounded_together(q, text)
    assert not is_fatality_count(q, tokenize(text, 0, len(text)), text)


def test_killed_after_a_long_subject_stays_a_death_toll() -> None:
    text = (
        "In the first hours of the offensive more than 400 soldiers and officers of the "
        "army were killed and 20 were wounded, the rebel radio said."
    )
    q = _count(text, "more than 400 soldiers")
    assert not dead_and_wounded_together(q, text)
    assert is_fatality_count(q, tokenize(text, 0, len(text)), text)


def test_a_later_clause_of_wounded_does_not_reach_back_to_the_count() -> None:
    text = "Gunmen killed 12 villagers near Maiduguri. Others in the camp were killed or wounded."
    q = _count(text, "12 villagers")
    assert not dead_and_wounded_together(q, text)


def test_wounded_of_another_clause_leave_the_dead_counted_apart() -> None:
    text = "Gunmen killed 12 villagers as others in the camp were killed or wounded by shells."
    q = _count(text, "12 villagers")
    assert not dead_and_wounded_together(q, text)


def _deaths_told(text: str) -> list[int | None]:
    article = make_article(text, published="2024-05-10")
    return [e.fatalities.best for e in process_article(article).events]


def test_a_toll_the_other_side_only_admits_to_is_a_rival_estimate() -> None:
    text = (
        "The rebel offensive in the east cost the army 29 dead, although the defence "
        "ministry has only admitted to 21 deaths, the radio said."
    )
    assert _deaths_told(text) == [21]


def test_those_killed_at_one_place_are_part_of_the_toll_told_before() -> None:
    text = (
        "The twin truck bombings of two police stations in the province last month killed "
        "96 people. Of those killed, 14 were killed in the town of Garissa."
    )
    assert 110 not in _deaths_told(text)
    assert 96 in _deaths_told(text)
