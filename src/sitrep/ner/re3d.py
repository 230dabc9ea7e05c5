"""Score sitrep's own mentions on re3d: run the stages on each sentence, map to re3d's types.

sitrep's entity recogniser is the knowledge and patterns of the entities stage plus the
statistical model, and its times and numbers come from the timex and quantities stages.
re3d (ConfliBERT's split) annotates differently from sitrep's output contract, so this
adapter translates, with general rules chosen on re3d train and dev only:

1. Each CoNLL sentence becomes text by joining its tokens as news text ("6,602", "1.1bn",
   "U.S.-led", but "May 6, 2016": a comma joins digits only before a three-digit group);
   the token offsets are kept so every character span maps back to gold token indices.
2. The segment, timex, quantities, entities and places stages run over that text (anchor
   date fixed: values do not matter here, only spans).
3. Entity labels map to re3d types: PERSON -> Person; ORG, ARMED_GROUP -> Organisation;
   GPE, LOC, FACILITY -> Location; NORP -> Nationality; WEAPON -> Weapon; PLATFORM ->
   MilitaryPlatform. OPERATION has no re3d type: its span, and any "Operation" name
   (even one the actor knowledge base ties to a coalition), is held out of every type
   (the model may not claim "Operation Inherent Resolve" as an Organisation either).
4. re3d codes a state that acts ("France said", "the UK's") as an Organisation and a
   state as a place ("in Syria", "northern Syria") as a Location: a GPE right after a
   preposition (or coordinated with one: "in Syria and Iraq") or a compass word is a
   Location; any other state is an Organisation, except a maker: a state joined to
   "-made" or "-built" ("Jordan-made goods", "US-built jets") is a Nationality, as a
   demonym there is ("Russian-made tanks", rule 11). The places stage's gazetteer toponyms
   (towns, regions, seas) are Locations too, with the words re3d keeps around them
   ("Idlib province", "the city of Mosul", "Gulf of Aden"; see `sitrep.ner.re3d_places`).
   A place and the state or first-level region after its comma are one Location
   ("Palmyra, Syria", "Cibolo, Texas"), whichever source found each part, unless they
   belong to a list ("Iran, Turkey, Lebanon"). Names listed with a named place that
   "in", "near", "from" or a like preposition opens are places too, where nothing else
   claims them ("in Qamenas, Sarmin and Talamenes"); the list must close with "and" or
   "or" ("In Aleppo, Karim said" lists nothing). The holder before a place belongs to it
   ("insurgent-held Karabilah", "ISIL-held Mosul", as "ISIL-held buildings"). A one-word
   place name that qualifies the noun after it leaves that noun's "the" ("the Paris
   meeting": "Paris"), unless the knowledge writes the name with it ("the Netherlands").
5. re3d spans include a leading "the" for organisations ("the SDF") and the role before
   a person's name ("Foreign Secretary Philip Hammond"): both are added back. A person
   named with a title so leads with the model's names (rule 10: "Col. Travis Caughlin"
   over the model's "Travis Caughlin"), without a word that opens the sentence ("As
   Deputy Secretary ...") or a possessive that closes the name ("Abadi's").
6. re3d annotates pronoun mentions: I/me/myself/he/him/she/her -> Person; we/they ->
   Organisation (their share in train: over 90% for the Person ones, ~70% for we/they),
   whatever type the model gives them ("She" is no Organisation); a possessive determiner
   ("his", "our", "its") is mostly left unmarked, so the model's mention of one alone is
   dropped.
7. Timex mentions -> Temporal, only for specific times: recurrences ("daily") and vague
   references ("recently", "the future", "now") are left out, and a leading preposition or
   qualifier ("at the end of last year", "about two weeks") and a "the" before a date ("the
   13 November attacks") are cut off, while a deictic word just before it joins it ("this
   Thanksgiving"). Quantities -> Quantity, keeping only the number and a unit of measure
   ("two" of "two tactical units", "30 percent", "300 square miles") without its qualifier;
   measures written with digits or a number word ("6km", "four miles") are quantities too;
   numbers that state no amount are left out: a known pair ("the two leaders", "our two
   countries"), a ratio ("24/7"), a range of years ("1977-1979") and a radio frequency
   ("12130 MHz"); a quantity inside a Money or DocumentReference span, a citation mark
   ("[1]"), a coordinate ("33° 30′"), a number that ends a name ("Task Force 50"), the
   partitive "one of" and a lone "one" (nearly always a determiner: "one strike destroyed")
   are dropped; a range or an approximate count is one quantity ("15 to 20 percent", "tens
   of thousands"); a number that opens a mention of people or a place stays a Quantity of
   its own, and that mention gives way to it ("60" of "60 civilians were killed", "two" of
   "two bridges"): re3d train codes the count apart (22 times) more often than inside the
   mention (16), and on fair train folds keeping the model's counted mentions scored lower
   on every fold.
8. Money by pattern: a currency sign or currency word with its number, without a
   qualifier ("$ 5 million" of "nearly $ 5 million", "two Jordanian dinars"), and the
   nouns that name money itself ("money", "wages", "the salaries"; not "money laundering").
   DocumentReference by pattern: resolutions, executive orders and similar numbered
   instruments ("UN Security Council Resolution 2254", "resolution 2254", "Chapter two",
   "section 119.3 of the Criminal Code", "Article 5 of the NATO treaty", "Council
   Regulation (EU) No 36/2012"), an Act named by its title ("the Charter of the United
   Nations Act 1945"), permits after "the" or their kind ("work permits"; not the verb:
   "the law permits"), and a document named by its kind (a capitalised "Convention" too:
   "the Chemical Weapons Convention"; and a treaty or charter a capitalised title heads:
   "the Rome Statute", "the Minsk Protocol", "the Jeddah Declaration", "the UN Charter",
   "the Abraham Accords" (an agreement no name qualifies, "the agreement on 2 December", is
   the deal struck, not a document); an ordinal or "latest" may qualify it: "the
   Mechanism's fourth report"; one its release date singles out is a particular one
   too: "a report released on Thursday", the date a time of its own)
   after "the", a name or a possessive ("the report", "the Minsk agreements", "the Board
   of Inquiry's report") or after "a" and a modifier, which the mention starts with ("Nov.
   24 statement" of "a Nov. 24 statement"), with its title or date after "of" ("the Book
   of Revelation"); a bare plural ("reports"), "a report" alone (no particular one) and
   "this report" (pointing back) are too vague, and a statement headed by its speaker's
   role ("Foreign Secretary statement") names the person, not a document (a possessive
   keeps it one: "the Prime Minister's statement").
9. Overlapping spans: the leading source wins (rule 10), then the longest, then the
   earlier rule.
10. The statistical model's own Person, Organisation and Location spans (on the
    document's tokens) join the candidates; its times, numbers, money, documents,
    nationalities, weapons and platforms do not: the pattern rules decide those types (on
    re3d dev and the four cross-validation folds of train, each scored with a model that
    never saw it, the model's own spans of them were mostly wrong: 6 right of 41).
    Candidates are chosen in three tiers: first the rule spans of the pattern types,
    which are precise and keep the model from claiming "a million" or "several rockets"
    as a name; then the model's names, since it learnt re3d's
    conventions for names (a leading "the", the role before a name, nominal mentions such
    as "the town"), together with the organisations the actor knowledge base names
    exactly; last the other rule name spans, which fill gaps. Chosen on re3d dev with a
    train-only model: the model alone and rules-first both scored lower. A model name never
    ends in a function word or a time ("Mosul district under the"); a demonym right before
    a model place or group opens it, with its "the" ("the Iraqi" + "city of Mosul"), as
    rule 12 codes a demonym qualifying a place or a body; a model place cut short
    before its head noun takes it ("the Mezzeh military" + "airport") and the compass word
    before it ("western" + "Mosul"), one cut inside a name a place type word closes is that
    name ("northern Salah" of "northern Salah ad Din Province"), as is one cut inside a
    toponym the places stage found ("Raqqah" of "Ar Raqqah"), and a model group the "of"
    phrase that names it ("the families" + "of the victims"), a model group that ends in a
    noun for one person is that Person ("Central Command spokesman") and one that ends in a
    noun for a place that Location ("Idlib province", "the compound", "the Gaza Strip"); a
    model group headed by a noun for people or a body takes the word before it that
    describes its people ("senior Iraqi officials", "innocent people"; not "many"); a model
    person headed by a noun for a body or a place is that body or place ("The Foreign
    Office"), and one headed by a lower-case noun for a thing is none ("a UN-brokered
    truce"), and a model place headed by a role noun is that person ("the British
    ambassador"); a model name headed by a document's kind with the phrase that says
    which is that DocumentReference ("a report on the human rights situation in Syria");
    a model group or person that a place noun and its name in apposition end is that
    place ("The Sudanese capital Khartoum", "the Jordanian city of Ramtha"; and so are a
    place noun and the name right after it, whichever rules found them: "the Yemeni
    capital" + "Sanaa"), a name read
    as a place that an apposition describes as one person is that Person ("said Moore, a
    spokesman for the agency", though a town is named Moore), and a model place that a
    "-based" place
    qualifies is a body ("a Britain-based monitor"; not "a Qatar-based air base");
    a state the model calls a person is typed by rule 4 ("a visit to
    Uzbekistan"); a model name ends before a trailing adverb or a "who" clause ("The two
    men first met", "the Syrians who fought"); a named place and the named place "in",
    "outside" or "near" sets it in are a mention each ("Amiens in France"); a demonym or
    people word inside a name the knowledge bases know is part of it ("The Kurdish-led
    Syrian Democratic Forces"); a model place or
    group that a speech verb opens and a stop closes is a Person ("said Burns."), unless the
    places stage or the actor knowledge base knows it; two states a hyphen pairs and
    writings of a coordinate a slash separates are a mention each ("UK-France
    relationship", "33°47′N 44°30′E / 33.783°N 44.500°E"); a model name that ends in a
    demonym qualifying the noun after it gives way to the demonym rules ("The Syrian" of
    "The Syrian capital"); a model noun phrase with an article and no name after a copula
    is a predicate, not a mention ("Hibhib is a village"), a model place that names qualify
    and a noun for people or a body heads is none ("The jihadist group", "Iraqi
    television"), and a model place in lower case is one only where a noun for a place ("a
    courthouse", "the tunnel entrance", "a VBIED factory") or "here" or "there" heads it:
    headed by another noun it names people ("the very best people", "this hero") or a
    thing or a time ("the minimum wage", "the outset"); a model name of
    function words alone ("The" of "The company makes") names nothing. A weapon or
    platform the entities stage found without the knowledge base is no arms where it
    qualifies the noun after it ("the aircraft carrier", "a bomb disposal
    team"), where common arms nouns are capitalised inside a name ("the Prohibition of
    Chemical Weapons") or where it is a bare number ("2015"); such a weapon holds a word
    for arms, an attack noun, a name or a designator (not "refugee populations",
    "shipments" of "weapons shipments"), and such a platform ends in a platform's head or
    a name (not "a U.S. strike", "air defences shot"). The gazetteer's places rank with
    the other rule names (the model's own places scored higher ahead of them), but a name
    that a place type word closes or opens ("Tiyas Military Airfield", "the Ishtar Gate")
    ranks with the model's names, as the actor knowledge base's organisations do. An
    "Operation" name is held out of every type (rule 3).
11. re3d marks generic arms, not only catalogued names: weapon nouns with their modifiers
    and calibre ("chemical weapons", "small arms", "120mm mortar rounds", "car bomb", "an
    anti-ship missile", also where one opens a sentence: "Weapons and ammunition",
    "artillery systems", "such weapons", "other military hardware", "pistols", "tear gas",
    "howitzers", "knives", "rubber bullets", "live ammunition", "artillery pieces",
    "multiple rocket launchers", "suicide car bombs"; not "mortar team", "mortar
    positions", "VBIED factory", "arms embargo", "missile sales", "bomb disposal" or
    "missile defence") are Weapon, and
    so is a catalogued launcher named with the rounds it fires ("Grad rockets"), with the
    indefinite article re3d keeps before a common noun ("a heavy machine gun"; not "a VBIED"
    or the "a" of "a mortar attack"), military vehicles, aircraft and ships with the force
    they belong to ("tanks", "remotely piloted aircraft", "armored vehicles", "armoured
    cars", "infantry fighting vehicles", "ISIL
    vehicles", "U.S.-led coalition aircraft", "attack helicopters", "naval vessels",
    "military trucks", "missile defence systems"; not "think tank", "cargo ships", "suicide
    bombers", "a tank battalion", the "tank" of an "ISIL-held tank" or of "Russian-made
    tanks" alone: a maker is a Nationality) are MilitaryPlatform, with the "the" before a
    common noun ("seized the tanks"), a force named in several words or demonyms listed
    before it ("Nigerian Air Force jet", "Russian and Syrian jets"; never a count: "Two
    fighter planes" gives "fighter planes"), and so are ships with a navy prefix ("HMS
    Daring", without the class before it: "the frigate HMS Daring"), a designator with its
    popular name ("KC-135R Stratotanker"), a catalogued name with its class noun ("MiG-29
    fighters", "S-400 air defence systems"), a weapon or platform counted by "a single" with
    it ("a single aircraft") and each aircraft role in a list ("bomber, fighter and remotely
    piloted aircraft": three platforms, re3d's usual coding; "attack" alone there reads as
    the event and is left out). "strike(s)" is left out: re3d marks it only now and then.
12. A Nationality is a demonym the knowledge base knows or a word for a faith, a people or
    a language (the model's other NORP mentions, "Europe", "Hamlet", are none). re3d's
    Nationality also holds religious and ethnic groups ("Yazidi", "Shia Arab",
    "Muslims") and languages ("written in Kurdish and Arabic", "the Kurmanji dialect"), and
    demonyms that "and" lists are read together ("Russian and Iranian support": two
    Nationalities; "Iraqi and Syrian refugees", "American and British officials": one
    Organisation), whatever tagged them (a list of demonyms alone is never a body's name,
    so the actor knowledge base's demonyms join the list where another stage has put one
    inside a body: "British officials"), and only where the word
    qualifies an event or a thing ("the Syrian conflict", "an Israeli missile strike"); one
    that opens a name or role ("Iraqi Prime Minister") or describes a person ("a senior
    Iraqi general") is not a Nationality, and one that qualifies people, a body or a place
    makes one Organisation or Location with it ("Iraqi state television", "an Arab
    audience", "the Turkish frontier"); the same people nouns extend an organisation's name
    ("ISIL fighters"). See `sitrep.ner.re3d_phrases`.
13. Fallbacks for the model's names (`sitrep.ner.re3d_phrases`): a coalition named by its
    kind is an Organisation ("the U.S.-led coalition", "Coalition military forces"), and
    so is a group that a name with a stance prefix qualifies ("the counter-ISIL
    coalition", "anti-Hezbollah fighters": not the named group's own people); one person
    counted out of a noun for people is a Person ("one child", "one of our brave service
    members"), ranked with the model's names; a
    person, a body or a place named by a noun, with its article and a naming "of" phrase,
    is a Person, an Organisation or a Location ("A police officer", "the regime", "the
    government of Iraq", "the river"), unless it is a predicate ("he was a commander"); a
    body or place a name owns is one mention with it ("Assad's brutal regime", "ISIL's
    self-proclaimed capital"), and so is a place a group's name holds or qualifies, as a
    Location ("an ISIL-held building", "a Peshmerga frontline position").
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import astuple, dataclass
from typing import Final

from spacy.tokens import Doc, Token

from sitrep.coref.lexicon import ROLE_NOUNS
from sitrep.geo.context import PREPOSITIONS
from sitrep.geo.names import DETERMINERS
from sitrep.geo.persons import packaged_names
from sitrep.ingest.truecase import common_word
from sitrep.kb.actors import fold
from sitrep.kb.weapons import DESIGNATOR
from sitrep.model import make_article
from sitrep.ner.corpus import Sentence
from sitrep.ner.model import NerModel
from sitrep.ner.re3d_phrases import (
    STOP_WORDS,
    coalition_mentions,
    community_mentions,
    demonym_mention,
    group_phrase_end,
    held_place,
    identity_words,
    is_predicate,
    known_demonyms,
    language_mentions,
    names_a_body,
    names_a_place,
    names_one_person,
    nominal_mentions,
    noun_kind,
    one_person_mentions,
    possessed_group_end,
    with_of_phrase,
)
from sitrep.ner.re3d_places import (
    LOCATIVE_PREPOSITIONS,
    is_place_head,
    is_place_use,
    named_places,
    place_mentions,
    regions,
    with_compass,
    with_determiner,
    with_place_head,
)
from sitrep.pipeline.document import Document
from sitrep.pipeline.stage import Stage
from sitrep.pipeline.stages.entities import verb_like
from sitrep.pipeline.stages.roles import TITLE, role_before
from sitrep.quotes.subjects import AUXILIARIES

#: (token start, token end exclusive, re3d type)
TokenSpan = tuple[int, int, str]

ANCHOR_DATE: Final = "2017-01-01"

LABEL_TO_RE3D: Final[dict[str, str]] = {
    "PERSON": "Person",
    "ORG": "Organisation",
    "ARMED_GROUP": "Organisation",
    "GPE": "Location",
    "LOC": "Location",
    "FACILITY": "Location",
    "NORP": "Nationality",
    "WEAPON": "Weapon",
    "PLATFORM": "MilitaryPlatform",
    "OPERATION": "",
}

_CLOSERS: Final = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "%"})
_OPENERS: Final = frozenset({"(", "[", "$", "£", "€"})
#: tokens that join their neighbours without spaces ("U.S.-led", "al-Qaeda", "Da’esh")
_JOINERS: Final = frozenset({"-", "–", "’", "'", "/"})
_PERSON_PRONOUNS: Final = frozenset(["i", "me", "myself", "he", "him", "she", "her"])
_ORG_PRONOUNS: Final = frozenset(["we", "they"])
#: possessive determiners: re3d leaves them unmarked far more often than not (train: "his"
#: 3 of 15, "our" 5 of 39, "their" 4 of 38, "its" 2 of 36), so a model mention of one
#: alone is dropped (rule 10). Not `geo.names.DETERMINERS` on purpose: that list holds
#: what may open a place's name ("Another Gainesville", "their Kabul"), quantifiers and
#: demonstratives too, and no "my"/"your"; this one only possessives a model may mark by
#: themselves, without "her", which is also the object pronoun re3d marks as a Person
#: ("police told her": `_PERSON_PRONOUNS`).
_POSSESSIVE_DETERMINERS: Final = frozenset(["my", "his", "its", "our", "their", "your"])
_QUALIFIER: Final = re.compile(
    r"(?:more than|over|about|around|approximately|nearly|almost|roughly|some|up to|"
    r"fewer than|less than|under|an estimated) ",
    re.I,
)
#: rank of organisations named exactly by the actor knowledge base (rule 10).
_KNOWN_RANK: Final = 0
#: rank of the model's raw predictions (rule 10).
_MODEL_RANK: Final = 9
#: re3d types whose spans the model decides (rule 10): it learnt re3d's conventions for
#: names (determiners, roles, nominal mentions); the rules alone decide the other types.
_MODEL_LEADS: Final = frozenset({"Person", "Organisation", "Location"})
_FUNCTION_WORDS: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "from",
        "by",
        "for",
        "with",
        "under",
        "and",
        "or",
        "that",
        "which",
        "who",
    ]
)
#: verbs that are never a noun, after which a name never goes on ("The bridges were hit")
_AUXILIARY_VERBS: Final = frozenset(["is", "was", "were", "are", "has", "had", "have", "will"])
#: pronouns, which a participle never qualifies: a past tense before one is a verb
_PRONOUNS_AFTER_VERBS: Final = frozenset(
    ["i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them"]
)
#: relative words that open a clause about the noun before them ("the site where ...")
_CLAUSE_OPENERS: Final = frozenset(["where", "which", "who"])
#: adverbs that follow a name in a clause and never end one ("The two men first", "Da'esh
#: so", "US Special Operations inside")
_ADVERBS_AFTER_NAMES: Final = frozenset(
    ["so", "first", "already", "also", "still", "now", "then", "inside", "too", "again"]
)
#: words that open a new clause; a name never ends in one, so a model name that runs on
#: into one ran past its end ("Artillery shelled Hamadiya, while residents fled")
_CONJUNCTIONS: Final = frozenset(
    ["while", "whereas", "although", "though", "because", "but", "when", "whose", "as", "if"]
)
#: a possessive inside a phrase ("the Board of Inquiry's report")
_POSSESSIVE_MARK: Final = re.compile(r"['’]s?\b")
#: a possessive that closes a name ("Prime Minister Abadi’s recent call")
_POSSESSIVE_END: Final = re.compile(r"['’]s?$")
#: a slash between two writings of a coordinate ("44 ° 30 ′ E / 33 . 783 ° N")
_ALTERNATIVE: Final = re.compile(r"(?<=[NSEW°′″]) ?/ ?(?=\d)")
#: two names a hyphen pairs ("UK-France")
_STATE_PAIR: Final = re.compile(r"([A-Z][\w.]*) ?- ?([A-Z][\w.]*)")
#: a speech verb right before a name that ends its clause ("said Burns.")
_SPEECH_BEFORE: Final = re.compile(r"\b(?:said|says|added|adds|explained|wrote|asked) $")
#: one to three capitalised words, with an abbreviated title ("Mr Colville", "Russell")
_NAME_UNTIL_STOP: Final = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}")
_TIME_PREPOSITION: Final = re.compile(r"(?:at|on|in|for|during|by) ", re.I)
#: "the" before a date determines the noun after it ("the 13 November attacks", "the 2003
#: invasion"): it is not part of the time
_THE_BEFORE_DATE: Final = re.compile(r"(?:the|The) (?=\d|[A-Z])")
#: a deictic word just before a time belongs to it ("this Thanksgiving")
_DEICTIC_BEFORE: Final = re.compile(r"\b(?:this|This|last|Last|next|Next) $")
#: timex values that name no specific time ("recently", "the future", "now")
_VAGUE_TIMES: Final = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
_NUMBER: Final = (
    r"(?:\d[\d,. ]*\d|\d|(?:one|two|three|four|five|six|seven|eight|nine|tens?|eleven|"
    r"twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|"
    r"thousands|millions|billions|dozens|a few)\b)"
)
_SCALE: Final = r"(?:\s*(?:thousand|million|billion|bn|m)\b)?"
#: currency names, the conflict regions' own among them ("naira", "hryvnias", "CFA francs")
_CURRENCY_WORD: Final = (
    r"(?:dollars?|euros?|pounds?(?: sterling)?|dinars?|riyals?|rials?|lira|liras|rubles?|"
    r"roubles?|yuan|rupees?|shekels?|naira|shillings?|(?:CFA )?francs?|hryvnias?|dirhams?|"
    r"afghanis|kyats?|birr|rand|taka|pesos?|bolivars?|yen)"
)
_MONEY: Final = re.compile(
    rf"(?:[$£€¥]\s*{_NUMBER}{_SCALE}(?:\s+(?:US\s+)?dollars)?|"
    rf"(?:US\s*\$|USD|EUR|GBP)\s*{_NUMBER}{_SCALE}|"
    rf"{_NUMBER}{_SCALE}\s+(?:of\s+)?(?:[A-Z][a-z]+\s+)?{_CURRENCY_WORD})\b",
    re.I,
)
#: nouns that name money itself, with the article re3d keeps before a common noun ("The
#: salaries aren't enough", "smuggling weapons, money and fighters", "it reduced wages"),
#: but not where the noun qualifies another ("money laundering", "wage talks")
_MONEY_NOUN: Final = re.compile(
    r"\b(?:(?:the|The) )?(?:[Mm]oney|[Ww]ages|[Ss]alar(?:y|ies))\b"
    r"(?! (?:laundering|transfers?|supply|markets?|changers?|lenders?|bills?)\b)"
)
_NUMBER_RUN: Final = rf"{_NUMBER}(?:(?:\s*(?:,|-|to|and|or)\s*|\s+of\s+|\s+){_NUMBER})*"
#: a unit of measure after a number ("30 percent", "300 square miles", "6km")
_UNIT: Final = (
    r"(?:\s*%|\s*(?:percent|per cent|square (?:miles|kilometres|kilometers|km)|km|"
    r"kilometres?|kilometers?|miles?|mi|metres?|meters?|m|ft|feet|acres?|tonnes?|tons?|kg|"
    r"kilograms?|litres?|liters?|m3|cubic (?:metres|meters|feet)|hectares?|barrels?|"
    r"gallons?|degrees(?: Celsius| Fahrenheit| C| F)?)\b)"
)
#: the counted part of a quantity: the numbers, with a unit of measure if one follows
_COUNT: Final = re.compile(rf"{_NUMBER_RUN}{_SCALE}{_UNIT}?", re.I)
_UNIT_AFTER: Final = re.compile(_UNIT, re.I)
#: a measure written with digits or a number word and a unit ("6km", "300m", "2.5 million
#: square miles", "four miles", "three metres")
_MEASURE: Final = re.compile(rf"\b(?:\d[\d.,]*|{_NUMBER}){_SCALE}{_UNIT}", re.I)
#: "one of the largest", "one of our partners": a partitive, not a count
_PARTITIVE_ONE: Final = re.compile(r"one of\b", re.I)
#: a coordinate's degrees, minutes or seconds ("33 ° 30 ′")
_COORDINATE: Final = re.compile(r"\s*[°′″]")
#: "the two leaders", "our two countries": a pair already known to the reader, not a count
_PAIR: Final = re.compile(r"\b(?:the|our|their|these|those|both) (?:two|2)\b", re.I)
#: a number in a ratio or a fraction ("24/7", "FEC: 5/6") counts nothing
_RATIO: Final = re.compile(r"\s*/\s*\d")
#: two years joined as a range ("between 1977-1979") are a time, not a count
_YEAR_RANGE: Final = re.compile(r"(?:19|20)\d\d\s*(?:-|–|to)\s*(?:19|20)\d\d\b")
#: a radio frequency ("12130 MHz") is a frequency, not a quantity
_FREQUENCY: Final = re.compile(r"\s*[kMG]Hz\b", re.I)
#: the head of a treaty's or charter's proper name, capitalised as a title ("the Rome
#: Statute", "the Minsk Protocol", "the Jeddah Declaration", "the UN Charter", "the Abraham
#: Accords"): such an instrument is a document, as a Convention is; lower case they are
#: mostly other things ("the protocol for visitors", "a declaration of war")
_INSTRUMENT_TITLE: Final = r"(?:Statute|Protocol|Declaration|Charter|Covenant|Accords?|accords)"
#: the kinds of document re3d names ("report", "Resolution", "news release")
_DOCUMENT_KIND: Final = (
    r"(?:[Rr]eport|[Ss]tatement|[Rr]esolutions?|[Bb]ook|[Mm]anual|[Cc]onstitution|"
    r"[Aa]greements?|[Cc]ommuniqu[eé]|[Cc]hapter|[Mm]agazine|news release|[Tt]reaty|"
    rf"[Dd]ecree|Conventions?|{_INSTRUMENT_TITLE})"
)
#: the head of a model platform: a noun for a craft, a vehicle or a weapons system, or a
#: designator ("KC-135R"); any other last word ends an event ("a U.S. strike") or a clause
#: ("air defences shot"), not a platform (rule 10)
_PLATFORM_HEAD: Final = re.compile(
    r"\b(?:aircraft|\w*planes?|jets?|bombers?|fighters?|helicopters?|gunships?|drones?|UAVs?|"
    r"tanks?|\w*ships?|frigates?|destroyers?|corvettes?|submarines?|\w*boats?|vessels?|"
    r"carriers?|vehicles?|trucks?|bulldozers?|loaders?|bridges?|airlifters?|systems?|"
    r"units?|\d[\w.-]*[A-Za-z][\w.-]*)$"
)
#: a document named by its kind, after a determiner or a name: "the report", "a Nov. 24
#: statement", "the Constitution", "the Minsk agreements" (bare "reports" is too vague, and
#: so are "a report", which names no particular one, and "this report", which points back)
#: right after an indefinite article, which is not part of the mention ("a Defense
#: Department news release", "an Arabic-language manual")
_AFTER_A: Final = r"(?:(?<=\ba )|(?<=\bA )|(?<=\ban )|(?<=\bAn ))"
_DOC_MODIFIER: Final = (
    r"(?:(?:[A-Z][\w.]*|\d+|full|final|new|latest|annual|interim|joint|official|first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[A-Za-z]+-language) )"
)
#: function words that may open a sentence before a document's name ("Under Security
#: Council Resolution 2401"), never part of it; "The" is ("The Geneva Conventions")
_OPENING_WORDS: Final = "|".join(w.capitalize() for w in sorted(_FUNCTION_WORDS - {"the"}))
#: a word that opens a sentence before a role, no part of the person's mention ("As
#: Deputy Secretary of State Antony Blinken announced")
_BEFORE_ROLE: Final = re.compile(
    rf"(?:{_OPENING_WORDS}|As|When|While|But|After|Before|Since|If|Then|So|Also) "
)
#: reports the press publishes are documents even bare ("Recent media reports have
#: speculated", "Press reports said"), as re3d codes "media reports"; the adjective before
#: them ("recent", "local") stays out
_MEDIA_REPORTS: Final = re.compile(r"\b(?:(?:the|The) )?(?:[Mm]edia|[Nn]ews|[Pp]ress) reports?\b")
_DOCUMENT: Final = re.compile(
    rf"\b(?:(?:the|The|its|Its) {_DOC_MODIFIER}{{0,3}}|{_AFTER_A}{_DOC_MODIFIER}{{1,3}}|"
    rf"(?:(?!(?:This|These|That|Those|{_OPENING_WORDS})\b)[A-Z][\w.]* ){{1,3}}|"
    rf"(?:(?:the|The) )?(?:[A-Z][\w.]* (?:of )?){{0,3}}(?:[A-Z][\w.]*|today)[’']s "
    rf"{_DOC_MODIFIER}{{0,2}})"
    rf"{_DOCUMENT_KIND}\b"
    # its title or date after "of": "the Book of Revelation", "the Geneva Communique of 2012"
    r"(?: of (?:(?:the )?[A-Z]\w*(?: [A-Z]\w*)*|(?:19|20)\d\d)\b)?"
)
#: a document named by its kind and the phrase that says which one ("a report on the
#: human rights situation in Syria", "The report by the UN Commission of Inquiry"); the
#: phrase makes even "a report" a particular one (rule 10)
_HEADED_BY_DOCUMENT: Final = re.compile(
    rf"(?:the|The|a|A|an|An|its|Its) {_DOC_MODIFIER}{{0,2}}{_DOCUMENT_KIND} "
    r"(?:on|by|into|about|from) .+"
)
#: a document by its kind and the verb that dates its release, up to the date ("a report
#: released on ", "the statement issued ")
_RELEASED_DOCUMENT: Final = re.compile(
    rf"\b(?:[Aa]n? (?={_DOC_MODIFIER}))?"
    rf"(?P<doc>(?:[Aa]n?|[Tt]he) {_DOC_MODIFIER}{{0,2}}{_DOCUMENT_KIND}|"
    rf"{_DOC_MODIFIER}{{1,2}}{_DOCUMENT_KIND}) "
    r"(?:released|published|issued|made public) (?:on )?"
)
_DOC_REF: Final = re.compile(
    r"\b(?:(?:the|The)\s+)?(?:(?:UN|U\.N\.|United Nations)\s+)?(?:(?:Security )?Council\s+)?"
    r"(?:(?:[Rr]esolutions?|Executive Order|Directive|Decree|Law|Act|[Aa]rticle|[Cc]hapter|"
    r"[Ss]ection|Protocol|Regulation|Decision)\s+(?:\([A-Z]+\)\s+)?(?:No\.?\s*)?"
    r"\d[\d./-]*[A-Z]*(?:\s+(?:and|,)\s+\d[\d./-]*)*|"
    r"(?:Article|Chapter|Section) (?:one|two|three|four|five|six|seven|eight|nine|ten)|"
    # an Act named by its title, with its year: "the Charter of the United Nations Act 1945"
    r"(?:[A-Z][\w'’-]*\s+(?:(?:of|the|and|for|on)\s+)*){1,6}Act(?:\s+(?:19|20)\d\d)?)\b"
    # the instrument it belongs to: "section 119.3 of the Criminal Code", "Article 5 of the
    # NATO treaty"
    r"(?: of (?:the )?[A-Z]\w*(?: [A-Z]\w*)*(?: (?:treaty|charter|convention|constitution|"
    r"code|agreement|accords?|act|protocol)\b)?)?"
)

#: a permit is a document, after "the" or the kind of permit ("the permits", "work
#: permits"; re3d train marks both of its two); not the verb ("the law permits")
_PERMIT: Final = re.compile(
    r"\b(?:(?:the|The) (?:(?:work|residence|travel|exit|entry|building) )?|"
    r"(?:[Ww]ork|[Rr]esidence|[Tt]ravel|[Ee]xit|[Ee]ntry|[Bb]uilding) )permits?\b"
)

#: a maker's suffix after a state ("Jordan-made", "US-built"): the state is the origin
_MADE_BY: Final = re.compile(r"-(?:made|built|manufactured)\b")
#: a named military operation ("Operation Inherent Resolve"): no re3d type (rule 3)
_OPERATION: Final = re.compile(r"\bOperation(?: [A-Z][\w'’-]*)+")


@dataclass(frozen=True)
class _CharSpan:
    start: int
    end: int
    label: str
    rank: int


def sentence_text(words: Sequence[str]) -> tuple[str, list[int]]:
    """The tokens as news text, and each token's start offset (rule 1)."""
    parts: list[str] = []
    starts: list[int] = []
    offset = 0
    for i, word in enumerate(words):
        if i and _space_before(words, i):
            parts.append(" ")
            offset += 1
        starts.append(offset)
        parts.append(word)
        offset += len(word)
    return "".join(parts), starts


