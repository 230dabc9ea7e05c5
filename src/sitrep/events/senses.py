"""Trigger words used in a sense that reports no conflict event.

Many trigger words have an everyday sense that a careful coder never codes. Rules (each
drops the trigger where it applies; `nonevents.is_non_event` applies them):
1. a strike needs a weapon or an armed side: a vehicle, a falling thing or the weather
   that strikes, or what a vehicle strikes ("she was struck by an SUV", "the car left
   the road and struck a tree", "struck a pedestrian", "lightning struck the house",
   "causing glass to shatter and strike the child") is an accident; and the verb
   ("struck", "strike the ...") reports an air or missile strike only when its
   sentence names an aerial, munition or armed cue (aircraft, drones, missiles,
   coalition, forces, militants, targets ...) or deaths, or a name stands beside the
   verb ("Israel struck Gaza overnight", "it struck a hospital in Gaza City"), so a
   quoted proverb ("Strike the shepherd and the sheep will scatter") or a phrasal verb
   ("the law was struck down by the Supreme Court") is no event; a walkout ("a strike
   by transport workers") is typed as a protest by `classify` rule 1 and kept;
2. a protest needs people protesting: a formal, legal or diplomatic protest lodged with
   an office ("challenged the award in a formal protest before the GAO", "lodged a
   protest with the ministry", "filed a bid protest", "the GAO upheld Boeing's
   protest", "prompted a strong protest from the chamber of commerce": a strong or
   vigorous protest, one "from" someone) is a complaint, and "under protest" or
   "resigned in protest" is a manner, not a demonstration;
3. killing needs a living victim: what is killed as a figure of speech ("killed the
   deal", "the bill was killed in committee", "the merger had been killed by
   regulators") is a decision, not a death;
4. a legal rule is no act: an arrest or a detention under a modal of permission or
   duty ("cannot be held in detention for more than 20 days", "may be detained without
   charge") and the arrest a warrant is for ("issued a warrant for his arrest") report
   no arrest ("arrest warrants", "murder charges", "assault cases" name things:
   `nonevents` rule 1); nor does an arrest someone escapes ("the route he took to
   evade arrest", "fled to avoid arrest");
5. an event named as a time or a place refers back to one told elsewhere: "on the day
   of the murder", "at the scene of the shooting", "in the aftermath of the attack",
   unless a place or day of its own follows ("in the wake of the attack on Kabul
   airport on Monday" still tells which attack, and when);
6. background set years back: a trigger whose clause, or the phrase opening its
   sentence, dates it "seven years ago", "decades ago" or "a decade ago", in a sentence
   naming no day of the news, is the story's history ("students marched to honour two
   brothers who were killed four years ago" still reports the march), as
   `events.dating` drops dates more than a year before publication, here also when
   the article gives no publication date to resolve them;
7. a tally of stopped plots is no event: "foiled", "thwarted" or "prevented" with a
   plural object ("securing the region had foiled plots by his enemies", "have thwarted
   dozens of attacks") in a sentence naming no day of the news sums up a campaign;
   one plot stopped ("foiled an attack on a church") or a day named ("foiled two plots
   on Monday") is an event;
8. a rally that is no demonstration: a rally a government or a party holds to promote
   itself, named by what it promotes (a campaign, an election, an inauguration, a
   victory, an anniversary, the government's development work: "at a campaign rally in
   Ohio", "a development rally held recently at the village") or by who holds it ("a
   rally organised by the district administration", "a rally held by the ruling
   party"), and a rally named as where a speaker spoke ("he insisted at an Indiana
   rally Wednesday", "told a rally in Des Moines") are politics, not a protest (ACLED
   codes demonstrations against or for a cause, not campaign events), unless the rally
   is called a protest ("told a protest rally", "an anti-government rally"), is held by
   the opposition, or its sentence states a demand or an opposition ("Speaking at a
   rally in Lahore, the opposition leader demanded new elections");
9. "targeted" reports violence only with a weapon, an armed side or harm named in its
   sentence (rule 1's cues: "Gunmen targeted a bus", "the strike targeted a base"), an
   armed group the shipped actor knowledge knows among its names ("Boko Haram targeted
   the village", "Houthis targeted a ship": `armed_or_harmful`): "he targeted a
   seemingly random mix of politicians and celebrities" (a hacker), "the campaign
   targeted young voters", "sanctions targeted the banks" report no act of violence;
10. "picked up" is an arrest only in the passive and with the police, troops or
   authorities named in its sentence ("ran off when officers arrived but was
   picked up two blocks away"): "the storm picked up", "he was picked up from
   school" report nothing;
11. an event named as the start of a time ("has been in hiding since the March 2019
   bombing of a clinic") refers back to it, and so does the act told in a
   relative clause about it ("... clinic that killed a security guard"): the
   story's background, not its news, unless a place or day of its own follows the
   noun (rule 5's test: "since the attack on Monday" is news);
12. an event named as what is investigated ("sent detectives to investigate the
   bombings", "an inquiry into the attack") refers back to one told elsewhere, unless a
   place or day of its own follows (rule 5's test);
13. an earlier incident told as a comparison ("Sunday's rampage happened just weeks
   after a man killed nine people in Ohio", "The attack comes days after gunmen killed
   12 villagers") is background: the act after "<days|weeks|months> after", in a
   sentence whose news is told as happening or coming that long after it;
14. an explosion of numbers or a strike of stoppage: "explosion" after a word of growth
   or quantity ("the population explosion", "a price explosion") is growth, and an
   "armed strike" (a stoppage a group enforces with the threat of arms: "the FMLN
   called an armed strike") is no air strike and no blast of itself; what is done to
   enforce it is told by its own words ("burned three buses").
"""

