"""Who acted on whom: actor1 (+assoc_actor1) and actor2, by rules over token order.

There is no parser, so roles come from the position of actor mentions in the
trigger's clause and the prepositions before them:
1. active voice: actor mentions before the trigger are the initiators; the first is
   actor1, the others (coordinated by "and", ",", "joined", "with") assoc_actor1
   ("UK jets joined French aircraft in conducting its own attack": UK, +France).
   A mention after a locative preposition is a place, not an actor, except after a
   state agent noun ("Authorities in neighbouring Turkey arrested ..."). Whoever is
   asked to stop the act does it ("press the regime to cease airstrikes"). A passive
   report ("Israeli jets were reported to have fired") names no speaker before it. An
   actor after a speech verb opens the reported clause; it is no object of that verb
   ("sources reported that Guatemalan Army troops killed nine peasants"). An actor that
   premodifies a nominal trigger is its agent even as another verb's object ("The
   demonstrations followed the police killing of an unarmed man": the police killed).
2. the first actor after the trigger that is its object or follows "against", "on",
   "targeting", "at", "of" is actor2 ("airstrikes against Islamic State",
   "killed two American soldiers"); after "with" it is actor2 for clashes, and so is
   the side a place is taken from ("attempted to seize the hospital from ISIL"); an
   armed side after "from" that follows the act's object is whom the object was
   taken from, for any act ("recaptured three villages from rebels", "seized weapons
   from militants").
3. "by X" after the trigger is actor1 ("a deadly attack by Isis terrorists"); in the
   passive ("was attacked by X", "came under fire from X") the subject is actor2 (but
   "from X" after an act that takes people away is where from: "he was kidnapped from
   Lebanon" names no kidnapper), and
   so is the subject of a passive of harm before the act ("two soldiers were killed in
   an attack on their base"), also when a place set off by commas parts it from its
   verb ("the police base in Uchiza, San Martin Department, was attacked":
   `_subject_across_places`). "by X" after a participle that qualifies the act's subject
   names who used it ("Two grenades lobbed by two militants exploded", "a bomb planted
   by the Taliban killed"): X is actor1 (`_agent_of_subject`). A bare participle with
   a "by" agent is a passive ("Soldier killed in Syria by Isis": the soldier is actor2,
   `_reduced_passive`), and so is a participle of harm with no object before a place or
   time, as headlines write it ("A British soldier killed in IED blast":
   `_headline_passive`). "by X" after a participle of holding names who holds the place
   the act reached, not who acted ("The coalition struck the Tabqa airbase held by
   Islamic State fighters", `_held_by`): X is actor2 when the act has none, never actor1.
   A side named after a fight noun right after a passive of harm ("two soldiers were
   killed in clashes with Taliban militants", "during a gunbattle with al-Shabaab",
   "in an exchange of fire with") fought the victims: it is actor1 and the victims'
   side actor2 (`_fought_with`), and the fight itself read as the trigger gives the
   same two sides (`_victims_fought`).
4. weapons in the sentence whose operator differs from actor1 add that operator as
   assoc_actor1 ("Jordanian F-16s took part"); with no actor1, the operator is actor1.
   Inferred operator (`infer_operators`): a weapon with no stated operator in an
   event whose only initiator is a state or its forces is that state's weapon
   ("F-15Es" in a U.S. strike -> operator "US"); partners named in the text other than
   through their own weapons make the operator unknown, and a non-state actor1 never
   lends its country (the operator stays None).
5. with no named actor in a role, generic nouns stand in with ACLED's generic names:
   "civilians" -> "Civilians (Sudan)", "soldiers" -> "Military Forces of Mali", "the
   regime" -> the military of the country where it acts ("Military Forces of Syria"),
   "government forces", "regime forces", "pro-government forces", "security forces"
   (ACLED codes unspecified security forces as the military) and a government
   right before the act ("government airstrikes", "regime shelling") or as the subject
   of a violent act ("the government has launched an attack") -> the military,
   "armed men", "uniformed men", "unidentified individuals" -> an unidentified armed
   group (also when a capital opening the sentence made "Gunmen" look like a name),
   "police", "gendarmerie" -> "Police Forces of Kenya" (ACLED codes gendarmeries as
   police; so are a sheriff's or county deputies, but not "Duma deputies"), "air
   defences" -> "Military Forces of Ukraine", "protesters" -> "Protesters (Kenya)"; a
   single person of these kinds too ("a soldier", "a policeman", "a gunman"; only nouns
   seldom used as modifiers: "student" in "student leaders" is none), and a village or
   tribal chief, head or elder is a civilian.
   State agents placed in a country ("Authorities in neighbouring Turkey") are that
   state's police ("Police Forces of Turkey", ACLED's actor for arrests), its
   military ("troops in Mali") or its government ("the government of Iraq").
   A capitalised "Army" or "Police" before "of" and a word that names no state is an
   organisation's name, not the generic ("Army of God letters claim responsibility":
   no state's army, `_names_a_body`).
   A force noun qualifying a topic noun names a subject of debate, no force on the
   scene ("calls for police reform", "against police brutality", "security reform",
   "to protest police violence": `names_a_topic`), so a protest whose only police are
   such a topic faces no one.
   "Forces loyal to President Bashar al-Assad" are the forces the knowledge base
   knows as "Assad's forces" (ACLED: "Military Forces of Syria").
   Country and state-force names come from the actor knowledge base
   (`country_name`, `state_part`), never from ISO lists, so events and actors agree.
   Nationality comes from the text's own modifier, and only without one from the
   event's country: a demonym or a state's name right before the noun ("an American
   convoy", "Afghan civilians", "U.S. citizens", `modifier_state`; past one qualifying
   word: "a French aid worker"), a state named right before a force
   noun ("Turkish troops" -> "Military Forces of Turkey", `_as_forces`), or a region or
   town inside a country right before a police or force noun ("Sindh police",
   "Dagestan police" -> that country's police, `_regional_force`). So a foreign
   national is a civilian of their own country ("gunmen kidnapped a German national in
   Mali" -> "Civilians (Germany)"); words that also qualify other nouns ("national",
   "engineers", "student") name civilians only as the head of their phrase
   (`_civilian_head`: not "the national police", "engineers detachment troops").
   A state's own name ending in "s" is no plural demonym ("The Philippines' Abu Sayyaf
   rebels": the state, not Filipino civilians).
   One unnamed attacker ("a gunman", "a lone attacker", "an unidentified assailant", "a
   man armed with a knife", "a knife-wielding man") is no organised group: ACLED's
   "Sole Perpetrator (<country>)", not an unidentified armed group, whose rebel-group
   type is for organised groups; set off by commas before the act's clause, with or
   without a name, it is still the act's subject ("Ahmed Hassan, a gunman, shot dead
   ...", `_apposed_attacker`): a named person acting alone is never an armed group.
   So is one person told doing harm ("a man killed 10 people", "a teenager opened
   fire", "a man went on a rampage, killing three shoppers": `_lone_armed`), and a
   named person with no office who is the subject of a harm done with their own hands
   ("Authorities said Robert Stewart, 45, went on a rampage ..., killing seven
   residents": `_person_acting`); a person with an office acts through the forces they
   lead. "Narcoterrorists" are an unidentified armed group like "terrorists".
   A militia fighting for the government ("pro-government militia", "regime-backed
   militiamen") is ACLED's political militia of the government's country,
   "Pro-Government Militia (Syria)"; partners named beside it keep their own
   nationality ("pro-government militia and US troops": + US military).
   "Pro-government protesters" are no act of the government.
   "The group", "the militia" (not "the group of ...") refer back to the armed group
   named last before them (`actor_rules.definite_antecedent`). Capitalised words the
   knowledge base does not know before a group's head noun name a group of their own
   ("the Mai-Mai militia" -> "Mai-Mai Militia", `_unknown_named_group`).
   An -ed word right after "by" or an article qualifies the noun ("by uniformed men"),
   so the preposition still governs it; so does a qualifying participle anywhere
   ("On Tuesday, unidentified gunmen killed ...", "suspected jihadists"): it is no
   verb whose object the noun would be.
6. clashes "between X and Y" (anywhere after the trigger in its sentence, as in
   "fighting broke out on Friday in El Fasher, ..., between the RSF and the army")
   give actor1 X and actor2 Y when the clause named no side outside that phrase; so
   does a fight "between X and Y" in which a harm is told ("A man was killed by a
   stray bullet during a five-hour encounter between CPI Maoist cadres and Police":
   the bystander is the toll, not a side, `_fight_between`);
   coordinated subjects of a reciprocal clash verb ("Syrian troops and HTS fighters
   clashed") are the two sides, X actor1 and Y actor2 (`reciprocal_sides`).
   A generic noun right after a named actor is that actor's head noun, not another
   actor ("Islamic State militants", "Taliban fighters"); armed people joined to a
   named non-state group by "of" or "from" are that group ("guerrillas of the FARC",
   "Fighters from the al-Shabaab group attacked", `_group_of_named_people`).
7. a person named right after a killing ("murdered X", "the assassination of X") is
   its victim (actor2).
8. "they" as the subject of the trigger ("Police said they arrested 12 suspects")
   stands for the actor named last before it in its sentence, and so do "it" and
   "its" in the active voice right after a speech verb ("The BLA said it carried out
   the attack", "the ministry said its drones had killed", "said it was behind the
   bombing"), which name no one when no actor stands before them; "it was an ambush"
   names the act, no agent;
   civilians before it are witnesses, not the actor ("Residents said they killed 100
   people"); with none, "they" is an unidentified armed group that
   `actor_rules.definite_antecedent` resolves to the armed actor the article named last
   before it (an act that is not violence drops it).
9. a state's nationals named by a plural demonym as victims ("two Israelis were
   killed", "abducted two Italians") are its civilians, "Civilians (Israel)", unless
   the noun is its soldiers ("two Israeli soldiers").
10. whoever condemns, denounces, deplores, investigates, probes, blames or accuses is
   no party to the act ("The OSCE envoy condemned the attack", "Police are
   investigating the shooting", "the attack that London has blamed on Moscow"): such a
   subject takes no role (`judges`); a passive ("Russia was blamed") is no judge, nor
   a subject that a participle of judging only qualifies before its own act ("Soldiers
   probing reports of an ambush killed five villagers": the soldiers killed). Nor
   does the "by" phrase of a participle of reporting or judging ("airstrikes reported
   by the United Nations", "an attack condemned by the EU": `_reported_by`).
11. the passengers of a vehicle ("a police vehicle with five officers", "a bus carrying
   soldiers") are what an act hits, and so is the subject of a verb of running into a
   device ("exploded on a mine", "struck a roadside bomb"): actor2, never actor1.
12. the actor an act is blamed on ("blamed on Russia", "blamed Russia for the strike",
   "accused the rebels of") is its actor1, alleged (`events.modality` makes the act
   claimed), unless the act's clause names a known perpetrator; never its actor2. A
   state the places stage took as a place ("blamed on Russia") is read by name.
13. a participle trigger that opens a clause after a comma does the act of the clause
   before it, whose subject is its actor1 when its own clause names none ("Israeli
   forces carried out raids in the West Bank, arresting 25 Palestinians": the Israeli
   forces arrest; "Police raided a house, arresting three suspects"); a passive clause
   before it ("Two soldiers were killed, prompting ...") lends no initiator.
14. the object of a verb of feeling or opinion is no party to the act: in "a man who
   said he hates the US government opened fire" the US government takes no role
   (`_object_of_opinion`).
15. an arrest with no arrester in its clause is made by the police the sentence names
   as running an operation or as its source ("In a police raid at their home Thursday,
   the Plancons were arrested", "the men were arrested, police said"): ACLED codes
   arrests to the state's forces. The arrested are the named group they are told to
   include ("10 people had been detained, including members of the Democratic
   Movement-United Georgia party"), not the unnamed people (`_members_arrested`).
16. a side whose tie to the act is its experience of, expertise in or cooperation on
   such acts deals with them, it does not do them: in "the Colombian government has much
   experience with kidnappings", "police are cooperating in the kidnapping inquiry"
   the government and the police are no initiators (`_deals_with`).
17. an act told in a relative clause is done by the actor the clause qualifies: in "the
   gunmen who killed five people were never found" the gunmen killed
   (`_relative_antecedent`).
Unnamed partners ("its partner forces") never become actors.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from sitrep.events.modality import complementiser
from sitrep.events.speech import TITLE_WORDS, is_cue
from sitrep.events.tokens import RELATIVE_PRONOUNS, Tok, clause_bounds, is_date_form
from sitrep.events.vocabulary import (
    ACCUSE_VERBS,
    ATTRIBUTE_VERBS,
    BLAME_VERBS,
    INQUIRY_NOUNS,
    INQUIRY_VERBS,
    INTERCEPT_WORDS,
    REPORT_NOUNS,
)
from sitrep.geo.names import DETERMINERS
from sitrep.kb.actors import ActorKB
from sitrep.model import Actor, PlaceMention, Span, Weapon
from sitrep.numbers.words import MULTIPLIERS, TENS, UNITS

_BE = frozenset({"was", "were", "been", "being", "is", "are", "be", "got", "get"})
_PLACE_PREPS = frozenset(
    {"in", "near", "from", "into", "over", "toward", "towards", "across", "outside", "inside",
     "around", "to", "during", "through", "within"}
)  # fmt: skip
#: rule 3: acts that take people away, after which "from X" is where they were taken
#: from, not who took them ("kidnapped from Lebanon", "abducted from their homes").
_TAKEN_AWAY = frozenset(
    {"kidnapped", "abducted", "snatched", "taken", "seized", "deported", "expelled",
     "evacuated", "rescued", "released", "freed", "arrested", "detained", "displaced",
     "removed", "transferred", "smuggled", "trafficked"}
)  # fmt: skip
_TARGET_PREPS = frozenset({"against", "on", "targeting", "at", "of", "upon", "toward", "towards"})
#: state agent nouns -> the derived state actor they stand for (kb id suffix).
_AGENT_PART: dict[str, str] = {
    **dict.fromkeys(("authorities", "police", "security", "prosecutors"), "police"),
    **dict.fromkeys(("forces", "troops", "army", "military"), "military"),
    **dict.fromkeys(("government", "officials"), "government"),
}
_AGENT_NOUNS = frozenset(_AGENT_PART)
#: generic nouns -> (ACLED name pattern, ACLED actor type); {c} is the country name.
GENERIC: dict[str, tuple[str, str]] = {
    **{w: ("Civilians ({c})", "civilians") for w in (
        "civilians", "civilian", "villagers", "residents", "people", "worshippers",
        "students", "children", "women", "displaced", "refugees", "farmers", "journalists",
        "christians", "jews", "passengers", "families", "patients", "interpreter",
        "priests", "nuns", "peasants", "workers", "teachers", "tourists", "bystanders",
        "pedestrians", "businessmen", "youths", "villager", "farmer", "fishermen",
        "fisherman", "shepherds", "traders", "miners", "missionaries", "pilgrims")},
    **{w: ("Protesters ({c})", "protesters") for w in (
        "protesters", "protestors", "demonstrators", "marchers")},
    **{w: ("Rioters ({c})", "rioters") for w in ("rioters", "mob")},
    **{w: ("Police Forces of {c}", "state_forces") for w in (
        "police", "policemen", "officers", "gendarmes", "gendarmerie", "policeman",
        "policewoman", "gendarme", "detectives", "detective", "constables", "constable",
        "troopers", "sheriff", "sheriffs")},
    **{w: ("Military Forces of {c}", "state_forces") for w in (
        "soldiers", "troops", "army", "servicemen", "convoy", "garrison", "regime", "soldier",
        "serviceman", "navy", "junta")},
    **{w: ("Unidentified Gang ({c})", "political_militia") for w in (
        "gang", "gangs", "gangsters", "gangster")},
    **{w: ("Unidentified Armed Group ({c})", "rebel_group") for w in (
        "gunmen", "militants", "assailants", "attackers", "insurgents", "jihadists",
        "guerrillas", "rebels", "terrorists", "kidnappers", "hitmen", "gunman", "assailant",
        "attacker", "hitman", "bandits", "bandit", "pirates", "pirate", "narcoterrorists",
        "narco-terrorists", "narcoterrorist", "narco-terrorist", "fighters", "militiamen")},
}  # fmt: skip
#: leaders of a village or community are civilians ("a village chief", "tribal elders").
_COMMUNITY_LEADERS = frozenset({"chief", "chiefs", "head", "heads", "leader", "leaders", "elder",
                                "elders"})  # fmt: skip
_COMMUNITY_QUALIFIER = re.compile(
    r"\b(?:village|tribal|traditional|customary|community|clan)\s+$", re.IGNORECASE
)
#: a sheriff's deputies are police; alone, "deputies" are as often a parliament's members
#: ("Duma deputies") and "deputy" a rank before another noun ("deputy commander").
_DEPUTIES = frozenset({"deputy", "deputies"})
_SHERIFF_QUALIFIER = re.compile(r"\bsheriff(?:'s|’s|s'|s’)?(?:\s+office)?\s+$", re.IGNORECASE)
#: "county deputies" are a sheriff's, but "a county deputy governor" holds an office.
_COUNTY_QUALIFIER = re.compile(r"\bcounty\s+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([\w.'’-]+)")
#: participles that qualify the noun after them ("unidentified gunmen", "suspected
#: jihadists"): an adjective, not a verb taking that noun as its object.
_QUALIFYING_PARTICIPLES = frozenset(
    {"armed", "unidentified", "uniformed", "masked", "hooded", "suspected", "alleged",
     "unnamed", "heavily-armed", "disguised", "so-called"}
)  # fmt: skip
#: "armed men", "uniformed men", "unidentified individuals": an unidentified armed group.
_ARMED_PEOPLE = frozenset({"men", "individuals", "persons"})
_ARMED_QUALIFIER = re.compile(
    r"\b(?:armed|uniformed|masked|hooded|unidentified|unknown)\s+$", re.IGNORECASE
)
_MODIFIED_AFTER = frozenset({"by", "the", "a", "an", "from", "with", "against"})
#: "air defences", "missile defense": the defending state's military (rule 5).
_DEFENCES = frozenset({"defences", "defenses", "defence", "defense"})
_AIR_DEFENCE = re.compile(r"\b(?:air|missile|anti-aircraft|anti-missile)[\s-]+$", re.IGNORECASE)
#: a government named right before the act is its military ("government airstrikes");
#: a government side or "security" before "forces" names the state's forces too.
_GOVERNMENT_WORDS = frozenset({"government", "pro-government", "regime"})
#: a government's own act: "government airstrikes", not "pro-government protesters".
_GOVERNMENT_ACTS = _GOVERNMENT_WORDS - {"pro-government"}
_STATE_SIDE = re.compile(
    r"\b(?:(?:pro-)?(?:government|regime|loyalist)|security)[\s-]+$", re.IGNORECASE
)
#: the nouns a state side qualifies ("government forces", "security personnel").
_SIDE_NOUNS = frozenset({"forces", "personnel"})
#: a state's armed services named by "force" ("the air force", "the armed forces").
_SERVICE_FORCES = frozenset({"force", "forces"})
_SERVICE_BEFORE = re.compile(r"\b(?:air|armed)\s+$", re.IGNORECASE)
#: a state's guard units, capitalised ("the Republican Guard", "the Presidential Guard",
#: "the National Guard"): the state's military, as "the armed forces" are.
_GUARD_UNITS = frozenset({"Guard", "Guards"})
_GUARD_BEFORE = re.compile(r"\b(?:Republican|Presidential|National|Royal)\s+$")
_CAPITALISED_BEFORE = re.compile(r"([A-Z][\w'.-]*)\s+$")
#: capitalised words that open a force's mention without naming it ("The Armed Forces").
_NAME_OPENERS = DETERMINERS | {"the", "a", "an", "by", "of", "for"}
ARMED_TYPES = frozenset(
    {"state_forces", "rebel_group", "political_militia", "identity_militia", "external_other"}
)
CIVILIAN_TYPES = frozenset({"civilians", "protesters"})
#: armed sides other than a state's forces ("guerrillas", "Shining Path").
NON_STATE_ARMED = ARMED_TYPES - {"state_forces"}


@dataclass
class Roles:
    actor1: Actor | None = None
    assoc1: list[Actor] = field(default_factory=list)
    actor2: Actor | None = None
    passive: bool = False


def actor_key(actor: Actor) -> str:
    """What makes two actor mentions the same actor: KB country or id, else the name,
    else the country (a generic actor's name carries its kind: "Civilians (Sudan)" and
    "Unidentified Armed Group (Sudan)" are two sides)."""
    if actor.kb_id:
        return actor.kb_id.split(".")[0]
    return (actor.name or actor.country or "").lower()


def _index_of(tokens: Sequence[Tok], span: Span) -> int | None:
    for tok in tokens:
        if tok.start >= span.start:
            return tok.i if tok.start < span.end else None
    return None


def find_roles(
    tokens: Sequence[Tok],
    clause: tuple[int, int],
    first: int,
    last: int,
    actors: Sequence[Actor],
    *,
    weapons: Sequence[Weapon] = (),
    clash: bool,
    country_name: str | None,
    country: str | None,
    text: str,
) -> Roles:
    """Rules 1-3 and 5 for the trigger at tokens [first, last] in `clause`."""
    lo, hi = clause
    placed: list[tuple[int, Actor]] = []
    for actor in actors:
        if actor.evidence is None or _is_person(actor) or _operates(actor.evidence, weapons):
            continue
        at = _index_of(tokens, actor.evidence)
        if at is None or not lo <= at < hi or first <= at <= last:
            continue
        if not judges(tokens, actor.evidence, first):  # "The UN condemned the attack"
            placed.append((at, _as_forces(tokens, actor, text)))
    spans = _acting_spans(actors)
    covered = {t.i for t in tokens if any(s.start <= t.start < s.end for s in spans)}
    headed = _headed(tokens, actors)
    generics: list[tuple[int, Actor]] = []
    for tok in tokens:
        if tok.i in covered or tok.i in headed or first <= tok.i <= last:
            continue  # "Islamic State militants": the generic noun is the named actor's head
        generic = _generic(tok, country_name, country, text)
        if generic is None and _government_acts(tokens, tok.i, first):
            generic = _generic(tok, country_name, country, text, as_word="army")
        if generic is not None and not (
            generic.evidence and judges(tokens, generic.evidence, first)
        ):
            generics.append((tok.i, generic))
    placed = [(at, a) for at, a in placed if not _owns_force(text, at, a, generics)]
    generics = _owned_by_speaker(tokens, actors, generics, text)
    placed += [(at, actor) for at, actor in generics if lo <= at < hi]
    placed += _apposed_attacker(tokens, lo, generics)
    passive = _is_passive(tokens, first, last)
    coordinated = _coordinated_verb(tokens, lo, first)
    pronoun = _subject_pronoun(tokens, lo, first if coordinated < 0 else coordinated - 1)
    if pronoun is not None and (passive and tokens[pronoun].lower != "they"):
        pronoun = None  # "the town and its outskirts were shelled": no initiator
    if pronoun is not None:
        written = [(at, a) for a in actors if (at := _acting_index(tokens, a)) is not None]
        aside = _apposition_before_cue(tokens, pronoun)
        candidates = [(k, a) for k, a in [*written, *generics] if not aside[0] <= k < aside[1]]
        antecedent = _speaker_before(tokens, pronoun, candidates) or _antecedent(
            tokens, pronoun, candidates
        )
        if antecedent is not None and antecedent.type == "civilians" and not passive:
            antecedent = None  # "Residents said they killed ...": witnesses, not killers
        if antecedent is None and not passive and tokens[pronoun].lower == "they":
            # resolved later (`definite_antecedent`)
            span = Span.of(text, tokens[pronoun].start, tokens[pronoun].end)
            antecedent = unidentified_group(country, span)
        if antecedent is not None:
            placed.append((pronoun, antecedent))
    qualified = None if passive else _relative_antecedent(tokens, lo, first, actors, generics)
    if qualified is not None:
        placed.append((lo, qualified))  # "the gunmen who killed five people"
    placed.sort(key=lambda p: p[0])
    roles = Roles(passive=passive)
    subjects: list[Actor] = []
    verb = max(_verb_before(tokens, lo, first), coordinated)
    cue = _cue_before(tokens, lo, first)
    victims: list[Actor] = []
    holders: list[Actor] = []
    for at, actor in placed:
        prep = _preposition_before(tokens, at, lo)
        if prep == "by" and _reported_by(tokens, at):
            continue  # "airstrikes reported by the United Nations": a source, no agent
        if prep == "by" and at > last and _agent_of_other_act(tokens, at, last):
            continue  # "arrested a man accused of financing attacks by al-Shabaab"
        if (
            actor.evidence is not None
            and actor.type not in _ARMED_EMPLOYERS
            and commissioned_by(actor.evidence, text)
        ):
            continue  # "plotting a bombing on Ukraine's orders": who ordered it, no side
        if prep in _JOINS_TO_GROUP and _owns_members(tokens, at):
            continue  # "guerrillas of the FARC": the group the guerrillas stand for
        if prep == "by" and _held_by(tokens, at):
            holders.append(actor)  # "struck the airbase held by X": X held what was hit
            continue
        if prep == "by" and at > last and _launched_by(tokens, at) and _meets(tokens, first, last):
            holders.append(actor)  # "shot down drones launched by X": X's weapons were hit
            continue
        if _object_of_opinion(tokens, at, lo) and not _premodifies(tokens, actor, first):
            continue  # "a man who said he hates the US government opened fire"
        if at < first and _deals_with(tokens, at, first):
            continue  # "the government has much experience with kidnappings"
        if at < first and _investigates(tokens, actor, first, by=prep == "by"):
            continue  # "men questioned by the FBI in connection with the bombing"
        if at < first and _asked_to_stop(tokens, actor, first):
            subjects[:] = [actor]  # "press the regime to cease airstrikes": it alone acts
            continue
        if at < first and prep == "by" and _agent_of_subject(tokens, at, actor, first):
            roles.actor1 = roles.actor1 or actor  # "grenades lobbed by militants exploded"
            continue
        if at > last and _burnt_property(tokens, at, first, last):
            continue  # "set fire to a police station": a building burnt, no force attacked
        if at < first and _carried(tokens, at, lo):
            victims.append(actor)  # "a vehicle carrying five policemen hit a mine"
            continue
        if (
            0 <= verb < at < first
            and verb != cue
            and not verb < cue < at
            and not _premodifies(tokens, actor, first)
        ):
            continue  # the object of another verb ("killed X ... in an ambush"), not of a
            # speech verb, whose clause the actor opens ("reported that the army killed",
            # "confirmed the shooting and said two officers were killed")
        if at < cue and not _qualified_subject(tokens, actor, first):
            continue  # the speaker ("US Central Command confirmed the strikes ...")
        if at < first:
            if (
                prep in _PLACE_PREPS
                and not _after_agent_noun(tokens, at, lo)
                and not _group_of_named_people(tokens, at, actor)
            ):
                continue
            if prep in _TARGET_PREPS - {"of"}:
                continue
            subjects.append(actor)
        elif prep == "with" and roles.passive and not clash and _fought_with(tokens, at, last):
            roles.actor1 = roles.actor1 or actor  # "soldiers were killed in clashes with X"
        elif prep == "by" or (
            roles.passive and prep == "from" and tokens[last].lower not in _TAKEN_AWAY
        ):
            roles.actor1 = roles.actor1 or actor
            roles.passive = roles.passive or _reduced_passive(tokens, last, at)
        elif roles.actor2 is None and (
            prep is None
            or prep in _TARGET_PREPS
            or (prep in {"with", "from"} and clash)
            or (prep == "from" and _taken_from(tokens, last, at, actor))
        ):
            roles.actor2 = actor
    if victims and roles.actor2 is None:
        roles.actor2 = victims[0]
    undergoes = (
        _came_under(tokens, first) or _hit_device(tokens, first) or _target_of(tokens, lo, first)
    )
    if subjects and clash and _victims_fought(roles, tokens, (lo, first, last)):
        roles.actor1, roles.actor2 = roles.actor2, subjects[0]  # as `_fought_with` reads it
    elif roles.passive or undergoes or _victims_before(tokens, lo, first):
        if subjects and roles.actor2 is None:
            roles.actor2 = subjects[0]
    else:
        for actor in subjects:
            if roles.actor1 is None:
                roles.actor1 = actor
            elif actor_key(actor) != actor_key(roles.actor1) and all(
                actor_key(actor) != actor_key(a) for a in roles.assoc1
            ):
                roles.assoc1.append(actor)
    if holders and roles.actor2 is None:
        roles.actor2 = holders[0]
    if roles.passive and roles.actor2 is None and tokens[lo].lower in _BE:
        # "the police base in Uchiza, Peru, was attacked": the clause opens at its verb
        written = [(at, a) for a in actors if (at := _acting_index(tokens, a)) is not None]
        roles.actor2 = _subject_across_places(tokens, lo, [*written, *generics])
    apposed = _subject_past_relative(tokens, lo, first, [*actors, *(a for _, a in generics)])
    if apposed is not None and roles.passive and roles.actor2 is None:
        roles.actor2 = apposed  # "The judge, who had received threats, was shot dead"
    elif apposed is not None and not roles.passive and roles.actor1 is None:
        roles.actor1 = apposed  # "Four armed men, who posed as agents, kidnapped him"
    if roles.actor1 is None and tokens[last].lower in _ARREST_WORDS:
        roles.actor1 = _police_named(tokens, generics, roles.actor2)
    if tokens[last].lower in _ARREST_WORDS and _unnamed_people(roles.actor2):
        roles.actor2 = _members_arrested(tokens, last, actors, text) or roles.actor2
    if roles.actor1 is None and not roles.passive:
        main = _main_clause(tokens, lo, first)
        if main is not None:  # "Israeli forces carried out raids, arresting 25 people"
            roles.actor1 = find_roles(
                tokens, main[0], main[1], main[1], actors, weapons=weapons, clash=clash,
                country_name=country_name, country=country, text=text,
            ).actor1  # fmt: skip
    conducted = _conducted_clause(tokens, lo) if roles.actor1 is None and roles.passive else None
    if conducted is not None:  # "carried out the operation in which X was killed"
        roles.actor1 = find_roles(
            tokens, conducted[0], conducted[1], conducted[1], actors, weapons=weapons,
            clash=False, country_name=country_name, country=country, text=text,
        ).actor1  # fmt: skip
    if not clash and _fight_between(tokens, last):
        fight = Roles()  # "a man was killed during an encounter between X and Y"
        between_roles(fight, tokens, last, actors, country_name=country_name, country=country,
                      text=text)  # fmt: skip
        if fight.actor1 is not None and fight.actor2 is not None:
            roles.actor1, roles.actor2, roles.assoc1 = fight.actor1, fight.actor2, []
    if roles.actor1 is None and not roles.passive:
        lone = _person_acting(tokens, first, actors)
        if lone is not None and lone.evidence is not None:  # "Robert Stewart shot dead ..."
            name = generic_name(SOLE_PERPETRATOR[0], country_name)
            roles.actor1 = Actor(name, lone.evidence, None, country, SOLE_PERPETRATOR[1])
    if roles.actor1 is None and not clash:
        sides = [*actors, *(a for _, a in generics)]
        roles.actor1 = _air_force_telling_its_strike(tokens, clause, sides, text)
    cause = _eruption_cause(tokens, clause, last) if clash else None
    if cause is not None and roles.actor1 is None and roles.actor2 is None:
        # "Clashes erupted after Israeli troops raided the town": the raiders are a side
        roles.actor1 = find_roles(
            tokens, cause[0], cause[1], cause[1], actors, weapons=weapons, clash=False,
            country_name=country_name, country=country, text=text,
        ).actor1  # fmt: skip
    named_groups = [a for _, a in generics if _names_unknown_group(a)]
    roles.actor1 = _group_of_members(roles.actor1, tokens, [*actors, *named_groups])
    blamed = blamed_actor(tokens, actors, text)
    if blamed is not None:
        _blame(roles, blamed)
    if roles.actor2 is not None:
        roles.actor2 = nationals_as_civilians(roles.actor2)
    same = roles.actor1 is not None and roles.actor2 is not None
    if same and actor_key(roles.actor2) == actor_key(roles.actor1):  # type: ignore[arg-type]
        roles.actor2 = None
    return roles


#: the parts of one group that fight each other ("rival factions of the Sinaloa cartel").
_GROUP_PARTS = frozenset({"factions", "wings", "splinters"})


def split_group(
    tokens: Sequence[Tok], clause: tuple[int, int], actors: Sequence[Actor]
) -> Actor | None:
    """The named armed group whose own factions fight each other ("clashes between rival
    factions of the Sinaloa cartel"): ACLED codes the group on both sides of the clash."""
    for k in range(clause[0], clause[1] - 1):
        if tokens[k].lower not in _GROUP_PARTS or tokens[k + 1].lower not in {"of", "within"}:
            continue
        if not any(t.lower in {"between", "among"} for t in tokens[max(clause[0], k - 3) : k]):
            continue  # "a faction of the group attacked": one side, told as such
        at = k + 3 if k + 2 < clause[1] and tokens[k + 2].lower == "the" else k + 2
        if at >= len(tokens):
            continue
        for actor in actors:
            named = actor.kb_id is not None and actor.type in _ARMED_EMPLOYERS
            if named and actor.evidence is not None and actor.evidence.start == tokens[at].start:
                return actor
    return None


#: the words that make a name the party who ordered an act, neither a side of it (rule 3)
#: nor its place (sitrep.events.placing rule 2): "on Ukraine's orders", "at the behest
#: of Iran", "on behalf of the SBU", "working for", "collaborating for".
_ORDERS = r"(?:orders?|behest|instructions?|request|direction|command)"
_COMMISSION_BEFORE = re.compile(
    rf"\b(?:(?:on|at|under|upon)\s+(?:the\s+)?{_ORDERS}\s+of|on\s+behalf\s+of"
    r"|(?:working|spying|acting|collaborating)\s+for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_COMMISSION_OPENER = re.compile(r"\b(?:on|at|under|upon)\s+(?:the\s+)?$", re.IGNORECASE)
_COMMISSION_AFTER = re.compile(rf"(?:'s|’s)\s+{_ORDERS}\b", re.IGNORECASE)


#: rule 3: armed groups whose men act for them are a side of the act all the same ("12
#: men working for the Sinaloa Cartel were arrested": its members, as ACLED codes them).
_ARMED_EMPLOYERS = frozenset({"rebel_group", "political_militia", "identity_militia"})


#: buildings and vehicles a force's name premodifies ("a police station", "army trucks").
_FORCE_PROPERTY = frozenset(
    {
        "station", "stations", "post", "posts", "headquarters", "building", "buildings",
        "office", "offices", "vehicle", "vehicles", "car", "cars", "van", "vans", "truck",
        "trucks", "barracks", "booth", "kiosk", "checkpoint", "checkpoints",
    }
)  # fmt: skip
#: arson and wrecking told as the act: "set fire to", "set ablaze", "torched", "burned".
_ARSON = frozenset(
    {"torched", "torch", "torching", "burned", "burnt", "burning", "burn", "ransacked",
     "vandalised", "vandalized", "looted", "ablaze", "gutted"}
)  # fmt: skip


def _burnt_property(tokens: Sequence[Tok], at: int, first: int, last: int) -> bool:
    """Whether the force named at `at` only owns what an act of arson or wrecking at
    tokens [first, last] destroyed ("Protesters set fire to a police station", "rioters
    torched army trucks"): ACLED codes the building's owner as no side of the act."""
    if at + 1 >= len(tokens) or tokens[at + 1].lower not in _FORCE_PROPERTY:
        return False
    words = [t.lower for t in tokens[first : min(at, last + 4)]]
    arson = any(w in _ARSON for w in words)
    pairs = itertools.pairwise(words)
    return arson or any(w == "set" and n in {"fire", "ablaze"} for w, n in pairs)


def commissioned_by(span: Span, text: str) -> bool:
    """Rule 3: the name at `span` ordered or paid for the act ("detained a man suspected
    of plotting a bombing on Ukraine's orders", "spying on behalf of Iran"): a party
    behind it, neither its author nor its target, nor where it happened."""
    before = text[max(0, span.start - 40) : span.start]
    if _COMMISSION_BEFORE.search(before) is not None:
        return True
    return (
        _COMMISSION_OPENER.search(before) is not None
        and _COMMISSION_AFTER.match(text, span.end, span.end + 20) is not None
    )


#: an air strike told in a clause ("air strikes", "airstrikes", "an air raid").
_AIR_STRIKE = re.compile(r"\b(?:air\s*strikes?|air\s*raids?|bombing\s+raids?)\b", re.IGNORECASE)


def _air_force_telling_its_strike(
    tokens: Sequence[Tok], clause: tuple[int, int], sides: Sequence[Actor], text: str
) -> Actor | None:
    """Rule 3: an air strike whose clause names no striker, told by a state's air force
    ("Air strikes on their hideouts killed 30 bandits, the Nigerian air force said"; "The
    air force said its air strikes killed 30 bandits"), is the air force's own strike:
    only a state's air force is told to strike for it. The air force must tell the clause
    itself, not deny a part in it ("said it had no role in the air strike that killed")
    nor answer it ("..., but the air force said it hit only bandits"); other speakers
    stay sources ("Gunmen ambushed the convoy, police said")."""
    lo, hi = clause
    strike = _AIR_STRIKE.search(text, tokens[lo].start, tokens[hi - 1].end)
    if strike is None:
        return None
    for actor in sides:
        span = actor.evidence
        if actor.type != "state_forces" or span is None or "air force" not in span.text.lower():
            continue
        if _strike_told_as_another(tokens, lo, strike.start(), strike.end(), text, actor):
            continue
        first = _index_of(tokens, span)
        cue = next((t.i for t in tokens if t.start >= span.end), None)
        if first is None or cue is None or is_cue(tokens, cue) == 0:
            continue
        if first >= hi and all(t.lower in {",", "the"} for t in tokens[hi:first]):
            return actor  # "..., the Nigerian air force said"
        told = cue + 2 if cue + 1 < len(tokens) and tokens[cue + 1].lower == "that" else cue + 1
        if told < hi and tokens[told].start <= strike.start() < tokens[min(told + 2, hi - 1)].end:
            return actor  # "The air force said (that) its air strikes killed"
    return None


#: words before a strike that leave its striker open or give another one ("Suspected
#: Chadian air strikes", "unidentified jets").
_OTHER_STRIKERS = frozenset({"suspected", "unidentified", "unknown", "foreign", "alleged"})


def _strike_told_as_another(
    tokens: Sequence[Tok], lo: int, start: int, end: int, text: str, teller: Actor
) -> bool:
    """The strike at `start`..`end` (in the clause from token `lo`) is told as someone
    else's or nobody's known one: a doubt word stands just before it, or a state other
    than the air force's own names it ("Suspected Chadian air strikes killed 30 people,
    the Nigerian air force said"), or "by" follows it ("Air strikes by unidentified jets")."""
    inside = [t for t in tokens[lo:] if t.start >= start and t.end <= end]
    before = [t for t in tokens[lo:] if t.end <= start][-3:]
    after = [t for t in tokens if t.start >= end][:2]
    if any(t.lower in _OTHER_STRIKERS for t in before) or any(t.lower == "by" for t in after):
        return True
    state = modifier_state(inside[0], text) if inside else None
    return state is not None and state != teller.country


def _subject_across_places(
    tokens: Sequence[Tok], lo: int, candidates: Sequence[tuple[int, Actor]]
) -> Actor | None:
    """Rule 3: the subject of a passive whose clause a place set off by commas parts from
    it ("the police base in Uchiza, San Martin Department, was attacked"): the first
    side named in the clause before the places that no preposition governs (not "the
    second in command of the Nicaraguan Contras, was gunned down")."""
    j = lo - 1
    while j > 0 and tokens[j].text == ",":
        start = clause_bounds(list(tokens), j - 1)[0]
        words = [t for t in tokens[start:j] if t.text != ","]
        if words and all(t.is_cap for t in words):  # ", San Martin Department,": a place
            j = start if tokens[start].text == "," else start - 1
            continue
        found = [
            (at, actor)
            for at, actor in candidates
            if start <= at < j and _preposition_before(tokens, at, start) is None
        ]
        return min(found, key=lambda p: p[0])[1] if found else None
    return None


#: nouns of a fight, after which "with X" names the other side ("clashes with militants").
_FIGHT_NOUNS = frozenset(
    {"clash", "clashes", "fighting", "fight", "fights", "battle", "battles", "gunfight",
     "gunfights", "gunbattle", "gunbattles", "firefight", "firefights", "skirmish",
     "skirmishes", "confrontation", "confrontations", "encounter", "shootout", "shoot-out"}
)  # fmt: skip
_EXCHANGE_OF_FIRE = ["exchange", "of", "fire"]
#: the fight follows the harm at once: "killed in (heavy) clashes with", "during a battle with".
_DURING = frozenset({"in", "during", "amid"})
_FIGHT_REACH = 5


def _fought_with(tokens: Sequence[Tok], at: int, last: int) -> bool:
    """Rule 3: an actor after "clashes with", "fighting with", "a gunbattle with", "an
    exchange of fire with", following a passive harm ("Two soldiers were killed in
    clashes with Taliban militants"), is the side that fought the victims: it did the
    harm, and the victims' side is the other."""
    with_at = next((j for j in range(at - 1, last, -1) if tokens[j].lower == "with"), None)
    if with_at is None:
        return False
    before = [t.lower for t in tokens[last + 1 : with_at]]
    if not before or before[0] not in _DURING or len(before) > _FIGHT_REACH:
        return False  # "killed on Sunday, a day after clashes with X": another act
    return before[-1] in _FIGHT_NOUNS or before[-3:] == _EXCHANGE_OF_FIRE


#: how far after a harm its fight may be named, and the fight's sides after the fight noun.
_FIGHT_AFTER_HARM = 8
_SIDES_AFTER_FIGHT = 3


def _fight_between(tokens: Sequence[Tok], last: int) -> bool:
    """Rule 6: a harm told "during", "in" or "amid" a fight "between X and Y" ("A man was
    killed by a stray bullet during a five-hour encounter between Maoist cadres and
    police"): the fight's two sides are the event's, its dead are its toll."""
    words = [t.lower for t in tokens[last + 1 : last + 1 + _FIGHT_AFTER_HARM + _SIDES_AFTER_FIGHT]]
    opening = next((k for k, w in enumerate(words) if w in _DURING), None)
    if opening is None or opening >= _FIGHT_AFTER_HARM or "between" not in words[opening:]:
        return False
    between = words.index("between", opening)
    fight = words[max(opening, between - _SIDES_AFTER_FIGHT) : between]
    return any(w in _FIGHT_NOUNS for w in fight)


def _victims_fought(roles: Roles, tokens: Sequence[Tok], bounds: tuple[int, int, int]) -> bool:
    """The fight itself read as the trigger ("Two soldiers were killed during fierce
    fighting with the RSF"): its "with" side is the only side found, and the harmed
    before it are the other, so the fight reads as the harm after `_fought_with` does."""
    lo, first, last = bounds
    if roles.actor1 is not None or roles.actor2 is None:
        return False
    at = _acting_index(tokens, roles.actor2)
    if at is None or at <= last or not _victims_before(tokens, lo, first, _DURING):
        return False
    return any(t.lower == "with" for t in tokens[last + 1 : at])


#: words of arrest: police named anywhere in the sentence make an arrest no one else
#: is named for (rule 15).
_ARREST_WORDS = frozenset(
    {"arrested", "arrest", "arrests", "arresting", "detained", "detain", "detaining",
     "apprehended", "nabbed"}
)  # fmt: skip


def _police_named(
    tokens: Sequence[Tok], generics: Sequence[tuple[int, Actor]], arrested: Actor | None
) -> Actor | None:
    """Rule 15: the police a sentence names as running an operation ("In a police raid at
    their home, the couple were arrested") or as the source ("were arrested, police
    said", "a police spokesman said"), unless they are the ones arrested ("Two
    policemen were detained"); police doing something else ("Riot police used water
    cannon, and 40 people were detained") leave the arrest to the event it belongs to."""
    for at, actor in generics:
        if actor.type != "state_forces" or not actor.name.startswith("Police"):
            continue
        if arrested is not None and actor_key(arrested) == actor_key(actor):
            continue
        following = tokens[at + 1] if at + 1 < len(tokens) else None
        if following is not None and (following.lower in _POLICE_WORK or is_cue(tokens, at + 1)):
            return actor
    return None


#: the arrested people's group, named after them (rule 15): ", including (some) members
#: of the X party", ", among them supporters of X".
_MEMBERS_OF = re.compile(
    r"^[^.;:]*?,\s*(?:including|among\s+them)\s+(?:[\w'’\"-]+\s+){0,5}?"
    r"(?:members?|supporters?|activists?|leaders?|officials?|cadres?)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _unnamed_people(actor: Actor | None) -> bool:
    """No side yet, or only generic civilians ("10 people", "Civilians (Georgia)")."""
    return actor is None or (actor.kb_id is None and actor.type == "civilians")


def _members_arrested(
    tokens: Sequence[Tok], last: int, actors: Sequence[Actor], text: str
) -> Actor | None:
    """Rule 15: the named group whose members the arrested include ("10 people had been
    detained, including members of the Democratic Movement-United Georgia party"): ACLED
    codes the group as the side arrested, not the unnamed people."""
    end = tokens[last].end
    for actor in sorted(actors, key=lambda a: a.evidence.start if a.evidence else 0):
        where = actor.evidence
        if actor.kb_id is None or where is None or where.start < end:
            continue
        if _MEMBERS_OF.match(text[end : where.start]):
            return actor
    return None


#: what police run or say, written after the word "police" (rule 15).
_POLICE_WORK = frozenset(
    {"raid", "raids", "operation", "operations", "custody", "sweep", "swoop", "crackdown",
     "report", "reports", "spokesman", "spokeswoman", "spokesperson", "sources",
     "statement"}
)  # fmt: skip


#: verbs of feeling or opinion: their object is what someone thinks of, no party.
_OPINION_VERBS = frozenset(
    {"hate", "hates", "hated", "hating", "despise", "despises", "despised", "oppose",
     "opposes", "opposed", "opposing", "resent", "resents", "resented", "distrust",
     "distrusts", "distrusted", "dislike", "dislikes", "disliked", "admire", "admires",
     "admired", "loathe", "loathes", "loathed"}
)  # fmt: skip
_OPINION_REACH = 4


def _object_of_opinion(tokens: Sequence[Tok], at: int, lo: int) -> bool:
    """Rule 14: an actor a few words after a verb of feeling or opinion, with no
    punctuation between, is what someone thinks of ("hates abortion providers and the
    US government", "opposed the government"), no party to the act (unless it
    premodifies the act itself: `_premodifies`)."""
    for j in range(at - 1, max(lo, at - _OPINION_REACH) - 1, -1):
        if not tokens[j].text[:1].isalnum():
            return False
        if tokens[j].lower in _OPINION_VERBS:
            return True
    return False


#: nouns and verbs of handling acts one does not commit (rule 16; not "help" or
#: "assistance", which may be a part in the act), and what links them to the act:
#: "experience with kidnappings", "cooperating in the investigation".
_DEALING_WORDS = frozenset(
    {"experience", "expertise", "knowledge", "cooperation", "co-operation",
     "cooperating", "co-operating", "specialists", "experts", "expert"}
)  # fmt: skip
_DEALING_PREPS = frozenset({"with", "in", "on", "of", "into"})
_DEALING_MODIFIERS = 2


#: words that tie questioning or arrests to an act ("in connection with the bombing").
_INQUIRY_LINKS = INQUIRY_VERBS | {"connection", "investigation", "inquiry"}


def _investigates(tokens: Sequence[Tok], actor: Actor, first: int, *, by: bool) -> bool:
    """ "five Iraqis questioned by the FBI in connection with the bombing", "police are
    investigating the killing", "police arrested two men in connection with the
    bombing": the agent of the questioning, the subject of a verb of inquiry or of an
    arrest tied to the act, looks into the act and does not commit it (the people
    questioned or arrested may have)."""
    end = actor.evidence.end if actor.evidence is not None else tokens[first].start
    between = [t for t in tokens[:first] if t.start >= end]
    if by:
        return any(t.lower in _INQUIRY_LINKS for t in between)
    verb = next((k for k, t in enumerate(between) if t.lower not in _BE), None)
    if verb is None:
        return False
    if between[verb].lower in _ARREST_WORDS:  # "Police arrested two men in
        return any(t.lower in _INQUIRY_LINKS for t in between)  # connection with ..."
    if between[verb].lower not in INQUIRY_VERBS:
        return False
    return verb > 0 or not _qualifying_participle(tokens, between[0].i, first)


#: words after which a finite verb tells what a judge or an inquiry is about, not what
#: its subject did ("probing reports that militants killed five villagers").
_OBJECT_CLAUSE_WORDS = frozenset({"that", "whether", "how", "who", "which"})


def _qualifying_participle(tokens: Sequence[Tok], at: int, first: int) -> bool:
    """ "Soldiers probing reports of an ambush killed five villagers": a participle of
    judging or inquiry at `at`, right after its subject, qualifies that subject when the
    act at `first` is the finite verb after the participle's phrase; an act inside that
    phrase ("Police investigating the shooting arrested ...": the shooting) or told in a
    clause it opens ("probing reports that militants killed") is still what is judged,
    and so is one after a speech cue or another finite verb past the phrase ("Police
    investigating the attack said gunmen killed": the police only speak)."""
    if not tokens[at].lower.endswith("ing") or first <= at or not _finite_verb(tokens[first]):
        return False
    if any(t.lower in _OBJECT_CLAUSE_WORDS for t in tokens[at + 1 : first]):
        return False
    return not any(_finite_verb(tokens[j]) or is_cue(tokens, j) for j in range(at + 2, first))


def _deals_with(tokens: Sequence[Tok], at: int, first: int) -> bool:
    """Rule 16: whether the act at `first` is the object of a word of handling such
    acts, after the actor at `at` and past at most two lower-case modifiers ("has much
    experience with kidnappings", "are cooperating in the kidnapping investigation")."""
    for j in range(at + 1, first - 1):
        if tokens[j].lower not in _DEALING_WORDS or tokens[j + 1].lower not in _DEALING_PREPS:
            continue
        between = tokens[j + 2 : first]
        if len(between) <= _DEALING_MODIFIERS and all(t.text.islower() for t in between):
            return True
    return False


def _premodifies(tokens: Sequence[Tok], actor: Actor, first: int) -> bool:
    """Whether the actor is written right before a nominal trigger, as the act's own
    modifier ("opposes the US airstrikes": the US still strikes)."""
    if actor.evidence is None or first == 0 or _finite_verb(tokens[first]):
        return False  # "hates the US government opened fire": the man opened fire
    before = tokens[first - 1]
    return before.start < actor.evidence.end <= before.end


#: verbs by which a force conducts an act ("carried out an air strike", "conducted a
#: raid", "launched an operation"); not "made", which makes far more than acts.
CONDUCT_VERBS = frozenset({"conducted", "carried", "launched", "executed", "mounted"})
_WHICH_PREPS = frozenset({"in", "during"})
#: operations a force conducts, in which a harm may be told ("the raid in which").
_OPERATION_NOUNS = frozenset(
    {"raid", "raids", "operation", "operations", "attack", "attacks", "strike", "strikes",
     "airstrike", "airstrikes", "air-strike", "offensive", "ambush", "assault", "sortie",
     "sorties", "bombardment", "incursion", "crackdown", "mission", "bombing"}
)  # fmt: skip
#: what may stand between a verb of conducting and its operation noun: "out" and at
#: most three articles or modifiers ("carried out a dawn air raid").
_CONDUCTED_GAP = 4
_NOT_IN_CONDUCTED_GAP = _PLACE_PREPS | _TARGET_PREPS | {"for", "after", "by", "with", "about"}


def _conducted_clause(tokens: Sequence[Tok], lo: int) -> tuple[tuple[int, int], int] | None:
    """ "A police unit carried out the operation in which Rodriguez Gacha was killed": a
    clause opened by "in which" or "during which" right after an operation noun that a
    verb of conducting governs tells a harm done in that operation, whose conductor did
    it; the clause before and the index of its verb of conducting, else None. The verb
    must govern the operation itself: in "The UN launched an investigation into a raid
    in which 12 civilians were killed" the UN conducted no raid."""
    if lo < 2 or tokens[lo].lower != "which" or tokens[lo - 1].lower not in _WHICH_PREPS:
        return None
    noun = _operation_before(tokens, lo - 1)
    if noun is None:
        return None
    main = clause_bounds(list(tokens), noun)
    verb = next((j for j in range(noun - 1, main[0] - 1, -1) if _conducts(tokens, j, noun)), None)
    return None if verb is None else (main, verb)


#: how many words of a place or date may part an operation noun from its "in which"
#: ("a raid on the Jenin camp in which", "an operation in Borno State on Monday during
#: which").
_OPERATION_PHRASE = 5


def _operation_before(tokens: Sequence[Tok], prep: int) -> int | None:
    """The operation noun whose "in which" clause opens at `prep`: the nearest one
    before it, right there or past a short phrase of place or date that a preposition
    opens and no verb or punctuation breaks; None when there is none."""
    for noun in range(prep - 1, max(-1, prep - 2 - _OPERATION_PHRASE), -1):
        if tokens[noun].lower in _OPERATION_NOUNS:
            phrase = tokens[noun + 1 : prep]
            if not phrase or (
                phrase[0].lower in _PLACE_PREPS | _TARGET_PREPS
                and all(t.text.isalnum() and not _finite_verb(t) for t in phrase)
            ):
                return noun
            return None
    return None


def _conducts(tokens: Sequence[Tok], verb: int, noun: int) -> bool:
    """Whether a verb of conducting at `verb` governs the operation noun at `noun`:
    only "out", articles and modifiers stand between them."""
    if tokens[verb].lower not in CONDUCT_VERBS:
        return False
    gap = tokens[verb + 1 : noun]
    if gap and gap[0].lower == "out":
        gap = gap[1:]
    return len(gap) < _CONDUCTED_GAP and all(
        t.text.replace("-", "").isalnum() and t.lower not in _NOT_IN_CONDUCTED_GAP for t in gap
    )


def _main_clause(tokens: Sequence[Tok], lo: int, first: int) -> tuple[tuple[int, int], int] | None:
    """Rule 13: the clause a participle trigger follows after a comma (", arresting 25
    Palestinians"), with the index of its verb, whose subject does the participle's act
    too; None when the trigger opens no such clause or the clause before has no verb.
    So does a past verb after ", and" ("Israeli forces raided the town, and arrested
    five"): two verbs joined with one subject. An apposition with no verb between them
    ("raided Abu Dis, a town east of Jerusalem, and arrested") is passed over."""
    participle = first == lo and tokens[lo].lower.endswith("ing")
    joined = first == lo + 1 and tokens[lo].lower == "and" and _finite_verb(tokens[first])
    if lo < 2 or tokens[lo - 1].text != "," or not (participle or joined):
        return None
    comma = lo - 1
    while comma >= 1:
        main = clause_bounds(list(tokens), comma - 1)
        verb = next(
            (j for j in range(main[0], comma) if _finite_verb(tokens[j]) or _heads(tokens[j])),
            None,
        )
        if verb is not None:
            return main, verb
        if main[0] < 2 or tokens[main[0] - 1].text != ",":
            return None
        comma = main[0] - 1
    return None


#: verbs telling that fighting began, with no side ("clashes erupted", "broke out").
_ERUPTIONS = frozenset(
    {"erupted", "broke", "out", "flared", "ensued", "followed", "began", "started", "up"}
)
#: the subordinators that give the act that set fighting off ("after", "when").
_CAUSE_OPENERS = frozenset({"after", "when", "as"})


def _eruption_cause(
    tokens: Sequence[Tok], clause: tuple[int, int], last: int
) -> tuple[tuple[int, int], int] | None:
    """ "Clashes erupted after Israeli troops raided the town": a fight told only as
    breaking out, with the act that set it off in the clause right after ("after",
    "when"); that clause and the index of its verb, whose subject is a side of the
    fight. None for any other wording."""
    hi = clause[1]
    between = [t.lower for t in tokens[last + 1 : hi]]
    if not between or any(w not in _ERUPTIONS for w in between):
        return None
    if hi >= len(tokens) or tokens[hi].lower not in _CAUSE_OPENERS:
        return None
    cause = clause_bounds(list(tokens), hi + 1)
    verb = next((j for j in range(hi + 1, cause[1]) if _finite_verb(tokens[j])), None)
    return None if verb is None else (cause, verb)


#: irregular past verbs that head the clause a participle act follows ("A man went on a
#: rampage, killing three shoppers"; "Gunmen ran through the market, shooting ...").
_IRREGULAR_HEADS = frozenset({"went", "ran", "began", "swept", "drove", "broke"})


def _heads(tok: Tok) -> bool:
    return not tok.is_cap and tok.lower in _IRREGULAR_HEADS


def _finite_verb(tok: Tok) -> bool:
    """A past verb that can head a clause ("carried", "raided", "shot"), not a name."""
    if tok.is_cap:
        return False
    low = tok.lower
    return low in _OBJECT_VERBS or (low.endswith("ed") and low not in _QUALIFYING_PARTICIPLES)


#: what may stand between a lone attacker and the clause its apposition sets off: a
#: name, an age, an article ("the attacker, 25-year-old Ahmed Ali, stabbed ...").
_APPOSITION_WORDS = frozenset({",", "a", "an", "the"})


def _apposed_attacker(
    tokens: Sequence[Tok], lo: int, generics: Sequence[tuple[int, Actor]]
) -> list[tuple[int, Actor]]:
    """Rule 5: a lone attacker set off by commas before the clause of the act is its
    subject, and so is a named person described as one ("Ahmed Hassan, a gunman, shot
    dead three policemen", "the attacker, 25-year-old Ahmed Ali, stabbed two officers"):
    one person acting alone, a sole perpetrator, never an unidentified armed group."""
    for at, actor in generics:
        if at >= lo or actor.type != SOLE_PERPETRATOR[1] or actor.kb_id is not None:
            continue
        between = tokens[at + 1 : lo]
        if (
            between
            and between[-1].text == ","
            and all(
                t.lower in _APPOSITION_WORDS or t.is_cap or t.text[:1].isdigit() for t in between
            )
        ):
            return [(at, actor)]
    return []


#: the acts by which one named person is told doing harm with their own hands (rule 5).
_OWN_HANDS = frozenset(
    {"killed", "killing", "murdered", "murdering", "shot", "shooting", "stabbed", "stabbing",
     "strangled", "opened", "gunned", "hacked", "rampage", "spree"}
)  # fmt: skip
#: what may open the clause a person acts in: its start, a speech verb ("Authorities
#: said Robert Stewart ...") or "that".
_APPOSITION_REACH = 8


def _person_acting(tokens: Sequence[Tok], first: int, actors: Sequence[Actor]) -> Actor | None:
    """Rule 5: a named person with no office (no role) who is the subject of a harm done
    with their own hands ("Robert Stewart shot dead eight people", "Authorities said
    Robert Stewart, 45, went on a rampage ..., killing seven residents") acts alone: a
    sole perpetrator, not an armed group. A person with an office acts through the
    forces they lead, whom ACLED codes."""
    if tokens[first].lower not in _OWN_HANDS:
        return None
    for actor in actors:
        if not _is_person(actor) or actor.role is not None or actor.evidence is None:
            continue
        at = _index_of(tokens, actor.evidence)
        if at is None or at >= first or not _opens_clause(tokens, at):
            continue
        end = max(t.i for t in tokens if t.start < actor.evidence.end)
        verb = _past_apposition(tokens, end + 1, first)
        if verb is None or not (_finite_verb(tokens[verb]) or _heads(tokens[verb])):
            continue
        if verb == first or _participle_after(tokens, verb, first):
            return actor
    return None


def _opens_clause(tokens: Sequence[Tok], at: int) -> bool:
    """Whether a subject at token `at` opens its clause: the sentence's start, after a
    speech verb or "that" ("Authorities said Robert Stewart ...")."""
    return at == 0 or tokens[at - 1].lower == "that" or is_cue(tokens, at - 1) > 0


def _past_apposition(tokens: Sequence[Tok], j: int, first: int) -> int | None:
    """The token after a subject's apposition set off by commas (", 45,", ", a former
    nurse,"), or `j` when there is none; None when the commas do not close before the
    act."""
    if j >= len(tokens) or tokens[j].text != ",":
        return j
    for k in range(j + 1, min(first, j + 1 + _APPOSITION_REACH)):
        if tokens[k].text == ",":
            return k + 1
        if _finite_verb(tokens[k]):
            return None
    return None


def _participle_after(tokens: Sequence[Tok], verb: int, first: int) -> bool:
    """Whether the act is a participle opening a clause after the verb's clause, with no
    other verb between ("went on a rampage in a nursing home, killing seven residents")."""
    return (
        tokens[first].lower.endswith("ing")
        and tokens[first - 1].text == ","
        and not any(_finite_verb(t) or _heads(t) for t in tokens[verb + 1 : first - 1])
    )


def _headed(tokens: Sequence[Tok], actors: Sequence[Actor]) -> set[int]:
    """Tokens right after a named actor: a generic noun there is its head noun ("Islamic
    State militants", "ELN guerrillas"), not another actor (rule 6)."""
    named = [a.evidence for a in actors if a.evidence is not None and a.kb_id]
    return {t.i + 1 for t in tokens if any(s.start <= t.start < s.end for s in named)}


#: what joins armed people to their group ("guerrillas of the FARC", "fighters from the
#: al-Shabaab group").
_JOINS_TO_GROUP = frozenset({"of", "from"})


def _owns_members(tokens: Sequence[Tok], at: int) -> bool:
    """Whether the actor at `at` follows "(the)" after "of" or "from" after a noun for
    armed people ("guerrillas of the FARC", "fighters from the al-Shabaab group"): it is
    their group, no side of its own (rule 6)."""
    k = at - 2 if at >= 2 and tokens[at - 1].lower == "the" else at - 1
    if k < 1 or tokens[k].lower not in _JOINS_TO_GROUP:
        return False
    entry = GENERIC.get(tokens[k - 1].lower)
    return entry is not None and entry[1] in ARMED_TYPES


#: nouns for the people of an armed group that "from" joins to it ("fighters from the
#: al-Shabaab group", "members from the Mai-Mai militia").
_GROUP_PEOPLE = frozenset({"fighters", "members", "militiamen", "combatants", "cadres"})


def _group_of_named_people(tokens: Sequence[Tok], at: int, actor: Actor) -> bool:
    """Rule 6: a named non-state group after "from (the)" and a noun for its people
    ("Fighters from the al-Shabaab group attacked") is who acts; a state after "from"
    is where they came from ("gunmen from Nigeria"); so is a group named by its own
    words ("Fighters from the Mai-Mai militia", `_unknown_named_group`)."""
    named = actor.kb_id is not None or _names_unknown_group(actor)
    if not named or actor.type not in NON_STATE_ARMED:
        return False
    if actor.evidence is not None:
        at = _index_of(tokens, actor.evidence) or at  # the name's first word
    k = at - 2 if at >= 2 and tokens[at - 1].lower == "the" else at - 1
    if k < 1 or tokens[k].lower != "from":
        return False
    word = tokens[k - 1].lower
    return word in _GROUP_PEOPLE or (word in GENERIC and GENERIC[word][1] in ARMED_TYPES)


def _group_of_members(
    actor: Actor | None, tokens: Sequence[Tok], actors: Sequence[Actor]
) -> Actor | None:
    """Rule 6: an unnamed armed side followed by "of" and a named armed group
    ("terrorists of the ELN dynamited a bank", "killed by guerrillas of the FARC"), or
    by "from" and a named non-state group ("fighters from the al-Shabaab group"; "gunmen
    from Nigeria" are no state's forces), is that group's members: the group is the side
    ACLED codes, as for "ELN guerrillas"; so is a group the knowledge base lacks, named
    by its own words ("gunmen from the Raia Mutomboki militia", `_unknown_named_group`)."""
    if actor is None or actor.kb_id is not None or actor.evidence is None:
        return actor
    if actor.type not in ARMED_TYPES:
        return actor
    at = _index_of(tokens, actor.evidence)
    if at is not None and at + 1 < len(tokens) and tokens[at + 1].lower in _MEMBER_NOUNS:
        at += 1  # "gang members of the Viv Ansanm coalition": read as "members of"
    if at is not None and _loyal_to(tokens, at):
        at += 1  # "fighters loyal to the RSF": read as "fighters of the RSF"
        join = "of"
    elif at is not None and at + 1 < len(tokens):
        join = tokens[at + 1].lower
    if at is None or at + 2 >= len(tokens) or join not in _JOINS_TO_GROUP:
        return actor
    start = at + 3 if tokens[at + 2].lower == "the" else at + 2
    if start >= len(tokens):
        return actor
    from_a_state = join == "from"
    return next(
        (
            a
            for a in actors
            if (a.kb_id is not None or _names_unknown_group(a))
            and a.type in ARMED_TYPES
            and not (from_a_state and a.type == "state_forces")
            and a.evidence is not None
            and a.evidence.start == tokens[start].start
        ),
        actor,
    )


#: the head noun after a generic armed noun ("gang members", "militia fighters").
_MEMBER_NOUNS = frozenset({"members", "member", "fighters", "elements", "militants"})


def _loyal_to(tokens: Sequence[Tok], at: int) -> bool:
    """ "Fighters loyal to the Rapid Support Forces": armed people "loyal to" a group are
    its members, as "fighters of" it are (the group is the side ACLED codes)."""
    words = [t.lower for t in tokens[at + 1 : at + 3]]
    return words == ["loyal", "to"]


def _taken_from(tokens: Sequence[Tok], last: int, at: int, actor: Actor) -> bool:
    """ "retook the town of Bara from the RSF", "seized weapons from militants": an armed
    side after "from" that follows the act's object is whom the object was taken from
    ("an attack from Hamas", with no object between, names the attacker)."""
    gap = [t for t in tokens[last + 1 : at] if t.lower not in {"from", "the", "a", "an"}]
    return (
        actor.type in ARMED_TYPES
        and 1 <= len(gap) <= _OBJECT_LIMIT
        and tokens[at].norm == tokens[at].lower  # "a response from Ukraine's allies"
        and not any(_is_verb_or_break(t) for t in gap)
    )


#: how many words the object of an act may run to before "from" ("the town of Wad Madani").
_OBJECT_LIMIT = 6


def _is_verb_or_break(tok: Tok) -> bool:
    """A word that ends the object of the act before it: a verb, "and", punctuation."""
    low = tok.lower
    return low in _BE or low in {"and", "or"} or low.endswith("ed") or not low[:1].isalnum()


#: how far a subject pronoun may stand before its trigger ("they reportedly killed",
#: "it carried out the attack").
_PRONOUN_REACH = 4


#: pronouns that stand for the actor of the trigger after them ("they killed", "it
#: carried out", "its drones struck"); only "they" stands for an unnamed armed group.
_SUBJECT_PRONOUNS = frozenset({"they", "it", "its"})


def _subject_pronoun(tokens: Sequence[Tok], lo: int, first: int) -> int | None:
    """Index of "they", "it" or "its" as (the owner of) the subject of the trigger at
    `first`, in its clause and at most four words before it ("they killed", "they
    have since arrested", "it carried out", "its drones had killed")."""
    for j in range(first - 1, max(lo, first - _PRONOUN_REACH) - 1, -1):
        if tokens[j].lower == "they" or (
            tokens[j].lower in _SUBJECT_PRONOUNS and _reported(tokens, j)
        ):
            return j
    return None


#: possessive pronouns that give armed people their owner ("its forces", "their fighters").
_OWNER_PRONOUNS = frozenset({"its", "their"})
#: nouns for armed people that name no side alone, only with an owner ("its forces").
_OWNED_FORCES = frozenset({"forces", "men", "units", "personnel", "members"})


def _owned_by_speaker(
    tokens: Sequence[Tok],
    actors: Sequence[Actor],
    generics: Sequence[tuple[int, Actor]],
    text: str,
) -> list[tuple[int, Actor]]:
    """Rule 8 for possessives: "the army said its forces repelled", "Al-Shabaab said its
    fighters overran": armed people owned by "its" or "their" right after a speech cue
    are the speaker's own forces, so they stand for the armed speaker named before."""
    written = [(at, a) for a in actors if (at := _acting_index(tokens, a)) is not None]
    found = {at: generic for at, generic in generics}
    for owner, tok in enumerate(tokens[:-1]):
        at = owner + 1
        people = found.get(at)
        if tok.lower not in _OWNER_PRONOUNS or not _reported(tokens, owner):
            continue
        if people is None and tokens[at].lower not in _OWNED_FORCES:
            continue
        if people is not None and people.type not in ARMED_TYPES:
            continue
        before = [(k, a) for k, a in found.items() if k < owner]
        aside = _apposition_before_cue(tokens, owner)
        candidates = [(k, a) for k, a in [*written, *before] if not aside[0] <= k < aside[1]]
        speaker = _speaker_before(tokens, owner, candidates) or _antecedent(
            tokens, owner, candidates
        )
        if speaker is not None and speaker.type in ARMED_TYPES:
            found[at] = replace(speaker, evidence=Span.of(text, tok.start, tokens[at].end))
    return sorted(found.items(), key=lambda p: p[0])


def _apposition_before_cue(tokens: Sequence[Tok], owner: int) -> tuple[int, int]:
    """The token range of a phrase set off by commas right before the speech cue that
    precedes `owner` ("Al-Shabaab, the group fighting Somalia's government, said its
    fighters ..."): it describes the speaker, so no actor in it is the speaker; (0, 0)
    when there is none."""
    cue = next((j for j in range(owner - 1, max(-1, owner - 5), -1) if is_cue(tokens, j)), -1)
    if cue < 2 or tokens[cue - 1].text != ",":
        return (0, 0)
    for j in range(cue - 2, max(-1, cue - 2 - _INSERTED_REACH), -1):
        if is_cue(tokens, j):
            return (0, 0)  # ", the army said, adding that ...": a speaker, no apposition
        if tokens[j].text == ",":
            return (j + 1, cue - 1)
    return (0, 0)


def _relative_antecedent(
    tokens: Sequence[Tok],
    lo: int,
    first: int,
    actors: Sequence[Actor],
    generics: Sequence[tuple[int, Actor]],
) -> Actor | None:
    """Rule 17: an act told in a relative clause opened just before it ("the gunmen who
    killed five people", "rebels, who had attacked the town", "the rebels -- who have
    dynamited the pipeline") is done by the actor the
    clause qualifies, the one whose words end just before the pronoun."""
    if lo == 0 or first - lo > _RELATIVE_REACH or tokens[lo].lower not in RELATIVE_PRONOUNS:
        return None
    if tokens[lo].lower == "that" and complementiser(tokens, lo - 1):
        return None  # "Police said that killed ...": what was said, no relative clause
    end = lo - 1
    while end >= 0 and tokens[end].text in _INSERT_MARKS:
        end -= 1  # "rebels, who had attacked", "the rebels -- who have dynamited"
    if end < 0:
        return None
    written = [a for a in actors if _acting_index(tokens, a) is not None]
    for actor in [*written, *(a for _, a in generics)]:
        evidence = actor.evidence
        if evidence is not None and evidence.start <= tokens[end].start < evidence.end:
            return actor
    return None


#: how far the act may stand after its relative pronoun ("who had allegedly killed").
_RELATIVE_REACH = 3
#: how long a relative clause set off by commas between a subject and its verb may be.
_INSERTED_REACH = 12
#: the marks that set off an inserted clause.
_INSERT_MARKS = frozenset({",", "-", "--", "\u2014", "\u2013"})


def _subject_past_relative(
    tokens: Sequence[Tok], lo: int, first: int, actors: Sequence[Actor]
) -> Actor | None:
    """Rule 17: the subject of an act told right after a relative clause set off by
    commas or dashes ("Four heavily armed individuals, who posed as secret agents,
    kidnapped him", "the rebels -- who have dynamited the pipeline 23 times --
    intercepted the vehicles") is the actor the relative clause qualifies, whose words
    end just before the clause's opening mark."""
    close = first - 1 if first > 0 and tokens[first - 1].lower not in _AUXILIARIES else first - 2
    if close < 3 or tokens[close].text not in _INSERT_MARKS:
        return None
    marks = {","} if tokens[close].text == "," else _INSERT_MARKS - {","}
    while close > 0 and tokens[close - 1].text in marks - {","}:
        close -= 1  # "--" is written as two dashes
    for j in range(close - 1, max(close - 1 - _INSERTED_REACH, 0), -1):
        if tokens[j].text in _INSERT_MARKS | {";", ":", '"'}:
            return None
        if tokens[j].lower in {"who", "which"} and tokens[j - 1].text in marks:
            end = j - 1
            while end > 0 and tokens[end].text in marks:
                end -= 1
            return next(
                (
                    a
                    for a in actors
                    if a.evidence is not None
                    and not _is_person(a)
                    and a.evidence.start <= tokens[end].start < a.evidence.end
                ),
                None,
            )
    return None


def _reported(tokens: Sequence[Tok], at: int) -> bool:
    """ "The BLA said (that) it ...": "it" and "its" stand for an actor only right after
    a speech cue, whose speaker they are (not "before it exploded", "it is up to"), and
    never when "it" and a form of "be" name the act by a noun phrase ("said it was an
    ambush"); "said it was behind the bombing", "it was responsible for" keep the
    speaker."""
    if _names_the_act(tokens, at):
        return False  # "The army said it was an ambush": "it" names the act, not an agent
    j = at - 1
    if j >= 0 and tokens[j].lower == "that":
        j -= 1
    if j >= 0 and tokens[j].lower in _TIME_NOUNS:  # "said on Tuesday it had killed"
        j -= 1
        for _ in range(2):  # "said late on Tuesday it had killed"
            if j >= 0 and tokens[j].lower in _TIME_OPENERS:
                j -= 1
    return j >= 0 and is_cue(tokens, j) == 1


#: the words that open a time phrase between a speech cue and its "it" ("on Tuesday").
_TIME_OPENERS = frozenset({"on", "this", "last", "late", "early"})


#: what opens the noun phrase that "it was" names the act by ("said it was an ambush").
_ARTICLES = frozenset({"a", "an", "the"})


def _names_the_act(tokens: Sequence[Tok], at: int) -> bool:
    """ "it was a/an/the <noun>": "it" at `at` is what a noun phrase names ("said it was
    an ambush", "it is the third attack"), not an agent."""
    return (
        at + 2 < len(tokens)
        and tokens[at].lower == "it"
        and tokens[at + 1].lower in _BE
        and tokens[at + 2].lower in _ARTICLES
    )


def _acting_index(tokens: Sequence[Tok], actor: Actor) -> int | None:
    """Where an actor that can take a role starts in `tokens` (None: a person, or
    not in them)."""
    if actor.evidence is None or _is_person(actor):
        return None
    return _index_of(tokens, actor.evidence)


def _antecedent(
    tokens: Sequence[Tok], pronoun: int, candidates: Sequence[tuple[int, Actor]]
) -> Actor | None:
    """Rule 8: the actor named last before the pronoun in its sentence as a subject (no
    verb before it: "Police said they ..."; not "disarmed one of the soldiers, and they
    killed him"), else None."""
    before = [
        (at, actor)
        for at, actor in candidates
        if at < pronoun and _verb_before(tokens, 0, at) < 0 and not _after_verb(tokens, at)
    ]
    return max(before, key=lambda p: p[0])[1] if before else None


def _speaker_before(
    tokens: Sequence[Tok], pronoun: int, candidates: Sequence[tuple[int, Actor]]
) -> Actor | None:
    """Rule 8: a pronoun after a speech cue stands for the speaker, the actor written
    right before "said", also in a trailing attribution ("Militants attacked posts in
    Kayes, the army said, adding that its forces killed 80": the army, not the
    militants that open the sentence)."""
    speakers = [
        (at, actor)
        for at, actor in candidates
        if at < pronoun
        and actor.evidence is not None
        and (after := next((t.i for t in tokens if t.start >= actor.evidence.end), None))
        is not None
        and after < pronoun
        and is_cue(tokens, after)
    ]
    return max(speakers, key=lambda p: p[0])[1] if speakers else None


def _after_verb(tokens: Sequence[Tok], at: int) -> bool:
    """Whether an irregular past verb ("shot", "hit", "took") stands before token `at`
    in its sentence, which makes the actor its object, not the pronoun's antecedent."""
    return any(t.lower in _OBJECT_VERBS for t in tokens[:at])


#: frequent verbs that take an object and do not end in -ed.
_OBJECT_VERBS = frozenset({"shot", "hit", "struck", "took", "caught", "beat", "fought", "met"})


def is_pronoun(actor: Actor) -> bool:
    """An actor standing for "they" whose antecedent the sentence did not name."""
    evidence = actor.evidence
    return actor.kb_id is None and evidence is not None and evidence.text.lower() == "they"


def plural_demonym(word: str, kb: ActorKB | None = None) -> str | None:
    """The state whose nationals a plural demonym names ("Israelis" -> "IL"), else None;
    "Swiss" or "Iraqi" name no people by themselves, and a state's own name ending in
    "s" ("The Philippines' Abu Sayyaf rebels") names the state, not its nationals."""
    if not word.endswith("s") or not word[:1].isupper():
        return None
    knowledge = kb or ActorKB.load()
    if word in knowledge.aliases:  # "the Philippines", "the Netherlands": a state's name
        return None
    return knowledge.demonyms.get(word[:-1])


def nationals_as_civilians(actor: Actor) -> Actor:
    """Rule 9: a state's nationals named by a plural demonym ("two Israelis were killed")
    are its civilians ("Civilians (Israel)"), not its forces; "Israeli soldiers" stay
    the state's forces."""
    if actor.evidence is None or not _is_state(actor):
        return actor
    code = plural_demonym(actor.evidence.text)
    if code is None or code != (actor.kb_id or "").split(".")[0]:
        return actor
    return _civilians_of(code, actor.evidence)


def _civilians_of(code: str, evidence: Span) -> Actor:
    """The civilians of the state `code`, as ACLED names them ("Civilians (Israel)")."""
    name, kind = GENERIC["civilians"]
    return Actor(generic_name(name, country_name(code)), evidence, None, code, kind)


def add_operators(
    roles: Roles, weapons: Sequence[Weapon], actors: Sequence[Actor], *, lead: bool
) -> None:
    """Rule 4: weapon operators join the initiating side; with no actor1, a single
    operator leads when `lead` (the mention can start an event of its own)."""
    operators = {w.operator for w in weapons if w.operator}
    if roles.actor1 is None and not (lead and len(operators) == 1):
        for weapon in weapons:
            if weapon.operator and all(a.kb_id != weapon.operator for a in roles.assoc1):
                roles.assoc1.append(_operator_actor(weapon, actors))
        return
    for weapon in weapons:
        if not weapon.operator:
            continue
        known = {actor_key(a) for a in ([roles.actor1] if roles.actor1 else []) + roles.assoc1}
        if weapon.operator.split(".")[0].lower() in known:
            continue
        operator = _operator_actor(weapon, actors)
        if roles.actor2 is not None and actor_key(roles.actor2) == actor_key(operator):
            continue
        if roles.actor1 is None:
            roles.actor1 = operator
        else:
            roles.assoc1.append(operator)


#: a death a crowd protests against is its grievance, not force used on it; up to two
#: modifiers may name who killed ("the police killing of an unarmed man"), never the
#: crowd itself ("fired on the crowd killing three").
GRIEVANCE_DEATH = re.compile(
    r"\b(?:the|a|against|over)\s+"
    r"(?:(?!crowd\b|protesters\b|protestors\b|demonstrators\b|marchers\b)[a-z]+\s+){0,2}?"
    r"(?:killings?|deaths?|murders?)\b"
)


def told_as_grievance(lead: Sequence[str]) -> bool:
    """Rule 2: the killing whose trigger ends `lead` (the sentence's words up to it) is
    the death a demonstration protests ("to protest against the killing of a trader",
    "The demonstrations followed the police killing of an unarmed black man"), not force
    used on the crowd: the police who killed are no side the crowd faced."""
    text = " ".join(lead[-4:])
    return any(match.end() == len(text) for match in GRIEVANCE_DEATH.finditer(text))


def killing_protested(lead: Sequence[str]) -> bool:
    """Whether the killing that ends `lead` is a death a crowd protests, its armed killers
    named right before it ("followed the police killing of an unarmed man"): an act of
    its own, typed as the killing it is and joining no demonstration; "the killing of a
    trader" stays the crowd's grievance."""
    entry = GENERIC.get(lead[-2]) if len(lead) >= 2 else None
    return told_as_grievance(lead) and entry is not None and entry[1] in ARMED_TYPES


def crowd_roles(
    roles: Roles,
    tokens: Sequence[Tok],
    country_name: str | None,
    country: str | None,
    text: str,
) -> None:
    """Protests and riots: ACLED codes the crowd as actor1 and the force that intervenes
    (police, army, a militia) as actor2, whatever the word order ("Police dispersed
    protesters"), never the force whose killing the crowd protests ("followed the police
    killing of an unarmed man"); a force that broke up a gathering named by no crowd
    noun ("militia and US troops dispersed a protest") faces the gathering's
    protesters; civilians are never a crowd's other side (ACLED: a demonstration's
    actor2 is the force that met it, or none)."""
    crowd = next(
        (
            actor
            for tok in tokens
            if (actor := _generic(tok, country_name, country, text)) is not None
            and actor.type in {"protesters", "rioters"}
        ),
        None,
    )
    if roles.actor1 is not None and _killed_in_grievance(tokens, roles.actor1):
        roles.actor1 = None
    if roles.actor2 is not None and _killed_in_grievance(tokens, roles.actor2):
        roles.actor2 = None
    if roles.actor2 is not None and roles.actor2.type == "civilians" and not roles.passive:
        roles.actor2 = None  # the crowd itself ("Hundreds of people marched"), no other side
    # a passive subject is the harm's victim ("Fulani herders were attacked by vigilantes")
    force = next(
        (a for a in (roles.actor1, roles.actor2) if a is not None and a.type in ARMED_TYPES),
        None,
    )
    if crowd is None and force is not None:
        crowd = _gathering(tokens, country_name, country, text)
    if crowd is None:
        return
    if force is None:
        force = next(
            (
                actor
                for tok in tokens
                if (actor := _generic(tok, country_name, country, text)) is not None
                and actor.type == "state_forces"
                and not _killed_in_grievance(tokens, actor)
                and not _burnt_property(tokens, tok.i, 0, len(tokens))
                and not (tok.i + 1 < len(tokens) and is_cue(tokens, tok.i + 1))
            ),  # no side: the owner of a burnt building, nor the source ("police said")
            None,
        )
    roles.actor1, roles.actor2 = crowd, force
    roles.assoc1 = []


def _killed_in_grievance(tokens: Sequence[Tok], actor: Actor) -> bool:
    """The actor names who did the killing a crowd protests ("followed the police killing
    of an unarmed man", "who was fatally shot by a police officer"): it is no side the
    crowd faced."""
    at = _acting_index(tokens, actor)
    if at is None:
        return False
    if _agent_of_harm(tokens, at) or _agent_of_grievance(tokens, at):
        return True
    lead = [t.lower for t in tokens[: at + 3]]
    return any(told_as_grievance(lead[: k + 1]) for k in range(at + 1, len(lead)))


#: how far before its "by" agent a protested death may be named ("the killings of
#: farmers by Boko Haram").
_GRIEVANCE_REACH = 6


def _agent_of_grievance(tokens: Sequence[Tok], at: int) -> bool:
    """ "demanding an end to the killings of farmers by Boko Haram fighters": the "by"
    agent of a death the crowd protests did the killing; it is no side the crowd faced."""
    if _preposition_before(tokens, at, 0) != "by":
        return False
    by = next((j for j in range(at - 1, max(-1, at - 4), -1) if tokens[j].lower == "by"), None)
    if by is None:
        return False
    lead = [t.lower for t in tokens[:by]]
    return any(told_as_grievance(lead[: k + 1]) for k in range(max(0, by - _GRIEVANCE_REACH), by))


#: how far before its "by" agent a harm may be told ("was fatally shot in June by").
_HARM_REACH = 5


def _agent_of_harm(tokens: Sequence[Tok], at: int) -> bool:
    """ "over the death of Laquan McDonald, who was fatally shot by a police officer": the
    "by" agent of a harm told in a relative clause about someone other than the crowd
    did the harm the crowd protests ("Protesters, who were beaten by police" keeps the
    police as the side the crowd faced)."""
    by = next((j for j in range(at - 1, max(-1, at - 4), -1) if tokens[j].lower == "by"), None)
    if by is None or _preposition_before(tokens, at, by) != "by":
        return False
    if not any(t.lower in _HARM_DONE for t in tokens[max(0, by - _HARM_REACH) : by]):
        return False
    lo = clause_bounds(list(tokens), by)[0]
    if tokens[lo].lower not in {"who", "whom"}:
        return False
    before = next((t for t in reversed(tokens[:lo]) if t.text != ","), None)
    return before is None or GENERIC.get(before.lower, ("", ""))[1] not in CIVILIAN_TYPES


#: nouns of a gathering whose crowd no word names ("dispersed a protest").
_GATHERINGS = frozenset(
    {"protest", "protests", "demonstration", "demonstrations", "rally", "rallies", "march",
     "sit-in", "vigil"}
)  # fmt: skip


def _gathering(
    tokens: Sequence[Tok], country_name: str | None, country: str | None, text: str
) -> Actor | None:
    """The protesters of the first gathering noun in `tokens`, citing it, else None."""
    for tok in tokens:
        if tok.lower in _GATHERINGS:
            pattern, kind = GENERIC["protesters"]
            span = Span.of(text, tok.start, tok.end)
            return Actor(generic_name(pattern, country_name), span, None, country, kind)
    return None


def _acting_spans(actors: Sequence[Actor]) -> list[Span]:
    """Where the actors that can take a role are written: a name read as no known actor
    ("Gunmen" opening a sentence, taken for a name) leaves its generic noun readable."""
    return [a.evidence for a in actors if a.evidence is not None and not _is_person(a)]


def _is_person(actor: Actor) -> bool:
    """People command or speak; ACLED codes the forces they lead, not them."""
    return actor.kb_id is None and actor.type is None


def _operates(span: Span, weapons: Sequence[Weapon]) -> bool:
    """ "Jordanian F-16s": the actor names the operator of a weapon right after it."""
    return any(0 <= w.evidence.start - span.end <= 1 for w in weapons)


_STOP_VERBS = frozenset({"cease", "stop", "end", "halt", "suspend", "abandon"})
_NON_BREAKING = frozenset({"joined", "helped", "backed", "supported", "assisted", "led"})


#: act nouns whose "by" phrase names their own agent, not the agent of an act before.
_OTHER_ACTS = frozenset(
    {"attack", "attacks", "strike", "strikes", "airstrikes", "bombing", "bombings",
     "killings", "raids", "operations", "offensive"}
)  # fmt: skip


def _agent_of_other_act(tokens: Sequence[Tok], at: int, last: int) -> bool:
    """ "arrested a man accused of financing attacks by al-Shabaab": a "by" right after
    an act noun that is the object of a gerund past the trigger names that act's agent,
    not the trigger's ("killed in an attack by militants" keeps its agent)."""
    j = at - 1
    while j > last and tokens[j].lower in {"the", "a", "an"}:
        j -= 1
    return (
        j - 2 > last
        and tokens[j].lower == "by"
        and tokens[j - 1].lower in _OTHER_ACTS
        and tokens[j - 2].lower.endswith("ing")
    )


def _coordinated_verb(tokens: Sequence[Tok], lo: int, first: int) -> int:
    """Index of the perfect participle a trigger right after "and" is coordinated with
    ("they had killed four gang members ... and retaken part of the area": the gang
    members are the object of "killed", not who retook the area), or -1."""
    if first - 1 <= lo or tokens[first - 1].lower != "and":
        return -1
    for j in range(first - 2, lo, -1):
        if tokens[j - 1].lower in {"have", "has", "had"} and tokens[j].lower.endswith("ed"):
            return j
    return -1


def _verb_before(tokens: Sequence[Tok], lo: int, first: int) -> int:
    """Index of the nearest past-tense verb before the trigger in its clause (or -1)."""
    for j in range(first - 1, lo - 1, -1):
        low = tokens[j].lower
        if (
            low.endswith("ed")
            and not tokens[j].is_cap
            and low not in _NON_BREAKING | _QUALIFYING_PARTICIPLES
        ):
            if j > 0 and tokens[j - 1].lower in _BE | {"have", "has", "had"}:
                continue
            return j
    return -1


def _asked_to_stop(tokens: Sequence[Tok], actor: Actor, first: int) -> bool:
    """ "urged Russia to end its strikes", "press the regime to cease at once
    airstrikes": whoever is asked to stop the act is the one doing it."""
    if actor.evidence is None:
        return False
    after = next((t.i for t in tokens if t.start >= actor.evidence.end), None)
    return (
        after is not None
        and after + 1 < first
        and tokens[after].lower == "to"
        and tokens[after + 1].lower in _STOP_VERBS
    )


#: verbs that report what a source knows when "that" follows them, beside the speech
#: cues ("the army also indicates that the rebels set fire to a car").
_REPORTING_THAT = frozenset(
    {"indicates", "indicated", "indicate", "revealed", "reveals", "learned", "learnt",
     "charged", "charges", "charge", "denounced", "denounces", "maintained", "maintains",
     "specified"}
)  # fmt: skip
#: words that may stand between a verb of reporting and its "that" ("charged today that").
_WHEN_SAID = frozenset({"today", "yesterday", "tonight", "recently", "earlier", "again", "also"})


def _reports_that(tokens: Sequence[Tok], j: int) -> bool:
    """ "The army charged (today) that guerrillas attacked ...": a verb of reporting or
    accusing whose "that" clause tells the act; its subject is a source, not the agent."""
    if tokens[j].lower not in _REPORTING_THAT:
        return False
    k = j + 1
    if k < len(tokens) and tokens[k].lower in _WHEN_SAID:
        k += 1
    return k < len(tokens) and tokens[k].lower == "that"


def _cue_before(tokens: Sequence[Tok], lo: int, first: int) -> int:
    """Index of the speech cue before the trigger (or -1). A passive report ("Israeli
    jets were reported to have fired", "gunmen are said to have opened fire") has no
    speaker before it: its subject is the event's own; nor has a cue word that governs
    an infinitive ("the coalition continues to support Iraqi forces with air strikes")."""
    from sitrep.events.speech import is_cue

    for j in range(first - 1, lo - 1, -1):
        if _reports_that(tokens, j) or (
            is_cue(tokens, j) and tokens[j + 1].lower != "to"  # "continues to support"
        ):
            return -1 if j > 0 and tokens[j - 1].lower in _BE else j
    return -1


def agent_actors(
    tokens: Sequence[Tok],
    places: Sequence[PlaceMention],
    text: str,
    kb: ActorKB | None = None,
) -> list[Actor]:
    """ "Authorities in neighbouring Turkey": a state agent noun placed in a country is
    that country's police, military or government (ACLED codes arrests by
    "authorities" to the state's police forces)."""
    found: list[Actor] = []
    for k, tok in enumerate(tokens):
        loyal = _loyal_forces(tokens, k, text, kb)
        if loyal is not None:
            found.append(loyal)
            continue
        regional = _regional_force(tok, places, text, kb)
        if regional is not None:
            found.append(regional)
            continue
        if tok.lower not in _AGENT_NOUNS or k + 1 >= len(tokens):
            continue
        if tokens[k + 1].lower not in {"in", "of"}:
            continue
        for place in places:
            gap = place.evidence.start - tokens[k + 1].end
            if place.country and 0 < gap <= 14 and place.feature and "country" in place.feature:
                span = Span.of(text, tok.start, place.evidence.end)
                found.append(state_part(place.country, _AGENT_PART[tok.lower], span, kb))
                break
    return found


def _regional_force(
    tok: Tok, places: Sequence[PlaceMention], text: str, kb: ActorKB | None
) -> Actor | None:
    """ "Dagestan police", "Sindh police", "Texas troopers": a state agent noun right after
    a place inside a country is that country's police or military (the text's own
    modifier gives the actor's nationality, not the event's place)."""
    part = force_part(tok.lower)
    if part is None:
        return None
    for place in places:
        gap = tok.start - place.evidence.end
        if place.country and gap == 1 and "country" not in (place.feature or ""):
            span = Span.of(text, place.evidence.start, tok.end)
            return state_part(place.country, part, span, kb)
    return None


def force_part(word: str) -> str | None:
    """The state part a noun for its police or forces stands for ("police" -> police,
    "soldiers" -> military), else None."""
    entry = GENERIC.get(word)
    if entry is not None and entry[1] == "state_forces":
        return "police" if entry[0].startswith("Police") else "military"
    part = _AGENT_PART.get(word)
    return part if part in {"police", "military"} else None


#: a lower-case particle joined to a surname ("al-Assad", "bin-Laden").
_NAME_PARTICLE = re.compile(r"[a-z]+-[A-Z][\w']*")


def _loyal_forces(tokens: Sequence[Tok], k: int, text: str, kb: ActorKB | None) -> Actor | None:
    """ "Forces loyal to President Bashar al-Assad": the forces of the leader named, as
    the knowledge base names "Assad's forces" (None when it does not know them)."""
    words = [t.lower for t in tokens[k : k + 3]]
    if words[:1] not in (["forces"], ["troops"], ["fighters"]) or words[1:] != ["loyal", "to"]:
        return None
    name: list[Tok] = []
    for tok in tokens[k + 3 : k + 8]:
        if not (tok.is_cap or _NAME_PARTICLE.fullmatch(tok.text)):
            break
        name.append(tok)
    if not name:
        return None
    surname = name[-1].text.split("-")[-1]
    aliases = (kb or ActorKB.load()).aliases
    for alias in (f"{surname}'s forces", f"{surname} forces"):
        entry_id = aliases.get(alias)
        entry = (kb or ActorKB.load()).get(entry_id) if entry_id else None
        if entry is not None and entry.type in ARMED_TYPES:
            span = Span.of(text, tokens[k].start, name[-1].end)
            return Actor(entry.name, span, entry.id, entry.country, entry.type)
    return None


def _operator_actor(weapon: Weapon, actors: Sequence[Actor]) -> Actor:
    code = weapon.operator or ""
    for actor in actors:
        if (
            actor.kb_id == code
            and actor.evidence is not None
            and actor.evidence.overlaps(weapon.evidence)
        ):
            return actor
    for actor in actors:
        if actor.kb_id == code:
            return Actor(actor.name, weapon.evidence, code, actor.country, actor.type)
    return Actor(country_name(code) or code, weapon.evidence, code, code, "state_forces")


def country_name(code: str | None, kb: ActorKB | None = None) -> str | None:
    """The state's name as the actor knowledge base writes it ("Turkey", "Syria"),
    the one source of country names for events (None for an unknown code)."""
    if not code:
        return None
    entry = (kb or ActorKB.load()).get(code.split(".")[0])
    return None if entry is None else entry.name


def state_part(code: str, part: str, evidence: Span, kb: ActorKB | None = None) -> Actor:
    """The state's derived actor (`part` = police, military or government) from the
    knowledge base ("Police Forces of Turkey"), else the state itself."""
    base = code.split(".")[0]
    knowledge = kb or ActorKB.load()
    entry = knowledge.get(f"{base}.{part}") or knowledge.get(base)
    if entry is None:
        return Actor(base, evidence, base, base, "state_forces")
    return Actor(entry.name, evidence, entry.id, base, "state_forces")


#: territories whose soldiers in the news belong to another state: the Palestinian
#: Authority has security forces and police but no army, so troops, soldiers or
#: warplanes acting in the West Bank or Gaza are Israel's (ACLED codes them so).
_ARMY_OF: dict[str, str] = {"PS": "IL"}


#: "security forces" right before the head: the territory's own security services
#: (the Palestinian Authority's), which no army stands for.
_SECURITY_BEFORE = re.compile(r"\bsecurity\s+$", re.IGNORECASE)


def army_state(code: str) -> str:
    """The state whose army acts in country `code` when the text names no owner."""
    return _ARMY_OF.get(code, code)


#: an owner named after the head: "soldiers loyal to the Palestinian Authority",
#: "troops belonging to ...", "forces of the Palestinian Authority".
_OWNER_AFTER = re.compile(
    r"\s+(?:loyal\s+to|belonging\s+to|of)\s+(?:the\s+)?([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})"
)


def _owner_after(tok: Tok, text: str) -> str | None:
    """The state of a known state or state body named right after the head as the
    force's owner ("Soldiers loyal to the Palestinian Authority": PS), else None; such
    forces are not bare, so no other state's army stands for them."""
    match = _OWNER_AFTER.match(text, tok.end)
    if match is None:
        return None
    words = match.group(1).split()
    knowledge = ActorKB.load()
    for n in range(len(words), 0, -1):
        entry = knowledge.resolve(" ".join(words[:n]))
        if entry is not None and entry.type == "state_forces" and entry.country:
            return entry.country
    return None


def _is_state(actor: Actor) -> bool:
    root = (actor.kb_id or "").split(".")[0]
    return actor.type == "state_forces" and len(root) == 2 and root.isupper()


def infer_operators(weapons: Sequence[Weapon], roles: Roles) -> list[Weapon]:
    """Rule 4, inferred operator: unstated operators are actor1's state when actor1 is a
    state (or its forces) and every partner is there through its own stated weapon."""
    actor1 = roles.actor1
    if actor1 is None or not _is_state(actor1):
        return list(weapons)
    stated = {w.operator.split(".")[0] for w in weapons if w.operator}
    if any((a.kb_id or "").split(".")[0] not in stated for a in roles.assoc1):
        return list(weapons)
    code = (actor1.kb_id or "").split(".")[0]
    return [w if w.operator else replace(w, operator=code) for w in weapons]


def _sheriffs_deputy(tok: Tok, text: str) -> bool:
    """Whether `tok` is a sheriff's deputy, a police officer: "sheriff's deputies" or
    "county deputies"; a singular "deputy" only when no title or name follows it ("a
    sheriff's deputy shot a man", not "the sheriff's deputy Chief Ross" nor "a county
    deputy governor")."""
    if tok.lower not in _DEPUTIES:
        return False
    if tok.lower == "deputy":
        after = _NEXT_WORD.match(text, tok.end)
        if after is not None and (after[1][0].isupper() or after[1].lower() in TITLE_WORDS):
            return False
    window = max(0, tok.start - 25)
    if _SHERIFF_QUALIFIER.search(text, window, tok.start):
        return True
    return _COUNTY_QUALIFIER.search(text, window, tok.start) is not None


def _generic(
    tok: Tok, country_name: str | None, country: str | None, text: str, as_word: str = ""
) -> Actor | None:
    """The generic actor `tok` stands for (read as the word `as_word` when given)."""
    if not as_word and _names_a_body(tok, text):
        return None  # "Army of God letters": an organisation's name, no state's army
    if not as_word and names_a_topic(tok, text):
        return None  # "calls for police reform": a topic, no force on the scene
    named = None if as_word else _unknown_named_group(tok, text, country)
    if named is not None:  # "the Mai-Mai militia": a group of its own, no unnamed one
        return named
    nationals = None if as_word else plural_demonym(tok.text)
    if nationals is not None:  # "Two Israelis" read as no name: the state's nationals
        return _civilians_of(nationals, Span.of(text, tok.start, tok.end))
    if not as_word and _aircraft_fighters(tok, text):
        return None  # "F-16 fighters bombed": aircraft, no armed people
    entry = GENERIC.get(as_word or tok.lower)
    if (
        entry is None
        and tok.lower in _DEFENCES
        and _AIR_DEFENCE.search(text, max(0, tok.start - 20), tok.start)
    ):
        entry = GENERIC["army"]  # "air defences shot down 30 of them": the state's military
    if (
        entry is None
        and tok.lower in _SIDE_NOUNS
        and _STATE_SIDE.search(text, max(0, tok.start - 25), tok.start)
    ):
        entry = GENERIC["army"]  # "regime forces", "security forces": the state's military
    service = _armed_service(tok, text)
    if entry is None and service is not None:
        entry = GENERIC["army"]  # "bombed by the air force", "the armed forces shelled"
    if (
        entry is None
        and tok.lower in _ARMED_PEOPLE
        and _ARMED_QUALIFIER.search(text, max(0, tok.start - 15), tok.start)
    ):
        entry = GENERIC["gunmen"]  # "uniformed men", "armed individuals"
    if entry is None and _counted_attackers(tok, text):
        entry = GENERIC["gunmen"]  # "killed by two men", "three youths shot the mayor"
    if (
        entry is None
        and tok.lower in _COMMUNITY_LEADERS
        and _COMMUNITY_QUALIFIER.search(text, max(0, tok.start - 15), tok.start)
    ):
        entry = GENERIC["civilians"]  # "a village chief", "tribal elders"
    if entry is None and _sheriffs_deputy(tok, text):
        entry = GENERIC["police"]  # "sheriff's deputies shot a man", "county deputies"
    if entry is None and _civilian_head(tok, text):
        entry = GENERIC["civilians"]  # "a German national was kidnapped", "an aid worker"
    if (
        entry is None
        and tok.lower in _MILITIA_NOUNS
        and _PRO_GOVERNMENT.search(text, max(0, tok.start - 30), tok.start)
    ):
        entry = PRO_GOVERNMENT_MILITIA  # "pro-government militia": the state's political militia
    if entry is None and _lone_armed(tok, text):
        entry = SOLE_PERPETRATOR  # "a man armed with a knife": one attacker, no group
    if entry is None and _harmed_people(tok, text):
        entry = GENERIC["civilians"]  # "two men were killed by shelling", "killing a woman"
    if entry is None and _arrested_people(tok, text):
        entry = GENERIC["civilians"]  # "police detained a man", "two suspects were arrested"
    if entry is None and _armed_unit(tok, text):
        entry = GENERIC["guerrillas"]  # "a guerrilla column ambushed", "a rebel unit"
    if entry is None and _agent_group(tok, text):
        entry = GENERIC["gunmen"]  # "was kidnapped by a group that drove up in an ambulance"
    if entry is None and _armed_group(tok, text):
        entry = GENERIC["militants"]  # "an ethnic armed group said it had captured Lashio"
    if entry is None and _the_group(tok, text):
        entry = GENERIC["militants"]  # "the group": resolved by `definite_antecedent`
    if entry is None:
        return None
    pattern, kind = entry
    span = Span.of(text, tok.start if service is None else service, tok.end)
    own = None if as_word else modifier_state(tok, text)
    if own is not None:  # "an American convoy", "Afghan civilians": the text's own country
        country, country_name = own, _state_name(own)
    if kind == "rebel_group" and tok.lower in _SINGLE_ATTACKERS and _one(tok, text):
        pattern, kind = SOLE_PERPETRATOR  # "a gunman": no organised group
    if country and kind == "state_forces":
        part = "police" if pattern.startswith("Police") else "military"
        owner = None if own is not None or as_word else _owner_after(tok, text)
        if owner is not None:  # "Soldiers loyal to the Palestinian Authority": its own
            country = owner
        elif (
            part == "military"
            and own is None
            and not _SECURITY_BEFORE.search(text, max(0, tok.start - 12), tok.start)
        ):
            country = army_state(country)  # "Soldiers shot dead a man near Nablus": Israel's
        return state_part(country, part, span)
    return Actor(generic_name(pattern, country_name), span, None, country, kind)


#: a model or kind of aircraft right before "fighters" ("F-16 fighters", "stealth fighters").
_AIRCRAFT_BEFORE = re.compile(
    r"(?:\b[A-Z]+-?\d+\w*|\b(?:jet|stealth|combat|multirole|supersonic))\s+$", re.IGNORECASE
)


def _aircraft_fighters(tok: Tok, text: str) -> bool:
    """ "Israeli F-16 fighters", "stealth fighters": "fighters" after an aircraft's model
    or kind are war planes; otherwise news uses the word for irregular armed people."""
    return tok.lower in {"fighters", "fighter"} and bool(
        _AIRCRAFT_BEFORE.search(text, max(0, tok.start - 20), tok.start)
    )


#: head nouns of an armed group's name ("the Mai-Mai militia", "Nyatura rebels", "the
#: Arakan Army") -> the ACLED type of a group so named that the knowledge base lacks.
_GROUP_HEADS: dict[str, str] = {
    **dict.fromkeys(("militia", "militias"), "political_militia"),
    **dict.fromkeys(
        ("rebels", "brigade", "brigades", "battalion", "movement", "front", "army"),
        "rebel_group",
    ),
}
#: heads that name a group only capitalised ("the Macina Liberation Front"); in lower
#: case they are a line of battle ("attacks along the Kupiansk front").
_CAPITAL_ONLY_HEADS = frozenset({"front"})
#: one to three capitalised words of a name right before its head noun.
_GROUP_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*\s+){1,3})$")
#: endings of adjectives for a people or a creed ("Kurdish", "Syrian", "Islamist",
#: "Shiite"): they describe a group, they do not name one.
_ADJECTIVE_ENDINGS = ("ish", "ian", "ese", "ist", "ite", "ic")


#: capitalised words that count or qualify a group at a sentence's start ("Six rebels
#: died", "Local militias", "Armed rebels"): no part of its name.
_NOT_GROUP_NAMES = _QUALIFYING_PARTICIPLES | frozenset(
    {"many", "several", "some", "dozens", "hundreds", "thousands", "local", "rival",
     "other", "allied", "former", "opposition", "government", "pro-government"}
)  # fmt: skip


def _names_unknown_group(actor: Actor) -> bool:
    """The actor is a group named by its own words (`_unknown_named_group`)."""
    head = actor.name.rsplit(" ", 1)[-1].lower() if actor.name else ""
    return actor.kb_id is None and head in _GROUP_HEADS and actor.name != actor.name.lower()


def _describes_group(word: str) -> bool:
    """A capitalised word before a group's head that is no part of a name: an opener,
    a time, or an adjective for a people or a creed ("Kurdish", "Islamist")."""
    low = word.lower()
    return (
        low in _NAME_OPENERS
        or low in _TIME_NOUNS
        or low in _NOT_GROUP_NAMES
        or low in UNITS
        or low in TENS
        or low in MULTIPLIERS
        or low.endswith(_ADJECTIVE_ENDINGS)
    )


def _unknown_named_group(tok: Tok, text: str, country: str | None) -> Actor | None:
    """Rule 5: capitalised words before a group's head noun ("Fighters from the Mai-Mai
    militia attacked", "Raia Mutomboki rebels") name a group of their own, ACLED's
    "Mai-Mai Militia", when the knowledge base knows no actor of that name and no word
    is a determiner, a time, a state's or a people's adjective ("the Nigerian Army",
    "Kurdish rebels", "Islamist militias" stay generic)."""
    kind = _GROUP_HEADS.get(tok.lower)
    if kind is None or (tok.lower in _CAPITAL_ONLY_HEADS and not tok.is_cap):
        return None  # "on the Pokrovsk front": a line of battle, no group
    match = _GROUP_NAME_BEFORE.search(text, max(0, tok.start - 50), tok.start)
    if match is None:
        return None
    words = match.group(1).split()
    while words and words[0].lower() in _NAME_OPENERS:
        words = words[1:]  # "The Zintan militia": the article opens the mention
    if not words or any(_describes_group(word) for word in words):
        return None
    if modifier_state(tok, text) is not None:
        return None  # "Sudan army", "Congolese army": the state's forces
    name = " ".join(words)
    if ActorKB.load().resolve(name) is not None:
        return None  # "Boko Haram militia": the known actor names it
    span = Span.of(text, text.rindex(words[0], match.start(1), tok.start), tok.end)
    return Actor(f"{name} {tok.text[0].upper()}{tok.text[1:]}", span, None, country, kind)


#: force nouns that, qualifying a topic noun, name a subject of debate, not a force.
_TOPIC_FORCES = frozenset({"police", "security", "military", "army"})
#: nouns that make a force noun before them a topic ("police reform", "police brutality").
_TOPIC_NOUNS = frozenset(
    {"reform", "reforms", "brutality", "misconduct", "accountability", "oversight",
     "abuse", "abuses", "impunity"}
)  # fmt: skip
_TOPIC_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")
#: "violence" is a topic only where a crowd or a speaker takes it up ("against police
#: violence", "to protest police violence"), not where police are violent on the scene.
_TOPIC_VIOLENCE = re.compile(
    r"\b(?:against|over|about|protest(?:s|ed|ing)?|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)"
    r"|end(?:ing)?\s+to|for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def names_a_topic(tok: Tok, text: str) -> bool:
    """Rule 5: a force noun qualifying a topic noun ("calls for police reform", "rallied
    against police brutality", "to protest police violence", "security reform") names a
    subject of debate; no force of that kind is a side or a target of the event."""
    if tok.lower not in _TOPIC_FORCES:
        return False
    after = _TOPIC_NOUN_AFTER.match(text, tok.end)
    if after is None:
        return False
    noun = after.group(1)
    if noun in _TOPIC_NOUNS:
        return True
    before = text[max(0, tok.start - 30) : tok.start]
    return noun == "violence" and _TOPIC_VIOLENCE.search(before) is not None


#: "Army of God", "Army of Islam": a capitalised force noun, "of", a name.
_BODY_NOUNS = frozenset({"army", "police", "gendarmerie"})
_NAMED_BODY = re.compile(r"\s+of\s+(?:the\s+)?([A-Za-z][\w'-]*)")


def _names_a_body(tok: Tok, text: str) -> bool:
    """Rule 5: a capitalised "Army" or "Police" followed by "of" and a word that names no
    state ("Army of God", "Army of Islam") is an organisation's name, not the generic
    ("the Army of Pakistan" is still the state's army)."""
    if not tok.text[:1].isupper() or tok.lower not in _BODY_NOUNS:
        return False
    after = _NAMED_BODY.match(text, tok.end)
    if after is None:
        return False
    entry = ActorKB.load().resolve(after.group(1))
    return entry is None or entry.kind != "state"


def _state_name(code: str) -> str | None:
    """`country_name`, under a name that `_generic`'s parameters do not shadow."""
    return country_name(code)


#: ACLED's actor for one person attacking alone, whom no one names: no organised
#: group, so no rebel group ("A gunman shot two people outside a bar", rule 5).
SOLE_PERPETRATOR = ("Sole Perpetrator ({c})", "external_other")
_SINGLE_ATTACKERS = frozenset({"gunman", "attacker", "assailant", "hitman", "shooter", "knifeman"})
_ONE = re.compile(r"\b(?:a|an|one|lone|single|the|unidentified|unknown|masked|armed)\s+$", re.I)


#: one person armed and unnamed ("a man armed with a knife", "a knife-wielding woman").
_LONE_PEOPLE = frozenset({"man", "woman", "youth", "teenager", "individual", "person"})
_LONE_BEFORE = re.compile(r"\b(?:an?|one|lone|single)\s+(?:armed|[a-z]+-wielding)\s+$", re.I)
_ONE_BEFORE = re.compile(r"\b(?:an?|one|lone|single)\s+(?:[a-z]+\s+)?$", re.I)
_LONE_AFTER = re.compile(r"\s*,?\s*(?:armed\s+with|wielding|brandishing)\b", re.I)


#: one person doing harm to someone: a verb of harm with its object or a rampage right
#: after the subject ("a man killed 10 people", "a teenager opened fire on", "a woman
#: went on a stabbing spree"); not a headline's passive ("A man killed in Chicago").
_LONE_HARM = re.compile(
    r"\s+(?:(?:allegedly|reportedly|then|later|also)\s+)?"
    r"(?:(?:killed|murdered|stabbed|shot|wounded|injured|attacked|beat|strangled|hacked)"
    r"(?!\s+(?:in|during|when|while|after|near|outside|by|on|at)\b)(?=\s+[\w'’-])"
    r"|opened\s+fire\b|went\s+on\s+an?\s+(?:\w+\s+){0,2}?(?:rampage|spree)\b)",
    re.IGNORECASE,
)
#: singular nouns for one person, who acts alone when told doing harm (rule 5).
_HARMING_PEOPLE = _LONE_PEOPLE | frozenset({"teen", "boy", "girl"})


#: a count of unnamed people, with up to two words qualifying them ("two men", "three
#: young individuals", "a group of four men").
_COUNTED = (
    r"(?:a\s+group\s+of\s+|at\s+least\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:[a-z]+\s+){0,2}$"
)
_COUNTED_BEFORE = re.compile(r"\b" + _COUNTED, re.IGNORECASE)
#: the agent of a passive of harm ("killed by two men", "shot dead by", "riddled with
#: bullets by"), not of help ("freed by two men from the village").
_AGENT_COUNTED_BEFORE = re.compile(
    r"\b(?:killed|murdered|stabbed|shot|wounded|injured|attacked|beaten|strangled|hacked"
    r"|kidnapped|abducted|seized|ambushed|assaulted|robbed|raped|dead|down|bullets)"
    r"\s+by\s+" + _COUNTED,
    re.IGNORECASE,
)


def _armed_service(tok: Tok, text: str) -> int | None:
    """Rule 5: "the air force", "the armed forces" are the state's military, as "the
    army" is (a name the recognisers found, "the Israeli Air Force", is an actor of its
    own and never reaches here), and so are its guard units ("the Republican Guard opened
    fire"): where the service's name starts, None for no service."""
    if tok.lower in _SERVICE_FORCES:
        before = _SERVICE_BEFORE.search(text, max(0, tok.start - 8), tok.start)
    elif tok.text in _GUARD_UNITS:
        before = _GUARD_BEFORE.search(text, max(0, tok.start - 14), tok.start)
    else:
        return None
    if before is None or _group_named_as_service(before.start(), text):
        return None
    return before.start()


def _group_named_as_service(start: int, text: str) -> bool:
    """Whether the capitalised service words at `start` go on a name that a word naming
    no state opens ("Zarate Wilka Armed Forces of Liberation", "Revolutionary Armed
    Forces"): a group's name, not a state's forces ("the Bolivian Armed Forces")."""
    if not text[start : start + 1].isupper():
        return False
    word = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    if word is None or word.group(1).lower() in _NAME_OPENERS:
        return False
    owner = re.sub(r"['’]s$", "", word.group(1))  # "Nigeria's air force": the state's own
    kb = ActorKB.load()
    state = kb.state_of_demonym(owner) or kb.resolve(owner)
    return state is None or state.kind != "state"


def _counted_attackers(tok: Tok, text: str) -> bool:
    """Rule 5: unnamed people counted as the agent of a passive ("the judge was killed
    by two men", "was riddled with bullets by three young individuals") or as the subject
    doing harm ("Four men shot dead a councilman") are the attackers, an unidentified
    armed group, as "gunmen" are; counted people told otherwise ("two men were killed")
    stay unnamed people."""
    if tok.lower not in _ARMED_PEOPLE:
        return False
    window = text[max(0, tok.start - 45) : tok.start]
    if _AGENT_COUNTED_BEFORE.search(window) is not None:
        return True
    counted = _COUNTED_BEFORE.search(window) is not None
    return counted and _LONE_HARM.match(text, tok.end) is not None


#: plain words for people, who are civilians when told harmed (rule 5).
_PLAIN_PEOPLE = frozenset(
    {"men", "man", "woman", "boys", "boy", "girls", "girl", "teenager", "teenagers", "teen",
     "teens", "person", "individuals"}
)  # fmt: skip
#: the harm right after the people, in the passive ("two men were killed").
_PASSIVE_HARM = re.compile(
    r"\s+(?:were|was)\s+(?:(?:also|reportedly)\s+)?"
    r"(?:killed|wounded|injured|hurt|shot|stabbed|abducted|kidnapped|beaten)\b",
    re.IGNORECASE,
)
#: the harm right before the people, whom it takes as its object ("killing two men").
_HARM_BEFORE = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring|shot|shooting|abducted"
    r"|abducting|kidnapped|kidnapping)\s+(?:" + _COUNTED + r"|(?:an?|one)\s+(?:[a-z]+\s+)?$)",
    re.IGNORECASE,
)


#: rule 5: words after harmed people that tell them armed ("two men they said were
#: militants", "suspected of being Boko Haram fighters"), or armed or dead in a fight
#: ("who were planting a roadside bomb", "after they fired on a patrol", "killed in
#: clashes"): no civilians.
_ARMED_NOUN = re.compile(
    r"\b(?:militants?|fighters?|rebels?|insurgents?|jihadists?|terrorists?|gunmen"
    r"|militiam[ae]n|combatants?|members\s+of)\b",
    re.IGNORECASE,
)
_ARMED_ACT = re.compile(
    r"\b(?:opened\s+fire|fired\s+(?:on|at)|planting|clash(?:es|ed)?|fighting"
    r"|gun\s?battles?|firefights?|shootouts?|exchanges?\s+of\s+fire)\b",
    re.IGNORECASE,
)
#: an armed noun after these is the agent, not the dead ("killed by militants", "when
#: gunmen attacked").
_AGENT_LEAD = re.compile(r"\b(?:by|when|as)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: rule 5: the next sentence saying what they were ("Hezbollah said they were its fighters").
_ARMED_NEXT = re.compile(
    r"\b(?:they|he|both)\s+(?:were|was)\s+(?:\S+\s+){0,3}?"
    r"(?:militants?|fighters?|rebels?|insurgents?|members|combatants?)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _told_armed_after(tok: Tok, text: str) -> bool:
    """Rule 5: the rest of the harmed people's sentence tells them armed or fighting,
    or the next says they were fighters."""
    end = _SENTENCE_END.search(text, tok.end)
    stop = end.end() if end is not None else len(text)
    if _ARMED_ACT.search(text, tok.end, stop) is not None:
        return True
    for noun in _ARMED_NOUN.finditer(text, tok.end, stop):
        if _AGENT_LEAD.search(text[max(tok.end, noun.start() - 30) : noun.start()]) is None:
            return True
    following = _SENTENCE_END.search(text, stop)
    return _ARMED_NEXT.search(text, stop, following.end() if following else len(text)) is not None


def _harmed_people(tok: Tok, text: str) -> bool:
    """Rule 5: unnamed people counted ("two men", "a woman") and told harmed, as the
    subject of a passive of harm ("Two men were killed by Russian shelling") or as the
    object of a verb of harm ("killing a woman and her son"), are civilians, as ACLED
    codes victims no one says were armed; "two armed men" are gunmen before this, and
    men told armed or fighting after it are none (`_told_armed_after`)."""
    if tok.lower not in _PLAIN_PEOPLE or _told_armed_after(tok, text):
        return False
    return _people_undergoing(tok, text, _HARM_BEFORE, _PASSIVE_HARM)


def _people_undergoing(
    tok: Tok, text: str, act_before: re.Pattern[str], passive: re.Pattern[str]
) -> bool:
    """Rule 5: the people at `tok` are the object of the act right before them ("killing
    two men", "detained a man") or, counted ("two men", "a woman"), the subject of its
    passive right after them ("Two men were killed", "Two suspects were arrested")."""
    window = text[max(0, tok.start - 45) : tok.start]
    if act_before.search(window) is not None:
        return True
    counted = _COUNTED_BEFORE.search(window) is not None or (
        _ONE_BEFORE.search(text, max(0, tok.start - 20), tok.start) is not None
    )
    return counted and passive.match(text, tok.end) is not None


#: unnamed people arrested (rule 5): the plain words for people and the suspects.
_ARRESTABLE_PEOPLE = _PLAIN_PEOPLE | frozenset({"suspect", "suspects", "youths", "youth"})
#: the arrest right after the people, in the passive ("two suspects were arrested").
_PASSIVE_ARREST = re.compile(
    r"\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:(?:also|later|reportedly)\s+)?"
    r"(?:arrested|detained|apprehended)\b",
    re.IGNORECASE,
)
#: the arrest right before the people, whom it takes as its object ("detained a man").
_ARREST_BEFORE = re.compile(
    r"\b(?:arrested|arresting|detained|detaining|apprehended|apprehending)\s+(?:"
    + _COUNTED
    + r"|(?:an?|one)\s+(?:[a-z]+\s+)?$)",
    re.IGNORECASE,
)


#: men told acting for someone ("men working for the Sinaloa Cartel"), whose side that is.
_WORKING_FOR = re.compile(
    r"\s+(?:working|acting|fighting|operating)\s+(?:for|on\s+behalf\s+of)\b", re.IGNORECASE
)


def _arrested_people(tok: Tok, text: str) -> bool:
    """Rule 5: unnamed people counted ("a man", "two suspects") and told arrested, as
    the object of the arrest ("Police detained a man suspected of ...") or the subject
    of its passive ("Two men were arrested"), are the civilians ACLED codes as the side
    arrested; men told armed or fighting after it are none (`_told_armed_after`)."""
    if tok.lower not in _ARRESTABLE_PEOPLE or _told_armed_after(tok, text):
        return False
    if _WORKING_FOR.match(text, tok.end) is not None:
        return False  # "12 men working for the Sinaloa Cartel": the group's members
    return _people_undergoing(tok, text, _ARREST_BEFORE, _PASSIVE_ARREST)


def _lone_armed(tok: Tok, text: str) -> bool:
    """Rule 5: one unnamed person told as armed ("a man armed with a knife", "an armed
    man", "a knife-wielding woman") or told doing harm ("a man killed 10 people", "a
    teenager opened fire", `_LONE_HARM`) is a sole perpetrator, as "a gunman" is."""
    if tok.lower not in _HARMING_PEOPLE:
        return False
    one = _ONE_BEFORE.search(text, max(0, tok.start - 20), tok.start) is not None
    if one and _LONE_HARM.match(text, tok.end) is not None:
        return True
    if tok.lower not in _LONE_PEOPLE:
        return False
    before = _LONE_BEFORE.search(text, max(0, tok.start - 30), tok.start) is not None
    after = _LONE_AFTER.match(text, tok.end) is not None
    return before or (after and one)


#: ACLED codes militias that fight for the government as political militias of the
#: government's country (rule 5): "pro-government militia", "regime-backed militiamen".
PRO_GOVERNMENT_MILITIA = ("Pro-Government Militia ({c})", "political_militia")
_MILITIA_NOUNS = frozenset({"militia", "militias", "militiamen", "militiaman"})
_PRO_GOVERNMENT = re.compile(
    r"\b(?:pro-(?:government|regime)|(?:government|regime)-(?:backed|allied|aligned)|"
    r"loyalist)[\s-]+$",
    re.IGNORECASE,
)
#: people who are civilians, named by words also used as modifiers ("a student union",
#: "the national police", "engineers detachment"): they count only as the head of their
#: phrase.
HEAD_CIVILIANS = frozenset(
    {"national", "nationals", "citizen", "citizens", "worker", "engineer", "engineers",
     "journalist", "tourist", "doctor", "doctors", "nurse", "nurses", "teacher", "student",
     "reporter", "reporters", "photographer", "missionary", "priest", "pilgrim",
     "businessman", "businesswoman", "technician", "technicians", "resident", "passenger"}
)  # fmt: skip
#: what may follow a noun that heads its phrase: a verb form or a function word.
_AFTER_HEAD = frozenset(
    {"who", "whose", "that", "and", "or", "but", "has", "had", "have", "in", "on", "at", "near",
     "from", "outside", "inside", "while", "when", "after", "as", "to", "for", "with", "by",
     "of"}
) | _BE  # fmt: skip


#: singular armed nouns that qualify a unit ("a guerrilla column"), and the units
#: ("commando" is left out: states field commandos too).
_ARMED_MODIFIERS = frozenset({"guerrilla", "rebel", "insurgent", "terrorist", "militant"})
_UNIT_AFTER = re.compile(
    r"\s+(?:column|columns|unit|units|squad|squads|band|bands|cell|cells|detachment"
    r"|detachments|contingent|patrol|patrols)\b",
    re.IGNORECASE,
)


def _armed_unit(tok: Tok, text: str) -> bool:
    """ "a guerrilla column ambushed the convoy", "a rebel unit": an armed noun before a
    unit noun names an armed group, as "guerrillas" would."""
    return tok.lower in _ARMED_MODIFIERS and _UNIT_AFTER.match(text, tok.end) is not None


def _civilian_head(tok: Tok, text: str) -> bool:
    """Rule 5: a civilian named in the singular ("a German national was kidnapped",
    "killed a Chinese engineer near Quetta"), only as the head of its phrase: "the
    national army", "student leaders" name no civilian."""
    if tok.lower not in HEAD_CIVILIANS or tok.text != tok.lower:
        return False
    after = text[tok.end : tok.end + 30]
    if after[:1] in {"'", "’"}:  # "citizens' militias": a possessive qualifies a noun
        return False
    if not after[:1].isspace():  # "a German national." or "nationals,": the phrase ends
        return not after[:1].isalnum()
    rest = after.split()
    word = rest[0] if rest else ""
    return not word or word in _AFTER_HEAD or word.endswith("ed")


def _one(tok: Tok, text: str) -> bool:
    """Whether a singular attacker noun names one person ("a lone gunman", "an
    unidentified assailant"), not a modifier ("gunman attacks")."""
    return _ONE.search(text, max(0, tok.start - 14), tok.start) is not None


#: one or two capitalised words right before a noun ("South Sudanese soldiers", "U.S.
#: citizens").
_NAME_BEFORE = re.compile(
    r"(?:((?:[A-Z]\.){2,}|[A-Z][\w'-]*)\s+)?((?:[A-Z]\.){2,}|[A-Z][\w'-]*)\s+$"
)  # dotted abbreviations too: "U.S. citizens"


def modifier_state(tok: Tok, text: str, kb: ActorKB | None = None) -> str | None:
    """Rule 5: the state that a demonym or a state's name right before a generic noun
    names ("an American convoy", "South Sudanese soldiers", "Kenya police"), else None:
    the text's own word for the actor's nationality beats the event's country."""
    knowledge = kb or ActorKB.load()
    match = _NAME_BEFORE.search(text, max(0, tok.start - 40), tok.start)
    if match is None:
        return _demonym_past_modifier(tok, text, knowledge)
    words = [w for w in match.groups() if w]
    for name in dict.fromkeys((" ".join(words), words[-1])):
        code = knowledge.demonyms.get(name)
        entry = knowledge.get(knowledge.aliases.get(name, ""))
        if code is None and entry is not None and entry.kind == "state":
            code = entry.id
        if code is not None:
            return code
    return None


#: a demonym, then one lower-case word that qualifies the noun ("a French aid worker").
_DEMONYM_THEN_WORD = re.compile(r"(?:([A-Z][\w'-]*)\s+)?([A-Z][\w'-]*)\s+[a-z][a-z-]*\s+$")


def _demonym_past_modifier(tok: Tok, text: str, knowledge: ActorKB) -> str | None:
    """Rule 5: the state of a demonym before a noun and the one word qualifying it ("a
    French aid worker", "Turkish army soldiers"); a demonym is an adjective, so the word
    between is a modifier, never a verb (a state's name is not taken: "Russia shelled
    civilians")."""
    match = _DEMONYM_THEN_WORD.search(text, max(0, tok.start - 50), tok.start)
    if match is None:
        return None
    words = [w for w in match.groups() if w]
    between = text[match.end(2) : tok.start].split()
    if between and between[0] in _BE | _AFTER_HEAD:
        return None
    for name in dict.fromkeys((" ".join(words), words[-1])):
        code = knowledge.demonyms.get(name)
        if code is not None:
            return code
    return None


def generic_name(pattern: str, country_name: str | None) -> str:
    """ACLED's generic name for the country ("Civilians (Sudan)"), or without it."""
    if country_name:
        return pattern.format(c=country_name)
    return pattern.split(" (")[0].replace(" of {c}", "")


def unidentified_group(country: str | None, evidence: Span, kb: ActorKB | None = None) -> Actor:
    """ACLED's actor for a perpetrator no one names: "Unidentified Armed Group (Niger)"."""
    pattern, kind = GENERIC["gunmen"]
    return Actor(generic_name(pattern, country_name(country, kb)), evidence, None, country, kind)


#: nouns that refer back to a named armed group after "the" ("the group said").
_GROUP_NOUNS = frozenset({"group", "militia", "organisation", "organization", "movement"})
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


#: "by a group", "by an armed group": the indefinite agent of a passive.
_BY_A_GROUP = re.compile(
    r"\bby\s+an?\s+(?:(?:armed|unidentified|unknown|masked|hooded|small|large)\s+)?$",
    re.IGNORECASE,
)


def _agent_group(tok: Tok, text: str) -> bool:
    """Rule 5: an unnamed group as the agent of a passive ("the businessman was
    kidnapped by a group that drove up in an ambulance", "killed by an armed group") is
    an unidentified armed group; "by a group of protesters" names its people after "of"."""
    return (
        tok.lower == "group"
        and _BY_A_GROUP.search(text, max(0, tok.start - 30), tok.start) is not None
        and _OF_AFTER.match(text, tok.end) is None
    )


_ARMED_BEFORE = re.compile(r"\barmed\s+$", re.IGNORECASE)


def _armed_group(tok: Tok, text: str) -> bool:
    """Rule 5: "an armed group", "ethnic armed groups" (not "armed group of ...") name
    an organised non-state armed side no one names: an unidentified armed group."""
    return (
        tok.lower in {"group", "groups"}
        and _ARMED_BEFORE.search(text, max(0, tok.start - 7), tok.start) is not None
        and _OF_AFTER.match(text, tok.end) is None
    )


def _the_group(tok: Tok, text: str) -> bool:
    """ "the group", "the militia" (not "the group of protesters"): a reference back."""
    return (
        tok.lower in _GROUP_NOUNS
        and _THE_BEFORE.search(text, max(0, tok.start - 5), tok.start) is not None
        and _OF_AFTER.match(text, tok.end) is None
    )


_TIME_NOUNS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "today", "yesterday", "morning", "afternoon", "evening", "night", "weekend", "dawn"}
)  # fmt: skip


def _preposition_before(tokens: Sequence[Tok], at: int, lo: int) -> str | None:
    """The nearest preposition before token `at`, skipping determiners and modifiers; a
    "that" opens a clause of its own, whose subject no preposition before it governs."""
    j = at - 1
    while j >= lo:
        low = tokens[j].lower
        if low == "of" and _by_a_band_of(tokens, j, lo):
            return "by"  # "ambushed by a group of bandits": the bandits are the agent
        if low in _PLACE_PREPS or low in _TARGET_PREPS or low in {"by", "with", "from"}:
            return low
        if (
            tokens[j].text in {",", "and"}
            or low in _BE
            or low in _TIME_NOUNS  # "On Tuesday the group killed": "on" governs the day
            or _date_word(tokens[j])  # "On 26 January Shining Path rebels killed"
            or _clock_or_year(tokens, j)  # "at 0620 FMLN urban cells placed dynamite"
            or low == "that"  # "said in Lima that Peruvian soldiers arrested": a new clause
            or (
                low.endswith("ed")
                and low not in _QUALIFYING_PARTICIPLES  # "by unidentified armed men"
                and not _modifier(tokens, j, at, lo)
            )
        ):
            return None
        j -= 1
    return None


#: nouns for a band of people, whose members "of" names ("by a group of bandits").
_BAND_NOUNS = frozenset({"group", "gang", "band", "squad", "unit", "team", "number"})


def _by_a_band_of(tokens: Sequence[Tok], of: int, lo: int) -> bool:
    """Whether the "of" at `of` closes "by a group of" ("ambushed by a group of bandits",
    "kidnapped by a gang of armed men"): its people are the passive's agent."""
    return (
        of - 3 >= lo
        and tokens[of - 1].lower in _BAND_NOUNS
        and tokens[of - 2].lower in {"a", "an"}
        and tokens[of - 3].lower == "by"
    )


#: a clock time or a year ("0620", "22:30", "1989"), governed by the word before it.
_CLOCK_OR_YEAR = re.compile(r"\d{4}|\d{1,2}:\d{2}")
_TIME_PREPS = frozenset({"at", "in", "since", "until", "before", "after"})


def _clock_or_year(tokens: Sequence[Tok], j: int) -> bool:
    """ "At 0620 FMLN urban cells placed dynamite", "in 1989 guerrillas attacked": a
    preposition of time governs the clock time or year right after it, not the actor
    that follows ("by 1500 troops" keeps its agent: "by" governs no time, nor do "about"
    and "around", which count: "attacked by about 1500 fighters")."""
    return (
        j > 0
        and tokens[j - 1].lower in _TIME_PREPS
        and _CLOCK_OR_YEAR.fullmatch(tokens[j].text) is not None
    )


def _date_word(tok: Tok) -> bool:
    """A month or weekday name ("January", "Jan."), which a preposition before it
    governs; "may" in lower case is the modal verb."""
    return tok.text != "may" and is_date_form(tok.text)


def _modifier(tokens: Sequence[Tok], j: int, at: int, lo: int) -> bool:
    """ "by uniformed men": an -ed word between a preposition or article and the noun
    qualifies the noun; it is not a verb taking it as object."""
    return j == at - 1 and j - 1 >= lo and tokens[j - 1].lower in _MODIFIED_AFTER


def _after_agent_noun(tokens: Sequence[Tok], at: int, lo: int) -> bool:
    j = at - 1
    while j >= lo and tokens[j].lower not in {"in", "of"}:
        j -= 1
    return j - 1 >= lo and tokens[j - 1].lower in _AGENT_NOUNS


def _participle(word: str) -> bool:
    return word.endswith("ed") or word in {"struck", "shot", "slain", "taken", "hit"}


def _is_passive(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """ "was attacked", "were killed", "have been carried out" (be-form within 2 tokens);
    a participle after "those" is one too ("Two policemen were among those killed": the
    policemen were killed, they did not kill)."""
    if any(
        _participle(tokens[j].lower) and tokens[j - 1].lower in _BE
        for j in range(first + 1, last + 1)
    ):
        return True  # a trigger that holds its subject: "a helicopter was downed"
    word = tokens[first].lower
    if not _participle(word):
        return False
    if first > 0 and tokens[first - 1].lower == "those":
        return True
    if first == last and _headline_passive(tokens, first):
        return True
    return any(tokens[j].lower in _BE for j in range(max(0, first - 2), first))


#: words that end a clause's object slot: after a harm with no object, the harm is passive
#: (not "as": "soldiers killed as many as 20 militants").
_NO_OBJECT = frozenset({"in", "during", "when", "while", "after", "near", "outside"})


def _headline_passive(tokens: Sequence[Tok], first: int) -> bool:
    """A harm participle with no object, right before a place or time ("A British soldier
    killed in IED blast", "two policemen wounded near Quetta"): a passive without "was",
    as headlines and captions write it; its subject is the victim."""
    nxt = tokens[first + 1].lower if first + 1 < len(tokens) else ""
    return tokens[first].lower in _HARMED and nxt in _NO_OBJECT and first > 0


#: participles of harm whose subject is a victim ("two soldiers were killed in ...").
_HARMED = frozenset({"killed", "wounded", "injured", "hurt", "abducted", "kidnapped", "slain"})
_DIED = frozenset({"died", "perished"})
_HARM_DONE = _HARMED | {"shot", "beaten", "strangled", "choked"}


def _victims_before(
    tokens: Sequence[Tok], lo: int, first: int, preps: frozenset[str] = frozenset({"in"})
) -> bool:
    """ "Two soldiers were killed in an attack on their base": the subject of a passive
    of harm before a nominal trigger after "in" (or one of `preps`) is that act's
    target, not its agent; so is the subject of "died" ("Four guerrillas died in
    clashes": the dead are a side the clashes hit, not their author)."""
    for j in range(lo + 1, first):
        if tokens[j].lower in _DIED or (
            tokens[j].lower in _HARMED
            and (tokens[j - 1].lower in _BE or _headline_passive(tokens, j))
        ):
            return not preps.isdisjoint(t.lower for t in tokens[j + 1 : first])
    return False


#: what may stand between a bare participle and its "by" agent: a place or a time.
_REDUCED_REACH = 5


def _reduced_passive(tokens: Sequence[Tok], last: int, agent: int) -> bool:
    """Rule 3: a bare participle with its agent after "by" is a passive without "was"
    ("Soldier killed in Syria by Isis", "two villagers shot dead by gunmen"): only a
    place or time stands between, no object of an active verb ("Police killed a man
    shot by gunmen")."""
    word = tokens[last].lower
    if not (word.endswith("ed") or word in {"shot", "slain", "hit", "struck", "dead"}):
        return False
    by = next((j for j in range(agent - 1, last, -1) if tokens[j].lower == "by"), None)
    if by is None:  # "supplied by the arrested guerrillas": the act qualifies the agent
        return False
    gap = tokens[last + 1 : by]
    if len(gap) > _REDUCED_REACH or (gap and gap[0].lower not in _PLACE_PREPS | {"on", "at"}):
        return False
    return not any(t.lower.endswith("ed") or not t.text.isalnum() for t in gap)


def _came_under(tokens: Sequence[Tok], first: int) -> bool:
    return tokens[first].lower in {"came", "come", "comes", "coming"}


#: nouns of what an act is done to ("the target of attacks", "a victim of a bombing").
_UNDERGOER_NOUNS = frozenset({"target", "targets", "victim", "victims", "object"})
#: how many words may stand between "target of" and the act ("of bloody terrorist attacks").
_UNDERGOER_REACH = 4


def _target_of(tokens: Sequence[Tok], lo: int, first: int) -> bool:
    """ "Peru has been the target of bloody terrorist attacks", "the journalist was the
    victim of an attack": the subject of "be the target/victim of" undergoes the act
    named after "of"; it is no agent."""
    for j in range(first - 1, max(lo, first - 1 - _UNDERGOER_REACH) - 1, -1):
        if tokens[j].lower != "of" or j < 1 or tokens[j - 1].lower not in _UNDERGOER_NOUNS:
            continue
        k = j - 2
        while k >= lo and tokens[k].lower in {"the", "a", "an", "frequent", "repeated", "main"}:
            k -= 1
        return k >= lo and tokens[k].lower in _BE
    return False


def killed_person(roles: Roles, tokens: Sequence[Tok], last: int, actors: Sequence[Actor]) -> None:
    """Rule 7: a person named right after a killing ("murdered Archbishop Romero", "the
    assassination of Senator Galan") is its victim, not a speaker."""
    if roles.actor2 is not None:
        return
    at = last + 1
    while at < len(tokens) and tokens[at].lower in {"of", "the", "a"}:
        at += 1
    for actor in actors:
        evidence = actor.evidence
        if evidence is not None and _is_person(actor) and _index_of(tokens, evidence) == at:
            roles.actor2 = actor
            return


def between_roles(
    roles: Roles,
    tokens: Sequence[Tok],
    last: int,
    actors: Sequence[Actor],
    *,
    country_name: str | None,
    country: str | None,
    text: str,
) -> None:
    """Rule 6: "between X and Y" after a clash trigger names both sides; so do sides
    read from the phrase itself ("fighting broke out between M23 rebels and Congolese
    troops" gave actor2 M23 as the first actor after the trigger)."""
    at = next((t.i for t in tokens[last + 1 :] if t.lower == "between"), None)
    if at is None or not _roles_inside(roles, tokens, at):
        return
    sides: list[tuple[int, Actor]] = []
    for actor in actors:
        if actor.evidence is None or _is_person(actor):
            continue
        index = _index_of(tokens, actor.evidence)
        if index is not None and index > at:
            sides.append((index, actor))
    spans = _acting_spans(actors)
    headed = _headed(tokens, actors)
    for tok in tokens[at + 1 :]:
        if tok.i in headed or any(s.start <= tok.start < s.end for s in spans):
            continue
        generic = _generic(tok, country_name, country, text)
        if generic is not None:
            sides.append((tok.i, generic))
    sides.sort(key=lambda p: p[0])
    distinct: list[Actor] = []
    for _, actor in sides:
        if all(actor_key(actor) != actor_key(a) for a in distinct):
            distinct.append(actor)
    if len(distinct) >= 2:
        roles.actor1, roles.actor2 = distinct[0], distinct[1]
        roles.assoc1 = [a for a in roles.assoc1 if actor_key(a) != actor_key(distinct[1])]


def _roles_inside(roles: Roles, tokens: Sequence[Tok], between: int) -> bool:
    """Whether every role found so far was read from after "between" (none found: true)."""
    for actor in (roles.actor1, roles.actor2):
        if actor is None:
            continue
        index = _index_of(tokens, actor.evidence) if actor.evidence is not None else None
        if index is None or index <= between:
            return False
    return True


#: clash words whose coordinated subjects are the two sides ("Syrian forces and HTS
#: fighters clashed near Saraqeb"), not partners in one side's act.
_RECIPROCAL = frozenset({"clashed", "clash", "fought", "battled", "exchanged", "skirmished"})


def reciprocal_sides(roles: Roles, tokens: Sequence[Tok], first: int) -> None:
    """Rule 6: "X and Y clashed": with no opponent named after the act, the coordinated
    subjects fought each other, X actor1 and Y actor2."""
    if roles.actor2 is not None or not roles.assoc1 or roles.actor1 is None:
        return
    if tokens[first].lower not in _RECIPROCAL:
        return
    roles.actor2 = roles.assoc1.pop(0)


#: verbs whose subject judges, probes or blames an act and so takes no part in it
#: (rule 10): "The UN condemned the attack", "Police are investigating the shooting".
#: Stems on purpose, wider than INQUIRY_VERBS: they take every form of each verb and
#: its nouns too ("investigation", "accusations", read by `_reported_by`).
_JUDGING = re.compile(
    r"(?:condemn|denounc|deplor|decr(?:y|ie)|investigat|probe|probing|blam|accus|attribut"
    r"|ascrib)\w*"
)
#: words that may stand between a judge and its verb ("The OSCE envoy strongly
#: condemned", "the British government has blamed").
_JUDGE_REACH = 3
_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were", "will"})


def _qualified_subject(tokens: Sequence[Tok], actor: Actor, first: int) -> bool:
    """Whether a participle of judging or inquiry right after the actor qualifies it
    before its own act at `first` ("Soldiers probing reports of an ambush killed five
    villagers": "reports" is what they probe, no speech of theirs)."""
    if actor.evidence is None:
        return False
    after = next((t for t in tokens if t.start >= actor.evidence.end), None)
    return (
        after is not None
        and _JUDGING.fullmatch(after.lower) is not None
        and _qualifying_participle(tokens, after.i, first)
    )


def judges(tokens: Sequence[Tok], span: Span, first: int | None = None) -> bool:
    """Rule 10: whether the actor written at `span` is the subject of a verb that judges,
    probes or blames an act ("The OSCE envoy condemned the attack", "the attack that the
    British government has blamed on Russia"); a passive ("Russia was blamed") is no
    judge, nor is a subject that a participle of judging only qualifies before its own
    act at `first` ("Soldiers probing reports of an ambush killed five villagers")."""
    after = [t for t in tokens if t.start >= span.end]
    for k, tok in enumerate(after[: _JUDGE_REACH + 1]):
        if _JUDGING.fullmatch(tok.lower):
            passive = k > 0 and after[k - 1].lower in _BE and tok.lower.endswith("ed")
            qualifies = (
                k == 0 and first is not None and _qualifying_participle(tokens, tok.i, first)
            )
            return not passive and not qualifies
        if not tok.text.replace("-", "").isalpha() or tok.lower in {"and", "or", "who", "that"}:
            return False  # "Salvadoran president-elect Alfredo Cristiani condemned": a judge
        if tok.lower not in _AUXILIARIES and tok.lower.endswith(("ed", "ing")):
            return False
    return False


#: how many words may stand between a state's possessive and its force's noun ("Guinea's
#: elite Presidential Guard").
_OWNED_FORCE_REACH = 3


def _owns_force(text: str, at: int, actor: Actor, generics: Sequence[tuple[int, Actor]]) -> bool:
    """Rule 5: a state whose possessive opens the name of its own forces ("Guinea's
    Presidential Guard fired", "Mali's armed forces") stands for no side of its own: the
    forces written after it do."""
    if actor.evidence is None or not _is_state(actor):
        return False
    if text[actor.evidence.end : actor.evidence.end + 2] not in ("'s", "’s"):
        return False
    return any(
        at < k <= at + _OWNED_FORCE_REACH
        and force.type == "state_forces"
        and (force.kb_id or "").split(".")[0] == actor.kb_id
        for k, force in generics
    )


def _as_forces(tokens: Sequence[Tok], actor: Actor, text: str) -> Actor:
    """Rule 5: a state named right before a noun for its forces ("an American convoy",
    "Turkish troops") is that state's military or police, not the state itself."""
    if actor.evidence is None or not _is_state(actor) or "." in (actor.kb_id or "."):
        return actor
    noun = next((t for t in tokens if t.start >= actor.evidence.end), None)
    if noun is None or noun.start - actor.evidence.end > 1:
        return actor
    part = force_part(noun.lower)
    if part is None:
        return actor
    span = Span.of(text, actor.evidence.start, noun.end)
    return state_part(actor.kb_id or "", part, span)


#: participles whose "by" phrase names who used the device they qualify (rule 3):
#: "grenades lobbed by two militants exploded", "a bomb planted by Isis killed".
_IRREGULAR_PARTICIPLES = frozenset(
    {"thrown", "laid", "set", "driven", "flown", "shot", "hidden", "left", "sent", "made"}
)
#: words allowed between the agent and the act ("lobbed by Islamic State militants
#: exploded": the head noun of the named agent).
_AGENT_GAP = 2


def _agent_of_subject(tokens: Sequence[Tok], at: int, actor: Actor, first: int) -> bool:
    """Rule 3: whether the actor at `at`, after "by", is the agent of a participle that
    qualifies the act's subject, right before the act ("Two grenades lobbed by two
    militants exploded near a police station")."""
    by = next((j for j in range(at - 1, -1, -1) if tokens[j].lower == "by"), None)
    if by is None or by == 0 or actor.evidence is None:
        return False
    verb = tokens[by - 1].lower
    if not (verb.endswith("ed") or verb in _IRREGULAR_PARTICIPLES):
        return False
    end = max(t.i for t in tokens if t.start < actor.evidence.end)
    gap = tokens[end + 1 : first]
    return len(gap) <= _AGENT_GAP and all(t.text.isalpha() and t.lower != "and" for t in gap)


#: participles whose "by" phrase names a source or a judge, not the agent (rule 10):
#: "airstrikes reported by the United Nations", "an attack condemned by the EU" ("claimed
#: by" names the perpetrator: `actor_rules.claimant`).
_REPORTED = frozenset(
    {"reported", "documented", "confirmed", "verified", "recorded", "announced",
     "monitored", "observed", "witnessed", "filmed", "photographed", "described", "cited",
     "quoted", "investigated", "probed"}
)  # fmt: skip


#: what may stand between "the government" and its act ("has launched an").
_LAUNCH_WORDS = frozenset({"has", "have", "had", "a", "an", "the", "new"})
_LAUNCH_REACH = 4


def _government_acts(tokens: Sequence[Tok], at: int, first: int) -> bool:
    """Rule 5: a government right before the act ("government airstrikes", "regime
    shelling"), or "the government" as the subject of a violent act ("the government
    has launched an attack"), is the state's military."""
    if tokens[at].lower not in _GOVERNMENT_ACTS:
        return False
    if at == first - 1:
        return True
    between = tokens[at + 1 : first]
    return (
        at > 0
        and tokens[at - 1].lower == "the"
        and 0 < len(between) <= _LAUNCH_REACH
        and any(t.lower.endswith("ed") for t in between)
        and all(t.lower in _LAUNCH_WORDS or t.lower.endswith("ed") for t in between)
    )


def _reported_by(tokens: Sequence[Tok], at: int) -> bool:
    """Rule 10: whether the actor at `at` follows "by" after a participle of reporting or
    judging, or a noun of either ("accusations by government delegates", "a report by
    the UN", "an investigation by the police"), whose "by" phrase names a source or a
    judge."""
    verb = _participle_of_by(tokens, at)
    if verb in _REPORTED or verb in REPORT_NOUNS or verb in INQUIRY_NOUNS:
        return True
    return _JUDGING.fullmatch(verb) is not None and verb.endswith(("ed", "ation", "ations"))


#: participles whose "by" phrase names who holds a place (rule 3): "held by rebels".
_HOLDING = frozenset(
    {"held", "controlled", "occupied", "run", "ruled", "governed", "administered", "manned"}
)


def _held_by(tokens: Sequence[Tok], at: int) -> bool:
    """Rule 3: whether the actor at `at` follows "by" after a participle of holding
    ("the airbase held by Islamic State fighters"), naming the place's holder."""
    return _participle_of_by(tokens, at) in _HOLDING


#: participles whose "by" phrase names who sent or set a weapon (rule 3): "drones
#: launched by Russia", "a bomb planted by militants".
_LAUNCHING = frozenset({"launched", "fired", "sent", "planted", "laid", "lobbed"})


def _launched_by(tokens: Sequence[Tok], at: int) -> bool:
    """Rule 3: whether the actor at `at`, after the act, follows "by" after a participle
    of launching or planting ("intercepted missiles fired by the Houthis"): the side
    whose weapon the act met, not the act's agent."""
    return _participle_of_by(tokens, at) in _LAUNCHING


#: rule 3: trigger words of an act that meets another side's weapon, not one done with it.
_MEETING = INTERCEPT_WORDS | {
    "intercepts", "shot", "defused", "foiled", "thwarted", "jammed", "neutralised",
    "neutralized", "disabled",
}  # fmt: skip


def _meets(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 3: the act at `first`..`last` meets a weapon ("shot down drones launched by
    Russia"), where the side that launched it is no agent; a weapon that kills is its
    launcher's ("killed by a roadside bomb planted by al-Shabaab")."""
    return any(t.lower in _MEETING for t in tokens[first : last + 1])


def _participle_of_by(tokens: Sequence[Tok], at: int) -> str:
    """The word before the nearest "by" before token `at`, lower-cased ("" for none)."""
    by = next((j for j in range(at - 1, -1, -1) if tokens[j].lower == "by"), 0)
    return tokens[by - 1].lower if by > 0 else ""


#: nouns of vehicles whose passengers are the victims of the blast or ambush that hits
#: the vehicle (rule 11): "a vehicle carrying five policemen hit a mine".
_VEHICLES = frozenset(
    {"vehicle", "vehicles", "car", "cars", "truck", "trucks", "bus", "buses", "van", "vans",
     "pickup", "jeep", "minibus", "convoy", "boat", "helicopter", "lorry", "patrol", "train"}
)  # fmt: skip
_CARRYING = frozenset({"carrying", "transporting", "ferrying", "with"})
_CARRIED_REACH = 4


def _carried(tokens: Sequence[Tok], at: int, lo: int) -> bool:
    """Rule 11: whether the actor at `at` rides in a vehicle named before it ("a police
    vehicle with five policemen", "a bus carrying soldiers"): the passengers are what
    the act hit, not who did it."""
    for j in range(at - 1, max(lo, at - _CARRIED_REACH) - 1, -1):
        if tokens[j].lower in _CARRYING:
            lead = tokens[max(lo, j - _CARRIED_REACH) : j]
            return any(t.lower in _VEHICLES for t in lead)
        if not tokens[j].text.isalnum():
            return False
    return False


#: what a vehicle or a patrol runs into: its passengers undergo the blast (rule 11).
_DEVICES_HIT = frozenset(
    {"mine", "mines", "landmine", "landmines", "bomb", "ied", "ieds", "explosive",
     "explosives", "device", "booby-trap"}
)  # fmt: skip
_HIT_VERBS = frozenset({"hit", "hits", "struck", "strikes", "exploded", "ran", "drove"})
_DEVICE_REACH = 5


def _hit_device(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 11: "A police vehicle with five officers exploded on a mine", "a bus carrying
    soldiers struck a roadside bomb": the subject of a verb of running into a device
    is what the blast hit (actor2), not who set it."""
    if tokens[first].lower not in _HIT_VERBS:
        return False
    return any(t.lower in _DEVICES_HIT for t in tokens[first + 1 : first + 1 + _DEVICE_REACH])


#: how far after a blaming verb its "on" may stand (rule 12: "blamed the attack on X").
_BLAME_REACH = 6


#: how far "to" may stand after the verb ("attributed the bombing of a bank in Medellin
#: on Monday to the ELN").
_ATTRIBUTE_REACH = 12


def blamed_actor(tokens: Sequence[Tok], actors: Sequence[Actor], text: str) -> Actor | None:
    """Rule 12: the actor an act is blamed on in the sentence ("an attack that London
    has blamed on Russia", "Kyiv blamed Russia for the strike", "accused the Houthis of
    the attack", "in an attack attributed to the ELN"), else None."""
    starts: dict[int, Actor] = {}
    for actor in actors:
        if actor.evidence is not None and not _is_person(actor):
            at = _index_of(tokens, actor.evidence)
            if at is not None:
                starts.setdefault(at, actor)
    for k, tok in enumerate(tokens):
        if tok.lower in ATTRIBUTE_VERBS:  # "(the attack) attributed to the ELN"
            reach = tokens[k + 1 : k + 1 + _ATTRIBUTE_REACH]
            to = next((t.i for t in reach if t.lower == "to"), None)
            targets = [] if to is None else [_skip_article(tokens, to + 1)]
        elif tok.lower not in BLAME_VERBS | ACCUSE_VERBS:
            continue
        else:
            targets = [_skip_article(tokens, k + 1)]  # "blamed Russia for", "accused X of"
            reach = tokens[k + 1 : k + 1 + _BLAME_REACH]
            on = next((t.i for t in reach if t.lower == "on"), None)
            if tok.lower in BLAME_VERBS and on is not None:  # "blamed (the attack) on Russia"
                targets.insert(0 if on == k + 1 else 1, _skip_article(tokens, on + 1))
        for target in targets:
            found = starts.get(target) or _named_at(tokens, target, text)
            described = _past_descriptors(tokens, target)
            if found is None and described != target:
                found = starts.get(described)  # "blamed on the paramilitary RSF"
            if found is not None:
                return found
    return None


#: how many descriptive words may stand before a blamed group's name.
_DESCRIPTOR_REACH = 2


def _past_descriptors(tokens: Sequence[Tok], at: int) -> int:
    """The index after up to two lower-case descriptive words at `at` that stand before a
    capitalised name ("the paramilitary RSF", "the rebel M23"), else `at`."""
    for j in range(at, min(at + _DESCRIPTOR_REACH, len(tokens) - 1)):
        word = tokens[j]
        if word.is_cap or not word.text.isalpha() or word.lower in _NOT_DESCRIPTORS:
            return at
        if tokens[j + 1].is_cap:
            return j + 1
    return at


#: words that end a description: joins and prepositions ("blamed on and off").
_NOT_DESCRIPTORS = frozenset({"and", "or", "of", "for", "by", "in", "on", "at", "to", "with"})


def _named_at(tokens: Sequence[Tok], at: int, text: str) -> Actor | None:
    """The known actor whose name the capitalised words at `at` write ("blamed on
    Russia": a state the places stage took as a place), else None."""
    run: list[Tok] = []
    for tok in tokens[at:]:
        if not tok.is_cap:
            break
        run.append(tok)
    if not run:
        return None
    kb = ActorKB.load()
    entry = kb.resolve(text[run[0].start : run[-1].end])
    if entry is None or entry.type is None:
        return None
    span = Span.of(text, run[0].start, run[-1].end)
    return Actor(entry.name, span, entry.id, kb.state_code(entry.id), entry.type)


def _skip_article(tokens: Sequence[Tok], at: int) -> int:
    while at < len(tokens) and tokens[at].lower in _ARTICLES:
        at += 1
    return at


def _blame(roles: Roles, blamed: Actor) -> None:
    """Rule 12, in place: the blamed actor initiates (an alleged perpetrator, named so by
    the modality), unless the act's own clause names a known perpetrator; it is never
    the target."""
    key = actor_key(blamed)
    if roles.actor2 is not None and actor_key(roles.actor2) == key:
        roles.actor2 = None
    roles.assoc1 = [a for a in roles.assoc1 if actor_key(a) != key]
    current = roles.actor1
    if current is None or current.kb_id is None or actor_key(current) == key:
        roles.actor1 = blamed
