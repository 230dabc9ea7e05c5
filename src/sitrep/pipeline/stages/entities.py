"""Entities: named and designated things, by rules and knowledge.

Sources of candidates, in order (each is a function Document -> candidates, so a
trained statistical NER can later be added as one more source):
1. knowledge-base aliases (spaCy PhraseMatcher over token texts): actors -> GPE for
   states, ARMED_GROUP for non-state groups, ORG for parts of states and organisations;
   demonyms -> NORP; weapons and platforms -> WEAPON / PLATFORM. Short all-capital
   aliases ("IS", "SAF") match only that exact token; in an all-capitals sentence (a
   headline, wire copy) one that is also an English word ("IS", "US", "CAR") needs
   support: the same actor named elsewhere in the article by another alias ("Islamic
   State", "U.S."); ambiguous weapon words ("Typhoon", "Apache") need a military word in
   the same sentence; a news agency's credit in a dateline ("ISLAMABAD (PTI) -",
   "LAHORE, May 5 (APP):") is never an actor, and the same short form elsewhere in that
   article names the agency too ("told PTI") unless the actor is also named by another
   alias ("PTI workers ... the Pakistan Tehreek-e-Insaf"); an alias hyphened to words on
   both sides is a piece of another name, no actor ("PORT-AU-PRINCE" holds no African
   Union);
1b. a capitalised name followed by its acronym in brackets ("Tehreek e Taliban Pakistan
   (TTP)") is one mention, linked to the actor the acronym or the name resolves to
   (loosely, see kb.actors); so is a known actor's name followed by a short form of it
   (its words and acronyms of its words: "Communist Party of India Maoist (CPI Maoist)")
   or by another name of the same actor ("Shining Path (Sendero Luminoso)"); the
   bracketed form alone later in the article is the same actor, or, for a group the
   knowledge does not know, the same name;
1d. an international body's name followed by a state's ("Amnesty International Kenya",
   "UNICEF Somalia said") is the body's branch there, one ORG mention linked to the body:
   the state's name there is no actor and no place of what the article tells;
1c. the police of a named place ("Charleston police", "Maryland State Police", "Osun
   State Police Command") are the police forces of the place's country, when the
   gazetteer's places of that name lie, but for far smaller ones, in one country (a
   Charleston in Australia is a hamlet; Carthage in Tunisia and in Missouri are peers:
   no link); the mention is the police word alone, so the place stays a place, and a
   common word ("Federal", "Border", "Riot" police) names no place;
2. designator-shaped tokens not in the catalogue ("XQ-58As") -> PLATFORM;
3. "Operation" + capitalised words -> OPERATION;
4. a title + capitalised words -> PERSON (the name only; the role stays in the text
   for the actors stage, see roles.py); later bare surnames of those people -> PERSON;
4b. a name of two to four capitalised words that the text presents as a person's
   (sitrep.geo.persons rule 4: an age, speech or a description after it: "Yulia Skripal,
   33, said", "Christopher Huff said"; or set off by commas before speech: "the head of
   the inquiry, Kenneth Piernick, said") -> PERSON, there and wherever the article
   writes it again; its first and last words are no ordinary English words ("Police
   Chief said" is none), and the whole is no place or actor the knowledge knows
   ("Kansas City said", "Boko Haram said");
5. a modest lexicon of facilities ("underground arms cache", "airport", "hospital");
6. unknown capitalised multiword names ending in an organisation head ("Forces",
   "Brigade", "Ministry", ...) -> ORG, unless they overlap a knowledge-base match;
7. other capitalised multiword names that the actor KB resolves loosely (folded or
   fuzzy: "Hayat Tahrir al Sham") take its label;
8. the shipped statistical model (sitrep.ner.model, trained on re3d) fills the names the
   knowledge does not know. Merge rules, chosen on re3d dev with a train-only model:
   a. only its PERSON, ORG, LOC, NORP, WEAPON and PLATFORM spans are used (times and
      numbers belong to the timex and quantities stages);
   b. a name never holds a lower-case word other than name glue ("of", "the", "de",
      "al", "bin", "e", ...; a PERSON's ends at "in": "John Smith in Dhaka" -> "John
      Smith"): a PERSON span is cut at any other, an ORG or LOC span at a
      verb or a preposition of direction ("Police arrested John Smith" -> "John Smith",
      "Dayr az Zawr towards Raqqa" -> "Dayr az Zawr", "people demonstrated in Tel Aviv"
      -> "Tel Aviv"), and an ORG or LOC that describes a
      person before the name ("British journalist John Cantlie": a lower-case noun, then
      two to four capitalised words, none ordinary English, no place's name) is that
      person's name alone; a piece so cut is kept only if it still
      looks like a name (two capitalised words, no comma or line break), and of a
      PERSON only the last piece is kept (the words before describe the person: "Saudi
      terrorist Osama bin Laden"); a name never ends in a particle ("Osama bin" takes
      "Laden"); in an all-capitals sentence, where capitals say nothing, a span of
      common English words only ("THERE IS", "CAR BOMB") is dropped;
   c. leading determiners, trailing punctuation and possessives, and, for names, trailing
      lower-case words and days ("Zamzam camp" -> "Zamzam", "Police Monday said" ->
      "Police") are trimmed; a PERSON loses its title, and the lower-case words that
      describe the person when a capitalised word follows them ("resident Shaya
      Tenenbaum" -> "Shaya Tenenbaum"; "executive of Ora Media" stays);
      a span with no capitalised or digit-bearing non-pronoun word is dropped;
   d. a model span overlapping any rule or knowledge candidate (1-7) is dropped: knowledge
      and patterns are precise, and they carry kb_ids the later stages need;
   e. except a capitalised ORG/LOC name, not cut by (b), that strictly contains only
      state or demonym matches ("al-Qaeda in Iraq", "Gulf of Oman"): the longer name wins.
   f. a model's PERSON, ORG or NORP that is a well-known place, put in space by a preposition
      of place before it ("in Khan Younis", "north of Raqqa"; not "from" or "to") or a
      place's head noun after it ("Al Ubayyid airport"), is a LOC: a country, region or
      first- or second-level region (also closed by its type word: "in Kaduna State") or
      a town of 100,000 people, never a word of a person the article names in full
      ("Jordan Peterson ... in Jordan" keeps the model's reading); the places stage
      resolves it;
   g. a model's PERSON, ORG or NORP opened by a generic word of Arabic or Hebrew place names
      ("Beit Lahia", "Kafr Kila", "Deir al-Balah", "Khirbet Zanuta", "Wadi Halfa") that the
      gazetteer knows whole is a LOC: no personal name opens with "house", "village",
      "monastery", "ruin" or "valley".
   Without a loadable model (or with `model=None`) the stage runs on rules 1-7 alone.
Overlaps: the longest candidate wins, then the earlier source; the output is sorted.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from sitrep.errors import KnowledgeDataError
from sitrep.events.placing import LOCAL_FORCE
from sitrep.events.tokens import NAME_GLUE, is_name_form
from sitrep.geo.context import TYPE_AFTER
from sitrep.geo.persons import presented_after
from sitrep.ingest.truecase import common_word
from sitrep.kb.actors import ActorKB
from sitrep.kb.weapons import WeaponKB
from sitrep.model import EntityMention
from sitrep.ner.model import NerModel, load_ner
from sitrep.ner.re3d_places import with_place_head
from sitrep.pipeline.document import Document
from sitrep.pipeline.resources import Resources
from sitrep.pipeline.stages.roles import NAME, TITLE, TITLED_NAME
from sitrep.temporal.grammar import WEEKDAYS

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Candidate:
    """A possible entity; `priority` breaks ties between equally long candidates."""

    start: int
    end: int
    label: str
    name: str
    kb_id: str | None = None
    priority: int = 5


Source = Callable[[Document], Iterable[Candidate]]

_MILITARY_CONTEXT: Final = re.compile(
    r"\b(?:jets?|aircraft|fighters?|warplanes?|missiles?|drones?|strikes?|helicopters?|"
    r"tanks?|systems?|batter(?:y|ies)|air[- ]defen[cs]e|bombs?|launch(?:ed|er|ers)?|fired|"
    r"shot down|intercept(?:ed|ors?)|munitions?|artillery|sorties?|gunships?|armou?red|"
    r"howitzers?|rockets?|deployed|squadron)\b",
    re.I,
)
_OPERATION: Final = re.compile(r"\bOperation\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})")
_FACILITY: Final = re.compile(
    r"\b(?:(?:underground|makeshift|secret|main|military|international)\s+)?"
    r"(?:(?:arms|weapons|ammunition|munitions)\s+(?:cache|depot|store|dump|factory)s?|"
    r"air\s?base|airbase|airport|airfield|hospital|military base|checkpoint|"
    r"refugee camp|displacement camp|power (?:plant|station)|oil refinery|"
    r"command (?:centre|center)|training camp|prison|school|mosque|church|market(?:place)?)"
    r"\b"
)
_ORG_HEADS: Final = (
    "Forces|Army|Brigade|Brigades|Front|Movement|Party|Ministry|Command|Council|Corps|"
    "Battalion|Regiment|Division|Militia|Alliance|Coalition|Committee|Agency|Organisation|"
    "Organization|Union|Group|Service|Guard|Guards|Police|Unit|Units|Authority"
)
_ORG_NAME: Final = re.compile(
    rf"\b(?:[A-Z][\w'’-]+\s+(?:(?:of|for|the|al)\s+)?){{1,5}}(?:{_ORG_HEADS})\b"
)
_CAPITALISED_RUN: Final = re.compile(
    r"\b[A-Z][\w'’]+(?:[\s-]+(?:(?:al|el|ad|ash|bin|wal|of|the|e|i|ul|ud)[\s-]+)?[A-Z][\w'’]+)+"
)
#: an acronym in brackets after a name: two or more capitals ("TTP", "LeT", "JMB").
_ACRONYM: Final = re.compile(r"[A-Z][A-Za-z]{1,7}")
_DETERMINERS: Final = ("The ", "A ", "An ")
#: rule 1: a dateline's news agency credit: a line opening with the place a report is
#: filed from (in capitals, or with a date after a comma), the agency in brackets, then
#: a dash or colon ("ISLAMABAD (PTI) -", "New Delhi, May 5 (IANS):", "SOUTH WAZIRISTAN,
#: April 5 (APP) —").
_WIRE_CREDIT: Final = re.compile(
    r"^[ \t]*(?:[A-Z][A-Z.'’ -]*[A-Z.](?:,[^()\n]{1,30}?)?"
    r"|[A-Z][\w.'’ -]{0,40}?,[^()\n\d]{0,20}\d[^()\n]{0,20}?)"
    r"\s*\((?P<credit>[A-Z][\w/-]*(?:\s[A-Z][\w/-]*)?)\)\s*(?:--|[-–—:])",
    re.MULTILINE,
)
#: rule 1c: a place's name, a type word, and the police ("Osun State Police Command").
_PLACE_POLICE: Final = re.compile(
    rf"\b(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}?){LOCAL_FORCE.pattern}"
)
#: rule 1c: a country's largest place of a name must be this many times the others'.
_DOMINANT: Final = 10
#: rule 1b: the most tokens a known alias before a bracket may span (spaCy splits
#: hyphens: "Jama'at Nusrat al - Islam wal - Muslimin" is eight), and the most words and
#: glue read back for a name written out before its acronym ("Islamic State of Iraq and
#: the Levant (ISIL)" is seven); a longer run is a sentence, not one name.
_ALIAS_REACH: Final = 12
_NAME_REACH: Final = 10

#: model labels the stage keeps; its Temporal, Quantity, Money and DocumentReference are
#: left to the timex and quantities stages (and to evaluation adapters).
_MODEL_LABELS: Final = frozenset({"PERSON", "ORG", "LOC", "NORP", "WEAPON", "PLATFORM"})
#: candidates at or below this priority are precise: a model span overlapping one is dropped.
_PRECISE: Final = 4
_MODEL: Final = 6
_LEADING_WORDS: Final = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_TRAILING: Final = frozenset({"'s", "’s", "'", "’"})
_LEADING_TITLE: Final = re.compile(rf"(?:(?:{TITLE})\.?\s+)+")
_NAME_LABELS: Final = frozenset({"PERSON", "ORG", "LOC"})
#: verbs of news reports whose past tense does not end in "-ed" (rule 8b).
_NEWS_VERBS: Final = frozenset(
    {
        "said", "says", "say", "told", "tells", "shot", "shoots", "hit", "hits", "held",
        "holds", "met", "meets", "led", "leads", "took", "takes", "left", "fled", "kept",
        "struck", "strikes", "kills", "arrests", "attacks", "claims", "seizes", "detains",
        "is", "was", "were", "are", "has", "had", "have", "will",
    }
)  # fmt: skip
#: prepositions of direction and position that no name holds: a model span running over
#: one ("Dayr az Zawr towards Raqqa") is two names (rule 8b).
_BETWEEN_NAMES: Final = frozenset({"towards", "toward", "into", "near", "via", "outside"})
#: rule 8f: the gazetteer features a model's person or organisation may be named as, and
#: the people a town needs to be known well enough to outweigh the model's guess.
_REGION_FEATURES: Final = frozenset({"country", "region", "admin1", "admin2"})
_WELL_KNOWN_TOWN: Final = 100_000
_GUESSES_OF_PLACES: Final = frozenset({"PERSON", "ORG", "NORP"})
#: rule 8g: generic words that open Arabic and Hebrew place names ("house of", "village
#: of", "monastery of", "ruin of", "valley of", "hill of", "well of", "spring of"), and
#: open no personal name.
_PLACE_NAME_GENERICS: Final = frozenset(
    {"Beit", "Bayt", "Kafr", "Kfar", "Deir", "Dayr", "Khirbet", "Khirbat", "Wadi", "Tell",
     "Bir", "Ein", "Ain", "Nahr", "Qasr"}
)  # fmt: skip
#: rule 8f: words that put the name after them in space; not "from" or "to", which also
#: name a source or an addressee ("a statement from Ora", "a letter to Washington").
_IN_PLACE_BEFORE: Final = re.compile(
    r"\b(?:in|inside|near|outside|around|across|throughout|within|into|towards?|"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?$",
    re.I,
)
#: rule 4b: a run of capitalised name words, and speech after a name set off by commas.
_NAME_RUN: Final = re.compile(rf"(?<![\w'’-]){NAME}(?![\w'’-])")
_SPEECH_AFTER_APPOSITION: Final = re.compile(r",\s+(?:said|says|told|added)\b")
#: rule 4b: particles that only people's names hold between two capitalised words, unlike
#: "de" or "al" that places hold too ("Hamza bin Laden", "Luis van der Berg"; not "Vina
#: del Mar", "Deir al-Zor").
_PERSONAL_PARTICLE: Final = re.compile(
    r"(?<=[a-zà-ÿ])\s+(?:bin|bint|ibn|van|von)[\s-]+(?:(?:der|den|de)\s+)?(?=[A-Z])"
)
#: glue that may join two names as well as hold one ("Police and Army", "Forces in Iraq").
_LIST_GLUE: Final = frozenset({"and", "in", "-"})
_PRONOUNS: Final = frozenset(
    [
        "i",
        "me",
        "my",
        "myself",
        "we",
        "us",
        "our",
        "ours",
        "ourselves",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "it",
        "its",
        "they",
        "them",
        "their",
        "theirs",
    ]
)


class _Default:
    """Marker for "load the shipped model" (None means rules and knowledge only)."""


_DEFAULT: Final = _Default()


def _default_model() -> NerModel | None:
    """The shipped model, or None (rules and knowledge only) when it cannot be loaded."""
    try:
        return load_ner()
    except KnowledgeDataError as exc:
        logger.warning("statistical NER unavailable, using rules and knowledge only: %s", exc)
        return None


def _trailing_non_name(token: Token, label: str) -> bool:
    """Punctuation, a possessive, or (for names) a lower-case word or a day of the week:
    "Zamzam camp" -> "Zamzam", "Police Monday said" -> "Police"."""
    if token.is_punct or token.lower_ in _TRAILING:
        return True
    return label in _NAME_LABELS and (token.text[:1].islower() or token.lower_ in WEEKDAYS)


def _after_title(tokens: Doc, start: int, end: int) -> int:
    """The first token after any leading title words ("Colonel John Dorrian" -> "John")."""
    span = tokens[start:end]
    match = _LEADING_TITLE.match(span.text)
    if match is None:
        return start
    inner = span.char_span(0, match.end(), alignment_mode="contract")
    return start + len(inner) if inner is not None else start


def _proper_name_around(cand: Candidate, span: Span, inside: Sequence[Candidate]) -> bool:
    """Whether a model ORG/LOC is a longer proper name that holds a state's name ("al-Qaeda
    in Iraq", "Gulf of Oman"): then it wins over the state match inside it (rule 8)."""
    if cand.label not in ("ORG", "LOC"):
        return False
    if any(c.label not in ("GPE", "NORP") for c in inside):
        return False
    if any(
        c.start < cand.start or c.end > cand.end or c.end - c.start == cand.end - cand.start
        for c in inside
    ):
        return False
    return all(t.text[:1].isupper() or t.lower_ in NAME_GLUE or t.is_punct for t in span)


