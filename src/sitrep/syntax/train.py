"""Train the small dependency parser that ships in `sitrep/syntax/model/`, reproducibly, on CPU.

Run it from the repository root (UD English-EWT is read from the shared folder at run time):

    python -m sitrep.syntax.train --output src/sitrep/syntax/model

Steps, in order:

1. Read UD English-EWT r2.16 train and dev (`sitrep.syntax.conllu`: empty nodes dropped,
   multiword tokens split into their syntactic words, as spaCy's tokenizer splits them).
2. Build a blank English spaCy pipeline: one shared `tok2vec` (NORM, PREFIX, SUFFIX and SHAPE
   hash embeddings encoded by a maxout CNN; no static vectors, to keep the model small and
   free of any text beyond the treebank), a `morphologizer` that predicts UPOS only (so
   `token.pos_` is set) and an arc-eager `parser` predicting basic UD relations with their
   subtypes (`nsubj:pass`, `obl:agent`; non-projective trees are handled by spaCy's
   pseudo-projective transform). Everything is seeded with `--seed`.
3. Train with Adam on shuffled mini-batches for at most `--max-epochs` epochs (the cap keeps
   a run to about 15-20 minutes on two busy cores); after each epoch score dev and keep the
   best epoch's weights by LAS; stop after `--patience` epochs without improvement.
4. Save with `nlp.to_disk` (a few MB); print dev (and, with `--test`, test) UAS, LAS and
   UPOS accuracy on the treebank's own tokenisation, punctuation included, LAS comparing
   full relation labels (CoNLL 2018 shared-task LAS strips subtypes; ours is stricter).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example
from thinc.api import Adam, fix_random_seed

from sitrep.evaluate.base import dataset_path
from sitrep.syntax.conllu import UDSentence, read_conllu
from sitrep.tok2vec import tok2vec_config


@dataclass(frozen=True)
class TrainConfig:
    """Hyper-parameters; the defaults are the ones the shipped model was trained with."""

    seed: int = 0
    width: int = 96
    depth: int = 4
    window: int = 1
    #: hash rows for NORM, PREFIX, SUFFIX, SHAPE: EWT train has ~20k distinct norms; hashing
    #: them into fewer rows costs little accuracy and keeps the model a few MB.
    embed_rows: tuple[int, int, int, int] = (5000, 500, 1500, 500)
    hidden_width: int = 64
    dropout: float = 0.1
    learn_rate: float = 0.001
    batch_size: int = 32
    max_epochs: int = 7
    patience: int = 2


@dataclass(frozen=True)
class TreebankScores:
    """Word-level attachment and tagging accuracy on gold tokenisation."""

    words: int
    uas: float
    las: float
    upos: float


def _listener(width: int) -> dict[str, object]:
    return {"@architectures": "spacy.Tok2VecListener.v1", "width": width, "upstream": "*"}


def _tok2vec_config(cfg: TrainConfig) -> dict[str, object]:
    return tok2vec_config(cfg.width, cfg.depth, cfg.window, cfg.embed_rows, static_vectors=False)


def build_nlp(cfg: TrainConfig) -> Language:
    """A blank English pipeline: shared tok2vec, UPOS morphologizer, parser (step 2)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("tok2vec", config={"model": _tok2vec_config(cfg)})
    tagger_model = {
        "@architectures": "spacy.Tagger.v2",
        "nO": None,
        "normalize": False,
        "tok2vec": _listener(cfg.width),
    }
    nlp.add_pipe("morphologizer", config={"model": tagger_model})
    parser_model = {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "parser",
        "extra_state_tokens": False,
        "hidden_width": cfg.hidden_width,
        "maxout_pieces": 2,
        "use_upper": True,
        "nO": None,
        "tok2vec": _listener(cfg.width),
    }
    nlp.add_pipe("parser", config={"model": parser_model})
    return nlp


def _words_doc(nlp: Language, sentence: UDSentence) -> Doc:
    return Doc(nlp.vocab, words=list(sentence.words), spaces=list(sentence.spaces))


def to_example(nlp: Language, sentence: UDSentence) -> Example:
    """A spaCy Example over the treebank's words, gold UPOS and tree on the reference."""
    reference = Doc(
        nlp.vocab,
        words=list(sentence.words),
        spaces=list(sentence.spaces),
        pos=list(sentence.upos),
        heads=list(sentence.heads),
        deps=list(sentence.deps),
    )
    return Example(_words_doc(nlp, sentence), reference)


