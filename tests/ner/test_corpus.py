"""The CoNLL and UNER readers, on hand-written files and on the real shared datasets."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import DatasetMissing
from sitrep.evaluate.base import dataset_path
from sitrep.ner.corpus import (
    RE3D_TYPES,
    Sentence,
    fold_split,
    iob_to_spans,
    read_conll,
    read_uner,
    spans_to_iob,
)


def test_iob_to_spans_handles_adjacent_and_orphan_tags() -> None:
    tags = ["B-Person", "I-Person", "B-Person", "O", "I-Location", "I-Location", "I-Temporal"]
    assert iob_to_spans(tags) == [
        (0, 2, "Person"),
        (2, 3, "Person"),
        (4, 6, "Location"),
        (6, 7, "Temporal"),
    ]
    assert spans_to_iob(7, iob_to_spans(tags))[4:] == ["B-Location", "I-Location", "B-Temporal"]


def test_read_conll_crlf_with_carriage_return_separators(tmp_path: Path) -> None:
    path = tmp_path / "tiny.txt"
    path.write_bytes(
        b"Kurdish\tB-Nationality\r\nfighters\tO\r\nentered\tO\r\nRaqqa\tB-Location\r\n\r\n"
        b"\r\n"
        b"The\tO\r\nUN\tB-Organisation\r\nsaid\tO\r\n\r\n"
    )
    sentences = read_conll(path)
    assert [s.words for s in sentences] == [
        ("Kurdish", "fighters", "entered", "Raqqa"),
        ("The", "UN", "said"),
    ]
    assert sentences[0].spans() == [(0, 1, "Nationality"), (3, 4, "Location")]
    assert sentences[1].tags == ("O", "B-Organisation", "O")


def test_read_uner_maps_types_and_drops_oth(tmp_path: Path) -> None:
    path = tmp_path / "tiny.iob2"
    path.write_text(
        "# sent_id = x-1\n# text = American forces killed Shaikh Ani in Qaim\n"
        "1\tAmerican\tB-OTH\t-\tann\n2\tforces\tO\n3\tkilled\tB-O\n"
        "4\tShaikh\tB-PER\t-\tann\n5\tAni\tI-PER\t-\tann\n6\tin\tO\n7\tQaim\tB-LOC\t-\tann\n\n",
        encoding="utf-8",
    )
    (sentence,) = read_uner(path)
    assert sentence.tags == ("O", "O", "O", "B-Person", "I-Person", "O", "B-Location")


def _split(name: str) -> Path:
    try:
        return dataset_path("conflibert_eval", "re3d", f"{name}.txt")
    except DatasetMissing as exc:
        pytest.skip(f"re3d split not available: {exc}")


@pytest.mark.parametrize(("split", "count"), [("train", 574), ("dev", 191), ("test", 200)])
def test_real_re3d_split_sizes_match_the_paper(split: str, count: int) -> None:
    sentences = read_conll(_split(split))
    assert len(sentences) == count
    assert all(len(s.words) == len(s.tags) for s in sentences)
    types = {label for s in sentences for _, _, label in s.spans()}
    assert types == set(RE3D_TYPES)
    assert not any(
        w.endswith("\r") or t.endswith("\r")
        for s in sentences
        for w, t in zip(s.words, s.tags, strict=True)
    )


def test_fold_split_withholds_every_nth_sentence() -> None:
    sentences = [Sentence((f"w{i}",), ("O",)) for i in range(10)]
    kept, withheld = fold_split(sentences, 1, 4)
    assert [s.words[0] for s in withheld] == ["w1", "w5", "w9"]
    assert len(kept) == 7 and not set(kept) & set(withheld)
    with pytest.raises(ValueError):
        fold_split(sentences, 4, 4)
