"""Explosive devices as the grammatical subject: "A car bomb killed 12 people".

A device that kills, explodes or goes off is itself the report of a remote-violence
event, even though its name is a WEAPON mention (which never triggers) and the verb
alone reads as a bare death toll. Rules, in order:
1. a device phrase is a device noun ("car bomb", "roadside bomb", "IED", "VBIED",
   "landmine", "land mine", "explosive device", "explosives", "suicide bomber", "bomb",
   "dynamite") in the sentence tokens, longest first;
2. its verb follows within three tokens, skipping auxiliaries and adverbs ("was
   detonated", "reportedly exploded"): killed, exploded, detonated, went off, blew up,
   ripped through, wounded, injured, struck, hit, and, in the active voice only,
   destroyed, damaged ("a bomb partially destroyed a secondary school": the blast, not
   a demolition; "a bomb was destroyed by army experts" undoes the device); or it
   follows the device's "by" in a passive ("12 people were killed by a car bomb", "the
   offices were partially destroyed by a powerful bomb": the blast's damage, as in the
   active);
3. a suicide device ("suicide bomber", "suicide car bomb") types the event Suicide
   bomb; a bare "bomb" is typed by context (aircraft named -> Air/drone strike, else
   a planted bomb); any other device Remote explosive/landmine/IED (ACLED's sub-types);
4. the verb's existing trigger is retyped to the device's family (so "killed" is no
   longer a bare casualty report), or a new trigger is made on the verb when none
   covers it ("went off", "blew up", "wounded");
5. a strike or device named after "by" that follows an earlier trigger of its clause
   ("was struck and killed by a coalition airstrike") is the means of that event, not
   another one (`means_after_by`): the earlier bare killings take its type, and it
   makes no event of its own, so its premodifier is the agent ("coalition") and the
   victim before it ("an ISIL leader") is no initiator; a crowd named after "by"
   ("was killed by protesters", "beaten by a mob") is the agent of the act, not its
   means: it stays a trigger of its own and the killing keeps its family.
6. a death toll told before its cause ("Five people were killed in a grenade attack",
   "Two soldiers were killed when a landmine exploded", "Six people were killed in an
   air strike") is that attack's toll, not a toll without a cause ("12 people were
   killed") to be dropped: when the trigger right after it (after "in", or opening the
   "when" clause that follows, also past a time: "killed on Tuesday when", or right
   after a death told with its cause: "died after an Israeli strike hit"; with no "and"
   between: "killed and injured in" counts the hurt too; an aside on the dead set off by
   commas is skipped: "killed 100 people, most of them civilians, in an attack") names
   its instrument, the bare
   killing takes its type and the two merge as one event; when it does not ("in a
   bombing", "in an attack on a church"), the words around the cause type it, so the
   killing gives way and the cause counts the dead nearest to it (`toll_before_cause`);
   the cause keeps where the toll was told, whose subject is the one who killed when
   the cause's own words name no one ("the army says it killed eight rebels in a
   bombing"), read in the toll's own clause when an aside sets the cause apart
   ("Militants killed 50 people, most of them women, in an attack": the militants).
7. a vehicle loaded with explosives ("an explosives-laden truck") that rams, crashes
   or drives into a place, or that a bomber rams into one, is a vehicle-borne IED: its
   verb is a device trigger when the sentence tells no other act (a suicide bomber
   named in its clause makes it a Suicide bomb).
"""

from __future__ import annotations

from dataclasses import replace

from sitrep.events.tokens import Tok, clause_bounds
from sitrep.events.triggers import IED, TriggerHit, TriggerRule
from sitrep.temporal.grammar import MONTHS, WEEKDAYS

SUICIDE = "Suicide bomb"
DEVICE_RULE = TriggerRule(("<device>",), "ied", IED)
SUICIDE_RULE = TriggerRule(("<suicide-device>",), "suicide", SUICIDE)
#: a bare "bomb" may have been dropped from the air: typed by context (`classify` rule 4).
BOMB_RULE = TriggerRule(("<bomb>",), "remote", IED)

