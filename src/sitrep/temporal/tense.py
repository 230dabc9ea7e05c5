"""Local tense: which way an expression without a year (or week) leans from the anchor.

News names dates without a year in both directions: "payable Dec. 15" in an October
story is this December, "the ambush on December 13" in a January story last December.
The whole sentence is a poor guide ("said it will pay on Dec. 15 after losses in
September"), so the cue nearest to the expression decides. Rules, in order:
1. the clause before the expression (back to the sentence's start, at most 70
   characters) is searched for tense cues; the cue closest to the expression wins;
2. failing that, the 30 characters after it (up to the sentence's end), first cue wins;
3. future cues: modals and plans ("will", "would", "'ll", "may" and "might" in lowercase
   (not the month: not after a preposition or "early", "late", "mid": "took goma in may",
   nor before a number: "may 5") but not "may have died", "scheduled", "rescheduled",
   "slated", "expected", "plans to", "due", "payable", "effective", "expire", "next" but
   not "next to", "as soon as", "set to", a date set for something: "set his sentencing
   for June 2", not "set off for"), a schedule in the present ("the summit begins
   Monday", "opens", "resumes", "takes effect", "the envoy travels to Cairo on Sunday",
   "meets", "arrives", the plural "they meet (arrive) Monday" but not an infinitive or a
   negation ("agreed to meet", "did not meet"), "heads to", "ends", "closes" ("voting
   closes at 6 p.m. on Tuesday"), "concludes", "has until Friday to
   respond", "talks are planned for Monday", "the government releases its estimate on
   Thursday", "announces", "unveils", "testifies", "hosts", "visits", "plays", "faces",
   "holds", "votes", "decides", "rules", "signs", "speaks", "the documentary airs at 9
   p.m."...; the plural "the new rules take effect on Jan. 1", "talks resume", "begin",
   "convene", "voters head (go) to the polls Sunday") and deferrals ("postponed until",
   "extended to") and deadlines given, with the infinitive of what is due after the
   expression ("the ECB gave Cyprus until Monday to find the money"; not "Police gave
   chase until Friday, when ..."); a future cue in the past perfect is a past plan and
   leans back ("had been scheduled to expire Friday"); past cues: auxiliaries ("was", "had", "did"),
   common irregular or short past verbs ("said", "began", "fell", "used", "died",
   "fled"), "last" but not the verb after a modal or "to" ("expected to last until
   December" leans ahead) and lowercase regular "-ed" verbs (not "-eed": "succeed"),
   the present perfect of common irregular verbs ("has fallen", "have not risen", "has
   been"; not after a modal: "will have risen"), except a participle after "be"/"is"/"been" ("will
   be held" is not past), after "stay"/"remain" ("will stay closed until Tuesday") or
   after a determiner or adverb ("on a still unspecified date" is an adjective); neutral
   cues lean neither way but stop the search: a plan made in the past ("planned",
   "arranged": the event may lie either side) and the present tense ("is", "are":
   "inflation is at its lowest since February"), except a copula whose predicate is the
   date ("the funeral is on Monday", "the deadline is Friday": ahead); close cues, a
   duty ("must", "should", "needs to", "has to"; not "must have") and the present
   progressive of an arrangement ("are meeting again on Monday", "is calling for the
   redemption on Dec. 7"), point forward when at most CLOSE_WORDS words stand between
   them and the expression, else they count as neutral ("ruled that he must be returned
   to his father, and set Friday as the deadline"); limit cues ("by", "until", "till",
   "through", "deadline") count as no lean: they bound a date without placing it ("Until
   Thursday, they had not named him", "extended loans through January"), unless the
   clause speaks of the future ("will double its flights by August"); only right before
   the expression, though ("contracted by 0.9% in April" leans back);
4. no cue near it: the tense of the sentence's main verb, read up to WIDE_REACH
   characters either side (`_sentence_cue`): the last leaning cue before the expression
   ("will be named commander of the shuttle for a mission in December": ahead), unless
   an infinitive stands between them ("agreed to buy the unit in February": the
   purchase may follow the agreement, no lean), else the first after it ("In January, a
   week after the anniversary of the ruling, a bombing killed a guard": past);
   A day that closes an "after <upheaval>" phrase leans back whatever the clause's tense:
   riots, clashes or attacks are never scheduled, so the report follows them ("The
   curfew will last until Friday after riots in Dhaka on Monday": last Monday; not
   "after elections on Sunday", which may lie ahead);
5. no cue at all: 0, and the caller takes the candidate nearest to the anchor; but a
   weekday or a weekend in an infinitive phrase without a cue of its own takes the lean
   of the verb the phrase hangs on, up to GOVERNOR_REACH characters back ("Police used
   tear gas and water cannon to break up a demonstration by opposition supporters on
   Friday": past; `governor_lean`).
A clause ends at a sentence stop (before or after a closing quote: `mandate." Officials`)
or a semicolon, not at an abbreviation ("Jan. 3", "a.m.", "Roe vs. Wade"). A future
cue that is a noun after a determiner, a possessive or a preposition ("that's not the
aim", "their hopes", "the minister's visits", "brought a message of hope to the
congregation") is no cue.
A past cue in the present perfect ("has slowed", "haven't recovered", "has fallen")
leans back like any past, so a day or a month-day stays past ("has said on Monday"),
but the present perfect includes the present: a period still running at the anchor is
the current one ("demand has slowed in the second half" in a September story is this
year's), which the period resolvers ask of `present_perfect`.
`choose` applies the lean to candidate dates: a candidate within NEAR_DAYS (a month) of
the anchor is taken whatever the lean ("extended to Nov. 20" in a Nov. 2 story); else
future -> first on or after the anchor, past -> last on or before it, neither -> the
nearest (a tie goes to the past).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

#: a date set for something ("set his sentencing for June 2", "set a hearing for Friday",
#: "the vote is set for Sunday"); not a journey ("set off for", "set out for", "set sail
#: for"), a fire ("set fire to houses for hours") or a mark ("set a record for the
#: biggest gain on Monday", "set the stage for", "set an example for").
_SET_FOR = (
    r"set\s+(?:(?:a|an|the|his|her|its|their)\s+)?"
    r"(?:(?!(?:off|out|sail|up|aside|about|forth|apart|back|down|fire|to|on|in|at|of|for"
    r"|records?|example|tone|stage|precedent|pace|standard|bar|goals?|targets?|course)\b)"
    r"[a-z]+\s+){0,2}for"
)
#: "might" the noun ("the country's military might", "with all its might") is no modal.
_MIGHT_AS_VERB = "".join(
    rf"(?<!\b{word}\s)"
    for word in ("its", "his", "her", "their", "the", "all", "military", "economic", "naval")
)
#: "may" in lowercase copy is the month after a preposition or a season word ("took goma
#: in may", "since may", "mid-may") or before a day or a year ("may 5", "may 2024").
_MAY_AS_VERB = "".join(
    rf"(?<!\b(?i:{word})[\s-])"
    for word in ("in", "since", "until", "till", "by", "of", "from", "early", "late", "mid")
)
_FUTURE = (
    r"will|would|shall|won['’]t|wo\s+n['’]t|['’]ll|going\s+to|(?:re)?scheduled|slated|expected"
    rf"|(?-i:{_MAY_AS_VERB}may(?!\s+\d)|{_MIGHT_AS_VERB}might|Might)"
    r"(?!\s+(?:not\s+|well\s+|also\s+)?have\b)"
    rf"|expects?|{_SET_FOR}"
    r"|(?:plans?|planning)\s+to|next(?!\s+to\b)|upcoming|due|payable|effective|expires?"
    r"|as\s+(?:soon|early)\s+as|set\s+to|is\s+to|are\s+to|intends?|hopes?|aims?"
    r"|begins?|starts|opens|resumes?|convenes?|takes?\s+effect|meets|travels|arrives|heads?\s+to"
    r"|(?<!\bto\s)(?<!\bnot\s)(?<!n['’]t\s)(?<!\bdid\s)(?:meet|arrive)"
    r"|ends|closes|concludes|go(?:es)?\s+to\s+the\s+polls|ha(?:s|ve)\s+until|(?:is|are)\s+planned"
    r"|releases|publishes|announces|unveils|testifies|hosts|visits|plays|faces|returns"
    r"|leaves|holds|launches|votes|decides|rules|debates|signs|delivers|speaks|goes|airs"
    r"|broadcasts"
    r"|(?:postponed|delayed|deferred|adjourned|extended|pushed\s+back|put\s+off)"
    r"\s+(?:until|till|to|through)"
)
#: a deadline given, right before the expression (`_deadline_given`): the verb and the
#: words between it and "until".
_GIVEN_UNTIL = re.compile(
    r"\b(?P<verb>gave|given|gives?|granted|grants?)\s+(?P<gap>(?:[\w'’]+\s+){0,4}?)"
    r"(?:until|till)\s+(?:(?:midnight|noon)\s+)?$",
    re.IGNORECASE,
)
_DEADLINE_INFINITIVE = re.compile(r",?\s+to\s+[a-z]+\b")
#: cues of a duty ("must respond by Friday", "needs to pass the budget by Monday") and the
#: present progressive of an arrangement ("negotiators are meeting again on Monday"): they
#: point forward only when the expression follows them closely (`CLOSE_WORDS`); farther
#: off, the expression may belong to another clause ("ruled that he must be returned to
#: his father, and set Friday as the deadline").
_CLOSE = (
    r"must(?!\s+have)|should(?!\s+have)|needs?\s+to|ha(?:s|ve)\s+to"
    r"|(?:is|are|am)\s+(?:[a-z]+ly\s+)?(?!(?:[a-z]*thing|during)\b)[a-z]{2,}ing"
)
#: what may stand between a present copula and the date that is its predicate ("the vote
#: is on Sunday", "the deadline is Friday").
_PREDICATE = re.compile(r"\s+(?:(?:on|in|for|set\s+for)\s+)?", re.IGNORECASE)
#: how many words may stand between a close cue and the expression.
CLOSE_WORDS = 4
#: cues of a limit ("by", "until", "through", "deadline"): they say a date bounds something, not
#: which side of the anchor it lies on ("until Thursday, they had not called him").
_WEAK = r"deadline|until|till|through|by"
#: cues of no lean: a plan made in the past ("planned", "arranged": the event may lie
#: either side) and the present tense ("is", "are").
_NEUTRAL = r"planned|arranged|is|are|am"
#: what makes "last" the verb of a plan, no past cue ("expected to last until December",
#: "could last into November", "the curfew will last until June").
_MODALS = ("to", "will", "would", "could", "can", "may", "might", "should", "must", "shall")
_LAST_AS_VERB = "".join(rf"(?<!\b{word}\s)" for word in _MODALS) + r"(?<!['’]ll\s)"
_PAST = (
    r"was|were|had|did|said|told|came|went|took|made|began|brought|fell|rose|gave|got"
    r"|left|met|won|lost|sold|bought|paid|became|saw|struck|held|fought|killed|since|ago"
    rf"|{_LAST_AS_VERB}last|earlier|agreed|freed|used|died|shot|sent|fled|threw|broke|drove"
    r"|(?-i:[a-z]{2,}[a-df-z]ed)"
)
#: the auxiliary of a perfect ("has", "have not yet", "hasn't sharply", "they've").
_PERFECT_AUXILIARY = (
    r"(?:\b(?:has|have)(?:n['’]t)?|(?<=[a-z])['’]ve)\s+"
    r"(?:(?:not|never|yet|just|also|[a-z]+ly)\s+){0,2}"
)
#: the present perfect of a verb whose participle is no past cue of its own ("has
#: fallen", "have not risen", "has been"): a past cue.
_PERFECT_CUE = (
    rf"{_PERFECT_AUXILIARY}(?:been|fallen|risen|grown|seen|shown|taken|given|driven|done"
    r"|gone|begun|known|thrown|flown|drawn|broken|spoken|stolen|chosen|written|beaten"
    r"|withdrawn|overtaken|sunk"
    r"|shrunk|slid|hit|cut|hurt|spread|led|kept|spent|built|felt|found|stood|become|come"
    r"|run|swung)"
)
_CUE = re.compile(
    rf"\b(?:(?P<future>{_FUTURE})|(?P<close>{_CLOSE})|(?P<weak>{_WEAK})|(?P<neutral>{_NEUTRAL})"
    rf"|(?P<perfect>{_PERFECT_CUE})|(?P<past>{_PAST}))\b",
    re.IGNORECASE,
)
#: what may stand between a limit word and the expression it bounds ("by the end of",
#: "until 9 a.m. EST").
_ADJACENT = re.compile(
    r"\s*(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?\s*(?:[A-Z]{2,4}\b)?,?\s*)?"
    r"(?:the\s+)?(?:(?:end|middle|start|beginning)\s+of\s+)?(?:(?:early|late|mid)[-\s]*)?",
    re.IGNORECASE,
)
#: a participle after these is passive or infinitival ("will be held"), not past tense;
#: after a copula ("will stay closed", "remains shut"), a determiner or an adverb it is an
#: adjective ("on a still unspecified date").
_AUXILIARY = re.compile(
    r"\b(?:be|been|being|is|are|am|get|gets|stay|stays|remain|remains|a|an|the|its|their"
    r"|his|her|our|still|newly"
    r"|previously|already)\s+$",
    re.IGNORECASE,
)
#: future cues that are also nouns ("the aim", "their hopes", "his visits", "the votes"),
#: after a determiner, a possessive or a preposition (`_NOUN_AFTER`).
_NOUNS = frozenset(
    {"aim", "aims", "hope", "hopes", "releases", "hosts", "visits", "plays", "faces",
     "returns", "leaves", "holds", "launches", "votes", "rules", "debates", "signs", "airs",
     "broadcasts"}
)  # fmt: skip
#: what makes such a word a noun: a determiner, a possessive or a preposition before it
#: ("a message of hope", "in hopes of", "with high hopes").
_NOUN_AFTER = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her|our|my|your|this|that|these|those|of|with|in|for|no"
    r"|high|new|fresh)|['’]s)\s+$",
    re.IGNORECASE,
)
#: the auxiliary of a perfect right before a past participle ("has slowed", "have not
#: yet recovered").
_PERFECT = re.compile(rf"{_PERFECT_AUXILIARY}$", re.IGNORECASE)
#: a modal or "to" before a perfect makes it another tense ("will have slowed", "is
#: expected to have risen"), not the present perfect.
_MODAL_BEFORE = re.compile(
    r"(?:\b(?:will|would|shall|should|could|might|may|must|to)|['’]ll)\s+$", re.IGNORECASE
)
#: a plan in the past perfect ("had been scheduled to expire Friday") is a past plan.
_PAST_PLAN = re.compile(r"\bhad\s+(?:[a-z]+\s+){0,3}$", re.IGNORECASE)
#: a candidate this many days from the anchor is taken whatever the lean (`choose`).
NEAR_DAYS = 31
#: a clause ends at a sentence stop (perhaps before a closing quote) or a semicolon, not at
#: an abbreviation ("Jan. 3").
_BOUNDARY = re.compile(
    r"(?<!\bJan)(?<!\bFeb)(?<!\bMar)(?<!\bApr)(?<!\bJun)(?<!\bJul)(?<!\bAug)(?<!\bSep)"
    r"(?<!\bSept)(?<!\bOct)(?<!\bNov)(?<!\bDec)(?<!\b[A-Za-z])(?<!\bMr)(?<!\bMrs)(?<!\bDr)"
    r"(?<!\bSt)(?<!\bNo)(?<!\bvs)[.!?;][\"”’']?\s|\n"
)


#: how far back (characters) the clause before an expression is searched for tense cues.
CUE_REACH = 70


def clause_before(text: str, start: int, reach: int = CUE_REACH) -> str:
    """The text before `start` back to its clause's start (a sentence stop or a
    semicolon, not an abbreviation), at most `reach` characters."""
    before = text[max(0, start - reach) : start]
    boundaries = list(_BOUNDARY.finditer(before))
    return before[boundaries[-1].end() :] if boundaries else before


#: an infinitive ("to break up", "to disperse"): a verb phrase without a tense of its own.
_INFINITIVE = re.compile(
    r"\bto\s+(?!(?:the|a|an|his|her|its|their|our|this|that|these|those|some|all|about|over"
    r"|around|up|more|[a-z]+ing)\b)[a-z]+\b"
)
#: how far back (characters) the verb that governs an infinitive is looked for.
GOVERNOR_REACH = 160


def lean(text: str, start: int, end: int) -> int:
    """+1 when the expression's clause speaks of the future, -1 of the past, else 0."""
    cue = _deciding_cue(text, start, end)
    return cue.lean if cue is not None and cue.lean is not None else 0


