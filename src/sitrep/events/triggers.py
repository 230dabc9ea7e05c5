"""Event triggers: the words and phrases that say something happened.

Matching, in order:
1. each rule is a token pattern over `Tok.norm`: a word, a prefix ending in '*',
   alternatives joined by '|', or '...' for a gap of up to four tokens
   ("fired ... munitions", "took ... hostage"), or 'ADV?' for one optional manner
   adverb ending in "-ly" ("fired indiscriminately on"), never a word of time ("fired
   early on Sunday");
2. verbal, nominal and passive forms are listed side by side ("attacked", "attack",
   "was attacked" share the rule "attack*"); voice is decided later (roles);
3. overlapping matches keep the longest, then the earliest in the text, then the first
   rule ("captured or killed" beats "killed");
4. tokens inside a name (OPERATION, ORG, PLATFORM ...) are never triggers:
   "Operation Hawkeye Strike" names an operation, it does not report a strike; a
   lowercase weapon word is no name, and may open a phrase that states its use
   and reaches past it ("mortar rounds landed", "grenade blast"), never trigger alone;
   nor is a lone capitalised first word ("Demonstrators threw stones");
5. a rule is `weak` when the word can only refer back to an event told elsewhere
   ("operation", "the strikes"): weak mentions enrich events, they never create one;
6. family "none" marks phrases that hold a trigger word but report nothing
   ("riot police"): they win their tokens like any match and are then dropped;
7. property destroyed after a violent trigger of the sentence is that event's damage
   ("an airstrike destroyed two buildings"), not a destruction of its own;
8. a device planted ("placed 11 bombs in bank branches") is a bombing, unless the
   sentence tells it was defused or found: then it is what the disruption stopped; a
   device set off ("set off a car bomb outside the municipal market", "set off 5 kg of
   dynamite") is one, whatever the weapon mention that holds its noun;
9. force used on a crowd (family `INTERVENE`: "tear gas", "water cannon", "rubber
   bullets", "live ammunition", "baton-charged", "dispersed the crowd", "charged at")
   is weak: police firing tear gas at "the crowd" report no event until a
   demonstration is told in the sentence or just before (`merge` rule 19); only a
   transitive "dispersed" counts ("the crowd dispersed peacefully" tells the
   protest's end, not force), and never over a protest word ("to disperse
   protesters" leaves "protesters" its own trigger);
10. a capture of a name that is no place (a person, not a town: "The army captured Abu
   Bakr in Mosul", "captured senior commander Ali Hassan") is a capture of people, an
   arrest or abduction (`classify` rule 7), never territory; a facility named with the
   name ("the Tabqa airbase") is still a place held;
11. an event named as what is awaited ("ahead of anti-government rallies next month",
   "on the eve of the return to peace talks", "in the run-up to the vote") is no event
   of the story, only its time (`awaited_tokens`: `nonevents` drops such triggers and
   `classify` never reads their words as the sentence's context);
12. "intercepted" alone is weapons interdiction only when its sentence names a weapon,
   a device or a shipment of arms ("intercepted a truck loaded with explosives"): a
   person or a car with people in it intercepted ("the senator was intercepted near the
   stadium and forced into a car", "gunmen on motorbikes intercepted her car") is a
   step of the attack or abduction told with it, a weak attack mention that can only
   join that event (`INTERCEPTED_PEOPLE`);
13. an attack said to be foiled that a relative clause of its own tells did harm
   ("Police said they thwarted an attack that killed ten people", "foiled a bombing on
   a market in Kabul which wounded 30") was not stopped: the trigger is the attack noun
   alone, an act done (`modality` reads no stop for it), typed by what it did; a foiled
   attack that hurt no one ("Police thwarted a bomb attack on a church") stays
   Disrupted weapons use.

`family` groups rules whose sub-type the typing rules decide together; `sub_type` is
the default when no discriminating rule applies.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from sitrep.events.tokens import Tok, harm_in_relative_clause

AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
CLASH = "Armed clash"
ATTACK = "Attack"
#: the family of force used on a crowd (rule 9).
INTERVENE = "intervene"


@dataclass(frozen=True)
class TriggerRule:
    pattern: tuple[str, ...]
    family: str
    sub_type: str
    weak: bool = False


#: the family of phrases that report nothing (rule 6).
NOT_EVENT = "none"


def _r(pattern: str, family: str, sub_type: str, weak: bool = False) -> TriggerRule:
    return TriggerRule(tuple(pattern.split()), family, sub_type, weak)


#: a determiner or number before the people a release frees ("released 15 abducted").
_HOW_MANY = (
    "the|all|those|some|a|an|one|two|three|four|five|six|seven|eight|nine|ten|dozens|"
    "hundreds|0*|1*|2*|3*|4*|5*|6*|7*|8*|9*"
)

#: manned aircraft, whose downing is a fight (drones and missiles are intercepted).
_MANNED = "helicopter*|warplane*|aircraft|jet|jets|plane|planes|gunship*|bomber|bombers"

#: the crowd, or the people in it, as the object of a dispersal (rule 9): no protest
#: word, which stays a trigger of its own.
_DISPERSED = "the|them|a|an|crowd|crowds|gathering|gatherings|people|hundreds|thousands|dozens"

RULES: tuple[TriggerRule, ...] = (
    # force used on a crowd (rule 9), ahead of "threw ... grenade*" for stun grenades
    # fired or thrown, ahead of "fired ... shells" and "threw ... grenade*"
    _r("fired|firing|lobbed|lobbing|shot|threw|thrown ... tear gas shell*|canister*|"
       "grenade*|round*", INTERVENE, "Protest with intervention", weak=True),
    _r("fired|firing|lobbed|lobbing|shot|threw|thrown ... teargas|tear-gas|smoke|stun "
       "shell*|canister*|grenade*|round*", INTERVENE, "Protest with intervention",
       weak=True),
    _r("tear gas shell*|canister*|grenade*|round*", INTERVENE, "Protest with intervention",
       weak=True),
    _r("tear gas*", INTERVENE, "Protest with intervention", weak=True),
    _r("teargas*|tear-gas*|teargassed|tear-gassed", INTERVENE, "Protest with intervention",
       weak=True),
    _r("water cannon*", INTERVENE, "Protest with intervention", weak=True),
    _r("live ammunition|rounds|bullets|fire", INTERVENE, "Protest with intervention",
       weak=True),
    _r("rubber|plastic bullet*|pellet*|round*", INTERVENE, "Protest with intervention",
       weak=True),
    _r("pepper spray*|sprayed", INTERVENE, "Protest with intervention", weak=True),
    _r("pepper-spray*", INTERVENE, "Protest with intervention", weak=True),
    _r("threw|thrown|hurled|lobbed|tossed|used|using ... stun|smoke grenade*",
       INTERVENE, "Protest with intervention", weak=True),
    _r("stun|smoke grenade*", INTERVENE, "Protest with intervention", weak=True),
    _r("batons|truncheons|lathis|baton-charg*|lathi-charg*", INTERVENE,
       "Protest with intervention", weak=True),
    _r("baton|lathi charge*|charging|charged", INTERVENE, "Protest with intervention",
       weak=True),
    _r(f"dispersed|disperse|disperses|dispersing {_DISPERSED}", INTERVENE,
       "Protest with intervention", weak=True),
    _r("was|were|been|being dispersed", INTERVENE, "Protest with intervention", weak=True),
    _r(f"broke|break|breaks|breaking|broken up {_DISPERSED}", INTERVENE,
       "Protest with intervention", weak=True),
    _r("charged|charging at|into the|a|them|crowd|crowds", INTERVENE,
       "Protest with intervention", weak=True),
    # remote violence, explicit instrument
    _r("airstrike*|air-strike*|airstrike", "air", AIR),
    _r("air strike*|raid*|attack*|bombardment*", "air", AIR),
    _r("drone strike*|attack*", "air", AIR),
    _r("suicide bomb*|attack*", "suicide", "Suicide bomb"),
    _r("blew himself|herself|themselves up", "suicide", "Suicide bomb"),
    _r("chemical attack*|weapon*", "chemical", "Chemical weapon"),
    _r("shelling", "shell", SHELL),
    _r("shelled", "shell", SHELL),
    _r("artillery|mortar|rocket|missile fire|attack*|strike*|barrage*", "shell", SHELL),
    # the projectile's arrival: "several rockets landed in the airport compound"
    _r("rocket*|missile*|mortar*|shells|shell|rounds|projectile* ... "
       "landed|fell|slammed|rained|exploded|hit|struck", "shell", SHELL),
    # the aircraft's arrival: "Ukrainian drones hit an oil refinery"
    _r("drone|drones|warplane|warplanes|jets|gunships ... hit|slammed|rained", "air", AIR),
    _r("roadside|car bomb*", "ied", IED),
    _r("ied|ieds|landmine*", "ied", IED),
    _r("explosive device*", "ied", IED),
    # dynamite as the verb or the attack's modality: "guerrillas dynamited a pylon"
    _r("dynamited|dynamiting", "ied", IED),
    _r("dynamite|bomb attack*", "ied", IED),
    _r("arson attack*", "loot", "Looting/property destruction"),
    # a blast with no device named: typed by the words around it (`classify` rule 4)
    _r("blast|blasts|explosion|explosions", "remote", IED),
    # the blast itself, when the bomb's name is a WEAPON mention and cannot trigger
    _r("detonated|exploded", "ied", IED),
    # demolition by explosives: "rebels blew up several electricity poles"
    _r("blew|blow|blows|blowing|blown up", "ied", IED),
    # the device's own going off, and a device thrown: "a bomb placed in a car went off",
    # "incendiary bombs were hurled at a temple" (a grenade thrown is typed below)
    _r("bomb|bombs|device|devices|explosive|explosives|charge|charges|dynamite ... "
       "went|gone|go|goes|going off", "ied", IED),
    _r("threw|thrown|hurled|lobbed|tossed ... bomb|bombs|explosive*|dynamite|molotov*",
       "ied", IED),
    # a device planted: "unidentified persons placed 11 bombs in bank branches"
    _r("placed|planted|planting ... bomb|bombs|explosive*|dynamite|charge|charges",
       "ied", IED),
    # a device set off: "urban guerrillas set off a car bomb outside the municipal market"
    _r("set|sets|setting off ... bomb|bombs|explosive*|dynamite|charge|charges|device|devices",
       "ied", IED),
    _r("bomb|bombs|explosives|molotov* was|were|had|been ... thrown|hurled|lobbed|tossed",
       "ied", IED),
    _r("grenade attack*|blast*|explosion*", "grenade", "Grenade"),
    _r("threw|thrown|hurled|lobbed|tossed ... grenade*", "grenade", "Grenade"),
    _r("grenade*|grenades was|were|had|been ... thrown|hurled|lobbed|tossed", "grenade",
       "Grenade"),
    # a chemical agent used in an attack: "a sarin attack", "chlorine gas attacks"
    _r("sarin|chlorine|gas|nerve attack*", "chemical", "Chemical weapon"),
    # remote violence, instrument decided by context
    _r("fired|launched ... munitions|missile|missiles|rocket|rockets|shells|mortar|mortars|"
       "bombs|drone|drones", "remote", AIR),
    _r("strike|strikes|struck", "remote", AIR),
    _r("bombed|bombing|bombings|bombarded|pounded", "remote", AIR),
    # bombs let fall from a jet or a drone: "a fighter jet dropped two bombs on the village"
    _r("dropped|dropping|drops ... bomb|bombs|munitions|explosives|grenade|grenades",
       "remote", AIR),
    # battles
    _r("captured|capturing or killed|killing", "clash", CLASH),
    _r("killed|killing or captured|capturing", "clash", CLASH),
    # attackers "killed or arrested" are the outcome of the fight, not a separate arrest
    _r("killed or arrested|detained", "clash", CLASH),
    _r("arrested|detained or killed", "clash", CLASH),
    _r("exchanged|exchanging fire", "clash", CLASH),
    _r("exchange|exchanges of fire|gunfire", "clash", CLASH),
    _r("traded|trading fire|gunfire|shots", "clash", CLASH),
    _r("shootout*|shoot-out*", "clash", CLASH),
    # a death in combat is a battle's toll: "was killed March 22 while supporting combat
    # operations", "died in combat"
    _r("killed|died|slain ... while|during|in ... combat", "clash", CLASH),
    # a manned aircraft brought down is fought, not intercepted: "rocket-propelled
    # grenades were used to shoot down an army helicopter" (drones: disrupted, below)
    _r(f"shot|shoot|shooting|shoots down ... {_MANNED}", "clash", CLASH),
    _r(f"downed|downing ... {_MANNED}", "clash", CLASH),
    _r(f"{_MANNED} ... was|were|been shot down", "clash", CLASH),
    _r(f"{_MANNED} ... was|were|been downed", "clash", CLASH),
    _r("came|come|comes|coming under fire|attack", "clash", CLASH),
    _r("clash*|firefight*|gunfight*|gunbattle*|gun-battle*|skirmish*", "clash", CLASH),
    _r("gun battle*", "clash", CLASH),
    # fighting told as confrontations ("four guerrillas died in confrontations"), not a
    # single war of words ("a confrontation between the president and parliament")
    _r("confrontations", "clash", CLASH),
    # harassing fire on a force: "urban commandos harassed troops at the penitentiary"
    _r("harassed|harassing ... troops|soldiers|positions|garrison*|patrol*|outpost*|"
       "barracks|convoy*", "clash", CLASH),
    _r("battle|battles|battled|battling|fighting|fought|offensive", "clash", CLASH),
    _r("ambush*", "clash", CLASH),
    # military operations told as going on are fighting where they go on: "military
    # operations were continuing in the outskirts of Douma" (a bare "the operation"
    # only refers back, rule 5)
    _r("military operations are|were|was|is continuing|ongoing|under", "clash", CLASH),
    _r("military operations continued|continue|continues", "clash", CLASH),
    # an attempt to take a place is fighting for it, whatever the outcome (ACLED)
    _r("attempted|attempting|tried|trying to seize|capture|retake|recapture|storm|overrun",
       "clash", CLASH),
    _r("recaptur*|retook|overran|retak*|re-tak*", "territory", "Government regains territory"),
    _r("regained|seized|seizing|liberated|liberating|captured|cleared", "territory",
       "Government regains territory"),
    _r("took|taken|seized|gained|assumed|regained control", "territory",
       "Government regains territory"),
    _r("full control", "territory", "Government regains territory"),
    _r("took|taken|taking over", "territory", "Government regains territory"),
    _r("took|taken|taking over as", NOT_EVENT, ""),
    _r("raised|hoisted ... flag", "territory", "Government regains territory"),
    _r("fell to", "territory", "Government regains territory"),
    # violence against civilians
    # the act, not its agent: "kidnappers", "abductors" name people (no prefix match)
    _r("abduct|abducts|abducted|abducting|abduction|abductions", "abduct",
       "Abduction/forced disappearance"),
    _r("kidnap|kidnaps|kidnapped|kidnaped|kidnapping|kidnaping|kidnappings|kidnapings",
       "abduct", "Abduction/forced disappearance"),
    _r("forcibly disappeared", "abduct", "Abduction/forced disappearance"),
    _r("took|taken ... hostage", "abduct", "Abduction/forced disappearance"),
    # people seized or held "as hostages" are abducted, whatever the verb ("rebels seized
    # residents as hostages"): not a place taken
    _r("seized|seizing|held|holding|kept|grabbed ... as hostage|hostages", "abduct",
       "Abduction/forced disappearance"),
    _r("seized|snatched|grabbed ... crew|passengers|workers|students|schoolchildren|"
       "schoolgirls|villagers|children|women", "abduct", "Abduction/forced disappearance"),
    _r("raped|rape|rapes|gang-raped|gang-rape*|raping", "sexual", "Sexual violence"),
    _r("sexual violence|abuse|assault*", "sexual", "Sexual violence"),
    _r("sexually assaulted", "sexual", "Sexual violence"),
    _r("massacre*|beheaded|executed", "kill", ATTACK),
    # a body found with the marks of violence: a killing by someone (ACLED: Attack)
    _r("body|bodies ... gunshot|bullet|stab wound*", "kill", ATTACK),
    # a body found dumped or left behind was killed by someone: "The bodies of five men
    # were found dumped on a highway", "two corpses were abandoned by the roadside"
    _r("body|bodies|corpse|corpses ... found|discovered dumped|abandoned|dismembered",
       "kill", ATTACK),
    _r("body|bodies|corpse|corpses ... found|discovered bearing|with gunshot|bullet|stab "
       "wound*", "kill", ATTACK),
    _r("body|bodies|corpse|corpses ... dumped|abandoned", "kill", ATTACK),
    # ... with the dead and a day between: "the bodies of five men on Tuesday dumped"
    _r("body|bodies|corpse|corpses of ... dumped|abandoned|dismembered", "kill", ATTACK),
    _r("body|bodies ... signs|marks of torture|violence", "kill", ATTACK),
    _r("bullet-riddled|mutilated|decapitated|headless body|bodies", "kill", ATTACK),
    _r("shot dead", "kill", ATTACK),
    # a toll restated as a total joins the act it counts ("The death toll rose to 54")
    _r("death toll rose|climbed|jumped|reached|increased|stood|stands", "kill", ATTACK),
    _r("death toll has|had risen|climbed|jumped|reached|increased", "kill", ATTACK),
    # ... told for one act named between ("The death toll from the raid rose to six"),
    # never for a war ("The death toll from the war in Gaza rose to 35,000")
    _r("death toll from|in ... raid|attack|strike|airstrike|blast|bombing|explosion|ambush|"
       "assault|shelling rose|climbed|jumped|reached|increased", "kill", ATTACK),
    # a bare "toll" restated in a later sentence is the same death toll ("The toll rose
    # to 31, officials said")
    _r("toll rose|climbed|jumped|reached|increased", "kill", ATTACK),
    _r("toll has|had risen|climbed|jumped|reached|increased", "kill", ATTACK),
    _r("gunned down", "kill", ATTACK),
    _r("killed|killing|kill|kills|murdered|slain|shot", "kill", ATTACK),
    _r("murder|murders|assassinat*", "kill", ATTACK),
    _r("opened fire", "attack", ATTACK),
    # fire aimed at someone: "gunships fired on insurgent positions" (typed by instrument)
    _r("fired on monday|tuesday|wednesday|thursday|friday|saturday|sunday", NOT_EVENT, ""),
    _r("fired|firing ADV? on|at|upon", "attack", ATTACK),
    # beatings and torture by armed men are attacks; crowds and police are typed by context
    _r("tortured|torturing", "attack", ATTACK),
    _r("pelted|pelting", "attack", ATTACK),
    _r("beat|beaten|beating up", "attack", ATTACK),
    _r("beat|beaten|stabbed|hacked|clubbed|bludgeoned|stoned|burned|burnt ... to death",
       "kill", ATTACK),
    _r("stabbed|stabbing|hacked", "kill", ATTACK),
    _r("burned|burnt ... alive", "kill", ATTACK),
    _r("set|sets upon", "attack", ATTACK),
    # a death told with its cause: "died of his injuries", "died after being shot"
    _r("died|dies of|from|after", "kill", ATTACK),
    # a death where it was dealt: "Baer died at the scene" (of the violence just told)
    _r("died|dies at|on the scene", "kill", ATTACK),
    _r("machinegunned|machine-gunned|strafed", "attack", ATTACK),
    # one act, not two: "was shot dead in a targeted attack"
    _r("targeted attack|attacks|shooting|shootings", "attack", ATTACK),
    _r("targeted killing|killings|assassination*", "kill", ATTACK),
    _r("targeted|targeting", "attack", ATTACK),
    _r("to target", "attack", ATTACK),
    _r("attack|attacks|attacked|attacking|assault|assaulted|stormed", "attack", ATTACK),
    # a diplomatic protest is a message between states, no demonstration: "Honduras
    # sent Nicaragua a protest note", "a note of protest"
    _r("protest note|notes", NOT_EVENT, ""),
    _r("note|notes of protest", NOT_EVENT, ""),
    # demonstrations
    _r("protest|protests|protested|protesting|protesters|protestors", "protest",
       "Peaceful protest"),
    _r("demonstration*|demonstrators|rally|rallies|rallied|marched|marchers", "protest",
       "Peaceful protest"),
    _r("sit-in*", "protest", "Peaceful protest"),
    _r("demonstrated|demonstrating|demonstrate|demonstrates against|outside|over|for|in|at|"
       "across|near|on|through|peacefully|.",
       "protest", "Peaceful protest"),
    _r("hartal*|bandh|shutter-down", "protest", "Peaceful protest"),
    _r("human chain*", "protest", "Peaceful protest"),
    # "march" alone is also the month: only a qualified march, or the plural
    _r("peaceful|silent|protest|solidarity|street|mass|candlelight march", "protest",
       "Peaceful protest"),
    _r("marches", "protest", "Peaceful protest"),
    # a crowd on the march: "women were marching through Dhaka"
    _r("marching through|in|to|towards|toward|on|from|against|outside", "protest",
       "Peaceful protest"),
    # armed men on the move report no march (rule 6): "Troops marched into the town"
    _r("troops|soldiers|army|forces|fighters|militants|rebels|insurgents|militiamen|columns "
       "marched|marching", NOT_EVENT, ""),
    _r("troops|soldiers|army|forces|fighters|militants|rebels|insurgents|militiamen|columns "
       "is|are|was|were|been|had|have|has marching|marched", NOT_EVENT, ""),
    # a labour strike is a protest, never a military strike
    _r("general|hunger|nationwide|national|labour|labor strike|strikes", "protest",
       "Peaceful protest"),
    _r("went|go|goes|going|gone|are|were|remain|remained on strike", "protest",
       "Peaceful protest"),
    _r("picket*|boycott*|walkout|walk-out", "protest", "Peaceful protest"),
    _r("took|take|taking to the streets", "protest", "Peaceful protest"),
    _r("gathered|assembled ... to protest|demand|denounce|condemn|oppose|call", "protest",
       "Peaceful protest"),
    # police equipped for riots report no riot (dropped after matching, see `NOT_EVENTS`)
    _r("riot|anti-riot police|policemen|gear|squad*|unit*|officers|troops|control", NOT_EVENT, ""),
    _r("riot|riots|rioted|rioting|rioters", "riot", "Violent demonstration"),
    # a crowd throwing things: "youths threw stones at police" (typed by context)
    _r("threw|thrown|throwing|hurled|hurling|pelted|pelting ... stones|rocks|bricks|bottles",
       "riot", "Violent demonstration"),
    _r("mob", "riot", "Mob violence"),
    # strategic developments
    _r("arrest|arrests|arrested|arresting|detained|detaining|detention*|apprehended",
       "arrest", "Arrests"),
    _r("rounded up", "arrest", "Arrests"),
    _r("nabbed", "arrest", "Arrests"),
    _r("took|taken|taking ... into custody", "arrest", "Arrests"),
    # picked up by the police, never by anyone else (`senses` rule 10)
    _r("was|were|been|being picked up", "arrest", "Arrests"),
    _r("ceasefire|cease-fire|truce", "agreement", "Agreement"),
    _r("peace deal|agreement|accord|talks", "agreement", "Agreement"),
    # a deal on how fighters give up or leave is an agreement, not the surrender itself
    _r("surrender|evacuation|reconciliation deal|deals|agreement|agreements|accord|accords",
       "agreement", "Agreement"),
    # ACLED: prisoner exchanges and releases are agreements between the sides
    _r("prisoner|prisoners|captive exchange*|swap*|release*", "agreement", "Agreement"),
    _r("exchanged|swapped ... prisoners|detainees|captives|bodies", "agreement", "Agreement"),
    _r("released|freed ... hostages|prisoners|detainees|captives", "agreement", "Agreement"),
    # the release told in the passive, and the release of people once abducted: the
    # participle ("15 abducted students") tells no new abduction
    _r("hostages|prisoners|detainees|captives|hostage|prisoner|detainee|captive "
       "was|were|have|has|had|been ... released|freed", "agreement", "Agreement"),
    _r("released|freed abducted|kidnapped", "agreement", "Agreement"),
    _r(f"released|freed {_HOW_MANY} abducted|kidnapped", "agreement", "Agreement"),
    _r("defused|intercepted|dismantled|defusing|intercepting", "disrupt",
       "Disrupted weapons use"),
    _r("deactivated|deactivating ... bomb*|explosive*|device*|charge*|mine*|dynamite",
       "disrupt", "Disrupted weapons use"),
    _r("found|discovered|recovered|uncovered|unearthed ... explosive*|bomb|bombs|ied|ieds|"
       "landmine*|mines|grenade|grenades|detonators|weapons|arms|ammunition|cache*",
       "disrupt", "Disrupted weapons use"),
    # a store of arms taken or found: the phrase reaches past "weapons" (`nonevents`)
    _r("seized|seizing|confiscated|captured|recovered|found|discovered|uncovered|unearthed "
       "... weapons|arms|ammunition|explosives|munitions cache*|depot*|dump*|haul*|"
       "stockpile*|store*", "disrupt", "Disrupted weapons use"),
    _r("seized|seizing|confiscated|captured|recovered|found|discovered ... weapons|arms "
       "and|, ammunition|explosives|grenades|rifles|bullets", "disrupt",
       "Disrupted weapons use"),
    # a projectile stopped in flight: "intercepted two missiles fired at the city"
    _r("intercepted|intercepting|downed ... missile*|rocket*|drone*|projectile*|shells|"
       "uavs|uav", "disrupt", "Disrupted weapons use"),
    _r("shot down", "disrupt", "Disrupted weapons use"),
    _r("looted|looting|torched|ransacked", "loot", "Looting/property destruction"),
    _r("set fire to", "loot", "Looting/property destruction"),
    _r("set|sets ... ablaze|alight", "loot", "Looting/property destruction"),
    _r("arson", "loot", "Looting/property destruction"),
    _r("burned|burnt down", "loot", "Looting/property destruction"),
    # fighters giving themselves up, before "handed ... over to" (rule 3: same length)
    _r("handed|hands|handing themselves|himself|herself over to", "group",
       "Change to group/activity"),
    _r("handed|hands|handing themselves|himself|herself over", "group",
       "Change to group/activity"),
    _r("withdrew|withdrawn from", "withdraw", "Non-violent transfer of territory"),
    _r("pulled out of", "withdraw", "Non-violent transfer of territory"),
    _r("handed over", "withdraw", "Non-violent transfer of territory"),
    _r("handed|hands|handing ... over to", "withdraw", "Non-violent transfer of territory"),
    _r("entered|took|taken|seized ... unopposed", "withdraw",
       "Non-violent transfer of territory"),
    _r("ceded|vacated", "withdraw", "Non-violent transfer of territory"),
    _r("seized|confiscated|captured ... weapons|arms|ammunition|cache*|explosives",
       "disrupt", "Disrupted weapons use"),
    # a device taken before use: "Police seized a car bomb under construction"
    _r("seized|seizing|confiscated|confiscating ... bomb|bombs|device|devices|ied|ieds|"
       "grenade|grenades|rocket|rockets|mortar|mortars|detonator*|dynamite", "disrupt",
       "Disrupted weapons use"),
    _r("foiled|thwarted|prevented|averted ... attack*|plot*|bombing*|attempt*", "disrupt",
       "Disrupted weapons use"),
    _r("established|set|opened ... headquarters|base|bases|camp|outpost|post|posts|"
       "garrison", "hq", "Headquarters or base established"),
    _r("announced ... formation|merger|dissolution", "group", "Change to group/activity"),
    _r("pledged allegiance", "group", "Change to group/activity"),
    _r("merged|disbanded|rebranded", "group", "Change to group/activity"),
    _r("changed its|their name", "group", "Change to group/activity"),
    _r("renamed itself|themselves", "group", "Change to group/activity"),
    # a group's fighters changing side or laying down arms, and forces moved in
    _r("defected|defect|defection*|surrendered|surrender", "group", "Change to group/activity"),
    # ends before "weapons", which alone names no event (`nonevents`)
    _r("laid|lay|laying down their|its|arms", "group", "Change to group/activity"),
    _r("sent|sending ... reinforcements", "group", "Change to group/activity"),
    _r("sent|sending more|additional|extra troops|soldiers|forces", "group",
       "Change to group/activity"),
    _r("deployed|deploying|redeployed|dispatched ... "
       "troops|soldiers|forces|police|reinforcements|units",
       "group", "Change to group/activity"),
    _r("troops|soldiers|forces|reinforcements were|have|had|been ... "
       "deployed|redeployed|dispatched",
       "group", "Change to group/activity"),
    _r("destroyed|demolished|bulldozed|burned|burnt ... home*|house*|propert*|shops|crops",
       "loot", "Looting/property destruction"),
    # vehicles and premises burned: "guerrillas burned three vehicles", "a tank truck"
    _r("burned|burnt|burning ... vehicle*|truck*|bus|buses|car|cars|facilities|farm*|"
       "offices|warehouse*|store*", "loot", "Looting/property destruction"),
    # goods taken by force: "the guerrillas stole food", "robbed a bank"
    _r("stole|robbed|robbing", "loot", "Looting/property destruction"),
    _r("destroyed|demolished|bulldozed ... church*|mosque*|temple*|shrine*|school*|vehicles|"
       "cars|buses|office*|building*|mast*|tower*|pylon*|posts|poles|bridge*|market*|"
       "stalls|kiosks|statue*|"
       "farmland|fields|orchards|trees", "loot", "Looting/property destruction"),
    _r("vandalised|vandalized|plundered|pillaged", "loot", "Looting/property destruction"),
    _r("uprooted|razed ... trees|crops|orchards|vines|olive*", "loot",
       "Looting/property destruction"),
    # ACLED's Other: significant developments of no other sub-type
    _r("mass grave*", "other", "Other"),
    _r("prison|jail break*", "other", "Other"),
    _r("jailbreak*", "other", "Other"),
    _r("escaped from prison|jail", "other", "Other"),
    # new leaders, emergency rule, bans on gatherings and leaflets: changes to what a
    # group or government does (ACLED's Change to group/activity), never a protest
    _r("appointed|appointment|named|elected ... new leader|commander|emir|chief", "group",
       "Change to group/activity"),
    _r("imposed|declared|announced|extended ... curfew|curfews", "group",
       "Change to group/activity"),
    _r("imposed|declared|announced|extended ... state of emergency", "group",
       "Change to group/activity"),
    _r("banned|banning|prohibited|outlawed ... rally|rallies|protest*|demonstration*|"
       "gatherings|marches", "group", "Change to group/activity"),
    # "the banned rally", "a banned group": an attribute, no ban told (rule 6)
    _r("the|a|an banned|prohibited|outlawed", NOT_EVENT, ""),
    _r("distributed|distributing ... leaflets|pamphlets|flyers", "group",
       "Change to group/activity"),
    _r("lynching|lynched", "riot", "Mob violence"),
    _r("chemical|toxic|chlorine|sarin|mustard|nerve|poison|poisonous gas|agent*", "chemical",
       "Chemical weapon"),
    _r("peace agreement|deal|treaty", "agreement", "Agreement"),
    _r("signed ... agreement|deal|accord|ceasefire|truce|memorandum", "agreement", "Agreement"),
    _r("agreed|agree|agreeing ... hostilities|reconciliation|peace", "agreement", "Agreement"),
    _r("reached|struck|concluded|brokered ... agreement|deal|accord|ceasefire|truce",
       "agreement", "Agreement"),
    # references back to an event told elsewhere
    _r("operation|operations", "ref", AIR, weak=True),
)  # fmt: skip

#: rule 7: verbs that tell a violent event's damage, and the families of such events.
_DAMAGE_VERBS = frozenset({"destroyed", "demolished", "burned", "burnt", "damaged"})
_VIOLENT_FAMILIES = frozenset(
    {"air", "suicide", "chemical", "shell", "ied", "grenade", "remote", "clash", "kill",
     "attack", "ref"}
)  # fmt: skip

#: rule 8: verbs that plant a device.
_PLANTING_VERBS = frozenset({"placed", "planted", "planting"})

#: entity labels whose tokens are names, never triggers.
NAME_LABELS = frozenset({"OPERATION", "ORG", "PLATFORM", "WEAPON", "PERSON", "FACILITY"})


@dataclass(frozen=True)
class TriggerHit:
    rule: TriggerRule
    #: token index range [first, last] of the match within the sentence tokens.
    first: int
    last: int
    start: int
    end: int
    #: the token range [first, last] of a death toll told before this cause, which gave
    #: way to it ("it killed eight rebels in a bombing": `devices.toll_before_cause`).
    toll: tuple[int, int] | None = None


@functools.lru_cache(maxsize=1024)
def _options(element: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """An element's exact words and prefixes, parsed once (matching is the hot loop)."""
    options = element.split("|")
    exact = frozenset(o for o in options if not o.endswith("*"))
    return exact, tuple(o[:-1] for o in options if o.endswith("*"))


