"""Did it happen? Negation, modality and attribution cues around a trigger.

Rules, looked for in the trigger's clause before the trigger (6 tokens) unless noted:
1. negated: "no", "not", "never", "n't", "without", "nor", "failed to";
2. denied: "denied", "denies", "deny" anywhere in the clause before the trigger;
3. planned: "threatened to", "plans to", "planned", "plotting", "plot", "orchestrated",
   "vowed to", "intends to", "preparing", "in preparation for", "committed to" (attacks
   announced, not carried out);
4. hypothetical: "would", "could", "might", "may", "will", "if", "unless", "any",
   "possible", "potential", "future", "risk of", "threat of";
5. claimed: "reportedly", "allegedly", "purportedly", "is said to", "reports of",
   "claimed", "alleged";
6. else asserted.
Negated, planned and hypothetical mentions are not events of record (ACLED codes
what happened); the stage drops them unless asked to keep them.
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
     "future", "risk", "threat", "fears", "feared", "warning"}
)  # fmt: skip
_CLAIMED = frozenset({"reportedly", "allegedly", "purportedly", "claimed", "alleged", "reports"})
_WINDOW = 6


def modality_of(tokens: Sequence[Tok], clause: tuple[int, int], first: int) -> Modality:
    lo, _ = clause
    whole = [t.lower for t in tokens[lo:first] if t.text[:1].isalnum()]
    window = whole[-_WINDOW:]
    if set(whole) & _DENIAL:
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


def is_realised(modality: Modality) -> bool:
    return modality in ("asserted", "claimed", "denied")
