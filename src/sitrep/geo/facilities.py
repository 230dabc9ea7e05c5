"""Streets, buildings and facilities: named places a gazetteer of towns cannot hold.

News names streets ("Main Street", "420 Augusta St.", "Highway 19", "Interstate 95") and
buildings or facilities ("Lincoln High School", "St. Mary's Hospital", "Kabul Airport",
"Bagram Air Base", "Camp Bastion"). A careful reader takes them as places, though no
populated-places gazetteer gives them an id. Rules, in order:
1. a named street is one to four capitalised words (initials "E.", ordinals "11th" and
   hyphenated words included) before a street word: Street/St., Avenue/Ave., Road/Rd.,
   Boulevard/Blvd., Lane, Drive, Parkway, Highway, Pike, Trail; or a numbered road:
   "Highway 19", "Route 9", "Interstate 95", "I-75", "County Road 225", "U.S. 1";
   names listed before a plural street word are streets each ("the corner of State and
   Hubbard streets", "Woodfield and Martingale roads", "Bridge and High Streets"), also
   where a village bears the name, though not where a town or larger place does;
2. a named facility is one to four capitalised words before a facility word (School,
   University, College, Hospital, Medical Center, Airport, Mall, Park, Bridge, Dam, Base,
   Prison, Mosque, Church, Temple, Cathedral, Square, Stadium, Tower, Museum) or one
   after "Camp" ("Camp Bastion"); a school, college or university is found so that
   the words of its name are read as its name, but it is no place of its own (rule 7);
3. a named physical feature is one to four capitalised words before a word of physical
   geography (River, Creek, Lake, Mountains, Hills, Valley, Island, Canyon, Bay, Ridge,
   Wilderness, National Forest, Wildlife Refuge, Preserve, Lakeshore ...: "the Neches
   River", "Dolly Sods Wilderness", "the Flint Hills") or one word after River, Lake,
   Mount or Loch ("the River Lune", "Lake Opechee", "Mount Hood"): a gazetteer of
   populated places lacks rivers, lakes, mountains and forests, though news names them
   as places; a possessive after the name is no part of it ("Mount Hood's slopes");
4. the name starts after its last common word or month ("If Goshen Elementary School",
   "On Main Street", "The Lincoln High School"), though a capitalised ordinal before a
   street word is the street's own name ("Third Street", "Fifth Avenue"); a middle
   initial before the word ("Virginia L. Lane") makes a person's name, a faith's words
   alone ("the Catholic Church") an institution, and a capitalised word after it
   ("Florida Highway Patrol", "State University of New York", "Camp David Accords") a
   longer name: none of them is a facility (though not after an address's abbreviated
   street word, whose period may end the sentence too: "1200 E. Broad St. Lanier
   said"); nor is a place the gazetteer names whole ("Hopkins Park", "R-Elbow Lake"
   past the legislator's party letter: the town Elbow Lake), and a place in the
   possessive before it owns it ("Augusta's Highland Avenue");
4. a town or larger place the gazetteer resolved inside a street's or facility's name
   stays a place, and a facility's words after a name are locative context for it
   (`facility_after`) unless it may be a person's name ("Lincoln High School"): "Kabul"
   of "Kabul Airport" is where the airport is, "Oxford Road" leads to Oxford; a village
   stays when its name is not also a person's ("Cook" of "Cook Children's Medical
   Center" is no place); a saint's name opening a house of worship's name is the
   saint, no town ("St. Peter" of "St. Peter Catholic Church"), and a state or
   country inside a street's name is no place ("Michigan Avenue"), nor is a town
   there that lies over 150 km from every other town or county the article names
   ("Beverley Street" in Staunton, Virginia: the street's namesake), nor a village
   inside a facility's name that the article names nowhere else ("Fort Sanders Medical
   Center in nearby Knoxville"; "Mosul Dam" keeps the city);
6. a facility carries the coordinates of the town written right after it ("Main Street
   in Springfield", "420 Augusta St., Alexandria"), else of the town inside its name
   ("Kabul Airport"), else of the article's own town, the one it names most (at least
   twice, more often than any other: local news names local parks and squares without
   their town), else of the last town named before it in its sentence ("Crews in
   Waynesboro cleared lines from Main Street"), else of the first of several towns
   the article names most (a report opens on its own town), else none; it never has a
   GeoNames id
   of its own;
7. a school, college or university names an institution, not a place: news writes "Kishwaukee
   College hosts a book sale", "a Handley Middle School student", "Wayne State
   College's band", and names the town where it lies when it matters, so no mention
   is made of it; a town inside its name stays a place ("Huntsville" of "Huntsville
   High School"), a person's name there stays none ("John Adams Middle School");
8. the mentions carry the feature "street", "facility" or "physical" (FACILITY_FEATURES,
   the last for rule 3's rivers, lakes and mountains): events are
   placed on towns, regions and countries, never on them (`settlements`), nor on a
   place read inside a street's name: a street is named after a town, it does not lie
   in it ("the 6100 block of South Ingleside Avenue" is in Chicago, not Ingleside, TX);
   nor on a region named by its people ("Ohioans", `sitrep.geo.demonyms` rule 9).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Final

from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.geo.context import PREPOSITIONS
from sitrep.geo.demonyms import names_regional_people
from sitrep.geo.persons import presented_after
from sitrep.geo.proximity import great_circle_km
from sitrep.kb.actors import fold
from sitrep.model import PlaceMention
from sitrep.pipeline.document import Document

STREET: Final = "street"
FACILITY: Final = "facility"
#: a river, lake, mountain, forest or the like, named by its form (rule 3).
PHYSICAL: Final = "physical"
FACILITY_FEATURES: Final = frozenset({STREET, FACILITY, PHYSICAL})

#: one capitalised word of a name: "Main", "O’Roark", "Hyland-Croy", "E.", "11th".
_WORD: Final = r"(?:[A-Z][a-z]?\.|[A-Z][\w'’]*(?:-[A-Z]?[\w'’]+)*|\d{1,3}(?:st|nd|rd|th))"
_NAME: Final = rf"(?P<name>{_WORD}(?:[ ]{_WORD}){{0,3}})"
_STREET_WORDS: Final = (
    r"Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Parkway|Highway"
    r"|Pike|Trail"
)
_FACILITY_WORDS: Final = (
    r"(?:High|Middle|Elementary|Primary|Secondary)\s+School|School|University|College"
    r"|Hospital|Medical\s+Center|Medical\s+Centre|(?:International\s+)?Airport|Mall"
    r"|Park|Bridge|Dam|(?:Air\s+)?Base|Prison|Mosque|Church|Temple|Cathedral|Square"
    r"|Stadium|Tower|Museum"
)
#: a street word right at a position (rule 4: "Third Street").
_STREET_AT: Final = re.compile(rf"(?:{_STREET_WORDS})(?![\w-])")
_NAMED_STREET: Final = re.compile(rf"\b{_NAME}\s(?:{_STREET_WORDS})(?![\w-])")
#: one name of a list of streets (rule 1).
_ITEM: Final = re.compile(rf"{_WORD}(?:[ ]{_WORD}){{0,3}}")
_LISTED_STREETS: Final = re.compile(
    rf"\b{_ITEM.pattern}(?:,\s{_ITEM.pattern})*,?\s(?:and|&)\s{_ITEM.pattern}"
    r"(?=\s(?:[Ss]treets|[Rr]oads|[Aa]venues|[Bb]oulevards|[Ll]anes|[Dd]rives)\b)"
)
_NAMED_FACILITY: Final = re.compile(rf"\b{_NAME}\s(?:{_FACILITY_WORDS})\b")
#: words of physical geography after a name ("Neches River", "Dolly Sods Wilderness").
_PHYSICAL_WORDS: Final = (
    r"River|Creek|Lakes?|Mountains?|Hills|Valley|Islands?|Canyon|Bay|Peninsula|Desert"
    r"|Falls|Glacier|Reservoir|Swamp|Gorge|Ridge|Peak|Wilderness|(?:National\s+)?Forest"
    r"|(?:National\s+)?Preserve|(?:National\s+)?(?:Wildlife\s+)?Refuge"
    r"|(?:National\s+)?Lakeshore"
)
_NAMED_PHYSICAL: Final = re.compile(rf"\b{_NAME}\s(?:{_PHYSICAL_WORDS})\b")
#: "the River Lune", "Lake Opechee", "Mount Hood": the word before one name (rule 3).
_PHYSICAL_NAMED: Final = re.compile(rf"\b(?P<name>(?:River|Lake|Mount|Mt\.|Loch)\s{_WORD})")
_NUMBERED_ROAD: Final = re.compile(
    r"\b(?:(?:U\.S\.|US|State|County)\s+)?(?:Highway|Route|Road|Interstate)\s+\d{1,4}\b"
    r"|\b(?:I|US|U\.S\.)-\d{1,3}\b"
)
#: a town's name before a facility's words ("Kabul International Airport", "Paris
#: Regional Medical Center", "Huntsville High School"): the town it serves (rule 5).
_FACILITY_AFTER: Final = re.compile(rf"(?:\s[A-Z][a-z]+){{0,2}}\s(?:{_FACILITY_WORDS})\b")
_CAMP: Final = re.compile(rf"\bCamp\s(?P<name>{_WORD})")
#: words that open a capitalised run without being part of the name (rule 4).
_OPENERS: Final = frozenset(
    {"the", "a", "an", "and", "or", "but", "on", "at", "from", "of", "to", "by", "for"}
    | PREPOSITIONS
    | STOP_WORDS
)
#: ordinals spelled out, which the stop list holds: capitalised before a street word
#: they are the street's own name ("Third Street", "Fifth Avenue") (rule 4).
_ORDINALS: Final = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
    | {"tenth", "eleventh", "twelfth"}
)
_CALENDAR: Final = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december"}
)
#: "Main Street in Springfield", "Augusta St., Alexandria": the town written after it.
_TOWN_AFTER: Final = re.compile(r",\s*|\s+(?:in|of|near)\s+")
_HOUSES_OF_WORSHIP: Final = frozenset({"Church", "Mosque", "Temple", "Cathedral"})
#: the last word of a school's, college's or university's name (rule 7).
_EDUCATION: Final = frozenset({"School", "College", "University"})
_DENOMINATIONS: Final = frozenset(
    {"catholic", "roman", "orthodox", "russian", "greek", "coptic", "protestant"}
    | {"anglican", "methodist", "baptist", "lutheran", "presbyterian", "episcopal"}
    | {"evangelical", "pentecostal", "mormon", "christian", "unification", "united"}
)
_INITIAL: Final = re.compile(r"[A-Z]\.")
_GOES_ON: Final = re.compile(r"[ -](?:of\s+)?[A-Z][a-z]")
_POSSESSIVE: Final = re.compile(r"['’]s\s")
#: inside a facility's name only places of these kinds stay (rule 5).
_TOWNS: Final = frozenset({"city", "admin1", "admin2", "country", "region"})
#: places that may be an article's own town, and how often it names it at least (rule 6).
_SETTLEMENTS: Final = frozenset({"city", "village", "admin2"})
_HOME_MENTIONS: Final = 2


def spans(text: str) -> list[tuple[int, int, str]]:
    """Rules 1-4: (start, end, feature) of every street, facility and physical feature,
    left to right, the longest first where two overlap."""
    found: list[tuple[int, int, str]] = []
    named = (
        (_NAMED_STREET, STREET),
        (_NAMED_FACILITY, FACILITY),
        (_NAMED_PHYSICAL, PHYSICAL),
        (_PHYSICAL_NAMED, PHYSICAL),
    )
    for pattern, feature in named:
        for match in pattern.finditer(text):
            start = _name_start(text, match.start("name"), match.end("name"))
            if start is None or _person_before(match.group("name")):
                continue
            start = _past_party(text, start)
            if pattern is _PHYSICAL_NAMED and _name_goes_back(text, start):
                continue
            end = _without_possessive(text, match.end()) if feature == PHYSICAL else match.end()
            if not _faith(text[start:end]) and not presented_after(text, end):
                found.append((start, end, feature))
    found.extend((m.start(), m.end(), STREET) for m in _NUMBERED_ROAD.finditer(text))
    found.extend((m.start(), m.end(), FACILITY) for m in _CAMP.finditer(text))
    # "1200 E. Broad St. Lanier said": the period of "St." also ends the sentence, so
    # a capitalised word after an abbreviated street word opens the next one (rule 4)
    whole = [f for f in found if _abbreviated_end(text, f) or not _longer_name(text, f[1])]
    return _without_overlaps([*whole, *_listed_streets(text)])


#: "R-Elbow Lake", "DFL-Big Lake": a legislator's party letter before a home town's
#: name (sitrep.geo.abbreviations) is no part of a feature's name (rule 4).
_PARTY_OPENING: Final = re.compile(r"(?:R|D|I|DFL)-(?=[A-Z])")


def _past_party(text: str, start: int) -> int:
    """Rule 4: the start of the name past a party letter that opens it ("R-Elbow Lake"
    names the town Elbow Lake, a legislator's home, not a lake)."""
    match = _PARTY_OPENING.match(text, start)
    return match.end() if match else start


_WORD_BEFORE: Final = re.compile(r"([A-Z][\w'’]*)\s$")


def _name_goes_back(text: str, start: int) -> bool:
    """Rule 3: "the Green River Festival": a proper word before "River" or "Lake" makes
    it part of a longer name, not the head of a feature's."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1).lower() not in _OPENERS


def _without_possessive(text: str, end: int) -> int:
    """Rule 3: "Mount Hood's slopes": the possessive is no part of the name."""
    return end - 2 if text[end - 2 : end] in ("'s", "’s") else end


def _listed_streets(text: str) -> list[tuple[int, int, str]]:
    """Rule 1: each name of "State and Hubbard streets", from its first proper word."""
    out: list[tuple[int, int, str]] = []
    for listed in _LISTED_STREETS.finditer(text):
        for item in _ITEM.finditer(text, listed.start(), listed.end()):
            start = _name_start(text, item.start(), item.end())
            if start is not None:
                out.append((start, item.end(), STREET))
    return out


def facility_after(text: str, end: int) -> bool:
    """Rule 5: a facility's words follow the name ("Kabul" of "Kabul International
    Airport"): the name is the town the facility serves, locative context for it."""
    return _FACILITY_AFTER.match(text, end) is not None


def _name_start(text: str, start: int, end: int) -> int | None:
    """Rule 4: where the name proper starts: after its last common word ("If", "The",
    "On") or month; None if nothing is left."""
    words = text[start:end].split(" ")
    offset, cut = start, start
    for word in words:
        offset += len(word) + 1
        if word[:1].isupper() and word.lower() in _ORDINALS and _STREET_AT.match(text, offset):
            continue  # "Third Street": a street's own ordinal
        if word.lower() in _OPENERS or word.rstrip(".").lower() in _CALENDAR:
            cut = offset
    return cut if cut < end else None


def _person_before(name: str) -> bool:
    """Rule 4: "Virginia L. Lane", "Marvin F. Park": a middle initial before the word
    makes a person's name."""
    return _INITIAL.fullmatch(name.split(" ")[-1]) is not None and " " in name


def _faith(words: str) -> bool:
    """Rule 4: "the Catholic Church", "the Russian Orthodox Church": a faith's words alone
    before "Church" name the institution, not a building."""
    *name, head = words.split(" ")
    return head in _HOUSES_OF_WORSHIP and all(w.lower() in _DENOMINATIONS for w in name)


_HOUSE_NUMBER: Final = re.compile(r"\d+[A-Za-z]?\s+$")


def _abbreviated_end(text: str, found: tuple[int, int, str]) -> bool:
    """Rule 4: an address's street ending in an abbreviated street word ("1200 E. Broad
    St.", "345 S. Main St."), whose period may close the sentence too: what follows is
    no part of it ("Doctor of the Church St. Gregory", with no house number, stays a
    longer name)."""
    start, end, feature = found
    address = _HOUSE_NUMBER.search(text, max(0, start - 10), start) is not None
    return feature == STREET and text[end - 1 : end] == "." and address


def _longer_name(text: str, end: int) -> bool:
    """Rule 4: "Florida Highway Patrol", "Lee School Association", "State University of
    New York": the words go on into a longer name, an organisation's or a place's."""
    return _GOES_ON.match(text, end) is not None


def _without_overlaps(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    kept: list[tuple[int, int, str]] = []
    for start, end, feature in sorted(found, key=lambda f: (f[0], -f[1])):
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end, feature))
    return kept


