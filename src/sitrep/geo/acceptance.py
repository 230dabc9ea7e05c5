"""Acceptance: whether a best-scoring candidate is a toponym at all, and how sure we are.

Rules, in order:
1. a candidate with locative context (sitrep.geo.context) is a toponym; but a
   preposition before a given name is no context: a name opening a longer capitalised
   run before a word that is no ordinary English, no acronym and no region is a
   person's ("the administration of George Bush", "a win over Brad Falde");
2. without context, one that names a country, continent, region or first-level region by
   its own name is too, unless the name sat inside a knowledge-base entity or a longer
   capitalised run and no place in its country has been resolved yet;
3. otherwise, with no context at all: a name a model guessed as PERSON or ORG counts only when
   it is the whole guess and a city of 1M+ people ("Moscow") or the national capital of
   a country the article is in ("ignored for years by Washington": the capital stands
   for its government), one guessed otherwise (NORP) when a
   city of 100k+; a model's own GPE/LOC span when a populated place or county of 1k+ (a
   town under 100k only when the article is in its country or nowhere else: "Dade" of
   "Miami-Dade" is no town in China, "a man named Zachary" in Paris no Zachary,
   Louisiana); a plain capitalised name when a city or county of 100k+ (under 1M only
   in a country the article is in, or when it is in none: "cristiani and ponce" in a
   Salvadoran report is no Ponce, Puerto Rico), or a place of
   1k+ in the article's home region (its clearly leading first-level region,
   sitrep.geo.focus: local news names local towns alone), not sentence-initial unless a
   national capital or a city of 1M+ that is no ordinary word ("Washington is already
   reacting", never "Keller has considered", a surname); never a
   name inside an entity or a longer run, never a skeleton, an alternate name only for a
   city of 100k+ that a model's GPE/LOC span also names ("Al Ubayyid" for El Obeid),
   never a word that may be a person's name ("Kelly", "Nelson");
4. one sense per article: a name met in locative context elsewhere in the article is a
   place alone too, unless it is part of a longer name or of a longer PERSON guess, or
   may be a person's name ("Nelson" after "in Nelson", never "Nelson Mandela"), or is a
   village outside the article's home region or met only by an alternate name (villages
   share their names with people: "Jones", "Webb"; a village of the home region that
   local news names in context is its subject: "Canaan will see the highest increase";
   no person bears a village's name of several words, so "Mt. Pleasant" is recalled
   in the region the article leans to as well: "Mt. Pleasant has won"; nor is a word
   no person's name holds and no ordinary English word, so a village so named is
   recalled in any country the article places other towns in: "a monastery in
   Pewaukee ... the Pewaukee monastery");
   a town or county opening a longer name that no model took for a person's, before
   an acronym or an ordinary English word, is the town that names a body or business
   ("a fire in Dublin ... the Dublin Recreation Services Director", "Gainesville VFW
   Post"), never the given name before a surname ("Nelson Mandela", "Nelson Chamisa");
5. a place met only by a transliteration skeleton needs context and its country in the
   article, and is never in an English-speaking country: English place names have one
   spelling, so "Mayo County" is not Maui County, nor "Canaan Valley" Chino Valley;
6. a village (under 15,000 people) in a country the article is not in at all (no place
   of it found but villages, no mention of it, no armed group or state force of it
   named: "Al-Shabaab militants seized Balad" is in Somalia) is no candidate, unless a
   dateline or a type word names it ("BYESVILLE -- ", "Ten Mile village") or it stands alone in
   locative context ("a fire in Scottdale", "of Ten Mile,"): a word that is also
   a person's name, part of a longer name or a model's person or organisation guess
   ("Katherine", "Mercy Memorial Hospital") is someone's, not a village abroad;
7. confidence: 0.9 with context, 0.6 without ("Russia said": a metonymic toponym, which
   the actors stage may still take as an actor), 0.2 less when the runner-up scored within
   1.0, 0.1 less for a skeleton, 0.1 less for an alternate name spelled unlike the
   place's own ("Anbar" is an alternate name of Ambar, Turkey; not "Anbar" for "Al
   Anbar", the same name without its article), 0.1 less when a model guessed PERSON/ORG
   over the name; never below LOCATIVE_CONFIDENCE in locative context (the name is a
   place; only which place, or what else a model took it for, is less sure: "Al-Shabaab
   militants seized Balad", a model's PERSON guess, Balad in Iraq a close runner-up);
   a name kept by its spelling in the country written after it, no place of that name
   being there ("Anbar, Iraq" with no Anbar in Iraq), is placed but not pinned: 0.8;
8. the object of a conflict verb (sitrep.geo.context rule 17: "fighters attacked Baga",
   "militants seized Balad") is a place in locative context when the gazetteer knows it
   by its own name as a town or village, or by another name as a city (15,000+ people:
   the English name of a town GeoNames names otherwise, "Government forces recaptured
   Palmyra" is Tadmur, Syria; "shelled Kharkov" is Kharkiv), and it is no one's: not a
   word that may be a person's name ("attacked Smith"; but what is shelled, bombed,
   besieged, retaken, evacuated, fled or withdrawn from is no person: "shelled Lyman" beside a
   commander "Serhiy Lyman" is the town), not part of a longer name
   ("attacked John Kelly"), not an organisation the knowledge base knows ("attacked
   MONUSCO"), and not under a model's PERSON/ORG guess unless the guess is the name
   alone ("seized Balad") or swallowed the verb too ("army retook Kidal": no
   organisation is named so);
9. a town under 100,000 people whose one-word name is an ordinary English word ("in
   God", "on Hill 402", "spoke in English", "at a Taco Bell") or opens the name of a
   body ("the Supreme Court", "the Parachute Regiment"), when it is the best reading, is
   a place only inside a first-level region the article places something else in (or,
   where it places things in no region of the town's country, inside a country it names:
   "fought for control of Sake" in a report on Congolese troops), or where a dateline, a
   type word or the region written after it names it ("Supreme, Louisiana"): such words
   name places far less often than they say something else; a town's name after a
   demonym in one name ("the Dagestani Battle Group") is no place at all, nor is the
   second name of a hyphenated compound a town under 100,000 people outside the
   countries of its first name's places ("Miami-Dade Fire Rescue" names no Dade in
   China; "Watertown-Mayer" joins two Minnesota towns), nor is one word after "the"
   that the gazetteer knows only as another name of a town under 100,000 people ("took
   the priests out to the Garden", read as Hawarden): towns take no article;
10. "America" right after a capitalised word ("Club America", "Reserve America",
   "Accessible America Competition"), as businesses, clubs and contests write it, is
   their brand, no country; "North America", "Latin America", "the United States of
   America" are whole names of their own, a function word before it ("To America", "In
   America") leaves it the country, and so does an institution's "of" ("United Way of
   America": a body of the country, as "Bank of Canada" is).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.geo.candidates import Run
from sitrep.geo.context import PREPOSITIONS, pronoun_after, speaks_after
from sitrep.geo.names import same_spelling
from sitrep.geo.scoring import is_capital
from sitrep.ingest.truecase import common_word
from sitrep.kb.gazetteer import Place
from sitrep.pipeline.document import Document

#: a place at or above this confidence was named in locative context ("in Syria"); below
#: it only the name spoke ("Russia said"), so the actors stage may take it as an actor.
LOCATIVE_CONFIDENCE: Final = 0.7
#: a name placed in a country by the text but found in no gazetteer row there (rule 7).
KEPT_CONFIDENCE: Final = 0.8
#: a name in locative context resolved by its own spelling with a clear margin (rule 7):
#: every doubt (a rival, another spelling, a guessed type) resolves below it.
OUTRIGHT_CONFIDENCE: Final = 0.9
#: features a toponym may name with no locative context at all.
_SELF_EVIDENT: Final = frozenset({"country", "region", "natural", "admin1"})
#: a city at least this big may be named alone even where a model guessed PERSON.
_HUGE_CITY: Final = 1_000_000
_BIG_CITY: Final = 100_000
#: a model's guesses that a name is someone's, a person's or a body's: rule 3 holds both
#: to the same bar, the label a model happens to give being no cue of the text's
_NAMED_BEINGS: Final = frozenset({"PERSON", "ORG"})
#: a town of the home region at least this big may be named alone (rule 3).
_HOME_TOWN: Final = 1_000
#: a name telling the police or investigators something is a witness or victim: a
#: government speaks through statements, never to detectives (rule 3).
_TOLD_AUTHORITIES: Final = re.compile(
    r"\s+told\s+(?:the\s+)?(?:police|detectives|investigators|officers|deputies|troopers)\b"
)
#: countries whose place names are written in English: no transliteration variants.
_ENGLISH_NAMED: Final = frozenset({"US", "GB", "IE", "CA", "AU", "NZ"})


#: rule 10: the word before a brand's "America" ("Club", "Reserve").
_BRAND_BEFORE: Final = re.compile(r"\b([A-Z][\w'’&-]*)\s+$")
#: words before "America" that make a region of it, or leave it the country (rule 10).
_AMERICA_REGIONS: Final = frozenset(
    {"north", "south", "central", "latin", "middle", "united", "states", "all"}
)


def brands_america(text: str, start: int, end: int) -> bool:
    """Rule 10: "America" closes a business's, club's or contest's name ("Club
    America", "Reserve America"), not the country's."""
    if text[start:end] not in ("America", "América"):
        return False
    found = _BRAND_BEFORE.search(text[max(0, start - 30) : start])
    if found is None:
        return False
    word = found.group(1).lower()
    return word not in _AMERICA_REGIONS and word not in STOP_WORDS and word not in PREPOSITIONS