def score_treebank(nlp: Language, sentences: Sequence[UDSentence]) -> TreebankScores:
    """UAS, LAS (full labels) and UPOS accuracy over every word, punctuation included."""
    total = heads_ok = labels_ok = pos_ok = 0
    docs: Iterable[Doc] = (_words_doc(nlp, s) for s in sentences)
    for sentence, doc in zip(sentences, nlp.pipe(docs, batch_size=256), strict=True):
        for token, head, dep, upos in zip(
            doc, sentence.heads, sentence.deps, sentence.upos, strict=True
        ):
            total += 1
            head_ok = token.head.i == head
            heads_ok += head_ok
            labels_ok += head_ok and token.dep_.lower() == dep.lower()
            pos_ok += token.pos_ == upos
    if total == 0:
        return TreebankScores(0, 0.0, 0.0, 0.0)
    return TreebankScores(total, heads_ok / total, labels_ok / total, pos_ok / total)


def fit(
    cfg: TrainConfig, train: Sequence[UDSentence], dev: Sequence[UDSentence], log: bool = True
) -> tuple[Language, int, TreebankScores]:
    """Train, keeping the epoch with the best dev LAS (step 3)."""
    fix_random_seed(cfg.seed)
    rng = random.Random(cfg.seed)
    nlp = build_nlp(cfg)
    examples = [to_example(nlp, s) for s in train]
    optimizer = Adam(learn_rate=cfg.learn_rate, L2=1e-6, grad_clip=1.0)
    nlp.initialize(lambda: examples, sgd=optimizer)
    best = TreebankScores(0, 0.0, -1.0, 0.0)
    best_epoch, best_bytes = 0, b""
    for epoch in range(1, cfg.max_epochs + 1):
        started = time.perf_counter()
        losses: dict[str, float] = {}
        rng.shuffle(examples)
        for first in range(0, len(examples), cfg.batch_size):
            batch = examples[first : first + cfg.batch_size]
            nlp.update(batch, drop=cfg.dropout, sgd=optimizer, losses=losses)
        scores = score_treebank(nlp, dev)
        if log:
            print(
                f"epoch {epoch:2d} parser loss {losses.get('parser', 0.0):9.1f} "
                f"dev UAS {scores.uas:.4f} LAS {scores.las:.4f} UPOS {scores.upos:.4f} "
                f"({time.perf_counter() - started:.0f} s)",
                file=sys.stderr,
            )
        if scores.las > best.las:
            best, best_epoch, best_bytes = scores, epoch, nlp.to_bytes()
        elif epoch - best_epoch >= cfg.patience:
            break
    nlp.from_bytes(best_bytes)
    return nlp, best_epoch, best


def load_split(split: str) -> list[UDSentence]:
    """One split of UD English-EWT ("train", "dev" or "test") (step 1)."""
    return list(read_conllu(dataset_path("ud_ewt", f"en_ewt-ud-{split}.conllu")))


def _describe(name: str, scores: TreebankScores) -> str:
    return (
        f"{name}: {scores.words} words, UAS {scores.uas:.4f} LAS {scores.las:.4f} "
        f"UPOS {scores.upos:.4f}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--output", type=Path, required=True, help="folder for nlp.to_disk")
    parser.add_argument("--seed", type=int, default=TrainConfig.seed)
    parser.add_argument("--max-epochs", type=int, default=TrainConfig.max_epochs)
    parser.add_argument("--test", action="store_true", help="also score the EWT test split")
    args = parser.parse_args(argv)
    cfg = TrainConfig(seed=args.seed, max_epochs=args.max_epochs)

    started = time.perf_counter()
    train, dev = load_split("train"), load_split("dev")
    nlp, best_epoch, dev_scores = fit(cfg, train, dev)
    print(f"best epoch {best_epoch}; {_describe('dev', dev_scores)}", file=sys.stderr)
    if args.test:
        print(_describe("test", score_treebank(nlp, load_split("test"))), file=sys.stderr)
    args.output.mkdir(parents=True, exist_ok=True)
    nlp.meta["name"] = "sitrep_syntax"
    nlp.meta["description"] = (
        f"UPOS tagger and dependency parser trained on UD English-EWT r2.16 train; "
        f"{best_epoch} epochs; {_describe('dev', dev_scores)}; seed {cfg.seed}"
    )
    nlp.to_disk(args.output)
    print(f"saved to {args.output} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
