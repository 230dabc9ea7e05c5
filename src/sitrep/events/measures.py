"""How many: quantities bound to an event, and fatalities read from them.

Rules:
1. a quantity belongs to the trigger nearest to it in its sentence (token distance),
   so "fired more than 90 precision munitions at over 35 targets" gives both to the
   strike, and two events told in one sentence keep their own numbers;
2. a quantity counts fatalities when it counts the dead ("killed", "dead", "deaths",
   "fatalities", "bodies") or counts people and stands right after a kill verb
   ("killed two American soldiers and one US civilian interpreter") or right before
   "were killed" / "died";
3. "captured or killed" gives no fatalities: the split is not stated; nor does a count
   of people wounded, arrested or abducted ("five people were killed and at least 14
   civilians were wounded" counts 5 dead: the verb of the count's own clause tells what
   befell them, not a kill verb of the clause before it, nor one before a verb of its
   own: "killing five and wounding 14 civilians"); nor do the dead and the wounded counted
   together ("more than 60 civilians were killed and injured",
   "killing or wounding 40 people"), whatever the count's own noun says: ACLED codes
   fatalities only when the deaths are stated apart;
4. fatalities follow UCDP: low, best and high are the sums of the counts' bounds; a
   count with a civilian noun adds to `civilians`;
5. vague number words follow ACLED's coding rule, and only for fatalities: "dozens" is
   coded 12, "several", "a few" and "many" 10 (they are not 24, 3 ...), "hundreds" 100;
   the quantity itself keeps its literal bounds ("dozens" is low 24);
6. overlapping counts ("70" within "70 members") are one count, never summed;
7. a count restated in another sentence ("ISIL has killed 70 members of the Al Bu
   Nimr tribe", then in the minister's words "... has killed 70 members ...") is the
   same count: the same number of the same noun is counted once, whatever qualifies it
   (a headline's "Car Bomb Kills 20" and the body's "killing as many as 20 people" and
   "the 20 killed" are one toll of 20, `stated_figure`);
8. a quantifier of the event noun itself counts the events told ("dual attacks",
   "multiple suicide attacks", "twin bombings": `own_count`), with its literal bounds
   ("multiple" is at least 2, "several" at least 3); it counts no one dead; a vague
   quantifier before any other plural noun counts those things in the same way
   ("several rockets landed", "fought off several counterattacks": `vague_counts`),
   but not spans of time ("several times", "for several days"); a force that
   "conducted a precision strike" or "carried out an air strike" states one strike,
   as "conducted 10 airstrikes" states ten (`own_count`);
9. the single items a strike engaged or destroyed ("destroyed an ISIL-held tank") are
   counted one each, as strike reports list them (numbered items have their own count);
10. a count of the dead over a period ("97 civilians killed in the first week of the
   operation") is a total, not the fatalities of one event (`nonevents` rule 13), and
   so is the object of a killing that rule 13 reads as a summary toll ("bandits have
   killed thousands of people in the region in recent years": background, no toll of
   the attack told beside it);
11. a person written in the singular ("a village chief", "an aid worker", "a soldier",
   "one civilian", "a senior Iraqi general"; in a headline, after "kills": "kills
   Islamic State commander") is a count of one (`single_people`); killed (rule 2) it
   is one fatality, as ACLED codes it, and it adds to the counts it is listed with ("two
   soldiers and a policeman" are 3); wounded, it is none. A count listed before others
   ("a policeman and two civilians were killed") is as dead as the last of the list;
12. a death a crowd protests ("to protest against the killing of a trader") is its
   grievance: its dead are not the demonstration's (`protested_death`);
13. nationals named by a plural demonym are people counted ("two Israelis were killed");
14. a death told in a clause of time ("attacked a police post after a local man died in
   custody") came before the event: it is not its toll;
15. a death toll restated as a total ("The death toll rose to 54", "the toll stood at
   12") counts the dead, and the latest such total replaces the counts the event
   gathered before it instead of adding to them (`is_toll_total`);
16. a violent event whose sentence states that no one died ("causing fires but no
   casualties", "no one was killed", "without loss of life") has zero fatalities, a
   stated count of none, not an unknown one (`no_deaths`); a toll told for it elsewhere
   still adds up;
17. counts of different groups add up, also in a long list ("24 civilians, 24 Kurdish
   fighters and 25 Turkish-backed militiamen have been killed" is 73), but rival
   estimates of one toll from different sources ("police said 14 insurgents were killed,
   but state media put the number at 12": a contrast and a citing word between them,
   no word counting more dead, the same group or none named) are not: UCDP's low is the
   lowest, high the highest, and best the most conservative, as ACLED codes conflicting
   reports (`rival_estimates`);
18. the evidence of the fatalities is the counts' own words: the stretch from the first
   count to the last when one sentence lists them, else the largest count, never the
   article between counts told far apart (`count_evidence`);
19. a verb told fatal counts the dead it governs: "police fatally shot four men";
20. one person told killed in the singular passive, by name ("Pastor John Miller was
   killed", "Sergeant Paul Reid was tragically killed in action"), as a person the reader
   knows ("their pastor was shot dead") or, opening a headline, as a bare singular person
   ("Police officer killed in mine blast"), is one dead (`singular_victims`), unless the
   event counts its dead otherwise: then the named victim is one of those already
   counted ("officers fatally shot a man" ... "Daniel Ortiz was killed"); the name may
   carry an age ("Juan Perez, 65, was killed", "Ramesh Kumar (30) was shot dead") or an
   aside between commas whose people are not the victim ("The pastor, accompanied by two
   men, was shot dead": one dead), the
   person an apposition or a phrase of its own ("A senior member of the campaign,
   identified as Dr Imran Ali, was shot dead"); a person named as the object of a kill
   verb ("gunmen shot dead Ramesh Kumar", "militants killed Dr Ali Shah in Peshawar")
   is one dead as well (`_named_objects`), but not a people named by capitalised words
   ("killed Hazara Shias", "killed Afghans"; `_personal_name`), and so is one person
   after a possessive there ("A woman killed her husband", "killed his neighbour":
   `_kin_objects`);
21. a count told as part of a count before it names some of those already counted, and
   adds nothing: "killing 15 civilians, including five children" is 15 dead, as are "12
   people, among them three police officers" and "12 people were killed ... Among the
   dead were three children" (`_parts_of_earlier`); so is a list set off by commas that
   adds up to the count before it ("Three other civilians, two women and a man, also
   died" is 3 dead); a count listed after the part ("three soldiers, including a
   commander, and two civilians") still adds up;
22. a bare number after "and", told for a place of its own, leaves out the noun of the
   count of the dead before it, also told for a place: "killing 213 people in Kenya and
   11 in Tanzania" and "12 were killed in Kano and five in Kaduna" count 11 and five
   dead (`_elided_dead`);
23. money ("offered $2 million for information leading to the arrest") is never a count
   of an event, whatever trigger stands nearest: it stays a number of the article
   (`event_counts`);
24. people counted as company ("The pastor, accompanied by two men, was shot dead",
   "escorted by four soldiers") are not the dead the verb tells ("along with two others,
   was shot dead" still counts them);
25. a summary line that closes a report with a count of the dead and nothing else
   ("Total dead: 192", "Death toll: 192") tells no act, so it is no event of its own
   (`summary_dead`); when the report tells one violent event and no toll for it, the
   line is that event's toll, also in place of an open one it does not fall short of
   ("killing dozens of shoppers", "at least 75"); with several events, or a closed toll
   already told ("killing 40 shoppers"), it is left alone: a total over several acts
   cannot be divided;
26. a vague count right after a kill verb with no noun after it ("repelled an attack on
   El Fasher, killing dozens") counts the dead, as "killing dozens of people" does
   (`elided_vague_dead`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sitrep.events.dating import in_temporal_clause
from sitrep.events.nonevents import summary_toll
from sitrep.events.roles import CONDUCT_VERBS, plural_demonym, told_as_grievance
from sitrep.events.tokens import Tok, accident_relative, is_plural
from sitrep.ingest.truecase import common_word
from sitrep.kb.actors import ActorKB
from sitrep.model import Fatalities, Quantity, Span
from sitrep.ner.re3d_phrases import COMMUNITY_WORD
from sitrep.numbers import stated_figure
from sitrep.numbers.lexicon import CASUALTY, NOT_COUNTS, VAGUE
from sitrep.pipeline.stages.roles import PARTICLES

DEAD_OFS = frozenset({"killed", "dead", "deaths", "fatalities", "bodies", "died", "killings"})
PEOPLE = frozenset(
    {
        "soldiers", "soldier", "civilians", "civilian", "people", "persons", "members",
        "fighters", "militants", "troops", "police", "policemen", "officers", "interpreter",
        "interpreters", "children", "women", "men", "villagers", "residents", "protesters",
        "demonstrators", "students", "workers", "worshippers", "insurgents", "rebels",
        "terrorists", "suspects", "gunmen", "personnel", "servicemen", "guards", "staff",
        "farmers", "herders", "traders", "passengers", "journalists", "officials",
        "commanders", "leaders", "teachers", "doctors", "nurses", "miners", "pilgrims",
        "refugees", "migrants", "patients", "kidnappers", "robbers", "thieves", "bandits",
        "militiamen", "gendarmes", "combatants", "recruits", "relatives", "victims",
        "fishermen", "shepherds", "pirates", "generals", "colonels", "citizens",
        "nationals", "tourists", "teenagers", "youths", "infants", "babies", "settlers",
        "attackers", "assailants", "reporters", "photographers", "paramedics",
    }
)  # fmt: skip
#: people written in the singular, each a count of one (rule 11).
SINGLE_PEOPLE = frozenset(
    {
        "soldier", "civilian", "policeman", "policewoman", "officer", "gendarme", "guard",
        "villager", "resident", "farmer", "herder", "shepherd", "worker", "teacher",
        "student", "child", "boy", "girl", "woman", "man", "journalist", "interpreter",
        "driver", "trader", "shopkeeper", "imam", "pastor", "priest", "chief", "elder",
        "official", "member", "fighter", "militant", "commander", "passenger", "doctor",
        "nurse", "employee", "contractor", "volunteer", "serviceman", "trooper", "pilot",
        "councillor", "councilor", "mayor", "judge", "lawyer", "activist", "tourist",
        "witch", "thief", "robber", "kidnapper", "suspect", "businessman", "engineer",
        "leader", "emir", "cleric", "politician", "lawmaker", "medic", "paramedic",
        "bodyguard", "fisherman", "miner", "pirate", "general", "colonel", "lieutenant",
        "captain", "sergeant", "brigadier", "corporal", "combatant", "protester",
        "demonstrator", "teenager", "teen", "youth", "infant", "baby", "toddler",
        "reporter", "photographer", "cameraman", "settler",
    }
)  # fmt: skip
#: people counted in the plural or one at a time.
_ANY_PEOPLE = PEOPLE | SINGLE_PEOPLE
CIVILIAN_WORDS = frozenset(
    {"civilian", "civilians", "villagers", "residents", "children", "women", "students",
     "worshippers", "interpreter", "interpreters", "workers", "protesters", "demonstrators",
     "villager", "resident", "farmer", "herder", "shepherd", "worker", "teacher", "student",
     "child", "boy", "girl", "woman", "journalist", "driver", "trader", "shopkeeper", "imam",
     "pastor", "priest", "passenger", "doctor", "nurse", "tourist"}
)  # fmt: skip
KILL_VERBS = frozenset(
    {"killed", "killing", "kill", "kills", "murdered", "slain", "executed", "beheaded",
     "lynched", "massacred", "assassinated", "slaughtered"}
)  # fmt: skip
#: ACLED's codes for vague numbers of fatalities.
ACLED_VAGUE = {"dozens": 12, "several": 10, "a few": 10, "few": 10, "many": 10, "hundreds": 100}


#: rule 16: a stated absence of deaths.
_NO_DEATHS = re.compile(
    r"\b(?:no|without)\s+(?:casualties|deaths|fatalities|loss\s+of\s+life)\b"
    r"|\b(?:no\s+one|nobody|none)\s+(?:was\s+|were\s+)?(?:killed|hurt|injured|harmed)\b",
    re.IGNORECASE,
)


def no_deaths(sentence: Span, text: str) -> Quantity | None:
    """Rule 16: a count of none dead, cited by the words that state it."""
    match = _NO_DEATHS.search(text, sentence.start, sentence.end)
    if match is None:
        return None
    return Quantity(Span.of(text, match.start(), match.end()), "killed", 0, 0, 0)


def event_counts(quantities: Sequence[Quantity]) -> list[Quantity]:
    """Rule 23: the quantities that may count something of an event: not money."""
    return [q for q in quantities if q.of != "money"]


def nearest_trigger(evidence: Span, triggers: Sequence[tuple[int, int]]) -> int | None:
    """Index of the trigger (char start, end) nearest to a quantity's evidence."""
    if not triggers:
        return None

    def distance(k: int) -> int:
        start, end = triggers[k]
        if evidence.start >= end:
            return evidence.start - end
        return max(0, start - evidence.end)

    return min(range(len(triggers)), key=lambda k: (distance(k), k))


