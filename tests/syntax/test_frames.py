"""Frames read from hand-built parses: the rules, independent of the trained model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from sitrep.model import Span
from sitrep.syntax.parser import Frame, frame_of, trigger_token

_VOCAB = spacy.blank("en").vocab


def _doc(rows: list[tuple[str, str, int, str]]) -> Doc:
    """A parsed Doc from (word, UPOS, head index, relation) rows; the root heads itself."""
    words, pos, heads, deps = zip(*rows, strict=True)
    return Doc(_VOCAB, words=list(words), pos=list(pos), heads=list(heads), deps=list(deps))


def _frame(doc: Doc, word: str, offset: int = 0) -> Frame:
    token = next(t for t in doc if t.text == word)
    return frame_of(token, offset)


def _text(span: Span | None) -> str | None:
    return None if span is None else span.text


def _attached(frame: Frame, marker: str) -> str | None:
    argument = frame.attached(marker)
    return None if argument is None else argument.phrase.text


PASSIVE = _doc(
    [
        ("The", "DET", 1, "det"),
        ("village", "NOUN", 3, "nsubj:pass"),
        ("was", "AUX", 3, "aux:pass"),
        ("shelled", "VERB", 3, "ROOT"),
        ("by", "ADP", 6, "case"),
        ("government", "NOUN", 6, "compound"),
        ("forces", "NOUN", 3, "obl:agent"),
        ("on", "ADP", 8, "case"),
        ("Tuesday", "PROPN", 3, "obl"),
        (".", "PUNCT", 3, "punct"),
    ]
)


def test_passive_agent_is_the_doer_and_subject_the_undergoer() -> None:
    frame = _frame(PASSIVE, "shelled")
    assert frame.passive
    assert frame.doer is not None and frame.doer.phrase.text == "government forces"
    assert frame.undergoer is not None and frame.undergoer.phrase.text == "The village"
    assert [(m, a.phrase.text) for m, a in frame.attachments] == [("on", "Tuesday")]


def test_spans_are_shifted_by_the_sentence_offset() -> None:
    frame = _frame(PASSIVE, "shelled", offset=100)
    assert frame.trigger == Span(100 + PASSIVE[3].idx, 100 + PASSIVE[3].idx + 7, "shelled")
    assert frame.subject is not None and frame.subject.head.start == 100 + PASSIVE[1].idx


COORDINATED = _doc(
    [
        ("Militants", "NOUN", 1, "nsubj"),
        ("stormed", "VERB", 1, "ROOT"),
        ("the", "DET", 3, "det"),
        ("village", "NOUN", 1, "obj"),
        ("and", "CCONJ", 5, "cc"),
        ("killed", "VERB", 1, "conj"),
        ("12", "NUM", 7, "nummod"),
        ("people", "NOUN", 5, "obj"),
    ]
)


def test_coordinated_verb_shares_the_subject() -> None:
    frame = _frame(COORDINATED, "killed")
    assert not frame.passive
    assert _text(frame.doer and frame.doer.phrase) == "Militants"
    assert _text(frame.undergoer and frame.undergoer.phrase) == "12 people"


NOMINAL = _doc(
    [
        ("Russia", "PROPN", 2, "nmod:poss"),
        ("'s", "PART", 0, "case"),
        ("attack", "NOUN", 6, "nsubj"),
        ("on", "ADP", 4, "case"),
        ("Kharkiv", "PROPN", 2, "nmod"),
        ("was", "AUX", 6, "cop"),
        ("heavy", "ADJ", 6, "ROOT"),
    ]
)


def test_nominal_trigger_takes_its_possessor_and_preposition() -> None:
    frame = _frame(NOMINAL, "attack")
    assert _text(frame.doer and frame.doer.phrase) == "Russia"
    assert _attached(frame, "on") == "Kharkiv"
    assert frame.object is None


SUPPORT_VERB = _doc(
    [
        ("Coalition", "NOUN", 1, "compound"),
        ("forces", "NOUN", 2, "nsubj"),
        ("conducted", "VERB", 2, "ROOT"),
        ("strikes", "NOUN", 2, "obj"),
        ("against", "ADP", 5, "case"),
        ("ISIL", "PROPN", 3, "nmod"),
        ("near", "ADP", 7, "case"),
        ("Mosul", "PROPN", 2, "obl"),
    ]
)


def test_object_of_a_support_verb_takes_the_verbs_subject_as_agent() -> None:
    frame = _frame(SUPPORT_VERB, "strikes")
    assert _text(frame.doer and frame.doer.phrase) == "Coalition forces"
    assert _text(frame.undergoer and frame.undergoer.phrase) == "ISIL"


COORDINATED_SUBJECT = _doc(
    [
        ("The", "DET", 2, "det"),
        ("United", "PROPN", 2, "compound"),
        ("States", "PROPN", 5, "nsubj"),
        ("and", "CCONJ", 4, "cc"),
        ("Jordan", "PROPN", 2, "conj"),
        ("struck", "VERB", 5, "ROOT"),
        ("targets", "NOUN", 5, "obj"),
        ("alongside", "ADP", 9, "case"),
        ("partner", "NOUN", 9, "compound"),
        ("forces", "NOUN", 5, "obl"),
    ]
)


def test_conjuncts_are_listed_apart_and_alongside_is_an_attachment() -> None:
    frame = _frame(COORDINATED_SUBJECT, "struck")
    assert frame.subject is not None
    assert frame.subject.phrase.text == "The United States"
    assert [c.text for c in frame.subject.conjuncts] == ["Jordan"]
    assert _attached(frame, "alongside") == "partner forces"


RELATIVE = _doc(
    [
        ("Gunmen", "NOUN", 0, "ROOT"),
        ("who", "PRON", 2, "nsubj"),
        ("attacked", "VERB", 0, "acl:relcl"),
        ("a", "DET", 4, "det"),
        ("checkpoint", "NOUN", 2, "obj"),
    ]
)


def test_relative_pronoun_stands_for_the_noun_modified() -> None:
    frame = _frame(RELATIVE, "attacked")
    assert _text(frame.doer and frame.doer.head) == "Gunmen"


def test_trigger_token_is_the_head_of_a_multiword_trigger() -> None:
    doc = _doc(
        [
            ("an", "DET", 2, "det"),
            ("air", "NOUN", 2, "compound"),
            ("strike", "NOUN", 2, "ROOT"),
        ]
    )
    token = trigger_token(doc, doc[1].idx, doc[2].idx + len("strike"))
    assert token is not None and token.text == "strike"
    assert trigger_token(doc, 100, 105) is None
