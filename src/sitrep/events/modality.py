"""Did it happen? Negation, modality and attribution cues around a trigger.

Rules, looked for in the trigger's clause before the trigger (6 tokens) unless noted:
1. negated: "no", "not", "never", "n't", "without", "nor", "failed to";
2. denied: "denied", "denies", "deny", "refuted", or claims, reports or allegations
   "rejected" or "dismissed", anywhere in the clause before the trigger, unless
   a speech verb comes between ("denied targeting civilians and said its forces had
   struck ...": what it said it did is its own claim, not a denial); a party that
   denies ("although Moscow denies any involvement") is never the source the act is
   attributed to (`is_denial`, applied by the events stage to quotes);
3. planned: "threatened to", "plans to", "plan to", "planned", "plotting", "plot", a
   plan told as a noun ("a terrorist plan that included dynamiting the naval base"),
   "orchestrated", "vowed to", "intends to", "preparing", "in preparation for",
   "committed to", "ready to", "poised to" (attacks announced, not carried out);
   "foiled", "thwarted", "prevented", "averted", "aborted" (attacks stopped: up to an "and" that
   joins another verb, or a relative clause's own verb: "thwarted an attack that killed
   ten people" tells the killing as done, and the attack too, `triggers` rule 13); and
   calls and orders for an act ("called for a general strike", "urged residents to join
   a rally", "ordered the army to retake the town"),
   unless the trigger is the caller's own finite act ("protesters calling for reforms
   marched": a past form, or after an auxiliary); an act demanded, as the demand's
   object or in the "that" clause after it ("demanding that the parties declare a
   cease-fire and establish a truce", "demanded the release of the prisoners":
   `_demanded`), unless it is the demander's own finite act; the people a trigger
   names as the subject of an act to come ("Protesters will march next Tuesday",
   "demonstrators plan to rally": `_actors_will_act`); a call or announcement whose object
   is the act ("the federation has called a national strike for 14 August", "unions
   announced a general strike": `_announced`); an act the clause is "ahead of", "on
   the eve of" or "in the run-up to" ("arrested activists ahead of anti-government
   rallies next month"), which had not happened when the clause's own act did
   (`_upcoming`); an act told after it as scheduled ("a national strike, which is
   scheduled to begin on 14 August", "the rally, set for Friday": `_scheduled`) or as
   threatened, planned or stopped in the passive ("a phone call in which an attack on
   radio stations was threatened", "an attack on the embassy was foiled":
   `_unrealised_passive`);
4. hypothetical: "would", "could", "might", "may", "will", "if", "unless", "any",
   "possible", "potential", "future", "risk of", "threat of", "expected to", "set to",
   "scheduled to", "about to" ("afraid that they were about to be attacked"), fear
   ("afraid", "fearing"), an open question ("would not comment on whether two suspects
   remained in detention": no arrest is reported; "whether" anywhere in the clause before
   the act: "are looking into whether a gunman who killed eight people targeted the
   facility"), a question ("What do you feel after killing so many policemen?":
   `_asked`), what a kind of actor habitually does, told in the present in a relative
   clause ("right-wing terrorists, who attack students": `_habitual`), an act named as a
   practice or a means ("the use of kidnapping as a political weapon", "practices like
   kidnapping": `_as_practice`), a violent act in the bare infinitive, a purpose, an
   intention or a means ("forces created to attack my country", "a springboard to attack
   Nicaragua", "were going to attack"; not "tried to kill", "went on to attack", "were
   used to shoot down": `_purpose`), "warned of" (up to an "and" that joins another verb:
   "warned residents and fired"), and what must or should be done ("the need to continue
   coalition operations", "must strike"); and a generic relative clause ("will arrest
   anyone who joins the rally": no one rally is reported);
5. claimed: "reportedly", "allegedly", "purportedly", "is said to", "reports of",
   "claimed", "alleged"; and, anywhere in the sentence (`doubted`):
   - an act or weapon called "suspected" ("a suspected chemical attack", "an attack
     with suspected poisonous gas"), not a suspected actor ("suspected militants
     attacked" states the attack);
   - an act blamed on someone ("an attack that London blamed on Moscow", "Kyiv blamed
     Russia for the strike", "accused the rebels of shelling"): the perpetrator is
     alleged, not established;
   - a person held responsible by an accusation ("accused Colonel X of ordering the
     murder", "X, suspected of the bombing"; `alleges`, read by `events.perpetrators`
     for the event told in the accusation's sentence): the attribution is alleged;
   - a party to the fighting as the source: activists, rebels, militants or "the group"
     saying or claiming it ("activists said", "the group said"), or "according to" a
     party's own outlet ("the group's Amaq news agency", "the ISIS-linked news agency
     Amaq", "Houthi-run Al-Masirah TV") or to activists;
6. called off or cancelled: "teachers called off the strike", "organisers cancelled
   the march" (up to an "and" that joins another verb) is negated; "postponed" is
   planned; so is a practice stopped: acts in the plural or as a gerund that someone
   stops, ceases, halts, suspends, ends or refrains from, or puts an end or a stop to
   ("the guerrillas promise to refrain from attacks", "demanded that they stop murdering
   civilians", "called on the army to cease the bombings", "an end to the killing") are
   a conduct given up or asked to be, no one incident (`_stopped`); one act stopped
   ("troops halted the attack on the town") was under way and stays;
7. else asserted.
Negated, planned and hypothetical mentions are not events of record (ACLED codes
what happened); the stage drops them unless asked to keep them. A denial is a claim
about an event told elsewhere ("The defence ministry denied targeting civilian sites"),
never an event of its own: the stage drops it too (`starts_event`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from sitrep.events.speech import CUE_WORDS
from sitrep.events.tokens import (
    RELATIVE_AUXILIARIES,
    RELATIVE_PRONOUNS,
    Tok,
    harm_in_relative_clause,
    is_plural,
)
from sitrep.events.vocabulary import ACCUSE_VERBS, BLAME_VERBS, REPORT_NOUNS
from sitrep.kb.actors import ActorKB
from sitrep.model import Modality, Span

_NEGATION = frozenset({"no", "not", "never", "n't", "without", "nor", "neither"})
_DENIAL = frozenset({"denied", "denies", "deny", "denying", "refuted", "refutes"})
#: "rejected claims that ...": a denial told with its object (rule 2).
_REJECTED = frozenset({"rejected", "rejects", "dismissed", "dismisses"})
_PLANNED = frozenset(
    {"threatened", "threatens", "plan", "plans", "planned", "planning", "plotting", "plot",
     "plots",
     "orchestrated", "vowed", "vows", "intends", "intend", "preparing", "preparation",
     "prepare", "prepares", "ready", "readiness", "poised"}
)  # fmt: skip
#: a person's part in acts told without a time ("a man who was directing missile
#: strikes", "accused of financing attacks"): what the person does, no act of its own.
_ROLE_IN_ACTS = frozenset(
    {"directing", "coordinating", "organising", "organizing", "financing", "funding",
     "orchestrating", "masterminding"}
)  # fmt: skip
#: what a person is held to have done, before the role ("accused of financing attacks",
#: "charged with organising"): the person's part, not the act's telling.
_CHARGED = frozenset(
    {"accused", "suspected", "charged", "convicted", "indicted", "alleged", "arrested",
     "detained", "jailed", "sentenced", "wanted"}
)  # fmt: skip
_CHARGE_LINKS = frozenset({"of", "with", "for"})


def _role_in_acts(whole: Sequence[str]) -> bool:
    """Whether the words before an act end in a person's part in acts told as a role:
    in a relative clause on a person ("a man who was ... directing missile strikes") or
    after a charge ("accused of financing attacks"); not an organisation saying it is
    directing acts ("the Guards said they were directing drone strikes")."""
    if not whole or whole[-1] not in _ROLE_IN_ACTS:
        return False
    if "who" in whole and not set(whole[whole.index("who") :]) & _SAID:
        return True
    if len(whole) < 3 or whole[-2] not in _CHARGE_LINKS:
        return False
    # the charge verb may be active, its object between ("accused the man of financing")
    return any(w in _CHARGED for w in whole[-2 - _CHARGED_OBJECT : -2])


#: how many words the person charged may run to between an active charge verb and its
#: link ("accused the man of", "charged two local officials with"), the verb included.
_CHARGED_OBJECT = 5


_HYPOTHETICAL = frozenset(
    {"would", "could", "might", "may", "will", "if", "unless", "any", "possible", "potential",
     "future", "risk", "threat", "threats", "fears", "feared", "warning", "must", "should",
     "need", "needs", "ought", "afraid", "fearing", "whether"}
)  # fmt: skip
_CLAIMED = frozenset({"reportedly", "allegedly", "purportedly", "claimed", "alleged", "reports"})
#: an act stopped before it happened; the cue governs its object only, not a verb
#: joined by "and" ("foiled an attempted bombing and arrested a man": the arrest holds).
_FOILED = frozenset({"foiled", "thwarted", "prevented", "averted", "aborted"})
_WARNED = frozenset({"warned", "warns"})
#: calls and orders for an act not yet done (rule 3).
_CALLS = frozenset(
    {"call", "calls", "called", "calling", "urge", "urges", "urged", "urging", "appealed",
     "appeals", "ordered", "orders", "instructed"}
)  # fmt: skip
_CALL_LINKS = frozenset({"for", "on", "upon", "to"})
_AUXILIARIES = frozenset({"was", "were", "been", "being", "is", "are", "has", "have", "had"})
#: "anyone who ...": a relative clause about no one in particular (rule 4).
_GENERIC_ANTECEDENTS = frozenset({"anyone", "anybody", "whoever", "everyone", "anything"})
_SCHEDULED = (" expected to ", " set to ", " scheduled to ", " about to ")
_SAID = frozenset({"said", "says", "stated", "added", "insisted", "maintained", "claimed"})
_WINDOW = 6


def modality_of(tokens: Sequence[Tok], clause: tuple[int, int], first: int) -> Modality:
    lo, _ = clause
    whole = [t.cue(k == 0) for k, t in enumerate(tokens[lo:first]) if t.text[:1].isalnum()]
    window = whole[-_WINDOW:]
    denial = max((k for k, w in enumerate(whole) if _denies(whole, k)), default=-1)
    if denial >= 0 and not set(whole[denial + 1 :]) & _SAID:
        return "denied"
    if set(window) & _NEGATION or "failed" in window:
        return "negated"
    phrase = f" {' '.join(window)} "
    if set(window) & _PLANNED or " committed to " in phrase or " plan to " in phrase:
        return "planned"
    if _role_in_acts(whole):
        return "planned"  # "who was directing missile strikes": a role, not a dated act
    if _scoped(window, _POSTPONED):
        return "planned"
    if _scoped(window, _FOILED) and not harm_in_relative_clause(tokens, first):
        return "planned"  # not "thwarted an attack that killed ten people"
    if _called_off(window) or _stopped(window, tokens[first].lower):
        return "negated"
    if _called_for(window, tokens, first) or _announced(tokens, lo, first):
        return "planned"
    if _demanded(whole, tokens, first) or _actors_will_act(tokens, first):
        return "planned"
    if _upcoming(tokens, lo, first) or _scheduled(tokens, clause, first):
        return "planned"
    if _unrealised_passive(tokens, clause, first):
        return "planned"
    if set(window) & _HYPOTHETICAL or any(cue in phrase for cue in _SCHEDULED):
        return "hypothetical"
    if _scoped(window, _WARNED):
        return "hypothetical"
    if lo > 0 and tokens[lo - 1].lower in _GENERIC_ANTECEDENTS:
        return "hypothetical"
    if "whether" in whole and not _in_relative(tokens, lo):
        # "are looking into whether a gunman ... targeted the facility"; not "whether the
        # gunmen who killed five people on Monday belonged to a gang"
        return "hypothetical"
    if _asked(tokens) or _habitual(tokens, lo, first) or _as_practice(tokens, first):
        return "hypothetical"
    if _purpose(tokens, first):
        return "hypothetical"
    joined = " ".join(whole)
    if set(window) & _CLAIMED or " said to " in f" {joined} " or "is said" in joined:
        return "claimed"
    if doubted(tokens, first):
        return "claimed"
    return "asserted"


def doubted(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 5, over the whole sentence: whether the act at `first` is suspected, blamed
    on someone, or told by a party to the fighting."""
    words = [t.lower for t in tokens]
    return _suspected(words, first) or _blamed(words, first) or _party_source(words)