#: a closing attribution after the expression (", organisers said", ", the ministry
#: told reporters"): it dates the saying, not the clause it reports.
_ATTRIBUTION = re.compile(
    r",\s+(?:[\w'’.-]+\s+){1,4}?(?:said|says|told|added|reported|announced)\b", re.IGNORECASE
)


def told_in_the_past(text: str, start: int, end: int) -> bool:
    """Whether the expression's clause is told in the past (`lean` -1), not only
    reported in the past: with no tense cue before it, a closing attribution dates the
    saying ("The festival season runs from March to December, organisers said")."""
    if lean(text, start, end) >= 0:
        return False
    if any(cue.lean for cue in _scored_cues(clause_before(text, start))):
        return True
    return _ATTRIBUTION.match(text, end) is None


def present_perfect(text: str, start: int, end: int) -> bool:
    """Whether the cue that gives the expression its lean (`lean`) is a past participle
    in the present perfect ("Demand has slowed in the second half"): a period still
    running at the anchor is then the current one, though a day or a month-day stays
    past ("has said on Monday")."""
    cue = _deciding_cue(text, start, end)
    return cue is not None and cue.perfect


def _deciding_cue(text: str, start: int, end: int) -> _Cue | None:
    """The tense cue that decides the expression's lean, or None for no lean."""
    clause = clause_before(text, start)
    if _deadline_given(clause, text, end):
        return _Cue(1, len(clause))
    if _after_an_upheaval(clause):
        return _Cue(-1, len(clause))
    cues = _scored_cues(clause)
    if cues:
        # a limit word right before the expression stands for no lean ("extended its
        # deadline until Tuesday"), unless the clause speaks of the future ("will
        # almost double its flights by August")
        if cues[-1].lean is None:
            leaning = [cue for cue in cues if cue.lean is not None]
            return leaning[-1] if leaning and (leaning[-1].lean or 0) > 0 else None
        return cues[-1]
    after = _scored_cues(clause_after(text, end, AFTER_REACH))
    found = next((cue for cue in after if cue.lean is not None), None)
    return found if found is not None else _sentence_cue(text, start, end)


