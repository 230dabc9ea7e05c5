"""Typing a trigger to an ACLED sub-event type: the discriminating rules.

Rules, in order (the first that applies decides):
1. a walkout or a fast is a protest: "a general strike", "went on strike", "strikes by
   transport workers" -> Protests/Peaceful protest (ACLED codes strikes as protests);
   a device found, defused, seized, destroyed or intercepted before use ("police
   defused a roadside bomb", "an unexploded mortar shell", "a bomb disposal unit", "a
   controlled explosion"), and a launch whose projectiles were stopped in flight ("intercepted
   two missiles fired at the city") -> Disrupted weapons use (ACLED codes the
   interception, not a strike); a suicide device ("a suicide car bomb")
   -> Suicide bomb; else an explicit instrument in the trigger itself decides
   ("airstrikes", "shelling", "roadside bomb", "grenade attack", "chemical attack");
2. protest or riot words in the sentence ("rioters", "procession"; never "riot
   police", see `triggers.inert_tokens`, nor an awaited demonstration: "arrested ...
   ahead of rallies next month", `triggers.awaited_tokens`) make every violent, arrest
   or looting trigger there part of the demonstration: the crowd's own violence
   (stones, arson, looting, storming, "protesters attacked ...") -> Riots/Violent
   demonstration, whatever the police did (ACLED: only a peaceful crowd suffers
   "excessive force"); else killing or
   live fire (not the death the crowd protests: "to protest the killing of a trader",
   "followed the police killing of an unarmed man", which, its armed killer told, is
   typed as the killing it is and joins no demonstration, `roles.killing_protested`),
   or an attack on the protesters themselves -> Excessive force against protesters; tear gas,
   dispersal, arrests, water cannon, pepper spray -> Protest with intervention; else
   Peaceful protest; force used on a crowd (`triggers` rule 9: "tear gas", "water
   cannon", "baton-charged") is typed by the same words, at least Protest with
   intervention, whether or not its sentence names the demonstration (`merge` rule 19
   joins it to the one told before).
   A suicide bomb, IED or grenade set off among the crowd is remote violence: the
   bombing keeps its own type and the gathering is only a weak Peaceful protest;
2b. a crowd that acts outside a demonstration (a mob, villagers, residents, party
   supporters or factions; not the cadres of a named rebel group: "100 CPI Maoist
   cadres attacked a police station" is their armed attack: the nearest such noun
   before the trigger, not after a count,
   which names victims: "killed 12 villagers in an attack", nor before a speech cue,
   which names witnesses: "Residents said they killed", nor the subject of "the target
   of" the act: "The villagers were the target of an attack"; or after "by" in a
   passive or right after the act: "an attack by soldiers" names the soldiers, whoever
   is told before it) -> Riots/Mob violence, unless guns or bombs are named: crowds that use them
   fight an Armed clash (ACLED);
2c. such a crowd's violence with a stated demonstration aim is a Violent demonstration
   (ACLED: demonstrators who engage in violence or destruction), not Mob violence
   (rioters with no demonstration aim): a demand ("demanding the release of a cleric",
   "calling for the governor's removal"), or anger at or a cause in a public grievance
   ("angered by the verdict", "after a suspect died in custody", "over the arrest of a
   local leader", "following a rise in fuel prices"; a death counts when the
   authorities are named with it: "after police shot dead a teenager"); never for a
   killing by the crowd, a lynching, a reprisal ("in retaliation for the killing of a
   farmer", "after two farmers were killed by herders") or vigilante justice against
   someone accused of a crime ("a man accused of blasphemy", "suspected thieves"),
   which stay Mob violence;
3. "captured or killed" missions and ambushes are Battles/Armed clash;
4. air vs artillery vs explosive for strikes, attacks and killings: instrument words
   or weapons in the sentence before the outcome, not those a victim carried or is
   accused of ("shot dead a man suspected of carrying explosives"); ("destroyed a
   tank" names a target, not the instrument, but a "when" clause names the cause:
   "killed when their vehicle hit a landmine"; a missile that "exploded" was fired,
   not planted, unless its subject is itself a bomb: "a guard saw a grenade thrown just
   before the bomb exploded") (chlorine,
   sarin, toxic or nerve agents -> Chemical weapon; aircraft,
   jets, drones, F-16 ... -> Air/drone strike;
   artillery, mortars, rockets, missiles -> Shelling/artillery/missile attack; IEDs,
   mines -> Remote explosive; suicide -> Suicide bomb; grenade -> Grenade; then a bomb,
   blast or detonation with no aircraft or launcher named -> Remote explosive, and so is
   a "bombing" whose initiator is not a state, unless told as a bombardment ("the
   indiscriminate bombing", "carpet bombing", "aerial bombing", "weeks of bombing")
   by no non-state armed group (militants' "relentless bombing" stays planted bombs),
   or a bombing under inquiry ("questioned in connection with the bombing of the
   embassy", "suspects in the bombing": a planted bomb, whoever investigates it),
   or what a non-state armed group "bombed" ("terrorists bombed the embassies": it has
   no aircraft), else Air/drone strike); a bombing, blast or strike takes its aircraft
   or launcher from its own clause, within six words of it: one named farther off flew
   another act ("U.S. air raid on Sudan is not linked with the probe into the August 7
   bombings"). Remote violence against civilians stays remote violence, flagged
   civilian_targeting;
4b. a mine that is a workplace is no landmine: after what is mined ("killed at a gold
   mine"), before its workers or parts ("killing four mine workers") or as the place
   after "at" ("at the mine"); "their vehicle hit a mine" and "a mine blast" stay one;
5. attack on civilians vs armed clash, by the target (civilians, or a village, market,
   mosque, school with nothing armed named; people in custody; the source of a trailing
   attribution, ", police said", also with an apposition on the source: ", said Ali
   Musa, a police spokesman for the state", is no target): civilian target -> Violence
   against civilians/Attack (civilian_targeting); armed target -> Battles/Armed clash;
   unknown target: attacks -> Armed clash, killings -> Attack (and so is a targeted
   attack, or one an assassination or murder told before it gave way to: "was shot
   dead in a targeted attack", "the assassination of the minister in an attack",
   `devices.toll_before_cause`: a chosen person's killing); a person with no armed
   type is no armed target ("gunmen shot dead Ahmed Khan, a shopkeeper"); a killing in
   a sentence that tells two sides fighting ("a three-hour shootout left four gunmen
   killed", "a gun battle", "an exchange of fire") is the fight's toll -> Armed clash,
   and so are civilians among the dead when the sentence tells a battle and names armed
   people too ("24 civilians, 24 Kurdish fighters ... killed in the clashes": ACLED codes
   civilians caught in a battle as its toll; "gunmen killed 12 civilians" stays an Attack);
   an attack on works or premises alone, with no one killed or hurt told ("FMLN
   members attacked two cotton plants, destroying warehouses") -> Strategic
   developments/Looting/property destruction;
   an attack by one person ("a man attacked his neighbour's car", "a prisoner attacked
   a guard") has no organised armed side -> Violence against civilians/Attack; a state
   named as a whole that "fired on" a named place with no side and no small arms named
   ("Turkey fired on Qamishli") fired from afar -> Shelling/artillery/missile attack;
6. capture of territory: by a non-state actor -> Non-state actor overtakes territory,
   else (state forces, or no stated actor: "Sinjar has been liberated" is how states
   and their allies announce it) Government regains territory; the generic noun that
   acted ("Rebels captured", "Troops retook ... held by the rebels") decides before the
   actor found by the role rules, also as a modifier ("rebel fighters took control of
   parts of the district" -> Non-state actor overtakes territory); an offensive "to
   retake" a place reports the
   fighting -> Battles/Armed clash; a place taken "without a fight", "unopposed" or
   "peacefully", or taken over ("took over", "moved in") after the holders withdrew
   with no fighting told -> Non-violent transfer of territory (ACLED: control acquired
   without a violent act);
7. otherwise the trigger's default sub-type (arrests -> Strategic developments/Arrests);
   a person captured (`triggers` rule 10: "The army captured Abu Bakr in Mosul") is an
   arrest, or an abduction when a non-state armed group took them ("Rebels captured
   commander Ali Hassan": ACLED codes non-state detentions as abductions).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from sitrep.events.devices import BE_FORMS
from sitrep.events.roles import (
    GENERIC,
    GRIEVANCE_DEATH,
    country_name,
    killing_protested,
)
from sitrep.events.speech import DETERMINERS, is_cue
from sitrep.events.tokens import SUBORDINATORS, Tok, accident_relative, clause_bounds
from sitrep.events.triggers import (
    AIR,
    ATTACK,
    CAPTURED_PERSON,
    CLASH,
    IED,
    INTERVENE,
    SHELL,
    TriggerHit,
    awaited_tokens,
    inert_tokens,
)
from sitrep.events.vocabulary import (
    BODY_WORDS,
    HARM_WORDS,
    INQUIRY_NOUNS,
    INQUIRY_VERBS,
    INTERCEPT_WORDS,
)
from sitrep.model import Actor, Weapon
from sitrep.numbers.words import TENS, UNITS

_EXPLICIT = frozenset({"air", "suicide", "chemical", "shell", "ied", "grenade"})
_AIR_WORDS = frozenset(
    {"aircraft", "jets", "jet", "warplanes", "warplane", "planes", "drone", "drones", "uav",
     "uavs", "helicopter", "helicopters", "gunship", "gunships", "bombers", "airstrikes",
     "airstrike", "air", "munitions", "sorties", "f-16", "f-16s", "f-15e", "f-15es"}
)  # fmt: skip
_SHELL_WORDS = frozenset(
    {"artillery", "mortar", "mortars", "rocket", "rockets", "missile", "missiles", "shells",
     "howitzer", "howitzers", "barrage", "shelling", "tank", "tanks", "mlrs", "grad"}
)  # fmt: skip
_IED_WORDS = frozenset(
    {"ied", "ieds", "landmine", "landmines", "mine", "mines", "roadside", "improvised",
     "booby-trap", "booby-traps", "booby-trapped",
     # a vehicle loaded with explosives is a vehicle-borne IED ("an explosives-laden truck")
     "explosives-laden", "explosive-laden", "explosives-packed", "explosive-packed",
     "bomb-laden", "explosives-filled", "explosive-filled", "explosives-rigged"}
)  # fmt: skip
#: a bomb with no aircraft or launcher in sight was planted: the gold's and ACLED's
#: "a blast, bombing or car bomb is Remote explosive" when the modality is not stated.
_BLAST_WORDS = frozenset(
    {"bomb", "car-bomb", "blast", "blasts", "explosion", "explosions", "detonated", "explosives"}
)
#: bombs "fired" or "launched" by an armed group, with no aircraft named (rule 4).
_HAND_BOMBS = frozenset({"bomb", "bombs"})
_LAUNCHES = frozenset({"fired", "launched"})


#: vessels at sea: a bomb launched at one flew there, nobody planted it (rule 4).
_VESSELS = frozenset(
    {"ship", "ships", "vessel", "vessels", "tanker", "tankers", "freighter", "freighters",
     "warship", "warships", "destroyer", "carrier"}
)  # fmt: skip


def _launched_bombs(trigger_text: str) -> bool:
    """Rule 4: the trigger fires or launches bombs ("launched two highpower bombs")."""
    words = trigger_text.split()
    return bool(words) and words[0] in _LAUNCHES and bool(_HAND_BOMBS & set(words))


#: "bombings" by no state and with no aircraft named are planted bombs (rule 4).
_BOMBING_NOUNS = frozenset({"bombing", "bombings"})
#: a non-state armed group that "bombed" something had no aircraft: it planted or threw
#: the bomb (rule 4).
_BOMBED = frozenset({"bombed"})
_NON_STATE_ARMED = frozenset({"rebel_group", "political_militia", "identity_militia"})
_PROTEST = frozenset(
    {
        "protest",
        "protests",
        "protesters",
        "protestors",
        "demonstrators",
        "demonstration",
        "demonstrations",
        "rally",
        "marchers",
        "sit-in",
        "demonstrate",
        "demonstrated",
        "demonstrating",
        "protesting",
        "protested",
        "protester",
        "protestor",
        "demonstrator",
        "marching",
        "procession",
        "processions",
        "rallies",
        "rioters",
        "rioting",
        "riot",
    }
)
_EXCESSIVE = (
    "live ammunition", "live rounds", "live bullets", "live fire", "opened fire on", "shot dead",
    "killed", "killing", "died",
)  # fmt: skip
_INTERVENTION = (
    "tear gas",
    "teargas",
    "tear-gas",
    "baton-charge",
    "baton charge",
    "lathi-charge",
    "lathi charge",
    "truncheons",
    "pepper spray",
    "pepper-spray",
    "pepper sprayed",
    "pepper balls",
    "stun grenade",
    "flash-bang",
    "kettled",
    "dispersed",
    "disperse",
    "water cannon",
    "rubber bullets",
    "arrested",
    "detained",
    "batons",
    "beat",
)
_VIOLENT = (
    "threw stones",
    "stones",
    "torched",
    "set fire",
    "burned",
    "looted",
    "vandalised",
    "vandalized",
    "petrol bombs",
    "burning tyres",
    "burning tires",
    "rocks",
    "clashed",
    "clashes",
    "on fire",
    "pelted",
    "stormed",
    "barricades",
    "molotov",
    "rioters",
    "riot",
)
_CIVILIAN_TARGETS = frozenset({"civilians", "protesters"})
_ARMED_NOUNS = frozenset(
    {"soldiers", "troops", "fighters", "militants", "forces", "police", "policemen",
     "convoy", "base", "checkpoint", "patrol", "positions", "militia", "rebels", "army"}
)  # fmt: skip
_OUTCOME_VERBS = frozenset(
    {"destroyed", "damaged", "engaged", "suppressed", "disabled", "hit", "seized",
     "captured", "killed", "wounded", "struck", "targeted", "hitting", "destroying"}
)  # fmt: skip
#: places that are civilian targets when nothing armed is named with them.
_CIVILIAN_PLACES = frozenset(
    {"village", "villages", "market", "marketplace", "mosque", "mosques", "church",
     "churches", "school", "schools", "hospital", "hospitals", "wedding", "funeral",
     "homes", "houses", "home", "house", "bus", "restaurant", "cafe", "café", "shop",
     "shops", "neighbourhood", "neighborhood", "hamlet", "camp", "shrine", "clinic",
     # public transport carries civilians ("attacked a passenger train", "a minibus")
     "buses", "minibus", "train", "trains", "hotel"}
)  # fmt: skip
_AIR_CATEGORIES = ("aircraft", "drone", "uav", "helicopter", "bomb", "air")
_SHELL_CATEGORIES = ("artillery", "missile", "rocket", "mortar")


#: violent families that a crowd's or protest's context retypes (rules 2 and 2b).
_CROWD_FAMILIES = frozenset({"kill", "attack", "arrest", "clash", "remote", "disrupt", "loot"})
#: crowds acting outside a demonstration: ACLED's rioters of Mob violence (rule 2b).
_CROWDS = frozenset(
    {"mob", "mobs", "crowd", "crowds", "vigilantes", "villagers", "residents", "supporters",
     "locals", "youths", "factions", "activists", "loyalists", "cadres"}
)  # fmt: skip
#: guns or bombs used make a crowd's fight an armed clash, not mob violence (ACLED).
_FIREARMS = frozenset(
    {"gun", "guns", "firearms", "bullets", "gunfire", "shots", "rifles", "pistols", "bomb",
     "bombs", "explosives", "shootout", "shootouts", "gunfight", "gunfights", "firefight",
     "firefights", "gunbattle", "gunbattles"}
)  # fmt: skip
#: devices found, defused or seized before use: Disrupted weapons use (rule 1).
_DEVICE_FAMILIES = frozenset({"ied", "grenade", "remote", "shell"})
_DISRUPT = frozenset(
    {"defused", "defuse", "found", "discovered", "recovered", "seized", "intercepted",
     "dismantled", "deactivated", "neutralised", "neutralized", "detected", "unearthed",
     "destroyed", "unexploded", "disposal", "controlled"}
)  # fmt: skip
#: a device made safe, wherever the sentence says so: "an unexploded mortar shell ...
#: was safely detonated by the army" (rule 1).
_MADE_SAFE = frozenset({"unexploded", "disposal", "safely"})
_LAUNCH_FAMILIES = _DEVICE_FAMILIES | {"attack", "air"}
#: control taken with no violent act (rule 6).
_UNOPPOSED = ("without a fight", "without resistance", "without firing a shot", "unopposed",
              "peacefully")  # fmt: skip
#: taking over a place the holders left (rule 6); seizing, capturing or overrunning it
#: tells force, and so does any fighting told in the sentence.
_TAKE_OVER = frozenset({"over", "in", "into", "entered"})
_WITHDREW = frozenset({"withdrew", "withdrawn", "withdrawal", "pulled", "retreated", "left",
                       "abandoned", "vacated"})  # fmt: skip
_FIGHTING = frozenset({"fighting", "clashes", "clash", "clashed", "battle", "attack", "attacked",
                       "killed", "killing", "fought", "shelling", "heavy"})  # fmt: skip
#: a bomb, mine or grenade set off among a crowd is remote violence, not a protest's
#: repression (rule 2: ACLED types the violence by its means).
_BOMB_ON_CROWD = frozenset(
    {"suicide", "grenade", "grenades", "ied", "ieds", "landmine", "landmines", "roadside"}
)
#: the crowd as the attacker: "protesters attacked a police station" (rule 2).
_CROWD_ATTACKS = re.compile(
    r"\b(?:protesters|protestors|demonstrators|crowd|students)\s+(?:\w+\s+){0,2}?"
    r"(?:attacked|assaulted|beat|torched|ransacked|looted|vandali[sz]ed)\b"
)
#: a death the crowd protests against is its grievance, not force used on it (rule 2).

#: people in custody are no armed target (rule 5).
_CAPTIVES = frozenset({"detainees", "detainee", "prisoners", "inmates", "hostages", "captives"})
_CHEMICAL_WORDS = frozenset({"chemical", "chlorine", "sarin", "toxic", "nerve", "mustard"})
#: generic nouns of actors -> ACLED actor type ("rebels" -> rebel_group), for rule 6.
_GENERIC_TYPES = {word: kind for word, (_, kind) in GENERIC.items()}
_AGENT_NOUNS = _CROWDS | frozenset(_GENERIC_TYPES)
_PASSIVE_AUX = frozenset({"was", "were", "been", "being", "is", "are"})
#: nouns whose "of" names the act that hit the subject ("were the target of an attack").
_TARGET_NOUNS = frozenset({"target", "targets", "victim", "victims"})
_TARGET_REACH = 4
_AGENT_REACH = 7


@dataclass(frozen=True)
class Typing:
    sub_type: str
    civilian_targeting: bool
    #: how directly the rule read the type: 1.0 explicit, lower for inferred.
    strength: float


def classify(
    hit: TriggerHit,
    tokens: Sequence[Tok],
    weapons: Sequence[Weapon],
    actor1: Actor | None,
    actor2: Actor | None,
) -> Typing:
    family = hit.rule.family
    # words of "riot police" and of an awaited event ("ahead of rallies") are no context
    inert = inert_tokens(list(tokens)) | awaited_tokens(list(tokens)) | mining_sites(tokens)
    words = ["" if t.i in inert else t.lower for t in tokens]
    sentence = " ".join(words)
    cut = _outcome_start(tokens, hit.last)
    bag = set(words[:cut]) - _carried(words, hit.last) - _speaker_words(tokens, words, hit.first)
    if cut < len(tokens):
        weapons = [w for w in weapons if w.evidence.start < tokens[cut].start]
    after = _target_words(tokens[hit.last + 1 : _attribution_start(tokens, hit.last)])
    subject = _passive_subject(tokens, hit.first)  # "by militants" is the attacker there
    civilian = _civilian_target(actor2, after) or (
        bool(subject) and _civilian_target(actor2, subject)
    )
    trigger_word = tokens[hit.last].lower
    # 1.
    if labour_strike(tokens, hit):
        return Typing("Peaceful protest", False, 0.8)
    typed = _device_typing(hit, words, bag, weapons, civilian)
    if typed is not None:
        return typed
    # 2., 2b.
    typed = _crowd_typing(hit, tokens, words, after, actor1)
    if typed is not None:
        return typed
    trigger_text = " ".join(t.lower for t in tokens[hit.first : hit.last + 1])
    # 3.
    if family == "clash" and ("captur" in trigger_text or "ambush" in trigger_text):
        return Typing(CLASH, False, 0.9)
    # 4.
    if family in {"remote", "attack", "kill", "ref"}:
        if family == "remote":
            bag, weapons = _own_clause(tokens, hit, bag, weapons)
        instrument = _instrument(bag, weapons)
        if instrument is not None:
            return Typing(instrument, civilian, 0.9 if family != "ref" else 0.6)
        if family == "remote" and _bombardment(tokens, hit.first) and not _non_state(actor1):
            return Typing(AIR, civilian, 0.6)  # "the indiscriminate bombing", "carpet bombing"
        if family == "remote" and trigger_word in _BOMBING_NOUNS and not _state(actor1):
            return Typing(IED, civilian, 0.6)  # no aircraft and no state: a planted bomb
        if family == "remote" and trigger_word in _BOMBING_NOUNS and _investigated(words, hit):
            return Typing(IED, civilian, 0.6)  # "questioned in connection with the bombing"
        if family == "remote" and trigger_word in _BOMBED and _non_state(actor1):
            return Typing(IED, civilian, 0.6)  # "terrorists bombed the embassies"
        if _launched_bombs(trigger_text) and family == "remote" and _VESSELS & set(words):
            return Typing(SHELL, civilian, 0.6)  # "launched bombs at two ships": projectiles
        if _launched_bombs(trigger_text) and family == "remote" and _non_state(actor1):
            # "guerrillas launched two bombs against a car dealership": with no aircraft
            # in its clause and an armed group behind it, a bomb fired or launched was
            # thrown or set off on the ground, no air strike (bombs "dropped" fell from
            # the air); with no initiator read ("the junta fired bombs") it stays one
            return Typing(IED, civilian, 0.6)
        if family == "remote":
            return Typing(AIR, civilian, 0.6)
        if family == "ref":
            return Typing(hit.rule.sub_type, False, 0.4)
        # 5.
        if "ambush" in sentence or "ambushed" in bag:
            return Typing(CLASH, False, 0.8)
        if family == "kill" and civilian and _battle_toll(words):
            return Typing(CLASH, False, 0.8)  # "24 civilians, 24 fighters ... in clashes"
        if civilian:
            return Typing(ATTACK, True, 0.8)
        if family == "attack" and _state_fire_on_place(tokens, hit, bag, actor1, actor2):
            return Typing(SHELL, False, 0.6)  # "Turkey fired on Qamishli"
        if _armed_target(actor2, after) or (family == "kill" and _mutual_fighting(words)):
            return Typing(CLASH, False, 0.8)
        if family == "attack" and _property_only(tokens, hit, words):
            return Typing(LOOTING, False, 0.6)  # "attacked two cotton plants"
        if family == "attack" and _lone_attacker(tokens, hit.first, actor1):
            return Typing(ATTACK, True, 0.7)  # "a prisoner attacked a guard"
        # "was shot dead in a targeted attack": a chosen person's killing, on no armed
        # target, is no battle
        killing = family == "kill" or _one_sided_toll(tokens, hit, trigger_text)
        return Typing(ATTACK if killing else CLASH, family != "attack", 0.5)
    # 6.
    if family == "territory":
        agent_type = _GENERIC_TYPES.get(_agent_word(tokens, hit.first, hit.last) or "")
        if _named_by_actor(tokens, hit.first, actor1):
            agent_type = None  # "Fighters of the Arakan Army seized": a name, no state army
        non_state = (
            agent_type != "state_forces"
            if agent_type is not None
            else actor1 is not None and actor1.type != "state_forces"
        )
        if tokens[hit.first - 1].lower == "to" if hit.first > 0 else False:
            return Typing(CLASH, False, 0.6)  # "operations to retake Mosul": the fighting
        if any(phrase in sentence for phrase in _UNOPPOSED) or _moved_in_after_withdrawal(
            tokens, hit, words
        ):
            return Typing("Non-violent transfer of territory", False, 0.8)
        sub = "Non-state actor overtakes territory" if non_state else "Government regains territory"
        return Typing(sub, False, 0.7)
    # 7.
    if hit.rule is CAPTURED_PERSON and _non_state(actor1):
        return Typing("Abduction/forced disappearance", civilian, 0.7)  # rebels took him
    return Typing(hit.rule.sub_type, civilian and family in {"abduct", "sexual"}, 0.8)


#: rule 5: killings that are one-sided by their very word ("the assassination of the
#: minister in an attack").
_ONE_SIDED_KILLINGS = ("assassinat", "murder", "massacr", "execut")


def _one_sided_toll(tokens: Sequence[Tok], hit: TriggerHit, trigger_text: str) -> bool:
    """Rule 5: the attack a death told before it gave way to is that killing when the
    attack is "targeted" ("was shot dead in a targeted attack") or the death an
    assassination or murder ("the assassination of the minister in an attack")."""
    if hit.toll is None:
        return False
    toll_word = tokens[hit.toll[0]].lower
    return trigger_text.startswith("targeted") or toll_word.startswith(_ONE_SIDED_KILLINGS)


#: who strikes when a strike is a walkout (rule 1): "a strike by transport workers".
_STRIKERS = frozenset(
    {"workers", "teachers", "doctors", "nurses", "drivers", "miners", "unions", "union",
     "staff", "employees", "traders", "lecturers", "dockers", "transporters", "truckers",
     "civil", "servants", "farmers", "students", "medics", "magistrates", "lawyers"}
)  # fmt: skip
#: words before "strike" that make it a walkout or a fast ("a general strike").
_WALKOUT_LEADS = frozenset(
    {"general", "hunger", "labour", "labor", "nationwide", "national", "sit-down", "wildcat",
     "on",
     "workers'", "teachers'", "doctors'", "nurses'", "drivers'", "union", "warning"}
)  # fmt: skip
_STRIKE_WORDS = frozenset({"strike", "strikes"})


#: words after which what is named is carried or alleged, not used ("a man suspected of
#: carrying explosives", "caught with a grenade"): no instrument of the event.
_CARRYING = frozenset({"carrying", "possessing", "smuggling", "transporting"})
_ALLEGED = frozenset({"suspected", "accused", "charged", "convicted", "caught", "found"})
_CARRIED_REACH = 4


#: rule 4b: what is dug from a mine, or how, before "mine" ("a gold mine").
_MINED = frozenset(
    {"gold", "coal", "copper", "diamond", "tin", "cobalt", "coltan", "lithium", "silver",
     "uranium", "iron", "bauxite", "jade", "emerald", "salt", "artisanal", "open-pit"}
)  # fmt: skip
#: rule 4b: the people, places and parts of a mine as a workplace ("mine workers").
_MINE_SITE_NOUNS = frozenset(
    {"worker", "workers", "site", "sites", "shaft", "shafts", "pit", "pits", "owner",
     "owners", "operator", "operators", "employees", "company", "guards", "camp", "area"}
)  # fmt: skip
_MINE_WORDS = frozenset({"mine", "mines"})
#: rule 4b: "at" and its determiners before a mine as a place ("at the mine").
_AT_DETERMINERS = frozenset({"a", "an", "the", "this", "that"})


def mining_sites(tokens: Sequence[Tok]) -> frozenset[int]:
    """Rule 4b: the "mine" tokens naming a mining site, not a landmine: after what is
    mined ("at a gold mine"), before its workers or parts ("four mine workers"), or as
    the place of the act ("at the mine"); a landmine is hit, struck or stepped on."""
    found: set[int] = set()
    for i, tok in enumerate(tokens):
        if tok.lower not in _MINE_WORDS:
            continue
        before = tokens[i - 1].lower if i > 0 else ""
        after = tokens[i + 1].lower if i + 1 < len(tokens) else ""
        at_place = i > 1 and before in _AT_DETERMINERS and tokens[i - 2].lower == "at"
        if before in _MINED or after in _MINE_SITE_NOUNS or at_place:
            found.add(i)
    return frozenset(found)


def _carried(words: Sequence[str], last: int) -> set[str]:
    """Rule 4: the words after the trigger that name what a person carried or is accused
    of ("shot dead a man suspected of carrying explosives"), up to a few words on."""
    out: set[str] = set()
    for k in range(last + 1, len(words)):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if words[k] in _CARRYING or (words[k] in _ALLEGED and nxt in {"of", "with"}):
            out.update(words[k + 1 : k + 2 + _CARRIED_REACH])
    return out


#: subjects of a reported clause that stand for its speaker ("the air force said its jets").
_SPEAKER_PRONOUNS = frozenset({"it", "its", "they", "their", "we", "our"})


def _speaker_words(tokens: Sequence[Tok], words: Sequence[str], first: int) -> set[str]:
    """Rule 4: the words that name the speaker of a cue opening the trigger's reported
    clause ("The Nigerian air force said gunmen killed 12 villagers"): who tells an act is
    no means of it; none when the reported clause's subject is the speaker itself ("The
    air force said its jets killed 30 bandits")."""
    for j in range(first - 1, -1, -1):
        length = is_cue(tokens, j)
        if not length:
            continue
        if j > 0 and words[j - 1] in BE_FORMS:
            return set()  # "Israeli jets were reported to have fired": the subject acted
        after = [w for w in words[j + length : first] if w != "that"]
        if not after or after[-1] in DETERMINERS or after[0] in _SPEAKER_PRONOUNS:
            return set()  # "continued the bombing": the act is the verb's object
        start = max((k + 1 for k in range(j) if words[k] in {",", ";"}), default=0)
        return set(words[start:j])
    return set()