def _words(quantity: Quantity) -> set[str]:
    words = {w.strip(".,").lower() for w in quantity.evidence.text.split()}
    if quantity.of:
        words |= set(quantity.of.lower().split())
    return words


_HURT = r"(?:injured|wounded|injuring|wounding|hurt|maimed)"
_KILLED = r"(?:killed|dead|killing|died|slain)"
#: "... were killed and injured", "... dead or badly wounded" right after the count
#: (not "were killed and seven wounded", which counts the wounded apart).
_MIXED_AFTER = re.compile(
    rf"^[\s,]*(?:(?:people|persons|others|civilians)\s+)?(?:(?:were|was|have been|had been|"
    rf"being)\s+)?{_KILLED}\s+(?:and|or|and/or)\s+(?:\w+ly\s+)?{_HURT}\b",
    re.IGNORECASE,
)
#: words that open a clause of its own: the verb before them governs no count after them.
_CLAUSE_OPENERS = frozenset(
    {"when", "while", "whereas", "although", "though", "because", "where", "until", "after",
     "before"}
)  # fmt: skip

#: words that open another clause or subject before a verb ("as others were ...").
_NEW_SUBJECT = "|".join(sorted(_CLAUSE_OPENERS | {"as", "but", "since", "others"}))
#: "killed or wounded" after the rest of the counted subject, at its verb: "more than 400
#: soldiers and officers of the army were killed or wounded" (no comma or clause between:
#: "killed 12 villagers as others were killed or wounded" counts the dead apart).
_MIXED_AFTER_SUBJECT = re.compile(
    rf"^(?:\s+(?!(?:{_NEW_SUBJECT})\b)[\w'-]+){{1,8}}?\s+(?:were|was|have been|had been)\s+"
    rf"{_KILLED}\s+(?:and|or|and/or)\s+(?:\w+ly\s+)?{_HURT}\b",
    re.IGNORECASE,
)
#: "killing or wounding ...", "killed and injured ..." right before the count.
_MIXED_BEFORE = re.compile(
    rf"\b{_KILLED}\s+(?:and|or|and/or)\s+{_HURT}\s+(?:at least\s+|some\s+|about\s+)?$",
    re.IGNORECASE,
)
#: "killed or injured" inside the count's own phrase ("60 dead and wounded").
_MIXED_INSIDE = re.compile(rf"\b{_KILLED}\s+(?:and|or|and/or)\s+{_HURT}\b", re.IGNORECASE)


def dead_and_wounded_together(quantity: Quantity, text: str) -> bool:
    """Rule 3: the count numbers the dead and the wounded together."""
    start, end = quantity.evidence.start, quantity.evidence.end
    return bool(
        _MIXED_AFTER.match(text[end : end + 60])
        or _MIXED_AFTER_SUBJECT.match(text[end : end + 120])
        or _MIXED_BEFORE.search(text[max(0, start - 40) : start])
        or _MIXED_INSIDE.search(quantity.evidence.text)
    )


#: a death toll restated as a total: "the death toll rose to 54", "has risen to at least
#: 20", "the toll stood at 12", "the death toll from a missile strike on Odesa rose to 9",
#: a headline's "Death toll from Odesa strike rises to 9" (rule 15).
_TOLL_TOTAL = re.compile(
    r"\btoll\s+(?:(?:from|of|in)\s+[^.!?;,]{0,60}?\s+)?(?:has\s+|had\s+)?(?:now\s+)?"
    r"(?:rose|rises|risen|climbed|climbs|jumped|jumps|reached|reaches|increased|stands|stood)"
    r"\s+(?:to\s+|at\s+)?"
    r"(?:at\s+least\s+)?$",
    re.IGNORECASE,
)
_TOLL_REACH = 140


def is_toll_total(quantity: Quantity, text: str) -> bool:
    """Rule 15: the count is a death toll restated as a total."""
    start = quantity.evidence.start
    return _TOLL_TOTAL.search(text[max(0, start - _TOLL_REACH) : start]) is not None


def restated_toll(trigger: str) -> bool:
    """Rule 15: the trigger restates a death toll ("death toll rose", "the toll
    climbed"); the day it names is when the toll was told, not when the act happened."""
    return trigger.lower().startswith(("death toll", "toll"))


#: rule 3: what the quantities stage says befell the people counted, other than death.
_NOT_DEAD_CLASSES = frozenset(
    {"wounded", "arrested", "detained", "abducted", "captured", "displaced", "missing"}
)
#: rule 3: a verb of harm short of death right after the count ("14 civilians were
#: wounded"), read in the text itself: a line break may cut the count's sentence.
_HURT_AFTER = re.compile(
    rf"^\s*(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is)\s+)?(?:\w+ly\s+)?{_HURT}\b",
    re.IGNORECASE,
)


#: rule 24: the people a victim went with, right before the count.
_COMPANY_BEFORE = re.compile(r"\b(?:accompanied|escorted|joined)\s+by\s+$", re.IGNORECASE)