#: upheavals no one schedules: "after riots" tells one that has happened, whatever the
#: tense of the clause it explains ("The curfew will last until Friday after riots in
#: Dhaka on Monday"); planned events ("after elections on Sunday") may lie ahead.
_UPHEAVALS = (
    r"riots?|rioting|clash(?:es)?|unrest|violence|fighting|attacks?|bombings?|blasts?"
    r"|explosions?|killings?|shootings?|massacres?|ambush(?:es)?|earthquakes?|floods?"
    r"|crash(?:es)?|deaths?|looting|uprising"
)
#: "after" an upheaval, past at most three words ("after deadly riots", "after the
#: weekend's clashes"), and what follows up to the expression, with no comma or verb.
_AFTER_UPHEAVAL = re.compile(
    rf"\bafter\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_UPHEAVALS})\b(?P<rest>[^,;]*)$", re.IGNORECASE
)


#: what may follow the upheaval noun up to the expression: prepositional phrases of
#: place or time only ("in Dhaka on", "across the north on"), none joined by "and"/"or".
_FILLER_PREPS = (
    r"in|on|at|near|across|around|outside|inside|over|of|along|throughout|between|during"
)
_UPHEAVAL_FILLER = re.compile(
    rf"(?:\s+(?:{_FILLER_PREPS})(?:\s+(?!(?:{_FILLER_PREPS}|and|or|but)\b)[\w'’.-]+)*)*\s*",
    re.IGNORECASE,
)


