"""Places: toponyms resolved to the gazetteer.

The stage is a thin cascade over sitrep.geo; rules, in order:
1. candidates (sitrep.geo.candidates): GPE/LOC entities and maximal runs of capitalised
   tokens no other entity covers; a word inside "Syrian Democratic Forces" or a person's
   name is never a toponym, and a demonym is one only adjectivally (rule 12);
2. within a run the longest gazetteer name wins, left to right; acronyms only for states
   and regions, a lone compass word never, two ("the North West and Limpopo provinces")
   only as a first-level region of a country the article is in ("the North West" of
   England is no region of Botswana); "Calif." after "City, " is California;
3. locative context (sitrep.geo.context): a preposition, place noun or party letter
   before the name ("R-Elbow Lake": a legislator's home town, a town for sure, kept even
   in an article that places nothing else), a type word or "-based" after it or inside it
   ("Orange County"), a civic body after it ("Dublin City Council", "Torrington
   firefighters"), a dateline ("BYESVILLE -- "), "and"/"or" after an accepted place, a
   list closed by "counties" ("Jackson and Barrow counties": the counties; a state alone
   before it, "Indiana counties", is the state), a street
   address before it ("420 Augusta St., Alexandria"); a personal title before it
   ("coach Ripley") makes it a person's name; a preposition before a name in the
   possessive ("led to Henry’s arrest") or after "according" ("according to Linda
   Daily") is no context, nor is one before a given name ("the administration of George
   Bush": sitrep.geo.acceptance rule 1) or "of" inside an institution's name ("Chamber
   of Commerce");
4. scoring (sitrep.geo.scoring): feature, countries the article names elsewhere (and,
   weaker, the countries of the armed groups and state forces it names: "Boko Haram
   fighters attacked fishermen near Baga" is Baga in Nigeria), containment in
   first-level regions already resolved, main name over alias, population;
   a dateline names the town the report is filed from, so there the towns of a name
   outrank the first-level region or county of that name ("NEW YORK (AP) —" is the city);
5. acceptance (sitrep.geo.acceptance): context, or a state/region by its own name, or a
   big city named alone; a skeleton match needs context and its country in the article;
   a village in a country the article is not in (the country of an armed group or
   state force the article names is a country it is in: "Al-Shabaab militants seized
   Balad" may be Balcad, Somalia) is no candidate unless it stands alone in locative
   context or after a conflict verb, a dateline or type word names it, or its own civic
   body does: a village named by its own civic body is kept wherever it lies ("the
   Crestwood Board of Education", "Grand Ledge Police Officers"), and so is one within
   15 km of a town the article places with context, across a border ("Abu Dis, on
   the outskirts of Jerusalem");
6. confidence 0.9 with context, at most 0.6 without ("Russia said": metonymic, the actors
   stage may take it as an actor); the candidates weighed are kept on the mention;
7. precision "near" when the text places something only near the name ("north of X");
8. local focus (sitrep.geo.focus): names are resolved twice (when the first pass found
   any place); the second time every
   name sees what the whole article placed (countries and first-level regions, before or
   after it), and towns inside the article's clearly leading first-level region (its
   home region; a dateline's region counts twice) gain, and may be named alone (a place
   of 1,000+ people); short of a home region, local news that names small places of one
   region leans to it: its towns gain, but are not named alone on that account;
9. a word that may be a person's name (sitrep.geo.persons: "Kelly", "Nelson", a word
   of a PERSON named in the article, or of a person the text presents speaking, aged or
   described: "Christopher Huff said") is a town or county only with locative context; a
   given name before a middle initial or nickname ("Donald L. Schuler") is never a
   place, and such a word that speaks ("Parker said") is a town only with context or
   when the article places it elsewhere; so is any town that speaks but a national
   capital ("Ponce said", "Lincoln said"; a government speaks by its capital:
   "Moscow said"); a first-level region named like a person that speaks without
   locative context is a person unless the article places other things in its
   country ("Victoria said" in a school board report is a person; beside "New South
   Wales" it is the state); a speaker never continues a list of places
   ("east of Woodfield, Huff said");
10. one sense per article: in the second pass a name the first accepted in locative
    context is accepted wherever it stands alone ("a fire in Torrington ... Torrington
    said"), at the confidence of a name without context; a village only in the
    article's home region, or one of several words ("Mt. Pleasant") in the region it
    leans to, or the only town the article places (no stray abroad then, rule 5:
    "Sinjil mourns after raid" over "forces raided Sinjil"); a town or county also
    where it opens the name of a body
    named after it ("Dublin Recreation Services Director") (sitrep.geo.acceptance
    rule 4);
11. a name whose people or bodies the text speaks of ("a Palestine man", "Jordan
    residents", "Smith, 49, Palestine,") is a town or county, not the country, there and
    wherever else the article names it (a country's people take its demonym);
12. a state's demonym under a nationality or organisation name ("two Kenyan citizens",
    "the Sri Lankan government"), or its own name at the head of its state's
    organisation ("the U.S. military", "UK government"), names that state
    (sitrep.geo.demonyms), at a confidence below any place named outright; it is never
    an event's location;
13. "Anbar, Iraq", "Anbar province, Iraq", "Sinjar in northern Iraq": the country
    written after a name (sitrep.geo.context rule 11) holds it: only places there are
    candidates, and when none is, a name in locative context is kept by its spelling in
    that country, without coordinates (acceptance.KEPT_CONFIDENCE), never sent abroad;
14. streets and facilities ("Main Street", "Highway 19", "Lincoln High School", "State
    and Hubbard streets") are places of their own (sitrep.geo.facilities), with the
    feature "street" or "facility" and the coordinates of the town written with them;
    a village's name inside a street's name is no place ("Dublin Road"); a facility's
    words after a name that is not a person's are locative context for it ("Kabul
    International Airport", not "Lincoln High School");
15. a region type word after a name ("Kyiv oblast", "Donetsk region") asks for the
    first-level region the gazetteer knows by the name with that word ("Kyiv Oblast"),
    not the city that gives it its name; "Benue State", "Nineveh Province" are the
    regions Benue and Nineveh (sitrep.geo.candidates rule 2);
16. "Grantville, Pennsylvania", "Greenwood, W. Va.": a town written with its first-level
    region that the gazetteer knows only elsewhere (it lacks small towns) is kept by its
    spelling inside that region, placed at the region with a region's precision
    (feature "admin1", no geonameid), never sent to a namesake in another state; its
    point is the mean of the towns and counties the article resolved inside that
    region, where it names any ("Logan, Mo." among Springfield and Joplin lies in
    southwest Missouri, far from the state's centre), else the region's centre; a
    region that bears its own country's name is the country written ("Monterrey,
    Mexico" is no town missing from the State of Mexico);
17. one sense per article: a name written once with its first-level region ("Grantville,
    Pennsylvania", "Elizabethtown, Pennsylvania") is in that region wherever else the
    article names it ("school in Grantville"): its namesakes there are preferred, and a
    town the gazetteer lacks there is placed at the region when the name stands in
    locative context;
18. "McLean County", "Jerome Township", "Ambler Borough" (sitrep.geo.context rule 16):
    local news names its own state's counties and municipalities. When the article leans
    to a first-level region (sitrep.geo.focus rules 3 and 7), the counties and towns of
    the name there are the only candidates where there are any ("McLean County" in a
    Kentucky article is not McLean County, Illinois); a township or borough named after
    a town the gazetteer lacks there is placed at that region with a region's precision,
    never sent to a namesake in another state (Jerome, Idaho);
19. false toponyms (sitrep.geo.acceptance rule 9): a small town named by one ordinary
    English word ("in God", "spoke in English", "a Taco Bell") or opening the name of a
    body ("the Supreme Court") is a candidate only inside the article's first-level
    regions, unless a dateline, a type word or the region written after it names it;
    a town's name after a demonym in one name ("the Dagestani Battle Group") is none,
    nor one before a hyphen and a demonym ("the Arab-Israeli conflict": two peoples),
    nor is the second name of a hyphenated compound a small town outside the countries
    of its first name ("Miami-Dade" names no Dade in China), nor a model's bare guess a
    small town abroad ("a man named Zachary" in a Paris report), nor one word after
    "the" that the gazetteer knows only as another name of a small town ("took the
    priests out to the Garden", read as Hawarden): towns take no article; nor is a
    town under 100,000 people named by one ordinary English word that closes an
    institution's name ("the Cedar Park Chamber of Commerce"); nor is "America" right
    after a capitalised word ("Club America", "Reserve America": a brand);
20. a single word in "-ic" is an adjective ("Olympic officials", "the Olympic Games";
    sitrep.geo.candidates rule 12): no town or county, unless a preposition, a type
    word or a dateline places it ("in Pacific, Mo."); "US" in capital-letter copy after
    "LET" or a verb or preposition with no noun after it is the pronoun (candidates
    rule 11);
21. a country or first-level region whose name is also a given name, written before a
    surname ("Chad LaBumbard": a capitalised word that is neither ordinary English nor
    a big place, ends the name, and stands alone elsewhere in the article, "LaBumbard
    said") is a person, unless locative context or a type word places it
    (sitrep.geo.persons rule 5);
22. "the Washington-Moscow route", "Logan-Rogersville students": two places joined by a
    hyphen name each other (sitrep.geo.candidates rule 13): each is read in context;
23. the focus is read twice: once from a first pass without it, and again from the
    pass that used it, before the last pass. A headline's town may mislead the first
    reading ("Nokomis" alone is in Florida), while the counties and towns the focus and
    their proximity settle in the second ("Douglas County" and "St. Cloud" near it, in
    Minnesota) show where the article is: "an Alexandria man" there is from
    Alexandria, Minnesota. One more reading, never a loop, keeps the stage simple and
    deterministic.
24. "the DeKalb County Commission ... unincorporated DeKalb", "Henrico County police ...
    Henrico police": local news names a county it has written with its type word by its
    bare name too; a pass reads those counties (`_counties_named`), and the next takes a
    bare name of one for the county, a candidate even where the gazetteer knows no place
    so named, unless a town of the county's state bears the name ("Madison police"
    beside "Madison County" is the town), or a state, country or city of 100,000+
    does ("Washington" beside "Washington County, Oregon"), the word is a person's, or a
    model's guess runs past it ("Boone Pickens").
25. the wording of US local news ("the Sheriff's Office", "state troopers", "Paris
    firefighters ... the Fire Department") places the article in the US though it names
    no state (sitrep.geo.country_cues): in scoring, the US counts as a country the
    article names and places towns in, so "Paris" there is a US town, not the French
    capital; it adds no place and accepts none.
26. a town of the article's home region that the gazetteer lacks: local news names
    towns of its own state bare, and a town elsewhere with the state written after it
    ("Harrisburg, Pa."). Where the article's clearly leading region (sitrep.geo.focus
    rule 3) also holds its dateline's place, or the article has no dateline and names
    at least four other places there ("Catron County", "Reserve", "Silver City", "Las
    Cruces" around "homes near Glenwood"), the reporter files from there: a bare
    town named in locative context or met so elsewhere in the article ("Crews from
    Cornwall" in a "TORRINGTON —" report), whose namesakes all lie in other regions
    of that country no other name of the article votes for, none of them a city of
    100,000+, is placed at the home region with a region's precision (as rule 16),
    not sent to Cornwall, Pennsylvania; so is one named in locative context whose best
    namesake is a village abroad by its own name, in a country no other name of the article lies in
    ("roads in Holmesville" in a Wooster, Ohio, report is no village of New South Wales);
    a namesake within 150 km of the home region's centre is kept ("an official in Embu"
    in a Nyeri report is Embu, the next county's town);
    a name that may be a person's counts as named alone right after "in" or "near" ("a
    store in Vernon" in a Hartford report is Vernon, Connecticut, not Vernon, Texas).
27. a village or town the gazetteer lacks, named with its type word and then the place
    it lies in ("stormed Kadawa village in Gusau district"), is a place whatever a model
    took its name for: it is placed at that place's first-level region with a region's
    precision (as rule 16); not an ordinary word nor a name the article gives a person.
28. a model's place span of two words whose second alone is a town, the first a
    capitalised word that is neither ordinary English nor a place ("16 points from Emma
    Hansen"), is a given name and a surname: without locative context of its own the
    surname is no town (not Hansen, Idaho); "Lower Manhattan" keeps Manhattan. So,
    the other way round, a span whose first word alone is a town and whose second is a
    capitalised word that is neither ordinary English nor a place ("a delivery from
    Linda Wasserman") is a given name before a surname: no town (not Linda, California).
29. an ordinary English word whose capital only opens a sentence is no town's civic
    body by the words after it ("Union officials in Peoria said": a labour union, not
    Union, Illinois); it needs other locative context ("Galesburg officials" stays).
30. "Texas County ... around Houston, the county seat": a name called a county's seat
    is one of its towns near a county the article named before it, where one is
    (sitrep.geo.context `county_seat_after`), however big a namesake elsewhere.
31. the surname of a person the article names in full (the last word of a two- or
    three-word PERSON entity, no city of 100,000+ nor a state) takes only a preposition
    of position ("in", "near", "outside") as locative context: "the idea came to
    Trapani" after "Andrew Trapani" is the producer (sitrep.geo.persons rule 7).
32. a settlement the gazetteer lacks, named after its type word and "of" ("the
    Georgian-controlled villages of Nuli and Avnevi", "the town of Akuressa, in Matara
    district", "Cairo's suburb of Madinaty"), is a place whatever a model took its
    name for: the phrase says what the name is, and villages are what gazetteers lack
    most. It is placed at the first-level region of the nearest place named in its
    sentence, else of the last one named before it, with a region's precision (as
    rule 16); not a name of ordinary words only ("the city of Light"), a person's
    name, or an epithet in apposition to a place ("Philadelphia, the city of
    Brotherly Love"). Names after a comma form a list only where "and" or "or" closes
    it ("the village of Huwara, Reuters witnesses said"), and a people's word or a
    country's name is no settlement ("the village of Kfar Kila, Lebanese state media
    said", "the village of Sinjil and Israeli soldiers"); an Arabic article belongs
    to the name ("the village of Wad al-Noura").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Final

from sitrep.geo import (
    acceptance,
    candidates,
    context,
    country_cues,
    demonyms,
    facilities,
    persons,
    proximity,
)
from sitrep.geo.acceptance import LOCATIVE_CONFIDENCE, Evidence
from sitrep.geo.demonyms import is_demonym
from sitrep.geo.focus import TOWN_FEATURES, Focus, big_city, coverage, read_focus
from sitrep.geo.names import past_determiner
from sitrep.geo.scoring import ScoreContext, is_capital, ranked
from sitrep.ingest.truecase import common_word
from sitrep.kb.actors import ActorKB, fold
from sitrep.kb.gazetteer import Gazetteer, Place
from sitrep.model import PlaceMention
from sitrep.pipeline.document import Document
from sitrep.pipeline.resources import Resources

__all__ = ["LOCATIVE_CONFIDENCE", "PlacesStage"]

#: how many candidates a mention keeps for inspection.
_KEEP_CANDIDATES: Final = 5
#: a village abroad this close to a town the article places is no stray (rule 5).
_BESIDE_KM: Final = 15.0


@dataclass(frozen=True)
class _ArticleFacts:
    """What every resolution pass reads from the article, read once: the countries it
    names and their spans, the countries of the armed groups and forces it names, and
    the words of people's names, and the countries its wording places it in (rule 25),
    and its candidate runs with the gazetteer names in each (rules 1-2: they depend on
    the text alone, not on a pass's focus)."""

    named: dict[str, list[tuple[int, int]]]
    linked: dict[str, list[tuple[int, int]]]
    people: frozenset[str]
    worded: frozenset[str] = frozenset()
    surnames: frozenset[str] = frozenset()
    runs: tuple[tuple[candidates.Run, list[tuple[int, int]]], ...] = ()


#: "-Israeli" after "Arab": the second word of a hyphenated compound (rule 19).
_HYPHENATED_WORD: Final = re.compile(r"[-‐–]([A-Z][\w'’]*)")
#: "Miami-" before "Dade": the first name of a hyphenated compound (rule 19).
_COMPOUND_FIRST: Final = re.compile(r"\b([A-Z][\w'’]*)-$")
#: a town this big is named by its own word even after an institution's "of" (rule 19).
_FIELD_TOWN: Final = 100_000
#: a word naming a city this big after a name is no surname (rule 21: "Syria Aleppo").
_BIG_SURNAME_PLACE: Final = 100_000
#: the places a county, township or borough is or is named after (rule 18).
_LOCAL: Final = ("admin2", "city", "village")


def _speaking_town(text: str, end: int, best: Place) -> bool:
    """Rule 9: a town or village that speaks ("Parker said"): a person, when the word
    may also be a person's name."""
    return best.feature not in ("country", "region", "admin1") and context.speaks_after(text, end)


def _speaking_person_state(
    text: str, end: int, name: str, best: Place, evidence: Evidence, countries: frozenset[str]
) -> bool:
    """Rule 9: a first-level region whose name is also a given name ("Victoria") or a
    word of a person the article names, that speaks with no locative context ("Victoria
    said"), is a person, unless the article places other things in its country
    ("Victoria said it would close its border with New South Wales": the state's
    government speaks)."""
    return (
        best.feature == "admin1"
        and (evidence.personal or persons.state_given_name(name))
        and best.country not in countries
        and context.speaks_after(text, end)
    )


def _home_lacking(
    best: Place, options: list[Place], focus: Focus, spelled: str, cue: bool
) -> str | None:
    """Rule 26: the article's home region where it lacks a town the article names: the
    home region leads with and without this name's own votes (a name that alone makes
    its region the home proves nothing) and holds the dateline's place; the best
    namesake is a town elsewhere in that region's country, in a region no other name
    of the article votes for; no namesake lies in the home region and none is a city a
    reader knows by that name (`_known_city`)."""
    home = focus.strong_admin1("")
    if home is None or home != focus.strong_admin1(spelled):
        return None
    if home not in focus.datelined and (focus.datelined or not _undated_home(focus, home, spelled)):
        return None
    lacking = (
        best.feature in TOWN_FEATURES
        and (best.country == home.split(".")[0] or (cue and _stray_abroad(best, focus, spelled)))
        and all(name == spelled for name in focus.votes.get(best.admin1_code or "", ()))
        and not any(p.admin1_code == home or _known_city(p) for p in options)
    )
    return home if lacking else None


#: distinct other names an undated article must place in its home region (rule 26).
_UNDATED_HOME_VOTES: Final = 4


#: a namesake this close to the home region's centre lies beside it (rule 26).
_BESIDE_HOME_KM: Final = 150.0


def _beside_region(best: Place, region: Place) -> bool:
    """Rule 26: the namesake lies within `_BESIDE_HOME_KM` of the home region's centre
    ("an official in Embu" in a Nyeri report is Embu, a county away): the article
    means it, not a town the gazetteer lacks."""
    if None in (best.lat, best.lon, region.lat, region.lon):
        return False
    km = proximity.great_circle_km(
        best.lat or 0.0, best.lon or 0.0, region.lat or 0.0, region.lon or 0.0
    )
    return km <= _BESIDE_HOME_KM


def _seats_of_counties(options: list[Place], found: list[PlaceMention]) -> list[Place]:
    """Rule 30: the towns of a name that lie near a county the article named before it
    (within proximity.NEIGHBOUR_KM of its centre): "Houston, the county seat" after
    "Texas County" is Houston, Missouri, however big Houston, Texas, is."""
    counties = [p for p in found if p.feature == "admin2" and p.lat is not None]
    return [
        place
        for place in options
        if place.feature in TOWN_FEATURES
        and place.lat is not None
        and any(
            proximity.great_circle_km(place.lat, place.lon or 0.0, c.lat or 0.0, c.lon or 0.0)
            <= proximity.NEIGHBOUR_KM
            for c in counties
        )
    ]


def _undated_home(focus: Focus, home: str, spelled: str) -> bool:
    """Rule 26: an article with no dateline is at home in its region when at least
    `_UNDATED_HOME_VOTES` other names of it vote for that region ("Catron County",
    "Reserve", "Silver City", "Las Cruces" around "homes near Glenwood")."""
    return (
        len({name for name in focus.votes.get(home, ()) if name != spelled}) >= _UNDATED_HOME_VOTES
    )


def _closes_institution(text: str, start: int, name: str, best: Place) -> bool:
    """Rule 19: a town under 100,000 people named by one ordinary English word after
    "of" and an institution's or office's head closes that name ("the Cedar Park
    Chamber of Commerce", "the Department of Justice"): the body's field, not a town
    (a big city stays: "the University of Mobile")."""
    one_word = " " not in name.strip() and common_word(name)
    town = best.feature in TOWN_FEATURES and (best.population or 0) < _FIELD_TOWN
    return one_word and town and context.closes_institution(text, start)


#: rule 32: a settlement's type word and "of" before one to four names, each of one to
#: three capitalised words or Arabic articles before one ("the villages of Nuli and
#: Avnevi", "the town of Akuressa", "the village of Wad al-Noura"); names after a comma
#: form a list only where "and" or "or" closes it ("the villages of Beita, Huwara and
#: Qusra"): "the village of Huwara, Reuters witnesses said" names one village.
_SETTLEMENT_WORD: Final = r"(?:[A-Z]|(?:a[dlnrstz]|ash|e[dlnrstz]|esh)-[A-Z])[\w'’-]+"
_SETTLEMENT_NAME: Final = rf"[A-Z][\w'’-]+(?: {_SETTLEMENT_WORD}){{0,2}}"
_SETTLEMENTS_OF: Final = re.compile(
    r"\b(?:villages?|towns?|hamlets?|suburbs?|city|cities|settlements?)\s+of\s+"
    rf"(?P<names>{_SETTLEMENT_NAME}"
    rf"(?:(?:,\s{_SETTLEMENT_NAME}){{0,2}},?\s(?:and|or)\s{_SETTLEMENT_NAME})?)(?![\w'’-])"
)
#: "Israel's", "Russian-installed": a possessive's stem, a people's word before a hyphen.
_POSSESSIVE: Final = re.compile(r"['’]s$")
_PEOPLES_COMPOUND: Final = re.compile(r"([A-Z]\w+)-[a-z][\w-]*")
_ONE_SETTLEMENT: Final = re.compile(_SETTLEMENT_NAME)


#: "Philadelphia, the city of ...": the phrase stands in apposition to the name before it.
_APPOSITION: Final = re.compile(r",\s+(?:the|a|an)\s+$")


def _named_settlements(text: str, found: list[PlaceMention]) -> list[tuple[int, int]]:
    """Rule 32: the spans of the names after a settlement's type word and "of", unless
    the phrase is in apposition to a place ("Philadelphia, the city of Brotherly Love",
    "Paris, the city of Light": an epithet of the place, no other place)."""
    ends = {p.evidence.end for p in found}
    out: list[tuple[int, int]] = []
    for match in _SETTLEMENTS_OF.finditer(text):
        comma = _APPOSITION.search(text, max(0, match.start() - 8), match.start())
        if comma is not None and comma.start() in ends:
            continue
        names = _ONE_SETTLEMENT.finditer(text, match.start("names"), match.end("names"))
        out.extend((one.start(), one.end()) for one in names)
    return out


def _nearest_holder(doc: Document, start: int, found: list[PlaceMention]) -> PlaceMention | None:
    """Rule 32: the place named nearest to `start` in its sentence, else the last one
    named before it, that lies in a first-level region."""
    placed = [p for p in found if p.admin1 is not None and p.lat is not None]
    sentence = next((s for s in doc.sentences if s.start <= start < s.end), None)
    if sentence is not None:
        inside = [p for p in placed if sentence.start <= p.evidence.start < sentence.end]
        if inside:
            return min(inside, key=lambda p: abs(p.evidence.start - start))
    before = [p for p in placed if p.evidence.end <= start]
    return before[-1] if before else None


def _ordinary_opening(doc: Document, start: int, end: int) -> bool:
    """Rule 29: an ordinary English word opening a sentence ("Union officials in Peoria
    said"): its capital says nothing, so the words after it name no town's body."""
    opening = any(sentence.start == start for sentence in doc.sentences)
    return opening and all(common_word(word) for word in doc.text[start:end].split())


#: how far from a name a demonym of its country may stand in its sentence (rule 26).
_DEMONYM_REACH = 80


def _stray_abroad(best: Place, focus: Focus, spelled: str) -> bool:
    """Rule 26: a village abroad, by its own name, in a country no other name of the
    article lies in ("schools in Millersburg and Holmesville" in a Millersburg, Ohio,
    report is no village of New South Wales); the caller asks for locative context and
    no people of the village's country named beside it ("Settlers attacked Palestinian
    homes in Huwara" in an Ohio report keeps the village abroad)."""
    others = focus.present_besides(spelled) | focus.countries_besides(spelled)
    own_name = best.matched == "name"  # not "Coroner" read as Carinaro, Italy
    return best.feature == "village" and own_name and best.country not in others


def _known_city(place: Place) -> bool:
    """Rule 26: a city of 100,000+ by its own name; not one that bore the name once
    ("Salisbury" is no longer Harare's name)."""
    return big_city(place) and place.matched == "name"


def _guess_over(
    text: str, soft: list[tuple[int, int, str]], start: int, end: int
) -> tuple[int, int, str] | None:
    """Rule 1: the first model guess (an unlinked PERSON/ORG/NORP span) over the name,
    save one over a part of it only: "Ledge" guessed a person inside "Grand Ledge" is no
    guess about the town's whole name; a determiner opening the guess is no part of it
    ("Another Gainesville" guessed a person is "Gainesville"), and one running past
    the name in the possessive guesses about what it owns ("Gainesville’s Tom Thumb
    supermarket"), not about the name."""
    for g_start, g_end, label in soft:
        if g_end <= start or g_start >= end:
            continue  # no overlap, and trimming a guess never makes one
        g_start = past_determiner(text, g_start, g_end)
        if g_start == start and g_end > end and text[end : end + 2] in ("’s", "'s"):
            g_end = end
        inside = start <= g_start and g_end <= end and (g_start, g_end) != (start, end)
        listed = _joins_a_list(text, g_start, g_end, start, end)
        if g_start < end and start < g_end and not inside and not listed:
            return g_start, g_end, label
    return None


#: a conjunction or comma joining the name to another capitalised name in one guess.
_LIST_JOIN: Final = re.compile(r"^(?:,\s*|\s+)(?:and|or)\s+[A-Z]|^,\s+[A-Z]")
_LIST_JOINED: Final = re.compile(r"(?:,|\s(?:and|or))\s+$")


def _joins_a_list(text: str, g_start: int, g_end: int, start: int, end: int) -> bool:
    """Rule 1: a guess running from the name over "and"/"or" or a comma to another name,
    or from another name to it, is about a list, not the name ("Firefighters from
    Litchfield and Harwinton" guessed one organisation): the name stands alone in it."""
    after = g_start == start and g_end > end and _LIST_JOIN.match(text[end:g_end])
    before = g_end == end and g_start < start and _LIST_JOINED.search(text[g_start:start])
    return bool(after or before)


def _apart(spans: dict[str, list[tuple[int, int]]], start: int, end: int) -> frozenset[str]:
    """The countries of the given spans other than one over the name itself ("Nigeria"
    in "Nigeria's army" never supports itself)."""
    return frozenset(
        code for code, where in spans.items() if any(not (s < end and start < e) for s, e in where)
    )


def _listed_with_towns_of(
    runs: list[list[PlaceMention]], mention: PlaceMention, admin1: str
) -> bool:
    """Rule 11: the mention stands in a list whose other names are all towns or counties
    of `admin1` ("from Hillsboro and Lebanon"), no country among them."""
    for run in runs:
        if mention not in run:
            continue
        others = [p for p in run if p is not mention]
        return all(p.feature in _LOCAL and p.admin1 == admin1 for p in others)
    return False


def _points(found: list[PlaceMention]) -> dict[str, tuple[float, float]]:
    """Rule 5: where the towns and villages placed with context lie, by folded name."""
    return {
        fold(p.evidence.text): (p.lat, p.lon)
        for p in found
        if p.feature in ("city", "village")
        and p.lat is not None
        and p.lon is not None
        and p.confidence >= LOCATIVE_CONFIDENCE
    }


def _beside_points(place: Place, points: list[tuple[float, float]]) -> bool:
    """Rule 5: the village lies within `_BESIDE_KM` of a town the article places."""
    if place.lat is None or place.lon is None:
        return False
    return any(
        proximity.great_circle_km(place.lat, place.lon, lat, lon) <= _BESIDE_KM
        for lat, lon in points
    )


def _counties_named(found: list[PlaceMention]) -> dict[str, tuple[str, str]]:
    """Rule 24: folded bare name -> (the county's name, its first-level region code) of
    each county a pass placed written with its type word ("DeKalb County")."""
    out: dict[str, tuple[str, str]] = {}
    for place in found:
        if place.feature != "admin2" or place.admin1 is None:
            continue
        written = place.evidence.text
        if place.confidence < LOCATIVE_CONFIDENCE or not context.COUNTY_WITHIN.search(written):
            continue  # "Madison" read as a county from a list proves nothing of itself
        out.setdefault(fold(context.COUNTY_WITHIN.sub("", written)), (place.name, place.admin1))
    return out


def _bare_county(text: str, run: candidates.Run, focus: Focus | None) -> list[tuple[int, int]]:
    """Rule 24: a run the gazetteer knows no name in that is the bare name of a county
    the article names with its type word ("Henrico County police ... Henrico police")."""
    if focus is None or fold(text[run.start : run.end]) not in focus.counties:
        return []
    return [(run.start, run.end)]


class PlacesStage:
    name = "places"
    version = "53"
    requires: tuple[str, ...] = ("tokens", "sentences", "entities")
    assigns: tuple[str, ...] = ("places",)

    def __init__(self, resources: Resources) -> None:
        self._gazetteer: Gazetteer = resources.gazetteer
        self._actors: ActorKB = resources.actors

    def __call__(self, doc: Document) -> None:
        named = context.article_countries(doc)
        linked = context.actor_countries(doc, self._actors)
        facts = _ArticleFacts(
            named=named,
            linked=linked,
            people=persons.article_person_words(doc)
            | persons.presented_person_words(doc, self._gazetteer)
            | persons.packaged_names(),
            worded=country_cues.worded_countries(doc.text, named.keys() | linked.keys()),
            surnames=persons.article_surnames(doc, self._gazetteer),
            runs=self._runs(doc),
        )
        first, margins = self._pass(doc, facts, None)
        if not first:
            doc.places = self._with_demonyms(doc, first, facts.people)
            return
        focus = self._focus(doc, first, margins)
        second, margins = self._pass(doc, facts, focus)
        # rule 23: the focus read again from the second pass, once (a focus that reads
        # the same would resolve every name the same way again)
        refocus = self._focus(doc, second, margins)
        final = second if refocus == focus else self._pass(doc, facts, refocus)[0]
        final = sorted(
            [
                *final,
                *self._unlisted_settlements(doc, final, facts.people),
                *self._settlements_of(doc, final, facts.people),
            ],
            key=lambda p: (p.evidence.start, p.evidence.end),
        )
        final = self._centred_among_neighbours(final)
        doc.places = self._with_demonyms(doc, final, facts.people)

    def _runs(self, doc: Document) -> tuple[tuple[candidates.Run, list[tuple[int, int]]], ...]:
        """Rules 1-2: the article's candidate runs, each with the gazetteer names in it."""
        return tuple(
            (run, candidates.names_in(self._gazetteer, doc.text, run))
            for run in candidates.runs(doc, self._gazetteer)
        )

    def _unlisted_settlements(
        self, doc: Document, found: list[PlaceMention], people: frozenset[str]
    ) -> list[PlaceMention]:
        """Rule 27: a village or town the gazetteer lacks, named with its type word and
        the place it lies in ("stormed Kadawa village in Gusau district"), is placed at
        that place's first-level region, whatever a model took its name for."""
        out: list[PlaceMention] = []
        for start, end, within in context.settlements_within(doc.text):
            name = doc.text[start:end]
            ordinary = any(common_word(word) for word in re.split(r"[ -]", name))
            if ordinary or candidates.is_common(name) or fold(name) in people:
                continue  # "the Old town in Kano", a person's name
            if any(p.evidence.start < end and start < p.evidence.end for p in found):
                continue  # a place found already ("Tudun Wada town in Zamfara")
            holder = next((p for p in found if p.evidence.start == within), None)
            if holder is None or holder.admin1 is None:
                continue
            region = self._gazetteer.admin1(holder.admin1)
            if region is not None:
                out.append(self._placed_at_region(doc, start, end, region)[0])
        return out

    def _settlements_of(
        self, doc: Document, found: list[PlaceMention], people: frozenset[str]
    ) -> list[PlaceMention]:
        """Rule 32: a settlement the gazetteer lacks, named after its type word and "of"
        ("the Georgian-controlled villages of Nuli and Avnevi", "the town of Akuressa",
        "Cairo's gated suburb of Madinaty"), is a place whatever a model took its name
        for: the phrase says what the name is. It is placed at the first-level region of
        the nearest place named in its sentence, else of the last one named before it,
        with a region's precision (as rule 16); not an ordinary word nor a person's name,
        nor an epithet in apposition to a place ("Philadelphia, the city of Brotherly
        Love")."""
        out: list[PlaceMention] = []
        for start, end in _named_settlements(doc.text, found):
            name = doc.text[start:end]
            # "Um Kadada" keeps its Arabic "Um"; "the city of Light" is no place
            ordinary = all(common_word(word) for word in re.split(r"[ -]", name))
            if ordinary or candidates.is_common(name) or fold(name) in people:
                continue  # "the city of Light", "the town of Kelly"
            if self._states_word(name):
                continue  # "the village of Sinjil and Israeli soldiers fired"
            if any(p.evidence.start < end and start < p.evidence.end for p in found):
                continue  # the gazetteer knows it ("the town of Kidal")
            holder = _nearest_holder(doc, start, found)
            region = self._gazetteer.admin1(holder.admin1) if holder and holder.admin1 else None
            if region is not None:
                out.append(self._placed_at_region(doc, start, end, region)[0])
        return out

    def _states_word(self, name: str) -> bool:
        """Rule 32: a people's word ("Israeli", "Russian-installed") or a country's name
        ("Ukraine's") after a settlement's name, which no settlement bears."""
        stem = _POSSESSIVE.sub("", name)
        compound = _PEOPLES_COMPOUND.fullmatch(stem)
        words = [stem, *([compound.group(1)] if compound else [])]
        return any(
            is_demonym(word, self._actors, self._gazetteer)
            or any(p.feature == "country" for p in self._gazetteer.lookup(word, fuzzy=False))
            for word in words
        )

    def _focus(
        self, doc: Document, found: list[PlaceMention], margins: dict[tuple[int, int], float]
    ) -> Focus:
        """What one pass says about where the article is (sitrep.geo.focus)."""
        # rule 11: a name read as a town from its people ("a Palestine man") is that
        # town wherever else the article names it
        local = frozenset(
            fold(p.evidence.text)
            for p in found
            if p.feature not in ("country", "region")
            and context.kind_wanted(doc.text, p.evidence.start, p.evidence.end) == "local"
        )
        near = proximity.support(
            {
                fold(p.evidence.text): self._gazetteer.lookup(p.evidence.text)
                for p in found
                if p.feature not in ("country", "region")
            },
            [
                frozenset(fold(p.evidence.text) for p in run)
                for run in context.lists(doc.text, found)
            ],
        )
        datelines = frozenset(
            (p.evidence.start, p.evidence.end)
            for p in found
            if context.is_dateline(doc, p.evidence.start, p.evidence.end)
        )
        # a state heading its own agency's name ("Florida Highway Patrol"): the home
        agencies = frozenset(
            (p.evidence.start, p.evidence.end)
            for p in found
            if p.feature == "admin1" and context.state_agency_after(doc.text, p.evidence.end)
        )
        read = read_focus(found, margins, datelines, agencies)
        return replace(
            read,
            local=local | self._home_towns_named_as_countries(doc, found, datelines, read),
            near=near,
            regions=self._regions_written(doc, found),
            counties=_counties_named(found),
            points=_points(found),
            covered=coverage(found, self._exact),
            towns_covered=coverage(found, self._exact, TOWN_FEATURES),
        )

    def _home_towns_named_as_countries(
        self,
        doc: Document,
        found: list[PlaceMention],
        datelines: frozenset[tuple[int, int]],
        read: Focus,
    ) -> frozenset[str]:
        """Rule 11: "LEBANON - ", "fans from Hillsboro and Lebanon" in an article at home
        in Ohio: a country's name (read as the country or the town) that opens the
        dateline, or stands in a
        list of the towns and counties of the region the article leans to (and no
        country), is the town of that region so named, wherever the article names it."""
        runs = context.lists(doc.text, found)
        out: set[str] = set()
        for mention in found:
            if mention.feature not in ("country", *TOWN_FEATURES) or not any(
                p.feature == "country" for p in self._exact(mention.evidence.text)
            ):
                continue
            spelled = fold(mention.evidence.text)
            home = read.leaning_admin1(spelled)
            if home is None or not self._town_named_in(mention.evidence.text, home):
                continue
            span = (mention.evidence.start, mention.evidence.end)
            if span in datelines or _listed_with_towns_of(runs, mention, home):
                out.add(spelled)
        return frozenset(out)

    def _town_named_in(self, name: str, admin1: str) -> bool:
        """A town or village of `admin1` bears `name` as its own name."""
        return any(
            p.feature in TOWN_FEATURES and p.matched == "name" and p.admin1_code == admin1
            for p in self._exact(name)
        )

    def _exact(self, name: str) -> list[Place]:
        return self._gazetteer.lookup(name, fuzzy=False)

    def _regions_written(
        self, doc: Document, first: list[PlaceMention]
    ) -> dict[str, tuple[Place, ...]]:
        """Rule 17: folded name -> the first-level region written after it ("Grantville,
        Pennsylvania") where the first pass placed it there."""
        out: dict[str, tuple[Place, ...]] = {}
        for mention in first:
            if mention.feature in ("country", "region", "admin1") and mention.geonameid:
                continue
            regions = self._stated_regions(doc.text, mention.evidence.end)
            holding = tuple(r for r in regions if r.admin1_code == mention.admin1)
            if holding:
                out.setdefault(fold(mention.evidence.text), holding)
        return out

    def _with_demonyms(
        self, doc: Document, found: list[PlaceMention], people: frozenset[str]
    ) -> tuple[PlaceMention, ...]:
        """Rules 12 and 14: the places found, the states named by their demonyms and the
        streets and facilities named, in order."""
        adjectival = demonyms.adjectival_places(doc, self._actors, self._gazetteer, found)
        return tuple(facilities.with_facilities(doc, [*found, *adjectival], people))

    def _pass(
        self, doc: Document, facts: _ArticleFacts, focus: Focus | None
    ) -> tuple[list[PlaceMention], dict[tuple[int, int], float]]:
        """One resolution of every candidate name, left to right (rules 1-7)."""
        named, linked, people = facts.named, facts.linked, facts.people
        resolved: set[str] = set()
        soft = [
            (e.evidence.start, e.evidence.end, e.label)
            for e in doc.entities
            if e.label in candidates.SOFT_LABELS
            and e.kb_id is None
            # "Torrington Receives State Grant" taken for a person: a headline
            and not (e.label == "PERSON" and persons.headline_span(e.evidence.text))
        ]
        found: list[PlaceMention] = []
        margins: dict[tuple[int, int], float] = {}
        for run, in_run in facts.runs:
            names = in_run or _bare_county(doc.text, run, focus)
            paired = candidates.hyphen_pairs(doc.text, run, names)
            paired = paired if not paired or self._neighbours(doc.text, names) else frozenset()
            for start, end in names:
                # a name that is only part of a longer capitalised run ("Mary" in "Mary
                # Jackson") may be a person or an organisation: it needs context, unless
                # a hyphen joins it to another place ("Washington-Moscow", rule 22)
                partial = start not in paired and candidates.is_partial(doc.text, run, start, end)
                guess = _guess_over(doc.text, soft, start, end)
                # countries the article names elsewhere: a name never supports itself,
                # nor do other mentions spelled like it ("Georgia" thrice is no proof)
                spelled = fold(doc.text[start:end])
                elsewhere = frozenset(
                    code
                    for code, spans in named.items()
                    if any(
                        not (s < end and start < e) and fold(doc.text[s:e]) != spelled
                        for s, e in spans
                    )
                )
                around = resolved | elsewhere
                if focus is not None:
                    around |= focus.countries_besides(fold(doc.text[start:end]))
                evidence = Evidence(
                    run,
                    partial,
                    guess,
                    spelled in people,
                    start in paired,
                    spelled in facts.surnames,
                )
                groups = _apart(linked, start, end)
                resolved_one = self._resolve(
                    doc,
                    start,
                    end,
                    evidence,
                    frozenset(around),
                    groups,
                    found,
                    focus,
                    facts.worded,
                    elsewhere,
                )
                if resolved_one is not None:
                    mention, margins[(start, end)] = resolved_one
                    found.append(mention)
                    if mention.country and (
                        mention.feature == "country" or mention.confidence >= LOCATIVE_CONFIDENCE
                    ):
                        resolved.add(mention.country)
        return sorted(found, key=lambda p: (p.evidence.start, p.evidence.end)), margins

    def _resolve(
        self,
        doc: Document,
        start: int,
        end: int,
        evidence: Evidence,
        countries: frozenset[str],
        groups: frozenset[str],
        found: list[PlaceMention],
        focus: Focus | None,
        worded: frozenset[str] = frozenset(),
        named: frozenset[str] = frozenset(),
    ) -> tuple[PlaceMention, float] | None:
        text = doc.text
        spelled = fold(text[start:end])
        name = candidates.lookup_name(text, start, end)
        abbreviated = name != text[start:end]
        if acceptance.brands_america(text, start, end):
            return None  # "Bank of America", "Club America": a brand (acceptance rule 10)
        if candidates.is_common(name) or candidates.is_dedication(
            self._gazetteer, text, start, end
        ):
            return None
        if context.title_before(text, start) and not context.typed_within(text[start:end]):
            return None  # "coach Ripley", "President Obama": a person
        if evidence.personal and (
            context.kin_of_before(text, start) or context.hometown_after(text, end)
        ):
            return None  # "the daughter of Frank and Anna Nowak", "Thomas of Minneapolis"
        if context.person_after(text, end):
            return None  # "Donald L. Schuler", 'Katherine "Kay" Parsons': a person
        if context.named_after_little(text, start):
            return None  # "Little Italy", "the Little Egypt Conference": named after it
        if context.names_a_car(text, start, end) and not self._state_named(name):
            return None  # "a Jeep Cherokee", "a 2001 Cadillac": a car (context rule 19)
        if self._surname_after(text, start, end) and not (
            context.cue_before(text, start) or context.typed_after(text, end)
        ):
            return None  # "Chad Walker", "Virginia Madsen": a person (rule 21)
        listed = context.listed_type(text, end)
        if listed in context.REGION_LISTS and context.alone_before_type(text, start, end):
            listed = None  # "the Gulf states", "Ukraine's regions": no list of regions
        if listed is not None and context.alone_before_type(text, start, end):
            # "Indiana counties": the state's counties, where a state bears the name
            states = self._gazetteer.lookup(name, fuzzy=False)
            if any(p.feature == "admin1" and p.matched == "name" for p in states):
                listed = None
        acronym = candidates.acronym_at(text, start, end)
        options = self._options(name, abbreviated, evidence, listed, acronym)
        options = self._typed_regions(name, context.region_type_after(text, end)) or options
        county = self._county_by_bare_name(text, end, spelled, evidence, options, focus)
        options = [county] if county is not None else options
        if context.county_seat_after(text, end):
            # "Texas County ... around Houston, the county seat": the seat of that county
            options = _seats_of_counties(options, found) or options
        within = self._stated_country(text, end, options)
        typed = context.typed_after(text, end) or listed is not None
        # a dateline or a type word names a place, whatever a model guessed over it
        dateline = context.is_dateline(doc, start, end)
        # "Westrom, R-Elbow Lake": a legislator's party letter names the home town
        certain = typed or dateline or context.party_before(text, start)
        if candidates.is_adjectival(name) and not (
            certain or abbreviated or context.cue_before(text, start)
        ):
            # "Olympic officials": an adjective names no town (rule 20)
            options = [p for p in options if p.feature not in _LOCAL]
        # "the Oakdale Fire Department": a town's own civic body names the town; not an
        # ordinary word whose capital only opens a sentence ("Union officials said")
        civic = context.civic_after(text, end) and not _ordinary_opening(doc, start, end)
        cue = (
            certain
            or county is not None
            or abbreviated
            or context.cue_after(text, end)
            or civic
            or context.typed_within(text[start:end])
            or (
                context.cue_before(text, start)
                and not context.modifier(text, end)
                and not self._given_name(text, evidence, start, end)
                # "turned the case over to Carlow" after "Bill Carlow": the person
                and (not evidence.surname or context.positional_before(text, start))
            )
            # "Woodfield, Huff said": a list is not continued by a speaker (rule 9)
            or (
                context.coordinated(text, start, found)
                and not (evidence.personal and context.speaks_after(text, end))
            )
            or context.address_before(text, start)
            or context.held_in_after(text, end)
            or context.known_as_before(text, start)
            or context.own_home(text, start, end)
            or (facilities.facility_after(text, end) and not evidence.personal)
            or (evidence.paired and not evidence.personal)
        )
        # "fighters attacked Baga": the object of a conflict verb (acceptance rule 8)
        verb = context.conflict_verb_before(text, start, end)
        home = self._local_home(text, start, end, focus)
        if home is not None:
            # "McLean County", "Jerome Township" in a Kentucky or Ohio article: the county
            # or town of that state (rule 18)
            inside = [p for p in options if p.admin1_code == home and p.feature in _LOCAL]
            if not inside and context.municipality_after(text, end):
                region = self._gazetteer.admin1(home)
                if region is not None:
                    return self._placed_at_region(doc, start, end, region)
            options = inside or options
        if within is not None:
            # "Anbar, Iraq": only places in the country written after the name (rule 13)
            options = [p for p in options if p.country == within]
            if not options:
                return self._kept_by_spelling(doc, start, end, within) if cue else None
        elif not (certain or civic or ((cue or verb is not None) and evidence.plain)):
            # a village in the country of a group the article names is no village abroad;
            # a town's own civic body names its town wherever it lies ("the Crestwood
            # Board of Education", "Grand Ledge Police Officers")
            present = self._present(text[start:end], countries | groups, found, focus)
            points = [*_points(found).values(), *(focus.points_besides(spelled) if focus else ())]
            if focus is not None and spelled in focus.points:
                # one sense per article (rule 10): the village the article placed by this
                # very name with context elsewhere ("in Whitestown" ... "Whitestown
                # invited all donors") is no stray wherever the name stands
                points.append(focus.points[spelled])
            options = [
                p
                for p in options
                if not acceptance.stray_village(p, present) or _beside_points(p, points)
            ]
        if fold(name) in candidates.COMPASS_REGIONS:
            # "the North West and Limpopo provinces": a region of a country the article
            # is in, never one abroad ("the North West" of England is no Botswana)
            present = self._present(text[start:end], countries | groups, found, focus)
            options = [p for p in options if p.feature == "admin1" and p.country in present]
        if not options:
            return None
        subnational = frozenset(
            p.country
            for p in found
            if p.country and p.feature not in ("country", "region") and p.confidence >= 0.7
        )
        admin1s = frozenset(p.admin1 for p in found if p.admin1)
        if focus is not None:
            admin1s |= focus.admin1s_besides(spelled)
            subnational |= focus.subnational_besides(spelled)
        stated_regions = self._stated_regions(text, end)
        stated = frozenset(r.admin1_code for r in stated_regions if r.admin1_code)
        # "Grantville, Pennsylvania ... school in Grantville": the region written after
        # the name elsewhere in the article holds it here too (rule 17)
        remembered = () if stated or focus is None else focus.regions_of(spelled)
        missing = self._missing_from([*stated_regions, *remembered], options)
        if (
            missing is not None
            and not evidence.partial
            and not evidence.personal
            and (stated or cue)
        ):
            # "Grantville, Pennsylvania": a town the gazetteer lacks in the region written
            # after it is placed at that region, never sent to a namesake elsewhere (rule 16)
            return self._placed_at_region(doc, start, end, missing)
        wanted = context.kind_wanted(text, start, end)
        # "a Palestine man": the words speak of a town's people, a place for sure
        cue = cue or wanted == "local"
        if wanted is None and focus is not None and spelled in focus.local:
            wanted = "local"
        home = focus.strong_admin1(spelled) if focus else None
        modest = not any(big_city(p) for p in options)
        leaning = focus.leaning_admin1(spelled, modest) if focus else None
        scored = ranked(
            options,
            ScoreContext(
                # rule 25: "the Sheriff's Office" places the article in the US as a
                # US town named with context would
                countries=countries | worded,
                actor_countries=groups,
                admin1s=admin1s,
                subnational=subnational | worded,
                wanted=wanted,
                stated=stated or frozenset(r.admin1_code for r in remembered if r.admin1_code),
                focus_admin1=leaning,
                near=focus.near if focus else {},
                dateline=dateline,
                named=named,
            ),
        )
        best = scored[0][1]
        if best.feature in ("city", "village") and (
            self._after_demonym(text, evidence, start) or self._before_demonym(text, end)
        ):
            # "the Dagestani Battle Group": a body; "the Arab-Israeli conflict": peoples;
            # neither names a town (rule 19)
            return None
        local = cue or (focus is not None and spelled in focus.named)
        lacking = (
            _home_lacking(
                best,
                options,
                focus,
                spelled,
                cue and not self._people_of_country_near(text, start, end, best.country),
            )
            if focus
            else None
        )
        alone = evidence.plain or (cue and acceptance.stands_alone(evidence, start, end))
        # "a store in Vernon": a given name right after "in" is the town
        housed = not evidence.partial and context.in_before(text, start)
        if lacking is not None and local and (alone or housed) and not (stated or remembered):
            # "visited residents in Sharon, Cornwall and Salisbury" in a Falls Village,
            # Connecticut report: towns of its home region the gazetteer lacks (rule 26)
            region = self._gazetteer.admin1(lacking)
            if region is not None and not _beside_region(best, region):
                return self._placed_at_region(doc, start, end, region)
        # a town's own civic body is no body that merely opens with a town's name
        body = self._body_opening(text, evidence, start, end) and not civic
        if not (certain or stated) and acceptance.article_before_alias(best, text, start, end):
            return None  # "out to the Garden": a thing, not Hawarden (rule 19)
        if not (certain or stated) and acceptance.doubtful_town(
            best, body, name, admin1s, countries | groups
        ):
            return None  # "in God", "the Supreme Court": no town outside its regions
        if not (certain or stated) and _closes_institution(text, start, name, best):
            return None  # "the Cedar Park Chamber of Commerce": no Commerce, Texas
        # "Gainesville, Ga.": a town inside the region written after it is a place
        cue = cue or (best.feature != "admin1" and best.admin1_code in stated)
        if verb is not None:
            cue = cue or acceptance.attack_target(best, evidence, start, end, verb, text)
        # one sense per article: the name was met in locative context elsewhere (rule 10)
        towns_besides = self._towns_besides(found, spelled, focus)
        known = focus is not None and acceptance.named_elsewhere(
            best,
            evidence,
            spelled,
            focus.named,
            home,
            evidence.run.start == start and acceptance.heads_a_body(text, end),
            leaning,
            towns_besides,
            sole=not towns_besides,
        )
        if not cue and not known and context.attacked_person(text, start, end):
            return None  # "attacked Parker on his way home": a person (rule 8)
        speaking = not cue and not known and _speaking_town(text, end, best)
        if speaking and (evidence.personal or not is_capital(best)):
            return None  # "Parker said", "Ponce said": a person
        if (
            not cue
            and not known
            and _speaking_person_state(text, end, name, best, evidence, countries)
        ):
            return None  # "Victoria said" in a school board report: a person (rule 9)
        present = self._present(text[start:end], countries | groups, found, focus)
        if acceptance.joined_abroad(best, self._compound_countries(text, start)):
            return None  # "Miami-Dade": no Dade in China (rule 19)
        if not cue and not known and self._surname_in_guess(text, evidence, start, end):
            return None  # "16 points from Emma Hansen": a person, not Hansen, Idaho
        if not cue and not known and self._given_name_in_guess(text, evidence, start, end):
            return None  # "a delivery from Linda Wasserman": a person, not Linda, California
        if (
            not cue
            and not known
            and not acceptance.self_evident(best, evidence, subnational)
            and not acceptance.accept_bare(doc, start, end, best, evidence, home, present)
        ):
            return None
        if not acceptance.skeleton_allowed(best, cue, countries):
            return None
        margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 10.0
        # "the province of Latakia" where the gazetteer knows only the city: the region
        # is meant, placed at its namesake capital as ACLED places a province's events
        region_by_capital = wanted == "admin1" and best.feature in ("city", "village")
        mention = PlaceMention(
            evidence=doc.span(start, end),
            name=best.name,
            geonameid=None if region_by_capital else best.geonameid,
            country=best.country,
            lat=best.lat,
            lon=best.lon,
            feature="admin1" if region_by_capital else best.feature,
            admin1=best.admin1_code,
            confidence=acceptance.confidence(cue, margin, best, evidence, text[start:end]),
            candidates=tuple(
                p.geonameid for _, p in scored[:_KEEP_CANDIDATES] if p.geonameid is not None
            ),
            precision=context.near_precision(text, start),
        )
        return mention, margin

    def _neighbours(self, text: str, names: list[tuple[int, int]]) -> bool:
        """Rule 22: two names joined by a hyphen name two places when towns of one
        country bear both ("Logan-Rogersville", "Watertown-Mayer") or both are big
        places ("the Washington-Moscow route"); not a brand of two surnames
        ("Harley-Davidson": a village in England, towns in America)."""
        found = [
            [p for p in self._gazetteer.lookup(text[s:e], fuzzy=False) if p.matched == "name"]
            for s, e in names
        ]
        shared = set.intersection(*({p.country for p in places} for places in found))
        return bool(shared) or all(
            any(big_city(p) or p.feature in ("country", "admin1") for p in places)
            for places in found
        )

    def _county_by_bare_name(
        self,
        text: str,
        end: int,
        spelled: str,
        evidence: Evidence,
        options: list[Place],
        focus: Focus | None,
    ) -> Place | None:
        """Rule 24: "the DeKalb County Commission ... unincorporated DeKalb", "Henrico
        County police ... Henrico police": local news names a county it has named with
        its type word by its bare name too, where no town of its state bears the name
        (a town that does is what the bare name means: "Boone" beside "Boone County"),
        nor a state, country or city of 100,000+ ("Washington" beside "Washington
        County, Oregon" is still the capital)."""
        if focus is None or evidence.partial or evidence.personal:
            return None
        if evidence.guess is not None and evidence.guess[1] - evidence.guess[0] > len(spelled):
            return None  # a model's guess over more than the name: "Boone Pickens"
        written = focus.counties.get(spelled)
        if written is None or context.typed_after(text, end):
            return None
        county_name, region = written
        if any(
            (p.feature in ("city", "village") and p.matched == "name" and p.admin1_code == region)
            or p.feature in ("country", "region", "admin1")
            or big_city(p)
            for p in options
        ):
            return None  # "Madison police" is the town; "from Washington", the capital
        counties = self._gazetteer.lookup(county_name, fuzzy=False)
        return next(
            (p for p in counties if p.feature == "admin2" and p.admin1_code == region), None
        )

    def _state_named(self, name: str) -> bool:
        """Whether a country or first-level region bears the name as its own: "in
        Lincoln Nebraska" names the state after a town that is also a car's make."""
        return any(
            p.feature in ("country", "admin1") and p.matched == "name"
            for p in self._gazetteer.lookup(name, fuzzy=False)
        )

    def _surname_after(self, text: str, start: int, end: int) -> bool:
        """Rule 21: a surname follows the name ("Chad Walker"): a word no state, region
        or big city bears, nor a month or weekday ("Chad Sunday")."""
        given = text[start:end]
        if not given.isalpha() or given.isupper():
            return False  # "Pa. Smerecznsky", "Missouri Valley Blazers": no given name
        word = persons.surname_after(text, end)
        if word is None or candidates.is_common(word):
            return False
        if self._gazetteer.known(f"{text[start:end]} {word}"):
            return False
        return not any(
            p.feature in ("country", "region", "natural", "admin1")
            or (p.population or 0) >= _BIG_SURNAME_PLACE
            for p in self._gazetteer.lookup(word, fuzzy=False)
            if p.matched == "name"
        )

    @staticmethod
    def _body_opening(text: str, evidence: Evidence, start: int, end: int) -> bool:
        """Rule 19: the name opens a longer name before an ordinary word ("Supreme
        Court", "Parachute Regiment"), as a body's or a business's name does."""
        opening = evidence.partial and evidence.run.start == start
        return opening and acceptance.heads_a_body(text, end)

    def _compound_countries(self, text: str, start: int) -> frozenset[str]:
        """Rule 19: the countries of the places named by the first name of a hyphenated
        compound the name ends ("Miami" of "Miami-Dade"); empty when it ends none."""
        first = _COMPOUND_FIRST.search(text, max(0, start - 40), start)
        if first is None:
            return frozenset()
        places = self._gazetteer.lookup(first.group(1), fuzzy=False)
        return frozenset(p.country for p in places if p.matched == "name" and p.country)

    def _people_of_country_near(self, text: str, start: int, end: int, country: str | None) -> bool:
        """Rule 26: a demonym of `country` stands in the name's sentence, within
        `_DEMONYM_REACH` characters ("Palestinian homes in Huwara")."""
        if country is None:
            return False
        lo = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), start - _DEMONYM_REACH)
        stops = [i for i in (text.find(".", end), text.find("\n", end)) if i != -1]
        hi = min([end + _DEMONYM_REACH, *stops])
        words = re.findall(r"[A-Z][a-z]+", text[lo + 1 : start] + " " + text[end:hi])
        return any(demonyms.state_of(self._actors, w) == country for w in words)

    def _after_demonym(self, text: str, evidence: Evidence, start: int) -> bool:
        """Rule 19: the word before the name in its run is a demonym ("Dagestani
        Battle")."""
        run = evidence.run
        before = [
            (s, e) for s, e in zip(run.token_starts, run.token_ends, strict=True) if e <= start
        ]
        if not evidence.partial or not before:
            return False
        s, e = before[-1]
        return is_demonym(text[s:e], self._actors, self._gazetteer)

    def _before_demonym(self, text: str, end: int) -> bool:
        """Rule 19: a hyphen and a demonym follow the name ("Arab-Israeli"): the
        compound names two peoples, not a town."""
        match = _HYPHENATED_WORD.match(text, end)
        return match is not None and is_demonym(match.group(1), self._actors, self._gazetteer)

    def _surname_in_guess(self, text: str, evidence: Evidence, start: int, end: int) -> bool:
        """Rule 28: a model's place span of two words whose second alone is a town, the
        first a capitalised word that is no ordinary English and no place ("Emma Hansen",
        "Abby Hansen"): a given name and a surname; unlike "Lower Manhattan" or "Greater
        Boston", whose first word is ordinary English."""
        run = evidence.run
        if not (evidence.partial and run.guessed and len(run.token_starts) == 2):
            return False
        if run.token_starts[1] != start or run.end != end:
            return False
        first = text[run.start : run.token_ends[0]]
        if not (first[:1].isupper() and first.isalpha()) or common_word(first):
            return False
        return not self._gazetteer.lookup(first, fuzzy=False)

    def _given_name_in_guess(self, text: str, evidence: Evidence, start: int, end: int) -> bool:
        """Rule 28: a model's place span of two words whose first alone is a town, the
        second a capitalised word that is no ordinary English and no place ("Linda
        Wasserman", "Terry Foegler"): a given name and a surname; unlike "Gaza Strip" or
        "Hampton Roads", whose second word is ordinary English or the name's own."""
        run = evidence.run
        if not (evidence.partial and run.guessed and len(run.token_starts) == 2):
            return False
        if run.start != start or run.token_ends[0] != end:
            return False
        second = text[run.token_starts[1] : run.end]
        if not (second[:1].isupper() and second.isalpha()) or second.isupper():
            return False
        if common_word(second):
            return False
        return not self._gazetteer.lookup(second, fuzzy=False)

    def _given_name(self, text: str, evidence: Evidence, start: int, end: int) -> bool:
        """Acceptance rule 1: "of George Bush": a given name before a surname, not a
        place; "in Maiduguri Borno State": a town before its region."""
        if not (evidence.partial and evidence.run.start == start):
            return False
        word = acceptance.next_word(text, end)
        region_after = self._state_named(word) if word else False
        return acceptance.given_name(text, evidence, start, end, region_after)

    def _options(
        self,
        name: str,
        abbreviated: bool,
        evidence: Evidence,
        listed: str | None,
        acronym: bool,
    ) -> list[Place]:
        """The gazetteer's candidates for a name, narrowed by how the text writes it."""
        options = self._gazetteer.lookup(name)
        if abbreviated:
            options = [p for p in options if p.feature == "admin1" and p.country in ("US", "CA")]
        elif acronym or evidence.run.org:
            options = [p for p in options if p.feature in ("country", "region")]
        elif candidates.is_acronym(name):
            # "OSLO (Reuters) -": a dateline's capitals name a place by its own name
            options = [p for p in options if p.matched == "name"]
        if evidence.partial:
            # part of a longer name: only places that bear it as their own (rule 2)
            options = [p for p in options if p.matched == "name"]
        is_country = any(p.feature == "country" and p.matched == "name" for p in options)
        if listed in context.REGION_LISTS and not is_country:
            # "the Donetsk and Luhansk regions": the oblasts, not their capitals; never a
            # country ("from Mexico and Central American states": no State of Mexico)
            regions = self._typed_regions(name, listed)
            options = regions or [p for p in options if p.feature == "admin1"] or options
        elif listed is not None:
            # "Jackson and Barrow counties": Barrow County, where the gazetteer has it
            counties = self._gazetteer.lookup(f"{name} {listed}", fuzzy=False)
            options = [p for p in counties if p.feature == "admin2"] or options
        return options

    def _typed_regions(self, name: str, type_word: str | None) -> list[Place]:
        """Rule 15: "Kyiv oblast", "Donetsk region": the first-level regions named with
        that type word ("Kyiv Oblast"), where the gazetteer has the name so."""
        if type_word is None:
            return []
        named = self._gazetteer.lookup(f"{name} {type_word}", fuzzy=False)
        return [p for p in named if p.feature == "admin1"]

    def _towns_besides(
        self, found: list[PlaceMention], spelled: str, focus: Focus | None
    ) -> frozenset[str]:
        """Acceptance rule 4: the countries the article places towns, counties or
        regions in by other names than this one, in locative context."""
        inside = {
            p.country
            for p in found
            if p.country
            and p.feature not in ("country", "region", "street", "facility")
            and p.confidence >= LOCATIVE_CONFIDENCE
            and fold(p.evidence.text) != spelled
        }
        if focus is not None:
            inside |= focus.subnational_besides(spelled)
        return frozenset(inside)

    def _present(
        self, name: str, countries: frozenset[str], found: list[PlaceMention], focus: Focus | None
    ) -> frozenset[str]:
        """The countries the article is in, besides this name (acceptance rule 6)."""
        present = set(countries)
        present.update(p.country for p in found if p.country and p.feature != "village")
        if focus is not None:
            present |= focus.present_besides(fold(name))
        return frozenset(present)

    def _stated_country(self, text: str, end: int, options: list[Place]) -> str | None:
        """Rule 13: the country written after "Name, " or "Name in northern" ("Anbar,
        Iraq"), unless the name is itself a country or region ("Syria, Iraq") or the
        words may also name a first-level region elsewhere ("Atlanta, Georgia")."""
        if any(p.feature in ("country", "region") and p.matched == "name" for p in options):
            return None
        for name in context.stated_country_names(text, end):
            places = self._gazetteer.lookup(name, fuzzy=False)
            if not places:
                continue
            codes = {p.country for p in places if p.feature == "country" and p.matched == "name"}
            abroad = any(p.feature == "admin1" and p.country not in codes for p in places)
            return next(iter(codes)) if len(codes) == 1 and not abroad else None
        return None

    def _kept_by_spelling(
        self, doc: Document, start: int, end: int, country: str
    ) -> tuple[PlaceMention, float]:
        """Rule 13: a name in locative context that no place of the country written after
        it bears is kept by its spelling there, without coordinates, never sent abroad."""
        wanted = context.kind_wanted(doc.text, start, end)
        mention = PlaceMention(
            evidence=doc.span(start, end),
            name=doc.text[start:end],
            geonameid=None,
            country=country,
            lat=None,
            lon=None,
            feature="admin1" if wanted == "admin1" else None,
            confidence=acceptance.KEPT_CONFIDENCE,
            precision=context.near_precision(doc.text, start),
        )
        return mention, 10.0

    def _stated_regions(self, text: str, end: int) -> list[Place]:
        """The first-level regions written after "Name, " ("Paris, Texas")."""
        for name in context.stated_regions(text, end):
            places = self._gazetteer.lookup(name, fuzzy=False)
            # "Monterrey, Mexico" names the country, not the State of Mexico
            countries = {p.country for p in places if p.feature == "country"}
            regions = [
                p
                for p in places
                if p.feature == "admin1"
                and p.admin1_code
                and p.matched == "name"
                and p.country not in countries
            ]
            if regions:
                return regions
        return []

    @staticmethod
    def _local_home(text: str, start: int, end: int, focus: Focus | None) -> str | None:
        """Rule 18: the first-level region an article leans to, for a county, township
        or borough it names ("McLean County", "Jerome Township", "Clinton Township")."""
        named = text[start:end]
        local = context.municipality_after(text, end) or context.local_type_within(named)
        return focus.leaning_admin1(fold(named)) if focus is not None and local else None

    @staticmethod
    def _missing_from(regions: list[Place], options: list[Place]) -> Place | None:
        """Rule 16: the region written after a name, when none of the name's candidates
        lies in it though some lie elsewhere in its country ("Greenwood, W. Va.", not
        "Kansas City, North")."""
        if any(p.feature == "admin1" for p in options):
            return None
        codes = {r.admin1_code for r in regions}
        if any(p.admin1_code in codes for p in options):
            return None
        countries = {p.country for p in options}
        return next((r for r in regions if r.country in countries), None)

    def _centred_among_neighbours(self, found: list[PlaceMention]) -> list[PlaceMention]:
        """Rule 16 again: a town the gazetteer lacks, placed at the centre of the
        first-level region written after it ("Logan, Mo."), moves to the mean of the
        towns and counties the article resolved inside that region, which in a large
        state lie nearer it than the region's centre does. It stays a region-precision
        place (feature "admin1", no geonameid): only its point moves."""
        out: list[PlaceMention] = []
        for mention in found:
            region = self._fallback_region(mention)
            points: dict[int, tuple[float, float]] = {}
            if region is not None:
                points = {
                    p.geonameid: (p.lat, p.lon)
                    for p in found
                    if p.geonameid is not None
                    and p.admin1 == region.admin1_code
                    and p.feature in _LOCAL
                    and p.lat is not None
                    and p.lon is not None
                }
            if not points:
                out.append(mention)
                continue
            lat = sum(lat for lat, _ in points.values()) / len(points)
            lon = sum(lon for _, lon in points.values()) / len(points)
            out.append(replace(mention, lat=lat, lon=lon))
        return out

    def _fallback_region(self, mention: PlaceMention) -> Place | None:
        """The first-level region at whose centre `_placed_at_region` placed a town the
        gazetteer lacks, or None for any other mention (the region named itself, a
        region placed at its capital, a place the gazetteer knows)."""
        if mention.geonameid is not None or mention.feature != "admin1" or not mention.admin1:
            return None
        region = self._gazetteer.admin1(mention.admin1)
        if region is None or (region.lat, region.lon) != (mention.lat, mention.lon):
            return None
        return None if fold(region.name) == fold(mention.name) else region

    def _placed_at_region(
        self, doc: Document, start: int, end: int, region: Place
    ) -> tuple[PlaceMention, float]:
        """Rule 16: a town the gazetteer lacks, kept by its spelling inside the first-level
        region written after it and placed there, with a region's precision."""
        mention = PlaceMention(
            evidence=doc.span(start, end),
            name=doc.text[start:end],
            geonameid=None,
            country=region.country,
            lat=region.lat,
            lon=region.lon,
            feature="admin1",
            admin1=region.admin1_code,
            confidence=LOCATIVE_CONFIDENCE,
            precision=context.near_precision(doc.text, start),
        )
        return mention, 10.0