@dataclass(frozen=True)
class Evidence:
    """What the text says about a name besides its words."""

    run: Run
    #: the name is only part of a longer capitalised run ("Mary" in "Mary Jackson")
    partial: bool
    #: a PERSON/ORG span no knowledge base linked that overlaps the name (a guess)
    guess: tuple[int, int, str] | None
    #: the name may be a person's name (sitrep.geo.persons): a town only with context
    personal: bool = False
    #: the name is joined by a hyphen to another place's name ("the Washington-Moscow
    #: route", "Logan-Rogersville students"): each names a place (candidates rule 13)
    paired: bool = False
    #: the name is the surname of a person the article names in full ("Carlow" after
    #: "Investigator Bill Carlow"): only a preposition of position places it
    surname: bool = False

    @property
    def plain(self) -> bool:
        """The name stands alone: no longer run, no person's name, no model's guess."""
        return not self.partial and not self.personal and self.guess is None

    @property
    def strict(self) -> bool:
        """Whether the name needs locative context (an entity or a partial run)."""
        return (self.run.entity and not self.run.guessed) or self.partial


def stands_alone(ev: Evidence, start: int, end: int) -> bool:
    """The name at `start`-`end` stands alone, no person's name, whatever a model
    guessed over exactly it: where the text gives a place cue ("Crews from Cornwall"), a
    model's PERSON or ORG label over the name alone is no evidence against it."""
    whole = ev.guess is None or (ev.guess[0], ev.guess[1]) == (start, end)
    return not ev.partial and not ev.personal and whole


