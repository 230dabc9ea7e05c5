"""Events: what happened, typed, dated, placed, with actors, numbers and sources.

The cascade, run sentence by sentence and then over the article:
1. triggers (`events.triggers`): verbs, nouns and passives that report an event, never
   inside a name ("Operation Hawkeye Strike"); an explosive device as subject ("A car
   bomb killed 12", "an IED went off") makes its verb a remote-violence trigger
   (`events.devices`); a definite reference without its own
   actor or date ("the strikes", "Before today's strikes") is weak: it can only enrich
   an event told elsewhere. Modality (`events.modality`): negated, planned and
   hypothetical mentions ("threatened to attack", "will kill you") are dropped, and so
   are denials ("the ministry denied targeting civilian sites"): a claim about an event
   told elsewhere, not an event.
2. location first (`events.placing`), so generic actors can name their country: the
   most specific place in the clause or sentence (also a settlement named in the
   participle clause that says what the act hit: "fired missiles into Syria, striking
   Sabboura, an area outside Damascus"; the town of a compass-named part: "East
   Mosul"), else, for a sentence that opens with a pronoun ("They arrested two men"),
   the place of the sentence before it in its paragraph, else the article's focus.
3. roles (`events.roles`): actor1/assoc_actor1/actor2 from token order and
   prepositions; weapon operators join the initiator's side.
4. typing (`events.classify`): ACLED event and sub-event type, PLOVER from the
   taxonomy, civilian targeting; the discriminating rules are written there.
5. date (`events.dating`): the timex of the clause, then of the sentence, then the
   article's narrative time (inferred). Background: an event whose stated date ends more
   than a year before publication ("its defeat at the battle of Baghuz in 2019") is
   history, not news, and is dropped, unless the whole article is a history
   (`events.history`: every stated year long past, nothing anchored to the day of
   writing), whose events keep the narrative's dates. A story without a publication date
   measures the year back from the latest date it states with a year ("In 1986, the FPMR
   tried to kill Pinochet" beside "on 12 December 1989": `events.history` rule 5). A
   sentence opening with a calendar date just after one that opened so and told an act of
   its kind as background is the next entry of that list ("In 2019, a gunman killed 51
   people in Christchurch. On March 11, a teen killed 12 in Germany.", `events.history`
   rule 4). Generic statements ("Isis is still said to have up to 3,000 fighters") hold
   no trigger and make no event.
6. numbers (`events.measures`): quantities go to the nearest trigger of their sentence
   (a number inside a date or a clock time counts nothing, nor does money: a reward
   or a ransom stays a number of the article);
   fatalities are read from counts of the dead (ACLED's vague-number rule applies).
7. attribution: a trigger inside a quote is attributed to its speaker; a speech cue
   before the trigger in its sentence ("US Central Command confirmed the strikes ...")
   attributes it to the cue's speaker; claim cues make it "claimed".
8. merging (`events.merge`): mentions of one real event join; the event keeps its
   first mention's trigger and sentence as evidence, other fields their own evidence.
   Mentions that name different places in different sentences stay apart; a bare
   death toll joins the violent event it reports on. A protest that gathers deaths
   becomes "Excessive force against protesters" (ACLED's definition); force met by a
   demonstration told just after it ("Police fired tear gas to disperse them") is that
   demonstration, whose sub-type is the gravest told (`merge` rules 19-20).
9. named perpetrators (`events.perpetrators`): a person the report holds responsible
   ("accused Colonel X of ordering the murder", "X's men") joins the initiator's side
   of the violent event told in that sentence, else of the article's first one; a group
   that claims the attack, or a state or group the report accuses of it ("Syria has
   accused Israel of bombarding ..."), is actor1 of the attack told there or just after.
10. military sites (`actor_rules` rule 16): a strike or battle with no target named that
   hits a military airport, air base or barracks has the site's state's military as actor2.
Event.id is a hash of the article id and the first trigger's offsets; confidence
grows with the rule strength and the roles, date and place found.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar

from sitrep.events.actor_rules import (
    acled_sides,
    ascribed_group,
    attacked_community,
    battle_on_civilians,
    civilian_property,
    civilian_target,
    claimant,
    dead_side,
    declared_enemy,
    defended_sides,
    definite_antecedent,
    drop_modifier_demonyms,
    forces_named_before,
    former_holder,
    fronted_subject,
    military_site_targets,
    named_as_sides,
    partner_sides,
    premodifier_initiator,
    sole_opponent,
    splinter_group,
    state_weapon_user,
)
from sitrep.events.classify import classify
from sitrep.events.context import contexts_of
from sitrep.events.dating import (
    Dated,
    date_event,
    far_in_past,
    in_temporal_clause,
    story_days,
    story_time,
)
from sitrep.events.devices import device_triggers, means_after_by
from sitrep.events.discourse import (
    carry_actors,
    carry_places,
    coalition_actors,
    drop_summaries,
)
from sitrep.events.history import (
    is_history,
    narrative_time,
    narrative_years,
    opens_with_calendar_date,
    states_year,
    undated_anchor,
)
from sitrep.events.measures import (
    elided_vague_dead,
    event_counts,
    fatalities_of,
    is_fatality_count,
    nearest_trigger,
    no_deaths,
    outcome_items,
    own_count,
    protested_death,
    restated_toll,
    single_people,
    summary_dead,
    vague_counts,
)
from sitrep.events.merge import (
    Cluster,
    Mention,
    generic_attack,
    merge_mentions,
    unidentified_for,
)
from sitrep.events.modality import is_denial, modality_of, starts_event
from sitrep.events.nonevents import is_non_event
from sitrep.events.perpetrators import hold_responsible
from sitrep.events.place_lists import dead_by_place, listed_places, toll_places
from sitrep.events.placing import (
    acting_country,
    continued_place,
    focus_country,
    locate,
    named_settlement,
    rehome_homonyms,
    speaking_places,
    town_of_district,
    unresolved_location,
    usable_places,
)
from sitrep.events.roles import (
    Roles,
    actor_key,
    add_operators,
    agent_actors,
    between_roles,
    country_name,
    crowd_roles,
    find_roles,
    infer_operators,
    killed_person,
    reciprocal_sides,
    split_group,
)
from sitrep.events.sentence_index import per_sentence
from sitrep.events.speech import CLAIM_CUES, is_cue, speaker_near
from sitrep.events.taxonomy import VIOLENT_TYPES, load_taxonomy
from sitrep.events.tokens import Tok, clause_bounds, that_before_plural, tokenize
from sitrep.events.triggers import NAME_LABELS, TriggerHit, find_triggers
from sitrep.geo.context import heads_line_dateline
from sitrep.geo.facilities import settlements
from sitrep.model import (
    Actor,
    EntityMention,
    Event,
    EventDate,
    Fatalities,
    Location,
    PlaceMention,
    Quantity,
    Span,
    TimexMention,
    Weapon,
)
from sitrep.pipeline.document import Document
from sitrep.pipeline.resources import Resources

_DEFINITE = frozenset({"the", "these", "those", "this", "that", "such", "today", "yesterday"})
_TEMPORAL_PREPS = frozenset({"before", "after", "since", "following", "until"})
_NOUN_FORMS = frozenset(
    {
        "strike",
        "strikes",
        "attack",
        "attacks",
        "operation",
        "operations",
        "raid",
        "raids",
        "bombing",
        "bombings",
        "clashes",
        "fighting",
    }
)
_T = TypeVar("_T", Weapon, Quantity)
_REMOTE_OR_BATTLE = frozenset({"Explosions/Remote violence", "Battles"})
_OWN_PLACE = frozenset({"exact", "near", "admin1"})
_TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
_COORDINATION_GAP = 80
#: event types told once for a list of places that ACLED codes once per place.
_CROWD_TYPES = frozenset({"Protests", "Riots"})
_SPLIT = VIOLENT_TYPES | _CROWD_TYPES


@dataclass(frozen=True)
class _Told:
    """The article's dates as the events read them (`events.history`)."""

    timexes: list[TimexMention]
    history: bool
    #: the recent days the story states, in text order (dating step 5).
    days: list[EventDate] = field(default_factory=list)
    #: sentence number -> the trigger families of its acts told as background, for a
    #: sentence that opens with a calendar date (`events.history` rule 4).
    listed: dict[int, set[str]] = field(default_factory=dict)
    #: a story without a publication date: the latest date it states with a year
    #: (`events.history` rule 5).
    undated_anchor: str | None = None


