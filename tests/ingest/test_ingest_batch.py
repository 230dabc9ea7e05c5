"""Folders, globs, limits and sniffing: the batch always finishes."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

from sitrep.errors import UsageError
from sitrep.ingest import read_paths, read_stream
from sitrep.ingest.sniff import kind_from_head, kind_from_name
from sitrep.model import Article, Rejection
from sitrep.settings import Settings

STORY = "Israeli strikes on Khan Younis killed at least nine people, health officials said."


def _make_batch(root: Path) -> Path:
    folder = root / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / ".git" / "HEAD").write_text("ref: refs/heads/main")
    (folder / ".DS_Store").write_bytes(b"\x00\x01")
    (folder / "a-story.txt").write_text(STORY, encoding="utf-8")
    (folder / "a-story.json").write_text('{"source": "AP"}')
    (folder / "b-empty.txt").write_bytes(b"")
    (folder / "c-blank.txt").write_text(" \n\n\t ")
    (folder / "d-binary.bin").write_bytes(os.urandom(4096))
    with (folder / "e-huge.txt").open("wb") as handle:  # sparse: 50 MB, nothing written
        handle.truncate(50 * 1024 * 1024)
    (folder / "f-report.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    lines = [json.dumps({"text": STORY + " (update)"}), "{oops", json.dumps({"text": None})]
    (folder / "sub" / "g-lines.jsonl").write_text("\n".join(lines))
    return folder


def test_directory_batch_finishes_with_reasons(tmp_path: Path) -> None:
    folder = _make_batch(tmp_path)
    items = list(read_paths([folder, tmp_path / "missing.txt"], settings=Settings()))
    got = [(Path(i.location).name if isinstance(i, Rejection) else "article") for i in items]
    assert got == [
        "article",
        "b-empty.txt",
        "c-blank.txt",
        "d-binary.bin",
        "e-huge.txt",
        "f-report.pdf",
        "article",
        "g-lines.jsonl:2",
        "g-lines.jsonl:3",
        "missing.txt",
    ]
    reasons = [i.reason for i in items if isinstance(i, Rejection)]
    assert reasons[:2] == ["empty", "empty"]
    assert reasons[2] == "binary file"
    assert reasons[3] == (
        "file is 52,428,800 bytes, over the limit of 10,000,000 bytes "
        "(raise it with SITREP_MAX_BYTES)"
    )
    assert reasons[4] == "unsupported format: PDF document"
    assert reasons[-1] == "no such file or directory"
    first = items[0]
    assert isinstance(first, Article) and first.source == "AP"


def test_huge_file_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    opened = Path.open

    def guarded(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle: Any = opened(self, mode, *args, **kwargs)
        read = handle.read

        def limited(size: int = -1) -> Any:
            assert 0 <= size <= 1_000_000, f"read({size}) on a file over the limit"
            return read(size)

        handle.read = limited
        return handle

    monkeypatch.setattr(Path, "open", guarded)
    [rejection] = read_paths([path], settings=Settings())
    assert isinstance(rejection, Rejection) and rejection.size == 50 * 1024 * 1024
    assert rejection.sha256 is None


def test_globs_and_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "c.md"):
        (tmp_path / name).write_text(f"{STORY} ({name})")
    items = list(read_paths([str(tmp_path / "*.txt"), str(tmp_path / "*.csv")]))
    assert [i.text[-7:] for i in items if isinstance(i, Article)] == ["(a.txt)", "(b.txt)"]
    assert isinstance(items[-1], Rejection) and items[-1].reason == "no files match the pattern"


def test_same_file_twice_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    assert len(list(read_paths([tmp_path, tmp_path / "a.txt"]))) == 1


def test_limit_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(STORY)
    monkeypatch.setenv("SITREP_MAX_BYTES", "20")
    [rejection] = read_paths([tmp_path / "a.txt"])
    assert isinstance(rejection, Rejection) and "limit of 20 bytes" in rejection.reason


def test_stream_limit_and_kinds() -> None:
    data = (STORY * 10).encode()
    [rejection] = read_stream(io.BytesIO(data), "-", settings=Settings(max_bytes=100))
    assert isinstance(rejection, Rejection) and "more than 100 bytes" in rejection.reason
    [article] = read_stream(io.BytesIO(STORY.encode()), "-", kind="text")
    assert isinstance(article, Article) and article.text == STORY
    with pytest.raises(UsageError, match="unknown input kind"):
        read_stream(io.BytesIO(b""), "-", kind="pdf")
    [empty] = read_stream(io.BytesIO(b""), "-")
    assert isinstance(empty, Rejection) and empty.reason == "empty"


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"WARC/1.1\r\nWARC-Type: warcinfo", "warc"),
        (b'<?xml version="1.0"?>\n<rss version="2.0">', "feed"),
        (b"<!DOCTYPE html><html><head>", "html"),
        (b'{"text": "a"}\n{"text": "b"}', "jsonl"),
        (b'{\n  "text": "a"\n}', "json"),
        (b"\xef\xbb\xbfBEIRUT (AP) -- An Israeli strike", "text"),
    ],
)
def test_sniffing(head: bytes, kind: str) -> None:
    assert kind_from_head(head) == kind


def test_kind_from_name() -> None:
    assert kind_from_name("CC-NEWS-2026.warc.gz") == "warc"
    assert kind_from_name("Story.HTM") == "html"
    assert kind_from_name("README") is None
