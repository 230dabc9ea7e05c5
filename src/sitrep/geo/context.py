"""Locative context: the words around a name that make it a place.

Rules, in order:
1. a preposition before the name ("in", "near", "north of"), with adjectives such as
   "neighbouring" or "rebel-held" allowed in between, is locative context; "according
   to", "thanks to", "due to" are not: a source or a cause follows ("according to Linda
   Daily"), nor is "from" or "by" after a player's statistic ("19 points from Kyle
   Shaw", "two goals by Mark Ellis"); nor is "of" after the capitalised head of an
   institution's or office's name ("Chamber of Commerce", "Department of Homeland
   Security", "Minister of Industry"): it belongs to that name (a state or big city
   there still stands by itself); a name after a capitalised "Little" is no place at
   all ("Little Italy", "the Little Egypt Conference": a quarter or region named after
   it);
2. so is a place noun before it ("the battle of", "the town of"), a type word after it
   ("X province", "X county", "the Jenin refugee camp") or inside it ("Orange County"),
   a hyphenated cue after it ("London-based", "Gaza-born"), or a civic body or resident
   after it ("Dublin City Council", "Torrington firefighters", "an Alexandria man"), or
   its pupils, parents, voters or taxpayers ("Haslett students", "Lexington voters"; not
   a university's known by one word: "Harvard students"), or
   a metropolitan area's word before it ("Metro Vancouver", "metro Atlanta", "Greater
   Manchester": the area is named by its city), or a possessive before it and "home"
   after it ("he left his Norman home": the town someone lives in);
3. a sentence-initial name opening a dateline ("BEIJING (Reuters) -", "ATLANTA, Ga. -",
   "Muscat: ", "SOUTH WAZIRISTAN, April 5") is a place, as is an all-capital name heading
   the text or a line ("LONDON Pope Francis ...") or opening a dateline after a byline
   ("Advocate Reporter March 30, 2009 NEWARK -- "); in a line all in capitals only a
   name before a dateline's comma, bracket or dash heads it ("SANTIAGO, 10 JAN 90 --",
   not the slogan's "LIVES! THE PLAN BEGAN ...");
   A legislator's party letter and hyphen before a name ("Rep. Torrey Westrom, R-Elbow
   Lake") gives the home town or state, a place too;
4. "Syria and Iraq": a name joined by "and"/"or"/a comma to a place just accepted is one too;
   the places so joined make one list ("Sharon, Cornwall and Salisbury"), whose towns
   are neighbours (sitrep.geo.proximity rule 2);
5. precision is "near" when the text places something only near the name ("near X",
   "north of X", "outskirts of X", "10 km from X");
6. "Paris, Texas", "Gainesville, Ga.", "Dublin, Ohio": the words right after a comma are
   offered as the first-level region the name sits in (scoring checks them), unless they
   are the next item of a list ("Aleppo, Idlib and Hama");
7. the countries an article names (GPE/NORP entities linked to a state) are remembered
   with their offsets, so a name never supports itself; so, apart and as weaker context,
   are the countries of the armed groups and state forces it names ("Boko Haram
   fighters", "Nigerian troops", "al-Shabaab": the actor knowledge gives their country):
   a careful reader knows where such a group fights, though the article may not say;
8. the type words around a name also say which kind of place it is: "province of X" or
   "X governorate" asks for a first-level region, unless the type word opens an
   institution's name ("the Lansing State Journal", "Concord District Court"), "the
   port city of X" or "X town" for a settlement (Tartus the city, not Tartus the
   governorate); a town's people or bodies
   ("a Palestine man", "Jordan residents", "Smith, 49, Palestine,") ask for anything but
   a country or region: a country's people take its demonym; so does a person's age
   before it ("Louis Jensen, 87, of Williston"), and a street address ("508 Cumberland
   St., Lebanon": streets are in towns), and a legislator's party letter ("R-Lebanon":
   a home town, never the country);
9. a name in a list closed by a plural type word ("Jackson and Barrow counties",
   "Douglas, Sarpy and Lancaster counties") is that kind of place: Barrow County; a
   first-level region alone before it ("Indiana counties") is the region they lie in;
   so a list closed by "provinces", "regions", "states", "oblasts", "governorates" or
   "prefectures" names first-level regions ("the Donetsk and Luhansk regions" are the
   oblasts, not their capitals; "the North West and Limpopo provinces");
10. a personal title or role right before a name ("coach Ripley", "Dr. Webb",
    "President Obama"), or a kinship noun ("whose son, Parker, 8", "a daughter
    Elizabeth"), makes it a person's name, not a place; so does a kinship noun and
    "of" before a name that may be a person's ("the daughter of Frank and Anna Nowak",
    not "a native son of Kentucky"), and "of" and a town after it ("survived by Susan of
    Green Bay and Thomas of Minneapolis");
11. "Anbar, Iraq", "Anbar province, Iraq", "Plateau State, Nigeria", "Sinjar in northern
    Iraq": the words after a comma (past a type word, however capitalised), or after
    "in" and a compass word, are offered as the country the name lies
    in (the places stage checks that they name one); not when "and"/"or" or another
    capitalised name follows them ("Aleppo, Iraq and Syria", "Saipan, Guam, Alaska" are
    lists);
12. a name in the possessive is a modifier of the noun it owns ("led to Henry’s arrest",
    "from Jones' underwear", "at Culver’s"): a preposition before it locates that noun,
    not the name, so it gives the name no context of its own; so is a name before a
    hyphenated participle ("in the U.S.-led coalition", "in the Iran-backed militias");
13. a name right after a street address and a comma ("420 Augusta St., Alexandria",
    "at Main Street, Tipperary,") is the town the street is in: locative context;
14. a middle initial or a quoted nickname and a surname after a name ("Donald L.
    Schuler", "Katherine \"Kay\" Parsons") make it a person's given name, never a place;
15. a name that may be a person's and speaks ("Parker said", "Huff told reporters") is a
    person's; a town only with context or when the article places it elsewhere
    ("Tbilisi says", no person's name, is the government seated there);
16. "Township" or "Borough" after a name ("Jerome Township", "Ambler Borough") makes it
    a local municipality named after a place of the article's own state or county, and a
    name that holds "County", "Parish", "Township" or "Borough" ("McLean County") is a
    local unit too (the places stage looks for them in the article's own state first);
17. a conflict verb right before a name, with no preposition ("fighters attacked Baga",
    "the army retook Kidal", "jihadists stormed Djibo", "strikes hit Khan Younis",
    "thousands fled Wad Madani"), makes the name the verb's
    object: what is attacked, seized, shelled or burned is often a place, though it may
    be a person or a body ("attacked Smith"), so acceptance (rule 8 there) decides; a
    personal pronoun later in the clause speaks of a person ("attacked Parker on his way
    home", "stormed Nelson as he left"), and a name in the possessive is no object;
18. a person's noun or name and age before "of" or "from" ("a resident of Jalalabad", "a
    man from Springfield", "John Smith, 45, of Dayton") say where a person lives: a
    place, but not where what the sentence tells happened (the events stage reads it);
19. a car's make before a name ("a Jeep Cherokee", "a 2001 Chevrolet Cavalier", "his
    Toyota Tacoma") makes it the model, and a model year before a make ("a 2001
    Cadillac", "a 1998 Pontiac") makes the make a car: police and court news names the
    vehicles in a crash or a theft, and many models bear places' names; a state or
    country after a make that is also a town's name stays itself ("in Lincoln
    Nebraska": the places stage checks the gazetteer);
20. "in the Donetsk region", "in eastern Ukraine", "in northern Gaza" right after a name
    place it inside a region or country: the name is a place, though a person of that
    surname speaks in the article ("pressed toward Lyman in the Donetsk region"); so
    does an appositive naming a place's kind ("Abu Dis, a town east of Jerusalem"), or
    such a kind before "known as" ("Beirut's southern suburbs, known as Dahiyeh").
"""

