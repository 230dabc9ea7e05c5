"""Named perpetrators: the persons a news report holds responsible for an act of violence.

ACLED codes the forces a commander leads, not the commander (`roles`), so a person named
beside an attack takes no role of its own. A report that says who did, ordered or is
accused of the harm names more than a bystander, though, and a careful coder records
that person on the initiator's side. A person mention is held responsible when it
stands in one of these frames:

1. accused, blamed or held responsible, the person written after the verb, past up to
   four words of title: "accused Colonel Guillermo Benavides of", "blamed Pablo Escobar
   for", "held Captain X responsible", "linked X to the murder";
2. the agent of a harm, ordering or planning told in the passive: "ordered by X",
   "masterminded by X", "murdered by Lieutenant X", "on the orders of X", "carried out
   by X", "troops under the command of X" (these three only in a sentence telling a
   harm), "troops led by Captain X carried out the executions";
3. the subject of an ordering or planning verb, or of a relative clause saying so:
   "X ordered the massacre", "X, who masterminded the attack", "X, who signed the order
   to assassinate the priests", "X, accused of the murder", "X, who has been charged
   with masterminding the crime", "X was responsible for the killing", "X is behind the
   bombing", "X, whom the president accused of being the mastermind of the murder",
   "dismissal of X for his responsibility in the bombings", or of the harm itself:
   "X, who killed Lieutenant Y" (not a headline's reduced passive: "Colonel X killed in
   an ambush");
4. the owner of the men who did it: "X's men", "X's hired assassins" (not "X's
   killers", who killed X).

A frame must touch the name directly (only a comma, "who", an adverb such as
"allegedly", an appositive or a quotation mark may come between), so a person merely
named near an accusation, such as its speaker, is not taken; nor is a name that owns
something other than men ("X's government"); a frame after the last name of a list
("X and Y, the biggest drug traffickers, are behind this attack") holds every name of
the list responsible. Persons are the person mentions and the names no recogniser
labelled (`unlabelled_names`: foreign names are what a recogniser most often misses).

Each person held responsible joins the initiator's side (assoc_actor1, citing the name)
of the violent event told in the same sentence, else of the article's first violent
event (a wire report leads with its main incident; murders, massacres and bombings
before armed clashes, never a change of territory), unless that event already has the
person on either side (the victim of "the murder of X" is no perpetrator of it). A
frame that accuses rather than states (`modality.alleges`: "accused", "blamed",
"charged with", "suspected of") makes the event told in that very sentence "claimed",
as `modality` rule 5 does for an act blamed on someone: the perpetrator is alleged, not
established.

A group that claims responsibility (`credit_claimants`: "The Taliban claimed
responsibility", "LeJ claimed responsibility for the blast", a name the actors stage
did not know included) is actor1 of the violent event told in its sentence, else of the
last one told before it in the same paragraph (up to three sentences back), when that
event names no initiator or only a generic one ("Gunmen", "a suicide bomber"): ACLED
codes the claimant.

An armed group or a state held responsible by frame 1 ("Syria has accused Israel of
bombarding an area west of Damascus", "blamed the Taliban for the attack") introduces
the attack it is accused of (`credit_accused`): it is actor1, alleged (the event is
"claimed"), of the violent event told in its sentence, else of the first one told in
the next two sentences of its paragraph ("State television quoted the army as saying
several rockets landed in the airport compound"), when that event names no initiator
or only a generic one; an event that names its own initiator ends the search, so the
accusation never reaches past it to an unrelated event.

A sentence that identifies the unnamed attackers of the attack told just before it
(`credit_identified`), opening with a definite reference to them and a verb of
identity ("The group was made up of about 300 members of the Shining Path", "The
attackers were members of the FMLN", "The gunmen were identified as Taliban fighters",
"The assailants belonged to Boko Haram"), names the group behind it: the first named
armed group written after that verb is actor1 of the last violent event told in the two
sentences before it, when that event names no initiator or only a generic one. The
reference itself ties the two sentences, so a paragraph break between them (as wire
copy writes numbered points) does not part them.

A sentence that says no one knows who did a harm (`credit_unknown`: "We do not know who
the kidnappers are", "It is not known who carried out the attack", "The gunmen have not
been identified") makes the last violent event told in it or the two sentences before
it, when that event has no initiator, the act of an unidentified armed group of the
event's country: ACLED's actor for attackers no one names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial

from sitrep.events.actor_rules import claimant
from sitrep.events.modality import alleges
from sitrep.events.roles import ARMED_TYPES, actor_key, unidentified_group
from sitrep.events.sentence_index import per_sentence, sentence_holding
from sitrep.events.tokens import tokenize
from sitrep.ingest.truecase import common_word
from sitrep.model import Actor, EntityMention, Event, Modality, Span

#: up to four words of title or rank between a verb and the name ("accused army Colonel").
_TITLE_GAP = r"(?:(?!(?:of|for|and|to|an?)\b)(?:[A-Za-z-]+|[A-Z][a-z]{0,3}\.)\s+){0,4}?$"
_ADVERB = r"(?:(?:allegedly|reportedly|personally|apparently|directly)\s+)?"
#: a few words before a harm noun ("the (Jesuits') murders", "this criminal attack").
_FILLER = r"(?:[\w'()-]+\s+){0,3}?"
_HARM = (
    r"(?:murders?|killings?|massacres?|attacks?|assassinations?|kidnappings?|bombings?|"
    r"crimes?|deaths?|abductions?|executions?)\b"
)
_HARM_VERB = (
    r"(?:murdered|killed|massacred|shot|kidnapped|abducted|attacked|executed|assassinated|"
    r"carried\s+out|committed)\b"
)
#: an order's content: "the order to assassinate the Jesuits", "orders for the attack".
_HARM_INFINITIVE = r"(?:kill|murder|assassinate|execute|attack|bomb|kidnap|abduct|massacre)\b"
#: who planned or did it: "the mastermind of", "one of the perpetrators of".
_AUTHOR = r"(?:one\s+of\s+)?(?:the\s+)?(?:\w+\s+)?(?:perpetrator|author|mastermind|instigator)s?"
#: what a person is accused of: a harm, a part in one ("of ordering the murder"), or
#: being its author ("of being the masterminds of the assassination").
_DEED = (
    r"(?:being\s+"
    + _AUTHOR
    + r"\s+of\s+"
    + _FILLER
    + _HARM
    + r"|"
    + _FILLER
    + _HARM
    + r"|(?:ordering|planning|masterminding|killing|murdering|kidnapping|assassinating|"
    r"attacking|participating|involvement|bombing|bombarding|shelling|striking|raiding|"
    r"shooting|firing|executing|abducting|massacring|targeting)\b|"
    r"signed\s+the\s+orders?\s+to\s+" + _HARM_INFINITIVE + r")"
)
#: the words that open a relative clause about the name ("X, the man who").
_WHO = r",?\s+(?:(?:the\s+(?:person|man|woman|one)\s+)?who\s+)?"
_BE = r"(?:(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+)?(?:the\s+one\s+who\s+)?"
#: a harm done by the name itself; not a reduced passive ("Colonel X killed in an ambush").
_DID_HARM = (
    r"(?:killed|murdered|assassinated|kidnapped|abducted|massacred|executed|"
    r"shot\s+dead|shot\s+and\s+killed)\s+"
    r"(?!(?:by|in|on|at|during|when|while|after|near|as|along|with|last|yesterday|today|"
    r"this|early|late)\b)"
)
#: the people someone commands: "troops led by", "soldiers under the command of".
_UNDER_COMMAND = (
    r"(?:troops|soldiers|men|forces|units?|patrols?|squads?|gunmen|militiamen|fighters)\s+"
    r"(?:(?:commanded|led|headed)\s+by|under\s+(?:the\s+)?(?:command|orders)\s+of)\s+"
)
_ANY = re.compile("")


def _before(pattern: str) -> re.Pattern[str]:
    """A frame's words ending right before the name, past a title."""
    return re.compile(r"\b" + pattern + _TITLE_GAP, re.IGNORECASE)