def _after_an_upheaval(clause: str) -> bool:
    """Whether the expression closes an "after <upheaval>" phrase ("after riots in Dhaka
    on Monday"), which dates the upheaval, told as past: only prepositional phrases stand
    between the noun and the expression, no tense cue, verb or conjunction ("after riots,
    the army will deploy on Monday", "after the floods recede on Monday", "after the
    riots and hold a parade on Monday" are what comes next)."""
    match = _AFTER_UPHEAVAL.search(clause)
    if match is None or _CUE.search(match["rest"]) is not None:
        return False
    rest = _BETWEEN_AND.sub(r"\1", _AND_A_NAME.sub("", match["rest"]))
    return _UPHEAVAL_FILLER.fullmatch(rest) is not None


#: a conjunction that joins names, not clauses: "in Dhaka and Chittagong", "between
#: police and protesters" (`_after_an_upheaval` reads these as one phrase).
_AND_A_NAME = re.compile(r"\b(?:and|or)\s+(?=[A-Z])")
_BETWEEN_AND = re.compile(r"(\bbetween\s+(?:[\w'’.-]+\s+){1,3}?)and\s+", re.IGNORECASE)


_WHEN_AFTER = re.compile(r"\s*,\s*when\b", re.IGNORECASE)


def _deadline_given(clause: str, text: str, end: int) -> bool:
    """ "The ECB gave Cyprus until Monday to find the money", "the rebels were given until
    Sunday to surrender", "The judge gave defence lawyers until Friday": a deadline given
    lies ahead. Without the infinitive of what is due, "gave chase until" is a pursuit
    ("Police gave chase until Friday, when ..."), a date followed by ", when" tells what
    happened then ("gave them shelter until Friday, when the militia arrived"), and a
    passive with its own object is
    what was handed out for a while ("Officers were given overtime until Friday")."""
    given = _GIVEN_UNTIL.search(clause)
    if given is None:
        return False
    if _DEADLINE_INFINITIVE.match(text, end):
        return True
    if _WHEN_AFTER.match(text, end):
        return False  # "gave the soldiers shelter until Friday, when the militia arrived"
    gap = given["gap"].lower().split()
    if "chase" in gap:
        return False
    return not gap or given["verb"].lower() != "given"


