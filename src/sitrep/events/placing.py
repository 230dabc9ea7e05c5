"""Where an event happened: the most specific place in its clause or sentence.

Cascade:
1. place mentions in the trigger's clause, then in the rest of the sentence; a town
   written before the country it lies in ("Dayr az Zawr, Syria") goes with the
   country's clause;
2. a place that overlaps a NORP mention ("Turkish", "Jordanian") or an actor in a role,
   or that is an operation's other name in brackets ("Operation Sayeed (Hunter)"), is
   never the location (but a town after a locative preposition or a region before its
   kind that the tagger read as a person or a body is: "arrested miners at La Oroya",
   "San Martin department, was attacked", and so is one whose other reading runs on
   into the bracket after it: "Peshawar (Peshawar District", and so is a region after
   its kind read as a body: "the department of San Miguel"; a word for one of another
   country's people is none: "a Turk" read as Durg, India; `usable_places`), nor is a
   country named as an actor outside a locative phrase
   ("Russia has a special responsibility to press the regime to end its attacks":
   `acting_country`); places after a locative preposition ("in Syria", "near
   Kharkiv", also past a direction: "in eastern Syria") rank first; a place set aside
   (`set_aside`: the dateline, "a resident of Jalalabad", "a man from Dayton", the
   town of a local force read as its name: "the Osun State Police Command")
   counts only when neither the clause nor the sentence names another place (and a
   dateline in another country than the story's focus, a report filed abroad, never:
   `filed_abroad`), and a place of a person's life or record ("who served two tours
   in Iraq", "was born in Kabul", "had been convicted in 2004 of robbery in Bronx County, N.Y.":
   `biographical`, also left out of the focus of rule 8), or the home given after a
   person's name and age ("Anthony Williams, 21, of Pennsylvania, was killed"), never;
3. a place a stated bearing or distance sets another place from ("the Chalatenango
   department to the north of San Salvador", "Campina, 60 km south of Ayacucho") is
   that place's reference point, not where the event happened: it counts only when
   the other place is not in the pool (`reference_points`); among those, the most
   specific wins: exact (populated place, facility) > near
   ("near", "outside", "north of" before it, or as the places stage read it: "20 km
   south of Kandahar") > admin1 (a town's name before "province" or "district" names
   its region: "Kandahar province", and so after "department of": "the department of
   San Miguel") > country > region;
4. else, when no named settlement of rule 5 is found first, a place name the gazetteer
   could not resolve (a LOC/GPE/FACILITY entity after a
   locative preposition in the sentence, no place mention on it: "Near Al Shadaddi, one
   strike ...") is the location, by its spelling in the text, in the country it names
   ("near Sarmada, Syria"), else the country of the last place named before it that
   places something (a bulletin's "Syria" heading, "west of Damascus", "in Syria"; not
   a country named bare as a party: "warning Israel"), else the focus country, at
   admin1 precision when its name ends in a region's kind ("Hasaka Province", "Achin
   district"); a name tagged in capitals ends before its first function word ("NEAR
   MOLINA ON 7 JANUARY" is Molina), and one opened by a function word other than "the"
   is none ("at their home Thursday"); it beats a country or region from rules 1-3; a
   name opened by a demonym ("the Dagestani Battle Group") is a body or a thing, never
   a place;
5. a named settlement the gazetteer does not know, introduced by its kind ("the Syrian
   town of Dabiq", "the towns of Jabla", "the port city of Tartus") or set off by it
   ("striking Sabboura, an area outside Damascus", in the country of the place it lies
   near or in), beats a country
   or region from rules 1-3: it is the place, by its spelling in the text, in the
   country of the demonym before the kind, else of a country named in the sentence,
   else the country rules 1-3 found; so is a capital named by its country's demonym
   ("the Kenyan and Tanzanian capitals" are Nairobi and Dar es Salaam, each cited by
   its demonym: `_capitals_named`);
6. a country that speaks ("The United States strongly condemns ...", "Turkey said";
   not "Police in Kenya said", the speaker's place) is the speaker, not a place of the
   event; a country named as an ally or partner ("thank our ally Turkey") is an actor;
   a country or first-level region named across a border ("the town of Bunagana on the
   border with Uganda", "a town bordering Northern Ireland") is a neighbour; a country
   before its embassy or an office ("the bombing of the U.S. embassy in Nairobi", "U.S.
   Secretary of State") owns it and stands elsewhere; the place where a report was
   given ("a military spokesman in Lima said", "reported in Lima that", "told
   reporters in Kabul", "a news conference with foreign media representatives in
   Tokyo,", "Crowley said in Washington.") is the speaker's, not the place of what is
   reported (not
   "clashes were reported in Homs"): none is ever used (`speaking_places`, and for
   unresolved names of rule 4 `named_aside`);
7. a village, a weakly resolved ambiguous town, or a region or small place the gazetteer
   met only by another spelling ("Anbar" as an alternate name of Ambar, Turkey) that it
   puts in a country the article never names is a homonym and moves to the article's
   main named country, at the first-level region of it the article names nearest
   (`rehome_homonyms`); a town resolved outright keeps its place ("Mosul" in a Syria
   report stays in Iraq), and so does a city met by its English name ("Basra" for
   Basrah); a first-level region named outright names its country ("Byesville, Ohio"
   in a report that also names Iraq stays in Ohio), unless first-level regions of
   other countries bear its name too ("the rio negro region" in a Colombia report is
   no Río Negro, Argentina: `_shared_region`); a town set from a reference point
   ("the township of Campina, 60 km south of Ayacucho") but read in another country,
   farther than the stated distance allows (`_STATED_SLACK_KM` over it, `_UNSTATED_KM`
   when none is stated), is a homonym too: it is kept by its spelling in the reference
   point's country and first-level region (`_set_from_afar`);
8. else the article's focus country: the country most place mentions fall in (first
   mention breaks ties), cited by its first mention, country precision; where the
   article names that country only through its places, the town of its dateline
   ("SAN FRANCISCO (AP) - Two police officers were shot dead ..." is San Francisco),
   else the one town it names there, if named after a locative preposition ("what has
   happened in San Salvador") or for its police ("a Saskatoon police officer"), else
   the first-level region it names most, at admin1 precision, else the country without
   evidence: country precision never cites a town;
9. a part of a town named by a compass word after a locative phrase ("in the heart of
   East Mosul", "fighting in West Aleppo") lies in that town: when rules 1-5 found no
   town, the town is the place, at exact precision, if the gazetteer knows it by its
   own name as a city of the country the event is placed in (`town_of_district`).
10. in a column of news briefs, each item opening with its own dateline ("BALTIMORE
   (AP) - ...", then "DENVER (AP) - ..."), a sentence that names no place lies at the
   dateline of its item, unless another place is named between them (a place carried
   from the sentences before then decides, sitrep.events.discourse): a brief is never
   placed from another (`brief_dateline`).
11. a sentence that names no place and opens with a pronoun ("They arrested two men in
   connection with the bomb factory") goes on with the sentence before it in its
   paragraph: it lies at the town or region rules 1-3 find there ("a shed in Dundalk"),
   not at the article's focus, which may be the dateline ("BELFAST (AP) -")
   (`continued_place`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.events.roles import commissioned_by, country_name
from sitrep.geo.acceptance import OUTRIGHT_CONFIDENCE
from sitrep.geo.capitals import capital_of
from sitrep.geo.context import aged_home_before, heads_line_dateline, home_before
from sitrep.geo.demonyms import is_demonym
from sitrep.geo.names import same_spelling
from sitrep.geo.proximity import great_circle_km
from sitrep.kb.actors import ActorKB
from sitrep.kb.gazetteer import Gazetteer, Place
from sitrep.model import Actor, EntityMention, Location, LocationPrecision, PlaceMention, Span

_LOCATIVE = (
    "in ", "at ", "near ", "outside ", "across ", "around ", "inside ", "of ", "through ",
    "into ",
)  # fmt: skip
#: the locative prepositions a name with "the" may follow ("in the West Bank").
_LOCATIVE_BEFORE_THE = tuple(w for w in _LOCATIVE if w != "of ")
_NEAR = ("near ", "outside ", "north of ", "south of ", "east of ", "west of ", "km from ")
_PLACE_LABELS = frozenset({"LOC", "GPE", "FACILITY", "FAC"})
_NOT_PLACES = frozenset({"NORP", "ORG", "ARMED_GROUP"})
_SETTLEMENT = re.compile(
    r"\b(?:(?P<demonym>[A-Z][a-z]+)\s+)?(?:port\s+|border\s+|northern\s+|southern\s+"
    r"|eastern\s+|western\s+|central\s+|coastal\s+)?"
    r"(?:towns?|city|cities|village|villages|suburb|district|neighbou?rhood)\s+of\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+)*)"
)
_SPEAKS = re.compile(
    r"\s+(?:\w+ly\s+|has\s+|have\s+|also\s+|again\s+)*(?:condemn|welcome|deplore|denounce"
    r"|said\b|says\b|call|urge|express|reject|warn|applaud|commend|strongly|is\s+committed"
    r"|stands?\s+with|remains?\s+committed|extends?\b|offers?\b|mourns?\b)"
)
#: a resolution at or above this confidence is not second-guessed by rule 7
_CONFIDENT = 0.8
_ALLY = re.compile(r"\b(?:ally|allies|partner|partners)\s+$", re.IGNORECASE)
#: a country named as a neighbour ("on the border with Uganda", "bordering Niger").
_NEIGHBOUR = re.compile(
    r"\b(?:border|frontier|borders)\s+with\s+(?:neighbou?ring\s+)?$|\bbordering\s+$",
    re.IGNORECASE,
)
_APPOSED = re.compile(
    r"\b(?:in|at|near|outside|inside)\s+(?:the\s+|(?:[A-Z][\w-]*\s+)*[A-Z][\w'’-]*['’]s\s+)"
    r"(?:[a-z]+\s+)?(?:capital|city|town|village|port|suburb|district)\s+$"
)
#: a place owned by the place before it, after a locative preposition ("in northern
#: Burkina Faso's Sahel region", "in Mali's Gao", also past a direction: "in Nigeria's
#: northwestern Zamfara state"): the owner's part, written where it lies.
_POSSESSED = re.compile(
    r"\b(?:in|at|near|outside|inside|across)\s+(?:the\s+)?(?:[a-z-]+\s+)?"
    r"(?:[A-Z][\w-]*\s+)*[A-Z][\w'’-]*['’]s\s+$"
)
#: a region's kind after a town's name ("Kandahar province", "Achin district").
_REGION_AFTER = re.compile(r"\s+(?:province|governorate|district|region)\b", re.IGNORECASE)
#: a first-level region's kind and "of" before a town's name ("department of San Miguel").
_REGION_OF_BEFORE = re.compile(
    r"\b(?:department|province|governorate|region|state)\s+of\s+\Z", re.IGNORECASE
)
#: "BYESVILLE, " before "Ohio --": the dateline's town before its region.
_DATELINE_TOWN = re.compile(r"\(?[A-Z][A-Z .'’-]{2,},\s*$")
#: a person's criminal record ("had been convicted", "was jailed in 2004").
_RECORD = r"(?:convicted|sentenced|jailed|imprisoned)"
#: "who served in Iraq", "who grew up in Aleppo", "was born in Kabul", "had been
#: convicted in 2004 of robbery in Bronx County, N.Y.": a person's life or record, not
#: where the sentence's event happened ("was convicted on Monday of the bombing in
#: Boston" tells where the bombing was).
_BIOGRAPHY = re.compile(
    r"\b(?:who\s+(?:had\s+|has\s+|have\s+|once\s+|previously\s+|formerly\s+|recently\s+)?"
    r"(?:served|serves|lived|lives|grew\s+up|moved|studied|worked|works|fought|emigrated|"
    r"immigrated|fled|was\s+deployed|were\s+deployed|hails?)(?:\s+[\w'’-]+){0,4}"
    r"|\b(?:born|raised)"
    r"|\b(?:had\s+been|has\s+been|previously|once)\s+" + _RECORD + r"(?:\s+[\w'’-]+){0,6}"
    r"|\b(?:was|were)\s+" + _RECORD + r"\s+in\s+(?:1[89]|20)\d\d(?:\s+[\w'’-]+){0,5})"
    r"\s+(?:in|at|from)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s+)?$"
)
#: words that name a place's kind after its name ("Diyala Province").
_KINDS = frozenset(
    {"province", "governorate", "district", "city", "region", "county", "state", "town"}
)
_REGION_KINDS = frozenset({"province", "governorate", "region", "state", "county", "district"})
#: compass words that name a part of a town before its name ("East Mosul").
_COMPASS = frozenset(
    {"east", "west", "north", "south", "eastern", "western", "northern", "southern"}
)
#: the features of a dateline's town (rule 8).
_DATELINE_FEATURES = frozenset({"city", "village"})
_RANK: dict[str, int] = {"exact": 0, "near": 1, "admin1": 2, "country": 3, "region": 4}


def precision_of(place: PlaceMention, text: str) -> LocationPrecision:
    feature = (place.feature or "").lower()
    before = text[max(0, place.evidence.start - 12) : place.evidence.start].lower()
    if "country" in feature or feature.startswith("pcl"):
        return "country"
    if any(w in feature for w in ("region", "natural", "continent", "cont", "rgn", "sea", "area")):
        return "region"
    if "adm1" in feature or "admin1" in feature or feature in {"state", "province"}:
        return "admin1"
    if place.precision == "near" or any(before.endswith(w) for w in _NEAR):
        return "near"  # "south of Kandahar", "20 km north of Mosul"
    if feature in ("city", "village") and _REGION_AFTER.match(text, place.evidence.end):
        return "admin1"  # "Kandahar province", "Achin district": the region of the name
    if feature in ("city", "village") and _REGION_OF_BEFORE.search(
        text, max(0, place.evidence.start - 30), place.evidence.start
    ):
        return "admin1"  # "the department of San Miguel": the region of the name
    return "exact"


def to_location(place: PlaceMention, precision: LocationPrecision) -> Location:
    return Location(
        name=place.name,
        country=place.country,
        precision=precision,
        evidence=place.evidence,
        admin1=place.admin1,
        geonameid=place.geonameid,
        lat=place.lat,
        lon=place.lon,
    )


def usable_places(
    places: Sequence[PlaceMention],
    entities: Sequence[EntityMention],
    others: Sequence[Span] = (),
    text: str = "",
    kb: ActorKB | None = None,
) -> list[PlaceMention]:
    """Rule 2's filter, for the whole article: a place that overlaps a NORP, an
    organisation or armed-group name, or another layer's span (`others`: actors, dates)
    is a misread name ("Coalition" read as Colton, "Jan." as Jackson), unless that
    name is a word of the longer place ("Fasher" of "El Fasher"); so is a place
    read from one word of a longer place name ("Al" of "Al Shadaddi", "Camp" of "Camp
    Hurriya"), which names another place than the whole; nor is a name in brackets
    after an operation's name, its other name ("Operation Sayeed (Hunter)"). A
    first-level region or a region named by its own spelling after a locative
    preposition ("in many areas of the West Bank", read as a bank) stays a place
    whatever else read it (`_region_after_of`), and so does the dateline's town ("SAN
    FRANCISCO (AP) -", read as a person in capitals): a dateline names a place. So
    does a town read by its own name after a locative preposition ("arrested miners at
    La Oroya", read as a person: `_town_after_of`), a region's name before its kind
    ("San Martin department, was attacked", read as a person: `_region_before_kind`),
    the town of a local force ("Carthage Police Chief": `local_force`, set aside), and
    a place whose other reading runs on across the bracket after it ("in Hazar Khwani
    area of Peshawar (Peshawar District)": `_runs_on_past_bracket`). A people's noun
    read as a town ("a Turk" read as Durg, India) is a person, no place
    (`_people_noun`)."""
    taken = [e.evidence for e in entities if e.label in _NOT_PLACES] + list(others)
    names = [e.evidence for e in entities if e.label in _PLACE_LABELS]
    operations = [e.evidence for e in entities if e.label == "OPERATION"]
    readings = {e.evidence for e in entities if e.label in ("PERSON", "ORG")}
    nations = _nations_named(places, entities)
    return [
        p
        for p in places
        if not any(
            p.evidence.overlaps(n)
            and not _within(n, p.evidence)
            and not _region_after_of(p, n, text)
            and not _town_after_of(p, n, text, readings)
            and not (p.country in nations and _region_before_kind(p, n, text))
            and not _runs_on_past_bracket(p, n, text)
            and not _region_kind_of(p, n, text)
            and not (n.start == p.evidence.start and local_force(p, text))
            and not heads_line_dateline(text, p.evidence.start, p.evidence.end)
            for n in taken
        )
        and not any(_fragment_of(p.evidence, n) for n in names)
        and not any(_other_name_of(p.evidence, o, text) for o in operations)
        and not _people_noun(p, kb)
    ]


def _region_after_of(place: PlaceMention, name: Span, text: str) -> bool:
    """A region (first- or second-level, or a named area) written by its own name,
    perhaps with its kind after it, after a locative preposition ("north of the capital
    of Kabardino-Balkaria", "in Dagestan", "areas of the West Bank", "in Khyber Agency")
    is the place even when another layer read the same words as a body: a region's name
    is not a misread."""
    return (
        place.evidence == name
        and place.feature in _NAMED_REGIONS
        and same_spelling(place.name, place.evidence.text[: len(place.name)])
        and _after_locative(_before_article(place.evidence.start, text), text)
    )


#: a region's kind before "of" and its name ("the department of San Miguel").
_KIND_OF = re.compile(
    r"(?:the\s+)?(?:department|province|governorate|district|region|municipality|state)"
    r"\s+of\s+",
    re.IGNORECASE,
)


def _region_kind_of(place: PlaceMention, name: Span, text: str) -> bool:
    """Another layer's reading that is only a region's kind and "of" before the place
    ("the department of San Miguel" read as an organisation) names the region of that
    name, not a body: the place stands."""
    return name.end == place.evidence.end and (
        _KIND_OF.fullmatch(text, name.start, place.evidence.start) is not None
    )


def _nations_named(
    places: Sequence[PlaceMention], entities: Sequence[EntityMention]
) -> set[str | None]:
    """The countries the article names by name ("Peru"; not by a demonym, "Colombian"),
    and the one most of its places lie in (a Bogota report naming no country)."""
    peoples = [e.evidence for e in entities if e.label == "NORP"]
    named = {
        p.country
        for p in places
        if precision_of_feature(p) == "country" and not any(p.evidence.overlaps(n) for n in peoples)
    }
    counts = Counter(p.country for p in places if p.country)
    return named | {counts.most_common(1)[0][0]} if counts else named


def _region_before_kind(place: PlaceMention, name: Span, text: str) -> bool:
    """A first-level or second-level region written by its own name and read the same
    by another layer, followed by its kind and no further name ("San Martin department,
    was attacked", "Helmand province."; not "Moore County District Attorney", a title)
    is the region: the kind says so, when the region lies in a country the article
    names by name or where most of its places lie (`_nations_named`): "Caceres
    province" read as Cáceres, Colombia, in a Peru report that names Colombians stays a
    misread."""
    return (
        place.evidence == name
        and place.feature in _NAMED_REGIONS
        and same_spelling(place.name, place.evidence.text[: len(place.name)])
        and _KIND_CLOSES.match(text, place.evidence.end) is not None
    )


#: a region's kind after its name that ends the name ("San Martin department,").
_KIND_CLOSES = re.compile(
    r"\s+(?i:province|governorate|district|region|department|state|county|oblast)\b"
    r"(?!\s+[A-Z])"
)


def _town_after_of(place: PlaceMention, name: Span, text: str, readings: set[Span]) -> bool:
    """A town written by its own name after a locative preposition ("arrested miners at
    La Oroya", "in Medellin") is the town even when the tagger read the very same words
    as a person or an organisation (`readings`): a name after "at" or "in" that the
    gazetteer knows as a town is where something happened. So is one that an apposition
    calls a settlement ("raided Abu Dis, a town east of Jerusalem"): a person is not a
    town."""
    return (
        place.evidence == name
        and name in readings
        and place.feature in _TOWN_FEATURES_READ
        and same_spelling(place.name, place.evidence.text[: len(place.name)])
        and (
            _after_locative(place.evidence.start, text)
            or _SETTLEMENT_APPOSED.match(text, place.evidence.end) is not None
        )
    )


#: an apposition that says a name is a settlement (", a town", ", a Palestinian village").
_SETTLEMENT_APPOSED = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:town|village|city|suburb|settlement|refugee\s+camp|hamlet)\b"
)


#: the features of towns whose own name after a locative is never a misread.
_TOWN_FEATURES_READ = frozenset({"city", "village"})


def _runs_on_past_bracket(place: PlaceMention, name: Span, text: str) -> bool:
    """Another layer's reading that opens with the place and runs on into the bracket
    after it ("Peshawar (Peshawar District" read as a person) is a tagger's run-on: the
    bracket glosses the place, the place stands."""
    return (
        name.start == place.evidence.start
        and name.end > place.evidence.end
        and text[place.evidence.end : place.evidence.end + 2] == " ("
    )


#: a police force named after its town, region or country, read after the name
#: ("Carthage Police Chief", "the Osun State Police Command", "Charleston police",
#: "Tanzanian police", "Kano Municipal Police", "Harris County Sheriff"): a type word
#: of the place may stand between the name and the force.
LOCAL_FORCE = re.compile(
    r"\s+(?:(?:State|City|County|Province|Provincial|District|Municipal)\s+)?"
    r"(?P<force>[Pp]olice|Sheriff)\b"
)


def local_force(place: PlaceMention, text: str) -> bool:
    """A town, region or country that names a police force ("the Osun State Police
    Command would still extend the amnesty", "Charleston police arrested a man",
    "Tanzanian police said they had arrested 14 foreigners") is where that force
    works: police act at home, so it is a place of their acts when the sentence names
    no other."""
    return LOCAL_FORCE.match(text, place.evidence.end) is not None


def _people_noun(place: PlaceMention, kb: ActorKB | None) -> bool:
    """A word that names one of another country's people ("a Turk", "a Somali", read
    as Durg, India) is a person or a nationality, not a town of that other country."""
    word = place.evidence.text
    if not word[:1].isupper() or " " in word:
        return False
    actors = kb or ActorKB.load()
    entry = actors.state_of_demonym(word) or actors.state_of_demonym(word + "s")
    return (
        entry is not None
        and entry.kind == "state"
        and entry.country is not None
        and entry.country != place.country
    )


#: the features of regions whose own name is never a misread (`_region_after_of`).
_NAMED_REGIONS = frozenset({"admin1", "admin2", "region"})
#: the kinds of place whose name may take "the" ("the Red Sea", "the United States").
_TAKES_ARTICLE = _NAMED_REGIONS | {"natural", "country"}


def _before_article(start: int, text: str) -> int:
    """Where a region's name begins with its article ("the West Bank", "the Sahel"):
    the offset of "the" before `start`, else `start`."""
    return start - 4 if text[max(0, start - 4) : start].lower() == "the " else start


def _other_name_of(place: Span, operation: Span, text: str) -> bool:
    """Rule 2: a name in brackets right after an operation's name is the operation's
    other name ("Operation Sayeed (Hunter)"), not a place."""
    return (
        0 <= place.start - operation.end <= 2
        and text[operation.end : place.start].strip() == "("
        and text[place.end : place.end + 1] == ")"
    )


def _within(part: Span, whole: Span) -> bool:
    """`part` lies inside the longer `whole`: a name read from a word of a place name
    ("Fasher" of "El Fasher" tagged an organisation) leaves the whole place standing."""
    return whole.start <= part.start and part.end <= whole.end and part != whole


def _fragment_of(part: Span, name: Span) -> bool:
    """`part` is a word or words of the longer name `name`, joined by a space to a
    capitalised word of it ("Salem" in "Al Salem", "Camp" in "Camp Hurriya"; not
    "Anbar" in "Anbar, Iraq", "Diyala" in "Diyala Province", "Tartus" in "the port
    city of Tartus", nor "Mosul" in "the heart of East Mosul": a compass word names a
    part of the town). A word that is a function word in capitals ("MOLINA ON 7
    JANUARY", "BOGOTA IN THE LAST 48 HOURS") is no word of the name: a tagger's span
    in all-caps text runs past the place."""
    if not (name.start <= part.start and part.end <= name.end) or part == name:
        return False
    before = name.text[: part.start - name.start].split(" ")
    after = name.text[part.end - name.start :].split(" ")
    joined_before = (
        len(before) > 1
        and before[-1] == ""
        and before[-2][:1].isupper()
        and before[-2][-1:].isalpha()
        and before[-2].lower() not in _COMPASS
        and not _capital_function_word(before[-2])
    )
    joined_after = (
        len(after) > 1
        and after[0] == ""
        and after[1][:1].isupper()
        and after[1].lower() not in _KINDS
        and not _capital_function_word(after[1])
    )
    return joined_before or joined_after


def _capital_function_word(word: str) -> bool:
    """A function word written in capitals ("ON", "IN", "THE", "TO")."""
    return word.isupper() and word.lower() in STOP_WORDS


def rehome_homonyms(
    places: Sequence[PlaceMention], entities: Sequence[EntityMention], text: str
) -> list[PlaceMention]:
    """A town the gazetteer puts in a country the article never names (no country
    mention, no first-level region of it, no demonym or state name) while the article
    names others is a homonym ("Salem" in a Mosul report read as Salem, US; "Anbar" read
    as Ambar, a Turkish village) when it was weakly resolved (`_weakly_resolved`): it is
    kept by its spelling in the text, in the first-level region the article names
    nearest before it (else after it) in its main named country, placed at that region;
    else in that country, without coordinates. A town inside a region the article names
    ("Byesville, Ohio") is never a homonym: naming a state names its country."""
    places = [_set_from_afar(p, places, text) for p in places]
    nations = [p for p in places if p.country and precision_of_feature(p) == "country"]
    regions = [p for p in places if p.feature == "admin1" and not _weakly_resolved(p)]
    home = focus_country(nations, text)
    country = home.country if home is not None else _main_country(regions)
    if country is None:
        return list(places)
    named = {p.country for p in [*nations, *regions]} | {_entity_country(e) for e in entities}
    within = [r for r in regions if r.country == country]
    out = []
    for place in places:
        if place.country is None or place.country in named or not _weakly_resolved(place):
            out.append(place)
            continue
        region = _nearest_region(within, place.evidence.start)
        out.append(_kept_by_spelling(place, country, region))
    return out


#: rule 3: what sets a place from its reference point ("Campina, 60 km south of",
#: "the Chalatenango department to the north of", "Apopa, 10 km from"; not a bare
#: "near", which may place the event more closely than the place before it), also in an
#: apposition that says what the place is ("Abu Dis, a town east of").
_STATED_FROM = re.compile(
    r"(?:\s+(?:department|province|district|region|municipality|county|state))?,?\s+"
    r"(?:(?:an?|the)\s+(?:(?:small|large|border|coastal|mountain|farming|mining|"
    r"Palestinian|Israeli)\s+)?(?:town|village|city|suburb|neighbou?rhood|district|"
    r"area|settlement|camp|refugee\s+camp|hamlet|locality|port|outpost)"
    r"(?:\s+(?:located|situated|lying|just))?\s+)?"
    r"(?:(?:some|about|around|nearly|almost|roughly)\s+)?"
    r"(?:(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>km|kms|kilometers|kilometres|miles?)\s+)?"
    r"(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of|(?<=\s)from)"
    r"\s+(?:the\s+(?:city\s+of\s+|town\s+of\s+|capital\s+(?:city\s+)?(?:of\s+)?)?)?",
    re.IGNORECASE,
)
#: rule 7: how far past a stated distance a town may still lie from its reference point
#: (a town's centroid, a road's bends), and how far when no distance is stated.
_STATED_SLACK_KM = 40.0
_UNSTATED_KM = 250.0
_KM_PER_MILE = 1.609


def _stated_from(place: PlaceMention, reference: PlaceMention, text: str) -> re.Match[str] | None:
    """The words that set `place` from `reference` right after it, if that is all that
    lies between them."""
    if reference.evidence.start <= place.evidence.end:
        return None
    stated = _STATED_FROM.fullmatch(text, place.evidence.end, reference.evidence.start)
    if stated is None or (stated.group(0).rstrip().endswith("from") and not stated["amount"]):
        return None
    return stated


def reference_points(pool: Sequence[PlaceMention], text: str) -> list[PlaceMention]:
    """Rule 3: the places of `pool` that a stated bearing or distance sets another place
    of `pool` from."""
    placed = [p for p in pool if precision_of(p, text) not in ("country", "region")]
    return [r for r in pool if any(_stated_from(p, r, text) for p in placed if p is not r)]


def _farthest_km(stated: re.Match[str]) -> float:
    """Rule 7: how far a town set from a reference point may lie from it."""
    if stated.group("amount") is None:
        return _UNSTATED_KM
    amount = float(stated.group("amount"))
    per_unit = _KM_PER_MILE if stated.group("unit").lower().startswith("mile") else 1.0
    return amount * per_unit + _STATED_SLACK_KM


def _set_from_afar(place: PlaceMention, places: Sequence[PlaceMention], text: str) -> PlaceMention:
    """Rule 7: a town read in another country than the reference point it is set from,
    and farther from it than stated, is a homonym kept by its spelling at the reference
    point's first-level region (in its country, without coordinates, when the reference
    has no first-level region); else the town as read."""
    if place.feature not in ("city", "village", "admin2") or place.lat is None or place.lon is None:
        return place
    for reference in places:
        stated = _stated_from(place, reference, text)
        if (
            stated is None
            or reference.country is None
            or reference.country == place.country
            or reference.lat is None
            or reference.lon is None
        ):
            continue
        away = great_circle_km(place.lat, place.lon, reference.lat, reference.lon)
        if away > _farthest_km(stated):
            region = reference if reference.feature == "admin1" else None
            kept = _kept_by_spelling(place, reference.country, region)
            return replace(kept, admin1=reference.admin1)
    return place


def _main_country(regions: Sequence[PlaceMention]) -> str | None:
    """The country most of the named first-level regions lie in (first mention breaks
    ties), for an article that names regions but no country ("Dagestan", "Chechnya")."""
    counts = Counter(r.country for r in regions if r.country)
    return min(counts, key=lambda c: -counts[c]) if counts else None


def _nearest_region(regions: Sequence[PlaceMention], offset: int) -> PlaceMention | None:
    """The region named last before `offset`, else first after it."""
    before = [r for r in regions if r.evidence.start < offset]
    if before:
        return before[-1]
    return regions[0] if regions else None


def _kept_by_spelling(
    place: PlaceMention, country: str, region: PlaceMention | None
) -> PlaceMention:
    """A homonym kept by its spelling in the text: at the named region when there is
    one (admin1 precision), else in the country without coordinates."""
    return PlaceMention(
        evidence=place.evidence,
        name=place.evidence.text,
        geonameid=None,
        country=country,
        lat=region.lat if region else None,
        lon=region.lon if region else None,
        feature="admin1" if region else None,
        admin1=region.admin1 if region else None,
        confidence=place.confidence,
        precision=place.precision,
    )


def _weakly_resolved(place: PlaceMention) -> bool:
    """A village, a name the gazetteer found several places for and chose among with
    little confidence, or a region or small place it met only by another spelling and
    so resolved less than fully ("Anbar" read as Ambar), may be a homonym; a town it
    resolved outright ("Mosul" in a Syria report) is where the gazetteer says, named
    country or not."""
    respelled = (
        place.feature not in ("city", "country")
        and place.confidence < OUTRIGHT_CONFIDENCE
        and not same_spelling(place.name, place.evidence.text)
    )
    return (
        place.feature == "village"
        or respelled
        or (len(place.candidates) > 1 and place.confidence < _CONFIDENT)
        or _shared_region(place)
    )


def _shared_region(place: PlaceMention) -> bool:
    """Rule 7: a first-level region whose name a first-level region of another country
    bears too ("Rio Negro" of Argentina and of Uruguay) names neither country by itself."""
    if place.feature != "admin1" or len(place.candidates) < 2:
        return False
    return any(
        p.feature == "admin1" and p.country != place.country
        for p in Gazetteer.load().lookup(place.name, fuzzy=False)
    )


def _entity_country(entity: EntityMention) -> str | None:
    """The country an entity's knowledge-base id names ("SY", "IL.military")."""
    head = (entity.kb_id or "").split(".")[0]
    return head if len(head) == 2 and head.isupper() else None


def locate(
    places: Sequence[PlaceMention],
    clause: tuple[int, int],
    sentence: Span,
    role_spans: Sequence[Span],
    text: str,
) -> Location | None:
    """Rules 1-3 for one trigger, else rule 10 (a news brief's dateline); None when the
    sentence names no usable place. A place set aside (rule 2: a dateline, a person's
    home or past) counts only when neither the clause nor the sentence names another."""
    # rule 3 over the whole sentence: a town set from a reference point in an aside that
    # closes its clause ("raided Abu Dis, a town east of Jerusalem, and arrested five")
    # leaves the reference point, not the town, in the next clause
    told = [p for p in places if sentence.start <= p.evidence.start < sentence.end]
    set_from = reference_points(told, text)
    pools = []
    for lo, hi in (clause, (sentence.start, sentence.end)):
        inside = [p for p in places if lo <= p.evidence.start < hi]
        countries = [p for p in inside if precision_of_feature(p) == "country"]
        near = [p for p in places if p.evidence.start < hi and p.evidence.end >= lo - _APPOSED_GAP]
        pool = [
            p
            for p in near
            if (lo <= p.evidence.start < hi or _apposed_to_country(p, countries, lo, text))
            and not any(p.evidence.overlaps(r) for r in role_spans)
            and not biographical(p, text)
            and not commissioning(p, text)
        ]
        references = reference_points(pool, text)
        pools.append([p for p in pool if p not in references and p not in set_from])
    # set-aside places are weighed over the whole sentence: the dateline's town before
    # its region ("CHARLESTON, W.Va. --", where a clause may begin at the comma)
    for aside, tiers in ((False, pools), (True, pools[-1:])):
        for pool in tiers:
            inside = [p for p in pool if set_aside(p, text) == aside]
            if aside:
                inside = [p for p in inside if not filed_abroad(p, places, text)]
            if inside:
                best = min(
                    inside,
                    key=lambda p: (
                        not _locative(p, text),
                        _RANK[precision_of(p, text)],
                        p.evidence.start,
                    ),
                )
                return to_location(best, precision_of(best, text))
    return brief_dateline(places, sentence.start, text)


#: rule 11: a pronoun opening a sentence that goes on with the one before it.
_CONTINUING = re.compile(r"[\s\"'“‘]*(?:They|He|She|It)\b")
#: rule 11: a blank line or an indented line between two sentences opens a paragraph.
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n[ \t]+")
#: rule 11: what the sentence before may lend: a town, the area near one, a region.
_LENT = frozenset({"exact", "near", "admin1"})


def continued_place(
    places: Sequence[PlaceMention], sentences: Sequence[Span], number: int, text: str
) -> Location | None:
    """Rule 11: a sentence that names no place and opens with a pronoun ("They arrested
    two men in connection with the bomb factory") goes on with the sentence before it in
    its paragraph ("Police found explosives in a shed in Dundalk, 50 miles south of
    Belfast."): the place rules 1-3 find there, a town or a region, never the dateline
    the sentence before may open with."""
    if number < 1 or number >= len(sentences):
        return None
    here, before = sentences[number], sentences[number - 1]
    if not _CONTINUING.match(text, here.start):
        return None
    if _PARAGRAPH_BREAK.search(text, before.end, here.start):
        return None
    told = [p for p in places if not set_aside(p, text)]
    found = locate(told, (before.start, before.end), before, [], text)
    return found if found is not None and found.precision in _LENT else None


def brief_dateline(places: Sequence[PlaceMention], offset: int, text: str) -> Location | None:
    """Rule 10: in a column of news briefs (two or more datelines, each opening its own
    item), a sentence that names no place lies at the dateline of its item, when no
    other place is named between that dateline and the sentence."""
    datelines = [p for p in places if dateline_town(p, text)]
    if len({p.evidence.start for p in datelines}) < 2:
        return None
    before = [p for p in datelines if p.evidence.start < offset]
    if not before:
        return None
    filed = before[-1]
    if any(filed.evidence.end <= p.evidence.start < offset for p in places if p not in before):
        return None
    return to_location(filed, "exact")


def set_aside(place: PlaceMention, text: str) -> bool:
    """Rule 2: the dateline ("KABUL (Reuters) -", "BYESVILLE, Ohio --", "LIMA, 13 AUG 89
    (EFE) --") says where the report was filed, "a resident of Jalalabad" where a person
    lives, "Carthage Police Chief" where a force works (`local_force`): none is where the
    sentence's event happened when it names another place."""
    where = place.evidence
    line_start = text.rfind("\n", 0, where.start) + 1
    return (
        is_dateline(place, text)
        or _DATELINE_TOWN.match(text, line_start, where.start) is not None
        or home_before(text, where.start)
        or local_force(place, text)
    )


#: a wire dateline's day-first date, perhaps its agency, and its dash after the town
#: (", 13 AUG 89 (EFE) --", ", 9 June 1989 -").
_DAY_FIRST_DATELINE = re.compile(
    r",\s*\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{2,4}(?:\s*\([^()\n]*\))?\s*(?:--|[-–—])"
)


def is_dateline(place: PlaceMention, text: str) -> bool:
    """Rule 2: the place opens the text or a line as its dateline ("KABUL (Reuters) -",
    and in wire copy, read truecased, "Lima, 13 Aug 89 (EFE) --")."""
    start, end = place.evidence.start, place.evidence.end
    if heads_line_dateline(text, start, end):
        return True
    opens_line = start == 0 or text[start - 1] == "\n"
    return opens_line and _DAY_FIRST_DATELINE.match(text, end) is not None


def filed_abroad(place: PlaceMention, places: Sequence[PlaceMention], text: str) -> bool:
    """Rule 2: a dateline in another country than the one the story is about (the
    focus of rule 8: "TEGUCIGALPA, 9 JUN 89 -- THE HONDURAN GOVERNMENT TODAY DENOUNCED
    THE ASSASSINATION OF SALVADORAN PRESIDENCY MINISTER ...", a story told in San
    Salvador) says where the report was filed, never where its events happened, even
    when the sentence names no other place: the story's own place (rule 8) decides."""
    if not is_dateline(place, text):
        return False
    focus = focus_country(places, text)
    return focus is not None and place.country is not None and focus.country != place.country


def dateline_town(place: PlaceMention, text: str) -> bool:
    """Rule 8: a town (not a region or country) that opens a line as its dateline
    ("SAN FRANCISCO (AP) -", "BYESVILLE, Ohio --")."""
    start, end = place.evidence.start, place.evidence.end
    return place.feature in _DATELINE_FEATURES and heads_line_dateline(text, start, end)


def commissioning(place: PlaceMention, text: str) -> bool:
    """Rule 2: a country or town named as the one an act was done for ("detained a man
    spying on behalf of Ukraine in Belgorod", "a plot on Ukraine's orders") is the
    party behind it, never where it happened (the words: `roles.commissioned_by`)."""
    return commissioned_by(place.evidence, text)


def biographical(place: PlaceMention, text: str) -> bool:
    """Rule 2: "who served two tours in Iraq", "was born in Kabul", "Anthony Williams,
    21, of Pennsylvania": a place of a person's life or home, never where the
    sentence's event happened."""
    start = place.evidence.start
    return _BIOGRAPHY.search(text, max(0, start - 100), start) is not None or aged_home_before(
        text, start
    )


#: rule 1: the most characters between a place and the clause of the country after it
#: ("Dayr az Zawr, Syria": a comma and a space or two).
_APPOSED_GAP = 5


def _apposed_to_country(
    place: PlaceMention, countries: Sequence[PlaceMention], lo: int, text: str
) -> bool:
    """Rule 1: a place written before the country it lies in ("the September 17 Dayr az
    Zawr, Syria airstrike") belongs to the clause that holds the country (one of
    `countries`, the countries named in the clause starting at `lo`), though the comma
    between them ends a clause."""
    after = place.evidence.end
    if place.evidence.start >= lo or text[after : after + 3].lstrip()[:1] != ",":
        return False
    return any(
        other.country == place.country and text[after : other.evidence.start].strip() == ","
        for other in countries
    )


def acting_country(location: Location | None, actors: Sequence[Actor], text: str) -> bool:
    """Rule 2: a country named as an actor of the sentence and not after a locative
    preposition ("Russia has a special responsibility ... to press the regime to end
    its offensive attacks") acts; it is not where the event happened, unless it names
    a police force ("Tanzanian police arrested 14 foreigners": `local_force`)."""
    where = location.evidence if location is not None else None
    if location is None or where is None or location.precision != "country":
        return False
    if _after_locative(where.start, text) or LOCAL_FORCE.match(text, where.end):
        return False
    return any(a.evidence is not None and a.evidence.overlaps(where) for a in actors)


def unresolved_location(
    entities: Sequence[EntityMention],
    places: Sequence[PlaceMention],
    span: tuple[int, int],
    text: str,
    focus: Location | None,
    kb: ActorKB | None = None,
) -> Location | None:
    """Rule 4: an unresolved place name after a locative preposition in `span`, in the
    country of the last place named before it (a bulletin's "Syria" heading), else the focus."""
    for ent in entities:
        name = ent.evidence
        if ent.label not in _PLACE_LABELS or not span[0] <= name.start < span[1]:
            continue
        head = name.text.split(",")[0]
        if not head[:1].isupper():
            continue  # "died in hospital": a kind of place, named by no name
        cut = _cut_at_function_word(head)
        if not cut:
            continue
        if cut != head:  # "BOGOTA IN THE LAST 48 HOURS": the tagger's span ran on
            head, name = cut, Span.of(text, name.start, name.start + len(cut))
        if _demonym_opens(head, kb):
            continue  # "the Dagestani Battle Group": a body named after a people
        if any(
            p.evidence.overlaps(Span.of(text, name.start, name.start + len(head))) for p in places
        ):
            continue
        before = text[max(0, name.start - 16) : name.start].lower()
        if not ends_with_word(before, _LOCATIVE):
            continue  # "in Kabul"; not "reported that tomas evangelista"
        if named_aside(name.start, name.start + len(head), text):
            continue  # "of the U.S. embassies", "a spokesman in Lima said"
        precision: LocationPrecision = "near" if any(before.endswith(w) for w in _NEAR) else "exact"
        named_country = next(
            (
                p.country
                for p in places
                if p.country and name.start < p.evidence.start and p.evidence.end <= name.end
            ),
            None,
        )
        country = (
            named_country
            or _country_before(places, name.start, text)
            or (focus.country if focus else None)
        )
        if country is None:
            return None
        if named_country:  # "Sarmada, Syria": the town, in Syria
            name = Span.of(text, name.start, name.start + len(head))
        if name.text.split()[-1].lower() in _REGION_KINDS:
            precision = "admin1"  # "in Hasaka Province"
        return Location(name.text, country, precision, name)
    return None


def _cut_at_function_word(name: str) -> str:
    """Rule 4: a name up to its first function word in capitals ("ESCALON TO DISLODGE THE
    REBELS" is Escalon); empty when it opens with one, or with a lower-case function
    word other than "the" ("their home Thursday": a possessed noun names no place), or
    when only function words stand before the cut ("the US embassies": "the")."""
    words = name.split(" ")
    opening = words[0].strip()
    if opening.islower() and opening in STOP_WORDS and opening != "the":
        return ""
    for index, word in enumerate(words):
        if _capital_function_word(word.strip()):
            kept = words[:index]
            # "the US embassies": what is left before "US" is no name
            named = any(w.strip().lower() not in STOP_WORDS for w in kept)
            return " ".join(kept).rstrip() if named else ""
    return name


def _demonym_opens(name: str, kb: ActorKB | None) -> bool:
    """Rule 4: the name's first word is a demonym ("the Dagestani Battle Group")."""
    words = name.split()
    return len(words) > 1 and is_demonym(words[0], kb or ActorKB.load(), Gazetteer.load())


def _country_before(places: Sequence[PlaceMention], offset: int, text: str) -> str | None:
    """The country of the last place named before `offset` that places something (a
    bulletin's "Syria" heading; "an area west of Damascus" before "in Mezzeh"), not a
    country named as a party ("warning Israel of the repercussions": `_places_something`)."""
    named = [
        p for p in places if p.country and p.evidence.end <= offset and _places_something(p, text)
    ]
    return max(named, key=lambda p: p.evidence.start).country if named else None


def _places_something(place: PlaceMention, text: str) -> bool:
    """A town or region, a country after a locative preposition ("strikes in Syria"), or
    a country heading its own line (a bulletin's "Syria"); a country named bare
    ("Syria has accused Israel", "warning Israel") may be a party, not a place."""
    if precision_of_feature(place) != "country" or _locative(place, text):
        return True
    line_start = text.rfind("\n", 0, place.evidence.start) + 1
    line_end = text.find("\n", place.evidence.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return line.strip(" \t\xa0:.-—–") == place.evidence.text


#: words between a locative preposition and its place ("in neighbouring Turkey", "in
#: eastern Syria", "in far north-western Kebbi"); not "the": "the President of the
#: United States" names no place.
_PLACE_LEADS = re.compile(
    r"(?:\b(?:neighbou?ring|central|far|remote|rural|war-torn"
    r"|[a-z-]*(?:northern|southern|eastern|western))\s+)+$"
)


def _after_locative(start: int, text: str) -> bool:
    """A locative preposition ends just before `start`, past the words of `_PLACE_LEADS`."""
    before = _PLACE_LEADS.sub("", text[max(0, start - 40) : start].lower())
    return ends_with_word(before, _LOCATIVE)


def _locative_before_article(place: PlaceMention, text: str) -> bool:
    """A sea, region or country whose name takes "the" after a locative preposition ("in
    the Red Sea", "near the Gaza Strip"); never after "of" ("the President of the United
    States"), nor a town's ("at the Hilton hotel")."""
    at = _before_article(place.evidence.start, text)
    if place.feature not in _TAKES_ARTICLE or at == place.evidence.start:
        return False
    return ends_with_word(text[max(0, at - 40) : at].lower(), _LOCATIVE_BEFORE_THE)


def ends_with_word(before: str, words: Sequence[str]) -> bool:
    """`before` ends with one of `words` as a whole word ("in ", "at "; not the "at " of
    "that ", nor the "in " of "Berlin ")."""
    return any(
        before.endswith(w) and not before[: len(before) - len(w)][-1:].isalpha() for w in words
    )


def _locative(place: PlaceMention, text: str) -> bool:
    """After a locative preposition ("in Kharkiv"), in apposition to a locative phrase
    that names its kind ("in Mali's capital Bamako", "in the northern town Gao"), or
    owned by the place a locative preposition names ("in northern Burkina Faso's Sahel
    region")."""
    if _after_locative(place.evidence.start, text) or _locative_before_article(place, text):
        return True
    before = text[max(0, place.evidence.start - 48) : place.evidence.start]
    # "in Nigeria's northwestern Zamfara state": the owner's part past its direction
    owned = _PLACE_LEADS.sub("", before)
    return _APPOSED.search(before) is not None or _POSSESSED.search(owned) is not None


def focus_country(places: Sequence[PlaceMention], text: str = "") -> Location | None:
    """Rule 8: the country most mentions fall in, a person's life or record aside
    (`biographical`); a mention after a locative preposition ("in Syria") counts twice
    a modifier ("U.S. forces"). It cites the country's first
    mention by name; where the article names the country only through its places, the
    town of its dateline ("SAN FRANCISCO (AP) -") at exact precision, else the one
    town it names there, after a locative preposition at least once (`_sole_town`),
    else the first-level region it names most (first mention breaks ties) at admin1
    precision;
    where only through towns, the country with no evidence: country precision never
    cites a town."""
    if text:  # a person's home, past or record is not where the story happens
        places = [p for p in places if not biographical(p, text) and not commissioning(p, text)]
    counts: Counter[str] = Counter()
    for p in places:
        if p.country:
            counts[p.country] += 2 if text and _locative(p, text) else 1
    if not counts:
        return None
    first_seen = {}
    for p in places:
        if p.country and p.country not in first_seen:
            first_seen[p.country] = p.evidence.start
    country = min(counts, key=lambda c: (-counts[c], first_seen[c]))
    mentions = [p for p in places if p.country == country]
    national = [p for p in mentions if precision_of_feature(p) == "country"]
    if national:
        return to_location(national[0], "country")
    filed = next((p for p in mentions if dateline_town(p, text)), None)
    if filed is not None:  # "SAN FRANCISCO (AP) -" of a story told in its country's towns
        return to_location(filed, "exact")
    sole = _sole_town(mentions, text)
    if sole is not None:  # "what has happened in San Salvador is inhumane"
        return to_location(sole, "exact")
    regions = [p for p in mentions if p.feature == "admin1" and p.admin1]
    if regions:
        named = Counter(p.admin1 for p in regions)
        region = next(p for p in regions if named[p.admin1] == max(named.values()))
        return to_location(region, "admin1")
    # named by the state's name ("Iraq"), not its code, when only towns place it
    return Location(country_name(country) or country, country, "country", None)


def _sole_town(mentions: Sequence[PlaceMention], text: str) -> PlaceMention | None:
    """Rule 8: the one town the article names in its country, when every town of that
    country it names is that town and it is named after a locative preposition ("what
    has happened in San Salvador") or as the home of a police force ("a Saskatoon
    police officer") at least once: the story happens there; its first such mention."""
    towns = [p for p in mentions if p.feature in _DATELINE_FEATURES]
    if len({(p.geonameid, p.name) for p in towns}) != 1:
        return None
    return next(
        (
            p
            for p in towns
            if local_force(p, text) or (_locative(p, text) and not set_aside(p, text))
        ),
        None,
    )


def precision_of_feature(place: PlaceMention) -> str:
    feature = (place.feature or "").lower()
    return "country" if "country" in feature or feature.startswith("pcl") else "other"


def named_settlement(
    span: tuple[int, int],
    text: str,
    places: Sequence[PlaceMention],
    fallback: str | None,
    kb: ActorKB | None = None,
) -> list[Location]:
    """Rule 5: settlements named by their kind in `span`, in text order ("the towns of
    Jabla ..., and the port city of Tartus" gives both; "striking Sabboura, an area
    outside Damascus", whose kind may run past the span)."""
    found: list[Location] = []
    for match in _SETTLEMENT.finditer(text, span[0], span[1]):
        start, end = match.span("name")
        known = [p for p in places if p.evidence.start <= start < p.evidence.end]
        if known and precision_of(known[0], text) == "exact":
            found.append(to_location(known[0], "exact"))
            continue
        country = None
        if match.group("demonym"):
            entry = (kb or ActorKB.load()).state_of_demonym(match.group("demonym"))
            country = entry.country if entry is not None else None
        if country is None:
            near = [p for p in places if p.country and span[0] <= p.evidence.start < span[1]]
            near.sort(key=lambda p: (abs(p.evidence.start - end), p.evidence.start))
            country = near[0].country if near else fallback
        if country is not None:
            found.append(Location(text[start:end], country, "exact", Span.of(text, start, end)))
    found.extend(_kind_after(span, text, places, fallback))
    found.extend(_capitals_named(span, text, kb or ActorKB.load()))
    return sorted(found, key=lambda loc: loc.evidence.start if loc.evidence else 0)


#: rule 5: capitals named by their countries' demonyms ("the Kenyan capital", "the
#: Kenyan and Tanzanian capitals"), not before the capital's own name ("the Kenyan
#: capital, Nairobi", which names it).
_CAPITALS = re.compile(
    r"\bthe\s+(?P<first>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
    r"(?:\s+and\s+(?P<second>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?\s+capitals?\b(?!,?\s+[A-Z])"
)


def _capitals_named(span: tuple[int, int], text: str, kb: ActorKB) -> list[Location]:
    """Rule 5: the capital of each state named by its demonym before "capital(s)" in
    `span`, cited by the demonym ("the Kenyan and Tanzanian capitals" gives Nairobi and
    Dar es Salaam)."""
    found: list[Location] = []
    for match in _CAPITALS.finditer(text, span[0], span[1]):
        for group in ("first", "second"):
            start, end = match.span(group)
            entry = kb.state_of_demonym(text[start:end]) if start >= 0 else None
            if entry is None or entry.kind != "state" or entry.country is None:
                continue
            capital = _capital_place(entry.country)
            if capital is not None:
                found.append(_town_location(capital, Span.of(text, start, end)))
    return found


def _capital_place(country: str) -> Place | None:
    """The gazetteer's city that is the country's capital, if known."""
    name = capital_of(country)
    if name is None:
        return None
    towns = [
        p
        for p in Gazetteer.load().lookup(name, fuzzy=False)
        if p.country == country and p.feature == "city"
    ]
    return towns[0] if towns else None


def _town_location(town: Place, evidence: Span) -> Location:
    """The gazetteer town `town` as the event's exact location, cited by `evidence`."""
    return Location(
        name=town.name,
        country=town.country,
        precision="exact",
        evidence=evidence,
        admin1=town.admin1_code,
        geonameid=town.geonameid,
        lat=town.lat,
        lon=town.lon,
    )


#: rule 5: a name set off by its kind after it ("Sabboura, an area outside Damascus",
#: "Bartella, a town east of Mosul").
_KIND_AFTER = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+)*),\s+(?:a|an)\s+"
    r"(?:small\s+|rural\s+|residential\s+|remote\s+|nearby\s+)?"
    r"(?:town|village|city|suburb|district|area|neighbou?rhood)\s+"
    r"(?:outside|near|north|south|east|west|northeast|northwest|southeast|southwest|in)\b"
)
#: how far past the span the kind of a name in it may be written, and where the place
#: that gives its country may stand after it.
_KIND_REACH = 120


def _kind_after(
    span: tuple[int, int], text: str, places: Sequence[PlaceMention], fallback: str | None
) -> list[Location]:
    """Rule 5 for a name in `span` whose kind follows it: the place it is said to lie
    near or in gives its country, else `fallback`; a name the gazetteer resolved to a
    town is that town."""
    found: list[Location] = []
    reach = min(len(text), span[1] + _KIND_REACH)
    for match in _KIND_AFTER.finditer(text, span[0], reach):
        start, end = match.span("name")
        if start >= span[1]:
            break
        known = [p for p in places if p.evidence.start <= start < p.evidence.end]
        if known:
            if precision_of(known[0], text) == "exact":
                found.append(to_location(known[0], "exact"))
            continue
        after = [p for p in places if p.country and end < p.evidence.start < end + _KIND_REACH]
        country = min(after, key=lambda p: p.evidence.start).country if after else fallback
        if country is not None:
            found.append(Location(text[start:end], country, "exact", Span.of(text, start, end)))
    return found


def speaking_places(places: Sequence[PlaceMention], text: str) -> list[PlaceMention]:
    """Rule 6: places without the countries that speak in the sentence they name, nor
    those named as someone's ally or partner ("thank our ally Turkey"), nor the owner
    of an embassy or an office ("the bombings of U.S. embassies", "U.S. Secretary of
    State"); nor a country or first-level region named as the neighbour across a border
    ("on the border with Uganda", "a town bordering Northern Ireland"), nor the place
    where a report was given (`speaker_place`)."""
    kept = []
    for place in places:
        # "Police in Kenya said": the speaker's place, not the speaker
        speaks = _SPEAKS.match(text, place.evidence.end) and not _after_locative(
            place.evidence.start, text
        )
        before = text[max(0, place.evidence.start - 28) : place.evidence.start]
        ally = _ALLY.search(before) is not None
        owner = _OWNED.match(text, place.evidence.end) is not None
        national = precision_of_feature(place) == "country"
        if (speaks or ally or owner) and national:
            continue
        if _NEIGHBOUR.search(before) and (national or place.feature == "admin1"):
            continue
        if speaker_place(place.evidence.start, place.evidence.end, text):
            continue
        kept.append(place)
    return kept


def named_aside(start: int, end: int, text: str) -> bool:
    """Rule 6 for a name the gazetteer did not resolve (rule 4): the owner of an
    embassy or an office, a neighbour across a border, or the place of a report is no
    place of the event, resolved or not."""
    before = text[max(0, start - 28) : start]
    return (
        _OWNED.match(text, end) is not None
        or _NEIGHBOUR.search(before) is not None
        or speaker_place(start, end, text)
    )


#: rule 6: what a country owns where it does not lie: its embassy abroad, an office of
#: its government ("U.S. embassies", "the U.S. Secretary of State", "British Foreign
#: Secretary"): the state, not a place.
_OWNED = re.compile(
    r"\s+(?:embass(?:y|ies)|consulates?|consul\b|ambassadors?|envoys?"
    r"|(?:[A-Z][a-z]+\s+)?(?:Secretary|Minister|Ambassador|Envoy)\b)"
)
#: rule 6: the place of a report, not of what it reports: after a speaker ("a military
#: spokesman in Lima said", "told reporters in Kabul", "addressing journalists in
#: Osogbo, the state capital", "a news conference in Baghdad", "a news conference with
#: Japanese and foreign media representatives in Tokyo,"), or after a verb of speech
#: with its own subject and a "that" after the place ("reported in Lima that", "said in
#: Washington on Tuesday that"; not "clashes were reported in Homs"), or after "said"
#: where the sentence ends or a "where" clause follows ("Crowley said in Washington.").
_WHEN = r"(?:\s+(?:today|yesterday|tonight|on\s+[A-Z]\w+))?"
#: "with foreign journalists", "for Japanese and foreign media representatives": words
#: naming people, none a participle ("with the families of victims killed in Kabul"
#: places the killing).
_AUDIENCE = r"(?:\s+(?:with|for)(?:\s+(?![\w'’-]*ed\b)[\w'’-]+){1,5}?)?"
_SPEAKER_BEFORE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|journalists|reporters|(?:media|press)\s+representatives"
    r"|told\s+[\w-]+|(?:news|press)\s+(?:conference|briefing)"
    + _AUDIENCE
    + r")"
    + _WHEN
    + r"\s+in\s+$",
    re.IGNORECASE,
)
#: how far before a place `speaker_place` looks for its speaker.
_SPEAKER_REACH = 100
_SPEAKER_AFTER = re.compile(_WHEN + r"\s*(?:that\b|,|\.|said\b|says\b)", re.IGNORECASE)
_SPEECH_BEFORE = re.compile(
    r"\b(?P<aux>\w+\s+)?(?:said|says|reported|announced|stated|disclosed|declared)"
    + _WHEN
    + r"\s+in\s+$",
    re.IGNORECASE,
)
_SPEECH_AFTER = re.compile(_WHEN + r"\s*,?\s*that\b", re.IGNORECASE)
#: "Crowley said in Washington.", "Espinoza said in Costa Rica, where he is attending a
#: summit,": a speaker's words closed where he spoke; "said" is never passive.
_SAID_BEFORE = re.compile(r"\b(?:said|says)" + _WHEN + r"\s+in\s+$", re.IGNORECASE)
_SAID_AFTER = re.compile(_WHEN + r"\s*(?:,?\s*(?:that|where)\b|[.;:]|\Z)", re.IGNORECASE)
#: words before a verb that make it passive or a participle: no one speaks there.
_PASSIVE = frozenset({"was", "were", "been", "be", "is", "are", "being", "widely"})


def speaker_place(start: int, end: int, text: str) -> bool:
    """Rule 6: a place named, from `start` to `end`, as where a report was given ("a
    spokesman in Lima said soldiers arrested 22 miners at La Oroya", "told reporters in
    Kabul that") is the speaker's, not the place of what was reported."""
    before = text[max(0, start - _SPEAKER_REACH) : start]
    if _SPEAKER_BEFORE.search(before) and _SPEAKER_AFTER.match(text, end):
        return True
    if _SAID_BEFORE.search(before) and _SAID_AFTER.match(text, end):
        return True
    speech = _SPEECH_BEFORE.search(before)
    return (
        speech is not None
        and (speech.group("aux") or "").strip().lower() not in _PASSIVE
        and _SPEECH_AFTER.match(text, end) is not None
    )


#: rule 9: a compass word and a capitalised name after a locative phrase ("in the
#: heart of East Mosul", "in West Aleppo").
_DISTRICT = re.compile(
    r"\b(?:in|of|inside|across|into)\s+(?:the\s+)?"
    r"(?:East|West|North|South|Eastern|Western|Northern|Southern)\s+"
    r"(?P<town>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
_TOWN_FEATURES = frozenset({"city"})


def town_of_district(
    span: tuple[int, int], text: str, country: str | None, gazetteer: Gazetteer | None
) -> Location | None:
    """Rule 9: the town whose compass-named part `span` places the event in."""
    if country is None:
        return None
    for match in _DISTRICT.finditer(text, span[0], span[1]):
        start, end = match.span("town")
        towns = [
            p
            for p in (gazetteer or Gazetteer.load()).lookup(match.group("town"), fuzzy=False)
            if p.matched == "name" and p.country == country and p.feature in _TOWN_FEATURES
        ]
        if towns:
            return _town_location(towns[0], Span.of(text, start, end))
    return None