def self_evident(best: Place, evidence: Evidence, subnational: frozenset[str]) -> bool:
    """Rule 2: a state or region by its own name."""
    if best.feature not in _SELF_EVIDENT or best.matched != "name":
        return False
    return not (evidence.strict and best.feature == "admin1" and best.country not in subnational)


def accept_bare(
    doc: Document,
    start: int,
    end: int,
    best: Place,
    ev: Evidence,
    home: str | None = None,
    present: frozenset[str] | None = None,
) -> bool:
    """Rule 3: which names may stand alone as toponyms without context; `present` are
    the countries the article is in besides this name."""
    if ev.personal or _TOLD_AUTHORITIES.match(doc.text, end):
        return False  # "Sofia told police she had been attacked": a witness, no city
    population = best.population or 0
    if best.matched != "name":
        # a big city's other spelling that a model also took for a place ("Al Ubayyid")
        big_city = best.feature == "city" and population >= _BIG_CITY
        return best.matched == "alias" and ev.run.guessed and ev.guess is None and big_city
    # a capital letter opening a sentence says nothing: "Mobile phones", "Reading is
    # fun", "Keller has considered" (a surname); but a national capital or a city of 1M+
    # that is no ordinary word opens one as itself ("Washington is already reacting");
    # not before a verb of saying or a personal pronoun, as a person does ("Sofia says
    # she had been", "Washington thanked his family")
    sentence_initial = any(s.start == start for s in doc.sentences) and not (
        (is_capital(best) or population >= _HUGE_CITY)
        and not any(common_word(word) for word in doc.text[start:end].split())
        and not speaks_after(doc.text, end)
        and not pronoun_after(doc.text, end)
    )
    # local news names its home region's towns alone ("Parkers Prairie" in Minnesota news;
    # "Organisers said Osakis would host it", whatever a model took the town for)
    local = best.admin1_code == home and home is not None and population >= _HOME_TOWN
    if ev.guess is not None:
        g_start, g_end, label = ev.guess
        whole = (g_start, g_end) == (start, end)
        # "Moscow" guessed a PERSON alone; never "Jackson" in "Michael Jackson"
        if not whole:
            return False
        if local and not sentence_initial:
            return True
        if label in _NAMED_BEINGS:
            # "ignored for years by Washington": a national capital of a country the
            # article is in stands for its government, whatever its size; whether a
            # model took the name for a person or a body, the text gave no place cue
            capital = is_capital(best) and best.country in (present or ())
            return capital or (best.feature in ("city", "admin2") and population >= _HUGE_CITY)
        return best.feature in ("city", "admin2") and population >= _BIG_CITY
    if ev.run.guessed:
        # a model's LOC/GPE span: a known populated place or county by its own name; a
        # town abroad only when big ("Dade" of "Miami-Dade" is no town in China)
        abroad = bool(present) and best.country not in (present or ())
        if abroad and best.feature in ("city", "village") and population < _BIG_CITY:
            return False
        return best.feature in ("city", "village", "admin1", "admin2") and population >= 1_000
    if ev.strict:
        return False
    big = best.feature in ("city", "admin2") and population >= _BIG_CITY
    # "cristiani and ponce" in a Salvadoran report: no Ponce, Puerto Rico, alone
    big = big and (population >= _HUGE_CITY or not present or best.country in present)
    return (big or (local and ev.plain)) and not sentence_initial