def _word_matches(element: str, tok: Tok) -> bool:
    exact, prefixes = _options(element)
    norm = tok.norm
    return norm in exact or (bool(prefixes) and norm.startswith(prefixes))


#: rule 1: the optional manner adverb of a pattern ("fired indiscriminately on").
_OPTIONAL_ADVERB = "ADV?"
#: "-ly" words of time or frequency, no manner of the act ("fired early on Sunday").
_TIME_LY_WORDS = frozenset(
    {"early", "daily", "weekly", "monthly", "yearly", "nightly", "hourly", "likely"}
)


def _manner_adverb(tok: Tok) -> bool:
    """Rule 1: `tok` is a manner adverb that may stand inside a pattern."""
    norm = tok.norm
    return len(norm) > 4 and norm.endswith("ly") and norm.isalpha() and norm not in _TIME_LY_WORDS


def _match_at(rule: TriggerRule, tokens: list[Tok], i: int) -> int | None:
    """Index of the last token when `rule` matches from token i, else None."""
    pos = i
    pattern = rule.pattern
    k = 0
    while k < len(pattern):
        element = pattern[k]
        if element == "...":
            nxt = pattern[k + 1]
            for gap in range(5):
                j = pos + gap
                if j < len(tokens) and _word_matches(nxt, tokens[j]):
                    pos = j + 1
                    break
            else:
                return None
            k += 2
            continue
        if element == _OPTIONAL_ADVERB:
            pos += pos < len(tokens) and _manner_adverb(tokens[pos])
            k += 1
            continue
        if pos >= len(tokens) or not _word_matches(element, tokens[pos]):
            return None
        pos += 1
        k += 1
    return pos - 1