def with_facilities(
    doc: Document, places: Sequence[PlaceMention], people: frozenset[str]
) -> list[PlaceMention]:
    """Rules 5-6: the places found, less those a street or facility name holds, and the
    streets and facilities themselves, in text order. `people` are folded words that
    may be persons' names (sitrep.geo.persons)."""
    kept = list(places)
    homes = _home_towns(places)
    home = homes[0] if len(homes) == 1 else None
    listed = frozenset(_listed_streets(doc.text))
    facilities: list[PlaceMention] = []
    for start, end, feature in spans(doc.text):
        whole = [p for p in kept if p.evidence.start <= start and end <= p.evidence.end]
        if (start, end, feature) in listed:
            if any(p.feature in _TOWNS for p in whole):
                continue  # "Washington and Main streets": a town's name stays the town's
            # "Woodfield and Martingale roads": a village's name listed with streets
            kept = [p for p in kept if p not in whole]
        elif whole:
            continue  # the gazetteer knows the whole name ("Hopkins Park"): a place
        start = _after_owner(doc.text, start, end, kept)
        inside = [p for p in kept if start <= p.evidence.start and p.evidence.end <= end]
        named = doc.text[start:end]
        towns = [
            p
            for p in inside
            if _town_named(p, people)
            and not _church_saint(named, p)
            and not _state_of_street(feature, p)
            and not _far_namesake(feature, p, places)
        ]
        kept = [p for p in kept if p not in inside or p in towns]
        if any(p.evidence.start < end and start < p.evidence.end for p in kept if p not in towns):
            continue  # it straddles a place's own name: the place stands
        located = (
            _town_after(doc.text, end, kept)
            or (towns[0] if towns else None)
            or home
            or _town_before_in_sentence(doc, start, kept)
            or (homes[0] if homes else None)
        )
        if _institution(named):
            continue  # "Kishwaukee College hosts a book sale": a body, not a place (rule 7)
        facilities.append(_mention(doc, start, end, feature, located))
    return sorted([*kept, *facilities], key=lambda p: (p.evidence.start, p.evidence.end))