def named_elsewhere(
    best: Place,
    ev: Evidence,
    name: str,
    named: frozenset[str],
    home: str | None = None,
    opening: bool = False,
    leaning: str | None = None,
    inside: frozenset[str] = frozenset(),
    sole: bool = False,
) -> bool:
    """Rule 4: the same name was accepted in locative context elsewhere in the article.

    `opening`: the name opens the longer run it is part of ("Dublin" of "the Dublin
    Veterans Project"); `home` is the article's home region, `leaning` the region it
    leans to (sitrep.geo.focus rules 3 and 7), `inside` the countries it places towns
    or counties in besides this name; `sole`: it places no town, county or region by
    another name."""
    if name not in named or ev.personal or best.matched == "skeleton":
        return False
    if ev.partial and not (opening and _town_heading(best, ev)):
        return False
    if best.feature == "village" and (
        best.matched != "name" or not _village_recalled(best, home, leaning, inside, sole)
    ):
        # small places share their names with people ("Jones", "Webb"): context each time,
        # unless the village lies in the article's home region, or in the region it
        # leans to with a name of words no person's name has ("Mt. Pleasant")
        return False
    # a model's guess over more than the name ("Nelson Mandela") is not this name
    return ev.guess is None or ev.guess[1] - ev.guess[0] == len(name) or ev.guess[2] != "PERSON"


