from __future__ import annotations

from collections.abc import Callable

from sitrep.model import make_article
from sitrep.pipeline.document import Document
from sitrep.pipeline.resources import Resources
from sitrep.pipeline.stages.entities import EntitiesStage
from sitrep.pipeline.stages.segment import SegmentStage

Run = Callable[[str], Document]


def labels(doc: Document) -> list[tuple[str, str, str | None]]:
    return [(e.label, e.evidence.text, e.kb_id) for e in doc.entities]


def test_islamic_state_aliases_resolve_to_one_id(run: Run) -> None:
    doc = run(
        "Isis fighters attacked a checkpoint. Daesh later claimed it. "
        "The Islamic State group said IS fighters had withdrawn."
    )
    ids = {e.kb_id for e in doc.entities if e.label == "ARMED_GROUP"}
    assert ids == {"islamic_state"}
    assert [e.evidence.text for e in doc.entities if e.label == "ARMED_GROUP"] == [
        "Isis",
        "Daesh",
        "Islamic State group",
        "IS",
    ]


def test_is_as_a_verb_is_not_the_group(run: Run) -> None:
    doc = run("Is the ceasefire holding? IT IS NOT, SAYS THE MINISTER.\nIt is quiet.")
    assert not [e for e in doc.entities if e.kb_id == "islamic_state"]


def test_platforms_plurals_and_demonym(run: Run) -> None:
    doc = run("F-15Es, A-10s, AC-130Js, MQ-9s and Jordanian F-16s took part.")
    assert labels(doc) == [
        ("PLATFORM", "F-15Es", "f15e"),
        ("PLATFORM", "A-10s", "a10"),
        ("PLATFORM", "AC-130Js", "ac130j"),
        ("PLATFORM", "MQ-9s", "mq9"),
        ("NORP", "Jordanian", "JO"),
        ("PLATFORM", "F-16s", "f16"),
    ]


def test_unknown_designator_is_a_platform_without_kb_id(run: Run) -> None:
    doc = run("Two XQ-58As flew alongside the jets, officials said of COVID-19 rules.")
    plats = [(e.label, e.name, e.kb_id) for e in doc.entities if e.label == "PLATFORM"]
    assert plats == [("PLATFORM", "XQ-58A", None)]


def test_ambiguous_weapon_word_needs_military_context(run: Run) -> None:
    quiet = run("Typhoon Haiyan hit the Philippines.")
    assert not [e for e in quiet.entities if e.label == "PLATFORM"]
    war = run("Two RAF Typhoon jets struck a compound.")
    assert ("PLATFORM", "Typhoon", "typhoon") in labels(war)


def test_person_titles_operation_and_facility(run: Run) -> None:
    doc = run(
        "US Defence Secretary Pete Hegseth said Operation Hawkeye Strike hit an "
        "underground arms cache. Hegseth added more would follow."
    )
    got = labels(doc)
    assert ("PERSON", "Pete Hegseth", None) in got
    assert ("OPERATION", "Operation Hawkeye Strike", None) in got
    assert ("FACILITY", "underground arms cache", None) in got
    later = [e for e in doc.entities if e.evidence.text == "Hegseth"]
    assert later and later[0].name == "Pete Hegseth"
    assert ("GPE", "US", "US") in got


def test_longest_match_wins(run: Run) -> None:
    doc = run("The Sudanese Armed Forces fought the Syrian Democratic Forces' allies.")
    got = labels(doc)
    assert ("ORG", "Sudanese Armed Forces", "SD.saf") in got
    assert ("ARMED_GROUP", "Syrian Democratic Forces", "sdf") in got
    assert not [g for g in got if g[0] == "NORP"]


def test_unknown_org_by_head_word_and_rules_guess_nothing_else(resources: Resources) -> None:
    doc = Document(make_article("The Northern Liberation Front and Mister Blue met in Karthago."))
    SegmentStage(resources)(doc)
    EntitiesStage(resources, model=None)(doc)  # rules and knowledge only
    got = labels(doc)
    assert ("ORG", "Northern Liberation Front", None) in got
    assert not [g for g in got if "Blue" in g[1]]