def _space_before(words: Sequence[str], i: int) -> bool:
    """Whether news text has a space between token i-1 and token i (rule 1)."""
    prev, word = words[i - 1], words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if word in _CLOSERS or prev in _OPENERS or word.lower() in ("'s", "’s", "n't"):
        return False
    if word in _JOINERS and _joins(prev) and nxt[:1].isalnum():
        return False
    if prev in _JOINERS and i >= 2 and _joins(words[i - 2]) and word[:1].isalnum():
        return _plural_possessive(words[i - 2], prev)  # "snipers' bullets", not "Da'esh"
    return not (
        prev in (",", ".") and i >= 2 and words[i - 2].isdigit() and _digit_group(prev, word)
    )


def _plural_possessive(word: str, mark: str) -> bool:
    """An apostrophe after a plural noun closes its possessive ("snipers' bullets")."""
    return mark in ("'", "’") and len(word) > 3 and word.endswith("s") and word.islower()


def _joins(word: str) -> bool:
    """Whether a joiner may attach to `word` ("U.S.-led", "al-Qaeda")."""
    return word[-1:].isalnum() or word.endswith(".")


def _digit_group(separator: str, word: str) -> bool:
    """Digits that continue a number: a thousands group after a comma ("6,602", but not the
    year in "May 6, 2016"), decimals after a point ("1.1bn", "5.0")."""
    if separator == ",":
        return len(word) == 3 and word.isdigit()
    return word[:1].isdigit()