def labour_strike(tokens: Sequence[Tok], hit: TriggerHit) -> bool:
    """Rule 1: a walkout or a hunger strike ("a general strike", "went on strike",
    "strikes by transport workers") is a protest (ACLED), not an air strike."""
    if tokens[hit.last].lower not in _STRIKE_WORDS:
        return False
    lead = {t.lower for t in tokens[max(0, hit.first - 2) : hit.first]}
    if lead & (_WALKOUT_LEADS | _STRIKERS):
        return True
    after = [t.lower for t in tokens[hit.last + 1 : hit.last + 5]]
    return bool(after) and after[0] == "by" and bool(set(after[1:]) & _STRIKERS)


def _device_typing(
    hit: TriggerHit,
    words: Sequence[str],
    bag: set[str],
    weapons: Sequence[Weapon],
    civilian: bool,
) -> Typing | None:
    """Rule 1: the device or instrument named in the trigger itself."""
    family = hit.rule.family
    if family in _DEVICE_FAMILIES and set(words) & _MADE_SAFE:
        return Typing("Disrupted weapons use", False, 1.0)  # "safely detonated by the army"
    subject = words[hit.first - 1] if hit.first > 0 else ""
    own_device = subject in _BLAST_WORDS | _IED_WORDS  # "just before the bomb exploded"
    if family == "ied" and words[hit.last] in {"exploded", "detonated"} and not own_device:
        launched = _instrument(bag - _IED_WORDS - _BLAST_WORDS, weapons)
        if launched in {AIR, SHELL, "Grenade"}:
            return Typing(launched, civilian, 0.9)  # "a missile exploded near the school"
    if family in _DEVICE_FAMILIES and set(words[max(0, hit.first - 4) : hit.first]) & _DISRUPT:
        return Typing("Disrupted weapons use", False, 1.0)  # "police defused a roadside bomb"
    if family in _LAUNCH_FAMILIES and set(words[max(0, hit.first - 5) : hit.first]) & (
        INTERCEPT_WORDS
    ):
        return Typing("Disrupted weapons use", False, 1.0)  # "intercepted missiles fired at"
    if family == "ied" and "suicide" in words[max(0, hit.first - 2) : hit.first]:
        return Typing("Suicide bomb", civilian, 1.0)  # "a suicide car bomb"
    if family in _EXPLICIT:
        return Typing(hit.rule.sub_type, civilian, 1.0)
    return None


