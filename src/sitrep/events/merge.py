"""Merging the mentions of one real event, within and across sentences.

Rules:
1. mentions are taken in text order; each joins the best compatible event so far or
   starts a new one; a weak mention (a reference such as "the strikes", "today's
   operation") that finds none is dropped;
2. compatible: same ACLED event type (a killing, or any mention in a sentence that
   already holds a protest, joins the event of its own sentence whatever the type,
   except the death a demonstration protests, its killer told: "followed the police
   killing of ..."); that death is the crowd's grievance, no event of the story, unless
   a day of its own follows it ("protests over the police killing of an unarmed black
   man in Sacramento last month" tells no killing; "... of a student on Monday" does),
   no conflicting actor1 (both known and different; "gunmen" never conflict with a
   named armed group of their country), and stated dates that overlap
   (an inferred date never conflicts);
3. the best event scores +3 for the same actor1, +2 for an overlapping stated date,
   +2 for the same sentence, +1 for the previous sentence; ties go to the latest;
4. a merged event keeps its first mention's trigger, id and evidence sentence; its
   other fields take the first stated value in text order (a stated date beats an
   inferred one), and weapons, quantities and assoc actors are unions in text order;
5. places: a mention that names its own place in another sentence than the event's
   own named place is another event ("In Kryvyi Rih, a missile ... killed 10" is not
   the Kyiv strike), whatever else agrees, and so is one whose sentence names a place
   ("in ...", "at ..."), a country too, in another country than a place so named in
   another sentence of the event ("... killed 10 people in Alabama on March 10. On
   March 11, a teen killed 12 people at a school in Germany"); so is a mention whose
   sentence names no place, told two or more sentences after the event, when the
   article's focus country that places it is not the event's country (the Syria
   strikes told after the Mosul strikes in a briefing on both countries), unless its
   day refers back to the day just told ("Another Marine, Cpl. Anthony Williams, 21,
   of Pennsylvania, was killed the same day" after a death in Helmand:
   `same_day_reference`);
6. a bare casualty report (a killing with no perpetrator: "At least 27 people were
   killed in the fighting") belongs to the violent event told just before it (up to
   two sentences back, or three when its victims are named ("were killed"), no other
   event is told between and none of its own type agrees: `_victims_of_last`),
   whatever that event's type, preferring the event its words
   name ("in the fighting"), then an act of violence over a peaceful protest told
   beside it ("A suicide bomber struck a rally ... The death toll rose to 54"); when
   rule 5 parts them, it becomes
   an event of that type at its own place (the same attack, another city), or of its
   own type when that event killed no one (a rape or abduction told before); with no
   such event it stands alone only when its victims are named (not just "people":
   "A soldier was killed", "a village chief was shot dead", "two farmers died", "Judge
   Carlos Valencia died after he was shot", "Ramesh Kumar was shot dead", a person told
   by name: `measures.named_victim`), since a death toll alone says neither who
   nor what happened; a person named as the object ("The officer shot the driver",
   "after stabbing a neighbour") or by a name with an age ("John Baer, 34,") is named,
   and so is the subject of a passive killing written as a name or as one person, up to
   its apposition ("Gustavo Guerra, coordinator of the Patriotic Union, was gunned
   down", "The union leader in Cordoba was murdered"), and so is the victim a killing's
   noun names after "of", past its day ("the assassination on 22 March of Bernardo
   Jaramillo": `_name_of_killing`); a toll whose words tell a killing
   by someone stands alone too, as an attack by an unidentified group (rule 11): "Two
   people were shot dead", "stabbed to death", "killed in a shooting", "killed when
   gunfire erupted" (`tells_violence`), while "Two people were killed" and "Five people
   died when a bus overturned" say no more than a toll;
7. an "attack" with no modality and a bombing, shelling or strike told in the same
   sentence are one event, typed by the stated modality (ACLED types by modality);
8. an event told with no date of its own is the news of the day it is dated to: a
   mention stated to lie more than a week before that day ("In December, state media
   said an Israeli missile strike had targeted the airport", in a January report of
   rockets landing there) is an earlier event, not the same one; an event set only
   relative to another ("following a deadly attack by Isis") has no day of its own;
9. a sentence opening with a demonstrative subject comments on what was just told
   ("This attack once again displays the atrocities ISIL has perpetrated", "This is
   further proof of the methods the regime is using to kill civilians"): with no place
   or date of its own, its mentions join the latest violent event told before it,
   whatever their type, bringing only their counts of the dead, or report nothing when
   there is none ("This morning, ..." states a date and is news of its own);
10. an event retold is one event even when its actors are named another way: a mention
   with no date of its own whose sentence names the place of an earlier event of its
   type ("I welcome today's news that Syrian opposition forces liberated ... Dabiq",
   then "I want to congratulate the Syrians who fought to free Dabiq") joins it, as a
   quote or a closing line repeating the lead does;
11. a killing (or an attack told with a killing: "an attack on a checkpoint that killed
   two soldiers") that no mention of its event gives a perpetrator, and no earlier event of
   its sub-type lends one to, is by an unidentified armed group, as ACLED codes an
   unknown perpetrator ("A soldier was killed in Tillaberi" -> "Unidentified Armed
   Group (Niger)", cited by the trigger), with ACLED's sides applied anew (its
   victims, unnamed, are civilians); a battle that killed no one and names no
   initiator was fought by the state's forces hurt in it: they are its actor1 ("A
   policeman was also wounded in the shootout", `_hurt_side_fought`), but never the
   target of an attack ("Peru has been the target of bloody terrorist attacks");
12. a detail of the event just told is not another event: a mention with no place of its
   own and no date of its own other than that event's day ("explosions from before
   dawn" in an attack told for Tuesday), told up to two sentences after a violent event or a
   protest, that names no actor (or, after a protest, names the crowd or one side that
   faced it), joins it whatever its type ("Gunmen attacked a gendarmerie school in
   Bamako ..." then "Residents reported heavy gunfire and explosions"; protesters
   storming parliament, then "Part of the building was set on fire before the
   protesters were pushed back by police"); one side's act stays its own event ("The
   RSF shelled residential neighbourhoods" after fighting between the RSF and the army);
13. the crowd of a demonstration is its actor1, whoever acted on it, and is coded as
   ACLED codes crowds: "Protesters (<country>)" for a protest ("Thousands of people
   marched"), "Rioters (<country>)" for a violent demonstration or a mob, even when no
   word names the crowd (`crowd_sides`); a state's forces told acting on a protest whose
   crowd no word names are its actor2, facing "Protesters (<country>)";
14. an act told as one more happening is another event: a mention with "also" or
   "another" up to three words before its trigger, or in a sentence opening with
   "Meanwhile", "Separately" or "Elsewhere", and no other mention told before it in its
   sentence ("The guerrillas also burned three vehicles", "Two vehicles of the Red Cross
   have also been attacked" after an attack on the presidential residence), starts its
   own event rather than joining one by type, detail or toll; a consequence of the act
   already told stays with it ("The explosion also damaged nearby houses": the explosion
   is told first in its sentence; "also took over a barracks during the battle": the
   battle already told), and a killing told with "also" ("The driver was also killed")
   is rule 6's toll of that act; no mention of a sentence so opened joins an event told
   before that sentence, by type, actor, toll, detail or reference ("Separately, the air
   force said it had killed 30 bandits in air strikes" is no means of the village raid
   told above it, `told_apart`), and a reference there that joins none waits for the
   acts told after it in its sentence ("Meanwhile, troops have stepped up operations ...
   after killing six rebels": the troops killed them);
15. places agree (rule 5) when they are the same, when one is a region or country that
   holds the other, or when the two lie within 25 km of each other (a town and its
   county); a definite reference ("the blast rocked the village of Malagos", a device
   told of as "it": "the car was parked in the Shaab district when it blew up", or the
   unnamed attackers just told as its subject: "The attackers stormed Kadawa village
   in Gusau district" after a raid in Zamfara state) also
   agrees with the province that holds it and with a place of its country the gazetteer
   cannot put on the map (a province holds many incidents: "police shot four men in the
   capital" is not the battle told for the province); mentions of one type whose
   sub-types differ ("a grenade exploded" ... "the blast") are one event with the most
   specific sub-type (`most_specific`);
16. a cause told right after the toll of its sentence that took its type ("killed 30
   bandits in air strikes", `devices` rule 6) is that toll's act, whoever the role rules
   read as its agent (`_cause_of_toll`); an attack told with no modality ("attacked",
   "fired on", "opened fire") and a bombing, shelling or strike by the same named actor,
   on an agreeing day at agreeing places, are one act in whatever sentences, typed by
   the stated modality (`one_act`); so is the noun "attack" with no actor told and a
   bombing with none joined to it ("A terrorist attack against El Espectador ..." then
   "A truck bomb exploded next to El Espectador": the bombing's type wins,
   `most_specific`);
17. an event told only in the article's headline (its first sentence, short, in title
   case or with no full stop) is the first body event it summarises (any two violent
   types agree, at an agreeing place and day): it joins that event, lending its actors
   and its dead only where the body states none (`headlines_into_body`); a headline
   joined to body sentences of its event the same way counts no dead of its own where
   they state some ("Drone strike hits car, killing three" over "killing three men
   inside": three dead, not six), nor the place it only borrows from the dateline
   where the body names one, nor an initiator where the body names one
   (`headline_retold`);
18. rule 15's most specific sub-type does not hold for ACLED's strategic developments,
   a type that gathers unlike acts: an arrest and the arsons its suspects are accused
   of ("Police arrested two brothers ... tied to the arson attacks on the
   synagogues"), an agreement and a looting, are separate events, so the arrest's day
   never dates the arson (`unlike_developments`);
19. force met by a demonstration is that demonstration, not another event (ACLED codes one
   event per demonstration): a mention of force used on a crowd (`triggers` rule 9:
   "Police fired rubber bullets and tear gas, injuring dozens"), or one that `classify`
   rule 2 typed as a crowd's violence or force against it ("Police arrested 30
   protesters", "Protesters threw stones at police"), told up to two sentences after a
   protest or riot that is the latest event told, on its day or on none, at no other
   place, and with no actor but the crowd or the state's forces, joins it with its
   counts ("30", "dozens"); the forces are the side the crowd faced (actor2). Force on
   a crowd told in the sentence of a demonstration joins it there (rule 2), even when
   written before it ("Police fired tear gas at protesters"); force with no
   demonstration told is no event ("Police fired tear gas at the crowd");
20. a demonstration takes the gravest sub-type its mentions tell, as ACLED's rules rank
   them: the crowd's own violence makes a Violent demonstration (Riots), whatever
   the police did; else lethal or grave force, Excessive force against protesters; else
   intervention, Protest with intervention; deaths still make Excessive force of a
   protest (`pipeline.stages.events`) (`gravest_crowd_type`);
21. two mentions of one sentence, each placed by a name nearer its own trigger, with a
   trigger told between the two names, are two events when the places disagree ("The
   car bomb in Nairobi killed 253 people, while the bomb in Dar es Salaam killed 10":
   each keeps its own toll); places listed together ("attacks in the towns of Jabla
   ..., and the port city of Tartus") have no trigger between them (`place_conflict`);
22. an attack noun after "both", "the" or "the two", with no actor, place or date of its
   own, names acts already told ("Two bombs exploded at the house of a judge ..." then
   "Both attacks had the intention of frightening him"; "the killing followed years of
   violence between two rival gangs" after the shooting told): it joins the latest violent
   event told before it, whatever its type, as rule 9's comments do; with none told
   before, it is read as usual (`names_back`). A claim of responsibility for "the
   attack" lends its group to the act told even when dated ("JNIM claimed
   responsibility for the attack in a statement on Friday": Friday is the claim's day,
   not the act's), and even when the act's attackers were told only as unnamed
   ("suspected jihadists") and the group's home is another country (`claims_back`).
23. arrests on different days are different events: an arrest stated for its own day
   never joins arrests told for another day, even one inferred from an earlier
   sentence ("Police later arrested her" in a brief about Sunday, then "three people
   police arrested Thursday night"), as arrests at places that disagree never join
   (rule 5) (`_another_arrest_day`);
24. a confirmation of the act told ("The U.S. military confirmed the attack but said
   eight people were killed") is that act, whoever confirms it and however the act is
   named: with no place or date of its own and no event it agrees with, it joins the
   latest violent event told before it, bringing its source and its counts of the dead,
   never its own sides (the confirming source is no party: `confirms_back`); so is the
   act police answered ("Officers responded to reports of shots fired on Castalia Street
   ... and found several victims" after the shooting told), on the event's day at a
   place that agrees with it, whatever its type (`answers_back`).
25. an event naming no side takes those of the last event of its sub-type told before
   it; a protest takes only its crowd, as the force that met one gathering met no
   other ("Protests also took place in Mombasa, Kisumu and Nakuru" after police fired
   tear gas in Nairobi: no police there) (`inherit_actors`).
26. the dead told again is no other killing: a killing whose words before its trigger
   refer back to the dead ("Relatives identified the dead student as Kyaw Zin Oo, who
   was shot dead by soldiers", "the victim was shot"), with no place of its own, told up
   to two sentences after an event that killed, joins that event whatever its type and
   whoever it names as the killer, bringing no sides, day or dead of its own
   (`dead_retold`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise

from sitrep.events.actor_rules import acled_sides
from sitrep.events.measures import KILL_NOUNS, KILL_VERBS, PEOPLE, SINGLE_PEOPLE, named_victim
from sitrep.events.roles import (
    GENERIC,
    Roles,
    actor_key,
    country_name,
    killing_protested,
    unidentified_group,
)
from sitrep.events.speech import REPORT_CUES
from sitrep.events.taxonomy import VIOLENT_TYPES
from sitrep.events.triggers import INTERVENE
from sitrep.events.vocabulary import ATTRIBUTE_VERBS, BLAME_VERBS, BODY_WORDS
from sitrep.fuse.rules import distance_km
from sitrep.geo.context import PREPOSITIONS
from sitrep.model import (
    Actor,
    EventDate,
    Location,
    Modality,
    Quantity,
    Span,
    Weapon,
)
from sitrep.pipeline.stages.roles import TITLE
from sitrep.titlecase import reads_as_headline


@dataclass
class Mention:
    """One trigger with everything the rules found for it."""

    sentence_no: int
    sentence: Span
    trigger: Span
    family: str
    weak: bool
    event_type: str
    sub_type: str
    date: EventDate | None
    date_strength: int
    location: Location | None
    actor1: Actor | None
    assoc1: list[Actor]
    actor2: Actor | None
    weapons: list[Weapon]
    quantities: list[Quantity]
    dead: list[Quantity]
    modality: Modality
    attributed_to: Actor | None
    civilian_targeting: bool
    strength: float
    #: the location was named in the mention's own sentence (exact, near or admin1).
    own_place: bool = False
    #: the sentence named no place at all: the location is the article's focus country.
    placeless: bool = False
    #: no sentence placed it: the location is the town of the story's dateline.
    dateline_place: bool = False


@dataclass
class Cluster:
    mentions: list[Mention] = field(default_factory=list)

    @property
    def head(self) -> Mention:
        return self.mentions[0]

    @property
    def actor1(self) -> Actor | None:
        return next((m.actor1 for m in self.mentions if m.actor1), None)

    @property
    def stated_date(self) -> EventDate | None:
        stated = [m for m in self.mentions if m.date is not None and m.date_strength > 0]
        return max(stated, key=lambda m: m.date_strength).date if stated else None

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        if self.head.weak and not mention.weak:
            self.mentions.sort(key=lambda m: (m.weak, m.trigger.start))


def _overlap(a: EventDate, b: EventDate) -> bool:
    try:
        return date.fromisoformat(a.start[:10]) <= date.fromisoformat(
            b.end[:10]
        ) and date.fromisoformat(b.start[:10]) <= date.fromisoformat(a.end[:10])
    except ValueError:
        return True


def _absorbing(cluster: Cluster, mention: Mention) -> bool:
    same_sentence = any(m.sentence_no == mention.sentence_no for m in cluster.mentions)
    if _protested_death(mention):
        return False
    protest = cluster.head.event_type in {"Protests", "Riots"}
    specific = generic_attack(cluster.head) and mention.event_type == "Explosions/Remote violence"
    cause = _cause_of_toll(cluster, mention)
    return same_sentence and (mention.family == "kill" or protest or specific or cause)


def _cause_of_toll(cluster: Cluster, mention: Mention) -> bool:
    """The mention is the cause told right after a toll of its sentence that took its
    type ("said it had killed 30 bandits in air strikes": `devices` rule 6), whoever the
    role rules read as the cause's own agent: one act."""
    return any(
        m.sentence_no == mention.sentence_no
        and m.family == mention.family
        and m.trigger.end <= mention.trigger.start
        and any(w in KILL_VERBS for w in _words(m.trigger.text)[-1:])
        for m in cluster.mentions
    )


