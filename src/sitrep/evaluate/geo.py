"""Geoparsing evaluation on GeoWebNews and LGL, end to end from raw text.

The cascade, in order:
1. read the corpus (GeoWebNews from `GWN.xml`, LGL from `Corpora/lgl.xml`) and keep one
   fixed half: documents with an even position in the file are "dev" (the only half we
   tune on), odd positions are "test";
2. run segmentation, entities and places over each raw text (the pipeline's own stages,
   no gold spans given);
3. recognition: a predicted place matches a gold toponym when their spans overlap;
   precision, recall and F1 over the gold toponyms the places stage is meant to find
   (GeoWebNews: proper-noun toponyms, literal or metonymic; adjectival, embedded-in-
   organisation and expression annotations are neither gold nor false positives);
4. resolution over gold toponyms with a GeoNames id: end-to-end accuracy (found and
   within 161 km), accuracy within 161 km over the ones found ("at best"), exact id
   match, and the AUC of Gritta et al. (mean of ln(1 + km) / ln(20039), lower is better;
   a missed toponym counts the maximal error end to end);
5. streets and buildings (gold without a GeoNames id: "Royal Street", "Trump Tower") stay
   in the headline recognition scores, as the corpora annotate them, though a gazetteer of
   populated places cannot name them; the breakdown reports how many were recognised
   ("streets_buildings_without_id") and recognition with them unscored like ignored
   annotations ("streets_buildings_unscored": a prediction overlapping one is no error);
6. LGL annotates adjectival forms ("Georgian", "Palestinians") as toponyms; the places
   stage never emits demonyms (they go to the actors stage as NORP), so LGL is scored
   twice: as annotated (the headline metrics) and with demonyms unscored like GeoWebNews
   does (breakdown "demonyms_unscored"). A gold demonym is a word the actor knowledge
   names as a demonym, or an -an/-ian/-ese/-ish/-i(s) word the gazetteer does not know.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Final

from sitrep.evaluate.base import Evaluator, Published, Report, register
from sitrep.geo.proximity import great_circle_km
from sitrep.model import PlaceMention, make_article
from sitrep.pipeline.document import Document
from sitrep.pipeline.resources import load_resources
from sitrep.pipeline.stages.entities import EntitiesStage
from sitrep.pipeline.stages.places import PlacesStage
from sitrep.pipeline.stages.segment import SegmentStage

KM_161: Final = 161.0
MAX_KM: Final = 20039.0
#: GeoWebNews types scored as toponyms (modifier types other than "Adjective").
_GWN_TYPES: Final = frozenset(
    {"Literal", "Mixed", "Literal_Modifier", "Non_Literal_Modifier", "Metonymic"}
)
#: GeoWebNews annotations that are not scored: a prediction overlapping one is ignored.
_GWN_IGNORED: Final = frozenset(
    {
        "Demonym",
        "Language",
        "Homonym",
        "Coercion",
        "Non_Toponym",
        "Embedded_Literal",
        "Embedded_Non_Lit",
    }
)
_MORDECAI3: Final = (
    Published("Mordecai3", "end_to_end_acc161", 0.586, "Halterman 2023, from raw text (as cited)"),
    Published("Mordecai3", "acc161_at_best", 0.729, "Halterman 2023, best case (as cited)"),
)
_CAMCODER_NOTE: Final = (
    "CamCoder (Gritta et al. 2019): not available - the corpus README gives no figures."
)


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    text: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    #: scored for recognition (False: ignored, predictions overlapping it are not errors).
    scored: bool = True


@dataclass(frozen=True)
class GoldDoc:
    doc_id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def _opt_float(text: str | None) -> float | None:
    try:
        return float(text) if text else None
    except ValueError:
        return None


def _opt_int(text: str | None) -> int | None:
    return int(text) if text and text.strip().isdigit() else None


def read_gwn(path: Path) -> list[GoldDoc]:
    """GeoWebNews from its XML release."""
    docs: list[GoldDoc] = []
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        tops: list[GoldToponym] = []
        for t in article.iter("toponym"):
            kind = t.findtext("type") or ""
            modifier = t.findtext("modifierType") or ""
            scored = kind in _GWN_TYPES and modifier != "Adjective"
            if not scored and kind not in _GWN_IGNORED and modifier != "Adjective":
                continue  # expressions ("the city"): not toponyms at all
            start, end = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
            tops.append(
                GoldToponym(
                    start,
                    end,
                    text[start:end],
                    _opt_int(t.findtext("geonamesID")),
                    _opt_float(t.findtext("latitude")),
                    _opt_float(t.findtext("longitude")),
                    scored,
                )
            )
        docs.append(GoldDoc(article.get("file") or str(len(docs)), text, tuple(tops)))
    return docs


def read_lgl(path: Path) -> list[GoldDoc]:
    """LGL (Lieberman et al. 2010) as the Pragmatic Guide repository ships it."""
    docs: list[GoldDoc] = []
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        tops: list[GoldToponym] = []
        for t in article.iter("toponym"):
            start, end = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
            gaz = t.find("gaztag")
            gid = _opt_int(gaz.get("geonameid")) if gaz is not None else None
            lat = _opt_float(gaz.findtext("lat")) if gaz is not None else None
            lon = _opt_float(gaz.findtext("lon")) if gaz is not None else None
            tops.append(GoldToponym(start, end, text[start:end], gid, lat, lon))
        docs.append(GoldDoc(article.get("docid") or str(len(docs)), text, tuple(tops)))
    return docs


_DEMONYM_END: Final = re.compile(r"(?:an|ans|ese|ish|is|i)$")


def demonyms_unscored(docs: list[GoldDoc]) -> list[GoldDoc]:
    """The corpus with adjectival gold toponyms ("Georgian") unscored (rule 6)."""
    resources = load_resources()
    out: list[GoldDoc] = []
    for doc in docs:
        tops = tuple(
            replace(t, scored=False)
            if resources.actors.state_of_demonym(t.text) is not None
            or (_DEMONYM_END.search(t.text) and not resources.gazetteer.known(t.text))
            else t
            for t in doc.toponyms
        )
        out.append(replace(doc, toponyms=tops))
    return out


def streets_unscored(docs: list[GoldDoc]) -> list[GoldDoc]:
    """The corpus with gold toponyms that have no GeoNames id unscored (rule 5)."""
    return [
        replace(
            doc,
            toponyms=tuple(
                replace(t, scored=False) if t.geonameid is None or t.lat is None else t
                for t in doc.toponyms
            ),
        )
        for doc in docs
    ]


def half(docs: list[GoldDoc], split: str) -> list[GoldDoc]:
    """The fixed halves: even positions are dev, odd positions are test."""
    offset = 0 if split == "dev" else 1
    return docs[offset::2]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km: the places stage's own measure, so scoring and
    resolution agree on what lies within 161 km."""
    return great_circle_km(lat1, lon1, lat2, lon2)