#: first words of killing triggers whose subject is the dead, never the killer ("A
#: protester died", "the bodies of two protesters").
_VICTIM_SUBJECT_WORDS = frozenset({"died", "dies", "death"}) | BODY_WORDS
#: how far after a passive trigger "by" may name a crowd as its agent.
_CROWD_AGENT_REACH = 5


def _crowd_acted(tokens: Sequence[Tok], words: Sequence[str], hit: TriggerHit) -> bool:
    """Whether the demonstrators themselves killed or attacked: the agent after "by"
    ("was killed by protesters") or the subject of the act ("Protesters killed a police
    officer"), not its counted victims ("Police killed two protesters")."""
    if _crowd_as_agent(words, hit.last):
        return True
    if words[hit.first] in _VICTIM_SUBJECT_WORDS:
        return False  # "A protester died after being hit by a tear gas canister"
    return _agent_word(tokens, hit.first, hit.last) in _PROTEST


def _crowd_as_agent(words: Sequence[str], last: int) -> bool:
    """Whether a crowd is the agent of a passive trigger ("was attacked by a group of
    protesters", "stoned by demonstrators"): the crowd did the violence."""
    after = list(words[last + 1 : last + 1 + _CROWD_AGENT_REACH])
    if "by" not in after:
        return False
    return bool(set(after[after.index("by") + 1 :]) & _PROTEST)


