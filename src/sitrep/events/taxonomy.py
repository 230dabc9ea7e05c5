"""ACLED's event taxonomy (6 types, 25 sub-types) with disorder types and PLOVER codes.

The taxonomy is data (`kb/data/acled_taxonomy.json`), validated when loaded:
1. every entry names an event type, a sub-event type, a disorder type and a PLOVER type;
2. sub-event types are unique (ACLED's "Other" exists only under Strategic developments);
3. there are exactly the 6 ACLED event types.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources

from sitrep.errors import KnowledgeDataError
from sitrep.model import Plover

EVENT_TYPES = (
    "Battles",
    "Protests",
    "Riots",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Strategic developments",
)
#: the event types of political violence (ACLED's "violent events").
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


@dataclass(frozen=True)
class SubEventType:
    event_type: str
    sub_event_type: str
    disorder_type: str
    plover: Plover


@dataclass(frozen=True)
class Taxonomy:
    entries: tuple[SubEventType, ...]

    def get(self, sub_event_type: str) -> SubEventType:
        """The entry of a sub-event type; KeyError for a name ACLED does not use."""
        for entry in self.entries:
            if entry.sub_event_type == sub_event_type:
                return entry
        raise KeyError(sub_event_type)

    def sub_types(self, event_type: str) -> tuple[str, ...]:
        return tuple(e.sub_event_type for e in self.entries if e.event_type == event_type)


def parse_taxonomy(raw: object, source: str = "acled_taxonomy.json") -> Taxonomy:
    """Validate the JSON form of the taxonomy; KnowledgeDataError names the bad entry."""
    if not isinstance(raw, dict) or not isinstance(raw.get("entries"), list):
        raise KnowledgeDataError(f"{source}: expected an object with an 'entries' list")
    entries: list[SubEventType] = []
    for i, item in enumerate(raw["entries"]):
        if not isinstance(item, dict):
            raise KnowledgeDataError(f"{source}: entry {i} is not an object")
        try:
            event_type = _text(item, "event_type")
            sub_type = _text(item, "sub_event_type")
            disorder = _text(item, "disorder_type")
            plover_type = _text(item, "plover_type")
        except ValueError as exc:
            raise KnowledgeDataError(f"{source}: entry {i}: {exc}") from None
        mode = item.get("plover_mode")
        if mode is not None and not isinstance(mode, str):
            raise KnowledgeDataError(f"{source}: entry {i}: plover_mode must be a string or null")
        if event_type not in EVENT_TYPES:
            raise KnowledgeDataError(f"{source}: entry {i}: unknown event type {event_type!r}")
        if any(e.sub_event_type == sub_type for e in entries):
            raise KnowledgeDataError(f"{source}: entry {i}: duplicate sub-type {sub_type!r}")
        entries.append(SubEventType(event_type, sub_type, disorder, Plover(plover_type, mode)))
    missing = set(EVENT_TYPES) - {e.event_type for e in entries}
    if missing:
        raise KnowledgeDataError(f"{source}: no sub-types for {sorted(missing)}")
    return Taxonomy(tuple(entries))


def _text(item: dict[str, object], key: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value:
        raise ValueError(f"{key} must be a non-empty string")
    return value


@functools.lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """The packaged taxonomy, loaded once."""
    path = resources.files("sitrep.kb").joinpath("data/acled_taxonomy.json")
    return parse_taxonomy(json.loads(path.read_text(encoding="utf-8")))
