"""Word tokens with character offsets, and clause boundaries, for rules over token order.

There is no parser, so the event rules reason over token order within a clause:
1. words are runs of letters/digits joined by '-', '.', "'" or '’' ("F-15Es", "today’s"),
   every other non-space character is a token of its own;
2. `norm` lowercases and drops a possessive "'s"/"’s" ("today’s" -> "today");
3. a clause ends at ';', ':', a dash, a bracket, or a subordinator
   ("after", "following", "amid", "while", "which" ...); a comma ends a clause unless
   it sits inside a list of capitalised names ("F-15Es, A-10s and ...").
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sitrep.events.vocabulary import ACCIDENTS, HARM_WORDS
from sitrep.temporal.grammar import MONTHS, WEEKDAYS

_WORD = re.compile(r"\w+(?:[-.'’]\w+)*|[^\w\s]")

SUBORDINATORS = frozenset(
    {
        "after", "before", "following", "amid", "while", "whereas", "although", "though",
        "because", "since", "until", "which", "who", "whom", "where", "when", "but",
        "despite", "as", "if", "unless",
    }
)  # fmt: skip
#: words that set an act in the past ("last year", "two years ago"; not "earlier", which
#: also tells the same day: "where gunmen killed 12 people earlier on Monday").
PAST_MARKERS = frozenset({"last", "ago", "previously", "formerly"})
#: pronouns that open a relative clause ("the gunmen who killed five people").
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
#: endings of singular words that end in "s" ("press", "bus", "crisis", "gas").
SINGULAR_ENDS = ("ss", "us", "is", "as")
_HARD_BREAKS = frozenset({";", ":", "—", "–", "(", ")"})


@dataclass(frozen=True)
class Tok:
    i: int
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @functools.cached_property
    def norm(self) -> str:
        low = self.text.lower()
        for suffix in ("'s", "’s"):
            if low.endswith(suffix) and len(low) > 2:
                return low[: -len(suffix)]
        return low

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()

    def cue(self, opening: bool = False) -> str:
        """The token as a cue word (a modal, a negation): lower case, but a capitalised
        word inside a clause of mixed-case text is a name or a month, never a cue ("on
        May 16", "Will Smith"); `opening`: the token opens its clause or sentence."""
        if opening or not self.is_cap or (len(self.text) > 1 and self.text.isupper()):
            return self.lower
        return self.text


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Tokens of `text[start:end]` with offsets into `text`."""
    return [
        Tok(i, m.group(), start + m.start(), start + m.end())
        for i, m in enumerate(_WORD.finditer(text[start:end]))
    ]


def _in_acronym_brackets(tokens: list[Tok], i: int) -> bool:
    """Whether token i is a bracket of, or a word inside, "(TTP)", "(CPI Maoist)" or
    "(Sendero Luminoso)": a name's short or other form written after it
    (`is_name_form`), or a date glossing the day just named ("on Friday (17 November)",
    `is_date_form`), which opens no clause."""
    for start in range(i - MAX_EXPANSION_WORDS - 1, i + 1):
        if start < 0 or tokens[start].text != "(":
            continue
        for close in range(start + 2, min(start + MAX_EXPANSION_WORDS + 2, len(tokens))):
            if tokens[close].text == ")":
                form = tokens[start + 1 : close]
                written = " ".join(t.text for t in form)
                short = close - start - 1 <= MAX_FORM_WORDS
                if start <= i <= close and (
                    (short and (is_name_form(written) or is_date_form(written)))
                    or (start > 0 and spells_out(tokens[start - 1].text, form))
                ):
                    return True
                break
    return False


#: the most words an acronym's expansion in brackets holds ("the FMLN (Farabundo Marti
#: National Liberation Front)", "the ELN (National Liberation Army)").
MAX_EXPANSION_WORDS = 8


def spells_out(acronym: str, form: Sequence[Tok]) -> bool:
    """Whether the words in a bracket are the full name an acronym before it stands for:
    their capitalised initials, name glue skipped, spell it in order ("FMLN (Farabundo
    Marti National Liberation Front)", "ELN (National Liberation Army)", where a
    translated name may order them otherwise and add a word)."""
    if not (2 <= len(acronym) <= MAX_EXPANSION_WORDS and acronym.isalpha() and acronym.isupper()):
        return False
    initials = [t.text[0] for t in form if t.text not in NAME_GLUE and t.text[:1].isupper()]
    if any(t.text not in NAME_GLUE and not t.text[:1].isupper() for t in form):
        return False  # a remark, not a name: "(which it denied)"
    left = list(initials)
    for letter in acronym:
        if letter not in left:
            return False
        left.remove(letter)
    return len(left) <= _UNSPELT_WORDS


#: how many words of a translated expansion its acronym may leave out ("FMLN (Farabundo
#: Marti National Liberation Front)": the Spanish acronym has no letter for "Front").
_UNSPELT_WORDS = 2


#: the most words a name's bracketed form holds ("(Sendero Luminoso)", "(CPI Maoist)",
#: "(Jamaat ul Mujahideen Bangladesh)"): a longer bracket is a remark, not a name.
MAX_FORM_WORDS = 4
#: lower-case words a name may hold ("Islamic State of Iraq and the Levant", "Osama bin
#: Laden", "Tehreek e Taliban Pakistan", "Jean de la Fontaine", "Deir ez Zor").
NAME_GLUE = frozenset(
    {
        "of", "and", "the", "in", "for", "-", "al", "el", "ad", "ash", "bin", "bint", "ibn",
        "abu", "wal", "wa", "e", "i", "ul", "ud", "ur", "ed", "er", "es", "ez", "de", "del",
        "della", "da", "das", "do", "dos", "du", "des", "la", "le", "van", "von", "der",
        "den", "ter", "y",
    }
)  # fmt: skip


def is_name_form(text: str) -> bool:
    """Whether the text inside a bracket after a name is a short or other form of it
    ("TTP", "LeT", "CPI Maoist", "Sendero Luminoso", "M23"): one to `MAX_FORM_WORDS`
    words, the first capitalised, each a capitalised word, an acronym or name glue
    (the parts of a hyphenated word too: "Lashkar-e-Taiba", "wal-Muslimin")."""
    words = text.replace(" - ", "-").split()
    return (
        "\n" not in text
        and 0 < len(words) <= MAX_FORM_WORDS
        and words[0][:1].isupper()
        and all(_form_word(part) for word in words for part in word.split("-") if part)
    )


#: month names and their abbreviations ("November", "Nov", "Sept").
_MONTH_WORDS = frozenset(
    {name.lower() for name in calendar.month_name if name} | set(MONTHS) | {"sept"}
)


def is_date_form(text: str) -> bool:
    """Whether the text inside a bracket is a date ("17 November", "Nov. 17, 1989",
    "Friday"): up to four words, each a day or year number, a month or a weekday."""
    words = [w.strip(".,").lower() for w in text.split()]
    return (
        0 < len(words) <= MAX_FORM_WORDS
        and any(w in _MONTH_WORDS or w in WEEKDAYS for w in words)
        and all(
            w in _MONTH_WORDS or w in WEEKDAYS or (w.isdigit() and len(w) <= 4) for w in words if w
        )
    )


def _form_word(word: str) -> bool:
    """A capitalised word or acronym ("Sendero", "LeT", "M23", "Jama'at") or name glue."""
    bare = word.replace("'", "").replace("’", "")
    return word in NAME_GLUE or (word[:1].isupper() and bare.isalnum())


def clause_bounds(tokens: list[Tok], at: int) -> tuple[int, int]:
    """Token index range [lo, hi) of the clause containing token `at`."""
    lo = at
    while lo > 0 and not _breaks_before(tokens, lo):
        lo -= 1
    hi = at + 1
    while hi < len(tokens) and not _breaks_before(tokens, hi):
        hi += 1
    return lo, hi


def _breaks_before(tokens: list[Tok], i: int) -> bool:
    """Whether a clause boundary lies just before token i (the boundary token opens it)."""
    tok = tokens[i]
    prev = tokens[i - 1]
    if _in_acronym_brackets(tokens, i) or _in_acronym_brackets(tokens, i - 1):
        return False  # "The Tehreek e Taliban Pakistan (TTP) on January 18 killed ..."
    if prev.text in _HARD_BREAKS or tok.text in _HARD_BREAKS:
        return True
    if tok.lower in SUBORDINATORS and i > 0:
        return True
    if prev.text == ",":
        before = tokens[i - 2] if i >= 2 else None
        in_list = before is not None and before.is_cap and tok.is_cap
        return not in_list
    return tok.text == ","


def is_plural(word: str) -> bool:
    """Whether a lower-case word reads as a plural noun ("attacks", not "press")."""
    return word.endswith("s") and not word.endswith(SINGULAR_ENDS)


def that_before_plural(tokens: Sequence[Tok], k: int) -> bool:
    """Whether "that" at token k stands before a plural word, which a determiner "that"
    never does: it is a conjunction ("Police said that attacks on two villages killed 12
    people") or a relative pronoun ("a group that attacks convoys"), no reference back."""
    return tokens[k].lower == "that" and k + 1 < len(tokens) and is_plural(tokens[k + 1].lower)


#: how far after a noun its relative clause may open ("an attack on a checkpoint in
#: Kabul on Monday that killed"), and the words between the pronoun and its verb.
_RELATIVE_REACH = 8
#: words that may stand between a relative pronoun and its clause's verb ("that had
#: killed", "which reportedly wounded", "that was").
RELATIVE_AUXILIARIES = frozenset(
    {"was", "were", "been", "being", "is", "are", "has", "have", "had", "reportedly",
     "allegedly"}
)  # fmt: skip


def harm_in_relative_clause(tokens: Sequence[Tok], at: int) -> bool:
    """Whether a relative clause told after the word at `at`, before any comma, says it
    killed or hurt people ("thwarted an attack that killed ten people", "a bombing on a
    market which had wounded 30")."""
    end = len(tokens)
    for j in range(at + 1, min(end, at + 1 + _RELATIVE_REACH)):
        if tokens[j].text in {",", ";", "."}:
            return False
        if tokens[j].lower in RELATIVE_PRONOUNS:
            verb = j + 1
            while verb < end and tokens[verb].lower in RELATIVE_AUXILIARIES:
                verb += 1
            return verb < end and tokens[verb].lower in HARM_WORDS
    return False


#: how far before "that killed" the accident noun of its antecedent may stand.
_RELATIVE_ACCIDENT_REACH = 7


def accident_relative(tokens: Sequence[Tok], last: int) -> bool:
    """Whether the killing verb at `last` is told in a relative clause about an accident
    ("the collapse of a railway station canopy that killed 15 people"): the accident is
    its subject, no one's violence."""
    verb = last - 1 if last > 0 and tokens[last - 1].lower not in RELATIVE_PRONOUNS else last
    rel = verb - 1
    if rel < 1 or tokens[rel].lower not in {"that", "which"}:
        return False
    for tok in reversed(tokens[max(0, rel - _RELATIVE_ACCIDENT_REACH) : rel]):
        if tok.text in {",", ";", ":"} or _outside_phrase(tok):
            return False  # "the collapse of talks led to an attack that killed": no accident's
        if tok.lower in ACCIDENTS:
            return True
    return False


#: words that cannot stand inside the accident's noun phrase before "that": a verb, a
#: preposition other than "of" or a conjunction ends it ("the collapse of talks led to
#: an attack that killed 15": the attack killed, not the collapse).
_PHRASE_BREAKS = frozenset(
    {"and", "or", "but", "by", "to", "in", "on", "at", "after", "with", "from", "for",
     "into", "over", "during", "near", "was", "were", "is", "are", "be", "been", "has",
     "had", "have"}
)  # fmt: skip


def _outside_phrase(tok: Tok) -> bool:
    """Whether `tok` ends the noun phrase an accident noun heads before its relative
    clause (a verb in "-ed", a preposition other than "of", a conjunction)."""
    return tok.lower in _PHRASE_BREAKS or (len(tok.lower) > 4 and tok.lower.endswith("ed"))