def _spelled_name(tokens: Doc, bracket: int, acronym: str) -> Span | None:
    """The capitalised words right before `bracket` whose initials spell `acronym`, with
    the name glue between them ("Tehreek e Taliban Pakistan" for "TTP"), or None."""
    letters = [c for c in acronym if c.isupper()]
    if len(letters) < 2:
        return None  # "(Dircote)": a short name, no acronym
    start = bracket
    initials: list[str] = []
    while start > 0 and len(initials) < len(letters):
        token = tokens[start - 1]
        if token.text[:1].isupper():
            initials.extend(
                w[0] for w in reversed(re.split(r"[-’']", token.text)) if w[:1].isupper()
            )
        elif token.lower_ not in NAME_GLUE:
            return None
        start -= 1
    if initials[::-1] != letters:
        return None
    return tokens[start:bracket]


def _closing_bracket(tokens: Doc, index: int) -> int | None:
    """The index of the ")" closing a bracket opened at `index` round a name's short or
    other form ("(TTP)", "(CPI Maoist)", "(Sendero Luminoso)": `is_name_form`), or None."""
    opened = tokens[index]
    if opened.text != "(":
        return None
    close = tokens.text.find(")", opened.idx)
    if close < 0 or not is_name_form(tokens.text[opened.idx + 1 : close]):
        return None
    bracket = tokens.char_span(close, close + 1)
    return bracket.start if bracket is not None else None


