"""`sitrep evaluate ner`: sitrep's entity recogniser on ConfliBERT's re3d split.

Steps, in order:

1. Read the chosen split (`dev` or `test`) of `datasets/conflibert_eval/re3d/` with
   `sitrep.ner.corpus.read_conll`; `train-fold-K` is fold K of train
   (`sitrep.ner.corpus.fold_split`, `CV_FOLDS` folds), fair only with a model trained
   without it (`python -m sitrep.ner.train --holdout-fold K`, named by $SITREP_NER_MODEL).
2. Main figures: run sitrep's recogniser (segment, timex, quantities, entities and places
   stages, the entities stage holding the shipped model) over each sentence's text and map its
   mentions to re3d types and gold token indices (`sitrep.ner.re3d`). The shipped model was
   trained on train + dev; for a fair dev figure, point $SITREP_NER_MODEL at a model trained
   on train alone (`python -m sitrep.ner.train --output /tmp/ner_train`, no `--final`).
3. Second figures (`model_*` metrics, `model:` rows): the shipped model alone
   (`sitrep.ner.model.load_ner`) on each sentence's gold tokens, as the ConfliBERT paper
   scores its taggers.
4. Score entity-level exact matches per re3d type (`sitrep.ner.scoring`); report macro-F1
   (the paper's metric), micro-F1 and macro/micro precision and recall.
5. Put a per-type row (precision, recall, F1, support) in `Report.breakdown` and the
   paper's figures beside ours. The published figures are on the test split; on dev they
   are shown for orientation only (the notes say so).
"""

from __future__ import annotations

from pathlib import Path

from sitrep.evaluate.base import Evaluator, Published, Report, dataset_path, register
from sitrep.ner.corpus import CV_FOLDS, Sentence, fold_split, read_conll
from sitrep.ner.model import NerModel, load_ner
from sitrep.ner.re3d import predict_sentence
from sitrep.ner.scoring import SpanScores, score_spans
from sitrep.pipeline.resources import load_resources
from sitrep.pipeline.stage import Stage
from sitrep.pipeline.stages.entities import EntitiesStage
from sitrep.pipeline.stages.places import PlacesStage
from sitrep.pipeline.stages.quantities import QuantitiesStage
from sitrep.pipeline.stages.segment import SegmentStage
from sitrep.pipeline.stages.timex import TimexStage

_PAPER = "Hu et al., NAACL 2022 (ConfliBERT), Table 3, mean of 10 seeds"

PUBLISHED: tuple[Published, ...] = (
    Published("ConfliBERT-SCR-uncased", "macro_f1", 0.6640, _PAPER),
    Published("BERT-uncased", "macro_f1", 0.6344, _PAPER),
)


def _rows(scores: SpanScores, prefix: str = "") -> dict[str, dict[str, float]]:
    return {
        f"{prefix}{label}": {
            "precision": row.precision,
            "recall": row.recall,
            "f1": row.f1,
            "support": float(row.support),
        }
        for label, row in scores.per_type.items()
    }


def _summary(scores: SpanScores, prefix: str = "") -> dict[str, float]:
    return {
        f"{prefix}macro_f1": scores.macro_f1,
        f"{prefix}macro_precision": scores.macro_precision,
        f"{prefix}macro_recall": scores.macro_recall,
        f"{prefix}micro_f1": scores.micro.f1,
        f"{prefix}micro_precision": scores.micro.precision,
        f"{prefix}micro_recall": scores.micro.recall,
    }


def combined_stages(model: NerModel | None) -> list[Stage]:
    """The stages whose mentions make up sitrep's recogniser, with `model` in entities."""
    resources = load_resources()
    return [
        SegmentStage(resources),
        TimexStage(resources),
        QuantitiesStage(resources),
        EntitiesStage(resources, model=model),
        PlacesStage(resources),
    ]


#: `train-fold-K` split names, one per cross-validation fold of train
FOLD_SPLITS: tuple[str, ...] = tuple(f"train-fold-{k}" for k in range(CV_FOLDS))


def split_sentences(split: str) -> list[Sentence]:
    """The sentences of `split`: a file of the re3d split, or one fold of train (step 1)."""
    if split in FOLD_SPLITS:
        train = read_conll(dataset_path("conflibert_eval", "re3d", "train.txt"))
        return fold_split(train, FOLD_SPLITS.index(split), CV_FOLDS)[1]
    return read_conll(dataset_path("conflibert_eval", "re3d", f"{split}.txt"))


def run_ner(split: str, shared: Path) -> Report:
    """Score sitrep's recogniser and the model alone on one split (steps 1-5)."""
    del shared  # dataset_path resolves the shared folder itself
    sentences = split_sentences(split)
    gold = [s.spans() for s in sentences]
    model = load_ner()
    stages = combined_stages(model)
    combined = score_spans(gold, [predict_sentence(stages, s, model) for s in sentences])
    alone = score_spans(gold, [model.predict_words(list(s.words)) for s in sentences])
    notes = [
        f"{len(sentences)} sentences, {combined.micro.support} gold entities; "
        "entity-level exact match, macro over types in gold or predictions (seqeval)",
        "main figures: sitrep's recogniser (knowledge + patterns + model, with the timex and "
        "quantities stages) mapped to re3d types by sitrep.ner.re3d; model_* and the "
        "'model:' rows: the statistical model alone on the gold tokens",
        f"model: {model.nlp.meta.get('description', 'sitrep_ner')}",
    ]
    if split in FOLD_SPLITS:
        notes.append(
            f"{split}: fair only with a model trained without it (--holdout-fold); the "
            "person-name list learnt from train, so Person is optimistic here"
        )
    if split != "test":
        notes.append("published figures are on the test split")
        if "train+dev" in str(model.nlp.meta.get("description", "")):
            notes.append(
                "the shipped model was retrained on train+dev, so these dev figures are "
                "optimistic; its clean dev macro-F1 (train-only run) is in the model line"
            )
    return Report(
        dataset="ner",
        split=split,
        metrics={**_summary(combined), **_summary(alone, "model_")},
        published=PUBLISHED,
        breakdown={**_rows(combined), **_rows(alone, "model:")},
        notes=tuple(notes),
    )


EVALUATOR = register(
    Evaluator(
        name="ner",
        description=(
            "entity recogniser (knowledge + patterns + model), re3d types, "
            "ConfliBERT's re3d split (entity macro-F1)"
        ),
        splits=("dev", "test", *FOLD_SPLITS),
        default_split="test",
        run=run_ner,
    )
)