def run_stages(stages: Sequence[Stage], text: str) -> Document:
    """Run `stages` over one text (rule 2)."""
    doc = Document(make_article(text, published=ANCHOR_DATE), anchor_date=ANCHOR_DATE)
    for stage in stages:
        stage(doc)
    return doc


def predict_sentence(
    stages: Sequence[Stage], sentence: Sentence, model: NerModel | None = None
) -> list[TokenSpan]:
    """sitrep's mentions on one re3d sentence as re3d-typed token spans (rules 1-10)."""
    if not sentence.words:
        return []
    text, starts = sentence_text(sentence.words)
    doc = run_stages(stages, text)
    spans = re3d_spans(doc)
    if model is not None:
        spans += list(_model_spans(model, doc))
    spans = [_with_holder(text, span) for span in spans]
    states = frozenset(
        (p.evidence.start, p.evidence.end) for p in doc.places if p.feature == "country"
    )
    spans = [_described_as_person(text, span, states) for span in spans]
    bare = _bare_place_names(doc)
    spans = [_without_qualifying_the(text, span, bare) for span in spans]
    spans = _without_demonyms_inside_known_names(spans)
    countries = frozenset(
        (p.evidence.start, p.evidence.end) for p in doc.places if p.feature == "country"
    )
    merged = _merge_place_pairs(text, spans, regions(doc), countries)
    chosen = _with_listed_places(text, _acronyms_apart(text, _select(merged)))
    chosen = _apposed_names_joined(text, chosen)
    return _to_tokens(chosen, starts, [len(w) for w in sentence.words])


def _apposed_names_joined(text: str, chosen: Sequence[_CharSpan]) -> list[_CharSpan]:
    """A place named by a noun and the name right after it, in apposition, are one Location
    ("the Yemeni capital" + "Sanaa", as re3d codes "the Iraqi city of Mosul" whole); two
    places a comma parts stay two ("the capital, Sanaa" is left to rule 4's pairs)."""
    joined: list[_CharSpan] = []
    for span in chosen:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.label == span.label == "Location"
            and text[last.end : span.start] == " "
            and text[span.start : span.start + 1].isupper()
            and names_a_place(text[last.start : last.end])
            and text[last.start : last.end].split()[-1].islower()
        ):
            joined[-1] = _CharSpan(last.start, span.end, "Location", min(last.rank, span.rank))
            continue
        joined.append(span)
    return joined


def _described_as_person(
    text: str, span: _CharSpan, states: Collection[tuple[int, int]]
) -> _CharSpan:
    """A name read as a place that an apposition describes as one person is that Person
    ("said Moore, a spokesman for the agency": a town of that name in the gazetteer is not
    what a spokesman is); a state is typed by rule 4, and a place's own apposition names a
    place ("Ramtha, a town near the border")."""
    if span.label != "Location" or (span.start, span.end) in states:
        return span
    if not _NAME_ONLY.fullmatch(text, span.start, span.end):
        return span
    apposition = _APPOSITION.match(text, span.end)
    if apposition is None:
        return span
    if not names_one_person(_OF_OR_FOR.split(apposition.group(1), maxsplit=1)[0]):
        return span
    return _CharSpan(span.start, span.end, "Person", span.rank)


#: capitalised words alone, no article or place noun ("Moore", "Abu Hamza")
_NAME_ONLY: Final = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}")
#: ", a/an/the" and the description up to the next comma or stop
_APPOSITION: Final = re.compile(r", (?:a|an|the) ([^,.;:]+)")


def _acronyms_apart(text: str, chosen: Sequence[_CharSpan]) -> list[_CharSpan]:
    """Rule 9: a name and the acronym in brackets after it are a mention each ("Syrian
    Democratic Forces (SDF)", "the Syria Recovery Trust Fund (SRTF)"), as re3d codes them,
    whichever source found them together."""
    out: list[_CharSpan] = []
    for span in chosen:
        acronym = _BRACKETED_ACRONYM.fullmatch(text, span.start, span.end)
        if acronym is None or span.label not in _MODEL_LEADS:
            out.append(span)
            continue
        out.append(_CharSpan(*acronym.span(1), span.label, span.rank))
        out.append(_CharSpan(*acronym.span(2), span.label, span.rank))
    return out


#: a name and its acronym in brackets ("Syria Recovery Trust Fund (SRTF)")
_BRACKETED_ACRONYM: Final = re.compile(r"(.*[A-Za-z.]) \(([A-Z][A-Za-z]{1,7})\)")


def _bare_place_names(doc: Document) -> frozenset[tuple[int, int]]:
    """The gazetteer's place names that its knowledge writes without "the" ("Paris",
    "Iran"; not "the Netherlands", which the entities stage finds with it)."""
    with_the = {
        e.evidence.end for e in doc.entities if doc.text[e.evidence.start :].startswith("the ")
    }
    return frozenset(
        (p.evidence.start, p.evidence.end) for p in doc.places if p.evidence.end not in with_the
    )


def _without_qualifying_the(
    text: str, span: _CharSpan, bare: frozenset[tuple[int, int]]
) -> _CharSpan:
    """Rule 4: a one-word place name that qualifies the noun after it leaves that noun
    phrase's "the" ("the Paris meeting", "the Mosul operation", "the Iran-Iraq War":
    "Paris", "Mosul", "Iran"); a name written with "the" keeps it ("the Netherlands")."""
    if span.label != "Location" or not _THE_OPENING.match(text, span.start, span.end):
        return span
    name_start = span.start + len("the ")
    if (name_start, span.end) not in bare or " " in text[name_start : span.end]:
        return span  # "the Tigris River adjacent": a name with its type word takes "the"
    if not _QUALIFIED_AFTER.match(text, span.end):
        return span
    return _CharSpan(name_start, span.end, span.label, span.rank)


#: what follows a name that qualifies a noun: a hyphen ("Iran-Iraq") or a lower-case word
#: that is no function word or verb ("the Paris meeting")
_QUALIFIED_AFTER: Final = re.compile(
    r" ?-|(?= (?!(?:and|or|of|in|on|at|to|for|by|from|with|as|is|was|has|had|said|says|will|"
    r"would|has|have|are|were|which|who|that)\b)[a-z]+\b)"
)


def _without_demonyms_inside_known_names(spans: list[_CharSpan]) -> list[_CharSpan]:
    """Rule 12: a demonym or people word inside a name the knowledge bases know is part of
    that name ("The Kurdish-led Syrian Democratic Forces", "the Iraqi city of Mosul"), not a
    Nationality of its own that would split it."""
    known = [s for s in spans if s.rank == _KNOWN_RANK and s.label in _MODEL_LEADS]
    return [
        span
        for span in spans
        if span.label != "Nationality"
        or not any(
            k.start <= span.start and span.end <= k.end and k.end - k.start > span.end - span.start
            for k in known
        )
    ]


def _with_holder(text: str, span: _CharSpan) -> _CharSpan:
    """Rule 4: the holder of a place belongs to it ("insurgent-held Karabilah", "ISIL-held
    Mosul"), as re3d codes "ISIL-held buildings"; the place then ranks with the model's
    names, so the holder's own name ("ISIL") does not split it."""
    if span.label != "Location":
        return span
    holder = _HELD_BEFORE.search(text, 0, span.start)
    if holder is None:
        return span
    rank = span.rank if span.rank == _MODEL_RANK else _KNOWN_RANK  # over the holder's name
    return _CharSpan(holder.start(), span.end, span.label, rank)