@dataclass(frozen=True)
class _Within:
    """The article's layers, per sentence (`places` are the usable places of the whole
    article, `here` those of each sentence)."""

    places: Sequence[PlaceMention]
    here: list[list[PlaceMention]]
    entities: list[list[EntityMention]]
    actors: list[list[Actor]]
    weapons: list[list[Weapon]]
    quantities: list[list[Quantity]]

    @classmethod
    def of(cls, doc: Document, places: Sequence[PlaceMention]) -> _Within:
        sentences = doc.sentences
        return cls(
            places=places,
            here=per_sentence(sentences, places, [p.evidence for p in places]),
            entities=per_sentence(sentences, doc.entities, [e.evidence for e in doc.entities]),
            actors=per_sentence(sentences, doc.actors, [a.evidence for a in doc.actors]),
            weapons=per_sentence(sentences, doc.weapons, [w.evidence for w in doc.weapons]),
            quantities=per_sentence(
                sentences, doc.quantities, [q.evidence for q in doc.quantities]
            ),
        )


class EventsStage:
    name = "events"
    version = "105"
    requires: tuple[str, ...] = (
        "sentences", "timex", "quantities", "entities", "places", "actors", "quotes",
    )  # fmt: skip
    assigns: tuple[str, ...] = ("events",)

    def __init__(self, resources: Resources | None = None, *, keep_unrealised: bool = False):
        self._resources = resources
        self._keep_unrealised = keep_unrealised
        self._taxonomy = load_taxonomy()
        self._kb = resources.actors if resources is not None else None

    def __call__(self, doc: Document) -> None:
        taken = [t.evidence for t in doc.timex] + [
            a.evidence for a in doc.actors if a.evidence is not None and a.country is None
        ]
        # events are placed on towns, regions and countries, never on streets or buildings
        towns = settlements(doc.places)
        places = speaking_places(
            usable_places(towns, doc.entities, taken, doc.text, self._kb), doc.text
        )
        places = rehome_homonyms(places, doc.entities, doc.text)
        focus = focus_country(places, doc.text)
        history = is_history(doc.timex, doc.anchor_date)
        timexes = narrative_years(doc.timex) if history else list(doc.timex)
        days = [] if history else story_days(timexes, doc.text, doc.anchor_date)
        undated = undated_anchor(doc.timex) if doc.anchor_date is None else None
        told = _Told(timexes, history, days, undated_anchor=undated)
        mentions: list[Mention] = []
        within = _Within.of(doc, places)
        for number, sentence in enumerate(doc.sentences):
            mentions.extend(self._sentence_mentions(doc, number, sentence, within, focus, told))
        carry_actors(mentions)
        carry_places(mentions)
        clusters = merge_mentions(drop_summaries(mentions))
        events = [
            split
            for cluster in clusters
            for split in self._per_place(doc, self._event(doc, cluster), places, cluster)
        ]
        events = _with_summary_toll(events, summary_dead(doc.quantities, doc.text), doc.text)
        events = hold_responsible(events, doc.text, doc.entities, doc.actors, doc.sentences)
        events = military_site_targets(events, doc.text)
        doc.events = tuple(sorted(events, key=lambda e: (e.evidence.start, e.id)))

    # --- steps 1-7 for one sentence -------------------------------------------------

    def _sentence_mentions(
        self,
        doc: Document,
        number: int,
        sentence: Span,
        within: _Within,
        focus: Location | None,
        told: _Told,
    ) -> list[Mention]:
        places = within.places
        tokens = tokenize(doc.text, sentence.start, sentence.end)
        if not tokens:
            return []
        if opens_with_calendar_date(tokens, told.timexes):
            told.listed[number] = set()  # "In 2019, a gunman killed 51 people in ..."
        blocked = [
            (e.evidence.start, e.evidence.end)
            for e in within.entities[number]
            if e.label in NAME_LABELS
        ]
        hits = [
            h
            for h in means_after_by(tokens, device_triggers(tokens, find_triggers(tokens, blocked)))
            if not is_non_event(tokens, h)
        ]
        in_sentence = list(within.actors[number])
        here = list(within.here[number])
        kb = self._resources.actors if self._resources is not None else None
        in_sentence += agent_actors(tokens, here, doc.text, kb)
        in_sentence += coalition_actors(tokens, doc.text, doc.actors, kb)
        in_sentence = drop_modifier_demonyms(tokens, in_sentence, doc.text)
        in_sentence = [splinter_group(a, doc.text, kb) for a in in_sentence]
        weapons = list(within.weapons[number])
        quantities = list(within.quantities[number])
        quantities += vague_counts(tokens, quantities, doc.text)
        quantities += elided_vague_dead(tokens, quantities, doc.text)
        people = single_people(tokens, quantities, doc.text)
        quantities = event_counts(quantities)  # money counts nothing of an event
        timed = _in_temporal_clauses(tokens, sentence, places)
        spans = [(h.start, h.end) for h in hits]
        owner = {id(q): nearest_trigger(q.evidence, spans) for q in [*quantities, *people]}
        found: list[Mention] = []
        for k, hit in enumerate(hits):
            mine = [q for q in quantities if owner[id(q)] == k]
            singles = [q for q in people if owner[id(q)] == k]
            mention = self._mention(
                doc, number, sentence, tokens, hit, in_sentence, weapons, (mine, singles),
                (places, timed), focus, told,
            )  # fmt: skip
            if mention is not None:
                found.append(mention)
        return found

    def _mention(
        self,
        doc: Document,
        number: int,
        sentence: Span,
        tokens: list[Tok],
        hit: TriggerHit,
        actors: Sequence[Actor],
        weapons: Sequence[Weapon],
        counts: tuple[Sequence[Quantity], Sequence[Quantity]],
        where: tuple[Sequence[PlaceMention], frozenset[Span]],
        focus: Location | None,
        told: _Told,
    ) -> Mention | None:
        """Steps 2-7 for one trigger; `counts` are the quantities nearest to it and the
        people written in the singular nearest to it (counted only among the dead);
        `where` the article's places and those of them in a temporal clause."""
        places, timed = where
        quantities, singles = counts
        clause = clause_bounds(tokens, hit.first)
        modality = modality_of(tokens, clause, hit.first)
        if not starts_event(modality) and not self._keep_unrealised:
            return None
        # 2. location
        c_span = (tokens[clause[0]].start, tokens[clause[1] - 1].end)
        usable = [
            p
            for p in places
            if c_span[0] <= p.evidence.start < c_span[1] or p.evidence not in timed
        ]
        located = locate(usable, c_span, sentence, [], doc.text)
        if acting_country(located, actors, doc.text):
            located = None
        if located is None or located.precision in ("country", "region"):
            known = located or focus
            fallback = known.country if known is not None else None
            reach = _with_result_clause(tokens, clause)
            settlements = named_settlement(reach, doc.text, places, fallback, self._kb)
            if settlements:
                located = settlements[0]
            else:
                gazetteer = self._resources.gazetteer if self._resources is not None else None
                located = town_of_district(c_span, doc.text, fallback, gazetteer) or located
        if located is None or located.precision in ("country", "region"):
            located = (
                unresolved_location(
                    doc.entities, places, (sentence.start, sentence.end), doc.text, focus
                )
                or located
            )
        # "They arrested two men ...": else the place of the sentence before it
        went_on = None if located else continued_place(usable, doc.sentences, number, doc.text)
        location, strong_place = (located, True) if located else (went_on or focus, False)
        country = location.country if location else None
        # 3. roles
        roles = find_roles(
            tokens, clause, hit.first, hit.last, actors, weapons=weapons,
            clash=hit.rule.family == "clash",
            country_name=country_name(country, self._kb), country=country, text=doc.text,
        )  # fmt: skip
        if hit.rule.family == "clash":
            between_roles(
                roles, tokens, hit.last, actors,
                country_name=country_name(country, self._kb), country=country, text=doc.text,
            )  # fmt: skip
            reciprocal_sides(roles, tokens, hit.first)
        if hit.toll is not None:
            # "the army says it killed eight rebels in a bombing": who killed, and whom;
            # a toll told before the cause's clause ("Militants killed 50 people, most of
            # them women, in an attack") is read in its own clause
            toll_clause = clause_bounds(tokens, hit.toll[0]) if hit.toll[0] < clause[0] else clause
            at_toll = find_roles(
                tokens, toll_clause, *hit.toll, actors, weapons=weapons, clash=False,
                country_name=country_name(country, self._kb), country=country, text=doc.text,
            )  # fmt: skip
            if roles.actor1 is None:
                roles.actor1 = at_toll.actor1
                roles.actor2 = roles.actor2 or at_toll.actor2
            elif (
                at_toll.actor1 is not None
                and not at_toll.passive
                and roles.actor1.evidence is not None
                and tokens[hit.toll[1]].end <= roles.actor1.evidence.start < hit.start
            ):
                # "JNIM said it had killed 20 soldiers in an attack on an army post": the
                # killer of an active toll did the attack; the people it killed, told
                # before the attack's noun, are its victims, not its authors
                roles.actor1 = at_toll.actor1
                roles.actor2 = at_toll.actor2 or roles.actor2
        roles.actor1 = ascribed_group(roles.actor1, actors, doc.text) or roles.actor1
        sides = named_as_sides(doc.actors, doc.text)
        roles.actor1 = definite_antecedent(roles.actor1, tokens, sides)
        roles.actor2 = definite_antecedent(roles.actor2, tokens, sides)
        roles.actor1 = forces_named_before(roles.actor1, doc.actors)
        roles.actor2 = forces_named_before(roles.actor2, doc.actors)
        _initiators(roles, tokens, hit, actors)
        if hit.rule.family == "kill":
            killed_person(roles, tokens, hit.last, actors)
        fronted_subject(roles, tokens, clause, actors, hit.first)
        defended_sides(roles, tokens, clause, hit.first, doc.actors)
        # 4. typing
        roles.actor2 = attacked_community(roles.actor2, hit.rule.family, country)
        typing = classify(hit, tokens, weapons, roles.actor1, roles.actor2)
        entry = self._taxonomy.get(typing.sub_type)
        if entry.sub_event_type in _TERRITORY and roles.actor2 is None:
            roles.actor2 = former_holder(tokens, actors, roles.actor1)
            if roles.actor2 is None and entry.sub_event_type == "Government regains territory":
                roles.actor2 = sole_opponent(doc.actors, roles.actor1)
        partner_sides(roles, tokens, clause, hit.first, actors, doc.actors)
        state_weapon_user(roles, weapons, country)
        acled_sides(
            roles, entry.event_type, entry.sub_event_type, country_name(country, self._kb),
            country, Span.of(doc.text, hit.start, hit.end),
        )  # fmt: skip
        if entry.event_type in _CROWD_TYPES:
            crowd_roles(roles, tokens, country_name(country, self._kb), country, doc.text)
        if entry.event_type == "Explosions/Remote violence":
            civilian_target(
                roles, tokens, clause, hit.first, country_name(country, self._kb), country
            )
        if entry.sub_event_type == "Looting/property destruction":
            civilian_property(
                roles, tokens, clause, hit.first, country_name(country, self._kb), country
            )
        if entry.event_type in _REMOTE_OR_BATTLE:
            add_operators(roles, weapons, doc.actors, lead=not hit.rule.weak)
        split = split_group(tokens, clause, actors) if entry.event_type == "Battles" else None
        if split is not None:  # "fighting between factions of the Sinaloa cartel"
            roles.actor1, roles.actor2, roles.assoc1 = split, split, []
        # 5. date, background
        dated = date_event(tokens, clause, hit.first, told.timexes, doc.anchor_date, doc.text)
        if restated_toll(doc.text[hit.start : hit.end]):
            dated = Dated(dated.date, 0)  # "The toll rose to 54 on Monday": not the act's day
        if told.history:
            narrative = narrative_time(told.timexes, hit.start)
            if dated.strength == 0 and narrative is not None:
                dated = Dated(narrative, 0)
        elif (
            far_in_past(dated.date, doc.anchor_date)
            or (states_year(dated.date, doc.text) and far_in_past(dated.date, told.undated_anchor))
            or _listed_after(told, number, hit)
        ):
            if number in told.listed:
                told.listed[number].add(hit.rule.family)  # the next entry may go on the list
            return None
        elif (
            dated.strength == 0
            and not dated.settled
            and (story := story_time(told.days, hit.start))
        ):
            dated = Dated(story, 0)
        # 6. numbers
        trigger_text = doc.text[hit.start : hit.end].lower()
        captured_or_killed = hit.rule.family == "clash" and any(
            w in trigger_text for w in ("captur", "arrest", "detain")
        )
        grievance = entry.event_type in _CROWD_TYPES and protested_death(tokens, hit.first)
        dead = [] if captured_or_killed or grievance else [
            q for q in [*quantities, *singles] if is_fatality_count(q, tokens, doc.text)
        ]  # fmt: skip
        if not dead and entry.event_type in VIOLENT_TYPES:
            dead = [none] if (none := no_deaths(sentence, doc.text)) is not None else []
        if entry.event_type == "Explosions/Remote violence" and hit.rule.family != "ref":
            quantities = [*quantities, *outcome_items(tokens, hit.last, quantities, doc.text)]
        counted = own_count(tokens, hit.first, hit.last, doc.text)
        if counted is not None and not any(
            q.evidence.overlaps(counted.evidence) for q in quantities
        ):
            quantities = [*quantities, counted]
        # 7. attribution
        attributed, claimed = _attribution(doc, tokens, clause, hit)
        if claimed and modality == "asserted":
            modality = "claimed"
        weak = hit.rule.weak or _is_reference(tokens, hit, roles.actor1, dated.strength)
        return Mention(
            sentence_no=number,
            sentence=sentence,
            trigger=Span.of(doc.text, hit.start, hit.end),
            family=hit.rule.family,
            weak=weak,
            event_type=entry.event_type,
            sub_type=entry.sub_event_type,
            date=dated.date,
            date_strength=dated.strength,
            location=location,
            actor1=roles.actor1,
            assoc1=roles.assoc1,
            actor2=roles.actor2,
            weapons=list(weapons) if entry.event_type in _REMOTE_OR_BATTLE else [],
            quantities=list(quantities),
            dead=dead,
            modality=modality,
            attributed_to=attributed,
            civilian_targeting=typing.civilian_targeting,
            strength=typing.strength * (1.0 if strong_place else 0.9),
            placeless=not strong_place,
            dateline_place=located is None and went_on is None and _at_dateline(location, doc.text),
            own_place=strong_place
            and location is not None
            and location.precision in _OWN_PLACE
            and location.evidence is not None
            and sentence.contains(location.evidence),
        )

    # --- step 8: one Event per cluster, and per place ------------------------------------

    def _per_place(
        self, doc: Document, event: Event, places: Sequence[PlaceMention], cluster: Cluster
    ) -> list[Event]:
        """ACLED codes one event per location and day: an event told once for a list of
        places ("Demonstrations also took place in Mombasa, Kisumu and Eldoret", "the
        embassies in Nairobi and Dar es Salaam", `events.place_lists`), or a violent event
        told for several coordinated settlements of one country ("attacks in the towns of
        Jabla ..., and the port city of Tartus"), is one event per place, each citing its
        own place and keeping the dead told for it (`place_lists` rule 8); so is one whose
        dead are counted for places apart ("75 people were killed in Nairobi and 10 in Dar
        es Salaam", `place_lists` rule 9)."""
        if event.location is None or event.event_type not in _SPLIT:
            return [event]
        dead = _unique(q for m in cluster.mentions for q in m.dead)
        others = self._other_places(doc, event, places, cluster.head)
        tolled = toll_places(dead, [event.location, *others], places, doc.text)
        others += tolled
        if not others:
            return [event]
        listed = [event.location, *others]
        shares = dead_by_place(dead, listed, places, doc.text)
        if len(others) == 1 and tolled and not shares[0]:
            # every count of the dead is told for one other place ("killed a Palestinian
            # teenager at the Qalandiya checkpoint north of Jerusalem"): one act, one
            # event, where its dead were killed
            return [replace(event, location=others[0])]
        at_places = [event, *(self._at(event, other) for other in others)]
        return [
            _with_own_dead(
                at, shares[k], [q for j, s in enumerate(shares) if j != k for q in s], doc.text
            )
            for k, at in enumerate(at_places)
        ]

    def _other_places(
        self, doc: Document, event: Event, places: Sequence[PlaceMention], head: Mention
    ) -> list[Location]:
        """The places other than its own that the event is told for; [] if none."""
        loc = event.location
        if event.event_type not in _SPLIT or loc is None or loc.evidence is None:
            return []
        if not head.sentence.contains(loc.evidence):
            return []
        tokens = tokenize(doc.text, head.sentence.start, head.sentence.end)
        listed = listed_places(doc.text, tokens, head.trigger.start, loc, places)
        if listed:
            return listed
        if event.event_type not in VIOLENT_TYPES or loc.precision != "exact":
            return []
        found = named_settlement(
            (head.sentence.start, head.sentence.end), doc.text, places, loc.country, self._kb
        )
        if not any(f.evidence == loc.evidence for f in found):
            return []
        # the chain of coordinated settlements that holds the event's own place, which
        # need not be the first of them ("the towns of Jabla ..., and the port city of
        # Tartus" where only Tartus is in the gazetteer)
        chain: list[Location] = []
        for k, first in enumerate(found):
            chain = [first, *_coordinated(doc.text, first, found[k + 1 :])]
            if any(f.evidence == loc.evidence for f in chain):
                break
        return [o for o in chain if o.evidence is not None and o.evidence != loc.evidence]

    @staticmethod
    def _at(event: Event, other: Location) -> Event:
        """The same event at another place of its list, with an id of its own."""
        where = other.evidence
        key = f"{where.start}-{where.end}" if where is not None else other.name
        digest = hashlib.sha256(f"{event.id}:{key}".encode()).hexdigest()[:16]
        return replace(event, id=digest, location=other)

    def _event(self, doc: Document, cluster: Cluster) -> Event:
        head = cluster.head
        mentions = cluster.mentions
        entry = self._taxonomy.get(head.sub_type)
        dead = _unique(q for m in mentions for q in m.dead)
        if generic_attack(head):
            specific = [m for m in mentions if m.event_type == "Explosions/Remote violence"]
            entry = self._taxonomy.get(specific[0].sub_type) if specific else entry
        if entry.event_type == "Protests" and dead:
            # ACLED: protesters met with lethal force is "Excessive force against protesters"
            entry = self._taxonomy.get("Excessive force against protesters")
        stated = [m for m in mentions if m.date is not None and m.date_strength > 0]
        date = (
            max(stated, key=lambda m: (m.date_strength, -m.trigger.start)).date
            if stated
            else head.date
        )
        location = _best_location(mentions)
        # a named initiator beats "gunmen" told before it (`merge.unidentified_for`)
        initiators = [m.actor1 for m in mentions if m.actor1]
        actor1 = next((a for a in initiators if a.kb_id), initiators[0] if initiators else None)
        actor2 = next(
            (
                m.actor2
                for m in mentions
                if m.actor2
                and (actor1 is None or actor_key(m.actor2) != actor_key(actor1))
                and not (
                    actor1 is not None
                    and unidentified_for(actor1, m.actor2)
                    and not _fought_named(m, actor1)
                )
            ),
            None,
        )
        split = next((m.actor1 for m in mentions if _split_sides(m)), None)
        if split is not None and entry.event_type == "Battles":
            actor1 = actor2 = split  # a group's factions fight each other: both sides
        if actor2 is None and actor1 is not None and entry.event_type in VIOLENT_TYPES:
            actor2 = dead_side(dead, location.country if location else None, actor1)
        if actor2 is None and entry.event_type in _REMOTE_OR_BATTLE:
            actor2 = declared_enemy(actor1, doc.actors, self._kb)
        # any trigger merged into the event may tell the fighting ("killed in the clashes")
        triggers = " ".join(m.trigger.text for m in mentions)
        on_civilians = battle_on_civilians(entry.sub_event_type, triggers, actor1, actor2)
        if on_civilians:
            entry = self._taxonomy.get("Attack")
        seen = {actor_key(actor1)} if actor1 else set()
        if actor2 is not None:
            seen.add(actor_key(actor2))
        assoc: list[Actor] = []
        for m in mentions:
            for a in m.assoc1:
                if actor_key(a) not in seen:
                    seen.add(actor_key(a))
                    assoc.append(a)
        weapons = infer_operators(
            _unique(w for m in mentions for w in m.weapons), Roles(actor1, assoc, actor2)
        )
        quantities = _unique(q for m in mentions for q in m.quantities)
        fatalities = fatalities_of(dead, doc.text)
        attributed = next((m.attributed_to for m in mentions if m.attributed_to), None)
        found = sum(x is not None for x in (actor1, actor2, location)) + bool(stated)
        confidence = min(0.95, 0.5 * head.strength + 0.1 * found + 0.05 * (len(mentions) > 1))
        digest = hashlib.sha256(
            f"{doc.article.id}:{head.trigger.start}-{head.trigger.end}".encode()
        ).hexdigest()[:16]
        event = Event(
            id=digest,
            event_type=entry.event_type,
            sub_event_type=entry.sub_event_type,
            plover=entry.plover,
            date=date,
            location=location,
            actor1=actor1,
            actor2=actor2,
            evidence=head.sentence,
            assoc_actor1=tuple(assoc),
            weapons=tuple(sorted(weapons, key=lambda w: w.evidence.start)),
            quantities=tuple(sorted(quantities, key=lambda q: q.evidence.start)),
            fatalities=fatalities,
            modality=head.modality,
            attributed_to=attributed,
            civilian_targeting=on_civilians
            or any(m.civilian_targeting for m in mentions if not m.weak),
            trigger=head.trigger,
            confidence=round(confidence, 3),
        )
        context = contexts_of(event, [m.sentence for m in mentions], doc.text, self._kb)
        return replace(event, plover=replace(event.plover, context=context))