class Geoparser:
    """Segmentation, entities and places: the pipeline's own stages, nothing more."""

    def __init__(self) -> None:
        resources = load_resources()
        self._stages = (
            SegmentStage(resources),
            EntitiesStage(resources),
            PlacesStage(resources),
        )

    def __call__(self, text: str) -> tuple[PlaceMention, ...]:
        doc = Document(make_article(text), anchor_date="2020-01-01")
        for stage in self._stages:
            stage(doc)
        return doc.places


@dataclass
class _Tally:
    gold: int = 0
    predicted: int = 0
    matched_gold: int = 0
    matched_pred: int = 0
    with_id: int = 0
    found_with_id: int = 0
    within_161: int = 0
    exact_id: int = 0
    auc_found: float = 0.0
    no_id: int = 0
    no_id_found: int = 0


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_doc(gold: GoldDoc, predicted: tuple[PlaceMention, ...], tally: _Tally) -> None:
    """Add one document's counts to the tally (rules 3-5)."""
    spans = [(p.evidence.start, p.evidence.end) for p in predicted]
    scored = [t for t in gold.toponyms if t.scored]
    ignored = [(t.start, t.end) for t in gold.toponyms if not t.scored]
    for span in spans:
        hits = any(_overlaps(span, (t.start, t.end)) for t in scored)
        if hits:
            tally.matched_pred += 1
            tally.predicted += 1
        elif not any(_overlaps(span, i) for i in ignored):
            tally.predicted += 1
    for top in scored:
        tally.gold += 1
        match = next(
            (
                p
                for p in predicted
                if _overlaps((p.evidence.start, p.evidence.end), (top.start, top.end))
            ),
            None,
        )
        if match is not None:
            tally.matched_gold += 1
        if top.geonameid is None or top.lat is None or top.lon is None:
            tally.no_id += 1
            tally.no_id_found += match is not None
            continue
        tally.with_id += 1
        if match is None:
            continue
        tally.found_with_id += 1
        tally.exact_id += match.geonameid == top.geonameid
        if match.lat is None or match.lon is None:
            km = MAX_KM
        else:
            km = haversine_km(top.lat, top.lon, match.lat, match.lon)
        tally.within_161 += km <= KM_161
        tally.auc_found += math.log1p(km) / math.log1p(MAX_KM)


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def report(corpus: str, split: str, docs: list[GoldDoc], parser: Geoparser | None = None) -> Report:
    parser = parser or Geoparser()
    tally = _Tally()
    predictions = [parser(gold.text) for gold in docs]
    for gold, predicted in zip(docs, predictions, strict=True):
        score_doc(gold, predicted, tally)
    metrics = _metrics(tally, len(docs))
    breakdown: dict[str, dict[str, float]] = {}
    if tally.no_id:
        breakdown["streets_buildings_without_id"] = {
            "gold": float(tally.no_id),
            "recognised": _ratio(tally.no_id_found, tally.no_id),
        }
    if tally.no_id:
        located = _Tally()
        for gold, predicted in zip(streets_unscored(docs), predictions, strict=True):
            score_doc(gold, predicted, located)
        breakdown["streets_buildings_unscored"] = _metrics(located, len(docs))
    if corpus == "lgl":
        lenient = _Tally()
        for gold, predicted in zip(demonyms_unscored(docs), predictions, strict=True):
            score_doc(gold, predicted, lenient)
        breakdown["demonyms_unscored"] = _metrics(lenient, len(docs))
    return Report(
        dataset=f"geo-{corpus}",
        split=split,
        metrics=metrics,
        published=_MORDECAI3,
        breakdown=breakdown,
        notes=(
            "dev = documents at even positions in the corpus file, test = odd; tuned on dev.",
            "Mordecai3's figures are on its own corpora, printed for scale, not same split.",
            _CAMCODER_NOTE,
        ),
    )


