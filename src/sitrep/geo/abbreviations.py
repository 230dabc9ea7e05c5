"""Abbreviated US state and Canadian province names as news writes them after a city
("Atlanta, Ga.", "Cobourg, Ont.").

Rules, in order:
1. AP-style abbreviations with their period ("Calif.", "N.M.", "Md.") map to the state's
   name, and Canadian Press ones ("Ont.", "B.C.", "Que.") to the province's, which the
   gazetteer then resolves like any first-level region;
2. they count only right after "Name, " (a city and a comma), after a party letter
   ("Sen. Jay Rockefeller, D-W.Va.") or in a dateline, because several are common words
   or titles on their own ("Miss.", "Wash.", "Del.", "Ind.");
3. they count anywhere when no English word or title is spelled so ("Fla.", "Tenn.",
   "W.Va.", "Ont."), or when a lower-case word follows, so that the period ends no
   sentence and no name follows a title ("Mass. legislators", "a Miss. voter"); but
   "B.C.", "N.B." and "Man." only in the contexts of rule 2 ("500 B.C.", "N.B. the
   fee");
4. written without its final period ("D-Calif,", "Bronx County, N.Y,") an abbreviation
   that rule 3 finds safe counts in the contexts of rule 2 ("Miss", "Mass" do not: titles
   and words are written so).
"""

from __future__ import annotations

import re
from typing import Final

STATES: Final = {
    "Ala.": "Alabama",
    "Ariz.": "Arizona",
    "Ark.": "Arkansas",
    "Calif.": "California",
    "Cal.": "California",
    "Colo.": "Colorado",
    "Conn.": "Connecticut",
    "Del.": "Delaware",
    "D.C.": "District of Columbia",
    "Fla.": "Florida",
    "Ga.": "Georgia",
    "Ill.": "Illinois",
    "Ind.": "Indiana",
    "Kan.": "Kansas",
    "Kans.": "Kansas",
    "Ky.": "Kentucky",
    "La.": "Louisiana",
    "Md.": "Maryland",
    "Mass.": "Massachusetts",
    "Mich.": "Michigan",
    "Minn.": "Minnesota",
    "Miss.": "Mississippi",
    "Mo.": "Missouri",
    "Mont.": "Montana",
    "Neb.": "Nebraska",
    "Nev.": "Nevada",
    "N.H.": "New Hampshire",
    "N.J.": "New Jersey",
    "N.M.": "New Mexico",
    "N.Y.": "New York",
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "Okla.": "Oklahoma",
    "Ore.": "Oregon",
    "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn.": "Tennessee",
    "Tex.": "Texas",
    "Vt.": "Vermont",
    "Va.": "Virginia",
    "Wash.": "Washington",
    "W.Va.": "West Virginia",
    "W. Va.": "West Virginia",
    "Wis.": "Wisconsin",
    "Wisc.": "Wisconsin",
    "Wyo.": "Wyoming",
    # Canadian provinces as the Canadian Press abbreviates them
    "Alta.": "Alberta",
    "B.C.": "British Columbia",
    "Man.": "Manitoba",
    "N.B.": "New Brunswick",
    "Nfld.": "Newfoundland and Labrador",
    "N.S.": "Nova Scotia",
    "Ont.": "Ontario",
    "P.E.I.": "Prince Edward Island",
    "Que.": "Quebec",
    "Sask.": "Saskatchewan",
}
#: "City, " right before the abbreviation (rule 2).
_AFTER_CITY: Final = re.compile(r"[A-Z][\w.'’-]*,\s*$")
#: a legislator's party and home ("R-Marshall", "D-W.Va.", "DFL-Cook"), as US news
#: writes it after the name: what follows the hyphen is a place.
PARTY_BEFORE: Final = re.compile(r"(?<![\w-])(?:R|D|I|DFL)-$")
#: safe alone: no common word, title or given name is spelled so (rule 3); "Mass.",
#: "Miss.", "Wash.", "Del.", "Ind.", "Ill.", "Cal.", "La.", "Mo.", "Ore.", "Pa." are, and
#: "Man.", "B.C." ("500 B.C.") and "N.B." (nota bene) are read so too.
_SAFE_ALONE: Final = frozenset(
    {
        "N.Y.",
        "D.C.",
        "N.J.",
        "N.M.",
        "N.H.",
        "N.C.",
        "S.C.",
        "N.D.",
        "S.D.",
        "R.I.",
        "Ala.",
        "Ariz.",
        "Ark.",
        "Calif.",
        "Colo.",
        "Conn.",
        "Fla.",
        "Ga.",
        "Kan.",
        "Kans.",
        "Ky.",
        "Md.",
        "Mich.",
        "Minn.",
        "Neb.",
        "Nev.",
        "Okla.",
        "Tenn.",
        "Tex.",
        "Vt.",
        "Va.",
        "W.Va.",
        "W. Va.",
        "Wis.",
        "Wisc.",
        "Wyo.",
        "Alta.",
        "Nfld.",
        "Ont.",
        "P.E.I.",
        "Que.",
        "Sask.",
    }
)
#: read only where rule 2 places them: "500 B.C. the city fell", "N.B. the fee is due",
#: "Man. the pumps" are no provinces, whatever word follows (rule 3).
_PLACED_ONLY: Final = frozenset({"B.C.", "N.B.", "Man."})
#: a lower-case word right after the abbreviation (rule 3).
_LOWER_AFTER: Final = re.compile(r"\s+[a-z]")


def state_for(text: str, start: int, end: int) -> str | None:
    """The state an abbreviation at text[start:end] names in its context, or None."""
    abbreviation = text[start:end]
    if not abbreviation.endswith(".") and text[end : end + 1] == ".":
        abbreviation += "."
    if abbreviation not in STATES and abbreviation + "." not in STATES:
        return None  # no state's abbreviation, whatever its context (most names)
    before = text[max(0, start - 40) : start]
    placed = _AFTER_CITY.search(before) is not None or PARTY_BEFORE.search(before) is not None
    if not abbreviation.endswith(".") and placed and abbreviation + "." in _SAFE_ALONE:
        abbreviation += "."  # rule 4: "D-Calif,"
    state = STATES.get(abbreviation)
    if state is None:
        return None
    if abbreviation in _SAFE_ALONE or placed:
        return state
    if abbreviation in _PLACED_ONLY:
        return None
    after = start + len(abbreviation)
    return state if _LOWER_AFTER.match(text, after, after + 3) else None