def _listed_after(told: _Told, number: int, hit: TriggerHit) -> bool:
    """`events.history` rule 4: the act of a sentence opening with a calendar date goes
    on a list of earlier acts of its kind that the sentence before it opened."""
    return number in told.listed and hit.rule.family in told.listed.get(number - 1, set())


def _with_summary_toll(events: list[Event], summary: Sequence[Quantity], text: str) -> list[Event]:
    """`measures` rule 25: a closing "Death toll: 192" is the toll of the one violent
    event of a report that told none for it, or only an open one ("killing dozens",
    "at least 75") that the total does not fall short of."""
    violent = [k for k, e in enumerate(events) if e.event_type in VIOLENT_TYPES]
    if len(summary) != 1 or len(violent) != 1:
        return events
    k = violent[0]
    told = events[k].fatalities
    if told.low is not None and (told.high is not None or (summary[0].low or 0) < told.low):
        return events
    out = list(events)
    out[k] = replace(events[k], fatalities=fatalities_of(summary, text))
    return out


def _with_own_dead(
    event: Event, own: Sequence[Quantity], elsewhere: Sequence[Quantity], text: str
) -> Event:
    """One place's event of a list keeps the dead told for it, not those told for the
    other places (`place_lists` rule 8)."""
    told_elsewhere = {q.evidence for q in elsewhere}
    return replace(
        event,
        fatalities=fatalities_of(own, text) if own else Fatalities(),
        quantities=tuple(q for q in event.quantities if q.evidence not in told_elsewhere),
    )


