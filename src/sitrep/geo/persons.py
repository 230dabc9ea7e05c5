"""Person names: words that name people as often as places ("George", "Nelson", "Kelly").

A word that may be a person's name is a toponym only with locative context; the list never
vetoes a place that has context ("in Nelson"). Rules, in order:
1. the packaged list (kb/data/person_names.txt): capitalised words of person names in
   annotated news and web text (re3d train Person spans, Universal NER English-EWT dev PER
   spans), rebuilt with `build_person_names`; a re3d sentence that ConfliBERT's re3d test
   split also holds is left out, so no name is learnt from text sitrep is scored on;
2. the article's own people: every word of a multi-word PERSON entity ("John Kelly",
   "Mohamed Salah") is a person's name throughout that article; one that holds the word
   "County" ("Henrico County", "the Gwinnett County Board of Education") is a model's
   slip, no person, and so is one that holds an institution's or a road's word ("the
   Liverpool Academy technical director", "Old Lexington Highway"); a span that runs on
   past the name gives only the name's words: not the town after "of" or a comma
   ("Ronald Drocy of Swanton", "Memphis St., Alexandria"), nor the town or body before
   a role ("Dublin Mayor Marilee Chinnici-Zuercher", "Litchfield Fire Chief Jim Koser");
   a span of four or more capitalised words, two of them ordinary English that no
   person's name holds, is a title-case headline ("Kherson Marks Anniversary Of
   Liberation"), no person at all (`headline_span`);
3. names the gazetteer holds as countries, regions or first-level regions are not affected
   (acceptance treats those by their own rules);
4. people the text itself presents, whatever a model tagged: a given name and a surname
   (a middle initial or a quoted nickname between them allowed) that speak ("Christopher
   Huff said", "said Sharon Parker,"), are given an age ("Toni Botkins, 55,", "Tasha
   Nicole Shelton, 33,") or are described as a person ("Elizabeth Fairfield, a Lebanon
   woman", "Robin Lake, a senior at Chase Law School", "a law student at"), are
   credited with a player's statistic ("19 points from Kyle Shaw"), and a given
   name after a kinship noun ("their first child, Hailey,"); the
   surname, or that given name, is a person's name throughout the article; a
   generational suffix may follow the surname ("Gino D. Bassett, Sr., 56,"). Neither
   the given name nor the last word is an ordinary English word, and the whole is no name
   the gazetteer knows ("Dublin Police said", "Boulder City said", "Kansas City said").
   Not "X Y, who": teams take it too ("the Portland Trail Blazers, who").
   A single name given an age ("Vance, 57, of Fresno") is a person's too: news gives
   ages to people, never to places; not an ordinary English word ("Police, 12,"), nor
   a name the gazetteer holds as a country or first-level region, nor a count after a
   preposition ("the dead in Mykolaiv, 14,") or in a list ("Kherson, 12, Odesa, 4").
5. a surname after a name ("Chad Walker", "Virginia Madsen", "Chad LaBumbard,"): one
   capitalised word that is neither ordinary English, nor an abbreviation ("Gov."),
   nor a month or weekday, nor the name of a state, region or city of 100,000+ people,
   with no capitalised word after it, that the article writes again by itself, as news
   names a person in full once and by the surname after ("Chad LaBumbard ...
   LaBumbard said"); then the name before it is a given name, whatever country or state
   bears it (`surname_after`; the places stage checks the gazetteer).
6. given names that first-level regions bear ("Victoria", "Georgia", "Virginia"): rule 3
   keeps them off the packaged list, as they name states far more often; where such a
   name speaks with no locative context and the article places nothing else in the
   region's country ("Victoria said the budget was tight"), it is a person
   (`state_given_name`; the places stage, rule 9).
7. the surname of a person the article names in full, met alone after a preposition
   that does not place ("turned the case over to Carlow", "Byrd said of Holroyd", "the
   idea came to Trapani") is that person: only a preposition of position ("in",
   "near", "outside") places such a name (`article_surnames`; the places stage).
8. a person named in full once and by the surname after ("Linda Dunlap also works with
   the archives ... said Dunlap", "Alex Cheng ... Cheng went undefeated"): two
   capitalised words, neither ordinary English, that no place bears whole, the first
   no state nor city of 100,000+ ("Paris Hilton", "Houston Nutt" stay unread), the
   second written again alone in the article: the second is a person's name throughout
   the article (`presented_person_words`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Final

from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.geo.names import past_determiner
from sitrep.kb.actors import fold
from sitrep.kb.gazetteer import Gazetteer
from sitrep.pipeline.document import Document

_FILE: Final = "person_names.txt"
_MIN_LETTERS: Final = 3
#: the shortest sentence (in letters and digits) compared with the held-out split
_MIN_OVERLAP: Final = 15
_STATES: Final = frozenset({"country", "region", "admin1"})
#: a surname no city this big bears (rule 7).
_BIG_CITY: Final = 100_000
#: rule 4: a given name, an optional middle initial or nickname, and one or two surnames.
_FULL_NAME: Final = (
    r"(?P<given>[A-Z][a-z]+)\s+(?:(?:[A-Z]\.|[\"“‘'][A-Z][a-z]+[\"”’'])\s+)?"
    r"(?P<surname>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
#: a generational suffix after the surname ("Gino D. Bassett, Sr., 56,", "John Smith Jr.").
_SUFFIX: Final = r"(?:,?\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV))?"
_SAYS: Final = r"\s+(?:said|says|told|added)\b"
#: kinship nouns: a given name right after one is a person's ("whose son, Parker, 8").
KIN_NOUNS: Final = (
    r"(?:son|daughter|child|wife|husband|mother|father|brother|sister|grandson|"
    r"granddaughter|nephew|niece|girlfriend|boyfriend)"
)
#: "their first child, Hailey,", "a daughter Elizabeth": the given name (rule 4).
_KIN_NAME: Final = re.compile(r"\b" + KIN_NOUNS + r",?\s+(?P<given>[A-Z][a-z]+)\b(?![\w.-])")
#: "19 points from Kyle Shaw", "a touchdown pass from Tyler Wood", "two goals by Mark
#: Ellis": a player's statistic before "from" or "by" (rule 1).
STATISTICS: Final = frozenset(
    {
        "points",
        "rebounds",
        "assists",
        "assist",
        "yards",
        "goals",
        "goal",
        "saves",
        "strikeouts",
        "hits",
        "touchdowns",
        "touchdown",
        "pass",
        "passes",
        "kills",
        "digs",
        "runs",
        "homer",
        "steals",
        "blocks",
        "pins",
    }
)
#: "19 points from Kyle Shaw": a number and a player's statistic before the name (rule 4).
_STATISTIC_BEFORE: Final = (
    r"\b\d+\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(STATISTICS)) + r")\s+(?:from|by)\s+"
)
#: a student's year or standing, a person's description only as the head of its phrase
#: ("Robin Lake, a senior at Chase Law School"; not "Salem, a senior center").
_STUDENT: Final = (
    r"(?:freshman|sophomore|junior|senior|student|graduate|undergraduate|alumnus|alumna)"
    r"(?=\s+(?:at|in|of|from|who|majoring|studying)\b|[,.;])"
)
#: "Elizabeth Fairfield, a Lebanon woman": the name described as a person.
_KIND: Final = (
    r",\s+an?\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:(?:woman|man|girl|boy|teen|teenager|resident|native|mother|father)\b|" + _STUDENT + ")"
)
#: what follows a name the text presents as a person's: an age, speech, a description.
_PRESENTING: Final = r"(?:,\s+\d{1,3},|" + _SAYS + "|" + _KIND + ")"
#: each pattern a lookahead, so that overlapping candidates are all tried ("Director
#: Christopher Huff said" holds "Christopher Huff said").
_PRESENTED: Final = (
    re.compile(r"(?=\b" + _FULL_NAME + _SUFFIX + _PRESENTING + ")"),
    re.compile(r"\b(?:said|says|added)\s+(?=" + _FULL_NAME + r"(?:[,.;]|\s+of\b))"),
    re.compile(_STATISTIC_BEFORE + "(?=" + _FULL_NAME + r"\b)"),
)


#: rule 4: one capitalised word given an age ("Vance, 57, of Fresno"); a full name's last
#: word matches too, and is a person's as well.
_AGED_ONE: Final = re.compile(r"\b(?P<name>[A-Z][a-z]{2,})" + _SUFFIX + r",\s+\d{1,3},")


#: rule 4: a count after a place, no age: the name follows a preposition ("The dead
#: in Mykolaiv, 14, included two children") or another name and count follow it
#: ("Kherson, 12, Odesa, 4, and Kharkiv, 9").
_TALLY_BEFORE: Final = re.compile(r"(?:\b(?i:in|at|from|near|of)|\d,(?:\s+and)?)\s+$")
_TALLY_AFTER: Final = re.compile(r"\s+(?:and\s+)?[A-Z][a-z]+,\s+\d{1,3}\b")


@functools.lru_cache(maxsize=1)
def packaged_names() -> frozenset[str]:
    """Rule 1: the shipped list, folded; empty when the file is missing."""
    path = resources.files("sitrep.kb") / "data" / _FILE
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    return frozenset(
        fold(line.strip()) for line in text.splitlines() if line.strip() and line[0] != "#"
    )


#: rule 6: given names, common in English-speaking countries, that first-level regions bear.
_STATE_GIVEN_NAMES: Final = frozenset(
    {"victoria", "georgia", "virginia", "alberta", "montana", "carolina", "lorraine"}
)


def state_given_name(name: str) -> bool:
    """Rule 6: the name of a first-level region is also a given name ("Victoria")."""
    return fold(name) in _STATE_GIVEN_NAMES


#: "Henrico County", "Gwinnett County Board of Education": no person's name (rule 2).
_COUNTY_INSIDE: Final = re.compile(r"\sCounty\b")
#: rule 2: a model's PERSON span holding the word of an institution, a programme or a
#: road ("Liverpool Academy", "London International Airport", "Old Lexington Highway")
#: names a body, a building or a road, as no person's name holds one; words that are also
#: surnames or given names ("Park", "Church", "Temple", "Bridge", "River") are left out.
_INSTITUTION_END: Final = re.compile(
    r"\s(?:Academy|Airport|University|College|School|Elementary|Hospital|Clinic|Centre"
    r"|Center|Club|Council|Department|Museum|Stadium|Institute|Association|Foundation"
    r"|Society|Committee|Commission|Agency|Ministry|Authority|District|Library|Chamber"
    r"|Corporation|Company|Refuge|Wildlife|Program|Programme|Project|Complex|Road|Street"
    r"|Avenue|Boulevard|Highway)\b"
)


def _institution(named: str) -> bool:
    """Rule 2: a model's PERSON span that holds an institution's or a road's word
    ("Liverpool Academy", "Old Lexington Highway") names no person."""
    return _INSTITUTION_END.search(named.rstrip(".,'’ ")) is not None


#: rule 2: a role inside a model's PERSON span ("Dublin Mayor Marilee Chinnici-Zuercher",
#: "Litchfield Fire Chief Jim Koser"): the words before it name the body or town whose
#: role it is, only those after it the person.
_ROLE_INSIDE: Final = re.compile(
    r".*\b(?:Mayor|Chief|Representative|President|Director|Superintendent|Commissioner"
    r"|Council(?:man|woman|lor)|Sheriff|Governor|Senator|Minister|Secretary|Ambassador"
    r"|Chair(?:man|woman)?|Principal|Coach|Judge|Officer|Detective|Spokes(?:man|woman)"
    r"|Attorney|Manager|Treasurer|Administrator|Trustee|Pastor|Prosecutor)s?\s+"
)
#: rule 2: a model's PERSON span that runs on past the name, into the person's town or
#: body ("Ronald Drocy of Swanton", "Matthieu Prin of London") or past a comma
#: ("Memphis St., Alexandria"); a generational suffix after a comma stays ("Jr.").
_RUN_ON: Final = re.compile(r"\s+of\s+|,(?!\s*(?:Jr|Sr|II|III|IV)\b)\s*")


def _person_part(named: str) -> str:
    """Rule 2: the words of a model's PERSON span that may be the person's own name."""
    named = _RUN_ON.split(named, maxsplit=1)[0]
    role = _ROLE_INSIDE.match(named)
    return named[role.end() :] if role else named


def headline_span(named: str) -> bool:
    """Rule 2: a model's PERSON span of four or more capitalised words, two of them
    ordinary English words that no person's name on the packaged list holds, is a
    title-case headline ("Torrington Receives State Grant", "Windsor Joins Tax Credit
    Program"), no person's name."""
    # imported here: the truecaser reads this module's packaged names
    from sitrep.ingest.truecase import common_word

    if _ROLE_INSIDE.match(named):
        return False  # "Madison Circuit Judge William Clouse": a role and a person
    words = [w.strip(".,:;!?'’\"“”") for w in named.split()]
    if len(words) < 4 or not all(w[:1].isupper() for w in words if w):
        return False
    given = packaged_names()
    ordinary = [w for w in words if w and common_word(w) and fold(w) not in given]
    return len(ordinary) >= 2


def _person_names(doc: Document) -> Iterator[str]:
    """The text of each PERSON entity of the article, past a determiner opening it and
    cut to the words that may be the person's own name (rule 2)."""
    for entity in doc.entities:
        if entity.label == "PERSON" and not headline_span(entity.evidence.text):
            start, end = entity.evidence.start, entity.evidence.end
            yield _person_part(doc.text[past_determiner(doc.text, start, end) : end])


def article_person_words(doc: Document) -> frozenset[str]:
    """Rule 2: folded words of the article's multi-word PERSON entities, past a
    determiner opening one ("Another Gainesville" is no person's name)."""
    out: set[str] = set()
    for named in _person_names(doc):
        words = [w for w in named.split() if w[:1].isupper()]
        if len(words) >= 2 and not _COUNTY_INSIDE.search(named) and not _institution(named):
            out.update(fold(w.strip(".,'’")) for w in words)
    return frozenset(out)


def article_surnames(doc: Document, gazetteer: Gazetteer) -> frozenset[str]:
    """Rule 7: folded last words of the article's multi-word PERSON entities ("Carlow"
    of "Investigator Bill Carlow"), as rule 2 reads them; not a city of 100,000+ people
    ("Metro Nashville" taken for a person is the city's government)."""
    out: set[str] = set()
    for named in _person_names(doc):
        words = named.split()
        # a name alone, two or three capitalised words ("Bill Carlow"); not a model's
        # span running on into a place ("Holly Hufstetler of Roswell")
        whole = 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words)
        last = words[-1].strip(".,'’") if words else ""
        big = any(
            (p.population or 0) >= _BIG_CITY or p.feature in _STATES
            for p in gazetteer.lookup(last, fuzzy=False)
            if p.matched == "name"
        )
        if whole and not big and not _COUNTY_INSIDE.search(named) and not _institution(named):
            out.add(fold(last))
    return frozenset(out)