def _institution(name: str) -> bool:
    """Rule 7: a school, college or university ("Handley Middle School", "Kishwaukee
    College") is an institution, named as a body far more often than as a place."""
    return name.rsplit(" ", 1)[-1] in _EDUCATION


def _after_owner(text: str, start: int, end: int, places: Sequence[PlaceMention]) -> int:
    """Rule 4: "Augusta's Highland Avenue", "Utah's Zion National Park": a place in the
    possessive owns the facility and is no part of its name."""
    for place in places:
        owner = _POSSESSIVE.match(text, place.evidence.end)
        if start == place.evidence.start and owner is not None and owner.end() < end:
            return owner.end()
    return start


_SAINT: Final = re.compile(r"(?:St|Ste|Saint)\b")


def _church_saint(facility: str, place: PlaceMention) -> bool:
    """Rule 5: a saint's name opening a house of worship's name is the saint the church
    is named after ("St. Peter Catholic Church", "St. James United Methodist Church"),
    not the town of that name."""
    worship = facility.rsplit(" ", 1)[-1] in _HOUSES_OF_WORSHIP
    return worship and _SAINT.match(place.evidence.text) is not None


def _state_of_street(feature: str, place: PlaceMention) -> bool:
    """Rule 5: a state or country inside a street's name is the street's namesake, not
    where it runs ("Michigan Avenue" in Battle Creek, "Pennsylvania Avenue")."""
    return feature == "street" and place.feature in ("admin1", "country")