def _dominant(sizes: Sequence[int]) -> bool:
    """Rule 1c: whether the first country of a name's places, by the population of its
    largest one (biggest first), is the one the name points to: it is the only country,
    or its place has a known, positive population `_DOMINANT` times the next one's (two
    places of unknown size, population 0, are peers: no link)."""
    return len(sizes) == 1 or (sizes[0] > 0 and sizes[0] >= _DOMINANT * sizes[1])


def _group_label(kind: str) -> str:
    """The label of a non-state actor of this knowledge-base kind."""
    return "ARMED_GROUP" if kind == "group" else "ORG"


def _in_name(token: Token) -> bool:
    """A word a name may hold: capitalised, name glue or a hyphen."""
    return token.text[:1].isupper() or token.lower_ in NAME_GLUE


def _abbreviates(form: Span, name: Span) -> bool:
    """Whether every word of a bracketed form is a word of the name or an acronym of
    some of its consecutive capitalised words ("CPI Maoist" for "Communist Party of
    India Maoist"), so the form is a short way to write that name."""
    words = [t.text for t in name if t.text[:1].isupper()]
    initials = "".join(w[0] for w in words)
    folded = {w.casefold() for w in words}
    return all(
        t.lower_ in NAME_GLUE
        or t.text.casefold() in folded
        or (len(t.text) >= 2 and t.text.isupper() and t.text in initials)
        for t in form
    )