def _coordinated(text: str, first: Location, others: Sequence[Location]) -> list[Location]:
    """Settlements joined to the event's own by "and" ("the towns of Jabla ..., and the
    port city of Tartus"), each within 80 characters of the one before."""
    found: list[Location] = []
    last = first
    for loc in others:
        if last.evidence is None or loc.evidence is None:
            break
        gap = text[last.evidence.end : loc.evidence.start]
        if len(gap) > _COORDINATION_GAP or " and " not in f" {gap} ":
            break
        found.append(loc)
        last = loc
    return found


#: participles that open a clause telling what the act hit (", striking Sabboura").
_RESULT_PARTICIPLES = frozenset({"striking", "hitting", "targeting", "shelling", "bombing"})


def _with_result_clause(tokens: list[Tok], clause: tuple[int, int]) -> tuple[int, int]:
    """The character span of the trigger's clause, with the participle clause right after
    it that names what the act hit ("fired missiles from Lebanese airspace into Syria,
    striking Sabboura, an area outside Damascus"): its settlement is the act's place."""
    lo, hi = clause
    end = tokens[hi - 1].end
    if (
        hi + 1 < len(tokens)
        and tokens[hi].text == ","
        and tokens[hi + 1].lower in _RESULT_PARTICIPLES
    ):
        end = tokens[clause_bounds(tokens, hi + 1)[1] - 1].end
    return tokens[lo].start, end