def _not_dead(quantity: Quantity, text: str) -> bool:
    """Rule 3: the count's own clause tells the people wounded, arrested or abducted."""
    end = quantity.evidence.end
    if _HURT_AFTER.match(text[end : end + 40]) is not None:
        return True
    return quantity.of in _NOT_DEAD_CLASSES and not _status_of_people(quantity, text)


#: rule 3: a participle of harm short of death used as an adjective before the people
#: counted ("killing nine displaced people", "two wounded soldiers died") tells who they
#: were, not what befell them in this act.
_PEOPLE_AFTER = re.compile(r"^\s+([a-z]+)\b", re.IGNORECASE)


def _status_of_people(quantity: Quantity, text: str) -> bool:
    """Rule 3: the class word ends the count and a people noun follows it at once."""
    end = quantity.evidence.end
    last = quantity.evidence.text.split()[-1].lower() if quantity.evidence.text.split() else ""
    noun = _PEOPLE_AFTER.match(text[end : end + 30])
    return (
        last == (quantity.of or "").lower()
        and noun is not None
        and noun.group(1).lower() in _ANY_PEOPLE
    )


def _counts_bodies(quantity: Quantity, tokens: Sequence[Tok]) -> bool:
    """Rule 2: a count of bodies found, the noun right after a bare number ("Five
    bodies were found") or the people after "bodies of" ("the bodies of five men")."""
    after = [t for t in tokens if t.start >= quantity.evidence.end][:1]
    before = [t.lower for t in tokens if t.end <= quantity.evidence.start][-2:]
    bare_bodies = quantity.of is None and [t.lower for t in after] == ["bodies"]
    return bare_bodies or before == ["bodies", "of"]


def is_fatality_count(quantity: Quantity, tokens: Sequence[Tok], text: str) -> bool:
    """Rules 2-3, 10, 15 and 24."""
    if is_toll_total(quantity, text):
        return True
    if dead_and_wounded_together(quantity, text) or _summary_count(quantity, tokens):
        return False
    start = quantity.evidence.start
    if _not_dead(quantity, text) or _COMPANY_BEFORE.search(text, max(0, start - 40), start):
        return False
    if _killed_by_accident(tokens, _back_to_verb([t for t in tokens if t.end <= start])):
        return False
    words = _words(quantity)
    if words & DEAD_OFS or _counts_bodies(quantity, tokens):
        return True
    if quantity.of is None and _elided_dead(quantity, tokens):
        return True
    after = [t for t in tokens if t.start >= quantity.evidence.end][: 5 + _LIST_LIMIT]
    described = quantity.of is not None and _status_of_people(quantity, text)
    noun = (
        _counted_noun(after, text, quantity.evidence.end) if quantity.of is None or described else 0
    )
    if not words & _ANY_PEOPLE and not noun:
        return False
    after = after[noun:]
    preceding = [t for t in tokens if t.end <= quantity.evidence.start]
    before = _back_to_verb(preceding)
    if any(t.lower in KILL_VERBS | {"dead"} for t in before) and not any(
        t.lower in {"captured", "capturing", "or"} for t in before
    ):
        return True
    if _fatal_act(preceding):
        return True
    tail = " ".join(t.lower for t in _past_the_list(_past_the_modifiers(after)))
    if _UNTRIGGERED_DEATH.match(tail) and in_temporal_clause(tokens, quantity.evidence):
        return False  # "attacked a police post after a local man died in custody"
    if _KILLER_TAIL.match(tail):
        return False  # "A Palestinian man killed two Israelis": the killer, not the dead
    return bool(_DEAD_TAIL.match(tail))


#: rule 22: the prepositions that tell the place a count is told for.
_TOLD_AT = frozenset({"in", "at"})
#: rule 22: how many words a place's name may run to, and how far back a kill verb
#: may govern the count before the left-out noun ("killing 213 people").
_PLACE_WORDS = 4
_ELIDED_VERB_REACH = 3


def _elided_dead(quantity: Quantity, tokens: Sequence[Tok]) -> bool:
    """Rule 22: the count before "and <N> in <place>" is a count of the dead, itself
    told for a place: "killing 213 people in Kenya", "12 were killed in Kano"."""
    before = [t for t in tokens if t.end <= quantity.evidence.start]
    after = [t for t in tokens if t.start >= quantity.evidence.end]
    if len(before) < 4 or before[-1].lower != "and" or not after or after[0].lower not in _TOLD_AT:
        return False
    k = len(before) - 2
    while k > 0 and before[k].text[:1].isupper() and len(before) - 2 - k < _PLACE_WORDS:
        k -= 1  # the name of the place the count before is told for
    if k == len(before) - 2 or k < 1 or before[k].lower not in _TOLD_AT:
        return False
    counted = before[k - 1].lower
    if counted in DEAD_OFS:
        return True  # "12 were killed in Kano"
    verb = before[max(0, k - 2 - _ELIDED_VERB_REACH) : k - 1]
    return counted in PEOPLE and any(t.lower in KILL_VERBS for t in verb)


#: what makes the people counted dead right after their count: "were killed", "died",
#: "were shot dead", "were beaten to death", "(beat a man) to death", "were gunned down",
#: "were shot and killed", "was also killed", "were reportedly killed" (rule 2).
_DEAD_TAIL = re.compile(
    r"^(?:(?:were|was|have been|has been|had been)\s+(?:also\s+|reportedly\s+)?)?"
    r"(?:(?:\w+\s+and\s+)?killed|died|dead|shot dead|gunned down|(?:\w+\s+)?to death)\b"
)
#: a kill verb in the active voice with its object after it: the people counted before
#: it did the killing ("a gunman shot dead two police officers"); the dead of a reduced
#: passive have no object after the verb ("two soldiers killed in an ambush").
_KILLER_TAIL = re.compile(
    r"^(?:killed|shot\s+dead|gunned\s+down|shot\s+and\s+killed|stabbed\s+to\s+death)\s+"
    r"(?:a|an|the|his|her|their|its|at|\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|dozens|scores|hundreds|several|many|some|both)\b"
)
#: a death told by a word that reports no event itself ("died", "was found dead"): in a
#: clause opened by "after", "following" ... it is what came before the event (rule 13).
_UNTRIGGERED_DEATH = re.compile(
    r"^(?:(?:were|was|had been|have been)\s+(?:found\s+)?)?(?:died|dead)\b"
)
#: what may stand between a bare number and its noun: words, spaces and the dots of a
#: capitalised abbreviation ("two U.S. citizens") only.
_PLAIN_GAP = re.compile(r"^(?:[\w\s'’-]|(?<=[A-Z])\.)*\s$")
#: how many words a bare number's noun may run to ("three aid workers").
_NOUN_LIMIT = 3


def _counted_noun(after: Sequence[Tok], text: str, end: int) -> int:
    """The number of tokens of the people noun a bare number counts ("Three" of "Three
    aid workers were killed": 2), when the quantities stage read the number alone; 0
    when the words after it, up to the next punctuation, name no people within a short
    noun phrase."""
    dots = 0
    for k, tok in enumerate(after):
        if _abbreviation_dot(tok, after[k - 1] if k else None):
            dots += 1
            continue
        if k - dots >= _NOUN_LIMIT:
            return 0
        if not _PLAIN_GAP.match(text[end : tok.start]):
            return 0  # "injured another 15.Twenty insurgents": another sentence
        if tok.lower in _ANY_PEOPLE or plural_demonym(tok.text) is not None:
            return k + 1
        word = tok.text.replace("-", "").replace(".", "")
        if not word.isalpha() or tok.lower in _LIST_STOPS:
            return 0
    return 0


def _abbreviation_dot(tok: Tok, previous: Tok | None) -> bool:
    """Whether `tok` is the dot that ends a capitalised abbreviation glued to it ("U.S.")."""
    return (
        tok.text == "."
        and previous is not None
        and previous.end == tok.start
        and previous.text.replace(".", "").isalpha()
        and previous.text.isupper()
    )


#: what a list of victims ends at: the verb the whole list is subject of (rule 11).
_LIST_ENDS = frozenset({"was", "were", "died", "dead", "killed", "have", "has", "had"})
#: how many tokens a list of victims may run to ("24 civilians, 24 Kurdish fighters and
#: 25 militiamen have been killed").
_LIST_LIMIT = 12


def _past_the_list(after: list[Tok]) -> list[Tok]:
    """Rule 11: the tokens after a count listed first ("a policeman and two civilians
    were killed" -> "were killed"), from the verb of the whole list; `after` itself when
    nothing is listed after the count."""
    if not after or after[0].lower not in {"and", ","}:
        return after
    for k, tok in enumerate(after[:_LIST_LIMIT]):
        if tok.lower in _LIST_ENDS:
            return after[k:]
        if (tok.lower.endswith("ed") and "-" not in tok.text) or tok.text in {";", ":", "."}:
            break  # a verb ends the list; "Turkish-backed" is a modifier in it
    return after