from __future__ import annotations

import re
from typing import Final

from sitrep.geo.abbreviations import PARTY_BEFORE, STATES
from sitrep.geo.persons import KIN_NOUNS, STATISTICS
from sitrep.kb.actors import ActorKB
from sitrep.model import PlaceMention
from sitrep.pipeline.document import Document

#: prepositions before a name that make it a place (rule 1).
PREPOSITIONS: Final = frozenset(
    [
        "in",
        "into",
        "inside",
        "near",
        "across",
        "throughout",
        "around",
        "outside",
        "from",
        "to",
        "towards",
        "toward",
        "at",
        "over",
        "within",
        "between",
        "via",
        "through",
        "on",
        "off",
        "along",
        "of",
    ]
)
#: prepositions of position: they place even a person's surname ("a fire in Carlow").
_POSITIONAL: Final = frozenset(
    ["in", "into", "inside", "near", "across", "throughout", "around", "outside", "within"]
)


#: the words after a state's name that make it its agency's ("Florida Highway Patrol").
_STATE_AGENCY: Final = re.compile(
    r"\s+(?:Highway\s+Patrol|State\s+(?:Police|Patrol|Troopers?)|Department\s+of|"
    r"Bureau\s+of|Division\s+of|Attorney\s+General|National\s+Guard)\b"
)


def state_agency_after(text: str, end: int) -> bool:
    """A state's own agency follows its name ("Florida Highway Patrol", "Kentucky State
    Police", "Ohio Department of Transportation"): the state is the article's home
    (sitrep.geo.focus rule 2)."""
    return _STATE_AGENCY.match(text, end) is not None


def positional_before(text: str, start: int) -> bool:
    """Rule 1: the preposition before the name (past modifiers) is one of position
    ("in Carlow", "near the Holroyd"), not one a person takes ("over to Carlow"); a
    person's surname needs one (sitrep.geo.persons rule 7)."""
    words = text[max(0, start - 60) : start].split()
    for word in reversed(words[-5:]):
        lowered = word.lower().strip(",")
        if lowered in PREPOSITIONS:
            return lowered in _POSITIONAL
        if lowered not in _MODIFIERS:
            return False
    return False