def _split_sides(mention: Mention) -> bool:
    """Whether a mention has one group on both sides (`roles.split_group`)."""
    a1, a2 = mention.actor1, mention.actor2
    return a1 is not None and a2 is not None and a1.kb_id is not None and a1.kb_id == a2.kb_id


def _initiators(roles: Roles, tokens: list[Tok], hit: TriggerHit, actors: Sequence[Actor]) -> None:
    """`actor_rules` 2-3: a premodifying armed actor ("the ISIL attack") or the claimant
    of responsibility initiates when the order rules found no armed initiator."""
    if roles.actor1 is not None and roles.actor1.type != "civilians":
        return
    found = premodifier_initiator(tokens, hit.first, actors) or claimant(tokens, actors)
    if found is None:
        return
    if roles.actor2 is not None and actor_key(roles.actor2) == actor_key(found):
        roles.actor2 = None
    roles.actor1 = found


def _is_reference(
    tokens: Sequence[Tok], hit: TriggerHit, actor1: Actor | None, date_strength: int
) -> bool:
    """A definite noun ("the strikes", "today's operation") with no actor of its own, no
    date of its own or inside a temporal phrase ("Before today's strikes") refers back."""
    if tokens[hit.last].lower not in _NOUN_FORMS or hit.first != hit.last:
        return False
    lo = max(0, hit.first - 3)
    before = [
        t.norm
        for k, t in enumerate(tokens[lo : hit.first], lo)
        if not that_before_plural(tokens, k)
    ]
    if not set(before) & _DEFINITE:
        return False
    if "first" in before or "new" in before or "latest" in before:
        return False
    temporal = bool(set(before) & _TEMPORAL_PREPS)
    return actor1 is None and (date_strength < 2 or temporal)


