"""Score sitrep's own mentions on re3d: run the stages on each sentence, map to re3d's types.

sitrep's entity recogniser is the knowledge and patterns of the entities stage plus the
statistical model, and its times and numbers come from the timex and quantities stages.
re3d (ConfliBERT's split) annotates differently from sitrep's output contract, so this
adapter translates, with general rules chosen on re3d train and dev only:

1. Each CoNLL sentence becomes text by joining its tokens with single spaces; the token
   offsets are kept so every character span maps back to gold token indices.
2. The segment, timex, quantities and entities stages run over that text (anchor date
   fixed: values do not matter here, only spans).
3. Entity labels map to re3d types: PERSON -> Person; ORG, ARMED_GROUP -> Organisation;
   GPE, LOC, FACILITY -> Location; NORP -> Nationality; WEAPON -> Weapon; PLATFORM ->
   MilitaryPlatform. OPERATION has no re3d type and is left out.
4. re3d codes a state that acts ("France said", "the UK's") as an Organisation and a
   state as a place ("in Syria") as a Location: a GPE right after a preposition, or
   heading a "X, Y" place pair, is a Location; any other state is an Organisation.
5. re3d spans include a leading "the" for organisations ("the SDF") and the role before
   a person's name ("Foreign Secretary Philip Hammond"): both are added back.
6. re3d annotates pronoun mentions: I/me/myself/he/him/she/her -> Person; we/they ->
   Organisation (their share in train: over 90% for the Person ones, ~70% for we/they).
7. Timex mentions -> Temporal; quantities -> Quantity, keeping only the number (re3d's
   Quantity is "two", not "two tactical units") unless the unit is a measure ("30
   percent", "four miles"); a quantity inside a Money or DocumentReference span is dropped.
8. Money by pattern: a currency sign or currency word with its number ("$ 5 million",
   "two Jordanian dinars"). DocumentReference by pattern: resolutions, executive orders
   and similar numbered instruments ("UN Security Council Resolution 2254").
9. Overlapping spans: the longest wins, then the earlier rule.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from sitrep.model import make_article
from sitrep.ner.corpus import Sentence
from sitrep.ner.model import NerModel
from sitrep.pipeline.document import Document
from sitrep.pipeline.stage import Stage
from sitrep.pipeline.stages.roles import role_before

#: (token start, token end exclusive, re3d type)
TokenSpan = tuple[int, int, str]

ANCHOR_DATE: Final = "2017-01-01"

LABEL_TO_RE3D: Final[dict[str, str]] = {
    "PERSON": "Person",
    "ORG": "Organisation",
    "ARMED_GROUP": "Organisation",
    "GPE": "Location",
    "LOC": "Location",
    "FACILITY": "Location",
    "NORP": "Nationality",
    "WEAPON": "Weapon",
    "PLATFORM": "MilitaryPlatform",
}

_CLOSERS: Final = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "%"})
_OPENERS: Final = frozenset({"(", "[", "$", "£", "€"})
#: tokens that join their neighbours without spaces ("U.S.-led", "al-Qaeda", "Da’esh")
_JOINERS: Final = frozenset({"-", "–", "’", "'", "/"})
_PERSON_PRONOUNS: Final = frozenset(["i", "me", "myself", "he", "him", "she", "her"])
_ORG_PRONOUNS: Final = frozenset(["we", "they"])
_PLACE_PREPOSITIONS: Final = frozenset(
    [
        "in",
        "into",
        "inside",
        "within",
        "across",
        "throughout",
        "near",
        "from",
        "to",
        "at",
        "around",
        "outside",
        "over",
        "toward",
        "towards",
        "through",
        "via",
        "between",
        "of",
    ]
)
_GROUP_NOUN: Final = re.compile(
    r" (?:[a-z]+ )?(?:fighters|militants|terrorists|forces|troops|soldiers|units?|members|"
    r"militias?|rebels|insurgents|movement|people|government|authorities|officials|"
    r"personnel|refugees|civilians|children|allies|partners|opposition|media)\b"
)
_COMPASS: Final = re.compile(
    r"\b(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?|northeastern|northwestern|southeastern|southwestern) $",
    re.I,
)
_QUALIFIER: Final = re.compile(
    r"(?:more than|over|about|around|approximately|nearly|almost|roughly|some|up to|"
    r"fewer than|less than|under|an estimated) ",
    re.I,
)
#: rank of the model's raw predictions (rule 10): they fill gaps only.
_FALLBACK: Final = 9
_MEASURES: Final = re.compile(
    r"^(?:percent|per cent|%|km|kilometres?|kilometers?|miles?|metres?|meters?|"
    r"feet|foot|acres?|tonnes?|tons?|kg|kilograms?|litres?|liters?)\b",
    re.I,
)
_NUMBER: Final = (
    r"(?:\d[\d,. ]*\d|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"hundreds|thousands|millions|billions|dozens|a few)"
)
_SCALE: Final = r"(?:\s+(?:thousand|million|billion|bn|m))?"
_CURRENCY_WORD: Final = (
    r"(?:dollars?|euros?|pounds?(?: sterling)?|dinars?|riyals?|rials?|lira|liras|rubles?|"
    r"roubles?|yuan|rupees?|shekels?)"
)
_MONEY: Final = re.compile(
    rf"(?:(?:more than|over|about|nearly|almost|some|up to)\s+)?"
    rf"(?:[$£€¥]\s*{_NUMBER}{_SCALE}(?:\s+(?:US\s+)?dollars)?|"
    rf"(?:US\s*\$|USD|EUR|GBP)\s*{_NUMBER}{_SCALE}|"
    rf"{_NUMBER}{_SCALE}\s+(?:of\s+)?(?:[A-Z][a-z]+\s+)?{_CURRENCY_WORD})\b",
    re.I,
)
_DOC_REF: Final = re.compile(
    r"\b(?:(?:the|The)\s+)?(?:(?:UN|U\.N\.|United Nations)\s+)?(?:Security Council\s+)?"
    r"(?:Resolutions?|Executive Order|Directive|Decree|Law|Act|Article|Chapter|Section|"
    r"Protocol|Regulation)\s+(?:No\.?\s*)?\d[\d./-]*(?:\s+(?:and|,)\s+\d[\d./-]*)*\b"
)


@dataclass(frozen=True)
class _CharSpan:
    start: int
    end: int
    label: str
    rank: int


def sentence_text(words: Sequence[str]) -> tuple[str, list[int]]:
    """The tokens as news text, and each token's start offset (rule 1)."""
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    for i, word in enumerate(words):
        if i and _space_before(words, i):
            parts.append(" ")
            offset += 1
        starts.append(offset)
        parts.append(word)
        offset += len(word)
    return "".join(parts), starts