def _crowd_typing(
    hit: TriggerHit,
    tokens: Sequence[Tok],
    words: Sequence[str],
    after: set[str],
    actor1: Actor | None,
) -> Typing | None:
    """Rules 2, 2b and 2c: violence in a demonstration's context, or by a crowd."""
    family = hit.rule.family
    present = set(words)
    if present & _BOMB_ON_CROWD:
        # "a suicide bomber targeted an election rally": the bombing is the event
        return Typing("Peaceful protest", False, 0.5) if family == "protest" else None
    if family == "kill" and killing_protested(words[: hit.last + 1]):
        return None  # rule 2: the death the crowd protests, its killer told, is an act
    if family in {"protest", "riot", INTERVENE} or (
        present & _PROTEST and family in _CROWD_FAMILIES
    ):
        told = ["" if accident_relative(tokens, k) else w for k, w in enumerate(words)]
        typed = _protest_type(GRIEVANCE_DEATH.sub(" ", " ".join(told)), family, hit.rule.sub_type)
        if typed == "Peaceful protest" and family == INTERVENE:
            typed = hit.rule.sub_type  # "Police baton-charged the crowd": force, at least
        if typed == "Mob violence" and stated_aim(words):
            typed = "Violent demonstration"  # rule 2c: "a mob set fire ... after ..."
        if family in {"kill", "attack"} and _crowd_acted(tokens, words, hit):
            typed = "Violent demonstration"  # "the station was attacked by protesters"
        elif typed == "Peaceful protest" and family in {"kill", "attack"} and after & _PROTEST:
            typed = "Excessive force against protesters"  # "cadres attacked a procession"
        return Typing(typed, False, 0.9)
    agent = _agent_word(tokens, hit.first, hit.last)
    rebels = actor1 is not None and actor1.type == "rebel_group" and actor1.kb_id is not None
    if agent == "factions" and actor1 is not None and actor1.kb_id is not None:
        # "fighting between factions of the Sinaloa cartel": a named armed group's wings
        # fight an armed clash, no crowd
        rebels = rebels or actor1.type in {"political_militia", "identity_militia"}
    if family in _CROWD_FAMILIES and agent in _CROWDS and not present & _FIREARMS and not rebels:
        if family in _AIMED_FAMILIES and stated_aim(words):
            return Typing("Violent demonstration", False, 0.8)  # rule 2c
        return Typing("Mob violence", False, 0.8)
    return None