#: a word and "-held" (or "-controlled", "-occupied", "-besieged") right before a place
_HELD_BEFORE: Final = re.compile(r"(?<![\w-])[\w.]+-(?:held|controlled|occupied|besieged) $")


def _model_spans(model: NerModel, doc: Document) -> Iterable[_CharSpan]:
    """The model's own names (Person, Organisation, Location) on the document's tokens
    (rule 10); a name never ends in a function word or a time ("Mosul district under the",
    "Al-Jubeir today")."""
    tokens = doc.tokens
    if tokens is None:
        return
    times = [(t.evidence.start, t.evidence.end) for t in doc.timex]
    states = [(p.evidence.start, p.evidence.end) for p in doc.places if p.feature == "country"]
    named = [(s, e) for s, e, kind in named_places(doc.text) if kind == "Location"]
    named += [(p.evidence.start, p.evidence.end) for p in doc.places]  # "Ar Raqqah"
    demonyms = {e.evidence.end: e.evidence.start for e in doc.entities if e.label == "NORP"}
    identities = identity_words(
        doc.text, [(s, e) for e, s in demonyms.items()] + known_demonyms(doc.text)
    )
    identity_starts = {end: start for start, end in identities.items()}
    for start, end, label in model.predict_raw(tokens):
        if label not in _MODEL_LEADS:
            continue  # the pattern rules alone decide times, numbers, documents and arms
        if label in ("Location", "Organisation"):
            end = _before_verb(tokens, start, end)  # "Amnesty International alleged"
        while end - start > 1 and _not_name_end(tokens[end - 1], times):
            end -= 1
        while end - start > 1 and _not_name_start(tokens, start):
            start += 1  # "of residents of Mosul", "notably Russia"
        if tokens[start].lower_ in _OBJECT_PRONOUNS and not tokens[start].is_upper:  # not "US"
            end = start + 1  # "They help us plan": a pronoun is a mention by itself
        span = tokens[start:end]
        if all(token.lower_ in _FUNCTION_WORDS for token in span):
            continue  # "The" of "The company makes": a function word names nothing
        char_start, char_end = span.start_char, span.end_char
        if _cut_at_demonym(doc.text, char_end, demonyms):
            continue  # "The Syrian" of "The Syrian capital": the demonym rules decide
        if label in ("Location", "Organisation"):
            char_start = _with_demonym(doc.text, char_start, demonyms)  # "the Iraqi" + "city"
            if char_start in identities:  # "Iraqi and" + "Kurdish officials"
                char_start = _with_listed_words(doc.text, char_start, identity_starts)
        if label == "Location":
            char_start, char_end = with_place_head(doc.text, char_start, char_end)
            char_start = _with_article_and_modifiers(doc.text, char_start, char_end)
            char_start = with_compass(doc.text, char_start)  # "western" + "Mosul"
            char_start, char_end = _whole_named_place(named, char_start, char_end)
            if names_one_person(doc.text[char_start:char_end]):
                label = "Person"  # "the British ambassador": a person, not a place
        elif label in ("Organisation", "Person"):
            char_end = with_of_phrase(doc.text, char_end)  # "the families of the victims"
            if label == "Organisation":
                char_start = _with_group_qualifier(doc.text, char_start, char_end)
            if names_one_person(doc.text[char_start:char_end]):
                label = "Person"  # "Central Command spokesman", "the young soldier"
            elif label == "Organisation" and names_a_place(doc.text[char_start:char_end]):
                label = "Location"  # "Idlib province", "the headquarters compound"
            elif label == "Organisation" and _names_title_holder(doc, char_start, char_end):
                label = "Person"  # "the Iraqi Foreign Minister", "Army General Joseph Votel"
            elif label == "Person":
                label = _person_head_type(doc.text[char_start:char_end])  # "The Foreign Office"
                if _names_a_thing(doc.text[char_start:char_end]):
                    continue  # "a UN-brokered truce": a thing, no person
        if label in ("Organisation", "Person") and _place_in_apposition(
            doc.text[char_start:char_end]
        ):
            label = "Location"  # "The Sudanese capital Khartoum": a place noun, then its name
        elif label == "Location" and _names_a_based_body(doc.text[char_start:char_end]):
            label = "Organisation"  # "a Britain-based monitor": a place is never based
        if _HEADED_BY_DOCUMENT.fullmatch(doc.text, char_start, char_end):
            label = "DocumentReference"  # "a report on the human rights situation in Syria"
        if label in ("Location", "Organisation") and _names_speaker(doc, char_start, char_end):
            label = "Person"  # "said Burns.", "says Mohammed."
        elif label == "Location" and _unknown_speaker(doc, char_start, char_end):
            label = "Person"  # "Karbouly told the tribunal": a place never speaks
        elif label in ("Location", "Organisation") and _full_name(doc, char_start, char_end):
            label = "Person"  # "Boris Johnson met", "Philip Hammond said"
        if label == "Location" and _names_no_place(doc.text[char_start:char_end]):
            continue  # "the very best people", "the minimum wage": no place
        if _AT_THE_HANDS.match(doc.text, char_start, char_end):
            continue  # "at the hands of ISIL": an idiom for the agent, no place or body
        if _is_predicate_noun(doc.text, char_start, char_end):
            continue  # "Hibhib is a village": a predicate, not a mention
        pronoun = doc.text[char_start:char_end].lower()
        if pronoun in _POSSESSIVE_DETERMINERS:
            continue  # "my" of "my soul", "His" of "His permit"
        label = _pronoun_type(pronoun) or label  # "She" is a Person, whatever the model says
        if label == "Person" and names_one_person(doc.text[char_start:char_end]):
            # "A local physician", "a senior Iraqi general": a person named by a noun keeps
            # the article the model left out, as a nominal mention does (rule 10)
            article = _ARTICLE_BEFORE.search(doc.text, 0, char_start) or _THE_BEFORE.search(
                doc.text, 0, char_start
            )
            char_start = article.start() if article else char_start
        if label == "Person" and (char_start, char_end) in states:
            # "my first visit to Uzbekistan": a state is never a person (rule 4 decides)
            label = "Location" if is_place_use(doc.text, char_start) else "Organisation"
        for part_start, part_end in _alternatives(doc.text, char_start, char_end, states):
            parts = [(part_start, part_end)]
            if label == "Person":
                parts = list(_people_apart(doc.text, part_start, part_end))
            if label == "Location":
                parts = [
                    apart
                    for listed in _listed_apart(doc.text, part_start, part_end, states)
                    for apart in _named_places_apart(doc.text, *listed)
                ]
            for place_start, place_end in parts:
                yield _CharSpan(place_start, place_end, label, _MODEL_RANK)


def _place_in_apposition(phrase: str) -> bool:
    """Rule 10: whether a model name is a noun for a place followed by that place's name
    ("the Sudanese capital Khartoum", "the port city Hodeidah"): the name is in
    apposition to the noun, so the whole mention is the place, whatever the model says."""
    match = _NAME_AFTER_NOUN.search(phrase)
    return match is not None and noun_kind(match.group(1)) == "Location"


#: a lower-case noun, then a capitalised name that ends the phrase
_NAME_AFTER_NOUN: Final = re.compile(r"(?:^|\s)([a-z]+) (?:of )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*$")


def _names_a_based_body(phrase: str) -> bool:
    """Rule 10: whether a model place is a noun a "-based" place qualifies ("a
    Britain-based monitor", "the London-based group"): what is based somewhere is a body,
    never a place, unless the noun itself names one ("a Qatar-based air base")."""
    return _BASED.search(phrase) is not None and not names_a_place(phrase)


#: "<place>-based" and the lower-case words it qualifies, ending the phrase
_BASED: Final = re.compile(r"\w-based(?: [a-z]+)+$")


#: words that describe the people a group noun names and belong to its mention ("senior
#: Iraqi officials", "innocent people", "all Iraqis", "the moderate Syrian Opposition");
#: not quantifiers that pick some of them ("many Iraqis", "any insurgents"), which re3d
#: leaves out
_GROUP_QUALIFIERS: Final = frozenset(
    ["senior", "innocent", "vulnerable", "suspected", "moderate", "wider", "all", "armed",
     "displaced", "local", "ordinary", "young"]
)  # fmt: skip


#: "(at) the hands of": an idiom that names who did something, never a place
_AT_THE_HANDS: Final = re.compile(r"(?:the )?hands of\b", re.I)


def _with_article_and_modifiers(text: str, start: int, end: int) -> int:
    """Rule 10: a model place a common noun heads, cut short after its article, takes the
    article and the modifiers between ("a large" + "al-Qaida headquarters", "a VBIED" +
    "storage facility"), as re3d codes a nominal place with its article; the words between
    hold no function word, number or punctuation."""
    if not names_a_place(text[start:end]) or _THE_OPENING.match(text, start):
        return start
    if text[start:end].split()[0].lower() in ("a", "an"):
        return start
    match = _ARTICLE_AND_MODIFIERS.search(text, 0, start)
    if match is None:
        return start
    between = match.group(1).split()
    if any(w.lower() in _FUNCTION_WORDS | _AUXILIARY_VERBS or verb_like(w) for w in between):
        return start  # "The hospital has" + "facilities": a clause, no modifiers
    return match.start()


#: an article and up to two modifier words right before a place ("a large ", "the VBIED ")
_ARTICLE_AND_MODIFIERS: Final = re.compile(
    r"(?<![\w-])(?:[Aa]n?|[Tt]he) ((?:[A-Za-z][\w-]* ){1,2})$"
)


def _with_group_qualifier(text: str, start: int, end: int) -> int:
    """Rule 10: a model group headed by a noun for people or a body takes the qualifier
    before it, with its "the" ("senior Iraqi officials", "the moderate Syrian Opposition")."""
    match = _WORD_BEFORE.search(text, 0, start)
    if match is None or match.group(1) not in _GROUP_QUALIFIERS:
        return start
    if not names_a_body(_OF_OR_FOR.split(text[start:end], maxsplit=1)[0]):
        return start
    return with_determiner(text, match.start())


_WORD_BEFORE: Final = re.compile(r"(?<![\w-])([a-z]+) $")


def _person_head_type(phrase: str) -> str:
    """Rule 10: a model person headed by a noun for a body or a place is that body or place
    ("The Foreign Office", "the families", "the Nineveh province"): no name of one person
    ends in such a noun; the head stands before an "of" or "for" phrase ("the leader of
    anti-coalition forces", "Special Envoy for the Global Coalition" stay people)."""
    head = _OF_OR_FOR.split(phrase, maxsplit=1)[0]
    if names_a_place(head):
        return "Location"
    return "Organisation" if names_a_body(head) else "Person"


def _names_a_thing(phrase: str) -> bool:
    """Rule 10: whether a model person is headed by a lower-case noun that names neither a
    person, people, a body nor a place ("a UN-brokered truce", "the ceasefire"): a person's
    name ends in a name or in a noun for a person ("the al-Shabaab commander", "the Wagner
    boss", "a Reuters cameraman", "an RSF fighter")."""
    head = _OF_OR_FOR.split(phrase, maxsplit=1)[0].split()
    if len(head) < 2 or not head[-1].isalpha() or not head[-1].islower():
        return False
    return noun_kind(head[-1]) is None and not _agent_noun(head[-1])


def _agent_noun(word: str) -> bool:
    """Rule 10: whether a lower-case word the head-noun lists lack still names one person:
    a noun for someone by their trade or part ("the Hamas negotiator", "the England
    coach"), or one formed as such nouns are ("cameraman", "spokesperson",
    "photojournalist")."""
    if word in _AGENT_NOUNS:
        return True
    if word.endswith(("man", "woman", "person")) and len(word) > 5:
        return True
    return word.endswith("ist") and len(word) > 6 and not word.endswith("list")


#: nouns for one person by trade or part that news puts after a name or demonym ("the
#: Wagner boss", "a Hamas negotiator", "the Arsenal striker"): a model person so headed stays
_AGENT_NOUNS: Final = frozenset(
    {
        "boss", "mediator", "negotiator", "lawmaker", "legislator", "fighter", "warlord",
        "preacher", "imam", "rapper", "singer", "footballer", "striker",
        "coach", "captain", "paramedic", "defender", "dissident", "veteran", "soldier",
        "businessman", "tycoon", "billionaire", "blogger", "influencer", "author", "novelist",
    }
)  # fmt: skip


def _before_verb(tokens: Doc, start: int, end: int) -> int:
    """Rule 10: a model group or place ends before a verb it ran on into ("Amnesty
    International alleged", "The bridges were targeted", "an officer told HRW")."""
    for i in range(start + 1, end):
        if _verb_in_name(tokens, i, end):
            return i
    return end


def _verb_in_name(tokens: Doc, i: int, end: int) -> bool:
    """Whether the token at `i` of a model name ending at `end` is a verb no name holds, or
    opens a clause: an auxiliary or modal ("were", "should"), "where", "which" or "who" ("an
    oil-rich land which should", "the very site where a group", "the Syrians who fought"),
    or a past tense after a
    noun that qualifies no lower-case noun after it (a pronoun is none: "Amnesty
    International alleged they"); not a participle after an article or a
    quantifier ("the besieged Damascus", "those persecuted"), before its noun ("populated
    areas"), or hyphen-joined ("IS-controlled"), nor a present tense that is also a plural
    noun ("terrorist attacks")."""
    token = tokens[i]
    word = token.lower_
    if not (token.is_alpha and token.text.islower()):
        return False
    if word in _AUXILIARY_VERBS or word in AUXILIARIES or word in _CLAUSE_OPENERS:
        return True
    if not verb_like(word):
        return False
    if word.endswith("s") or _hyphen_joined(tokens, i):
        return False
    if tokens[i - 1].lower_ in _FUNCTION_WORDS or tokens[i - 1].lower_ in DETERMINERS:
        return False
    following = tokens[i + 1] if i + 1 < end else None
    return following is None or not (
        following.text.islower()
        and following.lower_ not in _FUNCTION_WORDS
        and following.lower_ not in _PRONOUNS_AFTER_VERBS  # "Amnesty International alleged they"
    )