_PRESENTING_AFTER: Final = re.compile(_SUFFIX + _PRESENTING)


def presented_after(text: str, end: int) -> bool:
    """Rule 4: the words after a name present it as a person's: an age ("Robin Lake,
    22,"), speech ("Robin Lake said") or a description ("Robin Lake, a senior at")."""
    return _PRESENTING_AFTER.match(text, end) is not None


def presented_person_words(doc: Document, gazetteer: Gazetteer) -> frozenset[str]:
    """Rules 4 and 8: folded words of the people the text presents: speaking, aged,
    described as a person, named after a kinship noun, or by the surname alone after
    their full name."""
    # imported here: the truecaser reads this module's packaged names
    from sitrep.ingest.truecase import common_word

    out: set[str] = set()
    for pattern in _PRESENTED:
        for match in pattern.finditer(doc.text):
            given, surname = match.group("given"), match.group("surname")
            ordinary = common_word(given) or common_word(surname.split()[-1])
            if ordinary or gazetteer.known(f"{given} {surname}"):
                continue
            out.add(fold(given))
            out.update(fold(w.strip("'’")) for w in surname.split())
    for match in _AGED_ONE.finditer(doc.text):
        word = match.group("name")
        before = doc.text[max(0, match.start() - 12) : match.start()]
        if _TALLY_BEFORE.search(before) or _TALLY_AFTER.match(doc.text, match.end()):
            continue  # "the dead in Mykolaiv, 14,", "Kherson, 12, Odesa, 4": a tally
        states = any(p.feature in _STATES for p in gazetteer.lookup(word, fuzzy=False))
        if not (common_word(word) or states):
            out.add(fold(word))
    for match in _KIN_NAME.finditer(doc.text):
        if not common_word(match.group("given")):
            out.add(fold(match.group("given")))
    out.update(_surnames_again(doc.text, gazetteer))
    return frozenset(out)


