"""A date in brackets glossing the day just named ("on Friday (17 November)") opens no
clause: the agent written after it still belongs to the act."""

from __future__ import annotations

import pytest

from sitrep.events.tokens import clause_bounds, is_date_form, tokenize
from sitrep.model import make_article
from sitrep.pipeline import process_article


@pytest.mark.parametrize("text", ["17 November", "Nov. 17, 1989", "Friday", "Sept 3"])
def test_a_bracketed_date_is_a_date_form(text: str) -> None:
    assert is_date_form(text)


@pytest.mark.parametrize("text", ["TTP", "see below", "17", "two killed", "AFP"])
def test_other_brackets_are_not_date_forms(text: str) -> None:
    assert not is_date_form(text)


def test_the_clause_runs_past_a_bracketed_date() -> None:
    text = "Six Jesuits were murdered on Friday (17 November) by uniformed men."
    tokens = tokenize(text, 0, len(text))
    murdered = next(t.i for t in tokens if t.text == "murdered")
    lo, hi = clause_bounds(tokens, murdered)
    assert "men" in {t.text for t in tokens[lo:hi]}


def test_a_remark_in_brackets_still_ends_the_clause() -> None:
    text = "Gunmen killed two guards (the army disputes this) and fled."
    tokens = tokenize(text, 0, len(text))
    killed = next(t.i for t in tokens if t.text == "killed")
    lo, hi = clause_bounds(tokens, killed)
    assert "army" not in {t.text for t in tokens[lo:hi]}


def test_a_killing_dated_in_brackets_keeps_its_perpetrator_and_day() -> None:
    text = (
        "Six Jesuit priests were murdered on Friday (17 November) in San Salvador by "
        "uniformed individuals."
    )
    events = process_article(make_article(text, published="1989-11-20")).events
    assert len(events) == 1
    event = events[0]
    assert event.date is not None and event.date.start == "1989-11-17"
    assert event.actor1 is not None