def _after(pattern: str) -> re.Pattern[str]:
    """A frame's words starting right after the name."""
    return re.compile(r"^" + pattern, re.IGNORECASE)


@dataclass(frozen=True)
class _Frame:
    """What ends right before a name and what starts right after it; `needs_harm`: the
    sentence must tell a harm too; `owner`: the name is followed by a possessive."""

    before: re.Pattern[str]
    after: re.Pattern[str]
    needs_harm: bool = False
    owner: bool = False


_FRAMES = (
    # 1: "accused Colonel X of", "blamed X for", "held X responsible", "linked X to the murder"
    _Frame(_before(r"accus(?:e|es|ed|ing)\s+"), _after(r"\s+of\s+" + _DEED)),
    _Frame(_before(r"blam(?:e|es|ed|ing)\s+"), _after(r"\s+for\s+" + _DEED)),
    _Frame(_before(r"(?:held|holds?|holding)\s+"), _after(r"\s+(?:directly\s+)?responsible\b")),
    _Frame(
        _before(r"link(?:s|ed|ing)?\s+"),
        _after(r"\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?" + _HARM),
    ),
    # 1: "Captain X, whom the president accused of being the mastermind of the murder"
    _Frame(_ANY, _after(r",\s+whom\s+(?:[\w.-]+\s+){1,4}?accused\s+of\s+" + _DEED)),
    # 2: "the killing had been ordered by X", "murdered by Lieutenant X"
    _Frame(
        _before(
            r"(?:(?:" + _HARM + r"|it|which)\s+(?:[\w\"'-]+\s+){0,3}?"
            r"(?:ordered|masterminded|planned|organi[sz]ed|committed|perpetrated)|murdered|"
            r"killed|assassinated|kidnapped|abducted|massacred|executed)\s+by\s+(?:the\s+)?"
        ),
        _ANY,
    ),
    # 2: "acting under the orders of X ... killed", "... and carried out by Colonel X",
    # "troops commanded by Captain X ... murdered", only in a sentence telling a harm
    _Frame(
        _before(r"(?:orders?\s+(?:of|from)|(?:carried\s+out|perpetrated)\s+by)\s+"),
        _ANY,
        needs_harm=True,
    ),
    _Frame(_before(_UNDER_COMMAND), _ANY, needs_harm=True),
    # 2: "troops led by Captain X carried out the executions"
    _Frame(
        _before(r"(?:led|commanded|headed)\s+by\s+"),
        _after(r"[\"”]?,?\s+(?:\w+\s+)?" + _HARM_VERB),
    ),
    # 3: "X ordered the massacre", "X, who masterminded the attack", "X are behind this
    # attack", "X, who signed the order to assassinate the priests"
    _Frame(
        _ANY,
        _after(
            _WHO
            + _BE
            + _ADVERB
            + r"(?:ordered|masterminded|planned|organi[sz]ed|perpetrated|responsible\s+for|"
            r"behind|" + _AUTHOR + r"\s+of|(?:signed|gave|issued)\s+the\s+orders?\s+(?:to|for))"
            r"\s+(?:the\s+|an?\s+|this\s+|these\s+)?(?:[\w'()-]+\s+)?"
            r"(?:" + _HARM + r"|" + _HARM_INFINITIVE + r")"
        ),
    ),
    # 3: "X, accused of the murder", "X, who has been charged with masterminding the crime"
    _Frame(
        _ANY,
        _after(_WHO + _BE + _ADVERB + r"(?:accused\s+of|charged\s+with|suspected\s+of)\s+" + _DEED),
    ),
    # 3: "X, removed from his post after being accused of ordering the murder"
    _Frame(
        _ANY,
        _after(r",\s+[^,.;\"]{0,50}?\b(?:being|been)\s+(?:accused\s+of|charged\s+with)\s+" + _DEED),
    ),
    # 3: "dismissal of Colonel X, deputy minister, for his responsibility in the murders"
    _Frame(
        _ANY,
        _after(
            r",?\s+for\s+(?:(?:his|her|their)\s+(?:direct\s+|alleged\s+)?"
            r"(?:responsibility|role|part|involvement)\s+(?:in|for)|having)\s+" + _DEED
        ),
    ),
    # 3: "X, who killed army Lieutenant Y", "X shot dead a judge"
    _Frame(_ANY, _after(_WHO + _ADVERB + _DID_HARM)),
    # 4: "X's men", "X's hired assassins"
    _Frame(
        _ANY,
        _after(
            r"['’]s?\s+(?:(?:hired|paid)\s+(?:assassins|killers)|"
            r"(?:\w+\s+)?(?:men|gunmen|henchmen|hitmen|thugs))\b"
        ),
        owner=True,
    ),
)
#: frame 1, the frames that accuse: read for armed groups and states too.
_ACCUSING = _FRAMES[:4]
_POSSESSIVE = re.compile(r"^['’]s?\s")
_HARM_WORD = re.compile(r"\b(?:" + _HARM + r"|" + _HARM_VERB + r")", re.IGNORECASE)
#: what may stand between the last name of a list and its frame: an appositive, a quote.
_APPOSITIVE = re.compile(r"^,\s+(?:the|a|an|his|their|[a-z][\w-]*)\s+[^,.;]{1,60},\s*\"?|^\s*\"")
#: a run of 2 to 4 capitalised words, Spanish particles allowed inside.
_NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?:[ -](?:(?:de|del|la|y) )?[A-Z][a-z]+){1,3}\b")
_WORDS = re.compile(r"[A-Za-z]+")
_LIST_JOIN = re.compile(r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")
_REACH_BEFORE = 80
_REACH_AFTER = 160
#: the acts a person is held responsible for, by preference: one-sided and remote
#: violence (murders, massacres, bombings), then armed clashes; a change of territory
#: harms no one.
_HARMS = (
    frozenset({"Violence against civilians", "Explosions/Remote violence"}),
    frozenset({"Armed clash"}),
)


#: a claim of responsibility right after the claimant's name (rule 5).
_CLAIMS = re.compile(
    r"\s+(?:\([A-Z][\w-]*\)\s+)?(?:(?:has|have|had|also|later|quickly|swiftly|since|"
    r"reportedly|promptly)\s+)*(?:claimed|claims|claim)\s+responsibility\b"
)
#: the name before a claim: capitalised words, name particles between them ("Lashkar e
#: Jhangvi", "Islamic Movement of Uzbekistan"), past a leading "The"; anchored at the
#: claim by the search's end.
_CLAIM_NAME = re.compile(
    r"(?:\b[Tt]he\s+)?\b([A-Z][\w'’.-]*(?:\s+(?:(?:e|i|ul|al|el|of|the|de|for)\s+)*"
    r"[A-Z][\w'’.-]*)*)$"
)
#: a claim of an act, not of a fact ("claimed the bombing", "claimed responsibility",
#: "claimed by Da'esh"; not "claimed that ten civilians were killed").
_CLAIMED_ACT = re.compile(
    r"\bclaim(?:ed|s|ing)?\s+(?:responsibility|credit|the|an?|this|these|both|its|by)\b",
    re.IGNORECASE,
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
#: how many sentences back a claim reaches for its event.
_CLAIM_REACH = 3
#: how many sentences ahead an accusation reaches for the attack it introduces.
_ACCUSED_REACH = 2
#: the types of generic initiators a named claimant replaces.
_GENERIC_INITIATORS = frozenset({"rebel_group", "political_militia", "external_other", "civilians"})


@dataclass(frozen=True)
class Held:
    """A person mention a frame holds responsible; `alleged`: the frame accuses
    ("accused X of", "X, suspected of the murder") rather than states ("X ordered")."""

    person: Span
    alleged: bool


def named_perpetrators(text: str, persons: Sequence[Span]) -> list[Held]:
    """Frames 1-4: the person mentions held responsible, in text order. Only names
    written as names count (first and last words capitalised)."""
    ordered = sorted((p for p in persons if _a_name(p.text)), key=lambda span: span.start)
    found: list[Held] = []
    for run in _lists(text, ordered):
        whole = _frame_words(text, run[0].start, run[-1].end)
        if whole is not None:
            found.extend(Held(person, alleges(whole)) for person in run)
            continue
        for person in run:
            words = _frame_words(text, person.start, person.end)
            if words is not None:
                found.append(Held(person, alleges(words)))
    return found


def unlabelled_names(text: str, entities: Sequence[EntityMention]) -> list[Span]:
    """Names no recogniser labelled, taken as persons: 2 to 4 capitalised words, none an
    ordinary English word, that no entity mention overlaps ("the killing was ordered by
    Fidel Castano": foreign personal names are what a recogniser most often misses)."""
    taken = [m.evidence for m in entities]
    found = []
    for run in _NAME_RUN.finditer(text):
        span = Span.of(text, run.start(), run.end())
        words = _WORDS.findall(span.text)
        if not any(common_word(w) for w in words) and not any(span.overlaps(t) for t in taken):
            found.append(span)
    return found


def _a_name(text: str) -> bool:
    """Whether a person mention is written as a name: its first and last words capitalised."""
    words = text.split()
    return bool(words) and words[0][:1].isupper() and words[-1][:1].isupper()


def _lists(text: str, ordered: Sequence[Span]) -> list[list[Span]]:
    """Consecutive person mentions joined by commas or "and" ("X, Y and Z")."""
    runs: list[list[Span]] = []
    for person in ordered:
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and last.end <= person.start
            and _LIST_JOIN.match(text[last.end : person.start])
        ):
            runs[-1].append(person)
        else:
            runs.append([person])
    return runs


def _frame_words(text: str, start: int, end: int, frames: Sequence[_Frame] = _FRAMES) -> str | None:
    """The words of the first of `frames` around the name written from start to end
    (before and after it, joined), None when none holds it; a name owning something
    other than men ("planned by X's government") is no person acting, and orders are
    taken for a harm only in a sentence telling one."""
    before = text[max(0, start - _REACH_BEFORE) : start]
    after = text[end : end + _REACH_AFTER]
    skipped = _APPOSITIVE.match(after)
    behind = " " + after[skipped.end() :] if skipped else after
    owns = _POSSESSIVE.match(after) is not None
    for frame in frames:
        opening = frame.before.search(before)
        closing = frame.after.match(after) or frame.after.match(behind)
        if opening is None or closing is None or frame.owner != owns:
            continue
        if frame.needs_harm and not _tells_harm(text, start, end):
            continue
        return f"{opening.group(0)} {closing.group(0)}"
    return None


def _tells_harm(text: str, start: int, end: int) -> bool:
    """Whether the sentence around a name tells a harm ("acting under the orders of X,
    he killed ...")."""
    opening = max(text.rfind(". ", 0, start), 0)
    closing = text.find(". ", end)
    sentence = text[opening : closing if closing >= 0 else len(text)]
    return _HARM_WORD.search(sentence) is not None


def hold_responsible(
    events: Sequence[Event],
    text: str,
    entities: Sequence[EntityMention],
    actors: Sequence[Actor],
    sentences: Sequence[Span],
) -> list[Event]:
    """The events with each person held responsible (frames 1-4) on the initiator's side
    of the violent event told in the person's sentence, else of the article's first
    violent event; an accusation made in the event's own sentence makes it claimed.
    Claimants and accused groups come first."""
    persons = [e.evidence for e in entities if e.label == "PERSON"]
    persons += unlabelled_names(text, entities)
    out = credit_claimants(events, text, actors, sentences)
    out = credit_accused(out, text, actors, sentences)
    out = credit_identified(out, text, actors, sentences)
    out = credit_unknown(out, text, sentences)
    starts = [s.start for s in sentences]
    for held in named_perpetrators(text, persons):
        k = sentence_holding(held.person, sentences, starts)
        sentence = None if k is None else sentences[k]
        at = _event_for(out, sentence)
        if at is None:
            continue
        person = _person_actor(held.person, actors)
        event = out[at]
        if _takes_part(event, person):
            continue
        told_here = sentence is not None and sentence.contains(event.evidence)
        out[at] = replace(
            event,
            assoc_actor1=(*event.assoc_actor1, person),
            modality=_alleged(event.modality) if held.alleged and told_here else event.modality,
        )
    return out


def credit_claimants(
    events: Sequence[Event], text: str, actors: Sequence[Actor], sentences: Sequence[Span]
) -> list[Event]:
    """Rule 5: the group that claims responsibility in a sentence is actor1 of the violent
    event told in that sentence, else of the last one told before it in its paragraph
    (at most `_CLAIM_REACH` sentences back), when that event names no initiator or only
    an unnamed one ("Gunmen killed three police officers. The Taliban claimed
    responsibility."); a side the event already has keeps its place."""
    out = list(events)
    told = [_sentence_of(event, sentences) for event in out]
    here = per_sentence(sentences, actors, [a.evidence for a in actors])
    for k, sentence in enumerate(sentences):
        group = _claiming_group(text, sentence, here[k])
        if group is None:
            continue
        in_paragraph = partial(_paragraph_of, text, sentences, k)
        at = _last_violent(out, told, k - _CLAIM_REACH, k + 1, reaches=in_paragraph, opening=True)
        if at is None:
            continue
        event = out[at]
        if _unnamed(event.actor1) and not _takes_part(event, group):
            out[at] = replace(event, actor1=group)
    return out


def credit_accused(
    events: Sequence[Event], text: str, actors: Sequence[Actor], sentences: Sequence[Span]
) -> list[Event]:
    """The accused sides: each armed group or state a sentence accuses of an attack is
    actor1, alleged, of the attack that sentence introduces (`_introduced`), when that
    event names no initiator or only an unnamed one and has the accused on neither side."""
    out = list(events)
    told = [_sentence_of(event, sentences) for event in out]
    here = per_sentence(sentences, actors, [a.evidence for a in actors])
    for k in range(len(sentences)):
        for side in _accused_sides(text, here[k]):
            at = _introduced(out, told, k, text, sentences)
            if at is None:
                continue
            event = out[at]
            if _unnamed(event.actor1) and not _takes_part(event, side):
                out[at] = replace(event, actor1=side, modality=_alleged(event.modality))
    return out


#: a definite reference to unnamed attackers and a verb that identifies them, opening
#: a sentence ("The group was made up of", "The attackers were believed to be").
_ATTACKERS = (
    r"\s*[\"“]?(?:the|these|those)\s+(?:[a-z-]+\s+){0,2}?(?:group|attackers?|assailants?|"
    r"gunmen|men|militants|raiders|aggressors|perpetrators|guerrillas|rebels|insurgents|"
    r"(?:narco-?)?terrorists|killers|kidnappers|bombers)\s+"
)
_IDENTIFIED = re.compile(
    _ATTACKERS + r"(?:(?:was|were|are|is)\s+(?:(?:all|reportedly|allegedly|apparently|"
    r"mostly|largely)\s+)?(?:made\s+up\s+of|composed\s+of|formed\s+by|members\s+of|from|"
    r"part\s+of|identified\s+as|(?:believed|thought|said|suspected)\s+to\s+"
    r"(?:be|have\s+been))|belonged\s+to)\b",
    re.IGNORECASE,
)
#: how far after the identifying verb the group's name may be written (characters).
_IDENTITY_REACH = 80
#: how many sentences back an identification reaches for its attack.
_IDENTIFIED_REACH = 2


def credit_identified(
    events: Sequence[Event], text: str, actors: Sequence[Actor], sentences: Sequence[Span]
) -> list[Event]:
    """The group a sentence identifies the attackers as (`_IDENTIFIED`) is actor1 of the
    last violent event told in the `_IDENTIFIED_REACH` sentences before it, when that
    event names no initiator or only a generic one and has the group on neither side."""
    out = list(events)
    told = [_sentence_of(event, sentences) for event in out]
    for k, sentence in enumerate(sentences):
        group = _identified_group(text, sentence, actors)
        if group is None:
            continue
        at = _last_violent(out, told, k - _IDENTIFIED_REACH, k)
        if at is None:
            continue
        event = out[at]
        if _unnamed(event.actor1) and not _takes_part(event, group):
            out[at] = replace(event, actor1=group)
    return out


def _last_violent(
    events: Sequence[Event],
    told: Sequence[int | None],
    lo: int,
    hi: int,
    *,
    reaches: Callable[[int], bool] = lambda at: True,
    opening: bool = False,
) -> int | None:
    """The index of the violent event told last in sentences `lo` to `hi` - 1 whose
    sentence number `reaches` accepts, else None; of several told in that sentence, the
    last one, or with `opening` the first one (the sentence's news)."""
    candidates = [
        (at, -event.evidence.start if opening else event.evidence.start, j)
        for j, (event, at) in enumerate(zip(events, told, strict=True))
        if at is not None and lo <= at < hi and reaches(at) and _harms(event)
    ]
    return max(candidates)[2] if candidates else None


def _paragraph_of(text: str, sentences: Sequence[Span], k: int, at: int) -> bool:
    """Whether sentence `at` is in the paragraph of sentence `k`, which follows it."""
    return _one_paragraph(text, sentences[at].start, sentences[k].start)


#: a statement that no one knows who did the act: "We do not know who the kidnappers
#: are", "It is not known who carried out the attack", "It was not clear who carried out
#: the strike", "it was not immediately clear who carried out the attack", "it was unclear
#: who fired", "the gunmen remain unidentified"; not who the victims were ("It was not
#: clear who was among those killed").
_DOERS = r"\b(?:attackers|assailants|gunmen|kidnappers|abductors|perpetrators|killers|bombers)"
_DOER_WORD = re.compile(_DOERS, re.IGNORECASE)
_UNKNOWN = re.compile(
    r"\b(?:(?:do|does|did)\s+not|don['’]t|doesn['’]t|didn['’]t|no\s+one|nobody)\s+"
    r"(?:yet\s+)?knows?\s+who\b|"
    r"\b(?:not|un)\s*(?:yet\s+|immediately\s+)?(?:known|clear)\s+who\b"
    r"(?!\s+(?:was|were|is|are)\s+(?:among|in|inside|on|at|the|a|an)\b)|"
    + _DOERS
    + r"\s+(?:(?:are|were|remain|remained)\s+(?:still\s+)?(?:unknown|unidentified|not\s+"
    r"(?:yet\s+)?(?:known|identified))|(?:have|had)\s+not\s+(?:yet\s+)?been\s+identified)",
    re.IGNORECASE,
)


def _tells_of_harm(text: str, sentence: Span) -> bool:
    """Whether the sentence names a harm or those who did one ("the kidnappers")."""
    return any(
        word.search(text, sentence.start, sentence.end) is not None
        for word in (_HARM_WORD, _DOER_WORD)
    )


def credit_unknown(events: Sequence[Event], text: str, sentences: Sequence[Span]) -> list[Event]:
    """A sentence saying the perpetrators are unknown (`_UNKNOWN`, about a harm) makes
    the last violent event told in it or the `_IDENTIFIED_REACH` sentences before it,
    when that event names no initiator of its own (none, or one written outside the
    sentences from the event's to this one: "Fano" of an earlier paragraph), the act of
    an unidentified armed group (ACLED's actor for attackers no one names)."""
    out = list(events)
    told = [_sentence_of(event, sentences) for event in out]
    for k, sentence in enumerate(sentences):
        unknown = _UNKNOWN.search(text, sentence.start, sentence.end)
        if unknown is None or not _tells_of_harm(text, sentence):
            continue
        at = _last_violent(out, told, k - _IDENTIFIED_REACH, k + 1)
        if at is None or _initiator_told_near(out[at], told[at], sentences[k], sentences):
            continue
        location = out[at].location
        country = location.country if location is not None else None
        group = unidentified_group(country, Span.of(text, unknown.start(), unknown.end()))
        out[at] = replace(out[at], actor1=group)
    return out


def _initiator_told_near(
    event: Event, at: int | None, unknown: Span, sentences: Sequence[Span]
) -> bool:
    """Whether the event's initiator is written from the event's sentence (number `at`)
    through the sentence saying the perpetrators are unknown."""
    actor = event.actor1
    if actor is None:
        return False
    start = sentences[at].start if at is not None else unknown.start
    return actor.evidence is None or start <= actor.evidence.start < unknown.end


def _identified_group(text: str, sentence: Span, actors: Sequence[Actor]) -> Actor | None:
    """The first named armed group written just after a sentence's opening identification
    of the attackers ("The group was made up of about 300 members of the Shining Path"),
    else None."""
    opening = _IDENTIFIED.match(text, sentence.start, sentence.end)
    if opening is None:
        return None
    named = [
        (a.evidence.start, a)
        for a in actors
        if a.evidence is not None
        and a.kb_id is not None
        and a.type in ARMED_TYPES
        and opening.end() <= a.evidence.start <= opening.end() + _IDENTITY_REACH
        and sentence.contains(a.evidence)
    ]
    return min(named, key=lambda p: p[0])[1] if named else None


def _accused_sides(text: str, here: Sequence[Actor]) -> list[Actor]:
    """The armed groups and states among a sentence's actors `here` that frame 1 holds
    responsible ("accused Israel of bombarding", "blamed the Taliban for the attack")."""
    return [
        actor
        for actor in here
        if actor.evidence is not None
        and (actor.type in ARMED_TYPES or (actor.kb_id is not None and actor.type is None))
        and _frame_words(text, actor.evidence.start, actor.evidence.end, _ACCUSING) is not None
    ]


def _introduced(
    events: Sequence[Event],
    told: Sequence[int | None],
    k: int,
    text: str,
    sentences: Sequence[Span],
) -> int | None:
    """The index of the violent event that sentence `k` introduces: the first told in it,
    else in the next `_ACCUSED_REACH` sentences of its paragraph."""
    found = [
        (at, event.evidence.start, j)
        for j, (event, at) in enumerate(zip(events, told, strict=True))
        if at is not None
        and k <= at <= k + _ACCUSED_REACH
        and _one_paragraph(text, sentences[k].start, sentences[at].start)
        and _harms(event)
    ]
    return min(found)[2] if found else None


def _claiming_group(text: str, sentence: Span, here: Sequence[Actor]) -> Actor | None:
    """The group a sentence says claimed responsibility: a known armed actor claiming an
    act (`actor_rules.claimant`: "Daesh claimed the bombing", "claimed by Da'esh"; not
    "The Taliban claimed that ten civilians were killed"), else the name written right
    before "(has) claimed responsibility" ("LeJ claimed responsibility", "Lashkar e
    Jhangvi (LeJ) claimed responsibility"), the actors stage's actor for it when it has
    one; a name of ordinary words only ("No group", "Militants", "It") is none."""
    tokens = tokenize(text, sentence.start, sentence.end)
    known = claimant(tokens, here)
    if known is not None and _CLAIMED_ACT.search(text, sentence.start, sentence.end):
        return known
    for claim in _CLAIMS.finditer(text, sentence.start, sentence.end):
        name = _CLAIM_NAME.search(text, sentence.start, claim.start())
        if name is None:
            continue
        span = Span.of(text, name.start(1), name.end(1))
        written = next((a for a in here if a.evidence and a.evidence.overlaps(span)), None)
        if written is not None:
            return written
        if not all(common_word(w) for w in _WORDS.findall(span.text)):
            return Actor(name=span.text, evidence=span)
    return None


def _sentence_of(event: Event, sentences: Sequence[Span]) -> int | None:
    """The index of the sentence that tells the event."""
    return next((k for k, s in enumerate(sentences) if s.contains(event.evidence)), None)


def _one_paragraph(text: str, start: int, end: int) -> bool:
    """Whether no blank line lies between two offsets."""
    return _PARAGRAPH_BREAK.search(text, start, end) is None


def _harms(event: Event) -> bool:
    """Whether the event is an act of violence someone could claim (`_HARMS`)."""
    return any(event.event_type in kinds or event.sub_event_type in kinds for kinds in _HARMS)


def _unnamed(actor: Actor | None) -> bool:
    """No initiator, or only a generic one ("Unidentified Armed Group", "Sole
    Perpetrator", civilians): a named claimant beats it (ACLED codes the claimant)."""
    return actor is None or (actor.kb_id is None and actor.type in _GENERIC_INITIATORS)


def _event_for(events: Sequence[Event], sentence: Span | None) -> int | None:
    """The index of the violent event told in the sentence, else of the first violent
    event of the article (its main incident), one-sided or remote violence before an
    armed clash; None when there is none."""
    violent = sorted(
        (rank, k)
        for k, e in enumerate(events)
        for rank, kinds in enumerate(_HARMS)
        if e.event_type in kinds or e.sub_event_type in kinds
    )
    here = [k for _, k in violent if sentence is not None and sentence.contains(events[k].evidence)]
    found = here or [k for _, k in violent]
    return found[0] if found else None


def _alleged(modality: Modality) -> Modality:
    """An asserted event whose perpetrator its own sentence only alleges is claimed."""
    return "claimed" if modality == "asserted" else modality


def _person_actor(person: Span, actors: Sequence[Actor]) -> Actor:
    """The actors stage's actor for the person mention (its role and country), citing it."""
    known = next((a for a in actors if a.evidence == person), None)
    if known is not None:
        return known
    return Actor(name=person.text, evidence=person)


def _takes_part(event: Event, person: Actor) -> bool:
    """Whether the event already has the person on either side (the victim of "the
    murder of X" is no perpetrator of it)."""
    sides = [event.actor1, event.actor2, *event.assoc_actor1, *event.assoc_actor2]
    return any(
        side is not None and (_same_person(side, person) or actor_key(side) == actor_key(person))
        for side in sides
    )


def _same_person(side: Actor, person: Actor) -> bool:
    """Whether a side names the person: its words end with the person's last name
    ("Jesuit priest Ignacio Ellacuria", "Ellacuria")."""
    written = side.evidence.text if side.evidence is not None else side.name
    last = person.name.split()[-1:]
    return bool(last) and written.split()[-1:] == last
