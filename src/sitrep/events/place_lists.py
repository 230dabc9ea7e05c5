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
5. a region in the run, or a country that holds another place of the run ("in Kenya,
   Nairobi and Mombasa"), makes it no list: a country with its own cities is the
   country of those cities, not another place; countries apart ("the embassies in
   Kenya and Tanzania") are places apart, as cities are;
6. the places of the run may lie in different countries ("the U.S. embassies in
   Nairobi and Dar es Salaam"): ACLED codes one event per location, and so per country;
7. each place keeps its own evidence; the event's own place comes first, the others
   follow in text order;
8. the dead go to the place they are told for: a count of the dead followed by "in" or
   "at" and a place ("killing 213 people in Kenya and 11 in Tanzania") belongs to the
   event at that place, or at the one place of the list in that country or province
   when the place is a country or a province; a count told for no place of the list stays with the
   event's own place (the first), and the other places get no toll, as a toll told once
   for a list of places cannot be divided among them;
9. a count of the dead told for a place that is none of the list and lies in none of
   them ("At least 75 people were killed in Nairobi and 10 in Dar es Salaam") makes
   that place one more place of the event, with its own dead (`toll_places`); a place
   told again by the same name is the same place ("the embassies in Nairobi and Dar es
   Salaam ... 10 in Dar es Salaam"), and one inside a place of the list is that place
   ("the bombing in Kenya ... 75 in Nairobi").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.events.placing import precision_of, to_location
from sitrep.events.tokens import Tok, clause_bounds
from sitrep.model import Location, PlaceMention, Quantity

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
    if "region" in precisions or _country_holds_another(run, precisions):
        return []
    return [
        to_location(p, precision)
        for p, precision in zip(run, precisions, strict=True)
        if p.evidence != own
    ]


def _country_holds_another(run: Sequence[PlaceMention], precisions: Sequence[str]) -> bool:
    """Rule 5: a country of the run is the country of another place of the run."""
    countries = [p.country for p, precision in zip(run, precisions, strict=True)]
    return any(
        precision == "country" and countries.count(p.country) > 1
        for p, precision in zip(run, precisions, strict=True)
    )


#: rule 8: what joins a count of the dead to the place it is told for ("213 people in").
_TOLD_AT = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?", re.IGNORECASE)


def _told_for(count: Quantity, places: Sequence[PlaceMention], text: str) -> PlaceMention | None:
    """The place named right after a count of the dead ("213 people in Kenya"), if any."""
    for p in places:
        gap = text[count.evidence.end : p.evidence.start]
        if p.evidence.start > count.evidence.end and _TOLD_AT.fullmatch(gap):
            return p
    return None


def _owner(place: PlaceMention, listed: Sequence[Location], text: str) -> int | None:
    """Rule 8: the index of the location of the list a place stands for: the same
    words, else the one location in the country or the province so named."""
    for k, loc in enumerate(listed):
        if loc.evidence == place.evidence or (
            loc.name == place.name and loc.country == place.country
        ):
            return k
    precision = precision_of(place, text)
    if precision == "country":
        inside = [k for k, loc in enumerate(listed) if loc.country == place.country]
    elif precision == "admin1" and place.admin1 is not None:
        inside = [k for k, loc in enumerate(listed) if loc.admin1 == place.admin1]
    else:
        return None
    return inside[0] if len(inside) == 1 else None


def dead_by_place(
    dead: Sequence[Quantity],
    listed: Sequence[Location],
    places: Sequence[PlaceMention],
    text: str,
) -> list[list[Quantity]]:
    """Rule 8: the counts of the dead of each location of the list (the event's own
    place first); counts told for no place of the list stay with the first."""
    shares: list[list[Quantity]] = [[] for _ in listed]
    for count in dead:
        place = _told_for(count, places, text)
        k = _owner(place, listed, text) if place is not None else None
        shares[k if k is not None else 0].append(count)
    return shares


def toll_places(
    dead: Sequence[Quantity],
    listed: Sequence[Location],
    places: Sequence[PlaceMention],
    text: str,
) -> list[Location]:
    """Rule 9: the places beyond `listed` that counts of the dead are told for ("75
    people were killed in Nairobi and 10 in Dar es Salaam"), in text order."""
    found: list[Location] = []
    for count in dead:
        place = _told_for(count, places, text)
        if place is None or _owner(place, [*listed, *found], text) is not None:
            continue
        if any(_holds(loc, place) for loc in listed):
            continue
        found.append(to_location(place, precision_of(place, text)))
    return found


def _holds(region: Location, place: PlaceMention) -> bool:
    """Rule 9: whether a country or province of the list holds the place."""
    if region.precision == "country":
        return region.country == place.country
    return (
        region.precision == "admin1"
        and place.admin1 is not None
        and (region.admin1 == place.admin1 and region.country == place.country)
    )