def inert_tokens(tokens: list[Tok]) -> frozenset[int]:
    """Indexes of the tokens held by phrases that report nothing (rule 6: "riot police"),
    which typing rules must not read as the crowd's own words."""
    found: set[int] = set()
    for i, tok in enumerate(tokens):
        for _, rule in _rules_starting_with(tok):
            last = _match_at(rule, tokens, i) if rule.family == NOT_EVENT else None
            if last is not None:
                found.update(range(i, last + 1))
    return frozenset(found)


#: rule 11: the words that open a phrase naming what is awaited ("in advance of the
#: vote"; "the advance of government troops" is a movement of forces, not a wait).
_AWAITING = (
    ("ahead", "of"), ("eve", "of"), ("run-up", "to"), ("lead-up", "to"), ("build-up", "to"),
    ("in", "advance", "of"), ("preparation", "for"), ("preparations", "for"),
)  # fmt: skip
#: rule 11: how many words of the awaited phrase may stand before its event noun ("the
#: return to peace talks").
_AWAITED_REACH = 6
#: rule 11: words that end the awaited phrase: a new clause or a new verb phrase.
_AWAITED_ENDS = frozenset(
    {"and", "but", "when", "while", "after", "which", "who", "that", "as", "because"}
)


def awaited_tokens(tokens: list[Tok]) -> frozenset[int]:
    """Rule 11: indexes of the tokens of phrases opened by "ahead of", "on the eve of",
    "in the run-up to" ...: what they name is awaited, not told as done."""
    found: set[int] = set()
    words = [t.lower for t in tokens]
    for i in range(len(tokens) - 1):
        opener = next((p for p in _AWAITING if tuple(words[i : i + len(p)]) == p), None)
        if opener is None:
            continue
        start = i + len(opener)
        for tok in tokens[start : start + _AWAITED_REACH]:
            if not tok.text[:1].isalnum() or tok.lower in _AWAITED_ENDS:
                break
            found.add(tok.i)
    return frozenset(found)