#: rule 8: a given name and a surname, two capitalised words with no third after them.
_TWO_NAMES: Final = re.compile(
    r"(?<![\w.’'-])(?P<given>[A-Z][a-z]+) (?P<surname>(?:Mc|Mac|La|De|O')?[A-Z][a-z]{2,})"
    r"(?![\w'’-]| [A-Z])"
)


def _surnames_again(text: str, gazetteer: Gazetteer) -> set[str]:
    """Rule 8: news names a person in full once and by the surname after ("Linda Dunlap
    also works with the archives ... said Dunlap", "Alex Cheng ... Cheng went
    undefeated"): two capitalised words, no ordinary English, that no place bears
    whole, the first no state nor city of 100,000+, the second written again alone,
    make the second a surname throughout the article."""
    from sitrep.ingest.truecase import common_word

    out: set[str] = set()
    for match in _TWO_NAMES.finditer(text):
        given, surname = match.group("given"), match.group("surname")
        if common_word(given) or common_word(surname) or fold(surname) in out:
            continue
        if gazetteer.known(f"{given} {surname}") or any(
            (p.population or 0) >= _BIG_CITY or p.feature in _STATES
            for p in gazetteer.lookup(given, fuzzy=False)
            if p.matched == "name"
        ):
            continue  # "Glen Allen", "Paris Hilton" may be a place; "Houston Nutt" too
        alone = re.compile(r"(?<![\w’'-])" + re.escape(surname) + r"(?![\w'’-])")
        if any(m.start() != match.start("surname") for m in alone.finditer(text)):
            out.add(fold(surname))
    return out


