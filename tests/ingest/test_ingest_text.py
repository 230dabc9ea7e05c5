"""Plain text with sidecars, read_text, and content-hash ids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.errors import InputRejected, UsageError
from sitrep.ingest import Metadata, read_paths, read_text
from sitrep.model import Article, Rejection, article_id
from sitrep.settings import Settings

STORY = (
    "KYIV, Jan 10 (Reuters) - Russian drones struck an energy facility in the Odesa region "
    "overnight, killing two workers and wounding five, the regional governor said on Saturday.\n\n"
    "Ukraine's air force said it shot down 34 of the 51 drones launched at the country."
)
SETTINGS = Settings()


def _read(*paths: Path | str, metadata: Metadata | None = None) -> list[Article | Rejection]:
    return list(read_paths(list(paths), metadata=metadata, settings=SETTINGS))


def test_text_file_with_sidecar(tmp_path: Path) -> None:
    path = tmp_path / "odesa-drones.txt"
    path.write_text(STORY + "\n", encoding="utf-8")
    (tmp_path / "odesa-drones.json").write_text(
        json.dumps(
            {
                "url": "https://example.com/odesa",
                "source": "Reuters",
                "title": "Drones hit Odesa energy site",
                "published": "Sat, 10 Jan 2026 08:15:00 +0200",
                "desk": "world",
            }
        ),
        encoding="utf-8",
    )
    [article] = _read(path)
    assert isinstance(article, Article)
    assert article.text == STORY
    assert article.id == article_id(STORY)
    assert article.url == "https://example.com/odesa"
    assert article.source == "Reuters"
    assert article.title == "Drones hit Odesa energy site"
    assert article.published == "2026-01-10"


def test_sidecar_named_after_full_file_name(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(STORY, encoding="utf-8")
    (tmp_path / "report.txt.json").write_text('{"source": "AFP"}', encoding="utf-8")
    [article] = _read(path)
    assert isinstance(article, Article) and article.source == "AFP"


def test_cli_metadata_overrides_sidecar(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    (tmp_path / "story.json").write_text(
        '{"source": "Reuters", "published": "2026-01-09"}', encoding="utf-8"
    )
    [article] = _read(path, metadata=Metadata(published="10 January 2026", title="Override"))
    assert isinstance(article, Article)
    assert (article.published, article.title, article.source) == (
        "2026-01-10",
        "Override",
        "Reuters",
    )


@pytest.mark.parametrize(
    ("sidecar", "reason"),
    [
        ('{"url": "https://example.com",', "invalid JSON"),
        ('["not", "an", "object"]', "expected a JSON object"),
        ('{"title": 42}', "'title' must be a string"),
        ('{"published": "sometime last week"}', "cannot read 'sometime last week'"),
    ],
)
def test_malformed_sidecar_rejects_the_file(tmp_path: Path, sidecar: str, reason: str) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    (tmp_path / "story.json").write_text(sidecar, encoding="utf-8")
    [rejection] = _read(path)
    assert isinstance(rejection, Rejection)
    assert rejection.location == str(path)
    assert "sidecar story.json" in rejection.reason and reason in rejection.reason
    assert rejection.sha256 is not None and rejection.size == len(STORY.encode())


def test_same_text_same_id_across_formats(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(STORY.replace("\n", "\r\n").encode("utf-8-sig"))
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": STORY}) + "\n", encoding="utf-8")
    items = _read(tmp_path / "a.txt", tmp_path / "b.jsonl")
    assert all(isinstance(item, Article) for item in items)
    assert len({item.id for item in items if isinstance(item, Article)}) == 1
    assert read_text(STORY + "\n\n").id == items[0].id  # type: ignore[union-attr]


def test_read_text() -> None:
    article = read_text(STORY, metadata=Metadata(source="Reuters", published="2026-01-10"))
    assert article.source == "Reuters" and article.published == "2026-01-10"
    with pytest.raises(InputRejected, match="empty"):
        read_text(" \n\t ")


def test_unreadable_override_date_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="published"):
        read_paths([tmp_path], metadata=Metadata(published="the other day"))