_MODIFIERS: Final = frozenset(
    [
        *[
            "the",
            "neighbouring",
            "neighboring",
            "northern",
            "southern",
            "eastern",
            "western",
            "central",
        ],
        *["north", "south", "east", "west", "north-east", "north-west", "south-east", "south-west"],
        *["northeastern", "northwestern", "southeastern", "southwestern", "war-torn", "rebel-held"],
        *[
            "occupied",
            "besieged",
            "nearby",
            "government-held",
            "rural",
            "coastal",
            "city",
            "town",
            "village",
        ],
        *["province", "region", "outskirts", "of", "capital"],
        *["northeast", "northwest", "southeast", "southwest", "upstate", "downstate"],
        *["downtown", "uptown", "suburban", "historic", "rebel-controlled", "opposition-held"],
    ]
)
#: "according to X", "thanks to X", "due to X": a source or a cause follows, not a place.
_SOURCE_BEFORE_TO: Final = frozenset({"according", "thanks", "due", "owing"})
_PLACE_NOUNS: Final = re.compile(
    r"\b(?:battle|siege|towns?|city|cities|villages?|province|region|state|district|"
    r"governorate|outskirts|capital|fall|liberation|camp|area|port|suburbs?|streets?)"
    r"\s+of\s+(?:the\s+)?$",
    re.I,
)
#: "Metro Vancouver", "United Way of Metropolitan Atlanta", "Greater Manchester": a
#: city's metropolitan area is named by the city (rule 2).
_METRO: Final = re.compile(r"\b(?:[Mm]etro(?:politan)?|Greater)\s+$")
#: "Chamber of", "Ministry of the": "of" inside an institution's or office's name (rule 1).
_INSTITUTION_OF: Final = re.compile(
    r"\b(?:Bank|Council|Chamber|Department|Ministry|Minister|Secretary|University|College"
    r"|Institute|Academy|Association|Society|Federation|Union|League|Museum|Bureau|Office"
    r"|Board|Commission|Committee|Corporation|Company|Club|President|Director)"
    r"\s+of\s+(?:the\s+)?$"
)
TYPE_AFTER: Final = re.compile(
    r"^\s+(?:province|governorate|region|state|oblast|district|county|city|town|village|"
    r"area|(?:refugee\s+)?camp|prefecture)\b",
    re.I,
)
#: "London-based", "Gaza-born": the hyphenated word after a name makes it a place.
_CUE_AFTER: Final = re.compile(r"^\s?[-‐–]\s?(?:based|born|bound|area|region)\b", re.I)
#: prepositions that make a mention approximate: the event is near the place, not in it.
_NEAR: Final = re.compile(
    r"\b(?:near|nearby|outside|around|close\s+to|(?:north|south|east|west|"
    r"north-?east|north-?west|south-?east|south-?west)\s+of|outskirts\s+of|"
    r"km\s+(?:from|of)|kilometres\s+(?:from|of)|kilometers\s+(?:from|of)|miles\s+(?:from|of))"
    r"\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+|village\s+of\s+)?$",
    re.I,
)
#: "BEIJING (Reuters) -", "ATLANTA, Ga. -", "Muscat: ", "SOUTH WAZIRISTAN, April 5 (APP)",
#: "BYESVILLE -- ", "FALLS VILLAGE—The": a sentence-initial name opening a dateline.
_DATELINE: Final = re.compile(
    r"^(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?(?:\s*\(|\s*[-–—:]\s|\s+[-–—]+|\s*[–—]|\s*--)"
    r"|^,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
)
#: "Dublin City Council", "Torrington firefighters", "the Byesville Volunteer Fire
#: Department", "four Paris Policemen", "Grand Ledge investigators", "Boulder City
#: Manager Vicki Mayes", "an Alexandria man": a civic body, its officers or a resident
#: after a name makes it a
#: place (LGL counts names inside such organisations); so does the town's newspaper
#: ("the Mt. Pleasant News", "the St. Paul Pioneer Press") and a legislator's party
#: after the home town ("a Manhattan Democrat", "the Cleveland Republican").
_CIVIC_AFTER: Final = re.compile(
    r"^(?:’s|'s)?\s+(?:City\s+(?:Council|Hall|Manager|Schools|Police|Commission)|"
    r"County\s+(?:Commission|Sheriff|Clerk|Board|Court|Jail|Schools?|Health)|"
    r"(?:Town|Village|Borough)\s+(?:Council|Board|Hall)|"
    r"[Pp]olice(?:m[ae]n|wom[ae]n)?|[Ii]nvestigators?|[Dd]etectives?|"
    r"Director\s+of(?=\s+[A-Z])|"
    r"(?:[Vv]olunteer\s+)?[Ff]ire\s+(?:Department|Company|Rescue|Chief|District)|"
    r"[Ff]irefighters?|[Ss]heriff|[Mm]ayor|[Ss]uperintendent|"
    r"[Cc]ouncil|[Rr]esidents?|[Oo]fficials?|[Nn]ative|man|woman|men|women|teenager|"
    r"voters|taxpayers|schools|"
    r"Public\s+(?:Schools|Library)|School\s+(?:District|Board)|Board\s+of\s+\w+|"
    r"Chamber\s+of\s+Commerce|Township|Municipal|Superior\s+Court|District\s+Court|"
    r"(?:Daily\s+)?(?:News|Herald|Gazette|Tribune|Courier|Chronicle|Sentinel|Telegram|"
    r"Examiner|Enquirer|Pioneer\s+Press|Free\s+Press)|Democrat|Republican)\b"
)
#: "Orange County", "South Waziristan Agency": a name that holds its own type word.
_TYPE_WITHIN: Final = re.compile(
    r"\s(?:County|Parish|Province|Governorate|Oblast|Prefecture|Township|Borough|Agency)$"
)
#: "Jerome Township", "Ambler Borough": a local municipality named after a place (rule 16).
_MUNICIPALITY: Final = re.compile(r"^\s+(?:Township|Borough)\b")
#: "McLean County", "Clinton Township": a name that holds a local type word (rule 16).
_LOCAL_WITHIN: Final = re.compile(r"\s(?:County|Parish|Township|Borough)$")
#: "DeKalb County", "Rapides Parish": a county's name with its type word (places rule 24;
#: the county kinds of `_LOCAL_WITHIN`, with the spaces before them, to strip them).
COUNTY_WITHIN: Final = re.compile(r"\s+(?:County|Parish)$")
#: an all-capital name alone at the head of a line ("LONDON Pope Francis ...").
_CAPITAL_HEAD: Final = re.compile(r"^[A-Z][A-Z .'-]{2,}$")


def typed_after(text: str, end: int) -> bool:
    """Rule 2: a type word follows the name ("Idlib province")."""
    return TYPE_AFTER.match(text[end : end + 20]) is not None


_REGION_BEFORE: Final = re.compile(
    r"\b(?:province|governorate|region|state|oblast|district|county|prefecture)\s+of\s+"
    r"(?:the\s+)?$",
    re.I,
)
_REGION_AFTER: Final = re.compile(
    r"^\s+(?:province|governorate|region|state|oblast|district|county|prefecture)\b"
    # "Lansing State Journal", "Wayne State College", "Concord District Court": the type
    # word opens an institution's name after a town's, and asks for no region
    # (capitalised only: "a Kharkiv region hospital" keeps its region)
    r"(?!\s+(?-i:Journal|College|University|Court|Courthouse|Bank|Hospital|Prison|"
    r"Penitentiary|Fair|Fairgrounds|Park|Beach|Forest|Library)\b)",
    re.I,
)


def region_type_after(text: str, end: int) -> str | None:
    """The first-level region type word right after a name ("oblast" of "Kyiv oblast")."""
    match = _REGION_AFTER.match(text[end : end + 20])
    return match.group(0).strip() if match else None


_SETTLEMENT_BEFORE: Final = re.compile(
    r"\b(?:city|town|towns|village|villages|port|hamlet|settlement)\s+of\s+(?:the\s+)?$",
    re.I,
)
_SETTLEMENT_AFTER: Final = re.compile(r"^\s+(?:city|town|village)\b", re.I)
#: "stormed Kadawa village in Gusau district": a name, its settlement type word and the
#: place it lies in (rule 27 of the places stage).
_SETTLEMENT_WITHIN: Final = re.compile(
    r"\b(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+(?:village|town)\s+(?:in|near)\s+(?:the\s+)?"
)


def settlements_within(text: str) -> list[tuple[int, int, int]]:
    """Rule 27 of the places stage: (start, end) of each name written before "village"
    or "town" and "in" ("Kadawa village in Gusau district"), with where the place it
    lies in starts."""
    return [(m.start("name"), m.end("name"), m.end()) for m in _SETTLEMENT_WITHIN.finditer(text)]


