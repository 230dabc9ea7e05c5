"""WARC archives written with warcio: HTML responses become articles."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from sitrep.ingest import read_paths
from sitrep.model import Article, Rejection
from sitrep.settings import Settings

PAGE = """<html><head><title>Clashes in Tripoli leave six dead</title>
<meta property="article:published_time" content="2025-11-20">
</head><body><nav><a href="/">Home</a> | <a href="/libya">Libya</a></nav>
<article><h1>Clashes in Tripoli leave six dead</h1>
<p>Six people were killed in overnight clashes between rival armed groups in the Libyan
capital Tripoli, the health ministry said on Thursday.</p>
<p>Residents of the Abu Salim district reported heavy gunfire until dawn, and the United
Nations mission called for an immediate ceasefire.</p></article>
<footer>All rights reserved.</footer></body></html>"""


def _response(writer: WARCWriter, uri: str, body: bytes, status: str, ctype: str) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        uri, "response", payload=io.BytesIO(body), http_headers=headers
    )
    writer.write_record(record)


def _write_warc(path: Path, *, gzip: bool) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        _response(
            writer, "https://news.example/tripoli", PAGE.encode(), "200 OK",
            "text/html; charset=utf-8",
        )  # fmt: skip
        _response(writer, "https://news.example/logo.png", b"\x89PNG....", "200 OK", "image/png")
        _response(writer, "https://news.example/gone", b"<html>gone</html>", "404 Not Found",
                  "text/html")  # fmt: skip


def test_warc_gz(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _write_warc(path, gzip=True)
    items = list(read_paths([path], settings=Settings()))
    assert [type(item) for item in items] == [Article, Rejection]
    article, gone = items
    assert isinstance(article, Article) and isinstance(gone, Rejection)
    assert article.text.startswith("Clashes in Tripoli leave six dead")
    assert "Six people were killed in overnight clashes" in article.text
    assert "All rights reserved" not in article.text
    assert article.url == "https://news.example/tripoli"
    assert article.published == "2025-11-20"
    assert gone.location == f"{path}#4" and gone.reason == "HTTP status 404"


def test_plain_warc_sniffed_and_record_limit(tmp_path: Path) -> None:
    path = tmp_path / "crawl.bin"
    _write_warc(path, gzip=False)
    items = list(read_paths([path], settings=Settings(max_bytes=200)))
    too_big = items[0]
    assert isinstance(too_big, Rejection) and too_big.location == f"{path}#2"
    assert "over the limit of 200 bytes" in too_big.reason


def test_truncated_warc_keeps_what_came_before(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    _write_warc(path, gzip=False)
    data = path.read_bytes()
    second = data.index(b"WARC/1", data.index(b"https://news.example/tripoli"))
    path.write_bytes(data[: second + 40])
    items = list(read_paths([path], settings=Settings()))
    assert isinstance(items[0], Article)
    assert isinstance(items[-1], Rejection) and "WARC" in items[-1].reason
