"""The subject of a speech cue when it does not stand right before the cue.

There is no parser, so the subject is read from token order, the way a reader finds it:
1. adverbs, auxiliaries, the day of the report and a short bracket (a party and
   state, an age) between a subject and its cue are skipped ("he later said", "She also
   vowed", "Trump then told", "Djamal, the minister, has recommended", "The army on
   Sunday said", "Police Monday night said", "Rep. Gwen Moore (D-Wis.) said"): lower-case
   words ending in "-ly" but nouns such as "family" (`LY_NOUNS`), a few temporal or focus
   adverbs (`ADVERBS`), `AUXILIARIES` and days (`_day_word`);
2. a cue after a comma or a conjunction ("Dick Dever, who was listed on the slate,
   told POLITICO", "Ki Hong, 33, said", "Hayek confirmed she had been and said", "He
   defended the remark, saying") has the subject of its clause: the first mention
   between the clause start and the cue;
3. the clause starts at the sentence start or after the last quotation mark before the
   cue (a quotation is never the subject side), and past an introductory phrase: a
   clause opening with a preposition or subordinator ("In a statement, Peabody said",
   "On July 6, 2015, Sanders made ...", "When asked, she said") starts after its comma,
   one opening with a word and a comma ("However, she said") after that comma; a
   conjunction opens no phrase ("But Sen. Richard J. Durbin (D-Ill.), noting …, said"),
   nor does a name before a relative clause, a participle or an age ("Ebrahim, whose
   company …, said", "Albright, echoing the president, said");
4. a mention is an actor, an entity of a speaking kind or a pronoun, never one inside a
   prepositional phrase ("for the Cruz campaign") or a relative clause ("Ebrahim, whose
   company sends American travelers on safaris, said"); a possessive or title leading to a
   later name gives the later name ("CNN’s Jake Tapper", "Iowa State University’s Dianne
   Bystrom");
5. a cue that opens its clause ("Said Ellis: “…”", "But, said Solovey, “…”") has its
   subject after it, inverted: the first mention between the cue and the clause end;
6. a capitalised name no mention layer knew stands for itself: at the clause start
   when no mention is there ("Jim Bennett, 57, told a voter"), or right before the cue
   ("Quite suddenly, after Trump and Maples divorced, Crawford said").
"""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.events.speech import PRONOUNS, SPEAKER_LABELS, TITLE_WORDS
from sitrep.events.tokens import Tok
from sitrep.model import Span
from sitrep.pipeline.document import Document
from sitrep.quotes.marks import MARK_TOKENS
from sitrep.temporal.grammar import WEEKDAYS