#: "a Palestine man", "Jordan residents", "Palestine police", "the Lebanon school board",
#: "a Jordan motorcyclist", "Mansfield council", "Paris firefighters": words that only a
#: town's people or bodies take (a country's take its demonym).
_LOCAL_AFTER: Final = re.compile(
    r"^(?:’s|'s)?\s+(?:man|woman|men|women|teen|teenager|boy|girl|residents?|police|"
    r"motorists?|motorcyclists?|native|firefighters|selectmen|aldermen|"
    r"council|officers|homeowners|"
    r"[Pp]olice\s+(?:Department|Chief)|mayor|Mayor|City\s+Council|[Ff]ire\s+Department|"
    r"(?:Independent\s+)?School\s+(?:District|Board)|ISD)\b"
)
#: "Joyce Glover, 22, Palestine, ...", "Louis Jensen, 87, of Williston,": a court or
#: police list, or an obituary, gives a person's home town.
_RESIDENCE_BEFORE: Final = re.compile(r"[A-Z][a-z]+,\s+\d{1,3},\s+(?:of\s+)?$")


def kind_wanted(text: str, start: int, end: int) -> str | None:
    """Rule 8: "admin1" when the words around the name ask for a first-level region,
    "settlement" when they ask for a town or city, "local" when they speak of a town's
    people or bodies ("a Palestine man", "Smith, 49, Palestine,"), give a street
    address in it ("508 Cumberland St., Lebanon") or a legislator's home town after
    the party letter ("Rep. Dale Whitmore, R-Lebanon"), else None."""
    before, after = text[max(0, start - 40) : start], text[end : end + 20]
    if _REGION_BEFORE.search(before) or _REGION_AFTER.match(after):
        return "admin1"
    if _SETTLEMENT_BEFORE.search(before) or _SETTLEMENT_AFTER.match(after):
        return "settlement"
    if (
        _LOCAL_AFTER.match(text[end : end + 40])
        or (_RESIDENCE_BEFORE.search(before) and text[end : end + 1] in (",", ".", ";"))
        or address_before(text, start)
        or party_before(text, start)
    ):
        return "local"
    return None


#: "Jackson and Barrow counties", "Douglas, Sarpy and Lancaster counties": the names of
#: a list that a plural type word closes (rule 9).
_LISTED_TYPE: Final = re.compile(
    r"^(?:(?:,\s*|,?\s+(?:and|or)\s+)[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?)*"
    r"\s+(counties|parishes|provinces|regions|states|oblasts|governorates|prefectures)\b"
)
_SINGULAR: Final = {
    "counties": "County",
    "parishes": "Parish",
    "provinces": "Province",
    "regions": "Region",
    "states": "State",
    "oblasts": "Oblast",
    "governorates": "Governorate",
    "prefectures": "Prefecture",
}
#: the singular type words of first-level regions among them ("Donetsk and Luhansk
#: regions", "Borno and Yobe states").
REGION_LISTS: Final = frozenset(_SINGULAR.values()) - {"County", "Parish"}


def listed_type(text: str, end: int) -> str | None:
    """Rule 9: "County" when the name stands in a list of counties ("Jackson and Barrow
    counties"), "Parish" in a list of parishes, "Region" in one of regions, else None."""
    match = _LISTED_TYPE.match(text[end : end + 120])
    return _SINGULAR[match.group(1)] if match else None


#: a plural type word right after a name (rule 9).
_PLURAL_TYPE: Final = re.compile(rf"\s+(?:{'|'.join(_SINGULAR)})\b")
#: "and", "or" or a comma before a name: it is not the first of a list (rule 9).
_LIST_BEFORE: Final = re.compile(r"(?:,|\band|\bor)\s*$")


def alone_before_type(text: str, start: int, end: int) -> bool:
    """Rule 9: the name stands alone before the plural type word ("Indiana counties"),
    in no list: it may be the region whose counties they are."""
    return (
        _LIST_BEFORE.search(text[max(0, start - 6) : start]) is None
        and _PLURAL_TYPE.match(text[end : end + 16]) is not None
    )


#: "coach Ripley", "Dr. Webb", "President Obama": a personal title right before a name
#: makes it a person's (rule 10).
_TITLE_BEFORE: Final = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sgt|Cpl|Capt|Lt|Col|Gen|Gov|Sen|Rep|Rev|Prof|Det|Dep|Insp|Supt)\.\s+$"
    r"|\b(?:[Cc]oach|[Jj]udge|[Oo]fficer|[Dd]etective|[Dd]eputy|[Pp]resident|[Mm]ayor|"
    r"[Ss]heriff|[Pp]rofessor|[Pp]astor|[Ss]pokes(?:man|woman)|[Aa]ttorney|[Mm]inister|"
    r"[Ss]ecretary|[Aa]mbassador|[Cc]hairman|[Cc]hairwoman|[Ss]enator|[Gg]overnor|"
    r"[Tt]rooper|[Pp]atrolman|[Ss]ergeant|[Ss]uperintendent|[Pp]rincipal)\s+$"
    # "whose son, Parker, 8", "a daughter Elizabeth": a kinship noun before a given name
    r"|\b" + KIN_NOUNS + r",?\s+$"
)


def title_before(text: str, start: int) -> bool:
    """Rule 10: a personal title or role right before the name ("coach Ripley")."""
    return _TITLE_BEFORE.search(text[max(0, start - 20) : start]) is not None


#: "the daughter of Frank and Anna Nowak", "children of Thomas": parents named after a
#: kinship noun and "of" (rule 10).
_KIN_OF_BEFORE: Final = re.compile(
    r"\b(?:" + KIN_NOUNS + r"s?|children)\s+of\s+(?:[A-Z][a-z]+\s+and\s+)?$"
)


#: "Susan of Green Bay and Thomas of Minneapolis": a person and the town they live in.
_HOMETOWN_AFTER: Final = re.compile(r"\s+of\s+[A-Z][a-z]")


def hometown_after(text: str, end: int) -> bool:
    """Rule 10: "of" and a capitalised name after the name ("Thomas of Minneapolis"):
    a person's name when it may be one, with the town they live in."""
    return _HOMETOWN_AFTER.match(text, end) is not None


#: "a store in Vernon", "a farm near Coventry": a town's own preposition right before it.
_IN_BEFORE: Final = re.compile(r"\b(?:in|near)\s+$", re.IGNORECASE)


def in_before(text: str, start: int) -> bool:
    """ "in" or "near" right before the name: a place, even one that may be a person's
    name (the places stage, rule 26)."""
    return _IN_BEFORE.search(text[max(0, start - 6) : start]) is not None


