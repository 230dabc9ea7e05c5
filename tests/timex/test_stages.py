"""The timex and quantities stages on a segmented document, and the TimeML reader."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import spacy

from sitrep.evaluate.base import shared_dir
from sitrep.evaluate.tempeval import read_tml, score
from sitrep.model import make_article
from sitrep.pipeline.document import Document
from sitrep.pipeline.stages.quantities import QuantitiesStage
from sitrep.pipeline.stages.segment import SegmentStage
from sitrep.pipeline.stages.timex import TimexStage


class _Tokenizer:
    """Just what SegmentStage reads from Resources: a blank English pipeline."""

    nlp: Any = spacy.blank("en")


def _document(text: str, published: str | None) -> Document:
    doc = Document(article=make_article(text, published=published), anchor_date=published)
    SegmentStage(_Tokenizer())(doc)  # type: ignore[arg-type]
    return doc


def test_stages_fill_their_layers() -> None:
    doc = _document(
        "Rebels killed at least 12 soldiers near the town on Tuesday. Two days later, "
        "the army said it had detained more than 30 suspects.",
        "2026-03-05",
    )
    TimexStage(None)(doc)
    QuantitiesStage(None)(doc)
    values = {m.evidence.text: m.value for m in doc.timex}
    assert values["Tuesday"] == "2026-03-03"
    assert values["Two days later"] == "2026-03-05"
    assert [(q.of, q.low) for q in doc.quantities] == [("soldiers", 12), ("suspects", 31)]
    for stage in (TimexStage(None), QuantitiesStage(None)):
        assert set(stage.assigns) <= {"timex", "quantities"}


def test_read_tml_offsets_and_scoring(tmp_path: Path) -> None:
    tml = (
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" '
        'functionInDocument="CREATION_TIME">08/07/98</TIMEX3></DCT><TEXT>\n'
        'Troops &amp; police left <TIMEX3 tid="t1" type="DATE" value="1998-08-06">yesterday'
        '</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.\n'
        "</TEXT></TimeML>"
    )
    path = tmp_path / "doc.tml"
    path.write_text(tml, encoding="utf-8")
    doc = read_tml(path)
    assert doc.dct == "1998-08-07"
    assert [doc.text[g.start : g.end] for g in doc.timexes] == ["yesterday", "three days"]
    metrics, _ = score([doc])
    assert metrics["strict_f1"] == 1.0
    assert metrics["value_accuracy"] == 1.0


def test_tempeval_train_floor() -> None:
    """Pinned floors on the tuning split; raise them when the rules improve, never lower."""
    folder = shared_dir() / "datasets" / "tempeval3" / "Training" / "TBAQ-cleaned"
    if not folder.is_dir():
        pytest.skip(f"TempEval-3 not found at {folder}")
    docs = [read_tml(p) for p in sorted(folder.rglob("*.tml"))]
    metrics, _ = score(docs)
    assert metrics["relaxed_f1"] >= 0.90
    assert metrics["value_f1"] >= 0.72
