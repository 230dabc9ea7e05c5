"""JSON Lines: good lines come out in order, every bad line is a located rejection."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from sitrep.ingest import Metadata, read_paths, read_stream
from sitrep.model import Article, Rejection
from sitrep.settings import Settings

GOOD_1 = {
    "text": "Gunmen killed 14 villagers in an overnight raid on Kukawa in Borno state, "
    "a local militia leader said.",
    "url": "https://example.org/borno-raid",
    "source": "Daily Trust",
    "title": "Gunmen kill 14 in Borno raid",
    "published": "2025-12-02T07:00:00+01:00",
}
GOOD_2 = {"text": "Protesters blocked the main road into Goma on Tuesday, police said."}
GOOD_3 = {
    "text": "Two soldiers died when their vehicle hit a mine near Gao, the army said.",
    "published": "4 March 2025",
    "notes": "extra keys are ignored",
}


def _lines() -> list[str]:
    return [
        json.dumps(GOOD_1),
        '{"text": "Shelling hit Kherson", "url": ',  # 2: malformed
        json.dumps({"title": "No body", "url": "https://example.org/x"}),  # 3: no text
        json.dumps({"text": 12345}),  # 4: non-string text
        "",  # 5: blank line, not a document
        json.dumps(GOOD_2),
        json.dumps(["a", "list"]),  # 7: not an object
        json.dumps({"text": "   "}),  # 8: empty
        json.dumps({"text": "Clashes in Tripoli.", "published": "around Eid"}),  # 9
        json.dumps({"text": "Clashes in Tripoli.", "title": ["x"]}),  # 10
        json.dumps(GOOD_3),
    ]


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(_lines()) + "\n", encoding="utf-8")
    items = list(read_paths([path], settings=Settings()))
    articles = [item for item in items if isinstance(item, Article)]
    rejections = {item.location: item.reason for item in items if isinstance(item, Rejection)}
    assert [a.text for a in articles] == [GOOD_1["text"], GOOD_2["text"], GOOD_3["text"]]
    first = articles[0]
    assert (first.url, first.source, first.title, first.published) == (
        GOOD_1["url"],
        "Daily Trust",
        "Gunmen kill 14 in Borno raid",
        "2025-12-02",
    )
    assert articles[2].published == "2025-03-04"
    loc = str(path)
    assert rejections[f"{loc}:2"].startswith("invalid JSON")
    assert rejections[f"{loc}:3"] == "missing required field 'text'"
    assert rejections[f"{loc}:4"] == "'text' must be a string, got number"
    assert rejections[f"{loc}:7"] == "expected a JSON object, got array"
    assert rejections[f"{loc}:8"] == "empty"
    assert "cannot read 'around Eid' as a date" in rejections[f"{loc}:9"]
    assert rejections[f"{loc}:10"] == "'title' must be a string, got array"
    assert len(rejections) == 7
    assert [item.location for item in items if isinstance(item, Rejection)] == sorted(
        rejections, key=lambda loc: int(loc.rsplit(":", 1)[1])
    )


def test_jsonl_line_over_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.ndjson"
    long_line = json.dumps({"text": "Fighting continued. " * 200})
    path.write_text(json.dumps(GOOD_2) + "\n" + long_line + "\n" + json.dumps(GOOD_2) + "\n")
    items = list(read_paths([path], settings=Settings(max_bytes=1000)))
    assert [type(item) for item in items] == [Article, Rejection, Article]
    rejection = items[1]
    assert isinstance(rejection, Rejection)
    assert rejection.location == f"{path}:2"
    assert f"{len(long_line) + 1:,} bytes" in rejection.reason
    assert "1,000" in rejection.reason and "SITREP_MAX_BYTES" in rejection.reason


def test_jsonl_from_stdin_like_stream_with_override() -> None:
    data = (json.dumps(GOOD_1) + "\n" + json.dumps(GOOD_2) + "\n").encode()
    items = list(read_stream(io.BytesIO(data), "-", metadata=Metadata(source="wire")))
    assert [item.source for item in items if isinstance(item, Article)] == ["wire", "wire"]


def test_gzipped_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps(GOOD_2) + "\n").encode()))
    [article] = read_paths([path], settings=Settings())
    assert isinstance(article, Article) and article.text == GOOD_2["text"]


def test_json_document_list(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text(json.dumps([GOOD_1, {"text": 5}], indent=2), encoding="utf-8")
    items = list(read_paths([path], settings=Settings()))
    assert isinstance(items[0], Article) and items[0].title == GOOD_1["title"]
    assert isinstance(items[1], Rejection) and items[1].location == f"{path}#2"