def kin_of_before(text: str, start: int) -> bool:
    """Rule 10: a kinship noun and "of" before the name, alone or first of a couple
    ("the son of Frank and Anna Nowak"): a person's name when it may be one."""
    return _KIN_OF_BEFORE.search(text[max(0, start - 40) : start]) is not None


#: "Donald L. Schuler", 'Katherine "Kay" Parsons': a given name before its surname (rule 14).
_PERSON_AFTER: Final = re.compile(r"\s(?:[A-Z]\.|[\"“‘'][A-Z][a-z]+[\"”’'])\s[A-Z][a-z]")
#: "Parker said": the name speaks (rule 15).
_SPEAKS_AFTER: Final = re.compile(r"\s(?:said|says|told|added|explained|noted|wrote)\b")


#: car makes: a name after one is the model ("Jeep Cherokee"), one after a model year a
#: car ("a 2001 Cadillac") (rule 19).
_CAR_MAKES: Final = (
    r"Acura|Buick|Cadillac|Chevrolet|Chevy|Chrysler|Dodge|Ford|GMC|Honda|Hyundai|"
    r"Infiniti|Isuzu|Jeep|Kia|Lexus|Lincoln|Mazda|Mercury|Mitsubishi|Nissan|Oldsmobile|"
    r"Plymouth|Pontiac|Saturn|Subaru|Toyota|Volkswagen|Volvo"
)
_MAKE_BEFORE: Final = re.compile(rf"\b(?:{_CAR_MAKES})\s+$")
#: "a 2001", "his 1998": a model year takes a determiner ("In 2019 Lincoln voters" is a date).
_MODEL_YEAR_BEFORE: Final = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)\s+(?:19|20)\d\d\s+$"
)
_CAR_MAKE: Final = re.compile(rf"(?:{_CAR_MAKES})$")


def names_a_car(text: str, start: int, end: int) -> bool:
    """Rule 19: the name is a car's model after its make ("Jeep Cherokee") or a make
    after a model year ("a 2001 Cadillac")."""
    before = text[max(0, start - 30) : start]
    if _MAKE_BEFORE.search(before):
        return True
    return _MODEL_YEAR_BEFORE.search(before) is not None and bool(_CAR_MAKE.match(text[start:end]))


#: "Little Italy", "Little Havana", "the Little Egypt Conference": "Little" before a
#: country's or city's name names a quarter or region after it, not the place itself.
_LITTLE_BEFORE: Final = re.compile(r"(?<![\w-])Little\s$")


def named_after_little(text: str, start: int) -> bool:
    """Rule 1: the name follows a capitalised "Little" ("Little Italy")."""
    return _LITTLE_BEFORE.search(text[max(0, start - 8) : start]) is not None


#: "Houston, the county seat", "Marshall, the parish seat": the seat of a county.
_COUNTY_SEAT_AFTER: Final = re.compile(r",\s+(?:the\s+)?(?:county|parish)\s+seat\b")


def county_seat_after(text: str, end: int) -> bool:
    """Rule 8: the words after the name call it a county's seat ("Houston, the county
    seat"): a town of the county the article names."""
    return _COUNTY_SEAT_AFTER.match(text, end) is not None


def person_after(text: str, end: int) -> bool:
    """Rule 14: a middle initial or a nickname and a surname follow the name."""
    return _PERSON_AFTER.match(text, end) is not None


def speaks_after(text: str, end: int) -> bool:
    """Rule 15: a verb of saying follows the name ("Parker said")."""
    return _SPEAKS_AFTER.match(text, end) is not None


def cue_after(text: str, end: int) -> bool:
    """Rule 2: "London-based"."""
    return _CUE_AFTER.match(text[end : end + 12]) is not None


def is_dateline(doc: Document, start: int, end: int) -> bool:
    """Rule 3: the name opens a sentence and a dateline follows it, or an all-capital
    name opens the text or a line (or a parenthesis there: "(NEW YORK) —"), or a
    dateline follows an all-capital name wherever it stands ("Advocate Reporter March
    29, 2009 PATASKALA -- City officials")."""
    text = doc.text
    if heads_line_dateline(text, start, end):
        return True
    capitals = _CAPITAL_HEAD.match(text[start:end]) is not None
    return _DATELINE.match(text[end : end + 30]) is not None and (
        capitals or any(s.start == start for s in doc.sentences)
    )


def marked_dateline(text: str, start: int, end: int) -> bool:
    """Rule 3: the name opens the text or a line and a dateline's punctuation follows it
    ("ROME, Ga. -", "OSLO (Reuters) -"), not only its capitals ("NICE to tidy")."""
    head = text[:start].removesuffix("(")
    return (not head or head.endswith("\n")) and _DATELINE.match(text[end : end + 30]) is not None


def heads_line_dateline(text: str, start: int, end: int) -> bool:
    """Rule 3 from the text alone: the name opens the text or a line (or a parenthesis
    there: "(NEW YORK) —") and is written in capitals or followed by a dateline's
    punctuation ("KABUL (Reuters) -", "Muscat: ")."""
    head = text[:start].removesuffix("(")
    if head and not head.endswith("\n"):
        return False
    capitals = _CAPITAL_HEAD.match(text[start:end]) is not None and _stands_out(text, end)
    return capitals or _DATELINE.match(text[end : end + 30]) is not None


def _stands_out(text: str, end: int) -> bool:
    """Rule 3: capitals mark a dateline only where the line goes on in lower case
    ("LONDON Pope Francis ...") or ends with the name; in a line all in capitals (a
    wire text in upper case) only the dateline's comma, bracket or dash after the name
    does ("SANTIAGO, 10 JAN 90 --"), not a slogan's word that happens to open a line
    ("LIVES! THE PLAN ..."); nor does a name that opens a heading in capitals, two more
    capital words after it ("MARINE ENERGY WALES ANNUAL CONFERENCE 2018. The ...")."""
    line_end = text.find("\n", end)
    rest = text[end : len(text) if line_end < 0 else line_end]
    if _CAPS_DATELINE.match(rest) is not None:
        return True
    if _CAPS_HEADING.match(rest) is not None:
        return False  # "MARINE ENERGY WALES ANNUAL CONFERENCE 2018. The ...": a heading
    mixed = rest != rest.upper()
    return mixed or not rest.strip()


#: two more words in capitals after the name: the line opens with a heading in
#: capitals ("MARINE ENERGY WALES ANNUAL CONFERENCE"), not a dateline's name.
_CAPS_HEADING: Final = re.compile(r"\s+[A-Z][A-Z'’&-]+\s+[A-Z][A-Z'’&-]+\b")


