"""Encodings and text normalization: never change what the text says."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import InputRejected
from sitrep.ingest import normalize_text, read_paths
from sitrep.ingest.decode import decode_bytes, looks_binary
from sitrep.model import Article, Rejection
from sitrep.settings import Settings

FRENCH = (
    "Le président François Hollande a déclaré que l'armée française frappera à Raqqa. "
    "« Nous ne céderons pas », a-t-il ajouté."
)
SPANISH = "José Pérez, alcalde de Bogotá, dijo que la guerrilla atacó el cuartel — 3 muertos."
GERMAN = "Bundesverteidigungsminister Boris Pistorius sagte, die Lage in Görlitz sei ruhig."


@pytest.mark.parametrize("text", [FRENCH, SPANISH, GERMAN])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_decodes_accented_names(text: str, encoding: str) -> None:
    assert decode_bytes(text.encode(encoding)) == text


@pytest.mark.parametrize("text", [FRENCH, GERMAN])
def test_latin1_file(tmp_path: Path, text: str) -> None:
    path = tmp_path / "depeche.txt"
    path.write_bytes(text.encode("latin-1"))
    [article] = read_paths([path], settings=Settings())
    assert isinstance(article, Article) and article.text == text


def test_sidecar_encoding_is_honoured(tmp_path: Path) -> None:
    text = "Президент заявил, что войска вошли в Купянск."
    path = tmp_path / "ru.txt"
    path.write_bytes(text.encode("koi8-r"))
    (tmp_path / "ru.json").write_text('{"encoding": "koi8-r"}')
    [article] = read_paths([path], settings=Settings())
    assert isinstance(article, Article) and article.text == text


def test_normalization() -> None:
    decomposed = "Mosul\r\nErbi\u0301l\rKirkuk\x00\u2028Duhok"
    assert normalize_text("\ufeff  " + decomposed + " \n") == "Mosul\nErbíl\nKirkuk\nDuhok"


def test_binary_is_rejected() -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    assert looks_binary(png)
    with pytest.raises(InputRejected, match="binary file"):
        decode_bytes(png)
    assert not looks_binary(FRENCH.encode() + b"\x00")  # one stray NUL is stripped
    assert decode_bytes(FRENCH.encode() + b"\x00") == FRENCH


def test_binary_file_in_a_batch(tmp_path: Path) -> None:
    (tmp_path / "scan.dat").write_bytes(bytes(range(256)) * 64)
    (tmp_path / "story.txt").write_text(SPANISH, encoding="utf-8")
    items = list(read_paths([tmp_path], settings=Settings()))
    assert isinstance(items[0], Rejection) and items[0].reason == "binary file"
    assert items[0].size == 256 * 64 and items[0].sha256 is not None
    assert isinstance(items[1], Article)
