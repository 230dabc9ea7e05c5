"""HTML pages through trafilatura: text without boilerplate, title, date, canonical URL."""

from __future__ import annotations

from pathlib import Path

from sitrep.ingest import read_paths
from sitrep.model import Article, Rejection
from sitrep.settings import Settings

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Air strikes kill 12 in Idlib market, rescuers say | Levant Monitor</title>
  <meta property="article:published_time" content="2026-01-10T09:30:00+02:00">
  <meta property="og:site_name" content="Levant Monitor">
  <link rel="canonical" href="https://levant-monitor.example/2026/01/10/idlib-market-strikes">
</head>
<body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
  <li><a href="/subscribe">Subscribe for unlimited access</a></li></ul></nav>
  <article>
    <h1>Air strikes kill 12 in Idlib market, rescuers say</h1>
    <p>At least 12 civilians were killed on Friday when air strikes hit a crowded market in
    the town of Ariha in Idlib province, local rescue workers said.</p>
    <p>The Syrian Civil Defence, known as the White Helmets, said its teams pulled 20 wounded
    people from the rubble. The Syrian army did not comment on the strikes.</p>
    <p>The Syrian Observatory for Human Rights, a Britain-based war monitor, put the toll at 14,
    including three children.</p>
  </article>
  <footer><p>Copyright 2026 Levant Monitor. All rights reserved.</p>
  <p><a href="/privacy">Privacy policy</a> | <a href="/cookies">Cookie settings</a></p></footer>
</body>
</html>
"""


def test_html_article_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "idlib.html"
    path.write_text(PAGE, encoding="utf-8")
    [article] = read_paths([path], settings=Settings())
    assert isinstance(article, Article)
    assert "At least 12 civilians were killed on Friday" in article.text
    assert "put the toll at 14" in article.text
    for boilerplate in ("Subscribe", "Copyright", "Privacy policy", "Cookie"):
        assert boilerplate not in article.text
    assert article.title is not None and article.title.startswith("Air strikes kill 12")
    assert article.published == "2026-01-10"
    assert article.url == "https://levant-monitor.example/2026/01/10/idlib-market-strikes"
    assert article.source == "Levant Monitor"
    assert article.language == "en"


def test_html_without_text_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "shell.htm"
    path.write_text(
        "<html><head><title>Loading</title></head><body><div id='app'></div>"
        "<script>render()</script></body></html>",
        encoding="utf-8",
    )
    [rejection] = read_paths([path], settings=Settings())
    assert isinstance(rejection, Rejection)
    assert "no article text" in rejection.reason


def test_html_declared_legacy_charset(tmp_path: Path) -> None:
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "Ariha", "Ariha (Arîha)"
    )
    path = tmp_path / "legacy.html"
    path.write_bytes(page.encode("cp1252"))
    [article] = read_paths([path], settings=Settings())
    assert isinstance(article, Article)
    assert "Ariha (Arîha)" in article.text