@functools.cache
def _first_word_index() -> tuple[
    dict[str, list[tuple[int, TriggerRule]]], dict[str, list[tuple[str, int, TriggerRule]]]
]:
    """RULES by the words their first element names: exact words, and prefixes by
    their first letter, each with the rule's order (matching is the hot loop)."""
    exact: dict[str, list[tuple[int, TriggerRule]]] = {}
    prefixed: dict[str, list[tuple[str, int, TriggerRule]]] = {}
    for order, rule in enumerate(RULES):
        words, prefixes = _options(rule.pattern[0])
        for word in words:
            exact.setdefault(word, []).append((order, rule))
        for prefix in prefixes:
            prefixed.setdefault(prefix[:1], []).append((prefix, order, rule))
    return exact, prefixed


def _rules_starting_with(tok: Tok) -> list[tuple[int, TriggerRule]]:
    """The rules whose first element matches `tok`, in RULES order, each once."""
    exact, prefixed = _first_word_index()
    norm = tok.norm
    found = dict(exact.get(norm, ()))
    for prefix, order, rule in prefixed.get(norm[:1], ()):
        if norm.startswith(prefix):
            found[order] = rule
    return sorted(found.items(), key=lambda item: item[0])


def _name_end(tokens: list[Tok], i: int, blocked: list[tuple[int, int]]) -> int | None:
    """Where the name holding token i ends, None outside names (rule 4). A lone
    capitalised first word is no name: "Demonstrators threw stones" names no one."""
    tok = tokens[i]
    end = next((e for s, e in blocked if s <= tok.start < e), None)
    return None if i == 0 and end == tok.end else end


