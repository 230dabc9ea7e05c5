"""Truecasing: give caseless news (all lower-case or ALL CAPS) plausible capitals.

sitrep's recognisers lean on capitals, so wire copy in capitals and lower-cased corpora
are read better once truecased. `truecase` returns a text of the same length in which
only letter case differs, so every character offset into it is valid for the original.
It first lower-cases the text, then capitalises, by these rules (a later rule never
undoes an earlier one's capitals):
1. known names, longest first (up to `_MAX_WORDS` words), restored as written: actor
   knowledge-base names, aliases and demonyms ("FMLN", "Farabundo Marti National
   Liberation Front", "Salvadoran"), country names, person-name words
   (kb/data/person_names.txt), weekdays and months, and the words of the truecasing
   lexicon (kb/data/truecase_words.txt, built by `sitrep.ingest.truecase_build`) whose
   majority shape in cased news is capitalised. A one-word name that is also a common
   English word (lower-case in the lexicon: "bill", "will", "may") is not restored on its
   own; "may" and "march" are months only beside a number ("3 may", "march 1989");
2. gazetteer places (sitrep.kb.gazetteer, exact names only) of one to `_MAX_WORDS` words,
   not opening with an English article ("the"), whose first or last word is not a common
   word ("san miguel", "guatemala city"); each word is capitalised except inner function
   words ("San Luis de la Reina"); a one-word name must be no common word, 4+ letters
   long, and a place's own name (not only an alternate name) of a region or of a town of
   20,000 people or more, or of 1,000 or more right after "in", "near", "at" or
   "outside" and not in the possessive ("near metapan"; not "in evangelista's house").
   Rule 2 runs first, but a longer rule-1 name at the same word wins;
3. a title before a name: a title word ("president", "gen.", "colonel") followed by
   1-3 words that are not common words capitalises the title and those words
   ("president cerezo" -> "President Cerezo"); then a restored person-name word
   (kb/data/person_names.txt, or a capitalised word of the lexicon) takes along up to 2
   uncommon words after it ("carlos julio torrado" -> "Carlos Julio Torrado"; a
   particle may come between: "monica de greiff" -> "Monica de Greiff") and up to 2
   before it ("mario flores" -> "Mario Flores": given names are many, surnames fewer);
3c. a run of 2 to `_MAX_UNKNOWN_RUN` words, each a name restored so far in title case
   or a word that is not English as far as the lexicon knows (no common word or its
   plural, no English derivational ending such as "-tion", "-ly", "-ed", "-ous", "-ic",
   no plain plural in "-s", at least 3 letters), with at least one of the latter, is a
   name ("the murder of jecar neghme" -> "Jecar Neghme", "julio Torres" -> "Julio
   Torres"): news rarely strings unknown common words together, while foreign personal
   names always look unknown; longer runs are more likely untranslated text than one
   name and stay as they are; a surname particle may join two of its words ("stela
   torrado de otalora" -> "Stela Torrado de Otalora");
4. acronyms by shape: a 2-5 letter word with no vowel that is no common word or unit
   ("pdc" -> "PDC"), and 1-3 letters before a hyphen and a digit ("m-16" -> "M-16");
4b. a word of 2-6 letters alone in brackets is an acronym ("the people's revolutionary
   army (erp)"), unless it is a common word that spells nothing; the words before it
   whose initials it spells in any order, function words aside, are the name it
   stands for ("administrative department of security (das)" -> "Administrative
   Department of Security (DAS)", "patriotic union (up)" -> "Patriotic Union (UP)");
5. a word restored as a name by rules 1-4 (not a common word) is restored the same way
   wherever else it occurs in the text ("Castellar ... castellar's body");
6. the pronoun "i", and the first letter of every sentence (text start, after . ! ? and
   closing quotes or brackets, and after a blank line); the period of a dotted
   abbreviation ("u.s. government") or of a short title ("col. isaacs") ends no
   sentence unless a line break follows.
`needs_truecasing` says when a text is caseless enough for this to help.
"""

from __future__ import annotations

import calendar
import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from sitrep.geo.persons import packaged_names
from sitrep.kb.actors import ActorKB
from sitrep.kb.gazetteer import Gazetteer, Place
from sitrep.kb.loading import packaged

