from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def dump(db: Path) -> list[str]:
    with sqlite3.connect(db) as con:
        return list(con.iterdump())


@pytest.fixture()
def batch(tmp_path: Path) -> Path:
    """A folder of good articles and bad documents of every kind."""
    folder = tmp_path / "in"
    folder.mkdir()
    for path in (ROOT / "examples").glob("*"):
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "empty.txt").write_text("")
    (folder / "image.txt").write_bytes(bytes(range(256)) * 64)
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    lines = [
        json.dumps(
            {
                "text": "Police arrested 14 protesters in Lagos on Monday.",
                "published": "2024-10-07",
                "title": "Lagos arrests",
            }
        ),
        "{not json",
        json.dumps({"title": "no text"}),
    ]
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n")
    return folder


def test_run_twice_changes_nothing_and_lists_rejections(batch: Path, tmp_path: Path) -> None:
    db = tmp_path / "events.db"
    first = runner.invoke(app, ["run", str(batch), "--db", str(db), "--json"])
    assert first.exit_code == 0, first.output
    summary = json.loads(first.output)
    assert summary["articles"] == 5  # four examples and one good JSONL line
    reasons = {r["location"].split("/")[-1]: r["reason"] for r in summary["rejections"]}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["image.txt"]
    assert "limit" in reasons["huge.txt"] or "large" in reasons["huge.txt"]
    assert any(loc.startswith("wire.jsonl:2") for loc in reasons)
    assert any(loc.startswith("wire.jsonl:3") for loc in reasons)
    before = dump(db)
    second = runner.invoke(app, ["run", str(batch), "--db", str(db), "--json"])
    assert second.exit_code == 0, second.output
    assert json.loads(second.output)["unchanged"] == 5
    assert dump(db) == before


def test_events_show_export_and_stats(batch: Path, tmp_path: Path) -> None:
    db = tmp_path / "events.db"
    assert runner.invoke(app, ["run", str(ROOT / "examples"), "--db", str(db)]).exit_code == 0
    listed = runner.invoke(app, ["events", "--db", str(db), "--format", "json"])
    assert listed.exit_code == 0, listed.output
    events = json.loads(listed.output)
    assert events, "the bundled examples gave no events"
    ukraine = runner.invoke(app, ["events", "--db", str(db), "--country", "UA", "--format", "json"])
    assert all(e["location"]["country"] == "UA" for e in json.loads(ukraine.output))
    shown = runner.invoke(app, ["show", events[0]["id"][:10], "--db", str(db)])
    assert shown.exit_code == 0, shown.output
    assert events[0]["evidence"]["text"][:30] in shown.output.replace("\n", " ")
    out = tmp_path / "events.geojson"
    exported = runner.invoke(
        app, ["export", "--format", "geojson", "-o", str(out), "--db", str(db)]
    )
    assert exported.exit_code == 0, exported.output
    assert json.loads(out.read_text())["type"] == "FeatureCollection"
    csv_out = runner.invoke(app, ["events", "--db", str(db), "--format", "csv"])
    assert csv_out.output.splitlines()[0].startswith("event_id")
    stats = runner.invoke(app, ["stats", "--db", str(db), "--json"])
    assert json.loads(stats.output)["events"] == len(events)