from __future__ import annotations

from collections.abc import Sequence

from sitrep.events.classify import COUNTING_WORDS, labour_strike
from sitrep.events.modality import armed_group
from sitrep.events.tokens import Tok, clause_bounds
from sitrep.events.triggers import TriggerHit
from sitrep.events.vocabulary import HARM_WORDS, INQUIRY_NOUNS, INQUIRY_VERBS

#: rule 1: what strikes by accident: vehicles, falling things, the weather.
_ACCIDENTAL_STRIKERS = frozenset(
    {"car", "cars", "truck", "trucks", "pickup", "suv", "vehicle", "vehicles", "van", "bus",
     "train", "motorcycle", "motorbike", "bicycle", "bike", "tractor", "trailer", "taxi",
     "driver", "motorist", "glass", "debris", "ball", "bat", "lightning", "quake",
     "earthquake", "storm", "hurricane", "tornado", "cyclone", "typhoon", "tsunami",
     "tree", "branch", "rock", "boulder", "object", "disaster", "tragedy", "illness",
     "disease", "virus", "flu"}
)  # fmt: skip
#: rule 1: weapons and armed sides, which make a strike military.
_ARMED_CUES = frozenset(
    {"air", "aerial", "airstrike", "airstrikes", "aircraft", "jet", "jets", "warplane",
     "warplanes", "plane", "planes", "drone", "drones", "uav", "uavs", "helicopter",
     "helicopters", "gunship", "gunships", "bomber", "bombers", "sortie", "sorties",
     "munition", "munitions", "missile", "missiles", "rocket", "rockets", "bomb", "bombs",
     "bombed", "shell", "shells", "artillery", "mortar", "mortars", "precision", "guided",
     "coalition", "military", "forces", "army", "troops", "navy", "naval",
     "militants", "militant", "terrorists", "terrorist", "insurgents", "rebels", "rebel",
     "militia", "militias", "fighters", "jihadists", "isil", "isis", "daesh", "al-qaeda",
     "taliban", "hamas", "hezbollah", "targets", "target", "targeted", "targeting",
     "positions", "stronghold", "strongholds", "hideout", "hideouts", "base", "bases",
     "depot", "convoy", "retaliatory", "retaliation", "pre-emptive", "preemptive", "attack",
     "attacks", "offensive", "raid", "raids", "enemy", "explosive", "explosives", "suicide",
     "ied", "rammed", "regime"}
)  # fmt: skip
#: rule 1: the cues with deaths (`HARM_WORDS`), which an accident also causes but which
#: a verb strike with no other cue tells in war reporting ("the strike killed six").
_ARMED_OR_HARM = _ARMED_CUES | HARM_WORDS
_STRIKE_WORDS = frozenset({"strike", "strikes", "struck"})
#: rule 1: words after which "strike" is a verb taking an object ("strike the child").
_OBJECT_OPENERS = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "him", "them",
     "me", "us"}
)  # fmt: skip
_ACCIDENT_WINDOW = 6
#: rule 1: particles that make "struck" a phrasal verb ("struck down a law").
_PARTICLES = frozenset({"down", "off", "out", "up"})
#: rule 1: how far after the verb its object may name a place or a side.
_OBJECT_REACH = 4
#: rule 1: what a vehicle strikes in a road accident ("struck a pedestrian").
_ROADSIDE = frozenset(
    {"pedestrian", "pedestrians", "cyclist", "cyclists", "bicyclist", "motorcyclist",
     "pole", "curb", "kerb", "fence", "guardrail", "median", "barrier", "deer", "tree",
     "trees", "mailbox", "ditch", "embankment", "hydrant", "lamppost"}
)  # fmt: skip
#: capitalised words that name no one: pronouns and determiners opening a sentence.
_FUNCTION_CAPS = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "the", "a", "an", "this", "that", "who"}
)