#: a town inside a street's name this far from every other place of the article is
#: only the street's namesake (rule 5).
_NAMESAKE_KM: Final = 150.0


def _far_namesake(feature: str, place: PlaceMention, places: Sequence[PlaceMention]) -> bool:
    """Rule 5: a town inside a street's name that lies more than `_NAMESAKE_KM` from
    every other town or county the article names is the street's namesake, not where
    it runs ("a house on Beverley Street" in a Staunton, Virginia, report is not in
    Beverley, England; "Palm Valley Boulevard" in Round Rock is not in the Rio Grande
    valley); "Oxford Road" near Oxford keeps the town. So is a village inside a
    facility's name that the article names nowhere else ("a job at the Fitzwilliam
    Museum" in a Cambridge report is no village in Yorkshire; "Fort Sanders Medical
    Center in Knoxville" is not in Sanders, Arizona); a city never is ("Islamic State
    seized the Mosul Dam, officials in Baghdad said")."""
    if place.feature not in _SETTLEMENTS or place.lat is None:
        return False
    if feature != STREET and (place.feature == "city" or _named_apart(place, places)):
        # "Kabul International Airport ... in Kabul": the town itself; "the Mosul Dam",
        # "Khartoum International Airport": a city lends its name to what lies at it
        return False
    others = [
        p
        for p in places
        if p.feature in _SETTLEMENTS
        and p.lat is not None
        and fold(p.evidence.text) != fold(place.evidence.text)
    ]
    return bool(others) and all(
        great_circle_km(place.lat, place.lon or 0.0, p.lat or 0.0, p.lon or 0.0) > _NAMESAKE_KM
        for p in others
    )


