"""A speaker written as a common noun phrase: where it starts and whether it can speak.

When no name stands at a cue, the speaker is the noun phrase as written ("a young woman
exclaimed", "industry experts say", "according to South Florida news reports"). The
words read leftwards from a cue may run past the phrase into its clause, so:
1. clause words inside the words read (a subordinator, an auxiliary or a finite verb)
   split them, and the phrase is the last part that can speak ("came after officials
   in the region complained" -> "officials in the region", "has been arrested after
   police say" -> "police", "although industry experts say" -> "industry experts", "a
   reporter can be heard asking" -> "a reporter"), the last with a name or a speaking
   noun (rule 4) for its head if any; a participle after a determiner is an adjective
   ("the printed slate card");
2. its head is its last word before a preposition or a relative word ("officials in
   the region" -> "officials", "a news release from the police" -> "release");
3. a phrase speaks only when it is a noun phrase with a head: a bare determiner
   ("The"), a prepositional phrase ("on Friday to"), an adverb or a verb ("being
   treated") is no speaker;
4. a name followed by a common noun for a person, an organisation or a source
   (`speaking_noun`) is a modifier, and the noun phrase is the speaker ("A Charleston
   man admitted", "Defence analysts say", "according to South Florida news reports"):
   a place named inside a phrase does not speak.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from sitrep.coref.lexicon import GROUP_NOUNS, ORG_HEADS, ROLE_NOUNS
from sitrep.events.speech import TITLE_WORDS
from sitrep.events.tokens import SUBORDINATORS, Tok
from sitrep.model import Span

#: lower-case nouns for people, bodies and sources that report ("witnesses said",
#: "according to the statement"), beyond the role, title, group and organisation words
#: and the agent nouns ("-er", "-or", "-ist", "-ant", "-ent", "-man") `speaking_noun` knows.
SOURCE_NOUNS: Final = frozenset(
    {
        "sources", "source", "police", "family", "families", "relatives", "relative",
        "people", "person", "witness", "witnesses", "media", "report", "reports",
        "statement", "statements", "release", "records", "record", "documents", "document",
        "website", "site", "filing", "filings", "letter", "study", "survey", "poll", "polls",
        "data", "figures", "account", "accounts", "officials", "authorities", "authority",
        "staff", "aide", "aides", "expert", "experts", "critic", "critics", "medics",
        "doctors", "nurses", "colleagues", "friend", "friends", "neighbours", "neighbors",
        "parents", "parent", "mother", "father", "wife", "husband", "son", "daughter",
        "brother", "sister", "locals", "troops", "attorney", "attorneys", "counsel",
        "jury", "delegation", "diplomats", "diplomat", "team", "firm", "bank", "hospital",
        "school", "university", "board", "panel", "paper", "outlet", "channel", "tv",
        "television", "radio", "broadcaster", "magazine", "journal", "agency", "regime",
        "crew", "crowd", "audience", "public", "message", "email", "tweet", "post",
        "note", "memo", "sign", "banner", "notice", "guy", "boy", "girl", "kid", "man",
        "woman", "men", "women",
        "children", "child", "residents", "victims", "survivors", "cops", "activists",
        "protesters", "protestors", "demonstrators", "villagers", "organisers",
        "organizers", "lawmakers", "legislators", "representatives", "monitors",
        "observers", "spokespeople", "personnel", "clergy", "scholars", "scientists",
        "researchers", "economists", "analysts", "historians", "journalists", "reporters",
        "article", "piece", "story", "book", "column", "editorial", "essay", "interview",
        "transcript", "ruling", "verdict", "decision", "opinion", "order", "complaint",
        "affidavit", "indictment", "lawsuit", "suit", "papers", "video",
        "footage", "ad", "advert", "advertisement", "speech", "press", "opposition",
        "leadership", "side", "camp", "mission", "management", "prosecution", "boss",
        "chiefs", "state", "country", "nation", "city", "town", "county", "district",
        "club", "church", "community", "tribe", "clan", "owner", "staffer", "host",
    }
)  # fmt: skip
#: endings of agent nouns, singular or plural ("residents", "rescuers", "spokesmen").
_AGENT_ENDINGS: Final = (
    "er", "ers", "or", "ors", "ist", "ists", "ant", "ants", "ent", "ents", "man", "men",
    "ian", "ians", "ive", "ives", "eer", "eers",
)  # fmt: skip
#: words that end a phrase's head before its modifiers ("officials in the region").
_POST_MODIFIERS: Final = frozenset(
    {
        "in", "at", "of", "for", "from", "with", "on", "near", "inside", "outside", "who",
        "which", "that", "whose", "close", "familiar", "to", "by",
    }
)  # fmt: skip
#: auxiliaries and other verbs that open a clause inside a phrase read leftwards.
_CLAUSE_VERBS: Final = frozenset(
    {
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
        "would", "should", "could", "can", "may", "might", "must", "did", "does", "do",
        "came", "went", "got", "say", "says", "said", "told",
    }
)  # fmt: skip
_DETERMINERS: Final = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our"}
)
_ROLE_WORDS: Final = frozenset(
    word for phrase in (*ROLE_NOUNS, *GROUP_NOUNS, *ORG_HEADS) for word in phrase.split()
)


def speaking_noun(word: str) -> bool:
    """Rule 3: is a lower-case word a noun for someone or something that reports: a role
    ("minister"), a body ("ministry"), a group ("militants"), a source ("witnesses",
    "statement") or an agent noun ("rescuers", "residents", "spokesmen"), singular or
    plural ("bosses", "governments")?"""
    low = word.lower()
    forms = (low, low.removesuffix("s"), low.removesuffix("es"))
    if any(w in SOURCE_NOUNS or w in _ROLE_WORDS or w in TITLE_WORDS for w in forms):
        return True
    return (
        low.isalpha() and len(low) > 4 and low.endswith(_AGENT_ENDINGS) and low not in _NOT_AGENTS
    )


#: words with an agent noun's ending that name no one ("The ministry however said").
_NOT_AGENTS = frozenset(
    {"however", "rather", "never", "whatever", "whenever", "wherever", "whether", "together",
     "further", "either", "neither", "other", "another", "under", "after", "over", "ever",
     "moment", "recent", "present", "current", "frequent", "apparent", "different",
     "urgent", "silent", "constant", "important", "significant", "instant", "distant",
     "pleasant", "relevant", "brilliant", "elegant", "vibrant", "violent", "latter",
     "former", "earlier", "later", "sooner", "greater", "bigger", "smaller", "longer"}
)  # fmt: skip


def is_clause_word(tok: Tok, prev: Tok | None = None) -> bool:
    """Rule 1: a subordinator, an auxiliary or a lower-case past tense opening a clause;
    a participle after a determiner is an adjective ("the printed card")."""
    low = tok.text
    if not low.islower():
        return False
    if low in SUBORDINATORS or low in _CLAUSE_VERBS:
        return True
    adjective = prev is not None and prev.lower in _DETERMINERS
    return low.endswith("ed") and len(low) > 3 and not adjective


def head_index(tokens: Sequence[Tok]) -> int | None:
    """Rule 2: the index of the phrase's head, its last word before a post-modifier."""
    end = next(
        (k for k, t in enumerate(tokens) if k > 0 and t.lower in _POST_MODIFIERS),
        len(tokens),
    )
    words = [k for k in range(end) if tokens[k].text[:1].isalnum()]
    return words[-1] if words else None


