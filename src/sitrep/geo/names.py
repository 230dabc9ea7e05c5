"""Name keys: how a place name is folded before it is indexed or looked up.

Rules, in order:
1. fold case, accents, apostrophes and hyphens (sitrep.kb.actors.fold);
2. drop a leading "the";
3. drop Arabic-style articles inside a name ("Deir ez-Zor", "Deir al-Zour", "Dayr az Zawr"
   -> "deir zor", "deir zour", "dayr zawr"), never the first word;
4. a leading abbreviation news uses ("Mt. Pleasant", "Ft. Worth", "St. Paris") spelled
   out ("mount pleasant", "fort worth", "saint paris"): a second key to try when the
   first meets no place's own name;
5. the skeleton (a fallback key for transliteration variants): consonants only, doubled
   letters collapsed, "w"/"y"/"h" dropped after the first letter, so "deir zour" and
   "dayr zawr" meet at "dr zr";
6. a key's leading Arabic article dropped ("al anbar" -> "anbar", "ash sharqiyah" ->
   "sharqiyah"): the short form English news writes, offered where it is unambiguous.
   Only "al" and its assimilated forms before a sun letter ("an najaf", "ar rayyan",
   "adh dhakhirah") are articles here: "An Giang" and "El Oro" keep their first word;
7. a determiner opening a capitalised span ("Another Gainesville business", "Every
   Torrington resident") is no part of the name after it (`past_determiner`).
"""

from __future__ import annotations

import re
from typing import Final

from sitrep.kb.actors import fold

ARTICLES: Final = frozenset(
    {"al", "el", "ez", "az", "ad", "as", "ash", "ar", "an", "at", "adh", "ed", "es", "er", "ul"}
)
_NON_SKELETON: Final = re.compile(r"[aeiouwyh]")
#: leading abbreviations of names (rule 4).
_ABBREVIATIONS: Final = {"mt": "mount", "ft": "fort", "st": "saint", "ste": "sainte"}


def key(name: str) -> str:
    """The lookup key of a name (rules 1-3)."""
    folded = fold(name).strip(" .'")
    if folded.startswith("the "):
        folded = folded[4:]
    words = folded.split()
    if len(words) > 2:
        words = [words[0], *(w for w in words[1:-1] if w not in ARTICLES), words[-1]]
    elif len(words) == 2 and words[0] in ARTICLES:
        pass  # "Al Bab" keeps its article: nothing follows it to carry the name
    return " ".join(words)


def spell_out(name_key: str) -> str | None:
    """Rule 4: the key with its leading abbreviation spelled out, or None."""
    first, _, rest = name_key.partition(" ")
    full = _ABBREVIATIONS.get(first.rstrip("."))
    return f"{full} {rest}" if full and rest else None


def without_article(name_key: str) -> str | None:
    """Rule 6: the key with its leading Arabic article dropped, or None when it has none
    ("al bab" -> "bab", "an najaf" -> "najaf"; "an giang", "alexandria" -> None)."""
    first, _, rest = name_key.partition(" ")
    if not rest or first not in ARTICLES:
        return None
    # "al" goes before any letter; "an", "ash", "adh" only before their own sun letter
    assimilated = first[0] == "a" and len(first) > 1 and rest.startswith(first[1:])
    return rest if first == "al" or assimilated else None


def same_spelling(name: str, written: str) -> bool:
    """Whether text `written` spells a place's own `name`, up to case, accents and a
    leading article ("Anbar" for "Al Anbār", "Qamishli" for "Al Qamishli"); "Anbar" for
    "Ambar" or "Basra" for "Basrah" are other spellings."""
    own, text = key(name), key(written)
    return text in (own, without_article(own)) or own == without_article(text)


def skeleton(name_key: str) -> str:
    """Rule 5: a coarse key for transliteration variants of an already folded key."""
    out: list[str] = []
    for word in name_key.split():
        rest = _NON_SKELETON.sub("", word[1:])
        collapsed = re.sub(r"(.)\1+", r"\1", word[0] + rest)
        out.append(collapsed)
    return " ".join(out)


#: rule 7: determiners that open a sentence before a name ("Another Gainesville business").
DETERMINERS: Final = frozenset(
    {"another", "every", "each", "some", "many", "most", "several", "both", "all", "any",
     "other", "such", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
)  # fmt: skip


def past_determiner(text: str, start: int, end: int) -> int:
    """Rule 7: where the span [start, end) begins past a determiner and a space that
    open it ("Another Gainesville" -> "Gainesville"); `start` when none opens it."""
    first = text[start:end].split(" ", 1)
    if len(first) == 2 and first[0].lower() in DETERMINERS:
        return start + len(first[0]) + 1
    return start