def _protested_death(mention: Mention) -> bool:
    """Rule 2: the death a demonstration protests, its armed killer told ("The
    demonstrations followed the police killing of an unarmed black man"), is no part of
    it (`roles.killing_protested`)."""
    lead = _words(mention.sentence.text[: mention.trigger.end - mention.sentence.start])
    return mention.family == "kill" and killing_protested(lead)


def _own_day_after(mention: Mention) -> bool:
    """Rule 2: the mention's stated day is written after its trigger, in its clause."""
    day = mention.date
    if day is None or day.inferred or day.precision != "day" or day.evidence is None:
        return False
    between = mention.sentence.text[
        mention.trigger.end - mention.sentence.start : day.evidence.start - mention.sentence.start
    ]
    return day.evidence.start >= mention.trigger.end and not any(c in between for c in ",;")


def generic_attack(mention: Mention) -> bool:
    """ "the attacks" states no modality; a bombing told in its sentence gives it (rule 7)."""
    return mention.sub_type == "Attack" and mention.trigger.text.lower() in {"attack", "attacks"}


#: rule 16: the first words of triggers that tell an attack with no modality (not "an
#: assault", "stormed": acts on the ground).
_UNSPECIFIC = frozenset(
    {"attack", "attacks", "attacked", "attacking", "fired", "firing", "opened", "targeted",
     "targeting"}
)  # fmt: skip
_REMOTE = "Explosions/Remote violence"


def unspecific_attack(mention: Mention) -> bool:
    """Rule 16: "attacked", "fired on", "opened fire" state no modality."""
    words = mention.trigger.text.lower().split()
    return (
        mention.family == "attack"
        and mention.sub_type in {"Attack", "Armed clash"}
        and bool(words)
        and words[0] in _UNSPECIFIC
    )


def one_act(cluster: Cluster, mention: Mention) -> bool:
    """Rule 16: an attack with no modality and a bombing, shelling or strike by the same
    named actor ("the army shelled a town in the north" ... "troops fired on Kobane")
    are one act, whatever sentences tell them."""
    a1, b1 = cluster.actor1, mention.actor1
    if a1 is None and b1 is None:
        return _unclaimed_bombing(cluster, mention)
    if a1 is None or b1 is None or actor_key(a1) != actor_key(b1):
        return False
    told = cluster.stated_date or cluster.head.date
    if told is not None and mention.date is not None and not _overlap(told, mention.date):
        return False  # another day, if only the story's: another act
    head = cluster.head
    return (unspecific_attack(head) and mention.event_type == _REMOTE) or (
        head.event_type == _REMOTE and unspecific_attack(mention)
    )


#: rule 16: how many sentences after "an attack" the bombing that made it may be told.
_MEANS_GAP = 4


