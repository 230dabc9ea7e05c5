"""Actors and weapons: entity mentions linked to the knowledge base.

Rules, in order:
1. GPE, NORP, ORG and ARMED_GROUP entities with a kb_id keep it (a demonym stands for
   its state: "Jordanian" -> Jordan); those without one are resolved by alias, then by
   a fuzzy match (rapidfuzz, threshold in kb.actors.FUZZY_THRESHOLD); names that still
   fail stay as named actors with kb_id None;
1b. a demonym that qualifies a person described and named after it ("Saudi terrorist
   Osama bin Laden", "British journalist John Cantlie") gives that person's nationality
   and is no actor of its own: one or two lower-case words, the last of them a noun for
   one person ("terrorist", "journalist", "aid worker"; not "Russian shelling of
   Nikopol"), then a capitalised word; unless the words are an official's title
   ("Russian president Vladimir Putin" acts for Russia) or demonym and words are
   themselves an actor's name ("Syrian army Colonel ...": the Syrian army is an actor);
2. an actor's country is its own or its nearest ancestor's ("US Central Command" ->
   US via US.military);
3. a PERSON gets the role written before the name ("US Defence Secretary"); the
   nationality word of the role gives the country ("UK Defence Secretary" -> GB);
   without one, the only state named in the same sentence does, and for a role that
   governs a place a place's state before a demonym's ("Russian shelling killed two
   civilians in Kostiantynivka, governor X said": the place he governs decides, not the
   attackers' nationality; "Israeli strikes killed 20 in Gaza, military spokesman X
   said" keeps Israel); later
   mentions of the same person inherit role and country;
4. a GPE that the places stage took as a location ("strikes in Syria") is no actor;
5. WEAPON/PLATFORM entities become Weapons with their catalogue category; the operator
   is the state of an actor word written right before ("Jordanian F-16s" -> JO).
Every actor and weapon cites its mention as evidence.
"""

from __future__ import annotations

import re
from typing import Final

from sitrep.events.measures import SINGLE_PEOPLE
from sitrep.kb.actors import ActorEntry, ActorKB
from sitrep.kb.weapons import WeaponKB
from sitrep.model import Actor, EntityMention, Weapon
from sitrep.pipeline.document import Document
from sitrep.pipeline.resources import Resources
from sitrep.pipeline.stages.roles import role_before

_ACTOR_LABELS: Final = frozenset({"GPE", "NORP", "ORG", "ARMED_GROUP"})
_WEAPON_LABELS: Final = frozenset({"WEAPON", "PLATFORM"})
#: rule 1b: after a demonym, the words that describe a person, then the person's name.
_DESCRIBED_PERSON: Final = re.compile(
    r"(?:\s+[a-z]+(?:-[a-z]+)?)?\s+(?P<noun>[a-z]+(?:-[a-z]+)?)\s+[A-Z][a-z]"
)


#: rule 1b: nouns that describe one person besides those ending in "-ist", "-man" or
#: "-woman" ("terrorist", "cameraman"): `SINGLE_PEOPLE` and a few more ("national").
_PERSON_NOUNS: Final = SINGLE_PEOPLE | frozenset(
    {"national", "citizen", "dissident", "blogger", "photographer", "writer", "hacker",
     "tycoon", "billionaire", "preacher", "spy", "agent", "hostage", "prisoner", "detainee",
     "refugee"}
)  # fmt: skip


def _names_a_person(noun: str) -> bool:
    """Rule 1b: the noun describes one person ("terrorist", "aid worker", "cameraman")."""
    return noun in _PERSON_NOUNS or noun.endswith(("ist", "man", "woman"))


#: rule 3: words of a role that governs a place, whose state the places named decide.
_GOVERNING = frozenset(
    {"governor", "mayor", "prefect", "administrator", "district", "provincial", "regional",
     "municipal", "local"}
)  # fmt: skip


def _governs_a_place(role: str) -> bool:
    """Rule 3: the role governs a place ("governor", "regional administrator")."""
    return any(w in _GOVERNING for w in role.lower().split())


