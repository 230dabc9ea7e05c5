"""Event triggers: the words and phrases that say something happened.

Matching, in order:
1. each rule is a token pattern over `Tok.norm`: a word, a prefix ending in '*',
   alternatives joined by '|', or '...' for a gap of up to four tokens
   ("fired ... munitions", "took ... hostage");
2. verbal, nominal and passive forms are listed side by side ("attacked", "attack",
   "was attacked" share the rule "attack*"); voice is decided later (roles);
3. overlapping matches keep the longest, then the earliest in the text, then the first
   rule ("captured or killed" beats "killed");
4. tokens inside a name (OPERATION, ORG, PLATFORM ...) are never triggers:
   "Operation Hawkeye Strike" names an operation, it does not report a strike;
5. a rule is `weak` when the word can only refer back to an event told elsewhere
   ("operation", "the strikes"): weak mentions enrich events, they never create one.

`family` groups rules whose sub-type the typing rules decide together; `sub_type` is
the default when no discriminating rule applies.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from sitrep.events.tokens import Tok

AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
CLASH = "Armed clash"
ATTACK = "Attack"


@dataclass(frozen=True)
class TriggerRule:
    pattern: tuple[str, ...]
    family: str
    sub_type: str
    weak: bool = False


def _r(pattern: str, family: str, sub_type: str, weak: bool = False) -> TriggerRule:
    return TriggerRule(tuple(pattern.split()), family, sub_type, weak)


RULES: tuple[TriggerRule, ...] = (
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
    _r("rocket*|missile*|mortar*|shells|shell landed|fell|slammed|rained|exploded", "shell",
       SHELL),
    _r("roadside|car bomb*", "ied", IED),
    _r("ied|ieds|landmine*", "ied", IED),
    _r("explosive device*", "ied", IED),
    # dynamite as the verb or the attack's modality: "guerrillas dynamited a pylon"
    _r("dynamited|dynamiting", "ied", IED),
    _r("dynamite|bomb attack*", "ied", IED),
    _r("arson attack*", "loot", "Looting/property destruction"),
    # the blast itself, when the bomb's name is a WEAPON mention and cannot trigger
    _r("detonated|exploded", "ied", IED),
    _r("grenade attack*", "grenade", "Grenade"),
    _r("threw|hurled a grenade", "grenade", "Grenade"),
    # remote violence, instrument decided by context
    _r("fired|launched ... munitions|missiles|rockets|shells|mortars|bombs|drones", "remote", AIR),
    _r("strike|strikes|struck", "remote", AIR),
    _r("bombed|bombing|bombings|bombarded|pounded", "remote", AIR),
    # battles
    _r("captured|capturing or killed|killing", "clash", CLASH),
    _r("killed|killing or captured|capturing", "clash", CLASH),
    # attackers "killed or arrested" are the outcome of the fight, not a separate arrest
    _r("killed or arrested|detained", "clash", CLASH),
    _r("arrested|detained or killed", "clash", CLASH),
    _r("exchanged|exchanging fire", "clash", CLASH),
    _r("exchange of fire", "clash", CLASH),
    _r("came|come|comes|coming under fire|attack", "clash", CLASH),
    _r("clash*|firefight*|gunfight*|skirmish*", "clash", CLASH),
    _r("gun battle*", "clash", CLASH),
    _r("battle|battles|fighting|fought|offensive", "clash", CLASH),
    _r("ambush*", "clash", CLASH),
    # an attempt to take a place is fighting for it, whatever the outcome (ACLED)
    _r("attempted|attempting|tried|trying to seize|capture|retake|recapture|storm|overrun",
       "clash", CLASH),
    _r("recaptur*|retook|overran|retak*|re-tak*", "territory", "Government regains territory"),
    _r("regained|seized|seizing|liberated|liberating|captured|cleared", "territory",
       "Government regains territory"),
    _r("took|taken|seized|gained|assumed|regained control", "territory",
       "Government regains territory"),
    _r("full control", "territory", "Government regains territory"),
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
    _r("raped|rape|rapes|sexual violence", "sexual", "Sexual violence"),
    _r("sexually assaulted", "sexual", "Sexual violence"),
    _r("massacre*|beheaded|executed", "kill", ATTACK),
    _r("shot dead", "kill", ATTACK),
    _r("gunned down", "kill", ATTACK),
    _r("killed|killing|kill|kills|murdered|slain|shot", "kill", ATTACK),
    _r("murder|murders|assassinat*", "kill", ATTACK),
    _r("opened fire", "attack", ATTACK),
    _r("machinegunned|machine-gunned|strafed", "attack", ATTACK),
    _r("targeted|targeting", "attack", ATTACK),
    _r("to target", "attack", ATTACK),
    _r("attack|attacks|attacked|attacking|assault|assaulted|stormed", "attack", ATTACK),
    # demonstrations
    _r("protest|protests|protested|protesting|protesters|protestors", "protest",
       "Peaceful protest"),
    _r("demonstration*|demonstrators|rally|rallies|rallied|marched|marchers", "protest",
       "Peaceful protest"),
    _r("sit-in*", "protest", "Peaceful protest"),
    _r("riot|riots|rioted|rioting|rioters", "riot", "Violent demonstration"),
    _r("mob", "riot", "Mob violence"),
    # strategic developments
    _r("arrest|arrests|arrested|arresting|detained|detaining|detention*|apprehended",
       "arrest", "Arrests"),
    _r("rounded up", "arrest", "Arrests"),
    _r("taken into custody", "arrest", "Arrests"),
    _r("ceasefire|cease-fire|truce", "agreement", "Agreement"),
    _r("peace deal|agreement|accord", "agreement", "Agreement"),
    _r("defused|intercepted|dismantled", "disrupt", "Disrupted weapons use"),
    _r("shot down", "disrupt", "Disrupted weapons use"),
    _r("looted|looting|torched|ransacked", "loot", "Looting/property destruction"),
    _r("set fire to", "loot", "Looting/property destruction"),
    _r("set|sets ... ablaze|alight", "loot", "Looting/property destruction"),
    _r("arson", "loot", "Looting/property destruction"),
    _r("burned|burnt down", "loot", "Looting/property destruction"),
    _r("withdrew from", "withdraw", "Non-violent transfer of territory"),
    _r("withdrew|withdrawn|pulled out of", "withdraw", "Non-violent transfer of territory"),
    _r("handed over|ceded|vacated", "withdraw", "Non-violent transfer of territory"),
    _r("seized|confiscated|captured ... weapons|arms|ammunition|cache*|explosives",
       "disrupt", "Disrupted weapons use"),
    _r("foiled|thwarted ... attack*|plot*", "disrupt", "Disrupted weapons use"),
    _r("established|set|opened ... headquarters|base|bases|camp|outpost", "hq",
       "Headquarters or base established"),
    _r("announced ... formation|merger|dissolution", "group", "Change to group/activity"),
    _r("pledged allegiance|merged|disbanded|rebranded", "group", "Change to group/activity"),
    _r("destroyed|demolished|bulldozed|burned|burnt ... home*|house*|propert*|shops|crops",
       "loot", "Looting/property destruction"),
    _r("vandalised|vandalized|plundered|pillaged", "loot", "Looting/property destruction"),
    _r("lynching|lynched", "riot", "Mob violence"),
    _r("chemical|toxic|chlorine|sarin gas", "chemical", "Chemical weapon"),
    _r("peace agreement|deal|treaty", "agreement", "Agreement"),
    _r("signed ... agreement|deal|accord|ceasefire|truce", "agreement", "Agreement"),
    # references back to an event told elsewhere
    _r("operation|operations", "ref", AIR, weak=True),
)  # fmt: skip

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
        if pos >= len(tokens) or not _word_matches(element, tokens[pos]):
            return None
        pos += 1
        k += 1
    return pos - 1


def find_triggers(tokens: list[Tok], blocked: list[tuple[int, int]]) -> list[TriggerHit]:
    """Non-overlapping trigger matches in a sentence, in text order.

    `blocked` holds character ranges (names) where no trigger may start.
    """
    hits: list[tuple[int, int, int, TriggerHit]] = []
    starts = [
        (i, tok)
        for i, tok in enumerate(tokens)
        if tok.text[:1].isalpha() and not any(s <= tok.start < e for s, e in blocked)
    ]
    for order, rule in enumerate(RULES):
        for i, tok in starts:
            if not _word_matches(rule.pattern[0], tok):
                continue
            last = _match_at(rule, tokens, i)
            if last is None:
                continue
            hit = TriggerHit(rule, i, last, tok.start, tokens[last].end)
            hits.append((-(last - i), i, order, hit))
    chosen: list[TriggerHit] = []
    for _, _, _, hit in sorted(hits, key=lambda h: (h[0], h[1], h[2])):
        if all(hit.last < c.first or hit.first > c.last for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.first)