def _hyphen_joined(tokens: Doc, i: int) -> bool:
    """Whether the token at `i` is written with a hyphen to a neighbour ("insurgent-held")."""
    after = i + 1 < len(tokens) and not tokens[i].whitespace_ and tokens[i + 1].text == "-"
    before = i > 0 and tokens[i - 1].text == "-" and not tokens[i - 1].whitespace_
    return after or before


def _names_title_holder(doc: Document, start: int, end: int) -> bool:
    """Rule 10: a model group headed by a capitalised title, bare, with its office after
    "of" or "for", or with a person's full name after it ("the Iraqi Foreign Minister",
    "the Assistant Secretary for Refugees", "U.S. Army General Joseph Votel"), is the title
    holder; not a body a title qualifies ("the General Assembly", "the Secretary General's
    office") or holds ("the Office of the Secretary of Defense")."""
    phrase = doc.text[start:end]
    head = _OF_OR_FOR.split(phrase, maxsplit=1)[0]  # "the Assistant Secretary" for Refugees
    if not head.strip() or names_a_place(head) or names_a_body(head):
        return False
    people = [e.evidence for e in doc.entities if e.label == "PERSON"]
    for title in _TITLE_WORD.finditer(phrase):
        if not title.group(0)[:1].isupper():
            continue  # "spokesman", "general": lower-case roles the other rules take
        if _OF_OR_FOR.search(phrase, 0, title.start()):
            return False  # the title is inside the body's name
        after = phrase[title.end() :].split()
        if not after or after[0] in ("of", "for"):
            return True
        name_start = start + title.end() + 1
        if any(p.start == name_start and " " in doc.text[p.start : p.end] for p in people):
            return True  # a full name right after the title ("General Joseph Votel")
    return False


#: a capitalised title or a role noun ("Minister", "General", "Envoy", "Secretary")
_ROLE_TITLES: Final = "|".join(re.escape(noun.title()) for noun in sorted(ROLE_NOUNS))
_TITLE_WORD: Final = re.compile(rf"\b(?:{TITLE}|{_ROLE_TITLES})(?![\w-])")
#: "of" or "for" as a word
_OF_OR_FOR: Final = re.compile(r"\b(?:of|for)\b")


#: the lower-case word right after a body's name, which may be a noun for one person
_PERSON_NOUN_AFTER: Final = re.compile(r" ([a-z]+)\b(?![-'’])")


def _names_no_place(phrase: str) -> bool:
    """Rule 10: a model place in lower case names a place only by a noun for a place ("the
    town", "a fighting position", "a VBIED factory") or a place adverb ("here", "there");
    headed by any other noun it names people ("the very best people", "this hero") or a
    thing or a time ("the minimum wage", "the outset", "a strike"). One that names
    qualify is no place where a noun for people or a body heads it ("The jihadist group",
    "Iraqi television", "an ISIL tactical unit"); other heads may be a place's type
    ("Plateau state", "the Lachin corridor")."""
    words = phrase.split()
    if not words:
        return False
    if phrase.islower():
        return not (names_a_place(phrase) or phrase in _PLACE_ADVERBS)
    if not words[-1].isalpha() or not words[-1].islower() or is_place_head(words[-1]):
        return False
    return names_a_body(phrase)


#: adverbs re3d marks as places ("all here", "put them there")
_PLACE_ADVERBS: Final = frozenset(["here", "there"])


def _with_stance_prefix(text: str, start: int) -> int:
    """Rule 13: a name that a stance prefix opens belongs, with it, to the group it
    qualifies ("the counter-ISIL coalition", "anti-Hezbollah fighters"), not that name's group."""
    prefix = _STANCE_PREFIX.search(text, 0, start)
    return prefix.start() if prefix is not None else start


#: "counter-", "anti-" or "pro-" right before a name
_STANCE_PREFIX: Final = re.compile(r"(?<![\w-])(?:[Cc]ounter|[Aa]nti|[Pp]ro)-$")


def _with_demonym(text: str, start: int, demonyms: Mapping[int, int]) -> int:
    """Rule 10: a demonym right before a model place or group qualifies it and opens its
    mention, with the "the" before it ("the Iraqi" + "city of Mosul", "the Iraqi" +
    "Kurdistan Region"), as rule 12 codes a demonym qualifying a place or a body."""
    demonym_start = demonyms.get(start - 1)
    if demonym_start is None or text[start - 1] != " ":
        return start
    return with_determiner(text, demonym_start)


def _cut_at_demonym(text: str, end: int, demonym_ends: Collection[int]) -> bool:
    """Rule 10: whether a model name ends in a demonym that qualifies the lower-case noun
    after it ("The Syrian" + "capital", "The French" + "-led operation")."""
    if end not in demonym_ends or text[end - 1] == "s":
        return False  # "350 Syrians work": a plural demonym is the noun itself
    after = _QUALIFIED_NOUN.match(text, end)
    return after is not None and after.group(1) not in STOP_WORDS


#: the lower-case word after a qualifier, or after its hyphenated participle ("-led")
_QUALIFIED_NOUN: Final = re.compile(r"(?:-[a-z]+)? ([a-z]+)\b")


def _may_be_arms(text: str, start: int, end: int, label: str) -> bool:
    """Rule 10: a model weapon or platform is not a word qualifying the noun after it ("a
    bomb disposal team", "the aircraft carrier"), nor common arms nouns capitalised inside a
    name ("the Prohibition of Chemical Weapons"); a weapon has a word, not only digits
    ("The 2015 Iran nuclear deal"), and a platform ends in a platform's head or holds a
    designator ("a U.S. strike", "air defences shot" and "Cibolo, Texas" are none)."""
    if label not in ("Weapon", "MilitaryPlatform"):
        return True
    phrase = text[start:end]
    if _ARMS_MODIFIED.match(text, end) or _common_arms_in_name(text, start, end):
        return False
    if label == "MilitaryPlatform":
        return _PLATFORM_HEAD.search(phrase) is not None or _names_designated_craft(phrase)
    return _names_arms(phrase)


def _names_designated_craft(phrase: str) -> bool:
    """Rule 10: a platform named by a name holds a designator or a navy's prefix
    ("KC-135R Stratotanker", "FS Forbin"); a bare name is a person or a place the model
    mistook ("Cibolo, Texas", "Q-West")."""
    return _SHIP.search(phrase) is not None or any(
        _DESIGNATOR_WORD.search(word) for word in phrase.split()
    )


def _names_arms(phrase: str) -> bool:
    """Rule 10: a model weapon holds a weapon word ("120mm mortar rounds", "gun butts"), an
    attack noun re3d marks now and then ("air strikes", "bombardment"), a name or a designator
    ("Brimstone", "AK-47"); not "weapons" qualifying "shipments", nor "refugee
    populations" or "a supply route"."""
    if _GENERIC_WEAPON.search(phrase) or _GENERIC_WEAPON.search(phrase.lower()):
        return True
    if _OTHER_ARMS_WORD.search(phrase):
        return True
    return any(word[:1].isupper() or _DESIGNATOR_WORD.search(word) for word in phrase.split())


#: digits with letters ("120mm", "M16"), not a bare number ("2015")
_DESIGNATOR_WORD: Final = re.compile(r"\d.*[A-Za-z]|[A-Za-z].*\d")


#: words for arms beyond the generic weapon nouns: attack nouns that re3d marks as Weapon
#: now and then (rule 11; left to the model), and a lone "gun" ("gun butts")
_OTHER_ARMS_WORD: Final = re.compile(
    r"\b(?:(?:air ?)?strikes?|airstrikes?|bombardments?|attacks?|chemicals|loaders?|gun)\b",
    re.I,
)


def _common_arms_in_name(text: str, start: int, end: int) -> bool:
    """Whether common arms nouns written with capitals inside a sentence are part of a name
    ("the Organisation for the Prohibition of Chemical Weapons")."""
    phrase = text[start:end]
    if not phrase.istitle() or _SENTENCE_OPENING.match(text, start):
        return False
    return _GENERIC_WEAPON.fullmatch(phrase.lower()) is not None


def _is_state(span: tuple[int, int], states: Sequence[tuple[int, int]]) -> bool:
    """Whether a name at `span` is one of the countries the places stage found there."""
    return any(s < span[1] and span[0] < e for s, e in states)


def _alternatives(
    text: str, start: int, end: int, states: Sequence[tuple[int, int]]
) -> Iterable[tuple[int, int]]:
    """Rule 10: writings of one thing that a slash separates are a mention each (the
    coordinates "33°47′N 44°30′E / 33.783°N 44.500°E"), and so are two states a hyphen
    pairs ("UK-France relationship"); other spans stay whole."""
    pair = _STATE_PAIR.fullmatch(text, start, end)
    if pair is not None and all(_is_state(pair.span(i), states) for i in (1, 2)):
        yield pair.span(1)
        yield pair.span(2)
        return
    for separator in _ALTERNATIVE.finditer(text, start, end):
        yield start, separator.start()
        start = separator.end()
    yield start, end