def find_triggers(tokens: list[Tok], blocked: list[tuple[int, int]]) -> list[TriggerHit]:
    """Non-overlapping trigger matches in a sentence, in text order.

    `blocked` holds character ranges (names) where no trigger may start.
    """
    hits: list[tuple[int, int, int, TriggerHit]] = []
    starts = [(i, tok, _name_end(tokens, i, blocked)) for i, tok in enumerate(tokens)]
    for i, tok, name_end in starts:
        if not tok.text[:1].isalpha() or (name_end is not None and tok.is_cap):
            continue
        for order, rule in _rules_starting_with(tok):
            last = _match_at(rule, tokens, i)
            if last is None or (name_end is not None and tokens[last].end <= name_end):
                continue
            hit = TriggerHit(rule, i, last, tok.start, tokens[last].end)
            hits.append((-(last - i), i, order, hit))
    chosen: list[TriggerHit] = []
    for _, _, _, hit in sorted(hits, key=lambda h: (h[0], h[1], h[2])):
        if all(hit.last < c.first or hit.first > c.last for c in chosen):
            chosen.append(hit)
    ordered = [
        _foiled_in_vain(_people_intercepted(_person_taken(h, tokens, blocked), tokens), tokens)
        for h in sorted(chosen, key=lambda h: h.first)
    ]
    return [
        h
        for k, h in enumerate(ordered)
        if h.rule.family != NOT_EVENT
        and not _damage_of(h, ordered[:k], tokens)
        and not _planted_and_stopped(h, ordered, tokens)
    ]


