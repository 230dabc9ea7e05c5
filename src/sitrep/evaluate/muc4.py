"""MUC-4 template filling (GTT's split and metric) for the events stage.

Splits (`muc4/gtt_processed`): "train" = DEV (1,300 documents; the only split rules may
be tuned on), "dev" = TST1+2, "test" = TST3+4 (200 documents; run to report). The texts
are 1989 FBIS news, lower-cased by GTT's preprocessing. The metric is `gtt_metric`; the
same code scores GTT's and GRIT's released test predictions, so the figures printed
beside ours are recomputed here, not copied.

sitrep events become MUC-4 templates by these rules, in order:
1. incident type from the ACLED sub-type: IED, suicide bomb, grenade -> bombing;
   abduction -> kidnapping; property destruction by fire -> arson, by theft ->
   robbery; other violent sub-types -> attack; non-violent sub-types (arrests,
   protests, agreements ...) make no template; so do events not asserted as real, and
   combat between armed sides told as such ("heavy fighting", "a battle", "troops
   clashed with rebels": war, not terrorism; MUC-4's task definition excludes
   "clashes" between guerrilla groups and the military);
2. the perpetrator is actor1, or, when the event has none or only one supplied by rule
   and cited by the trigger (an unknown perpetrator: "Unidentified Armed Group"), the
   first armed-group mention of its sentence before the trigger ("guerrillas ...
   attacked"). It is PerpOrg when it
   is a group (a knowledge-base actor or an armed-group/organisation mention) written as
   a name (a capitalised word that does not merely open the sentence: "the FMLN", not
   "Terrorists") or headed by a singular collective noun ("the army", "the police");
   else PerpInd, its words as written ("terrorists", "soldiers", "gunmen");
3. Target = facilities named in the event's sentence and a non-human, unarmed actor2
   (an armed group attacked is a combatant); Victim = a human actor2 written in the
   text, not a side the typing rules supplied on a trigger's words ("Civilians" cited
   as "killed": civilians must be written as people, `roles.GENERIC`),
   nor a bare "people" (persons merely named in the sentence are often its speakers
   or officials, not victims, so they are not taken);
4. Weapon = the event's weapons, the weapons named in its sentence and its explosive
   devices ("bomb", "dynamite", `sitrep.events.devices`), as written;
   a one-word nationality or country ("Chilean", "U.S.") fills no role: it qualifies a
   perpetrator or victim the text names elsewhere, it is not one;
5. events of one incident type in a document form one template (MUC's incidents are
   coarser than ACLED's events), their fillers united and de-duplicated;
6. an unnamed perpetrator or victim keeps the adjectives written before its noun
   ("urban guerrillas", "uniformed men");
7. physical targets are also the buildings, infrastructure and vehicles the trigger's
   sentence names ("power substation", "pylons", "a bridge", "public buses"), with the
   modifiers before the head noun and no nationality (`physical_targets`): MUC-4
   codes sabotage of infrastructure and attacks on property as terrorism;
8. a person named as the one a killing or kidnapping is done to is a Victim (the
   object after it, past a title of up to three words, or the subject of its passive:
   "the murder of Jesuit priest Ignacio Ellacuria", "Senator Estrada was kidnapped";
   `named_victims`), whatever rule 3 said of persons merely named in the sentence;
   a victim's name, here or as actor2, is written without the titles before it
   ("Judge X" -> "X").
The pipeline reads the text truecased (sitrep.ingest.truecase) when it is caseless, as
GTT's lower-cased texts are; offsets are unchanged, so evidence slices the same words.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from sitrep.errors import DatasetMissing, SitrepError
from sitrep.evaluate.base import Evaluator, Published, Report, register
from sitrep.evaluate.gtt_metric import (
    ROLES,
    Counts,
    Template,
    ceaf_ree,
    normalise,
    score_corpus,
    template_from_json,
)
from sitrep.events.devices import device_phrases
from sitrep.events.roles import GENERIC
from sitrep.events.tokens import tokenize
from sitrep.ingest.truecase import needs_truecasing, truecase
from sitrep.model import Actor, EntityMention, Event, Extraction, Span, make_article
from sitrep.pipeline.resources import load_resources

SPLITS = {"train": "train.json", "dev": "dev.json", "test": "test.json"}
_BOMBING = frozenset({"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"})
_ATTACK = frozenset(
    {
        "Armed clash",
        "Attack",
        "Air/drone strike",
        "Shelling/artillery/missile attack",
        "Chemical weapon",
        "Sexual violence",
        "Excessive force against protesters",
        "Mob violence",
        "Violent demonstration",
    }
)
#: words of mutual combat (rule 1).
_COMBAT_WORDS = frozenset(
    {"fighting", "fought", "battle", "battles", "exchanged", "exchange", "firefight",
     "clash", "clashes", "clashed", "clashing"}
)  # fmt: skip
#: rule 6: a lower-case adjective by its ending (-an, -al, -ic, -ist, -ous, -ive, -ary),
#: or a participle of bearing or dress ("armed", "uniformed", "masked").
_ADJECTIVE = re.compile(r"[a-z]+(?:an|al|ic|ist|ous|ive|ary)|armed|uniformed|masked|hooded")
_LAST_WORD = re.compile(r"([A-Za-z-]+)\s+$")
_HUMAN_TYPES = frozenset({"civilians", "protesters", "state_forces", "person"})
#: an armed group on the receiving end is a combatant, neither a victim nor a target.
_ARMED_TYPES = frozenset({"rebel_group", "political_militia", "identity_militia"})
#: words that name nobody in particular ("people were killed"): no victim filler.
_BARE = frozenset({"people", "persons", "others", "individuals"})
_GROUP_LABELS = frozenset({"ARMED_GROUP", "ORG"})
#: rule 7: heads of physical targets (buildings, infrastructure, vehicles), singular and
#: plural; "power substation", "fuel truck", "public buses" keep their modifiers.
_PHYSICAL = frozenset(
    {"building", "house", "home", "residence", "office", "headquarters", "embassy",
     "consulate", "bank", "store", "shop", "hotel", "restaurant", "institute", "plant",
     "factory", "station", "substation", "pylon", "tower", "transformer", "powerline",
     "pipeline", "bridge", "installation", "facility", "warehouse", "farm", "mansion",
     "bus", "truck", "vehicle", "car", "jeep", "ambulance", "train", "plane", "airplane",
     "aircraft", "helicopter", "boat", "ship", "newspaper", "pole", "terminal", "branch"}
)  # fmt: skip
_PLURAL_PHYSICAL = frozenset(
    {"buildings", "houses", "homes", "residences", "offices", "embassies", "consulates",
     "banks", "stores", "shops", "hotels", "restaurants", "institutes", "plants",
     "factories", "stations", "substations", "pylons", "towers", "transformers",
     "powerlines", "pipelines", "bridges", "installations", "facilities", "warehouses",
     "farms", "buses", "busses", "trucks", "vehicles", "cars", "jeeps", "ambulances",
     "trains", "planes", "airplanes", "helicopters", "boats", "ships", "poles",
     "terminals", "branches", "businesses"}
)  # fmt: skip
#: words that end a target's modifiers: determiners, prepositions, quantities, verbs.
_NOT_MODIFIER = re.compile(
    r"(?:the|a|an|its|their|his|her|our|this|that|these|those|of|on|in|at|to|and|or|by|"
    r"with|from|against|into|near|all|every|each|both|various|several|some|many|other|"
    r"two|three|four|five|six|seven|eight|nine|ten|.*ed|.*ing|.*ly)",
    re.IGNORECASE,
)
_MODIFIER_LIMIT = 3
_SENTENCE_ENDS = frozenset({".", ";", "?", "!"})
#: rule 8: triggers of harm done to a person, and how its victim is written beside them.
_HARM_TO_PERSON = re.compile(r"kill|murder|assassinat|slain|slay|shot|kidnap|abduct", re.I)
_VICTIM_AFTER = re.compile(r"\s+(?:of\s+)?(?:[A-Za-z.-]+\s+){0,3}")
_TITLES = frozenset(
    {"judge", "senator", "president", "general", "gen", "attorney", "colonel", "col",
     "commander", "mayor", "minister", "priest", "father", "bishop", "archbishop",
     "monsignor", "student", "university", "dr", "doctor", "journalist", "congressman",
     "deputy", "governor", "ambassador", "captain", "capt", "lieutenant", "lt", "major",
     "sergeant", "secretary", "candidate", "presidential", "jesuit", "mr", "mrs", "ms"}
)  # fmt: skip
_PASSIVE_BEFORE = re.compile(r",?\s+(?:was|were|has been|had been|have been)\s+(?:\w+\s+)?")
#: plural words that name one organisation ("the armed forces")
_PLURAL_COLLECTIVES = frozenset({"forces"})


def incident_type(event: Event) -> str | None:
    """Rule 1: the MUC-4 incident type of an event, None when MUC would not code it."""
    if event.modality not in ("asserted", "claimed"):
        return None
    sub = event.sub_event_type
    if sub == "Armed clash" and _combat(event):
        return None
    if sub in _BOMBING:
        return "bombing"
    if sub == "Abduction/forced disappearance":
        return "kidnapping"
    if sub == "Looting/property destruction":
        words = (event.trigger.text if event.trigger else event.evidence.text).lower()
        if any(w in words for w in ("burn", "fire", "torch", "arson", "ablaze", "alight")):
            return "arson"
        if any(w in words for w in ("rob", "stole", "loot")):
            return "robbery"
        return "attack"
    return "attack" if sub in _ATTACK else None


def _combat(event: Event) -> bool:
    """Rule 1: fighting between armed sides ("heavy fighting", "a battle") is war, not a
    terrorist incident; an attack or a killing told as part of it still is."""
    words = (event.trigger.text if event.trigger else "").lower().split()
    return bool(words) and words[0] in _COMBAT_WORDS


def _add(bucket: list[list[str]], text: str | None) -> None:
    if (
        text
        and normalise(text)
        and not _nationality(text)
        and all(normalise(text) != normalise(e[0]) for e in bucket)
    ):
        bucket.append([text])


def _nationality(text: str) -> bool:
    """Rule 4: a single word naming a state or its people ("Salvadoran", "U.S.")."""
    if " " in text.strip():
        return False
    actors = load_resources().actors
    entry = actors.state_of_demonym(text) or actors.resolve(text)
    return entry is not None and entry.kind == "state"


def templates_of(extraction: Extraction) -> list[Template]:
    """Rules 1-5: the MUC-4 templates of one processed document."""
    by_type: dict[str, dict[str, list[list[str]]]] = {}
    for event in extraction.events:
        kind = incident_type(event)
        if kind is None:
            continue
        roles = by_type.setdefault(kind, {role: [] for role in ROLES})
        _fill(roles, event, extraction)
    return [Template(kind, roles) for kind, roles in sorted(by_type.items())]


def _fill(roles: dict[str, list[list[str]]], event: Event, extraction: Extraction) -> None:
    sentence = event.evidence
    in_sentence = [m for m in extraction.mentions.entities if sentence.contains(m.evidence)]
    _fill_perpetrator(roles, event, in_sentence)
    a2 = event.actor2
    written = a2.evidence if a2 is not None else None
    if a2 is not None and written is not None and _receiving(a2, written, event):
        human = (a2.type or "person") in _HUMAN_TYPES
        filler = _without_title(written.text) if a2.type is None else None
        _add(roles["Victim" if human else "Target"], filler or _with_modifiers(written, sentence))
    for m in named_victims(event, in_sentence):
        _add(roles["Victim"], _without_title(m.evidence.text))
    for m in in_sentence:
        if m.label == "FACILITY":
            _add(roles["Target"], m.evidence.text)
    for target in physical_targets(event):
        _add(roles["Target"], target)
    for weapon in event.weapons:
        _add(roles["Weapon"], weapon.evidence.text)
    for m in in_sentence:
        if m.label == "WEAPON":
            _add(roles["Weapon"], m.evidence.text)
    tokens = tokenize(sentence.text, 0, len(sentence.text))
    for first, last in device_phrases(tokens):
        _add(roles["Weapon"], sentence.text[tokens[first].start : tokens[last].end])


def physical_targets(event: Event) -> list[str]:
    """Rule 7: buildings, infrastructure and vehicles named in the trigger's sentence
    ("machinegunned a route 302 bus", "two power pylons were dynamited"), each with the
    modifiers written before its head ("power pylons"), but not a nationality ("the
    American embassy" -> "embassy")."""
    sentence = event.evidence
    tokens = tokenize(sentence.text, 0, len(sentence.text))
    trigger = event.trigger
    at = trigger.end - sentence.start if trigger is not None else 0
    lo = max((t.end for t in tokens if t.text in _SENTENCE_ENDS and t.end <= at), default=0)
    found: list[str] = []
    for tok in tokens:
        if tok.start < lo:
            continue
        if tok.text in _SENTENCE_ENDS and tok.start >= at:
            break
        if tok.lower in _PHYSICAL or tok.lower in _PLURAL_PHYSICAL:
            first = tok.i
            while (
                first > 0
                and tok.i - first < _MODIFIER_LIMIT
                and tokens[first - 1].start >= lo
                and tokens[first - 1].text.replace("-", "").isalpha()
                and not _NOT_MODIFIER.fullmatch(tokens[first - 1].text)
                and not _nationality(tokens[first - 1].text)
            ):
                first -= 1
            found.append(sentence.text[tokens[first].start : tok.end])
    return found


def named_victims(event: Event, in_sentence: Sequence[EntityMention]) -> list[EntityMention]:
    """Rule 8: the person a killing or kidnapping is done to: named right after it, past
    a title ("the murder of Jesuit priest Ignacio Ellacuria", "killed attorney general
    Roberto Garcia"), or the subject of its passive ("Senator Estrada was kidnapped")."""
    trigger = event.trigger
    if trigger is None or not _HARM_TO_PERSON.search(trigger.text):
        return []
    text, base = event.evidence.text, event.evidence.start
    found = []
    for m in in_sentence:
        if m.label != "PERSON":
            continue
        after = text[trigger.end - base : m.evidence.start - base]
        before = text[m.evidence.end - base : trigger.start - base]
        if (m.evidence.start >= trigger.end and _VICTIM_AFTER.fullmatch(after)) or (
            m.evidence.end <= trigger.start and _PASSIVE_BEFORE.fullmatch(before)
        ):
            found.append(m)
    return found


def _without_title(name: str) -> str:
    """Rule 8: a person's name without the titles and roles written before it ("Judge
    Mariela Espinosa Arango" -> "Mariela Espinosa Arango")."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in _TITLES:
        words = words[1:]
    return " ".join(words)


def _receiving(actor: Actor, written: Span, event: Event) -> bool:
    """Rule 3: whether actor2 is a victim or target the text itself names."""
    on_trigger = event.trigger is not None and written.overlaps(event.trigger)
    last = written.text.lower().split()[-1:] or [""]
    supplied = actor.type == "civilians" and actor.kb_id is None and last[0] not in GENERIC
    return (
        not on_trigger
        and not supplied
        and actor.type not in _ARMED_TYPES
        and written.text.lower() not in _BARE
    )


def _fill_perpetrator(
    roles: dict[str, list[list[str]]], event: Event, in_sentence: list[EntityMention]
) -> None:
    """Rule 2."""
    a1 = event.actor1
    trigger_start = event.trigger.start if event.trigger else event.evidence.end
    supplied = a1 is not None and a1.evidence is not None and a1.evidence == event.trigger
    if a1 is not None and a1.evidence is not None and not supplied:
        words = a1.evidence
        group = a1.kb_id is not None or any(
            m.label in _GROUP_LABELS and m.evidence.overlaps(words) for m in in_sentence
        )
    else:
        groups = [
            m.evidence
            for m in in_sentence
            if m.label == "ARMED_GROUP" and m.evidence.end <= trigger_start
        ]
        if not groups:
            return
        words, group = groups[0], True
    opens = words.start == event.evidence.start
    organisation = group and (_written_as_name(words.text, opens) or _collective(words.text))
    if organisation:
        _add(roles["PerpOrg"], words.text)
    else:
        _add(roles["PerpInd"], _with_modifiers(words, event.evidence))


def _with_modifiers(words: Span, sentence: Span) -> str:
    """Rule 6: a common noun with the adjectives written before it ("urban guerrillas",
    "leftist rebels", "uniformed men"): the description the text gives, not its head."""
    before = sentence.text[: words.start - sentence.start]
    text = words.text
    while (found := _LAST_WORD.search(before)) is not None and _ADJECTIVE.fullmatch(found.group(1)):
        text = f"{found.group(1)} {text}"
        before = before[: found.start()]
    return text


def _collective(text: str) -> bool:
    """Whether a phrase is headed by a singular noun ("the army"), not a plural one."""
    words = text.lower().split()
    return bool(words) and (not words[-1].endswith("s") or words[-1] in _PLURAL_COLLECTIVES)


def _written_as_name(text: str, opens_sentence: bool) -> bool:
    """Whether a capitalised word other than a sentence's first word is in the text."""
    words = text.split()
    return any(
        word[:1].isupper() for i, word in enumerate(words) if not (i == 0 and opens_sentence)
    )


def load_split(split: str, shared: Path) -> list[tuple[str, str, list[Template]]]:
    """(docid, text, gold templates) of a GTT split."""
    path = shared / "datasets" / "muc4" / "gtt_processed" / SPLITS[split]
    if not path.is_file():
        raise DatasetMissing(f"MUC-4 (GTT processed) not found at {path}")
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            gold = [template_from_json(t) for t in raw.get("templates", [])]
            docs.append((str(raw["docid"]), str(raw["doctext"]), gold))
    return docs


def predict(text: str) -> list[Template]:
    """Our templates for one text; a document the pipeline rejects yields none."""
    from sitrep.pipeline import process_article

    try:
        cased = truecase(text) if needs_truecasing(text) else text
        return templates_of(process_article(make_article(cased)))
    except SitrepError:
        return []


def reference_scores(shared: Path) -> tuple[Counts | None, Counts | None]:
    """GTT's template F1 and GRIT's CEAF-REE recomputed from their released outputs."""
    folder = shared / "datasets" / "muc4" / "reference_predictions"
    gtt_path, grit_path = folder / "gtt_preds_gtt.out", folder / "grit_preds_s_t.out"
    gtt = grit = None
    if gtt_path.is_file():
        raw = json.loads(gtt_path.read_text(encoding="utf-8"))
        gtt = score_corpus(
            [
                (
                    [template_from_json(t) for t in doc["pred_templates"]],
                    [template_from_json(t) for t in doc["gold_templates"]],
                )
                for doc in raw.values()
            ]
        )
    if grit_path.is_file():
        raw = json.loads(grit_path.read_text(encoding="utf-8"))
        grit = ceaf_ree([(doc["pred_extracts"], doc["gold_extracts"]) for doc in raw.values()])
    return gtt, grit


def evaluate(docs: Sequence[tuple[str, str, list[Template]]]) -> Counts:
    return score_corpus([(predict(text), gold) for _, text, gold in docs])


def run(split: str, shared: Path) -> Report:
    ours = evaluate(load_split(split, shared))
    metrics = {"precision": ours.precision, "recall": ours.recall, "f1": ours.f1}
    notes = ["GTT template metric reimplemented (see sitrep.evaluate.gtt_metric)"]
    gtt, grit = reference_scores(shared) if split == "test" else (None, None)
    if gtt is not None:
        metrics["gtt_rescored_f1"] = gtt.f1
        notes.append(
            f"GTT's released predictions rescored here: P {gtt.precision:.4f} "
            f"R {gtt.recall:.4f} F1 {gtt.f1:.4f} (published 0.5023)"
        )
    if grit is not None:
        metrics["grit_rescored_ceaf_ree_f1"] = grit.f1
        notes.append(f"GRIT's released predictions, CEAF-REE: F1 {grit.f1:.4f} (published 0.5450)")
    published = (
        Published("GTT (Du et al. 2021)", "f1", 0.5023, "INDEX.md §2, released predictions"),
        Published("GRIT (Du et al. 2021), CEAF-REE", "f1", 0.5450, "INDEX.md §2"),
    )
    return Report("muc4", split, metrics, published if split == "test" else (), notes=tuple(notes))


register(
    Evaluator(
        name="muc4",
        description="MUC-4 template filling (GTT metric); also rescores GTT/GRIT predictions",
        splits=tuple(SPLITS),
        default_split="test",
        run=run,
    )
)
