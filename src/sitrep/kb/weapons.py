"""The weapons and platforms catalogue.

Rules, in order:
1. the shipped data/weapons.json, then the user's files (an entry with an existing id
   replaces it);
2. every alias also matches its plural: designators take "s" ("F-15Es", "MQ-9s"),
   words take "s"/"es" ("Reapers", "Tomahawks"), so news plurals need no extra data;
3. aliases listed in an entry's "needs_context" are ordinary words too ("Typhoon",
   "Patriot", "Apache"): the entities stage accepts them only near military words;
4. anything else shaped like an aircraft or missile designator ("XQ-58A", "Su-57s") is
   a PLATFORM of unknown category (`DESIGNATOR`), unless it is a known non-weapon
   (flight numbers, "COVID-19", "G-20").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from sitrep.kb.actors import fold
from sitrep.kb.loading import RawEntry, file_version, merged, packaged

KINDS: Final = ("WEAPON", "PLATFORM")
_FIELDS: Final = ("id", "name", "kind", "category", "origin", "aliases", "needs_context")

#: aircraft, drone and missile designators: letters, a hyphen, digits, a suffix letter.
DESIGNATOR: Final = re.compile(
    r"^(?P<base>(?:[A-Z]{1,4}|Su|Mi|Ka|Tu|Il|Kh|Yak|An|MiG|Mig)-\d{1,4}[A-Z]{0,3})(?:s|es)?$"
)
#: designator-shaped tokens that are not weapons.
_NOT_DESIGNATORS: Final = re.compile(
    r"^(?:COVID|SARS|MERS|G|MH|UA|BA|AF|LH|EK|QR|TK|PS|FR|AA|DL|UK|US|EU|A|I|E|M|N|S|R|W|T|"
    r"H|K|L|P|J|N|CO|NO|SO|PM|AM|ISO|UTC|GMT|ID|NATO|UN|CVE|ICD|DSM|HB)-\d"
)


@dataclass(frozen=True)
class WeaponEntry:
    id: str
    name: str
    kind: str
    category: str | None
    origin: str | None = None
    aliases: tuple[str, ...] = ()
    needs_context: tuple[str, ...] = ()


def plurals(alias: str) -> tuple[str, ...]:
    """The plural forms news uses for an alias (rule 2)."""
    if alias.endswith("s") or not alias[-1:].isalnum():
        return ()
    last = alias.split()[-1]
    if last[-1:].isdigit() or last[-1:].isupper():
        return (alias + "s",)
    if last.endswith(("sh", "ch", "x", "z")):
        return (alias + "es",)
    return (alias + "s",)


class WeaponKB:
    def __init__(self, entries: Iterable[WeaponEntry], version: str = "") -> None:
        self.version = version
        self._by_id = {e.id: e for e in entries}
        #: exact alias (and plural) -> id.
        self.aliases: dict[str, str] = {}
        #: aliases (and plurals) that need a military context word nearby (rule 3).
        self.ambiguous: frozenset[str] = frozenset(
            form
            for e in self._by_id.values()
            for alias in e.needs_context
            for form in (alias, *plurals(alias))
        )
        for entry in self._by_id.values():
            for alias in (entry.name, *entry.aliases):
                self.aliases.setdefault(alias, entry.id)
                for plural in plurals(alias):
                    self.aliases.setdefault(plural, entry.id)
        self._folded = {fold(a): i for a, i in sorted(self.aliases.items())}

    @classmethod
    def load(cls, extra: tuple[Path, ...] = ()) -> WeaponKB:
        return _load_cached(tuple(Path(p) for p in extra))

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[WeaponEntry]:
        return iter(sorted(self._by_id.values(), key=lambda e: e.id))

    def get(self, id_: str) -> WeaponEntry | None:
        return self._by_id.get(id_)

    def resolve(self, text: str) -> WeaponEntry | None:
        """The catalogue entry named by `text` (exact, then case/accent-insensitive)."""
        id_ = self.aliases.get(text) or self._folded.get(fold(text))
        return self._by_id.get(id_) if id_ else None

    @staticmethod
    def designator(text: str) -> str | None:
        """The singular designator if `text` looks like one and is not excluded (rule 4)."""
        match = DESIGNATOR.match(text)
        if match is None or _NOT_DESIGNATORS.match(text):
            return None
        return match.group("base")


@functools.lru_cache(maxsize=8)
def _load_cached(extra: tuple[Path, ...]) -> WeaponKB:
    path = packaged("weapons.json")
    entries = [_entry_from(raw) for raw in merged([path, *extra])]
    return WeaponKB(entries, "+".join(file_version(p) for p in (path, *extra)))


def _entry_from(raw: RawEntry) -> WeaponEntry:
    raw.check_keys(_FIELDS)
    kind = raw.choice("kind", KINDS)
    needs_context = raw.str_list("needs_context")
    aliases = raw.str_list("aliases")
    stray = sorted(set(needs_context) - set(aliases) - {raw.data.get("name")})
    if stray:
        raise raw.error(f"needs_context names {stray}, which are not aliases")
    return WeaponEntry(
        id=raw.id,
        name=raw.str_("name"),
        kind=str(kind),
        category=raw.opt_str("category"),
        origin=raw.opt_str("origin"),
        aliases=aliases,
        needs_context=needs_context,
    )