#: rule 10: a person captured is held, not a place taken ("The army captured Abu Bakr in
#: Mosul"); `classify` types it as an arrest, or an abduction by a non-state group.
CAPTURED_PERSON = TriggerRule(("captured",), "arrest", "Arrests")
_TAKING = frozenset({"captured", "capturing", "seized", "seizing"})
#: words of a named person's title before the name ("captured senior commander X").
_TITLES = frozenset(
    {"the", "a", "an", "senior", "top", "local", "notorious", "wanted", "commander", "leader",
     "chief", "emir", "deputy", "spokesman", "militant", "mullah", "sheikh", "general",
     "colonel", "major", "captain", "mr", "mr.", "dr", "dr."}
)  # fmt: skip
#: nouns that make a name a facility that is held like territory ("Tabqa airbase").
_HELD_PLACES = frozenset(
    {"airbase", "base", "airport", "dam", "camp", "barracks", "fort", "oilfield", "bridge",
     "port", "hill", "garrison", "checkpoint", "outpost", "compound"}
)  # fmt: skip
_TITLE_REACH = 3


def _person_taken(hit: TriggerHit, tokens: list[Tok], blocked: list[tuple[int, int]]) -> TriggerHit:
    """Rule 10: a capture whose object is a name of no place (a person or a group, after
    at most a title: "captured senior commander Ali Hassan") is a capture of people."""
    if hit.rule.family != "territory" or tokens[hit.first].lower not in _TAKING:
        return hit
    if hit.first != hit.last:
        return hit
    k = hit.last + 1
    while k < len(tokens) and k - hit.last <= _TITLE_REACH and tokens[k].lower in _TITLES:
        k += 1
    if k >= len(tokens) or not tokens[k].is_cap:
        return hit
    end = next((e for s, e in blocked if s <= tokens[k].start < e), None)
    if end is None:
        return hit
    named = {t.lower for t in tokens if tokens[k].start <= t.start < end}
    if named & _HELD_PLACES:
        return hit
    return TriggerHit(CAPTURED_PERSON, hit.first, hit.last, hit.start, hit.end, hit.toll)