#: how far (characters) the sentence around an expression with no cue near it is
#: searched for the tense of its main verb (`_sentence_cue`).
WIDE_REACH = 160


def _sentence_cue(text: str, start: int, end: int) -> _Cue | None:
    """The tense of the sentence's main verb when no cue stands near the expression: a
    fronted date takes the verb after its phrase ("In January, a week after the
    anniversary of the ruling, a bombing in Birmingham killed a guard"), a date at the
    end of a long object the verb before it ("will be named commander of the shuttle for
    a mission in December")."""
    clause = clause_before(text, start, WIDE_REACH)
    before = [cue for cue in _scored_cues(clause) if cue.lean]
    if before:
        # a purpose between the verb and the date owns the date ("agreed to buy the
        # unit in February": the purchase may come after the agreement)
        return None if _INFINITIVE.search(clause, before[-1].end) else before[-1]
    after = _scored_cues(clause_after(text, end, WIDE_REACH))
    return next((cue for cue in after if cue.lean), None)


#: how far on (characters) the clause after an expression is searched for tense cues.
AFTER_REACH = 30


def clause_after(text: str, end: int, reach: int) -> str:
    """The text after `end` up to its clause's end (`clause_before`'s boundaries), at
    most `reach` characters."""
    after = text[end : end + reach]
    stop = _BOUNDARY.search(after)
    return after if stop is None else after[: stop.start()]