def _named_places_apart(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """Rule 10: a named place and the named place a preposition puts it in are a mention
    each ("Amiens in France", "Ninewa province in Iraq", "Palmyra near Homs"), as re3d
    codes them; a place named by a common noun stays whole with its setting ("territory
    in Syria"), and so does a group ("al-Qaeda in Iraq" is no place)."""
    opening = _THE_OPENING.match(text, start, end)
    first = opening.end() if opening else start
    setting = _PLACE_SETTING.search(text, first, end)
    if setting is None or not text[first : first + 1].isupper():
        yield start, end
        return
    yield start, setting.start()
    yield setting.end(), end


def _people_apart(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """Rule 10: two people "and" joins are a mention each ("The Prime Minister and
    President Hollande"), as re3d never codes one Person for two; "and" inside a phrase
    that "of", "for" or "to" opens is part of a title ("Special Advisor for Religious
    Minorities in the Near East and South and Central Asia")."""
    joined = _AND_PERSON.search(text, start, end)
    if joined is None or _OF_FOR_TO.search(text, start, joined.start()):
        yield start, end
        return
    yield start, joined.start()
    yield joined.end(), end


#: "and" before a second person's title or name
_AND_PERSON: Final = re.compile(r" and (?=(?:the |The )?[A-Z])")
_OF_FOR_TO: Final = re.compile(r"\b(?:of|for|to)\b")


def _listed_apart(
    text: str, start: int, end: int, states: Sequence[tuple[int, int]]
) -> Iterable[tuple[int, int]]:
    """Rule 10: places a comma lists are a mention each, as re3d codes a list ("Iraq, Syria,
    and the wider community", "in Qamenas, Sarmin and Talamenes"): the model's span runs
    over a comma into a list where every part is a state or the list goes on after it; a
    place and the state after its comma stay one ("Palmyra, Syria", "near Sarmada, Syria,
    Cook said": rule 4)."""
    parts = [(m.start(), m.end()) for m in _LISTED_PART.finditer(text, start, end)]
    if len(parts) < 2 or text[start:end].count(", ") != len(parts) - 1:
        yield start, end
        return
    if all(part in states for part in parts):
        yield from parts
    elif _LIST_GOES_ON.match(text, end) and not _is_state(parts[-1], states):
        yield from parts  # "Qamenas, Sarmin" + " and Talamenes"; not "Sarmada, Syria, Cook"
    else:
        yield start, end


#: a part of a list the model ran together: words up to the next comma
_LISTED_PART: Final = re.compile(r"[^,\s][^,]*[^,\s]|[^,\s]")


#: a preposition that sets one named place in another ("Amiens in France")
_PLACE_SETTING: Final = re.compile(r"(?<=[\w.]) (?:in|outside|near) (?=[A-Z])")
_THE_OPENING: Final = re.compile(r"(?:the|The) ")


def _names_speaker(doc: Document, start: int, end: int) -> bool:
    """Rule 10: a name that a speech verb opens and a comma or stop closes is the speaker,
    a Person ("said Burns.", "says Mohammed,"), unless the places stage or the actor
    knowledge base knows it ("said Syria.", "explained U.S. Central Command.")."""
    text = doc.text
    if not _SPEECH_BEFORE.search(text, 0, start) or not _NAME_UNTIL_STOP.fullmatch(
        text, start, end
    ):
        return False
    if text[end : end + 1] not in (",", ".", ""):
        return False
    known = [p.evidence for p in doc.places]
    known += [e.evidence for e in doc.entities if e.kb_id is not None]
    return not any(k.start < end and start < k.end for k in known)


def _unknown_speaker(doc: Document, start: int, end: int) -> bool:
    """Rule 10: a name a speech verb follows speaks, so it names a person, where neither the
    places stage nor the actor knowledge base knows it ("Karbouly told the tribunal",
    "Karbouly denied"); a known state that speaks is a body (rule 4: "Syria said")."""
    if not _SPEECH_AFTER.match(doc.text, end) or not _NAME_UNTIL_STOP.fullmatch(
        doc.text, start, end
    ):
        return False
    known = [p.evidence for p in doc.places]
    known += [e.evidence for e in doc.entities if e.kb_id is not None]
    return not any(k.start < end and start < k.end for k in known)


#: a speech verb right after a name ("Karbouly told", "Davis said")
_SPEECH_AFTER: Final = re.compile(
    r" (?:said|says|told|tells|denied|denies|added|adds|explained|wrote|asked|stated)\b"
)


def _full_name(doc: Document, start: int, end: int) -> bool:
    """Rule 10: a given name and a surname, after a role or not, name a person ("Boris
    Johnson", "Spokesperson John Kirby"), whatever type the model gives them: the given
    name is a known person's name (`sitrep.geo.persons`), no word of the name is ordinary
    English, and neither the places stage nor the actor knowledge base knows the words
    ("Jordan Valley" stays a place)."""
    words = _FULL_NAME.fullmatch(doc.text, start, end)
    if words is None or fold(words.group("given")) not in packaged_names():
        return False
    if words.group("role") and words.group("role").lower() not in ROLE_NOUNS:
        return False  # "Religious Minorities", "Foreign Assets Control": no name
    if any(common_word(word) for word in words.group("name").split()):
        return False  # "Coalition Commanders": ordinary words, no name
    known = [p.evidence for p in doc.places]
    known += [e.evidence for e in doc.entities if e.kb_id is not None]
    return not any(k.start < end and start < k.end for k in known)


#: a given name, a middle name or initial and a surname, capitalised
_FULL_NAME: Final = re.compile(
    r"(?:(?P<role>[A-Z][a-z]+) )?"
    r"(?P<name>(?P<given>[A-Z][a-z]+)(?: [A-Z][a-z]*\.?)? [A-Z][a-z][\w'’-]*)"
)


def _names_a_speaker(phrase: str) -> bool:
    """Rule 8: a statement headed by its speaker's role ("Foreign Secretary statement",
    "Prime Minister-designate") names the person, whom re3d marks, not a document; a
    possessive keeps it a document ("the Prime Minister's statement")."""
    if _POSSESSIVE_MARK.search(phrase):
        return False
    return any(word.lower() in ROLE_NOUNS for word in re.split(r"[\s-]+", phrase) if word.istitle())


def _unnamed_deal(phrase: str) -> bool:
    """Rule 8: "the agreement" or "the accords" with no name before it ("the agreement on 2
    December", "yesterday's agreement") is the deal the parties struck, an event, not a
    document; a name makes it one ("the Minsk agreements", "the Paris Agreement")."""
    words = phrase.split()
    if words[-1] not in ("agreement", "agreements", "accord", "accords"):
        return False
    return not any(word[:1].isupper() and word not in ("The", "Its") for word in words[:-1])


def _whole_named_place(named: Sequence[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """Rule 10: a model place cut short inside a name that a place type word closes
    ("northern Salah" of "northern Salah ad Din Province") or inside a toponym the
    places stage found ("Raqqah" of "Ar Raqqah") is that whole name."""
    for named_start, named_end in named:
        if named_start <= start and end <= named_end:
            return named_start, named_end
    return start, end


def _is_predicate_noun(text: str, start: int, end: int) -> bool:
    """Rule 10: a model noun phrase with an article and no name, after a copula, is a
    predicate ("is a village"; not the adverb of "their life is here")."""
    phrase = text[start:end]
    return (
        phrase.islower() and phrase.startswith(("a ", "an ", "the ")) and is_predicate(text, start)
    )


def _not_name_start(tokens: Doc, i: int) -> bool:
    """Whether the token at `i` cannot open a name: a preposition or conjunction the model
    ran back into ("of residents of Mosul", "and fighting"; not "at" of "at least"), or a
    focusing adverb ("notably Russia", "primarily Syrian Arab forces"); a comma, dash or
    colon separates words and opens no name ("an assembly hall, library": "library"), nor
    does a verb before its object ("to liberate Raqqah")."""
    word = tokens[i].lower_
    if word in _FOCUS_ADVERBS or word in _SEPARATORS:
        return True
    if _verb_before_name(tokens, i):
        return True
    if word not in _FUNCTION_WORDS or word in ("the", "a", "an"):
        return False
    following = tokens[i + 1].lower_ if i + 1 < len(tokens) else ""
    return following not in ("least", "most")


def _verb_before_name(tokens: Doc, i: int) -> bool:
    """Rule 10: a lower-case word after "to" or a subject pronoun, right before a
    capitalised word, is a verb taking that name as its object ("to liberate Raqqah", "to
    hire Egyptians", "I echo Prime Minister Abadi"), no part of the name."""
    if i == 0 or i + 1 >= len(tokens) or not tokens[i].is_lower:
        return False
    if tokens[i].lower_ in DETERMINERS or tokens[i].lower_ in _FUNCTION_WORDS:
        return False  # "to the UK", "to all Iraqis": a determiner opens the name
    return tokens[i - 1].lower_ in _BEFORE_VERB and tokens[i + 1].text[:1].isupper()


#: words a verb follows: the infinitive's "to" and the subject pronouns
_BEFORE_VERB: Final = frozenset(["to", "i", "we", "they", "you"])

#: personal pronouns, which no longer name holds ("us" of "They help us plan")
_OBJECT_PRONOUNS: Final = frozenset(["us", "them", "him", "me", "we", "they", "he", "she"])

#: punctuation that separates words, never the first character of a name
_SEPARATORS: Final = frozenset([",", ";", ":", "-", "–", "—"])

#: adverbs that pick out one of a list, never part of the name they pick
_FOCUS_ADVERBS: Final = frozenset(
    ["notably", "primarily", "mainly", "mostly", "largely", "chiefly", "particularly",
     "especially", "reportedly", "allegedly"]
)  # fmt: skip


def _not_name_end(token: Token, times: Sequence[tuple[int, int]]) -> bool:
    if token.lower_ in _FUNCTION_WORDS or token.is_punct:
        return True
    if token.text in _ADVERBS_AFTER_NAMES or token.text in _CONJUNCTIONS:
        return True
    if token.text in _PRONOUNS_AFTER_VERBS:
        return True  # "near Fialaka, he said": a pronoun opens the next clause
    return any(s <= token.idx < e for s, e in times)


def re3d_spans(doc: Document) -> list[_CharSpan]:
    """Character spans with re3d types from a processed document (rules 3-8)."""
    text = doc.text
    spans: list[_CharSpan] = []
    money = [(m.start(), m.end()) for m in _MONEY.finditer(text)]
    money += [(m.start(), m.end()) for m in _MONEY_NOUN.finditer(text)]
    refs = [(m.start(), m.end()) for m in _DOC_REF.finditer(text)]
    refs += [(m.start(), m.end()) for m in _PERMIT.finditer(text)]
    spans += [_CharSpan(m.start(), m.end(), "", 0) for m in _OPERATION.finditer(text)]
    spans += [_CharSpan(s, e, "Money", 0) for s, e in money]
    spans += [_CharSpan(s, e, "DocumentReference", 0) for s, e in refs]
    # demonyms the knowledge base knows; the model's other NORP ("Europe", "Hamlet") are none
    norp = [
        (e.evidence.start, e.evidence.end)
        for e in doc.entities
        if e.label == "NORP" and e.kb_id is not None
    ]
    identities = identity_words(text, norp + known_demonyms(text))
    identity_starts = {end: start for start, end in identities.items()}
    # a document its release date singles out ("a report released on Thursday", "a DoD
    # news release issued yesterday"): a particular one, even after "a"; the date stays a
    # time of its own, and an "a" before modifiers stays out, as in "a Nov. 24 statement"
    time_starts = {t.evidence.start for t in doc.timex}
    spans += [
        _CharSpan(m.start("doc"), m.end("doc"), "DocumentReference", 0)
        for m in _RELEASED_DOCUMENT.finditer(text)
        if m.end() in time_starts
    ]
    spans += [
        _CharSpan(m.start(), m.end(), "DocumentReference", 5) for m in _MEDIA_REPORTS.finditer(text)
    ]
    spans += [
        _CharSpan(m.start(), m.end(), "DocumentReference", 5)
        for m in _DOCUMENT.finditer(text)
        if not _names_a_speaker(m.group(0)) and not _unnamed_deal(m.group(0))
    ]
    for ent in doc.entities:
        label = LABEL_TO_RE3D.get(ent.label)
        if label is None:
            continue
        start, end = ent.evidence.start, ent.evidence.end
        if label == "Weapon" and _ARMS_MODIFIED.match(text, end):
            continue
        if label == "MilitaryPlatform" and _names_a_ship_after(text, end):
            continue
        if ent.kb_id is None and not _may_be_arms(text, start, end, label):
            continue  # the model's "2015" is no weapon
        if label in ("Weapon", "MilitaryPlatform"):
            end = _with_class_noun(text, label, _with_popular_name(text, start, end))
            if _MUNITION_END.search(text, start, end):
                label = "Weapon"  # "Grad rockets": a launcher's name with the rounds it fires
        if ent.label == "GPE":
            if _MADE_BY.match(text, end):  # "Jordan-made goods": the maker (rule 4)
                spans.append(_CharSpan(start, end, "Nationality", 1))
                continue
            label = "Location" if is_place_use(text, start) else "Organisation"
        if label == "Nationality":
            if start not in identities:
                continue  # neither a known demonym nor a faith, people or language word
            mention = demonym_mention(text, start, end, identities=identities)
            if mention is not None:
                spans.append(_CharSpan(*mention, 1))
            continue
        group = ent.label in ("ORG", "ARMED_GROUP")
        if group and _lists_identities_only(text, start, end, identities):
            # "Russian and Iranian" + "support": the demonym rules read each word (rule 12)
            for word_start, word_end in _listed_identities(text, start, end, identities):
                mention = demonym_mention(text, word_start, word_end, identities=identities)
                if mention is not None:
                    spans.append(_CharSpan(*mention, 1))
            continue
        known = ent.kb_id is not None and group
        held = held_place(text, start, end) if group else None
        if held is not None:  # "an ISIL-held building", "a Peshmerga frontline position"
            spans.append(_CharSpan(*held, _KNOWN_RANK if known else 1))
            continue
        if label == "Organisation":
            group_end = group_phrase_end(text, end)  # "ISIL fighters"
            if group_end is not None:
                start, end = _with_stance_prefix(text, start), group_end
            elif _names_title_holder(doc, start, end):
                # "the Iraqi Foreign Minister": the office's holder, with the article
                label, start = "Person", with_determiner(text, start)
            elif (person := _PERSON_NOUN_AFTER.match(text, end)) and noun_kind(
                person.group(1)
            ) == "Person":
                # "A State Department spokesman", "a Hamas official": the body only
                # qualifies the one person the noun after it names
                article = _ARTICLE_BEFORE.search(text, 0, start)
                start = article.start() if article else with_determiner(text, start)
                label, end = "Person", person.end()
        if label == "Location":
            start = with_compass(text, start)
        if label in ("Organisation", "Location"):
            if start in identities:  # "American and" + "British officials" (rule 12)
                start = _with_listed_words(text, start, identity_starts)
            start = with_determiner(text, start)
        elif label == "Person":
            role = role_before(text, start)
            if role is not None and not text[role.end : start].strip():
                # "Col. Travis Caughlin" leads with the model's names, without the word that
                # opens the sentence or the possessive ("As" + "Deputy Secretary ... Blinken")
                opener = _BEFORE_ROLE.match(text, role.start)
                start, known = opener.end() if opener else role.start, True
                possessive = _POSSESSIVE_END.search(text, start, end)
                end = possessive.start() if possessive else end
        spans.append(_CharSpan(start, end, label, _KNOWN_RANK if known else 1))
        owned = possessed_group_end(text, end)
        if owned is not None:  # "Assad's brutal regime", "ISIL's self-proclaimed capital"
            spans.append(_CharSpan(with_determiner(text, start), *owned, _KNOWN_RANK))
    spans += [_CharSpan(*mention, 1) for mention in place_mentions(doc)]
    spans += [_CharSpan(*mention, _KNOWN_RANK) for mention in named_places(text)]
    spans += _temporal_spans(doc)
    spans += _quantity_spans(doc, money + refs)
    spans += list(_pronouns(text))
    spans += [_CharSpan(m.start(), m.end(), "Location", 4) for m in _PLACE_ADVERB.finditer(text)]
    spans += [_CharSpan(*mention, 1) for mention in coalition_mentions(text)]
    spans += [_CharSpan(*mention, 1) for mention in nominal_mentions(text)]
    spans += list(_listed_people(text))
    spans += [_CharSpan(*mention, _KNOWN_RANK) for mention in one_person_mentions(text)]
    named = [(e.evidence.start, e.evidence.end) for e in doc.entities]
    named += [(p.evidence.start, p.evidence.end) for p in doc.places]
    named += [(t.evidence.start, t.evidence.end) for t in doc.timex]
    named += list(identities.items())
    spans += [
        _with_weapon_name(text, _with_listed_owners(text, span, identities), named)
        for span in _generic_arms(text)
    ]
    spans += [_CharSpan(*mention, 1) for mention in community_mentions(text, identities)]
    spans += [_CharSpan(*mention, 1) for mention in language_mentions(text)]
    return spans


#: what a weapon noun is qualified by: its kind, guidance, delivery or calibre ("small
#: arms", "cluster munitions", "car bomb", "120mm mortar", ".50 calibre machine gun",
#: "rubber bullets", "live ammunition", "a hand grenade", "a shoulder-fired missile")
_WEAPON_MODIFIER: Final = (
    r"(?:heavy|light|small|chemical|biological|simple|single|ordinary|improvised|homemade|"
    r"hand|live|rubber|rubber-coated|plastic|stun|water|"
    r"guided|unguided|precision|precision-guided|ballistic|cruise|anti-[a-z]+|loitering|"
    # speed, reach and flight: "hypersonic missiles", "long-range artillery", "glide bombs"
    r"hypersonic|supersonic|(?:long|short|medium|intermediate)-range|glide|"
    # how it is fired or aimed: "shoulder-fired", "vehicle-mounted", "GPS-guided"
    r"[A-Za-z]+-(?:fired|launched|mounted|guided)|"
    r"[a-z]+-to-[a-z]+|barrel|"
    r"cluster|incendiary|thermobaric|rocket-propelled|rocket propelled|ground-based|"
    r"snipers?['’]?|"
    r"nuclear|explosive|air|rocket|car|truck|roadside|assault|automatic|high-explosive|"
    # the attack mode that is part of the weapon's kind: "suicide car bombs", "a suicide
    # bomb" (a person who carries one is a "suicide bomber", which no weapon noun matches)
    r"suicide|"
    r"[a-z]+-borne|\d+(?:\.\d+)? ?mm|\.\d+(?:[ -]cal(?:ibre|iber)?)?)"
)
#: weapon nouns; a round, shell or launcher of a weapon is one weapon ("mortar rounds",
#: "artillery pieces", "multiple rocket launchers"), and so are blades ("knives")
_WEAPON_NOUN: Final = (
    r"(?:weapons?(?: systems?)?|weaponry|munitions?|ammunition|bombs?|"
    r"missiles?(?: launchers?)?|multiple[- ](?:launch )?rocket (?:launchers?|systems?)|"
    r"rockets?(?: launchers?)?|shells?|"
    r"mortars?(?: rounds?| shells?| bombs?)?|"
    r"artillery(?: rounds?| shells?| systems?| pieces?| guns?)?|bullets?|"
    r"grenades?(?: launchers?)?|machine ?guns?|rifles?|guns|firearms|(?i:small|light) arms|"
    r"IEDs?|VBIEDs?|explosives|explosive devices?|landmines?|land mines?|warheads?|"
    r"(?:suicide|explosive) (?:vests?|belts?)|booby[- ]traps?|Kalashnikovs?|RPGs?|"
    r"sarin|chlorine gas|mustard gas|nerve agents?|military hardware|pistols?|handguns?|"
    r"shotguns?|machetes?|howitzers?|torpedo(?:es)?|MANPADS|ATGMs?|tear gas|"
    r"poison gas|white phosphorus|napalm|chemical agents?|bomblets?|knives|knife|swords?|"
    r"daggers?|bayonets?|launchers?|cannons?|"
    # rounds fired at crowds ("live rounds", "rubber rounds"; not "rounds of talks")
    r"(?:live|rubber|plastic|rubber-coated) rounds?)"
)
#: an indefinite article right before a phrase
_ARTICLE_BEFORE: Final = re.compile(r"\b(?:a|A|an|An) $")
#: the word after a phrase, if a word follows
_WORD_AFTER: Final = re.compile(r" ([A-Za-z]+)\b")
#: "a single" counts the weapon or platform it opens ("a single weapon", "a single aircraft")
_A_SINGLE: Final = r"(?:[Aa] single )"
#: the first modifier may open a sentence ("Ground-based artillery fired"); "such" and
#: "other" belong to the weapon they qualify ("such weapons", "other military hardware")
_GENERIC_WEAPON: Final = re.compile(
    rf"(?<![\w.])(?:{_A_SINGLE}|(?i:such|other) )?(?:(?i:{_WEAPON_MODIFIER}) )?"
    rf"(?:{_WEAPON_MODIFIER} )*"
    rf"{_WEAPON_NOUN}\b"
)
#: a weapon word that modifies a place or a group names that, not a weapon ("mortar team")
_ARMS_MODIFIED: Final = re.compile(
    r" (?:factory|factories|facility|facilities|storage|staging|teams?|caches?|depots?|"
    r"sites?|crew|crews|crewmembers?|programmes?|programs?|inspectors?|carriers?|pilots?|"
    r"construction|production|manufacturing|training|shipments?|reports?|conventions?|"
    r"experts?|investigators?|watchdog|deals?|dealers?|smugglers?|trafficking|embargo|"
    r"sales|impacts?|disposal|squads?|makers?|defen[cs]es?|battalions?|brigades?|"
    r"regiments?|divisions?|positions?|emplacements?)\b"
)
_PLATFORM_MODIFIER: Final = (
    r"(?:remotely piloted|unmanned|military|naval|armou?red|tactical|technical|suicide|aerial|"
    r"combat|attack|transport|cargo|surveillance|reconnaissance)"
)
#: modifiers that make a ship, boat or truck a military one ("naval vessels", "military
#: trucks"; not "cargo ships")
_MILITARY_MODIFIER: Final = r"(?:military|naval|armou?red|suicide|combat|attack|patrol|escort)"
#: the force a platform belongs to, which re3d keeps in the span ("ISIL tanks", "U.S.-led
#: coalition aircraft"); one that only holds it ("an ISIL-held tank") or made it
#: ("Russian-made tanks": the maker is a Nationality of its own) is not kept
#: capitalised words that open a sentence or a noun phrase but never name a force, a
#: count among them ("Two fighter planes")
_NOT_OWNER: Final = (
    r"(?:(?:The|A|An|This|That|These|Those|All|Some|Its|Their|Our|His|Her|My|Your|"
    rf"Many|Several|Both|Each|Every|No|Other|Such|Most)\b|(?i:{_NUMBER}))"
)
_PLATFORM_OWNER: Final = (
    rf"(?:(?!{_NOT_OWNER})[A-Z][\w.-]*"
    r"(?<!-held)(?<!-controlled)(?<!-made)(?<!-built)(?<!-supplied)|"
    r"(?:[A-Z][\w.]*-led )?(?:coalition|Coalition)|enemy|regime|government)"
)
_GENERIC_PLATFORM: Final = re.compile(
    rf"\b(?:{_A_SINGLE}|{_PLATFORM_OWNER} )?(?:(?:{_PLATFORM_MODIFIER} )*(?:aircraft carriers?|"
    r"aircraft|fighter (?:jets?|planes?|aircraft)|jet fighters?|"
    r"airplanes?|planes?|warplanes?|jets?|bombers?|helicopter gunships?|"
    r"helicopters?|gunships?|drones?|UAVs?|tanks?|warships?|frigates?|destroyers?|"
    r"corvettes?|submarines?|gunboats?|patrol boats?|airlifters?|APCs?|armou?red personnel "
    r"carriers?|(?:air|missile) defen[cs]e systems?|"
    rf"Humvees?|MRAPs?|minesweepers?)|(?:{_PLATFORM_MODIFIER} )+vehicles?|"
    rf"(?:{_MILITARY_MODIFIER} )+(?:vessels?|ships?|boats?|trucks?)|"
    # a car that armour makes military and a fighting vehicle, with or without a
    # catalogued name before it: "armoured cars", "infantry fighting vehicles"
    r"armou?red cars?|(?:(?:infantry|armou?red) )?fighting vehicles?)\b|"
    rf"\b{_PLATFORM_OWNER} (?:{_PLATFORM_MODIFIER} )*vehicles?\b",
)
#: class nouns that follow a catalogued platform's name only: alone "fighters" are people
#: and "systems" anything ("MiG-29 fighters", "S-400 air defence systems", "Bradley
#: fighting vehicles", "Su-25 ground attack aircraft", "HIMARS rocket launchers")
_PLATFORM_CLASS: Final = re.compile(
    r"(?:fighters|fighter-bombers?|interceptors?|(?:(?:air|missile) defen[cs]e )?systems?|"
    r"(?:infantry )?fighting vehicles?|ground[- ]attack aircraft|rocket launchers?)\b"
)
#: the rounds a launcher fires, ending its mention ("Grad rockets", "Iskander missiles")
_MUNITION_END: Final = re.compile(r" (?:rockets?|missiles?|shells?|rounds?|bombs?|munitions?)$")
#: a force named by a lower-case noun, which a name before it may own ("Syrian regime")
_LOWER_CASE_OWNER: Final = re.compile(r"(?:government|regime|coalition) ")
#: people, not platforms: "suicide bombers"
_NOT_PLATFORM: Final = re.compile(r"suicide bombers?\b")


#: a warship named with its navy's prefix ("HMS Daring", "FS Charles de Gaulle")
_SHIP: Final = re.compile(
    r"\b(?:HMS|USS|USNS|FS|HMAS|HMCS|HMNZS|INS|RFS|TCG|ESPS|HNLMS|FGS|ITS|KRI|PNS|ROKS) "
    r"[A-Z][\w'’-]*(?: (?:de |da |la |of )?[A-Z][\w'’-]*)*"
)
_AIRCRAFT_ROLE: Final = (
    r"(?:attack|bomber|fighter|fighter-bomber|ground-attack|cargo|transport|tanker|"
    r"surveillance|reconnaissance|rotary-wing|fixed-wing|remotely piloted|unmanned)"
)
#: aircraft roles sharing one head noun: "attack, bomber, fighter and remotely piloted
#: aircraft" names four kinds of aircraft, each a platform (re3d's usual coding)
_AIRCRAFT_LIST: Final = re.compile(
    rf"\b{_AIRCRAFT_ROLE}(?:, {_AIRCRAFT_ROLE})*,? (?:and|or) {_AIRCRAFT_ROLE} aircraft\b"
)
_ROLE: Final = re.compile(rf"{_AIRCRAFT_ROLE}(?: aircraft\b)?")
#: the popular name after a designator ("KC-135R Stratotanker", "AH-64 Apache")
_POPULAR_NAME: Final = re.compile(r" [A-Z][a-z]{2,}\b")


def _with_popular_name(text: str, start: int, end: int) -> int:
    """A designator's popular name belongs to its mention ("KC-135R Stratotanker")."""
    if DESIGNATOR.match(text[start:end]) is None:
        return end
    match = _POPULAR_NAME.match(text, end)
    return match.end() if match else end


def _with_class_noun(text: str, label: str, end: int) -> int:
    """A catalogued name and the class noun after it are one mention ("a Kh-101 cruise
    missile", "Paveway IV guided bombs", "MQ-9 Reaper drones", "MiG-29 fighters", "S-400
    air defence systems")."""
    if text[end : end + 1] != " ":
        return end
    pattern = _GENERIC_WEAPON if label == "Weapon" else _GENERIC_PLATFORM
    match = pattern.match(text, end + 1)
    if match is None and label == "MilitaryPlatform":
        match = _PLATFORM_CLASS.match(text, end + 1)
    if match is None or _ARMS_MODIFIED.match(text, match.end()):
        return end
    return match.end()


def _is_verb_use(text: str, match: re.Match[str]) -> bool:
    """Rule 11: a bare weapon word after "to" and before its object is a verb ("to shell
    the neighbourhood", "to bomb them"), not a weapon."""
    word = match.group(0)
    if " " in word or not word.islower() or not text[: match.start()].endswith("to "):
        return False
    return _OBJECT_AFTER.match(text, match.end()) is not None


#: the object a verb takes: a determiner or an object pronoun
_OBJECT_AFTER: Final = re.compile(
    r" (?:the|a|an|its|their|his|her|our|them|it|this|these|those|civilians|people)\b"
)


def _with_weapon_article(text: str, match: re.Match[str]) -> int:
    """Rule 11: a weapon described by a common noun keeps its indefinite article ("a heavy
    machine gun", "an ordinary artillery round"), as re3d codes it; an acronym does not
    ("a VBIED"), nor a weapon word that qualifies the noun after it ("a mortar attack",
    "a bomb-damaged building")."""
    article = _ARTICLE_BEFORE.search(text, 0, match.start())
    if article is None or match.group(0).split()[-1].rstrip("s").isupper():
        return match.start()
    if text[match.end() : match.end() + 1] == "-":
        return match.start()  # "a bomb-damaged building"
    after = _WORD_AFTER.match(text, match.end())
    if after is not None and after.group(1).lower() not in _FUNCTION_WORDS | PREPOSITIONS:
        return match.start()  # "a mortar attack"; but "an anti-ship missile off the coast"
    return article.start()


def _names_a_ship_after(text: str, end: int) -> bool:
    """Rule 11: a ship's class right before its name ("the aircraft carrier FS Charles de
    Gaulle") is the ship itself, which its name names: the name is the mention."""
    return text[end : end + 1] == " " and _SHIP.match(text, end + 1) is not None


def _sentence_case(text: str) -> str:
    """The text with the capital that opens each sentence lowered ("Weapons and ammunition
    were found"), so a common noun there reads as it does inside a sentence; offsets keep."""
    return _SENTENCE_OPENING.sub(lambda m: m.group(0).lower(), text)


#: the capital letter that opens a sentence
_SENTENCE_OPENING: Final = re.compile(r"(?:^|(?<=[.!?] ))[A-Z](?=[a-z])")


def _generic_arms(text: str) -> Iterable[_CharSpan]:
    """Rule 11: re3d marks generic weapons ("mortar", "chemical weapons") and
    military vehicles ("tanks", "remotely piloted aircraft"), not only catalogued names,
    also where one opens a sentence ("Weapons and ammunition were found", read with the
    sentence's capital lowered, and "Russian warplanes struck", read as written)."""
    for reading in dict.fromkeys((text, _sentence_case(text))):
        yield from _generic_weapons(reading)
        yield from _generic_platforms(reading)
    for match in _SHIP.finditer(text):
        yield _CharSpan(match.start(), match.end(), "MilitaryPlatform", 0)
    for match in _AIRCRAFT_LIST.finditer(text):
        for role in _ROLE.finditer(text, match.start(), match.end()):
            if role.group(0) != "attack":  # alone, "attack" reads as the event
                yield _CharSpan(role.start(), role.end(), "MilitaryPlatform", 0)


def _generic_weapons(text: str) -> Iterable[_CharSpan]:
    """Rule 11: weapon nouns with their modifiers, unless they qualify a team or a site."""
    for match in _GENERIC_WEAPON.finditer(text):
        if _is_verb_use(text, match):
            continue  # "to shell the town", "to bomb them"
        if not _ARMS_MODIFIED.match(text, match.end()):
            yield _CharSpan(_with_weapon_article(text, match), match.end(), "Weapon", 5)


def _generic_platforms(text: str) -> Iterable[_CharSpan]:
    """Rule 11: military craft and vehicles with the force they belong to."""
    for match in _GENERIC_PLATFORM.finditer(text):
        if text[: match.start()].endswith(("think ", "oil ", "water ", "fuel ")):
            continue
        if _ARMS_MODIFIED.match(text, match.end()) or _NOT_PLATFORM.search(match.group(0)):
            continue  # "UAV construction facilities", "aircraft carrier", "suicide bombers"
        if _names_a_ship_after(text, match.end()):
            continue
        start = _with_the(text, match)
        if match.group(0)[:1].isupper() or _LOWER_CASE_OWNER.match(match.group(0)):
            # "Syrian government helicopters": the state whose government owns them too
            start = _with_whole_owner(text, start)
        yield _CharSpan(start, match.end(), "MilitaryPlatform", 5)


def _lists_identities_only(text: str, start: int, end: int, identities: Mapping[int, int]) -> bool:
    """Rule 12: whether [start, end) is nothing but identity words that commas, "and", "or"
    or a hyphen list, after an optional "the" ("Russian and Iranian", "the Russian and
    Chinese", "the Israeli-Palestinian"): no name of a body, whatever tagged it so."""
    parts = list(_listed_identities(text, start, end, identities))
    return bool(parts) and parts[-1][1] == end


def _listed_identities(
    text: str, start: int, end: int, identities: Mapping[int, int]
) -> Iterable[tuple[int, int]]:
    """The identity words that open [start, end) as a list, each (start, end) (rule 12)."""
    the = _THE_OPENING.match(text, start, end)
    at = the.end() if the is not None else start
    while at in identities and identities[at] <= end:
        yield at, identities[at]
        joiner = _LIST_JOINER_AFTER.match(text, identities[at], end)
        if joiner is None:
            return
        at = joiner.end()


#: what lists one word after the previous: ", ", " and ", ", or ", or a hyphen pairing
#: two ("Israeli-Palestinian")
_LIST_JOINER_AFTER: Final = re.compile(r",? (?:and|or) |, |[-–]")


def _with_listed_owners(text: str, span: _CharSpan, identities: Mapping[int, int]) -> _CharSpan:
    """Rule 11: demonyms that "and" lists before a platform all own it ("Russian and
    Syrian jets", "British, French and US aircraft" is one platform), as rule 8 reads
    listed identity words together."""
    if span.label != "MilitaryPlatform" or not text[span.start : span.start + 1].isupper():
        return span
    starts_by_end = {end: start for start, end in identities.items()}
    return _CharSpan(_with_listed_words(text, span.start, starts_by_end), *astuple(span)[1:])


def _listed_people(text: str) -> Iterable[_CharSpan]:
    """Rule 10: plural nouns for people that "and" or "or" lists ("women and children",
    "doctors, nurses and volunteers") are one group of people, an Organisation as re3d
    codes "children and women" and "translators and linguists"; it leads the model's
    single nouns ("children"), and a "the" before it belongs to it."""
    for match in _PLURAL_LIST.finditer(_sentence_case(text)):  # "Doctors and nurses said"
        words = re.findall(r"[a-z]+", match.group(0))
        listed = [word for word in words if word not in ("and", "or")]
        if all(_plural_people(word) for word in listed):
            start = with_determiner(text, match.start())
            yield _CharSpan(start, match.end(), "Organisation", _KNOWN_RANK)


def _plural_people(word: str) -> bool:
    """Whether a lower-case word is a plural noun for people ("women", "civilians")."""
    plural = word.endswith("s") or word in ("men", "women", "children", "people")
    return plural and noun_kind(word) == "Organisation"


#: two or more lower-case words that commas and "and"/"or" list
_PLURAL_LIST: Final = re.compile(r"(?<![\w-])[a-z]+(?:, [a-z]+)*,? (?:and|or) [a-z]+\b(?!-)")


def _with_weapon_name(text: str, span: _CharSpan, named: Sequence[tuple[int, int]]) -> _CharSpan:
    """Rule 11: a proper name no catalogue knows, right before a weapon noun, is that
    weapon's model ("a Neptune cruise missile", "Almas anti-tank missiles"), as re3d keeps
    a catalogued one ("Grad rockets"); not a body, place, people, time or person another
    rule knows ("Hamas rockets", "Israeli missiles", "Kharkiv shells"), nor an ordinary
    English word that a capital opens ("Heavy rockets", "Two missiles")."""
    if span.label != "Weapon":
        return span
    for pattern in _NAMES_BEFORE:  # "Storm Shadow", else "Neptune" of "Ukrainian Neptune"
        name = pattern.search(text, 0, span.start)
        if name is None or any(s < span.start and name.start() < e for s, e in named):
            continue
        if not any(common_word(word) for word in name.group(0).split()):
            return _CharSpan(name.start(), *astuple(span)[1:])
    return span


#: two, then one, capitalised words right before a phrase ("Storm Shadow ", "Neptune ")
_NAMES_BEFORE: Final = (
    re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+ $"),
    re.compile(r"\b[A-Z][a-z]+ $"),
)


def _with_listed_words(text: str, start: int, starts_by_end: Mapping[int, int]) -> int:
    """The start of the words that ", " or "and" lists right before `start`, each one of
    `starts_by_end` (end -> start): "Russian and" + "Syrian jets"."""
    while (joiner := _LIST_JOINER_BEFORE.search(text, 0, start)) is not None:
        if joiner.start() not in starts_by_end:
            break
        start = starts_by_end[joiner.start()]
    return start


#: what lists one word before the next: ", ", " and ", ", and "
_LIST_JOINER_BEFORE: Final = re.compile(r"(?:,|,? and) $")


def _with_whole_owner(text: str, start: int) -> int:
    """Rule 11: a force named in several words owns its platform as a whole ("a Nigerian
    Air Force jet": "Nigerian Air Force jet", not "Force jet")."""
    while (word := _CAPITALISED_WORD_BEFORE.search(text, 0, start)) is not None:
        if re.match(_NOT_OWNER, word.group(1)) or word.group(1).lower() in _FUNCTION_WORDS:
            break
        start = word.start()
    return start


_CAPITALISED_WORD_BEFORE: Final = re.compile(r"(?<![\w.-])([A-Z][\w.-]*) $")


def _with_the(text: str, match: re.Match[str]) -> int:
    """Rule 11: "the" before a platform named by a common noun belongs to it ("ISIL seized
    the tanks"), as it does to a place or a body named by one."""
    if not match.group(0)[:1].islower():
        return match.start()
    the = _THE_BEFORE.search(text, 0, match.start())
    return the.start() if the is not None else match.start()


_THE_BEFORE: Final = re.compile(r"\b(?:the|The) $")


def _merge_place_pairs(
    text: str,
    spans: list[_CharSpan],
    states: frozenset[tuple[int, int]],
    countries: frozenset[tuple[int, int]] = frozenset(),
) -> list[_CharSpan]:
    """Rule 4: "Palmyra, Syria", "Cibolo, Texas" are one Location, whichever source found
    each part and however the state alone would read; a list of places ("Iran, Turkey,
    Lebanon") is not a pair, nor is a country and the state after it, since no country
    lies inside another ("Iraq, Syria, and the wider community")."""
    places = [
        s
        for s in spans
        if (s.label == "Location" and _is_name(text, s)) or (s.start, s.end) in states
    ]
    merged = list(spans)
    for first in places:
        seconds = [
            s
            for s in places
            if s.start == first.end + 2 and (s.start, s.end) in states and text[s.start].isupper()
        ]
        if text[first.end : first.end + 2] != ", " or not seconds or first.label != "Location":
            continue
        if _listed_before(text, first.start, places) or (first.start, first.end) in countries:
            continue
        second = max(seconds, key=lambda s: s.end)
        if not _LIST_GOES_ON.match(text, second.end):
            merged.append(_CharSpan(first.start, second.end, "Location", _KNOWN_RANK))
    return merged


#: a list of places goes on after a pair ("Iran, Turkey, Lebanon", "Iran, Turkey and Iraq")
_LIST_GOES_ON: Final = re.compile(r"(?:,|,? and|,? or) (?:the )?[A-Z]")


#: a name of one to three capitalised words that a comma, "and" or "or" lists next
_LISTED_PLACE: Final = re.compile(
    r"(, |,? (?:and|or) )([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?![\w'’-]| [A-Z])"
)
#: a list that goes on after a name: another name, by a comma or a conjunction
_LIST_CONTINUES: Final = re.compile(r"(?:,|,? and|,? or) [A-Z]")


def _with_listed_places(text: str, chosen: Sequence[_CharSpan]) -> list[_CharSpan]:
    """Rule 4: names a preposition of place lists with a named place are places too ("in
    Qamenas, Sarmin and Talamenes"), where nothing else claims them and the list closes
    with "and" or "or" ("In Aleppo, Karim said" lists nothing)."""
    spans = sorted(chosen, key=lambda s: s.start)
    opening: dict[int, int] = {}  # a listed place's start -> the start of its list's first
    i = 0
    while i < len(spans):
        place = spans[i]
        i += 1
        listed = _LISTED_PLACE.match(text, place.end)
        if place.label != "Location" or not _is_name(text, place) or listed is None:
            continue
        start, end = listed.span(2)
        if (listed.group(1) == ", ") != bool(_LIST_CONTINUES.match(text, end)):
            continue  # "In Aleppo, Karim said"; "the Near East and South and Central Asia"
        if any(s.start < end and start < s.end for s in spans):
            continue
        first = opening.get(place.start, place.start)
        if not is_place_use(text, first, LOCATIVE_PREPOSITIONS):
            continue  # "transmits on Nilesat, Hotbird, and Noorsat": satellites
        spans.insert(i, _CharSpan(start, end, "Location", 1))
        opening[start] = first
    return spans


def _is_name(text: str, span: _CharSpan) -> bool:
    """Whether a span names a place ("Palmyra", "northern Syria"), not a noun ("a tunnel")."""
    words = text[span.start : span.end].split()
    return bool(words) and words[-1][:1].isupper()


def _listed_before(text: str, start: int, places: Sequence[_CharSpan]) -> bool:
    """Whether a place and a comma stand right before `start` (a list, not a pair)."""
    return any(p.end == start - 2 and text[p.end : start] == ", " for p in places)


def _temporal_spans(doc: Document) -> list[_CharSpan]:
    """Rule 7: specific times only; a leading preposition or qualifier is cut off."""
    text = doc.text
    spans: list[_CharSpan] = []
    for timex in doc.timex:
        if timex.type == "SET" or timex.value in _VAGUE_TIMES:
            continue  # "daily", "recently", "the future": no specific time
        start, end = timex.evidence.start, timex.evidence.end
        if text[start:end].lower() in ("now", "currently"):
            continue
        for pattern in (_TIME_PREPOSITION, _QUALIFIER, _THE_BEFORE_DATE):
            match = pattern.match(text, start, end)
            if match is not None and match.end() < end:
                start = match.end()
        deictic = _DEICTIC_BEFORE.search(text, 0, start)
        if deictic is not None:
            start = deictic.start()  # "this Thanksgiving", "last Ramadan"
        spans.append(_CharSpan(start, end, "Temporal", 2))
    return spans


def _quantity_spans(doc: Document, blocked: Sequence[tuple[int, int]]) -> list[_CharSpan]:
    """Rule 7: the number (and a unit of measure), never a citation mark or coordinate."""
    text = doc.text
    spans: list[_CharSpan] = []
    for quantity in doc.quantities:
        start, end = quantity.evidence.start, quantity.evidence.end
        if any(start < e and s < end for s, e in blocked):
            continue
        qualifier = _QUALIFIER.match(text, start, end)
        if qualifier is not None and qualifier.end() < end:
            start = qualifier.end()
        number = _COUNT.match(text, start)  # may run past the stage's span: "15 to 20 percent"
        if number is None or number.group(0).lower() == "one":
            continue  # a lone "one" is nearly always a determiner ("one strike destroyed")
        end = number.end()
        unit = _UNIT_AFTER.match(text, end)  # "300" + " square miles"
        if unit is not None:
            end = unit.end()
        if _is_citation(text, start, end) or _COORDINATE.match(text, end):
            continue
        if _in_name(text, start) or _PARTITIVE_ONE.match(text, start):
            continue
        if _counts_nothing(text, start, end):
            continue
        spans.append(_CharSpan(start, end, "Quantity", 3))
    spans += [_CharSpan(m.start(), m.end(), "Quantity", 3) for m in _MEASURE.finditer(text)]
    return spans


def _counts_nothing(text: str, start: int, end: int) -> bool:
    """Rule 7: a known pair ("the two leaders"), a ratio ("24/7", "5/6"), a range of
    years ("1977-1979") and a radio frequency ("12130 MHz") state no amount."""
    if _YEAR_RANGE.fullmatch(text, start, end):
        return True
    pair = _PAIR.search(text, max(0, start - 8), end)
    if pair is not None and pair.end() == end:
        return True
    if _RATIO.match(text, end) or text[:start].rstrip().endswith("/"):
        return True
    return _FREQUENCY.match(text, end) is not None


def _in_name(text: str, start: int) -> bool:
    """A number right after a capitalised word inside a sentence names something ("Task
    Force 50", "Radio 4", "Resolution 2254"): it is not a quantity."""
    before = text[:start].split()
    return len(before) >= 2 and before[-1][:1].isupper() and before[-1].isalpha()


def _is_citation(text: str, start: int, end: int) -> bool:
    """A Wikipedia-style citation mark ("[1]") is not a quantity."""
    return text[:start].rstrip().endswith("[") and text[end:].lstrip().startswith("]")


def _pronoun_type(word: str) -> str | None:
    """Rule 6: the re3d type of a lower-case personal pronoun, None for any other word."""
    if word in _PERSON_PRONOUNS:
        return "Person"
    return "Organisation" if word in _ORG_PRONOUNS else None


#: rule 6: "here" and "there" as adverbs of place point at a place, which re3d marks as a
#: Location ("we are all here", "I put them there": 12 of 18 in train and dev); the
#: existential "there" that a verb follows or comes before ("there are", "Were there any")
#: points at nothing
_PLACE_ADVERB: Final = re.compile(
    r"(?<!\b[Ww]ere )(?<!\b[Ii]s )(?<!\b[Aa]re )(?<!\b[Ww]as )\b(?:[Hh]ere|[Tt]here)\b"
    r"(?! (?:is|are|was|were|has|have|had|will|would|remains?|seems?|appears?|may|might|"
    r"could|must|should|can|be)\b)(?!['’])"
)


def _pronouns(text: str) -> Iterable[_CharSpan]:
    for match in re.finditer(r"\b[A-Za-z]+\b", text):
        word = match.group(0).lower()
        label = _pronoun_type(word)
        if label is not None and (word != "i" or match.group(0) == "I"):
            yield _CharSpan(match.start(), match.end(), label, 4)


def _select(spans: Iterable[_CharSpan]) -> list[_CharSpan]:
    """Rules 9-10: non-overlapping; the leading source first, then longest, then rank."""
    chosen: list[_CharSpan] = []
    for span in sorted(
        spans, key=lambda s: (_tier(s), -(s.end - s.start), s.rank, s.start, s.label)
    ):
        if span.end <= span.start:
            continue
        if any(span.start < c.end and c.start < span.end for c in chosen):
            continue
        chosen.append(span)
    return sorted(chosen, key=lambda s: (s.start, s.end))


def _tier(span: _CharSpan) -> int:
    """Rule 10: pattern rules first, then the model's names, then everything else."""
    if span.label not in _MODEL_LEADS:
        return 0
    return 1 if span.rank in (_MODEL_RANK, _KNOWN_RANK) else 2


def _to_tokens(
    spans: Sequence[_CharSpan], starts: list[int], lengths: list[int]
) -> list[TokenSpan]:
    """Map character spans to the gold tokens they cover (a partly covered token counts)."""
    out: list[TokenSpan] = []
    for span in spans:
        if not span.label:
            continue  # held out of every type (rule 3)
        first = next((i for i, s in enumerate(starts) if s + lengths[i] > span.start), None)
        last = next((i for i in range(len(starts) - 1, -1, -1) if starts[i] < span.end), None)
        if first is None or last is None or last < first:
            continue
        out.append((first, last + 1, span.label))
    return sorted(set(out))
