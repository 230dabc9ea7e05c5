"""Indirect quotes: reported speech with no quotation marks.

Rules, in order:
1. a cue followed within 5 words by "that" ("X said that ...", "X warned on Monday
   that ...") with no punctuation between gives a quote with direct=False whose text is
   the rest of the sentence after "that", its final punctuation trimmed;
2. "according to" introduces no indirect quote (its content is the clause before it);
3. a span that overlaps a direct quote, or an indirect quote already found, is skipped;
4. the speaker is chosen as for direct quotes (`sitrep.quotes.speakers`), between the
   sentence start and "that".
"""

from __future__ import annotations

from sitrep.coref import CorefMap
from sitrep.events.speech import is_cue
from sitrep.events.tokens import tokenize
from sitrep.model import Quote, Span
from sitrep.pipeline.document import Document
from sitrep.quotes.speakers import choose_speaker


def indirect_quotes(doc: Document, direct: list[Quote], coref: CorefMap) -> list[Quote]:
    """Rule 6: "X said (on Monday) that ..." outside any direct quote."""
    found: list[Quote] = []
    speakers = [q.speaker for q in direct if q.speaker is not None]
    for sentence in doc.sentences:
        tokens = tokenize(doc.text, sentence.start, sentence.end)
        for i in range(len(tokens)):
            n = is_cue(tokens, i)
            if not n or tokens[i].lower == "according":
                continue
            that = next(
                (j for j in range(i + n, min(len(tokens), i + n + 5)) if tokens[j].lower == "that"),
                None,
            )
            if that is None or any(t.text in ',.;:“”"' for t in tokens[i + n : that]):
                continue
            if that + 1 >= len(tokens):
                continue
            start = tokens[that + 1].start
            end = sentence.end
            while end > start and doc.text[end - 1] in " .!?":
                end -= 1
            evidence = Span.of(doc.text, start, end)
            if any(q.evidence.overlaps(evidence) for q in [*direct, *found]):
                continue
            speaker = choose_speaker(doc, tokens, i, 0, that, speakers, coref)
            cue = Span.of(doc.text, tokens[i].start, tokens[i + n - 1].end)
            found.append(Quote(speaker, evidence.text, evidence, cue=cue, direct=False))
    return found