def _definite_phrase(mention: Mention) -> bool:
    """Rule 16: the trigger ends a definite noun phrase ("the blast", "the bomb
    explosion", "the powerful blast")."""
    lead = _lead(mention)
    return bool(set(lead[-3:]) & _DEFINITE)


def _told_types(cluster: Cluster) -> set[str]:
    """Rules 2 and 16: the event's type, and the bombing's that an "attack" told first
    takes from it (`most_specific`), before that retyping is done: "the blast" told
    after "an attack" and "a truck bomb exploded" is that bombing (a bomb told anew is
    another)."""
    types = {cluster.head.event_type}
    if _attack_noun(cluster.head) and unspecific_attack(cluster.head):
        types.update(m.event_type for m in cluster.mentions if m.event_type == _REMOTE)
    return types


def _unclaimed_bombing(cluster: Cluster, mention: Mention) -> bool:
    """Rule 16: "There has been a terrorist attack against El Espectador newspaper" and
    "A truck bomb exploded ... next to the El Espectador installations", with no actor
    told for either, a few sentences apart, at an agreeing place and day, when no means
    of the attack was told yet and it is not told as what came before ("following last
    night's attack on a bank, ..." then "a bomb exploded inside a restaurant" is another
    bombing)."""
    head = cluster.head
    if not (_attack_noun(head) and unspecific_attack(head)) or mention.event_type != _REMOTE:
        return False
    if any(m.event_type == _REMOTE for m in cluster.mentions):
        return False  # the attack's means are told: another bomb is another act
    lead = _words(head.sentence.text[: head.trigger.start - head.sentence.start])
    if set(lead) & _RELATIVE:
        return False  # "following last night's attack on a bank": an earlier act
    if not 0 <= mention.sentence_no - head.sentence_no <= _MEANS_GAP:
        return False
    told = cluster.stated_date
    stated = mention.date if mention.date_strength > 0 else None
    if told is not None and stated is not None and not _overlap(told, stated):
        return False
    return same_place(head.location, mention.location, definite=True)


_NON_STATE = frozenset({"rebel_group", "political_militia", "identity_militia"})
_BARE_VICTIMS = frozenset({"people", "persons", "others", "individuals"})
#: the nouns that name who died ("two farmers", "a village chief"; not "12 people").
_NAMED_PEOPLE = (PEOPLE | SINGLE_PEOPLE) - _BARE_VICTIMS
_CONTEXT_TYPES = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots"}
)


def _place_key(location: Location | None) -> str:
    return (location.name if location else "").casefold()


#: sentences after an event from which a placeless mention's country counts (rule 5).
_FOCUS_GAP = 2


def _other_country(cluster: Cluster, mention: Mention) -> bool:
    """Rule 5: a later placeless mention set by the focus in another country, unless
    its day refers back to the day just told ("was killed the same day")."""
    if not mention.placeless or mention.weak or mention.location is None:
        return False
    if same_day_reference(mention):
        return False
    told = max(m.sentence_no for m in cluster.mentions if not m.weak or m is cluster.head)
    if mention.sentence_no - told < _FOCUS_GAP:
        return False
    placed = [m.location for m in cluster.mentions if m.own_place and m.location is not None]
    return bool(placed) and all(p.country != mention.location.country for p in placed)


#: rule 5: prepositions that make a name the place of what is told ("in Germany"; not
#: "one US civilian", a nationality).
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "into"})
#: how many characters before the place are read for its preposition (a word and spaces).
_LEAD_REACH = 24


def _stated_country(mention: Mention) -> str | None:
    """Rule 5: the country of the place the mention's own sentence names after a
    locative preposition, if any."""
    where = mention.location
    if where is None or where.evidence is None or not mention.sentence.contains(where.evidence):
        return None
    before = where.evidence.start - mention.sentence.start
    lead = _words(mention.sentence.text[max(0, before - _LEAD_REACH) : before])
    return where.country if lead[-1:] and lead[-1] in _LOCATIVE else None


def _named_countries_differ(cluster: Cluster, mention: Mention) -> bool:
    """Rule 5: the mention's sentence names a place in another country than a place
    another sentence of the event names, before or after it ("a man killed 10 people in
    Alabama on March 10. On March 11, a teen killed 12 people at a school in Germany"):
    one event happens in one country, whichever sentence tells the other."""
    here = _stated_country(mention)
    if here is None:
        return False
    return any(
        (there := _stated_country(m)) is not None
        and there != here
        and m.sentence_no != mention.sentence_no
        for m in cluster.mentions
    )


#: rule 5: a day told by reference to the one just told.
_SAME_DAY = re.compile(
    r"(?:the\s+same|that)\s+(?:day|night|morning|afternoon|evening)", re.IGNORECASE
)


def same_day_reference(mention: Mention) -> bool:
    """Rule 5: the mention is dated "the same day" or "that night": the day of the event
    just told, so no focus country parts it from that event."""
    evidence = mention.date.evidence if mention.date is not None else None
    return evidence is not None and _SAME_DAY.fullmatch(evidence.text.strip()) is not None


def place_conflict(cluster: Cluster, mention: Mention) -> bool:
    """Rule 5, with rule 15's places that agree, and rule 21's two places of a sentence."""
    if _named_countries_differ(cluster, mention):
        return True
    if not mention.own_place:
        return _other_country(cluster, mention)
    if _place_taken_by_reference(cluster, mention):
        return False
    definite = refers_back(mention)
    return any(
        m.own_place
        and (m.sentence_no != mention.sentence_no or _own_clause_places(m, mention))
        and not same_place(m.location, mention.location, definite=definite)
        for m in cluster.mentions
    )


def _place_taken_by_reference(cluster: Cluster, mention: Mention) -> bool:
    """Rule 15: a reference back of the mention's own sentence has already set the place
    the sentence names in the event ("The fighting broke out near the town of Saravena
    when a patrol was ambushed by rebels", after a clash told for the province): the
    mention placed by that same name tells the same fight."""
    here = mention.location.evidence if mention.location is not None else None
    return here is not None and any(
        m.sentence_no == mention.sentence_no
        and m.location is not None
        and m.location.evidence == here
        and refers_back(m)
        for m in cluster.mentions
    )


def _own_clause_places(a: Mention, b: Mention) -> bool:
    """Rule 21: two mentions of one sentence each placed by a name of their own, nearer to
    its own trigger than to the other's, with a trigger told between the two names ("The
    car bomb in Nairobi killed 253 people, while the bomb in Dar es Salaam killed 10");
    places listed together ("attacks in the towns of Jabla ..., and the port city of
    Tartus") have no trigger between them and stay one report."""
    here = a.location.evidence if a.location is not None else None
    there = b.location.evidence if b.location is not None else None
    if here is None or there is None or here == there:
        return False

    def gap(place: Span, trigger: Span) -> int:
        return abs(place.start - trigger.start)

    low, high = sorted((here, there), key=lambda place: place.start)
    between = any(low.end <= t.start < high.start for t in (a.trigger, b.trigger))
    own = gap(here, a.trigger) < gap(here, b.trigger) and gap(there, b.trigger) < gap(
        there, a.trigger
    )
    return between and own


#: rule 15: how far apart two placed mentions of one event may be told to be.
_NEAR_KM = 25.0
_WIDE = frozenset({"country", "region"})


def same_place(a: Location | None, b: Location | None, *, definite: bool = False) -> bool:
    """Rule 15: the same name, a region or country that holds the other place, or two
    places near each other (the town and its county); for a definite reference ("the
    blast rocked the village of Malagos") also the province that holds the place, or a
    place of the same country the gazetteer cannot put on the map."""
    if a is None or b is None or _place_key(a) == _place_key(b):
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if a.precision in _WIDE or b.precision in _WIDE:
        return True
    if a.precision == "admin1" or b.precision == "admin1":
        # a province holds many incidents: only a reference back is the one told there
        return definite and a.admin1 is not None and a.admin1 == b.admin1
    here, there = _point(a), _point(b)
    if here is None or there is None:
        return definite
    return distance_km(*here, *there) <= _NEAR_KM


def _point(location: Location) -> tuple[float, float] | None:
    """The place's coordinates; None when unknown (also the 0, 0 that stands for none)."""
    if location.lat is None or location.lon is None or (location.lat, location.lon) == (0, 0):
        return None
    return location.lat, location.lon


#: rule 15: determiners that make an event noun a reference to an act already told.
_DEFINITE = frozenset({"the", "this", "that"})


#: rule 15: families of a device's going off, whose pronoun subject is the device told.
_DEVICE_FAMILIES = frozenset({"ied", "remote", "grenade", "suicide"})


def refers_back(mention: Mention) -> bool:
    """Rule 15: the trigger is an event noun after a definite determiner ("the blast",
    "the attack"), not after one that tells a new act ("another", "a second"), or a
    device's going off told of "it" ("The car was parked near a bus terminal in the
    Shaab district when it blew up": the car bomb told before)."""
    lead = _lead(mention)
    if lead[-1:] == ["it"]:
        return mention.family in _DEVICE_FAMILIES
    if len(lead) == 2 and lead[0] in _DEFINITE and _unnamed_attackers(lead[1]):
        return True  # "The attackers stormed Kadawa village": the attackers just told
    return bool(lead) and lead[-1] in _DEFINITE


def _unnamed_attackers(word: str) -> bool:
    """Rule 15: a word for armed men no name identifies ("gunmen", "attackers")."""
    return GENERIC.get(word, ("", ""))[1] == "rebel_group"


def unidentified_for(a: Actor, b: Actor, *, anywhere: bool = False) -> bool:
    """Rule 2: "gunmen" (an unidentified armed group) and a named armed group of the same
    country do not conflict: the attackers are often named later ("JNIM claimed
    responsibility for the attack"); for a reference back to the act (`anywhere`: "the
    army said the convoy had repelled the attack" after JNIM's ambush in Burkina Faso)
    the group's home country may differ from the country of the act."""
    for generic, named in ((a, b), (b, a)):
        if _names_unnamed(generic, named) and (
            anywhere or generic.country is None or generic.country == named.country
        ):
            return True
    return False


