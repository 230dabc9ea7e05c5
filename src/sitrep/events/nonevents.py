"""Trigger words that do not report an event where they stand.

A trigger word is often a modifier, an adjective or a figure of speech. Rules, in order
(the first that applies drops the trigger):
1. a noun used as a modifier of another noun: "fighting positions", "attack planners",
   "assault ship", "strike aircraft", "attack helicopters" name things, not events; so
   does a crime noun naming a kind of case, charge, trial or record ("as with most
   assault cases", "murder charges", "an arrest warrant"), also when coordinated with
   another ("the rape and assault cases");
2. a past participle used as an adjective after a determiner or preposition and before
   a noun: "volumes rescued from bombed buildings", "the shelled hospital";
3. a figure of speech: an attack "on" or "against" an abstraction, or attacking one
   ("an attack on the state", "an assault on democracy", "attacks against our values",
   "attacked the president's plan", "an attack on the peace process", "when they attack
   people's honor"), a verbal attack ("a blistering attack", "harshly attacked President
   Duarte"), an illness ("a heart attack", "a panic attack"), and a society's troubles
   that burst ("a social explosion", "the political crisis which had exploded");
4. the end of an agreement is not an agreement: "a temporary truce broke down",
   "the ceasefire collapsed", "suspended peace talks with the ELN", "called off the
   truce"; nor is an agreement in force, its age told ("the IRA's
   8-month-old truce", "the existing ceasefire"), or talks someone joins, leaves or
   waits for ("was expelled from peace talks", "the return to peace talks"): a process,
   not an agreement reached;
5. people named by what they do are not an event unless they act in the clause:
   "the recruitment of children as ... suicide bombers"; "firefighters" never are;
6. taking territory needs territory: "captured", "seized", "liberated", "cleared",
   "fell to" report a change of control only with a place as object (or, in the
   passive, as subject): a name or a place noun ("the town", "the airport") within a
   few words ("captured two fighters", "seized weapons" are not territory), and never
   a craft or goods seized ("a Honduran fishing boat was seized by the Nicaraguan
   navy", "the navy seized a tanker off the coast"); so does
   handing over: people, bodies or things handed over ("Two key suspects were handed
   over to the United States for trial", "handed him over to the police") are no
   transfer of territory; and weapons attackers take in the act told just before, by
   "and" ("ambushed an army patrol and seized weapons"), are its spoils, no seizure of
   their own, unless security forces or a search, raid or arrest take them;
7. a reference back to earlier, unplaced events in commentary is not a report:
   "recent terrorist attacks", "other attacks", "previous strikes" (ACLED codes only
   events reported with their own date and place);
8. a comment on an attack in a statement is a reference, not a report: an attack noun
   after a demonstrative ("this unprovoked attack", "that assault") or after "the" with
   an evaluative adjective ("the flagrant attack", "the cowardly bombing"), or after
   "condemns the" at the end of its clause ("condemns the attack."), or as what an act
   "was" or "appears to have been", ending its clause ("This appears to have been a
   very well-coordinated attack, the official said"; not "There was an attack"),
   unless a place or date of its own follows it ("the brutal attack on Camp Hurriya",
   "... in Kabul");
9. a capacity is not an act: "capacity to attack", "ability to strike";
10. a habit is not an event: a plural event noun after a frequency word ("has carried
   out frequent ambushes on troops", "repeated raids", "regular attacks") reports no
   one event, unless its sentence names a day ("repeated strikes on Monday"); nor is
   a verb in the simple present after "it", "he" or "she" followed by a word of policy
   ("only", "never", "always": "says it attacks only 'terrorists'"): a practice or policy
   told of the actor; nor is a verb of violence in the simple present after "they",
   "we" or "who" ("they steal, kidnap, and murder anyone", "who carry out ambushes"),
   unless its sentence names a day;
11. an economic agreement is no conflict agreement: "signed a loan guarantee
   agreement", "an oil deal", "a trade accord" (ACLED codes ceasefires and peace deals);
12. weapons named are no attack: "the use of chemical weapons by ISIL reinforces ...",
   "the construction of simple chemical weapons", unless a place or day of their own
   follows ("chemical weapons in Sarmin on Monday"); a seizure or find of weapons is an
   act, whatever its last word ("Police seized weapons", "troops found weapons");
13. a summary toll is no event: a killing or abduction of an unnumbered mass, or of
   thousands counted, told in the perfect ("they have killed many people", "hundreds of
   thousands of Syrians have been killed", "70,000 Salvadorans have been killed", "more
   than 1,000 of its members have been murdered", "hundreds have been killed in the
   fighting") sums up a war, it reports no one incident unless hundreds or scores are
   told killed "in a" single attack, strike or blast (ACLED and MUC-4 code specific
   events, not totals over time); so is a toll counted over a period ("97 civilians
   killed in the first week of the operation", "killed over the past month",
   "kidnapped hundreds of people over the years"), and so
   is a toll told for the whole country ("22 people were killed nationwide", "died across
   the country": many acts in many places, `nationwide`); and so is a campaign's running
   toll in the perfect ("the offensive in eastern Ghouta has killed more than 1,600
   civilians", "the war has left 500,000 dead"), both the campaign noun and its killing,
   unless the sentence names a day ("strikes have killed 12 people since Sunday" is news
   of its own);
14. a drill is no event: what a training or an exercise includes ("Part of their
   training includes reacting to chemical attacks by ISIL and fighting in gas masks")
   and what forces are trained or prepared for ("training Iraqi security forces for the
   Mosul offensive") are scenarios, not incidents;
15. a territory total is no event: a share or an area retaken ("the re-taking of over
   25% of Iraqi territory", "recaptured 3,000 square kilometres") sums up a campaign
   (ACLED codes each place taken, never territory-regained totals);
16. a habit stated after its noun ("claim attacks on civilians on a regular basis",
   "strikes hit the town every day", "bombed weapons shipments several times since
   2011") and a continuing activity ("ISIL, which continues
   to kill indiscriminately", "the FMLN, which has been fighting the army for the last
   10 years", forces described by whom they fight: "US forces in the country battling
   the Islamic State") report no one incident, unless the sentence names a day;
17. an act set at an indefinite past time ("once claimed responsibility for an attack
   on officers") has no date to code, unless its sentence states one; so is a person's
   part in a known past event told as a career ("was involved in their retaking of
   Palmyra", "had taken part in the siege"): background to the news, not an event of
   it ("were involved in heavy fighting near Mosul" still reports fighting);
18. a generic statement is no event: a bare plural event noun opening its sentence as
   the subject of a present-tense statement ("Tax protests have a long history in the
   country", "Kidnappings remain common", "Protests are planned", also past a place or
   target of its own: "Bomb attacks on shopping centers in San Salvador are less
   frequent"; not "Protests are continuing", "Clashes are reported in Aleppo");
   with rule 10, a frequency adverb before the trigger ("Armed groups often attack
   convoys") tells a habit, unless a day is named;
19. fighting what is no armed enemy is no fight: "fighting an outbreak of cholera",
   "battling a blaze", "the fight against corruption", "this universal battle" against
   terrorism (an abstraction, whatever quote marks stand between, when it heads its
   noun phrase: "battled terror suspects" fights people); nor is fighting for or to
   defend an abstraction ("fighting to defend the Constitution", "fighting for
   freedom", "battling for votes");
20. sport is no war: a sentence with a match result ("crushed Arsenal 4-1") or words only
   sport uses ("goalkeeper", "half-time") tells a game, unless it names deaths;
21. an accident kills no one in a conflict: a killing "in a road accident", "in a
   crash", "by lightning", or by an accident as its subject ("The crash killed 120
   passengers") is no event (ACLED codes political violence only), unless its sentence
   tells the aircraft was shot down;
22. a trigger word in another sense (a car that strikes a tree, a formal protest, a
   deal killed, a warrant for an arrest, "the day of the murder", background "seven
   years ago"): the rules are written in `events.senses`;
23. a hazard is no event: an event noun that a risk, danger, threat, fear or
   possibility is "of" ("the risk of a terrorist attack remains high", "fears of
   renewed clashes", "the threat of airstrikes forced thousands to flee", "any danger
   to the public of a random assault", "at risk of being kidnapped") names what may
   happen, not what did; an event told with a determiner of its own ("fears of the
   fighting spreading") is one reported elsewhere and is kept;
24. an act named as what others respond to is a reference to an event told elsewhere, not
   a new one where and when the response happens: the object of mourning, paying tribute,
   commemorating, investigating, charging, convicting, jailing, trying or pleading ("paid
   tribute Tuesday to the victims of the bombing", "investigating the August 7 bombings",
   "was charged with murder", "two counts of aggravated assault", "sentenced to 30 years
   in prison for double murder", "pleaded guilty to the killing", "sought as a suspect in
   a fatal attack", "faces charges of kidnapping and torture", "on charges of extortion
   and kidnapping"; a day after a court's step is the court's: "was charged with murder
   Thursday"), and of a condemnation dated by a day of its own ("Clinton Thursday
   condemned terrorist bomb attacks on U.S. embassies"; "The Security Council condemned
   the bombing of the U.S. embassies in Kenya and Tanzania on Thursday and called on
   ...": a day closing the reported condemnation's verb phrase, before "and" and the next
   verb or the full stop, is the condemnation's; an undated condemnation may be the only
   telling of the act), unless a day or month of the act's own follows it in its clause
   ("condemns the horrific attacks today in the towns of Jabla", "the bomb attack on the
   university at daybreak on 22 July");
25. an instruction or obligation is no event: a trigger told with "must", "should" or
   "have to" before a verb ("mines must be placed where enemy troops travel and in
   highway ambushes"; not "must have planted": a guess about a past act);
26. an aggregate over a period is no event: a plural event noun counted or told over a
   stretch of time ("bomb explosions in Bogota in the last 48 hours", "30 attacks since
   January", "Clashes ... have provoked widespread violence for the past three
   summers", "a wave of bomb attacks") or fighting told as a stretch of days
   ("following 10 days of fighting", "after weeks of clashes") sums up many incidents,
   unless a day is named; so does a running total in
   the perfect over a stretch ("During the wave of violence, the authorities have
   defused 14 bombs", "troops have arrested 300 people since the uprising began",
   "terrorists have attacked several mines lately"), told in the trigger's own clause
   (with a closing "since" clause or a fronted time phrase): "have killed two
   policemen, the first such attack in recent weeks" still reports the killing;
27. an attack on computers is no political violence (ACLED does not code cyber
   attacks): a trigger whose own clause is about hacking ("he targeted a random mix of
   politicians, breaking into their email accounts", "hackers attacked the ministry's
   website", "a cyber attack crippled the ministry's computers"), unless its sentence
   names an armed side, a weapon or a harm ("Gunmen stormed a cyber cafe ... and
   abducted two students" is a raid);
28. what a witness saw of an event told ("I saw the mutilated bodies of the children")
   is its aftermath, not another killing (a confirmation of "the attack" told is
   joined to it by `merge` rule 24);
29. an awaited event is no event: a trigger named after "ahead of", "on the eve of", "in
   the run-up to" ("arrested ... ahead of anti-government rallies next month", "on the
   eve of the return to peace talks": `triggers.awaited_tokens`);
30. what once happened at a place is no new event: an act told in a "where" clause on
   the place of the news, set in the past by words of its own ("was kidnapped in the
   same place where the police chief was assassinated last year", "the market where a
   bomb killed 20 people two years ago", "... where troops clashed with rebels in
   2019") is the place's history, told as background;
31. an act told as the cause of a step in someone's life ("He joined the gang after his
   mother was arrested on drugs charges", "she became an activist when her brother was
   killed"; joining a group, not an event: "joined the march after police arrested
   two leaders" reports the arrest) is that life's background, unless its clause names
   a day;
32. a catalogue of kinds of act is no event: a plural act noun listed, comma by comma,
   with two or more other plural act nouns ("an end to crimes, murders, and attacks
   against public officials", "repression in the form of arrests, murders, searches",
   "characterized by kidnappings, attacks on rural villages, threats to officials")
   names what a side does or suffers in general, not an incident (ACLED and MUC-4
   code specific events), unless a day is named in the list ("kidnappings, bombings
   and murders on Monday") or a named place or a date follows it ("attacks,
   kidnappings, and killings in southern Israel on Oct. 7").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sitrep.events.classify import COUNTING_WORDS
from sitrep.events.senses import DAY_WORDS, armed_or_harmful, other_sense, own_place_or_date
from sitrep.events.tokens import (
    PAST_MARKERS,
    SUBORDINATORS,
    Tok,
    accident_relative,
    clause_bounds,
    is_plural,
    that_before_plural,
)
from sitrep.events.triggers import TriggerHit, awaited_tokens
from sitrep.events.vocabulary import ACCIDENTS, BODY_WORDS, INQUIRY_VERBS
from sitrep.temporal.grammar import MONTHS

_MODIFIED = frozenset(
    {"position", "positions", "planner", "planners", "plan", "plans", "ship", "ships",
     "rifle", "rifles", "helicopter", "helicopters", "aircraft", "vehicle", "vehicles",
     "team", "teams", "dog", "dogs", "season", "capability", "capabilities", "craft",
     "boat", "boats", "submarine", "submarines", "group", "groups", "cell", "cells",
     "package", "packages", "jet", "jets", "fighter", "fighters", "unit", "units",
     "force", "forces", "troops", "brigade", "squadron", "weapon", "weapons", "pilot",
     "pilots", "mission", "missions", "training", "exercise", "exercises", "drill",
     "drills", "spirit", "chance", "chances", "case", "cases", "charge", "charges",
     "trial", "trials", "suspect", "suspects", "conviction", "convictions", "warrant",
     "warrants", "investigation", "investigations", "inquiry", "probe", "record",
     "records", "statistics", "rate", "rates", "count", "counts", "allegation",
     "allegations", "complaint", "complaints", "sentence", "sentences"}
)  # fmt: skip
_NOUN_TRIGGERS = frozenset(
    {"fighting", "attack", "assault", "strike", "battle", "combat", "raid", "bombing",
     "offensive", "murder", "rape", "kidnapping", "abduction", "arson", "arrest",
     "killing", "shooting", "stabbing", "massacre", "robbery"}
)  # fmt: skip
_PARTICIPLES = frozenset(
    {"bombed", "shelled", "attacked", "destroyed", "besieged", "bombarded", "looted",
     "torched", "burned", "ransacked", "pounded", "struck", "liberated", "captured",
     "seized", "retaken", "recaptured", "cleared"}
)  # fmt: skip
_BEFORE_ADJECTIVE = frozenset(
    {"the", "a", "an", "from", "of", "in", "into", "its", "their", "his", "her", "our",
     "these", "those", "recently", "heavily", "partially", "badly", "several", "many"}
)  # fmt: skip
_NOT_NOUNS = frozenset(
    {"by", "in", "on", "at", "with", "from", "and", "or", "the", "a", "an", "near", "as",
     "for", "to", "after", "during", "since", "when", "while", "that", "which", "who",
     "last", "this", "early", "late", "overnight", "yesterday", "today"}
)  # fmt: skip
_ABSTRACT = frozenset(
    {"state", "democracy", "freedom", "freedoms", "values", "humanity", "sovereignty",
     "rights", "dignity", "liberty", "civilisation", "civilization", "constitution",
     "truth", "press", "peace", "rule", "way", "principles", "institutions", "justice",
     "faith", "identity", "independence", "unity", "reputation", "credibility",
     "integrity", "character", "memory", "legacy", "culture", "heritage", "economy",
     "budget", "budgets", "policy", "policies", "bill", "law", "laws", "reform", "reforms",
     "proposal", "proposals", "plan", "record", "decision", "ruling", "speech", "report",
     "science", "journalism", "judiciary", "autonomy", "talks", "ideas", "ideals", "votes",
     "process", "honor", "honour", "order", "program", "programs", "programme",
     "programmes"}
)  # fmt: skip
#: adjectives that make an attack one of words ("a blistering attack on the minister").
_VERBAL = frozenset(
    {"blistering", "scathing", "stinging", "withering", "verbal", "rhetorical", "veiled",
     "verbally", "harsh", "harshly", "sharp", "sharply", "bitter", "bitterly", "vehement",
     "vehemently", "scathingly"}
)  # fmt: skip
_BREAKDOWN = (("broke", "down"), ("collapsed",), ("ended",), ("expired",), ("failed",),
              ("fell", "apart"), ("breaks", "down"), ("collapses",), ("collapse",),
              ("break", "down"), ("fall", "apart"), ("unravel",), ("unravelled",))  # fmt: skip
_AREA_NOUNS = frozenset(
    {"city", "town", "towns", "village", "villages", "area", "areas", "district", "districts",
     "neighbourhood", "neighborhood", "base", "airport", "airbase", "province", "territory",
     "region", "dam", "barrage", "hospital", "complex", "compound", "bridge", "road",
     "highway", "checkpoint", "hill", "island", "port", "oilfield", "field", "camp",
     "suburb", "suburbs", "capital", "quarter", "positions", "outskirts"}
)  # fmt: skip
#: rule 6: craft and goods, whose seizure takes no ground ("a fishing boat was seized").
_MOVABLES = frozenset(
    {"boat", "boats", "ship", "ships", "vessel", "vessels", "trawler", "trawlers", "tanker",
     "tankers", "yacht", "ferry", "truck", "trucks", "lorry", "car", "cars", "vehicle",
     "vehicles", "plane", "aircraft", "cargo", "shipment", "shipments", "consignment",
     "drugs", "cocaine", "heroin", "weapons", "arms", "ammunition", "assets", "documents"}
)  # fmt: skip
_PERSONS = frozenset({"he", "she", "they", "i", "we", "who", "him", "leader", "commander"})
_NOT_PLACE_CAPS = frozenset({"isil", "isis", "daesh", "is", "islamic", "forces", "army"})
_EARLIER = frozenset({"recent", "other", "previous", "earlier", "past", "prior", "similar"})
_PLURAL_EVENTS = frozenset(
    {"attacks", "strikes", "bombings", "airstrikes", "killings", "atrocities", "raids"}
)
_AGENT_PEOPLE = frozenset({"bombers", "attackers", "fighters", "raiders"})
_ACTION_AFTER = frozenset(
    {"attacked", "struck", "killed", "blew", "detonated", "stormed", "targeted", "hit",
     "opened", "exploded", "rammed", "launched", "carried", "set"}
)  # fmt: skip


_REFERENCE_NOUNS = frozenset(
    {"attack", "attacks", "assault", "bombing", "bombings", "strike", "strikes", "atrocity",
     "raid", "massacre", "incident", "aggression"}
)  # fmt: skip
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "such"})
_EVALUATIVE = frozenset(
    {"flagrant", "unprovoked", "brutal", "senseless", "heinous", "cowardly", "horrific",
     "barbaric", "despicable", "vicious", "outrageous", "abhorrent", "appalling", "dastardly",
     "atrocious", "criminal", "treacherous", "terrorist", "terror", "horrendous", "savage",
     "egregious", "reprehensible", "shameful", "inhumane", "wanton", "blatant", "evil",
     "horrible", "terrible", "tragic", "latest", "recent"}
)  # fmt: skip
_CONDEMN = frozenset(
    {"condemn", "condemns", "condemned", "condemning", "denounce", "denounces", "denounced",
     "deplore", "deplores", "deplored", "decry", "decries", "decried"}
)  # fmt: skip
_CAPACITY = frozenset(
    {"capacity", "ability", "capability", "capabilities", "means", "power", "intent"}
)


def is_non_event(tokens: Sequence[Tok], hit: TriggerHit) -> bool:
    """Rules 1-29 for one trigger hit, in the steps below (the first that applies drops
    the trigger)."""
    return any(step(tokens, hit) for step in _STEPS)


def _word_form(tokens: Sequence[Tok], hit: TriggerHit) -> bool:
    """Rules 1-3: a modifier, an adjective or a figure of speech."""
    first, last = hit.first, hit.last
    word = tokens[last].lower
    before = tokens[first - 1].lower if first > 0 else ""
    if first == last and word in _NOUN_TRIGGERS and before == "using":
        return True  # "conducted 23 strikes using attack, bomber ... aircraft"
    if first == last and word in _NOUN_TRIGGERS and _modifies(tokens, last):
        return True
    if first == last and word in _PARTICIPLES and _adjective_participle(tokens, first):
        return True
    attack_word = word.startswith(("attack", "assault"))
    if hit.rule.family in {"attack", "clash"} and attack_word and _abstract_target(tokens, last):
        return True
    if attack_word and before in _MEDICAL:
        return True
    return hit.rule.family in {"remote", "ied"} and _social_blast(tokens, first, last)


#: rule 3: what bursts in a figure of speech ("a social explosion", "the crisis exploded").
_SOCIAL_QUALIFIERS = frozenset({"social", "political", "economic", "popular", "demographic"})
_SOCIAL_BURSTS = frozenset(
    {"crisis", "conflict", "confrontation", "situation", "scandal", "anger", "discontent",
     "tension", "tensions", "unrest"}
)  # fmt: skip
_BURST_REACH = 4


def _social_blast(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 3: an explosion of a society's troubles, no blast: "explosion" qualified as
    social or political ("preventing a social explosion"), or "exploded" told of a
    crisis, a conflict or anger named just before it ("the political crisis which had
    exploded in his country")."""
    before = tokens[max(0, first - _BURST_REACH) : first]
    if tokens[last].lower.startswith("explosion"):
        return bool(before) and before[-1].lower in _SOCIAL_QUALIFIERS
    return tokens[last].lower == "exploded" and any(t.lower in _SOCIAL_BURSTS for t in before)


