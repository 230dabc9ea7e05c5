"""The data model: what sitrep reads, finds and writes.

Everything here is a frozen dataclass. `to_dict` and `from_dict` convert to and from
the JSON output contract (DESIGN.md) exactly: `from_dict(Extraction, to_dict(x)) == x`.
Sequences are tuples so that every value is hashable and immutable.

Dates are ISO strings ("2026-01-10"); a precision says how much of an interval is known.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

Precision = Literal["day", "week", "month", "year", "decade", "unknown"]
LocationPrecision = Literal["exact", "near", "admin1", "country", "region"]
Modality = Literal["asserted", "claimed", "denied", "planned", "hypothetical", "negated"]

#: Entity labels of DESIGN.md (extend, never rename).
ENTITY_LABELS = (
    "PERSON",
    "ORG",
    "ARMED_GROUP",
    "GPE",
    "LOC",
    "NORP",
    "FACILITY",
    "WEAPON",
    "PLATFORM",
    "OPERATION",
)


@dataclass(frozen=True)
class Span:
    """Character offsets into the article text, and the text they slice."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of `text[start:end]`."""
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span {start}:{end} outside text of length {len(text)}")
        return cls(start, end, text[start:end])

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Article:
    """One news article. `id` is the SHA-256 of its text (see `article_id`)."""

    id: str
    text: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: str | None = None
    language: str = "en"