def _in_temporal_clauses(
    tokens: list[Tok], sentence: Span, places: Sequence[PlaceMention]
) -> frozenset[Span]:
    """The evidence of the places that `in_temporal_clause` reads in a clause opened by
    "after", "before" ..., once per sentence: a place before the sentence is read as its
    first clause (one answer for all of them), one after it is in none."""
    opening = bool(tokens) and in_temporal_clause(tokens, Span(tokens[0].start, tokens[0].end, ""))
    return frozenset(
        p.evidence
        for p in places
        if (opening and p.evidence.start < sentence.start)
        or (
            sentence.start <= p.evidence.start < sentence.end
            and in_temporal_clause(tokens, p.evidence)
        )
    )


def _attribution(
    doc: Document, tokens: list[Tok], clause: tuple[int, int], hit: TriggerHit
) -> tuple[Actor | None, bool]:
    for quote in doc.quotes:
        inside = quote.evidence.start <= hit.start < quote.evidence.end
        if inside and quote.speaker and not is_denial(quote.cue):
            return quote.speaker, False
    for i in range(hit.first - 1, -1, -1):
        n = is_cue(tokens, i)
        if n and tokens[i].lower != "according":
            speaker = speaker_near(tokens, i, 0, i + n, doc.actors, doc.entities, doc.text)
            return speaker, tokens[i].lower in CLAIM_CUES
    for i in range(hit.last + 1, len(tokens) - 1):
        if tokens[i].lower == "according" and tokens[i + 1].lower == "to":
            speaker = speaker_near(tokens, i, i, len(tokens), doc.actors, doc.entities, doc.text)
            return speaker, False
    return None, False