def _names_unnamed(generic: Actor, named: Actor) -> bool:
    """Rules 2 and 22: `generic` is an unnamed armed group ("gunmen", "suspected
    jihadists") and `named` an armed group the knowledge base knows."""
    return (
        generic.kb_id is None
        and generic.type == "rebel_group"
        and named.kb_id is not None
        and named.type in _NON_STATE
    )


def is_bare_casualty(mention: Mention) -> bool:
    return mention.family == "kill" and mention.actor1 is None and not mention.weak


def score(cluster: Cluster, mention: Mention, *, any_type: bool = False) -> float | None:
    """Rules 2-3 and 5: None when incompatible."""
    if place_conflict(cluster, mention):
        return None
    absorbing = _absorbing(cluster, mention) or any_type or one_act(cluster, mention)
    reference = mention.weak and mention.family == "ref"
    types = _told_types(cluster) if _definite_phrase(mention) else {cluster.head.event_type}
    if mention.event_type not in types and not absorbing and not reference:
        return None
    if unlike_developments(cluster, mention) and not reference:
        return None
    a1, b1 = cluster.actor1, mention.actor1
    if (
        a1 is not None
        and b1 is not None
        and actor_key(a1) != actor_key(b1)
        and not absorbing
        and not unidentified_for(a1, b1, anywhere=refers_back(mention))
        and not retells(cluster, mention)
    ):
        return None
    stated = cluster.stated_date
    total = 0.0
    if _another_arrest_day(cluster, mention):
        return None
    if mention.date is not None and mention.date_strength > 0 and stated is not None:
        if not _overlap(stated, mention.date):
            return None
        total += 2
    if stated is None and _earlier_event(cluster.head, mention):
        return None
    if a1 is not None and b1 is not None and actor_key(a1) == actor_key(b1):
        total += 3
    last = cluster.mentions[-1].sentence_no
    if last == mention.sentence_no:
        total += 2
    elif last == mention.sentence_no - 1:
        total += 1
    return total


_STRATEGIC = "Strategic developments"
_ARRESTS = "Arrests"


def _another_arrest_day(cluster: Cluster, mention: Mention) -> bool:
    """Rule 23: an arrest stated for its own day is not an arrest of an event told for
    another day, even when that day was only inferred from an earlier sentence ("Police
    later arrested her", in a brief about Sunday, and "three people police arrested
    Thursday night" are two arrests)."""
    if mention.sub_type != _ARRESTS or mention.date is None or mention.date_strength == 0:
        return False
    told = [
        m.date
        for m in cluster.mentions
        if m.sub_type == _ARRESTS and m.date is not None and m.date.evidence is not None
    ]
    return bool(told) and not any(_overlap(d, mention.date) for d in told)


def unlike_developments(cluster: Cluster, mention: Mention) -> bool:
    """Rule 18: ACLED's strategic developments are unlike acts under one type: an arrest
    and the arson its suspects are accused of, or an agreement and a looting, are never
    one event."""
    return mention.event_type == _STRATEGIC and any(
        m.event_type == _STRATEGIC and not m.weak and m.sub_type != mention.sub_type
        for m in cluster.mentions
    )


def _context(clusters: list[Cluster], mention: Mention) -> Cluster | None:
    """Rule 6: the latest violent event told up to two sentences before the mention."""
    near = [
        c
        for c in clusters
        if c.head.event_type in _CONTEXT_TYPES
        and 0 <= mention.sentence_no - c.mentions[-1].sentence_no <= 2
    ]
    if not near:
        return None
    tail = mention.sentence.text[mention.trigger.end - mention.sentence.start :].lower()

    def named(cluster: Cluster) -> bool:
        # "killed in the fighting" names the event it belongs to
        return any(f"the {m.trigger.text.lower()}" in tail for m in cluster.mentions)

    def violent(cluster: Cluster) -> bool:
        # a rally a bomber struck is no place for the bombing's toll
        return cluster.head.sub_type != "Peaceful protest"

    return max(near, key=lambda c: (named(c), violent(c), c.mentions[-1].trigger.start))


def _casualty(clusters: list[Cluster], mention: Mention) -> bool:
    """Rule 6; True when the mention was placed (joined, split off or dropped)."""
    context = _context(clusters, mention)
    if context is None:
        # dropped: a toll with no one named and no violence told
        return not names_victims(mention) and not tells_violence(mention)
    if score(context, mention, any_type=True) is not None:
        context.add(mention)
        return True
    head = context.head
    if place_conflict(context, mention) and head.family in _UNHARMING:
        clusters.append(Cluster([mention]))  # a shooting is no rape told elsewhere
        return True
    if place_conflict(context, mention):
        clusters.append(
            Cluster(
                [
                    replace(
                        mention,
                        event_type=head.event_type,
                        sub_type=head.sub_type,
                        actor1=head.actor1 or context.actor1,
                        actor2=mention.actor2 or head.actor2,
                        civilian_targeting=head.civilian_targeting,
                    )
                ]
            )
        )
        return True
    return False


#: rule 6: how many sentences after the event just told its victims may be named.
_VICTIMS_REACH = 3
#: rule 6: the participles that tell what befell named victims ("were killed").
_KILLED_VICTIMS = KILL_VERBS - {"killing", "kill", "kills"} | {"died", "dead"}


def _victims_of_last(clusters: list[Cluster], mention: Mention) -> bool:
    """Rule 6: the victims named a few sentences after the violent event told last,
    no other event told between and no event of their type to join ("A car bomb
    went off outside the union offices ...", then "Union leader Maria Lopez and six
    others were killed"), are its victims; True when the mention joined it."""
    words = mention.trigger.text.lower().split()
    if not clusters or not words or words[-1] not in _KILLED_VICTIMS:
        return False  # "the assassination" names an act of its own
    last = max(clusters, key=lambda c: c.mentions[-1].trigger.start)
    gap = mention.sentence_no - last.mentions[-1].sentence_no
    if last.head.event_type not in _CONTEXT_TYPES or not 0 <= gap <= _VICTIMS_REACH:
        return False
    if score(last, mention, any_type=True) is None:
        return False
    last.add(mention)
    return True


#: rule 6: acts that kill no one, whose type a death told elsewhere never takes.
_UNHARMING = frozenset({"sexual", "abduct"})


#: rule 6: the words of a killing by someone ("stabbed to death", "gunned down",
#: "murdered"; "shot" when told as a killing: "were shot dead"), and the causes after a
#: toll that tell one ("killed in a shooting", "killed when gunfire erupted"), unlike a
#: death toll alone (an accident, a disaster). Participles only: a noun tells such acts as
#: a topic ("appalled by reports of the murder of hundreds of people"); "executed" may
#: tell a sentence carried out ("convicted of drug trafficking were executed").
_KILLING_BY_SOMEONE = KILL_VERBS - {"killed", "killing", "kill", "kills", "executed"} | {
    "gunned",
    "stabbed",
    "hacked",
}
#: rule 6: what a body found bears or how it was left, the mark of a killer ("bodies
#: found dumped on a highway", "a body bearing gunshot wounds").
_KILLED_BODY_MARKS = (BODY_WORDS - {"body", "bodies", "corpses"}) | {
    "dumped", "abandoned", "dismembered", "gunshot", "bullet", "stab", "torture",
}  # fmt: skip
#: either: the words of a toll that tell violence by someone (rule 6).
_VIOLENT_DEATH_WORDS = _KILLING_BY_SOMEONE | _KILLED_BODY_MARKS
_VIOLENT_CAUSES = frozenset(
    {"shooting", "shootings", "stabbing", "stabbings", "gunfire", "gunshots", "shootout"}
)
_CAUSE_REACH = 8
#: rule 6: the words after "shot" that tell a killing ("shot to death", "shot and killed").
_SHOT_TO_KILL = frozenset({("to", "death"), ("and", "killed")})


def tells_violence(mention: Mention) -> bool:
    """Rule 6: the killing is told as violence by someone, by its own words ("Two people
    were shot dead") or by a cause just after it ("killed in a shooting", "killed when
    gunfire erupted", "killed when gunmen opened fire")."""
    words = set(_words(mention.trigger.text))
    if words & _VIOLENT_DEATH_WORDS:
        return True
    sentence = mention.sentence
    tail = _words(sentence.text[mention.trigger.end - sentence.start :])[:_CAUSE_REACH]
    if "shot" in words and (len(words) > 1 or tuple(tail[:2]) in _SHOT_TO_KILL):
        return True  # "were shot dead", "shot to death"; not "was shot in a photo session"
    return bool(set(tail) & _VIOLENT_CAUSES) or "opened fire" in " ".join(tail)


def names_victims(mention: Mention) -> bool:
    """Rule 6: the victims are named, as a side ("A soldier was killed") or by the noun
    of a count of the dead ("a village chief", "two farmers"), not just as "people"."""
    victim = mention.actor2
    if victim is not None and (
        victim.evidence is None or victim.evidence.text.lower() not in _BARE_VICTIMS
    ):
        return True
    counted = any(
        set(q.evidence.text.lower().split()) & _NAMED_PEOPLE or named_victim(q)
        for q in mention.dead
    )
    return (
        counted
        or _titled_name_before(mention)
        or _person_object(mention)
        or _named_passive_subject(mention)
        or _name_of_killing(mention)
        or _named_antecedent(mention)
    )


#: rule 6: a person's name and a relative clause whose passive tells the killing
#: ("Luis Carlos Galan, who was killed last Friday").
_NAMED_WHO = re.compile(
    r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3},\s+who\s+(?:was|had been|has been)"
    r"(?:\s+[a-z]+ly)?\s*$"
)