def _named_apart(place: PlaceMention, places: Sequence[PlaceMention]) -> bool:
    """Rule 5: the article names the town again, outside this facility's name."""
    spelled = fold(place.evidence.text)
    return any(p is not place and fold(p.evidence.text) == spelled for p in places)


def _town_named(place: PlaceMention, people: frozenset[str]) -> bool:
    """Rule 5: a town or larger place inside a facility's name; a village only when its
    name is not also a person's ("Cook" of "Cook Children's Medical Center")."""
    if place.feature == "village":
        return fold(place.evidence.text) not in people
    return place.feature in _TOWNS


def _home_towns(places: Sequence[PlaceMention]) -> list[PlaceMention]:
    """Rule 6: the towns the article names most, at least twice, each by its first
    mention, in text order: where its unplaced facilities are (one of them alone, or
    the first of several when the facility's sentence names no town)."""
    towns = [p for p in places if p.feature in _SETTLEMENTS and p.lat is not None]
    counts = Counter((p.name, p.lat, p.lon) for p in towns)
    most = max(counts.values(), default=0)
    if most < _HOME_MENTIONS:
        return []
    firsts: dict[tuple[str, float | None, float | None], PlaceMention] = {}
    for p in towns:
        if counts[(p.name, p.lat, p.lon)] == most:
            firsts.setdefault((p.name, p.lat, p.lon), p)
    return list(firsts.values())


