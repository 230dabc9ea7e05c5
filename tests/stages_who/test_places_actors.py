from __future__ import annotations

from collections.abc import Callable

import pytest

from sitrep.evaluate.base import shared_dir
from sitrep.geo.demonyms import ADJECTIVAL_CONFIDENCE
from sitrep.pipeline.document import Document

Run = Callable[[str], Document]


def places(doc: Document) -> list[tuple[str, str, str | None]]:
    return [(p.evidence.text, p.feature or "", p.country) for p in doc.places]


def test_sudan_el_fasher(run: Run) -> None:
    doc = run(
        "The Rapid Support Forces shelled El Fasher, the capital of North Darfur state, "
        "on Sunday. The Sudanese army said RSF drones also hit Zamzam camp."
    )
    assert ("El Fasher", "city", "SD") in places(doc)
    assert ("North Darfur", "admin1", "SD") in places(doc)
    assert ("Zamzam", "village", "SD") in places(doc)
    kb = {a.evidence.text: a.kb_id for a in doc.actors if a.evidence}
    assert kb["Rapid Support Forces"] == "rsf"
    assert kb["RSF"] == "rsf"
    assert kb["Sudanese army"] == "SD.saf"


def test_ukraine_shahed_kharkiv(run: Run) -> None:
    doc = run(
        "Russia launched 40 Shahed drones at Kharkiv overnight, Ukrainian officials said. "
        "Kharkiv's mayor Ihor Terekhov said air defence units downed most of them."
    )
    assert ("Kharkiv", "city", "UA") in places(doc)
    weapons = [(w.evidence.text, w.name, w.category) for w in doc.weapons]
    assert ("Shahed drones", "Shahed-136", "loitering_munition") in weapons
    actors = {a.evidence.text: (a.kb_id, a.country) for a in doc.actors if a.evidence}
    assert actors["Russia"] == ("RU", "RU")
    assert actors["Ukrainian officials"] == ("UA.government", "UA")
    people = [a for a in doc.actors if a.name == "Ihor Terekhov"]
    assert people and people[0].role is not None and "mayor" in people[0].role


def test_sahel_jnim_mali(run: Run) -> None:
    doc = run(
        "JNIM fighters ambushed a convoy near Menaka in eastern Mali, killing soldiers "
        "of the Malian Armed Forces and Africa Corps."
    )
    assert ("Menaka", "village", "ML") in [(t, f, c) for t, f, c in places(doc)] or (
        "Menaka",
        "admin1",
        "ML",
    ) in places(doc)
    assert ("Mali", "country", "ML") in places(doc)
    kb = {a.evidence.text: a for a in doc.actors if a.evidence}
    assert kb["JNIM"].kb_id == "jnim"
    assert kb["JNIM"].type == "rebel_group"
    assert kb["Malian Armed Forces"].kb_id == "ML.fama"
    # the Africa Corps is under Russia's defence ministry: a part of Russia's military
    assert kb["Africa Corps"].kb_id == "RU.africa_corps"


def test_org_words_and_demonyms_are_not_places(run: Run) -> None:
    doc = run(
        "Turkish and Syrian Democratic Forces officials met. Islamic State cells remain. "
        "Authorities in neighbouring Turkey arrested dozens."
    )
    # a demonym names its state only adjectivally (sitrep.geo.demonyms), below any place
    named = [p for p in doc.places if p.confidence > ADJECTIVAL_CONFIDENCE]
    assert [(p.evidence.text, p.feature, p.country) for p in named] == [("Turkey", "country", "TR")]


def test_person_country_from_role_and_sentence(run: Run) -> None:
    doc = run(
        "UK Defence Secretary John Healey visited troops. "
        "French President Emmanuel Macron said France would help."
    )
    people = {a.name: a for a in doc.actors if a.kb_id is None and a.role}
    assert people["John Healey"].role == "UK Defence Secretary"
    assert people["John Healey"].country == "GB"
    assert people["Emmanuel Macron"].country == "FR"


def test_fuzzy_link_and_unlinked_org(run: Run) -> None:
    doc = run("Hayat Tahrir al Sham and the Eastern Shield Brigade clashed.")
    kb = {a.evidence.text: a.kb_id for a in doc.actors if a.evidence}
    assert kb["Hayat Tahrir al Sham"] == "hts"
    assert kb["Eastern Shield Brigade"] is None


def test_running_example(run: Run) -> None:
    path = shared_dir() / "examples" / "hawkeye-strike-2026-01-10.txt"
    if not path.exists():
        pytest.skip(f"running example not found at {path}")
    doc = run(path.read_text(encoding="utf-8"))
    by_text: dict[str, set[str | None]] = {}
    for actor in doc.actors:
        if actor.evidence:
            by_text.setdefault(actor.evidence.text, set()).add(actor.kb_id)
    for alias in ("Isis", "IS", "Islamic State", "Daesh"):
        assert by_text[alias] == {"islamic_state"}
    assert by_text["The US"] == {"US"}
    assert by_text["US Central Command"] == {"US.centcom"}
    assert by_text["Royal Air Force"] == {"GB.raf"}
    assert {a.country for a in doc.actors if a.evidence and a.evidence.text == "UK forces"} == {
        "GB"
    }
    assert {a.kb_id for a in doc.actors if a.evidence and a.evidence.text == "French"} == {"FR"}
    assert "Turkish" not in {p.evidence.text for p in doc.places}
    names = {p.name for p in doc.places}
    assert {"Syria", "Turkey", "Iraq", "Middle East", "Baghuz"} <= names
    syria = next(p for p in doc.places if p.name == "Syria")
    assert (syria.geonameid, syria.lat, syria.lon) == (163843, 35.0, 38.0)
    weapons = {(w.evidence.text, w.category, w.operator) for w in doc.weapons}
    assert weapons == {
        ("F-15Es", "combat_aircraft", None),
        ("A-10s", "combat_aircraft", None),
        ("AC-130Js", "combat_aircraft", None),
        ("MQ-9s", "drone", None),
        ("F-16s", "combat_aircraft", "JO"),
        ("Paveway IV", "guided_bomb", None),
    }
    roles = {a.name: (a.role, a.country) for a in doc.actors if a.role}
    assert roles["Pete Hegseth"] == ("US Defence Secretary", "US")
    assert roles["Donald Trump"] == ("US President", "US")
    assert roles["John Healey"][0] == "Defence Secretary"
