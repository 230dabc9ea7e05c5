"""What an article says once and means for every line after it.

Strike reports, communiqués and bulletins name the actor and the totals in a header
("Coalition military forces conducted 34 strikes against ISIL terrorists in Syria and
Iraq.") and then list one line per place ("Near Mosul, five strikes engaged four ISIL
tactical units"). Rules, in order:
1. coalition: the word "Coalition" (capitalised, or before forces/aircraft/strikes...,
   or after "the", "global", "US-led": "the global coalition continues to support")
   names the article's coalition actor: the KB coalition the article names elsewhere,
   else, in an article about the Islamic State, the KB's Global Coalition against Daesh,
   else a generic "Coalition forces" (external);
2. summaries: a remote-violence mention that counts several strikes ("34 strikes") at
   country level or with no place, followed in the article by at least two mentions of
   the same type at their own places, is a total of those, not an event (ACLED codes the
   places; "country and daily totals are not separate events"); so is a violent act
   counted in the plural with a stated number ("three terrorist attacks here in Bogota
   and in Cartagena left two dead") that two or more violent acts told after it, at
   places it names, detail;
3. aggregates: a mention of any type counting a hundred or more strikes, raids or
   missions ("the UK has conducted over 265 bombing raids", "Over the last year the
   Global Coalition has launched almost 8,000 strikes") is a campaign total, not an
   event (ACLED codes no aggregates), and so is a toll of a hundred dead or more told
   of acts in the plural and dated only to a year ("nearly 1,500 people were killed in
   clashes between the armed forces and guerrillas in 1988");
4. carry-over: a remote-violence mention at its own place with no actor1 takes actor1
   (and actor2 when it has none) from the nearest earlier mention of the same sub-type
   that has one, within the next dozen sentences of it: the header's actor governs its
   list of strikes, but a bombing's claimant does not fly the air strikes told after it;
5. places carry over: a mention of any type whose sentence names no place ("Today,
   multiple attacks ... have killed at least 35 more", "a precision strike on the
   location", "The army later arrested two men", "Hundreds marched against the killings
   on Monday") continues the story of the event told in the sentence or two before it,
   of whatever type, and happened where that event did, when that event named a town or
   a more specific place of the same country, or took its place so from the sentences
   before it (a battle told step by step across paragraphs: "seize the hospital in East
   Mosul", "After seizing the area, ...", "a precision strike on the location"). This
   is the one rule for every type: `placing.continued_place` only lends the sentence
   before's place to a pronoun-led sentence ("They arrested two men") that no event
   before it placed.
"""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.events.merge import Mention
from sitrep.events.taxonomy import VIOLENT_TYPES
from sitrep.events.tokens import Tok
from sitrep.kb.actors import ActorKB
from sitrep.model import Actor, Span

_COALITION_NOUNS = frozenset(
    {"forces", "force", "military", "aircraft", "airstrike", "airstrikes", "strike",
     "strikes", "jets", "warplanes", "planes", "troops", "partners", "air", "officials",
     "spokesman", "operations", "members", "nations", "countries", "advisers"}
)  # fmt: skip
_COALITION_LEADS = frozenset(
    {"us-led", "u.s.-led", "international", "american-led", "global", "the"}
)
_IS_IDS = frozenset({"islamic_state", "isis", "isil", "daesh"})
_REMOTE = "Explosions/Remote violence"
_CARRY_SENTENCES = 12
#: a count of strikes this large is a campaign total (rule 3).
_CAMPAIGN = 100
_SUMMARY_PRECISIONS = frozenset({"country", "region"})


def coalition_actors(
    tokens: Sequence[Tok], text: str, doc_actors: Sequence[Actor], kb: ActorKB | None
) -> list[Actor]:
    """Rule 1 for one sentence's tokens; tokens inside a resolved actor are skipped (an
    unresolved "Coalition" name is read here)."""
    spans = [a.evidence for a in doc_actors if a.evidence is not None and a.kb_id]
    found: list[Actor] = []
    for k, tok in enumerate(tokens):
        if tok.lower != "coalition" or any(s.start <= tok.start < s.end for s in spans):
            continue
        nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
        prev = tokens[k - 1].lower if k > 0 else ""
        if not (tok.is_cap or nxt in _COALITION_NOUNS or prev in _COALITION_LEADS):
            continue
        if nxt in {"government", "governments", "talks", "partner", "agreement", "deal"}:
            continue  # a governing coalition, not a military one
        end = tokens[k + 1].end if nxt in {"forces", "force", "military", "troops"} else tok.end
        found.append(_coalition(Span.of(text, tok.start, end), doc_actors, kb))
    return found


def _coalition(span: Span, doc_actors: Sequence[Actor], kb: ActorKB | None) -> Actor:
    named = next((a for a in doc_actors if a.kb_id and "coalition" in a.kb_id), None)
    if named is not None:
        return Actor(named.name, span, named.kb_id, named.country, named.type)
    about_is = any(a.kb_id and a.kb_id.split(".")[0] in _IS_IDS for a in doc_actors)
    entry = kb.get("coalition") if kb is not None and about_is else None
    if entry is not None:
        return Actor(entry.name, span, entry.id, entry.country, entry.type)
    return Actor("Coalition forces", span, None, None, "external")