def test_extract_jsonl_from_stdin_keeps_input_order(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "text": "Rebels shelled the town of Goma on Sunday, killing four civilians.",
                "published": "2025-01-27",
            }
        ),
        "oops",
        json.dumps(
            {
                "text": "Soldiers arrested 30 suspects in Maiduguri yesterday.",
                "published": "2024-03-02",
            }
        ),
    ]
    result = runner.invoke(app, ["extract", "-"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(rows) == 3
    assert rows[0]["article"]["text"].startswith("Rebels")
    assert "rejection" in rows[1]
    assert rows[2]["article"]["published"] == "2024-03-02"


def test_extract_single_file_prints_contract(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("Russian forces shelled Kharkiv on Saturday, killing two people.\n")
    result = runner.invoke(app, ["extract", str(path), "--published", "2024-05-20"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["article"]["published"] == "2024-05-20"
    assert set(data) == {"article", "events", "quotes", "mentions", "stages"}


def test_errors_are_one_line_with_status() -> None:
    bad_date = runner.invoke(app, ["extract", "x.txt", "--published", "yesterday-ish"])
    assert bad_date.exit_code == 2
    missing = runner.invoke(app, ["extract", "/nonexistent/report.txt"])
    assert missing.exit_code == 2
    unknown = runner.invoke(app, ["evaluate", "no-such-dataset"])
    assert unknown.exit_code == 2
    assert "choose one of" in unknown.output


def test_every_command_has_help_with_an_example() -> None:
    commands = ("run", "extract", "events", "incidents", "show", "export", "stats", "evaluate")
    for command in (*commands, "serve"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0
        assert "Example:" in result.output, command


def test_gazetteer_import_command(tmp_path: Path) -> None:
    dump_file = tmp_path / "SY.txt"
    row = [
        "170794",
        "Deir ez-Zor",
        "Deir ez-Zor",
        "Dayr az Zawr,Deir al-Zour",
        "35.33588",
        "40.14084",
        "P",
        "PPLA",
        "SY",
        "",
        "07",
        "",
        "",
        "",
        "242565",
        "",
        "210",
        "Asia/Damascus",
        "2023-01-01",
    ]
    dump_file.write_text("\t".join(row) + "\n", encoding="utf-8")
    target = tmp_path / "geonames.sqlite"
    result = runner.invoke(app, ["gazetteer", "import", str(dump_file), "--db", str(target)])
    assert result.exit_code == 0, result.output
    assert "imported 1 places" in result.output
    assert target.is_file()
    missing = runner.invoke(app, ["gazetteer", "import", str(tmp_path / "nope.zip")])
    assert missing.exit_code == 2


def test_two_reports_of_one_strike_make_one_incident(tmp_path: Path) -> None:
    folder = tmp_path / "wires"
    folder.mkdir()
    lines = [
        {
            "text": "Russian forces struck Kharkiv with drones on Saturday, killing three "
            "civilians, regional governor Oleh Syniehubov said.",
            "published": "2024-05-20",
            "source": "Agency A",
        },
        {
            "text": "A Russian drone attack on Kharkiv on Saturday killed four people and "
            "wounded 12, Ukrainian officials said.",
            "published": "2024-05-20",
            "source": "Agency B",
        },
    ]
    (folder / "wires.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    db = tmp_path / "events.db"
    assert runner.invoke(app, ["run", str(folder), "--db", str(db)]).exit_code == 0
    result = runner.invoke(app, ["incidents", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    incidents = json.loads(result.stdout)
    assert len(incidents) == 1
    assert len(incidents[0]["members"]) == 2
    assert incidents[0]["fatalities_low"] == 3
    assert incidents[0]["fatalities_high"] == 4


def test_events_leave_out_ordinary_crime_and_filter_by_context(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "robbery.txt").write_text(
        "SPRINGFIELD, Ill. -- Police arrested a 24-year-old man Tuesday in connection with the"
        " robbery of a convenience store on Main Street, police said."
    )
    (folder / "strike.txt").write_text(
        "US Central Command said on Saturday that American jets struck Islamic State"
        " positions near Baghuz in eastern Syria."
    )
    db = tmp_path / "events.db"
    assert runner.invoke(app, ["run", str(folder), "--db", str(db)]).exit_code == 0

    def types(*options: str) -> list[str]:
        listed = runner.invoke(app, ["events", "--db", str(db), "--format", "json", *options])
        assert listed.exit_code == 0, listed.output
        return sorted(e["sub_event_type"] for e in json.loads(listed.output))

    assert types() == ["Air/drone strike", "Arrests"]
    assert types("--no-ordinary-crime") == ["Air/drone strike"]
    assert types("--ordinary-crime") == ["Arrests"]
    assert types("--context", "military") == ["Air/drone strike"]
    csv_out = runner.invoke(
        app, ["events", "--db", str(db), "--format", "csv", "--context", "crime"]
    )
    header, row = csv_out.output.splitlines()[:2]
    assert "plover_context" in header.split(",")
    assert "crime;crime_theft" in row