__all__ = ["common_word", "needs_truecasing", "truecase"]

#: `needs_truecasing`: at least this many letters are needed to judge a text ...
MIN_LETTERS: Final = 40
#: ... and it is caseless when capitals, or lower-case letters, are at most this share.
CASELESS_SHARE: Final = 0.02

_MAX_WORDS: Final = 6
_TOWN: Final = 20_000
_NAME_SPREAD: Final = 2
#: rule 2: a town this big is a place after a locative preposition ("near metapan").
_CUED_TOWN: Final = 1_000
_PLACE_CUES: Final = frozenset({"in", "near", "at", "outside"})
_MAX_UNKNOWN_RUN: Final = 4
#: endings of English words (rule 3c), never of a personal name written alone
_ENGLISH_ENDINGS: Final = (
    "ly", "ed", "ing", "ings", "tion", "tions", "sion", "sions", "ness", "ment", "ments",
    "ous", "ive", "ives", "ity", "ities", "ism", "isms", "ist", "ists", "able", "ible",
    "ize", "izes", "ized", "ise", "ship", "ships", "ance", "ances", "ence", "ences", "ic",
    "ics", "ical", "ate", "ates", "ated", "ors", "ers", "ian", "ians", "ary", "ery", "ory",
    "men",
)  # fmt: skip
#: a final "s" after these is no English plural ("Flores", "Carlos", "Matthias")
_NAME_S_ENDINGS: Final = ("ss", "es", "os", "as", "is", "us")
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_START = re.compile(r"(?:\A|[.!?][\"'”’)\]]*\s+|\n\s*\n)[\"'“‘(\[]*\s*(?=[^\W\d_])")
_HYPHEN_DIGIT = re.compile(r"-\d")
_DOTTED = re.compile(r"(?:\A|[^\w.])(?:[^\W\d_]\.){2,}\Z")
_LAST_TOKEN = re.compile(r"(?:\A|\s)([^\W\d_]+)\.\Z")
_BRACKETED = re.compile(r"\(([^\W\d_]{2,6})\)")
_CALENDAR: Final = (*calendar.day_name, *calendar.month_name[1:])
_DATE_ONLY: Final = frozenset({"may", "march"})
_TITLES: Final = frozenset(
    [
        "president",
        "vice-president",
        "minister",
        "premier",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "general",
        "gen",
        "colonel",
        "col",
        "lieutenant",
        "lt",
        "major",
        "maj",
        "captain",
        "capt",
        "sergeant",
        "sgt",
        "commander",
        "cmdr",
        "admiral",
        "adm",
        "governor",
        "gov",
        "mayor",
        "senator",
        "sen",
        "congressman",
        "deputy",
        "ambassador",
        "judge",
        "justice",
        "archbishop",
        "bishop",
        "father",
        "monsignor",
        "msgr",
        "cardinal",
        "pope",
        "rev",
        "reverend",
        "sheikh",
        "ayatollah",
        "mr",
        "mrs",
        "ms",
        "dr",
        "doctor",
        "professor",
        "prof",
        "attorney",
        "secretary",
        "commandant",
    ]
)
_FUNCTION_WORDS: Final = frozenset(
    [
        "of",
        "the",
        "and",
        "de",
        "del",
        "la",
        "las",
        "los",
        "el",
        "y",
        "da",
        "do",
        "dos",
        "das",
        "di",
        "du",
        "des",
        "le",
        "van",
        "von",
        "bin",
        "al",
    ]
)
_ENGLISH_ARTICLES: Final = frozenset({"the", "a", "an", "of", "and"})
#: rule 3: particles inside a person's name, written lower-case
_PARTICLES: Final = frozenset({"de", "del", "da", "dos", "van", "von", "bin"})
_UNITS: Final = frozenset(
    ["km", "kg", "mm", "cm", "ml", "mph", "kph", "hr", "hrs", "sq", "ft", "yd"]
)
_VOWELS: Final = frozenset("aeiouy")
_ES_PLURAL: Final = ("s", "x", "z", "ch", "sh", "o")


