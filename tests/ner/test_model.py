"""The shipped model loads and finds the entities a news reader would expect."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from sitrep.errors import KnowledgeDataError
from sitrep.ner.corpus import RE3D_TYPES
from sitrep.ner.model import (
    MODEL_DIR,
    MODEL_DIR_ENV,
    RE3D_TO_SITREP,
    NerModel,
    load_ner,
    model_dir,
    word_groups,
)

_MAKE = spacy.blank("en")


def _entities(text: str) -> list[tuple[str, str]]:
    doc = _MAKE.make_doc(text)
    return [(doc[s:e].text, label) for s, e, label in load_ner().predict(doc)]


def test_load_is_cached_and_knows_every_re3d_type() -> None:
    model = load_ner()
    assert model is load_ner()
    assert set(model.labels) == set(RE3D_TYPES)


def test_mapping_covers_every_re3d_type_with_sitrep_labels() -> None:
    assert set(RE3D_TO_SITREP) == set(RE3D_TYPES)
    assert RE3D_TO_SITREP["Person"] == "PERSON"
    assert RE3D_TO_SITREP["Organisation"] == "ORG"
    assert RE3D_TO_SITREP["MilitaryPlatform"] == "PLATFORM"
    assert RE3D_TO_SITREP["Nationality"] == "NORP"


def test_finds_a_person() -> None:
    found = _entities("Defence Secretary John Healey visited troops in Estonia.")
    # re3d annotators sometimes include the title, so accept a span ending at the surname.
    assert any(label == "PERSON" and text.endswith("John Healey") for text, label in found)
    assert all(label != "PERSON" for text, label in found if "Estonia" in text)


def test_finds_an_organisation() -> None:
    found = _entities(
        "The Syrian Democratic Forces said on Monday that they had captured the town."
    )
    assert any(label == "ORG" and "Democratic Forces" in text for text, label in found)


def test_offsets_index_the_callers_doc_which_is_left_unchanged() -> None:
    doc = _MAKE.make_doc("Officials in Kabul said the Taliban had fired on the convoy.")
    spans = load_ner().predict(doc)
    assert all(0 <= s < e <= len(doc) for s, e, _ in spans)
    assert spans == sorted(spans)
    assert not doc.ents  # the caller's Doc gets no entities written into it


def test_empty_doc_gives_no_entities() -> None:
    assert load_ner().predict(_MAKE.make_doc("")) == []
    assert load_ner().predict(Doc(_MAKE.vocab, words=[])) == []


def test_missing_model_folder_raises_a_sitrep_error(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeDataError):
        NerModel.from_disk(tmp_path / "absent")


def test_split_title_abbreviations_reach_the_model_as_one_word() -> None:
    doc = _MAKE.make_doc("said Maj. Gen. Gary J. Volesky, commander of the task force.")
    groups = word_groups(doc)
    joined = ["".join(doc[i].text for i in range(a, b)) for a, b in groups]
    assert "Maj." in joined
    assert [i for a, b in groups for i in range(a, b)] == list(range(len(doc)))
    spans = load_ner().predict(doc)
    assert all(0 <= s < e <= len(doc) for s, e, _ in spans)


def test_model_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MODEL_DIR_ENV, raising=False)
    assert model_dir() == MODEL_DIR
    monkeypatch.setenv(MODEL_DIR_ENV, "/tmp/ner_train_only")
    assert model_dir() == Path("/tmp/ner_train_only")
    monkeypatch.setenv(MODEL_DIR_ENV, "  ")
    assert model_dir() == MODEL_DIR