def _village_recalled(
    best: Place, home: str | None, leaning: str | None, inside: frozenset[str], sole: bool
) -> bool:
    """Rule 4: a village named in context elsewhere is the village wherever it stands
    alone when it lies in the article's home region, or bears a name of several words
    in the region the article leans to, or lies in a country the article places other
    towns in, or the article places no other town (the village is the story's own
    place: "Whitestown invited all donors" after "water lines in Whitestown"), and bears
    a name that is no ordinary English word ("visited the Pewaukee monastery" after "a
    monastery in Pewaukee"; the person's names that villages share, "Jones", "Webb",
    never stand alone so: sitrep.geo.persons)."""
    if best.admin1_code is None:
        return False
    if best.admin1_code == home or (" " in best.name and best.admin1_code == leaning):
        return True
    return (sole or best.country in inside) and not common_word(best.name)


def _town_heading(best: Place, ev: Evidence) -> bool:
    """Rule 4: a town or county the article places, opening a longer name that is no
    person's ("Dublin Recreation Services Director", "Gainesville VFW Post"): bodies and
    businesses are named after the town they serve."""
    person = ev.guess is not None and ev.guess[2] == "PERSON"
    return best.feature in ("city", "admin2") and not person


#: the first word after a name: an acronym ("VFW", "H.S.") or a word ("Recreation").
_NEXT_WORD: Final = re.compile(r"\s+(?P<word>[A-Z](?:\.?[A-Z])+\.?|[A-Z][A-Za-z]*)")


def next_word(text: str, end: int) -> str | None:
    """The capitalised word right after a name, if one follows."""
    match = _NEXT_WORD.match(text, end)
    return match.group("word") if match else None


def heads_a_body(text: str, end: int) -> bool:
    """Rule 4: the word after the name is an acronym or an ordinary English word ("Dublin
    Recreation", "Gainesville VFW", "Stonington H.S."), as in the name of a body or
    business, not a surname ("Nelson Mandela", "Nelson Chamisa")."""
    word = next_word(text, end)
    if word is None:
        return False
    return (word.replace(".", "").isupper() and len(word) >= 2) or common_word(word)


def given_name(text: str, ev: Evidence, start: int, end: int, region_after: bool) -> bool:
    """Rule 1: a name opening a longer capitalised run before a word that is neither
    ordinary English nor an acronym is a given name before a surname ("the administration
    of George Bush", "a delivery from Linda Wasserman", "a win over Brad Falde"): a
    preposition before it governs the person, not a place; unless that word names a
    first-level region or country (`region_after`: "in Maiduguri Borno State")."""
    opening = ev.partial and ev.run.start == start
    return opening and not region_after and not heads_a_body(text, end)


#: rule 8: verbs done to places only, never to a person: "shelled Lyman" is the town
#: though a "Serhiy Lyman" speaks in the article.
_PLACE_VERB: Final = re.compile(
    r"(?:shell|bomb|bombard|besieg|overr|retak|retook|recaptur|liberat|pound|evacuat|fle|"
    r"withdr|retreat|pull)"
)