#: rule 5: one capitalised word ("Walker", "LaBumbard", "McCurry") ending a name.
_SURNAME: Final = re.compile(r" ((?:Mc|Mac|La|De|O')?[A-Z][a-z]{2,})\b(?![\w'’-]| [A-Z])")


def surname_after(text: str, end: int) -> str | None:
    """Rule 5: the surname-like word right after a name ("Walker" of "Chad Walker");
    the caller checks that no big place bears it."""
    from sitrep.ingest.truecase import common_word

    match = _SURNAME.match(text, end)
    if match is None or common_word(match.group(1)) or text[match.end(1) :].startswith("."):
        return None
    word = match.group(1)
    alone = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])")
    again = any(m.start() != match.start(1) for m in alone.finditer(text))
    return word if again else None


def _sentences(lines: list[str]) -> list[list[str]]:
    """The blank-line separated sentences of a column file, as lists of their lines."""
    out: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            out[-1].append(line)
        elif out[-1]:
            out.append([])
    return [sentence for sentence in out if sentence]


def _letters(sentence: list[str]) -> str:
    """A sentence's words as one run of lowercase letters and digits, so two tokenisations
    of the same text compare equal."""
    return re.sub(r"[^0-9a-z]", "", "".join(line.split("\t")[0] for line in sentence).lower())