def _breaks_name(token: Token, label: str) -> bool:
    """A lower-case word no name holds: any word but glue in a PERSON ("terrorist" in
    "Saudi terrorist Osama bin Laden"), a verb or a preposition of direction in an ORG or
    LOC ("arrested" in "Police arrested John Smith", "towards" in "Dayr az Zawr towards
    Raqqa"; a descriptor as in "University student Mario Flores" leaves the phrase
    whole); a word hyphenated to its neighbour is part of a name ("Deir ez-Zor",
    "Tehrik-i-Taliban")."""
    if not (token.is_alpha and token.text.islower()) or token.lower_ in NAME_GLUE:
        return False
    if label != "PERSON" and not verb_like(token.lower_) and token.lower_ not in _BETWEEN_NAMES:
        return False
    doc = token.doc
    after = token.i + 1 < len(doc) and not token.whitespace_ and doc[token.i + 1].text == "-"
    before = token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
    return not (after or before)


def verb_like(word: str) -> bool:
    """A past-tense verb by its form ("arrested", "killed") or a common news verb."""
    return (len(word) > 4 and word.endswith("ed")) or word in _NEWS_VERBS


def _name_pieces(tokens: Doc, start: int, end: int, label: str) -> list[tuple[int, int]]:
    """A model name span cut at the lower-case words that no name holds, between its
    first and last capitalised words (rule 8b): "city of Flores" stays whole."""
    capitalised = [i for i in range(start, end) if tokens[i].text[:1].isupper()]
    if label not in _NAME_LABELS or not capitalised:
        return [(start, end)]
    if label == "PERSON":  # "John Smith in Dhaka": a name never holds "in", it places him
        placed = [i for i in range(capitalised[0] + 1, capitalised[-1]) if tokens[i].lower_ == "in"]
        end = placed[0] if placed else end
        capitalised = [i for i in capitalised if i < end]
    pieces: list[tuple[int, int]] = []
    begin = start
    # a person's description before the name is trimmed, not cut (rule 8c); an ORG or
    # LOC is cut at a verb before its first name too ("people demonstrated in Tel Aviv")
    first = capitalised[0] + 1 if label == "PERSON" else start
    for index in range(first, capitalised[-1]):
        if _breaks_name(tokens[index], label):
            if begin < index:
                pieces.append((begin, index))
            begin = index + 1
    if begin < end:
        pieces.append((begin, end))
    if label == "PERSON":  # "Antioquia police Commander X": the words before describe X
        return pieces[-1:]
    return pieces


def _trimmed(
    tokens: Doc, start: int, end: int, label: str, people: frozenset[str], *, cut: bool
) -> Span | None:
    """The span without determiners, trailing non-name words and, for a PERSON, its title
    (rule 8c); None when what is left is no name. A piece `cut` from a longer span also
    loses leading glue ("of Dhaka") and must still look like a name on its own."""
    while start < end and (
        tokens[start].lower_ in _LEADING_WORDS or (cut and tokens[start].text[:1].islower())
    ):
        start += 1
    if label == "PERSON":
        start = _past_description(tokens, start, end)
    while end < len(tokens) and _particle_before_name(tokens, end):
        end += 1  # a name never ends in a particle: "Osama bin" + "Laden"
    while start < end and _trailing_non_name(tokens[end - 1], label):
        end -= 1
    if label == "PERSON":  # the role stays outside the name (see roles.py)
        start = _after_title(tokens, start, end)
    if start >= end or not _looks_like_name(tokens[start:end]):
        return None
    span = tokens[start:end]
    if cut and not _still_a_name(span, people):
        return None
    return span


def _past_description(tokens: Doc, start: int, end: int) -> int:
    """Where a PERSON span's name begins after the lower-case words that describe the
    person ("resident" in "resident Shaya Tenenbaum"), when a capitalised word follows
    them (rule 8c); "executive of Ora Media" names no one and stays as it is."""
    first = start
    while first < end and tokens[first].is_alpha and tokens[first].text.islower():
        if tokens[first].lower_ in NAME_GLUE:
            return start
        first += 1
    return first if first < end and tokens[first].text[:1].isupper() else start


def _particle_before_name(tokens: Doc, end: int) -> bool:
    """Whether the span ending at `end` ends in a name particle ("bin", "al", "de", "of")
    that the capitalised word after it completes."""
    last, after = tokens[end - 1], tokens[end]
    return (
        last.lower_ in NAME_GLUE
        and last.lower_ not in _LIST_GLUE
        and after.text[:1].isupper()
        and not after.is_sent_start
    )


def _still_a_name(span: Span, people: frozenset[str]) -> bool:
    """Whether a piece cut from a longer span is a name on its own: two capitalised words
    ("John Smith"; not a lone "Police" or "University" that opened the span), or the
    name of a person the article names in full ("Trump" beside "Donald Trump"), and no
    comma or line break inside ("Vina del Mar, Talca" is a list)."""
    if any(t.is_space or t.text in (",", ";") for t in span):
        return False
    return sum(1 for t in span if t.text[:1].isupper()) >= 2 or span.text in people


