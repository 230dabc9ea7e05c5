"""re3d adapter: a name the model finds that a document's kind heads, with the phrase that
says which document it is, is a DocumentReference, not a place or a body; a body that
issues reports keeps its type."""

from __future__ import annotations

from re3d_stubs import FixedModel, rule_stages

from sitrep.ner.corpus import Sentence
from sitrep.ner.re3d import predict_sentence


def _found(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    words = text.split()
    sentence = Sentence(tuple(words), ("O",) * len(words))
    found = predict_sentence(list(rule_stages()), sentence, FixedModel(spans))
    return [(" ".join(words[s:e]), label) for s, e, label in found]


def test_a_report_on_a_subject_is_a_document() -> None:
    text = "The panel published a report on the human rights situation in Yemen ."
    found = _found(text, [(3, 12, "Location")])
    assert ("a report on the human rights situation in Yemen", "DocumentReference") in found


def test_a_statement_by_a_body_is_a_document() -> None:
    text = "The statement by the Arab League condemned the shelling of Gaza ."
    found = _found(text, [(0, 6, "Organisation")])
    assert ("The statement by the Arab League", "DocumentReference") in found


def test_a_body_named_by_the_model_keeps_its_type() -> None:
    text = "The commission on human rights visited Aden on Monday ."
    found = _found(text, [(0, 5, "Organisation")])
    assert ("The commission on human rights", "Organisation") in found


def test_media_reports_are_a_document_without_their_adjective() -> None:
    text = "Local media reports said at least ten people were killed in the blast in Kassala ."
    found = _found(text, [(0, 2, "Organisation")])
    assert ("media reports", "DocumentReference") in found
    assert ("Local media", "Organisation") not in found
