"""HTML fragments (feed item bodies) to plain text.

Full pages go through trafilatura (`html.py`); a feed item's content is already the
article body, so here the markup is only removed:

1. <script>, <style>, <noscript>, <template> and their contents are dropped.
2. Block elements (p, div, li, headings, blockquote, tr, ...) end a paragraph: "\\n\\n".
3. <br> is a line break.
4. Runs of whitespace inside text collapse to one space, as a browser shows them.
5. Character references are decoded (the parser does this).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SPACES = re.compile(r"\s+")
_SKIP = frozenset({"script", "style", "noscript", "template", "head"})
_BLOCKS = frozenset(
    {
        "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "tr", "table", "section", "article", "header", "footer", "figure", "figcaption",
        "pre", "dd", "dt", "dl", "hr", "aside",
    }
)  # fmt: skip


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip_depth += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(_SPACES.sub(" ", data))


def html_fragment_to_text(fragment: str) -> str:
    """The visible text of an HTML fragment, paragraphs separated by blank lines."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    lines = [" ".join(line.split()) for line in "".join(collector.parts).split("\n")]
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return "\n\n".join(paragraphs)