#: device nouns as token sequences over `Tok.norm`, longest first (rule 1).
_DEVICES: tuple[tuple[str, ...], ...] = (
    ("improvised", "explosive", "device"),
    ("improvised", "explosive", "devices"),
    ("suicide", "car", "bomb"),
    ("explosive", "device"),
    ("explosive", "devices"),
    ("explosives",),
    ("car", "bomb"),
    ("car", "bombs"),
    ("car-bomb",),
    ("roadside", "bomb"),
    ("roadside", "bombs"),
    ("truck", "bomb"),
    ("motorcycle", "bomb"),
    ("suicide", "bomber"),
    ("suicide", "bombers"),
    ("land", "mine"),
    ("land", "mines"),
    ("landmine",),
    ("landmines",),
    ("ied",),
    ("ieds",),
    ("vbied",),
    ("vbieds",),
    ("bomb",),
    ("bombs",),
    ("dynamite",),
)
#: rule 2: verbs of a device's blast, one or two tokens.
_VERBS: tuple[tuple[str, ...], ...] = (
    ("went", "off"),
    ("go", "off"),
    ("blew", "up"),
    ("ripped", "through"),
    ("tore", "through"),
    ("killed",),
    ("kills",),
    ("exploded",),
    ("explodes",),
    ("detonated",),
    ("wounded",),
    ("injured",),
    ("struck",),
    ("hit",),
    ("destroyed",),
    ("damaged",),
)
#: verbs of damage that tell the blast only in the active voice (rule 2).
_ACTIVE_ONLY = frozenset({("destroyed",), ("damaged",)})
BE_FORMS = frozenset({"was", "were", "been", "is", "are", "be", "being"})
#: families whose trigger already names its instrument: never retyped by a plain device.
_EXPLICIT = frozenset({"suicide", "ied", "air", "shell", "chemical", "grenade"})
_PASSIVE = frozenset({"killed", "wounded", "injured", "hit", "struck", "destroyed", "damaged"})
_SKIP = frozenset(
    {"was", "were", "had", "has", "have", "been", "reportedly", "also", "apparently",
     "allegedly", "later", "then", "which", "that", "prematurely", "accidentally",
     "partially", "partly", "completely", "badly", "severely", "heavily"}
)  # fmt: skip


def _match(seq: tuple[str, ...], tokens: list[Tok], i: int) -> bool:
    return i + len(seq) <= len(tokens) and all(
        tokens[i + k].norm == word for k, word in enumerate(seq)
    )


#: _DEVICES by their first word, in their order (the longest device phrase first).
_DEVICES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _device in _DEVICES:
    _DEVICES_BY_FIRST.setdefault(_device[0], []).append(_device)


def _device_at(tokens: list[Tok], i: int) -> tuple[str, ...] | None:
    candidates = _DEVICES_BY_FIRST.get(tokens[i].norm, ())
    return next((d for d in candidates if _match(d, tokens, i)), None)


