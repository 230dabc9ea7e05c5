"""Why: the PLOVER contexts of an event, each with the words that set it.

PLOVER keeps the *why* of an event beside its type and mode, as a list of contexts
(codebook table "General contexts"). sitrep sets only those that the event's own
sentences or actors state plainly, and cites the words for each:

1. military: a state's armed forces take part: an actor linked to a state's military or
   to one of its commands ("US Central Command"), or a state itself acting in a violent
   event ("the United States struck ..."); a state's police alone is no military context;
2. terrorism: the text calls the act, its authors or the charge terrorist ("a terror
   attack", "terrorists", "terrorism charges"); as PLOVER allows, this context is also
   read from the whole article, since a story of an attack calls it terrorism once and
   tells its arrests and raids without the word;
3. election: an election, a vote or the polls are named ("ahead of Sunday's election");
4. cbrn: chemical, biological, radiological or nuclear weapons are named ("chlorine gas",
   "sarin", "a nerve agent", "a dirty bomb");
5. crime, with PLOVER's kinds: "crime_murder" when a death is told as murder or homicide;
   "crime_theft" for robbery, burglary, theft and carjacking; "crime_drugs" for drug
   dealing and trafficking; "crime_sexual" for rape and sexual assault. "crime" comes with
   each of them, and alone when the event is told in the words of criminal justice
   ("charged with", "on suspicion of", "the suspect", "a gang").

The contexts come in the codebook's order, each once, with its first cue as evidence.

Ordinary crime. ACLED records political violence and demonstrations, not ordinary crime,
while sitrep, reading any news, finds a robbery or a domestic murder as readily as an
ambush. `ordinary_crime` tells an event set in a crime context that no known armed group
takes part in, no military or terrorism context frames, and that is no crowd's act and no
bombing or shelling (ACLED codes those whoever acts), so that a user can keep such events
apart (`sitrep events --no-ordinary-crime`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from sitrep.events.taxonomy import VIOLENT_TYPES
from sitrep.kb.actors import ActorKB
from sitrep.model import Actor, Context, Event, Span

#: actor types of armed non-state actors (ACLED's categories): when the knowledge base
#: knows the actor, its acts are never ordinary crime. A state's police, its government
#: and the unidentified gunmen of a crime story are no such actors.
_NON_STATE_ARMED = frozenset({"rebel_group", "political_militia", "identity_militia", "external"})
#: event types that are never ordinary crime: a crowd's acts, and bombings and shelling
#: (ACLED codes them whoever the perpetrator).
_NEVER_CRIME = frozenset({"Protests", "Riots", "Explosions/Remote violence"})

_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("terrorism", r"\b(?:terror(?:ist|ists|ism)?|counter-?terror(?:ism)?)\b"),
        (
            "election",
            r"\b(?:elections?|electoral|polling (?:station|day|booth)s?|the polls"
            r"|ballots?|by-elections?|run-off|runoff vote)\b",
        ),
        (
            "cbrn",
            r"\b(?:chemical (?:weapons?|attacks?|agents?)|chlorine gas|sarin|mustard gas"
            r"|nerve agents?|novichok|biological weapons?|dirty bombs?|radiological"
            r"|nuclear (?:weapons?|bombs?|warheads?))\b",
        ),
        (
            "crime_murder",
            r"\b(?:murder(?:s|ed|ing|er|ers)?|homicides?|manslaughter)\b",
        ),
        (
            "crime_theft",
            r"\b(?:robber(?:y|ies)|robb(?:ed|ing)|burglar(?:y|ies|s)?|burglarized|theft"
            r"|thefts|stole|stolen|steal(?:ing)?|carjack(?:ing|ed|ings)?|shoplift(?:ing)?"
            r"|larceny|looters?)\b",
        ),
        (
            "crime_drugs",
            r"\b(?:drug (?:dealers?|dealing|trafficking|traffickers?|charges?|deals?|raids?)"
            r"|narcotics|cocaine|heroin|methamphetamine|fentanyl|crack)\b",
        ),
        (
            "crime_sexual",
            r"\b(?:rape[ds]?|raping|rapists?|sexual(?:ly)? (?:assault(?:ed|s)?|abused?))\b",
        ),
        (
            "crime",
            r"\b(?:charged with|on suspicion of|suspected of|(?:the|a|two|three) suspects?"
            r"|gang(?:s|sters?)?|felony|felonies|misdemeanou?r|homicide detectives?"
            r"|criminal(?:s| charges?| investigation)?)\b",
        ),
    )
)
_TERRORISM = dict(_CUES)["terrorism"]
#: the order of PLOVER's table of general contexts.
_ORDER = (
    "military", "terrorism", "election", "cbrn", "crime", "crime_murder", "crime_theft",
    "crime_drugs", "crime_sexual",
)  # fmt: skip


def contexts_of(
    event: Event, sentences: Sequence[Span], text: str, kb: ActorKB | None
) -> tuple[Context, ...]:
    """Rules 1-5: the contexts of `event`, told in `sentences` (its mentions' sentences)
    or, for terrorism, anywhere in the article `text`."""
    found: dict[str, Span | None] = {}
    violent = event.event_type in VIOLENT_TYPES
    military = next((a for a in _actors(event) if _military(a, kb, violent)), None)
    if military is not None:
        found["military"] = military.evidence
    for sentence in sorted(sentences, key=lambda s: s.start):
        for name, pattern in _CUES:
            match = pattern.search(sentence.text)
            if match is None or name in found:
                continue
            cue = Span(sentence.start + match.start(), sentence.start + match.end(), match[0])
            found[name] = cue
            if name.startswith("crime_"):
                found.setdefault("crime", cue)
    if "terrorism" not in found and (anywhere := _terrorism_anywhere(text)) is not None:
        found["terrorism"] = anywhere
    return tuple(Context(name, found[name]) for name in _ORDER if name in found)


@functools.lru_cache(maxsize=1)
def _terrorism_anywhere(text: str) -> Span | None:
    """Rule 2: the article's first word of terrorism (searched once per article, not once
    per event)."""
    match = _TERRORISM.search(text)
    return Span(match.start(), match.end(), match[0]) if match is not None else None


def ordinary_crime(event: Event) -> bool:
    """An event set in a crime context that no known armed group takes part in, no
    military or terrorism context frames and no crowd acts in (see the docstring)."""
    names = {c.name for c in event.plover.context}
    if "crime" not in names or names & {"military", "terrorism"}:
        return False
    if event.event_type in _NEVER_CRIME:
        return False
    return not any(a.type in _NON_STATE_ARMED for a in _actors(event) if a.kb_id is not None)


def _military(actor: Actor, kb: ActorKB | None, violent: bool) -> bool:
    """Rule 1: the actor is a state's military or one of its commands, or a state
    itself acting in a violent event."""
    entry = kb.get(actor.kb_id) if kb is not None and actor.kb_id else None
    if entry is not None and entry.kind == "state":
        return violent
    while entry is not None:
        if entry.id.endswith(".military"):
            return True
        entry = kb.get(entry.parent) if kb is not None and entry.parent else None
    return False


def _actors(event: Event) -> list[Actor]:
    sides = (event.actor1, *event.assoc_actor1, event.actor2, *event.assoc_actor2)
    return [a for a in sides if a is not None]