def _adjective_participle(tokens: Sequence[Tok], at: int) -> bool:
    """Rule 2: the participle at `at` stands after a determiner or preposition and before
    a noun ("the shelled hospital")."""
    before = tokens[at - 1].lower if at > 0 else ""
    after = tokens[at + 1] if at + 1 < len(tokens) else None
    return (
        before in _BEFORE_ADJECTIVE
        and after is not None
        and after.text[:1].isalpha()
        and after.lower not in _NOT_NOUNS
        and not after.is_cap
        and not after.lower.endswith("ly")
    )


def _wrong_kind(tokens: Sequence[Tok], hit: TriggerHit) -> bool:
    """Rules 4-7 and 11: an agreement ended, in force or economic, people named by what
    they do, a taking or handing over of no territory, an earlier event referred to."""
    first, last = hit.first, hit.last
    word = tokens[last].lower
    family = hit.rule.family
    if family == "agreement" and (
        _broke_down(tokens, last)
        or _halted(tokens, first)
        or _halted_in_passive(tokens, last)
        or _standing_agreement(tokens, first, last)
        or any(t.lower in _ECONOMIC for t in tokens[max(0, first - 3) : last + 1])
    ):
        return True
    if family == "clash" and word.endswith(("fighter", "fighters")):
        return True  # "Firefighters battled a blaze": people, not a firefight
    if word in _AGENT_PEOPLE and not any(
        t.lower in _ACTION_AFTER for t in tokens[last + 1 : last + 4]
    ):
        return True
    if family == "territory" and not _names_territory(tokens, first, last):
        return True
    if family == "withdraw" and _handed_no_place(tokens, first, last):
        return True
    if family == "disrupt" and _booty_of_an_attack(tokens, first):
        return True
    lead = {t.lower for t in tokens[max(0, first - 3) : first]}
    return word in _PLURAL_EVENTS and bool(lead & _EARLIER)


#: rule 6: the verbs of taking by which attackers carry off arms, and the violent acts
#: such a taking may be joined to by "and" ("ambushed a patrol and seized weapons").
_TAKING_VERBS = frozenset({"seized", "seizing", "captured", "capturing", "looted", "took"})
_VIOLENT_ACTS = frozenset(
    {"killed", "killing", "attacked", "attacking", "ambushed", "ambushing", "overran",
     "overrunning", "stormed", "storming"}
)  # fmt: skip
#: a search, raid or arrest, whose seizure of arms is the disruption itself ("raided a
#: house and seized", "arrested three suspects and seized weapons").
_SEARCHES = frozenset(
    {"raided", "raiding", "raid", "raids", "searched", "searching", "arrested", "arresting",
     "detained", "detaining", "operation"}
)  # fmt: skip
#: the security forces whose seizure of arms in an assault still disrupts their use
#: ("Troops stormed a militant hideout and captured weapons").
_SEIZING_FORCES = frozenset(
    {"police", "policemen", "officers", "soldiers", "troops", "army", "military", "security"}
)
_BOOTY_REACH = 12