def _space_before(words: Sequence[str], i: int) -> bool:
    """Whether news text has a space between token i-1 and token i (rule 1)."""
    prev, word = words[i - 1], words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if word in _CLOSERS or prev in _OPENERS or word.lower() in ("'s", "’s", "n't"):
        return False
    if word in _JOINERS and (prev[-1:].isalnum() or prev.endswith(".")) and nxt[:1].isalnum():
        return False
    if prev in _JOINERS and i >= 2 and words[i - 2][-1:].isalnum() and word[:1].isalnum():
        return False
    return not (prev in (",", ".") and i >= 2 and words[i - 2].isdigit() and word.isdigit())


def run_stages(stages: Sequence[Stage], text: str) -> Document:
    """Run `stages` over one text (rule 2)."""
    doc = Document(make_article(text, published=ANCHOR_DATE), anchor_date=ANCHOR_DATE)
    for stage in stages:
        stage(doc)
    return doc


def predict_sentence(
    stages: Sequence[Stage], sentence: Sentence, model: NerModel | None = None
) -> list[TokenSpan]:
    """sitrep's mentions on one re3d sentence as re3d-typed token spans (rules 1-10)."""
    if not sentence.words:
        return []
    text, starts = sentence_text(sentence.words)
    doc = run_stages(stages, text)
    chosen = _select(re3d_spans(doc))
    if model is not None and doc.tokens is not None:
        tokens = doc.tokens
        gaps = []
        for start, end, label in model.predict_raw(tokens):
            span = tokens[start:end]
            if not any(span.start_char < c.end and c.start < span.end_char for c in chosen):
                gaps.append(_CharSpan(span.start_char, span.end_char, label, _FALLBACK))
        chosen = _select([*chosen, *gaps])
    return _to_tokens(chosen, starts, [len(w) for w in sentence.words])