def _personal_name(span: Span, people: frozenset[str]) -> bool:
    """Whether a piece cut from a model span is a person's name: a word of a person the
    article names in full, or two to four capitalised words, none of them English ("John
    Smith", "Maskawat Hasan"; not "Free Syrian Army"), beside particles ("Osama bin
    Laden")."""
    if span.text in people:
        return True
    words = [t for t in span if t.lower_ not in NAME_GLUE]
    return (
        2 <= len(words) <= 4
        and all(t.is_alpha and t.text[:1].isupper() for t in words)
        and not any(common_word(t.text) for t in words)
    )


def _person_words(
    tokens: Doc, found: Sequence[Candidate], predicted: Sequence[tuple[int, int, str]]
) -> frozenset[str]:
    """The words of the multi-word PERSON names found in the article, each word of them
    capitalised or a particle ("Donald Trump", "Osama bin Laden")."""
    names = [c.name for c in found if c.label == "PERSON"]
    names += [tokens[s:e].text for s, e, label in predicted if label == "PERSON"]
    return frozenset(
        word
        for name in names
        if " " in name and all(w[:1].isupper() or w in NAME_GLUE for w in name.split())
        for word in name.split()
        if word[:1].isupper()
    )


def _uncommon_word(words: Iterable[Token]) -> bool:
    """Whether some word is no common English word ("Salvador" yes; "IS", "CAR" no)."""
    return any(t.is_alpha and not common_word(t.text) for t in words)


def _looks_like_name(span: Span) -> bool:
    """A name has a capitalised or digit-bearing word that is not a pronoun."""
    return any(
        (t.text[:1].isupper() or any(ch.isdigit() for ch in t.text)) and t.lower_ not in _PRONOUNS
        for t in span
    )


