"""Titles and roles that introduce people ("US Defence Secretary Pete Hegseth").

Shared by the entities stage (a title before capitalised words makes a PERSON) and the
actors stage (the title, with any nationality before it, becomes `Actor.role`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

_TITLES: Final = (
    "Deputy Prime Minister",
    "Prime Minister",
    "Vice President",
    "President",
    "Defence Secretary",
    "Defense Secretary",
    "Foreign Secretary",
    "Home Secretary",
    "War Secretary",
    "Secretary of State",
    "Secretary of Defense",
    "Secretary of War",
    "Secretary-General",
    "Secretary General",
    "Defence Minister",
    "Defense Minister",
    "Foreign Minister",
    "Interior Minister",
    "Armed Forces Minister",
    "Minister",
    "Chancellor",
    "Lieutenant General",
    "Major General",
    "Brigadier General",
    "General",
    "Lt Gen",
    "Lt. Gen.",
    "Maj Gen",
    "Maj. Gen.",
    "Brig Gen",
    "Brig. Gen.",
    "Gen.",
    "Gen",
    "Lieutenant Colonel",
    "Colonel",
    "Col.",
    "Lt Col",
    "Lt. Col.",
    "Admiral",
    "Adm.",
    "Commander",
    "Captain",
    "Capt.",
    "Sergeant",
    "Sgt.",
    "Major",
    # police ranks that title a named officer ("Constable Ram Singh", "Assistant Sub
    # Inspector Ali Khan", "Sheriff Tom Dart")
    "Inspector",
    "Sub-Inspector",
    "Superintendent",
    "Constable",
    "Havildar",
    "Subedar",
    "Sepoy",
    "Naik",
    "Sheriff",
    "Detective",
    "Marshal",
    "Chief of Staff",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Crown Prince",
    "King",
    "Queen",
    "Prince",
    "Sheikh",
    "Emir",
    "Supreme Leader",
    "Ayatollah",
    "Governor",
    "Mayor",
    "Senator",
    "Sen.",
    "Rep.",
    "Ambassador",
    "envoy",
    "Envoy",
    "Pope",
    # clergy and religious teachers, whose title news writes before the name ("Father
    # Ignacio Ellacuria", "Msgr. Juan Gerardi", "Imam Abdullahi Musa", "Mullah Mohammad Omar")
    "Father",
    "Fr.",
    "Reverend",
    "Rev.",
    "Rev",
    "Monsignor",
    "Msgr.",
    "Msgr",
    "Mgr",
    "Bishop",
    "Archbishop",
    "Cardinal",
    "Pastor",
    "Sister",
    "Friar",
    "Rabbi",
    "Imam",
    "Mufti",
    "Mullah",
    "Maulana",
    "Ustaz",
    "Ustadh",
    "Shaikh",
    "Speaker",
    "leader",
    "Leader",
    "chief",
    "commander",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Dr",
    "Dr.",
    # lower-case forms news uses in apposition ("Kharkiv's mayor Ihor Terekhov")
    "mayor",
    "governor",
    "president",
    "prime minister",
    "minister",
    "general",
    "colonel",
)
TITLE: Final = "|".join(re.escape(t) for t in sorted(_TITLES, key=len, reverse=True))
#: the lower-case particles inside a person's name ("Osama bin Laden", "Jose de la Cruz",
#: "Maria de los Angeles Ruiz", "Arturo Rivera y Damas"); up to two stand together.
PARTICLES: Final = frozenset(
    {"al", "el", "bin", "bint", "ibn", "abu", "Abu", "de", "del", "da", "das", "dos", "van",
     "von", "der", "den", "du", "la", "le", "los", "las", "y"}
)  # fmt: skip
_PARTICLE: Final = "(?:" + "|".join(sorted(PARTICLES, key=lambda p: (-len(p), p))) + ")"
_NAME_WORD: Final = r"[A-Z][a-zà-ÿ]+(?:[-'’][A-Za-zà-ÿ]+)*"
NAME: Final = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}[-\s]){{0,2}}{_NAME_WORD}){{0,3}}"
#: a title, then a name of 1-4 capitalised words (the name is group "name").
TITLED_NAME: Final = re.compile(rf"\b(?:{TITLE})\s+(?P<name>{NAME})")
#: the role just before a name: an optional nationality word, qualifiers, the title.
_ROLE_BEFORE: Final = re.compile(
    rf"(?:(?P<nat>U\.S\.|U\.K\.|[A-Z][A-Za-z.]+)\s+)?"
    rf"(?P<title>(?:(?:former|acting|then|Deputy|deputy|Shadow|Army|Navy|Military)\s+)?"
    rf"(?:{TITLE}))\s+$"
)


@dataclass(frozen=True)
class Role:
    start: int
    end: int
    text: str
    #: the word before the title that may name a nationality ("US", "British").
    nationality: str | None


def role_before(text: str, start: int) -> Role | None:
    """The role text ending just before `start` (a person's name), if any."""
    window_start = max(0, start - 80)
    match = _ROLE_BEFORE.search(text[window_start:start])
    if match is None:
        return None
    nat = match.group("nat")
    begin = window_start + (match.start("nat") if nat else match.start("title"))
    end = window_start + match.end("title")
    return Role(begin, end, text[begin:end], nat)