#: what a crowd does with a stated demonstration aim (rule 2c): a killing by a crowd
#: is a lynching, whatever it is said to avenge.
_AIMED_FAMILIES = frozenset({"attack", "loot", "clash"})
#: a crowd's demand voiced while it acts (rule 2c): "demanding the release of ...".
_DEMANDS = frozenset({"demanding", "demanded", "denouncing", "condemning", "decrying"})
#: anger named with its cause (rule 2c): "angered by the verdict", "in anger over".
_ANGER = frozenset({"anger", "angered", "outraged", "outrage", "furious", "incensed", "fury"})
_ANGER_LINKS = frozenset({"at", "over", "by", "about"})
_DEMAND_PHRASES = frozenset({("to", "demand"), ("calling", "for"), ("to", "denounce")})
#: words that open a stated cause (rule 2c): "after a suspect died in custody".
_CAUSE_LINKS = frozenset({"after", "over", "following", "against"})
#: public grievances a crowd rises over (rule 2c): arrests by the authorities, public
#: decisions and hardships; a death counts with the authorities named beside it
#: (`_DEATHS`, `_AUTHORITIES`): one at others' hands is avenged, not protested.
_PUBLIC_GRIEVANCES = frozenset(
    {"custody", "arrest", "arrests", "arrested", "detention", "detained", "eviction",
     "evictions", "demolition", "demolitions", "prices", "price", "fuel", "results",
     "verdict", "ban", "tax", "taxes", "shortage", "shortages", "outages", "cuts",
     "disappearance"}
)  # fmt: skip
_DEATHS = frozenset(
    {"died", "death", "deaths", "killing", "killings", "killed", "shot", "shooting"}
)
_AUTHORITIES = frozenset(
    {"police", "policeman", "policemen", "officers", "officer", "soldiers", "troops",
     "security", "authorities", "army", "guards", "custody"}
)  # fmt: skip
#: vigilante justice and reprisals (rule 2c): the crowd punishes people, it voices no aim.
_VIGILANTE = frozenset(
    {"accused", "suspected", "thief", "thieves", "theft", "thefts", "stealing", "robber",
     "robbers", "robbery", "blasphemy", "blasphemous", "witchcraft", "witch", "witches",
     "kidnapper", "kidnappers", "rapist", "retaliation", "revenge", "reprisal", "reprisals",
     "avenge", "lynch", "lynched", "lynching"}
)  # fmt: skip
_CAUSE_REACH = 8