def _metrics(tally: _Tally, documents: int) -> dict[str, float]:
    precision = _ratio(tally.matched_pred, tally.predicted)
    recall = _ratio(tally.matched_gold, tally.gold)
    missed = tally.with_id - tally.found_with_id
    return {
        "documents": float(documents),
        "gold_toponyms": float(tally.gold),
        "recognition_precision": precision,
        "recognition_recall": recall,
        "recognition_f1": _ratio(2 * precision * recall, precision + recall),
        "gold_with_geonameid": float(tally.with_id),
        "end_to_end_acc161": _ratio(tally.within_161, tally.with_id),
        "acc161_at_best": _ratio(tally.within_161, tally.found_with_id),
        "exact_geonameid": _ratio(tally.exact_id, tally.with_id),
        "auc_at_best": _ratio(tally.auc_found, tally.found_with_id),
        "auc_end_to_end": _ratio(tally.auc_found + missed, tally.with_id),
    }


def _corpus_docs(corpus: str, shared: Path) -> list[GoldDoc]:
    root = shared / "datasets" / "geoparsing" / "data"
    from sitrep.errors import DatasetMissing

    path = root / ("GWN.xml" if corpus == "gwn" else "Corpora/lgl.xml")
    if not path.is_file():
        raise DatasetMissing(f"dataset not found at {path}; set SITREP_SHARED")
    return read_gwn(path) if corpus == "gwn" else read_lgl(path)


def _runner(corpus: str) -> Iterator[Evaluator]:
    def run(split: str, shared: Path) -> Report:
        return report(corpus, split, half(_corpus_docs(corpus, shared), split))

    yield Evaluator(
        name=f"geo-{corpus}",
        description=f"toponym recognition and resolution on {corpus.upper()} from raw text",
        splits=("dev", "test"),
        default_split="dev",
        run=run,
    )


for _name in ("gwn", "lgl"):
    for _evaluator in _runner(_name):
        register(_evaluator)