#: the punctuation after a dateline's name in a line all in capitals.
_CAPS_DATELINE: Final = re.compile(r"\s*(?:,|\(|-|–|—)")


#: "a resident of Jalalabad", "a man from Springfield", "John Smith, 45, of Dayton":
#: where a person lives or comes from (rule 18).
#: a person written with an age ("John Smith, 45", "O'Neil, 21").
_AGED_PERSON: Final = r"[A-Z][\w'’-]+,\s+\d{1,3}"
_HOME_BEFORE: Final = re.compile(
    r"\b(?:residents?|natives?|citizens?|man|woman|men|women|boy|girl|teen(?:ager)?s?|"
    r"couple|family|families|mother|father|son|daughter|husband|wife|student|farmer|"
    + _AGED_PERSON
    + r"),?\s+(?:of|from)\s+(?:the\s+)?(?:nearby\s+)?$"
)
_AGED_HOME_BEFORE: Final = re.compile(r"\b" + _AGED_PERSON + r",\s+(?:of|from)\s+(?:the\s+)?$")


#: "his Norman home", "her Meadow Grove home": a person's home in a town (rule 2).
_OWN_BEFORE: Final = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\s+$")
_HOME_AFTER: Final = re.compile(r"\s+(?:home|house|residence)\b")


def own_home(text: str, start: int, end: int) -> bool:
    """Rule 2: the name sits between a possessive and "home" ("left his Norman home",
    "drive to his Meadow Grove home"): the town someone lives in."""
    before = text[max(0, start - 8) : start]
    return _OWN_BEFORE.search(before) is not None and _HOME_AFTER.match(text, end) is not None


def home_before(text: str, start: int) -> bool:
    """Rule 18: "X of <Place>" or "X from <Place>" says where a person lives ("a resident
    of Jalalabad said", "John Smith, 45, of Dayton"), not where something happened."""
    return _HOME_BEFORE.search(text[max(0, start - 40) : start]) is not None


def aged_home_before(text: str, start: int) -> bool:
    """Rule 18, its surest form: a person with an age, then "of" or "from" ("Anthony
    Williams, 21, of Pennsylvania"): the place is the person's home."""
    return _AGED_HOME_BEFORE.search(text[max(0, start - 60) : start]) is not None


def municipality_after(text: str, end: int) -> bool:
    """Rule 16: "Township" or "Borough" follows the name ("Jerome Township")."""
    return _MUNICIPALITY.match(text[end : end + 12]) is not None


def local_type_within(name: str) -> bool:
    """Rule 16: the name holds a county's or municipality's type word ("McLean County")."""
    return _LOCAL_WITHIN.search(name) is not None


#: "Boulder City Manager Vicki Mayes", "Vernon Town Administrator Mike Purcell": a
#: town's officer after a name that ends in its type word; a bare "Manager" is as often
#: a club's ("Chelsea Manager Mauricio Pochettino").
_TOWN_TYPE_END: Final = re.compile(r"\b(?:City|Town|Village|Township|Borough|County)$")
_TOWN_OFFICER_AFTER: Final = re.compile(
    r"^\s+(?:Manager|Administrator|Clerk|Treasurer)(?=\s+[A-Z])"
)


#: "Haslett students", "sending Shiloh students", "Hampton pupils", "Lexington parents":
#: a town's school children and their families, as local news names them (rule 2).
_PUPILS_AFTER: Final = re.compile(r"^(?:’s|'s)?\s+(?:students?|pupils|parents|teachers)\b")
#: universities known by one word, a founder's or patron's name ("Harvard students",
#: "Duke students"): their students are the university's, and the towns that bear the
#: name are not meant.
_UNIVERSITY_WORDS: Final = frozenset(
    {
        *["Harvard", "Yale", "Stanford", "Duke", "Cornell", "Purdue", "Rutgers"],
        *["Vanderbilt", "Baylor", "Tulane", "Emory", "Brandeis", "Dartmouth", "Brown"],
        *["Howard", "Smith", "Drexel", "Fordham", "Villanova", "Gonzaga", "Creighton"],
        *["Marquette", "Bucknell", "Colgate", "Wellesley", "Hopkins", "Tufts", "Clemson"],
    }
)


def civic_after(text: str, end: int) -> bool:
    """Rule 2: "Dublin City Council", "Torrington firefighters", "an Alexandria man",
    "Haslett students" (not "Harvard students": a university's)."""
    if _CIVIC_AFTER.match(text[end : end + 40]) is not None:
        return True
    if _PUPILS_AFTER.match(text[end : end + 20]) is not None:
        words = text[max(0, end - 20) : end].split()
        return not words or words[-1] not in _UNIVERSITY_WORDS
    town_officer = _TOWN_OFFICER_AFTER.match(text[end : end + 40]) is not None
    return town_officer and _TOWN_TYPE_END.search(text[max(0, end - 10) : end]) is not None


def typed_within(name: str) -> bool:
    """Rule 2: the name holds its own type word ("Orange County")."""
    return _TYPE_WITHIN.search(name) is not None


def party_before(text: str, start: int) -> bool:
    """Rule 1: a legislator's party letter right before the name ("R-Elbow Lake")."""
    return PARTY_BEFORE.search(text[max(0, start - 6) : start]) is not None


def closes_institution(text: str, start: int) -> bool:
    """Rule 1: the name follows "of" after an institution's or office's head ("Chamber
    of Commerce", "Department of Justice"): it may close that name."""
    return _INSTITUTION_OF.search(text[max(0, start - 40) : start]) is not None


def cue_before(text: str, start: int) -> bool:
    """Rules 1-2: a preposition, a place noun or a party letter before the name."""
    before = text[max(0, start - 60) : start]
    if _PLACE_NOUNS.search(before) or PARTY_BEFORE.search(before) or _METRO.search(before):
        return True
    if _INSTITUTION_OF.search(before):
        return False
    words = before.split()
    for index in range(len(words) - 1, max(-1, len(words) - 5), -1):
        lowered = words[index].lower().strip(",")
        if lowered in PREPOSITIONS:
            # "according to Linda Daily": the words name a source or a cause, not a place
            ahead = words[index - 1].lower() if index > 0 else ""
            if lowered in ("from", "by") and ahead in STATISTICS:
                return False  # "19 points from Kyle Shaw": a player, not a place
            return not (lowered == "to" and ahead in _SOURCE_BEFORE_TO)
        if lowered not in _MODIFIERS:
            return False
    return False