#: rule 12: an interception of people, a step of the attack told with it.
INTERCEPTED_PEOPLE = TriggerRule(("intercepted",), "attack", ATTACK, weak=True)
_INTERCEPTING = frozenset({"intercepted", "intercepting"})
#: rule 12: what an interception of weapons names.
_WEAPON_CUES = frozenset(
    {"weapon", "weapons", "arms", "ammunition", "munition", "munitions", "explosive",
     "explosives", "bomb", "bombs", "device", "devices", "missile", "missiles", "rocket",
     "rockets", "drone", "drones", "projectile", "projectiles", "shell", "shells",
     "grenade", "grenades", "mine", "mines", "dynamite", "rifles", "guns", "shipment",
     "consignment", "cache", "uav", "uavs"}
)  # fmt: skip


def _people_intercepted(hit: TriggerHit, tokens: list[Tok]) -> TriggerHit:
    """Rule 12: a lone "intercepted" in a sentence naming no weapon or shipment."""
    if hit.rule.family != "disrupt" or hit.first != hit.last:
        return hit
    if tokens[hit.first].lower not in _INTERCEPTING:
        return hit
    if any(t.lower in _WEAPON_CUES for t in tokens):
        return hit
    return TriggerHit(INTERCEPTED_PEOPLE, hit.first, hit.last, hit.start, hit.end, hit.toll)


