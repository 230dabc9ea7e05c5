"""PolNeAR attribution (Newell, Margolin & Ruths, LREC 2018) for the quotes stage.

Data: `polnear/data/{train,dev,test}/text/NAME.txt` and `attributions/NAME_ANNOT.ann`
(brat standoff: Source, Cue and Content text-bound spans, possibly discontinuous,
joined by an `Attribution` event). Some articles carry one .ann per annotator; we
always read the one whose annotator suffix sorts first, so a re-run reads the same
file. Tune on train/dev only; test is reported as it falls. No published score
was checked for this split ("none checked", as the dataset index says).

Definitions (checked against the corpus, see README and the annotation guide): PolNeAR
marks no direct/indirect flag; every attribution has a Content span (and usually a Source
and a Cue). Annotators put the quotation marks inside Content and often a lead-in too
("that “…”", "he would “…”"); a quotation split by its cue clause ("“A,” she said. “B.”")
is one Content of two fragments, written either as one discontinuous span or as a second
role, `Content2`. Both roles are read: with `Content` alone, the second part of such
a quotation would be no part of the gold, and a prediction that joined both parts would
score as too long. A Source is the mention as written ("he", "the Christie
supporter"), not a resolved name.

Scoring, in order:
1. quoted regions: the text inside quotation marks as the quote finder reads them
   (`sitrep.quotes.marks.quoted_spans`, the one definition both use): marks paired
   within a paragraph in every news convention, “…”, "…", ''…'', ``…'' and clearly
   quoting British ‘…’; an unclosed double mark runs to the paragraph end. (Round 2:
   the scorer had its own copy that knew only “…” and "…", so the gold quotations of
   files written with two apostrophes, ''…'', counted as indirect. Round 3: a straight
   opening '"' closed by a curly ” ran to the paragraph end; it now closes there, as
   `marks` rule 2 says.) A gold Content is *direct*
   when at least 90% of its letters and digits lie inside quoted regions (the PARC-style
   "direct" class, relaxed for a lead-in word); a predicted quote is direct when the
   stage says so (`Quote.direct`) or, by the same test, when 90% of its text lies inside
   quotation marks (a mixed quote: that “…”).
2. a content's characters are the positions of its letters and digits (so quote
   marks, punctuation and spaces never decide a match). For direct quotes both sides keep
   only their characters inside quoted regions: the quoted words are the quotation, and
   neither a gold lead-in ("that") nor a predicted cue between parts ("“A,” he said,
   “B.”") counts. (Round 3: a title quoted inside that cue, "“A,” Perez said on NBC's
   “Meet the Press.” “B.”", counted as part of the predicted quotation, though the
   quote's text leaves it out; a predicted quote now keeps only the quoted regions
   its text is made of.) (Round 1 cut only the prediction, which made some gold quotes
   unmatchable; the rule is now the same on both sides.) Indirect attributions keep all
   their characters.
3. direct content, exact: a one-to-one pairing where both sides have the same word
   sequence after stripping quote marks and punctuation; P/R/F1 over the direct quotes.
4. direct content, soft: pairs made greedily by shared characters; a pair scores
   |shared|/|predicted| towards precision and |shared|/|gold| towards recall.
5. speaker accuracy, over the soft-matched direct quotes with Jaccard >= 0.5 whose gold
   attribution names a Source: right when the predicted speaker's evidence overlaps the
   Source span, or a word of the speaker's name (3+ letters) appears in the Source text
   ("Hillary Clinton" for the Source "Clinton"). A quote with no predicted speaker is
   wrong, so the measure is accuracy on found quotes, not precision.
6. cue P/R/F1: predicted cue spans (one per quote) against gold Cue spans, any overlap,
   one to one.
7. all attributions (direct and indirect) P/R/F1: a predicted quote matches a gold
   Content when their characters' Jaccard is >= 0.5, one to one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.errors import DatasetMissing
from sitrep.evaluate.base import Evaluator, Report, register
from sitrep.model import Quote, make_article
from sitrep.pipeline.document import Document
from sitrep.pipeline.stage import Stage
from sitrep.quotes.marks import quoted_spans

SPLITS = ("train", "dev", "test")
DIRECT_SHARE = 0.9
MATCH_JACCARD = 0.5
_WORDS = re.compile(r"\w+")
_CONTENT_ROLE = re.compile(r"Content\d*")
_Frag = tuple[int, int]


@dataclass(frozen=True)
class GoldAttribution:
    content: tuple[_Frag, ...]
    source: tuple[_Frag, ...] = ()
    cue: tuple[_Frag, ...] = ()
    direct: bool = False


@dataclass(frozen=True)
class GoldArticle:
    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]


@dataclass
class Tally:
    """Sums over a split, turned into metrics at the end."""

    gold_direct: int = 0
    pred_direct: int = 0
    exact: int = 0
    soft_p: float = 0.0
    soft_r: float = 0.0
    speaker_seen: int = 0
    speaker_right: int = 0
    gold_cues: int = 0
    pred_cues: int = 0
    cue_hits: int = 0
    gold_all: int = 0
    pred_all: int = 0
    all_hits: int = 0
    misses: list[str] = field(default_factory=list)


# -- reading ---------------------------------------------------------------------------


def read_split(root: Path, split: str) -> list[GoldArticle]:
    """Every article of the split with the first annotator's attributions."""
    base = root / "datasets" / "polnear" / "data" / split
    if not (base / "text").is_dir():
        raise DatasetMissing(f"PolNeAR split {split!r} not found under {base}")
    anns: dict[str, Path] = {}
    for path in sorted((base / "attributions").glob("*.ann")):
        stem = path.stem.rsplit("_", 1)[0]
        anns.setdefault(stem, path)
    articles = []
    for text_path in sorted((base / "text").glob("*.txt")):
        ann = anns.get(text_path.stem)
        if ann is None:
            continue
        text = text_path.read_text(encoding="utf-8")
        articles.append(GoldArticle(text_path.stem, text, read_ann(ann.read_text("utf-8"), text)))
    return articles


