from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from sitrep.errors import KnowledgeDataError
from sitrep.kb.actors import ActorKB
from sitrep.kb.gazetteer import Gazetteer
from sitrep.kb.weapons import WeaponKB


def write(path: Path, entries: list[dict[str, object]]) -> Path:
    path.write_text(json.dumps({"version": "test", "entries": entries}), encoding="utf-8")
    return path


def test_states_and_derived_children() -> None:
    kb = ActorKB.load(())
    us = kb.get("US")
    assert us is not None and us.kind == "state" and us.name == "United States"
    assert kb.resolve("UK forces") == kb.get("GB.military")
    assert kb.state_code("US.centcom") == "US"
    centcom = kb.get("US.centcom")
    assert centcom is not None and centcom.parent == "US.military"
    saf = kb.get("SD.saf")
    assert saf is not None and saf.parent == "SD.military"
    jordan = kb.state_of_demonym("Jordanian")
    assert jordan is not None and jordan.id == "JO"
    assert sum(1 for e in kb if e.kind == "state") > 190


def test_user_file_overrides_and_extends(tmp_path: Path) -> None:
    extra = write(
        tmp_path / "mine.json",
        [
            {
                "id": "hts",
                "name": "HTS (renamed)",
                "kind": "group",
                "type": "rebel_group",
                "country": "SY",
                "aliases": ["HTS"],
            },
            {
                "id": "new_group",
                "name": "Northern Shield",
                "kind": "group",
                "type": "political_militia",
                "aliases": ["N-Shield"],
            },
        ],
    )
    kb = ActorKB.load((extra,))
    assert kb.resolve("HTS") is not None and kb.resolve("HTS").name == "HTS (renamed)"  # type: ignore[union-attr]
    assert kb.resolve("N-Shield") == kb.get("new_group")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        (json.dumps({"entries": []}), "version"),
        (json.dumps({"version": "1", "entries": [{"name": "x"}]}), "entry 0"),
        (
            json.dumps(
                {
                    "version": "1",
                    "entries": [{"id": "x", "name": "X", "kind": "group", "type": "bandits"}],
                }
            ),
            "field 'type'",
        ),
        (
            json.dumps(
                {
                    "version": "1",
                    "entries": [
                        {
                            "id": "x",
                            "name": "X",
                            "kind": "group",
                            "type": "rebel_group",
                            "parent": "nope",
                        }
                    ],
                }
            ),
            "parent",
        ),
    ],
)
def test_bad_files_name_file_and_entry(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeDataError, match=message) as info:
        ActorKB.load((path,))
    if "parent" not in message:
        assert "bad.json" in str(info.value)


def test_weapons_plurals_designators_and_override(tmp_path: Path) -> None:
    kb = WeaponKB.load(())
    for text, wid in [
        ("F-15Es", "f15e"),
        ("MQ-9s", "mq9"),
        ("Tomahawks", "tomahawk"),
        ("barrel bombs", "barrel_bomb"),
        ("Paveway IV", "paveway_iv"),
    ]:
        entry = kb.resolve(text)
        assert entry is not None and entry.id == wid
    assert WeaponKB.designator("Su-57s") == "Su-57"
    assert WeaponKB.designator("COVID-19") is None
    extra = write(
        tmp_path / "w.json",
        [
            {
                "id": "mq9",
                "name": "MQ-9B SkyGuardian",
                "kind": "PLATFORM",
                "category": "drone",
                "aliases": ["SkyGuardian"],
            }
        ],
    )
    assert WeaponKB.load((extra,)).resolve("SkyGuardian") is not None
    bad = write(tmp_path / "b.json", [{"id": "x", "name": "X", "kind": "GUN"}])
    with pytest.raises(KnowledgeDataError, match=r"b\.json"):
        WeaponKB.load((bad,))


def test_gazetteer_facts() -> None:
    gaz = Gazetteer.load()
    syria = gaz.lookup("Syria")[0]
    assert (syria.geonameid, syria.lat, syria.lon, syria.feature) == (163843, 35.0, 38.0, "country")
    assert gaz.lookup("Turkey")[0].geonameid == 298795
    assert gaz.lookup("Iraq")[0].geonameid == 99237
    assert gaz.lookup("the Middle East")[0].feature == "region"
    assert gaz.lookup("Baghuz")[0].country == "SY"
    kharkiv = gaz.lookup("Kharkiv")
    assert kharkiv and kharkiv[0].country == "UA" and kharkiv[0].feature == "city"
    assert gaz.lookup("Idlib")[0].feature == "admin1"
    assert gaz.lookup("Ménaka")[0].country == gaz.lookup("Menaka")[0].country == "ML"
    assert gaz.lookup("Xyzzyville") == []
    country = gaz.country("sd")
    assert country is not None and country.name == "Sudan"


def test_gazetteer_pickles_for_workers() -> None:
    gaz = pickle.loads(pickle.dumps(Gazetteer.load()))
    assert gaz.lookup("El Fasher")[0].country == "SD"


def test_state_names_follow_acled_usage() -> None:
    kb = ActorKB.load(())
    military = kb.get("US.military")
    assert military is not None and military.name == "Military Forces of the United States"
    netherlands = kb.get("NL")
    assert netherlands is not None and netherlands.name == "Netherlands"
    syria = kb.get("SY.military")
    assert syria is not None and syria.name == "Military Forces of Syria"