#: rule 2: what makes a protest a complaint to an office.
_COMPLAINT_ADJECTIVES = frozenset(
    {"formal", "official", "legal", "bid", "written", "diplomatic", "procedural", "strong",
     "vigorous", "energetic", "firm"}
)  # fmt: skip
#: rule 2: verbs that lodge a complaint or rule on it.
_LODGING = frozenset(
    {"lodged", "lodge", "lodges", "lodging", "filed", "file", "files", "filing",
     "submitted", "submit", "registered", "register", "issued", "delivered", "conveyed",
     "upheld", "uphold", "upholds", "sustained", "overruled", "withdrew", "withdrawn"}
)  # fmt: skip
_PROTEST_NOUNS = frozenset({"protest", "protests"})
#: rule 2: one person leaving a post "in protest" demonstrates nothing.
_RESIGNING = frozenset({"resigned", "resign", "resigns", "resigning", "quit", "quits"})
_RESIGN_REACH = 5

#: rule 3: what is killed in a figure of speech.
_KILLED_THINGS = frozenset(
    {"deal", "deals", "merger", "mergers", "contract", "contracts", "bill", "bills",
     "legislation", "measure", "measures", "proposal", "proposals", "plan", "plans",
     "project", "projects", "program", "programs", "programme", "programmes", "idea",
     "ideas", "initiative", "initiatives", "amendment", "amendments", "motion", "bid",
     "sale", "purchase", "story", "momentum", "hopes", "chances", "chance", "talks",
     "negotiations", "agreement", "policy", "reform", "reforms", "budget", "law", "rule",
     "regulation", "regulations", "campaign", "buzz", "mood"}
)  # fmt: skip
_KILL_VERBS = frozenset({"killed", "kill", "kills", "killing"})
_PASSIVE = frozenset({"was", "were", "been", "be", "being", "is", "are"})
_PHRASE_ENDS = frozenset(
    {"in", "at", "on", "by", "with", "after", "before", "during", "and", "or", "which",
     "that", "as", "for", "from", "to", "last", "this", "when", "because", "but"}
)  # fmt: skip
_NP_SKIP = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our"})

#: rule 4: modals of permission or duty that make an arrest a rule of law.
_LEGAL_MODALS = frozenset(
    {"can", "cannot", "can't", "may", "must", "shall", "should", "could", "might"}
)
_MODAL_WINDOW = 4
_WARRANTS = frozenset({"warrant", "warrants"})
#: rule 4: verbs of escaping an arrest.
_ESCAPING = frozenset(
    {"evade", "evaded", "evading", "avoid", "avoided", "avoiding", "escape", "escaped",
     "escaping", "elude", "eluded", "eluding", "resist", "resisted", "resisting"}
)  # fmt: skip
#: rule 5: the time or place an event names ("the day of the murder").
_NAMED_BY_EVENT = frozenset(
    {"day", "night", "morning", "evening", "afternoon", "time", "eve", "scene", "site",
     "aftermath", "wake", "anniversary", "date", "hour", "moment", "place", "spot"}
)  # fmt: skip