#: rule 20: how many tokens a phrase after a person ("of the vaccination campaign") or
#: an apposition set off by commas (", identified as Dr Imran Ali,") may run to.
_MODIFIER_REACH = 8
_AUXILIARY_START = frozenset({"was", "were", "had", "has", "have"})


def _past_the_modifiers(after: list[Tok]) -> list[Tok]:
    """Rule 20: the tokens after a counted person's "of" phrase and an aside set off by
    commas, dashes or brackets, when a verb's auxiliary follows them ("A senior member of
    the campaign, identified as Dr Imran Ali, was shot dead", "four soldiers -- including
    a sergeant -- were killed" -> "was shot dead", "were killed"); else `after`."""
    k = 0
    if after and after[0].lower == "of":
        k = 1
        while k < min(len(after), _MODIFIER_REACH) and after[k].text.isalpha():
            if after[k].lower in _AUXILIARY_START:
                return after[k:]
            k += 1
    if k >= len(after) or after[k].text not in _ASIDE_MARKS:
        return after
    mark, closer = after[k].text, _ASIDE_MARKS[after[k].text]
    inside = _past_mark(after, k, mark)
    close = next(
        (
            j
            for j in range(inside, min(len(after), inside + _MODIFIER_REACH))
            if after[j].text == closer
        ),
        None,
    )
    if close is None:
        return after
    verb = _past_mark(after, close, closer)
    return after[verb:] if verb < len(after) and after[verb].lower in _AUXILIARY_START else after


#: rule 20: the marks that open an aside, and those that close it.
_ASIDE_MARKS = {",": ",", "(": ")", "-": "-", "—": "—", "–": "–"}


def _past_mark(tokens: Sequence[Tok], k: int, mark: str) -> int:
    """The index past the run of `mark` tokens at `k` ("--" is two tokens)."""
    while k < len(tokens) and tokens[k].text == mark:
        k += 1
    return k


#: rule 19: how far before a count "fatally" may stand ("fatally stabbed his two sons").
_FATALLY_REACH = 4


def _fatal_act(preceding: Sequence[Tok]) -> bool:
    """Rule 19: the verb before the count is told fatal ("police fatally shot four men",
    "fatally stabbed two women"), with no punctuation between."""
    for tok in reversed(preceding[-_FATALLY_REACH:]):
        if tok.lower == "fatally":
            return True
        if not tok.text.isalpha():
            return False
    return False


def _summary_count(quantity: Quantity, tokens: Sequence[Tok]) -> bool:
    """Rule 10: the count is one of a killing told as a sum of many acts
    (`nonevents.summary_toll`: over a period, a mass in the perfect, nationwide), read at
    the kill word right after the count ("killed over the past month") or, failing one,
    at the killing verb that governs it ("have killed thousands of people")."""
    after = [t for t in tokens if t.start >= quantity.evidence.end][:3]
    kill = next((t for t in after if t.lower in KILL_VERBS or t.lower in DEAD_OFS), None)
    if kill is not None:
        return summary_toll(tokens, kill.i)
    before = _back_to_verb([t for t in tokens if t.end <= quantity.evidence.start])
    verb = next((t for t in before if t.lower in KILL_VERBS), None)
    return verb is not None and summary_toll(tokens, verb.i)


def _killed_by_accident(tokens: Sequence[Tok], before: Sequence[Tok]) -> bool:
    """Rule 3: the count's killing verb tells the toll of an accident ("the collapse of
    a station canopy that killed 15 people"): no dead of political violence."""
    verb = next((t for t in before if t.lower in KILL_VERBS), None)
    at = next((k for k, t in enumerate(tokens) if t is verb), None)
    return at is not None and accident_relative(tokens, at)


def _back_to_verb(before: list[Tok]) -> list[Tok]:
    """The tokens back to the verb governing a count, across "X and Y" coordination."""
    out: list[Tok] = []
    for tok in reversed(before[-10:]):
        if tok.lower in _CLAUSE_OPENERS:
            break  # "were killed when dozens of militants stormed": a clause of its own
        out.append(tok)
        if tok.text in {",", ";", ":", "."} or tok.lower in {"in", "at", "on", "by", "from"}:
            break
        if tok.lower in KILL_VERBS or tok.lower.endswith("ed") or tok.lower in CASUALTY:
            break  # "killing five and wounding 14 civilians": "wounding" governs the 14
    return out


def fatalities_of(quantities: Sequence[Quantity], text: str) -> Fatalities:
    """Rules 4-7, 15, 17-18 and 20 over the fatality counts of one event."""
    totals = [q for q in quantities if is_toll_total(q, text)]
    if totals:  # rule 15: the latest total replaces the counts told before it
        quantities = [max(totals, key=lambda q: q.evidence.start)]
    told = _parts_of_earlier(_outermost(quantities), text)
    quantities = _restated(told)
    if any(q.qualifier != SINGULAR_VICTIM for q in quantities):
        # rule 20: the victim told again by name is one of the dead already counted,
        # unless told as more dead ("His wife and son were also killed")
        quantities = [
            q for q in quantities if q.qualifier != SINGULAR_VICTIM or _also_killed(q, text)
        ]
    quantities = _uncontested(quantities, text)
    groups = rival_groups(quantities, text, told)
    tolls = [t for t in (_toll(group, text) for group in groups) if t]
    if not tolls:
        return Fatalities()
    highs = [t.high for t in tolls]
    civilians = sum(t.civilians or 0 for t in tolls)
    return Fatalities(
        low=sum(t.low or 0 for t in tolls),
        best=sum(t.best or 0 for t in tolls),
        high=sum(h for h in highs if h is not None) if None not in highs else None,
        civilians=civilians or None,
        evidence=count_evidence(quantities, text),
    )


#: rule 17: a party to the fight telling its own side's kills: "claimed" (not a claim of
#: responsibility nor of the act: "Islamic State claimed the suicide bombing, which killed
#: 40"), or a telling verb before "its fighters", "his men" ...
_PARTY_CLAIM = re.compile(
    r"(?:\bclaim(?:s|ed|ing)?\b(?!\s+(?:of\s+|for\s+)?(?:(?:the|an?|this|that|its)\s+)?"
    r"(?:[a-z-]+\s+){0,2}(?:responsibility|lives|attacks?|bombings?|ambush(?:es)?|strikes?|"
    r"raids?|killings?|assaults?|blasts?|explosions?|operations?)\b)"
    r"|\b(?:said|says|saying|announced|stated)\b[^.!?]*\b(?:its|his|their|our)\s+(?:own\s+)?"
    r"(?:fighters|men|forces|troops|militants|militiamen|combatants|mujahideen|units)\b)"
    r"[^.!?]*$",
    re.IGNORECASE,
)
#: how far back in its sentence a count's claim may be told (characters).
_CLAIM_REACH = 250


def party_claim(quantity: Quantity, text: str) -> bool:
    """Rule 17: the count is a claim by a party to the fight ("a militia spokesman claimed
    more than 50 soldiers were killed", "JNIM said its fighters had killed 40 soldiers")."""
    start = quantity.evidence.start
    before = re.split(r"[.!?]\s", text[max(0, start - _CLAIM_REACH) : start])[-1]
    lives = re.match(r"\s*lives\b", text[quantity.evidence.end :]) is not None
    return not lives and _PARTY_CLAIM.search(before) is not None


def _uncontested(quantities: Sequence[Quantity], text: str) -> list[Quantity]:
    """Rule 17: the counts less a party's claims of dead that another count, told by no
    party, may already hold: one naming no side, or the same side ("Residents buried 30
    bodies ... a militia spokesman claimed 50 soldiers were killed" is 30; ACLED codes the
    most conservative credible figure). A claim beside counts of other sides only, or
    alone, stands."""
    claims = [q for q in quantities if party_claim(q, text)]
    independent = [q for q in quantities if q not in claims]
    if not claims or not independent:
        return list(quantities)
    sides = [_words(q) & _ANY_PEOPLE - _ANYONE - DEAD_OFS for q in independent]
    kept = [q for q in claims if all(side and not side & _words(q) for side in sides)]
    return [q for q in quantities if q in independent or q in kept]


#: rule 20: victims told as more dead than those counted ("were also killed").
_ALSO_KILLED = re.compile(r"^\s*(?:was|were|has\s+been|have\s+been|had\s+been)\s+also\b")


def _also_killed(quantity: Quantity, text: str) -> bool:
    """Rule 20: the victims are told killed "also", in addition to those counted."""
    end = quantity.evidence.end
    return _ALSO_KILLED.match(text[end : end + 30]) is not None


def _bounds(quantity: Quantity) -> tuple[int, int, int | None] | None:
    """Rules 4-5: (low, best, high) of one count of the dead, None when it states none."""
    vague = _vague_code(quantity)
    if vague is not None:
        return vague, vague, quantity.high
    known = [x for x in (quantity.low, quantity.best, quantity.high) if x is not None]
    low = quantity.low if quantity.low is not None else min(known, default=None)
    best = quantity.best if quantity.best is not None else quantity.low
    if low is None and best is None:
        return None
    return (
        low if low is not None else best or 0,
        best if best is not None else low or 0,
        quantity.high,
    )