#: "Henry’s arrest", "Jones' underwear": the name owns the noun after it (rule 12).
_POSSESSIVE_AFTER: Final = re.compile(r"(?:['’]s\b|(?<=s)['’](?!\w))\s*([\w-]*)")
#: "in St. Petersburg's central district", "in Ohio's capital": what a place owns is a
#: part of it, so the preposition still locates the place.
_PLACE_PARTS: Final = frozenset(
    {
        *["district", "districts", "capital", "downtown", "center", "centre", "outskirts"],
        *["suburb", "suburbs", "streets", "border", "borders", "neighborhood", "neighbourhood"],
        *["neighborhoods", "neighbourhoods", "quarter", "port", "airport", "coast", "harbor"],
        *["harbour", "north", "south", "east", "west", "northern", "southern", "eastern"],
        *["western", "central", "old", "city", "county", "province", "region", "north-east"],
        *["north-west", "south-east", "south-west", "northeastern", "northwestern"],
        *["southeastern", "southwestern", "historic", "rural", "urban"],
    }
)


#: "U.S.-led", "Iran-backed": the name modifies the noun after it (rule 12).
_PARTICIPLE_AFTER: Final = re.compile(
    r"[-‐–](?:led|backed|owned|run|funded|sponsored|allied|aligned|supported|brokered)\b"
)


def modifier(text: str, end: int) -> bool:
    """Rule 12: the name is in the possessive or before a hyphenated participle."""
    return possessive(text, end) or _PARTICIPLE_AFTER.match(text, end) is not None


def possessive(text: str, end: int) -> bool:
    """Rule 12: the name is in the possessive and owns something other than a part of
    itself ("to Smith's head", "from Jones' underwear"; not "in Ohio's capital")."""
    # the apostrophe alone follows a name ending in s ("Jones'"): look from its last letter
    match = _POSSESSIVE_AFTER.match(text[end - 1 : end + 30], 1)
    return match is not None and match.group(1).lower() not in _PLACE_PARTS


#: "420 Augusta St., ", "at Main Street, ": a street address before a name (rule 13).
_ADDRESS_BEFORE: Final = re.compile(
    r"[A-Z][\w'’.]*\s+(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Lane|Ln|Boulevard|Blvd|"
    r"Court|Ct|Place|Pl|Way|Highway|Hwy|Terrace|Circle|Parkway|Pkwy|Square)\.?,\s+$"
)


#: "of 1 Carrowclough, ": a residence's house number and its road or estate, written
#: without a street word as British and Irish papers do, before the town (rule 13).
_HOUSE_BEFORE: Final = re.compile(r"\bof\s+\d{1,5}\s+[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,2},\s+$")


def address_before(text: str, start: int) -> bool:
    """Rule 13: a street address and a comma before the name ("Augusta St., Alexandria",
    "Jimmy Delaney (23) of 1 Carrowclough, Tipperary")."""
    before = text[max(0, start - 50) : start]
    return _ADDRESS_BEFORE.search(before) is not None or _HOUSE_BEFORE.search(before) is not None


#: the words joining two names of one list: a comma, "and", "or" (rule 4).
_LIST_JOIN: Final = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s*")


def joined(text: str, end: int, start: int) -> bool:
    """Rule 4: the name ending at `end` and the one opening at `start` stand side by
    side in one list ("Sharon, Cornwall and Salisbury")."""
    return end <= start and _LIST_JOIN.fullmatch(text, end, start) is not None


def coordinated(text: str, start: int, found: list[PlaceMention]) -> bool:
    """Rule 4: "Syria and Iraq": joined by and/or/comma to a place just accepted."""
    return bool(found) and joined(text, found[-1].evidence.end, start)


def lists(text: str, found: list[PlaceMention]) -> list[list[PlaceMention]]:
    """Rule 4: the places found that stand together in one list ("Harwinton, Bantam,
    Litchfield and Winsted"), two or more each, in order."""
    out: list[list[PlaceMention]] = []
    run: list[PlaceMention] = []
    for mention in sorted(found, key=lambda p: p.evidence.start):
        if run and joined(text, run[-1].evidence.end, mention.evidence.start):
            run.append(mention)
            continue
        if len(run) > 1:
            out.append(run)
        run = [mention]
    if len(run) > 1:
        out.append(run)
    return out


def near_precision(text: str, start: int) -> str | None:
    """Rule 5: "near" when the text places something only near the name."""
    return "near" if _NEAR.search(text[max(0, start - 40) : start]) else None


#: "Paris, Texas", "Greenwood, W. Va."; not a list's next item ("Aleppo, Idlib and Hama",
#: "Aleppo, Idlib, Hama").
_STATED: Final = re.compile(
    r"^,\s*([A-Z]\w*(?:\.\s?[A-Z]\w*\.|\.|\s[A-Z]\w*\.?)?)"
    r"(?!\w|\s+(?:and|or)\s+[A-Z]|,\s*[A-Z]\w*(?:,|\s+(?:and|or)\s+[A-Z]))"
)


def stated_regions(text: str, end: int) -> tuple[str, ...]:
    """Rule 6: the names a region written after "Name, " may have, longest first."""
    match = _STATED.match(text[end : end + 30])
    if match is None:
        return ()
    words = match.group(1)
    out = [STATES.get(words) or words.rstrip(".")]
    first = words.split()[0] if " " in words else ""
    if first:
        out.append(STATES.get(first, first.rstrip(".")))
    return tuple(out)


_COMPASS_WORDS: Final = (
    r"(?:far\s+)?(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"north-?eastern|north-?western|south-?eastern|south-?western)"
)
#: "Anbar, Iraq", "Anbar province, Iraq", "Plateau State, Nigeria", "Sinjar in northern
#: Iraq" (rule 11).
_COUNTRY_AFTER: Final = re.compile(
    r"^(?:\s+(?i:province|governorate|region|district|state|oblast|county))?"
    rf"(?:,\s*|\s+in\s+(?:the\s+)?{_COMPASS_WORDS}\s+)(?:the\s+)?"
    r"(?P<name>(?>[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*){0,3}))"
    r"(?!\s+(?:and|or)\b|,\s*[A-Z])"
)


