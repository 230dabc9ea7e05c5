"""Train the statistical NER model that ships in `sitrep/ner/model/`, reproducibly, on CPU.

Run it from the repository root (the datasets are read from the shared folder at run time):

    python -m sitrep.ner.train --output src/sitrep/ner/model --final

Steps, in order:

1. Read ConfliBERT's re3d split (train and dev) and, with `--uner`, UNER English-EWT's
   draft train file (PER/LOC/ORG mapped to re3d's Person/Location/Organisation) as extra
   training sentences.
2. Build a blank English spaCy pipeline holding one `ner` component whose own tok2vec embeds
   NORM, PREFIX, SUFFIX and SHAPE hashes (MultiHashEmbed) and encodes them with a maxout
   CNN (window and depth below); everything is seeded with `--seed`.
3. Train with Adam on shuffled mini-batches; after each epoch score dev with entity-level
   exact-match macro-F1 (`sitrep.ner.scoring`) and keep the best epoch's weights; stop after
   `--patience` epochs without improvement or at `--max-epochs`.
4. With `--final` (the shipped model), retrain from scratch on train + dev for exactly the
   number of epochs that was best on dev in step 3, so the dev-based choice stays clean.
5. Save with `nlp.to_disk` (a few MB) and print dev figures and timings.

Cross-validation on train: `--holdout-fold K --folds N` withholds every train sentence i
with i % N == K (`sitrep.ner.corpus.fold_split`) and still picks the epoch on dev; such a
model is fair on the withheld sentences, which `sitrep evaluate ner --split train-fold-K`
scores (N = `sitrep.ner.corpus.CV_FOLDS`, 4), giving analysis text beyond dev:

    SITREP_NER_MODEL=/tmp/ner_fold0 sitrep evaluate ner --split train-fold-0

A fair dev figure for the whole recogniser needs a model that never saw dev: train without
`--final` into a scratch folder and point `$SITREP_NER_MODEL` at it
(`SITREP_NER_MODEL=/tmp/ner_train sitrep evaluate ner --split dev`). Seeds 0 and 1 of the
shipped settings differ by about 0.04 in dev model-alone macro-F1 (0.389, 0.427) and 0.012
in the combined figure, so smaller changes from retraining are noise.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.vectors import Vectors
from thinc.api import Adam, fix_random_seed

from sitrep.evaluate.base import dataset_path
from sitrep.ner.corpus import CV_FOLDS, Sentence, fold_split, read_conll, read_uner
from sitrep.ner.scoring import SpanScores, score_spans
from sitrep.ner.vectors import build_vectors
from sitrep.tok2vec import tok2vec_config


@dataclass(frozen=True)
class TrainConfig:
    """Hyper-parameters; the defaults are the ones the shipped model was trained with."""

    seed: int = 0
    width: int = 96
    depth: int = 4
    window: int = 1
    #: hash rows for NORM, PREFIX, SUFFIX, SHAPE: re3d train has ~4k distinct norms and
    #: far fewer prefixes, suffixes and shapes, so bigger tables only grow the model.
    embed_rows: tuple[int, int, int, int] = (4000, 300, 1500, 300)
    hidden_width: int = 64
    dropout: float = 0.2
    learn_rate: float = 0.001
    batch_size: int = 16
    max_epochs: int = 40
    patience: int = 8
    #: UNER EWT as extra PER/LOC/ORG data did not raise dev macro-F1 (its OTH tag, mapped
    #: to O, teaches that nationalities are not entities), so it is opt-in.
    use_uner: bool = False
    use_vectors: bool = True
    #: UNER sentences are many but general-domain; sample at most this many per epoch.
    uner_per_epoch: int = 1500


def _config(cfg: TrainConfig) -> dict[str, object]:
    return {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": cfg.hidden_width,
        "maxout_pieces": 2,
        "use_upper": True,
        "nO": None,
        "tok2vec": tok2vec_config(
            cfg.width, cfg.depth, cfg.window, cfg.embed_rows, static_vectors=cfg.use_vectors
        ),
    }


def build_nlp(cfg: TrainConfig, labels: Sequence[str], vectors: Vectors | None) -> Language:
    """A blank English pipeline with one untrained `ner` component (step 2)."""
    nlp = spacy.blank("en")
    if cfg.use_vectors:
        if vectors is None:
            raise ValueError("use_vectors is set but no vectors were given")
        nlp.vocab.vectors = vectors
    ner = nlp.add_pipe("ner", config={"model": _config(cfg)})
    for label in labels:
        ner.add_label(label)  # type: ignore[attr-defined]
    return nlp


def to_example(nlp: Language, sentence: Sentence) -> Example:
    """A spaCy Example over the corpus's own tokens, gold entities set on the reference."""
    predicted = Doc(nlp.vocab, words=list(sentence.words))
    reference = Doc(nlp.vocab, words=list(sentence.words))
    reference.ents = [Span(reference, s, e, label=lab) for s, e, lab in sentence.spans()]
    return Example(predicted, reference)


