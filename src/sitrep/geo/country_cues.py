"""Country cues: wording that places an article in one country without naming it.

US local news often names no state at all ("Paris firefighters made quick work of a
kitchen fire ... the Sheriff's Office said"): its readers know where they live. Yet its
wording is American, and a careful reader takes "Paris" there for a US town, not the
French capital. Rules, in order:
1. US local institutions and usages are cues: a sheriff's office or deputies, state
   police or troopers, a highway or state patrol, selectmen, a named township, a school
   district or board of education, a governor titled "Gov.", an office of the state
   written in lower case ("the state Department of Revenue", "state Sen. Jane Doe",
   "the state Legislature"), an interstate or US route,
   a county road, jail, courthouse, clerk, attorney or commission, a district attorney,
   a ZIP code after a state's postal code, a house number before a street abbreviated
   with a full stop as US papers write addresses ("at 3125 Clarksville St.", "City
   Hall, 1200 E. Broad St."; British and Irish papers write "14 Baker Street" or "19
   St Ailbe's Drive") (a city's police or fire department is none:
   Canadian towns have them too, "the Delta Police Department");
2. a cue is read as written in US news: "the Osun State Police Command" (a Nigerian
   state's police) is no cue, as "State Police" after a capitalised name is not
   counted, only "state police", "state troopers", "State Patrol", "Highway Patrol";
3. one cue is enough: each of them is rare outside the US, and the cue only weighs as a
   country the article names (sitrep.geo.scoring rule 2), never adds a place;
4. British local news has its own: sums in pounds sterling ("£2,600") and courtesy
   titles without a full stop ("Mr Wood", "Mrs Patel"; American papers write "Mr.");
   they place the article in the United Kingdom ("the leader of the Cambridge group"
   there is Cambridge, England, not Massachusetts), unless the text is also worded as
   US local news or names a country besides the UK: the papers of Canada, Australia,
   Ireland, South Africa or India, and British papers reporting from abroad, write
   "Mr Carney" too ("Canadian police" put "Hamilton" in Ontario, not Scotland).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final

#: rule 1-2: wording of US local news.
_US_LOCAL: Final = re.compile(
    r"\b[Ss]heriff(?:['’]s)?\s+(?:[Oo]ffice|[Dd]epartment|[Dd]eput(?:y|ies))"
    r"|\bCounty\s+Sheriff\b|\b[Dd]eputy\s+[Ss]heriff\b"
    r"|\bstate\s+(?:police|troopers?)\b|\bState\s+Troopers?\b|\b(?:State|Highway)\s+Patrol\b"
    r"|\b[Ss]elect(?:m[ae]n|wom[ae]n)\b"
    r"|\b[A-Z][a-z]+\s+Township\b"
    r"|\b[Ss]chool\s+[Dd]istrict\b|\bBoard\s+of\s+Education\b"
    r"|\bGov\.\s+[A-Z]"
    r"|\bstate\s+(?:Department|Board|Sen\.|Rep\.|Senator|Representative|[Ll]egislature)\b"
    r"|\bInterstate\s+\d+|\bI-\d+\b|\bU\.S\.\s+(?:Highway\s+|Route\s+)?\d+\b"
    r"|\bCounty\s+(?:Road|Route|Jail|Courthouse|Commission(?:ers?)?|Attorney|Clerk)\b"
    r"|\b[Dd]istrict\s+[Aa]ttorney\b"
    r"|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"
    r"|\b\d{1,5}\s+(?:[NSEW]\.\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:St|Ave|Blvd)\.(?!\w)"
)

#: rule 4: wording of British news.
_GB_LOCAL: Final = re.compile(r"£\s?\d|\b(?:Mr|Mrs|Ms)\s+[A-Z][a-z]")

US: Final = "US"
GB: Final = "GB"


def worded_countries(text: str, named: Collection[str] = ()) -> frozenset[str]:
    """Rules 3-4: the countries the article's wording places it in ("US" for a text that
    speaks of "the Sheriff's Office"), whether or not it names them; `named` holds the
    codes of the countries it names or whose forces it names, and one besides the UK
    ("Canadian police said. Mr Carney …") makes the British wording no cue."""
    if _US_LOCAL.search(text):
        return frozenset({US})
    if any(code != GB for code in named):
        return frozenset()
    return frozenset({GB}) if _GB_LOCAL.search(text) else frozenset()
