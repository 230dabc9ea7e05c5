"""Title case: words capitalised as a title's or a headline's, one definition for every
stage that asks (a headline opening the article, a programme's name in quotes, a
newspaper's name in a line of running text).

Words are capitalised as a title's when every word that title case would capitalise
starts with a capital: English titles leave short function words (`TITLE_SMALL_WORDS`:
"Face the Nation", "Attack that Killed One Policeman") in lower case.
"""

from __future__ import annotations

import re
from typing import Final

#: short function words a title leaves lower-case ("Face the Nation").
TITLE_SMALL_WORDS: Final = frozenset(
    {
        "a", "an", "the", "of", "with", "and", "in", "on", "for", "to", "at", "by", "or",
        "nor", "that", "as", "but", "from", "into", "over", "after", "vs", "amid",
    }
)  # fmt: skip
_WORD: Final = re.compile(r"[^\W\d_][\w’'-]*")
#: a lower-case word of two letters or more that title case would capitalise.
_LOWERCASE_WORD: Final = re.compile(
    r"\b(?!(?:" + "|".join(sorted(TITLE_SMALL_WORDS)) + r")\b)[a-z]{2,}\b"
)


def title_words(text: str) -> list[str]:
    """The words of `text` (letters first: no numbers)."""
    return _WORD.findall(text)


def is_title_case(text: str) -> bool:
    """Are the words capitalised as a title's ("This Week With George Stephanopoulos",
    "Face the Nation")? The first word always is."""
    words = title_words(text)
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words)
    )


def has_lowercase_word(text: str) -> bool:
    """Does `text` hold a lower-case word that title case would capitalise (so it is
    running text, not a title)?"""
    return _LOWERCASE_WORD.search(text) is not None
