"""Load the shipped statistical NER model and run it over a spaCy Doc.

The model (trained by `python -m sitrep.ner.train`) predicts re3d's entity types; callers
get sitrep's labels. Steps of `NerModel.predict`, in order:

1. Copy the words and spaces of the caller's Doc into a fresh Doc of the model's own
   vocabulary, so any Doc made by `spacy.blank("en").make_doc(text)` works and the caller's
   Doc is never changed (its token indices stay the ones returned). A title abbreviation
   that the caller's tokenizer split from its full stop ("Maj" ".") is one word again, as
   in the model's training text.
2. Run the model's `ner` component on that copy.
3. Map each entity's re3d type to sitrep's label with `RE3D_TO_SITREP`; an unknown type
   keeps its own name rather than being dropped.
4. Return (token start, token end exclusive, label) triples in document order.

A Doc that cannot be processed (for example an empty one) yields no entities, never an
exception, so one odd document cannot fail a batch.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.errors import KnowledgeDataError

#: Folder holding the shipped model (the `nlp.to_disk` output).
MODEL_DIR = Path(__file__).resolve().parent / "model"

#: Environment variable naming another model folder to load instead of the shipped one, so
#: a model trained on re3d train alone can be scored fairly on dev
#: (`SITREP_NER_MODEL=/tmp/ner_train sitrep evaluate ner --split dev`).
MODEL_DIR_ENV = "SITREP_NER_MODEL"

#: abbreviated titles that news text writes with a full stop ("Maj. Gen.", "Lt. Col.")
TITLE_ABBREVIATIONS: frozenset[str] = frozenset(
    [
        "Maj",
        "Lt",
        "Col",
        "Capt",
        "Gen",
        "Brig",
        "Adm",
        "Sgt",
        "Cpl",
        "Pvt",
        "Cmdr",
        "Spc",
        "Sen",
        "Rep",
        "Gov",
        "Dr",
        "Mr",
        "Mrs",
        "Ms",
        "Prof",
    ]
)

#: re3d entity types (as in ConfliBERT's split) -> sitrep entity labels. re3d's Location
#: covers both countries/cities and other places; the statistical model cannot tell GPE
#: from LOC, so it says LOC and the gazetteer-based stages refine it to GPE.
RE3D_TO_SITREP: dict[str, str] = {
    "Person": "PERSON",
    "Organisation": "ORG",
    "Location": "LOC",
    "Nationality": "NORP",
    "Weapon": "WEAPON",
    "MilitaryPlatform": "PLATFORM",
    "Temporal": "Temporal",
    "Quantity": "Quantity",
    "Money": "Money",
    "DocumentReference": "DocumentReference",
}


class NerModel:
    """A loaded statistical NER pipeline (one spaCy `ner` component)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    @classmethod
    def from_disk(cls, path: Path = MODEL_DIR) -> NerModel:
        """Load a model saved with `nlp.to_disk`; KnowledgeDataError if it is absent."""
        if not (path / "config.cfg").is_file():
            raise KnowledgeDataError(
                f"NER model not found at {path}; train it with "
                "`python -m sitrep.ner.train --output src/sitrep/ner/model`"
            )
        return cls(spacy.load(path))

    @property
    def labels(self) -> tuple[str, ...]:
        """The re3d types the model predicts."""
        ner = self.nlp.get_pipe("ner")
        return tuple(sorted(ner.labels))  # type: ignore[attr-defined]

    def predict_words(
        self, words: list[str], spaces: list[bool] | None = None
    ) -> list[tuple[int, int, str]]:
        """Entities with re3d types on an already tokenised sentence or text."""
        if not words:
            return []
        doc = Doc(self.nlp.vocab, words=words, spaces=spaces)
        doc = self.nlp(doc)
        return [(ent.start, ent.end, ent.label_) for ent in doc.ents]

    def predict_raw(self, doc: Doc) -> list[tuple[int, int, str]]:
        """Entities with re3d types on the caller's Doc (steps 1, 2, 4)."""
        groups = word_groups(doc)
        words = ["".join(doc[i].text for i in range(a, b)) for a, b in groups]
        spaces = [bool(doc[b - 1].whitespace_) for _, b in groups]
        return [
            (groups[start][0], groups[end - 1][1], label)
            for start, end, label in self.predict_words(words, spaces)
        ]

    def predict(self, doc: Doc) -> list[tuple[int, int, str]]:
        """Entities with sitrep labels: (token start, token end exclusive, label)."""
        return [(s, e, RE3D_TO_SITREP.get(label, label)) for s, e, label in self.predict_raw(doc)]


def word_groups(doc: Doc) -> list[tuple[int, int]]:
    """The caller's tokens grouped as the model's training text had them (step 1): a title
    abbreviation split from its full stop ("Maj" ".") is one word again ("Maj.")."""
    groups: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        joined = (
            i + 1 < len(doc)
            and token.text in TITLE_ABBREVIATIONS
            and not token.whitespace_
            and doc[i + 1].text == "."
        )
        groups.append((i, i + 2) if joined else (i, i + 1))
        i += 2 if joined else 1
    return groups


def model_dir() -> Path:
    """The folder to load: $SITREP_NER_MODEL when set, else the shipped model."""
    chosen = os.environ.get(MODEL_DIR_ENV, "").strip()
    return Path(chosen) if chosen else MODEL_DIR


@lru_cache(maxsize=1)
def load_ner() -> NerModel:
    """The model (`model_dir`), loaded once per process."""
    return NerModel.from_disk(model_dir())