#: rule 6: the counts of a span of years back ("seven years ago", "a decade ago").
_YEARS_COUNTS = COUNTING_WORDS | {"a"}
_YEARS = frozenset({"years", "decade", "decades", "century", "centuries"})
#: words that name a day of the news ("on Monday", "this morning").
DAY_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "morning", "evening", "night", "afternoon", "today", "yesterday"}
)  # fmt: skip


def other_sense(tokens: Sequence[Tok], hit: TriggerHit) -> bool:
    """Rules 1-14 for one trigger hit."""
    word = tokens[hit.last].lower
    strike = word in _STRIKE_WORDS and hit.first == hit.last
    if strike and not labour_strike(tokens, hit) and _everyday_strike(tokens, hit.first):
        return True
    if hit.rule.family == "protest" and _complaint(tokens, hit.first, hit.last):
        return True
    if hit.rule.family == "kill" and _figurative_killing(tokens, hit.first, hit.last):
        return True
    if hit.rule.family == "protest" and _political_rally(tokens, hit.first, hit.last):
        return True
    return (
        _rule_of_law(tokens, hit)
        or _named_by_event(tokens, hit.first, hit.last)
        or _stopped_plots(tokens, hit)
        or _years_back(tokens, hit.first)
        or _unarmed_targeting(tokens, hit)
        or _casual_pickup(tokens, hit)
        or _since_event(tokens, hit.first)
        or _investigated(tokens, hit.first, hit.last)
        or _compared_incident(tokens, hit.first)
        or _growth_or_stoppage(tokens, hit)
    )


#: rule 14: words of growth or quantity before a figurative "explosion".
_GROWTH_WORDS = frozenset(
    {"population", "demographic", "price", "prices", "cost", "costs", "data", "information",
     "media", "traffic", "growth", "debt", "credit", "jobs", "sales", "startup", "tech",
     "digital", "urban", "baby"}
)  # fmt: skip
_BLAST_NOUNS = frozenset({"explosion", "explosions"})


def _growth_or_stoppage(tokens: Sequence[Tok], hit: TriggerHit) -> bool:
    """Rule 14: "the population explosion"; "called an armed strike"."""
    if hit.first == 0:
        return False
    before, word = tokens[hit.first - 1].lower, tokens[hit.last].lower
    if word in _BLAST_NOUNS and before in _GROWTH_WORDS:
        return True
    return word in _STRIKE_WORDS and hit.first == hit.last and before == "armed"


def _everyday_strike(tokens: Sequence[Tok], at: int) -> bool:
    """Rule 1."""
    return _accidental_strike(tokens, at) or _unarmed_strike(tokens, at)


def _accidental_strike(tokens: Sequence[Tok], at: int) -> bool:
    """Rule 1: a vehicle or a falling thing as the striker, before the verb in its
    clause ("the car ... struck a fence") or after "by"/"with" ("struck by an SUV"), in
    a sentence naming no weapon or armed side ("a car packed with explosives struck the
    convoy" is a bombing)."""
    if any(t.lower in _ARMED_CUES for t in tokens):
        return False
    for tok in reversed(tokens[max(0, at - _ACCIDENT_WINDOW) : at]):
        if not tok.text[:1].isalnum():
            break  # within the clause
        if tok.lower in _ACCIDENTAL_STRIKERS:
            return True
    after = [t.lower for t in tokens[at + 1 : at + 1 + _ACCIDENT_WINDOW]]
    if set(after[:3]) & _ROADSIDE:
        return True  # "struck a pedestrian", "struck a utility pole"
    if not after or after[0] not in {"by", "with"}:
        return False
    for low in after[1:]:
        if low in _ACCIDENTAL_STRIKERS:
            return True
        if low in {",", ".", ";", "in", "on", "at", "and", "while"}:
            return False
    return False