class ActorsStage:
    name = "actors"
    version = "7"
    requires: tuple[str, ...] = ("sentences", "entities", "places")
    assigns: tuple[str, ...] = ("actors", "weapons")

    def __init__(self, resources: Resources) -> None:
        self._kb: ActorKB = resources.actors
        self._weapons: WeaponKB = resources.weapons

    def __call__(self, doc: Document) -> None:
        actors: list[Actor] = []
        weapons: list[Weapon] = []
        people: dict[str, tuple[str | None, str | None]] = {}
        places = {  # locative places only: "Russia said" stays an actor
            (p.evidence.start, p.evidence.end) for p in doc.places if p.confidence >= 0.7
        }
        for index, ent in enumerate(doc.entities):
            if ent.label == "GPE" and (ent.evidence.start, ent.evidence.end) in places:
                continue  # "in Syria": a location, not an actor
            if ent.label == "NORP" and self._qualifies_person(doc, ent):
                continue  # "Saudi terrorist Osama bin Laden": a nationality, no actor
            if ent.label in _ACTOR_LABELS:
                actors.append(self._actor(ent))
            elif ent.label == "PERSON":
                before = doc.entities[index - 1] if index > 0 else None
                described = self._described_nationality(doc, before)
                actors.append(self._person(doc, ent, people, described))
            elif ent.label in _WEAPON_LABELS:
                before = doc.entities[index - 1] if index > 0 else None
                weapons.append(self._weapon(doc, ent, before))
        doc.actors = tuple(actors)
        doc.weapons = tuple(weapons)

    # -- rules 1-2, 4 -----------------------------------------------------------------

    def _entry(self, ent: EntityMention) -> ActorEntry | None:
        if ent.kb_id is not None:
            entry = self._kb.get(ent.kb_id)
            if entry is not None:
                return entry
        if ent.label == "NORP":
            return self._kb.state_of_demonym(ent.evidence.text)
        return self._kb.resolve(ent.evidence.text)

    def _actor(self, ent: EntityMention) -> Actor:
        entry = self._entry(ent)
        if entry is None:
            return Actor(name=ent.name, evidence=ent.evidence)
        return Actor(
            name=entry.name,
            evidence=ent.evidence,
            kb_id=entry.id,
            country=self._kb.state_code(entry.id),
            type=entry.type,
        )

    def _qualifies_person(self, doc: Document, ent: EntityMention) -> bool:
        """Rule 1b: the demonym describes a named person ("Saudi terrorist Osama ...")."""
        match = _DESCRIBED_PERSON.match(doc.text, ent.evidence.end)
        if match is None:
            return False
        noun = match.group("noun")
        if not _names_a_person(noun):
            return False  # "Russian shelling of Nikopol", "Iraqi forces Sunday"
        if role_before(doc.text, match.end() - 2) is not None:
            return False  # "Russian president Vladimir Putin": an official acts for the state
        phrase = doc.text[ent.evidence.start : match.end("noun")]
        return self._kb.resolve(phrase) is None

    def _described_nationality(self, doc: Document, before: EntityMention | None) -> str | None:
        """Rule 1b: the state of a demonym describing the person named next, if any."""
        if before is None or before.label != "NORP" or not self._qualifies_person(doc, before):
            return None
        entry = self._entry(before)
        return entry.id if entry is not None and entry.kind == "state" else None

    # -- rule 3 ----------------------------------------------------------------------

    def _person(
        self,
        doc: Document,
        ent: EntityMention,
        people: dict[str, tuple[str | None, str | None]],
        described: str | None = None,
    ) -> Actor:
        role = role_before(doc.text, ent.evidence.start)
        role_text: str | None = None
        country: str | None = described
        if role is not None:
            role_text = role.text
            if role.nationality:
                country = self._nationality(role.nationality)
                if country is None:  # a capitalised word that is no nationality
                    role_text = doc.text[role.end - len(role.text) : role.end]
                    role_text = role_text[len(role.nationality) :].strip()
            if country is None:
                country = self._sentence_state(doc, ent, _governs_a_place(role.text))
        known_role, known_country = people.get(ent.name, (None, None))
        role_text = role_text or known_role
        country = country or known_country
        if role_text or country:
            people[ent.name] = (role_text, country)
        return Actor(name=ent.name, evidence=ent.evidence, country=country, role=role_text)

    def _nationality(self, word: str) -> str | None:
        entry = self._kb.state_of_demonym(word) or self._kb.resolve(word)
        if entry is None or entry.kind != "state":
            return None
        return entry.id

    def _sentence_state(self, doc: Document, ent: EntityMention, governs: bool) -> str | None:
        """Rule 3: the only state named in the person's sentence; for one who governs a
        place (`governs`), the state of the places named first."""
        sentence = doc.sentence_of(ent.evidence)
        if sentence is None:
            return None
        demonyms = [e.evidence for e in doc.entities if e.label == "NORP"]
        placed = {
            p.country
            for p in doc.places
            if p.country
            and sentence.contains(p.evidence)
            and not any(d.overlaps(p.evidence) for d in demonyms)
        }
        for labels in (("GPE",), ("GPE", "NORP")) if governs else (("GPE", "NORP"),):
            states = {
                e.kb_id
                for e in doc.entities
                if e.label in labels
                and e.kb_id is not None
                and sentence.contains(e.evidence)
                and len(e.kb_id) == 2
            }
            if governs and labels == ("GPE",):
                states |= placed
            if states:
                return states.pop() if len(states) == 1 else None
        return None

    # -- rule 5 ----------------------------------------------------------------------

    def _weapon(self, doc: Document, ent: EntityMention, before: EntityMention | None) -> Weapon:
        entry = self._weapons.get(ent.kb_id) if ent.kb_id else None
        operator = None
        if (
            before is not None
            and before.label in _ACTOR_LABELS
            and not doc.text[before.evidence.end : ent.evidence.start].strip()
        ):
            linked = self._entry(before)
            operator = self._kb.state_code(linked.id) if linked is not None else None
        if entry is None:
            return Weapon(ent.name, None, ent.evidence, operator)
        return Weapon(entry.name, entry.category, ent.evidence, operator, entry.id)
