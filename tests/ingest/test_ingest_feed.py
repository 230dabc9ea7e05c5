"""RSS 2.0 and Atom feeds: one article per item, HTML stripped, dates as written."""

from __future__ import annotations

import io
from pathlib import Path

from sitrep.ingest import read_paths, read_stream
from sitrep.model import Article, Rejection
from sitrep.settings import Settings

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Sahel Security Wire</title>
  <link>https://sahel-wire.example/</link>
  <description>Conflict news from the Sahel</description>
  <item>
    <title>Jihadists attack army post near Djibo</title>
    <link>https://sahel-wire.example/djibo-attack</link>
    <pubDate>Sun, 11 Jan 2026 01:30:00 +0000</pubDate>
    <description>Teaser only.</description>
    <content:encoded><![CDATA[<p>Suspected jihadists attacked an army post near
      <b>Djibo</b> in northern Burkina Faso on Saturday, killing at least 20 soldiers,
      security sources said.</p><p>JNIM claimed the attack.</p>]]></content:encoded>
  </item>
  <item>
    <title>Curfew in Niamey</title>
    <link>https://sahel-wire.example/niamey-curfew</link>
    <pubDate>Sat, 10 Jan 2026 23:10:00 -0500</pubDate>
    <description>&lt;p&gt;Authorities in Niger imposed a night curfew in Niamey
      after clashes between protesters &amp; police.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Photo gallery</title>
    <link>https://sahel-wire.example/gallery</link>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Horn Monitor</title>
  <id>urn:uuid:horn-monitor</id>
  <updated>2026-01-09T12:00:00Z</updated>
  <entry>
    <title>Al-Shabaab fighters seize town in Hiraan</title>
    <id>urn:uuid:1</id>
    <link href="https://horn.example/hiraan"/>
    <published>2026-01-08T18:45:00+03:00</published>
    <updated>2026-01-09T07:00:00+03:00</updated>
    <content type="html">&lt;p&gt;Al-Shabaab fighters seized the town of Moqokori in
      Hiraan region on Thursday after government-allied militia withdrew.&lt;/p&gt;</content>
  </entry>
</feed>
"""


def test_rss_items(tmp_path: Path) -> None:
    path = tmp_path / "sahel.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_paths([path], settings=Settings()))
    assert [type(item) for item in items] == [Article, Article, Rejection]
    djibo, niamey, gallery = items
    assert isinstance(djibo, Article) and isinstance(niamey, Article)
    assert djibo.text.startswith("Suspected jihadists attacked an army post near Djibo")
    assert "<" not in djibo.text and "JNIM claimed the attack." in djibo.text
    assert djibo.title == "Jihadists attack army post near Djibo"
    assert djibo.url == "https://sahel-wire.example/djibo-attack"
    assert djibo.source == "Sahel Security Wire"
    assert djibo.published == "2026-01-11"
    # the local date as written, not shifted to UTC (2026-01-11 04:10Z)
    assert niamey.published == "2026-01-10"
    assert niamey.text.endswith("after clashes between protesters & police.")
    assert isinstance(gallery, Rejection)
    assert gallery.location == f"{path}#3" and gallery.reason == "empty"


def test_atom_entry_from_sniffed_stream() -> None:
    [article] = read_stream(io.BytesIO(ATOM.encode()), "horn-feed")
    assert isinstance(article, Article)
    assert article.text.startswith("Al-Shabaab fighters seized the town of Moqokori")
    assert article.published == "2026-01-08"
    assert article.source == "Horn Monitor"
    assert article.url == "https://horn.example/hiraan"


def test_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "config.xml"
    path.write_text("<?xml version='1.0'?><settings><a>1</a></settings>", encoding="utf-8")
    [rejection] = read_paths([path], settings=Settings())
    assert isinstance(rejection, Rejection)
    assert "feed" in rejection.reason
