"""Merging the mentions of one real event, within and across sentences.

Rules:
1. mentions are taken in text order; each joins the best compatible event so far or
   starts a new one; a weak mention (a reference such as "the strikes", "today's
   operation") that finds none is dropped;
2. compatible: same ACLED event type (a killing, or any mention in a sentence that
   already holds a protest, joins the event of its own sentence whatever the type),
   no conflicting actor1 (both known and different), and stated dates that overlap
   (an inferred date never conflicts);
3. the best event scores +3 for the same actor1, +2 for an overlapping stated date,
   +2 for the same sentence, +1 for the previous sentence; ties go to the latest;
4. a merged event keeps its first mention's trigger, id and evidence sentence; its
   other fields take the first stated value in text order (a stated date beats an
   inferred one), and weapons, quantities and assoc actors are unions in text order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sitrep.events.roles import actor_key
from sitrep.model import (
    Actor,
    EventDate,
    Location,
    Modality,
    Quantity,
    Span,
    Weapon,
)


@dataclass
class Mention:
    """One trigger with everything the rules found for it."""

    sentence_no: int
    sentence: Span
    trigger: Span
    family: str
    weak: bool
    event_type: str
    sub_type: str
    date: EventDate | None
    date_strength: int
    location: Location | None
    actor1: Actor | None
    assoc1: list[Actor]
    actor2: Actor | None
    weapons: list[Weapon]
    quantities: list[Quantity]
    dead: list[Quantity]
    modality: Modality
    attributed_to: Actor | None
    civilian_targeting: bool
    strength: float


@dataclass
class Cluster:
    mentions: list[Mention] = field(default_factory=list)

    @property
    def head(self) -> Mention:
        return self.mentions[0]

    @property
    def actor1(self) -> Actor | None:
        return next((m.actor1 for m in self.mentions if m.actor1), None)

    @property
    def stated_date(self) -> EventDate | None:
        stated = [m for m in self.mentions if m.date is not None and m.date_strength > 0]
        return max(stated, key=lambda m: m.date_strength).date if stated else None

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        if self.head.weak and not mention.weak:
            self.mentions.sort(key=lambda m: (m.weak, m.trigger.start))


def _overlap(a: EventDate, b: EventDate) -> bool:
    try:
        return date.fromisoformat(a.start[:10]) <= date.fromisoformat(
            b.end[:10]
        ) and date.fromisoformat(b.start[:10]) <= date.fromisoformat(a.end[:10])
    except ValueError:
        return True


def _absorbing(cluster: Cluster, mention: Mention) -> bool:
    same_sentence = any(m.sentence_no == mention.sentence_no for m in cluster.mentions)
    protest = cluster.head.event_type in {"Protests", "Riots"}
    return same_sentence and (mention.family == "kill" or protest)


def score(cluster: Cluster, mention: Mention) -> float | None:
    """Rules 2-3: None when incompatible."""
    absorbing = _absorbing(cluster, mention)
    reference = mention.weak and mention.family == "ref"
    if cluster.head.event_type != mention.event_type and not absorbing and not reference:
        return None
    a1, b1 = cluster.actor1, mention.actor1
    if a1 is not None and b1 is not None and actor_key(a1) != actor_key(b1) and not absorbing:
        return None
    stated = cluster.stated_date
    total = 0.0
    if mention.date is not None and mention.date_strength > 0 and stated is not None:
        if not _overlap(stated, mention.date):
            return None
        total += 2
    if a1 is not None and b1 is not None and actor_key(a1) == actor_key(b1):
        total += 3
    last = cluster.mentions[-1].sentence_no
    if last == mention.sentence_no:
        total += 2
    elif last == mention.sentence_no - 1:
        total += 1
    return total


def merge_mentions(mentions: list[Mention]) -> list[Cluster]:
    """Rule 1."""
    clusters: list[Cluster] = []
    for mention in mentions:
        best: tuple[float, int] | None = None
        for k, cluster in enumerate(clusters):
            s = score(cluster, mention)
            if s is not None and (best is None or s >= best[0]):
                best = (s, k)
        if best is not None:
            clusters[best[1]].add(mention)
        elif not mention.weak:
            clusters.append(Cluster([mention]))
    return [c for c in clusters if not c.head.weak]