def _town_after(text: str, end: int, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """Rule 6: the town written right after a street ("Main Street in Springfield")."""
    for place in places:
        start = place.evidence.start
        if start >= end and _TOWN_AFTER.fullmatch(text, end, start) and place.lat is not None:
            return place
    return None


_TOWN_FEATURES: Final = frozenset({"city", "village"})


def _town_before_in_sentence(
    doc: Document, start: int, places: Sequence[PlaceMention]
) -> PlaceMention | None:
    """Rule 6: the last town named earlier in the street's own sentence ("In Staunton, a
    large oak fell onto a house on Beverley Street"), when it names one."""
    sentence = next((s for s in doc.sentences if s.start <= start < s.end), None)
    if sentence is None:
        return None
    before = [
        p
        for p in places
        if sentence.start <= p.evidence.start
        and p.evidence.end <= start
        and p.feature in _TOWN_FEATURES
        and p.lat is not None
    ]
    return before[-1] if before else None


def _mention(
    doc: Document, start: int, end: int, feature: str, town: PlaceMention | None
) -> PlaceMention:
    return PlaceMention(
        evidence=doc.span(start, end),
        name=doc.text[start:end],
        geonameid=None,
        country=town.country if town else None,
        lat=town.lat if town else None,
        lon=town.lon if town else None,
        feature=feature,
        admin1=town.admin1 if town else None,
        confidence=town.confidence if town else 0.6,
    )


def settlements(places: Sequence[PlaceMention]) -> list[PlaceMention]:
    """Rule 8: the places an event may be placed on: towns, regions and countries, not
    one read inside a street's name, nor a region named by its people ("Ohioans")."""
    streets = [p.evidence for p in places if p.feature == STREET]
    return [
        p
        for p in places
        if p.feature not in FACILITY_FEATURES
        and not names_regional_people(p)
        and not any(s.start <= p.evidence.start and p.evidence.end <= s.end for s in streets)
    ]
