"""ACLED's rules for who fills actor1 and actor2, applied around the order rules of `roles`.

`roles.find_roles` reads roles from token order; these rules, in order, fix what token
order alone gets wrong (ACLED codebook, "Actors"):
1. a demonym that modifies a place or a group of people is not an actor: "the Syrian
   town of Dabiq", "scores of Syrian civilians" name no Syrian state forces
   (`drop_modifier_demonyms`); "Syrian forces", "Israeli jets" still do.
2. a named armed actor right before a nominal trigger, after a determiner or as a
   possessive, is its initiator: "the ISIL attack", "ISIL's multiple suicide attacks",
   "a Coalition strike" (`premodifier_initiator`), whatever preposition came earlier.
3. a claim of responsibility names the perpetrator: "for which Da'esh has claimed
   responsibility", "attacks, also claimed by Da'esh", "Daesh claimed the bombing"
   (`claimant`); ACLED codes the claimed perpetrator as actor1.
4. territory is taken from whoever held it: "from ISIL control", "from the hands of
   X", "X-held", "occupation by the terrorist group X" (`former_holder`) is actor2 of
   a territorial change; when the sentence names no holder, a state's regained
   territory was lost to the one non-state armed group the article names, if it names
   exactly one ("the Government of Iraq has raised the Iraqi flag again in Tikrit" in
   a statement about ISIL: `sole_opponent`).
5. a side named as supported ("In support of the Iraqi Security Forces, Coalition
   aircraft conducted a precision strike ... firing on Iraqi forces", "alongside X",
   "backing X", "with the support of X") fights with actor1: it joins assoc_actor1 and
   is never actor2 (`partner_sides`); with no actor2 left, "enemy fighters" in the
   clause of such a state or coalition strike are the article's one non-state armed
   group (`sole_opponent`).
6. civilians are never actor1 of political violence (ACLED: they are only ever
   victims), and violence against civilians always has civilians as actor2: a
   civilian actor1 moves to actor2, and a missing actor2 of a perpetrator's attack
   becomes "Civilians (<country>)" (`acled_sides`); a bare toll ("12 people were
   killed") stays without actors, so that it can join the event it reports on.
"""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.events.roles import ARMED_TYPES, Roles, actor_key
from sitrep.events.tokens import Tok
from sitrep.model import Actor, Span

#: nouns a demonym can modify without naming an actor (places, people, media, things).
_NON_AGENT_HEADS = frozenset(
    {
        "town", "towns", "city", "cities", "village", "villages", "province", "provinces",
        "territory", "territories", "capital", "border", "borders", "coast", "airspace",
        "soil", "side", "flag", "people", "citizens", "civilians", "civilian", "nationals",
        "national", "children", "women", "men", "refugees", "families", "population",
        "media", "television", "tv", "news", "state", "press", "people's", "homes",
        "cities'", "villagers", "residents", "workers", "journalists", "doctors",
    }
)  # fmt: skip
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "its"})
_MODIFIER_LIMIT = 3
_CLAIM_WORDS = frozenset({"claimed", "claims", "claim", "claiming"})
_CLAIM_FILLERS = frozenset({"has", "have", "had", "also", "quickly", "later", "since", "swiftly"})
_CONTROL_NOUNS = frozenset({"control", "hands", "rule", "occupation", "grip"})
_VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


def _span_tokens(tokens: Sequence[Tok], span: Span) -> tuple[int, int] | None:
    inside = [t.i for t in tokens if span.start <= t.start < span.end]
    return (inside[0], inside[-1]) if inside else None


#: words between a control noun and its holder ("occupation by the terrorist group X").
_HOLDER_WINDOW = 6
_NON_STATE = frozenset({"rebel_group", "political_militia", "identity_militia"})


def _armed(actor: Actor) -> bool:
    return actor.type in ARMED_TYPES or actor.type == "external"


def drop_modifier_demonyms(tokens: Sequence[Tok], actors: Sequence[Actor]) -> list[Actor]:
    """Rule 1: a one-word state mention directly before a non-agent noun is dropped."""
    kept: list[Actor] = []
    for actor in actors:
        at = _span_tokens(tokens, actor.evidence) if actor.evidence is not None else None
        if at is not None and at[0] == at[1] and actor.type == "state_forces":
            nxt = at[1] + 1
            if nxt < len(tokens) and tokens[nxt].lower in _NON_AGENT_HEADS:
                continue
        kept.append(actor)
    return kept


def premodifier_initiator(
    tokens: Sequence[Tok], first: int, actors: Sequence[Actor]
) -> Actor | None:
    """Rule 2: the armed actor that ends at most three modifier words before the trigger,
    with a determiner before it or a possessive on it."""
    for actor in actors:
        if actor.evidence is None or not _armed(actor):
            continue
        at = _span_tokens(tokens, actor.evidence)
        if at is None or not 0 < first - at[1] <= _MODIFIER_LIMIT:
            continue
        between = tokens[at[1] + 1 : first]
        if any(t.is_cap or not t.text.isalpha() or t.lower in {"and", "or", "of"} for t in between):
            continue
        possessive = tokens[at[1]].lower.endswith(("'s", "’s"))
        determined = at[0] > 0 and tokens[at[0] - 1].lower in _DETERMINERS
        if possessive or determined:
            return actor
    return None


def claimant(tokens: Sequence[Tok], actors: Sequence[Actor]) -> Actor | None:
    """Rule 3: the armed non-state actor that claims something in the sentence."""
    for actor in actors:
        if actor.evidence is None or actor.type == "state_forces" or not _armed(actor):
            continue
        at = _span_tokens(tokens, actor.evidence)
        if at is None:
            continue
        j = at[1] + 1
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
    return lead[-2:] in (["support", "of"],) or lead[-1:] in (
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
    """Rule 6 on `roles`, in place."""
    if event_type not in _VIOLENT_TYPES:
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
