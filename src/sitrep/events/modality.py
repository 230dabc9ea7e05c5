"""Did it happen? Negation, modality and attribution cues around a trigger.

Rules, looked for in the trigger's clause before the trigger (6 tokens) unless noted:
1. negated: "no", "not", "never", "n't", "without", "nor", "failed to";
2. denied: "denied", "denies", "deny" anywhere in the clause before the trigger, unless
   a speech verb comes between ("denied targeting civilians and said its forces had
   struck ...": what it said it did is its own claim, not a denial);
3. planned: "threatened to", "plans to", "planned", "plotting", "plot", "orchestrated",
   "vowed to", "intends to", "preparing", "in preparation for", "committed to" (attacks
   announced, not carried out);
4. hypothetical: "would", "could", "might", "may", "will", "if", "unless", "any",
   "possible", "potential", "future", "risk of", "threat of", and what must or should
   be done ("the need to continue coalition operations", "must strike");
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
_DENIAL = frozenset({"denied", "denies", "deny", "denying"})
_PLANNED = frozenset(
    {"threatened", "threatens", "plans", "planned", "planning", "plotting", "plot", "plots",
     "orchestrated", "vowed", "vows", "intends", "intend", "preparing", "foiled", "thwarted",
     "preparation", "prepare", "prepares"}
)  # fmt: skip
_HYPOTHETICAL = frozenset(
    {"would", "could", "might", "may", "will", "if", "unless", "any", "possible", "potential",
     "future", "risk", "threat", "fears", "feared", "warning", "must", "should", "need",
     "needs", "ought"}
)  # fmt: skip
_CLAIMED = frozenset({"reportedly", "allegedly", "purportedly", "claimed", "alleged", "reports"})
_SAID = frozenset({"said", "says", "stated", "added", "insisted", "maintained", "claimed"})
_WINDOW = 6


def modality_of(tokens: Sequence[Tok], clause: tuple[int, int], first: int) -> Modality:
    lo, _ = clause
    whole = [t.lower for t in tokens[lo:first] if t.text[:1].isalnum()]
    window = whole[-_WINDOW:]
    denial = max((k for k, w in enumerate(whole) if w in _DENIAL), default=-1)
    if denial >= 0 and not set(whole[denial + 1 :]) & _SAID:
        return "denied"
    if set(window) & _NEGATION or "failed" in window:
        return "negated"
    if set(window) & _PLANNED or " committed to " in f" {' '.join(window)} ":
        return "planned"
    if set(window) & _HYPOTHETICAL:
        return "hypothetical"
    joined = " ".join(whole)
    if set(window) & _CLAIMED or " said to " in f" {joined} " or "is said" in joined:
        return "claimed"
    return "asserted"


def starts_event(modality: Modality) -> bool:
    """Whether a mention with this modality may make an event (asserted or claimed)."""
    return modality in ("asserted", "claimed")