def governor_lean(text: str, start: int) -> int:
    """The lean of the verb an infinitive phrase hangs on, for an expression in that
    phrase when the phrase holds no tense cue of its own, else 0: "Security forces used
    tear gas and water cannon to break up a demonstration by opposition supporters on
    Friday" is told in the past of "used", however far back it stands. Only a weekday
    or a weekend takes it (`resolve.weekday`): a purpose may lie days or months after a
    past act ("subpoenaed him to testify on Feb. 10"), but a purpose clause does not by
    itself make a day of the week just past the day to come."""
    clause = clause_before(text, start)
    infinitives = list(_INFINITIVE.finditer(clause))
    if not infinitives or _cues(clause):
        return 0
    wide = clause_before(text, start, GOVERNOR_REACH)
    head = len(wide) - len(clause) + infinitives[0].start()
    leaning = [cue for cue in _cues(wide[:head]) if cue is not None]
    return leaning[-1] if leaning else 0


#: how far back (characters) a cue counts as governing the expression (`near_lean`).
NEAR_REACH = 24


#: what may stand between a verb and the date it governs directly ("were handed over in
#: April", "began in early May"): particles, prepositions and a modifier, no noun.
_GOVERNED = re.compile(
    r"(?:\s+(?:over|up|down|out|off|back|again|in|on|at|by|during|early|late|mid|the|end|"
    r"beginning|start|middle|of)\b-?)*\s*",
    re.IGNORECASE,
)


