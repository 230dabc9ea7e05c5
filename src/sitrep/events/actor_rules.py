"""ACLED's rules for who fills actor1 and actor2, applied around the order rules of `roles`.

`roles.find_roles` reads roles from token order; these rules, in order, fix what token
order alone gets wrong (ACLED codebook, "Actors"):
1. a demonym that modifies a place, an institution or office, or people other than the
   state's forces is not an actor: "the Syrian town of Dabiq", "scores of Syrian
   civilians", "the American embassy", "the Venezuelan president", "Salvadoran
   guerrillas", "Turkish-backed Syrian militiamen", "a Syrian combatant", "a French
   aid worker" (past one qualifying word), "a Saudi militant", "Saudi terrorist Osama
   bin Laden" name no Syrian, US, Venezuelan, Salvadoran, French or Saudi state forces
   (`drop_modifier_demonyms`; a state's own name before its mission too: "the U.S.
   embassies", `_owns_mission`); "Syrian forces", "Israeli jets" still do. A sponsor
   named in a modifier takes no part: "Iranian-backed Houthi rebels attacked" is an
   attack by the Houthis alone; nor does a state whose
   possessive places a non-state group ("Yemen's Houthi rebels", "Nigeria's Boko
   Haram", "The Philippines' Abu Sayyaf rebels", past words describing the group:
   "Sudan's paramilitary RSF", "Syria's Kurdish-led SDF": `_owns_group`), while
   "Russia's army" and "Mali's armed forces" are still that state's forces. A bare
   nationality adjective names the state's forces only when it qualifies a force,
   government or means of the state, or an act it does
   ("Colombian troops", "the Honduran secret police", "Israeli planes", "Russian
   shelling"); before any other noun, a name or nothing ("Colombian drug traffickers",
   "Nicaraguan Luis Ordonez", "they were Spanish") it is no actor (`_bare_nationality`).
2. a named armed actor right before a nominal trigger, after a determiner or as a
   possessive, is its initiator: "the ISIL attack", "ISIL's multiple suicide attacks",
   "a Coalition strike" (`premodifier_initiator`), whatever preposition came earlier;
   so is a state's demonym with no determiner: "killed in Russian shelling", "Israeli
   airstrikes" name the state's forces as the attacker. Only a noun takes such
   modifiers: before a verb ("A British soldier was killed", "A British soldier killed
   in IED blast") the demonym names the victim's side, never the attacker. A judge is
   never the initiator: in "The EU denounced the bombing" the EU condemns, it did not
   bomb (`roles` rule 10); nor is a source that confirms, reports or denies the act:
   "The U.S. military confirmed the attack", "Police reported the shooting" name who
   told it (`_tells_of`), unless the act is one of its own operations it announces
   ("The coalition announced strikes on Islamic State positions").
3. a claim of responsibility names the perpetrator: "for which Da'esh has claimed
   responsibility", "attacks, also claimed by Da'esh", "Daesh claimed the bombing"
   (`claimant`); ACLED codes the claimed perpetrator as actor1.
4. territory is taken from whoever held it: "from ISIL control", "from the hands of
   X", "X-held", "occupation by the terrorist group X", "captured the town from X"
   (`former_holder`) is actor2 of a territorial change; when the sentence names no
   holder, a state's regained territory was lost to the one non-state armed group the
   article names, if it names exactly one ("the Government of Iraq has raised the
   Iraqi flag again in Tikrit" in a statement about ISIL: `sole_opponent`).
5. a side named as supported ("In support of the Iraqi Security Forces, Coalition
   aircraft conducted a precision strike ... firing on Iraqi forces", "alongside X",
   "backing X", "with the support of X", "with support from X") fights with actor1: it
   joins assoc_actor1 and is never actor2 (`partner_sides`); with no actor2 left,
   "enemy fighters" in the clause of such a state or coalition strike are the
   article's one non-state armed group (`sole_opponent`).
6. civilians are never actor1 of political violence (ACLED: they are only ever
   victims), and violence against civilians always has civilians as actor2: a
   civilian actor1 moves to actor2, and a missing actor2 of a perpetrator's attack
   becomes "Civilians (<country>)" (`acled_sides`); a bare toll ("12 people were
   killed") stays without actors, so that it can join the event it reports on. Nor
   are the people arrested ever the arrester: in "one of three people police arrested"
   the civilians are actor2 and the police actor1 (`_arrester_first`).
7. a side that repels an attack is its target, not its initiator: in "the ISF fought
   off several counterattacks", "Peshmerga fighters repelled an attack by ISIL", the
   sides before the defence verb are actor2 and the attackers after it are actor1
   (`defended_sides`); when the attackers go unnamed, they are the article's one
   non-state armed group other than the defender (`sole_opponent`). A trigger that is
   the means of the defence ("6th Brigade troops repelled the incursion with artillery
   fire") is the defenders' own act: they are its actor1, the attackers its actor2.
8. a weapon only states use names its user: barrel bombs are dropped from government
   helicopters and aircraft, so an attack with barrel bombs and no named initiator is
   by the military of the country where it happens (`state_weapon_user`).
9. an explosion or shelling aimed at a place where civilians gather ("the ISIL attack
   at a crowded market place in Baghdad", "a car bomb exploded outside a mosque") with
   no target named targets civilians: actor2 is "Civilians (<country>)"
   (`civilian_target`); ACLED codes civilians as actor2 of remote violence aimed at
   them.
10. a definite generic armed noun refers back to the group the article last named:
   after "Islamic State fighters attacked Kobani", "the militants killed 20 civilians"
   names Islamic State, not an unidentified armed group (`definite_antecedent`); with
   no group named before it ("Unknown gunmen", "the gunmen" in a first report), it
   stays an unidentified armed group. An unresolved "they" (`roles` rule 8) refers back
   to the armed actor, state or not, the article named last before it ("Boko Haram
   stormed Dikwa on Sunday. They killed five soldiers"); with none, it stays an
   unidentified armed group in violence and names no one in any other event.
11. a subject set off from its verb by a support phrase or an apposition between
   commas still acts: in "Kurdish Peshmerga forces, with support from coalition
   aircraft, retook Sinjar" the clause of "retook" starts after the second comma, so
   the armed actor opening the sentence is actor1 and the supporters named in the
   phrase are assoc_actor1; in "Boko Haram, the jihadist group, attacked Dalori" the
   apposition describes the subject, which alone is actor1 (`fronted_subject`).
12. battles are fought between two armed, organised sides: an armed clash whose
   target is civilians is violence against civilians, an Attack ("gunmen killed three
   aid workers in an ambush": `battle_on_civilians`); a perpetrator's attack with no
   target named takes as actor2 the civilians or state forces its toll names
   ("Jihadists attacked Barsalogho. At least 40 civilians were killed", "Two Somali
   soldiers were killed when al-Shabaab militants fired mortars": `dead_side`), never
   the bare "people", which does not say whether the dead were fighters, unless an
   identity militia or a gang killed them (raids on villages and neighbourhoods:
   "Fulani herders killed 23 people", "Gang attack leaves 15 dead" are Attacks on
   civilians); the community's members killed or attacked, not told armed, are its
   country's civilians ("A Palestinian gunman shot dead an Israeli settler":
   `attacked_community`).
13. unnamed attackers "believed to be", "suspected to be" or "identified as" members
   of a named armed group are that group ("Gunmen believed to be members of the Arakan
   Army stormed a police outpost": actor1 Arakan Army, `ascribed_group`).
14. an armed actor that loots or destroys what civilians own (a market, shops, homes,
   a village, crops or livestock) targets civilians: actor2 is "Civilians (<country>)"
   ("RSF fighters looted the central market in El Obeid": `civilian_property`).
15. a coalition whose very name states its enemy ("Global Coalition against Daesh",
   "Global Coalition to Defeat ISIS") fights that enemy: its strike or battle with no
   target named, nor any found by the rules above ("the global coalition continues to
   support Iraqi forces with air strikes"), targets that group, when the article names
   it (`declared_enemy`); the article's mention is the evidence.
16. a military site hit names the forces that hold it: a strike, shelling or assault
   with no target named that lands "in", "at" or "on" a military airport, an air base,
   an army base or barracks, or that "targeted", "hit" or "stormed" one, targets the
   military of the state whose demonym qualifies the site ("the Russian air base"),
   else of the country where it lies ("rockets landed in the Mezzeh military airport":
   "Military Forces of Syria"); "the airport" refers back to the airport the article
   named before, so it is military when that one was ("reports of a military airport
   being hit. ... several rockets landed in the airport compound"). A site owned by a
   named group ("Islamic State's base"), held by someone ("the airbase held by
   rebels"), or of the initiator's own state takes no side (`military_site_targets`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sitrep.events.roles import (
    ARMED_TYPES,
    CIVILIAN_TYPES,
    GENERIC,
    HEAD_CIVILIANS,
    Roles,
    actor_key,
    army_state,
    country_name,
    force_part,
    generic_name,
    is_pronoun,
    judges,
    modifier_state,
    state_part,
)
from sitrep.events.speech import CUE_WORDS
from sitrep.events.taxonomy import VIOLENT_TYPES
from sitrep.events.tokens import Tok, clause_bounds
from sitrep.events.triggers import find_triggers
from sitrep.kb.actors import ActorKB
from sitrep.model import Actor, Event, Quantity, Span, Weapon

#: nouns a demonym can modify without naming an actor (places, people, media, things).
_NON_AGENT_HEADS = frozenset(
    {
        "town", "towns", "city", "cities", "village", "villages", "province", "provinces",
        "territory", "territories", "capital", "border", "borders", "coast", "airspace",
        "soil", "side", "flag", "people", "citizens", "civilians", "civilian", "nationals",
        "national", "children", "women", "men", "refugees", "families", "population",
        "media", "television", "tv", "news", "state", "press", "people's", "homes",
        "cities'", "villagers", "residents", "workers", "journalists", "doctors",
        "president", "presidents", "presidency", "embassy", "embassies", "consulate",
        "ambassador", "diplomat", "diplomats", "citizen", "minister", "foreign", "secretary",
        "judge", "judges", "judicial", "congress", "parliament", "opposition", "university",
        "missionaries", "engineers", "technician", "technicians", "businessman", "company",
        "firm", "bank", "airline", "businesses", "fighters", "militiamen", "militia",
        "militias", "combatant", "combatants", "volunteers", "mercenaries", "militant",
        "terrorist", "jihadist", "insurgent", "rebel", "guerrilla", "extremist",
        "extremists", "millionaire", "dissident", "dissidents", "suspect", "suspects",
        "man", "woman", "boy", "girl", "teenager",
    }
)  # fmt: skip
#: what follows a sponsor's name in a modifier (rule 1): "Iranian-backed", "US-funded".
_SPONSORED = ("-backed", "-sponsored", "-supported", "-funded", "-armed", "-trained")
#: ... and what follows a state's name that tells where a ship or weapon is registered,
#: owned or made ("a Liberian-flagged cargo ship", "Iranian-made drones"): no side.
_REGISTERED = ("-flagged", "-registered", "-owned", "-operated", "-made", "-built")
#: ... and what follows a group's name that ties another group to it ("al Qaeda-linked
#: militants", "an Islamic State-affiliated group"): the militants are some affiliate,
#: not the group named (its branch is coded when the text names it).
_AFFILIATED = ("-linked", "-affiliated", "-aligned", "-allied", "-inspired")
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "its"})
_MODIFIER_LIMIT = 3
_CLAIM_WORDS = frozenset({"claimed", "claims", "claim", "claiming"})
#: head nouns that may follow a group's name before its claim ("the JNIM group").
_CLAIM_HEADS = frozenset(
    {"group", "militants", "movement", "organisation", "organization", "militia", "rebels"}
)
_CLAIM_FILLERS = frozenset({"has", "have", "had", "also", "quickly", "later", "since", "swiftly"})
_CONTROL_NOUNS = frozenset({"control", "hands", "rule", "occupation", "grip"})
_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
#: verbs of defence (rule 7), and the particle some of them need ("fought off").
_DEFENCE_VERBS = frozenset(
    {"repelled", "repulsed", "repel", "repels", "repelling", "repulse", "repulses", "repulsing",
     "thwarted", "foiled"}
)  # fmt: skip
_DEFENCE_PHRASAL = frozenset(
    {"fought", "fight", "fights", "fighting", "fended", "fend", "beat", "beaten", "held", "hold"}
)  # fmt: skip
_DEFENCE_PARTICLES = frozenset({"off", "back"})
#: places where civilians gather (rule 9), and the prepositions that aim at them.
_CIVILIAN_PLACES = frozenset(
    {"market", "marketplace", "bazaar", "mosque", "church", "school", "wedding", "funeral",
     "cafe", "café", "restaurant", "shrine"}
)  # fmt: skip
_AIMED_AT = frozenset({"at", "in", "on", "inside", "outside", "targeting", "targeted"})
_PLACE_WINDOW = 4
#: words opening a support phrase between a subject and its verb (rule 11).
_SUPPORT_OPENERS = frozenset(
    {"with", "backed", "supported", "aided", "alongside", "assisted", "helped", "along"}
)
#: words opening an apposition that describes the subject (rule 11): "the jihadist group".
_APPOSITION_OPENERS = frozenset({"the", "a", "an"})
#: weapons knowledge-base ids of weapons only state forces field (rule 8).
_STATE_ONLY_WEAPONS = frozenset({"barrel_bomb"})


def _span_tokens(tokens: Sequence[Tok], span: Span) -> tuple[int, int] | None:
    inside = [t.i for t in tokens if span.start <= t.start < span.end]
    return (inside[0], inside[-1]) if inside else None


#: words between a control noun and its holder ("occupation by the terrorist group X").
_HOLDER_WINDOW = 6
_NON_STATE = frozenset({"rebel_group", "political_militia", "identity_militia"})


def _armed(actor: Actor) -> bool:
    return actor.type in ARMED_TYPES or actor.type == "external"


def named_as_sides(actors: Sequence[Actor], text: str) -> list[Actor]:
    """Rule 1 over the article: the actors less those named only in a modifier of
    another's ("Iranian-backed", "al Qaeda-linked militants"), so that "the assailants"
    told later never stand for the sponsor or the group another is tied to."""
    return [
        a
        for a in actors
        if a.evidence is None
        or not text.startswith(_SPONSORED + _REGISTERED + _AFFILIATED, a.evidence.end)
    ]


def drop_modifier_demonyms(
    tokens: Sequence[Tok], actors: Sequence[Actor], text: str
) -> list[Actor]:
    """Rule 1: a one-word state mention directly before a non-agent noun is dropped, and
    so are a sponsor named as a modifier ("Iranian-backed Houthi rebels"), a flag, owner
    or maker ("a Liberian-flagged ship", "Iranian-made drones"), a group another is tied
    to ("al Qaeda-linked militants") and a state named before its mission ("the U.S.
    embassies")."""
    kept: list[Actor] = []
    for actor in actors:
        if actor.evidence is not None and text.startswith(
            _SPONSORED + _REGISTERED + _AFFILIATED, actor.evidence.end
        ):
            continue
        if _owns_group(tokens, actor, actors):
            continue
        at = _span_tokens(tokens, actor.evidence) if actor.evidence is not None else None
        single = at is not None and at[0] == at[1] and actor.type == "state_forces"
        if single and at is not None and _modifies_non_agent(tokens, at[1] + 1):
            continue
        if single and at is not None and _bare_nationality(tokens, at[0]):
            continue
        if at is not None and _owns_mission(tokens, actor, at):
            continue  # "the U.S. embassies": the state owns the target, it attacks nothing
        kept.append(actor)
    return kept


#: a state's missions abroad: a state named before one owns the place (rule 1).
_MISSIONS = frozenset({"embassy", "embassies", "consulate", "consulates", "legation"})


def _owns_mission(tokens: Sequence[Tok], actor: Actor, at: tuple[int, int]) -> bool:
    """Rule 1: a state named right before one of its missions ("the U.S. embassies",
    "the Israeli consulate") owns the place: the target's side, never its attacker."""
    nxt = at[1] + 1
    return actor.type == "state_forces" and nxt < len(tokens) and tokens[nxt].lower in _MISSIONS


#: the state's own means a bare demonym can qualify ("Israeli planes", "Russian
#: helicopters", "Honduran border guards"): what the forces fight with or serve in.
_STATE_MEANS = frozenset(
    {"aircraft", "planes", "plane", "jets", "jet", "warplanes", "warplane", "helicopters",
     "helicopter", "gunships", "gunship", "drones", "drone", "missiles", "missile",
     "rockets", "rocket", "artillery", "tanks", "tank", "warships", "warship", "gunboats",
     "gunboat", "navy", "marines", "commandos", "paratroopers", "guards", "intelligence",
     "administration", "junta", "ministry", "state", "security", "units", "unit",
     "patrol", "patrols", "fire", "bombers", "fighter", "battalion", "brigade", "troops",
     "armies", "militaries", "navies"}
)  # fmt: skip
_GOVERNMENT_NOUNS = frozenset(
    {"government", "regime", "authorities", "officials", "leaders", "president"}
)


def _bare_nationality(tokens: Sequence[Tok], at: int) -> bool:
    """Rule 1: a nationality adjective ("Spanish", "Colombian") names the state's forces
    only when it qualifies a force, a government or the state's means, past at most two
    other lower-case words ("Colombian troops", "the Honduran secret police", "Israeli
    planes"), or an act it does ("Russian shelling"); qualifying anything else ("a
    Spanish priest", "Colombian drug traffickers", "Nicaraguan Luis Ordonez") or standing
    alone ("they were Spanish") it names no actor. Demonyms joined by "and" share the
    noun after the last ("the Honduran and Salvadoran armies")."""
    demonyms = ActorKB.load().demonyms
    word = tokens[at].text
    if word not in demonyms or word.endswith("s"):
        return False  # a state's name ("U.S.") or a plural demonym ("Israelis")
    acts = {hit.first for hit in find_triggers(list(tokens), [])}
    start = at + 1
    while start + 1 < len(tokens) and tokens[start].lower in _JOINS:
        if tokens[start + 1].text not in demonyms:
            break
        start += 2  # past "and Salvadoran"
    for nxt in range(start, min(start + _MODIFIER_LIMIT, len(tokens))):
        tok = tokens[nxt]
        if not (tok.text.isalpha() and tok.text.islower()) or _verbal(tok):
            return True  # a name, a stop or a verb ends the phrase it qualifies
        if nxt in acts or _state_word(tok.lower):
            return False
    return True


_JOINS = frozenset({"and", "or", ","})


def _state_word(word: str) -> bool:
    """A noun for a state's forces, government or means ("soldiers", "regime", "jets")."""
    return force_part(word) is not None or word in _STATE_MEANS or word in _GOVERNMENT_NOUNS


def _modifies_non_agent(tokens: Sequence[Tok], nxt: int) -> bool:
    """Rule 1: whether the words from `nxt` are a non-agent head ("Syrian civilians"),
    or one lower-case word qualifying one ("a French aid worker", "Chinese oil
    engineers")."""
    if nxt >= len(tokens):
        return False
    if _non_agent_head(tokens[nxt].lower):
        return True
    word = tokens[nxt]
    return (
        nxt + 1 < len(tokens)
        and word.text.isalpha()
        and word.text.islower()
        and force_part(word.lower) is None  # "Turkish army officers": the army's own
        and _non_agent_head(tokens[nxt + 1].lower)
    )


def _owns_group(tokens: Sequence[Tok], actor: Actor, actors: Sequence[Actor]) -> bool:
    """Rule 1: a state's possessive before a non-state armed group or a generic noun for
    one ("Yemen's Houthi rebels", "Nigeria's Boko Haram", "Syria's rebels"), also past
    words describing the group ("Sudan's paramilitary Rapid Support Forces"), places the
    group; it names none of the state's forces."""
    at = _span_tokens(tokens, actor.evidence) if actor.evidence is not None else None
    if at is None or actor.type != "state_forces" or "." in (actor.kb_id or "."):
        return False
    nxt = at[1] + 1
    if not tokens[at[1]].lower.endswith(("'s", "’s")):
        if nxt >= len(tokens) or tokens[nxt].text not in {"'s", "’s", "'", "’"}:
            return False
        nxt += 1  # past the possessive token ("'s", or a bare "'" after a plural)
    nxt = _past_group_descriptors(tokens, nxt)
    for other in actors:
        where = _span_tokens(tokens, other.evidence) if other.evidence is not None else None
        if where is not None and where[0] == nxt and other.type in _NON_STATE:
            return True
    generic = GENERIC.get(tokens[nxt].lower) if nxt < len(tokens) else None
    return generic is not None and generic[1] in _NON_STATE


#: words that describe an armed group between its state's possessive and its name
#: ("Sudan's paramilitary Rapid Support Forces", "Syria's Kurdish-led SDF").
_GROUP_DESCRIPTORS = frozenset(
    {"paramilitary", "islamist", "jihadist", "militant", "rebel", "separatist",
     "insurgent", "armed", "extremist", "main", "largest", "notorious", "powerful"}
)  # fmt: skip
#: how a hyphenated descriptor of a group ends ("Kurdish-led", "Tutsi-dominated").
_LED_BY = ("-led", "-dominated", *_SPONSORED)


def _past_group_descriptors(tokens: Sequence[Tok], at: int) -> int:
    """The first token from `at` past at most `_MODIFIER_LIMIT` words describing an
    armed group ("paramilitary", "Kurdish-led"); `at` itself when none stand there."""
    end = at
    while end < min(len(tokens), at + _MODIFIER_LIMIT):
        word = tokens[end].lower
        if word not in _GROUP_DESCRIPTORS and not word.endswith(_LED_BY):
            break
        end += 1
    return end


def _non_agent_head(word: str) -> bool:
    """Rule 1: a place, institution or office, or people other than the state's forces
    ("Salvadoran guerrillas", "Italian engineers" name no Salvadoran or Italian forces)."""
    generic = GENERIC.get(word)
    return (
        word in _NON_AGENT_HEADS
        or word in HEAD_CIVILIANS
        or (generic is not None and generic[1] != "state_forces")
    )


def premodifier_initiator(
    tokens: Sequence[Tok], first: int, actors: Sequence[Actor]
) -> Actor | None:
    """Rule 2: the armed actor that ends at most three modifier words before the trigger,
    with a determiner before it or a possessive on it; only a noun takes modifiers ("A
    British soldier killed in Syria": the demonym is the soldier's)."""
    if _verbal(tokens[first]):
        return None
    for actor in actors:
        if actor.evidence is None or not _armed(actor) or judges(tokens, actor.evidence):
            continue  # "The EU denounced the bombing": a judge, no initiator
        at = _span_tokens(tokens, actor.evidence)
        if at is None or not 0 < first - at[1] <= _MODIFIER_LIMIT:
            continue
        between = tokens[at[1] + 1 : first]
        if any(not _modifies_act(t) for t in between):
            continue  # "A British soldier was killed": the demonym is the victim's
        if _tells_of(between, tokens[first]):
            continue  # "The U.S. military confirmed the attack": its source
        possessive = tokens[at[1]].lower.endswith(("'s", "’s"))
        determined = at[0] > 0 and tokens[at[0] - 1].lower in _DETERMINERS
        if possessive or determined or _state_adjective(actor, tokens, at):
            return actor
    return None


#: words that cannot qualify a nominal act: a verb's auxiliary or a conjunction.
_NOT_ACT_MODIFIERS = frozenset(
    {"and", "or", "of", "was", "were", "is", "are", "been", "be", "being", "has", "have",
     "had", "will", "would"}
)  # fmt: skip


def _modifies_act(tok: Tok) -> bool:
    """Rule 2: whether a word between an actor and a nominal act can qualify the act
    ("the ISIL suicide attack", "Israeli army shelling"); a capital, a verb's auxiliary
    or a noun for people other than forces ("the British journalist's killing") cannot."""
    generic = GENERIC.get(tok.lower)
    return (
        not tok.is_cap
        and tok.text.isalpha()
        and tok.lower not in _NOT_ACT_MODIFIERS
        and tok.lower not in HEAD_CIVILIANS
        and (generic is None or generic[1] == "state_forces")
    )


#: the operations a force announces or confirms as its own ("The coalition announced
#: strikes on Islamic State positions", "US Central Command confirmed the strikes").
_OWN_OPERATIONS = frozenset(
    {"strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "operation",
     "operations", "sorties"}
)  # fmt: skip


def _tells_of(between: Sequence[Tok], act: Tok) -> bool:
    """Rule 2: whether a verb of speech other than a claim stands between the actor and
    an act that is no operation of its own ("The U.S. military confirmed the attack",
    "Police reported the shooting"): the actor is the source, not the initiator."""
    speech = any(t.lower in CUE_WORDS and t.lower not in _CLAIM_WORDS for t in between)
    return speech and act.lower not in _OWN_OPERATIONS


#: past forms of acts that do not end in -ed.
_IRREGULAR_PAST = frozenset({"shot", "hit", "struck", "slain", "stabbed", "blown"})


def _verbal(tok: Tok) -> bool:
    """Whether the trigger is a verb form ("killed", "shot"), which takes no modifier."""
    return tok.lower.endswith("ed") or tok.lower in _IRREGULAR_PAST


def _state_adjective(actor: Actor, tokens: Sequence[Tok], at: tuple[int, int]) -> bool:
    """Rule 2: a state's demonym as the act's modifier ("in Russian shelling", "Israeli
    airstrikes") names that state's forces as its initiator, determiner or not."""
    if at[0] != at[1] or actor.type != "state_forces":
        return False
    return tokens[at[0]].text in ActorKB.load().demonyms


def claimant(tokens: Sequence[Tok], actors: Sequence[Actor]) -> Actor | None:
    """Rule 3: the armed non-state actor that claims something in the sentence."""
    for actor in actors:
        if actor.evidence is None or actor.type == "state_forces" or not _armed(actor):
            continue
        at = _span_tokens(tokens, actor.evidence)
        if at is None:
            continue
        j = at[1] + 1
        if j < len(tokens) and tokens[j].lower in _CLAIM_HEADS:
            j += 1  # "The JNIM group claimed responsibility": the name's head noun
        while j < len(tokens) and tokens[j].lower in _CLAIM_FILLERS:
            j += 1
        if j < len(tokens) and tokens[j].lower in _CLAIM_WORDS:
            return actor  # "Da'esh has claimed responsibility"
        before = [t.lower for t in tokens[max(0, at[0] - 3) : at[0]]]
        if "by" in before and any(w in _CLAIM_WORDS for w in before):
            return actor  # "also claimed by Da'esh"
    return None


def former_holder(
    tokens: Sequence[Tok], actors: Sequence[Actor], initiator: Actor | None
) -> Actor | None:
    """Rule 4: the armed actor named as holding the place before the change."""
    own = actor_key(initiator) if initiator is not None else None
    for actor in actors:
        if actor.evidence is None or not _armed(actor) or actor_key(actor) == own:
            continue
        at = _span_tokens(tokens, actor.evidence)
        if at is None:
            continue
        after = tokens[at[1] + 1].lower if at[1] + 1 < len(tokens) else ""
        before = [t.lower for t in tokens[max(0, at[0] - _HOLDER_WINDOW) : at[0]]]
        last = tokens[at[1]].lower
        if after in _CONTROL_NOUNS or after in {"-held", "-controlled"}:
            return actor  # "from ISIL control"
        if last.endswith(("-held", "-controlled")):
            return actor
        if any(w in _CONTROL_NOUNS for w in before) and ("of" in before or "by" in before):
            return actor  # "the hands of X", "occupation by X"
        if "held" in before[-2:] and "by" in before[-1:]:
            return actor  # "held by X"
        if [w for w in before if w not in _DETERMINERS][-1:] == ["from"]:
            return actor  # "captured the town of Manbij from Islamic State"
    return None


def sole_opponent(actors: Sequence[Actor], initiator: Actor | None) -> Actor | None:
    """Rules 4 and 5's fallback: the only non-state armed group of the article, other than
    the initiator (None when it names none or several)."""
    own = actor_key(initiator) if initiator is not None else None
    groups: dict[str, Actor] = {}
    for actor in actors:
        if actor.type in _NON_STATE and actor.kb_id and actor_key(actor) != own:
            groups.setdefault(actor_key(actor), actor)
    return next(iter(groups.values())) if len(groups) == 1 else None


def partner_sides(
    roles: Roles,
    tokens: Sequence[Tok],
    clause: tuple[int, int],
    first: int,
    actors: Sequence[Actor],
    article: Sequence[Actor],
) -> None:
    """Rule 5, in place, for the trigger at token `first` whose `clause` lies in the
    sentence `tokens`: a supported side before it (an opening "In support of X,") or
    after it in its clause with no other actor between (the supporter of this act)."""
    trigger_end = tokens[first].end
    partners = [
        a
        for a in actors
        if a.evidence is not None
        and a.evidence.start < tokens[clause[1] - 1].end
        and _supported(tokens, a.evidence)
        and not any(  # "... by ISIL reinforces why the coalition is assisting X"
            b.evidence is not None and trigger_end <= b.evidence.start < a.evidence.start
            for b in actors
        )
    ]
    keys = {actor_key(a) for a in partners}
    if roles.actor1 is not None and actor_key(roles.actor1) in keys:
        return  # the supported side acts itself ("X, backing Y, attacked")
    if roles.actor2 is not None and actor_key(roles.actor2) in keys:
        roles.actor2 = None
    known = {actor_key(a) for a in roles.assoc1}
    for partner in partners:
        if roles.actor1 is not None and actor_key(partner) not in known:
            known.add(actor_key(partner))
            roles.assoc1.append(partner)
    if roles.actor2 is None and partners and any(t.lower == "enemy" for t in tokens):
        roles.actor2 = sole_opponent(article, roles.actor1)


def _supported(tokens: Sequence[Tok], span: Span) -> bool:
    at = _span_tokens(tokens, span)
    if at is None:
        return False
    before = [t.lower for t in tokens[max(0, at[0] - 4) : at[0]]]
    lead = [w for w in before if w not in {"the", "its", "their", "local", "partner"}]
    return lead[-2:] in (["support", "of"], ["support", "from"]) or lead[-1:] in (
        ["supporting"], ["alongside"], ["backing"], ["assisting"],
    )  # fmt: skip


def acled_sides(
    roles: Roles,
    event_type: str,
    sub_type: str,
    country_name: str | None,
    country: str | None,
    evidence: Span,
) -> None:
    """Rule 6 on `roles`, in place; an unresolved "they" acts only in violence (rule 10)."""
    if roles.actor2 is not None and (event_type in VIOLENT_TYPES or sub_type == "Arrests"):
        roles.actor2 = _person_side(roles.actor2, country_name, country)
    if event_type not in VIOLENT_TYPES:
        if roles.actor1 is not None and is_pronoun(roles.actor1):
            roles.actor1 = None
        if sub_type == "Arrests":
            _arrester_first(roles)
        return
    if roles.actor1 is not None and roles.actor1.type == "civilians":
        victim = roles.actor1
        roles.actor1 = None
        if roles.actor2 is None:
            roles.actor2 = victim
    if event_type == "Violence against civilians" and roles.actor2 is None and roles.actor1:
        name = f"Civilians ({country_name})" if country_name else "Civilians"
        roles.actor2 = Actor(name, evidence, None, country, "civilians")
    if sub_type in _TERRITORY and roles.actor2 is not None and roles.actor2.type == "civilians":
        roles.actor2 = None


def _person_side(actor: Actor, country_name: str | None, country: str | None) -> Actor:
    """Rule 6: a named person harmed or arrested stands for the side they belong to, as
    ACLED codes victims: "Sharad Kursami, a villager" is "Civilians (India)", citing the
    name; a person whose role names a police or military post ("police inspector") is
    that state's police or military. Anyone else (an actor of the knowledge base, a
    generic side) is kept."""
    if actor.kb_id is not None or actor.type is not None or actor.evidence is None:
        return actor
    words = (actor.role or "").lower().split()
    part = next((p for w in words if (p := force_part(w)) is not None), None)
    if part is not None and country is not None:
        return state_part(country, part, actor.evidence)
    if actor.role is not None and part is None:
        return actor  # an official or a leader: their office, not a civilian, decides
    name = generic_name(GENERIC["civilians"][0], country_name)
    return Actor(name, actor.evidence, None, country, "civilians")


def _arrester_first(roles: Roles) -> None:
    """Rule 6 for arrests: the people arrested are never the arrester ("one of three
    people police arrested"): a civilian actor1 is the arrested side (actor2), and the
    first other initiator, if any, makes the arrest."""
    if roles.actor1 is None or roles.actor1.type not in CIVILIAN_TYPES:
        return
    arrested = roles.actor1
    others = [a for a in roles.assoc1 if a.type not in CIVILIAN_TYPES]
    roles.actor1 = others[0] if others else None
    roles.assoc1 = [a for a in roles.assoc1 if a is not roles.actor1]
    if roles.actor2 is None:
        roles.actor2 = arrested


def _defence_verb(tokens: Sequence[Tok], lo: int, first: int) -> int | None:
    """The index of the last defence verb in tokens[lo, first + 1] ("fought off")."""
    for j in range(min(first, len(tokens) - 1), lo - 1, -1):
        word = tokens[j].lower
        if word in _DEFENCE_VERBS:
            return j
        nxt = tokens[j + 1].lower if j + 1 < len(tokens) else ""
        if word in _DEFENCE_PHRASAL and nxt in _DEFENCE_PARTICLES:
            return j
    return None


def defended_sides(
    roles: Roles,
    tokens: Sequence[Tok],
    clause: tuple[int, int],
    first: int,
    article: Sequence[Actor],
) -> None:
    """Rule 7, in place, for the trigger at token `first` of `clause`."""
    verb = _defence_verb(tokens, clause[0], first)
    if verb is None:
        return
    sides = [a for a in (roles.actor1, *roles.assoc1, roles.actor2) if a is not None]
    placed = [(_span_tokens(tokens, a.evidence) if a.evidence else None, a) for a in sides]
    defenders = [a for at, a in placed if at is not None and at[1] < verb]
    attackers = [a for at, a in placed if at is None or at[1] > verb]
    if not defenders:
        return
    if any(t.lower == "with" for t in tokens[verb + 1 : first]):
        # "troops repelled the incursion with artillery fire": the fire is the defence's
        roles.actor1 = defenders[0]
        roles.actor2 = attackers[0] if attackers else sole_opponent(article, defenders[0])
        roles.assoc1 = []
        return
    roles.actor2 = defenders[0]
    roles.actor1 = attackers[0] if attackers else sole_opponent(article, defenders[0])
    own = {actor_key(a) for a in defenders}
    roles.assoc1 = [a for a in attackers[1:] if actor_key(a) not in own]
    roles.passive = False


def state_weapon_user(roles: Roles, weapons: Sequence[Weapon], country: str | None) -> None:
    """Rule 8, in place: with no actor1, a state-only weapon makes the military of
    `country` (an ISO code) actor1."""
    if roles.actor1 is not None or country is None:
        return
    for weapon in weapons:
        if weapon.kb_id in _STATE_ONLY_WEAPONS:
            roles.actor1 = state_part(army_state(country), "military", weapon.evidence)
            return


def civilian_target(
    roles: Roles,
    tokens: Sequence[Tok],
    clause: tuple[int, int],
    first: int,
    country_name: str | None,
    country: str | None,
) -> None:
    """Rule 9, in place, for an Explosions/Remote violence event at token `first`."""
    if roles.actor2 is not None:
        return
    for tok in tokens[first + 1 : clause[1]]:
        if tok.norm not in _CIVILIAN_PLACES:
            continue
        lead = [t.lower for t in tokens[max(first + 1, tok.i - _PLACE_WINDOW) : tok.i]]
        if any(w in _AIMED_AT for w in lead):
            name = f"Civilians ({country_name})" if country_name else "Civilians"
            span = Span(tok.start, tok.end, tok.text)
            roles.actor2 = Actor(name, span, None, country, "civilians")
            return


def definite_antecedent(
    actor: Actor | None, tokens: Sequence[Tok], article: Sequence[Actor]
) -> Actor | None:
    """Rule 10: `actor`, or the non-state armed group named last before it when it is
    a generic armed noun after "the" ("the militants")."""
    if actor is not None and is_pronoun(actor):
        return _last_armed_before(actor, article, ARMED_TYPES) or actor
    if actor is None or actor.kb_id is not None or actor.type != "rebel_group":
        return actor
    at = _span_tokens(tokens, actor.evidence) if actor.evidence is not None else None
    if at is None or at[0] == 0 or tokens[at[0] - 1].lower != "the":
        return actor
    return _last_armed_before(actor, article, _NON_STATE) or actor


#: bare words for a state's forces that name no state ("troops", "the military").
_BARE_FORCES = frozenset({"military", "forces", "army", "troops", "soldiers", "police"})


def forces_named_before(actor: Actor | None, article: Sequence[Actor]) -> Actor | None:
    """Rule 10 for a state's forces: bare "troops" or "the military" (read as the forces of
    the country the event lies in) are the forces of the one state whose forces the article
    named before them, when that is another state ("Israeli forces launched a raid on
    Jenin ... The military said troops struck militants": Israel's, not Palestinian)."""
    if actor is None or actor.type != "state_forces" or actor.evidence is None:
        return actor
    kb_id = actor.kb_id or ""
    if actor.evidence.text.lower() not in _BARE_FORCES or "." not in kb_id:
        return actor
    earlier = {
        a.country
        for a in article
        if a.type == "state_forces"
        and a.country
        and "." in (a.kb_id or "")  # a state's forces or police, not its people
        and a.evidence is not None
        and a.evidence.end <= actor.evidence.start
    }
    if len(earlier) != 1 or actor.country in earlier:
        return actor
    (country,) = earlier
    return state_part(country, kb_id.rsplit(".", 1)[1], actor.evidence)


def _last_armed_before(
    actor: Actor, article: Sequence[Actor], kinds: frozenset[str]
) -> Actor | None:
    """The named actor of one of `kinds` told last before `actor` in the article."""
    start = actor.evidence.start if actor.evidence is not None else 0
    earlier = [
        a
        for a in article
        if a.type in kinds and a.kb_id and a.evidence is not None and a.evidence.end <= start
    ]
    return max(earlier, key=lambda a: a.evidence.start if a.evidence else 0, default=None)


def fronted_subject(
    roles: Roles,
    tokens: list[Tok],
    clause: tuple[int, int],
    actors: Sequence[Actor],
    first: int | None = None,
) -> None:
    """Rule 11, in place, for a trigger clause with no actor1 (the trigger at `first`)."""
    lo = clause[0]
    if roles.actor1 is not None or roles.passive or lo < 4 or tokens[lo - 1].text != ",":
        return
    if first is not None and _speech_between(tokens, lo, first):
        return  # "The Arakan Army, an armed group, said jets dropped bombs": a speaker
    phrase = clause_bounds(tokens, lo - 2)
    opener = tokens[phrase[0]].lower
    apposition = opener in _APPOSITION_OPENERS
    if (
        not (opener in _SUPPORT_OPENERS or apposition)
        or phrase[0] < 2
        or tokens[phrase[0] - 1].text != ","
    ):
        return
    subject = clause_bounds(tokens, phrase[0] - 2)
    if apposition and not _names_only_actor(tokens, subject, actors):
        return  # "In Mosul, the army said, ..." is no apposition

    def armed_in(bounds: tuple[int, int]) -> list[Actor]:
        found = []
        for actor in actors:
            at = _span_tokens(tokens, actor.evidence) if actor.evidence is not None else None
            if at is not None and bounds[0] <= at[0] < bounds[1] and _armed(actor):
                found.append(actor)
        return found

    leads = armed_in(subject)
    if not leads:
        return
    roles.actor1 = leads[0]
    known = {actor_key(leads[0]), *(actor_key(a) for a in roles.assoc1)}
    if roles.actor2 is not None:
        known.add(actor_key(roles.actor2))
    for partner in [] if apposition else armed_in(phrase):
        if actor_key(partner) not in known:
            known.add(actor_key(partner))
            roles.assoc1.append(partner)


def _speech_between(tokens: Sequence[Tok], lo: int, first: int) -> bool:
    """Rule 11: whether a speech cue opens the clause before the trigger ("X, the armed
    group, said jets bombed the village"): the fronted subject is then the speaker of
    the act, not its agent."""
    from sitrep.events.speech import is_cue

    return any(is_cue(tokens, j) for j in range(lo, min(first, lo + 3)))


def _names_only_actor(
    tokens: Sequence[Tok], bounds: tuple[int, int], actors: Sequence[Actor]
) -> bool:
    """Whether the tokens in `bounds` are one actor's name (with an article before it)."""
    for actor in actors:
        at = _span_tokens(tokens, actor.evidence) if actor.evidence is not None else None
        if at is None:
            continue
        lead = [t.lower for t in tokens[bounds[0] : at[0]]]
        if at[1] + 1 == bounds[1] and all(w in _DETERMINERS for w in lead):
            return True
    return False


#: who died, named by a noun that makes them civilians or state forces ("40 civilians",
#: "two Somali soldiers"); "people" and "others" do not say who the dead were (rule 12).
_BARE_DEAD = frozenset({"people", "persons", "others", "individuals", "dead"})


def dead_side(
    dead: Sequence[Quantity], country: str | None, attacker: Actor | None = None
) -> Actor | None:
    """Rule 12: the side a count of the dead names by its noun: "Civilians (<country>)"
    ("At least 40 civilians were killed") or a state's forces ("Two Somali soldiers
    were killed", the state of the demonym before the noun, else of the place); None
    when no count names one. The people an identity militia or a gang kills are
    civilians ("Fulani herders killed 23 people", "Gang attack leaves 15 dead"): they
    raid villages and neighbourhoods, and ACLED codes those killings as violence
    against civilians."""
    for count in dead:
        words = count.evidence.text.split()
        noun = words[-1].lower() if words else ""
        if noun in _BARE_DEAD and _raids_communities(attacker):
            noun = "civilians"
        entry = GENERIC.get(noun)
        if entry is None or noun in _BARE_DEAD or entry[1] not in _VICTIM_KINDS:
            continue
        pattern, kind = entry
        if kind == "civilians":
            return Actor(generic_name(pattern, country_name(country)), count.evidence, None,
                         country, kind)  # fmt: skip
        demonyms = ActorKB.load().demonyms
        state = next((demonyms[w] for w in words if w in demonyms), None)
        if state is None and country is not None and "police" not in pattern.lower():
            state = army_state(country)  # "killing two soldiers" in the West Bank: Israel's
        state = state or country
        if state is not None:
            part = "police" if pattern.startswith("Police") else "military"
            return state_part(state, part, count.evidence)
    return None


_VICTIM_KINDS = frozenset({"civilians", "state_forces"})
#: the nouns of a criminal gang, whose raids on neighbourhoods kill residents (rule 12).
_GANG_WORDS = frozenset(
    {w for w, (name, _) in GENERIC.items() if name.startswith("Unidentified Gang")}
)


def _raids_communities(attacker: Actor | None) -> bool:
    """Rule 12: whether the attacker is an identity militia or a gang: the people they
    kill in their raids on villages and neighbourhoods are civilians."""
    if attacker is None:
        return False
    written = attacker.evidence.text.lower().split() if attacker.evidence else []
    return attacker.type == "identity_militia" or bool(written and written[-1] in _GANG_WORDS)


#: the nouns of a community's members whose armed men an identity militia names
#: ("settlers", "herders"), and the words that tell those members armed (rule 12).
_COMMUNITY_MEMBERS = frozenset(
    {"settler", "settlers", "herder", "herders", "herdsman", "herdsmen"}
)  # fmt: skip
_ARMED_MEMBERS = frozenset(
    {"armed", "militia", "militias", "militiaman", "militiamen", "fighters", "gunmen",
     "vigilantes"}
)  # fmt: skip


def attacked_community(
    actor2: Actor | None, family: str, country: str | None = None
) -> Actor | None:
    """Rule 12: members of an identity militia's community killed or attacked ("A
    Palestinian gunman shot dead an Israeli settler") are civilians of its country, as
    ACLED codes settlers or herders who are attacked, not fighting; members told armed
    ("armed settlers") and militias named as such stay the militia. A militia of no
    state ("Fulani herders were attacked ... in Plateau state") gives civilians of the
    event's `country`."""
    if actor2 is None or actor2.type != "identity_militia" or family not in ("kill", "attack"):
        return actor2
    written = actor2.evidence.text.lower().split() if actor2.evidence else []
    if not written or written[-1] not in _COMMUNITY_MEMBERS or set(written) & _ARMED_MEMBERS:
        return actor2
    state = actor2.country or country  # a stateless community: the place's country
    name = generic_name(GENERIC["civilians"][0], country_name(state))
    return Actor(name, actor2.evidence, None, state, "civilians")


def battle_on_civilians(
    sub_type: str, trigger: str, actor1: Actor | None, actor2: Actor | None
) -> bool:
    """Rule 12: ACLED's battles are fought between two armed, organised sides; an armed
    clash whose target is civilians ("gunmen killed three aid workers in an ambush") is
    violence against civilians, an Attack. A word that itself tells two sides fighting
    ("clashes between rival gangs left eight people dead") stays a battle."""
    return (
        sub_type == "Armed clash"
        and not any(word in trigger.lower() for word in _MUTUAL_FIGHTING)
        and actor2 is not None
        and actor2.type == "civilians"
        and (actor1 is None or actor1.type in ARMED_TYPES)
    )


#: words of fighting between two sides (rule 12), as opposed to an attack or ambush.
_MUTUAL_FIGHTING = ("clash", "fight", "battle", "exchange", "skirmish", "firefight")


#: what names the group behind unnamed attackers ("gunmen believed to be members of
#: the Arakan Army", "attackers identified as ADF rebels") (rule 13).
_ASCRIPTION = re.compile(
    r"^,?\s*(?:(?:who\s+(?:are|were)\s+)?(?:believed|thought|suspected|said|reported|"
    r"alleged)\s+to\s+(?:be|have\s+been|belong\s+to)|identified\s+as"
    # "gunmen believed to belong to the CJNG", "attackers linked to Boko Haram"
    r"|(?:(?:believed|thought|suspected|said|reported|alleged)\s+to\s+be\s+)?"
    r"(?:linked|tied|affiliated|belonging)\s+(?:to|with))\s+(?:(?:the|a|an)\s+)?"
    r"(?:(?:members?|fighters?|militants?|elements?)\s+(?:of|from)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_ASCRIPTION_REACH = 80


def ascribed_group(actor: Actor | None, actors: Sequence[Actor], text: str) -> Actor | None:
    """Rule 13: the named armed group that unnamed attackers are believed to belong to
    ("Gunmen believed to be members of the Arakan Army stormed ..."), else None."""
    if actor is None or actor.kb_id is not None or actor.evidence is None:
        return None
    end = actor.evidence.end
    for other in actors:
        where = other.evidence
        if where is None or not other.kb_id or not _armed(other):
            continue
        if end < where.start <= end + _ASCRIPTION_REACH and _ASCRIPTION.match(
            text[end : where.start]
        ):
            return other
    return None


#: what civilians own (rule 14): looted or destroyed, it makes civilians the target.
_CIVILIAN_PROPERTY = _CIVILIAN_PLACES | frozenset(
    {"home", "homes", "house", "houses", "shop", "shops", "stores", "village", "villages",
     "farms", "crops", "livestock", "cattle", "granaries", "marketplaces"}
)  # fmt: skip


def civilian_property(
    roles: Roles,
    tokens: Sequence[Tok],
    clause: tuple[int, int],
    first: int,
    country_name: str | None,
    country: str | None,
) -> None:
    """Rule 14, in place, for looting or destruction at token `first`: an armed actor
    that loots or burns what civilians own ("RSF fighters looted the central market",
    "settlers torched cars and homes") targets civilians, "Civilians (<country>)"."""
    if roles.actor2 is not None or roles.actor1 is None or not _armed(roles.actor1):
        return
    for tok in tokens[first + 1 : clause[1]]:
        if tok.norm in _CIVILIAN_PROPERTY:
            name = f"Civilians ({country_name})" if country_name else "Civilians"
            roles.actor2 = Actor(name, Span(tok.start, tok.end, tok.text), None, country,
                                 "civilians")  # fmt: skip
            return


#: what introduces the enemy in a coalition's name (rule 15).
_AGAINST = re.compile(r"\b(?:against|to defeat|to counter|to fight)\s+(?:the\s+)?(.+)$", re.I)


#: words that name a group that broke away from the one named after them ("dissidents of
#: the former FARC", "a splinter group of the FARC", "breakaway factions from the LRA").
_SPLINTER_BEFORE = re.compile(
    r"\b(?P<noun>dissidents?|splinter\s+(?:groups?|factions?)|breakaway\s+(?:groups?|factions?))"
    r"\s+(?:of|from)\s+(?:the\s+)?(?:former\s+)?$",
    re.IGNORECASE,
)


def splinter_group(actor: Actor, text: str, kb: ActorKB | None) -> Actor:
    """A group named after "dissidents of" or "a splinter group of" is not the group
    that fighters left but the one they formed: the knowledge base's "<name> dissidents"
    when it has one ("dissidents of the former FARC" are "FARC dissidents", as ACLED codes
    them), else the named group itself is kept."""
    if actor.kb_id is None or actor.evidence is None:
        return actor
    before = _SPLINTER_BEFORE.search(text, max(0, actor.evidence.start - 50), actor.evidence.start)
    if before is None:
        return actor
    kb = kb or ActorKB.load()
    parent = kb.get(actor.kb_id)
    names = (actor.evidence.text, *((parent.name, *parent.aliases) if parent else ()))
    found = (kb.resolve(f"{name} dissidents") for name in names)
    entry = next((e for e in found if e is not None and e.id != actor.kb_id), None)
    if entry is None:
        return actor
    span = Span.of(text, before.start("noun"), actor.evidence.end)
    return Actor(entry.name, span, entry.id, entry.country, entry.type)


def declared_enemy(
    initiator: Actor | None, article: Sequence[Actor], kb: ActorKB | None
) -> Actor | None:
    """Rule 15: the group the initiator's name declares it fights, as the article names
    it first; None when the name declares no enemy or the article does not name it."""
    if initiator is None or initiator.kb_id is None:
        return None
    kb = kb or ActorKB.load()
    entry = kb.get(initiator.kb_id)
    if entry is None:
        return None
    enemies = set()
    for name in (entry.name, *entry.aliases):
        match = _AGAINST.search(name)
        found = kb.resolve(match.group(1)) if match else None
        if found is not None:
            enemies.add(found.id)
    return next((a for a in article if a.kb_id in enemies and a.evidence is not None), None)


#: a military site an act reaches (rule 16): the word that aims the act at it, the
#: site's determiner, up to two capitalised words naming it or its owner, a military
#: qualifier, and the site noun.
_SITE_QUALIFIER = r"(?:military|army|air\s+force|naval|navy|air)\s+"
_SITE = re.compile(
    r"(?:\b(?P<lead>in|at|on|into|inside|targeted|targeting|hit|hitting|struck|striking|"
    r"against|stormed|attacked|shelled|bombed|seized|captured|overran|retook|recaptured))?"
    r"\s+(?P<det>(?:the|a|an)\s+)?(?P<owner>(?:[A-Z][\w'’.-]*\s+){0,2})"
    r"(?P<qualifier>" + _SITE_QUALIFIER + r")?"
    r"(?P<noun>airports?|airfields?|airbases?|bases?|barracks|outposts?|posts?|positions?|"
    r"checkpoints?|camps?)\b"
)
#: site nouns that are military by themselves (rule 16).
_MILITARY_SITES = frozenset({"airbase", "airbases", "barracks"})
#: someone else's hold on a site, told in the words after it ("the airbase held by
#: rebels", "the airport of Abu al-Duhur, controlled by the Islamic State").
_HELD = re.compile(r"\b(?:held|controlled|occupied|run|seized|captured)\s+by\b")
#: how far after the trigger the site may be named (characters).
_SITE_REACH = 40
_SITE_TYPES = frozenset({"Explosions/Remote violence", "Battles"})


def military_site_targets(events: Sequence[Event], text: str) -> list[Event]:
    """Rule 16: each strike or battle with no target named whose act reaches a military
    site, with the military of the site's state as actor2 (citing the site)."""
    out = list(events)
    for k, event in enumerate(out):
        trigger = event.trigger
        if event.actor2 is not None or event.event_type not in _SITE_TYPES or trigger is None:
            continue
        country = event.location.country if event.location is not None else None
        target = _site_forces(text, (trigger.end, event.evidence.end), country)
        if target is not None and not _same_state(event.actor1, target):
            out[k] = replace(event, actor2=target)
    return out


def _site_forces(text: str, bounds: tuple[int, int], country: str | None) -> Actor | None:
    """Rule 16: the military holding the military site named within `_SITE_REACH`
    characters after the trigger (`bounds`: its end, the sentence's end), else None."""
    start, end = bounds
    match = next(
        (
            m
            for m in _SITE.finditer(text, start, min(end, start + _SITE_REACH + 60))
            if m.start() - start <= _SITE_REACH and (m.group("lead") or m.start() == start)
        ),
        None,
    )  # the act's object ("attacked a military base"), or a site it reaches
    if match is None or not _military(text, match):
        return None
    owner = match.group("owner").split()
    if _held(text, match.end(), end) or (owner and owner[-1].endswith(("'s", "’s"))):
        return None  # "the airbase held by rebels", "Islamic State's base"
    at = match.start("qualifier") if match.group("qualifier") else match.start("noun")
    state = modifier_state(Tok(0, match.group("noun"), at, match.end()), text) if owner else None
    if state is None and owner and ActorKB.load().resolve(" ".join(owner)) is not None:
        return None  # a site named for a group or a person, not held by the state
    state = state or (army_state(country) if country else None)  # an unowned base: the army's
    if state is None:
        return None
    opening = match.start("det") if match.group("det") else match.start("owner")
    return state_part(state, "military", Span.of(text, opening, match.end()))


def _held(text: str, start: int, end: int) -> bool:
    """Rule 16: whether the words after a site, up to the end of its phrase, say someone
    holds it ("held by rebels")."""
    stop = re.compile(r"[,;.]|\b(?:on|after|when|while|and)\b").search(text, start, end)
    return _HELD.search(text, start, stop.start() if stop else end) is not None


def _military(text: str, match: re.Match[str]) -> bool:
    """Rule 16: whether the site is military: by its noun ("airbase", "barracks"), by
    its qualifier ("military airport", "air base"), or, written "the airport", because
    the site of that kind the article named last before it was."""
    if match.group("noun") in _MILITARY_SITES or match.group("qualifier"):
        return True
    if (match.group("det") or "").strip() != "the" or match.group("owner"):
        return False
    kind = re.escape(match.group("noun").rstrip("s"))
    earlier = re.compile(r"(?P<qualifier>" + _SITE_QUALIFIER + r")?\b" + kind + r"s?\b")
    named = list(earlier.finditer(text, 0, match.start("det")))
    return bool(named) and named[-1].group("qualifier") is not None


def _same_state(actor: Actor | None, forces: Actor) -> bool:
    """Whether the initiator is the state whose forces hold the site (its own base)."""
    return actor is not None and actor.type == "state_forces" and actor.country == forces.country