class EntitiesStage:
    name = "entities"
    version = "18"
    requires: tuple[str, ...] = ("tokens", "sentences")
    assigns: tuple[str, ...] = ("entities",)

    def __init__(
        self,
        resources: Resources,
        extra_sources: Sequence[Source] = (),
        model: NerModel | _Default | None = _DEFAULT,
    ) -> None:
        self._actors = resources.actors
        self._weapons = resources.weapons
        self._gazetteer = resources.gazetteer
        self._matcher, self._keys = _build_matcher(
            resources.nlp.make_doc, self._actors, self._weapons
        )
        self._sources: tuple[Source, ...] = (
            self._knowledge,
            self._bracketed_acronyms,
            self._place_police,
            self._designators,
            _operations,
            _people,
            self._presented_people,
            _facilities,
            _org_names,
            self._fuzzy_names,
            *extra_sources,
        )
        self._model = _default_model() if isinstance(model, _Default) else model

    def __call__(self, doc: Document) -> None:
        candidates: list[Candidate] = []
        for source in self._sources:
            candidates.extend(source(doc))
        known = [(c.start, c.end) for c in candidates if c.priority == 0]
        candidates = [  # guessed names never swallow known ones ("X Forces and Y Corps")
            c for c in candidates if c.priority < 4 or not _overlaps_any(c, known)
        ]
        candidates.extend(self._statistical(doc, candidates))
        credits = list(_wire_credits(doc.text))  # "ISLAMABAD (PTI) -" names no entity
        doc.entities = tuple(
            EntityMention(doc.span(c.start, c.end), c.label, c.name, c.kb_id)
            for c in select(candidates)
            if not _overlaps_any(c, credits)
        )

    # -- 1. knowledge ---------------------------------------------------------------

    def _knowledge(self, doc: Document) -> Iterable[Candidate]:
        tokens = _tokens(doc)
        matches: list[tuple[Span, str, str]] = []
        for match_id, start, end in self._matcher(tokens):
            kind, _, kb_id = self._keys[match_id].partition("|")
            matches.append((tokens[start:end], kind, kb_id))
        agencies = frozenset(_wire_credits(doc.text).values())
        doubtful = [_doubtful_alias(doc, span) or span.text in agencies for span, _, _ in matches]
        supported = {
            kb_id for (_, _, kb_id), doubt in zip(matches, doubtful, strict=True) if not doubt
        }
        states = {
            span.start_char: span.end_char
            for span, kind, kb_id in matches
            if kind not in ("N", "W") and (a := self._actors.get(kb_id)) and a.kind == "state"
        }
        for (span, kind, kb_id), doubt in zip(matches, doubtful, strict=True):
            if doubt and kb_id not in supported:
                continue  # "THERE IS ONE DEAD", "told PTI": the name stands for no actor
            if _inside_hyphened_name(doc.text, span.start_char, span.end_char):
                continue  # "PORT-AU-PRINCE": "AU" is a piece of the city's name
            text = span.text
            if kind == "N":
                yield Candidate(span.start_char, span.end_char, "NORP", text, kb_id, 0)
            elif kind == "W":
                entry = self._weapons.get(kb_id)
                if entry is None:
                    continue
                if text in self._weapons.ambiguous and not _military_nearby(doc, span.start_char):
                    continue
                yield Candidate(span.start_char, span.end_char, entry.kind, entry.name, kb_id, 0)
            else:
                actor = self._actors.get(kb_id)
                if actor is None:
                    continue
                label = "GPE" if actor.kind == "state" else _group_label(actor.kind)
                yield Candidate(span.start_char, span.end_char, label, actor.name, kb_id, 0)
                branch = _national_branch(doc.text, span.end_char, states)
                if actor.kind == "organisation" and actor.country is None and branch:
                    # "Amnesty International Kenya", "UNICEF Somalia": the body's branch in
                    # that country, no mention of the state or a place
                    yield Candidate(span.start_char, branch, "ORG", actor.name, kb_id, 0)

    # -- 1b. names with their acronym or another form in brackets ------------------------

    def _bracketed_acronyms(self, doc: Document) -> Iterable[Candidate]:
        """A name and its acronym or another form of it in brackets, "Jama'atul Mujahideen
        Bangladesh (JMB)", "Shining Path (Sendero Luminoso)", are one mention, and the
        bracketed form alone is the same actor later on (rule 1b)."""
        tokens = _tokens(doc)
        defined: dict[str, Candidate] = {}
        for index in range(2, len(tokens) - 1):
            close = _closing_bracket(tokens, index)
            if close is None:
                continue
            form = tokens[index + 1 : close].text
            if form in defined:
                continue
            found = self._named_before(tokens, index, tokens[index + 1 : close])
            if found is None:
                continue
            start, (label, kb_id, full) = found
            yield Candidate(start, tokens[close].idx + 1, label, full, kb_id, 0)
            defined[form] = Candidate(0, 0, label, full, kb_id, 1)
        for form, known in defined.items():
            for match in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", doc.text):
                yield Candidate(match.start(), match.end(), known.label, known.name, known.kb_id, 1)

    def _named_before(
        self, tokens: Doc, bracket: int, form: Span
    ) -> tuple[int, tuple[str, str | None, str]] | None:
        """Where the name that a bracketed form stands for starts, with its label, kb_id
        and name: the capitalised words whose initials spell a one-word acronym, or else
        the longest known actor's name ending at the bracket whose acronym, short form
        or other known name the bracket holds ("Communist Party of India Maoist (CPI
        Maoist)")."""
        if len(form) == 1 and _ACRONYM.fullmatch(form.text):
            name = _spelled_name(tokens, bracket, form.text)
            found = self._linked(name.text, form.text) if name is not None else None
            if name is not None and found is not None:
                return name.start_char, found
        for name in self._names_ending_at(tokens, bracket):
            actor = self._actors.resolve(name.text)
            if actor is None or actor.kind == "state":
                continue
            if self._actors.resolve(form.text) == actor or _abbreviates(form, name):
                return name.start_char, (_group_label(actor.kind), actor.id, actor.name)
        return None

    def _names_ending_at(self, tokens: Doc, end: int) -> list[Span]:
        """The spans ending at token `end` that may be a name, longest first: the
        knowledge-base aliases that end there and the capitalised words before it, with
        the name glue between them."""
        window = tokens[max(0, end - _ALIAS_REACH) : end]  # offsets into `tokens`
        spans = [tokens[s:e] for _, s, e in self._matcher(window)]
        start = end
        while start > 0 and end - start < _NAME_REACH and _in_name(tokens[start - 1]):
            start -= 1
        spans += [tokens[s:end] for s in range(start, end) if tokens[s].text[:1].isupper()]
        ends_here = [s for s in spans if s.end == end and s[0].lower_ not in _LEADING_WORDS]
        return sorted(ends_here, key=lambda s: (s.start, s.end))

    def _linked(self, name: str, acronym: str) -> tuple[str, str | None, str] | None:
        """Label, kb_id and name for a name and its acronym: the actor that the name, or
        else the acronym, resolves to (no state: "Central African Republic (CAR)" is a
        place too); for an unknown name whose acronym is no known alias, an ORG."""
        acronym_id = self._actors.aliases.get(acronym)
        actor = self._actors.resolve(name) or (self._actors.get(acronym_id) if acronym_id else None)
        if actor is None:
            return None if acronym_id else ("ORG", None, name)
        if actor.kind == "state":
            return None
        return _group_label(actor.kind), actor.id, actor.name

    # -- 1c. the police of a named place --------------------------------------------------

    def _place_police(self, doc: Document) -> Iterable[Candidate]:
        """ "Charleston police", "Maryland State Police": the police forces of the one
        country where places of that name lie (rule 1c)."""
        for match in _PLACE_POLICE.finditer(doc.text):
            if match["force"].lower() != "police":
                continue  # "Harris County Sheriff": only the word "police" is linked
            country = self._place_country(match["place"])
            police = self._actors.get(f"{country}.police") if country else None
            if police is not None:
                start, end = match.span("force")
                yield Candidate(start, end, "ORG", police.name, police.id, 0)

    def _place_country(self, words: str) -> str | None:
        """The country of the place named by the last one, two or three of `words`
        ("Tuesday Charleston" -> Charleston), if the places of that name lie in one
        country but for places a tenth of its largest one's size (rule 1c)."""
        parts = words.split()
        for first in range(len(parts)):
            name = " ".join(parts[first:])
            if any(common_word(w) for w in parts[first:]):
                continue
            largest: dict[str, int] = {}
            for place in self._gazetteer.lookup(name, fuzzy=False):
                if place.matched == "name" and place.country:
                    size = max(place.population or 0, largest.get(place.country, 0))
                    largest[place.country] = size
            if largest:
                ranked = sorted(largest.items(), key=lambda item: -item[1])
                return ranked[0][0] if _dominant([size for _, size in ranked]) else None
        return None

    # -- 4b. people the text presents --------------------------------------------------

    def _presented_people(self, doc: Document) -> Iterable[Candidate]:
        """Names the text presents as people's or that hold a particle only people's names
        hold, and their later mentions (rule 4b)."""
        names: set[str] = set()
        for match in _NAME_RUN.finditer(doc.text):
            if _presented(doc.text, match.start(), match.end()) or _PERSONAL_PARTICLE.search(
                match.group(0)
            ):
                title = _LEADING_TITLE.match(match.group(0))  # "Colonel John Dorrian said"
                words = match.group(0)[title.end() if title else 0 :].split()
                name = self._personal_name_ending(words)
                if name is not None:
                    names.add(name)
        for name in sorted(names):
            for match in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", doc.text):
                yield Candidate(match.start(), match.end(), "PERSON", name, None, 3)

    def _personal_name_ending(self, words: list[str]) -> str | None:
        """The longest run of the last two or more words whose first and last words are
        no ordinary English words, whose first is no demonym or title and which no place
        or actor bears ("Police Chief John Smith", "French President John Smith" -> "John
        Smith"), or None."""
        if len(words) < 2 or common_word(words[-1]):
            return None
        for first in range(len(words) - 1):
            name = " ".join(words[first:])
            opening = words[first]
            if common_word(opening) or opening in self._actors.demonyms:
                continue
            if _LEADING_TITLE.fullmatch(f"{opening} "):
                continue
            if self._gazetteer.known(name) or self._actors.resolve(name) is not None:
                continue
            return name
        return None

    # -- 2. designators ---------------------------------------------------------------

    def _designators(self, doc: Document) -> Iterable[Candidate]:
        for token in _tokens(doc):
            base = WeaponKB.designator(token.text)
            if base is None or self._weapons.resolve(token.text) is not None:
                continue
            yield Candidate(token.idx, token.idx + len(token.text), "PLATFORM", base, None, 2)

    # -- 8. the statistical model ---------------------------------------------------------

    def _statistical(self, doc: Document, found: Sequence[Candidate]) -> Iterable[Candidate]:
        """Names the knowledge and rules missed, from the shipped NER model (rule 8)."""
        if self._model is None:
            return []
        tokens = _tokens(doc)
        precise = [c for c in found if c.priority <= _PRECISE]
        predicted = [p for p in self._model.predict(tokens) if p[2] in _MODEL_LABELS]
        people = _person_words(tokens, found, predicted)
        out: list[Candidate] = []
        for start, end, label in predicted:
            if _in_caps_sentence(doc, tokens[start].idx) and not _uncommon_word(tokens[start:end]):
                continue  # "THERE IS ONE DEAD": capitals say nothing there (rule 8b)
            described = self._described_person(tokens, start, end, label)
            pieces = [described] if described else _name_pieces(tokens, start, end, label)
            for piece_start, piece_end in pieces:
                cut = (piece_start, piece_end) != (start, end)
                span = _trimmed(tokens, piece_start, piece_end, label, people, cut=cut)
                if span is None:
                    continue
                kind = "PERSON" if cut and _personal_name(span, people) else label
                if kind in _GUESSES_OF_PLACES and self._named_place(doc.text, span, people):
                    kind = "LOC"  # "in Khan Younis", "Kaduna State", "Al Ubayyid airport"
                if kind in _GUESSES_OF_PLACES and self._generic_place_name(span):
                    kind = "LOC"  # "hit Beit Lahia", "raided Kafr Qasim" (rule 8g)
                cand = Candidate(span.start_char, span.end_char, kind, span.text, None, _MODEL)
                inside = [c for c in precise if c.start < cand.end and cand.start < c.end]
                if not inside or (not cut and _proper_name_around(cand, span, inside)):
                    out.append(cand)
        return out

    def _described_person(
        self, tokens: Doc, start: int, end: int, label: str
    ) -> tuple[int, int] | None:
        """Rule 8b: the personal name closing a model's ORG or LOC after a lower-case
        noun that describes its bearer ("British journalist John Cantlie", "resident
        Shaya Tenenbaum"): two to four capitalised words, none an ordinary English word,
        that no place bears; None when the span is no such description."""
        if label not in ("ORG", "LOC"):
            return None
        first = end
        while first > start and tokens[first - 1].is_alpha and tokens[first - 1].text[:1].isupper():
            first -= 1
        if not 2 <= end - first <= 4 or first == start:
            return None
        noun = tokens[first - 1]
        if not (noun.is_alpha and noun.text.islower()) or noun.lower_ in NAME_GLUE:
            return None
        if verb_like(noun.lower_) or noun.lower_ in _BETWEEN_NAMES:
            return None
        words = tokens[first:end]
        if any(common_word(t.text) for t in words) or self._gazetteer.known(words.text):
            return None
        return first, end

    def _named_place(self, text: str, span: Span, people: frozenset[str]) -> bool:
        """Rule 8f: whether a model's person, organisation or people ("in Donetsk"
        guessed NORP) is a well-known place that the words around it put in space: a
        preposition of place before it ("in Khan Younis", "north of Raqqa") or a place's
        head noun after it ("Al Ubayyid airport"). Well known: a country, region, first-
        or second-level region (one closed by its type word too: "Kaduna State") or a
        town of `_WELL_KNOWN_TOWN` people; never a word of a person the article names in
        full."""
        start, end = span.start_char, span.end_char
        if span.text in people or not (
            _IN_PLACE_BEFORE.search(text[max(0, start - 40) : start])
            or with_place_head(text, start, end)[1] != end
        ):
            return False
        name, typed = _without_type_word(span.text)
        for place in self._gazetteer.lookup(name, fuzzy=False):
            town = place.feature == "city" and (place.population or 0) >= _WELL_KNOWN_TOWN
            if place.feature in _REGION_FEATURES or (town and not typed):
                return True
        return False

    def _generic_place_name(self, span: Span) -> bool:
        """Rule 8g: a name opened by a generic word of Arabic or Hebrew place names
        ("Beit Lahia", "Kfar Aza", "Wadi Halfa"), which opens no personal name, and known
        to the gazetteer whole."""
        words = span.text.split()
        return (
            len(words) >= 2
            and words[0] in _PLACE_NAME_GENERICS
            and self._gazetteer.known(span.text)
        )

    # -- 7. loose knowledge matches ----------------------------------------------------

    def _fuzzy_names(self, doc: Document) -> Iterable[Candidate]:
        for match in _CAPITALISED_RUN.finditer(doc.text):
            start, end = match.start(), match.end()
            while doc.text[end - 1] in "'’":
                end -= 1
            for det in _DETERMINERS:
                if doc.text.startswith(det, start):
                    start += len(det)
            start, end = _snap(doc, start, end)
            text = doc.text[start:end]
            if " " not in text or text in self._actors.aliases:
                continue
            actor = self._actors.resolve(text)
            if actor is not None and actor.kind != "state":
                label = _group_label(actor.kind)
                yield Candidate(start, end, label, actor.name, actor.id, 3)