def _at_dateline(location: Location | None, text: str) -> bool:
    """Whether the place cited is the dateline's, opening the text or a line."""
    evidence = location.evidence if location is not None else None
    return evidence is not None and heads_line_dateline(text, evidence.start, evidence.end)


def _best_location(mentions: Sequence[Mention]) -> Location | None:
    """The most precise place the event's mentions state: a mention placed only by the
    dateline's town ("At least four crew members were killed" after an attack "in the
    Red Sea", filed from Dubai) does not move the event to where the report was filed."""
    order = {"exact": 0, "near": 1, "admin1": 2, "country": 3, "region": 4}
    told = [m.location for m in mentions if m.location is not None and not m.dateline_place]
    stated = told or [m.location for m in mentions if m.location is not None]
    if not stated:
        return None
    return min(stated, key=lambda loc: order[loc.precision] + (0 if loc.evidence else 10))


def _unique(items: Iterable[_T]) -> list[_T]:
    out: list[_T] = []
    keys: set[tuple[int, int]] = set()
    for item in items:
        key = (item.evidence.start, item.evidence.end)
        if key not in keys:
            keys.add(key)
            out.append(item)
    return out


def _fought_named(mention: Mention, actor1: Actor) -> bool:
    """Whether one clash names the unnamed group as its initiator and the named group as
    its other side ("Clan militiamen clashed with al Shabaab fighters"): the two fought
    each other, so the named group is no later name for the unnamed one
    (`merge.unidentified_for`)."""
    return (
        mention.family == "clash"
        and mention.actor1 is not None
        and actor_key(mention.actor1) == actor_key(actor1)
    )