def stated_aim(words: Sequence[str]) -> bool:
    """Rule 2c: the sentence states a crowd's demonstration aim ("set fire to a police
    station after a suspect died in custody", "stormed a police post, demanding the
    release of a cleric", "Angered by the verdict, crowds torched ...") and tells no
    vigilante justice or reprisal ("burned the house of a man accused of blasphemy")."""
    if set(words) & _VIGILANTE:
        return False
    for k, word in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        cause = set(words[k + 1 : k + 1 + _CAUSE_REACH])
        if word in _DEMANDS or (word, nxt) in _DEMAND_PHRASES:
            return True
        linked = (word in _ANGER and nxt in _ANGER_LINKS) or word in _CAUSE_LINKS
        if linked and _public_grievance(cause):
            return True
    return False


def _public_grievance(cause: set[str]) -> bool:
    """Rule 2c: the words of a stated cause name a public grievance ("the arrest of a
    local leader", "fuel prices", "a suspect died in custody", "police shot dead a
    teenager")."""
    return bool(cause & _PUBLIC_GRIEVANCES) or bool(cause & _DEATHS and cause & _AUTHORITIES)


def _moved_in_after_withdrawal(
    tokens: Sequence[Tok], hit: TriggerHit, words: Sequence[str]
) -> bool:
    """Rule 6: "Al Shabaab took over the town after AMISOM troops withdrew"."""
    span = {t.lower for t in tokens[hit.first : hit.last + 1]}
    present = set(words)
    return bool(span & _TAKE_OVER and present & _WITHDREW) and not present & _FIGHTING


def _outcome_start(tokens: Sequence[Tok], last: int) -> int:
    """Index where the trigger's outcome begins ("one strike destroyed a tank, two
    mortar systems and a grenade launcher"): what was destroyed is not the instrument.
    A "when" clause tells the cause, not an outcome ("were killed when their vehicle hit
    a landmine": the landmine is the instrument, also after another harm told with the
    trigger: "were killed and seven wounded when their vehicle struck a landmine")."""
    if any(t.lower == "when" for t in tokens[last + 1 :]):
        return len(tokens)
    for j in range(last + 1, len(tokens)):
        if tokens[j].lower in _OUTCOME_VERBS:
            return j
    return len(tokens)


#: how far a trailing attribution runs after its comma (", local police officials said")
#: and after its cue to the sentence's end (", police said in a statement on Monday.").
_ATTRIBUTION_REACH = 6
_ATTRIBUTION_TAIL = 8


def _attribution_start(tokens: Sequence[Tok], last: int) -> int:
    """Rule 5: index of the comma that opens a trailing attribution after the trigger
    (", police said", ", according to the army"): its source is not the target. A
    passive participle ("attacks, also claimed by Da'esh, killed ...") is no attribution."""
    for j in range(last + 1, len(tokens)):
        if tokens[j].text != ",":
            continue
        for k in range(j + 1, min(len(tokens), j + 1 + _ATTRIBUTION_REACH)):
            if tokens[k].text == ",":
                break
            size = is_cue(tokens, k)
            if size and _ends_sentence(tokens, k + size):
                return j
    return len(tokens)


#: words that open an apposition on the source after its name (", said Ali Musa, a
#: police spokesman for the state").
_APPOSITION_OPENERS = frozenset({"a", "an", "the", "who"})


def _ends_sentence(tokens: Sequence[Tok], at: int) -> bool:
    """Whether the cue's words after `at` close the sentence (not "claimed by X, killed");
    an apposition on the source ("Ali Musa, a police spokesman for the state") is part of
    it, however long."""
    rest = tokens[at:]
    comma = next((i for i, t in enumerate(rest) if t.text == ","), len(rest))
    if comma + 1 < len(rest) and rest[comma + 1].lower in _APPOSITION_OPENERS:
        rest = rest[:comma]
    return len(rest) <= _ATTRIBUTION_TAIL and not (rest and rest[0].lower == "by")


def _protest_type(sentence: str, family: str, default: str) -> str:
    """ACLED: a crowd's own violence makes a riot, whatever the police did; lethal force
    is excessive only against a peaceful crowd."""
    violent = any(w in sentence for w in _VIOLENT) or _CROWD_ATTACKS.search(sentence)
    if violent or family == "riot":
        return default if family == "riot" else "Violent demonstration"
    if any(w in sentence for w in _EXCESSIVE):
        return "Excessive force against protesters"
    if any(w in sentence for w in _INTERVENTION):
        return "Protest with intervention"
    return "Peaceful protest"


def _agent_word(tokens: Sequence[Tok], first: int, last: int) -> str | None:
    """The generic noun that names who acted: the nearest crowd or armed noun before the
    trigger in its clause ("Rebels captured", "an angry crowd attacked"), after "by" in
    a passive ("was captured by rebels"), after a trigger that ends in "to" ("fell to
    the insurgents") or after "between" ("clashes between ... residents"); None when no
    such noun is there."""
    after = [t.norm for t in tokens[last + 1 : last + 1 + _AGENT_REACH]]
    if tokens[last].lower == "to" and tokens[last - 1].lower != "fire":
        # "fell to the rebels"; what is "set fire to" is the object, not the agent
        return next((w for w in after if w in _AGENT_NOUNS), None)
    between = next((k for k, w in enumerate(after[:3]) if w in {"between", "among"}), None)
    if between is not None:
        return next((w for w in after[between:] if w in _AGENT_NOUNS), None)
    if after[:1] == ["by"]:
        # "an attack by soldiers": the agent is named right after the act
        return next((w for w in after[1:] if w in _AGENT_NOUNS), None)
    if _target_of(tokens, first):
        return None  # "The villagers were the target of an attack": the crowd was hit
    if first > 0 and tokens[first - 1].lower in _PASSIVE_AUX:
        if "by" in after:
            return next((w for w in after[after.index("by") :] if w in _AGENT_NOUNS), None)
        return None
    for j in range(first - 1, max(-1, first - 1 - _AGENT_REACH), -1):
        word = tokens[j].norm
        if word in {",", ";"} or word in SUBORDINATORS or is_cue(tokens, j):
            return None  # "Residents said they killed": the speakers did not act
        noun = _agent_noun(word)
        if noun is not None and not _counted(tokens, j):
            return None if tokens[j - 1].lower == "armed" and j > 0 else noun
    return None