def _frags(spec: str) -> tuple[_Frag, ...]:
    out = []
    for part in spec.split(";"):
        start, end = part.split()
        out.append((int(start), int(end)))
    return tuple(sorted(out))


def read_ann(ann: str, text: str) -> tuple[GoldAttribution, ...]:
    """Attribution relations of one brat file, each with its direct/indirect flag."""
    spans: dict[str, tuple[_Frag, ...]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        cols = line.split("\t")
        if len(cols) < 2:
            continue
        if cols[0].startswith("T"):
            label, _, spec = cols[1].partition(" ")
            if label in ("Source", "Cue", "Content"):
                spans[cols[0]] = _frags(spec)
        elif cols[0].startswith("E"):
            roles = dict(arg.split(":", 1) for arg in cols[1].split() if ":" in arg)
            relations.append(roles)
    regions = quoted_regions(text)
    gold = []
    for roles in relations:
        content = _contents(roles, spans)
        if not content:
            continue
        gold.append(
            GoldAttribution(
                content=content,
                source=spans.get(roles.get("Source", ""), ()),
                cue=spans.get(roles.get("Cue", ""), ()),
                direct=_inside_share(text, content, regions) >= DIRECT_SHARE,
            )
        )
    return tuple(sorted(gold, key=lambda g: g.content))


def _contents(roles: dict[str, str], spans: dict[str, tuple[_Frag, ...]]) -> tuple[_Frag, ...]:
    """Every Content role of a relation: brat names a second content span `Content2`
    ("“A,” he said. “B.”" is Content "“A,”" and Content2 "“B.”")."""
    frags = [
        f
        for role, ref in roles.items()
        if _CONTENT_ROLE.fullmatch(role)
        for f in spans.get(ref, ())
    ]
    return tuple(sorted(frags))


def quoted_regions(text: str) -> list[_Frag]:
    """Rule 1: spans inside paired quotation marks, as the quote finder pairs them."""
    return [(quoted.open, quoted.close) for quoted in quoted_spans(text)]


def _chars(text: str, frags: Iterable[_Frag]) -> set[int]:
    return {i for s, e in frags for i in range(s, min(e, len(text))) if text[i].isalnum()}


def _inside_share(text: str, frags: Sequence[_Frag], regions: Sequence[_Frag]) -> float:
    chars = _chars(text, frags)
    if not chars:
        return 0.0
    inside = _chars(text, regions)
    return len(chars & inside) / len(chars)


# -- scoring ---------------------------------------------------------------------------


def _pred_chars(text: str, quote: Quote, regions: Sequence[_Frag]) -> set[int]:
    if quote.direct:
        return _quoted_chars(text, quote, regions)
    return _chars(text, [(quote.evidence.start, quote.evidence.end)])


def _quoted_chars(text: str, quote: Quote, regions: Sequence[_Frag]) -> set[int]:
    """Rule 2: a predicted quote's characters inside the quoted regions its text is
    made of, so a title quoted in the cue between two parts ("“A,” Perez said on NBC's
    “Meet the Press.” “B.”") is no part of the quotation."""
    ev = quote.evidence
    own = [
        (max(s, ev.start), min(e, ev.end))
        for s, e in regions
        if s < ev.end and ev.start < e
        and (text[s:e].strip(" ,;:") in quote.text or not ev.start <= s < e <= ev.end)
    ]  # fmt: skip
    return _chars(text, own)


def _is_direct(text: str, quote: Quote, inside: set[int]) -> bool:
    if quote.direct:
        return True
    chars = _chars(text, [(quote.evidence.start, quote.evidence.end)])
    return bool(chars) and len(chars & inside) / len(chars) >= DIRECT_SHARE


def _words(text: str, chars: set[int]) -> list[str]:
    ordered = "".join(text[i] if i in chars else " " for i in range(min(chars), max(chars) + 1))
    return _WORDS.findall(ordered) if chars else []


def _pairs(preds: Sequence[set[int]], golds: Sequence[set[int]]) -> list[tuple[int, int, int]]:
    """Greedy one-to-one pairs (pred, gold, shared) by most shared characters."""
    cands = sorted(
        ((len(p & g), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds) if p & g),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for shared, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j, shared))
    return pairs