def can_speak(tokens: Sequence[Tok]) -> bool:
    """Rule 3: is the phrase a noun phrase, its head a name or a noun: not a bare
    determiner, a prepositional phrase ("on Friday to") or an adverb?"""
    k = head_index(tokens)
    if k is None or tokens[0].lower in _POST_MODIFIERS:
        return False
    head = tokens[k]
    if head.lower in _DETERMINERS or head.lower in _POST_MODIFIERS:
        return False
    return head.is_cap or not (head.lower.endswith("ly") and head.lower not in SOURCE_NOUNS)


def speaker_phrase(text: str, tokens: Sequence[Tok], span: Span) -> Span | None:
    """Rules 1-3: the noun phrase inside `span` (words read from a cue) that can speak,
    trimmed past any clause word, or None."""
    inside = [t for t in tokens if span.start <= t.start and t.end <= span.end]
    runs: list[list[Tok]] = [[]]
    for k, tok in enumerate(inside):
        if is_clause_word(tok, inside[k - 1] if k > 0 else None):
            runs.append([])
        elif tok.text[:1].isalnum() or runs[-1]:
            runs[-1].append(tok)
    runs = [_without_adverbs(run) for run in runs]
    speaking = [run for run in runs if run and can_speak(run)]
    named = [run for run in speaking if _names_speaker(run)]
    best = named or speaking
    return Span.of(text, best[-1][0].start, best[-1][-1].end) if best else None


#: sentence adverbs between a speaker and its cue ("the army however said").
_SENTENCE_ADVERBS = frozenset(
    {"however", "meanwhile", "also", "too", "separately", "instead", "though", "later",
     "earlier", "additionally", "furthermore", "moreover", "nevertheless", "then", "now",
     "again", "previously", "subsequently", "meantime", "yesterday", "today"}
)  # fmt: skip


def _without_adverbs(run: list[Tok]) -> list[Tok]:
    """Rule 1: a run of words read from a cue without the sentence adverbs that end it."""
    end = len(run)
    while end > 0 and run[end - 1].text in _SENTENCE_ADVERBS:
        end -= 1
    return run[:end]


def _names_speaker(run: Sequence[Tok]) -> bool:
    """Is the head a name or a noun for someone who speaks (rule 4's lexicon)?"""
    k = head_index(run)
    return k is not None and (run[k].is_cap or speaking_noun(run[k].text))


def modified_head(tokens: Sequence[Tok], start: int, hi: int) -> int | None:
    """Rule 4: past a name ending at tokens[start - 1], the index of a common speaking
    noun closing its phrase within three lower-case words ("South Florida [news
    reports]", "Charleston [man]"), or None when the name is the phrase's head."""
    for k in range(start, min(hi, start + 3)):
        tok = tokens[k]
        if not (tok.text.isalpha() and tok.text.islower()) or is_clause_word(tok):
            return None
        if speaking_noun(tok.text) and (k + 1 >= hi or not _noun_goes_on(tokens[k + 1])):
            return k
    return None


def _noun_goes_on(tok: Tok) -> bool:
    """Does the phrase go on past this word with another lower-case noun?"""
    return tok.text.isalpha() and tok.text.islower() and not is_clause_word(tok)
