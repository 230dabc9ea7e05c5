"""Statement references, capacities and dead-and-wounded counts (round 7)."""

from __future__ import annotations

from sitrep.events.measures import dead_and_wounded_together, is_fatality_count
from sitrep.events.nonevents import is_non_event
from sitrep.events.tokens import tokenize
from sitrep.events.triggers import find_triggers
from sitrep.model import Quantity, Span, make_article
from sitrep.pipeline import process_article


def _non_events(sentence: str) -> list[str]:
    tokens = tokenize(sentence, 0, len(sentence))
    hits = find_triggers(tokens, [])
    return [sentence[h.start : h.end] for h in hits if is_non_event(tokens, h)]


def test_evaluative_and_demonstrative_attack_nouns_are_references() -> None:
    assert _non_events("The army warned of the repercussions of the flagrant attack.") == ["attack"]
    text = "We are consulting with the Government of Iraq on the extent of this unprovoked attack."
    assert _non_events(text) == ["attack"]
    assert _non_events("The president condemns the attack.") == ["attack"]


def test_condemned_attack_with_its_own_place_is_still_a_report() -> None:
    text = "The United States condemns today's brutal terrorist attack on Camp Hurriya."
    assert _non_events(text) == []
    assert _non_events("Gunmen attacked a checkpoint in Kirkuk on Monday.") == []


def test_capacity_to_attack_is_not_an_attack() -> None:
    text = "We will not allow al-Qaida to grow its capacity to attack the United States."
    assert _non_events(text) == ["attack"]


def _count(text: str, phrase: str, of: str | None) -> Quantity:
    start = text.index(phrase)
    return Quantity(Span.of(text, start, start + len(phrase)), of, 61, None, None)


def test_dead_and_wounded_counted_together_give_no_death_toll() -> None:
    text = "An air strike hit the market, where more than 60 civilians were killed and injured."
    q = _count(text, "more than 60 civilians", "killed")
    assert dead_and_wounded_together(q, text)
    assert not is_fatality_count(q, tokenize(text, 0, len(text)), text)
    text = "A bomber blew himself up in Kabul, killing or wounding more than 60 people."
    q = _count(text, "more than 60 people", None)
    assert not is_fatality_count(q, tokenize(text, 0, len(text)), text)


def test_deaths_stated_apart_are_still_a_death_toll() -> None:
    text = "Shelling in Aleppo killed more than 60 civilians and wounded 100 others."
    q = _count(text, "more than 60 civilians", "killed")
    assert not dead_and_wounded_together(q, text)
    assert is_fatality_count(q, tokenize(text, 0, len(text)), text)


def test_people_counted_as_company_are_not_the_dead() -> None:
    def deaths(text: str) -> list[int | None]:
        events = process_article(make_article(text, published="2024-05-15")).events
        return [e.fatalities.best for e in events]

    assert 2 not in deaths("The pastor, accompanied by two men, was shot dead in Jos on Monday.")
    assert deaths("Gunmen escorted by four soldiers killed 12 villagers in Jos on Monday.") == [12]