#: rule 4b: words after a name that present a group, not a person: speech about "its"
#: own deeds, or a description as a group.
_GROUP_PRESENTED: Final = re.compile(
    r",?\s+(?:said|says|claimed|announced|stated)\s+(?:that\s+)?(?:its\b|it\s+(?:had\s+)?"
    r"(?:carried|was\s+behind|claimed|launched|killed|attacked|targeted|shot|downed)\b)"
    r"|,\s+an?\s+(?:[\w-]+\s+){0,3}(?:group|militia|movement|organi[sz]ation|faction|"
    r"coalition|front|party|network|outfit|insurgency)\b",
    re.IGNORECASE,
)


def _presented(text: str, start: int, end: int) -> bool:
    """Rule 4b: whether the words around a name present it as a person's: an age, speech
    or a description after it, or speech after it set off by commas."""
    if _GROUP_PRESENTED.match(text, end) is not None:
        return False  # "Jaysh al-Adl said its fighters", "Katiba Macina, a jihadist group,"
    if presented_after(text, end):
        return True
    speech = _SPEECH_AFTER_APPOSITION.match(text, end) is not None
    return speech and text[:start].rstrip().endswith(",")


def _without_type_word(name: str) -> tuple[str, bool]:
    """A place's name without the type word that closes it ("Kaduna" of "Kaduna State"),
    and whether one did."""
    head, _, last = name.rpartition(" ")
    if head and TYPE_AFTER.match(f" {last}"):
        return head, True
    return name, False


def _overlaps_any(cand: Candidate, spans: list[tuple[int, int]]) -> bool:
    return any(cand.start < e and s < cand.end for s, e in spans)