def predict_spans(nlp: Language, sentences: Sequence[Sentence]) -> list[list[tuple[int, int, str]]]:
    """Entities the pipeline finds on each sentence's gold tokenisation."""
    docs = (Doc(nlp.vocab, words=list(s.words)) for s in sentences)
    return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in nlp.pipe(docs)]


def evaluate(nlp: Language, sentences: Sequence[Sentence]) -> SpanScores:
    """Entity-level exact-match scores of `nlp` on gold-tokenised sentences."""
    return score_spans([s.spans() for s in sentences], predict_spans(nlp, sentences))


def _labels(sentences: Sequence[Sentence]) -> list[str]:
    return sorted({label for s in sentences for _, _, label in s.spans()})


def _epoch_examples(
    rng: random.Random, main: list[Example], extra: list[Example], cfg: TrainConfig
) -> list[Example]:
    chosen = main + rng.sample(extra, min(len(extra), cfg.uner_per_epoch))
    rng.shuffle(chosen)
    return chosen


def fit(
    cfg: TrainConfig,
    train: Sequence[Sentence],
    extra: Sequence[Sentence],
    dev: Sequence[Sentence] | None,
    vectors: Vectors | None = None,
    epochs: int | None = None,
    log: bool = True,
) -> tuple[Language, int, float]:
    """Train; with `dev`, keep the best epoch (step 3), else run exactly `epochs` (step 4).

    Returns the pipeline, the number of epochs it was trained for and the best dev macro-F1
    (0.0 without dev)."""
    fix_random_seed(cfg.seed)
    rng = random.Random(cfg.seed)
    nlp = build_nlp(cfg, _labels([*train, *extra]), vectors)
    main_examples = [to_example(nlp, s) for s in train]
    extra_examples = [to_example(nlp, s) for s in extra]
    optimizer = Adam(learn_rate=cfg.learn_rate, L2=1e-6, grad_clip=1.0)
    nlp.initialize(lambda: main_examples + extra_examples[:200], sgd=optimizer)
    total = epochs if epochs is not None else cfg.max_epochs
    best_f1, best_epoch, best_bytes = -1.0, 0, b""
    for epoch in range(1, total + 1):
        losses: dict[str, float] = {}
        epoch_examples = _epoch_examples(rng, main_examples, extra_examples, cfg)
        for first in range(0, len(epoch_examples), cfg.batch_size):
            batch = epoch_examples[first : first + cfg.batch_size]
            nlp.update(batch, drop=cfg.dropout, sgd=optimizer, losses=losses)
        if dev is None:
            if log:
                print(f"epoch {epoch:2d} loss {losses.get('ner', 0.0):9.1f}", file=sys.stderr)
            continue
        scores = evaluate(nlp, dev)
        if log:
            print(
                f"epoch {epoch:2d} loss {losses.get('ner', 0.0):9.1f} "
                f"dev macro-F1 {scores.macro_f1:.4f} micro-F1 {scores.micro.f1:.4f}",
                file=sys.stderr,
            )
        if scores.macro_f1 > best_f1:
            best_f1, best_epoch, best_bytes = scores.macro_f1, epoch, nlp.to_bytes()
        elif epoch - best_epoch >= cfg.patience:
            break
    if dev is not None and best_bytes:
        nlp.from_bytes(best_bytes)
        return nlp, best_epoch, best_f1
    return nlp, total, 0.0


