"""The shipped parser reads who did what to whom in plain news sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import KnowledgeDataError
from sitrep.model import Span
from sitrep.syntax.parser import Frame, SyntaxModel, load_syntax


def _frame(sentence: str, trigger: str) -> Frame:
    start = sentence.index(trigger)
    frame = load_syntax().frame(
        Span(0, len(sentence), sentence), Span(start, start + len(trigger), trigger)
    )
    assert frame is not None
    return frame


def _phrase(argument: object) -> str | None:
    phrase = getattr(argument, "phrase", None)
    return None if phrase is None else str(phrase.text)


def test_load_is_cached_and_tags_and_parses() -> None:
    model = load_syntax()
    assert model is load_syntax()
    doc = model.parse("Gunmen attacked a checkpoint near Kirkuk on Friday.")
    assert doc[1].pos_ == "VERB"
    assert doc[1].dep_.lower() == "root"


def test_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeDataError, match="syntax model not found"):
        SyntaxModel.from_disk(tmp_path)


def test_active_sentence() -> None:
    frame = _frame("Russian forces shelled the city of Kherson overnight.", "shelled")
    assert not frame.passive
    assert _phrase(frame.doer) == "Russian forces"
    assert _phrase(frame.undergoer) == "the city of Kherson"


def test_passive_sentence_with_by_agent() -> None:
    frame = _frame("A village chief was shot dead by gunmen in Mopti.", "shot")
    assert frame.passive
    assert _phrase(frame.doer) == "gunmen in Mopti"  # the place attached to the noun
    assert _phrase(frame.undergoer) == "A village chief"


def test_nominal_trigger_with_on_and_by() -> None:
    frame = _frame(
        "The attack by Islamic State fighters on the convoy killed five soldiers.", "attack"
    )
    assert _phrase(frame.doer) == "Islamic State fighters"
    assert _phrase(frame.attached("on")) == "the convoy"


def test_coordinated_verbs_share_their_subject() -> None:
    frame = _frame("Militants stormed the police station and killed three officers.", "killed")
    assert _phrase(frame.doer) == "Militants"
    assert _phrase(frame.undergoer) == "three officers"


def test_support_verb_and_against() -> None:
    frame = _frame("The army launched an offensive against the rebels.", "offensive")
    assert _phrase(frame.doer) == "The army"
    assert _phrase(frame.undergoer) == "the rebels"


def test_support_verb_with_a_passive_takes_the_agent() -> None:
    frame = _frame("The attack on the convoy was claimed by the Islamic State group.", "attack")
    assert _phrase(frame.doer) == "the Islamic State group"
    assert _phrase(frame.attached("on")) == "the convoy"


def test_spans_are_article_offsets() -> None:
    article = "Fighting resumed. Rebels attacked an army base in Goma."
    sentence = Span(18, len(article), article[18:])
    trigger_at = article.index("attacked")
    frame = load_syntax().frame(sentence, Span(trigger_at, trigger_at + 8, "attacked"))
    assert frame is not None and frame.doer is not None
    doer = frame.doer.phrase
    assert article[doer.start : doer.end] == doer.text == "Rebels"