def _named_antecedent(mention: Mention) -> bool:
    """Rule 6: the killing is told in a relative clause on a person the sentence names
    ("He took up the banners of Luis Carlos Galan, who was killed last Friday"): the
    victim is named, so the death is news of its own, no bare toll."""
    sentence = mention.sentence
    before = sentence.text[: mention.trigger.start - sentence.start]
    return _NAMED_WHO.search(before) is not None


#: rule 6: a person's name after the noun of a killing, past its day ("the assassination
#: on 22 March of Bernardo Jaramillo", "the murder of Carlos Perez").
_OF_NAME = re.compile(
    r"(?:\s+on\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?)?"  # "on 22 March", "on May 3"
    r"\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b"
)


def _name_of_killing(mention: Mention) -> bool:
    """Rule 6: the noun of a killing names its victim after "of" ("the assassination on
    22 March of Bernardo Jaramillo, its presidential candidate")."""
    if not any(w in KILL_NOUNS for w in _words(mention.trigger.text)[-1:]):
        return False
    return (
        _OF_NAME.match(mention.sentence.text, mention.trigger.end - mention.sentence.start)
        is not None
    )


#: rule 6: the passive before a killing ("was gunned down", "has been shot").
_PASSIVE_END = re.compile(r"\s(?:was|were|has been|had been|have been)(?:\s+[a-z]+ly)?\s*$")
#: rule 6: a person's name of two to four capitalised words opening a sentence.
_OPENING_NAME = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}")


#: rule 6: words opening a phrase of place (geo's prepositions) or time before the
#: subject ("On Monday, ...", "After the meeting, ...").
_PHRASE_OPENERS = PREPOSITIONS | {"after", "before", "during", "since", "following"}


def _named_passive_subject(mention: Mention) -> bool:
    """Rule 6: the subject of the passive killing is a person the sentence names, by a
    name or by what they are, up to its apposition ("Gustavo Guerra, coordinator of the
    Patriotic Union in Cordoba, was gunned down today", "The union leader in Cordoba was
    murdered today"), not just "people" or "two persons"."""
    sentence = mention.sentence
    before = sentence.text[: mention.trigger.start - sentence.start]
    if _PASSIVE_END.search(before) is None:
        return False
    parts = before.split(",")
    while len(parts) > 1 and _words(parts[0])[:1] and _words(parts[0])[0] in _PHRASE_OPENERS:
        parts = parts[1:]  # an opening phrase of time or place ("On Monday, two people ...")
    subject = parts[0] if len(parts) > 1 else _PASSIVE_END.sub("", parts[0])
    words = _words(subject)
    if not words or words[0] in _PHRASE_OPENERS:
        return False
    named = _OPENING_NAME.fullmatch(subject.strip()) is not None and words[0] not in _ONE
    one_person = len(words) >= 2 and words[0] in _ONE and any(w in SINGLE_PEOPLE for w in words)
    return named or one_person


#: people named by a relation rather than a trade ("stabbed a neighbour").
_RELATIONS = frozenset(
    {"neighbour", "neighbor", "wife", "husband", "son", "daughter", "brother", "sister",
     "father", "mother", "girlfriend", "boyfriend", "partner", "relative", "cousin"}
)  # fmt: skip
_ONE = frozenset({"the", "a", "an", "his", "her", "their", "one"})
_PERSON_REACH = 3


def _person_object(mention: Mention) -> bool:
    """Rule 6: the killing's object is one person named by what they are ("The officer
    shot the driver", "after stabbing a neighbour") or by a name with an age ("accused of
    stabbing Miguel Beedle, 55,"), or the sentence names such a person before it ("John
    Baer, 34, was one of three people found shot")."""
    sentence = mention.sentence
    tail = sentence.text[mention.trigger.end - sentence.start :]
    after = _words(tail)[:_PERSON_REACH]
    one = len(after) >= 2 and after[0] in _ONE
    if one and any(w in SINGLE_PEOPLE or w in _RELATIONS for w in after[1:]):
        return True
    before = sentence.text[: mention.trigger.start - sentence.start]
    return _AGED_NAME.search(before) is not None or _AGED_NAME.match(tail.lstrip()) is not None


#: a name with an age in apposition ("John Baer, 34,"): a person told of in the news.
_AGED_NAME = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z.]+)+, \d{1,2},")


#: a rank, title or honorific written as one ("Assistant Sub Inspector Ali Khan",
#: "Constable Ram Singh", "Dr Shah"): the project's one list of titles, capitalised as
#: a title before a name is ("a major Kabul hospital" holds none).
_RANK = re.compile(rf"(?:{TITLE})")


def _titled_name_before(mention: Mention) -> bool:
    """Rule 6: the sentence names a person by a title or a rank and a name before the
    killing, with no word reporting news between them ("Judge Carlos Valencia Garcia died
    after he was shot", "the attack on Judge Maria Elena Diaz, who was murdered",
    "Assistant Sub Inspector (ASI) Ali Khan was shot dead": the rank's acronym in
    brackets may stand between)."""
    sentence = mention.sentence
    words = sentence.text[: mention.trigger.start - sentence.start].split()
    for k, word in enumerate(words[:-1]):
        title = word.strip(",")
        if title.lower() not in SINGLE_PEOPLE and not _ranked(title):
            continue
        at = k + 1
        while at < len(words) - 1 and words[at].startswith("(") and words[at].endswith(")"):
            at += 1  # "(ASI)"
        name = words[at].strip(",")
        if name[:1].isupper() and name.isalpha():
            between = {w.strip(".,;:").lower() for w in words[at + 1 :]}
            return not between & REPORT_CUES  # the person named tells of the killing
    return False


def _ranked(word: str) -> bool:
    """Whether the word is a capitalised rank or title ("Major", "Constable", "Dr.")."""
    return word[:1].isupper() and _RANK.fullmatch(word) is not None


def retells(cluster: Cluster, mention: Mention) -> bool:
    """Rule 10: an undated mention whose sentence names, as a word, the place named by
    the event in another sentence."""
    if mention.date_strength > 0 or mention.own_place:
        return False
    sentence = mention.sentence.text
    for m in cluster.mentions:
        where = m.location.evidence if m.own_place and m.location is not None else None
        if where is None or m.sentence_no == mention.sentence_no:
            continue
        if re.search(rf"(?<!\w){re.escape(where.text)}(?!\w)", sentence):
            return True
    return False


#: how far before an undated event's day a stated date makes another event (rule 8).
_EARLIER_DAYS = 7
#: words that set an event relative to another (rule 8), and how far back they count.
_RELATIVE = frozenset({"following", "after", "before", "since", "amid", "until"})
_RELATIVE_WINDOW = 4


def _earlier_event(head: Mention, mention: Mention) -> bool:
    """Rule 8: the mention's stated date ends well before the inferred date of the event."""
    if head.date is None or mention.date is None or mention.date_strength == 0:
        return False
    lead = head.sentence.text[: head.trigger.start - head.sentence.start].lower().split()
    if set(lead[-_RELATIVE_WINDOW:]) & _RELATIVE:
        return False
    try:
        day = date.fromisoformat(head.date.start[:10])
        end = date.fromisoformat(mention.date.end[:10])
    except ValueError:
        return False
    return (day - end).days > _EARLIER_DAYS


_DEMONSTRATIVES = frozenset({"this", "these", "that", "those", "such"})
#: words after the demonstrative that make it a time ("This morning", "That same day").
_TIME_WORDS = frozenset(
    {"morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "time",
     "day", "same", "past", "last", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "spring", "summer", "autumn", "fall", "winter"}
)  # fmt: skip


def comments_back(mention: Mention) -> bool:
    """Rule 9: the mention's sentence opens with a demonstrative subject and the
    mention has neither a place nor a date of its own."""
    if mention.own_place or mention.date_strength > 0:
        return False
    words = mention.sentence.text.lstrip(" \"'“‘").split()[:2]
    if len(words) < 2 or words[0].lower() not in _DEMONSTRATIVES:
        return False
    nxt = words[1].lower().strip(".,;:").removesuffix("'s").removesuffix("’s")
    return nxt not in _TIME_WORDS


#: rule 22: the attack nouns that name acts already told, and the words before them that
#: point back ("both attacks", "the two bombings", "the attacks").
_ACT_NOUNS = frozenset(
    {"attack", "attacks", "bombing", "bombings", "incident", "incidents", "killing",
     "shooting", "murder", "slaying", "stabbing"}
)  # fmt: skip
_POINTING = frozenset({"both", "the", "these", "those", "two"})


#: rule 24: verbs that confirm an act already told.
_CONFIRMING = frozenset({"confirmed", "confirms", "confirm", "acknowledged", "acknowledges"})


def confirms_back(mention: Mention) -> bool:
    """Rule 24: "confirmed the attack", with no place or date of its own."""
    if mention.own_place or mention.date_strength > 0:
        return False
    lead = _lead(mention)
    return len(lead) >= 2 and lead[-1] in _DEFINITE and lead[-2] in _CONFIRMING


#: rule 24: the words before an act that police answered ("responded to reports of shots
#: fired", "responding to a call about a shooting").
_ANSWERED = re.compile(
    r"\brespond(?:ed|ing|s)?\s+to\s+(?:an?\s+|the\s+)?(?:reports?|calls?)\s+(?:of|about)"
    r"\s+(?:[\w-]+\s+){0,2}$"
)


def answers_back(cluster: Cluster, mention: Mention) -> bool:
    """Rule 24: the act is what police responded to ("Officers responded to reports of
    shots fired on Castalia Street"), on the day of the event told and at a place that
    agrees with it: that event, told from the response."""
    sentence = mention.sentence
    lead = sentence.text[: mention.trigger.start - sentence.start].lower()
    if _ANSWERED.search(lead) is None:
        return False
    return not place_conflict(cluster, mention) and _same_day(cluster, mention)


