"""Event extraction on the re3d conflict-event development gold (`sitrep evaluate events`).

Data: `examples/re3d-events-gold.jsonl` (98 documents, ACLED-coded) joined by
`re3d_id` to `datasets/re3d/<Source>/documents.json`; each record's `published` is the
article's publication date. Splits are fixed by a hash of `re3d_id`: "dev" (tune on
it), "heldout" (report only), "all".

Scoring, in order:
1. candidates: a system event and a gold event match when their ACLED event types agree
   (lenient: also an event type reached through `alt_sub_event_types`), their
   countries agree and their date intervals lie within one day of each other;
2. matching is one-to-one, greedily by (same sub-type, evidence overlap, same place,
   text order): two events told in one sentence ("strikes on Jabla and Tartus") pair
   with the gold events at their own places, not by the order they are listed in;
3. strict: every gold event counts; lenient: `doubtful` gold events are dropped and a
   system event matching one is neither rewarded nor penalised;
4. event P/R/F1 from the matches; on matched pairs, per-field accuracy:
   sub-type (lenient accepts the alternatives), actors (actor1 and actor2 both agree;
   one actor agrees when a gold alias or the gold name appears as whole words in our
   name or kb id, so "Syria" agrees with "Military Forces of Syria" but not with
   "Syrian Democratic Forces" nor with "Civilians (Syria)", or when our state or
   state forces belong to the gold country; associated actors are not scored),
   location (same place after normalisation, by our gazetteer name or by our place's
   spelling in the text, since the gold keeps the text's spelling: "Palmyra" is the
   gazetteer's "Tadmur"; or both at country level),
   fatalities (same low and high), quantities (every gold
   phrase's number found among our quantities' evidence, and none when gold has none).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.errors import DatasetMissing, SitrepError
from sitrep.evaluate.base import Evaluator, Report, register
from sitrep.events.taxonomy import load_taxonomy
from sitrep.model import Event, make_article

SPLITS = ("dev", "heldout", "all")
FIELDS = ("sub_type", "actors", "location", "fatalities", "quantities")
_GOLD = ("examples", "re3d-events-gold.jsonl")
#: canonical gold names -> words any of which in our actor's name or kb id agree.
_ALIASES: Mapping[str, tuple[str, ...]] = {
    "Islamic State": ("islamic state", "isil", "isis", "daesh"),
    "Global Coalition against Daesh": ("coalition", "cjtf"),
    "Multi-National Force – Iraq": ("coalition", "multi-national"),
    "Civilians": ("civilians", "civilian"),
    "Unidentified Armed Group": ("unidentified armed",),
    "Unidentified Military Forces": ("unidentified military",),
}


@dataclass(frozen=True)
class GoldDoc:
    re3d_id: str
    text: str
    published: str
    events: tuple[Mapping[str, Any], ...]


def split_of(re3d_id: str) -> str:
    """The fixed split of a document: even first hash byte -> dev, odd -> heldout."""
    return "dev" if hashlib.sha256(re3d_id.encode()).digest()[0] % 2 == 0 else "heldout"


def load_gold(shared: Path, split: str = "all") -> list[GoldDoc]:
    gold_path = shared.joinpath(*_GOLD)
    root = shared / "datasets" / "re3d"
    if not gold_path.is_file() or not root.is_dir():
        raise DatasetMissing(f"re3d events gold or texts missing under {shared}")
    texts: dict[str, str] = {}
    for folder in sorted(p for p in root.iterdir() if (p / "documents.json").is_file()):
        for line in (folder / "documents.json").read_text(encoding="utf-8-sig").splitlines():
            if line.strip():
                doc = json.loads(line)
                texts[str(doc["_id"])] = str(doc["text"])
    docs = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        rid = str(raw["re3d_id"])
        if rid in texts and (split == "all" or split_of(rid) == split):
            docs.append(GoldDoc(rid, texts[rid], str(raw["published"]), tuple(raw["events"])))
    return docs


def _interval(value: object) -> tuple[dt.date, dt.date] | None:
    if isinstance(value, str):
        day = dt.date.fromisoformat(value[:10])
        return day, day
    if isinstance(value, Mapping):
        return dt.date.fromisoformat(value["start"]), dt.date.fromisoformat(value["end"])
    return None


def _dates_close(event: Event, gold: Mapping[str, Any]) -> bool:
    g = _interval(gold.get("date"))
    if event.date is None or g is None:
        return False
    s = dt.date.fromisoformat(event.date.start)
    e = dt.date.fromisoformat(event.date.end)
    gap = max((g[0] - e).days, (s - g[1]).days, 0)
    return gap <= 1


def _event_types(gold: Mapping[str, Any], lenient: bool) -> set[str]:
    types = {str(gold["event_type"])}
    if lenient:
        taxonomy = load_taxonomy()
        for alt in gold.get("alt_sub_event_types") or []:
            try:
                types.add(taxonomy.get(alt).event_type)
            except KeyError:
                continue
    return types


def is_candidate(event: Event, gold: Mapping[str, Any], lenient: bool) -> bool:
    """Rule 1."""
    country = event.location.country if event.location else None
    return (
        event.event_type in _event_types(gold, lenient)
        and country == gold.get("country")
        and _dates_close(event, gold)
    )


def _norm(text: str | None) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", (text or "").lower()).split())


def actor_agrees(ours: Any, gold: str | None) -> bool:
    """Our actor against a gold canonical name (None agrees with None)."""
    if ours is None or gold is None:
        return ours is None and gold is None
    # "Civilians (Syria)": the bracketed country locates the civilians, it names no actor
    name = re.sub(r"\([^)]*\)", " ", ours.name)
    mine = f" {_norm(' '.join(filter(None, (name, ours.kb_id))))} "
    words = _ALIASES.get(gold, (gold,))
    if any(f" {_norm(w)} " in mine for w in words):
        return True
    from sitrep.events.roles import country_name

    own_country = country_name(ours.country) if ours.country else None
    return (
        own_country is not None
        and _norm(own_country) == _norm(gold)
        and (ours.type in (None, "state_forces", "external", "state"))
    )


def _same_place(event: Event, gold: Mapping[str, Any]) -> bool:
    """Rule 4's location verdict: the same place after normalisation, by our gazetteer
    name or our place's spelling in the text; or both at country level."""
    place = _norm(gold.get("location"))
    loc = event.location
    ours = [_norm(loc.name), _norm(loc.evidence.text if loc.evidence else "")] if loc else []
    if not place:
        return loc is None or loc.precision in ("country", "region")
    return any(o and (o in place or place in o) for o in ours)