def article_id(text: str) -> str:
    """The content hash that identifies an article: same text, same id."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_article(
    text: str,
    *,
    url: str | None = None,
    source: str | None = None,
    title: str | None = None,
    published: str | None = None,
    language: str = "en",
) -> Article:
    """An Article whose id is the hash of its text."""
    return Article(
        id=article_id(text),
        text=text,
        url=url,
        source=source,
        title=title,
        published=published,
        language=language,
    )


@dataclass(frozen=True)
class Rejection:
    """A document that could not be read, kept with the reason so nothing is lost silently.

    `location` names where it came from: a path, "path:line" for JSONL, or "path#item"
    for a feed; `sha256` and `size` identify the bytes that were refused, when known.
    """

    location: str
    reason: str
    sha256: str | None = None
    size: int | None = None


@dataclass(frozen=True)
class Interval:
    """A closed interval of days, with how precisely it is known."""

    start: str
    end: str
    precision: Precision


# --- mentions: everything found in the text, whether or not an event uses it ---------


@dataclass(frozen=True)
class TimexMention:
    """A temporal expression with its TIMEX3-style value and its resolved interval."""

    evidence: Span
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str | None
    interval: Interval | None = None
    #: what the value was resolved against: "publication", "previous" (the date just
    #: mentioned) or None for absolute expressions.
    anchor: str | None = None


@dataclass(frozen=True)
class Quantity:
    """A number with its qualifier and bounds, bound to what it counts.

    "more than 90" is low 91; "nearly 25" is best 25, high 24, approximate;
    "dozens" is low 24.
    """

    evidence: Span
    of: str | None
    low: int | None = None
    best: int | None = None
    high: int | None = None
    qualifier: str | None = None
    approximate: bool = False


@dataclass(frozen=True)
class EntityMention:
    evidence: Span
    label: str
    name: str
    kb_id: str | None = None


@dataclass(frozen=True)
class PlaceMention:
    evidence: Span
    name: str
    geonameid: int | None
    country: str | None
    lat: float | None
    lon: float | None
    feature: str | None
    admin1: str | None = None
    confidence: float = 1.0
    #: geonameids of the candidates the resolver weighed, best first (for inspection).
    candidates: tuple[int, ...] = ()
    #: "near" when the text places something only near it ("near X", "north of X").
    precision: str | None = None


@dataclass(frozen=True)
class Mentions:
    timex: tuple[TimexMention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    entities: tuple[EntityMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()


# --- events ------------------------------------------------------------------------


@dataclass(frozen=True)
class Actor:
    """An actor as an event or quote names it, linked to the knowledge base if known."""

    name: str
    evidence: Span | None
    kb_id: str | None = None
    country: str | None = None
    type: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class Weapon:
    name: str
    category: str | None
    evidence: Span
    operator: str | None = None
    kb_id: str | None = None


@dataclass(frozen=True)
class EventDate:
    start: str
    end: str
    precision: Precision
    evidence: Span | None
    #: True when the event's own sentence states no date: the date is the story's last
    #: stated day (evidence: those words) or else the publication date (no evidence).
    inferred: bool = False


@dataclass(frozen=True)
class Location:
    name: str
    country: str | None
    precision: LocationPrecision
    evidence: Span | None
    admin1: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Fatalities:
    """UCDP-style low/best/high; `low` is the most conservative figure."""

    low: int | None = None
    best: int | None = None
    high: int | None = None
    civilians: int | None = None
    evidence: Span | None = None


@dataclass(frozen=True)
class Context:
    """A PLOVER context of an event ("military", "crime_murder"): the *why* beside its
    type and mode, with the words that set it."""

    name: str
    evidence: Span | None = None


@dataclass(frozen=True)
class Plover:
    type: str
    mode: str | None = None
    context: tuple[Context, ...] = ()


@dataclass(frozen=True)
class Event:
    id: str
    event_type: str
    sub_event_type: str
    plover: Plover
    date: EventDate | None
    location: Location | None
    actor1: Actor | None
    actor2: Actor | None
    evidence: Span
    assoc_actor1: tuple[Actor, ...] = ()
    assoc_actor2: tuple[Actor, ...] = ()
    weapons: tuple[Weapon, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    fatalities: Fatalities = field(default_factory=Fatalities)
    modality: Modality = "asserted"
    attributed_to: Actor | None = None
    civilian_targeting: bool = False
    trigger: Span | None = None
    confidence: float = 0.5


@dataclass(frozen=True)
class Quote:
    speaker: Actor | None
    text: str
    evidence: Span
    cue: Span | None = None
    direct: bool = True


@dataclass(frozen=True)
class Extraction:
    """What the pipeline found in one article: the output contract."""

    article: Article
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    mentions: Mentions = field(default_factory=Mentions)
    #: stage name -> stage version, so stored facts trace to the code that made them.
    stages: tuple[tuple[str, str], ...] = ()


# --- JSON codec --------------------------------------------------------------------

T = TypeVar("T")


def to_dict(value: Any) -> Any:
    """The JSON-ready form of a model value (dataclasses become dicts, tuples lists)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if isinstance(value, Extraction):
            out = {f.name: to_dict(getattr(value, f.name)) for f in dataclasses.fields(value)}
            out["stages"] = dict(value.stages)
            return out
        return {f.name: to_dict(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_dict(v) for v in value]
    return value


def from_dict(cls: type[T], data: Any) -> T:
    """Rebuild a model value from its `to_dict` form; raises ValueError on bad data."""
    return typing.cast(T, _decode(cls, data, cls.__name__))


@functools.cache
def _type_hints(cls: type) -> dict[str, Any]:
    """A dataclass's resolved field types; cached, as resolving them dominates decoding."""
    return get_type_hints(cls)


def _decode(tp: Any, data: Any, path: str) -> Any:
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        options = get_args(tp)
        if data is None and type(None) in options:
            return None
        errors = []
        for option in options:
            if option is type(None):
                continue
            try:
                return _decode(option, data, path)
            except (ValueError, TypeError) as exc:
                errors.append(str(exc))
        raise ValueError(f"{path}: no type of {tp} fits: {'; '.join(errors)}")
    if origin is Literal:
        if data not in get_args(tp):
            raise ValueError(f"{path}: {data!r} is not one of {get_args(tp)}")
        return data
    if origin is tuple:
        args = get_args(tp)
        if tp is not None and args and args[-1] is Ellipsis:
            if not isinstance(data, list | tuple):
                raise ValueError(f"{path}: expected a list, got {type(data).__name__}")
            return tuple(_decode(args[0], item, f"{path}[{i}]") for i, item in enumerate(data))
        if isinstance(data, dict):  # Extraction.stages is a JSON object
            data = list(data.items())
        if not isinstance(data, list | tuple) or len(data) != len(args):
            raise ValueError(f"{path}: expected {len(args)} items")
        return tuple(
            _decode(a, item, f"{path}[{i}]")
            for i, (a, item) in enumerate(zip(args, data, strict=True))
        )
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        if not isinstance(data, dict):
            raise ValueError(f"{path}: expected an object, got {type(data).__name__}")
        hints = _type_hints(tp)
        if tp is Extraction and isinstance(data.get("stages"), dict):
            data = {**data, "stages": list(data["stages"].items())}
        kwargs = {}
        for f in dataclasses.fields(tp):
            if f.name in data:
                kwargs[f.name] = _decode(hints[f.name], data[f.name], f"{path}.{f.name}")
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise ValueError(f"{path}: missing field {f.name!r}")
        unknown = set(data) - {f.name for f in dataclasses.fields(tp)}
        if unknown:
            raise ValueError(f"{path}: unknown fields {sorted(unknown)}")
        return tp(**kwargs)
    if tp is Any:
        return data
    if tp is float:
        if isinstance(data, bool) or not isinstance(data, int | float):
            raise ValueError(f"{path}: expected a number, got {data!r}")
        return float(data)
    if tp in (int, str, bool):
        if not isinstance(data, tp) or (tp is int and isinstance(data, bool)):
            raise ValueError(f"{path}: expected {tp.__name__}, got {data!r}")
        return data
    if tp is type(None):
        if data is not None:
            raise ValueError(f"{path}: expected null")
        return None
    raise TypeError(f"{path}: cannot decode type {tp!r}")