def names_back(mention: Mention) -> bool:
    """Rule 22: an attack noun after "both", "the" or "the two", with no actor, place or
    date of its own, names acts already told ("Two bombs exploded at the house of a
    judge ..." then "Both attacks had the intention of frightening him")."""
    if mention.actor1 is not None or mention.own_place or mention.date_strength > 0:
        return False
    if mention.trigger.text.lower() not in _ACT_NOUNS:
        return False
    lead = _lead(mention)
    return bool(lead) and lead[-1] in _POINTING and (lead[-1] != "two" or lead[-2:-1] == ["the"])


#: rule 22: the words that lend an act already told to the group that claims it
#: ("claimed responsibility for the attack"); one blamed or attributed ("attributed the
#: bombing") is told by `BLAME_VERBS` and `ATTRIBUTE_VERBS`.
_CLAIMING = (("responsibility", "for"), ("credit", "for"))


def claims_back(mention: Mention) -> bool:
    """Rule 22: a definite attack noun claimed or blamed on a group, with no place of its
    own, is the act already told, not another ("A car bomb exploded ..." then "The ELN
    claimed responsibility for the attack", "Police attributed the bombing to the ELN"):
    the claimant is that act's side. A day told with the claim is the claim's ("claimed
    responsibility for the attack in a statement on Friday"), not the act's, unless it
    lies before the act (`_dated_before`)."""
    if mention.own_place:
        return False
    if mention.trigger.text.lower() not in _ACT_NOUNS:
        return False
    lead = _lead(mention)
    if lead[-1:] != ["the"]:
        return False
    if lead[-2:-1] and lead[-2] in BLAME_VERBS | ATTRIBUTE_VERBS:
        return True  # "Police attributed the bombing to the ELN"
    return any(tuple(lead[-1 - len(words) : -1]) == words for words in _CLAIMING)


def _unclaimed(cluster: Cluster, claim: Mention) -> bool:
    """Rule 22: the act told has no side yet, the claimant's own, or only unnamed
    attackers ("Suspected jihadists killed 20 soldiers ..." then "JNIM claimed
    responsibility for the attack", a group that claims attacks beyond its home
    country): a claim does not take an act from another side told for it."""
    a1, b1 = cluster.actor1, claim.actor1
    return a1 is None or b1 is None or actor_key(a1) == actor_key(b1) or _names_unnamed(a1, b1)


def _dated_before(cluster: Cluster, claim: Mention) -> bool:
    """Rule 22: the claim states a day before the act told ("Gunmen killed five soldiers
    on Monday" then "JNIM claimed responsibility for the attack on a convoy on March 1"):
    another, earlier act, not the claim's own day."""
    told = cluster.stated_date or cluster.head.date
    if claim.date_strength == 0 or claim.date is None or told is None:
        return False
    return claim.date.end < told.start


def _latest_violent(clusters: list[Cluster], mention: Mention) -> Cluster | None:
    """Rule 9: the violent event whose last mention was told last before the mention."""
    before = [
        c
        for c in clusters
        if c.head.event_type in _CONTEXT_TYPES and c.mentions[-1].sentence_no < mention.sentence_no
    ]
    return max(before, key=lambda c: c.mentions[-1].trigger.start, default=None)


def is_detail(mention: Mention) -> bool:
    """Rule 12: a mention that states no place of its own (killings are rule 6's)."""
    return not mention.own_place and mention.family != "kill"


def _same_day(cluster: Cluster, mention: Mention) -> bool:
    """Rule 12: the mention states no date, or the one day the event was stated for."""
    if mention.date_strength == 0 or mention.date is None:
        return True
    stated = cluster.stated_date
    return (
        stated is not None
        and stated.start[:10] == stated.end[:10] == mention.date.start[:10] == mention.date.end[:10]
    )


def _sides(cluster: Cluster) -> set[str]:
    return {actor_key(a) for m in cluster.mentions for a in (m.actor1, m.actor2) if a is not None}


def _is_protest(cluster: Cluster) -> bool:
    """A protest, rioting, or force used against protesters: one event per crowd."""
    return any(
        m.event_type in {"Protests", "Riots"} or m.sub_type == "Excessive force against protesters"
        for m in cluster.mentions
    )


def _detail_of(clusters: list[Cluster], mention: Mention) -> Cluster | None:
    """Rule 12: the event told just before that the mention details, if any."""
    context = _context(clusters, mention)
    if context is None or mention.sentence_no == context.mentions[-1].sentence_no:
        return None
    if not _same_day(context, mention):
        return None
    if mention.actor1 is not None and not (
        _is_protest(context) and actor_key(mention.actor1) in _sides(context)
    ):
        return None  # "The RSF shelled residential neighbourhoods": an act of one side
    return context if score(context, mention, any_type=True) is not None else None


#: words that tell an act as one more happening (rule 14): next to the trigger ...
_ANOTHER = frozenset({"also", "another"})
#: ... or opening its sentence.
_OPENERS = frozenset({"meanwhile", "separately", "elsewhere"})
#: how many words before the trigger "also" may stand ("have also been attacked").
_ANOTHER_WINDOW = 3
#: words before a trigger that refer back to an act already told ("during the battle").
_BACK_REFERENCES = frozenset({"the", "this", "that", "these", "those", "its", "their"})


def _lead(mention: Mention) -> list[str]:
    """The words of the mention's sentence before its trigger, lower-cased."""
    return _words(mention.sentence.text[: mention.trigger.start - mention.sentence.start])


def _words(text: str) -> list[str]:
    return [w.strip(".,;:\"'“”‘’").lower() for w in text.split()]


def told_apart(mention: Mention) -> bool:
    """Rule 14: the mention's sentence opens with "Meanwhile", "Separately" or
    "Elsewhere": it tells other acts than those told before it, unless the mention
    refers back to one ("Meanwhile, the bombing was claimed by al Shabaab")."""
    lead = _lead(mention)
    return bool(lead) and lead[0] in _OPENERS and lead[-1] not in _BACK_REFERENCES


def _own_sentence(clusters: list[Cluster], mention: Mention) -> list[Cluster]:
    """The events that a mention of the mention's own sentence started or joined."""
    return [c for c in clusters if any(m.sentence_no == mention.sentence_no for m in c.mentions)]


def another_happening(mentions: list[Mention], k: int) -> bool:
    """Rule 14 for the k-th mention: "also" or "another" stands just before its trigger,
    or "meanwhile" (or the like) opens its sentence, and no other mention of its sentence
    is told before it."""
    mention = mentions[k]
    if mention.weak or mention.family == "kill":
        return False
    near = _lead(mention)[-_ANOTHER_WINDOW:]
    if near[-1:] and near[-1] in _BACK_REFERENCES:
        return False  # "during the battle": the act already told
    if not (set(near) & _ANOTHER or told_apart(mention)):
        return False
    return not any(
        m.sentence_no == mention.sentence_no and m.trigger.start < mention.trigger.start
        for m in mentions[:k]
    )


def merge_mentions(mentions: list[Mention]) -> list[Cluster]:
    """Rules 1, 6, 9, 12, 14, 17, 19, 22 and 24."""
    clusters: list[Cluster] = []
    # rule 19: force on a crowd waits for the demonstration told in its sentence
    mentions = sorted(mentions, key=lambda m: (m.sentence_no, m.family == INTERVENE))
    for k, mention in enumerate(mentions):
        if _protested_death(mention) and not _own_day_after(mention):
            continue  # rule 2: the crowd's grievance, told as no news of its own
        if another_happening(mentions, k):
            clusters.append(Cluster([mention]))
            continue
        # rule 14: after "Separately," only the acts of its own sentence are open to it
        same_sentence = _own_sentence(clusters, mention)
        apart = told_apart(mention)
        told = same_sentence if apart else clusters
        back = _latest_violent(told, mention)
        claimed = (
            claims_back(mention)
            and back is not None
            and _unclaimed(back, mention)
            and not _dated_before(back, mention)
        )
        if claimed or comments_back(mention) or (names_back(mention) and back is not None):
            if back is not None:
                retold = replace(mention, weak=True, quantities=list(mention.dead))
                back.add(replace(retold, date=None, date_strength=0) if claimed else retold)
            continue
        if back is not None and not same_sentence and dead_retold(back, mention):
            back.add(replace(mention, weak=True, actor1=None, actor2=None, assoc1=[], dead=[],
                             quantities=[], date=None, date_strength=0))  # fmt: skip
            continue
        met = None if same_sentence else _met_by_force(told, mention)
        if met is not None:
            join(met, mention)
            continue
        if mention.family == INTERVENE and not any(_is_protest(c) for c in same_sentence):
            continue  # rule 19: force with no demonstration told
        detailed = _detail_of(told, mention) if is_detail(mention) and not same_sentence else None
        if detailed is not None:
            join(detailed, mention)
            continue
        if is_bare_casualty(mention) and not same_sentence and _casualty(told, mention):
            continue
        best: tuple[float, Cluster] | None = None
        for cluster in _open_to_body(told, mention):
            s = score(cluster, mention)
            if s is not None and (best is None or s >= best[0]):
                best = (s, cluster)
        if best is not None:
            join(best[1], mention)
        elif is_bare_casualty(mention) and _victims_of_last(told, mention):
            continue
        elif back is not None and (confirms_back(mention) or answers_back(back, mention)):
            back.add(replace(mention, weak=True, actor1=None, actor2=None, assoc1=[]))
        elif not mention.weak or apart:
            # "Meanwhile, troops have intensified operations ... after killing six
            # rebels": the reference waits for the acts of its own sentence
            clusters.append(Cluster([mention]))
    headlines_into_body(clusters)
    headline_retold(clusters)
    kept = [c for c in clusters if not c.head.weak]
    for cluster in kept:
        most_specific(cluster)
    inherit_actors(kept)
    unidentified_perpetrators(kept)
    for cluster in kept:
        gravest_crowd_type(cluster)
        crowd_sides(cluster)
    return kept