def re3d_spans(doc: Document) -> list[_CharSpan]:
    """Character spans with re3d types from a processed document (rules 3-8)."""
    text = doc.text
    spans: list[_CharSpan] = []
    money = [(m.start(), m.end()) for m in _MONEY.finditer(text)]
    refs = [(m.start(), m.end()) for m in _DOC_REF.finditer(text)]
    spans += [_CharSpan(s, e, "Money", 0) for s, e in money]
    spans += [_CharSpan(s, e, "DocumentReference", 0) for s, e in refs]
    for ent in doc.entities:
        label = LABEL_TO_RE3D.get(ent.label)
        if label is None:
            continue
        start, end = ent.evidence.start, ent.evidence.end
        if ent.label == "GPE":
            label = "Location" if _is_place_use(text, start, end) else "Organisation"
        if label in ("Nationality", "Organisation"):
            group_end = _group_noun_end(text, end)
            if group_end is not None:
                label, end = "Organisation", group_end
            elif label == "Nationality" and text[start:end].endswith("s"):
                label = "Organisation"
        if label == "Location":
            start = _with_compass(text, start)
        if label in ("Organisation", "Location"):
            start = _with_determiner(text, start)
        elif label == "Person":
            role = role_before(text, start)
            if role is not None and not text[role.end : start].strip():
                start = role.start
        spans.append(_CharSpan(start, end, label, 1))
    spans = _merge_place_pairs(text, spans)
    for timex in doc.timex:
        start, end = timex.evidence.start, timex.evidence.end
        if timex.value == "PRESENT_REF" or text[start:end].lower() in ("now", "currently"):
            continue  # re3d does not mark the speaker's present
        qualifier = _QUALIFIER.match(text, start, end)
        if qualifier is not None and qualifier.end() < end:
            start = qualifier.end()
        spans.append(_CharSpan(start, end, "Temporal", 2))
    blocked = money + refs
    for quantity in doc.quantities:
        start, end = quantity.evidence.start, quantity.evidence.end
        if any(start < e and s < end for s, e in blocked):
            continue
        end = _number_end(text, start, end, quantity.of)
        qualifier = _QUALIFIER.match(text, start, end)
        if qualifier is not None and qualifier.end() < end:
            start = qualifier.end()
        spans.append(_CharSpan(start, end, "Quantity", 3))
    spans += list(_pronouns(text))
    return spans


def _is_place_use(text: str, start: int, end: int) -> bool:
    """Rule 4: "in Syria", "Palmyra, Syria" are places; "Syria said" is an actor."""
    before = text[:start].split()
    if before and before[-1].lower() in _PLACE_PREPOSITIONS:
        return True
    if len(before) >= 2 and before[-1] == "the" and before[-2].lower() in _PLACE_PREPOSITIONS:
        return True
    return bool(before) and before[-1] == ","


def _group_noun_end(text: str, end: int) -> int | None:
    """Rule 5: "ISIL fighters", "Iraqi security forces" are organisations of people."""
    match = _GROUP_NOUN.match(text, end)
    return match.end() if match else None


def _with_compass(text: str, start: int) -> int:
    match = _COMPASS.search(text, 0, start)
    return match.start() if match else start


def _merge_place_pairs(text: str, spans: list[_CharSpan]) -> list[_CharSpan]:
    """Rule 4: "Palmyra, Syria" is one Location."""
    places = sorted((s for s in spans if s.label == "Location"), key=lambda s: s.start)
    merged = list(spans)
    for first, second in itertools.pairwise(places):
        if text[first.end : second.start] == ", ":
            merged.append(_CharSpan(first.start, second.end, "Location", first.rank))
    return merged


def _with_determiner(text: str, start: int) -> int:
    for det in ("the ", "The "):
        if text[max(0, start - len(det)) : start] == det:
            return start - len(det)
    return start


def _number_end(text: str, start: int, end: int, of: str | None) -> int:
    """Rule 7: cut the counted noun off a quantity unless it is a unit of measure."""
    if not of:
        return end
    at = text.rfind(of, start, end)
    if at <= start:
        return end
    if _MEASURES.match(text[at:end]):
        return end
    cut = at
    while cut > start and text[cut - 1] == " ":
        cut -= 1
    words = text[start:cut].split()
    # adjectives between the number and the noun ("two tactical units") go too
    while len(words) > 1 and not re.fullmatch(_NUMBER + r"|,|to|-|and|or", words[-1], re.I):
        words.pop()
    return start + len(" ".join(words)) if words else end


def _pronouns(text: str) -> Iterable[_CharSpan]:
    for match in re.finditer(r"\b[A-Za-z]+\b", text):
        word = match.group(0).lower()
        if word in _PERSON_PRONOUNS and (word != "i" or match.group(0) == "I"):
            yield _CharSpan(match.start(), match.end(), "Person", 4)
        elif word in _ORG_PRONOUNS:
            yield _CharSpan(match.start(), match.end(), "Organisation", 4)


def _select(spans: Iterable[_CharSpan]) -> list[_CharSpan]:
    """Rule 9: non-overlapping, longest first, then by rule rank."""
    chosen: list[_CharSpan] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.rank, s.start, s.label)):
        if span.end <= span.start:
            continue
        if any(span.start < c.end and c.start < span.end for c in chosen):
            continue
        chosen.append(span)
    return sorted(chosen, key=lambda s: (s.start, s.end))


def _to_tokens(
    spans: Sequence[_CharSpan], starts: list[int], lengths: list[int]
) -> list[TokenSpan]:
    """Map character spans to the gold tokens they cover (a partly covered token counts)."""
    out: list[TokenSpan] = []
    for span in spans:
        first = next((i for i, s in enumerate(starts) if s + lengths[i] > span.start), None)
        last = next((i for i in range(len(starts) - 1, -1, -1) if starts[i] < span.end), None)
        if first is None or last is None or last < first:
            continue
        out.append((first, last + 1, span.label))
    return sorted(set(out))
