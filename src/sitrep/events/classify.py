"""Typing a trigger to an ACLED sub-event type: the discriminating rules.

Rules, in order (the first that applies decides):
1. an explicit instrument in the trigger itself decides ("airstrikes", "shelling",
   "roadside bomb", "suicide bomber", "grenade attack", "chemical attack");
2. protest words in the sentence make every violent or arrest trigger there part of
   the protest: killing or live fire -> Excessive force against protesters; tear gas,
   dispersal, arrests, water cannon -> Protest with intervention; stones, arson,
   looting, clashes by the crowd -> Riots/Violent demonstration; else Peaceful protest;
3. "captured or killed" missions and ambushes are Battles/Armed clash;
4. air vs artillery vs explosive for strikes, attacks and killings: instrument words
   or weapons in the sentence before the outcome ("destroyed a tank" names a target,
   not the instrument; a missile that "exploded" was fired, not planted) (aircraft,
   jets, drones, F-16 ... -> Air/drone strike;
   artillery, mortars, rockets, missiles -> Shelling/artillery/missile attack; IEDs,
   mines -> Remote explosive; suicide -> Suicide bomb; grenade -> Grenade; then a bomb,
   blast or detonation with no aircraft or launcher named -> Remote explosive, and so is
   a "bombing" whose initiator is not a state, else Air/drone strike). Remote
   violence against civilians stays remote violence, flagged civilian_targeting;
5. attack on civilians vs armed clash, by the target (civilians, or a village, market,
   mosque, school with nothing armed named): civilian target -> Violence
   against civilians/Attack (civilian_targeting); armed target -> Battles/Armed clash;
   unknown target: attacks -> Armed clash, killings -> Attack;
6. capture of territory: by a non-state actor -> Non-state actor overtakes territory,
   else (state forces, or no stated actor: "Sinjar has been liberated" is how states
   and their allies announce it) Government regains territory; an offensive "to
   retake" a place reports the fighting -> Battles/Armed clash;
7. otherwise the trigger's default sub-type (arrests -> Strategic developments/Arrests).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sitrep.events.tokens import Tok
from sitrep.events.triggers import AIR, ATTACK, CLASH, IED, SHELL, TriggerHit
from sitrep.model import Actor, Weapon

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
_IED_WORDS = frozenset({"ied", "ieds", "landmine", "landmines", "mine", "mines", "roadside"})
#: a bomb with no aircraft or launcher in sight was planted: the gold's and ACLED's
#: "a blast, bombing or car bomb is Remote explosive" when the modality is not stated.
_BLAST_WORDS = frozenset(
    {"bomb", "car-bomb", "blast", "blasts", "explosion", "explosions", "detonated", "explosives"}
)
#: "bombings" by no state and with no aircraft named are planted bombs (rule 4).
_BOMBING_NOUNS = frozenset({"bombing", "bombings"})
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
    }
)
_EXCESSIVE = ("live ammunition", "live rounds", "opened fire on", "shot dead", "killed", "killing")
_INTERVENTION = (
    "tear gas",
    "teargas",
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
     "shops", "neighbourhood", "neighborhood", "hamlet", "camp", "shrine", "clinic"}
)  # fmt: skip
_AIR_CATEGORIES = ("aircraft", "drone", "uav", "helicopter", "bomb", "air")
_SHELL_CATEGORIES = ("artillery", "missile", "rocket", "mortar")


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
    words = [t.lower for t in tokens]
    sentence = " ".join(words)
    cut = _outcome_start(tokens, hit.last)
    bag = set(words[:cut])
    if cut < len(tokens):
        weapons = [w for w in weapons if w.evidence.start < tokens[cut].start]
    after = {t.lower for t in tokens[hit.last + 1 :]}
    civilian = _civilian_target(actor2, after)
    # 1.
    trigger_word = tokens[hit.last].lower
    if family == "ied" and trigger_word in {"exploded", "detonated"}:
        launched = _instrument(bag - _IED_WORDS - _BLAST_WORDS, weapons)
        if launched in {AIR, SHELL}:
            return Typing(launched, civilian, 0.9)  # "a missile exploded near the school"
    if family in _EXPLICIT:
        return Typing(hit.rule.sub_type, civilian, 1.0)
    # 2.
    if family in {"protest", "riot"} or (
        bag & _PROTEST and family in {"kill", "attack", "arrest", "clash", "remote", "disrupt"}
    ):
        return Typing(_protest_type(sentence, family, hit.rule.sub_type), False, 0.9)
    trigger_text = " ".join(t.lower for t in tokens[hit.first : hit.last + 1])
    # 3.
    if family == "clash" and ("captur" in trigger_text or "ambush" in trigger_text):
        return Typing(CLASH, False, 0.9)
    # 4.
    if family in {"remote", "attack", "kill", "ref"}:
        instrument = _instrument(bag, weapons)
        if instrument is not None:
            return Typing(instrument, civilian, 0.9 if family != "ref" else 0.6)
        if family == "remote" and trigger_word in _BOMBING_NOUNS and not _state(actor1):
            return Typing(IED, civilian, 0.6)  # no aircraft and no state: a planted bomb
        if family == "remote":
            return Typing(AIR, civilian, 0.6)
        if family == "ref":
            return Typing(hit.rule.sub_type, False, 0.4)
        # 5.
        if "ambush" in sentence or "ambushed" in bag:
            return Typing(CLASH, False, 0.8)
        if civilian:
            return Typing(ATTACK, True, 0.8)
        if _armed_target(actor2, after):
            return Typing(CLASH, False, 0.8)
        return Typing(CLASH if family == "attack" else ATTACK, family != "attack", 0.5)
    # 6.
    if family == "territory":
        non_state = actor1 is not None and actor1.type != "state_forces"
        if tokens[hit.first - 1].lower == "to" if hit.first > 0 else False:
            return Typing(CLASH, False, 0.6)  # "operations to retake Mosul": the fighting
        sub = "Non-state actor overtakes territory" if non_state else "Government regains territory"
        return Typing(sub, False, 0.7)
    # 7.
    return Typing(hit.rule.sub_type, civilian and family in {"abduct", "sexual"}, 0.8)


def _outcome_start(tokens: Sequence[Tok], last: int) -> int:
    """Index where the trigger's outcome begins ("one strike destroyed a tank, two
    mortar systems and a grenade launcher"): what was destroyed is not the instrument."""
    for j in range(last + 1, len(tokens)):
        if tokens[j].lower in _OUTCOME_VERBS:
            return j
    return len(tokens)