def _toll(estimates: Sequence[Quantity], text: str) -> Fatalities | None:
    """Rule 17: one toll from its rival estimates: the lowest low, the most conservative
    best (ACLED codes the lowest of conflicting reports) and the highest high (unknown
    when one estimate states none)."""
    bounded = [(q, b) for q in estimates if (b := _bounds(q)) is not None]
    if not bounded:
        return None
    lowest, (_, best, _) = min(bounded, key=lambda qb: (qb[1][1], qb[1][0]))
    highs = [b[2] for _, b in bounded]
    high = max(h for h in highs if h is not None) if None not in highs else None
    civilians = best if _words(lowest) & CIVILIAN_WORDS else None
    return Fatalities(min(b[0] for _, b in bounded), best, high, civilians, lowest.evidence)


#: rule 17: words that set a second estimate against a first ("..., but X said 12 died").
_CONTRAST = frozenset({"but", "while", "whereas", "however", "although", "though"})
#: ... the words that cite the second estimate's source ...
_CITING = frozenset(
    {"said", "says", "saying", "cited", "citing", "according", "reported", "reports",
     "told", "claimed", "claims", "estimated", "estimates", "put", "puts", "gave", "quoted",
     "admitted", "admits", "acknowledged", "acknowledges", "conceded", "concedes"}
)  # fmt: skip
#: ... and the words that make it a count of more dead, not a rival one.
_MORE_DEAD = frozenset({"another", "more", "other", "others", "also", "additional", "further"})
#: how far apart two rival estimates may be told (characters), and the nouns that name
#: no group of their own.
_RIVAL_REACH = 200
#: a denial of a count between two counts sets the second against the first, also a
#: paragraph on ("The army denied the claim ... It said six soldiers were killed", "denied
#: that 40 soldiers had been killed"); a denial of something else ("rejected claims that
#: his government had ignored warnings") sets nothing against a count.
_DENIAL_OF_COUNT = re.compile(
    r"\b(?:denied|denies|disputed|disputes|rejected|rejects)\s+(?:(?:the|this|that|these|"
    r"those|its|their)\s+)?(?:(?:claims?|reports?|figures?|tolls?|account)\b(?!\s+that\b)"
    r"|that\s+[^.!?]{0,40}?(?:\d|\b(?:killed|dead|died)\b)|[^.!?]{0,30}?\b(?:toll|figure|casualt))",
    re.IGNORECASE,
)
_DENIAL_REACH = 400
_ANYONE = frozenset({"people", "persons", "victims", "individuals"})


def rival_groups(
    quantities: Sequence[Quantity], text: str, told: Sequence[Quantity] = ()
) -> list[list[Quantity]]:
    """Rule 17: the counts in text order, those that are rival estimates of one toll
    grouped together; every other count is a group of its own (rule 4 adds them up). A
    count restated (rule 7; `told` holds every telling) is set against its last telling
    before the rival one ("Car Bomb Kills 20" ... "the 20 killed" ... "but said eight
    people were killed")."""
    groups: list[list[Quantity]] = []
    for q in sorted(quantities, key=lambda q: q.evidence.start):
        if groups and rival_estimates(_last_telling(groups[-1][-1], q, told), q, text):
            groups[-1].append(q)
        else:
            groups.append([q])
    return groups


def _last_telling(count: Quantity, before: Quantity, told: Sequence[Quantity]) -> Quantity:
    """Rule 17: the last telling of `count` (rule 7: the same number of the same noun)
    that ends before `before` starts; `count` itself when there is none later."""
    key = _count_key(count)
    tellings = [q for q in told if _count_key(q) == key and q.evidence.end <= before.evidence.start]
    return max(tellings, key=lambda q: q.evidence.start, default=count)


def rival_estimates(first: Quantity, second: Quantity, text: str) -> bool:
    """Rule 17: `second` restates the toll `first` gives, from another source ("14
    insurgents were killed, but state media cited officials as saying 12 died"): told soon
    after it, set against it by a contrast and a citing word, with no word counting more
    dead, and counting the same group (or naming none)."""
    gap = text[first.evidence.end : second.evidence.start]
    denied = _DENIAL_OF_COUNT.search(gap) is not None
    parts = re.split(r"[.!?]\s", gap)
    own = parts[-1]  # the second count's own sentence
    words = {w.strip(".,;:\"'“”‘’").lower() for w in own.split()}
    rest = re.split(r"[.!?](?:\s|$)", text[second.evidence.end : second.evidence.end + 200])[0]
    retold = len(parts) > 1 and _another_source(words, own, rest)
    if len(gap) > (_DENIAL_REACH if denied or retold else _RIVAL_REACH):
        return False
    if not (words & _CONTRAST or denied or retold) or not words & _CITING:
        return False
    if (words | _words(second)) & _MORE_DEAD:
        return False
    groups = [_words(q) & _ANY_PEOPLE - _ANYONE for q in (first, second)]
    return not groups[0] or not groups[1] or bool(groups[0] & groups[1])


def _another_source(words: set[str], own: str, rest: str) -> bool:
    """Rule 17: a later sentence in which a named source says its own count of the same
    event ("..., a local official said. The Arakan Army said jets bombed the village,
    killing 41 civilians"): the speech verb comes before the count, whose sentence tells
    the act again, so its count is that source's estimate of one toll, not more dead,
    unless the sentence (`own` up to the count, `rest` after it) tells more dead or
    another place ("killed 9 people in a neighbouring village")."""
    cue = re.search(r"\b(?:said|says|told|reported)\b", own)
    if cue is None or not words & _RETELLING:
        return False
    after = {w.strip(".,;:\"'“”‘’").lower() for w in rest.split()}
    return not (words | after) & (_MORE_DEAD | _ELSEWHERE)


#: words with which a source retells the act whose count it gives.
_RETELLING = frozenset({"killing", "killed", "dropped", "struck", "hit", "bombed", "shelled"})
#: words that set the act told at another place ("in a neighbouring village").
_ELSEWHERE = frozenset(
    {"neighbouring", "neighboring", "nearby", "separate", "second", "elsewhere", "separately"}
)


#: how long a stretch of counts may run and still be cited whole (rule 18).
_EVIDENCE_REACH = 300


def count_evidence(quantities: Sequence[Quantity], text: str) -> Span | None:
    """Rule 18: the counts' own words: the stretch from the first count to the last when
    they are told together in one sentence ("24 civilians, 24 Kurdish fighters and 25
    militiamen"), else the largest count alone, never the article between them."""
    if not quantities:
        return None
    start = min(q.evidence.start for q in quantities)
    end = max(q.evidence.end for q in quantities)
    stretch = text[start:end]
    if end - start <= _EVIDENCE_REACH and not re.search(r"[.!?]\s|\n", stretch):
        return Span.of(text, start, end)
    largest = max(quantities, key=lambda q: ((_bounds(q) or (0, 0, None))[1], -q.evidence.start))
    return largest.evidence


def _outermost(quantities: Sequence[Quantity]) -> list[Quantity]:
    """One count per stretch of text: "70" inside "70 members" is the same count, and
    an event that gathered both must not add them up."""
    ordered = sorted(quantities, key=lambda q: (q.evidence.start, -q.evidence.end))
    kept: list[Quantity] = []
    for q in ordered:
        if not any(k.evidence.overlaps(q.evidence) for k in kept):
            kept.append(q)
    return kept


def _restated(quantities: Sequence[Quantity]) -> list[Quantity]:
    """Rule 7: the first of the counts with the same stated number and noun (the people
    it counts, else what the quantities stage says it counts: "Four soldiers ... were
    killed" and "four soldiers were killed on the spot" are one count, as are "Kills 20"
    and "killing as many as 20 people")."""
    kept: list[Quantity] = []
    seen: set[tuple[int | None, str | None]] = set()
    for q in quantities:
        key = _count_key(q)
        if key not in seen:
            seen.add(key)
            kept.append(q)
    return kept


def _count_key(quantity: Quantity) -> tuple[int | None, str | None]:
    """Rule 7: what makes two counts one: the number stated and the people counted."""
    people = sorted(_words(quantity) & _ANY_PEOPLE - _ANYONE)
    return stated_figure(quantity), people[0] if people else quantity.of


#: rule 21: words that make a count part of the count told just before it ...
_PART_OF_LAST = re.compile(
    r"\b(?:including|included|includes|among\s+(?:them|whom)|of\s+(?:whom|them))\b", re.IGNORECASE
)
#: ... or, opening its own sentence, part of a toll told earlier ("Among the dead were
#: ...", "Of those killed, 11 were killed in Tanzania").
_PART_OF_TOLL = re.compile(
    r"\b(?:(?:among|of)\s+(?:the\s+dead|those\s+killed|the\s+victims|the\s+fatalities)"
    r"|(?:the\s+dead|victims|fatalities)\s+includ(?:ed|e))\b[^.!?]*$",
    re.IGNORECASE,
)
#: how far a part may follow the count it belongs to (characters).
_PART_REACH = 60