#: "suspected" qualifies the act or weapon when at most one word stands between.
_SUSPECT_REACH = 2
#: nouns for people: "suspected militants" doubts who, not whether (rule 5).
_PEOPLE_WORDS = frozenset(
    {"militants", "militant", "gunmen", "gunman", "jihadists", "rebels", "insurgents",
     "attackers", "attacker", "members", "fighters", "terrorists", "bandits", "men"}
)  # fmt: skip


def _suspected(words: Sequence[str], first: int) -> bool:
    """ "a suspected chemical attack", "an attack with suspected poisonous gas"."""
    before = words[max(0, first - _SUSPECT_REACH) : first]
    if "suspected" in before:
        k = max(0, first - _SUSPECT_REACH) + before.index("suspected")
        return not set(words[k + 1 : first + 1]) & _PEOPLE_WORDS
    return words[first + 1 : first + 2] == ["with"] and "suspected" in words[first + 2 : first + 4]


_BLAME_REACH = 10
#: words that accuse someone of an act rather than state that they did it (rule 5).
_ALLEGING = (
    BLAME_VERBS
    | ACCUSE_VERBS
    | frozenset(
        {"charged", "suspected", "alleged", "allegedly", "link", "links", "linked", "linking"}
    )
)
_HOLDING = frozenset({"held", "hold", "holds", "holding"})
_WORD = re.compile(r"[a-z]+")