def _speaker_right(text: str, quote: Quote, source: Sequence[_Frag]) -> bool:
    speaker = quote.speaker
    if speaker is None:
        return False
    ev = speaker.evidence
    if ev is not None and any(ev.start < e and s < ev.end for s, e in source):
        return True
    source_words = {w.lower() for s, e in source for w in _WORDS.findall(text[s:e])}
    return any(len(w) >= 3 and w.lower() in source_words for w in _WORDS.findall(speaker.name))


def score_article(gold: GoldArticle, quotes: Sequence[Quote], tally: Tally) -> None:
    """Add one article's counts to the tally (rules 2-7)."""
    text = gold.text
    regions = quoted_regions(text)
    inside = _chars(text, regions)
    direct_gold = [g for g in gold.attributions if g.direct]
    direct_pred = [q for q in quotes if _is_direct(text, q, inside)]
    g_chars = [_chars(text, g.content) & inside for g in direct_gold]
    p_chars = [_quoted_chars(text, q, regions) for q in direct_pred]
    tally.gold_direct += len(direct_gold)
    tally.pred_direct += len(direct_pred)
    for i, j, shared in _pairs(p_chars, g_chars):
        if not p_chars[i] or not g_chars[j]:
            continue
        tally.soft_p += shared / len(p_chars[i])
        tally.soft_r += shared / len(g_chars[j])
        if _words(text, p_chars[i]) == _words(text, g_chars[j]):
            tally.exact += 1
        if shared / len(p_chars[i] | g_chars[j]) >= MATCH_JACCARD and direct_gold[j].source:
            tally.speaker_seen += 1
            if _speaker_right(text, direct_pred[i], direct_gold[j].source):
                tally.speaker_right += 1
            else:
                spoken = direct_pred[i].speaker
                who = spoken.name if spoken is not None else None
                src = " ".join(text[s:e] for s, e in direct_gold[j].source)
                tally.misses.append(f"{gold.name}: speaker {who!r} != {src!r}")
    # 6. cues
    gold_cues = [set(range(s, e)) for g in gold.attributions for s, e in g.cue[:1]]
    pred_cues = [set(range(q.cue.start, q.cue.end)) for q in quotes if q.cue is not None]
    tally.gold_cues += len(gold_cues)
    tally.pred_cues += len(pred_cues)
    tally.cue_hits += len(_pairs(pred_cues, gold_cues))
    # 7. all attributions
    all_gold = [_chars(text, g.content) for g in gold.attributions]
    all_pred = [_pred_chars(text, q, regions) for q in quotes]
    tally.gold_all += len(all_gold)
    tally.pred_all += len(all_pred)
    tally.all_hits += sum(
        1 for i, j, shared in _pairs(all_pred, all_gold)
        if shared / len(all_pred[i] | all_gold[j]) >= MATCH_JACCARD
    )  # fmt: skip


