"""The GTT template metric and CEAF-REE on hand-built templates, and their
reproduction of the published figures from the released predictions."""

from __future__ import annotations

import pytest

from sitrep.evaluate.base import shared_dir
from sitrep.evaluate.gtt_metric import (
    Template,
    ceaf_ree,
    normalise,
    score_corpus,
    score_document,
    template_from_json,
)


def _t(kind: str, **roles: list[list[str]]) -> Template:
    return Template(kind, roles)


def test_normalise_drops_articles_and_punctuation() -> None:
    assert normalise("The Shining Path,") == "shining path"


def test_matching_type_and_filler_count() -> None:
    gold = [_t("attack", PerpOrg=[["shining path"]], Victim=[["enrique lopez"]])]
    pred = [_t("attack", PerpOrg=[["the shining path"]], Victim=[["someone else"]])]
    counts = score_document(pred, gold)
    # type + PerpOrg correct; 3 predicted items, 3 gold items
    assert (counts.p_num, counts.p_den, counts.r_num, counts.r_den) == (2, 3, 2, 3)


def test_wrong_type_scores_nothing_but_counts_against() -> None:
    gold = [_t("kidnapping", Victim=[["hector oqueli"]])]
    pred = [_t("attack", Victim=[["hector oqueli"]])]
    counts = score_document(pred, gold)
    assert counts.p_num == 0 and counts.p_den == 2 and counts.r_den == 2


def test_gold_type_alternatives_accept_either() -> None:
    gold = [_t("attack / bombing")]
    assert score_document([_t("bombing")], gold).p_num == 1


def test_best_mapping_is_chosen() -> None:
    gold = [_t("bombing", Target=[["embassy"]]), _t("attack", Victim=[["mayor"]])]
    pred = [_t("attack", Victim=[["mayor"]]), _t("bombing", Target=[["embassy"]])]
    counts = score_corpus([(pred, gold)])
    assert counts.f1 == 1.0


def test_mentions_with_offsets_are_read() -> None:
    raw = {"incident_type": "attack", "PerpInd": [[["terrorists", 12], ["rebels", 40]]]}
    assert template_from_json(raw).entities("PerpInd") == [["terrorists", "rebels"]]


def test_ceaf_ree_is_one_to_one() -> None:
    pred = {"PerpInd": [["guerrillas"], ["the guerrillas"]]}
    gold = {"PerpInd": [["guerrillas", "rebels"]]}
    counts = ceaf_ree([(pred, gold)])
    assert (counts.p_num, counts.p_den, counts.r_num, counts.r_den) == (1, 2, 1, 1)


def test_scorer_reproduces_published_gtt_and_grit() -> None:
    folder = shared_dir() / "datasets" / "muc4" / "reference_predictions"
    if not (folder / "gtt_preds_gtt.out").is_file():
        pytest.skip("shared MUC-4 reference predictions are not available")
    from sitrep.evaluate.muc4 import reference_scores

    gtt, grit = reference_scores(shared_dir())
    assert gtt is not None and grit is not None
    assert round(100 * gtt.precision, 2) == 61.69
    assert round(100 * gtt.recall, 2) == 42.36
    assert round(100 * gtt.f1, 2) == 50.23
    assert round(100 * grit.f1, 2) == 54.50
