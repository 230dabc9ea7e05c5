"""Did it happen? Negation, modality and attribution cues around a trigger.

Rules, looked for in the trigger's clause before the trigger (6 tokens) unless noted:
1. negated: "no", "not", "never", "n't", "without", "nor", "failed to";
2. denied: "denied", "denies", "deny", "refuted", or claims, reports or allegations
   "rejected" or "dismissed", anywhere in the clause before the trigger, unless
   a speech verb comes between ("denied targeting civilians and said its forces had
   struck ...": what it said it did is its own claim, not a denial);
3. planned: "threatened to", "plans to", "plan to", "planned", "plotting", "plot",
   "orchestrated", "vowed to", "intends to", "preparing", "in preparation for",
   "committed to", "ready to", "poised to" (attacks announced, not carried out);
   "foiled", "thwarted", "prevented", "averted" (attacks stopped: up to an "and" that
   joins another verb); and calls and orders for an act ("called for a general
   strike", "urged residents to join a rally", "ordered the army to retake the town"),
   unless the trigger is the caller's own finite act ("protesters calling for reforms
   marched": a past form, or after an auxiliary);
4. hypothetical: "would", "could", "might", "may", "will", "if", "unless", "any",
   "possible", "potential", "future", "risk of", "threat of", "expected to", "set to",
   "scheduled to", "warned of" (up to an "and" that joins another verb: "warned
   residents and fired"), and what must or should be done ("the need to continue coalition
   operations", "must strike"); and a generic relative clause ("will arrest anyone who
   joins the rally": no one rally is reported);
5. claimed: "reportedly", "allegedly", "purportedly", "is said to", "reports of",
   "claimed", "alleged";
6. else asserted.
Negated, planned and hypothetical mentions are not events of record (ACLED codes
what happened); the stage drops them unless asked to keep them. A denial is a claim
about an event told elsewhere ("The defence ministry denied targeting civilian sites"),
never an event of its own: the stage drops it too (`starts_event`).
"""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.events.tokens import Tok
from sitrep.model import Modality

_NEGATION = frozenset({"no", "not", "never", "n't", "without", "nor", "neither"})
_DENIAL = frozenset({"denied", "denies", "deny", "denying", "refuted", "refutes"})
#: "rejected claims that ...": a denial told with its object (rule 2).
_REJECTED = frozenset({"rejected", "rejects", "dismissed", "dismisses"})
_CLAIM_NOUNS = frozenset({"claims", "claim", "reports", "report", "allegations", "accusations"})
_PLANNED = frozenset(
    {"threatened", "threatens", "plans", "planned", "planning", "plotting", "plot", "plots",
     "orchestrated", "vowed", "vows", "intends", "intend", "preparing", "preparation",
     "prepare", "prepares", "ready", "readiness", "poised"}
)  # fmt: skip
_HYPOTHETICAL = frozenset(
    {"would", "could", "might", "may", "will", "if", "unless", "any", "possible", "potential",
     "future", "risk", "threat", "threats", "fears", "feared", "warning", "must", "should",
     "need",
     "needs", "ought"}
)  # fmt: skip
_CLAIMED = frozenset({"reportedly", "allegedly", "purportedly", "claimed", "alleged", "reports"})
#: an act stopped before it happened; the cue governs its object only, not a verb
#: joined by "and" ("foiled an attempted bombing and arrested a man": the arrest holds).
_FOILED = frozenset({"foiled", "thwarted", "prevented", "averted"})
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
_SCHEDULED = (" expected to ", " set to ", " scheduled to ")
_SAID = frozenset({"said", "says", "stated", "added", "insisted", "maintained", "claimed"})
_WINDOW = 6


def modality_of(tokens: Sequence[Tok], clause: tuple[int, int], first: int) -> Modality:
    lo, _ = clause
    whole = [t.lower for t in tokens[lo:first] if t.text[:1].isalnum()]
    window = whole[-_WINDOW:]
    denial = max((k for k, w in enumerate(whole) if _denies(whole, k)), default=-1)
    if denial >= 0 and not set(whole[denial + 1 :]) & _SAID:
        return "denied"
    if set(window) & _NEGATION or "failed" in window:
        return "negated"
    phrase = f" {' '.join(window)} "
    if set(window) & _PLANNED or " committed to " in phrase or " plan to " in phrase:
        return "planned"
    if _scoped(window, _FOILED):
        return "planned"
    if _called_for(window, tokens, first):
        return "planned"
    if set(window) & _HYPOTHETICAL or any(cue in phrase for cue in _SCHEDULED):
        return "hypothetical"
    if _scoped(window, _WARNED):
        return "hypothetical"
    if lo > 0 and tokens[lo - 1].lower in _GENERIC_ANTECEDENTS:
        return "hypothetical"
    joined = " ".join(whole)
    if set(window) & _CLAIMED or " said to " in f" {joined} " or "is said" in joined:
        return "claimed"
    return "asserted"


def _denies(words: Sequence[str], k: int) -> bool:
    """Rule 2: "denied", or "rejected claims", at word k."""
    if words[k] in _DENIAL:
        return True
    return words[k] in _REJECTED and k + 1 < len(words) and words[k + 1] in _CLAIM_NOUNS


def _scoped(window: Sequence[str], cues: frozenset[str]) -> bool:
    """Rules 3-4: "foiled an attack", "warned of protests" (the cue's scope ends at an
    "and": "foiled an attempted bombing and arrested a man")."""
    cue = max((k for k, w in enumerate(window) if w in cues), default=-1)
    return cue >= 0 and "and" not in window[cue + 1 :]


def _called_for(window: Sequence[str], tokens: Sequence[Tok], first: int) -> bool:
    """Rule 3: a call or order for the act ("called for a strike", "urged ... to join"),
    not the caller's own finite act ("protesters calling for reforms marched")."""
    call = next((k for k, w in enumerate(window) if w in _CALLS), None)
    if call is None or not set(window[call + 1 :]) & _CALL_LINKS:
        return False
    trigger = tokens[first].lower
    finite = trigger.endswith("ed") or (first > 0 and tokens[first - 1].lower in _AUXILIARIES)
    return not finite


def starts_event(modality: Modality) -> bool:
    """Whether a mention with this modality may make an event (asserted or claimed)."""
    return modality in ("asserted", "claimed")