def near_lean(text: str, start: int) -> int:
    """The lean of a verb that governs the expression directly, in its last few words
    ("were handed over in April"), or 0: strong enough to turn a neighbouring month away
    from the anchor's, where a cue farther off or with a noun between ("will redeem its
    preferred shares in April") may belong to another phrase; a limit word ("had until
    mid-November") leans neither way."""
    clause = clause_before(text, start, NEAR_REACH)
    cues = _scored_cues(clause)
    if not cues:
        return 0
    lean, end, _ = cues[-1]
    return lean if lean and _GOVERNED.fullmatch(clause, end) else 0


def _cues(clause: str) -> list[int | None]:
    """+1/-1 for each tense cue of a clause, in order; passive participles are skipped,
    and a limit word counts (as 0) only right before the expression ("until Thursday",
    not "contracted by 0.9% between April and June")."""
    return [cue.lean for cue in _scored_cues(clause)]


class _Cue(NamedTuple):
    """A tense cue: its lean (None for a limit word), where it ends, and whether it is
    a past participle in the present perfect ("has slowed", "have not recovered")."""

    lean: int | None
    end: int
    perfect: bool = False


def _scored_cues(clause: str) -> list[_Cue]:
    """The lean of each tense cue of a clause (`_cues`) with the offset where it ends."""
    found: list[_Cue] = []
    for cue in _CUE.finditer(clause):
        if cue["weak"]:
            if _ADJACENT.fullmatch(clause, cue.end()):
                found.append(_Cue(None, cue.end()))
        elif cue["close"]:
            near = len(clause[cue.end() :].split()) <= CLOSE_WORDS
            found.append(_Cue(1 if near else 0, cue.end()))
        elif cue["neutral"]:
            # "the funeral is on Monday": a date as the predicate of the present is ahead
            copula = cue.group(0).lower() in ("is", "are")
            ahead = copula and _PREDICATE.fullmatch(clause, cue.end())
            found.append(_Cue(1 if ahead else 0, cue.end()))
        elif cue["future"]:
            if _NOUN_AFTER.search(clause, 0, cue.start()) and cue.group(0).lower() in _NOUNS:
                continue  # "that's not the aim": a noun, no plan
            plan = -1 if _PAST_PLAN.search(clause, 0, cue.start()) else 1
            found.append(_Cue(plan, cue.end()))
        elif cue["perfect"]:
            if not _MODAL_BEFORE.search(clause, 0, cue.start()):  # "will have risen"
                found.append(_Cue(-1, cue.end(), perfect=True))
        elif not _AUXILIARY.search(clause, 0, cue.start()):
            found.append(_Cue(-1, cue.end(), _in_present_perfect(clause, cue.start())))
    return found


def _in_present_perfect(clause: str, start: int) -> bool:
    """Whether the participle at `start` follows the auxiliary of the present perfect
    ("demand has slowed"), not of a modal perfect ("will have slowed")."""
    auxiliary = _PERFECT.search(clause, 0, start)
    return auxiliary is not None and not _MODAL_BEFORE.search(clause, 0, auxiliary.start())


def choose(
    candidates: Sequence[date], anchor: date, direction: int, near: int = NEAR_DAYS
) -> date | None:
    """The candidate the lean points at (see the module docstring); None if none fits."""
    ordered = sorted(candidates)
    if not ordered:
        return None
    nearest = min(ordered, key=lambda day: (abs((day - anchor).days), day > anchor))
    if abs((nearest - anchor).days) <= near:
        return nearest
    if direction > 0:
        later = [day for day in ordered if day >= anchor]
        return later[0] if later else ordered[-1]
    if direction < 0:
        earlier = [day for day in ordered if day <= anchor]
        return earlier[-1] if earlier else ordered[0]
    return nearest