def device_phrases(tokens: list[Tok]) -> list[tuple[int, int]]:
    """Token ranges [first, last] of the device nouns in `tokens`, longest first at
    each position, never overlapping (rule 1)."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        device = _device_at(tokens, i)
        if device is None:
            i += 1
            continue
        found.append((i, i + len(device) - 1))
        i += len(device)
    return found


def _verb_after(tokens: list[Tok], i: int) -> tuple[int, int] | None:
    """Token range [first, last] of the blast verb starting at or after i (rule 2)."""
    j = i
    while j < len(tokens) and j - i <= 3:
        verb = next((v for v in _VERBS if _match(v, tokens, j)), None)
        if verb in _ACTIVE_ONLY and any(t.norm in BE_FORMS for t in tokens[i:j]):
            return None  # "a bomb was destroyed by army experts": the device undone
        if verb is not None:
            return j, j + len(verb) - 1
        if tokens[j].norm not in _SKIP:
            return None
        j += 1
    return None


#: event nouns a device may qualify ("bomb explosions"): the cause, a trigger of its own.
_QUALIFIED_ACTS = frozenset({"explosion", "explosions", "blast", "blasts", "attack", "attacks"})


def _passive_before(tokens: list[Tok], i: int, end: int) -> tuple[int, int] | None:
    """The verb of "killed by a car bomb", "destroyed by a powerful bomb": the device at
    i..end follows "by" and at most a determiner and a modifier (rule 2b), and heads its
    noun phrase ("destroyed by bomb explosions" is told by "explosions")."""
    if end + 1 < len(tokens) and tokens[end + 1].lower in _QUALIFIED_ACTS:
        return None
    for by in (i - 1, i - 2, i - 3):
        if by >= 1 and tokens[by].norm == "by" and tokens[by - 1].norm in _PASSIVE:
            return by - 1, by - 1
    return None


def _rule(device: tuple[str, ...]) -> TriggerRule:
    if "suicide" in device:
        return SUICIDE_RULE
    return BOMB_RULE if device[0] in {"bomb", "bombs"} else DEVICE_RULE


def device_triggers(tokens: list[Tok], hits: list[TriggerHit]) -> list[TriggerHit]:
    """`hits` with the verbs of device subjects retyped or added (rules 1-4), in order."""
    out = list(hits)
    for start, end in device_phrases(tokens):
        verb = _verb_after(tokens, end + 1) or _passive_before(tokens, start, end)
        if verb is None:
            continue
        rule = _rule(tuple(tok.norm for tok in tokens[start : end + 1]))
        first, last = verb
        covering = [k for k, h in enumerate(out) if h.first <= last and h.last >= first]
        if covering:
            for k in covering:
                if out[k].rule.family not in _EXPLICIT or rule is SUICIDE_RULE:
                    out[k] = replace(out[k], rule=rule)
            continue
        out.append(TriggerHit(rule, first, last, tokens[first].start, tokens[last].end))
    # rule 7: the ramming is the event only when the sentence tells no other act
    # ("rammed into a checkpoint, killing eight soldiers" is told by its killing)
    rammed = [] if out else _laden_vehicle_verbs(tokens)
    if rammed:
        (first, last), suicide = rammed[0]
        rule = SUICIDE_RULE if suicide else DEVICE_RULE
        out.append(TriggerHit(rule, first, last, tokens[first].start, tokens[last].end))
    return sorted(out, key=lambda h: h.first)


#: rule 7: a vehicle loaded with explosives ("an explosives-laden truck") is a
#: vehicle-borne IED, and its ramming ("rammed into a checkpoint", "crashed into") its blast.
_LADEN = frozenset(
    {"explosives-laden", "explosive-laden", "explosives-packed", "explosive-packed",
     "bomb-laden", "explosives-filled", "explosive-filled", "explosives-rigged",
     "explosive-rigged", "booby-trapped"}
)  # fmt: skip
_VEHICLES = frozenset(
    {"truck", "trucks", "car", "cars", "vehicle", "vehicles", "lorry", "lorries", "van",
     "vans", "minibus", "bus", "tanker", "motorcycle", "motorbike", "boat", "pickup"}
)  # fmt: skip
_RAMS: tuple[tuple[str, ...], ...] = (
    ("rammed",),
    ("crashed", "into"),
    ("slammed", "into"),
    ("smashed", "into"),
    ("drove", "into"),
    ("plowed", "into"),
    ("ploughed", "into"),
)


def _laden_vehicle_verbs(tokens: list[Tok]) -> list[tuple[tuple[int, int], bool]]:
    """Rule 7: the verb whose subject or object is a vehicle loaded with explosives ("an
    explosives-laden truck rammed into a checkpoint", "a suicide bomber rammed an
    explosive-laden car into the gate"), with whether a suicide attacker drove it."""
    found: list[tuple[tuple[int, int], bool]] = []
    for i in range(len(tokens) - 1):
        if tokens[i].norm not in _LADEN or tokens[i + 1].norm not in _VEHICLES:
            continue
        lo, hi = clause_bounds(tokens, i)
        suicide = any(t.norm == "suicide" for t in tokens[lo:hi])
        verb = _verb_after(tokens, i + 2) or _ram_after(tokens, i + 2)
        if verb is None:
            verb = _ram_before(tokens, i)
        if verb is not None:
            found.append((verb, suicide))
    return found


def _ram_after(tokens: list[Tok], i: int) -> tuple[int, int] | None:
    j = i
    while j < len(tokens) and j - i <= 3:
        ram = next((r for r in _RAMS if _match(r, tokens, j)), None)
        if ram is not None:
            return j, j + len(ram) - 1
        if tokens[j].norm not in _SKIP:
            return None
        j += 1
    return None


def _ram_before(tokens: list[Tok], i: int) -> tuple[int, int] | None:
    """ "rammed an explosives-laden truck into ...": the ramming verb before its object."""
    for j in (i - 1, i - 2):
        if j >= 0 and tokens[j].norm in {"rammed", "drove", "crashed", "detonated"}:
            return j, j
    return None


#: words allowed between "by" and the means it introduces ("by a coalition airstrike").
_MEANS_GAP = 3
#: families of triggers that name a crowd, the agent after "by", never a means (rule 5).
_CROWD_FAMILIES = frozenset({"protest", "riot"})


def means_after_by(tokens: list[Tok], hits: list[TriggerHit]) -> list[TriggerHit]:
    """Rule 5: `hits` without the means named after "by" of an earlier trigger, whose
    bare killings ("killed") take the means' type."""
    dropped: set[int] = set()
    out = list(hits)
    for k, hit in enumerate(hits):
        if hit.rule.family in _CROWD_FAMILIES:
            continue  # "killed by protesters": the crowd acted, it is no means
        by = next(
            (j for j in range(hit.first - 1, max(-1, hit.first - 2 - _MEANS_GAP), -1)
             if tokens[j].lower == "by"),
            None,
        )  # fmt: skip
        if by is None or any(t.text in {",", ";"} for t in tokens[by : hit.first]):
            continue
        lo, _ = clause_bounds(tokens, by)
        earlier = [j for j, h in enumerate(hits) if lo <= h.first and h.last < by]
        if not earlier:
            continue
        dropped.add(k)
        for j in earlier:
            if out[j].rule.family == "kill":
                out[j] = replace(out[j], rule=hit.rule)
    return toll_before_cause(tokens, [h for k, h in enumerate(out) if k not in dropped])


#: families of a cause that makes a toll told before it its own (rule 6).
_CAUSES = _EXPLICIT | {"remote", "attack"}
#: how many words may stand between a toll and its cause ("killed on Monday in a").
_CAUSE_GAP = 6
#: the words that end a death told with its cause ("died after", "died from", "died of"):
#: the act named right after them is what killed.
_CAUSE_PREPOSITIONS = frozenset({"after", "from", "of"})


def toll_before_cause(tokens: list[Tok], hits: list[TriggerHit]) -> list[TriggerHit]:
    """Rule 6: `hits` with each bare killing followed by its cause typed as that cause
    when the cause names its instrument, and else left to the cause, which then counts
    the dead nearest to it ("killed in a bombing": the words around "bombing" type it)."""
    out: list[TriggerHit | None] = list(hits)
    for k, hit in enumerate(hits[:-1]):
        cause = hits[k + 1]
        if hit.rule.family != "kill" or cause.rule.family not in _CAUSES:
            continue
        if not _cause_follows(tokens, hit, cause):
            continue
        if cause.rule.family in _EXPLICIT:
            out[k] = replace(hit, rule=cause.rule)
        else:
            out[k] = None
            out[k + 1] = replace(cause, toll=(hit.first, hit.last))
    return [h for h in out if h is not None]


def _cause_follows(tokens: list[Tok], toll: TriggerHit, cause: TriggerHit) -> bool:
    """Whether the words between a toll and the trigger after it make that trigger its
    cause: "killed in a grenade attack", "killed when a landmine exploded"."""
    between = _without_aside([t.lower for t in tokens[toll.last + 1 : cause.first]])
    if not between or len(between) > _CAUSE_GAP or any(not w[0].isalnum() for w in between):
        return False
    if {"and", "or"} & set(between):
        return False  # "killed and injured in multiple bombings": dead and hurt together
    if "in" in between or between[0] == "when":
        return True
    if tokens[toll.last].lower in _CAUSE_PREPOSITIONS:
        return True  # "An infant died after an Israeli strike hit a house": the strike's dead
    # "were killed on Tuesday when gunmen opened fire": a time between toll and "when"
    return "when" in between and all(_is_time_word(w) for w in between[: between.index("when")])


#: words that open an aside on the dead, set off by commas between a toll and its cause
#: ("killed at least 100 people, most of them civilians digging trenches, in an attack").
_ASIDE_OPENERS = (("most", "of"), ("many", "of"), ("all", "of"), ("some", "of"),
                  ("half", "of"), ("among", "them"), ("including",), ("mostly",))  # fmt: skip


def _without_aside(words: list[str]) -> list[str]:
    """Rule 6: the words between a toll and its cause less one aside on the dead set off
    by commas ("100 people, most of them civilians, in an attack" -> "100 people in")."""
    if words.count(",") != 2:
        return words
    open_at = words.index(",")
    close_at = words.index(",", open_at + 1)
    aside = tuple(words[open_at + 1 : close_at])
    if not any(aside[: len(opener)] == opener for opener in _ASIDE_OPENERS):
        return words
    return words[:open_at] + words[close_at + 1 :]


#: words of a time told between a toll and its "when" clause (rule 6).
_TIME_WORDS = frozenset(
    {"on", "at", "early", "late", "last", "this", "the", "of", "overnight", "yesterday",
     "today", "tonight", "morning", "afternoon", "evening", "night", "dawn", "dusk",
     "midnight", "noon", "weekend"}
)  # fmt: skip


def _is_time_word(word: str) -> bool:
    """A word of a time phrase: "on Tuesday", "at dawn", "early on March 3"."""
    return word in _TIME_WORDS or word in WEEKDAYS or word[:3] in MONTHS or word.isdigit()