#: adverbs that may stand between a subject and its cue ("he later said").
ADVERBS = frozenset(
    {
        "also", "then", "later", "again", "once", "still", "never", "often", "always",
        "further", "even", "just", "already", "recently", "earlier", "first", "finally",
        "now", "soon", "too", "herself", "himself", "themselves", "itself", "instead",
    }
)  # fmt: skip
#: nouns ending in "-ly" that are no adverb ("The family said").
LY_NOUNS = frozenset(
    {"family", "ally", "assembly", "rally", "supply", "anomaly", "monopoly", "bully", "homily"}
)
#: auxiliaries that may stand between a subject and its cue ("has said", "had warned").
AUXILIARIES = frozenset(
    {"has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "did"}
)
#: words before a cue that leave its subject at the clause start.
COORDINATORS = frozenset({",", "and", "but", "then", "—", "–"})
#: relative pronouns opening a clause about the name before their comma.
RELATIVES = frozenset({"who", "whose", "whom", "which"})
#: words that open an introductory phrase ending at the clause's first comma.
INTRODUCERS = frozenset(
    {
        "in", "on", "at", "during", "after", "before", "when", "while", "as", "asked",
        "speaking", "following", "with", "without", "despite", "since", "like", "unlike",
        "from", "for", "by", "if", "although", "though", "because", "addressing",
        "responding", "pressed", "under", "until", "upon", "over", "within", "throughout",
        "among", "outside",
    }
)  # fmt: skip
#: prepositions whose object is never the subject ("told reporters in Washington").
_PREPOSITIONS = frozenset(
    {
        "in", "on", "at", "of", "for", "with", "to", "from", "by", "about", "against",
        "into", "over", "under", "during", "after", "before", "toward", "towards", "like",
    }
)  # fmt: skip
_POSSESSIVES = frozenset({"’s", "'s", "’", "'"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_CONNECTORS = frozenset({"of", "for", "de", "al"})
#: group nouns and tie participles between a sponsor and a group's name ("the
#: Iran-backed militia Kataib Hezbollah", "the al-Qaeda linked group JNIM").
_GROUP_TIES = frozenset(
    {
        "group", "groups", "militia", "movement", "faction", "alliance", "coalition",
        "network", "organisation", "organization", "affiliated", "affiliate", "linked",
        "backed", "allied", "aligned", "-", "branch", "offshoot",
    }
)  # fmt: skip
_AGENT_SUFFIXES = ("er", "or", "ist", "ant", "ent", "man", "woman")


def is_adverb(tok: Tok) -> bool:
    """Rule 1: a lower-case adverb that may stand between subject and cue."""
    low = tok.text
    if not low.islower() or low in LY_NOUNS:
        return False
    return low in ADVERBS or (low.endswith("ly") and len(low) > 4)


def subject_index(tokens: Sequence[Tok], cue: int, lo: int) -> int | None:
    """The token just before the cue once adverbs, auxiliaries and a day ("The army on
    Sunday said", "Police Monday said") are skipped (None at the clause start)."""
    k = cue - 1
    while k >= lo and (
        is_adverb(tokens[k]) or tokens[k].text in AUXILIARIES or _day_word(tokens, k, lo)
    ):
        k -= 1
    if k >= lo and tokens[k].text == ")":  # "Rep. Gwen Moore (D-Wis.) said"
        opening = next((j for j in range(k - 1, lo - 1, -1) if tokens[j].text == "("), None)
        if opening is not None and opening > lo and opening >= k - _BRACKET_WORDS:
            k = opening - 1
    return k if k >= lo else None


#: how many tokens a bracket between a subject and its cue may hold ("(D-Wis.)").
_BRACKET_WORDS = 8


#: words that tell the day of a report between its subject and its cue (rule 1).
DAY_WORDS = frozenset(WEEKDAYS) | {"today", "yesterday", "tonight"}
_DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})


def _day_word(tokens: Sequence[Tok], k: int, lo: int) -> bool:
    """Rule 1: token k belongs to the day of the report: "Sunday", "on Sunday", "late
    Sunday", "Sunday night"."""
    low = tokens[k].lower
    if low in DAY_WORDS:
        return True
    nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    if low in {"on", "late", "early", "last"} and nxt in DAY_WORDS:
        return True
    return low in _DAY_PARTS and k > lo and tokens[k - 1].lower in DAY_WORDS


def clause_start(tokens: Sequence[Tok], lo: int, end: int) -> int:
    """Rule 3: where the clause holding tokens[end] starts, at or after `lo`."""
    start = lo
    for k in range(end - 1, lo - 1, -1):
        if tokens[k].text in MARK_TOKENS:
            start = k + 1
            break
    introduced = start + 1 < end and tokens[start + 1].text == ","
    if introduced and not _opens_relative(tokens, start + 2, end):
        return start + 2  # "However, she said"; not "Ebrahim, whose company …, said"
    if start < end and tokens[start].lower in INTRODUCERS:
        comma = next((k for k in range(start, end) if tokens[k].text == ","), None)
        if comma is not None:
            start = comma + 1
    return start


def _opens_relative(tokens: Sequence[Tok], k: int, end: int) -> bool:
    """Rule 3': does a relative clause, a participle or an age open at token k
    ("Ebrahim, whose company …", "Albright, echoing the president, said", "Hong, 33,
    said")? The word before its comma is then the subject, not an introductory word."""
    if k >= end:
        return False
    word = tokens[k].text
    participle = word.islower() and word.endswith("ing") and len(word) > 4
    return tokens[k].lower in RELATIVES or participle or word.isdigit()


def mentions_between(doc: Document, start: int, end: int) -> list[Span]:
    """Rule 4's candidates: actor and speaking-entity spans inside [start, end)."""
    spans = [a.evidence for a in doc.actors if a.evidence is not None]
    spans += [m.evidence for m in doc.entities if m.label in SPEAKER_LABELS]
    inside = {(s.start, s.end): s for s in spans if start <= s.start and s.end <= end}
    return sorted(inside.values(), key=lambda s: (s.start, -s.end))


def first_subject(doc: Document, tokens: Sequence[Tok], start: int, end: int) -> Span | None:
    """Rules 4-5: the first mention or pronoun in tokens[start:end] that is not the
    object of a preposition, moved on to a later name past a possessive or title."""
    if start >= end:
        return None
    lo, hi = tokens[start].start, tokens[end - 1].end
    found = [s for s in mentions_between(doc, lo, hi) if not _after_preposition(tokens, s)]
    pronouns = [
        Span.of(doc.text, t.start, t.end)
        for t in tokens[start:end]
        if t.lower in PRONOUNS and not _after_preposition(tokens, Span(t.start, t.end, ""))
    ]
    clauses = _relative_clauses(tokens, start, end)
    candidates = sorted(
        (s for s in [*found, *pronouns] if not any(lo <= s.start < hi for lo, hi in clauses)),
        key=lambda s: (s.start, -s.end),
    )
    if not candidates:
        return name_run(doc, tokens, start, end)
    subject = candidates[0]
    for later in candidates[1:]:
        if later.start < subject.end:
            continue
        if not _leads_to(tokens, subject, later):
            break
        subject = later
    return subject


def _relative_clauses(tokens: Sequence[Tok], start: int, end: int) -> list[tuple[int, int]]:
    """Rule 4': the character ranges of relative clauses in tokens[start:end], from
    ", who"/", whose" to the next comma: no mention there is the subject ("Ebrahim,
    whose company sends American travelers on safaris, said")."""
    ranges: list[tuple[int, int]] = []
    for k in range(start + 1, end):
        if tokens[k].lower in RELATIVES and tokens[k - 1].text == ",":
            stop = next((j for j in range(k, end) if tokens[j].text == ","), end - 1)
            ranges.append((tokens[k].start, tokens[stop].end))
    return ranges


def _after_preposition(tokens: Sequence[Tok], span: Span) -> bool:
    """Is the mention the object of a preposition ("in Washington", "of the Senate")?"""
    k = next((j for j, t in enumerate(tokens) if t.start == span.start), None)
    if k is None:
        return False
    j = k - 1
    while j >= 0 and tokens[j].lower in ("the", "a", "an"):
        j -= 1
    return j >= 0 and tokens[j].lower in _PREPOSITIONS


def _is_role_noun(tok: Tok) -> bool:
    """A lower-case title or agent noun ("adviser", "spokesman", "strategist")."""
    low = tok.text
    return low.islower() and (low in TITLE_WORDS or low.endswith(_AGENT_SUFFIXES))


def _leads_to(tokens: Sequence[Tok], first: Span, later: Span) -> bool:
    """Does `first` modify the later name ("CNN’s Jake Tapper", "Obama adviser David
    Axelrod", "the al-Qaeda affiliated group JNIM")? Only a possessive, capitalised
    words, a role noun, a group noun or a tie participle stand between."""
    between = [t for t in tokens if first.end <= t.start and t.end <= later.start]
    if len(between) > 3:
        return False
    return all(
        t.text in _POSSESSIVES or t.is_cap or _is_role_noun(t) or t.lower in _GROUP_TIES
        for t in between
    )


def name_run(doc: Document, tokens: Sequence[Tok], start: int, end: int) -> Span | None:
    """Rule 6: a name no layer knew, opening tokens[start:end] past a determiner ("Jim
    Bennett, 57, told", "Sen. Richard J. Durbin"): capitalised words and the full stops
    of their abbreviations."""
    k = start
    while k < end and tokens[k].lower in ("the", "a", "an"):
        k += 1
    last = k
    while last < end and (
        tokens[last].is_cap or (tokens[last].text == "." and last > k and _attached(tokens, last))
    ):
        last += 1
    while last > k and tokens[last - 1].text == ".":
        last -= 1
    if last == k or tokens[k].lower in PRONOUNS:
        return None
    return Span.of(doc.text, tokens[k].start, tokens[last - 1].end)


def name_before(doc: Document, tokens: Sequence[Tok], k: int, lo: int) -> Span | None:
    """The capitalised name ending at tokens[k] ("Quite suddenly, …, Crawford said"),
    unless a mention already covers it (then the mention layers answer)."""
    word = tokens[k]
    if not word.is_cap or word.lower in PRONOUNS or word.lower in TITLE_WORDS or word.text == "I":
        return None  # a bare title ("The US President vowed") is the mention layers' job
    if word.lower in _DETERMINERS:
        return None  # "The" alone names no one
    if any(m.start <= word.start < m.end for m in mentions_between(doc, 0, len(doc.text))):
        return None
    j = k
    while j - 1 >= lo and (
        tokens[j - 1].is_cap
        or tokens[j - 1].text == "."
        or (tokens[j - 1].lower in _CONNECTORS and j - 2 >= lo and tokens[j - 2].is_cap)
    ):
        j -= 1
    while j < k and (tokens[j].text == "." or tokens[j].lower in ("the", "a", "an")):
        j += 1
    return Span.of(doc.text, tokens[j].start, tokens[k].end)


def _attached(tokens: Sequence[Tok], k: int) -> bool:
    return tokens[k - 1].end == tokens[k].start