def _parts_of_earlier(quantities: Sequence[Quantity], text: str) -> list[Quantity]:
    """Rule 21: the counts less those that name part of a count told before them."""
    ordered = sorted(quantities, key=lambda q: q.evidence.start)
    breakdown = _breakdowns(ordered, text)
    kept: list[Quantity] = []
    part = False  # whether the count before was a part ("including 10 soldiers and ...")
    for i, q in enumerate(ordered):
        if i in breakdown:
            continue
        gap = text[ordered[i - 1].evidence.end : q.evidence.start] if i else ""
        part = i > 0 and (
            (part and _LIST_LINK.fullmatch(gap) is not None) or _is_part(ordered[i - 1], q, text)
        )
        if not part:
            kept.append(q)
    return kept


#: a comma next after a count, which closes the list of its parts.
_COMMA_NEXT = re.compile(r"\s*,")
#: the words between two counts of one list.
_LIST_LINK = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s*", re.IGNORECASE)


def _breakdowns(ordered: Sequence[Quantity], text: str) -> set[int]:
    """Rule 21: the indexes of counts that break down the count before them in a list set
    off by commas and adding up to it ("Three other civilians, two women and a man,
    also died" is 3 dead)."""
    parts: set[int] = set()
    for i, whole in enumerate(ordered):
        figure = stated_figure(whole)
        j, total = i + 1, 0
        while j < len(ordered) and figure is not None and total < figure:
            link = text[ordered[j - 1].evidence.end : ordered[j].evidence.start]
            if (j == i + 1 and link.strip() != ",") or not _LIST_LINK.fullmatch(link):
                break
            total += stated_figure(ordered[j]) or 0
            j += 1
        closed = _COMMA_NEXT.match(text, ordered[j - 1].evidence.end) is not None
        if j > i + 2 and total == figure and closed:
            parts.update(range(i + 1, j))
    return parts


def _is_part(before: Quantity, q: Quantity, text: str) -> bool:
    gap = text[before.evidence.end : q.evidence.start]
    if len(gap) <= _PART_REACH and not re.search(r"[.!?]\s|\n", gap):
        cue = _PART_OF_LAST.search(gap)
        # "three soldiers, including a commander, and two civilians": the list goes on
        return cue is not None and not re.search(r",|\band\b", gap[cue.end() :])
    opening = text[max(before.evidence.end, q.evidence.start - _PART_REACH) : q.evidence.start]
    return _PART_OF_TOLL.search(opening) is not None


def _vague_code(quantity: Quantity) -> int | None:
    lowered = quantity.evidence.text.lower()
    for word, code in ACLED_VAGUE.items():
        stated = lowered.startswith(word) or f" {word}" in f" {lowered}"
        if stated and not any(ch.isdigit() for ch in lowered):
            return code
    return None


_OUTCOME_VERBS = frozenset({"engaged", "destroyed", "damaged", "suppressed", "disabled"})
_ITEM_BREAKS = frozenset({",", ";", "and", "."})


def outcome_items(
    tokens: Sequence[Tok], last: int, existing: Sequence[Quantity], text: str
) -> list[Quantity]:
    """Rule 9: single items a strike engaged, destroyed, damaged or suppressed ("destroyed
    an ISIL-held tank, a VBIED and two bridges": "an ISIL-held tank", "a VBIED") count
    one each; numbered items are already quantities of their own."""
    found: list[Quantity] = []
    active = False
    j = last + 1
    while j < len(tokens):
        low = tokens[j].lower
        if low in _OUTCOME_VERBS:
            active = True
        elif (
            active
            and low in {"a", "an"}
            and (j == 0 or tokens[j - 1].lower in _ITEM_BREAKS | _OUTCOME_VERBS)
        ):
            k = j + 1
            while k < len(tokens) and tokens[k].lower not in _ITEM_BREAKS | _OUTCOME_VERBS:
                k += 1
            if k > j + 1:
                span = Span.of(text, tokens[j].start, tokens[k - 1].end)
                if not any(q.evidence.overlaps(span) for q in existing):
                    found.append(Quantity(span, tokens[k - 1].lower, 1, 1, 1))
            j = k
            continue
        j += 1
    return found