def _named_by_actor(tokens: Sequence[Tok], first: int, actor1: Actor | None) -> bool:
    """Rule 6: the generic noun `_agent_word` finds before the trigger is written inside
    the named actor1 ("Fighters of the Arakan Army seized the town": the group's name,
    not a state's army), so actor1's own type tells who took the place."""
    span = actor1.evidence if actor1 is not None else None
    if span is None or span.end > tokens[first].start:
        return False
    return any(
        span.start <= tok.start < span.end and tok.is_cap and _agent_noun(tok.norm) is not None
        for tok in tokens[:first]
    )


def _target_of(tokens: Sequence[Tok], first: int) -> bool:
    """Whether the act at `first` is named as what hit the subject ("were the target of
    an attack", "the victims of a deadly raid")."""
    before = [t.lower for t in tokens[max(0, first - _TARGET_REACH) : first]]
    return any(word in _TARGET_NOUNS and nxt == "of" for word, nxt in pairwise(before))


def _agent_noun(word: str) -> str | None:
    """The generic noun `word` names, also as a modifier in the singular ("rebel
    fighters", "militant group" -> "rebels", "militants")."""
    if word in _AGENT_NOUNS:
        return word
    plural = f"{word}s"
    return plural if plural in _GENERIC_TYPES else None


#: words that count more than one of what follows ("two", "twenty", "dozens", "several"):
#: the number words of `sitrep.numbers.words` and the vague counts. Counted people are
#: victims or objects ("killed 12 villagers in an attack"), not the crowd that acted.
COUNTING_WORDS = (
    frozenset(word for word, value in UNITS.items() if value > 1)
    | frozenset(TENS)
    | frozenset({"dozen", "dozens", "hundreds", "scores", "several", "many", "few", "some"})
)


def _counted(tokens: Sequence[Tok], j: int) -> bool:
    """The noun at `j` follows a count ("12 villagers", "two residents")."""
    return j > 0 and (tokens[j - 1].text.isdigit() or tokens[j - 1].lower in COUNTING_WORDS)


def _instrument(bag: set[str], weapons: Sequence[Weapon]) -> str | None:
    if bag & _CHEMICAL_WORDS:
        return "Chemical weapon"
    if "suicide" in bag:
        return "Suicide bomb"
    if bag & _IED_WORDS:
        return IED
    if bag & {"grenade", "grenades"} and not bag & _GUNS_BESIDE_GRENADES:
        return "Grenade"
    categories = " ".join((w.category or "").lower() for w in weapons)
    if bag & _AIR_WORDS or any(c in categories for c in _AIR_CATEGORIES):
        return AIR
    if bag & _SHELL_WORDS or any(c in categories for c in _SHELL_CATEGORIES):
        return SHELL
    if bag & _BLAST_WORDS:
        return IED
    return None


def _own_clause(
    tokens: Sequence[Tok], hit: TriggerHit, bag: set[str], weapons: Sequence[Weapon]
) -> tuple[set[str], list[Weapon]]:
    """Rule 4: a bombing or blast takes its means from its own clause, near the trigger
    only: an aircraft named farther off flew another act ("the U.S. air raid on Sudan is
    not linked with the probe into the August 7 bombings": the bombings had no
    aircraft)."""
    lo, hi = clause_bounds(list(tokens), hit.first)
    lo, hi = max(lo, hit.first - _MEANS_REACH), min(hi, hit.last + 1 + _MEANS_REACH)
    own = {t.lower for t in tokens[lo:hi]}
    start, end = tokens[lo].start, tokens[hi - 1].end
    return bag & own, [w for w in weapons if start <= w.evidence.start < end]


#: how many words from a bombing its means may be told ("jets carried out the bombing").
_MEANS_REACH = 6


#: words before "bombing" that tell a bombardment from the air (rule 4).
_BOMBARDMENT = frozenset(
    {"aerial", "carpet", "saturation", "indiscriminate", "relentless", "incessant",
     "intense", "heavy", "heavily", "barrel"}
)  # fmt: skip


#: spans of time a bombing lasted ("after weeks of bombing"): a campaign, not one device.
_SPELLS = frozenset({"hours", "nights", "days", "weeks", "months", "years"})