#: rule 26: words after "the" that refer back to the dead already told ("the dead
#: student", "the victim"), and how many sentences back that death may be told.
_DEAD_BACK = frozenset({"dead", "slain", "deceased", "victim", "victims", "murdered"})
_DEAD_BACK_GAP = 2


def dead_retold(back: Cluster, mention: Mention) -> bool:
    """Rule 26: a killing told of the dead already told, referred to back ("Relatives
    identified the dead student as Kyaw Zin Oo, who was shot dead by soldiers" after
    security forces killed a student at a protest), with no place of its own, is that
    death told again, not another killing: it joins the event that told it."""
    if mention.family != "kill" or mention.own_place:
        return False
    if mention.sentence_no - back.mentions[-1].sentence_no > _DEAD_BACK_GAP:
        return False
    if not any(m.dead or m.family == "kill" for m in back.mentions):
        return False
    lead = _lead(mention)
    return any(a == "the" and b in _DEAD_BACK for a, b in pairwise(lead))


#: rule 19: sub-types that tell force met by a crowd or the crowd's own violence.
_FORCE_TYPES = frozenset(
    {"Protest with intervention", "Excessive force against protesters", "Violent demonstration"}
)
#: rule 19: how many sentences after a demonstration the force on it may be told.
_FORCE_GAP = 2


#: rule 19: the crowd as the object of the state's fire ("opened fire on the crowd").
_CROWD_OBJECTS = frozenset({"crowd", "crowds", "them", "gathering", "marchers"})
_CROWD_OBJECT_REACH = 3
#: rule 19: what the state's fire on a crowd, or its fight with one, makes of the
#: demonstration: grave force against it, or a riot (a crowd that fights back).
_ON_CROWD = {
    "attack": ("Protests", "Excessive force against protesters"),
    "kill": ("Protests", "Excessive force against protesters"),
    "clash": ("Riots", "Violent demonstration"),
}


def faces_crowd(mention: Mention) -> bool:
    """Rule 19: force used on a crowd, or typed as force met by a crowd or its violence."""
    return (
        mention.family == INTERVENE
        or (not mention.weak and mention.sub_type in _FORCE_TYPES)
        or _fire_on_crowd(mention)
    )


def _fire_on_crowd(mention: Mention) -> bool:
    """Rule 19: the state's forces fired on, killed or fought "the crowd" ("Police opened
    fire on the crowd, killing three", "Police clashed with the crowd"): told after a
    demonstration, grave force against it, or a riot."""
    actor = mention.actor1
    if mention.family not in _ON_CROWD or actor is None or actor.type != "state_forces":
        return False
    sentence = mention.sentence
    after = _words(sentence.text[mention.trigger.end - sentence.start :])
    return bool(set(after[:_CROWD_OBJECT_REACH]) & _CROWD_OBJECTS)


def _met_by_force(clusters: list[Cluster], mention: Mention) -> Cluster | None:
    """Rule 19: the demonstration, told just before, that the mention's force met."""
    if not faces_crowd(mention) or not clusters:
        return None
    latest = max(clusters, key=lambda c: c.mentions[-1].trigger.start)
    gap = mention.sentence_no - latest.mentions[-1].sentence_no
    if not _is_protest(latest) or not 0 < gap <= _FORCE_GAP:
        return None
    if not _same_day(latest, mention) or place_conflict(latest, mention):
        return None
    actor = mention.actor1
    if actor is not None and actor.type not in _CROWD_KINDS | {"state_forces"}:
        return None  # "Party cadres attacked the marchers": an act of its own
    return latest


def join(cluster: Cluster, mention: Mention) -> None:
    """Rules 1 and 19: the mention joins the event; told after a demonstration, it faces
    the demonstration's crowd."""
    if _is_protest(cluster) and cluster.head.sentence_no < mention.sentence_no:
        mention = _facing_crowd(mention)
    cluster.add(mention)


def _facing_crowd(mention: Mention) -> Mention:
    """Rule 19: the state's forces that acted on the crowd are the side it faced (the
    crowd itself, "40 people were detained", is the demonstration's actor1, not a side
    it faced); their fire on it is grave force against the protesters, their fight with
    it a riot."""
    if _fire_on_crowd(mention) and mention.sub_type not in _FORCE_TYPES:
        event_type, sub_type = _ON_CROWD[mention.family]
        mention = replace(mention, event_type=event_type, sub_type=sub_type)
    forces = next(
        (a for a in (mention.actor1, mention.actor2) if a is not None and a.type == "state_forces"),
        None,
    )
    crowd = mention.actor1 if mention.actor1 is not forces else None
    return replace(mention, actor1=crowd, assoc1=[], actor2=forces, civilian_targeting=False)


#: rule 20: ACLED's demonstration sub-types, gravest last.
_CROWD_RANK = (
    "Peaceful protest",
    "Protest with intervention",
    "Excessive force against protesters",
    "Violent demonstration",
)


_CROWD_SUB_TYPES = frozenset(_CROWD_RANK)


def gravest_crowd_type(cluster: Cluster) -> None:
    """Rule 20, in place: a protest takes the gravest sub-type its mentions tell
    ("Thousands marched ..." then "Police fired tear gas to disperse them": Protest with
    intervention)."""
    head = cluster.head
    if head.event_type != "Protests" or head.sub_type not in _CROWD_RANK:
        return
    told = [m for m in cluster.mentions if m.sub_type in _CROWD_RANK]
    gravest = max(told, key=lambda m: _CROWD_RANK.index(m.sub_type))
    if _CROWD_RANK.index(gravest.sub_type) > _CROWD_RANK.index(head.sub_type):
        cluster.mentions[0] = replace(
            head, event_type=gravest.event_type, sub_type=gravest.sub_type
        )


#: the kinds of actor a gathering's crowd is written as, and what ACLED codes it as.
_CROWD_KINDS = frozenset({"civilians", "protesters", "rioters"})
_CROWD_CODES = {"Protests": ("Protesters", "protesters"), "Riots": ("Rioters", "rioters")}


def crowd_sides(cluster: Cluster) -> None:
    """Rule 13, in place on every mention of the cluster: the crowd of a demonstration is its
    actor1, whoever acted on it ("Riot police broke up a demonstration by opposition
    supporters": the supporters, then the police), coded as ACLED codes crowds: people
    who demonstrate are "Protesters (<country>)" ("Thousands of people marched"), a
    violent demonstration's or a mob's crowd "Rioters (<country>)", cited by the trigger
    when no word names it ("An angry crowd lynched two men": "lynched"), and so is the
    unnamed crowd of any protest ("Thousands marched in Nairobi": "marched"; "Protests
    also took place in Mombasa": "Protests"), as ACLED names a crowd for every one."""
    head = cluster.head
    code = _CROWD_CODES.get(head.event_type)
    if code is None:
        return
    actor1 = next((m.actor1 for m in cluster.mentions if m.actor1), None)
    actor2 = next(
        (m.actor2 for m in cluster.mentions if m.actor2 and not _told_in_clause_after(head, m)),
        None,
    )
    if actor1 is None:  # "An angry crowd lynched two men"; "Thousands marched ..."
        actor1 = _crowd(code, None, head)
    if actor1.type not in _CROWD_KINDS:
        if actor2 is not None and actor2.type in _CROWD_KINDS and not _passive_victim(head, actor2):
            actor1, actor2 = actor2, actor1
        elif actor2 is None and head.event_type == "Protests" and actor1.type == "state_forces":
            # "Security forces used tear gas to break up a demonstration by opposition
            # supporters": no word names the crowd, the force is whom it faced
            actor1, actor2 = _crowd(code, None, head), actor1
        else:
            return
    if actor1.type != code[1] and not actor1.kb_id:
        actor1 = _crowd(code, actor1, head)
    cluster.mentions[:] = [
        replace(
            m,
            actor1=actor1,
            actor2=actor2 or (None if _told_in_clause_after(head, m) else m.actor2),
        )
        for m in cluster.mentions
    ]  # the victim of an act told in an "after" clause is no side of the crowd's act


def _passive_victim(head: Mention, actor: Actor) -> bool:
    """Rule 13: the civilians are the passive subject of the head's harm ("Fulani herders
    were attacked by vigilantes"): its victims, not the crowd, so no swap makes them it."""
    if actor.evidence is None or actor.evidence.end > head.trigger.start:
        return False
    offset = head.sentence.start
    between = head.sentence.text[actor.evidence.end - offset : head.trigger.start - offset]
    return _PASSIVE_END.fullmatch(between) is not None  # "herders were attacked"


#: conjunctions that open a clause telling an act before or at the main one ("torched a
#: police station after officers shot a motorcyclist").
_TIME_CLAUSE = re.compile(r"\b(?:after|when)\b", re.IGNORECASE)


def _told_in_clause_after(head: Mention, mention: Mention) -> bool:
    """Rule 13: the mention is an act told in an "after" or "when" clause of the head's
    sentence ("Angry residents torched a police station after officers shot a
    motorcyclist"): the occasion of the crowd's act, whose victim is no side of it."""
    if mention is head or mention.sentence_no != head.sentence_no:
        return False
    if mention.trigger.start < head.trigger.end:
        return False
    offset = head.sentence.start
    between = head.sentence.text[head.trigger.end - offset : mention.trigger.start - offset]
    return _TIME_CLAUSE.search(between) is not None


def _crowd(code: tuple[str, str], written: Actor | None, head: Mention) -> Actor:
    """The crowd as ACLED names it ("Rioters (Haiti)"), cited by the words that name it,
    else by the trigger."""
    country = (written.country if written else None) or (
        head.location.country if head.location else None
    )
    name = country_name(country)
    label = f"{code[0]} ({name})" if name else code[0]
    evidence = written.evidence if written else head.trigger
    return Actor(label, evidence, None, country, code[1], written.role if written else None)


