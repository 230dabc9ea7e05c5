"""`sitrep evaluate ner`: the shipped statistical NER model on ConfliBERT's re3d split.

Steps, in order:

1. Read the chosen split (`dev` or `test`) of `datasets/conflibert_eval/re3d/` with
   `sitrep.ner.corpus.read_conll`.
2. Run the shipped model (`sitrep.ner.model.load_ner`) on each sentence's gold tokens, so
   spans are compared on the same token indices as the ConfliBERT paper's seqeval scoring.
3. Score entity-level exact matches per re3d type (`sitrep.ner.scoring`); report macro-F1
   (the paper's metric), micro-F1 and macro/micro precision and recall.
4. Put a per-type row (precision, recall, F1, support) in `Report.breakdown` and the
   paper's figures beside ours. The published figures are on the test split; on dev they
   are shown for orientation only (the notes say so).
"""

from __future__ import annotations

from pathlib import Path

from sitrep.evaluate.base import Evaluator, Published, Report, dataset_path, register
from sitrep.ner.corpus import read_conll
from sitrep.ner.model import load_ner
from sitrep.ner.scoring import score_spans

_PAPER = "Hu et al., NAACL 2022 (ConfliBERT), Table 3, mean of 10 seeds"

PUBLISHED: tuple[Published, ...] = (
    Published("ConfliBERT-SCR-uncased", "macro_f1", 0.6640, _PAPER),
    Published("BERT-uncased", "macro_f1", 0.6344, _PAPER),
)


def run_ner(split: str, shared: Path) -> Report:
    """Score the shipped model on one split of ConfliBERT's re3d (steps 1-4)."""
    del shared  # dataset_path resolves the shared folder itself
    sentences = read_conll(dataset_path("conflibert_eval", "re3d", f"{split}.txt"))
    model = load_ner()
    predicted = [model.predict_words(list(s.words)) for s in sentences]
    scores = score_spans([s.spans() for s in sentences], predicted)
    breakdown = {
        label: {
            "precision": row.precision,
            "recall": row.recall,
            "f1": row.f1,
            "support": float(row.support),
        }
        for label, row in scores.per_type.items()
    }
    notes = [
        f"{len(sentences)} sentences, {scores.micro.support} gold entities; "
        "entity-level exact match, macro over types in gold or predictions (seqeval)",
        f"model: {model.nlp.meta.get('description', 'sitrep_ner')}",
    ]
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
        metrics={
            "macro_f1": scores.macro_f1,
            "macro_precision": scores.macro_precision,
            "macro_recall": scores.macro_recall,
            "micro_f1": scores.micro.f1,
            "micro_precision": scores.micro.precision,
            "micro_recall": scores.micro.recall,
        },
        published=PUBLISHED,
        breakdown=breakdown,
        notes=tuple(notes),
    )


EVALUATOR = register(
    Evaluator(
        name="ner",
        description="statistical NER model, re3d types, ConfliBERT's re3d split (entity macro-F1)",
        splits=("dev", "test"),
        default_split="test",
        run=run_ner,
    )
)