def stated_country_names(text: str, end: int) -> tuple[str, ...]:
    """Rule 11: the names a country written after "Name, " or "Name in northern" may
    have, longest first ("Democratic Republic of Congo", ..., "Democratic")."""
    match = _COUNTRY_AFTER.match(text[end : end + 80])
    if match is None:
        return ()
    words = match.group("name").split()
    out = (" ".join(words[:n]) for n in range(len(words), 0, -1))
    return tuple(name for name in out if name.split()[-1] not in ("of", "the"))


def article_countries(doc: Document) -> dict[str, list[tuple[int, int]]]:
    """Rule 7: countries named in the article (GPE/NORP entities with a state kb_id)."""
    out: dict[str, list[tuple[int, int]]] = {}
    for e in doc.entities:
        code = e.kb_id.split(".")[0] if e.kb_id else ""
        if e.label in ("GPE", "NORP") and len(code) == 2:
            out.setdefault(code, []).append((e.evidence.start, e.evidence.end))
    return out


#: actor kinds whose country locates the article (rule 7): armed groups and state forces,
#: not states (named as places already) nor international organisations.
_LOCATING_KINDS: Final = frozenset({"group", "state_part"})


def actor_countries(doc: Document, actors: ActorKB) -> dict[str, list[tuple[int, int]]]:
    """Rule 7: the countries of the armed groups and state forces the article names
    (entities linked to a group or a part of a state in the actor knowledge)."""
    out: dict[str, list[tuple[int, int]]] = {}
    for e in doc.entities:
        entry = actors.get(e.kb_id) if e.kb_id else None
        if entry is None or entry.kind not in _LOCATING_KINDS:
            continue
        code = actors.state_code(entry.id)
        if code:
            out.setdefault(code, []).append((e.evidence.start, e.evidence.end))
    return out


#: verbs whose object may be the place fought over (rule 17): past and -ing forms only,
#: as "attack" or "attacks" may be nouns ("the attacks Monday").
_CONFLICT_VERB_BEFORE: Final = re.compile(
    r"\b(?:attack(?:ed|ing)|seiz(?:ed|ing)|captur(?:ed|ing)|recaptur(?:ed|ing)|"
    r"overr(?:an|un|unning)|retak(?:en|ing)|retook|shell(?:ed|ing)|bomb(?:ed|ing)|"
    r"bombard(?:ed|ing)|raid(?:ed|ing)|storm(?:ed|ing)|besieg(?:ed|ing)|enter(?:ed|ing)|"
    r"liberat(?:ed|ing)|torch(?:ed|ing)|burn(?:ed|t|ing)|"
    # the wire's words for a strike and for flight: "strikes hit Khan Younis", "drones
    # struck Mykolaiv", "shells pounded Kharkiv", "thousands fled Wad Madani"
    r"hit|struck|pound(?:ed|ing)|target(?:ed|ing)|fled|fleeing|evacuat(?:ed|ing)|"
    # a force leaves a place: "troops withdrew from Lyman", "retreated from Bakhmut"
    r"(?:withdr(?:ew|awn|awing)|retreat(?:ed|ing)|pull(?:ed|ing)\s+out)\s+(?:from|of))\s+$"
)


#: "attacked Parker on his way home": a personal pronoun in the rest of the clause.
_PRONOUN_AFTER: Final = re.compile(r"^[^.;:!?]{0,40}?\b(?:he|she|him|his|her|hers)\b", re.I)


def pronoun_after(text: str, end: int) -> bool:
    """A personal pronoun follows in the rest of the clause ("attacked Parker on his way
    home", "Washington thanked his family"): the name is a person's."""
    return _PRONOUN_AFTER.match(text[end : end + 60]) is not None


def conflict_verb_before(text: str, start: int, end: int) -> int | None:
    """Rule 17: where the conflict verb right before the name starts ("seized Balad"),
    or None; a name in the possessive is no object ("stormed Smith's house"), nor one a
    pronoun after it makes a person ("attacked Parker as he left")."""
    found = _CONFLICT_VERB_BEFORE.search(text[max(0, start - 20) : start])
    if found is None or possessive(text, end) or pronoun_after(text, end):
        return None
    return max(0, start - 20) + found.start()


def attacked_person(text: str, start: int, end: int) -> bool:
    """Rule 17: the object of a conflict verb that a personal pronoun after it makes a
    person ("Assailants attacked Parker on his way home"), whatever a model took the
    name for: no place without other context."""
    found = _CONFLICT_VERB_BEFORE.search(text[max(0, start - 20) : start])
    return found is not None and pronoun_after(text, end)


#: rule 20: a region or country, by its type word or a compass word, holding the name.
_HELD_IN_AFTER: Final = re.compile(
    r"\s+in\s+(?:the\s+)?(?:"
    rf"{_COMPASS_WORDS}\s+[A-Z][\w'’-]*|"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?i:region|province|governorate|oblast|state))\b"
)


_PLACE_KIND: Final = (
    r"(?:town|village|city|suburbs?|camp|district|neighbou?rhood|port|region|province)"
)
#: rule 20: "Abu Dis, a town east of Jerusalem", "Jabalia, the largest of Gaza's camps".
_APPOSITIVE_KIND: Final = re.compile(
    rf",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?{_PLACE_KIND}"
    # the kind ends the phrase or a locating word follows it: not "the city's mayor",
    # "the city of San Jose", "a city councilman"
    r"(?=\s*[,.;]|\s+(?:in|near|on|outside|east|west|north|south|northeast|northwest|"
    r"southeast|southwest|about|some|just|close|where|that|which|\d)\b)"
)
#: rule 20: "Beirut's southern suburbs, known as Dahiyeh".
_KNOWN_AS_BEFORE: Final = re.compile(
    rf"\b{_PLACE_KIND}s?,?\s+(?:known|called|named)\s+as\s+(?:the\s+)?$", re.I
)


def held_in_after(text: str, end: int) -> bool:
    """Rule 20: "in the Donetsk region" or "in eastern Ukraine" follows the name, or an
    appositive names its kind ("Abu Dis, a town east of Jerusalem")."""
    return (
        _HELD_IN_AFTER.match(text, end) is not None or _APPOSITIVE_KIND.match(text, end) is not None
    )


def known_as_before(text: str, start: int) -> bool:
    """Rule 20: a place's kind is named before "known as" ("suburbs, known as Dahiyeh")."""
    return _KNOWN_AS_BEFORE.search(text[max(0, start - 60) : start]) is not None
