"""One event told for a list of places: "Demonstrations also took place in Mombasa,
Kisumu and Eldoret" is one event per place (ACLED codes one event per location and day).

Rules, in order:
1. the event's own place must lie in the trigger's clause, and the list runs on only
   through separators, so it is never read across clauses ("Police fired tear gas in
   Nairobi, while in Mombasa ..."); the tokenizer's clause may end at a list comma;
2. the list is the run of places that holds the event's own place, each joined to the
   one before by a comma, "and" or ", and" and nothing else ("Mombasa, Kisumu and
   Eldoret");
3. the run must end on "and": a bare comma pair is how a place is qualified by its
   region ("Maiduguri, Borno"), not a list;
4. the list is introduced by a locative ("in", "at", "near", "across" ...): places
   after "attacks on" or "the offensive against" name targets of a campaign, told
   as one;
5. a country or region in the run ("in Kenya, Nairobi and Mombasa") makes it no list:
   a country with its own cities is the country of those cities, not another place;
6. every place of the run must lie in the event's country;
7. each place keeps its own evidence; the event's own place comes first, the others
   follow in text order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.events.placing import precision_of, to_location
from sitrep.events.tokens import Tok, clause_bounds
from sitrep.model import Location, PlaceMention

#: rule 3b: the word before the list says where things happened.
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|across|around|outside|inside)\s+(?:the\s+)?(?:(?:towns?|cities|city|"
    r"villages?|districts?|provinces?|regions?|states?|counties|county)\s+of\s+)?\Z",
    re.IGNORECASE,
)
_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)", re.IGNORECASE)


def _joined(text: str, left: PlaceMention, right: PlaceMention) -> str | None:
    """'and' or ',' when only a list separator lies between two places (rule 2)."""
    gap = text[left.evidence.end : right.evidence.start]
    if not gap or _GAP.fullmatch(gap) is None:
        return None
    return "and" if "and" in gap.lower() else ","


def listed_places(
    text: str,
    tokens: list[Tok],
    trigger_start: int,
    location: Location,
    places: Sequence[PlaceMention],
) -> list[Location]:
    """The other places of the list that holds the event's own place (rules 1-6); [] if
    the place is not in such a list."""
    own = location.evidence
    at = next((t.i for t in tokens if t.start >= trigger_start), None)
    if own is None or at is None:
        return []
    lo, hi = clause_bounds(tokens, at)
    if not tokens[lo].start <= own.start < tokens[hi - 1].end:
        return []
    # the run may go on past the clause's comma: its gaps hold nothing but separators
    start, end = tokens[0].start, tokens[-1].end
    here: dict[tuple[int, int], PlaceMention] = {}
    for p in places:
        key = (p.evidence.start, p.evidence.end)
        if start <= p.evidence.start and p.evidence.end <= end and key not in here:
            here[key] = p
    ordered = [here[k] for k in sorted(here)]
    k = next((i for i, p in enumerate(ordered) if p.evidence == own), None)
    if k is None:
        return []
    first = last = k
    while first > 0 and _joined(text, ordered[first - 1], ordered[first]):
        first -= 1
    while last + 1 < len(ordered) and _joined(text, ordered[last], ordered[last + 1]):
        last += 1
    run = ordered[first : last + 1]
    if len(run) < 2 or _joined(text, run[-2], run[-1]) != "and":
        return []
    if not _LOCATIVE.search(text, max(0, run[0].evidence.start - 30), run[0].evidence.start):
        return []
    precisions = [precision_of(p, text) for p in run]
    if "country" in precisions or "region" in precisions:
        return []
    if any(p.country != location.country for p in run):
        return []
    return [
        to_location(p, precision)
        for p, precision in zip(run, precisions, strict=True)
        if p.evidence != own
    ]