@dataclass(frozen=True)
class _Lexicon:
    common: frozenset[str]
    names: dict[tuple[str, ...], str]
    #: words that may open or close a person's name, lower-cased
    persons: frozenset[str]


def needs_truecasing(text: str) -> bool:
    """Whether a text is caseless: of its cased letters (at least MIN_LETTERS of them),
    at most CASELESS_SHARE (2%) are capitals, or at most 2% are lower-case."""
    letters = [c for c in text if c.isupper() or c.islower()]
    if len(letters) < MIN_LETTERS:
        return False
    upper = sum(1 for c in letters if c.isupper())
    share = upper / len(letters)
    return share <= CASELESS_SHARE or share >= 1 - CASELESS_SHARE


def common_word(word: str) -> bool:
    """Whether a word is ordinary English (written lower-case in cased news, or a plural
    or singular of such a word), whatever its case here: "court" yes, "Neghme" no."""
    return word.lower() in _lexicon().common


def truecase(text: str) -> str:
    """The text with capitals restored by the module's rules; same length, same letters."""
    chars = [_same_length(c, c.lower()) for c in text]
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer("".join(chars))]
    lexicon = _lexicon()
    capital = [False] * len(chars)  # per-character: make it upper-case
    done = [False] * len(words)  # per-word: a rule already decided it
    _places(words, lexicon, done, capital)
    _names(words, chars, lexicon, done, capital)
    _titles(words, lexicon, done, capital)
    _person_runs(words, lexicon, done, capital)
    _unknown_runs(words, lexicon, done, capital)
    _acronyms(words, "".join(chars), lexicon, done, capital)
    _bracketed_acronyms(words, "".join(chars), lexicon, done, capital)
    _propagate(words, lexicon, done, capital)
    for index, (start, _end, word) in enumerate(words):
        if word == "i" and not done[index]:
            capital[start] = True
    lowered = "".join(chars)
    for match in _SENTENCE_START.finditer(lowered):
        if not _after_abbreviation(lowered, match):
            capital[match.end()] = True
    return "".join(
        _same_length(c, c.upper()) if up else c for c, up in zip(chars, capital, strict=True)
    )


def _after_abbreviation(text: str, match: re.Match[str]) -> bool:
    """Rule 6: a period that closes a dotted abbreviation ("u.s.", "u.n.") or a title
    ("col.", "gen.") ends no sentence, unless a line break follows it."""
    if match.start() == 0 or text[match.start()] != "." or "\n" in match.group():
        return False
    before = text[: match.start() + 1]
    title = _LAST_TOKEN.search(before)
    return bool(_DOTTED.search(before)) or (
        title is not None and title.group(1) in _TITLES and len(title.group(1)) <= 4
    )


def _same_length(char: str, changed: str) -> str:
    return changed if len(changed) == 1 else char


# --- rule 1: names --------------------------------------------------------------------


def _names(
    words: list[tuple[int, int, str]],
    chars: list[str],
    lexicon: _Lexicon,
    done: list[bool],
    capital: list[bool],
) -> None:
    index = 0
    while index < len(words):
        size = _longest_name(words, index, lexicon)
        if size and not any(done[index : index + size]):
            key = tuple(w for _, _, w in words[index : index + size])
            form = lexicon.names[key]
            if size > 1 or _allowed_alone(words, index, lexicon, chars):
                _apply_form(words[index : index + size], form, capital)
                for k in range(index, index + size):
                    done[k] = True
                index += size
                continue
        index += 1


def _longest_name(words: list[tuple[int, int, str]], index: int, lexicon: _Lexicon) -> int:
    for size in range(min(_MAX_WORDS, len(words) - index), 0, -1):
        run = words[index : index + size]
        if tuple(w for _, _, w in run) in lexicon.names and (size == 1 or _contiguous(run)):
            return size
    return 0


def _contiguous(run: list[tuple[int, int, str]]) -> bool:
    """Words of one name are separated by a space, hyphen or apostrophe, not punctuation."""
    return all(b[0] - a[1] <= 2 for a, b in itertools.pairwise(run))