def _unarmed_strike(tokens: Sequence[Tok], at: int) -> bool:
    """Rule 1: the verb ("struck", "strike the child") in a sentence with no cue and
    with no named side or place beside it ("Israel struck Gaza" names both); a phrasal
    verb ("the law was struck down by the Supreme Court", "struck up a friendship") is
    never a strike without a cue."""
    word = tokens[at].lower
    nxt = tokens[at + 1].lower if at + 1 < len(tokens) else ""
    verb = word == "struck" or nxt in _OBJECT_OPENERS
    if not verb or any(t.lower in _ARMED_OR_HARM for t in tokens):
        return False
    return nxt in _PARTICLES or not _named_beside(tokens, at)


def _named_beside(tokens: Sequence[Tok], at: int) -> bool:
    """A name right before the verb ("Israel struck") or in its object ("struck the
    Gaza Strip", "struck a hospital in Gaza City"); a pronoun or a determiner opening
    the sentence is no name."""
    before = tokens[at - 1] if at > 0 else None
    if before is not None and before.is_cap and before.lower not in _FUNCTION_CAPS:
        return True
    for tok in tokens[at + 1 : at + 1 + _OBJECT_REACH]:
        if not tok.text[:1].isalnum():
            return False
        if tok.is_cap:
            return True
    return False