def _counts_several(mention: Mention) -> bool:
    trigger = mention.trigger
    for q in mention.quantities:
        value = q.best if q.best is not None else q.low
        near = 0 <= trigger.start - q.evidence.end <= 24 or q.evidence.overlaps(trigger)
        if value is not None and value >= 2 and near:
            return True
    return False


def _placed_in(mention: Mention, summary: Span) -> bool:
    """Rule 2: whether a mention happened at a place the summary sentence names."""
    place = mention.location
    return place is not None and bool(place.name) and place.name in summary.text


def _counts_own_acts(mention: Mention) -> bool:
    """Rule 2: the mention's trigger is a plural act counted by a stated number of two or
    more ("three terrorist attacks", "two bombings"; not "several attacks", which may
    tell acts that are never detailed)."""
    trigger = mention.trigger
    return any(
        (q.best or 0) >= 2
        and q.qualifier is None
        and not q.approximate
        and (q.evidence.overlaps(trigger) or 0 <= trigger.start - q.evidence.end <= 1)
        and trigger.text.lower().endswith("s")
        for q in mention.quantities
    )


#: rule 3: acts told in the plural, whose dead a year's toll adds up.
_PLURAL_ACTS = frozenset(
    {"clashes", "attacks", "fighting", "killings", "massacres", "bombings", "violence",
     "battles", "raids", "operations"}
)  # fmt: skip


def _year_total(mention: Mention) -> bool:
    """Rule 3: a toll of a hundred dead or more, told of acts in the plural and dated
    only to a year ("nearly 1,500 people were killed in clashes between the armed forces
    and guerrillas in 1988"), is the year's total, not one event."""
    if not _of_a_year(mention):
        return False
    words = set(mention.sentence.text.lower().replace(",", " ").split())
    tolls = [q.best or q.low or 0 for q in mention.dead]
    return bool(words & _PLURAL_ACTS) and max(tolls, default=0) >= _CAMPAIGN


def _of_a_year(mention: Mention) -> bool:
    """Rule 3: a violent mention its sentence dates to a whole year only; all such
    mentions of a sentence telling a year's toll belong to that total."""
    date = mention.date
    return (
        mention.event_type in VIOLENT_TYPES
        and date is not None
        and not date.inferred
        and date.precision == "year"
    )


#: what a campaign total counts (rule 3): the events themselves, not people or things.
_EVENT_COUNTS = frozenset(
    {"strikes", "airstrikes", "raids", "missions", "sorties", "attacks", "bombings",
     "operations", "engagements"}
)  # fmt: skip


def _aggregate(mention: Mention) -> bool:
    """Rule 3."""
    trigger = mention.trigger
    for q in mention.quantities:
        value = q.best if q.best is not None else q.low
        counted = q.evidence.text.lower().split()[-1:] + (q.of or "").lower().split()[-1:]
        if (
            value is not None
            and value >= _CAMPAIGN
            and q.evidence.overlaps(trigger)
            and bool(set(counted) & _EVENT_COUNTS)
        ):
            return True
    return False


def drop_summaries(mentions: Sequence[Mention]) -> list[Mention]:
    """Rules 2 and 3."""
    kept: list[Mention] = []
    yearly = {m.sentence_no for m in mentions if _year_total(m)}
    for k, m in enumerate(mentions):
        if _aggregate(m) or (m.sentence_no in yearly and _of_a_year(m)):
            continue
        broad = m.location is None or m.location.precision in _SUMMARY_PRECISIONS
        strikes = m.event_type == _REMOTE and broad and _counts_several(m)
        if strikes or (m.event_type in VIOLENT_TYPES and _counts_own_acts(m)):
            kinds = {_REMOTE} if strikes else VIOLENT_TYPES
            later = [
                n
                for n in mentions[k + 1 :]
                if n.event_type in kinds
                and n.own_place
                and n.sentence_no > m.sentence_no
                and (strikes or _placed_in(n, m.sentence))
            ]
            if len(later) >= 2:
                continue
        kept.append(m)
    return kept


def carry_actors(mentions: Sequence[Mention]) -> None:
    """Rule 4, in place."""
    for k, m in enumerate(mentions):
        if m.event_type != _REMOTE or m.actor1 is not None or not m.own_place or m.weak:
            continue
        for prev in reversed(mentions[:k]):
            if m.sentence_no - prev.sentence_no > _CARRY_SENTENCES:
                break
            if prev.sub_type == m.sub_type and prev.actor1 is not None:
                m.actor1 = prev.actor1
                if m.actor2 is None:
                    m.actor2 = prev.actor2
                break


_CARRY_PLACE_SENTENCES = 2


def carry_places(mentions: Sequence[Mention]) -> None:
    """Rule 5, in place."""
    carried: set[int] = set()
    for k, m in enumerate(mentions):
        if not m.placeless:
            continue
        for j in range(k - 1, -1, -1):
            prev = mentions[j]
            if m.sentence_no - prev.sentence_no > _CARRY_PLACE_SENTENCES:
                break
            if prev.sentence_no == m.sentence_no:
                continue
            place = prev.location
            placed = prev.own_place or j in carried
            if placed and place is not None and place.precision in {"exact", "near"}:
                if m.location is None or m.location.country == place.country:
                    m.location = place
                    carried.add(k)
                break