def _allowed_alone(
    words: list[tuple[int, int, str]], index: int, lexicon: _Lexicon, chars: list[str]
) -> bool:
    word = words[index][2]
    if word in _DATE_ONLY:
        return _beside_number(words, index, "".join(chars))
    return word not in lexicon.common


def _beside_number(words: list[tuple[int, int, str]], index: int, text: str) -> bool:
    start, end, _ = words[index]
    before, after = text[max(0, start - 6) : start], text[end : end + 6]
    return bool(re.search(r"\d[\s,.]*\Z", before) or re.match(r"[\s,]*\d", after))


def _apply_form(run: list[tuple[int, int, str]], form: str, capital: list[bool]) -> None:
    """Copy the capitals of a name's written form onto the words it matched."""
    letters = [c for c in form if c.isalpha()]
    offsets = [i for start, end, _ in run for i in range(start, end)]
    if len(letters) != len(offsets):
        return
    for offset, letter in zip(offsets, letters, strict=True):
        capital[offset] = capital[offset] or letter.isupper()


# --- rule 2: places -------------------------------------------------------------------


def _places(
    words: list[tuple[int, int, str]], lexicon: _Lexicon, done: list[bool], capital: list[bool]
) -> None:
    gazetteer = Gazetteer.load()
    index = 0
    while index < len(words):
        size = _place_size(words, index, lexicon, gazetteer)
        if size:
            for k in range(index, index + size):
                start, _, word = words[k]
                if k == index or word not in _FUNCTION_WORDS:
                    capital[start] = True
                done[k] = True
            index += size
        else:
            index += 1


def _place_size(
    words: list[tuple[int, int, str]],
    index: int,
    lexicon: _Lexicon,
    gazetteer: Gazetteer,
) -> int:
    longest_name = _longest_name(words, index, lexicon)
    for size in range(min(_MAX_WORDS, len(words) - index), max(longest_name, 1) - 1, -1):
        run = words[index : index + size]
        first, last = run[0][2], run[-1][2]
        if not _contiguous(run) or last in _FUNCTION_WORDS or first in _ENGLISH_ARTICLES:
            continue
        name = " ".join(w for _, _, w in run)
        if size > 1 and not (first in lexicon.common and last in lexicon.common):
            if gazetteer.known(name):
                return size
        elif size == 1 and _one_word_place(name, lexicon, gazetteer, _cued(words, index)):
            return 1
    return 0


def _cued(words: list[tuple[int, int, str]], index: int) -> bool:
    """Rule 2: a locative preposition before the word ("near metapan"), and no
    possessive after it ("in evangelista's house" names a person's house)."""
    if index == 0 or words[index - 1][2] not in _PLACE_CUES:
        return False
    after = words[index + 1] if index + 1 < len(words) else None
    return not (after is not None and after[2] == "s" and after[0] == words[index][1] + 1)


def _one_word_place(word: str, lexicon: _Lexicon, gazetteer: Gazetteer, cued: bool) -> bool:
    if len(word) < 4 or word in lexicon.common:
        return False
    return any(_notable(p) or (cued and _cued_town(p)) for p in gazetteer.lookup(word, fuzzy=False))


def _cued_town(place: Place) -> bool:
    """Rule 2: after a locative preposition, a town's own name of 1,000 people will do."""
    return place.matched == "name" and (place.population or 0) >= _CUED_TOWN


def _notable(place: Place) -> bool:
    """A one-word name is a place's own name, of a region or a town of 20,000 people."""
    big = place.feature not in ("city", "village") or (place.population or 0) >= _TOWN
    return place.matched == "name" and big


# --- rules 3-4: titles and acronyms ----------------------------------------------------


def _titles(
    words: list[tuple[int, int, str]], lexicon: _Lexicon, done: list[bool], capital: list[bool]
) -> None:
    for index, (_start, _, word) in enumerate(words):
        if word not in _TITLES:
            continue
        follow = 0
        for k in range(index + 1, min(index + 4, len(words))):
            if words[k][2] in lexicon.common or not _contiguous(words[k - 1 : k + 1]):
                break
            follow += 1
        if follow:
            for k in range(index, index + follow + 1):
                capital[words[k][0]] = True
                done[k] = True