def _foiled_in_vain(hit: TriggerHit, tokens: list[Tok]) -> TriggerHit:
    """Rule 13: "thwarted an attack that killed ten people": the attack noun's own
    trigger, the act done."""
    if hit.rule.family != "disrupt" or not harm_in_relative_clause(tokens, hit.last):
        return hit
    noun = tokens[hit.last]
    for _, rule in _rules_starting_with(noun):
        if rule.family != "disrupt" and _match_at(rule, tokens, hit.last) == hit.last:
            return TriggerHit(rule, hit.last, hit.last, noun.start, noun.end, hit.toll)
    return hit


def _planted_and_stopped(hit: TriggerHit, hits: list[TriggerHit], tokens: list[Tok]) -> bool:
    """Rule 8: a device planted in a sentence that tells it was defused or found ("planted
    explosives on the line, but police defused them") is the disrupted attempt's object,
    not a bombing of its own."""
    return (
        hit.rule.family == "ied"
        and tokens[hit.first].norm in _PLANTING_VERBS
        and any(h.rule.family == "disrupt" for h in hits)
    )


def _damage_of(hit: TriggerHit, earlier: list[TriggerHit], tokens: list[Tok]) -> bool:
    """Rule 7: "the strike destroyed two buildings" tells the strike's damage."""
    return (
        hit.rule.family == "loot"
        and tokens[hit.first].norm in _DAMAGE_VERBS
        and any(e.rule.family in _VIOLENT_FAMILIES for e in earlier)
    )