def alleges(words: str) -> bool:
    """Rule 5: whether the words that hold someone responsible accuse ("accused X of the
    murder", "X, charged with the killing", "held X responsible") rather than state
    ("X ordered the massacre", "the killing was ordered by X")."""
    found = set(_WORD.findall(words.lower()))
    return bool(found & _ALLEGING) or (bool(found & _HOLDING) and "responsible" in found)


def _blamed(words: Sequence[str], first: int) -> bool:
    """ "an attack that London blamed on Moscow" (the act before "blamed ... on"), "Kyiv
    blamed Russia for the strike", "accused the rebels of shelling" (the act after "for"
    or "of")."""
    after = words[first + 1 : first + 1 + _BLAME_REACH]
    for k, word in enumerate(after):
        if word in BLAME_VERBS and "on" in after[k + 1 : k + 6]:
            return True
    before = words[max(0, first - _BLAME_REACH) : first]
    for k, word in enumerate(before):
        links = {"for"} if word in BLAME_VERBS else {"of"} if word in ACCUSE_VERBS else set()
        if links & set(before[k + 1 :]):
            return True
    return False


#: sources that are parties to the fighting (rule 5).
_PARTISANS = frozenset(
    {"activists", "activist", "rebels", "militants", "insurgents", "jihadists", "group",
     "opposition", "group's", "rebels'", "militants'", "insurgents'"}
)  # fmt: skip
_SOURCE_VERBS = frozenset(
    {"said", "say", "says", "claimed", "claims", "claim", "reported", "told", "alleged"}
)  # fmt: skip
#: media nouns, and the modifiers that make an outlet a party's own ("ISIS-linked").
_OUTLETS = frozenset(
    {"agency", "outlet", "outlets", "media", "channel", "tv", "television", "website",
     "radio", "newspaper", "mouthpiece", "broadcaster", "station", "account", "accounts"}
)  # fmt: skip
_PARTY_OWNED = ("-linked", "-run", "-affiliated", "-controlled", "-owned", "-aligned")
_OUTLET_REACH = 6