def load_corpora(use_uner: bool) -> tuple[list[Sentence], list[Sentence], list[Sentence]]:
    """re3d train and dev, and the UNER sentences used as extra training data (step 1)."""
    root = dataset_path("conflibert_eval", "re3d")
    train = read_conll(root / "train.txt")
    dev = read_conll(root / "dev.txt")
    extra: list[Sentence] = []
    if use_uner:
        draft = dataset_path("uner_ewt", "train_v0_2022-12-02_DO_NOT_USE", "en_ewt-ud-train.iob2")
        extra = [s for s in read_uner(draft) if s.spans()]
    return train, dev, extra


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--output", type=Path, required=True, help="folder for nlp.to_disk")
    parser.add_argument("--seed", type=int, default=TrainConfig.seed)
    parser.add_argument(
        "--uner", action="store_true", help="add UNER EWT draft train (PER/LOC/ORG) as extra data"
    )
    parser.add_argument(
        "--final", action="store_true", help="after choosing epochs on dev, retrain on train+dev"
    )
    parser.add_argument("--no-vectors", action="store_true", help="no static word vectors")
    parser.add_argument("--max-epochs", type=int, default=TrainConfig.max_epochs)
    parser.add_argument(
        "--holdout-fold",
        type=int,
        default=None,
        help="withhold train sentences i with i %% FOLDS == K (cross-validated analysis)",
    )
    parser.add_argument("--folds", type=int, default=CV_FOLDS, help="number of folds")
    args = parser.parse_args(argv)
    cfg = TrainConfig(
        seed=args.seed,
        use_uner=args.uner,
        use_vectors=not args.no_vectors,
        max_epochs=args.max_epochs,
    )

    started = time.perf_counter()
    train, dev, extra = load_corpora(cfg.use_uner)
    held_out = ""
    if args.holdout_fold is not None:
        train, _ = fold_split(train, args.holdout_fold, args.folds)
        held_out = f" without fold {args.holdout_fold} of {args.folds}"
    vectors: Vectors | None = None
    if cfg.use_vectors:
        holder = spacy.blank("en")
        rows = build_vectors(holder.vocab, seed=cfg.seed)
        if rows == 0:
            cfg = replace(cfg, use_vectors=False)
        else:
            vectors = holder.vocab.vectors
        print(f"static vectors: {rows} rows", file=sys.stderr)
    nlp, best_epoch, best_f1 = fit(cfg, train, extra, dev, vectors)
    print(f"best dev macro-F1 {best_f1:.4f} at epoch {best_epoch}", file=sys.stderr)
    if args.final:
        nlp, _, _ = fit(cfg, [*train, *dev], extra, None, vectors, epochs=best_epoch)
        print(f"final model: train+dev, {best_epoch} epochs", file=sys.stderr)
    args.output.mkdir(parents=True, exist_ok=True)
    nlp.meta["name"] = "sitrep_ner"
    nlp.meta["description"] = (
        f"re3d entity types; trained on {'train+dev' if args.final else 'train'}{held_out}"
        f"{' + UNER EWT draft (PER/LOC/ORG)' if cfg.use_uner else ''}; "
        f"{best_epoch} epochs; dev macro-F1 {best_f1:.4f} (train-only model); seed {cfg.seed}"
    )
    nlp.to_disk(args.output)
    print(f"saved to {args.output} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