def protested_death(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 12: the trigger at token `first` of a protest is the death it protests
    (`roles.told_as_grievance`)."""
    return told_as_grievance([t.lower for t in tokens[: first + 1]])


_SINGLE = frozenset({"a", "an", "one"})
#: prepositions that make a singular person a place, a means or an agent ("in a
#: village", "with a soldier", "killed by a gunman"), not a victim counted (rule 11).
_NOT_COUNTED_AFTER = frozenset(
    {"by", "with", "in", "on", "at", "for", "to", "from", "near", "against", "into", "as",
     "like", "than", "about", "without", "among", "between", "under", "behind"}
)  # fmt: skip
_LIST_WORDS = frozenset({",", ";", "and", "or"})
#: what ends a list of counted people ("two soldiers, three police and ...").
_LIST_STOPS = _LIST_ENDS | _LIST_WORDS
_MODIFIER_LIMIT = 3
#: a headline's kill verb, before a person with no article ("Air strike kills Islamic
#: State commander in Syria").
_HEADLINE_KILLS = frozenset({"kills", "slays"})


def single_people(tokens: Sequence[Tok], existing: Sequence[Quantity], text: str) -> list[Quantity]:
    """Rule 11: each person written in the singular ("a village chief", "an aid worker"),
    not after a preposition, as a count of one; counts already found ("one civilian"
    read by the quantities stage) are not read again; and rule 20's victims told killed
    in the singular."""
    found: list[Quantity] = []
    for tok in tokens:
        headline = tok.lower in _HEADLINE_KILLS
        if not headline and (
            tok.lower not in _SINGLE
            or (tok.i > 0 and tokens[tok.i - 1].lower in _NOT_COUNTED_AFTER)
        ):
            continue
        head = _person_head(tokens, tok.i)
        if head is None:
            continue
        start = tokens[tok.i + 1].start if headline else tok.start
        span = Span.of(text, start, tokens[head].end)
        if not any(q.evidence.overlaps(span) for q in existing):
            found.append(Quantity(span, tokens[head].lower, 1, 1, 1))
    return found + singular_victims(tokens, [*existing, *found], text)


#: rule 20: the participles that tell one person killed ("was shot dead" and "was beaten
#: to death" are read by `_killed_after`), the auxiliaries before them, the adverbs that
#: may stand between (also any "-ly" word: "was tragically killed"), and the determiners
#: of a singular victim known to the reader.
_KILLED_PARTICIPLES = KILL_VERBS - {"killing", "kill", "kills"}
_AUXILIARIES = frozenset({"was", "been"})
_ADVERBS = frozenset({"also", "later", "then", "soon"})
_KNOWN = frozenset({"the", "his", "her", "their", "its", "our"})
_NAME_LIMIT = 4
#: the qualifier that marks a count of rule 20.
SINGULAR_VICTIM = "singular victim"


def named_victim(quantity: Quantity) -> bool:
    """Rule 20: a count of one dead person told by name ("Ramesh Kumar was shot dead",
    "Pastor John Miller was killed"), not as a person the reader knows only from what
    was told before ("their pastor", "The driver")."""
    words = quantity.evidence.text.split()
    return (
        quantity.qualifier == SINGULAR_VICTIM
        and len(words) >= 2
        and words[0].lower() not in _KNOWN
        and all(w[:1].isupper() for w in words)
    )


def singular_victims(
    tokens: Sequence[Tok], existing: Sequence[Quantity], text: str
) -> list[Quantity]:
    """Rule 20: one person told killed in the singular passive, by name ("Pastor John
    Miller was killed", "Ali Hassan was shot dead") or as a person known to the reader
    ("their pastor was killed", "the driver was also killed"): a count of one dead,
    unless the words are already a count ("a soldier was killed") or stand in
    apposition to one ("a pastor, John Miller, was killed")."""
    found: list[Quantity] = []
    for tok in tokens:
        if tok.lower not in _AUXILIARIES or not _killed_after(tokens, tok.i + 1):
            continue
        aux = tok.i - 1 if tok.lower == "been" and tok.i > 0 else tok.i
        if tok.lower == "been" and tokens[aux].lower not in {"has", "had"}:
            continue
        victim = _victim_start(tokens, aux)
        if victim is None:
            continue
        span = Span.of(text, tokens[victim[0]].start, tokens[victim[1]].end)
        if any(_apposed(q.evidence, span) for q in existing):
            continue
        found.append(Quantity(span, "killed", 1, 1, 1, SINGULAR_VICTIM))
    for tok in tokens:
        known = _known_people(tokens, tok.i) if tok.lower == "were" else None
        if known is not None and _killed_after(tokens, tok.i + 1):
            first, last, count = known
            span = Span.of(text, tokens[first].start, tokens[last].end)
            if not any(q.evidence.overlaps(span) for q in existing):
                found.append(Quantity(span, "killed", count, count, count, SINGULAR_VICTIM))
    for span in [*_named_objects(tokens, text), *_kin_objects(tokens, text)]:
        if not any(q.evidence.overlaps(span) for q in [*existing, *found]):
            found.append(Quantity(span, "killed", 1, 1, 1, SINGULAR_VICTIM))
    headline = _headline_victim(tokens, text)
    if headline is not None and not any(_apposed(q.evidence, headline) for q in existing):
        found.append(Quantity(headline, "killed", 1, 1, 1, SINGULAR_VICTIM))
    return found


def _headline_victim(tokens: Sequence[Tok], text: str) -> Span | None:
    """Rule 20: a headline opening with a bare singular person and a kill participle
    ("Police officer killed in mine blast", "Soldier shot dead near Kidal"): that
    person, else None."""
    for k in range(1, min(len(tokens), _NAME_LIMIT + 1)):
        if not tokens[k - 1].text.isalpha() or tokens[k - 1].lower in _SINGLE | _KNOWN:
            return None
        if tokens[k - 1].lower in SINGLE_PEOPLE and _killed_after(tokens, k):
            return Span.of(text, tokens[0].start, tokens[k - 1].end)
    return None


#: how far a count may end before a name in apposition to it ("a pastor, John Miller").
_APPOSITION_GAP = 3


def _apposed(count: Span, name: Span) -> bool:
    """Rule 20: the name is the count itself, or stands in apposition right after it."""
    return count.overlaps(name) or 0 <= name.start - count.end <= _APPOSITION_GAP


def _killed_after(tokens: Sequence[Tok], i: int) -> bool:
    """Whether the words from token `i` tell a killing: a kill participle, "shot dead",
    or "<verb>ed to death", past an adverb."""
    while i < len(tokens) and (tokens[i].lower in _ADVERBS or tokens[i].lower.endswith("ly")):
        i += 1
    if i >= len(tokens):
        return False
    return _kill_phrase(tokens, i) > i


#: rule 20: two-word phrases that tell a killing ("shot dead", "gunned down").
_KILL_PAIRS = frozenset({("shot", "dead"), ("gunned", "down")})


def _kill_phrase(tokens: Sequence[Tok], i: int) -> int:
    """The index past the words from token `i` that tell a killing: a kill participle,
    "shot dead", "gunned down" or "<verb>ed to death"; `i` when they tell none."""
    words = [t.lower for t in tokens[i : i + 3]]
    if not words:
        return i
    if len(words) == 3 and words[1:] == ["to", "death"]:
        return i + 3
    if tuple(words[:2]) in _KILL_PAIRS:
        return i + 2
    return i + 1 if words[0] in _KILLED_PARTICIPLES else i


def _victim_start(tokens: Sequence[Tok], aux: int) -> tuple[int, int] | None:
    """The first and last tokens of the singular victim right before the auxiliary at
    `aux`, past an age set off after it ("Juan Perez, 65,", "Ramesh Kumar (30)"): a name
    of two or more capitalised words ("Pastor John Miller"), or a person noun after a
    determiner known to the reader ("their pastor"), else None."""
    end = _before_aside(tokens, _before_age(tokens, aux))
    k = end - 1
    while k >= 0 and end - k <= _NAME_LIMIT and tokens[k].is_cap and tokens[k].text.isalpha():
        k -= 1
    if end - k - 1 >= 2 and (k < 0 or tokens[k].lower not in _KNOWN):
        return k + 1, end - 1
    if end >= 2 and tokens[end - 1].lower in SINGLE_PEOPLE and tokens[end - 2].lower in _KNOWN:
        return end - 2, end - 1
    return None


#: rule 20: kin, who are persons the reader knows after "his", "her" or "their".
_KIN = frozenset(
    {"wife", "husband", "son", "daughter", "brother", "sister", "father", "mother",
     "nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "fiancee"}
)  # fmt: skip


def _known_people(tokens: Sequence[Tok], aux: int) -> tuple[int, int, int] | None:
    """Rule 20: persons the reader knows, listed in the singular right before the plural
    auxiliary at `aux` ("his bodyguard and driver were also killed", "His wife and son
    were killed"): their first and last tokens and how many they are (two or more), the
    first after "his", "her", "their" ...; else None."""
    links = {"and", ","}
    k, members = aux - 1, 0
    while k >= 0 and tokens[k].lower in SINGLE_PEOPLE | _KIN:
        members, k = members + 1, k - 1
        if k >= 0 and tokens[k].lower in _KNOWN:
            if k == 0 or tokens[k - 1].lower not in links:  # "his" opens the list
                return (k, aux - 1, members) if members >= 2 else None
            k -= 1  # "his wife and his son": the list goes on before "his"
        if k < 0 or tokens[k].lower not in links:
            return None
        k -= 1
    return None


def _before_age(tokens: Sequence[Tok], end: int) -> int:
    """The index where an age set off before token `end` begins (", 65," or "(30)"), else
    `end`."""
    if end < 3 or not tokens[end - 2].text.isdigit():
        return end
    pair = (tokens[end - 3].text, tokens[end - 1].text)
    return end - 3 if pair in {(",", ","), ("(", ")")} else end


#: rule 20: how many words an aside set off by commas may hold.
_ASIDE_LIMIT = 12


def _before_aside(tokens: Sequence[Tok], end: int) -> int:
    """The index where an aside set off by commas before token `end` begins ("The pastor,
    accompanied by two men, was shot dead": the people of the aside are not the victim),
    else `end`."""
    if end < 3 or tokens[end - 1].text != ",":
        return end
    for k in range(end - 2, max(0, end - 2 - _ASIDE_LIMIT), -1):
        if tokens[k].text == ",":
            return k
    return end


#: rule 20: the words that may end a name told as the object of a kill verb ...
_NAME_ENDS = frozenset(
    {",", ".", "(", ";", "in", "on", "at", "near", "from", "of", "and", "who", "while",
     "after", "outside", "inside", "during", "late", "early", "last", "yesterday", "today"}
)  # fmt: skip
#: ... the kill verbs that take a person as their object ("gunmen killed X") ...
_ACTIVE_KILLS = KILL_VERBS - {"slain", "kill", "kills"}
#: ... and the kill nouns whose "of" names the person killed ("the assassination of X").
KILL_NOUNS = frozenset(
    {"assassination", "murder", "killing", "slaying", "execution", "beheading", "lynching"}
)


def _named_objects(tokens: Sequence[Tok], text: str) -> list[Span]:
    """Rule 20: each person named as the object of an active kill verb ("gunmen shot dead
    Ramesh Kumar (30)", "militants killed Dr Ali Shah in Peshawar", "killing Ramesh
    Kumar") or of a kill noun ("the assassination of Interior Minister Jose Perez in an
    attack"): a name of two or more capitalised words that ends the object; none in text
    written in capitals, where every word looks like a name."""
    if not any(ch.islower() for t in tokens for ch in t.text):
        return []
    found: list[Span] = []
    for tok in tokens:
        start = _object_start(tokens, tok.i)
        last = _name_end(tokens, start) if start is not None else None
        if start is not None and last is not None and _personal_name(tokens[start : last + 1]):
            found.append(Span.of(text, tokens[start].start, tokens[last].end))
    return found


#: rule 20: the possessives before one person the killer is close to ("killed her
#: husband"), and the nouns of such persons besides kin and `SINGLE_PEOPLE`.
_POSSESSIVES = frozenset({"his", "her", "their", "my", "our"})
_CLOSE_PERSONS = frozenset(
    {"neighbour", "neighbor", "friend", "colleague", "partner", "boyfriend", "girlfriend",
     "fiance", "stepfather", "stepmother", "stepson", "stepdaughter", "grandfather",
     "grandmother", "landlord", "tenant", "employer", "boss", "classmate", "roommate",
     "flatmate", "ex-wife", "ex-husband", "ex-girlfriend", "ex-boyfriend"}
)  # fmt: skip


def _kin_objects(tokens: Sequence[Tok], text: str) -> list[Span]:
    """Rule 20: one person after a possessive as the object of an active kill verb ("A
    woman killed her husband", "a man killed his neighbour with a machete"): a count of
    one dead, as a name there is."""
    persons = _KIN | _CLOSE_PERSONS | SINGLE_PEOPLE
    found: list[Span] = []
    for tok in tokens:
        start = _object_start(tokens, tok.i)
        if start is None or start + 1 >= len(tokens) or tokens[start].lower not in _POSSESSIVES:
            continue
        noun = tokens[start + 1]
        if noun.lower in persons and (start + 2 == len(tokens) or tokens[start + 2].text != "'s"):
            found.append(Span.of(text, tokens[start].start, noun.end))
    return found


def _personal_name(words: Sequence[Tok]) -> bool:
    """Rule 20: whether capitalised words name a person, not a people: no word names a
    nation ("Afghans", "Pakistani"), a religious or ethnic community ("Hazara Shias",
    "Yazidi Kurds"), and the last is no plural of an ordinary noun ("Border Guards")."""
    demonyms = ActorKB.load().demonyms
    if any(
        w.text in demonyms or plural_demonym(w.text) or COMMUNITY_WORD.fullmatch(w.text)
        for w in words
    ):
        return False
    last = words[-1].text
    return not (last.endswith("s") and common_word(last) and common_word(last[:-1]))


#: rule 20: the words before a participle that make it passive, with no object.
_PASSIVE_BEFORE = _AUXILIARIES | {"were", "is", "are", "being"}


def _object_start(tokens: Sequence[Tok], i: int) -> int | None:
    """Rule 20: where the object of the kill verb or kill noun at token `i` begins ("shot
    dead |Ramesh Kumar", "the assassination of |Jose Perez"), else None; a passive ("was
    killed Tuesday") has no object."""
    if i > 0 and tokens[i - 1].lower in _PASSIVE_BEFORE:
        return None
    pair = tuple(t.lower for t in tokens[i : i + 2])
    if pair in _KILL_PAIRS or (pair[0] in KILL_NOUNS and pair[1:] == ("of",)):
        start = i + 2
    elif pair[0] in _ACTIVE_KILLS:
        start = i + 1
    else:
        return None
    return start if start < len(tokens) else None


def _name_end(tokens: Sequence[Tok], i: int) -> int | None:
    """The last token of a name of two or more capitalised words from token `i` (a title
    such as "Dr." and particles such as "bin" may stand in it), ended by the sentence's
    end or a word in `_NAME_ENDS`, else None."""
    k, capitals = i, 0
    while k < len(tokens) and k - i < _NAME_LIMIT + 1:
        word = tokens[k].text
        if word[:1].isupper() and word.replace(".", "").replace("-", "").isalpha():
            capitals += 1
        elif word.lower() not in PARTICLES or k == i:
            break
        k += 1
    if capitals < 2 or not tokens[k - 1].is_cap:
        return None
    return k - 1 if k == len(tokens) or tokens[k].lower in _NAME_ENDS else None


def _person_head(tokens: Sequence[Tok], i: int) -> int | None:
    """The index of the singular person noun after the determiner at `i`, past at most
    three modifiers ("a local Red Cross worker" is too long to be sure of), else None."""
    for k in range(i + 1, min(i + 2 + _MODIFIER_LIMIT, len(tokens))):
        word = tokens[k].lower
        if word in SINGLE_PEOPLE:
            return k
        if _AGE.fullmatch(word):
            continue  # "a 19-year-old student": the age qualifies the one person
        if not tokens[k].text.replace("-", "").isalpha() or word in _LIST_WORDS:
            return None
    return None


#: an age written as a modifier ("19-year-old"), which counts no people.
_AGE = re.compile(r"\d{1,3}-year-old")


#: quantifiers of an event noun -> (low, best, high) (rule 8).
_OWN_COUNTS: dict[str, tuple[int, int | None, int | None]] = {
    "dual": (2, 2, 2),
    "twin": (2, 2, 2),
    "double": (2, 2, 2),
    "multiple": (2, None, None),
    "several": (3, None, None),
    "numerous": (3, None, None),
}


def own_count(tokens: Sequence[Tok], first: int, last: int, text: str) -> Quantity | None:
    """Rule 8: the quantifier right before a plural event noun at tokens [first, last],
    or the one strike a force conducted (`_one_strike`)."""
    if first == 0:
        return None
    if not tokens[last].lower.endswith("s"):
        return _one_strike(tokens, first, last, text)
    word = tokens[first - 1].lower
    bounds = _OWN_COUNTS.get(word)
    if bounds is None:
        return None
    low, best, high = bounds
    span = Span.of(text, tokens[first - 1].start, tokens[last].end)
    return Quantity(span, tokens[last].lower, low, best, high, word)


#: quantifiers that count things vaguely (rule 8), a subset of `_OWN_COUNTS`.
_VAGUE_COUNTS = frozenset({"multiple", "several", "numerous"})
#: what ends the noun a vague quantifier counts, or makes it no count of things.
_NOT_COUNTED = NOT_COUNTS | {"times", "occasions", "other", "others"}
_NOUN_STOPS = frozenset(
    {"of", "and", "or", "in", "at", "on", "to", "by", "for", "from", "with", "were", "was"}
    | {"have", "had", "are", "is", "that", "which", "who"}
)


def vague_counts(tokens: Sequence[Tok], existing: Sequence[Quantity], text: str) -> list[Quantity]:
    """Rule 8: the things a vague quantifier counts ("several rockets", "multiple
    bus stations"), the quantifier to the first plural noun within three words; none
    for spans of time or where a count is already read."""
    found: list[Quantity] = []
    for tok in tokens:
        if tok.lower not in _VAGUE_COUNTS:
            continue
        head = _plural_head(tokens, tok.i)
        if head is None:
            continue
        span = Span.of(text, tok.start, tokens[head].end)
        if not any(q.evidence.overlaps(span) for q in existing):
            low, best, high = _OWN_COUNTS[tok.lower]
            found.append(Quantity(span, tokens[head].lower, low, best, high, tok.lower))
    return found


def _plural_head(tokens: Sequence[Tok], i: int) -> int | None:
    """The index of the first plural noun within three words after token `i`."""
    for k in range(i + 1, min(i + 1 + _NOUN_LIMIT, len(tokens))):
        word = tokens[k].lower
        if not word.replace("-", "").isalpha() or word in _NOUN_STOPS:
            return None
        if word in _NOT_COUNTED:
            return None
        if is_plural(word):
            return k
    return None


#: rule 8: strike nouns, counted after a verb of conducting (`roles.CONDUCT_VERBS`) or
#: "made", which before a strike noun conducts it too ("made an air strike"), though
#: roles leave it out as it makes far more than acts.
_STRIKE_NOUNS = frozenset({"strike", "airstrike", "air-strike"})
_STRIKE_VERBS = CONDUCT_VERBS | {"made"}
_ONE = frozenset({"a", "an", "one"})


def _one_strike(tokens: Sequence[Tok], first: int, last: int, text: str) -> Quantity | None:
    """Rule 8: "conducted a precision strike", "carried out an air strike" count one
    strike, as "conducted 10 airstrikes" counts ten: the article before the strike noun
    at tokens [first, last], past at most two modifiers, after a verb of conducting."""
    if tokens[last].lower not in _STRIKE_NOUNS:
        return None
    for k in range(first - 1, max(-1, first - 4), -1):
        if tokens[k].lower in _ONE:
            verb = k - 2 if k >= 2 and tokens[k - 1].lower == "out" else k - 1
            if verb >= 0 and tokens[verb].lower in _STRIKE_VERBS:
                span = Span.of(text, tokens[k].start, tokens[last].end)
                return Quantity(span, "strikes", 1, 1, 1)
            return None
        if not tokens[k].text.isalpha():
            return None
    return None


#: rule 25: the label of a summary line of the dead ("Total dead:", "Death toll:").
_SUMMARY_LABEL = re.compile(
    r"\s*(?:total\s+)?(?:dead|deaths|death\s+toll|killed|fatalities)\s*:\s*", re.IGNORECASE
)


def summary_dead(quantities: Sequence[Quantity], text: str) -> list[Quantity]:
    """Rule 25: the counts that make up a summary line of the dead ("Total Dead: 192")."""
    found: list[Quantity] = []
    for q in quantities:
        line_start = text.rfind("\n", 0, q.evidence.start) + 1
        line_end = text.find("\n", q.evidence.end)
        rest = text[q.evidence.end : line_end if line_end >= 0 else len(text)]
        label = text[line_start : q.evidence.start]
        if _SUMMARY_LABEL.fullmatch(label) and rest.strip() in {"", "."}:
            found.append(q)
    return found


#: rule 26: the kill verbs whose object a vague count may stand for, and the words that
#: may follow such a count when no noun follows it ("killing dozens, the army said",
#: "killed hundreds in the city").
_KILLS_OBJECT = frozenset({"killing", "killed", "kill", "kills", "massacring", "massacred"})
_AFTER_BARE_COUNT = frozenset(
    {"and", "in", "on", "at", "near", "during", "when", "as", "after", "before", "while",
     "across", "more", "overnight", "including"}
)  # fmt: skip


def elided_vague_dead(
    tokens: Sequence[Tok], existing: Sequence[Quantity], text: str
) -> list[Quantity]:
    """Rule 26: "dozens", "scores", "hundreds" right after a kill verb, with no noun
    they count after them, count the dead (the lower bound the vague word implies)."""
    found: list[Quantity] = []
    for tok in tokens[1:]:
        low = VAGUE.get(tok.lower)
        if low is None or tokens[tok.i - 1].lower not in _KILLS_OBJECT:
            continue
        after = tokens[tok.i + 1].lower if tok.i + 1 < len(tokens) else "."
        if after.isalpha() and after not in _AFTER_BARE_COUNT:
            continue
        span = Span.of(text, tok.start, tok.end)
        if not any(q.evidence.overlaps(span) for q in existing):
            found.append(Quantity(span, "killed", low, None, None, tok.lower, True))
    return found