def _partisan(words: Sequence[str], k: int) -> bool:
    """Whether word k names a party as a source: "activists", "rebels", and "the group"
    referring back to an armed group (not "a monitoring group")."""
    if words[k] == "group":
        return k > 0 and words[k - 1] == "the"
    return words[k] in _PARTISANS


#: the kinds and types of the knowledge's actors that are armed groups.
_ARMED_KIND = "group"
_UNARMED_TYPES = frozenset({"external", "civilians", "protesters"})


@lru_cache(maxsize=4096)
def armed_group(name: str) -> bool:
    """Whether `name` resolves to a non-state armed group of the shipped knowledge
    (cached: the lookup may end in a fuzzy match over every alias, and the same names
    are asked for again and again)."""
    entry = ActorKB.load().resolve(name)
    return entry is not None and entry.kind == _ARMED_KIND and entry.type not in _UNARMED_TYPES


#: words that end the source named after "according to".
_SOURCE_ENDS = frozenset({",", ".", ";", ":", "(", "and", "which", "who", "that"})


def _armed_source(words: Sequence[str]) -> bool:
    """An armed group named after "according to" ("according to the FMLN, an army
    officer was killed in a clash"): a party to the fighting."""
    name: list[str] = []
    for word in words[: _OUTLET_REACH + 1]:
        if word in _SOURCE_ENDS:
            break
        name.append(word)
    return any(armed_group(" ".join(name[:n])) for n in range(len(name), 0, -1))


#: how far before an outlet noun its owner may be named ("the FMLN's clandestine radio").
_OWNER_REACH = 4


#: the owners that make an outlet a party's own ("rebel radio", "the insurgents' channel").
_OUTLET_OWNERS = _PARTISANS | {"rebel", "guerrilla", "insurgent", "militant"}


def _party_outlet(words: Sequence[str], k: int) -> bool:
    """A party's own outlet as the subject of the source verb at k ("rebel radio
    reported", "the FMLN's radio station said")."""
    outlet = next((j for j in (k - 1, k - 2) if j >= 0 and words[j] in _OUTLETS), None)
    if outlet is None:
        return False
    owners = words[max(0, outlet - _OWNER_REACH) : outlet]
    return any(w in _OUTLET_OWNERS or armed_group(w.removesuffix("'s")) for w in owners)


def _party_source(words: Sequence[str]) -> bool:
    """ "activists said", "the group claimed", "according to activists", "according to
    the group's Amaq news agency", "according to Houthi-run Al-Masirah TV"."""
    for k, word in enumerate(words):
        if word in _SOURCE_VERBS and k > 0 and _partisan(words, k - 1):
            return True
        if word in _SOURCE_VERBS and _party_outlet(words, k):
            return True
        if word != "according" or words[k + 1 : k + 2] != ["to"]:
            continue
        phrase = words[k + 2 : k + 2 + _OUTLET_REACH]
        lead = [w for w in phrase if w not in {"the", "local", "some"}][:1]
        if lead and lead[0] in _PARTISANS - {"group", "opposition"}:
            return True
        if _armed_source(words[k + 2 :]):
            return True
        owned = any(w in _PARTISANS or w.endswith(_PARTY_OWNED) for w in phrase)
        if owned and set(phrase) & _OUTLETS:
            return True
    return False


