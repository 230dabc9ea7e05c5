"""Hard-wrapped text: the line breaks that only wrap a paragraph at a fixed width.

Wire services, e-mail bulletins, FBIS/MUC texts and plain-text archives wrap their lines
at a fixed width (60-80 characters), so one sentence runs over several lines; such a
line break is a space, not the end of a paragraph. Most news puts one paragraph per
line instead, and there every line break ends a paragraph. `wrap_breaks` tells them
apart from the layout alone, so it works for ALL-CAPS copy too (where case tells
nothing), by these rules:

1. the wrap width W is the longest line of at most `MAX_WIDTH` characters, leading
   spaces counted, trailing spaces not (a wrapper fills lines up to its width; longer
   lines are unwrapped paragraphs); a paragraph of `MIN_BLOCK_LINES` lines or more
   (between blank lines) has its own width, its longest line, when that is at least
   `MIN_WIDTH`: copy pasted together from several wires wraps each at its own width
   (an FBIS item whose dateline paragraph runs to 76 characters and the rest to 68);
2. a line is *full* when the first word of the next line would not have fitted on it
   within `SLACK` characters of its paragraph's width (wrappers leave a line short only
   by the word that did not fit), and *mid-phrase* when it reaches half of that width
   and ends with a comma or a word that cannot end an English sentence (an article, a
   preposition, a conjunction, a possessive: "... IN THE ATTACK ON THE" / "... KILLED
   AND");
3. a text is hard-wrapped when W is at least `MIN_WIDTH` and at least `MIN_OPEN` of the
   line breaks that rule 4 would take as wraps, and at least half of them, follow a
   line that ends without sentence punctuation: wrapped copy ends most lines
   mid-sentence, while one-paragraph-per-line text ends nearly every line with a full
   stop and its lines differ widely in length;
4. in a hard-wrapped text a line break is a wrap when the line is full or mid-phrase
   and no longer than W, and the next line is not blank, not indented more deeply
   (a new paragraph), not a list item ("- ", "2. ", "(b) ") and not a dateline
   ("LIMA, 28 MAR 89 (EFE) --"); a line that is itself a dateline alone ends there.
   A line that ends mid-phrase goes on whatever the next line looks like: after "...
   EXPLOSION -- A", the line "TERRORIST ACTION, IN HIS WORDS -- AND ..." is no
   dateline but the sentence's next words.

Everything else still ends a paragraph: a blank line, an indented line, the short last
line of a paragraph, a headline (short, without a full stop), list items. A wrap after
sentence punctuation reads as a space, so the segmenter's full-stop rule still ends the
sentence there when a new one begins on the next line.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Final

__all__ = ["wrap_breaks"]

#: rule 1: no fixed-width wrapper writes longer lines than this ...
MAX_WIDTH: Final = 100
#: ... and none narrower than this (shorter lines are lists, tables, verse).
MIN_WIDTH: Final = 40
#: rule 2: how much shorter than W a full line may be beyond the word that did not fit.
SLACK: Final = 8
#: rule 3: how many open line ends make a text hard-wrapped, at the least.
MIN_OPEN: Final = 2
#: rule 1: how many lines a paragraph needs to show a wrap width of its own.
MIN_BLOCK_LINES: Final = 3

#: rule 2: words after which an English sentence cannot end.
_MID_PHRASE_WORDS: Final = frozenset(
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "into",
        "onto", "upon", "over", "under", "near", "about", "against", "among", "between",
        "during", "through", "toward", "towards", "without", "within", "after", "before",
        "and", "or", "but", "nor", "than", "as", "its", "their", "our", "your", "my", "whose",
    }
)  # fmt: skip
_SENTENCE_END: Final = re.compile(r"[.!?…:;][\"'”’)\]»]*$")
_LIST_ITEM: Final = re.compile(r"(?:[-*•·▪–—]|\d{1,2}[.)]|\([a-z0-9]{1,2}\))\s")
#: a dateline: a place in capitals, perhaps a date after a comma and an agency in
#: brackets (one of the two at least), then a dash.
_DATELINE: Final = re.compile(
    r"[A-Z][A-Z.'’ -]*[A-Z.](?:,[^()\n]{1,30}?(?:\s*\([^()\n]*\))?|\s*\([^()\n]*\))"
    r"\s*(?:--|[-–—])(?:\s|$)"
)


@dataclass(frozen=True)
class _Line:
    start: int  # offset of the line's first character
    end: int  # offset of its line break (or of the text's end)
    text: str

    @property
    def width(self) -> int:
        return len(self.text.rstrip())

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip())

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def wrap_breaks(text: str) -> frozenset[int]:
    """The offsets of the line breaks ("\\n") of `text` that only wrap a paragraph."""
    lines = _lines(text)
    width = _wrap_width(lines)
    if width < MIN_WIDTH:
        return frozenset()
    own = _paragraph_widths(lines, width)
    candidates = [
        a
        for (a, b), paragraph in zip(itertools.pairwise(lines), own, strict=False)
        if not (a.blank or b.blank) and _may_wrap(a, b, width, paragraph)
    ]
    opened = sum(1 for a in candidates if not _SENTENCE_END.search(a.text.rstrip()))
    if opened < MIN_OPEN or 2 * opened < len(candidates):
        return frozenset()
    return frozenset(a.end for a in candidates)


def _wrap_width(lines: list[_Line]) -> int:
    """Rule 1: the longest line a fixed-width wrapper could have written."""
    return max((line.width for line in lines if line.width <= MAX_WIDTH), default=0)


def _paragraph_widths(lines: list[_Line], width: int) -> list[int]:
    """Rule 1: for each line, the wrap width of its paragraph (its run of non-blank
    lines): the paragraph's longest line when it has `MIN_BLOCK_LINES` lines or more
    and that line reaches `MIN_WIDTH`, else the text's width `width`."""
    widths: list[int] = []
    for blank, run in itertools.groupby(lines, key=lambda line: line.blank):
        block = list(run)
        own = _wrap_width(block)
        fits = not blank and len(block) >= MIN_BLOCK_LINES and own >= MIN_WIDTH
        widths.extend([own if fits else width] * len(block))
    return widths


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    start = 0
    for piece in text.split("\n"):
        lines.append(_Line(start, start + len(piece), piece))
        start += len(piece) + 1
    return lines


def _may_wrap(line: _Line, following: _Line, width: int, paragraph: int) -> bool:
    """Rules 2 and 4: whether the break between two non-blank lines is a wrap, in a
    text of wrap width `width` and a paragraph of wrap width `paragraph`."""
    if line.width > width or following.indent > line.indent:
        return False
    head = following.text.lstrip()
    if _LIST_ITEM.match(head) or _DATELINE.fullmatch(line.text.strip()):
        return False
    if _is_mid_phrase(line, paragraph):
        return True  # "... EXPLOSION -- A" goes on, whatever the next line looks like
    return not _DATELINE.match(head) and _is_full(line, head, paragraph)


def _is_full(line: _Line, head: str, width: int) -> bool:
    first_word = head.split(maxsplit=1)[0]
    return line.width + 1 + len(first_word) > width - SLACK


def _is_mid_phrase(line: _Line, width: int) -> bool:
    if 2 * line.width < width:
        return False
    body = line.text.rstrip()
    last = body.rsplit(maxsplit=1)[-1].lower()
    return body.endswith(",") or last in _MID_PHRASE_WORDS
