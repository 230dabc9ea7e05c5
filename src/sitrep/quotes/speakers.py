"""Who speaks: the speaker of a cue, chosen and resolved within the document.

Rules, in order:
0. "X quoted Y as saying", "Y was quoted (by X) as saying", "X cited Y as saying": Y
   speaks, a pronoun ("they quoted her as saying") resolved as in rule 1;
1. a pronoun subject ("he added", "he later said", "“…,” said he") is resolved by
   `sitrep.coref`; a "he"/"she" coreference cannot resolve takes the latest speaker
   before it whose gender the text does not state otherwise; else the pronoun as
   written speaks, citing its mention (a reader resolves
   it from the evidence, as PolNeAR's coders mark "he" as the source); "they" right
   after a speaker that is no person ("Sources said … . They said …") is that speaker;
2. a cue after a comma or a conjunction ("Dick Dever, who was listed on the slate,
   told POLITICO", "Trump returned the compliment, telling Reuters", "… and said")
   gives the speech to its clause's subject (`sitrep.quotes.subjects`), and so does
   an infinitive cue ("O'Malley interjected to say", "went on to say"); with no
   mention there, the noun phrase opening the clause with a determiner ("The
   governor, who signed the law, went on to say"); a relative "who"/"which" subject
   after a comma stands for the name before the comma ("Shaya Tenenbaum, who added
   that", "Cipolli, who has called …");
3. a cue that opens its clause ("Said Ellis:", "But, said Solovey,") has its subject
   after it, the name ending its phrase past lower-case descriptors ("said 33-year-old
   resident Shaya Tenenbaum"), else the noun phrase after it as written ("said one
   source who spoke on the condition of anonymity" -> "one source", "tweeted
   another"); a cue with words before it is searched on that side
   only, so neither the addressee of "told"/"asked" ("Sarandon told MSNBC") nor a
   circumstance ("explained in an interview with The Huffington Post") speaks;
4. a role phrase ("the defence secretary said") or a group phrase ("said the
   ministry") is resolved by coreference;
5. a subject whose head right before the cue is a common noun for a speaker is the
   noun phrase as written, not a name modifying it ("A Charleston man admitted",
   "Defence analysts say", "according to South Florida news reports":
   `sitrep.quotes.phrases`), so a place speaks only as the head of its phrase;
6. else the actor nearest the cue (`sitrep.events.speech.speaker_near`), completed by
   its coreference chain ("Healey said" -> John Healey, with his role and country),
   never one of the words skipped between the subject and its cue (a day or an adverb:
   "A news report published Wednesday said" -> "A news report", by rule 7);
7. else the cue's subject phrase as written ("a young woman exclaimed", "according to
   a local resistance committee", past adverbs: "security sources later said"), cut
   to its noun phrase ("although industry experts say" -> "industry experts");
7'. a participle cue after a verb phrase ("Her campaign sent out an email to
   supporters stating, “…”", "put it in his memo to employees explaining") has its
   clause's subject as speaker: the words before it, a verb's particle or object
   pronoun with a prepositional phrase, name no one; with no mention before them (a
   possessive "Her" or a capitalised "Even" is none) the noun phrase before the verb
   speaks as written ("Her campaign", "The county emergency office"), else no one;
8. a bare determiner, a day ("A news report published Wednesday said": the day is
   skipped, the phrase before it speaks) and a prepositional phrase ("BY HIS
   GOVERNMENT") never speak, a name cut after a place prefix is made whole ("Louis
   Police" -> "St. Louis Police"), a mention run on past a pronoun ("HE\nALSO") is the
   pronoun, and a role that runs over a sentence end ("… of President Rodrigo Duterte.
   Police said") is dropped.
The speaker's evidence is the mention next to the cue; its name, role and country may
come from an earlier mention.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from sitrep.coref import CorefMap
from sitrep.coref.lexicon import OBJECT_PRONOUNS, PERSON_PRONOUNS
from sitrep.events.speech import (
    ABBREVIATIONS,
    PRONOUNS,
    latest_person,
    speaker_near,
    subject_phrase,
    with_role,
)
from sitrep.events.tokens import Tok
from sitrep.model import Actor, Span
from sitrep.pipeline.document import Document
from sitrep.quotes.phrases import modified_head, speaker_phrase, speaking_noun
from sitrep.quotes.subjects import (
    COORDINATORS,
    DAY_WORDS,
    clause_start,
    first_subject,
    is_adverb,
    mentions_between,
    name_before,
    subject_index,
)

#: cues that may name whom they address ("told Reuters: “…”"); their object never speaks.
ADDRESS_CUES = frozenset({"told", "telling", "tells", "asked", "asking", "replied"})
#: words linking a participle cue to its clause ("… before asking her", "by saying").
_PARTICIPLE_LINKS = frozenset({"before", "after", "while", "when", "by", "without"})
#: role nouns through which a body speaks (rule 5): the body is the speaker.
_SPOKESPEOPLE = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "official",
     "officials", "statement"}
)  # fmt: skip
#: relative pronouns that stand as a subject for the name before their comma
#: ("Tenenbaum, who added", "the ministry, which said").
_RELATIVE_SUBJECTS = frozenset({"who", "which"})
#: words opening a prepositional phrase, which never speaks ("recalled by his government").
_PREPOSITIONS = frozenset({"by", "to", "of", "for", "from", "with", "in", "on", "at"})
#: place-name prefixes a name layer may cut off ("St. Louis Police").
_NAME_PREFIX = re.compile(r"(?<![\w.])(?:St|Ste|Ft|Mt)\. ")
#: words opening a verb's tail, no noun phrase: particles and object pronouns ("sent out
#: an email to supporters", "put it in his memo").
_VERB_OPENERS = frozenset({"out", "up", "off", "down", "back", "away", "it", "them", "him", "us"})
#: verbs of quoting another's words ("Reuters quoted the minister as saying").
_QUOTING = frozenset({"quoted", "quotes", "quoting", "cited", "cites", "citing"})
#: auxiliaries of a passive "was quoted as saying".
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "being"})


def choose_speaker(
    doc: Document,
    tokens: list[Tok],
    cue: int,
    lo: int,
    hi: int,
    speakers: list[Actor],
    coref: CorefMap,
) -> Actor | None:
    """Rules 0-8: the speaker of the cue at tokens[cue], searched in tokens[lo:hi]."""
    quoted = _quoted_as(doc, tokens, cue, lo, speakers, coref)
    found = quoted or _choose(doc, tokens, cue, lo, hi, speakers, coref)
    return _checked(doc.text, found)


def _choose(
    doc: Document,
    tokens: list[Tok],
    cue: int,
    lo: int,
    hi: int,
    speakers: list[Actor],
    coref: CorefMap,
) -> Actor | None:
    """Rules 1-7: pronoun or definite phrase by coreference, else the nearest actor."""
    k = subject_index(tokens, cue, lo)
    subject = tokens[k] if k is not None else None
    antecedent = _relative_antecedent(doc, tokens, k, lo) if k is not None else None
    if antecedent is not None:  # "Shaya Tenenbaum, who added that …"
        return _speaker_at(doc, antecedent, tokens[cue].start, speakers, coref)
    nxt = tokens[cue + 1] if cue + 1 < hi else None
    subject = _uncontracted(subject) if subject is not None else None
    pronoun = subject if subject is not None and subject.lower in PRONOUNS else None
    if pronoun is None and nxt is not None and nxt.lower in PRONOUNS and cue + 2 >= hi:
        pronoun = nxt  # "“…,” said he"
    elif pronoun is None and subject is None and nxt is not None and nxt.lower in PRONOUNS:
        pronoun = nxt
    if pronoun is not None:
        return _pronoun_speaker(doc, pronoun, tokens[cue].start, speakers, coref)
    according = tokens[cue].lower in ("according", "in")  # "In a CNN poll, …" too
    named = cue + (1 if tokens[cue].lower == "in" else 2)  # where the source's name begins
    if k is not None and subject is not None and _clause_subject_speaks(tokens, cue, subject):
        # "Dick Dever, who was listed on the slate, told POLITICO", "…, saying"
        start = clause_start(tokens, lo, k)
        found = first_subject(doc, tokens, start, k) or _opening_phrase(doc, tokens, start, k)
        if found is not None:  # "The governor, who …, went on to say"
            found = _with_head(doc, tokens, found, k)
            return _speaker_at(doc, found, tokens[cue].start, speakers, coref)
    if subject is None or not subject.text[:1].isalnum() or according:
        # "Said Ellis: “…”", "But, said Solovey, “…”", "according to X": X follows;
        # "Asked whether Russia would attack, Zelensky said": past what was asked
        after = max(cue + 1, lo)
        found = first_subject(doc, tokens, max(named if according else cue + 1, lo), hi)
        found = found or (_phrase_after(doc, tokens, named, hi) if according else None)
        found = found or _name_ending_phrase(doc, tokens, after, hi)
        # "“…,” said one source who spoke on the condition of anonymity"
        found = found or _opening_phrase(doc, tokens, after, hi)
        if found is not None:  # "according to a local resistance committee"
            found = _with_head(doc, tokens, found, hi)
            return _speaker_at(doc, found, tokens[cue].start, speakers, coref)
    else:
        hi = cue + 1  # "DuVernay explained to The Huffington Post": the subject side only
        name = name_before(doc, tokens, k, lo) if k is not None else None
        if name is not None:  # "after Trump and Maples divorced, Crawford said"
            return _speaker_at(doc, name, tokens[cue].start, speakers, coref)
    phrase = _definite_phrase(doc, tokens, cue, lo, hi)
    if phrase is not None:
        found_actor = coref.resolve(phrase)
        if found_actor is not None:
            return found_actor
    near = speaker_near(tokens, cue, lo, hi, doc.actors, doc.entities, doc.text)
    skipped = near is not None and _between_subject_and_cue(tokens, k, cue, near)
    if skipped:
        near = None  # "A news report published Wednesday said": a day never speaks
    if subject is not None and k is not None and hi == cue + 1:
        common = _common_phrase(doc, tokens, k, lo, near, coref)
        if common is not None and common.evidence is not None:
            if _participle_after_verb_phrase(tokens, cue, common.evidence):
                # "… sent out a notice to residents warning": no residents speak
                return _participle_subject(doc, tokens, cue, lo, common.evidence, speakers, coref)
            return common  # "A Charleston man admitted", "Defence analysts say"
    if near is not None:
        return coref.canonical(near)
    # "A news report published Wednesday said": the phrase ends before the day
    phrase_span = None if skipped else subject_phrase(tokens, cue, lo, hi, doc.text)
    if phrase_span is None and k is not None and k < cue - 1:
        # "Security sources later said": the phrase ends before the adverbs
        phrase_span = subject_phrase(tokens, k + 1, lo, k + 1, doc.text)
    if phrase_span is not None:  # "although industry experts say": the noun phrase only
        phrase_span = speaker_phrase(doc.text, tokens, phrase_span)
    if phrase_span is not None and _participle_after_verb_phrase(tokens, cue, phrase_span):
        return _participle_subject(doc, tokens, cue, lo, phrase_span, speakers, coref)
    if phrase_span is None:
        return None
    return coref.resolve(phrase_span) or Actor(phrase_span.text, phrase_span)


def _participle_after_verb_phrase(tokens: list[Tok], cue: int, phrase: Span) -> bool:
    """Rule 7': is the phrase before a participle cue the tail of a verb phrase, no noun
    phrase: opened, in its first two words, by a verb's particle or object pronoun and
    holding a preposition ("sent out an email to supporters stating", "it in his memo to
    employees explaining")? A noun there ("ends with a voice over saying") may be the speaker."""
    if not tokens[cue].lower.endswith("ing"):
        return False
    words = [t for t in tokens if phrase.start <= t.start and t.end <= phrase.end]
    opening = [t.text for t in words[:2]]
    if not any(w in _VERB_OPENERS for w in opening) or not opening[0].islower():
        return False  # "sent out …", "out an email …", "it in his memo …"
    return any(t.lower in _PREPOSITIONS for t in words[1:])


def _participle_subject(
    doc: Document,
    tokens: list[Tok],
    cue: int,
    lo: int,
    phrase: Span,
    speakers: list[Actor],
    coref: CorefMap,
) -> Actor | None:
    """Rule 7': the subject of the clause a participle cue ends, a mention before the
    verb phrase ("The Red Cross sent out an appeal to donors stating, “…”"), else the
    noun phrase before the verb ("Her campaign"; a capitalised adverb, "Even before …",
    is none), else no one: no speaker is better than words that name none."""
    start = clause_start(tokens, lo, cue)
    found = first_subject(doc, tokens, start, cue)
    mentions = mentions_between(doc, tokens[start].start, phrase.start) if start < cue else []
    if found is not None and found in mentions:
        return _speaker_at(doc, found, tokens[cue].start, speakers, coref)
    common = _noun_phrase_before_verb(doc, tokens, start, phrase)
    if common is None:
        return None
    return coref.resolve(common) or Actor(common.text, common)


def _noun_phrase_before_verb(
    doc: Document, tokens: list[Tok], start: int, phrase: Span
) -> Span | None:
    """Rule 7': the noun phrase right before the verb of a participle's clause, from a
    determiner or possessive to a speaking noun ("his campaign sent out …", "The county
    emergency office quickly sent out …"), as written."""
    j = next(i for i, t in enumerate(tokens) if t.start >= phrase.start)
    k = j - 1 if tokens[j].text in _VERB_OPENERS else j
    k -= 1  # the verb ("sent")
    while k >= start and is_adverb(tokens[k]):
        k -= 1
    head = k
    while k >= start and tokens[k].text.isalpha() and tokens[k].text.islower():
        if tokens[k].lower in _NP_OPENERS:
            break
        k -= 1
    if k < start or head <= k or not speaking_noun(tokens[head].text):
        return None
    if tokens[k].lower not in _NP_OPENERS:
        return None
    return Span.of(doc.text, tokens[k].start, tokens[head].end)


def _between_subject_and_cue(tokens: list[Tok], k: int | None, cue: int, near: Actor) -> bool:
    """Rule 6': does the nearest mention lie in the words skipped between the subject
    and its cue (adverbs, auxiliaries, the day of the report: "A news report published
    Wednesday said")? A day or an adverb never speaks."""
    if k is None or k >= cue - 1 or near.evidence is None:
        return False
    return tokens[k + 1].start <= near.evidence.start and near.evidence.end <= tokens[cue].start


def _common_phrase(
    doc: Document, tokens: list[Tok], k: int, lo: int, near: Actor | None, coref: CorefMap
) -> Actor | None:
    """Rule 5: a subject whose head is a common speaking noun right before the cue is
    the noun phrase as written, not a name modifying it ("A Charleston man admitted",
    "Defence analysts say", "the Syrian army spokesman said"); a mention ending at the
    head is the speaker as usual. The phrase keeps the country of a state it names."""
    head = tokens[k]
    if not (head.text.isalpha() and head.text.islower() and speaking_noun(head.text)):
        return None
    if near is not None and near.evidence is not None and near.evidence.end == head.end:
        return None
    span = subject_phrase(tokens, k + 1, lo, k + 1, doc.text)
    span = speaker_phrase(doc.text, tokens, span) if span is not None else None
    if span is None:
        return None
    resolved = coref.resolve(span)
    if resolved is not None:
        return resolved
    inside = [a for a in doc.actors if a.evidence is not None and span.contains(a.evidence)]
    bodies = {a.kb_id: a for a in inside if a.kb_id is not None}
    if head.lower in _SPOKESPEOPLE and len(bodies) == 1:
        # "a UN spokesperson said", "the Syrian army spokesman said": the body speaks
        # through its spokesperson, as when the text names the body itself
        body = next(iter(bodies.values()))
        return replace(body, evidence=span, role=head.lower)
    country = next((a.country for a in inside if a.country is not None), None)
    return Actor(span.text, span, country=country)


def _with_head(doc: Document, tokens: list[Tok], span: Span, hi: int) -> Span:
    """Rule 5: a name followed by a common speaking noun is the noun phrase, with its
    determiner ("according to South Florida news reports", "A Charleston man, …,
    said")."""
    after = next((j for j, t in enumerate(tokens) if t.start >= span.end), None)
    if after is None:
        return span
    head = modified_head(tokens, after, hi)
    if head is None:
        return span
    first = next(j for j, t in enumerate(tokens) if t.start >= span.start)
    if first > 0 and tokens[first - 1].lower in ("a", "an", "the"):
        first -= 1
    return Span.of(doc.text, tokens[first].start, tokens[head].end)


def _quoted_as(
    doc: Document,
    tokens: list[Tok],
    cue: int,
    lo: int,
    speakers: list[Actor],
    coref: CorefMap,
) -> Actor | None:
    """Rule 0: "X quoted Y as saying", "Y was quoted by X as saying", "X cited Y as
    saying": Y speaks, not the outlet that reports it."""
    if tokens[cue].lower != "saying" or cue - 2 < lo or tokens[cue - 1].lower != "as":
        return None
    verb = next(
        (j for j in range(cue - 2, max(lo - 1, cue - 10), -1) if tokens[j].lower in _QUOTING),
        None,
    )
    if verb is None:
        return None
    if verb > lo and tokens[verb - 1].lower in _PASSIVE:  # "Yulia was cited by them as"
        found = first_subject(doc, tokens, clause_start(tokens, lo, verb - 1), verb - 1)
    else:  # "Detik.com quoted Djamal as saying", "they quoted her as saying"
        found = first_subject(doc, tokens, verb + 1, cue - 1)
        found = found or _phrase_after(doc, tokens, verb + 1, cue - 1)
    if found is None:
        return None
    return _speaker_at(doc, found, tokens[cue].start, speakers, coref)


def _checked(text: str, actor: Actor | None) -> Actor | None:
    """Rule 8: no bare determiner, no day and no prepositional phrase ("by his
    government") speaks, a name cut after a place prefix is made whole ("Louis Police"
    -> "St. Louis Police"), and a role never runs over a sentence end ("… of President
    Rodrigo Duterte. Police said": Police has no role)."""
    if actor is None or actor.name.strip().lower() in ("the", "a", "an"):
        return None
    if all(word.lower() in DAY_WORDS for word in actor.name.split()):
        return None  # "Wednesday", "Sunday": the day of a report never speaks
    first = actor.name.split(None, 1)[0]
    if first.lower() in _PREPOSITIONS and not first.istitle() and " " in actor.name.strip():
        return None  # "BY HIS GOVERNMENT", "by the ministry"; "To Lam" is a name
    actor = _whole_name(text, actor)
    role = actor.role
    if role is not None and _crosses_sentence(role):
        return replace(actor, role=None)
    return actor


def _whole_name(text: str, actor: Actor) -> Actor:
    """Rule 8': a speaker whose mention starts right after a place-name prefix ("St.",
    "Ft.", "Mt.") is cut from a longer name: its name and evidence take the prefix."""
    evidence = actor.evidence
    if evidence is None or not actor.name.startswith(evidence.text):
        return actor
    prefix = _NAME_PREFIX.search(text, max(0, evidence.start - 5), evidence.start)
    if prefix is None or prefix.end() != evidence.start:
        return actor
    whole = Span.of(text, prefix.start(), evidence.end)
    return replace(actor, name=text[prefix.start() : evidence.start] + actor.name, evidence=whole)


def _crosses_sentence(role: str) -> bool:
    """Does a role hold a full stop that ends a sentence (after a word that is no
    abbreviation or initial)?"""
    for word in role.split():
        stem = word.rstrip(".")
        ends_sentence = len(stem) > 1 and "." not in stem and stem.lower() not in ABBREVIATIONS
        if word.endswith(".") and ends_sentence:
            return True
    return False


def _clause_subject_speaks(tokens: list[Tok], cue: int, subject: Tok) -> bool:
    """Rule 2: is the cue's subject at its clause start, past a comma, a conjunction, a
    subordinator before a participle ("… before asking her", "…, saying") or "to"
    before an infinitive ("O'Malley interjected to say", "went on to say")?"""
    if tokens[cue].lower in ("according", "in"):
        return False
    if subject.lower in COORDINATORS or subject.lower == "to":
        return True
    return tokens[cue].lower.endswith("ing") and subject.lower in _PARTICIPLE_LINKS


#: an auxiliary contracted onto a pronoun ("he’d said", "she's said", "they’ve said").
_CONTRACTION = re.compile(r"(?i)^([a-z]+)['’](d|s|ve|ll)$")


def _uncontracted(tok: Tok) -> Tok:
    """Rule 1''': a pronoun with a contracted auxiliary is the pronoun ("He’d said the
    plan would fail" is spoken by "He"), its mention cut to the pronoun."""
    found = _CONTRACTION.match(tok.text)
    if found is None or found.group(1).lower() not in PRONOUNS:
        return tok
    base = found.group(1)
    return replace(tok, text=base, end=tok.start + len(base))


def _pronoun_speaker(
    doc: Document, pronoun: Tok, before: int, speakers: list[Actor], coref: CorefMap
) -> Actor:
    """Rule 1: the pronoun's antecedent; for "he"/"she" with none, the latest speaker;
    else the pronoun as written, so the speaker still cites its mention."""
    span = Span.of(doc.text, pronoun.start, pronoun.end)
    found = _group_speaker(doc, span, speakers) if pronoun.lower == "they" else None
    found = found or coref.resolve(span)
    if found is None and pronoun.lower in ("he", "she", *OBJECT_PRONOUNS):
        latest = latest_person(_of_gender(speakers, pronoun.lower, coref), before)
        found = replace(latest, evidence=span) if latest is not None else None
    return found if found is not None else Actor(span.text, span)


def _of_gender(speakers: list[Actor], pronoun: str, coref: CorefMap) -> list[Actor]:
    """Rule 1'': the speakers a "he"/"she" may stand for: none whose gender the text
    states otherwise ("Sen. Kelly Ayotte said she …" is no antecedent of "he")."""
    want = PERSON_PRONOUNS.get(pronoun)
    if want is None:
        return speakers
    return [a for a in speakers if coref.gender(a) in (None, want)]


def _group_speaker(doc: Document, span: Span, speakers: list[Actor]) -> Actor | None:
    """Rule 1': "they said" right after a speaker that is no person spoke, in the same or
    the sentence before ("Sources said that militants stormed the bunker. They said four
    soldiers were killed"), is that speaker, not a group its words named."""
    starts = [s.start for s in doc.sentences]
    index = bisect.bisect_right(starts, span.start) - 1
    lo = starts[index - 1] if index >= 1 else 0
    spoke = [a for a in speakers if a.evidence is not None and lo <= a.evidence.start < span.start]
    if not spoke:
        return None
    latest = max(spoke, key=lambda a: a.evidence.start if a.evidence is not None else -1)
    if latest.evidence is None or latest.role is not None or latest.name.lower() in PRONOUNS:
        return None
    persons = [e.evidence for e in doc.entities if e.label == "PERSON"]
    if any(p.overlaps(latest.evidence) for p in persons):
        return None
    return replace(latest, evidence=span)


#: words that open a speaker's noun phrase as written ("the governor", "one source",
#: "another supporter").
_PHRASE_OPENERS = frozenset({"the", "a", "an", "one", "another"})
#: ... and with the possessive determiners, what opens a noun phrase before a verb ("his
#: campaign sent out a text message").
_NP_OPENERS = _PHRASE_OPENERS | frozenset({"his", "her", "its", "their", "our"})
#: openers that stand alone as pronouns ("“…,” said one."): they need a noun after them.
_PRONOUN_OPENERS = frozenset({"one", "another"})


def _opening_phrase(doc: Document, tokens: list[Tok], start: int, end: int) -> Span | None:
    """Rule 2 with no mention: the noun phrase opening the clause with a determiner, up to
    its first punctuation ("The governor, who signed the law, went on to say")."""
    stop = next((j for j in range(start, end) if not tokens[j].text[:1].isalnum()), end)
    if stop <= start or tokens[start].lower not in _PHRASE_OPENERS:
        return None
    if tokens[start].lower in _PRONOUN_OPENERS and stop - start < 2:
        return None  # "said one.": a pronoun, no one's name; "one source" is
    span = Span.of(doc.text, tokens[start].start, tokens[stop - 1].end)
    return speaker_phrase(doc.text, tokens, span)


def _phrase_after(doc: Document, tokens: list[Tok], start: int, hi: int) -> Span | None:
    """The noun phrase after "according to", as written, up to punctuation (at most 8
    words): "a local resistance committee", "human rights groups"."""
    end = start
    while end < min(hi, start + 8) and tokens[end].text[:1].isalnum():
        end += 1
    return Span.of(doc.text, tokens[start].start, tokens[end - 1].end) if end > start else None


def _relative_antecedent(doc: Document, tokens: list[Tok], k: int, lo: int) -> Span | None:
    """Rule 2': a relative pronoun subject after a comma ("Tenenbaum, who added that
    …", "Cipolli, who has called the accusations “false”") stands for the name right
    before the comma: a mention ending there, else its capitalised words."""
    if tokens[k].lower not in _RELATIVE_SUBJECTS or k - 2 < lo or tokens[k - 1].text != ",":
        return None
    end = tokens[k - 2]
    mention = next((m for m in mentions_between(doc, 0, end.end) if m.end == end.end), None)
    if mention is not None:
        return mention
    first = k - 2
    while first - 1 >= lo and tokens[first - 1].is_cap:
        first -= 1
    if not end.is_cap or end.lower in PRONOUNS:
        return None
    return Span.of(doc.text, tokens[first].start, end.end)


def _name_ending_phrase(doc: Document, tokens: list[Tok], start: int, hi: int) -> Span | None:
    """Rule 3': the name that ends the phrase after an inverted cue, past its lower-case
    descriptors ("said 33-year-old resident Shaya Tenenbaum, who …")."""
    phrase = _phrase_after(doc, tokens, start, hi)
    if phrase is None:
        return None
    words = [t for t in tokens[start:hi] if t.end <= phrase.end]
    first = len(words)
    while first > 0 and words[first - 1].is_cap and words[first - 1].lower not in PRONOUNS:
        first -= 1
    if first == len(words) or first == 0:
        return None  # no name, or a name run no layer knew at the cue: rule 7's job
    return Span.of(doc.text, words[first].start, words[-1].end)


def _speaker_at(
    doc: Document, span: Span, before: int, speakers: list[Actor], coref: CorefMap
) -> Actor:
    """The speaker a subject mention names: a pronoun by rule 1, an actor or entity
    completed by its coreference chain; a mention a name layer ran on past a pronoun
    ("HE\nALSO said") is the pronoun."""
    first = span.text.split(None, 1)[0] if span.text.strip() else ""
    if first.lower() in PRONOUNS and span.text.startswith(first):
        span = Span.of(doc.text, span.start, span.start + len(first))
    if span.text.lower() in PRONOUNS or span.text.lower() in OBJECT_PRONOUNS:
        pronoun = Tok(0, span.text, span.start, span.end)
        return _pronoun_speaker(doc, pronoun, before, speakers, coref)
    actor = next((a for a in doc.actors if a.evidence == span), None)
    entity = next((m for m in doc.entities if m.evidence == span), None)
    if actor is None and entity is not None:
        actor = Actor(entity.name, entity.evidence, kb_id=entity.kb_id)
    if actor is None:  # a name no layer knew: resolved by its chain, else as written
        return coref.resolve(span) or with_role(Actor(span.text, span), doc.text)
    return coref.canonical(with_role(actor, doc.text))


def _definite_phrase(doc: Document, tokens: list[Tok], cue: int, lo: int, hi: int) -> Span | None:
    """ "the defence secretary said" / "said the ministry": the phrase from "the" to the
    cue, or after it, when it holds only lower-case words (a name is left to rule 4's
    nearest-actor search)."""
    for side in (range(cue - 1, max(lo - 1, cue - 6), -1), range(cue + 1, min(hi, cue + 6))):
        words = [tokens[k] for k in side]
        if side.step == -1:
            words.reverse()
            if not words or words[-1].is_cap:
                continue
            the = max((k for k, t in enumerate(words) if t.lower == "the"), default=None)
            if the is None or not all(t.text.isalpha() for t in words[the:]):
                continue
            picked = words[the:]
        else:
            if not words or words[0].lower != "the":
                continue
            picked = [words[0]]
            for t in words[1:]:
                if not t.text.isalpha() or t.is_cap:
                    break
                picked.append(t)
        if len(picked) >= 2:
            return Span.of(doc.text, picked[0].start, picked[-1].end)
    return None