def _denies(words: Sequence[str], k: int) -> bool:
    """Rule 2: "denied", or "rejected claims", at word k."""
    if words[k] in _DENIAL:
        return True
    return words[k] in _REJECTED and k + 1 < len(words) and words[k + 1] in REPORT_NOUNS


def _scoped(window: Sequence[str], cues: frozenset[str]) -> bool:
    """Rules 3-4: "foiled an attack", "warned of protests" (the cue's scope ends at an
    "and": "foiled an attempted bombing and arrested a man", and at the verb of a
    relative clause: "thwarted an attack that killed ten people" tells a killing done)."""
    cue = max((k for k, w in enumerate(window) if w in cues), default=-1)
    if cue < 0:
        return False
    rest = window[cue + 1 :]
    return "and" not in rest and not _relative_verb(rest)


def _relative_verb(words: Sequence[str]) -> bool:
    """Whether the trigger after `words` is the verb of a relative clause they open
    ("an attack that killed", "... which had wounded"), not a verb the relative
    clause governs ("a plot that aimed to bomb")."""
    opener = max((k for k, w in enumerate(words) if w in RELATIVE_PRONOUNS), default=-1)
    return opener >= 0 and all(w in RELATIVE_AUXILIARIES for w in words[opener + 1 :])


def _called_for(window: Sequence[str], tokens: Sequence[Tok], first: int) -> bool:
    """Rule 3: a call or order for the act ("called for a strike", "urged ... to join"),
    not the caller's own finite act ("protesters calling for reforms marched")."""
    call = next((k for k, w in enumerate(window) if w in _CALLS), None)
    if call is None or not set(window[call + 1 :]) & _CALL_LINKS:
        return False
    return not _own_finite_act(tokens, first)


def _own_finite_act(tokens: Sequence[Tok], first: int) -> bool:
    """Whether the trigger is a finite act of its own: a past form or after an
    auxiliary ("protesters calling for reforms marched")."""
    trigger = tokens[first].lower
    return trigger.endswith("ed") or (first > 0 and tokens[first - 1].lower in _AUXILIARIES)


#: what makes the people a trigger names ("protesters") the subject of an act to come.
_FUTURE_LEADS = (("will",), ("plan", "to"), ("intend", "to"), ("are", "to"), ("are", "going", "to"))
#: the endings of trigger nouns that name the people who act ("protesters", "marchers").
_AGENT_ENDINGS = ("ers", "ors")


