"""Actors and weapons: entity mentions linked to the knowledge base.

Rules, in order:
1. GPE, NORP, ORG and ARMED_GROUP entities with a kb_id keep it (a demonym stands for
   its state: "Jordanian" -> Jordan); those without one are resolved by alias, then by
   a fuzzy match (rapidfuzz, threshold in kb.actors.FUZZY_THRESHOLD); names that still
   fail stay as named actors with kb_id None;
2. an actor's country is its own or its nearest ancestor's ("US Central Command" ->
   US via US.military);
3. a PERSON gets the role written before the name ("US Defence Secretary"); the
   nationality word of the role gives the country ("UK Defence Secretary" -> GB);
   without one, the only state named in the same sentence does; later mentions of the
   same person inherit role and country;
4. a GPE that the places stage took as a location ("strikes in Syria") is no actor;
5. WEAPON/PLATFORM entities become Weapons with their catalogue category; the operator
   is the state of an actor word written right before ("Jordanian F-16s" -> JO).
Every actor and weapon cites its mention as evidence.
"""

from __future__ import annotations

from typing import Final

from sitrep.kb.actors import ActorEntry, ActorKB
from sitrep.kb.weapons import WeaponKB
from sitrep.model import Actor, EntityMention, Weapon
from sitrep.pipeline.document import Document
from sitrep.pipeline.resources import Resources
from sitrep.pipeline.stages.roles import role_before

_ACTOR_LABELS: Final = frozenset({"GPE", "NORP", "ORG", "ARMED_GROUP"})
_WEAPON_LABELS: Final = frozenset({"WEAPON", "PLATFORM"})


class ActorsStage:
    name = "actors"
    version = "2"
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
            if ent.label in _ACTOR_LABELS:
                actors.append(self._actor(ent))
            elif ent.label == "PERSON":
                actors.append(self._person(doc, ent, people))
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

    # -- rule 3 ----------------------------------------------------------------------

    def _person(
        self,
        doc: Document,
        ent: EntityMention,
        people: dict[str, tuple[str | None, str | None]],
    ) -> Actor:
        role = role_before(doc.text, ent.evidence.start)
        role_text: str | None = None
        country: str | None = None
        if role is not None:
            role_text = role.text
            if role.nationality:
                country = self._nationality(role.nationality)
                if country is None:  # a capitalised word that is no nationality
                    role_text = doc.text[role.end - len(role.text) : role.end]
                    role_text = role_text[len(role.nationality) :].strip()
            if country is None:
                country = self._sentence_state(doc, ent)
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

    def _sentence_state(self, doc: Document, ent: EntityMention) -> str | None:
        sentence = doc.sentence_of(ent.evidence)
        if sentence is None:
            return None
        states = {
            e.kb_id
            for e in doc.entities
            if e.label in ("GPE", "NORP")
            and e.kb_id is not None
            and sentence.contains(e.evidence)
            and len(e.kb_id) == 2
        }
        return states.pop() if len(states) == 1 else None

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