def _acronyms(
    words: list[tuple[int, int, str]],
    text: str,
    lexicon: _Lexicon,
    done: list[bool],
    capital: list[bool],
) -> None:
    for index, (start, end, word) in enumerate(words):
        if done[index]:
            continue
        model = len(word) <= 3 and _HYPHEN_DIGIT.match(text, end) is not None
        no_vowel = (
            2 <= len(word) <= 5
            and not _VOWELS.intersection(word)
            and word not in lexicon.common
            and word not in _UNITS
        )
        if model or no_vowel:
            for offset in range(start, end):
                capital[offset] = True
            done[index] = True


def _bracketed_acronyms(
    words: list[tuple[int, int, str]],
    text: str,
    lexicon: _Lexicon,
    done: list[bool],
    capital: list[bool],
) -> None:
    """Rule 4b: one word of 2-6 letters in brackets after a name is its acronym
    ("(fsln)", "(erp)"), unless it is a common word that spells nothing before it
    ("(up)" after "patriotic union" does); the words whose initials it spells, in any
    order ("administrative department of security (das)"), are the name it abbreviates."""
    index_of = {start: k for k, (start, _, _) in enumerate(words)}
    for match in _BRACKETED.finditer(text):
        k = index_of.get(match.start(1))
        if k is None or k == 0:
            continue
        letters = sorted(match.group(1))
        named = _initials_run(words, k, letters)
        if not named and match.group(1) in lexicon.common:
            continue
        start, end, _ = words[k]
        for offset in range(start, end):
            capital[offset] = True
        done[k] = True
        for j in named:
            if words[j][2] not in _FUNCTION_WORDS:
                capital[words[j][0]] = True
            done[j] = True


def _initials_run(words: list[tuple[int, int, str]], k: int, letters: list[str]) -> list[int]:
    """The words just before word k whose initials (function words skipped) are
    `letters` in some order; empty when none are."""
    run: list[int] = []
    j = k - 1
    while j >= 0 and len([i for i in run if words[i][2] not in _FUNCTION_WORDS]) < len(letters):
        run.insert(0, j)
        j -= 1
    initials = sorted(words[i][2][0] for i in run if words[i][2] not in _FUNCTION_WORDS)
    if initials != letters or (run and words[run[0]][2] in _FUNCTION_WORDS):
        return []
    return run


# --- rules 3b and 4b: names spread -------------------------------------------------------


def _person_runs(
    words: list[tuple[int, int, str]], lexicon: _Lexicon, done: list[bool], capital: list[bool]
) -> None:
    """Uncommon words next to a restored person-name word belong to the name, also past
    a surname particle after it ("monica de greiff" -> "Monica de Greiff")."""
    for index, (start, _, word) in enumerate(words):
        if not (capital[start] and word in lexicon.persons):
            continue
        for step in (1, -1):
            k, taken = index + step, 0
            while taken < _NAME_SPREAD and 0 <= k < len(words):
                if not _contiguous(words[min(k, k - step) : max(k, k - step) + 1]):
                    break
                if done[k] and not capital[words[k][0]]:
                    break
                if done[k]:  # a name word already restored ("Torrado" in a longer name)
                    taken += 1
                elif step == 1 and _particle_before_name(words, k, lexicon):
                    done[k] = True
                elif _name_word(words[k][2], lexicon):
                    capital[words[k][0]] = True
                    done[k] = True
                    taken += 1
                else:
                    break
                k += step


def _particle_before_name(words: list[tuple[int, int, str]], k: int, lexicon: _Lexicon) -> bool:
    """Whether word k is a surname particle ("de", "del", "van") before a name word."""
    return (
        words[k][2] in _PARTICLES
        and k + 1 < len(words)
        and _name_word(words[k + 1][2], lexicon)
        and _contiguous(words[k : k + 2])
    )