def _prf(hits: float, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = hits / n_pred if n_pred else 0.0
    r = hits / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def metrics(tally: Tally) -> dict[str, float]:
    out: dict[str, float] = {}
    rows = {
        "direct_exact": _prf(tally.exact, tally.pred_direct, tally.gold_direct),
        "cue": _prf(tally.cue_hits, tally.pred_cues, tally.gold_cues),
        "attribution": _prf(tally.all_hits, tally.pred_all, tally.gold_all),
    }
    soft_p = tally.soft_p / tally.pred_direct if tally.pred_direct else 0.0
    soft_r = tally.soft_r / tally.gold_direct if tally.gold_direct else 0.0
    soft_f = 2 * soft_p * soft_r / (soft_p + soft_r) if soft_p + soft_r else 0.0
    rows["direct_soft"] = (soft_p, soft_r, soft_f)
    for name in ("direct_exact", "direct_soft", "cue", "attribution"):
        p, r, f = rows[name]
        out[f"{name}_p"], out[f"{name}_r"], out[f"{name}_f1"] = p, r, f
    seen = tally.speaker_seen
    out["speaker_accuracy"] = tally.speaker_right / seen if seen else 0.0
    return out


# -- running -----------------------------------------------------------------------------


def quote_pipeline() -> list[Stage]:
    """The stages the quotes stage needs (segment, entities, places, actors, quotes)."""
    from sitrep.pipeline.resources import load_resources
    from sitrep.pipeline.stages.actors import ActorsStage
    from sitrep.pipeline.stages.entities import EntitiesStage
    from sitrep.pipeline.stages.places import PlacesStage
    from sitrep.pipeline.stages.quotes import QuotesStage
    from sitrep.pipeline.stages.segment import SegmentStage
    from sitrep.settings import Settings

    res = load_resources(Settings())
    return [
        SegmentStage(res),
        EntitiesStage(res),
        PlacesStage(res),
        ActorsStage(res),
        QuotesStage(res),
    ]


def evaluate_articles(articles: Sequence[GoldArticle]) -> Tally:
    from sitrep.pipeline.stage import Pipeline

    pipeline = Pipeline(quote_pipeline())
    tally = Tally()
    for gold in articles:
        doc = Document(make_article(gold.text))
        pipeline(doc)
        score_article(gold, doc.quotes, tally)
    return tally


def run(split: str, shared: Path) -> Report:
    articles = read_split(shared, split)
    tally = evaluate_articles(articles)
    notes = (
        f"{len(articles)} articles; {tally.gold_direct} gold direct quotations, "
        f"{tally.gold_all} gold attributions; {tally.speaker_seen} found quotes with a Source",
        "published SOTA: none checked (PolNeAR has no checked figure for this split)",
        "one annotator per article: the .ann whose annotator suffix sorts first",
        "direct = >=90% of content letters inside quotation marks; exact = same words "
        "after stripping quote marks and punctuation; soft = shared-character overlap",
    )
    return Report("quotes", split, metrics(tally), (), notes=notes)


register(
    Evaluator(
        name="quotes",
        description="PolNeAR attribution: direct quotes, speakers, cues, all attributions",
        splits=SPLITS,
        default_split="test",
        run=run,
    )
)
