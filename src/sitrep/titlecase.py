"""Title case: words capitalised as a title's or a headline's, one definition for every
stage that asks (a headline opening the article, a programme's name in quotes, a
newspaper's name in a line of running text).

1. words are capitalised as a title's when every word that title case would capitalise
   starts with a capital: English titles leave short function words
   (`TITLE_SMALL_WORDS`: "Face the Nation", "Attack that Killed One Policeman") in
   lower case;
2. a sentence reads as a headline when it is short (at most `HEADLINE_MAX_WORDS` words)
   and either ends with no full stop ("Police officer killed in mine blast") or
   capitalises most (`HEADLINE_CAPITAL_SHARE`) of its longer words after the first
   ("Gunmen Kill Three in Bus Attack."): newsrooms write headlines in title case or in
   sentence case without a stop. This is looser than rule 1, which a name must meet.
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


#: rule 2: the most words a headline has, the length of a "long" word, and the share of
#: long words a title-case headline capitalises.
HEADLINE_MAX_WORDS: Final = 20
_LONG_WORD: Final = 4
HEADLINE_CAPITAL_SHARE: Final = 0.75
_SENTENCE_STOPS: Final = frozenset({".", "!", "?", '"', "”"})


def reads_as_headline(sentence: str) -> bool:
    """Rule 2: does the sentence read as a headline?"""
    text = sentence.strip()
    words = [w.strip(".,;:!?\"'“”‘’") for w in text.split()]
    if not words or len(words) > HEADLINE_MAX_WORDS:
        return False
    if text[-1:] not in _SENTENCE_STOPS:
        return True
    long_words = [w for w in words[1:] if len(w) >= _LONG_WORD and w.isalpha()]
    capitals = sum(w[0].isupper() for w in long_words)
    return len(long_words) >= 3 and capitals >= HEADLINE_CAPITAL_SHARE * len(long_words)