def _booty_of_an_attack(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 6: weapons taken in an attack told just before in the same clause, joined by
    "and" ("Jihadists ambushed an army patrol and seized weapons", "killed 20 soldiers
    and captured weapons"): the spoils of that act, no seizure of its own. Security
    forces named before the act, and any search, raid or arrest, still disrupt the
    arms' use ("Troops stormed a hideout and captured weapons")."""
    if tokens[first].lower not in _TAKING_VERBS or first < 1 or tokens[first - 1].lower != "and":
        return False
    start = max(0, first - 1 - _BOOTY_REACH)
    for k in range(first - 2, start - 1, -1):
        tok = tokens[k]
        if tok.text in {".", ";", ":", ","} or tok.lower in _SEARCHES:
            return False
        if tok.lower in _VIOLENT_ACTS:
            return not _forces_before(tokens, k)
    return False


def _forces_before(tokens: Sequence[Tok], k: int) -> bool:
    """Security forces stand before the act at `k` in its clause (its doers)."""
    for tok in reversed(tokens[:k]):
        if tok.text in {".", ";", ":", ","}:
            return False
        if tok.lower in _SEIZING_FORCES:
            return True
    return False


def _no_incident(tokens: Sequence[Tok], hit: TriggerHit) -> bool:
    """Rules 10, 12-13 and 18-23: a habit, a generic statement, a peaceful foe, sport, an
    accident, another sense, a hazard, weapons named, a summary or campaign toll."""
    first, last = hit.first, hit.last
    word = tokens[last].lower
    if _habitual(tokens, first, last) or _habit_adverb(tokens, first):
        return True
    if _plural_present(tokens, first, last):
        return True
    if _generic_subject(tokens, first, last) or _peaceful_foe(tokens, last) or _sport(tokens):
        return True
    if hit.rule.family == "kill" and _accident(tokens, last):
        return True
    if other_sense(tokens, hit) or _hazard(tokens, first):
        return True
    if (
        word in {"weapon", "weapons"}
        and hit.rule.family != "disrupt"
        and not own_place_or_date(tokens, last)
    ):
        return True
    if hit.rule.family in _TOLL_FAMILIES and _sums_up(tokens, first, last):
        return True
    return _campaign_toll(tokens, first, last) or _catalogue(tokens, first, last)


#: rule 32: plural nouns of kinds of act that a catalogue of them lists.
_LISTED_ACTS = frozenset(
    {"attacks", "murders", "kidnappings", "killings", "bombings", "ambushes",
     "assassinations", "massacres", "abductions", "disappearances", "arrests", "raids",
     "searches", "robberies", "threats", "crimes", "executions", "tortures", "lootings",
     "extortions", "detentions", "shootings"}
)  # fmt: skip
#: rule 32: how far from the trigger the other items of the catalogue may stand.
_CATALOGUE_REACH = 10
_CATALOGUE_ITEMS = 2


def _catalogue(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 32: the plural act noun at `first`..`last` is an item of a list of kinds of
    act: two or more other plural act nouns stand near it, each parted from it by a
    comma and by no end of clause (';', '.', ':'), and no day is named in the list."""
    if first != last or tokens[last].lower not in _LISTED_ACTS:
        return False
    lo = max(0, first - _CATALOGUE_REACH)
    hi = min(len(tokens), last + 1 + _CATALOGUE_REACH)
    items = 0
    end = first
    for j in range(lo, hi):
        if j == first or tokens[j].lower not in _LISTED_ACTS:
            continue
        between = tokens[min(j, first) + 1 : max(j, first)]
        if any(t.text in {";", ".", ":"} for t in between):
            continue
        if any(t.text == "," for t in between):
            items += 1
            end = max(end, j)
    if items < _CATALOGUE_ITEMS:
        return False
    if any(t.lower in DAY_WORDS or t.lower in _MONTHS or _is_year(t) for t in tokens[lo:hi]):
        return False
    return not _listed_scene(tokens, end)


#: rule 32: how far past a list's last item its scene may be told.
_SCENE_REACH = 8


def _listed_scene(tokens: Sequence[Tok], end: int) -> bool:
    """Rule 32: the list is followed, within its clause, by a named place or a date
    ("attacks, kidnappings, and killings in southern Israel on Oct. 7", "kidnappings,
    killings, and lootings by RSF fighters in El Fasher last week"): the acts of one
    incident are listed, not kinds of act."""
    after = tokens[end + 1 : end + 1 + _SCENE_REACH]
    for k, t in enumerate(after):
        if t.text in {";", ".", ":"}:
            return False
        if t.lower in _MONTHS or _is_year(t) or t.lower in {"week", "month"}:
            return True
        if t.lower in {"in", "at", "near"} and any(u.is_cap for u in after[k + 1 : k + 3]):
            return True
    return False


def _not_told_as_news(tokens: Sequence[Tok], hit: TriggerHit) -> bool:
    """Rules 14-17 and 24-31: a drill, a habit after its noun, an indefinite past, a
    territory total, a response, an obligation, an aggregate or running total, hacking,
    what a witness saw, an awaited event, a place's history."""
    first, last = hit.first, hit.last
    if (
        _drill(tokens, first)
        or _habit_after(tokens, first, last)
        or _indefinite_past(tokens, first)
    ):
        return True
    if hit.rule.family == "territory" and _territory_total(tokens, first, last):
        return True
    if _responded_to(tokens, first, last) or _obligation(tokens, first):
        return True
    if _aggregate(tokens, first, last) or _running_total(tokens, first):
        return True
    if _cyber(tokens, first, last) or _witnessed(tokens, first):
        return True
    if _life_step_cause(tokens, first):
        return True
    return last in awaited_tokens(list(tokens)) or _place_history(tokens, first)


#: rule 31: steps of a life that an earlier act is told to have caused.
_LIFE_STEPS = frozenset(
    {"became", "converted", "radicalised", "radicalized", "emigrated", "enlisted"}
)  # fmt: skip
#: rule 31: what one joins as a step in one's life (not "joined the march").
_JOINED_GROUPS = frozenset(
    {"gang", "gangs", "group", "militia", "army", "rebels", "guerrillas", "movement",
     "party", "insurgency", "insurgents", "jihadists", "cartel", "organisation",
     "organization"}
)  # fmt: skip
_CAUSE_OPENERS = frozenset({"after", "when", "since"})
_LIFE_STEP_REACH = 6


def _life_step_cause(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 31: an act told as the cause of a step in someone's life ("He joined the
    gang after his mother was arrested on drugs charges", "she became an activist when
    her brother was killed") is that life's background, unless its clause names a day."""
    lo, hi = clause_bounds(list(tokens), first)
    if lo == 0 or tokens[lo].lower not in _CAUSE_OPENERS:
        return False
    if any(t.lower in DAY_WORDS for t in tokens[lo:hi]):
        return False
    main = [t.lower for t in tokens[max(0, lo - _LIFE_STEP_REACH) : lo]]
    if "joined" in main:
        return bool(set(main[main.index("joined") :]) & _JOINED_GROUPS)
    return bool(set(main) & _LIFE_STEPS)


def _referred_to(tokens: Sequence[Tok], hit: TriggerHit) -> bool:
    """Rules 8-9: a comment on an attack in a statement, or a capacity."""
    first, last = hit.first, hit.last
    before = tokens[first - 1].lower if first > 0 else ""
    return (
        _statement_reference(tokens, first, last)
        or _predicate_reference(tokens, first, last)
        or before in _CAPACITY
        or (before == "to" and first > 1 and tokens[first - 2].lower in _CAPACITY)
    )


_STEPS: tuple[Callable[[Sequence[Tok], TriggerHit], bool], ...] = (
    _word_form,
    _wrong_kind,
    _no_incident,
    _not_told_as_news,
    _referred_to,
)


_ECONOMIC = frozenset(
    {"loan", "loans", "trade", "oil", "gas", "economic", "financial", "investment", "budget",
     "debt", "aid", "tax", "energy", "guarantee", "credit", "business", "commercial"}
)  # fmt: skip
_FREQUENCY = frozenset(
    {"frequent", "repeated", "regular", "routine", "recurrent", "recurring", "periodic",
     "persistent", "constant", "incessant", "countless", "numerous", "near-daily", "daily",
     "almost-daily", "nightly", "weekly"}
)  # fmt: skip


def _modifies(tokens: Sequence[Tok], last: int) -> bool:
    """Rule 1: the noun at `last` modifies the noun after it ("attack helicopters"), or
    the one after a coordinated noun trigger ("the rape and assault cases")."""
    after = tokens[last + 1 : last + 4]
    if after and after[0].lower in _MODIFIED and not after[0].is_cap:
        return True
    return (
        len(after) == 3
        and after[0].lower in {"and", "or"}
        and after[1].lower in _NOUN_TRIGGERS
        and after[2].lower in _MODIFIED
        and not after[2].is_cap
    )


def _habitual(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 10."""
    word = tokens[last].lower
    if first != last or not word.endswith(("s", "es")) or word.endswith("ss"):
        return False
    lead = {t.lower for t in tokens[max(0, first - 2) : first]}
    if not lead & _FREQUENCY and not _pronoun_present(tokens, first):
        return False
    return not any(t.lower in DAY_WORDS for t in tokens)


#: rule 10: the base forms of verbs of violence, which after "they", "we" or "who" are
#: the simple present of a practice ("they steal, kidnap, and murder anyone who does not
#: cooperate"); reports tell acts in the past ("they kidnapped").
_BASE_VERBS = frozenset(
    {"kill", "kidnap", "murder", "attack", "ambush", "bomb", "abduct", "assassinate",
     "massacre", "torture", "loot", "burn", "shoot", "execute", "steal", "rob", "destroy",
     "raid", "sabotage", "extort", "rape", "plunder"}
)  # fmt: skip
#: rule 10: light verbs in the present before a plural act noun ("who carry out ambushes").
_LIGHT_PRESENT = frozenset({"commit", "perpetrate", "stage", "conduct", "launch"})
_PLURAL_SUBJECTS = frozenset({"they", "we", "who"})


def _plural_present(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 10: a verb of violence in the simple present after "they", "we" or "who",
    also as one of a list of such verbs ("they steal, kidnap, and murder anyone",
    "the counterrevolutionaries who carry out ambushes"): a practice, not an act, unless
    the sentence names a day."""
    if first != last:
        return False
    k = first
    if tokens[k].lower not in _BASE_VERBS:
        if not is_plural(tokens[k].lower):
            return False
        if k >= 2 and [t.lower for t in tokens[k - 2 : k]] == ["carry", "out"]:
            k -= 2
        elif k >= 1 and tokens[k - 1].lower in _LIGHT_PRESENT:
            k -= 1
        else:
            return False
    k -= 1
    while k >= 0 and (
        tokens[k].lower in _BASE_VERBS or tokens[k].text == "," or tokens[k].lower in {"and", "or"}
    ):
        k -= 1
    if k < 0 or tokens[k].lower not in _PLURAL_SUBJECTS:
        return False
    return not any(t.lower in DAY_WORDS for t in tokens)


#: rule 10: the pronouns whose verb in the simple present tells a practice or a policy.
_SINGULAR_PRONOUNS = frozenset({"it", "he", "she"})


def _pronoun_present(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 10: a verb in the simple present right after "it", "he" or "she" and before a
    word of policy tells what the actor does as a rule ("the military says it attacks
    only 'terrorists'"), not an act; without one it is a headline's act in the present
    ("Nigerian army says it kills 30 bandits in Zamfara")."""
    if first == 0 or tokens[first - 1].lower not in _SINGULAR_PRONOUNS:
        return False
    return any(t.lower in _POLICY_WORDS for t in tokens[first + 1 : first + 1 + _POLICY_REACH])


#: rule 10: words after a present verb that make it a policy ("attacks only", "targets
#: solely", "never"), and how far after the verb they may stand.
_POLICY_WORDS = frozenset({"only", "solely", "exclusively", "never", "always"})
_POLICY_REACH = 3


#: adverbs of frequency that make a verb tell a habit ("Armed groups often attack convoys").
_HABIT_ADVERBS = frozenset(
    {"often", "frequently", "regularly", "routinely", "usually", "typically", "generally",
     "sometimes", "rarely", "seldom", "habitually", "commonly", "occasionally"}
)  # fmt: skip
_ADVERB_WINDOW = 2


def _habit_adverb(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 10: a frequency adverb right before the trigger, unless the sentence names a
    day."""
    lead = {t.lower for t in tokens[max(0, first - _ADVERB_WINDOW) : first]}
    return bool(lead & _HABIT_ADVERBS) and not any(t.lower in DAY_WORDS for t in tokens)


#: what a plural event noun opening a sentence says when it states a generality:
#: "Protests are common", "Kidnappings remain rife", "Tax protests have a long history".
_GENERIC_VERBS = frozenset({"are", "remain", "remains", "is"})
#: what such a statement says of the kind: "are common", "remain rare", "are planned".
_GENERIC_PREDICATES = frozenset(
    {"common", "commonplace", "rare", "frequent", "rife", "routine", "widespread", "regular",
     "typical", "usual", "endemic", "banned", "illegal", "prohibited", "planned", "a", "an",
     "part", "likely", "unlikely", "often", "rarely", "increasingly", "more", "less"}
)  # fmt: skip
_GENERIC_HAVE = frozenset({"a", "an", "no", "long", "become", "grown", "increased"})
_NP_OPENERS = frozenset(
    {"the", "these", "those", "this", "that", "a", "an", "two", "three", "several", "its",
     "their", "his", "her", "our", "yesterday's", "today's", "sunday's", "monday's"}
)  # fmt: skip
_SUBJECT_WINDOW = 3


def _generic_subject(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 18: a bare plural event noun opening its sentence, as the subject of a
    statement in the present ("Attacks are common on this road", "Tax protests have a
    long history"), names a kind of event, not one that happened."""
    word = tokens[last].lower
    if first > _SUBJECT_WINDOW or not word.endswith("s") or word.endswith("ss"):
        return False
    if any(t.lower in _NP_OPENERS or t.text[:1].isdigit() for t in tokens[:first]):
        return False
    verb = _subject_verb(tokens, last)
    nxt = [t.lower for t in tokens[verb : verb + 2]] if verb is not None else []
    if not nxt:
        return False
    if nxt[0] in _GENERIC_VERBS:
        # not "Protests are continuing", "Clashes are reported in Aleppo"
        return len(nxt) > 1 and nxt[1] in _GENERIC_PREDICATES
    return nxt[0] in {"have", "has"} and len(nxt) > 1 and nxt[1] in _GENERIC_HAVE


#: rule 18: how far the verb may follow the subject's head, past its place or target
#: ("Bomb attacks on shopping centers in San Salvador are less frequent").
_SUBJECT_TAIL = 8
_TAIL_PREPOSITIONS = frozenset({"on", "in", "at", "against", "of"})


def _subject_verb(tokens: Sequence[Tok], last: int) -> int | None:
    """Rule 18: the index of the verb right after the subject ending at `last`, or
    after its prepositional tail of places and targets, with no punctuation in it."""
    verbs = _GENERIC_VERBS | {"have", "has"}
    if last + 1 >= len(tokens) or tokens[last + 1].lower in verbs:
        return last + 1 if last + 1 < len(tokens) else None
    if tokens[last + 1].lower not in _TAIL_PREPOSITIONS:
        return None
    for k in range(last + 2, min(len(tokens), last + 1 + _SUBJECT_TAIL)):
        if tokens[k].lower in verbs:
            return k
        if not tokens[k].text[:1].isalpha():
            return None
    return None


#: what one fights that is no armed enemy (rule 19): "fighting an outbreak of cholera".
_PEACEFUL_FOES = frozenset(
    {"outbreak", "outbreaks", "epidemic", "pandemic", "disease", "diseases", "virus",
     "cholera", "ebola", "malaria", "measles", "cancer", "illness", "fire", "fires", "blaze",
     "blazes", "wildfire", "wildfires", "flames", "floods", "flood", "drought", "famine",
     "hunger", "poverty", "corruption", "inflation", "unemployment", "addiction",
     "misinformation", "disinformation", "fraud", "climate", "crime"}
)  # fmt: skip
_FIGHT_WORDS = frozenset(
    {"fight", "fights", "fighting", "fought", "battle", "battles", "battling", "battled",
     "combat", "combating", "combatting", "combats", "tackle", "tackling"}
)  # fmt: skip


#: abstractions fought in speeches (rule 19): "this universal battle against terrorism";
#: one counts only as the head of its noun phrase ("battled terror suspects" fights
#: people: `_abstract_foe`).
_ABSTRACT_FOES = frozenset(
    {"terrorism", "terror", "extremism", "radicalism", "radicalisation", "radicalization",
     "racism", "impunity", "injustice", "tyranny", "intolerance", "hatred", "bigotry",
     "ignorance", "illiteracy", "oppression"}
)  # fmt: skip
#: what one fights "to" do for an abstraction (rule 19): "fighting to defend the
#: Constitution".
_DEFENDING = frozenset(
    {"defend", "protect", "preserve", "save", "uphold", "restore", "safeguard", "keep"}
)
_QUOTE_MARKS = frozenset({'"', "'", "“", "”", "‘", "’", "`", "``", "''"})


def _peaceful_foe(tokens: Sequence[Tok], last: int) -> bool:
    """Rule 19: fighting a disease, a fire, poverty, crime or terrorism is no armed fight,
    nor is fighting for or to defend an abstraction."""
    if tokens[last].lower not in _FIGHT_WORDS:
        return False
    start = last + 1
    while start < len(tokens) and tokens[start].text in _QUOTE_MARKS:
        start += 1  # 'this universal battle" against terrorism'
    nxt = tokens[start].lower if start < len(tokens) else ""
    after = tokens[start + 1].lower if start + 1 < len(tokens) else ""
    if nxt in {"for"} or (nxt == "to" and after in _DEFENDING):
        return _abstract_head(tokens, start + (1 if nxt == "for" else 2))
    if nxt in {"against", "off"}:
        start += 1
    phrase = tokens[start : start + _PHRASE_LIMIT]
    for tok in phrase:
        if tok.lower in _PEACEFUL_FOES or _abstract_foe(tokens, tok):
            return True
        if tok.lower in _PHRASE_ENDS or not tok.text[:1].isalnum():
            return False
    return False


def _abstract_head(tokens: Sequence[Tok], start: int) -> bool:
    """Rule 19: the noun phrase at `start` names an abstraction ("the Constitution",
    "freedom", "our democracy"), not a name ("the Islamic State")."""
    for tok in tokens[start : start + _PHRASE_LIMIT]:
        if tok.lower in _PHRASE_ENDS | {"against"} or not tok.text[:1].isalnum():
            return False
        if tok.lower in _ABSTRACT or _abstract_foe(tokens, tok):
            named = tok.is_cap and tok.i > start and tokens[tok.i - 1].is_cap
            return not named
    return False


def _abstract_foe(tokens: Sequence[Tok], tok: Tok) -> bool:
    """Rule 19: `tok` names an abstraction fought and heads its noun phrase ("the battle
    against terrorism"), not a modifier of people fought ("battled terror suspects")."""
    if tok.lower not in _ABSTRACT_FOES:
        return False
    head = _phrase_head(tokens, tok.i)
    return head is not None and head.i == tok.i


#: words that only sport uses (rule 20); a match score ("4-1") says so too.
_SPORT_WORDS = frozenset(
    {"midfielder", "midfield", "goalkeeper", "championship", "tournament", "innings",
     "wicket", "wickets", "half-time", "halftime", "kickoff", "semi-final", "quarter-final",
     "playoff", "playoffs"})  # fmt: skip
#: a score counts only beside a result ("beat Chelsea 2-0"): "on 11-12 March" is a date.
_RESULT_VERBS = frozenset(
    {"beat", "beats", "crushed", "thrashed", "won", "wins", "drew", "draw", "lost", "edged"}
)
_DEATH_WORDS = frozenset({"killed", "dead", "died", "deaths", "wounded", "injured", "bomb"})


def _sport(tokens: Sequence[Tok]) -> bool:
    """Rule 20: a sentence about a match ("Liverpool's attack was relentless as they
    crushed Arsenal 4-1") tells a game, unless it names deaths or bombs."""
    words = {t.lower for t in tokens}
    score = any(_is_score(t.text) for t in tokens) and bool(words & _RESULT_VERBS)
    return bool(score or words & _SPORT_WORDS) and not words & _DEATH_WORDS


def _is_score(text: str) -> bool:
    left, dash, right = text.partition("-")
    return bool(dash) and left.isdigit() and right.isdigit() and len(left) <= 2 >= len(right)


_ACCIDENT_WINDOW = 5
#: rule 21: the determiner and accident noun right before the killing verb.
_ACCIDENT_LEAD = 2


def _accident(tokens: Sequence[Tok], last: int) -> bool:
    """Rule 21: a death "in" an accident or a disaster is no political violence, nor is
    one an accident causes as the subject of the killing verb ("The crash killed 120 of
    the 137 passengers", "the earthquake killed 12")."""
    lead = [t.lower for t in tokens[max(0, last - _ACCIDENT_LEAD) : last]]
    if len(lead) >= 2 and lead[-1] in ACCIDENTS and lead[-2] in {"the", "a", "an", "that"}:
        return not _shot_down(tokens)
    if accident_relative(tokens, last):
        return not _shot_down(tokens)
    after = [t.lower for t in tokens[last + 1 : last + 1 + _ACCIDENT_WINDOW]]
    if not after or after[0] not in {"in", "by", "after", "during"}:
        return False
    return any(w in ACCIDENTS for w in after[1:])


#: rule 21: the verbs that, with "down" after them, tell an aircraft brought down.
_DOWNING = frozenset({"shot", "brought", "shooting", "shoot"})


def _shot_down(tokens: Sequence[Tok]) -> bool:
    """Rule 21: the sentence tells the crashed aircraft was shot down ("The crash killed
    5 soldiers; rebels said they shot it down"): the crash is the attack's outcome."""
    for k, tok in enumerate(tokens):
        if tok.lower == "downed":
            return True
        if tok.lower in _DOWNING and "down" in [t.lower for t in tokens[k + 1 : k + 4]]:
            return True
    return False


_TOLL_FAMILIES = frozenset({"kill", "abduct"})
#: words that count victims without a number (rule 13); "hundreds" and "scores" in the
#: perfect ("hundreds have been killed", "have murdered scores of peasants") sum up a war
#: as "thousands" does.
_MASS = frozenset(
    {"many", "countless", "thousands", "millions", "numerous", "untold", "tens", "hundreds",
     "scores"}
)  # fmt: skip
#: ... of which "many" and "numerous" sum up only in the perfect ("have killed many").
_MASS_UNCOUNTED = _MASS - {"many", "numerous"}
_PERFECT = frozenset({"have", "has", "had"})
_MASS_WINDOW = 6
#: rule 13: how far back from "and" the perfect of a first participle may stand ("has
#: spread across the Sahel and killed thousands").
_COORDINATED_REACH = 6


def summary_toll(tokens: Sequence[Tok], at: int) -> bool:
    """Rule 13: the killing word at `at` sums up many acts, by a mass in the perfect,
    over a period or across a country ("have killed thousands of people", "killed over
    the past month", "were killed nationwide")."""
    return _sums_up(tokens, at, at)


def _sums_up(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 13: the killing words at `first`..`last` sum up many acts (`summary_toll`)."""
    return (
        _summary_toll(tokens, first, last) or period_toll(tokens, last) or nationwide(tokens, last)
    )


#: rule 13: a toll told for a whole country ("killed nationwide", "across the country").
_NATIONWIDE = frozenset({"nationwide", "countrywide"})
_ACROSS_COUNTRY = frozenset(
    (across, "the", whole)
    for across in ("across", "throughout", "around", "over")
    for whole in ("country", "nation")
)
_NATIONWIDE_REACH = 4


def nationwide(tokens: Sequence[Tok], last: int) -> bool:
    """Rule 13: the killing word at `last` is told for the whole country ("22 people were
    killed nationwide", "died across the country"): a total of acts in many places, no
    toll of one of them."""
    after = [t.lower for t in tokens[last + 1 : last + 1 + _NATIONWIDE_REACH]]
    for k, word in enumerate(after):
        if tuple(after[k : k + 3]) in _ACROSS_COUNTRY:
            return True
        if word in _NATIONWIDE:
            # "killed nationwide", not the adjective "in a nationwide operation"
            following = after[k + 1] if k + 1 < len(after) else ""
            return not following.isalpha() or following in _AFTER_ADVERB
        if not word.isalpha() or word in _NOT_THE_TOLLS_REACH:
            return False  # the clause ends: "killed in Mombasa, ... nationwide" is its own
    return False


#: rule 13: words that may follow "nationwide" as an adverb ("killed nationwide since
#: March", "nationwide in the past week"); any other word makes it an adjective.
_AFTER_ADVERB = frozenset(
    {"in", "on", "since", "over", "during", "this", "last", "so", "and", "or", "after",
     "before", "amid", "as", "while", "when", "by", "from", "at", "with", "according"}
)  # fmt: skip
#: rule 13: articles, which make a "nationwide" after them an adjective of their noun
#: ("killed in a nationwide operation", "during a nationwide strike"); "killed in
#: protests nationwide" still sums up the country.
_NOT_THE_TOLLS_REACH = frozenset({"a", "an", "the"})


def _summary_toll(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 13: a killing in the perfect ("have killed", "have been killed") whose
    victims, object after it or subject before a passive one, are counted by a word of
    mass; "many were killed in the blast on Monday" still tells one incident."""
    aux = [t.lower for t in tokens[max(0, first - 2) : first]]
    own_perfect = bool(set(aux) & _PERFECT)
    if not own_perfect and not _coordinated_perfect(tokens, first):
        return False
    if _in_one_incident(tokens, first, last):
        return False
    after = [t.lower for t in tokens[last + 1 : last + 3] if t.lower not in {"so", "the"}]
    if after[:1] and after[0] in (_MASS if own_perfect else _MASS_UNCOUNTED):
        return True  # "have seized the town and killed many civilians" tells one act
    if _thousands_comma(tokens, last + 2):
        return True  # "have killed 1,300 trade unionists"
    if aux[-1:] != ["been"]:
        return False
    lead = range(max(0, first - _MASS_WINDOW), first)
    return any(tokens[k].lower in _MASS or _thousands_comma(tokens, k) for k in lead)


#: rule 13: the mass words that may count the toll of one incident, and the nouns of
#: one incident they are then told "in" ("scores have been killed in an attack on a
#: market", "hundreds have been killed in an RSF attack on Zamzam camp").
_HUNDREDS = frozenset({"hundreds", "scores"})
_ONE_INCIDENT = frozenset(
    {"attack", "strike", "airstrike", "blast", "explosion", "bombing", "raid", "ambush",
     "massacre", "assault"}
)  # fmt: skip
_INCIDENT_REACH = 4


def _in_one_incident(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 13: a toll of hundreds or scores told "in a" single incident ("scores of
    people have been killed in an attack on a market") counts that incident, no war."""
    lead = range(max(0, first - _MASS_WINDOW), first)
    if not any(tokens[k].lower in _HUNDREDS for k in lead) and not (
        last + 1 < len(tokens) and tokens[last + 1].lower in _HUNDREDS
    ):
        return False
    after = [t.lower for t in tokens[last + 1 : last + 2 + _INCIDENT_REACH]]
    if "in" not in after:
        return False
    told = after[after.index("in") + 1 :]
    return bool(told[:1]) and told[0] in {"a", "an"} and bool(set(told) & _ONE_INCIDENT)


def _coordinated_perfect(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 13: the participle at `first` follows "and" and shares the perfect of the
    participle before it, in the same clause ("an insurgency that has spread across the
    Sahel and killed thousands of people")."""
    if first < 1 or tokens[first - 1].lower != "and":
        return False
    for tok in reversed(tokens[max(0, first - 1 - _COORDINATED_REACH) : first - 1]):
        if not tok.text.isalpha():
            return False
        if tok.lower in _PERFECT:
            return True
    return False


#: nouns of a whole campaign, whose toll in the perfect sums it up (rule 13).
_CAMPAIGNS = frozenset(
    {"offensive", "war", "conflict", "campaign", "insurgency", "siege", "crackdown",
     "uprising", "operation", "onslaught"}
)  # fmt: skip
_TOLL_VERBS = frozenset({"killed", "left", "claimed"})
#: ... and those whose toll told in a relative clause sums it up too ("an offensive in
#: the region that killed more than 80 people"); an operation may be one raid.
_LONG_CAMPAIGNS = _CAMPAIGNS - {"operation"}
_RELATIVES = frozenset({"that", "which"})
_CAMPAIGN_REACH = 6
#: rule 13: how long an aside between a campaign noun and its perfect may be, and how
#: far back the subject before such an aside is read.
_ASIDE_REACH = 12


def _campaign_toll(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 13: "<campaign> ... has/have killed|left|claimed" with no day named, read
    from the campaign noun (the trigger) or from the killing verb."""
    if any(t.lower in DAY_WORDS for t in tokens):
        return False
    words = [t.lower for t in tokens]
    if words[last] in _CAMPAIGNS:
        after = words[last + 1 : last + 1 + _CAMPAIGN_REACH]
        tolled = _PERFECT | _RELATIVES if words[last] in _LONG_CAMPAIGNS else _PERFECT
        return any(
            after[k] in tolled and after[k + 1] in _TOLL_VERBS for k in range(len(after) - 1)
        )
    if words[last] != "killed" or first < 2:
        return False
    if words[first - 1] in _RELATIVES:
        antecedent = words[max(0, first - 1 - _CAMPAIGN_REACH) : first - 1]
        return any(w in _LONG_CAMPAIGNS for w in antecedent)
    if words[first - 1] not in _PERFECT:
        return False
    end = _before_aside(words, first - 1)
    reach = _CAMPAIGN_REACH if end == first - 1 else _ASIDE_REACH
    lead = words[max(0, end - reach) : end]
    return any(w in _CAMPAIGNS for w in lead)


def _before_aside(words: Sequence[str], end: int) -> int:
    """Rule 13: where the subject before `end` ends once an aside closed by a comma just
    before `end` is skipped ("The war between X and Y, which broke out in April 2023,
    has killed ..." -> the end of "Y"); `end` itself when no such aside stands there.
    A subject set off by an aside is a whole noun phrase, read as far as the aside's
    reach."""
    if end < 1 or words[end - 1] != ",":
        return end
    for k in range(end - 2, max(-1, end - 2 - _ASIDE_REACH), -1):
        if words[k] == ",":
            return k
    return end


def _statement_reference(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 8 (quote marks around the act's words are skipped: condemns the ``terrorist
    bomb attacks.'')."""
    if tokens[last].lower not in _REFERENCE_NOUNS:
        return False
    if own_place_or_date(tokens, last):
        return False
    evaluative = 0
    k = first - 1
    while k >= 0 and (
        tokens[k].lower in _EVALUATIVE or tokens[k].text == "," or tokens[k].text in _QUOTE_MARKS
    ):
        evaluative += tokens[k].lower in _EVALUATIVE
        k -= 1
    det = tokens[k].lower if k >= 0 else ""
    if det in _DEMONSTRATIVES and not that_before_plural(tokens, k):
        return True
    if det != "the":
        return False
    if evaluative:
        return True
    verb = tokens[k - 1].lower if k >= 1 else ""
    end = last + 1 >= len(tokens) or tokens[last + 1].text in {".", ",", ";", "and"} | _QUOTE_MARKS
    return verb in _CONDEMN and end


def _seizes_movable(tokens: Sequence[Tok], first: int, last: int, passive: bool) -> bool:
    """Rule 6: what is seized is a craft or goods, not ground: the head of the object
    ("the navy seized a Honduran fishing boat") or of the passive subject ("a fishing
    boat was seized by the navy")."""
    if passive:
        return first >= 2 and tokens[first - 2].lower in _MOVABLES
    head = _phrase_head(tokens, last + 1) if last + 1 < len(tokens) else None
    return head is not None and head.lower in _MOVABLES


#: rule 8: the verbs that make an attack noun what something "was" or "appears to
#: have been", and how many modifiers may stand between ("a very well-coordinated").
_COPULAS = frozenset({"was", "is", "been", "be", "were", "are"})
_PREDICATE_REACH = 5


def _predicate_reference(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 8: an attack noun as the complement of a copula ("This appears to have been
    a very well-coordinated attack", "It was a cowardly bombing") says what an act told
    elsewhere was; not "There was an attack" (an existential report), nor one with a
    place or date of its own ("It was an attack on a checkpoint in Kirkuk")."""
    if tokens[last].lower not in _REFERENCE_NOUNS or own_place_or_date(tokens, last):
        return False
    if last + 1 < len(tokens) and tokens[last + 1].text not in {".", ",", ";", "!"}:
        return False  # "it was a bombing of a bus station in Mombasa" tells the act
    for k in range(first - 1, max(0, first - 1 - _PREDICATE_REACH), -1):
        if tokens[k].lower in {"a", "an"} and tokens[k - 1].lower in _COPULAS:
            return k > 1 and tokens[k - 2].lower not in {"there", "here"}
        if not tokens[k].text[:1].isalpha() or tokens[k].lower in _PHRASE_ENDS:
            return False
    return False


def _names_territory(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 6: a place name or noun just after the trigger, or before a passive one."""
    if tokens[last].lower in _AREA_NOUNS | {"control", "flag"}:
        return True  # "took control of", "raised the flag in": the rule itself says so
    passive = first > 0 and tokens[first - 1].lower in {"was", "were", "been", "is", "be"}
    if _seizes_movable(tokens, first, last, passive):
        return False
    if passive and any(t.lower in _PERSONS for t in tokens[max(0, first - 4) : first]):
        return False  # "he was captured inside Iraq": a person, not a place
    window = [t for t in tokens[last + 1 : last + 6] if t.lower not in {"the", "of", "a"}]
    stop = {"by", "with", "after", "on", "in", "at"}
    for tok in window[:3]:
        if tok.lower in stop and tok is not window[0]:
            break
        if tok.lower in _AREA_NOUNS or (tok.is_cap and tok.lower not in _NOT_PLACE_CAPS):
            return True
    if passive or tokens[last].lower == "to":
        for tok in tokens[max(0, first - 6) : first]:
            if tok.lower in _AREA_NOUNS or (tok.is_cap and tok.i > 0):
                return True
    return False


def _abstract_target(tokens: Sequence[Tok], last: int) -> bool:
    """Rule 3: the head of the noun phrase after "on"/"against" is an abstraction ("an
    assault on press freedom", "an attack on the government's budget"), or the attack
    is called verbal ("a blistering attack on the minister", "harshly attacked President
    Duarte")."""
    if tokens[max(0, last - 2) : last] and any(
        t.lower in _VERBAL for t in tokens[max(0, last - 2) : last]
    ):
        return True
    if last + 1 >= len(tokens):
        return False
    if tokens[last + 1].lower in {"on", "against", "upon"}:
        head = _phrase_head(tokens, last + 2)
    elif tokens[last].lower in _ATTACK_VERBS:  # "attacked the president's plan"
        head = _phrase_head(tokens, last + 1)
    else:
        return False
    return head is not None and not head.is_cap and head.lower in _ABSTRACT


#: what makes an attack a fit of illness ("a heart attack", "a panic attack").
_MEDICAL = frozenset(
    {"heart", "panic", "asthma", "anxiety", "cardiac", "allergic", "epileptic", "migraine"}
)
_ATTACK_VERBS = frozenset({"attack", "attacks", "attacked", "attacking", "assailed", "assailing"})
#: words that end the noun phrase of a target.
_PHRASE_ENDS = frozenset(
    {"in", "at", "near", "on", "by", "with", "after", "before", "during", "and", "or",
     "which", "that", "who", "as", "for", "from", "of", "to"}
)  # fmt: skip
_PHRASE_LIMIT = 6


def _phrase_head(tokens: Sequence[Tok], start: int) -> Tok | None:
    """The last word of the noun phrase starting at token `start` (its head noun)."""
    head: Tok | None = None
    for tok in tokens[start : start + _PHRASE_LIMIT]:
        if tok.lower in _PHRASE_ENDS or not tok.text[:1].isalnum():
            if tok.text in {"'s", "’s"}:
                continue
            break
        head = tok
    return head


#: rule 4: words that tell an agreement already in force.
_IN_FORCE = frozenset({"existing", "long-standing", "longstanding", "ongoing", "current"})
#: rule 4: prepositions whose object "talks" is a process joined, left or awaited.
_TALKS_PREPOSITIONS = frozenset({"from", "to", "into", "in", "of", "at", "for"})


def _standing_agreement(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 4: "the 8-month-old truce", "the existing ceasefire", "expelled from peace
    talks"."""
    lead = [t.lower for t in tokens[max(0, first - 2) : first]]
    if any(w.endswith("-old") or w in _IN_FORCE for w in lead):
        return True
    if tokens[last].lower != "talks":
        return False
    k = first - 1
    while k >= 0 and tokens[k].lower in {"the", "peace", "direct", "new", "renewed"}:
        k -= 1
    return k >= 0 and tokens[k].lower in _TALKS_PREPOSITIONS


#: rule 4: verbs that halt talks or a deal told right after them ("suspended peace talks
#: with the ELN", "broke off the negotiations").
_HALTING = frozenset(
    {"suspended", "suspends", "suspend", "halted", "halts", "scrapped", "abandoned",
     "cancelled", "canceled", "froze", "freezes", "ditched"}
)  # fmt: skip
_HALTING_OFF = frozenset({"broke", "breaks", "called", "calls"})
_HALTED_OBJECT_WORDS = frozenset({"the", "its", "their", "all", "peace", "further", "ongoing"})


def _halted(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 4: the agreement or talks are the object of a verb that halts them."""
    k = first - 1
    while k >= 0 and tokens[k].lower in _HALTED_OBJECT_WORDS:
        k -= 1
    if k < 0:
        return False
    if tokens[k].lower == "off":
        return k > 0 and tokens[k - 1].lower in _HALTING_OFF
    return tokens[k].lower in _HALTING


#: rule 4: the auxiliaries of a passive that halts the talks ("were suspended").
_PASSIVE_AUXILIARIES = frozenset({"was", "were", "been"})
_PASSIVE_REACH = 12
_CLAUSE_MARKS = frozenset({",", ";", ":", ".", "(", ")", "-", "--"})


def _halted_in_passive(tokens: Sequence[Tok], last: int) -> bool:
    """Rule 4: the agreement or talks are the subject of a passive that halts them, in
    their clause ("Peace talks between the government and the ELN were suspended in
    January")."""
    for k in range(last + 1, min(len(tokens) - 1, last + 1 + _PASSIVE_REACH)):
        if tokens[k].text in _CLAUSE_MARKS:
            return False  # the clause ends
        if tokens[k].lower in _PASSIVE_AUXILIARIES:
            return tokens[k + 1].lower in _HALTING
    return False


def _broke_down(tokens: Sequence[Tok], last: int) -> bool:
    words = [t.lower for t in tokens[last + 1 : last + 4]]
    for phrase in _BREAKDOWN:
        n = len(phrase)
        for k in range(len(words) - n + 1):
            if tuple(words[k : k + n]) == phrase:
                return True
    return False


#: words that open a stated period (rule 13): "in the first week of", "over the past month".
_PERIOD_LEADS = frozenset({"first", "past", "last", "previous", "opening", "recent"})
#: periods with no lead that span more than one incident ("over the years").
_LONG_PERIODS = frozenset({"years", "decades", "months"})
_PERIOD_UNITS = frozenset(
    {"week", "weeks", "month", "months", "year", "years", "days", "fortnight", "decade"}
)
_PERIOD_WINDOW = 6


def period_toll(tokens: Sequence[Tok], last: int) -> bool:
    """Rule 13: the killing word at `last` is counted "in/over/during the first|past
    week ..." or "since <year>" after it: a total over a period."""
    if _since_year(tokens, last) or _between_dates(tokens, last):
        return True
    after = [t.lower for t in tokens[last + 1 : last + 1 + _PERIOD_WINDOW]]
    for k, word in enumerate(after[:-1]):
        if word not in {"in", "over", "during", "throughout", "for"}:
            continue
        rest = after[k + 1 :]
        if rest and rest[0] == "the":
            rest = rest[1:]
        if len(rest) >= 2 and rest[0] in _PERIOD_LEADS and rest[1] in _PERIOD_UNITS:
            return True  # "in the first week", "in recent years"
        if rest and rest[0] in _LONG_PERIODS:
            return True  # "over the years", "for decades"
        if rest[:2] == ["weeks", "of"]:
            # "weeks" sums a toll only as a stretch of something: "killed during weeks
            # of protests", not "the first clash in weeks"
            return True
    return False


#: rule 13: how far after the killing word "since <year>" may stand, in one clause
#: ("has killed more than 26,000 people in Burkina Faso since 2015").
_TOTAL_SINCE_REACH = 12


#: words that measure one act against the past ("the worst attack since 2019").
_MEASURES_AGAINST_PAST = frozenset(
    {"first", "worst", "deadliest", "bloodiest", "biggest", "largest", "heaviest", "most",
     "highest", "fiercest", "strongest", "latest", "last"}
)  # fmt: skip
#: what ends the stretch a "since <year>" may belong to ("a suspect who had been wanted
#: since 2019", "a town under curfew since 2021").
_SINCE_BREAKS = frozenset({"who", "which", "that", "under"})
_PERFECT_AUXILIARIES = _PERFECT | {"'s", "'ve"}


def _since_year(tokens: Sequence[Tok], last: int) -> bool:
    """Rule 13: a killing word at `last` in the present or past perfect ("have killed",
    "have been killed") with "since <year>" after it in its clause: a running total
    over years ("has killed more than 26,000 people in Burkina Faso since 2015"). A
    superlative or "first" before it measures one act against the past instead ("the
    deadliest attack since 2019")."""
    if not _perfect_before(tokens, last):
        return False
    for k in range(last + 1, min(len(tokens) - 1, last + 1 + _TOTAL_SINCE_REACH)):
        word = tokens[k].lower
        if not word.isalnum() and not _thousands_comma(tokens, k):
            return False  # the clause ends
        if word in _MEASURES_AGAINST_PAST or word in _SINCE_BREAKS:
            return False
        if word == "since" and _opens_a_stretch(tokens, k + 1):
            return True
    return False


#: rule 13: what a stretch counted "since the ..." may open with beyond the nouns of
#: rule 26 ("since the coup", "since the invasion").
_TURNING_POINTS = frozenset({"coup", "invasion", "takeover", "revolution", "ceasefire", "truce"})


def _opens_a_stretch(tokens: Sequence[Tok], at: int) -> bool:
    """Rule 13: the words from `at` open a stretch of time reaching to the report: a
    year, a month and year ("since March 2023"), or the start of a war or a turning
    point ("since the start of the war", "since the coup"); a weekday does not."""
    ahead = tokens[at : at + 2]
    if not ahead:
        return False
    if _is_year(ahead[0]):
        return True
    if _month_name(ahead[0].lower):
        return len(ahead) > 1 and _is_year(ahead[1])
    return (
        ahead[0].lower == "the"
        and len(ahead) > 1
        and ahead[1].lower in _SINCE_OPENINGS | _STRETCH_NOUNS | _TURNING_POINTS
    )


def _between_dates(tokens: Sequence[Tok], last: int) -> bool:
    """Rule 13: the killing word at `last` is counted "between" two months or years in
    its clause ("killed around 3,000 people between January and March"): a total over
    a stretch; "between 10 and 20 villagers" is a range, no stretch."""
    for k in range(last + 1, min(len(tokens) - 1, last + 1 + _TOTAL_SINCE_REACH)):
        word = tokens[k].lower
        if not word.isalnum() and not _thousands_comma(tokens, k):
            return False  # the clause ends
        if word == "between":
            following = tokens[k + 1]
            return _month_name(following.lower) or _is_year(following)
    return False


def _perfect_before(tokens: Sequence[Tok], last: int) -> bool:
    """ "has killed", "have been killed", "have reportedly been killed"."""
    for tok in reversed(tokens[max(0, last - 4) : last]):
        if not tok.text.isalpha() and tok.text not in {"'s", "'ve"}:
            return False
        if tok.lower in _PERFECT_AUXILIARIES:
            return True
    return False


_DRILL_NOUNS = frozenset(
    {"training", "exercise", "exercises", "drill", "drills", "simulation", "rehearsal"}
)
_DRILL_VERBS = frozenset(
    {"includes", "included", "include", "including", "involves", "involved", "involve",
     "simulates", "simulated", "simulate", "covers", "covered", "cover", "consists"}
)  # fmt: skip
_TRAINED = _DRILL_NOUNS | frozenset(
    {"trained", "train", "trains", "trainees", "prepared", "prepare", "preparing", "ready"}
)
_PURPOSE_WINDOW = 12


def _drill(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 14: after "training includes", or the object of "for" after "training"."""
    words = [t.lower for t in tokens[:first]]
    for k in range(len(words) - 1):
        if words[k] in _DRILL_NOUNS and words[k + 1] in _DRILL_VERBS:
            return True
    lead = words[max(0, first - 4) : first]
    if "for" not in lead:
        return False
    at = first - len(lead) + lead.index("for")
    if any(not t.text[:1].isalnum() for t in tokens[at:first]):
        return False
    return any(w in _TRAINED for w in words[max(0, at - _PURPOSE_WINDOW) : at])


_HABIT_AFTER = (
    ("on", "a", "regular", "basis"), ("on", "a", "daily", "basis"), ("regularly",),
    ("routinely",), ("every", "day"), ("every", "night"), ("every", "week"), ("daily",),
    ("almost", "every", "day"), ("day", "after", "day"), ("repeatedly",),
    ("several", "times"), ("many", "times"), ("numerous", "times"),
    ("on", "several", "occasions"), ("on", "many", "occasions"),
)  # fmt: skip
_CONTINUING = frozenset({"continues", "continue", "continued", "continuing", "keeps", "keep"})
_HABIT_WINDOW = 12


def _habit_after(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 16, unless the sentence names a day (which an apposition does not date)."""
    if _describing_participle(tokens, first, last) and _set_off(tokens, first):
        return True  # "Al-Shabaab, the group fighting the government, said on Thursday"
    if any(t.lower in DAY_WORDS for t in tokens):
        return False
    lead = [t.lower for t in tokens[max(0, first - 2) : first]]
    if len(lead) == 2 and lead[0] in _CONTINUING and lead[1] == "to":
        return True
    after: list[str] = []
    for tok in tokens[last + 1 : last + 1 + _HABIT_WINDOW]:
        if tok.text in {",", ";", ":", "."}:
            break  # within the trigger's clause
        after.append(tok.lower)
    if _progressive_perfect(tokens, first) and _over_a_stretch(after):
        return True  # "which has been fighting the army for the last 10 years"
    if _describing_participle(tokens, first, last):
        return True  # "US forces in the country battling the Islamic State"
    return any(
        tuple(after[k : k + len(phrase)]) == phrase
        for phrase in _HABIT_AFTER
        for k in range(len(after) - len(phrase) + 1)
    )


#: rule 16: the participles that describe whom forces are at war with, and the nouns
#: they describe ("US forces battling the Islamic State").
_WAR_PARTICIPLES = frozenset({"battling", "fighting"})
_DESCRIBED_NOUNS = frozenset(
    {"forces", "troops", "soldiers", "fighters", "militias", "militiamen", "groups",
     "rebels", "militants", "coalition", "country", "region", "army", "government",
     "group", "militia", "movement", "insurgents", "jihadists", "guerrillas"}
)  # fmt: skip


def _describing_participle(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 16: "battling" or "fighting" right after the forces or the country it
    describes, with its enemy as object ("embedded with US forces in the country
    battling the Islamic State"), says who is at war, not that a fight took place (the
    sentence names no day: the day was already checked)."""
    if first != last or tokens[first].lower not in _WAR_PARTICIPLES or first == 0:
        return False
    if tokens[first - 1].lower not in _DESCRIBED_NOUNS or last + 1 >= len(tokens):
        return False
    nxt = tokens[last + 1]
    return nxt.lower in {"the", "a", "an"} or nxt.is_cap


#: how many words an apposition may hold on either side of its participle.
_APPOSITION_REACH = 6


def _set_off(tokens: Sequence[Tok], first: int) -> bool:
    """Whether the word at `first` stands in a phrase set off by commas ("Al-Shabaab,
    the al Qaeda-linked group fighting the government, said ..."): an apposition that
    describes a name, whose day is not the sentence's."""
    before = [t.text for t in tokens[max(0, first - _APPOSITION_REACH) : first]]
    after = [t.text for t in tokens[first + 1 : first + 1 + _APPOSITION_REACH]]
    return "," in before and "," in after


def _progressive_perfect(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 16: "has been fighting", "have been attacking": an activity still going on."""
    lead = [t.lower for t in tokens[max(0, first - 2) : first]]
    return len(lead) == 2 and lead[0] in {"has", "have", "had"} and lead[1] == "been"


#: rule 16: words that make a stretch a lower bound ("for more than 15 years", "for over
#: a decade", "for at least two years", "for a decade").
_AT_LEAST = frozenset({"more", "than", "over", "at", "least", "well", "a"})


def _over_a_stretch(after: Sequence[str]) -> bool:
    """Rule 16: "for the last 10 years", "for months", "for the past two decades" (not
    "for two weeks": fighting that long is still the news)."""
    for k, word in enumerate(after):
        if word != "for":
            continue
        rest = [w for w in after[k + 1 : k + 5] if w not in {"the", "last", "past", "nearly"}]
        rest = [w for w in rest if not (w.isdigit() or w in _STRETCH_SKIPS)]
        if rest and rest[0] in _LONG_PERIODS | {"year", "decade"}:
            return True
    return False


_MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"}
)  # fmt: skip
_ONCE_WINDOW = 5


#: "involved in", "took part in": a person's part in a past event (rule 17).
_PART_IN = frozenset({"involved", "part", "participated", "role", "participation"})
_PART_WINDOW = 4
#: the determiners of a definite, known event ("in their retaking", "in the siege").
_DEFINITE_EVENT = frozenset({"the", "their", "its", "his", "her", "this", "that"})


def _indefinite_past(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 17: "once" before a past verb ("once claimed", "once attacked"), not "once
    the town was cleared" (as soon as), or a part "in" a past event, in a sentence
    stating no day, month or year."""
    if any(t.lower in DAY_WORDS or t.lower in _MONTHS or _is_year(t) for t in tokens):
        return False
    for k in range(max(2, first - _ONCE_WINDOW), first + 1):
        opener = not tokens[k - 2].text[:1].isalnum()
        if tokens[k - 1].lower == "once" and tokens[k].lower.endswith("ed") and not opener:
            return True
    lead = [t.lower for t in tokens[max(0, first - _PART_WINDOW) : first]]
    if "in" not in lead[:-1] or lead.index("in") == 0:
        return False
    at = lead.index("in")
    return lead[at - 1] in _PART_IN and lead[at + 1] in _DEFINITE_EVENT


def _place_history(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 30: the trigger's clause is (or continues) a "where" clause after a noun,
    with a past marker of its own ("where the police chief was assassinated last year";
    a year alone may be this year's: "the deadliest attack of 2024")."""
    opener = _place_opener(tokens, first)
    if opener is None:
        return False
    lo, hi = clause_bounds(list(tokens), first)
    return any(t.lower in PAST_MARKERS for t in tokens[max(lo, opener) : hi])


#: rule 30: words that end the reach back from a trigger to its "where".
_PLACE_CLAUSE_BREAKS = frozenset({";", ":", "and", "but", "that", "said", "says"})


def _place_opener(tokens: Sequence[Tok], first: int) -> int | None:
    """The "where" after a noun that opens the trigger's clause, also across an
    appositive ("where Colonel X, chief of police, was assassinated")."""
    for k in range(first - 1, 0, -1):
        word = tokens[k].lower
        if word == "where":
            return k if tokens[k - 1].text[:1].isalnum() else None
        if word in _PLACE_CLAUSE_BREAKS or (word in SUBORDINATORS and word != "where"):
            return None
    return None


def _thousands_comma(tokens: Sequence[Tok], k: int) -> bool:
    """The token at `k` is the comma inside a number ("12,000")."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].text == ","
        and tokens[k - 1].text.isdigit()
        and tokens[k + 1].text.isdigit()
        and tokens[k + 1].start == tokens[k].end
    )


def _is_year(tok: Tok) -> bool:
    return len(tok.text) == 4 and tok.text.isdigit() and tok.text[:2] in {"19", "20"}


#: a share or an area of territory (rule 15).
_SHARE = frozenset({"%", "percent", "per", "square", "km2", "sq", "hectares", "acres"})
_SHARE_WINDOW = 10


def _territory_total(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 15: a share or an area within a few words either side of the trigger."""
    before = tokens[max(0, first - _SHARE_WINDOW) : first]
    after = tokens[last + 1 : last + 1 + _SHARE_WINDOW]
    return any(t.lower in _SHARE for t in (*before, *after))


#: what may happen (rule 23): "the risk of", "fears of", "the threat of".
_HAZARDS = frozenset(
    {"risk", "risks", "danger", "dangers", "threat", "threats", "fear", "fears",
     "possibility", "possibilities", "prospect", "prospects", "likelihood", "spectre",
     "specter", "chance", "chances", "hazard", "hazards", "probability"}
)  # fmt: skip
#: determiners after "of" that name a known event ("fears of the fighting spreading").
_OWN_DETERMINERS = frozenset(
    {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our"}
)
#: how many modifiers may stand between "of" and the event noun ("of a random
#: assault", "of renewed heavy clashes", "of being attacked").
_HAZARD_MODIFIERS = 3
#: how far before "of" the hazard noun may stand ("danger to the public of").
_HAZARD_REACH = 4


def _hazard(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 23: the trigger at `first` is the object of "of" after a hazard noun."""
    k = first - 1
    while k >= 0 and first - k <= _HAZARD_MODIFIERS and tokens[k].lower != "of":
        if not tokens[k].text[:1].isalpha() or tokens[k].lower in _OWN_DETERMINERS:
            return False
        k -= 1
    if k < 0 or tokens[k].lower != "of":
        return False
    for tok in reversed(tokens[max(0, k - _HAZARD_REACH) : k]):
        if not tok.text[:1].isalnum():
            return False
        if tok.lower in _HAZARDS:
            return True
    return False


#: rule 24: the words that end a response to an act told elsewhere, read backwards from
#: just before the act's noun ("condemned", "tribute to the victims of", "probe into").
#: Every form of a verb of inquiry counts bare, as its object is the act looked into
#: ("Police probed the bombing", "Police probe the killings" in a headline), a
#: house searched is no act ("Police probed the house"); the other nouns need their
#: preposition ("an investigation into the attack").
_RESPONSES = (
    ("mourned",), ("mourns",), ("mourning",),
    ("commemorated",), ("commemorate",), ("commemorating",), ("anniversary", "of"),
    ("victims", "of"), ("tribute", "to"), *((verb,) for verb in sorted(INQUIRY_VERBS)),
    ("investigation", "into"), ("investigation", "of"),
    ("investigations", "into"), ("probe", "into"), ("probe", "of"), ("inquiry", "into"),
    ("charged", "with"), ("convicted", "of"), ("guilty", "of"), ("guilty", "to"),
    ("sentenced", "for"), ("trial", "for"), ("trial", "over"), ("tried", "for"),
    ("acquitted", "of"), ("counts", "of"), ("count", "of"), ("suspect", "in"),
    ("suspects", "in"), ("prison", "for"), ("jailed", "for"), ("imprisoned", "for"),
    ("charges", "of"), ("charge", "of"),
)  # fmt: skip
#: rule 24: steps of a court, whose day is never the act's ("was charged with murder
#: Thursday in the slaying of ...").
_COURT_STEPS = (
    ("charged", "with"), ("convicted", "of"), ("guilty", "of"), ("guilty", "to"),
    ("sentenced", "for"), ("acquitted", "of"), ("prison", "for"), ("jailed", "for"),
    ("imprisoned", "for"), ("charges", "of"), ("charge", "of"),
)  # fmt: skip
#: words that may stand between the response and the act's noun ("the terrorist bomb"),
#: also the other crimes a list of charges names first ("on charges of extortion and
#: kidnapping", "charges of murder, drug trafficking, kidnapping").
_NOUN_PHRASE_WORDS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "both", "two", "twin", "deadly",
     "fatal",
     "terrorist", "bomb", "car", "truck", "suicide", "recent", "latest", "last", "first",
     "second", "august", "september", "embassy", "embassies", "second-degree",
     "first-degree", "attempted", "murder", "rape", "assault", "kidnapping", "robbery",
     "arson", "manslaughter", "homicide", "incest", "and", "or", ",", "degree",
     "aggravated", "misdemeanor", "misdemeanour", "felony", "capital", "statutory",
     "sexual", "armed", "indecent", "vehicular", "involuntary", "voluntary", "double",
     "triple", "drug", "trafficking", "extortion", "torture", "terrorism", "theft"}
)  # fmt: skip
_RESPONSE_REACH = 8
_OWN_DAY_REACH = 12


def _responded_to(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 24: a response named just before the act, over words of its noun phrase
    only, and no day of the act's own after it."""
    k = first - 1
    while k >= 0 and first - k <= _RESPONSE_REACH and _in_noun_phrase(tokens[k]):
        k -= 1
    if k < 0:
        return False
    words = [t.lower for t in tokens[max(0, k - 1) : k + 1]]
    if words[-1] in _CONDEMN and _day_closing_condemnation(tokens, k, last):
        return True  # the day after the act is the condemnation's own
    dated_condemnation = words[-1] in _CONDEMN and _dated_verb(tokens, k)
    if not dated_condemnation and not any(
        tuple(words[len(words) - len(cue) :]) == cue for cue in _RESPONSES
    ):
        return False
    if any(tuple(words[len(words) - len(cue) :]) == cue for cue in _COURT_STEPS):
        return True  # "was charged with murder Thursday": the day is the court's
    after = []
    for tok in tokens[last + 1 : last + 1 + _OWN_DAY_REACH]:
        if tok.text in {",", ";", "."}:
            break  # ", prosecutors said on Monday": the day of the telling
        after.append(tok)
    return not any(t.lower in DAY_WORDS or t.lower in _MONTHS for t in after)


def _dated_verb(tokens: Sequence[Tok], verb: int) -> bool:
    """Rule 24: the condemnation is dated by a day just before or after its verb
    ("Clinton Thursday condemned", "condemned on Monday"): that day is the reaction's,
    and the act condemned was told on a day of its own."""
    near = [*tokens[max(0, verb - 2) : verb], *tokens[verb + 1 : verb + 3]]
    return any(t.lower in DAY_WORDS for t in near)


#: rule 24: how far after the act's noun the day closing a condemnation may stand.
_CLOSING_DAY_REACH = 12


def _day_closing_condemnation(tokens: Sequence[Tok], verb: int, last: int) -> bool:
    """Rule 24: a reported condemnation ("condemned", past tense) of "the" act, whose
    verb phrase closes on a day, at the full stop or before "and" and the next verb
    ("condemned the bombing of the U.S. embassies in Kenya and Tanzania on Thursday and
    called on all states ..."): the day is the condemnation's."""
    if not tokens[verb].lower.endswith("ed") or tokens[verb + 1].lower != "the":
        return False
    for k in range(last + 1, min(len(tokens), last + 1 + _CLOSING_DAY_REACH)):
        tok = tokens[k]
        if tok.text in {",", ";", ":"} or tok.lower in SUBORDINATORS | {"that"}:
            return False  # "that killed 12 people on Monday": the act's own day
        if tok.lower not in DAY_WORDS:
            continue
        nxt = tokens[k + 1].lower if k + 1 < len(tokens) else "."
        return nxt in {".", "and"}
    return False


def _in_noun_phrase(tok: Tok) -> bool:
    """Rule 24: a determiner, number, date or modifier inside the act's noun phrase."""
    return tok.lower in _NOUN_PHRASE_WORDS or tok.text.isdigit() or tok.text in {"'s", "’s"}


#: rule 25: modals of obligation, and what after them tells a guess, not a duty.
_OBLIGATIONS = frozenset({"must", "should"})
_OBLIGATION_REACH = 12


def _obligation(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 25: "must", "should" or "have to" before the trigger in its sentence, not
    followed by "have" ("must have planted" guesses at a past act)."""
    for k in range(max(0, first - _OBLIGATION_REACH), first):
        word = tokens[k].lower
        nxt = tokens[k + 1].lower if k + 1 < len(tokens) else ""
        if word in _OBLIGATIONS and nxt not in {"have", "not", "be"} | {"'ve"}:
            return True
        if word in _OBLIGATIONS and nxt == "be" and k + 2 < first:
            return True  # "mines must be placed"
        if word in {"have", "has"} and nxt == "to" and k + 2 <= first:
            return True
    return False


#: rule 26: units of the periods that sum up incidents ("in the last 48 hours", "10 days
#: of fighting"), and those of them that span more than one day.
_TIME_UNITS = frozenset(
    {"hours", "days", "nights", "weeks", "months", "years", "decades", "summers", "winters",
     "seasons"}
)  # fmt: skip
_DAYS_OR_MORE = _TIME_UNITS - {"hours"}
_AGGREGATE_REACH = 8


def _aggregate(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 26: a plural event noun told "in the last 48 hours" or "since January",
    with no day named in its sentence."""
    if any(t.lower in DAY_WORDS for t in tokens):
        return False
    if tokens[last].lower in _CROWD_NOUNS:
        return _perfect_over_stretch(tokens, last)
    if tokens[last].lower in _FIGHTS and _stretch_of(tokens, first):
        return True
    if not tokens[last].lower.endswith("s") or tokens[last].lower not in _AGGREGATES:
        return False
    if _series_of(tokens, first) or _stretch_of(tokens, first):
        return True  # "a wave of bombings", "killed during weeks of protests"
    after = [t.lower for t in tokens[last + 1 : last + 1 + _AGGREGATE_REACH]]
    for k, word in enumerate(after):
        rest = after[k + 1 : k + 4]
        if word == "since" and rest and (_month_name(rest[0]) or rest[0].isdigit()):
            return True
        stretch = word in {"in", "over", "during"} and len(rest) >= 3 and rest[0] == "the"
        if stretch and rest[1] in _PERIOD_LEADS and _longer_than_a_day(after[k + 3 : k + 6]):
            return True  # "in the last 48 hours", "over the past two weeks"
    return _perfect_over_stretch(tokens, last)


#: rule 26: the fighting a stretch of days is told of ("after weeks of bombing" tells a
#: bombardment, coded as one: `classify` rule 4).
_FIGHTS = frozenset(
    {"fighting", "clashes", "battles", "skirmishes", "combat", "gunbattles", "firefights"}
)
#: rule 26: words that count the units of a stretch ("10 days", "nearly two weeks",
#: "recent weeks").
_STRETCH_COUNTS = COUNTING_WORDS | {"recent", "nearly", "almost", "about", "around", "roughly"}
_STRETCH_SKIPS = _STRETCH_COUNTS | _AT_LEAST
#: rule 26: nouns of many incidents ("a wave of bomb attacks").
_SERIES = frozenset({"wave", "spate", "series", "string", "campaign", "rash", "succession"})
_SERIES_REACH = 3


def _series_of(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 26: "a wave of bomb attacks", "a spate of kidnappings": the plural event noun
    is counted in a series of incidents."""
    for k in range(first - 1, max(-1, first - 1 - _SERIES_REACH), -1):
        if tokens[k].lower == "of":
            return k > 0 and tokens[k - 1].lower in _SERIES
        if not tokens[k].text[:1].isalpha():
            return False
    return False


#: rule 26: words that make a stretch of days the time of something else ("following 10
#: days of fighting", "ended weeks of clashes"), not the subject that acts ("months of
#: bombing had destroyed every hospital" tells a bombardment).
_STRETCH_LINKS = frozenset(
    {"after", "following", "followed", "follows", "during", "amid", "through", "over",
     "ended", "ending", "ends", "end", "since", "despite"}
)  # fmt: skip


def _stretch_of(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 26: "following 10 days of fighting", "followed years of tit-for-tat
    violence", "after weeks of clashes": the event noun told as the stretch of many days
    something else came after or in."""
    k = first - 1
    while k >= 0 and k >= first - _SERIES_REACH and tokens[k].lower != "of":
        if not tokens[k].text[:1].isalpha():
            return False
        k -= 1
    if k < 1 or tokens[k].lower != "of" or tokens[k - 1].lower not in _DAYS_OR_MORE:
        return False
    link = k - 2
    while link >= 0 and (tokens[link].text.isdigit() or tokens[link].lower in _STRETCH_COUNTS):
        link -= 1  # "10 days of", "nearly two weeks of"
    return link >= 0 and tokens[link].lower in _STRETCH_LINKS


#: rule 26: the people of a crowd, whose noun is a trigger of its own ("Clashes among
#: protesters, marchers and the police have provoked violence for three summers").
_CROWD_NOUNS = frozenset(
    {"protesters", "protestors", "demonstrators", "marchers", "rioters", "confrontations"}
)
#: rule 26: how far the perfect verb phrase of a plural event noun may reach.
_PERFECT_REACH = 30


def _perfect_over_stretch(tokens: Sequence[Tok], last: int) -> bool:
    """Rule 26: the plural event noun is the subject of a verb in the perfect whose
    clause closes on a stretch of time ("Clashes among protesters, marchers and the
    police have provoked widespread violence ... for the past three summers")."""
    after: list[str] = []
    for tok in tokens[last + 1 : last + 1 + _PERFECT_REACH]:
        if tok.text in {";", "."} or tok.lower in SUBORDINATORS:
            break
        after.append(tok.lower)
    if not set(after) & {"have", "has"}:
        return False
    at = min(after.index(w) for w in ("have", "has") if w in after)
    for k in range(at, len(after) - 3):
        opens = after[k] in {"in", "over", "during", "for", "throughout"} and after[k + 1] == "the"
        if opens and after[k + 2] in _PERIOD_LEADS and _longer_than_a_day(after[k + 3 : k + 6]):
            return True
    return False


#: rule 26: the nouns of a stretch a running total is counted over ("during the wave of
#: violence", "during the campaign", "during the past months").
_STRETCH_NOUNS = (
    _SERIES
    | _DAYS_OR_MORE
    | {"course", "war", "conflict", "offensive", "uprising", "crackdown", "insurgency", "unrest"}
)
_SINCE_OPENINGS = frozenset({"start", "beginning", "outbreak", "launch", "onset"})
#: rule 26: how far after "since" the date that opens the stretch may stand.
_SINCE_REACH = 10
#: rule 26: the words that open a time phrase fronted before the trigger's clause
#: ("Since January, troops have arrested 300 people", "In recent weeks, ...").
_TIME_OPENERS = frozenset({"since", "during", "in", "over", "lately"})


def _dated_within(tokens: Sequence[Tok]) -> bool:
    """Rule 26: a month or a year among `tokens`, before the clause ends."""
    for tok in tokens:
        if tok.text in {",", ";", ":"}:
            return False
        if _month_name(tok.lower) or _is_year(tok):
            return True
    return False


def _month_name(word: str) -> bool:
    """A month's name, in full or cut short ("January", "Feb.", "Sept")."""
    short = word.rstrip(".")
    return short in _MONTHS or short in MONTHS or short == "sept"


def _running_total(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 26: a trigger in the perfect ("have defused", "has arrested") whose clause (or
    the time phrase opening or closing it) names a stretch ("during the wave of
    violence", "since January", "since the start of the war", "lately", "in recent
    weeks") in a sentence naming no day: "the first such attack in recent weeks" after a
    comma tells of another attack, not of the trigger's."""
    if not _in_perfect(tokens, first) or any(t.lower in DAY_WORDS for t in tokens):
        return False
    lo, hi = _stretch_reach(tokens, first)
    words = [t.lower for t in tokens[lo:hi]] + ["", ""]
    for k, word in enumerate(words[:-2]):
        nxt, then = words[k + 1], words[k + 2]
        if word == "during" and nxt == "the" and then in _STRETCH_NOUNS:
            return True
        if word == "lately" or (word == "in" and nxt == "recent" and then in _TIME_UNITS):
            return True  # "have attacked several mines lately", "in recent weeks"
        since = word == "since"
        if since and _dated_within(tokens[lo + k + 1 : min(hi, lo + k + 1 + _SINCE_REACH)]):
            return True  # "since January", "since Sinn Fein was expelled ... on Feb. 20"
        if since and nxt == "the" and then in _SINCE_OPENINGS | _STRETCH_NOUNS:
            return True
    return False


def _closing_since_over_list(tokens: Sequence[Tok], hi: int) -> bool:
    """Rule 26: the sentence closes on a "since" phrase after a list item in the perfect,
    which scopes over the whole list ("100,000 persons who have been murdered, 40,000
    who have been kidnapped ... and 46,000 who have sought refuge in Mexico since
    1954"); an appositive ("the deadliest attack since January") names another event."""
    since = next(
        (k for k in range(len(tokens) - 1, hi - 1, -1) if tokens[k].lower == "since"), None
    )
    if since is None or clause_bounds(list(tokens), since)[1] < len(tokens) - 1:
        return False
    item = since
    while item > hi and tokens[item - 1].text not in {",", ";", ":"}:
        item -= 1
    return any(t.lower in {"have", "has"} for t in tokens[item:since])


def _stretch_reach(tokens: Sequence[Tok], first: int) -> tuple[int, int]:
    """Rule 26: the token range of the trigger's clause, with the "since" clause that
    closes it ("have arrested 300 people since the uprising began") and the time phrase
    that opens the sentence right before it ("Since January, troops have ...")."""
    lo, hi = clause_bounds(list(tokens), first)
    if hi < len(tokens) and tokens[hi].lower == "since":
        hi = clause_bounds(list(tokens), hi)[1]
    elif _closing_since_over_list(tokens, hi):
        hi = len(tokens)
    opening = clause_bounds(list(tokens), 0)[1]
    fronted = tokens[0].lower in _TIME_OPENERS
    if (
        fronted
        and lo > 0
        and (opening == lo or (opening + 1 == lo and tokens[opening].text == ","))
    ):
        lo = 0
    return lo, hi


#: rule 26: how far back a perfect auxiliary may stand, over a coordinated verb phrase
#: ("have defused 14 bombs and confiscated five rockets").
_AUXILIARY_REACH = 10


def _in_perfect(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 26: "have" or "has" before the trigger within its clause."""
    for tok in reversed(tokens[max(0, first - _AUXILIARY_REACH) : first]):
        if tok.lower in {"have", "has"}:
            return True
        if not tok.text[:1].isalnum() or tok.lower in SUBORDINATORS:
            return False
    return False


#: rule 27: words that only hacking uses.
_CYBER = frozenset(
    {"hacker", "hackers", "hacked", "hacking", "cyberattack", "cyberattacks",
     "cyber-attack", "cyber-attacks", "phishing", "malware", "ransomware", "ddos",
     "spyware", "botnet"}
)  # fmt: skip
#: rule 27: "cyber" tells hacking only as the trigger's own modifier ("a cyber attack"),
#: not as another noun's ("stormed a cyber cafe").
_CYBER_MODIFIER = "cyber"


def _cyber(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 27: a trigger whose own clause is about hacking (a hacking word in it, or
    "cyber" right before the trigger), in a sentence that names no armed side, weapon
    or harm besides the trigger's own words ("Gunmen stormed a cyber cafe ... and abducted
    two students" is an attack)."""
    lo, hi = clause_bounds(list(tokens), first)
    hacking = any(t.lower in _CYBER for t in tokens[lo:hi]) or (
        first > 0 and tokens[first - 1].lower == _CYBER_MODIFIER
    )
    words = {t.lower for t in tokens}
    own = frozenset(t.lower for t in tokens[first : last + 1])
    killing = words & _DEATH_WORDS or "death" in own  # "were hacked to death"
    return hacking and not killing and not armed_or_harmful(tokens, ignore=own)


#: rule 28: verbs of seeing, whose definite object is an event's aftermath.
_SEEING = frozenset({"saw", "seen", "see", "watched", "witnessed", "photographed", "filmed"})


def _witnessed(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 28: "I saw the mutilated bodies of the children": a body trigger that is the
    definite object of a verb of seeing."""
    if tokens[first].lower not in BODY_WORDS or first < 2:
        return False
    return tokens[first - 1].lower == "the" and tokens[first - 2].lower in _SEEING


def _longer_than_a_day(period: Sequence[str]) -> bool:
    """Rule 26: "48 hours", "two weeks", "days" span more than one day; "24 hours" is the
    day's report (ACLED codes it as one day's events)."""
    if not period:
        return False
    if period[0] in _DAYS_OR_MORE:
        return True
    unit = period[1] if len(period) > 1 else ""
    if period[0].isdigit() and unit == "hours":
        return int(period[0]) > _HOURS_A_DAY
    return unit in _DAYS_OR_MORE


_HOURS_A_DAY = 24


_AGGREGATES = frozenset(
    {"attacks", "explosions", "blasts", "bombings", "killings", "kidnappings", "abductions",
     "clashes", "raids", "strikes", "airstrikes", "ambushes", "assaults", "murders",
     "arrests", "confrontations", "protests", "demonstrations", "marches", "riots"}
)  # fmt: skip


#: rule 6: what is handed over when no territory is: people, bodies, things.
_HANDED_THINGS = frozenset(
    {"him", "her", "them", "body", "bodies", "prisoner", "prisoners", "detainee",
     "detainees", "hostage", "hostages", "suspect", "suspects", "man", "men", "woman",
     "women", "child", "children", "soldier", "soldiers", "fighters", "militants",
     "people", "weapons", "arms", "documents", "evidence", "power", "money", "cash",
     "file", "files", "custody"}
)  # fmt: skip
_HANDED_SUBJECT_REACH = 5


def _handed_no_place(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 6: what "handed ... over" hands (between the verb and "over", or the passive
    subject before "was|were handed over") is people or things, not a place."""
    if tokens[first].lower not in {"handed", "hands", "handing"}:
        return False
    handed = [t.lower for t in tokens[first + 1 : last + 1] if t.lower not in {"over", "to"}]
    if first > 0 and tokens[first - 1].lower in {"was", "were", "been", "be", "being"}:
        handed += [t.lower for t in tokens[max(0, first - 1 - _HANDED_SUBJECT_REACH) : first]]
    return any(word in _HANDED_THINGS for word in handed)