def _unknown_runs(
    words: list[tuple[int, int, str]], lexicon: _Lexicon, done: list[bool], capital: list[bool]
) -> None:
    """Rule 3c: a short run of words English does not know is a name."""
    run: list[int] = []
    for index in range(len(words) + 1):
        member = index < len(words) and _run_member(words, index, lexicon, done, capital)
        inside = bool(run) and index + 1 < len(words) and words[index][2] in _PARTICLES
        if inside and _run_member(words, index + 1, lexicon, done, capital):
            member = True  # "torrado de otalora": the particle stays lower-case
        if member and run and not _contiguous([words[run[-1]], words[index]]):
            _capitalise_run(run, words, done, capital)
            run = []
        if member:
            run.append(index)
            continue
        _capitalise_run(run, words, done, capital)
        run = []


def _run_member(
    words: list[tuple[int, int, str]],
    index: int,
    lexicon: _Lexicon,
    done: list[bool],
    capital: list[bool],
) -> bool:
    """An unknown word, or a name already restored in title case ("julio Torres")."""
    start, end, word = words[index]
    if not done[index]:
        return _unknown_word(word, lexicon)
    return capital[start] and not capital[end - 1] and _name_word(word, lexicon)


def _capitalise_run(
    run: list[int], words: list[tuple[int, int, str]], done: list[bool], capital: list[bool]
) -> None:
    named = [k for k in run if words[k][2] not in _PARTICLES]
    if not 2 <= len(named) <= _MAX_UNKNOWN_RUN:
        return
    for k in named:
        if not done[k]:
            capital[words[k][0]] = True
            done[k] = True


def _unknown_word(word: str, lexicon: _Lexicon) -> bool:
    plural = word.endswith("s") and not word.endswith(_NAME_S_ENDINGS)
    return (
        len(word) >= 3
        and _VOWELS.intersection(word) != set()
        and word not in lexicon.common
        and word not in _FUNCTION_WORDS
        and not word.endswith(_ENGLISH_ENDINGS)
        and not plural
    )


def _name_word(word: str, lexicon: _Lexicon) -> bool:
    return len(word) > 1 and word not in lexicon.common and word not in _FUNCTION_WORDS


def _propagate(
    words: list[tuple[int, int, str]], lexicon: _Lexicon, done: list[bool], capital: list[bool]
) -> None:
    """A word restored as a name once is written so throughout the text."""
    forms: dict[str, list[bool]] = {}
    for index, (start, end, word) in enumerate(words):
        if done[index] and capital[start] and _name_word(word, lexicon):
            forms.setdefault(word, capital[start:end])
    for index, (start, end, word) in enumerate(words):
        if not done[index] and word in forms:
            capital[start:end] = forms[word]
            done[index] = True


# --- the knowledge ----------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """Common words and cased names (rule 1), later sources overriding earlier ones."""
    common: set[str] = set()
    names: dict[tuple[str, ...], str] = {}
    for form in _lexicon_words():
        if form.islower():
            common.add(form)
        else:
            _add_name(names, form)
    for form in (*sorted(packaged_names()), *_CALENDAR):
        _add_name(names, form)
    gazetteer = Gazetteer.load()
    for place in gazetteer.countries():
        _add_name(names, place.name)
    kb = ActorKB.load()
    for entry in kb:
        for form in (entry.name, *entry.aliases, *entry.demonyms):
            _add_name(names, form)
    persons = frozenset(_strip_accents(w).lower() for w in packaged_names()) | frozenset(
        form.lower() for form in _lexicon_words() if form.istitle()
    )
    return _Lexicon(frozenset(common | _inflections(common)), names, persons)


def _lexicon_words() -> Iterator[str]:
    for line in packaged("truecase_words.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.strip()


def _inflections(common: set[str]) -> set[str]:
    """Plural and singular neighbours of common words are common too ("-es" only after a
    sibilant or "o": "jam" makes no "james")."""
    out = {f"{w}s" for w in common}
    out |= {f"{w}es" for w in common if w.endswith(_ES_PLURAL)}
    out |= {w[:-1] for w in common if w.endswith("s") and len(w) > 3}
    return out


def _strip_accents(text: str) -> str:
    """Names match caseless text written without accents ("Marti" for "Martí")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _add_name(names: dict[tuple[str, ...], str], form: str) -> None:
    form = _strip_accents(form)
    key = tuple(w.lower() for w in _WORD.findall(form))
    if key and any(c.isupper() for c in form) and len(key) <= _MAX_WORDS:
        names[key] = form