def attack_target(
    best: Place, ev: Evidence, start: int, end: int, verb: int, text: str = ""
) -> bool:
    """Rule 8: the name after a conflict verb starting at `verb` is the town fought over."""
    if best.feature not in ("city", "village") or not _own_or_known_name(best):
        return False
    personal = ev.personal and _PLACE_VERB.match(text, verb) is None
    if ev.partial or personal or ev.run.org:
        return False
    if ev.guess is None:
        return True
    g_start, g_end, _ = ev.guess
    return (g_start, g_end) == (start, end) or (g_start <= verb and g_end == end)


def _own_or_known_name(best: Place) -> bool:
    """Rule 8: the place's own name, or another name of a city (15,000+ people): the
    English name of a town written otherwise ("Palmyra" for Tadmur)."""
    return best.matched == "name" or (best.matched == "alias" and best.feature == "city")


def skeleton_allowed(best: Place, cue: bool, countries: frozenset[str]) -> bool:
    """Rule 5."""
    if best.matched != "skeleton":
        return True
    return cue and best.country in countries and best.country not in _ENGLISH_NAMED


def doubtful_town(
    place: Place, body: bool, written: str, regions: frozenset[str], countries: frozenset[str]
) -> bool:
    """Rule 9: a town under 100,000 people named by one ordinary English word ("in God",
    "on Hill 402", "spoke in English", "a Taco Bell"), or opening the name of a body
    (`body`: "the Supreme Court", "the Parachute Regiment"), is no place outside the
    first-level regions the article places things in (`regions`), or, where it places
    things in none of the town's country, outside the `countries` it names ("fought
    for control of Sake" in a report on Congolese troops)."""
    if " " in written.strip() or not (body or common_word(written)):
        return False
    if place.feature not in ("city", "village") or (place.population or 0) >= _BIG_CITY:
        return False
    if place.admin1_code in regions:
        return False
    own = {code for code in regions if code.split(".")[0].split("-")[0] == place.country}
    return bool(own) or place.country not in countries


def article_before_alias(place: Place, text: str, start: int, end: int) -> bool:
    """Rule 9: one word after "the" that names a town under 100,000 people only by
    another name ("took the priests out to the Garden", read as Hawarden) is a thing:
    towns take no article, save those whose own name holds it ("The Hague")."""
    if " " in text[start:end].strip() or place.matched == "name":
        return False
    small = place.feature in ("city", "village") and (place.population or 0) < _BIG_CITY
    return small and text[max(0, start - 4) : start].lower() == "the "


def joined_abroad(place: Place, first: frozenset[str]) -> bool:
    """Rule 9: the second name of a hyphenated compound ("Dade" of "Miami-Dade") is no
    town under 100,000 people outside the countries of the places its first name
    (`first`) names: compounds join neighbours ("Watertown-Mayer", "Athens-Clarke")."""
    small = place.feature in ("city", "village") and (place.population or 0) < _BIG_CITY
    return small and bool(first) and place.country not in first


def stray_village(place: Place, present: frozenset[str]) -> bool:
    """Rule 6: a village in a country the article is not in is no candidate."""
    return place.feature == "village" and place.country not in present


def other_spelling(best: Place, written: str) -> bool:
    """Rule 7: the place was met by an alternate name spelled unlike its own ("Anbar"
    for Ambar), not by its own name with or without its article ("Anbar", Al Anbar)."""
    return best.matched == "alias" and not same_spelling(best.name, written)


def confidence(cue: bool, margin: float, best: Place, evidence: Evidence, written: str) -> float:
    """Rule 7: LOCATIVE_CONFIDENCE splits the two: with context >= 0.7, without <= 0.6.

    `written` is the name as the text spells it."""
    value = (OUTRIGHT_CONFIDENCE if cue else 0.6) - (0.2 if margin < 1.0 else 0.0)
    if best.matched == "skeleton" or other_spelling(best, written):
        value -= 0.1
    value -= 0.1 if evidence.guess is not None else 0.0
    # in locative context the name is a place: only which place, or what kind, is less sure
    return round(max(value, LOCATIVE_CONFIDENCE) if cue else value, 2)