def _complaint(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 2: "a formal protest", "lodged a protest", "under protest"."""
    if first != last or tokens[last].lower not in _PROTEST_NOUNS:
        return False
    lead = [t.lower for t in tokens[max(0, first - 3) : first]]
    if lead[-1:] == ["under"] or set(lead[-2:]) & _COMPLAINT_ADJECTIVES:
        return True
    follow = [t.lower for t in tokens[last + 1 : last + 2]]
    if tokens[last].lower == "protest" and follow == ["from"]:
        return True  # "prompted a protest from the chamber of commerce"
    if lead[-1:] == ["in"] and tokens[last].lower == "protest":
        before = {t.lower for t in tokens[max(0, first - _RESIGN_REACH) : first]}
        return bool(before & _RESIGNING)  # "the minister resigned in protest"
    return bool(set(lead) & _LODGING)


def _figurative_killing(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 3: the thing killed, as the object after the verb or the subject before a
    passive one ("the deal had been killed")."""
    if tokens[last].lower not in _KILL_VERBS:
        return False
    k = last + 1
    while k < len(tokens) and tokens[k].lower in _NP_SKIP:
        k += 1
    if k < len(tokens) and tokens[k].lower in _KILLED_THINGS and _ends_phrase(tokens, k + 1):
        return True  # "killed the deal", "killing the bill"
    j = first - 1
    passive = False
    while j >= 0 and tokens[j].lower in _PASSIVE | {"had", "has", "have"}:
        passive = passive or tokens[j].lower in _PASSIVE
        j -= 1
    return passive and j >= 0 and tokens[j].lower in _KILLED_THINGS


def _ends_phrase(tokens: Sequence[Tok], k: int) -> bool:
    """Whether the noun phrase ends before token k ("killed the deal on Friday", not
    "killed the rally organisers")."""
    return k >= len(tokens) or tokens[k].lower in _PHRASE_ENDS or not tokens[k].text[:1].isalnum()


def _rule_of_law(tokens: Sequence[Tok], hit: TriggerHit) -> bool:
    """Rule 4: an arrest under a modal of permission ("cannot be held in detention"),
    or the arrest a warrant is for ("a warrant for his arrest")."""
    if hit.rule.family != "arrest":
        return False
    lead = [t.lower for t in tokens[max(0, hit.first - _MODAL_WINDOW) : hit.first]]
    # "Police on May 16 arrested" names a month (`Tok.cue`)
    modals = {t.cue(t.i == 0) for t in tokens[max(0, hit.first - _MODAL_WINDOW) : hit.first]}
    if modals & _LEGAL_MODALS or set(lead[-2:]) & _ESCAPING:
        return True  # "may be detained", "to evade arrest"
    return bool(set(lead[-3:]) & _WARRANTS) and "for" in lead[-3:]


def _named_by_event(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 5: "the day of the murder", "at the scene of the shooting", with nothing of
    its own after the noun."""
    if first != last or first < 3:
        return False
    if tokens[first - 1].lower != "the" or tokens[first - 2].lower != "of":
        return False
    if tokens[first - 3].lower not in _NAMED_BY_EVENT:
        return False
    return not own_place_or_date(tokens, last)


def _years_back(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 6: "seven years ago", "decades ago" in the trigger's clause or in a phrase
    opening the sentence before it ("In another incident three years ago, ..."), in a
    sentence naming no day of the news."""
    if any(t.lower in DAY_WORDS for t in tokens):
        return False
    lo, hi = clause_bounds(list(tokens), first)
    opening = clause_bounds(list(tokens), 0)[1]
    for k in range(1, len(tokens) - 1):
        if tokens[k + 1].lower != "ago" or tokens[k].lower not in _YEARS:
            continue
        if not (lo <= k < hi or k < min(opening, first)):
            continue
        count = tokens[k - 1]
        if tokens[k].lower in {"decades", "centuries"}:
            return True
        if count.lower in _YEARS_COUNTS or (count.text.isdigit() and int(count.text) > 1):
            return True
    return False


#: rule 7: plural objects of a stopping verb.
_PLURAL_PLOTS = frozenset({"plots", "attacks", "attempts", "bombings", "conspiracies"})


def _stopped_plots(tokens: Sequence[Tok], hit: TriggerHit) -> bool:
    """Rule 7: a "foiled ... plots" trigger in a sentence naming no day."""
    if hit.rule.family != "disrupt" or tokens[hit.last].lower not in _PLURAL_PLOTS:
        return False
    return not any(t.lower in DAY_WORDS for t in tokens)


def own_place_or_date(tokens: Sequence[Tok], last: int) -> bool:
    """A day or a placed phrase right after the noun ("today in the towns of Jabla",
    "on Camp Hurriya", "in Kabul on Monday")."""
    after = tokens[last + 1 : last + 7]
    if any(t.lower in DAY_WORDS for t in after[:2]):
        return True
    preps = [k for k, t in enumerate(after[:3]) if t.lower in {"on", "in", "at", "near", "against"}]
    return bool(preps) and any(t.is_cap for t in after[preps[0] + 1 :])


#: rule 8: the rally nouns, and what a government or a party holds one to promote.
_RALLIES = frozenset({"rally", "rallies"})
_PROMOTED = frozenset(
    {"campaign", "election", "electoral", "re-election", "reelection", "fundraising",
     "fund-raising", "stump", "primary", "inauguration", "inaugural", "victory",
     "anniversary", "jubilee", "development", "achievement", "achievements"}
)  # fmt: skip
#: rule 8: who holds a rally to promote itself: a government, its officials, a party.
_HOLDERS = frozenset(
    {"government", "administration", "ministry", "authorities", "officials", "governor",
     "minister", "district", "state", "council", "municipality", "mayor", "party",
     "ruling"}
)  # fmt: skip
_HELD = frozenset({"held", "organised", "organized", "hosted", "convened", "staged"})
#: rule 8: verbs of speaking whose setting a rally is.
_SPEAKING = frozenset(
    {"said", "says", "insisted", "insists", "told", "tells", "declared", "declares",
     "vowed", "vows", "promised", "promises", "pledged", "pledges", "claimed", "claims",
     "addressed", "addresses", "addressing", "spoke", "speaking", "speaks", "announced",
     "boasted", "joked", "warned", "argued", "repeated", "urged", "asked"}
)  # fmt: skip
#: rule 8: verbs of speaking whose object is the rally as an audience ("told a rally").
_ADDRESSING = frozenset({"told", "tells", "addressed", "addresses", "addressing"})
#: rule 8: words that make a rally a protest whoever speaks at it.
_PROTESTING = frozenset({"protest", "protests", "against", "demanding", "opposition"})
_DEMANDING = frozenset(
    {"demand", "demanded", "demands", "denounced", "denouncing", "condemned", "condemning",
     "protested", "protesting", "opposed", "opposing"}
)  # fmt: skip
_RALLY_REACH = 3
_SPEECH_REACH = 8


def _political_rally(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 8: a campaign or government rally, or a rally as a speaker's setting."""
    if first != last or tokens[last].lower not in _RALLIES:
        return False
    lead = [t.lower for t in tokens[max(0, first - _RALLY_REACH) : first]]
    if any(w in _PROTESTING or w.startswith(("anti-", "pro-")) for w in lead):
        return False
    if set(lead) & _PROMOTED:
        return True
    after = [t.lower for t in tokens[last + 1 : last + 5]]
    if after[:1] and after[0] in _HELD and "by" in after[1:3]:
        holder = {t.lower for t in tokens[last + 1 + after.index("by") + 1 :][:3]}
        if holder & _HOLDERS and not holder & _PROTESTING:
            return True  # "a rally held by the government", not "by the opposition party"
    # a speaker's rally that demands or opposes is a demonstration ("Speaking at a rally
    # in Lahore, the opposition leader demanded new elections")
    cause = any(t.lower in _PROTESTING | _DEMANDING for t in tokens)
    return not cause and _speaking_setting(tokens, first)


def _speaking_setting(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 8: "insisted at an Indiana rally", "speaking at a rally", "told a rally": a
    verb of speaking before the rally in its clause, reached over the rally's modifiers
    and "at" (the setting), or right before them for a verb whose audience the rally is
    ("told", "addressed"); "Police said a rally of 5,000 turned violent" reports one."""
    lo, _ = clause_bounds(list(tokens), first)
    setting = False
    for k in range(first - 1, max(lo, first - _SPEECH_REACH) - 1, -1):
        word = tokens[k].lower
        if word in _SPEAKING:
            return setting or word in _ADDRESSING
        if not tokens[k].text[:1].isalnum():
            return False
        setting = setting or word == "at"
        if word in {"the", "a", "an", "at", "his", "her", "their"} or tokens[k].is_cap:
            continue
        if word.isdigit() or word in DAY_WORDS:
            continue
        return False
    return False


_TARGETING = frozenset({"targeted", "targeting", "target", "targets"})
#: rule 9: armed people and weapons that "targeted" may name, beyond rule 1's cues.
_VIOLENT_CUES = frozenset(
    {"gunmen", "gunman", "attackers", "assailants", "soldiers", "police", "policemen",
     "shot", "shooting", "gun", "guns", "gunfire", "fire", "fired", "grenade", "grenades",
     "blast", "explosion", "wounded", "injured", "stabbed", "knife", "shells", "bullets",
     "ambush", "ambushed", "bombing", "bomber", "armed", "raid", "killing", "murdered",
     "assassination", "assassinated", "abducted", "kidnapped", "torched", "burned"}
)  # fmt: skip


def _unarmed_targeting(tokens: Sequence[Tok], hit: TriggerHit) -> bool:
    """Rule 9: "targeted" in a sentence that names no weapon, armed side or harm."""
    if hit.rule.family != "attack" or tokens[hit.last].lower not in _TARGETING:
        return False
    return not armed_or_harmful(tokens, ignore=_TARGETING)


def armed_or_harmful(tokens: Sequence[Tok], ignore: frozenset[str] = frozenset()) -> bool:
    """Whether the sentence names a weapon, an armed side or a harm (rules 1 and 9's
    cues, less the words in `ignore`), or an armed group of the shipped actor knowledge
    (the groups the entities stage labels ARMED_GROUP: "Boko Haram", "Houthis")."""
    words = {t.lower for t in tokens} - ignore
    if words & (_ARMED_CUES | HARM_WORDS | _VIOLENT_CUES):
        return True
    return any(armed_group(name) for name in _capitalised_names(tokens))


def _capitalised_names(tokens: Sequence[Tok]) -> list[str]:
    """The runs of capitalised words of a sentence ("Boko Haram", "The Houthis"), each
    also without its first word (a capital that opens the sentence)."""
    runs: list[list[str]] = [[]]
    for tok in tokens:
        if tok.is_cap and tok.text[:1].isalpha():
            runs[-1].append(tok.text)
        elif runs[-1]:
            runs.append([])
    names = [" ".join(run) for run in runs if run]
    names += [" ".join(run[1:]) for run in runs if len(run) > 1]
    return names


#: rule 10: the forces that pick people up.
_ARRESTERS = frozenset(
    {"police", "policemen", "officer", "officers", "deputies", "deputy", "agents",
     "troopers", "detectives", "authorities", "soldiers", "troops", "custody"}
)  # fmt: skip


def _casual_pickup(tokens: Sequence[Tok], hit: TriggerHit) -> bool:
    """Rule 10: "was picked up" in a sentence naming no police, troops or authorities."""
    if hit.rule.family != "arrest" or tokens[hit.last].lower != "up":
        return False
    return not any(t.lower in _ARRESTERS for t in tokens)


#: rule 11: how far before an event noun "since the" may stand, and before a relative
#: pronoun the noun it refers to.
_SINCE_REACH = 5
_RELATIVE_REACH = 12
_RELATIVES = frozenset({"that", "which"})
_CLAUSE_STOPS = frozenset({".", ";", ":", "since"})


def _since_event(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 11: "since the ... bombing", and "that killed" in a relative clause after it."""
    if _after_since(tokens, first):
        return True
    if first == 0 or tokens[first - 1].lower not in _RELATIVES:
        return False
    for k in range(first - 2, max(-1, first - 2 - _RELATIVE_REACH), -1):
        if tokens[k].lower in {";", ":"}:
            return False  # a full stop inside a sentence ends an abbreviation ("Ala.")
        if _after_since(tokens, k):
            return True
    return False


def _after_since(tokens: Sequence[Tok], at: int) -> bool:
    """Whether the word at `at` ends a noun phrase opened by "since the" ("since the
    March 2019 bombing"), with no verb or clause break between."""
    for k in range(at - 1, max(-1, at - 1 - _SINCE_REACH), -1):
        low = tokens[k].lower
        if low == "the" and k > 0 and tokens[k - 1].lower == "since":
            return not own_place_or_date(tokens, at)  # "since the attack on Monday" is news
        if low in _CLAUSE_STOPS or low in _RELATIVES or low == ",":
            return False
    return False


#: rule 12: words of investigating, and the preposition that may follow them.
_INVESTIGATING = INQUIRY_VERBS | INQUIRY_NOUNS | {"solve", "solving"}
_INTO = frozenset({"into", "of", "in"})
_REFERRING = frozenset({"the", "these", "those", "this", "that"})


def _investigated(tokens: Sequence[Tok], first: int, last: int) -> bool:
    """Rule 12: "to investigate the bombings", "a probe into the attack"."""
    if first != last or first < 2 or tokens[first - 1].lower not in _REFERRING:
        return False
    k = first - 2
    if tokens[k].lower in _INTO and k > 0:
        k -= 1
    if tokens[k].lower not in _INVESTIGATING:
        return False
    following = tokens[last + 1].lower if last + 1 < len(tokens) else ""
    return following != "of" and not own_place_or_date(tokens, last)


#: rule 13: the verbs that set the news beside an earlier incident, and the spans of time.
_OCCURRING = frozenset(
    {"happened", "happens", "came", "comes", "occurred", "occurs", "follows", "followed",
     "took", "takes"}
)  # fmt: skip
_SPANS = frozenset({"hours", "days", "weeks", "months"})
_COMPARE_REACH = 6


def _compared_incident(tokens: Sequence[Tok], first: int) -> bool:
    """Rule 13: "happened just weeks after a man killed ..."."""
    for k in range(first - 1, max(0, first - 1 - _COMPARE_REACH), -1):
        low = tokens[k].lower
        if low in {",", ";", ":"}:
            return False
        if low != "after" or tokens[k - 1].lower not in _SPANS:
            continue
        lead = [t.lower for t in tokens[max(0, k - 1 - _COMPARE_REACH) : k - 1]]
        return bool(set(lead) & _OCCURRING)
    return False
