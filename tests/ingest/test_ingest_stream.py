"""Stdin-like streams (no seeking, short reads) and the running example."""

from __future__ import annotations

import io
import json
import os
import threading
from pathlib import Path

import pytest

from sitrep.evaluate.base import shared_dir
from sitrep.ingest import Metadata, read_paths, read_stream
from sitrep.model import Article, Rejection, article_id
from sitrep.settings import Settings

STORIES = [
    "Houthi forces said they fired a ballistic missile at a ship in the Red Sea on Monday.",
    "Sudan's RSF shelled a displacement camp near El Fasher, killing 11, medics said.",
]


class _Pipe(io.RawIOBase):
    """A non-seekable stream that hands out at most 7 bytes per read, like a slow pipe."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        count = min(7, len(buffer), len(self._data))
        buffer[:count] = self._data[:count]
        self._data = self._data[count:]
        return count


def test_jsonl_from_a_pipe() -> None:
    data = "".join(json.dumps({"text": text}) + "\n" for text in STORIES).encode()
    items = list(read_stream(_Pipe(data), "-", kind="jsonl"))  # type: ignore[arg-type]
    assert [item.text for item in items if isinstance(item, Article)] == STORIES
    sniffed = list(read_stream(_Pipe(data), "-"))  # type: ignore[arg-type]
    assert sniffed == items


def test_binary_from_a_pipe_is_rejected() -> None:
    [rejection] = read_stream(_Pipe(bytes(range(32)) * 100), "-")  # type: ignore[arg-type]
    assert isinstance(rejection, Rejection) and rejection.reason == "binary file"
    assert rejection.location == "-"


def test_running_example() -> None:
    path = shared_dir() / "examples" / "hawkeye-strike-2026-01-10.txt"
    if not path.is_file():
        pytest.skip(f"running example not found at {path} (set SITREP_SHARED)")
    [article] = read_paths([path], metadata=Metadata(published="2026-01-10"), settings=Settings())
    assert isinstance(article, Article)
    assert article.published == "2026-01-10"
    assert article.text.startswith("The US and its partner forces")
    assert "\r" not in article.text and article.id == article_id(article.text)
    # reading it again, or from stdin, changes nothing
    [again] = read_stream(io.BytesIO(path.read_bytes()), "-", metadata=Metadata("2026-01-10"))
    assert again == article
    assert Path(path).read_text(encoding="utf-8").strip() == article.text


def test_named_pipe_is_read_as_a_stream(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this platform")
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    (tmp_path / "story.txt").write_text(STORIES[0])

    def write() -> None:
        with fifo.open("wb") as pipe:
            pipe.write(STORIES[1].encode())

    writer = threading.Thread(target=write)
    writer.start()
    # the folder walk skips the pipe; naming it reads it
    assert [i.text for i in read_paths([tmp_path]) if isinstance(i, Article)] == [STORIES[0]]
    [article] = read_paths([fifo])
    writer.join(timeout=10)
    assert isinstance(article, Article) and article.text == STORIES[1]