def _bombardment(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 4: "the indiscriminate bombing", "carpet bombing", "weeks of bombing" tell a
    bombardment."""
    lead = [t.lower for t in tokens[max(0, first - 2) : first]]
    return bool(set(lead) & _BOMBARDMENT) or (
        len(lead) == 2 and lead[0] in _SPELLS and lead[1] == "of"
    )


#: words of a criminal inquiry told before a bombing (rule 4): states investigate
#: planted bombs, not their own air strikes. The verbs and nouns of inquiry are the
#: shared ones; the court's steps and its people are this rule's own.
_INQUIRY = (
    INQUIRY_VERBS
    | INQUIRY_NOUNS
    | {"connection", "investigators", "questioned", "suspects", "indicted", "convicted",
       "charged", "trial"}
)  # fmt: skip
_INQUIRY_REACH = 8


def _investigated(words: Sequence[str], hit: TriggerHit) -> bool:
    """Rule 4: a bombing that is the object of an inquiry ("questioned by the FBI in
    connection with the bombing of two U.S. embassies", "suspects in the bombing") was
    planted: the investigators are no bombers from the air."""
    return bool(set(words[max(0, hit.first - _INQUIRY_REACH) : hit.first]) & _INQUIRY)


def _state(actor: Actor | None) -> bool:
    return actor is not None and actor.type == "state_forces"


def _non_state(actor: Actor | None) -> bool:
    """Whether the initiator is an armed group that is no state's force."""
    return actor is not None and actor.type in _NON_STATE_ARMED


#: rule 5: how far back the subject of a passive trigger may reach ("A crowded passenger
#: train was attacked": the train is the target, as the object is in the active).
_SUBJECT_REACH = 5


def _passive_subject(tokens: Sequence[Tok], first: int) -> set[str]:
    """Rule 5: the words of the subject of a passive trigger ("A passenger train was
    attacked by gunmen"), up to the punctuation before it; none for an active one."""
    if first < 2 or tokens[first - 1].lower not in {"was", "were"}:
        return set()
    words: set[str] = set()
    for tok in reversed(tokens[max(0, first - 1 - _SUBJECT_REACH) : first - 1]):
        if not tok.text[:1].isalnum():
            break
        words.add(tok.lower)
    return words


def _civilian_target(actor2: Actor | None, after: set[str]) -> bool:
    if after & _CAPTIVES:
        return True  # "tortured detainees": people in custody are unarmed (ACLED)
    if actor2 is not None:
        return actor2.type in _CIVILIAN_TARGETS
    named = any(GENERIC.get(w, ("", ""))[1] == "civilians" for w in after)
    return (named or bool(after & _CIVILIAN_PLACES)) and not (after & _ARMED_NOUNS)


#: one person the act reached, and the prepositions after which a site is where that
#: person was ("shot dead a Palestinian man at a checkpoint near Hebron").
_LONE_PERSONS = frozenset(
    {"man", "woman", "boy", "girl", "teenager", "teen", "youth", "child", "person", "men",
     "women", "boys", "teenagers", "youths", "people"}
)  # fmt: skip
_SITE_PREPOSITIONS = frozenset({"at", "near", "outside", "by"})
_SITE_NOUNS = frozenset({"checkpoint", "base", "positions", "patrol", "convoy"})


def _target_words(after: Sequence[Tok]) -> set[str]:
    """Rule 5: the words after the trigger that may name its target; a military site
    after a locative preposition that follows a person the act reached is only where the
    person was ("shot dead a man at a checkpoint"), not an armed target."""
    words = [t.lower for t in after]
    site = next((k for k, w in enumerate(words) if w in _SITE_PREPOSITIONS), None)
    if site is None:
        return set(words)
    object_words = set(words[:site])
    if object_words & _LONE_PERSONS and not object_words & _ARMED_NOUNS:
        return object_words | (set(words[site:]) - _SITE_NOUNS)
    return set(words)


def _armed_target(actor2: Actor | None, after: set[str]) -> bool:
    """Rule 5: an armed side as the target; a person with no armed type ("shot dead
    Ahmed Khan, a shopkeeper") is armed only when the words after the trigger say so."""
    if actor2 is not None and actor2.type is not None:
        return actor2.type not in _CIVILIAN_TARGETS
    return bool(after & _ARMED_NOUNS)


#: words that tell two sides fighting (rule 5): a killing told with them is their toll.
_MUTUAL = frozenset(
    {"clash", "clashes", "clashed", "shootout", "shootouts", "shoot-out", "shoot-outs",
     "firefight", "firefights", "gunfight", "gunfights", "gunbattle", "gunbattles",
     "skirmish", "skirmishes", "confrontations"}
)  # fmt: skip
_MUTUAL_PHRASES = ("gun battle", "exchange of fire", "exchange of gunfire", "traded fire",
                   "exchanged fire", "traded gunfire", "exchanged gunfire")  # fmt: skip


def _mutual_fighting(words: Sequence[str]) -> bool:
    """Rule 5: the sentence tells a fight between two sides ("a three-hour shootout left
    four gunmen killed")."""
    sentence = " ".join(words)
    return bool(set(words) & _MUTUAL) or any(p in sentence for p in _MUTUAL_PHRASES)


#: words that tell a battle, with which civilians among the dead are its toll (rule 5).
_BATTLE = _MUTUAL | {"fighting", "battle", "battles"}


def _battle_toll(words: Sequence[str]) -> bool:
    """Rule 5: civilians killed in a sentence that tells a battle and names armed
    people as well ("24 civilians, 24 Kurdish fighters and 25 militiamen have been
    killed in the clashes") are the battle's toll, not one side's attack on them."""
    present = set(words)
    return bool(present & _ARMED_NOUNS) and (bool(present & _BATTLE) or _mutual_fighting(words))


#: small arms, whose fire is no shelling (rule 5).
_SMALL_ARMS = frozenset(
    {"gun", "guns", "gunmen", "gunman", "rifle", "rifles", "pistol", "pistols", "bullets",
     "sniper", "snipers", "machine-gun", "machine-guns", "shots", "gunfire"}
)  # fmt: skip
_FIRE_WORDS = frozenset({"fired", "firing"})
#: rule 4: firearms told beside grenades ("used heavy weapons and hand grenades in the
#: assault"): an armed assault in which grenades were among the arms, no grenade attack
#: (the gunmen who threw the grenade are its agents, not its arms).
_GUNS_BESIDE_GRENADES = (_SMALL_ARMS - {"gunmen", "gunman", "sniper", "snipers"}) | {
    "weapons",
    "firearms",
}


def _state_fire_on_place(
    tokens: Sequence[Tok],
    hit: TriggerHit,
    bag: set[str],
    actor1: Actor | None,
    actor2: Actor | None,
) -> bool:
    """Rule 5: a state named as a whole (the actor is the country itself, not its troops
    or police) fired on a name with no side named ("Turkey fired on Qamishli"): fire
    from across a front or a border, with no small arms named, is shelling."""
    if actor1 is None or actor1.type != "state_forces" or actor2 is not None:
        return False
    if actor1.name != country_name(actor1.country) or bag & _SMALL_ARMS:
        return False
    if tokens[hit.first].lower not in _FIRE_WORDS:
        return False
    target = tokens[hit.last + 1] if hit.last + 1 < len(tokens) else None
    return target is not None and target.is_cap


#: one person named as the attacker (rule 5): no organised armed side.
_LONE = frozenset(
    {"man", "woman", "boy", "girl", "teenager", "teen", "youth", "prisoner", "inmate",
     "suspect", "assailant", "attacker", "stranger", "husband", "wife", "boyfriend",
     "girlfriend", "neighbour", "neighbor", "driver", "student", "he", "she", "person",
     "individual", "passenger", "customer", "patient", "son", "father", "mother",
     "brother", "relative"}
)  # fmt: skip


LOOTING = "Looting/property destruction"
#: works and premises that hold no one by themselves (rule 5): an attack on them alone,
#: with no one hurt, is destruction of property.
_PROPERTY_TARGETS = frozenset(
    {"plant", "plants", "factory", "factories", "warehouse", "warehouses", "pylon",
     "pylons", "substation", "substations", "pipeline", "pipelines", "installation",
     "installations", "farm", "farms", "estate", "estates", "mill", "mills"}
)  # fmt: skip
_HURT = HARM_WORDS | {"injured", "injuring", "wounding", "hurt"}


def _property_only(tokens: Sequence[Tok], hit: TriggerHit, words: Sequence[str]) -> bool:
    """Rule 5: an attack whose object is works or premises, with no one killed or hurt
    told in its sentence ("FMLN members attacked two cotton plants, destroying
    warehouses") -> Looting/property destruction."""
    if set(words) & _HURT:
        return False
    for tok in tokens[hit.last + 1 : hit.last + 1 + _OBJECT_REACH]:
        if not tok.text[:1].isalnum() or tok.lower in _OBJECT_STOPS:
            return False
        if tok.lower in _PROPERTY_TARGETS:
            return True
    return False


#: how far the object of an attack reaches, and the words that end it (rule 5).
_OBJECT_REACH = 5
_OBJECT_ENDS = frozenset({"in", "at", "near", "on", "with", "and", "of", "by"})
_OBJECT_STOPS = SUBORDINATORS | _OBJECT_ENDS


def _lone_attacker(tokens: Sequence[Tok], first: int, actor1: Actor | None) -> bool:
    """Rule 5: the attack's subject is one person ("a man attacked his mother's car",
    "a prisoner attacked a guard"), not an armed group the roles found."""
    if actor1 is not None and actor1.type in _NON_STATE_ARMED | {"state_forces"}:
        return False
    lo = clause_bounds(list(tokens), first)[0]
    for j in range(first - 1, max(lo - 1, first - 1 - _AGENT_REACH), -1):
        word = tokens[j].lower
        if word in _LONE:
            return True
        if word in _AGENT_NOUNS:
            return False
    return False