def _withheld(lines: list[str], held_out: list[str]) -> list[str]:
    """`lines` without the sentences that overlap a held-out sentence (either holds the
    other: the two splits cut sentences differently)."""
    kept: list[str] = []
    for sentence in _sentences(lines):
        text = _letters(sentence)
        if len(text) < _MIN_OVERLAP or not any(
            h in text or text in h for h in held_out if len(h) >= _MIN_OVERLAP
        ):
            kept.extend([*sentence, ""])
    return kept


def _words_in_spans(lines: list[str], word_col: int, tag_col: int, person: str) -> set[str]:
    out: set[str] = set()
    for line in lines:
        cols = line.split("\t")
        if len(cols) <= max(word_col, tag_col) or line.startswith("#"):
            continue
        word, tag = cols[word_col], cols[tag_col]
        named = tag.endswith(person) and word.isalpha() and word[:1].isupper()
        if named and len(word) >= _MIN_LETTERS and not word.isupper():
            out.add(word)
    return out


#: how the packaged list was built, written at its top (`python -m sitrep.geo.persons`).
HEADER: Final = (
    "# person-name words (sitrep.geo.persons.build_person_names); one a line\n"
    "# built by `python -m sitrep.geo.persons > src/sitrep/kb/data/person_names.txt` from\n"
    "# the capitalised words (3+ letters, not all capitals) of Person spans in the re3d\n"
    "# train split (conll_split_juand-r) and of PER spans in Universal NER English-EWT dev;\n"
    "# re3d sentences that ConfliBERT's re3d test split also holds (either sentence inside\n"
    "# the other, 15+ letters and digits) were withheld, so no name comes from text sitrep\n"
    "# is scored on; names of countries, regions and first-level regions in the gazetteer\n"
    "# and spaCy's English stop words are left out.\n"
)