def field_scores(event: Event, gold: Mapping[str, Any], lenient: bool) -> dict[str, bool]:
    """Rule 4's per-field verdicts for a matched pair."""
    subs = {gold["sub_event_type"], *(gold.get("alt_sub_event_types") or [] if lenient else [])}
    fat = gold.get("fatalities")
    f = event.fatalities
    fatalities = (
        f.low is None if fat is None else (f.low == fat.get("low") and f.high == fat.get("high"))
    )
    phrases = [str(v) for v in (gold.get("quantities") or {}).values()]
    stated = " ".join(q.evidence.text.lower() for q in event.quantities)
    numbers = [re.findall(r"\d[\d,]*|[a-z]+", p.lower())[:1] for p in phrases]
    quantities = (
        all(n and n[0] in stated for n in numbers) and bool(stated)
        if phrases
        else not event.quantities
    )
    return {
        "sub_type": event.sub_event_type in subs,
        "actors": actor_agrees(event.actor1, gold.get("actor1"))
        and actor_agrees(event.actor2, gold.get("actor2")),
        "location": _same_place(event, gold),
        "fatalities": fatalities,
        "quantities": quantities,
    }


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_document(
    events: Sequence[Event],
    gold: Sequence[Mapping[str, Any]],
    text: str,
    lenient: bool,
    tally: Tally,
    fields: dict[str, list[bool]],
) -> None:
    """Rules 1-4 for one document, added to `tally` and `fields`."""
    pairs = []
    for i, event in enumerate(events):
        for j, g in enumerate(gold):
            if is_candidate(event, g, lenient):
                start = text.find(str(g["evidence"]))
                end = start + len(str(g["evidence"]))
                overlap = start >= 0 and event.evidence.start < end and start < event.evidence.end
                same = event.sub_event_type == g["sub_event_type"]
                place = _same_place(event, g)
                pairs.append((-int(same), -int(overlap), -int(place), i, j))
    used_e: set[int] = set()
    used_g: set[int] = set()
    for *_, i, j in sorted(pairs):
        if i in used_e or j in used_g:
            continue
        used_e.add(i)
        used_g.add(j)
        if lenient and gold[j].get("doubtful"):
            continue
        tally.tp += 1
        for name, ok in field_scores(events[i], gold[j], lenient).items():
            fields[name].append(ok)
    for j, g in enumerate(gold):
        if j not in used_g and not (lenient and g.get("doubtful")):
            tally.fn += 1
    tally.fp += len(events) - len(used_e)


def run_split(split: str, shared: Path) -> dict[str, dict[str, float]]:
    from sitrep.pipeline import process_article

    docs = load_gold(shared, split)
    outcome: dict[str, dict[str, float]] = {}
    extracted: list[tuple[GoldDoc, tuple[Event, ...]]] = []
    for doc in docs:
        try:
            article = make_article(doc.text, published=doc.published)
            extracted.append((doc, process_article(article).events))
        except SitrepError:
            extracted.append((doc, ()))
    for mode in ("strict", "lenient"):
        tally = Tally()
        fields: dict[str, list[bool]] = {name: [] for name in FIELDS}
        for doc, events in extracted:
            score_document(events, doc.events, doc.text, mode == "lenient", tally, fields)
        p, r, f = tally.prf()
        row = {"precision": p, "recall": r, "f1": f, "tp": float(tally.tp)}
        for name, verdicts in fields.items():
            row[f"acc_{name}"] = sum(verdicts) / len(verdicts) if verdicts else 0.0
        outcome[mode] = row
    return outcome


def run(split: str, shared: Path) -> Report:
    rows = run_split(split, shared)
    metrics = {f"{mode}_{k}": v for mode, row in rows.items() for k, v in row.items()}
    return Report(
        "events",
        split,
        metrics,
        breakdown=rows,
        notes=(
            "match = same event type, country, dates within a day; strict counts every gold "
            "event, lenient drops doubtful ones and accepts alt_sub_event_types",
            "tune on 'dev' only; 'heldout' is reported as it falls",
        ),
    )


register(
    Evaluator(
        name="events",
        description="re3d conflict-event gold: event P/R/F1 and per-field accuracy",
        splits=SPLITS,
        default_split="dev",
        run=run,
    )
)
