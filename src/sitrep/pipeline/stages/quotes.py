"""Quotes stage: who said what, direct and indirect, with the cue verb as evidence.

The rules live in `sitrep.quotes`; the cascade, in order:
1. pieces (`sitrep.quotes.pieces`, `sitrep.quotes.marks`): quotation marks pair up
   within a paragraph in every news convention (“ closes at ” or '"', or at a “ typed
   the wrong way round after a word: "“It's unusual,“ said Noble"; a straight '"'
   at '"' or at a ” that closes no “ inside it, '' at '', `` at '', and British ‘
   at a ’ that clearly closes a quotation);
   an unclosed double quote runs to the end of its paragraph.
2. cues (`sitrep.quotes.cues`): a programme's title where the speaker spoke ("said on
   ABC’s “This Week”"), a work's title named by its verb ("a memo titled “The Facts
   …”") or a markup attribute's value is no quote and takes no cue;
   (a) a transcript label ("“WALLACE: …"), (b) a dash signature ("“…” ― Jorge
   Falcon"), (c) a cue after the closing mark ("“…,” the ministry said", "“…,"
   according to CNN"; a mixed quote when the quote opens inside its sentence), (d) a
   cue before the opening mark ("X said: “…”", also a short quotation that is a full
   sentence: "told Reuters simply, “We lost.”"; a partial quote for "vowed to
   “retaliate”"),
   (e) a colon with no cue word ("Cruz called them on it: “…”"), (f) a text that
   "read" its words ("“…,” the email read") and "as X put it", (g) a verb of naming
   ("called the system “rigged”": a partial quote from the object named, or "what", to
   the closing mark).
3. speakers (`sitrep.quotes.speakers`, `sitrep.quotes.subjects`,
   `sitrep.quotes.phrases`): "X quoted Y as saying" gives Y; pronouns, role and
   group phrases by coreference (an unresolved pronoun speaks as written; a headline
   names no antecedent, a surname is never completed from a later namesake); the
   clause subject past an appositive, an auxiliary, a participle, an infinitive or an
   introductory phrase; a common noun heading the subject speaks as its phrase ("A
   Charleston man", "Defence analysts"), not a name modifying it; else the nearest
   actor on the subject side, completed by its chain; else the cue's subject noun
   phrase as written, never a bare determiner or a clause ("although industry
   experts" -> "industry experts"). The addressee of "told" never speaks; a role
   never runs over a sentence end.
4. joining (`sitrep.quotes.joining`): a quotation split by its cue or by a paragraph
   break is one quote, paragraphs that are each a cue-less quotation alone too; scare
   quotes (no cue, short or embedded) are dropped; a cue-less quote opening a paragraph
   goes on with the last speaker.
5. indirect quotes (`sitrep.quotes.indirect`): "X said (on Monday) that ...", "X said
   he would ...", "X said local officials should ...", "..., saying ...",
   "according to X, ...", "..., according to X", "..., a source said" and a refusal
   to speak ("He would not elaborate"); a report that enters a quotation runs to its
   closing mark; a cue word in another sense ("pleaded guilty", "responded and
   encountered", "recalled by his government") reports nothing.
6. mixed quotes (`sitrep.quotes.mixed`): a quotation inside a reported clause ("He
   said the plan was “a disaster” and would fail", "Cruz says that “…”", "The reality
   is, he added, “…”") gives way to the report, one attribution with direct=False;
   a quotation after a colon, or opening a sentence after "said,", stays direct.
A speaker named only by a generic body ("the Interior Ministry said") is linked to no
country's body: the knowledge base never matches such names loosely
(`sitrep.kb.actors.generic_force`).
"""

from __future__ import annotations

from sitrep.pipeline.document import Document
from sitrep.pipeline.resources import Resources
from sitrep.quotes import find_quotes


class QuotesStage:
    name = "quotes"
    version = "33"
    requires: tuple[str, ...] = ("sentences", "entities", "places", "actors")
    assigns: tuple[str, ...] = ("quotes",)

    def __init__(self, resources: Resources | None = None) -> None:
        self._resources = resources

    def __call__(self, doc: Document) -> None:
        doc.quotes = find_quotes(doc)
