"""MUC-4 template filling (GTT's split and metric) for the events stage.

Splits (`muc4/gtt_processed`): "train" = DEV (1,300 documents; the only split rules may
be tuned on), "dev" = TST1+2, "test" = TST3+4 (200 documents; run to report). The texts
are 1989 FBIS news, lower-cased by GTT's preprocessing. The metric is `gtt_metric`; the
same code scores GTT's and GRIT's released test predictions, so the figures printed
beside ours are recomputed here, not copied.

sitrep events become MUC-4 templates by these rules, in order:
1. incident type from the ACLED sub-type: IED, suicide bomb, grenade -> bombing (a
   suicide bomb whose sentence names no device nor explosion is an attack: "the armed
   forces assassinated the priests, but they are committing suicide");
   abduction -> kidnapping; property destruction by fire -> arson, by theft ->
   robbery (not looting told as a disorder under way, "civilians were looting
   stores", "a wave of looting": no specific incident; "the offices were looted" is
   one), by other means -> attack, or bombing when its sentence names an explosive
   device ("two vehicles were destroyed following the explosion of two bombs"); other
   violent sub-types -> arson when the trigger sets property on fire ("the restaurant
   was torched by a mob"), else attack, or bombing when the event's sentence
   names an explosive device ("guerrillas attacked the bank with dynamite": MUC-4
   calls an attack with explosives a bombing, as it does one whose trigger says so:
   "bombed three public buildings"); a device defused ("police defused a
   bomb planted at the bank") is a bombing attempted, which MUC-4 codes as one (its
   stage of execution says so), and one gone off ("destroyed by a bomb explosion") a
   bombing, whatever sub-type the typing gave them; other non-violent sub-types (arrests,
   protests, agreements ...) make no template; so do events not asserted as real, and
   combat between armed sides told as such ("heavy fighting", "a battle", "troops
   clashed with rebels", "a shoot-out with drug traffickers", also a clash whose
   sentence tells the fighting it was part of: "killed two terrorists during a
   skirmish"; war, not terrorism;
   MUC-4's task definition excludes "clashes" between guerrilla groups and the
   military), and air raids ("the air force bombed the slopes of the volcano": an act
   of war, and MUC-4's bombings are devices set off, not bombs dropped from aircraft;
   an act typed as an air raid whose trigger is a verb of attack, bombing or firing
   and whose sentence names no aircraft nor air force, "the front bombed three public
   buildings", was done on the ground and stays an incident, unless a state's forces
   did it: "the armed forces bombed Perquin civilians" is an air raid),
   and a campaign told as one
   ("the FMLN offensive": MUC-4 records only specific incidents, not generic or
   summary descriptions of many), and so are acts counted in the plural by a word of
   many ("hundreds of dynamite attacks", "over 30 bomb attacks") or told in the plural
   with no target, victim, count, date or place of their own ("their cowardly attacks", "FARC
   attacks and kidnappings of political leaders"), and one a sentence
   recalls as background ("Let us recall that ...": MUC-4 records only recent
   incidents); and so does harm done to another armed group or to a military or
   police force as a body ("guerrillas attacked a patrol", "troops killed five
   rebels") when no building, vehicle or
   installation is hit with it: the definition's "purely guerrilla act"; a unit or
   post named right after the trigger ("attacked a paratrooper battalion at the
   airport", "an attack on army positions") is such a force even where the event has
   no actor2;
2. the perpetrator is actor1 (a state's forces only when they harm civilians: MUC-4's
   task definition takes the military or police as perpetrators only then), or, when
   the event has none or only one supplied by rule and cited by the trigger (an
   unknown perpetrator: "Unidentified Armed Group"), the first armed-group mention of
   its sentence before the trigger ("guerrillas ... attacked"). It is PerpOrg when it
   is a group (a knowledge-base actor, a state's force or an armed-group/organisation
   mention) written as a name (a capitalised word that does not merely open the
   sentence: "the FMLN", not "Terrorists") or headed by a singular collective noun ("the
   army", "the police"), and not a state force's people written with a plural noun for
   them ("Honduran troops", "policemen"); else PerpInd, its words as written
   ("terrorists", "soldiers", "gunmen");
3. Target = a non-human, unarmed actor2 (an armed group attacked is a combatant; a
   facility merely named in the sentence is most often where it happened, not what
   was hit, so it is no target of itself); Victim = a human actor2 written in the
   text, not a side the typing rules supplied on a trigger's words ("Civilians" cited
   as "killed": civilians must be written as people, `roles.GENERIC`),
   nor a bare "people" (persons merely named in the sentence are often its speakers
   or officials, not victims, so they are not taken), nor a military or police force
   as a body (rule 1), nor a place ("guerrillas attacked San Miguel": where it
   happened), and only as a person's name ("teacher Rogelio Mendez"): MUC-4's human
   target is filled with the victim's name, so a side only described ("six peasants",
   "a policeman", "Jesuit priests") fills no Victim;
4. Weapon = the event's weapons, the weapons named in its sentence and its explosive
   devices ("bomb", "dynamite", `sitrep.events.devices`), as written and with the
   adjectives before them ("powerful bomb"), with the count before those ("four
   powerful bombs"), as their last noun ("explosive device": "device"), or with the
   charge or amount written with them ("dynamite charge", "5 kg of dynamite"); a
   bombing whose sentences name no device takes the first one the report names ("a
   dynamite charge was hidden under the truck ... The explosion destroyed the truck");
   a one-word nationality or country ("Chilean", "U.S.") fills no role: it qualifies a
   perpetrator or victim the text names elsewhere, it is not one; nor does a pronoun,
   a date or a bare number ("they", "25 January", "10": MUC-4 writes the fullest name
   the text gives a referent);
5. events of one incident type at one place form one template (MUC's incidents are
   coarser than ACLED's events), their fillers united and de-duplicated; events of
   one type in different towns or spots are different incidents, and so are events
   that hit other property than the incident already hit ("a bomb exploded at a bank
   ... another bomb exploded at the offices of a newspaper"), and so is an act the
   sentence tells as another one ("Another bomb exploded in Medellin an hour later",
   "in a separate attack"), wherever it happened, and so are the two acts of a pair
   told together ("two bomb attacks", "two very strong explosions": each is then told
   in turn; they share perpetrators and weapons); an event placed
   no more precisely than a region or a country joins the first incident of its type;
6. an unnamed perpetrator or victim keeps the adjectives written before its noun
   ("urban guerrillas", "uniformed men", also opening a sentence: "Unidentified
   individuals"), read where the perpetrator is written, also in an earlier sentence,
   and one written bare ("the guerrillas") is also written as the document writes
   its noun elsewhere, with adjectives or in the other number ("urban guerrillas"; a
   weapon or target too: "the bomb" is also "powerful bomb", "bombs");
   a perpetrator's count and its "group of" are other ways of writing it ("three
   heavily armed men", "a group of six urban guerrillas"); a side written only by a
   noun of the act itself ("the kidnappers", "the killers") refers back to the
   perpetrator the report describes elsewhere and fills no role of its own;
7. physical targets are also the buildings, infrastructure and vehicles the trigger's
   sentence names ("power substation", "pylons", "a bridge", "public buses", "the town
   hall", "a school", "the church", "a movie theater", "the central market"), with the
   modifiers before the head noun (the last noun of a compound: "bank branches" is
   branches of a bank, not a bank) and no nationality (`physical_targets`; "U.S.
   embassy" is another way of writing "embassy", its abbreviation's full stop no end of
   the sentence): MUC-4
   codes sabotage of infrastructure and attacks on property as terrorism; the vehicle of
   a device ("a car bomb") is the weapon, not a target; a target is also written with
   the words of state or kind before it ("armored vehicle", "fishing boat", "nearby
   houses") and the count before those ("three pharmacies"), as its head alone ("tourist
   bus": "bus") and with the name or number after it ("the hotel Tequendama", "house
   number 729"); the longer ways the sentence writes one are other mentions of the same
   target: with its owner or quoted name before it ("President Alfredo Cristiani's
   mansion") and its "of"
   phrase after it ("the offices of the local development corporation"); military or
   police property alone ("army helicopters") is no target: MUC-4 records it only
   beside a civilian target; a building or outlet that speaks or names its staff ("a
   local radio station reported", "the station announcer") is a source, no target;
   nor is the building or vehicle where people were shot, killed or seized ("shot dead
   at his home", "killed outside his office", "kidnapped from his car") or that they
   were going to or from ("shot while walking home", "as he was leaving his
   residence"): the scene of harm done to people; nor is the vehicle the attackers
   threw or fired from or rode in ("threw two explosive devices from a vehicle",
   "armed men in a moving car"): their means; the
   property a later sentence says a bomb or its blast damaged ("The blast damaged a car
   parked nearby") is a target of the bombing told last before it;
8. a person the document names as the one a killing, death, wounding, kidnapping or
   attack is done to ("Maria Rojas was injured by the blast", "the attack on Senator
   Ernesto Samper": MUC-4's human targets are the people killed, wounded, seized or
   aimed at) is a Victim of that kind of incident (the object
   after it, past a title of up to five words ("the national assembly vice president
   X"), but not past a preposition of place ("killed this morning in San Francisco
   Javier": where, not whom), or a full name apposed to the people
   it describes ("killed two reporters, Roberto Navas and Mauricio Pineda", "...,
   including presidential hopeful Luis Carlos Galan"; not one that then speaks or owns
   what follows: "..., President Cristiani said"), the subject of its passive, also past
   one or two appositions, "who" or the comma that closes a list ("Danilo Barillas,
   another PDC leader, was killed", "X, 21, a member of the civil patrols, was shot",
   "...; and Bodyguard Jairo Ortega, were also killed"), or
   the owner of its noun: "the murder of Jesuit priest Ignacio Ellacuria", "Senator
   Estrada was kidnapped", "Bernardo Jaramillo Ossa's murder"; `named_victims`),
   whatever rule 3 said
   of persons merely named in a sentence; such a named killing or kidnapping is an
   incident even when the pipeline told it only as a reference ("the murder of X"),
   so it makes a template of its own when the document has none of its type. A
   victim's name, here or as actor2, is written without the titles, roles and
   nationality before it ("Judge X", "Bodyguard X", "Salvadoran X" -> "X"), one name
   per item of a mention that lists several ("X, Y and Z"), with the fuller forms of
   it the document gives ("Romero" -> also "Oscar Arnulfo Romero", "Meneses" -> also
   "Luis Antonio Meneses Benavides"), and also as the text writes it in full, with the
   given names a recogniser left out of the mention and the titles before them
   ("Rodriguez Porth" -> also "Antonio Rodriguez Porth", "General Carlos Prats": MUC-4
   writes the fullest name the text gives); a name no recogniser labelled (2-4 capitalised
   words, none an ordinary English word, that no entity mention overlaps: "the murder
   of Jecar Neghme") counts as a person, unless it is a place ("travelling to San
   Salvador were killed"), and so does the surname alone of the one
   person the document names in full with it ("armed men kidnapped Jaramillo" after
   "Msgr Jesus Emilio Jaramillo");
   the persons written in one list with such a victim, past their appositions ("the
   assassination of journalist X, director of El Espectador, and Y"; "X, 55, from
   Spain; Y, 52, from France"), are victims of the same harm and incident, unless the
   list runs into a person who then speaks ("..., and President Z said");
   the persons a sentence identifies as the victims ("The victims were identified as
   David Lecky ... and James Donnelly") or lists as the people harmed ("The injured
   were 19-year-old X, 30-year-old Y and Z", "Those who were kidnapped are ...") are
   victims of the incident told before it;
   a person the document names as the subject of "died" ("Inspector Eulogio Flores
   died in the explosion") is a victim of the attack, bombing or arson told in that
   sentence, or else of the first with no victim yet, and of none when there is no
   such incident ("died" alone tells no violence);
   a named victim joins the incident that already has that person (also where one name
   holds the other: "Oqueli" is "Hector Oqueli Colindres"), or whose events
   are told in the sentence naming the harm, or the first of its kind with no victim
   yet; else it is an incident of its own (a report of several judges murdered in
   turn reports one incident for each);
9. MUC-4 codes the people who did it and the organisation they belong to side by
   side: beyond actor1, every armed group named in the event's sentence is a PerpOrg
   and every unnamed armed side written before the trigger, or as the agent of a
   passive after it ("guerrillas", "terrorists", "heavily armed men", "kidnapped by
   unidentified men", "shot by two men"; one band described by its kind, "an
   unidentified armed group", "a guerrilla column", not "subversive groups": a kind of
   side), a PerpInd; so are the group's people as the
   text writes them, its name before a word for its members, also past up to two
   adjectives, or after "members of" ("Guatemalan Army troops", "FMLN urban
   guerrillas", "members of the FMLN");
10. one entity per referent: a name and its knowledge-base name and acronyms
   ("FMLN", written with it even where the text has only the long name), or a
   phrase and its last words ("Oscar Arnulfo Romero", "Romero"; "urban guerrillas",
   "guerrillas"), are mentions of one entity, not two fillers; so are the parts of a
   name with a bracketed acronym, gloss or country ("Army of National Liberation
   (ELN)": also "ELN"; "National Liberation Army (Colombia)": also without the country);
11. a wire report is mostly about one incident, whose perpetrator its lead names: an
   incident whose own sentences name no organisation behind it takes the document's
   first named armed group written as one that acts, not as what a person belongs to
   ("M-19 Commander Carlos Pizarro", "the Medellin cartel's top boss") or what something
   is related to ("links to the Medellin cartel", "an agreement with the M-19")
   (PerpOrg), unless they blame a state's forces ("troops
   murdered ..."), with the group's people where it is so written ("FMLN urban
   guerrillas": PerpInd, rule 9) when the incident has no PerpInd, and one left with
   no perpetrator at all its first unnamed armed side ("guerrillas", "heavily armed
   men"; PerpInd);
12. a person the events stage holds responsible (a person actor on the initiator's
   side, assoc_actor1: "accused Colonel X of ordering the murder", "X's men";
   `sitrep.events.perpetrators`) is a PerpInd of the event's incident, written with the
   rank or title before the name and without it ("Colonel Ponce", "Ponce"), unless the
   incident has that person as a victim; an officer held responsible (a military rank
   in the actor's role or before the name) makes the incident one of the state's
   forces (MUC-4 counts them perpetrators when they harm civilians): the armed forces
   the document writes as a body are its PerpOrg, and rule 11 carries no guerrilla
   group to it (rule 12 runs before rule 11);
13. so are they for an incident whose perpetrator is a state's soldiers written as
   people and that has no PerpOrg yet ("Honduran troops burned five houses" in a
   report of "a new Honduran Army raid": PerpOrg "Honduran Army"); its police are
   not its army.
The text is truecased here (sitrep.ingest.truecase) when it is caseless, as GTT's
lower-cased texts are, before the pipeline reads it: the template strings are cut from
the evidence, and the rules above that read them (names, ranks) need the capitals that
`process_article` would otherwise restore only for its own reading.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sitrep.errors import DatasetMissing, SitrepError
from sitrep.evaluate.base import Evaluator, Published, Report, register
from sitrep.evaluate.gtt_metric import (
    ROLES,
    Counts,
    Template,
    ceaf_ree,
    normalise,
    score_corpus,
    template_from_json,
)
from sitrep.events.classify import _AIR_WORDS
from sitrep.events.devices import device_phrases
from sitrep.events.perpetrators import unlabelled_names
from sitrep.events.roles import GENERIC
from sitrep.events.speech import CUE_WORDS
from sitrep.events.tokens import SUBORDINATORS, Tok, is_plural, tokenize
from sitrep.ingest.truecase import common_word, needs_truecasing, truecase
from sitrep.model import Actor, EntityMention, Event, Extraction, Span, make_article
from sitrep.pipeline.resources import load_resources

SPLITS = {"train": "train.json", "dev": "dev.json", "test": "test.json"}
_BOMBING = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})
_ATTACK = frozenset(
    {
        "Armed clash",
        "Attack",
        "Air/drone strike",
        "Shelling/artillery/missile attack",
        "Chemical weapon",
        "Sexual violence",
        "Excessive force against protesters",
        "Mob violence",
        "Violent demonstration",
    }
)
#: rule 1: a device defused is a bombing attempted (MUC-4's stage of execution), and a
#: device gone off ("destroyed by a bomb explosion") a bombing.
_DEFUSED = re.compile(r"\b(?:defus|deactivat)", re.IGNORECASE)
_EXPLODED = re.compile(r"\b(?:explo|blast|detonat)", re.IGNORECASE)
#: rule 1: air raids, a state's act of war: MUC-4's bombings are devices set off, not
#: bombs dropped from aircraft.
_AIR_WAR = frozenset({"Air/drone strike"})
#: rule 1: the triggers of an act done on the ground ("attacked", "bombed", "fired at")
#: that an air raid's typing may have taken, told apart by the aircraft its sentence names.
_GROUND_ACT = re.compile(r"(?:attack\w*|bombed|fir(?:e|ed|es|ing))", re.IGNORECASE)
#: rule 1: a trigger that says property was set on fire ("torched", "burned the bus").
_SET_ON_FIRE = re.compile(
    r"\b(?:burn(?:ed|t|ing)?|torch(?:ed|ing)?|arson|ablaze|set (?:\w+ )?(?:on )?fire)\b",
    re.IGNORECASE,
)
#: rule 1: a trigger that says explosives were used ("bombed the bank", "dynamited").
_BOMB_VERB = re.compile(r"(?:bomb|dynamit)", re.IGNORECASE)
#: rule 1: looting told as an ongoing disorder ("the civilians were looting stores",
#: "a wave of looting"), not a robbery done ("the union offices were looted").
_LOOTING = re.compile(r"\blooting\b", re.IGNORECASE)
#: words of mutual combat (rule 1).
_COMBAT_WORDS = frozenset(
    {"fighting", "fought", "battle", "battles", "exchanged", "exchange", "firefight",
     "clash", "clashes", "clashed", "clashing", "shootout", "shootouts", "shoot-out",
     "shoot-outs", "skirmish", "skirmishes", "confrontation", "confrontations", "combat"}
)  # fmt: skip
#: rule 1: the phrases that recall a past incident as background.
_RECALLED = re.compile(
    r"\b(?:let us (?:recall|remember)|it (?:will|should|must) be (?:recalled|remembered)|"
    r"(?:we|i) (?:recall|remember)|recalled that)\b",
    re.IGNORECASE,
)
#: rule 1: words of many right before acts in the plural ("hundreds of", "a wave of").
_MANY_BEFORE = re.compile(
    r"\b(?:hundreds|dozens|thousands|scores|series|wave|spate|string|number|rash|"
    r"(?:more than|over|some|about) \d+|\d{2,})(?: of)?(?: \w+)?\s*$",
    re.IGNORECASE,
)
#: rule 4: the charge or amount written with an explosive ("dynamite charge", "5 kg of").
_CHARGE_AFTER = re.compile(r" (?:charges?|sticks?|cartridges?)\b", re.IGNORECASE)
_CHARGE_BEFORE = re.compile(
    r"((?:(?:charges?|sticks?|cartridges?)|\d+(?:\.\d+)? ?(?:kg|kilograms?|kilos?|pounds?|"
    r"grams?|lbs?)) of )$",
    re.IGNORECASE,
)
#: rule 1: a verb in the past ("threw stones"): the trigger tells an act, not acts.
_PAST = re.compile(r"[a-z]+(?:ed|ew)")
#: rule 1: nouns of a campaign of many incidents, not of one.
_CAMPAIGN_NOUNS = frozenset({"offensive", "offensives", "counteroffensive", "campaign"})
#: rule 6: a lower-case adjective by its ending (-an, -al, -ic, -ist, -ous, -ive, -ary),
#: a participle of bearing, dress or hire ("armed", "uniformed", "masked", "hired"), or
#: a hyphenated one ("motorcycle-riding", "rifle-toting"), or "death" of "death squads".
_ADJECTIVE = re.compile(
    r"[a-z]+(?:an|al|ic|ist|ous|ive|ary|ful)|armed|uniformed|masked|hooded|heavily|unidentified|"
    r"unknown|guerrilla|hired|paid|death|[a-z]+-[a-z]+(?:ing|ed)"
)
#: rule 10: an acronym ("FMLN", "M-19").
_ACRONYM = re.compile(r"[A-Z][A-Z0-9-]+")
#: rule 7: words that make property military or police ("army helicopters").
_MILITARY_OWNER = re.compile(
    r"\b(?:military|army|air force|police|battalion|brigade|barracks|garrison|navy|naval|combat)\b",
    re.IGNORECASE,
)
#: rule 1: where the object after a trigger ends: punctuation or a preposition past it.
_OBJECT_END = re.compile(r"[,.;:()]|\s(?:at|in|near|with|while|when|who|which|that|of|on)\s")
_OBJECT_START = re.compile(r"^\s+(?:on|upon|against|at)\s", re.IGNORECASE)
_OBJECT_LIMIT = 6
#: rule 1: military posts and positions that stand for the force holding them.
_MILITARY_POSITIONS = frozenset(
    {"positions", "position", "garrison", "barracks", "outpost", "outposts", "post", "posts",
     "checkpoint", "base", "bases", "headquarters"}
)  # fmt: skip
_THE = re.compile(r"^the\s+", re.IGNORECASE)
#: rule 10: a name followed by a bracketed acronym, gloss or country.
_BRACKETED = re.compile(r"([^()]+?)\s*\(([^()]+)\)")
_POSSESSIVE = re.compile(r"['’]s?$")
_LAST_WORD = re.compile(r"([A-Za-z0-9-]+)\s+$")
#: rule 6: how far before a noun its adjectives are looked for, in characters.
_MODIFIER_WINDOW = 200
#: rule 7: verbs of damage done to property ("damaged a car parked nearby").
_DAMAGED = re.compile(
    r"\b(?:damag(?:ed|ing)|destroy(?:ed|ing)|wreck(?:ed|ing)|shatter(?:ed|ing))\b", re.I
)
_LAST_WORDS = re.compile(r"(?:[A-Za-z0-9-]+\s+){1,3}$")
#: rule 2: sides that are civilian (None: a person the text names).
_CIVILIAN_TYPES = frozenset({"civilians", "protesters", None})
_HUMAN_TYPES = frozenset({"civilians", "protesters", "state_forces", "person"})
#: an armed group on the receiving end is a combatant, neither a victim nor a target.
_ARMED_TYPES = frozenset({"rebel_group", "political_militia", "identity_militia"})
#: words that name nobody in particular ("people were killed"): no victim filler.
#: rule 1: nouns of a military or police force as a body, not of one of its members
#: ("a policeman was killed" stays an incident).
_FORCE_NOUNS = frozenset(
    {w for w, (_, kind) in GENERIC.items() if kind == "state_forces"}
    - {"policeman", "policewoman", "gendarme", "soldier", "serviceman"}
    | {"forces", "battalion", "brigade", "patrol", "patrols", "detachment", "unit", "units"}
)
_BARE = frozenset({"people", "persons", "others", "individuals"})
#: rule 4: words that fill no role: pronouns (MUC-4 writes the fullest name the text
#: gives a referent, never a pronoun), dates ("25 January") and bare numbers.
_NOBODY = re.compile(
    r"(?:he|she|it|they|them|we|us|you|him|her|who|whom|this|that|these|those|"
    r"(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)(?:\s+\d{1,4})?|\d+)",
    re.IGNORECASE,
)
_GROUP_LABELS = frozenset({"ARMED_GROUP", "ORG"})
#: rule 7: heads of physical targets (buildings, infrastructure, vehicles), singular and
#: plural; "power substation", "fuel truck", "public buses" keep their modifiers.
_PHYSICAL = frozenset(
    {"building", "house", "home", "residence", "office", "headquarters", "embassy",
     "consulate", "bank", "store", "shop", "hotel", "restaurant", "institute", "plant",
     "factory", "station", "substation", "pylon", "tower", "transformer", "powerline",
     "pipeline", "bridge", "installation", "facility", "warehouse", "farm", "mansion",
     "bus", "truck", "vehicle", "car", "jeep", "ambulance", "train", "plane", "airplane",
     "aircraft", "helicopter", "boat", "ship", "newspaper", "pole", "terminal", "branch",
     "church", "school", "hall", "palace", "club", "pharmacy", "supermarket", "cabin",
     "dealership", "booth", "automobile", "dumptruck", "taxi", "motorcycle",
     "clinic", "cathedral", "monastery", "theater", "theatre", "market", "mall"}
)  # fmt: skip
_PLURAL_PHYSICAL = frozenset(
    {"buildings", "houses", "homes", "residences", "offices", "embassies", "consulates",
     "banks", "stores", "shops", "hotels", "restaurants", "institutes", "plants",
     "factories", "stations", "substations", "pylons", "towers", "transformers",
     "powerlines", "pipelines", "bridges", "installations", "facilities", "warehouses",
     "farms", "buses", "busses", "trucks", "vehicles", "cars", "jeeps", "ambulances",
     "trains", "planes", "airplanes", "helicopters", "boats", "ships", "poles",
     "terminals", "branches", "businesses", "churches", "schools", "halls", "palaces",
     "clubs", "pharmacies", "supermarkets", "cabins", "dealerships", "booths", "automobiles",
     "dumptrucks", "taxis", "motorcycles", "clinics", "cathedrals",
     "monasteries", "theaters", "theatres", "markets", "malls"}
)  # fmt: skip
#: words that end a target's modifiers: determiners, prepositions, quantities, verbs.
_NOT_MODIFIER = re.compile(
    r"(?:the|a|an|its|their|his|her|our|this|that|these|those|of|on|in|at|to|and|or|by|"
    r"with|from|against|into|near|all|every|each|both|various|several|some|many|other|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|least|nearby|.*ed|.*ing|.*ly)",
    re.IGNORECASE,
)
_MODIFIER_LIMIT = 3
#: rule 7: words of state or kind before a target's modifiers ("armored", "fishing").
_DESCRIBING = re.compile(r"[a-z]+(?:ed|ing)|nearby|other", re.IGNORECASE)
#: rule 7: sub-types of harm done to people, whose scene is no target.
_HARM_TO_PEOPLE = frozenset({"Attack", "Abduction/forced disappearance", "Sexual violence"})
#: rule 7: a preposition of place and up to two words before a building or vehicle.
_SCENE_PREPOSITION = r"\b(?:in|at|inside|outside|from|into)\s+(?:\w+\s+){0,2}"
#: rule 7: a verb of the victim's going to or from a building, and up to three words
#: before it ("walking home", "as he was leaving his residence", "travelling between
#: his home and office"): the harm was done on the way, the building is no target.
_SCENE_MOVEMENT = (
    r"\b(?:walk(?:ing|ed)|return(?:ing|ed)|go(?:ing)|head(?:ing|ed)|travell?(?:ing|ed)|"
    r"leav(?:ing|es)|left|arriv(?:ing|ed)|enter(?:ing|ed)|driv(?:ing|en)|coming|way)\s+"
    r"(?:(?:to|from|between|toward|towards|into|for)\s+)?(?:\w+\s+){0,3}"
)
#: rule 7: vehicles, and the words that make one the attackers' means: thrown or fired
#: from it, or they rode in it ("threw two explosive devices from a vehicle", "a group
#: of armed individuals in a moving car", "two men riding a motorcycle").
_VEHICLES = frozenset(
    {"bus", "truck", "vehicle", "car", "jeep", "taxi", "motorcycle", "automobile", "van",
     "pickup", "buses", "trucks", "vehicles", "cars", "jeeps", "taxis", "motorcycles",
     "automobiles", "vans", "pickups"}
)  # fmt: skip
_MEANS_BEFORE = re.compile(
    r"\b(?:from|aboard|riding(?:\s+(?:in|on))?|(?:in|on)\s+(?:\w+\s+)?(?:moving|speeding))"
    r"\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
#: rule 7: the staff a building or outlet noun may qualify ("the station announcer").
_STAFF = frozenset(
    {"announcer", "announcers", "reporter", "reporters", "correspondent", "correspondents",
     "director", "manager", "managers", "owner", "owners", "spokesman", "sources", "source"}
)  # fmt: skip
#: rule 7: the longest owner's name before a target, and "of" phrase after it, in words.
_NAME_LIMIT = 4
_OF_LIMIT = 8
_QUOTES = frozenset({'"', "“", "”"})
#: words that end a target's "of" phrase: a clause, a verb or another preposition.
_OF_STOP = frozenset(
    {"which", "that", "who", "whom", "where", "when", "in", "on", "at", "near", "by", "with",
     "such", "and", "or", "from", "for", "to", "after", "before", "during", "was", "were",
     "is", "are", "has", "had", "have", "been", "located", "while"}
)  # fmt: skip
_SENTENCE_ENDS = frozenset({".", ";", "?", "!"})
#: rule 8: triggers of harm done to a person, and how its victim is written beside them.
_HARM_TO_PERSON = re.compile(
    r"\b(?:(kidnap(?:p?ed|p?ing|s)?|abduct(?:ed|ion|ing|s)?|(?:taken|held) hostage)|"
    r"kill(?:ed|ing|s)?|murder(?:ed|ing|s)?|assassinat(?:ed|ion|ing|e)|slain|shot|death|"
    r"wound(?:ed|ing)|injur(?:ed|ing)|attacks?\s+(?:on|against))\b",
    re.IGNORECASE,
)
#: rule 8: a sentence naming the victims of what was told ("the victims were identified as").
_IDENTIFIED = re.compile(
    r"\b(?:victims?|dead|deceased|hostages?|bodies)\s+(?:was|were|has been|have been)\s+"
    r"identified\s+as\b",
    re.IGNORECASE,
)
#: rule 8: a sentence that lists the people harmed ("The injured were X, Y and Z",
#: "Those who were kidnapped are X, 55, from Spain; ..."), the first name right after it.
_LISTED_AS = re.compile(
    r"\b(?:the\s+(?:injured|wounded|dead|victims|hostages)|those\s+(?:who\s+were\s+)?"
    r"(?:killed|murdered|kidnapped|abducted|injured|wounded))\s+(?:were|are)\s+",
    re.IGNORECASE,
)
_LISTED_FIRST = 25
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
#: rule 5: the words that tell an act as another one ("another bomb", "in a separate
#: attack", "a second car bomb").
_ANOTHER = re.compile(
    r"\b(?:another|separate(?:ly)?|a (?:second|third|fourth|fifth)|in a (?:similar|later))\b",
    re.IGNORECASE,
)
#: rule 5: the most adjectives between "two" and a pair of acts ("two very strong").
_PAIR_GAP = 2
#: rule 5: location precisions that name a town or a spot (not a region or a country).
_LOCAL = frozenset({"exact", "near"})
#: the templates a named victim joins, by the kind of harm, first found first.
_HARM_TEMPLATES = {"kidnapping": ("kidnapping",), "attack": ("attack", "bombing", "arson")}
#: rule 8: what separates two names of one list: their appositions ("director of El
#: Espectador", "55, from Spain"), a comma, a semicolon or "and" ("and of"), then a title.
_LIST_GAP = re.compile(
    r"(?:,[^,;.()]{1,60}){0,2}\s*(?:,|;|,?\s+and)\s+(?:of\s+)?(?:[\w.-]+\s+){0,3}"
)
_VICTIM_AFTER = re.compile(r"\s+(?:of\s+)?(?:[A-Za-z.-]+\s+){0,5}")
#: rule 8: a name after a preposition of place is where the harm was done, not to whom
#: ("was killed this morning in San Francisco Javier").
_WHERE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|from|into|to)\s+$", re.IGNORECASE)
#: rule 8: the words between a harm and a full name apposed to the people it describes
#: ("killed two reporters, Roberto Navas", "killed five politicians, including X").
_APPOSED_AFTER = re.compile(
    r"\s+(?:of\s+)?(?:(?!(?:in|at|on|near|from|to|by|and|or|who|which|that|when|as)\s)"
    r"[A-Za-z-]+\s+){0,4}[A-Za-z-]+,\s+(?:including\s+)?(?!and\s)(?:[A-Za-z.-]+\s+){0,3}",
    re.IGNORECASE,
)
_TITLES = frozenset(
    {"judge", "senator", "president", "general", "gen", "attorney", "colonel", "col",
     "commander", "mayor", "minister", "priest", "father", "bishop", "archbishop",
     "monsignor", "student", "university", "dr", "doctor", "journalist", "congressman",
     "deputy", "governor", "ambassador", "captain", "capt", "lieutenant", "lt", "major",
     "sergeant", "secretary", "candidate", "presidential", "jesuit", "mr", "mrs", "ms",
     "msgr", "mons", "rev", "reverend", "sister", "engineer", "lawyer", "councilman",
     "bodyguard", "driver", "businessman", "professor", "teacher", "director", "leader",
     "former", "retired", "late", "magistrate", "policeman", "comrade", "agent", "officer",
     "inspector", "commissioner"}
)  # fmt: skip
#: rule 8: what separates the names of a list ("X, Y and Z").
#: rule 8: the most given names written before a person mention that a recogniser left out.
_GIVEN_NAMES = 2
_LIST_SEPARATORS = re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+")
#: rule 8: the victim as the owner of the harm noun ("Jaramillo Ossa's murder").
_OWNER_BEFORE = re.compile(r"['’]s?\s+")
_HARM_NOUNS = frozenset({"murder", "assassination", "killing", "death", "kidnapping", "abduction"})
#: rule 8: a person's death told with the person as subject ("X, a judge, also died").
_DIED_AFTER = re.compile(r"(?:,[^,.;]{1,60},)?\s+(?:also\s+)?died\b")
#: ... also past two appositions, an age and a role ("Amalio Escobar, 21, a member of
#: the civil patrols, was shot to death").
_PASSIVE_BEFORE = re.compile(
    r"(?:(?:,[^,.;]{1,60}){1,2},|,\s+who|,)?\s+"
    r"(?:was|were|has been|had been|have been)\s+(?:\w+\s+)?"
)
#: rule 12: the military ranks before an officer's name.
_MILITARY_RANK = re.compile(
    r"(?<!attorney )(?<!secretary )(?<!inspector )(?<!solicitor )(?<!surgeon )"
    r"(?<!consul )(?<!governor )(?<!drum )"
    r"\b(?:colonel|col|general|gen|captain|capt|lieutenant|lt|major|sergeant|sgt)\b",
    re.IGNORECASE,
)
#: rule 12: how a report writes a state's armed forces as a body.
_ARMED_FORCES = re.compile(r"\b(?:[Aa]rmed [Ff]orces|[Aa]rmy)\b")
#: rule 13: how a report writes a state's soldiers ("Honduran troops", "military men").
_SOLDIERS = re.compile(
    r"\b(?:troops|soldiers?|army|armies|military|armed forces|servicem[ae]n)\b", re.IGNORECASE
)
#: plural words that name one organisation ("the armed forces")
_PLURAL_COLLECTIVES = frozenset({"forces"})


def incident_type(event: Event) -> str | None:
    """Rule 1: the MUC-4 incident type of an event, None when MUC would not code it."""
    if event.modality not in ("asserted", "claimed"):
        return None
    sub = event.sub_event_type
    if (
        (sub == "Armed clash" and _combat(event))
        or _campaign(event)
        or _many_acts(event)
        or _air_raid(event)
        or _recalled(event.evidence.text)
        or not _relevant(event)
    ):
        return None
    if sub in _BOMBING and not _suicide_alone(event):
        return "bombing"
    if sub == "Abduction/forced disappearance":
        return "kidnapping"
    if sub == "Looting/property destruction":
        words = (event.trigger.text if event.trigger else event.evidence.text).lower()
        if any(w in words for w in ("burn", "fire", "torch", "arson", "ablaze", "alight")):
            return "arson"
        if _LOOTING.search(words) is not None:
            return None
        if any(w in words for w in ("rob", "stole", "loot")):
            return "robbery"
        return "bombing" if _explosive_act(event) else "attack"
    trigger = event.trigger.text if event.trigger else ""
    if sub == "Disrupted weapons use":
        return "bombing" if _DEFUSED.search(trigger) or _EXPLODED.search(trigger) else None
    if sub not in _ATTACK and not _suicide_alone(event):
        return None
    if _SET_ON_FIRE.search(trigger) is not None:
        return "arson"
    return "bombing" if _explosive_act(event) else "attack"


def _suicide_alone(event: Event) -> bool:
    """Rule 1: an act typed as a suicide bombing whose sentence names no explosive device
    and whose trigger tells no explosion ("the armed forces assassinated the Jesuit
    priests, but they are committing suicide") was typed from the word "suicide"
    alone: it is the act its trigger tells, an attack, not a bombing."""
    trigger = event.trigger.text if event.trigger else ""
    return (
        event.sub_event_type == "Suicide bomb"
        and _EXPLODED.search(trigger) is None
        and not _explosive_act(event)
    )


def _air_raid(event: Event) -> bool:
    """Rule 1: an air raid ("the air force bombed the slopes of the volcano", "a
    helicopter gunship fired at the village") is an act of war; an act typed as one whose
    sentence names no aircraft nor air force ("the front bombed three public buildings",
    "guerrillas used mortars to attack the embassy") was done on the ground, as MUC-4's
    bombings and attacks are, unless a state's forces did it ("the armed forces bombed
    Perquin civilians", "Salvadoran Army troops bombed the school"): a state bombs from
    the air, an act of war, not the device a terrorist sets off."""
    if event.sub_event_type not in _AIR_WAR:
        return False
    if _by_state(event):
        return True
    words = (event.trigger.text if event.trigger else "").split()
    if not words or _GROUND_ACT.fullmatch(words[0]) is None:
        return True
    sentence = event.evidence.text
    return any(t.lower in _AIR_WORDS for t in tokenize(sentence, 0, len(sentence)))


def _explosive_act(event: Event) -> bool:
    """Rule 1: whether an act was done with explosives: its sentence names an explosive
    device or its trigger says so ("bombed three public buildings", "dynamited")."""
    words = (event.trigger.text if event.trigger else "").split()
    bombed = bool(words) and _BOMB_VERB.match(words[0]) is not None
    return bombed or _names_a_device(event.evidence)


def _relevant(event: Event) -> bool:
    """Rule 1: MUC-4's definition of a relevant incident (its task documentation, §1.0):
    what is done to another armed group, or to a military or police force ("troops",
    "the police", "a patrol"), is guerrilla warfare, not terrorism, unless a building,
    vehicle or installation is hit too (sabotage and attacks on property are)."""
    if target_forms(event):
        return True
    target = event.actor2
    if target is None or target.evidence is None:
        return not _force_object(event)
    return target.type not in _ARMED_TYPES and not _force_as_body(target)


def _force_object(event: Event) -> bool:
    """Rule 1: whether the words right after an attack trigger name a military unit or
    position as what was hit ("attacked a paratrooper battalion at the airport", "an
    attack against a 5th infantry brigade unit", "attacked army positions")."""
    trigger = event.trigger
    if trigger is None or not event.evidence.contains(trigger):
        return False
    after = _OBJECT_START.sub(" ", event.evidence.text[trigger.end - event.evidence.start :])
    words = _OBJECT_END.split(after, maxsplit=1)[0].lower().split()
    return any(w in _FORCE_NOUNS or w in _MILITARY_POSITIONS for w in words[:_OBJECT_LIMIT])


def _force_as_body(actor: Actor) -> bool:
    """Rule 1: whether an actor is written as a military or police force as a body
    ("troops", "the national police"), not as one of its members."""
    words = actor.evidence.text.lower().split() if actor.evidence is not None else []
    return actor.type == "state_forces" and bool(words) and words[-1] in _FORCE_NOUNS


def _campaign(event: Event) -> bool:
    """Rule 1: a campaign ("the FMLN offensive", "their counteroffensive") is no specific
    incident: MUC-4's relevance criterion 7 excludes generic and summary descriptions."""
    words = (event.trigger.text if event.trigger else "").lower().split()
    return bool(words) and words[-1] in _CAMPAIGN_NOUNS


def _many_acts(event: Event) -> bool:
    """Rule 1: acts counted in the plural by a word of many ("hundreds of dynamite
    attacks", "a wave of kidnappings", "a series of bombings", "more than 30 bomb
    attacks") are a summary of many incidents, none of them specific (MUC-4's relevance
    criterion 7), and so are plural acts told with nothing that singles them out
    (`_unspecified`)."""
    trigger = event.trigger
    if trigger is None or not event.evidence.contains(trigger):
        return False
    words = trigger.text.lower().split()
    before = event.evidence.text[: trigger.start - event.evidence.start]
    nouns = bool(words) and is_plural(words[-1]) and not any(_PAST.fullmatch(w) for w in words)
    return nouns and (_MANY_BEFORE.search(before) is not None or _unspecified(event, before))


def _unspecified(event: Event, before: str) -> bool:
    """Rule 1: acts in the plural told with nothing that singles them out ("their
    cowardly attacks", "FARC attacks and kidnappings", "bomb explosions shook the
    capital"): no target or victim written, no count ("two explosions", "several
    dynamite blasts"), no date or place of their own ("on 16 June", "in southern Cauca")
    and nothing written as what they were against ("attacks against brothels"): a
    generic description (MUC-4's relevance criterion 7)."""
    a2 = event.actor2
    few = _LAST_WORDS.search(before)
    counted = few is not None and any(_COUNT.fullmatch(w) for w in few.group(0).split())
    dated = event.date is not None and not event.date.inferred
    after = event.evidence.text[event.trigger.end - event.evidence.start :] if event.trigger else ""
    receiver = (
        bool(target_forms(event))
        or (a2 is not None and a2.evidence is not None)
        or _OBJECT_START.match(after) is not None
    )
    where = event.location
    placed = (
        where is not None and where.evidence is not None and event.evidence.contains(where.evidence)
    )
    return not (receiver or counted or dated or placed)


def _recalled(text: str) -> bool:
    """Rule 1: whether a sentence recalls a past incident as background ("Let us recall
    that ...", "It will be recalled that ..."): MUC-4 records only recent incidents, and
    its relevance criterion 6 names this phrase as the mark of historical context."""
    return _RECALLED.search(text) is not None


def _names_a_device(sentence: Span) -> bool:
    """Rule 1: whether the event's sentence names an explosive device ("dynamite", "a
    bomb", `sitrep.events.devices`): MUC-4 calls an attack with explosives a bombing."""
    return bool(device_phrases(tokenize(sentence.text, 0, len(sentence.text))))


def _combat(event: Event) -> bool:
    """Rule 1: fighting between armed sides ("heavy fighting", "a battle") is war, not a
    terrorist incident, and so is an act typed as a clash whose sentence tells the
    fighting it was part of ("they killed two terrorists during a skirmish", "killed in
    combat"); an attack or a killing typed as such stays one."""
    text = event.evidence.text
    return any(t.lower in _COMBAT_WORDS for t in tokenize(text, 0, len(text)))


def _add(bucket: list[list[str]], text: str | None, also: Sequence[str] = ()) -> None:
    """Rule 10: one entity per referent: a name and its knowledge-base aliases ("Farabundo
    Marti National Liberation Front", "FMLN"), or a phrase and its last words ("Oscar
    Arnulfo Romero", "Romero"; "urban guerrillas", "guerrillas"), are mentions of one
    entity; `also` gives other ways the text writes the same referent."""
    if not text:
        return
    text = _POSSESSIVE.sub("", text)
    if not normalise(text) or _nationality(text) or _names_nobody(text):
        return
    key = _referent(text)
    others = [*also, *_short_names(key)]
    mentions = [text]
    for other in [*others, *(part for m in (text, *others) for part in _bracket_parts(m))]:
        if all(normalise(other) != normalise(m) for m in mentions):
            mentions.append(other)
    for entity in bucket:
        if any(_same_referent(m, e) for m in mentions for e in entity) or (
            key is not None and any(_referent(m) == key for m in entity)
        ):
            entity.extend(m for m in mentions if all(normalise(m) != normalise(e) for e in entity))
            return
    bucket.append(mentions)


def _bracket_parts(name: str) -> tuple[str, ...]:
    """Rule 10: a name with a bracketed part ("Army of National Liberation (ELN)", "ELN
    (Army of National Liberation)", the knowledge base's "National Liberation Army
    (Colombia)") is also written as each part alone: the text's acronym or gloss, and
    a name without the country that tells it from a namesake."""
    found = _BRACKETED.fullmatch(name.strip())
    if found is None:
        return ()
    inner = found.group(2)
    return (found.group(1),) if _nationality(inner) else (found.group(1), inner)


def _same_referent(one: str, other: str) -> bool:
    """Whether one phrase ends with the other's words ("Arnulfo Romero", "Romero")."""
    a, b = normalise(one).split(), normalise(other).split()
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return bool(short) and long[len(long) - len(short) :] == short


def _referent(text: str) -> str | None:
    """The knowledge-base actor a name stands for (not a state), else None."""
    entry = load_resources().actors.resolve(text)
    return entry.id if entry is not None and entry.kind != "state" else None


def _short_names(key: str | None) -> tuple[str, ...]:
    """Rule 10: the name and acronyms the knowledge base gives an actor ("Farabundo Marti
    National Liberation Front", "FMLN"): other mentions of the same entity, the ones a
    report writes for it most."""
    entry = load_resources().actors.get(key) if key is not None else None
    if entry is None:
        return ()
    return (entry.name, *(a for a in entry.aliases if _ACRONYM.fullmatch(a)))


def _names_nobody(text: str) -> bool:
    """Rule 4: whether a filler is a pronoun, a date or a bare number ("they", "25
    January", "10"): none names a perpetrator, target, victim or weapon."""
    return _NOBODY.fullmatch(_THE.sub("", text.strip())) is not None


def _nationality(text: str) -> bool:
    """Rule 4: a single word naming a state or its people ("Salvadoran", "the U.S."),
    written with its capital: a lower-case word is a common noun ("car" is no "CAR")."""
    text = _THE.sub("", text.strip())
    if " " in text or not text[:1].isupper():
        return False
    actors = load_resources().actors
    entry = actors.state_of_demonym(text) or actors.resolve(text)
    return entry is not None and entry.kind == "state"


@dataclass
class _Incident:
    """One template being built: its type, its place (rule 5) and its role fillers."""

    kind: str
    place: str | None
    roles: dict[str, list[list[str]]] = field(default_factory=lambda: {role: [] for role in ROLES})
    #: rule 11: one of its events names state forces as the perpetrator
    by_state: bool = False
    #: rule 8: where its events' sentences start
    starts: list[int] = field(default_factory=list)
    #: rule 8: its events' sentences
    sentences: list[Span] = field(default_factory=list)
    #: rule 13: one of its events names soldiers as the perpetrator
    by_army: bool = False


def templates_of(extraction: Extraction) -> list[Template]:
    """Rules 1-12: the MUC-4 templates of one processed document."""
    incidents: list[_Incident] = []
    held: list[tuple[_Incident, Actor]] = []
    for event in extraction.events:
        kind = incident_type(event)
        if kind is not None:
            incident = (
                _new_incident(incidents, kind, _place(event))
                if _another_act(event)
                else _incident_of(incidents, kind, _place(event), physical_targets(event))
            )
            _fill(incident.roles, event, extraction)
            if _two_acts(event):
                _second_act(incidents, incident, event)
            incident.by_state |= _by_state(event)
            incident.by_army |= _by_army(event)
            incident.starts.append(event.evidence.start)
            incident.sentences.append(event.evidence)
            held.extend((incident, a) for a in event.assoc_actor1 if _person(a, extraction))
    _identified_victims(incidents, extraction)
    _damaged_by_blast(incidents, extraction.article.text)
    placed: list[tuple[Span, _Incident]] = []
    for kind, person in named_victims(extraction):
        harmed = _incident_listing(placed, kind, person.evidence, extraction.article.text)
        harmed = harmed or _incident_harming(incidents, kind, person.evidence)
        placed.append((person.evidence, harmed))
        _add_persons(harmed.roles["Victim"], person.evidence, extraction)
    for person in named_deaths(extraction):
        died = _incident_of_death(incidents, person.evidence)
        if died is not None:
            _add_persons(died.roles["Victim"], person.evidence, extraction)
    for incident, actor in held:
        _named_perpetrator(incident, actor, extraction)
    for incident in incidents:
        if incident.by_army and not incident.roles["PerpOrg"]:
            _blame_armed_forces(incident, extraction.article.text)
    _carry_perpetrators(incidents, extraction)
    _carry_devices(incidents, extraction.article.text)
    _written_elsewhere(incidents, extraction.article.text)
    for incident in incidents:
        _drop_military_targets(incident.roles["Target"])
    return [Template(i.kind, i.roles) for i in incidents]


def _carry_devices(incidents: Sequence[_Incident], text: str) -> None:
    """Rule 4: a bombing whose own sentences name no device ("the explosion destroyed the
    front of the truck") was set off with the device the report names first ("a
    dynamite charge was placed under the truck")."""
    if not any(i.kind == "bombing" and not i.roles["Weapon"] for i in incidents):
        return
    tokens = tokenize(text, 0, len(text))
    first = next(iter(device_phrases(tokens)), None)
    if first is None:
        return
    device = Span.of(text, tokens[first[0]].start, tokens[first[1]].end)
    forms = _weapon_forms(device, Span.of(text, 0, len(text)))
    for incident in incidents:
        if incident.kind == "bombing" and not incident.roles["Weapon"]:
            _add(incident.roles["Weapon"], device.text, forms)


def _incident_listing(
    placed: Sequence[tuple[Span, _Incident]], kind: str, person: Span, text: str
) -> _Incident | None:
    """Rule 8: the incident of a victim written in one list with this one ("Those who
    were kidnapped are X, 55, from Spain; Y, 52, from France"): one harm, one incident."""
    return next(
        (
            incident
            for name, incident in placed
            if incident.kind in _HARM_TEMPLATES[kind] and _one_list(name, person, text)
        ),
        None,
    )


def _incident_harming(incidents: list[_Incident], kind: str, person: Span) -> _Incident:
    """Rule 8: the incident a named victim belongs to: the one that already has the
    person as a victim, or whose events are told in the sentence naming the harm, or the
    first of its kind that has no victim yet; a report that names several people killed
    or kidnapped in turn ("the fourth judge murdered this year: Judge X ... Judge Y")
    reports one incident for each."""
    same = [i for k in _HARM_TEMPLATES[kind] for i in incidents if i.kind == k]
    name = _without_title(person.text)
    for incident in same:
        if any(_same_person(name, m) for entity in incident.roles["Victim"] for m in entity):
            return incident
    for incident in same:
        if any(sentence.contains(person) for sentence in incident.sentences):
            return incident
    for incident in same:
        if not incident.roles["Victim"]:
            return incident
    if not same:
        return _incident_of(incidents, kind, None)
    return _new_incident(incidents, kind, None)


def _incident_of_death(incidents: Sequence[_Incident], person: Span) -> _Incident | None:
    """Rule 8: the incident a named death belongs to: an attack, bombing or arson told in
    the sentence naming it, or else the first with no victim yet; "died" says nothing of
    violence, so a death no such incident explains is none."""
    same = [i for k in _HARM_TEMPLATES["attack"] for i in incidents if i.kind == k]
    told = [i for i in same if any(sentence.contains(person) for sentence in i.sentences)]
    return next(iter(told + [i for i in same if not i.roles["Victim"]]), None)


def _same_person(one: str, other: str) -> bool:
    """Rule 8: whether two names write one person: one ends with the other's words
    ("Arnulfo Romero", "Romero") or holds them together, as a Spanish name holds the
    first surname it is cited by ("Oqueli" in "Hector Oqueli Colindres")."""
    return _same_referent(one, other) or _within(one, other) or _within(other, one)


def _person(actor: Actor, extraction: Extraction) -> bool:
    """Rule 12: whether an actor is a person: no knowledge-base actor nor ACLED type,
    written where no mention other than a person's is (the events stage also reads
    names no recogniser labelled)."""
    written = actor.evidence
    return (
        actor.kb_id is None
        and actor.type is None
        and written is not None
        and not any(
            m.label != "PERSON" and m.evidence.overlaps(written)
            for m in extraction.mentions.entities
        )
    )


def _named_perpetrator(incident: _Incident, person: Actor, extraction: Extraction) -> None:
    """Rule 12: a person held responsible is a PerpInd of the incident, with and without
    the titles before the name, unless the incident has the person as a victim; an
    officer makes the incident the state's forces'."""
    if person.evidence is None:
        return
    titled = _with_title(extraction.article.text, person.evidence)
    name = _without_title(titled)
    victims = [m for entity in incident.roles["Victim"] for m in entity]
    if any(_same_referent(name, victim) for victim in victims):
        return
    _add(incident.roles["PerpInd"], titled, [name, *_full_names(name, extraction)])
    if _MILITARY_RANK.search(f"{person.role or ''} {titled}"):
        _blame_armed_forces(incident, extraction.article.text)


def _with_title(text: str, person: Span) -> str:
    """Rule 12: a person's name with the titles and ranks written right before it."""
    start = person.start
    while (found := _LAST_WORD.search(text[max(0, start - 30) : start])) is not None and (
        found.group(1).lower().rstrip(".") in _TITLES
    ):
        start -= len(text[max(0, start - 30) : start]) - found.start()
    return text[start : person.end]


def _blame_armed_forces(incident: _Incident, text: str) -> None:
    """Rule 12: an officer held responsible makes the incident one of the state's forces:
    the armed forces the document first writes as a body ("the army", "the Salvadoran
    armed forces"; not inside another name such as "Revolutionary Armed Forces of
    Colombia") are its PerpOrg, and no guerrilla group is carried to it by rule 11."""
    incident.by_state = True
    for found in _ARMED_FORCES.finditer(text):
        owner = _LAST_WORD.search(text[max(0, found.start() - 30) : found.start()])
        if owner is None or not owner.group(1)[:1].isupper():
            _add(incident.roles["PerpOrg"], found.group(0))
            return
        if _nationality(owner.group(1)):
            _add(incident.roles["PerpOrg"], f"{owner.group(1)} {found.group(0)}", [found.group(0)])
            return


def _drop_military_targets(targets: list[list[str]]) -> None:
    """Rule 7: military or police property alone ("army helicopters", "the national
    police headquarters") is a target of guerrilla warfare, not of terrorism; beside a
    civilian target it stays (MUC-4 then records both)."""
    if all(_MILITARY_OWNER.search(entity[0]) for entity in targets):
        targets.clear()


def _identified_victims(incidents: Sequence[_Incident], extraction: Extraction) -> None:
    """Rule 8: the persons a sentence identifies as the victims ("The victims were
    identified as David Lecky, director of the Columbus school, and James Donnelly")
    are victims of the incident told last before it."""
    text = extraction.article.text
    people = [m for m in extraction.mentions.entities if m.label == "PERSON"]
    people += unrecognised_names(extraction)
    for match in _IDENTIFIED.finditer(text):
        told = [i for i in incidents if any(start < match.start() for start in i.starts)]
        if not told:
            continue
        latest = max(told, key=lambda i: max(s for s in i.starts if s < match.start()))
        end = _SENTENCE_END.search(text, match.end())
        stop = end.start() if end is not None else len(text)
        for person in people:
            if match.end() <= person.evidence.start and person.evidence.end <= stop:
                _add_persons(latest.roles["Victim"], person.evidence, extraction)
    for match in _LISTED_AS.finditer(text):
        told = [i for i in incidents if any(start < match.start() for start in i.starts)]
        first = [p for p in people if 0 <= p.evidence.start - match.end() <= _LISTED_FIRST]
        if not told or not first:
            continue
        latest = max(told, key=lambda i: max(s for s in i.starts if s < match.start()))
        for person in _listed_with(first[:1], people, text):
            _add_persons(latest.roles["Victim"], person.evidence, extraction)


def _damaged_by_blast(incidents: Sequence[_Incident], text: str) -> None:
    """Rule 7: the property a later sentence tells a bomb or its blast damaged ("The
    powerful bomb, placed at the main entrance, damaged a car parked nearby") is a
    target of the bombing told last before it."""
    bombings = [i for i in incidents if i.kind == "bombing"]
    start = 0
    for end in [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
        sentence, at = text[start:end], start
        start = end
        damaged = _DAMAGED.search(sentence)
        told = [i for i in bombings if any(s < at for s in i.starts)]
        if damaged is None or not told or not _blast_before(sentence[: damaged.start()]):
            continue
        latest = max(told, key=lambda i: max(s for s in i.starts if s < at))
        for forms in _targets_in(sentence, damaged.end()):
            _add(latest.roles["Target"], forms[0], forms[1:])


def _blast_before(words: str) -> bool:
    """Rule 7: whether words name a bomb or a blast ("the powerful bomb", "the explosion")."""
    return _EXPLODED.search(words) is not None or bool(
        device_phrases(tokenize(words, 0, len(words)))
    )


def _carry_perpetrators(incidents: Sequence[_Incident], extraction: Extraction) -> None:
    """Rule 11: an incident whose own sentences name no organisation behind it, nor a
    state's forces, takes the document's first named armed group (PerpOrg); one left
    with no perpetrator at all takes the document's first unnamed armed side (PerpInd,
    described as rule 6 says), and one given the group with no PerpInd of its own also
    takes the group's people written after its name ("FMLN urban guerrillas")."""
    text = extraction.article.text
    document = Span.of(text, 0, len(text))
    group = next(
        (
            m.evidence
            for m in extraction.mentions.entities
            if m.label == "ARMED_GROUP"
            and _written_as_name(m.evidence.text, opens_sentence=False)
            and _written_as_actor(m.evidence, text)  # not "M-19 Commander X", "links to"
        ),
        None,
    )
    described = _first_side(text)
    for incident in incidents:
        if group is not None and not incident.roles["PerpOrg"] and not incident.by_state:
            _add(incident.roles["PerpOrg"], group.text)
            if not incident.roles["PerpInd"]:
                _add_members(incident.roles["PerpInd"], group, document)
        if described and not incident.roles["PerpInd"] and not incident.roles["PerpOrg"]:
            _add(incident.roles["PerpInd"], described[0], described[1:])


#: rule 11: the prepositions whose object a group is only a party to or a point of
#: reference ("an agreement with the M-19", "links to the Medellin cartel"), not the one
#: who acts ("for which the FMLN is held responsible" blames it; "members of the FMLN"
#: and "a unit of the FMLN" act, so "of" is none of them).
_REFERENCE_BEFORE = re.compile(
    r"\b(?:with|to|from|for|about|on|against|between|into|among|within|toward|towards)"
    r"\s+(?!which\b|whom\b)(?:the\s+)?(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: rule 11: the nouns of a group's people or parts written after its name ("M-19
#: Commander Carlos Pizarro", "the Medellin cartel leaders"): a group named as what a
#: person or thing belongs to, not as the one who acts.
_OWNED_AFTER = re.compile(
    r"\s*(?:['’]s?\s|\s(?:leaders?|bosses|boss|chiefs?|heads?|kingpins?|capos?|commanders?|"
    r"spokesm[ae]n|candidates?|founders?|connections?|proposals?|"
    r"drug\s+lords?|lords?|hierarchy|accounting|financial)\b)",
    re.IGNORECASE,
)


def _written_as_actor(group: Span, text: str) -> bool:
    """Rule 11: whether a report writes a group as one who acts, not only as what a
    person belongs to ("M-19 Commander Carlos Pizarro", "the Medellin cartel's top
    boss") or what something is related to ("an agreement with M-19", "links with the
    Medellin cartel"): a wire report blames the group it names as an actor."""
    before = text[max(0, group.start - 40) : group.start]
    return _REFERENCE_BEFORE.search(before) is None and _OWNED_AFTER.match(text, group.end) is None


def _written_elsewhere(incidents: Sequence[_Incident], text: str) -> None:
    """Rules 4, 6 and 7: a perpetrator, weapon or target written bare ("the
    guerrillas", "the bomb", "the building") is also written as the document writes its
    noun elsewhere: with adjectives ("urban guerrillas", "powerful bomb") and in the
    other number ("bombs"): a report describes a side, a device or a building once,
    then refers back to it by its noun."""
    document = Span.of(text, 0, len(text))
    forms: dict[str, list[str]] = {}
    for tok in tokenize(text, 0, len(text)):
        written = forms.setdefault(tok.lower.removesuffix("s"), [])
        fuller = _with_modifiers(Span(tok.start, tok.end, tok.text), document)
        written.extend(f for f in (tok.text, fuller) if f not in written)
    for incident in incidents:
        for entity in (
            *incident.roles["PerpInd"],
            *incident.roles["Weapon"],
            *incident.roles["Target"],
        ):
            for bare in [m.lower() for m in entity if " " not in m.strip()]:
                entity.extend(f for f in forms.get(bare.removesuffix("s"), []) if f not in entity)


def _first_side(text: str) -> list[str]:
    """Rule 11: the ways the document writes its first unnamed armed side: a word for
    one ("guerrillas") or people described as one ("heavily armed men")."""
    document = Span.of(text, 0, len(text))
    for tok in tokenize(text, 0, len(text)):
        described = _unnamed_side(Span(tok.start, tok.end, tok.text), document)
        if described:
            return described
    return []


def _by_state(event: Event) -> bool:
    """Rule 11: whether the event's perpetrator, as written, is a state's forces."""
    a1 = event.actor1
    return a1 is not None and a1.type == "state_forces" and a1.evidence is not None


def _by_army(event: Event) -> bool:
    """Rule 13: whether the event's perpetrator, as written, is a state's soldiers
    ("Honduran troops", "soldiers", "the army"), not its police."""
    a1 = event.actor1
    written = a1.evidence.text if a1 is not None and a1.evidence is not None else ""
    return _by_state(event) and _SOLDIERS.search(written) is not None


def _place(event: Event) -> str | None:
    """Rule 5: the place that tells incidents apart: a town or a spot, not a region."""
    where = event.location
    return where.name if where is not None and where.precision in _LOCAL else None


def _incident_of(
    incidents: list[_Incident], kind: str, place: str | None, targets: Sequence[str] = ()
) -> _Incident:
    """Rule 5: the incident of this type at this place, or with no place yet (which then
    takes it); an event with no local place joins the first incident of its type."""
    same = [i for i in incidents if i.kind == kind and not _other_targets(i, targets)]
    if place is None and same:
        return same[0]
    home = next((i for i in same if i.place in (None, place)), None)
    if home is None:
        home = _new_incident(incidents, kind, place)
    elif home.place is None:
        home.place = place
    return home


def _new_incident(incidents: list[_Incident], kind: str, place: str | None) -> _Incident:
    """Rule 5: an incident of its own for an act the text tells as another one."""
    incident = _Incident(kind, place)
    incidents.append(incident)
    return incident


def _two_acts(event: Event) -> bool:
    """Rule 5: whether the trigger tells a pair of acts ("two bomb attacks", "two very
    strong explosions"): each pair member is an incident of its own, told one by one
    after ("one in front of government house ..."); a larger count is a tally, and
    words other than adjectives between the count and the acts ("two people in attacks")
    count something else."""
    trigger = event.trigger
    if trigger is None or not event.evidence.contains(trigger):
        return False
    words = trigger.text.lower().split()
    if not words or not is_plural(words[-1]) or any(_PAST.fullmatch(w) for w in words):
        return False
    before = event.evidence.text[: trigger.start - event.evidence.start].lower().split()
    for word in reversed(before[-_PAIR_GAP - 1 :]):
        if word == "two":
            return True
        if not word.replace("-", "").isalpha() or word in _OF_STOP or word in _BARE:
            return False
        if is_plural(word):
            return False
    return False


def _second_act(incidents: list[_Incident], first: _Incident, event: Event) -> None:
    """Rule 5: the second of a pair of acts, done by the same perpetrators with the same
    weapons as the first; what each hit is told apart later, so it takes none."""
    second = _new_incident(incidents, first.kind, _place(event))
    for role in ("PerpInd", "PerpOrg", "Weapon"):
        second.roles[role] = [list(entity) for entity in first.roles[role]]
    second.starts.append(event.evidence.start)
    second.sentences.append(event.evidence)


def _another_act(event: Event) -> bool:
    """Rule 5: whether the sentence tells the act as another one than those told before
    ("another bomb exploded at the offices of El Espectador", "in a separate attack",
    "a second car bomb"): a different incident, wherever it happened."""
    trigger = event.trigger
    if trigger is None or not event.evidence.contains(trigger):
        return False
    before = event.evidence.text[: trigger.start - event.evidence.start]
    return _ANOTHER.search(before) is not None


def _other_targets(incident: _Incident, targets: Sequence[str]) -> bool:
    """Rule 5: whether an event hits other property than an incident already hit."""
    hit = [m for entity in incident.roles["Target"] for m in entity]
    return (
        bool(targets) and bool(hit) and not any(_same_referent(t, m) for t in targets for m in hit)
    )


def _fill(roles: dict[str, list[list[str]]], event: Event, extraction: Extraction) -> None:
    sentence = event.evidence
    in_sentence = [m for m in extraction.mentions.entities if sentence.contains(m.evidence)]
    document = Span.of(extraction.article.text, 0, len(extraction.article.text))
    _fill_perpetrator(roles, event, in_sentence, document)
    _fill_other_perpetrators(roles, event, in_sentence)
    a2 = event.actor2
    written = a2.evidence if a2 is not None else None
    if a2 is not None and written is not None and _named_civilian(a2, written):
        _add_persons(roles["Victim"], written, extraction)  # "Civilians (X)" by name
    elif (
        a2 is not None
        and written is not None
        and _receiving(a2, written, event)
        and not (a2.type is None and _a_place(written, extraction))
    ):
        if a2.type is None:
            _add_persons(roles["Victim"], written, extraction)
        elif a2.type not in _HUMAN_TYPES:
            _add(roles["Target"], _with_modifiers(written, sentence))
        elif _names_a_person(written, extraction):
            _add_persons(roles["Victim"], written, extraction)
    for forms in target_forms(event):
        if not _scene_of_harm(event, forms[0]) and not _attackers_vehicle(event, forms[0]):
            _add(roles["Target"], forms[0], forms[1:])
    tokens = tokenize(sentence.text, 0, len(sentence.text))
    devices = [
        Span.of(sentence.text, tokens[first].start, tokens[last].end)
        for first, last in device_phrases(tokens)
    ]
    weapons = [
        *(w.evidence for w in event.weapons),
        *(m.evidence for m in in_sentence if m.label == "WEAPON"),
        *(Span(sentence.start + d.start, sentence.start + d.end, d.text) for d in devices),
    ]
    for words in weapons:
        _add(roles["Weapon"], words.text, _weapon_forms(words, sentence))


def _scene_of_harm(event: Event, target: str) -> bool:
    """Rule 7: a building or vehicle where people were shot, killed or seized ("was shot
    dead at his home", "kidnapped from his car"), or that they were going to or from
    ("while walking home", "as he was leaving his residence") is the scene, not what was
    hit: MUC-4
    records property as a target when it is attacked, bombed or burned itself."""
    if event.sub_event_type not in _HARM_TO_PEOPLE:
        return False
    scene = re.compile(rf"(?:{_SCENE_PREPOSITION}|{_SCENE_MOVEMENT}){re.escape(target)}\b")
    return scene.search(event.evidence.text) is not None


def _attackers_vehicle(event: Event, target: str) -> bool:
    """Rule 7: a vehicle the attackers threw or fired from, or rode in ("the attack was
    launched from a moving vehicle", "threw two explosive devices from a vehicle at the
    warehouse", "armed individuals in a moving car") is their means, not what was hit."""
    words = target.lower().split()
    if not words or words[-1] not in _VEHICLES:
        return False
    text = event.evidence.text
    return any(
        _MEANS_BEFORE.search(text[: m.start()]) is not None
        for m in re.finditer(rf"\b{re.escape(target)}\b", text)
    )


def _weapon_forms(words: Span, sentence: Span) -> list[str]:
    """Rule 4: the other ways a weapon is written: with the adjectives and the count
    before it ("powerful bomb", "four bombs"), with its charge or amount ("dynamite
    charge") and as its last noun ("explosive device": "device")."""
    if not sentence.contains(words):
        return [words.text]
    _, described, counted = _counted(words, sentence)
    head = words.text.split()[-1:]
    return [described, counted, *_charge_forms(words, sentence), *head]


def _charge_forms(words: Span, sentence: Span) -> list[str]:
    """Rule 4: an explosive written with its charge or amount is the same weapon written
    longer ("a dynamite charge", "sticks of dynamite", "5 kg of dynamite")."""
    if not sentence.contains(words):
        return []
    at, end = words.start - sentence.start, words.end - sentence.start
    before, after = sentence.text[:at], sentence.text[end:]
    forms = []
    if (found := _CHARGE_AFTER.match(after)) is not None:
        forms.append(words.text + found.group(0))
    if (found := _CHARGE_BEFORE.search(before)) is not None:
        forms.append(found.group(1) + words.text)
    return forms


def physical_targets(event: Event) -> list[str]:
    """Rule 7: buildings, infrastructure and vehicles named in the trigger's sentence
    ("machinegunned a route 302 bus", "two power pylons were dynamited"), each with the
    modifiers written before its head ("power pylons"), but not a nationality ("the
    American embassy" -> "embassy")."""
    return [forms[0] for forms in target_forms(event)]


def target_forms(event: Event) -> list[list[str]]:
    """Rule 7: each physical target of `physical_targets` with the longer ways the
    sentence writes it: with its owner ("President Alfredo Cristiani's mansion"), its
    quoted name ('the "Santo Tomas" presidential farm') or its "of" phrase ("the offices
    of the local development corporation"), and the other forms `_longer_forms` lists."""
    trigger = event.trigger
    at = trigger.end - event.evidence.start if trigger is not None else 0
    return _targets_in(event.evidence.text, at)


def _targets_in(text: str, at: int) -> list[list[str]]:
    """Rule 7: the physical targets a sentence's text names around the word ending at
    `at`: from the start of its clause to the end of the sentence."""
    tokens = tokenize(text, 0, len(text))
    lo = max((t.end for t in tokens if _ends_sentence(tokens, t.i) and t.end <= at), default=0)
    found: list[list[str]] = []
    in_devices = {i for first, last in device_phrases(tokens) for i in range(first, last + 1)}
    for tok in tokens:
        if tok.start < lo:
            continue
        if _ends_sentence(tokens, tok.i) and tok.start >= at:
            break
        if _target_head(tokens, tok.i) and tok.i not in in_devices:
            first = tok.i
            while (
                first > 0
                and tok.i - first < _MODIFIER_LIMIT
                and tokens[first - 1].start >= lo
                and tokens[first - 1].text.replace("-", "").isalpha()
                and not _NOT_MODIFIER.fullmatch(tokens[first - 1].text)
                and tokens[first - 1].lower not in SUBORDINATORS
                and not _nationality(tokens[first - 1].text)
            ):
                first -= 1
            found.append(_longer_forms(text, tokens, first, tok.i, lo))
    return found


def _target_head(tokens: Sequence[Tok], i: int) -> bool:
    """Rule 7: whether a token heads a physical target: a building, infrastructure or
    vehicle noun not followed by another (in "bank branches" and "bus terminal" the
    first noun says which kind of branch or terminal: the last one is the head)."""
    return (
        _physical(tokens[i])
        and not (i + 1 < len(tokens) and _physical(tokens[i + 1]))
        and not _speaks(tokens, i)
    )


def _speaks(tokens: Sequence[Tok], i: int) -> bool:
    """Rule 7: whether a building or outlet noun is the subject of speech or names its
    staff ("a local radio station reported", "the station announcer said", "the bank
    manager told"): a source or an employer, not a target."""
    after = [t.lower for t in tokens[i + 1 : i + 3]]
    if after and after[0] in {"has", "have", "had"}:
        after = after[1:]
    return bool(after) and (after[0] in CUE_WORDS or after[0] in _STAFF)


def _physical(tok: Tok) -> bool:
    return tok.lower in _PHYSICAL or tok.lower in _PLURAL_PHYSICAL


def _longer_forms(text: str, tokens: Sequence[Tok], first: int, head: int, lo: int) -> list[str]:
    """Rule 7: the target as written, then with the nationality before it ("U.S.
    embassy": its owner, though no target of itself), with its owner or quoted name
    before it, with its "of" phrase after it, with the words of state or kind before its
    modifiers ("armored vehicle"), with the count before those ("three pharmacies",
    "several area residences"), its head alone ("bus") and with the name or number
    after its head ("house number 729")."""
    end = tokens[head].end
    forms = [text[tokens[first].start : end]]
    owner = _nationality_before(tokens, first)
    if owner is not None and tokens[owner].start >= lo:
        forms.append(text[tokens[owner].start : end])
    opening = _owner_start(tokens, first, lo)
    if opening is not None:
        forms.append(text[tokens[opening].start : end])
    last = _of_phrase_end(tokens, head)
    if last is not None:
        forms.append(text[tokens[first].start : tokens[last].end])
    described = _described_start(tokens, first, lo)
    if described < first:
        forms.append(text[tokens[described].start : end])
    counted = described - 1
    if counted >= 0 and tokens[counted].start >= lo and _COUNT.fullmatch(tokens[counted].text):
        forms.append(text[tokens[counted].start : end])  # "three pharmacies"
    if head > first:
        forms.append(tokens[head].text)
    named = _name_after(tokens, head)
    if named > head:
        forms.append(text[tokens[first].start : tokens[named].end])
    return forms


def _described_start(tokens: Sequence[Tok], first: int, lo: int) -> int:
    """Rule 7: where a target's description begins, past the words of state or kind
    before its modifiers ("armored vehicle", "fishing boat", "nearby houses")."""
    start = first
    while (
        start > 0
        and first - start < 2
        and tokens[start - 1].start >= lo
        and _DESCRIBING.fullmatch(tokens[start - 1].text) is not None
    ):
        start -= 1
    return start


def _name_after(tokens: Sequence[Tok], head: int) -> int:
    """Rule 7: the last token of the name or number written right after a target's head
    ("the newspaper El Espectador", "house number 729", "building 626")."""
    last = head
    if last + 1 < len(tokens) and tokens[last + 1].lower == "number":
        last += 1
    while (
        last + 1 < len(tokens)
        and last - head < 3
        and (tokens[last + 1].text[:1].isupper() or tokens[last + 1].text.isdigit())
        and not _nationality(tokens[last + 1].text)
    ):
        last += 1
    return last if last > head and tokens[last].lower != "number" else head


def _nationality_before(tokens: Sequence[Tok], first: int) -> int | None:
    """Where the nationality right before a target begins ("American embassy"; "U.S.
    embassy", whose abbreviation the tokenizer cuts from its final full stop), None when
    there is none."""
    owner = first - 1
    if owner >= 1 and _abbreviation_dot(tokens, owner):
        return owner - 1 if _nationality(tokens[owner - 1].text + ".") else None
    return owner if owner >= 0 and _nationality(tokens[owner].text) else None


def _abbreviation_dot(tokens: Sequence[Tok], i: int) -> bool:
    """Whether a full stop closes an abbreviation ("U.S.", "U.N."): the tokenizer cuts it
    from the letters and stops before it."""
    before = tokens[i - 1] if i >= 1 else None
    return (
        tokens[i].text == "."
        and before is not None
        and before.end == tokens[i].start
        and "." in before.text
    )


def _ends_sentence(tokens: Sequence[Tok], i: int) -> bool:
    """Whether a token ends a sentence: a full stop that closes no abbreviation, or ";?!"."""
    return tokens[i].text in _SENTENCE_ENDS and not _abbreviation_dot(tokens, i)


def _owner_start(tokens: Sequence[Tok], first: int, lo: int) -> int | None:
    """Where the owner ("President Alfredo Cristiani's", "the president's") or the quoted
    name ('"Santo Tomas"') written before a target begins, None when there is none."""
    before = first - 1
    if before < 0 or tokens[before].start < lo:
        return None
    if tokens[before].text in _QUOTES:
        opening = next(
            (k for k in range(before - 1, max(before - 6, -1), -1) if tokens[k].text in _QUOTES),
            None,
        )
        return opening if opening is not None and tokens[opening].start >= lo else None
    if not _POSSESSIVE.search(tokens[before].text) or len(tokens[before].text) < 3:
        return None
    start = before
    while (
        start > 0
        and before - start < _NAME_LIMIT
        and tokens[start - 1].start >= lo
        and tokens[start - 1].text[:1].isupper()
        and tokens[start].text[:1].isupper()
    ):
        start -= 1
    return start


def _of_phrase_end(tokens: Sequence[Tok], head: int) -> int | None:
    """The last token of the "of" phrase after a target's head ("of the local development
    corporation"), up to a punctuation mark, a clause or another preposition."""
    if head + 2 >= len(tokens) or tokens[head + 1].lower != "of":
        return None
    last = None
    for k in range(head + 2, min(head + 2 + _OF_LIMIT, len(tokens))):
        word = tokens[k].text
        if not word.replace("-", "").replace("'", "").isalnum() or tokens[k].lower in _OF_STOP:
            break
        last = k
    if last is None or _NOT_MODIFIER.fullmatch(tokens[last].text):
        return None
    return last


def named_victims(extraction: Extraction) -> list[tuple[str, EntityMention]]:
    """Rule 8: each person the document names as the one a killing or kidnapping is done
    to, with the incident type of that harm: named right after the harm word, past up to
    five words of title ("the murder of Jesuit priest Ignacio Ellacuria", "killed attorney general
    Roberto Garcia") or in apposition to the people it describes ("killed two reporters,
    Roberto Navas and Mauricio Pineda", `_apposed`), the subject of its passive, also
    past an apposition or "who"
    ("Senator Estrada was kidnapped", "Danilo Barillas, another PDC leader, was killed",
    "Ernesto Velez, who was killed") or its owner ("Bernardo Jaramillo Ossa's murder");
    a name the places stage reads as a place is where, not whom ("travelling from the
    airport to San Salvador were killed")."""
    text = extraction.article.text
    persons = _persons(extraction)
    found: list[tuple[str, EntityMention]] = []
    for harm in _HARM_TO_PERSON.finditer(text):
        kind = "kidnapping" if harm.group(1) else "attack"
        for m in persons:
            after = text[harm.end() : m.evidence.start]
            before = text[m.evidence.end : harm.start()]
            if (
                m.evidence.start >= harm.end()
                and (
                    (_VICTIM_AFTER.fullmatch(after) and not _WHERE_BEFORE.search(after))
                    or (_APPOSED_AFTER.fullmatch(after) and _apposed(m.evidence, text))
                )
            ) or (
                m.evidence.end <= harm.start()
                and (
                    _PASSIVE_BEFORE.fullmatch(before)
                    or (harm.group(0).lower() in _HARM_NOUNS and _OWNER_BEFORE.fullmatch(before))
                )
            ):
                found.append((kind, m))
        named = [m for k, m in found if k == kind]
        found.extend((kind, m) for m in _listed_with(named, persons, text) if m not in named)
    return found


def _persons(extraction: Extraction) -> list[EntityMention]:
    """Rule 8: the persons a document names: its person mentions, the names no
    recogniser labelled and surnames written alone, less the places among them."""
    persons = [m for m in extraction.mentions.entities if m.label == "PERSON"]
    persons += unrecognised_names(extraction)
    persons += surname_mentions(extraction, persons)
    return [m for m in persons if not _a_place(m.evidence, extraction)]


def named_deaths(extraction: Extraction) -> list[EntityMention]:
    """Rule 8: each person the document names as the subject of "died", also past an
    apposition or "also" ("Inspector Eulogio Flores died in the explosion", "X, former
    defense minister, died today"), with the persons listed with them."""
    text = extraction.article.text
    persons = _persons(extraction)
    named = [m for m in persons if _DIED_AFTER.match(text, m.evidence.end) is not None]
    return _listed_with(named, persons, text)


def _listed_with(
    named: Sequence[EntityMention], persons: Sequence[EntityMention], text: str
) -> list[EntityMention]:
    """Rule 8: the persons written in one list with a named victim ("the assassination of
    journalist Guillermo Cano, director of El Espectador, and Jaime Pardo Leal", "Quispe,
    Isidoro Saune, and Dionisio Aguirre were killed"): each item is a victim of the same
    harm; a person the list runs into who then speaks ("..., and President Cerezo said")
    is none."""
    listed = list(named)
    grown = True
    while grown:
        grown = False
        for person in persons:
            if person in listed or _speaks_after(person.evidence, text):
                continue
            if any(_one_list(person.evidence, other.evidence, text) for other in listed):
                listed.append(person)
                grown = True
    return listed


def _one_list(one: Span, other: Span, text: str) -> bool:
    """Rule 8: whether two names are neighbouring items of one list."""
    first, second = (one, other) if one.end <= other.start else (other, one)
    return (
        first.end <= second.start
        and _LIST_GAP.fullmatch(text[first.end : second.start]) is not None
    )


def _apposed(name: Span, text: str) -> bool:
    """Rule 8: whether a name past a comma names the people just described ("killed two
    reporters, Roberto Navas and ..."): a full name (a single word is more often a
    description: "somebody, presumably a Contra commander") that opens no clause of its
    own: it does not speak ("..., President Cristiani said") nor own what follows
    ("..., President Cristiani's home")."""
    return (
        len(name.text.split()) > 1
        and not _speaks_after(name, text)
        and not text.startswith(("'", "’"), name.end)
    )


def _speaks_after(name: Span, text: str) -> bool:
    """Whether a speech verb follows a name ("President Cerezo said")."""
    words = text[name.end : name.end + 30].split()
    return bool(words) and words[0].strip(",.").lower() in CUE_WORDS


def unrecognised_names(extraction: Extraction) -> list[EntityMention]:
    """Rule 8: names no recogniser labelled, taken as persons: 2 to 4 capitalised words,
    none an ordinary English word, that no entity mention overlaps ("the murder of Jecar
    Neghme": foreign personal names are what a recogniser most often misses)."""
    return [
        EntityMention(evidence=span, label="PERSON", name=span.text)
        for span in unlabelled_names(extraction.article.text, extraction.mentions.entities)
    ]


def surname_mentions(
    extraction: Extraction, persons: Sequence[EntityMention]
) -> list[EntityMention]:
    """Rule 8: a person's surname written alone where no entity mention is ("armed men
    kidnapped Jaramillo, the bishop of Arauca", after "Msgr Jesus Emilio Jaramillo"):
    a report names a person in full once, then by surname, and a recogniser often
    misses the bare surname."""
    text = extraction.article.text
    owners: dict[str, set[str]] = {}
    for m in persons:
        words = _without_title(m.evidence.text).split()
        if len(words) > 1 and words[-1][:1].isupper():
            owners.setdefault(words[-1], set()).add(" ".join(words))
    taken = [m.evidence for m in extraction.mentions.entities] + [m.evidence for m in persons]
    found = []
    for surname in sorted(s for s, names in owners.items() if _one_person(names)):
        for hit in re.finditer(rf"\b{re.escape(surname)}\b", text):
            span = Span(hit.start(), hit.end(), surname)
            if not any(span.overlaps(other) for other in taken):
                found.append(EntityMention(evidence=span, label="PERSON", name=surname))
    return found


def _one_person(names: set[str]) -> bool:
    """Rule 8: whether the names ending in one surname are all one person's (each the
    other's last words: "Jesus Emilio Jaramillo", "Emilio Jaramillo")."""
    return all(_same_referent(a, b) for a in names for b in names)


def _full_names(name: str, extraction: Extraction) -> list[str]:
    """Rule 8: the longer forms the document gives a person's name ("Oscar Arnulfo
    Romero" for "Romero", "Luis Antonio Meneses Benavides" for "Meneses": a Spanish
    name's first surname stands for the whole), without titles, also among the names no
    recogniser labelled."""
    people = [m for m in extraction.mentions.entities if m.label == "PERSON"]
    full = {
        written
        for m in (*people, *unrecognised_names(extraction))
        for written in _person_names(m.evidence.text)
        if _within(name, written)
    }
    return sorted(f for f in full if len(f) > len(name))


def _within(short: str, long: str) -> bool:
    """Whether a name's words appear, in order and together, in a longer name."""
    a, b = normalise(short).split(), normalise(long).split()
    return bool(a) and any(b[k : k + len(a)] == a for k in range(len(b) - len(a) + 1))


def _add_persons(bucket: list[list[str]], written: Span, extraction: Extraction) -> None:
    """Rule 8: each person a name mention writes, with the fuller forms of the name; a
    mention of one person also as written with the given names and titles before it."""
    # an ordinal or number ("a 5th infantry brigade unit") is no person's name
    names = [n for n in _person_names(written.text) if not n[:1].isdigit()]
    longer = _written_longer(extraction.article.text, written) if len(names) == 1 else []
    for name in names:
        _add(bucket, name, [*longer, *_full_names(name, extraction)])


def _written_longer(text: str, person: Span) -> list[str]:
    """Rule 8: a person's name as the text writes it in full: with the given names a
    recogniser left out of the mention ("Antonio Rodriguez Porth" for "Rodriguez Porth":
    capitalised words right before it that are no ordinary word, title or nationality),
    and with the titles before those ("Msgr Oscar Arnulfo Romero")."""
    start = person.start
    for _ in range(_GIVEN_NAMES):
        before = text[max(0, start - 30) : start]
        found = _LAST_WORD.search(before)
        if found is None or not _given_name(found.group(1)):
            break
        start -= len(before) - found.start()
    full = text[start : person.end]
    titled = _with_title(text, Span(start, person.end, full))
    return [form for form in dict.fromkeys((full, titled)) if form != person.text]


def _given_name(word: str) -> bool:
    """Rule 8: whether a word before a person mention may be a given name of it: written
    with a capital, and no ordinary word, title or nationality ("Costa Rican President")."""
    return (
        word[:1].isupper()
        and not common_word(word)
        and word.lower().rstrip(".") not in _TITLES
        and not _nationality(word)
    )


def _person_names(written: str) -> list[str]:
    """Rule 8: the names a person mention writes: one per item when it lists several
    ("Pedro Rafael Jimenez Cortez, Jose Lacides Ordonez and Jose Isaac Forero"), each
    without the titles before it."""
    items = (_without_title(item) for item in _LIST_SEPARATORS.split(written))
    return [item for item in items if item]


def _without_title(name: str) -> str:
    """Rule 8: a person's name without the titles, roles and nationalities written before
    it ("Judge Mariela Espinosa Arango" -> "Mariela Espinosa Arango", "Bodyguard Jairo
    Ortega" -> "Jairo Ortega", "Salvadoran Hector Oqueli" -> "Hector Oqueli")."""
    words = name.split()
    while len(words) > 1 and (words[0].lower().rstrip(".") in _TITLES or _nationality(words[0])):
        words = words[1:]
    return " ".join(words)


def _receiving(actor: Actor, written: Span, event: Event) -> bool:
    """Rule 3: whether actor2 is a victim or target the text itself names."""
    on_trigger = event.trigger is not None and written.overlaps(event.trigger)
    last = written.text.lower().split()[-1:] or [""]
    supplied = actor.type == "civilians" and actor.kb_id is None and last[0] not in GENERIC
    return (
        not on_trigger
        and not supplied
        and actor.type not in _ARMED_TYPES
        and not _force_as_body(actor)
        and written.text.lower() not in _BARE
    )


#: a personal name closing what an actor cites: two capitalised words.
_ENDS_IN_NAME = re.compile(r"\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+$")


def _named_civilian(actor: Actor, written: Span) -> bool:
    """Rule 3: civilians the events stage cites by a person's name ("murdered university
    student Mario Flores" is "Civilians (El Salvador)", as ACLED codes a named victim)
    are that person, a Victim written as a name (rule 8)."""
    return (
        actor.type == "civilians"
        and actor.kb_id is None
        and _ENDS_IN_NAME.search(written.text) is not None
    )


def _names_a_person(written: Span, extraction: Extraction) -> bool:
    """Rule 3: whether a human side is written as a person's name ("Mario Flores", "the
    mayor, Jose Ortiz"), not only described ("six Jesuit priests", "peasants", "a
    policeman"): MUC-4's human target is filled with the victim's name, and a side the
    text only describes fills no Victim."""
    labels = {m.label for m in extraction.mentions.entities if m.evidence.overlaps(written)}
    return "PERSON" in labels or (not labels and _ENDS_IN_NAME.search(written.text) is not None)


def _a_place(written: Span, extraction: Extraction) -> bool:
    """Rule 3: whether an untyped receiving side is a place ("guerrillas attacked San
    Miguel"): a town is where it happened, neither a victim nor a target."""
    return any(place.evidence.overlaps(written) for place in extraction.mentions.places)


def _civilian_harmed(event: Event) -> bool:
    """Rule 2: whether the side an event harms is civilian (civilians, protesters, a
    person named): MUC-4 takes a state's forces as perpetrators only then."""
    target = event.actor2
    return target is not None and target.type in _CIVILIAN_TYPES


def _fill_perpetrator(
    roles: dict[str, list[list[str]]],
    event: Event,
    in_sentence: list[EntityMention],
    document: Span,
) -> None:
    """Rule 2 (actor1 may be written in an earlier sentence than the event's: its
    adjectives are read where it is written)."""
    a1 = event.actor1
    if a1 is not None and a1.type == "state_forces" and not _civilian_harmed(event):
        return
    trigger_start = event.trigger.start if event.trigger else event.evidence.end
    supplied = a1 is not None and a1.evidence is not None and a1.evidence == event.trigger
    if a1 is not None and a1.evidence is not None and not supplied:
        words = a1.evidence
        group = (
            a1.kb_id is not None
            or a1.type == "state_forces"
            or any(m.label in _GROUP_LABELS and m.evidence.overlaps(words) for m in in_sentence)
        )
    else:
        groups = [
            m.evidence
            for m in in_sentence
            if m.label == "ARMED_GROUP" and m.evidence.end <= trigger_start
        ]
        if not groups:
            return
        words, group = groups[0], True
    opens = words.start == event.evidence.start
    organisation = group and (_written_as_name(words.text, opens) or _collective(words.text))
    state_members = a1 is not None and a1.type == "state_forces" and _members_written(words.text)
    if organisation and not state_members:
        _add(roles["PerpOrg"], words.text)
        _add_members(roles["PerpInd"], words, event.evidence)
    else:
        described = _descriptions(words, document)
        if not _named_by_the_act(described):
            _add(roles["PerpInd"], described[0], described[1:])


#: generic nouns of an unnamed armed side ("guerrillas", "gunmen", "terrorists", "death
#: squads": the killers of the region's dirty wars, named by what they do).
_PERPETRATOR_NOUNS = frozenset(
    {w for w, (_, kind) in GENERIC.items() if kind == "rebel_group"}
    | {"subversives", "commandos", "murderers", "killers", "assassins", "bandits",
       "extremists", "paramilitaries", "squads"}
)  # fmt: skip
#: rule 6: nouns that name a perpetrator by the act itself ("the kidnappers").
_ACT_AGENTS = frozenset(
    {"kidnapper", "kidnappers", "abductor", "abductors", "captors", "killer", "killers",
     "murderer", "murderers", "assassin", "assassins"}
)  # fmt: skip
#: plain words for people, perpetrators only when described ("heavily armed men",
#: "unidentified individuals"; not "20 persons").
_PEOPLE = frozenset({"men", "individuals", "persons"})
#: nouns of one band of attackers, perpetrators only when described ("an unidentified
#: armed group", "a guerrilla column"; not "the group"); in the plural ("subversive
#: groups") they most often name a kind of side, not the band that did the act.
_BANDS = frozenset({"group", "unit", "column", "cell"})
#: rule 9: plural nouns for the members of a group ("FMLN guerrillas", "army troops").
_MEMBER_NOUNS = _PERPETRATOR_NOUNS | frozenset(
    {"troops", "soldiers", "members", "militants", "fighters", "agents", "policemen",
     "officers", "men", "activists", "militiamen", "commandos"}
)  # fmt: skip
#: rule 9: the noun for a group's members after its name, past up to two adjectives
#: ("FMLN urban guerrillas", "ELN rural commandos").
_MEMBERS_AFTER = re.compile(r"\s+((?:[a-z]+(?:an|al)\s+){0,2})([A-Za-z-]+)\b")
_MEMBERS_OF = re.compile(r"\b((?:some\s+)?members\s+of\s+(?:the\s+)?)$", re.IGNORECASE)
_BY = re.compile(r"\bby\s+(?:an?\s+|the\s+)?(?:groups?\s+of\s+)?$", re.IGNORECASE)
_GROUP_OF = re.compile(r"\bgroups?\s+of\s+$", re.IGNORECASE)
_COUNT = re.compile(
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)",
    re.IGNORECASE,
)


def _fill_other_perpetrators(
    roles: dict[str, list[list[str]]], event: Event, in_sentence: list[EntityMention]
) -> None:
    """Rule 9: MUC-4 codes the people who did it and the organisation they belong to
    side by side, so beyond actor1 the event's sentence gives every armed group it names
    (PerpOrg) and every unnamed armed side written before the trigger or as the agent of
    a passive after it ("kidnapped by unidentified men") (PerpInd, with its adjectives:
    "urban guerrillas"; people only when described, "heavily armed men", or as that
    agent: "shot by two men"; one band only when described: "an unidentified armed
    group")."""
    sentence = event.evidence
    cut = event.trigger.start if event.trigger is not None else sentence.end
    for m in in_sentence:
        if m.label == "ARMED_GROUP" and _written_as_name(m.evidence.text, opens_sentence=False):
            _add(roles["PerpOrg"], m.evidence.text)
            if m.evidence.end <= cut:
                _add_members(roles["PerpInd"], m.evidence, sentence)
    for tok in tokenize(sentence.text, 0, len(sentence.text)):
        words = Span(sentence.start + tok.start, sentence.start + tok.end, tok.text)
        described = _unnamed_side(words, sentence)
        if described and (words.end <= cut or _agent(words, sentence)):
            _add(roles["PerpInd"], described[0], described[1:])
        elif tok.lower in _BANDS and (words.end <= cut or _agent(words, sentence)):
            band = _descriptions(words, sentence)
            if band[0] != words.text:
                _add(roles["PerpInd"], band[0], band[1:])
        elif tok.lower in _PEOPLE and words.end > cut and _agent(words, sentence):
            agents = _descriptions(words, sentence)  # "shot by two men"
            _add(roles["PerpInd"], agents[-1], agents[:-1])


def _unnamed_side(words: Span, sentence: Span) -> list[str]:
    """Rules 6 and 9: the ways the text writes an unnamed armed side at one word: a word
    for one ("guerrillas"), or a plain word for people only when described ("heavily
    armed men", not "20 persons"); empty when the word is neither."""
    word = words.text.lower()
    if word not in _PERPETRATOR_NOUNS and word not in _PEOPLE:
        return []
    described = _descriptions(words, sentence)
    if _named_by_the_act(described):
        return []
    return described if word in _PERPETRATOR_NOUNS or described[0] != words.text else []


def _named_by_the_act(described: Sequence[str]) -> bool:
    """Rule 6: whether a side is written only by a noun of the act itself ("the
    kidnappers", "the killers"): a back-reference to the perpetrator the report
    describes elsewhere, no description of its own; one described ("paid assassins",
    "two killers") stays."""
    return len(described) == 1 and normalise(described[0]) in _ACT_AGENTS


def _agent(words: Span, sentence: Span) -> bool:
    """Rule 9: whether an unnamed side written after the trigger is the agent of a
    passive ("planted by unidentified persons"), the one who did it."""
    before, _, _ = _counted(words, sentence)
    return _BY.search(before) is not None


def _add_members(bucket: list[list[str]], group: Span, sentence: Span) -> None:
    """Rule 9: the people of a perpetrating group as the text writes them, its name
    followed by a plural noun for its members ("Guatemalan Army troops", "FMLN
    guerrillas") or after "members of" ("members of the FMLN"), are a PerpInd beside
    the group's PerpOrg."""
    after = sentence.text[group.end - sentence.start :]
    noun = _MEMBERS_AFTER.match(after)
    if noun is not None and noun.group(2).lower() in _MEMBER_NOUNS:
        described = f"{noun.group(1)}{noun.group(2)}"
        _add(bucket, f"{group.text} {described}", [described, noun.group(2)])
        return
    members_of = _MEMBERS_OF.search(sentence.text[: group.start - sentence.start])
    if members_of is not None:
        _add(bucket, f"{members_of.group(1)}{group.text}")


def _descriptions(words: Span, sentence: Span) -> list[str]:
    """Rule 6: the ways the text writes an unnamed side: with the adjectives before it,
    then also with the count before those ("three heavily armed men"), with the
    "group of" before those ("a group of unidentified individuals"), and its bare
    noun."""
    before, described, counted = _counted(words, sentence)
    found = [described]
    if counted != described:
        found.append(counted)
    if _GROUP_OF.search(before):
        found.append(f"group of {counted}")
    if described != words.text:
        found.append(words.text)
    return found


def _counted(words: Span, sentence: Span) -> tuple[str, str, str]:
    """Rule 6: an unnamed side with its adjectives ("heavily armed men"), then with the
    count before those ("three heavily armed men"), and the sentence's text before
    that."""
    described = _with_modifiers(words, sentence)
    before = sentence.text[: words.end - sentence.start - len(described)]
    count = _LAST_WORD.search(before)
    if count is None or not _COUNT.fullmatch(count.group(1)):
        return before, described, described
    return before[: count.start()], described, f"{count.group(1)} {described}"


def _with_modifiers(words: Span, sentence: Span) -> str:
    """Rule 6: a common noun with the adjectives written before it ("urban guerrillas",
    "leftist rebels", "uniformed men"): the description the text gives, not its head."""
    at = words.start - sentence.start
    # a window, not the whole text before: `_LAST_WORD` anchored at its end would
    # otherwise scan the document once per word (quadratic on a long report)
    before = sentence.text[max(0, at - _MODIFIER_WINDOW) : at]
    text = words.text
    while (
        (found := _LAST_WORD.search(before)) is not None
        and _ADJECTIVE.fullmatch(found.group(1).lower())
        and not _COUNT.fullmatch(found.group(1))  # "five persons": a count, no adjective
    ):
        text = f"{found.group(1)} {text}"
        before = before[: found.start()]
    return text


def _members_written(text: str) -> bool:
    """Rule 2: a phrase headed by a plural noun for a force's people ("Honduran troops",
    "policemen") writes the people who did it, a PerpInd, though a nationality opens it."""
    words = text.lower().split()
    return bool(words) and words[-1] in _MEMBER_NOUNS


def _collective(text: str) -> bool:
    """Whether a phrase is headed by a singular noun ("the army"), not a plural one."""
    words = text.lower().split()
    return bool(words) and (not words[-1].endswith("s") or words[-1] in _PLURAL_COLLECTIVES)


def _written_as_name(text: str, opens_sentence: bool) -> bool:
    """Whether a capitalised word other than a sentence's first word is in the text."""
    words = text.split()
    return any(
        word[:1].isupper() for i, word in enumerate(words) if not (i == 0 and opens_sentence)
    )


def load_split(split: str, shared: Path) -> list[tuple[str, str, list[Template]]]:
    """(docid, text, gold templates) of a GTT split."""
    path = shared / "datasets" / "muc4" / "gtt_processed" / SPLITS[split]
    if not path.is_file():
        raise DatasetMissing(f"MUC-4 (GTT processed) not found at {path}")
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            gold = [template_from_json(t) for t in raw.get("templates", [])]
            docs.append((str(raw["docid"]), str(raw["doctext"]), gold))
    return docs


def predict(text: str) -> list[Template]:
    """Our templates for one text; a document the pipeline rejects yields none."""
    from sitrep.pipeline import process_article

    try:
        cased = truecase(text) if needs_truecasing(text) else text
        return templates_of(process_article(make_article(cased)))
    except SitrepError:
        return []


def reference_scores(shared: Path) -> tuple[Counts | None, Counts | None]:
    """GTT's template F1 and GRIT's CEAF-REE recomputed from their released outputs."""
    folder = shared / "datasets" / "muc4" / "reference_predictions"
    gtt_path, grit_path = folder / "gtt_preds_gtt.out", folder / "grit_preds_s_t.out"
    gtt = grit = None
    if gtt_path.is_file():
        raw = json.loads(gtt_path.read_text(encoding="utf-8"))
        gtt = score_corpus(
            [
                (
                    [template_from_json(t) for t in doc["pred_templates"]],
                    [template_from_json(t) for t in doc["gold_templates"]],
                )
                for doc in raw.values()
            ]
        )
    if grit_path.is_file():
        raw = json.loads(grit_path.read_text(encoding="utf-8"))
        grit = ceaf_ree([(doc["pred_extracts"], doc["gold_extracts"]) for doc in raw.values()])
    return gtt, grit


def evaluate(docs: Sequence[tuple[str, str, list[Template]]]) -> Counts:
    return score_corpus([(predict(text), gold) for _, text, gold in docs])


def run(split: str, shared: Path) -> Report:
    ours = evaluate(load_split(split, shared))
    metrics = {"precision": ours.precision, "recall": ours.recall, "f1": ours.f1}
    notes = ["GTT template metric reimplemented (see sitrep.evaluate.gtt_metric)"]
    gtt, grit = reference_scores(shared) if split == "test" else (None, None)
    if gtt is not None:
        metrics["gtt_rescored_f1"] = gtt.f1
        notes.append(
            f"GTT's released predictions rescored here: P {gtt.precision:.4f} "
            f"R {gtt.recall:.4f} F1 {gtt.f1:.4f} (published 0.5023)"
        )
    if grit is not None:
        metrics["grit_rescored_ceaf_ree_f1"] = grit.f1
        notes.append(f"GRIT's released predictions, CEAF-REE: F1 {grit.f1:.4f} (published 0.5450)")
    published = (
        Published("GTT (Du et al. 2021)", "f1", 0.5023, "INDEX.md §2, released predictions"),
        Published("GRIT (Du et al. 2021), CEAF-REE", "f1", 0.5450, "INDEX.md §2"),
    )
    return Report("muc4", split, metrics, published if split == "test" else (), notes=tuple(notes))


register(
    Evaluator(
        name="muc4",
        description="MUC-4 template filling (GTT metric); also rescores GTT/GRIT predictions",
        splits=tuple(SPLITS),
        default_split="test",
        run=run,
    )
)
