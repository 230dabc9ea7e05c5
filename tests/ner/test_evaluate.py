"""`sitrep evaluate ner` is registered and scores the dev split end to end."""

from __future__ import annotations

import pytest

from sitrep.errors import DatasetMissing
from sitrep.evaluate.base import dataset_path, evaluators, run_evaluation
from sitrep.evaluate.ner import FOLD_SPLITS, split_sentences
from sitrep.ner.corpus import RE3D_TYPES, read_conll


def test_ner_evaluator_is_registered() -> None:
    evaluator = evaluators()["ner"]
    assert evaluator.splits[:2] == ("dev", "test")
    assert "train-fold-0" in evaluator.splits
    assert evaluator.default_split == "test"


def test_dev_report_has_metrics_breakdown_and_published_figures() -> None:
    try:
        dataset_path("conflibert_eval", "re3d", "dev.txt")
    except DatasetMissing as exc:
        pytest.skip(f"re3d split not available: {exc}")
    report = run_evaluation("ner", "dev")
    assert report.split == "dev"
    assert 0.0 < report.metrics["macro_f1"] <= 1.0
    assert 0.0 < report.metrics["micro_f1"] <= 1.0
    assert set(RE3D_TYPES) <= set(report.breakdown)
    assert sum(report.breakdown[t]["support"] for t in RE3D_TYPES) == 697
    assert sum(report.breakdown[f"model:{t}"]["support"] for t in RE3D_TYPES) == 697
    assert 0.0 < report.metrics["model_macro_f1"] <= 1.0
    assert {p.system for p in report.published} == {"ConfliBERT-SCR-uncased", "BERT-uncased"}


def test_train_folds_partition_the_train_split() -> None:
    try:
        train = read_conll(dataset_path("conflibert_eval", "re3d", "train.txt"))
    except DatasetMissing as exc:
        pytest.skip(f"re3d split not available: {exc}")
    folds = [split_sentences(name) for name in FOLD_SPLITS]
    assert sum(len(fold) for fold in folds) == len(train)
    assert folds[1][0] == train[1] and folds[1][1] == train[1 + len(FOLD_SPLITS)]
