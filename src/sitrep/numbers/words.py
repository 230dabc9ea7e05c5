"""Numbers written as digits or English words, and their values.

Rules, in order:
1. digits, with thousands commas ("3,000") or a decimal point ("1.5"), are read as written;
2. number words one..ninety-nine, hyphenated or spaced ("twenty-five", "twenty five");
3. a multiplier word may follow either ("2 million", "three hundred", "a dozen");
4. the indefinite "a"/"an" counts as one only before a multiplier or a time unit
   (callers decide that; `parse_number` accepts "a"/"an" alone as 1).
Values too large to be plausible counts (over 10**12) are refused, never raised on.
"""

from __future__ import annotations

import re

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
MULTIPLIERS: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
}
#: words that name a count by themselves.
COUNT_WORDS: dict[str, int] = {"dozen": 12, "a dozen": 12, "a couple of": 2, "couple": 2}

_UNIT_ALT = "|".join(sorted(UNITS, key=len, reverse=True))
_TENS_ALT = "|".join(TENS)
_DIGIT_ALT = "|".join(word for word, value in UNITS.items() if 0 < value < 10)
_MULT_ALT = "|".join(MULTIPLIERS)

#: a number word between one and ninety-nine ("twenty-five", "eleven").
WORD_NUMBER = rf"(?:(?:{_TENS_ALT})(?:[-\s](?:{_DIGIT_ALT}))?|{_UNIT_ALT})"
#: a number in digits, with optional thousands commas or decimals.
DIGIT_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
#: a number in digits or words, optionally with a multiplier.
NUMBER = (
    rf"(?:(?:{DIGIT_NUMBER}|{WORD_NUMBER}|an?)(?:\s+(?:{_MULT_ALT}))?(?![\w])"
    rf"|{DIGIT_NUMBER}(?![\w]))"
)
NUMBER_RE = re.compile(NUMBER, re.IGNORECASE)

_LIMIT = 10**12


def parse_number(text: str) -> int | None:
    """The integer value of a number in digits or words; None if it is not one.

    Decimals are truncated only when a multiplier makes them whole ("1.5 million").
    """
    words = text.strip().lower().replace("-", " ").split()
    if not words:
        return None
    multiplier = 1
    if len(words) > 1 and words[-1] in MULTIPLIERS:
        multiplier = MULTIPLIERS[words[-1]]
        words = words[:-1]
    head = " ".join(words)
    value: float | None
    if re.fullmatch(DIGIT_NUMBER, head):
        value = float(head.replace(",", ""))
    elif head in ("a", "an"):
        value = 1.0
    else:
        value = _word_value(words)
    if value is None:
        return None
    total = value * multiplier
    if total != int(total) or total > _LIMIT:
        return None
    return int(total)


def _word_value(words: list[str]) -> float | None:
    if len(words) == 1:
        word = words[0]
        if word in UNITS:
            return float(UNITS[word])
        if word in TENS:
            return float(TENS[word])
        return None
    if len(words) == 2 and words[0] in TENS and words[1] in UNITS and UNITS[words[1]] < 10:
        return float(TENS[words[0]] + UNITS[words[1]])
    return None