def _actors_will_act(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 3: a trigger naming people ("protesters", "demonstrators") as the subject of
    an act still to come ("Protesters will march in Madison next Tuesday")."""
    if not tokens[first].lower.endswith(_AGENT_ENDINGS):
        return False
    after = tuple(t.lower for t in tokens[first + 1 : first + 4])
    return any(after[: len(lead)] == lead for lead in _FUTURE_LEADS)


#: demands for an act not yet done (rule 3).
_DEMANDS = frozenset({"demand", "demands", "demanded", "demanding"})


def _demanded(whole: Sequence[str], tokens: Sequence[Tok], first: int) -> bool:
    """Rule 3: an act demanded, in the clause "that" opens after the demand
    ("demanding that the parties declare a cease-fire and establish a truce") or as
    its object ("demanded the release of the prisoners"), not the demander's own finite
    act ("students demanding reforms marched")."""
    if any(w in _DEMANDS and whole[k + 1 : k + 2] == ["that"] for k, w in enumerate(whole)):
        return True
    return _scoped(whole[-_WINDOW:], _DEMANDS) and not _own_finite_act(tokens, first)


#: verbs that announce an act as their object (rule 3): "called a national strike".
_ANNOUNCING = frozenset({"call", "calls", "called", "calling", "announced", "announces"})
#: what may stand between the announcing verb and the act: determiners and qualifiers,
#: not a particle or preposition ("called in air strikes", "called on the army to").
_PARTICLES = frozenset({"in", "off", "on", "up", "out", "for", "upon", "to", "back", "down"})
_ANNOUNCE_GAP = 3


#: collective actions that are called or announced before they happen (rule 3); an
#: attack is never called so ("Police called the attack an act of terror" labels it).
_CALLED_ACTIONS = frozenset(
    {"strike", "strikes", "protest", "protests", "rally", "rallies", "demonstration",
     "demonstrations", "march", "marches", "boycott", "sit-in", "shutdown", "walkout",
     "stayaway", "stay-away", "hartal", "bandh"}
)  # fmt: skip
_ACTION_REACH = 3


#: how far after the act "call X Y" may give its Y ("called the protest on Monday a failure").
_NAMING_REACH = 8


def _names_it(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 3: "called the protest a failure" judges an act; it calls for none: an "a"
    or "an" follows the act before any clause mark."""
    for tok in tokens[first + 1 : first + 1 + _NAMING_REACH]:
        if tok.text in {",", ";", ":", "."} or tok.lower in {"for", "to"}:
            return False
        if tok.lower in {"a", "an"}:
            return True
    return False


def _announced(tokens: Sequence[Tok], lo: int, first: int) -> bool:
    """Rule 3: "has called a national strike for 14 August", "announced a general
    strike": a call or an announcement whose object is a collective action names it,
    not yet done."""
    action = {t.lower for t in tokens[first : first + _ACTION_REACH]} & _CALLED_ACTIONS
    if _finite(tokens, first) or not action or _armed_strike(tokens, first):
        return False
    for j in range(first - 1, max(lo, first - 1 - _ANNOUNCE_GAP) - 1, -1):
        word = tokens[j].lower
        if word in _ANNOUNCING:
            if word.startswith("call") and _names_it(tokens, first):
                return False  # "called the protest in Lagos a failure": a judgement
            return not (j > lo and tokens[j - 1].lower in _DETERMINERS)  # "the call"
        if not tokens[j].text.isalpha() or word in _PARTICLES or _finite(tokens, j):
            return False
    return False


#: what makes a "strike" an armed one ("announced an air strike", "strikes on rebel
#: positions"), which is told when done, not called.
_ARMED_STRIKE_BEFORE = frozenset(
    {"air", "airstrike", "drone", "missile", "rocket", "artillery", "military", "precision",
     "retaliatory", "preemptive", "pre-emptive", "surgical", "naval"}
)  # fmt: skip
_ARMED_STRIKE_AFTER = frozenset({"on", "against", "targeting", "at", "near", "in"})


def _armed_strike(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 3: whether a "strike" the clause names is an armed one, which no call or
    announcement makes unrealised ("the army announced air strikes on rebel positions")."""
    at = next(
        (k for k in range(first, min(len(tokens), first + _ACTION_REACH))
         if tokens[k].lower in {"strike", "strikes"}),
        None,
    )  # fmt: skip
    if at is None:
        return False
    before = {t.lower for t in tokens[max(0, at - 2) : at]}
    after = tokens[at + 1].lower if at + 1 < len(tokens) else ""
    return bool(before & _ARMED_STRIKE_BEFORE) or after in _ARMED_STRIKE_AFTER


#: phrases that place an act after the clause's own act (rule 3), as word sequences.
_AHEAD = (("ahead", "of"), ("eve", "of"), ("run-up", "to"), ("lead-up", "to"), ("run", "up", "to"))
_AHEAD_GAP = 4


def _upcoming(tokens: Sequence[Tok], lo: int, first: int) -> bool:
    """Rule 3: the act an "ahead of", "on the eve of" or "in the run-up to" phrase names
    ("arrested activists ahead of anti-government rallies next month", "on the eve of
    the miners' national strike"), a few modifier words before it, no verb between."""
    if _finite(tokens, first):
        return False
    words = [t.lower for t in tokens]
    for j in range(first - 1, max(lo, first - 1 - _AHEAD_GAP) - 1, -1):
        if any(tuple(words[j - len(p) + 1 : j + 1]) == p for p in _AHEAD):
            return True
        if _finite(tokens, j) or tokens[j].text in {",", ";", ":"}:
            return False
    return False


#: words that schedule an act after it (rule 3): "which is scheduled to begin".
_SCHEDULING = frozenset({"scheduled", "set", "due", "expected", "planned", "slated"})
_RELATIVES = frozenset({"which", "that"})
_BE_FORMS = frozenset({"is", "are", "was", "were", "has", "have", "had", "been", "being", "be"})
#: how far after the act's first word its noun phrase may end before the schedule.
_SCHEDULE_REACH = 3


def _scheduled(tokens: Sequence[Tok], clause: tuple[int, int], first: int) -> bool:
    """Rule 3: an act whose relative or reduced clause right after it schedules it ("a
    national strike, which is scheduled to begin on 14 August", "the rally, set for
    Friday"); a clause after a longer phrase qualifies its last noun, not the act."""
    j = clause[1]
    if _finite(tokens, first) or j - first > _SCHEDULE_REACH or j >= len(tokens):
        return False
    if tokens[j].text == ",":
        j += 1
    if j < len(tokens) and tokens[j].lower in _RELATIVES:
        j += 1
    while j < len(tokens) and tokens[j].lower in _BE_FORMS:
        j += 1
    if j <= clause[1] or j >= len(tokens) or tokens[j].lower not in _SCHEDULING:
        return False
    if _done_after(tokens, j):
        return False  # "The attack, which was planned for months, killed 20 people"
    return tokens[j + 1].lower != "off" if j + 1 < len(tokens) else True  # "set off by"


def _done_after(tokens: Sequence[Tok], j: int) -> bool:
    """Rule 3: the clause that schedules an act at token j closes and the sentence goes
    on with what the act did ("The attack, which was planned for months, killed 20
    people"): an act that did something happened, whatever was planned for it."""
    close = next((k for k in range(j, len(tokens)) if tokens[k].text in {",", ";"}), None)
    return (
        close is not None
        and tokens[close].text == ","
        and close + 1 < len(tokens)
        and _finite(tokens, close + 1)
    )


#: participles that tell an act as not carried out when it is their passive subject.
_UNREALISED = _PLANNED | _FOILED | frozenset({"plotted", "planned", "prepared"})
_PASSIVE_REACH = 6


def _unrealised_passive(tokens: Sequence[Tok], clause: tuple[int, int], first: int) -> bool:
    """Rule 3: a nominal act that is the subject of a passive of threat, plan or stop
    ("an attack on radio stations was threatened", "the bombing was foiled"), its own
    modifiers only between."""
    if _finite(tokens, first):
        return False
    for j in range(first + 1, min(clause[1], first + 1 + _PASSIVE_REACH)):
        if tokens[j].lower in _BE_FORMS:
            nxt = j + 1
            while nxt < clause[1] and tokens[nxt].lower in _BE_FORMS:
                nxt += 1  # "has been foiled"
            return nxt < clause[1] and tokens[nxt].lower in _UNREALISED
        if _finite(tokens, j):
            return False
    return False


#: an act called off or cancelled (rule 6); "postponed" leaves it planned (rule 3).
_CANCELLED = frozenset({"cancelled", "canceled", "cancels", "cancel", "scrapped", "scraps"})
_POSTPONED = frozenset({"postponed", "postpones", "postpone", "delayed", "deferred"})
_CALL_OFF = frozenset({(w, "off") for w in ("call", "calls", "called", "calling")})


def _called_off(window: Sequence[str]) -> bool:
    """Rule 6: "called off the strike", "cancelled the march" (scoped as `_scoped`)."""
    pairs = [k + 1 for k, w in enumerate(window[:-1]) if (w, window[k + 1]) in _CALL_OFF]
    cancel = max([k for k, w in enumerate(window) if w in _CANCELLED] + pairs, default=-1)
    return cancel >= 0 and "and" not in window[cancel + 1 :]


#: verbs of stopping a conduct, and the nouns of "an end to", "a halt to" (rule 6).
_STOPPING = frozenset(
    {"stop", "stops", "stopped", "stopping", "cease", "ceases", "ceased", "ceasing", "halt",
     "halts", "halted", "halting", "suspend", "suspends", "suspended", "suspending", "end",
     "ends", "ended", "ending", "refrain", "refrains", "refrained", "refraining"}
)  # fmt: skip
#: the words that may stand between a stopping cue and the act ("refrain from all such
#: attacks", "an end to the killing", "stop their indiscriminate bombings").
_STOP_GAP = frozenset(
    {"from", "to", "the", "all", "any", "such", "its", "their", "his", "her", "our",
     "complete", "indiscriminate"}
)  # fmt: skip


def _stopped(window: Sequence[str], trigger: str) -> bool:
    """Rule 6: a conduct stopped ("ceased bombing pipelines", "stop their attacks", "put
    an end to the killing"): the act in the plural or as a gerund right after a stopping
    cue, past articles and possessives only."""
    cue = max((k for k, w in enumerate(window) if w in _STOPPING), default=-1)
    if cue < 0 or not set(window[cue + 1 :]) <= _STOP_GAP:
        return False
    return is_plural(trigger) or trigger.endswith("ing")


#: rule 4: violent acts that a bare infinitive names ("to attack", "to kill").
_VIOLENT_VERBS = frozenset(
    {"attack", "kill", "bomb", "kidnap", "abduct", "murder", "assassinate", "shoot",
     "shell", "ambush", "massacre", "storm", "execute", "dynamite", "torture"}
)  # fmt: skip
#: rule 4: verbs of attempt or of an act's course, which tell the act after "to" as done
#: or tried ("tried to kill", "went on to attack", "were able to kidnap"), and a means
#: used for it ("grenades were used to shoot down an army helicopter").
_REALISING = frozenset(
    {"tried", "try", "tries", "trying", "attempted", "attempt", "attempts", "attempting",
     "managed", "manage", "manages", "began", "begin", "begins", "begun", "beginning",
     "started", "start", "starts", "continued", "continue", "continues", "continuing",
     "proceeded", "on", "used", "able"}
)  # fmt: skip


def _purpose(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 4: a violent act in the bare infinitive is a purpose, an intention or a
    means ("forces which were created to attack my country", "used as a springboard to
    attack Nicaragua", "buyers of weapons to kill one another", "they were going to
    attack"), unless a verb of attempt or of its course governs it ("tried to kill",
    "went on to attack")."""
    if first < 2 or tokens[first - 1].lower != "to":
        return False
    return tokens[first].lower in _VIOLENT_VERBS and tokens[first - 2].lower not in _REALISING


#: what closes a sentence after its last word: quotes and brackets (rule 4).
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]"})


def _asked(tokens: Sequence[Tok]) -> bool:
    """Rule 4: a question asks, it tells of no act ("What do you feel after killing so
    many policemen?", "Is the army behind the killing of the priests?")."""
    words = [t.text for t in tokens if t.text not in _CLOSERS]
    return bool(words) and words[-1].endswith("?")


def _habitual(tokens: Sequence[Tok], lo: int, first: int) -> bool:
    """Rule 4: a present-tense act in a relative clause describes what a kind of actor
    does, not one act ("right-wing terrorists, who attack students and place bombs",
    "groups that kidnap businessmen"); "who attacked the students" tells of one."""
    before = first - 1
    if before > lo and tokens[before].lower.endswith("ly"):
        before -= 1  # "who regularly attack"
    if before < lo or tokens[before].lower not in RELATIVE_PRONOUNS:
        return False
    if tokens[before].lower == "that" and before > 0 and complementiser(tokens, before - 1):
        return False  # "Police said that attacks on two villages killed 12 people"
    word = tokens[first].lower
    return word.isalpha() and not (_finite(tokens, first) or word.endswith("ing"))


def complementiser(tokens: Sequence[Tok], k: int) -> bool:
    """Rule 4: the word before "that" makes it a complementiser, not a relative pronoun:
    a verb of speech or thought or any finite verb ("said that", "believe that")."""
    return tokens[k].lower in CUE_WORDS or _finite(tokens, k) or tokens[k].lower.endswith("ed")


def _in_relative(tokens: Sequence[Tok], lo: int) -> bool:
    """Rule 4: the act's clause is a relative clause ("the gunmen who killed five")."""
    return tokens[lo].lower in RELATIVE_PRONOUNS or (
        lo > 0 and tokens[lo - 1].lower in RELATIVE_PRONOUNS
    )


#: a practice or means: "the use of kidnapping", "practices like kidnapping" (rule 4).
_PRACTICE_BEFORE = (("use", "of"), ("practice", "of"), ("practices", "like"),
                    ("practices", "such", "as"), ("resort", "to"), ("resorting", "to"))  # fmt: skip
_MEANS_NOUNS = frozenset(
    {"weapon", "tactic", "tool", "method", "instrument", "means", "strategy", "policy"}
)
_MEANS_REACH = 6
#: the words of "is used as" / "serves as" between an act and its "as".
_USED_AS = frozenset({"is", "are", "was", "were", "being", "been", "used", "serves", "served"})


def _as_practice(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 4: an act named as a practice or a means ("justify the use of kidnapping as
    a political weapon", "abandon practices like kidnapping") is a kind of act, not
    one that happened."""
    words = [t.lower for t in tokens]
    if any(tuple(words[max(0, first - len(p)) : first]) == p for p in _PRACTICE_BEFORE):
        return True
    after = words[first + 1 : first + 1 + _MEANS_REACH]
    at = next((k for k, w in enumerate(after[:4]) if w == "as"), None)
    if at is None or any(w not in _USED_AS for w in after[:at]):
        return False  # "kidnapping as a weapon", "is used as"; not "kidnapping, seen as"
    return bool(set(after[at + 1 :]) & _MEANS_NOUNS)


_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "its", "their", "his", "her"})
_IRREGULAR_PAST = frozenset({"shot", "hit", "struck", "fought", "held", "led", "met", "took"})


def _finite(tokens: Sequence[Tok], j: int) -> bool:
    """Whether token j reads as a past verb or participle ("attacked", "shot"), which no
    nominal act is."""
    word = tokens[j].lower
    return word.endswith("ed") or word in _IRREGULAR_PAST


def is_denial(cue: Span | None) -> bool:
    """Rule 2: whether a quote's cue denies ("although Moscow denies any involvement"):
    a party that denies an act is never the source that reports it."""
    words = cue.text.lower().split() if cue is not None else []
    return bool(words) and (words[0] in _DENIAL or words[0] in _REJECTED)


def starts_event(modality: Modality) -> bool:
    """Whether a mention with this modality may make an event (asserted or claimed)."""
    return modality in ("asserted", "claimed")
