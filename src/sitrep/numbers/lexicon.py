"""The counted-noun lexicon: which words name what a number counts, and their classes.

Classes are plural nouns or casualty participles ("killed", "wounded", "arrested").
A casualty verb near a number names the class ("10 soldiers died" counts "killed",
"wounding 5" counts "wounded"); otherwise the head noun does ("90 precision munitions").
Nouns of generic people ("people", "members", "persons") yield to a governing verb.
"""

from __future__ import annotations

import re

#: casualty verbs and adjectives (any inflection listed) -> class.
CASUALTY: dict[str, str] = {}
for _class, _words in {
    "killed": "killed kill killing kills died die dies dying dead death deaths slain murdered "
    "executed massacred fatalities",
    "wounded": "wounded wounding wound injured injuring injure hurt injuries casualties",
    "arrested": "arrested arresting arrest arrests",
    "detained": "detained detaining detain",
    "abducted": "abducted abducting abduct kidnapped kidnapping kidnap",
    "captured": "captured capturing capture",
    "displaced": "displaced displacing",
    "missing": "missing",
}.items():
    for _word in _words.split():
        CASUALTY[_word] = _class

#: counted nouns -> class.
NOUNS: dict[str, str] = {}
for _class, _words in {
    "civilians": "civilian civilians",
    "soldiers": "soldier soldiers troops troop servicemen servicemembers marines",
    "fighters": "fighter fighters combatants guerrillas rebels rebel insurgents insurgent",
    "militants": "militant militants terrorists terrorist jihadists jihadist gunmen gunman "
    "cadres cadre",
    "people": "people persons person individuals men women children residents villagers",
    "members": "members member",
    "suspects": "suspects suspect",
    "police": "police policemen officers officer",
    "interpreters": "interpreter interpreters",
    "refugees": "refugees refugee migrants",
    "hostages": "hostages hostage prisoners prisoner detainees",
    "munitions": "munitions munition",
    "bombs": "bombs bomb",
    "missiles": "missiles missile",
    "rockets": "rockets rocket shells mortars",
    "drones": "drones drone uavs",
    "aircraft": "aircraft jets planes warplanes helicopters",
    "targets": "targets target",
    "missions": "missions mission operations raids raid",
    "strikes": "strikes strike airstrikes airstrike",
    "sorties": "sorties sortie",
    "vehicles": "vehicles vehicle trucks tanks",
    "buildings": "buildings houses homes",
    "weapons": "weapons weapon rifles guns",
}.items():
    for _word in _words.split():
        NOUNS[_word] = _class

#: noun classes that name people in general and yield to a governing casualty verb.
GENERIC = frozenset({"people", "members"})
#: modifiers that make the counted noun a suspect ("suspected Isis terrorists").
SUSPECT_MODIFIERS = frozenset({"suspected", "alleged"})
#: units that make a number a duration or a measure rather than a count, and words that
#: make it part of the name of a kind of thing ("a two wheeler", "a 14 seater").
NOT_COUNTS = frozenset(
    re.split(
        r"\s+",
        "seconds second minutes minute hours hour hrs days day weeks week months month years "
        "year decades decade centuries km kilometres kilometers miles metres meters feet mph "
        "kg tonnes tons pm am a.m. p.m. gmt utc wheeler wheelers seater seaters",
    )
)
#: vague counts -> the lower bound they imply.
VAGUE: dict[str, int] = {
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2000,
    "tens of thousands": 20000,
    "hundreds of thousands": 200000,
    "millions": 2000000,
}