def build_person_names(shared: Path) -> list[str]:
    """Rule 1: the word list from the datasets under `shared` (sorted, unique)."""
    datasets = shared / "datasets"
    re3d = datasets / "re3d" / "conll_split_juand-r" / "CONLL-format" / "data" / "train"
    uner = datasets / "uner_ewt" / "en_ewt-ud-dev.iob2"
    test = datasets / "conflibert_eval" / "re3d" / "test.txt"
    lines = test.read_text(encoding="utf-8").splitlines() if test.is_file() else []
    held_out = [_letters(sentence) for sentence in _sentences(lines)]
    words: set[str] = set()
    for path in sorted(re3d.glob("*.conll")):
        kept = _withheld(path.read_text(encoding="utf-8").splitlines(), held_out)
        words |= _words_in_spans(kept, 0, 1, "-Person")
    if uner.is_file():
        words |= _words_in_spans(uner.read_text(encoding="utf-8").splitlines(), 1, 2, "-PER")
    gazetteer = Gazetteer.load()
    # rule 3: "Iraq" inside "Iraq's Prime Minister ..." spans is no person's name
    return sorted(
        w
        for w in words
        if not any(p.feature in _STATES for p in gazetteer.lookup(w, fuzzy=False))
        and w.lower() not in STOP_WORDS
    )


if __name__ == "__main__":  # pragma: no cover - maintenance entry point
    import sys

    from sitrep.evaluate.base import shared_dir

    names = build_person_names(shared_dir())
    sys.stdout.write(HEADER + "\n".join(names) + "\n")