def unidentified_perpetrators(clusters: list[Cluster]) -> None:
    """Rule 11, after `inherit_actors` lent the actors it could."""
    for cluster in clusters:
        head = cluster.head
        if cluster.actor1 is None and head.family != "kill" and head.event_type == "Battles":
            _hurt_side_fought(cluster)
        if cluster.actor1 is not None or not _a_killing(cluster):
            continue
        country = head.location.country if head.location is not None else None
        unnamed = unidentified_group(country, head.trigger)
        roles = Roles(
            actor1=unnamed,
            actor2=next((m.actor2 for m in cluster.mentions if m.actor2), None),
        )
        if roles.actor2 is not None and actor_key(roles.actor2) == actor_key(unnamed):
            continue  # "air strikes killed 30 bandits": the unnamed group is the victims'
        sides = (head.event_type, head.sub_type, country_name(country), country)
        acled_sides(roles, *sides, head.trigger)
        cluster.mentions[0] = replace(head, actor1=roles.actor1, actor2=roles.actor2)


def _a_killing(cluster: Cluster) -> bool:
    """Rule 11: the event is a killing, told as one or as an attack that killed ("an
    attack on a checkpoint that killed two soldiers", "was killed in a rebel attack")."""
    family = cluster.head.family
    return (
        family == "kill"
        or (
            family == "attack"
            and any(m.family == "kill" or any(q.low for q in m.dead) for m in cluster.mentions)
        )
        or any(_death_told_with_cause(m) for m in cluster.mentions)
    )


#: verbs of dying that a death told with its cause opens ("died after", "died from").
_DYING = frozenset({"died", "dies", "die"})


def _death_told_with_cause(mention: Mention) -> bool:
    """Rule 11: a death told with its cause ("A woman died after a drone strike hit a
    market") took the cause's type (`devices` rule 6) but is still a killing: the strike
    that no one is named for is an unidentified group's, as the bare death would be."""
    words = mention.trigger.text.lower().split()  # "died after"
    return bool(words) and words[0] in _DYING and any(q.low for q in mention.dead)


def _hurt_side_fought(cluster: Cluster) -> None:
    """Rule 11 for a battle that killed no one: the state's forces hurt in a fight told
    by a word of fighting ("A policeman was also wounded in the shootout") fought in it,
    so with no other side named they are its actor1, not its victims. The target of an
    attack did not start it ("Peru has been the target of bloody terrorist attacks")."""
    forces = next((m.actor2 for m in cluster.mentions if m.actor2 and m.family == "clash"), None)
    if forces is not None and forces.type == "state_forces":
        cluster.mentions[:] = [
            replace(m, actor1=forces, actor2=None if _same_side(m.actor2, forces) else m.actor2)
            for m in cluster.mentions
        ]


def inherit_actors(clusters: list[Cluster]) -> None:
    """Rule 25, in text order: an event naming no side takes those of the last event of
    its sub-type; a protest takes only its crowd, as the force that met one gathering
    met no other ("Protests also took place in Mombasa, Kisumu and Nakuru" after police
    fired tear gas in Nairobi)."""
    last: dict[str, Mention] = {}
    for cluster in sorted(clusters, key=lambda c: c.head.trigger.start):
        head = cluster.head
        if cluster.actor1 is None and head.sub_type in last:
            source = last[head.sub_type]
            actor2 = next((m.actor2 for m in cluster.mentions if m.actor2), None)
            lent = None if head.event_type == "Protests" else source.actor2
            cluster.mentions[0] = replace(head, actor1=source.actor1, actor2=actor2 or lent)
        elif cluster.actor1 is not None:
            first = next(m for m in cluster.mentions if m.actor1)
            last[head.sub_type] = first


#: rule 15: trigger families that name no device or means ("the blast", "the strike",
#: "attacked"), and those that do.
_VAGUE_FAMILIES = frozenset({"remote", "attack", "ref"})
_MEANS_FAMILIES = frozenset({"ied", "grenade", "suicide", "shell", "air", "chemical"})


def most_specific(cluster: Cluster) -> None:
    """Rules 15-16, in place: an event first told by a word that names no means ("the
    blast", "explosion") takes the sub-type of a later mention of its type that does ("a
    grenade was thrown"), and one first told as an attack with no modality ("fired on
    Kobane") the type of the shelling or strike its actor is told to have made: ACLED
    codes the most specific sub-type the report supports."""
    head = cluster.head
    if unspecific_attack(head) and (head.actor1 is not None or _attack_noun(head)):
        remote = next(
            (
                m
                for m in cluster.mentions[1:]
                if m.event_type == _REMOTE and not m.weak and _same_side(head.actor1, m.actor1)
            ),
            None,
        )
        if remote is not None:
            cluster.mentions[0] = replace(
                head, event_type=remote.event_type, sub_type=remote.sub_type
            )
        return
    if head.family not in _VAGUE_FAMILIES:
        return
    specific = next(
        (
            m
            for m in cluster.mentions[1:]
            if not m.weak and m.event_type == head.event_type and m.family in _MEANS_FAMILIES
        ),
        None,
    )
    if specific is not None and specific.sub_type != head.sub_type:
        cluster.mentions[0] = replace(head, sub_type=specific.sub_type)


def _attack_noun(mention: Mention) -> bool:
    """Rule 16: the noun "attack" names the whole act, whose means a later sentence may
    tell ("A terrorist attack against El Espectador ..." then "A truck bomb exploded")."""
    return mention.trigger.text.lower() in {"attack", "attacks"}


def _same_side(a: Actor | None, b: Actor | None) -> bool:
    """Rule 16: the same named initiator, or none named for either ("A terrorist attack
    against El Espectador" and "A truck bomb exploded next to El Espectador")."""
    if a is None or b is None:
        return a is None and b is None
    return actor_key(a) == actor_key(b)


def is_headline(mention: Mention) -> bool:
    """Rule 17: the mention is told in the article's first sentence, written as a
    headline (`sitrep.titlecase.reads_as_headline`)."""
    return mention.sentence_no == 0 and reads_as_headline(mention.sentence.text)


def _open_to_body(clusters: list[Cluster], mention: Mention) -> list[Cluster]:
    """Rule 17: a body mention does not join an event told only in the headline by
    type or actor: the headline names the article's main event, which it joins with the
    first body event it summarises (`headlines_into_body`), so a later act of the same
    kind ("Police said they had retaken part of the area") is not that event."""
    if is_headline(mention):
        return clusters
    return [c for c in clusters if not all(is_headline(m) for m in c.mentions)]


def _summarises(headline: Cluster, body: Cluster) -> bool:
    """Rule 17: the body event is of the headline's kind (any two violent types agree, and
    so do any two kinds of demonstration: the headline's verb is often vaguer than the
    report's, "Protesters clash with police in Nairobi" over the body's violent
    demonstration), at an agreeing place, on an agreeing day."""
    head, told = headline.head, body.head
    if body is headline or told.sentence_no == 0:
        return False
    kinds = {head.event_type, told.event_type}
    crowd = {head.sub_type, told.sub_type} <= _CROWD_SUB_TYPES
    if len(kinds) > 1 and not kinds <= VIOLENT_TYPES and not crowd:
        return False
    borrowed = not any(m.own_place for m in headline.mentions)
    if not borrowed and not same_place(head.location, told.location, definite=True):
        return False  # a place only borrowed from the dateline is no place the headline told
    stated, other = headline.stated_date, body.stated_date
    return stated is None or other is None or _overlap(stated, other)


def headlines_into_body(clusters: list[Cluster]) -> None:
    """Rule 17, in place: an event told only in the headline is the first body event it
    summarises: the body keeps its own type, actors and counts, and takes the headline's
    actors and counts of the dead only where it states none ("Attack that Killed One
    Policeman" over the body's mine blast)."""
    for cluster in list(clusters):
        if not all(is_headline(m) for m in cluster.mentions):
            continue
        body = next((c for c in clusters if _summarises(cluster, c)), None)
        if body is None:
            continue
        has_dead = any(m.dead for m in body.mentions)
        actor1, actor2 = body.actor1, next((m.actor2 for m in body.mentions if m.actor2), None)
        body.mentions.extend(
            replace(
                m,
                dead=[] if has_dead else m.dead,
                actor1=None if actor1 else m.actor1,
                assoc1=[] if actor1 else m.assoc1,
                actor2=None if actor2 else m.actor2,
            )
            for m in cluster.mentions
        )
        clusters.remove(cluster)


def headline_retold(clusters: list[Cluster]) -> None:
    """Rule 17, in place: the headline's dead, in an event whose body sentences count
    dead of their own, are those same dead told again, not more of them; and a place the
    headline only borrows (the dateline's city) gives way to the one the body names."""
    for cluster in clusters:
        body = [m for m in cluster.mentions if not is_headline(m)]
        told = _BodyTells(
            any(m.dead for m in body), any(m.own_place for m in body), any(m.actor1 for m in body)
        )
        cluster.mentions[:] = [
            _headline_deferring(m, told) if is_headline(m) else m for m in cluster.mentions
        ]


@dataclass(frozen=True)
class _BodyTells:
    """Rule 17: what the body sentences of an event state for themselves."""

    dead: bool
    place: bool
    actor1: bool


def _headline_deferring(headline: Mention, told: _BodyTells) -> Mention:
    """Rule 17: the headline mention without the dead, the borrowed place and the
    initiator the body states for itself ("Myanmar junta air strike kills 17" over "A
    Myanmar military air strike": the body's military, not the country)."""
    borrowed = told.place and not headline.own_place
    return replace(
        headline,
        dead=[] if told.dead else headline.dead,
        location=None if borrowed else headline.location,
        actor1=None if told.actor1 else headline.actor1,
        assoc1=[] if told.actor1 else headline.assoc1,
    )