def _build_matcher(
    make_doc: Callable[[str], Doc], actors: ActorKB, weapons: WeaponKB
) -> tuple[PhraseMatcher, dict[int, str]]:
    """One PhraseMatcher over token texts for every alias, demonym and weapon name."""
    patterns: dict[str, set[str]] = {}

    def add(key: str, alias: str) -> None:
        forms = {alias}
        if alias[:1].islower():
            forms.add(alias[0].upper() + alias[1:])
        patterns.setdefault(key, set()).update(forms)

    for entry in actors:
        for alias in (entry.name, *entry.aliases):
            if actors.aliases.get(alias) == entry.id:
                add(f"A|{entry.id}", alias)
        for demonym in entry.demonyms:
            if actors.demonyms.get(demonym) == entry.id:
                add(f"N|{entry.id}", demonym)
    for alias, weapon_id in weapons.aliases.items():
        add(f"W|{weapon_id}", alias)
    vocab = make_doc("").vocab
    matcher = PhraseMatcher(vocab, attr="ORTH")
    keys: dict[int, str] = {}
    for key in sorted(patterns):
        matcher.add(key, [make_doc(form) for form in sorted(patterns[key])])
        keys[vocab.strings[key]] = key
    return matcher, keys


# -- 3-6. rule sources ---------------------------------------------------------------


def _operations(doc: Document) -> Iterable[Candidate]:
    for match in _OPERATION.finditer(doc.text):
        yield Candidate(match.start(), match.end(), "OPERATION", match.group(0), None, 1)


def _people(doc: Document) -> Iterable[Candidate]:
    """Titled names, then later mentions of their surnames (rule 4)."""
    found: dict[str, str] = {}
    for match in TITLED_NAME.finditer(doc.text):
        start, end = _snap(doc, match.start("name"), match.end("name"))
        if end <= start:
            continue
        title = _LEADING_TITLE.match(doc.text, start, end)  # "spokesman Colonel John Dorrian"
        if title is not None and title.end() < end:
            start = title.end()
        name = doc.text[start:end]
        found.setdefault(name.split()[-1], name)
        yield Candidate(start, end, "PERSON", name, None, 1)
    for surname, full in sorted(found.items()):
        if " " not in full:
            continue
        for match in re.finditer(rf"\b{re.escape(surname)}\b", doc.text):
            yield Candidate(match.start(), match.end(), "PERSON", full, None, 3)


def _facilities(doc: Document) -> Iterable[Candidate]:
    for match in _FACILITY.finditer(doc.text):
        yield Candidate(match.start(), match.end(), "FACILITY", match.group(0), None, 4)


def _org_names(doc: Document) -> Iterable[Candidate]:
    for match in _ORG_NAME.finditer(doc.text):
        start = match.start()
        text = match.group(0)
        for det in _DETERMINERS:
            if text.startswith(det):
                start += len(det)
        if " " not in doc.text[start : match.end()]:
            continue
        yield Candidate(start, match.end(), "ORG", doc.text[start : match.end()], None, 4)


# -- helpers ---------------------------------------------------------------------------


def select(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longest first, then priority, then position."""
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    ordered = sorted(
        candidates, key=lambda c: (-(c.end - c.start), c.priority, c.start, c.label, c.name)
    )
    for cand in ordered:
        if cand.end <= cand.start:
            continue
        if any(cand.start < e and s < cand.end for s, e in taken):
            continue
        chosen.append(cand)
        taken.append((cand.start, cand.end))
    return sorted(chosen, key=lambda c: (c.start, c.end, c.label))


def _national_branch(text: str, end: int, states: dict[int, int]) -> int | None:
    """Rule 1d: the end of a state's name written just after an international body's
    name, one space between and no name going on after it ("Amnesty International Kenya
    said", "according to UNICEF Somalia"); None when there is none."""
    if text[end : end + 1] != " " or (stop := states.get(end + 1)) is None:
        return None
    after = text[stop : stop + 2]
    if after[:1].isalnum() or (after[:1] == " " and after[1:2].isupper()):
        return None  # "UN Syria Envoy", "EU Ukraine Facility": a longer name of its own
    return stop


def _tokens(doc: Document) -> Doc:
    if doc.tokens is None:
        raise ValueError("the entities stage needs the tokens layer (run segment first)")
    return doc.tokens


def _snap(doc: Document, start: int, end: int) -> tuple[int, int]:
    """Shrink a character range to whole tokens ("Hegseth's" -> "Hegseth")."""
    span = _tokens(doc).char_span(start, end, alignment_mode="contract")
    if span is None:
        return start, start
    return span.start_char, span.end_char


def _sentence_at(doc: Document, offset: int) -> tuple[int, int]:
    for sentence in doc.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.start, sentence.end
    return 0, len(doc.text)


def _in_caps_sentence(doc: Document, offset: int) -> bool:
    """Whether the sentence is mostly capitals (a headline), where "IS" is a verb."""
    start, end = _sentence_at(doc, offset)
    letters = [c for c in doc.text[start:end] if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _wire_credits(text: str) -> dict[tuple[int, int], str]:
    """The news agencies credited in the article's datelines, by their span (rule 1)."""
    return {m.span("credit"): m["credit"] for m in _WIRE_CREDIT.finditer(text)}


def _doubtful_alias(doc: Document, span: Span) -> bool:
    """A short all-capital alias that is also an English word, in an all-capitals
    sentence, where "IS", "US" and "CAR" are more likely words than names (rule 1)."""
    text = span.text
    return (
        len(text) <= 4
        and text.isupper()
        and common_word(text)
        and _in_caps_sentence(doc, span.start_char)
    )


def _inside_hyphened_name(text: str, start: int, end: int) -> bool:
    """Rule 1: an alias joined by hyphens to a word before and a word after it is a
    piece of one hyphened name ("PORT-AU-PRINCE", "Saint-Louis-du-Nord"), not the actor
    the piece alone would name; a hyphen on one side only leaves the name standing
    ("pro-ISIS", "Hamas-run")."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    return (
        len(before) == 2
        and before[1] == "-"
        and before[0].isalnum()
        and len(after) == 2
        and after[0] == "-"
        and after[1].isalnum()
    )


def _military_nearby(doc: Document, offset: int) -> bool:
    start, end = _sentence_at(doc, offset)
    return _MILITARY_CONTEXT.search(doc.text, start, end) is not None