def _protest_type(sentence: str, family: str, default: str) -> str:
    if any(w in sentence for w in _EXCESSIVE):
        return "Excessive force against protesters"
    if any(w in sentence for w in _VIOLENT) or family == "riot":
        return default if family == "riot" else "Violent demonstration"
    if any(w in sentence for w in _INTERVENTION):
        return "Protest with intervention"
    return "Peaceful protest"


def _instrument(bag: set[str], weapons: Sequence[Weapon]) -> str | None:
    if "suicide" in bag:
        return "Suicide bomb"
    if bag & _IED_WORDS:
        return IED
    if "grenade" in bag or "grenades" in bag:
        return "Grenade"
    categories = " ".join((w.category or "").lower() for w in weapons)
    if bag & _AIR_WORDS or any(c in categories for c in _AIR_CATEGORIES):
        return AIR
    if bag & _SHELL_WORDS or any(c in categories for c in _SHELL_CATEGORIES):
        return SHELL
    if bag & _BLAST_WORDS:
        return IED
    return None


def _state(actor: Actor | None) -> bool:
    return actor is not None and actor.type == "state_forces"


def _civilian_target(actor2: Actor | None, after: set[str]) -> bool:
    from sitrep.events.roles import GENERIC

    if actor2 is not None:
        return actor2.type in _CIVILIAN_TARGETS
    named = any(GENERIC.get(w, ("", ""))[1] == "civilians" for w in after)
    return (named or bool(after & _CIVILIAN_PLACES)) and not (after & _ARMED_NOUNS)


def _armed_target(actor2: Actor | None, after: set[str]) -> bool:
    if actor2 is not None:
        return actor2.type not in _CIVILIAN_TARGETS
    return bool(after & _ARMED_NOUNS)
