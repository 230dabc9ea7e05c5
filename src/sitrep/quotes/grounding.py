"""A speaker's link to a state's institution holds only where the article names that state.

"The Interior Ministry said" names a ministry but no country: every state has one. The
knowledge base may still link the mention to one state's government (a loose match of
"Interior Ministry" to "UK interior ministry"), which would put a British ministry in a
story from Baghdad or Kabul. A careful reader takes the country from the article, so:

1. a speaker linked to a part of a state (its government, military or police) whose
   own mention names that state ("Iraq's Interior Ministry", "the Iraqi police", "UK
   forces") keeps its link;
2. so does one whose state the article names or implies elsewhere: the state's name,
   an alias or a demonym written anywhere in the text ("Iraqi officials", "in Iraq"),
   or a place the places stage put in that country (a dateline "BAGHDAD —");
3. otherwise the speaker speaks as written ("Interior Ministry", its leading "the"
   dropped), with no knowledge-base id, country or type, and its role kept.
Speakers linked to anything else (a state itself, a named organisation or person) are
left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from sitrep.kb.actors import ActorEntry, ActorKB
from sitrep.model import Actor, Quote
from sitrep.pipeline.document import Document

#: a leading article dropped from a mention that speaks as written.
_ARTICLE = re.compile(r"^(?:the|The)\s+")


def ground_speakers(doc: Document, quotes: Iterable[Quote], kb: ActorKB) -> list[Quote]:
    """Rules 1-3 for every quote's speaker."""
    return [replace(q, speaker=_grounded(doc, q.speaker, kb)) for q in quotes]


def _grounded(doc: Document, speaker: Actor | None, kb: ActorKB) -> Actor | None:
    if speaker is None or speaker.kb_id is None or speaker.evidence is None:
        return speaker
    state = _state_of_part(kb, speaker.kb_id)
    if state is None:
        return speaker
    names = _state_names(state)
    if _names_in(speaker.evidence.text, names) or _article_names(doc, state, names):
        return speaker
    written = _ARTICLE.sub("", speaker.evidence.text)
    return Actor(written, speaker.evidence, role=speaker.role)


def _state_of_part(kb: ActorKB, kb_id: str) -> ActorEntry | None:
    """The state a state part (its government, military or police) belongs to."""
    entry = kb.get(kb_id)
    if entry is None or entry.kind != "state_part" or entry.parent is None:
        return None
    parent = kb.get(entry.parent)
    return parent if parent is not None and parent.kind == "state" else None


def _state_names(state: ActorEntry) -> list[str]:
    """The words that name a state: its name, its aliases ("UK", "Britain") and its
    demonyms ("British")."""
    return [n for n in (state.name, *state.aliases, *state.demonyms) if n]


def _names_in(text: str, names: list[str]) -> bool:
    """Is one of the names written in the text as a whole word ("UK", not "Ukraine")?
    An all-capital short alias must match its case ("US", not "us")."""
    for name in names:
        flags = 0 if name.isupper() else re.IGNORECASE
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, flags):
            return True
    return False


def _article_names(doc: Document, state: ActorEntry, names: list[str]) -> bool:
    """Rule 2: does the article name the state, or a place in it?"""
    if any(p.country == state.id for p in doc.places):
        return True
    return _names_in(doc.text, names)
