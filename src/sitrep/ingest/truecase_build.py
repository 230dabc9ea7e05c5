"""Build the truecasing lexicon (kb/data/truecase_words.txt) from cased English text.

The lexicon is a word list, not text: one word a line, written in the form it takes most
often in running text. Rules, in order:
1. sources are cased corpora other than MUC-4 and never a test split: PolNeAR train
   (US news, `polnear/data/train/text/*.txt`), TempEval-3 training (TimeBank and
   AQUAINT news, `tempeval3/Training/TBAQ-cleaned/**/*.tml`, tags stripped) and
   Universal Dependencies English-EWT train (`ud_ewt/en_ewt-ud-train.conllu`, the
   `# text =` lines);
2. a word's first token in a sentence or line is not counted (its capital is positional);
3. each remaining alphabetic token counts for its lower-cased form under one of three
   shapes: lower ("army"), capitalised ("Salvador"), all capitals ("FMLN", two letters
   or more); mixed shapes ("McCain", "iPhone") count as capitalised;
4. a word seen at least `MIN_COUNT` times is written lower-case unless capitals make at
   least `CAPITAL_SHARE` of its occurrences ("bill", "house" and "white" stay lower, as
   they are ordinary words often enough); otherwise in its commoner capitalised shape.
   Lower-case lines are the common English words truecasing never capitalises on their
   own; the others are restored as written.

Rebuild with `python -m sitrep.ingest.truecase_build SHARED_DATASETS_DIR`.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Final

from sitrep.kb.loading import packaged

MIN_COUNT: Final = 3
CAPITAL_SHARE: Final = 0.9
LEXICON_FILE: Final = "truecase_words.txt"
_TOKEN = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?]['\"”’)]*\s+|\n")
_TAG = re.compile(r"<[^>]+>")


def corpus_texts(datasets: Path) -> Iterator[str]:
    """The texts of rule 1, in a fixed order."""
    for path in sorted((datasets / "polnear" / "data" / "train" / "text").glob("*.txt")):
        yield path.read_text(encoding="utf-8")
    for path in sorted((datasets / "tempeval3" / "Training" / "TBAQ-cleaned").rglob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        body = raw.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
        yield _TAG.sub("", body)
    conllu = datasets / "ud_ewt" / "en_ewt-ud-train.conllu"
    if conllu.is_file():
        for line in conllu.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                yield line[len("# text = ") :]


def shape(token: str) -> str:
    """'lower', 'upper' or 'title' (rule 3)."""
    if token.islower():
        return "lower"
    if token.isupper() and len(token) > 1:
        return "upper"
    return "title"


def count_shapes(texts: Iterable[str]) -> dict[str, Counter[str]]:
    """Shape counts of every word not opening a sentence (rules 2-3)."""
    counts: dict[str, Counter[str]] = {}
    for text in texts:
        for sentence in _SENTENCE_END.split(text):
            for token in _TOKEN.findall(sentence)[1:]:
                counts.setdefault(token.lower(), Counter())[shape(token)] += 1
    return counts


def lexicon_lines(counts: dict[str, Counter[str]], min_count: int = MIN_COUNT) -> list[str]:
    """The words in their majority shape (rule 4), sorted by their lower-case form."""
    lines = []
    for word in sorted(counts):
        seen = counts[word]
        if sum(seen.values()) < min_count:
            continue
        if seen["title"] + seen["upper"] < CAPITAL_SHARE * sum(seen.values()):
            lines.append(word)
        elif seen["upper"] > seen["title"]:
            lines.append(word.upper())
        else:
            lines.append(word[:1].upper() + word[1:])
    return lines


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m sitrep.ingest.truecase_build SHARED_DATASETS_DIR", file=sys.stderr)
        return 2
    lines = lexicon_lines(count_shapes(corpus_texts(Path(argv[0]))))
    header = "# truecasing lexicon: majority shape of each word (sitrep.ingest.truecase_build)\n"
    packaged(LEXICON_FILE).write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} words -> {packaged(LEXICON_FILE)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
