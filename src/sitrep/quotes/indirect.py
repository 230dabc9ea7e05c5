"""Indirect quotes: reported speech with no quotation marks.

Rules, in order (the first that fits a cue wins):
1. a cue followed within `THAT_REACH` words by "that" ("X said that ...", "X warned on
   Monday that ...", "Clinton says at a stop in Toledo, Ohio, that ...") with only
   words and commas between, and no clause of its own there (a subject pronoun or a
   finite verb: "said he hopes it sends a message that ..."), gives a quote with
   direct=False whose text is the rest of the sentence from "that" (PolNeAR's coders
   keep the complementiser), its final punctuation trimmed. Verbs and nouns that report
   only with "that" right after them (`THAT_CUES`: "a poll shows that", "Trump's claim
   that") count too. A "that" followed by a finite verb is a relative pronoun ("the
   claim that was made") and opens nothing; a refusal to speak ("He would not
   elaborate, or comment on …", "Kadzik wouldn’t say", "declined to comment") is a
   speech act of its subject, its text what it withholds ("to comment", "whether …")
   up to the first comma, none when nothing follows the verb;
2. a cue with a subject before it (a word, or the comma, bracket or full stop closing
   an appositive, affiliation or abbreviation) and a clause right after it gives the
   rest of the sentence after the cue ("Trump said he would …", "Johnson said local
   election officials should …", "Trump says Hillary Clinton is lying"): the clause
   opens with a subject pronoun, or has a finite verb (an auxiliary, a modal, a past
   tense, a common present, or a present in "-s" after a short subject: "Aides said
   Obama enjoys the fight") within `VERB_REACH` words before its first punctuation; a
   day or "on Monday" right after the cue is skipped, a subordinator or preposition
   there ("said as he entered") opens no clause. "told"/"asked" and their kin take an
   addressee there, so only "that" opens their clause, or a subject pronoun after a
   short addressee ("told reporters he would …"); a verb of belief is a cue too ("Many
   officials believe relief is possible"), and evidence that "shows" a finding reports
   the rest of its sentence ("A poll out this week shows Clinton with a lead"); what
   was asked is a report too: "Asked whether …," to its comma, "asked him how …" from
   the question word, "asked residents to stay indoors" with its addressee, and so
   is what was urged ("urged Democrats to vote for the deal") and a subject's aim
   ("China wants to create trading routes"), a demand ("called on Congress to act"),
   an endorsement ("Christie endorsed Trump") or a speech act reported by its object
   ("Obama announced a series of steps", "accused Kyiv of shelling the plant");
3. a participle after a comma reports the rest of the sentence ("Trump defended the
   remark, saying he was joking"; "…, adding the talks would resume");
4. "according to X" gives the clause after its comma when it opens the sentence or a
   clause after a colon ("According to the ministry, 40 people died", "(According to
   police, …)", "It has not gone unnoticed: According to polls, …"), else the clause
   before it
   ("40 people died, according to the ministry"); a source that opens its sentence
   with "In" reports the same way ("In a CNN poll released Monday, 50 percent of
   voters …"), unless it is a statement or interview whose speaker a cue names after
   its comma ("In a statement, the RSF said …");
5. a cue ending its sentence reports the clause before the comma that opens its
   subject ("The talks will resume next week, a source said.", "…, said the ministry",
   "…, Smith, a spokesman, said on Monday."): the content must hold a finite verb, and
   after the cue only the speaker and its circumstance may stand (a participle, or a
   cue ending in ',' or ':', introduces what follows instead); a cue clause between
   commas inside its sentence ("The museum, Mr. Bush said, celebrated …") reports both
   sides, its text without the cue clause, when a finite verb stands after it or in a
   main clause before it ("There was, she said, “an implicit bargain.”"); a relative
   clause about the speaker after the cue ("…, said resident Shaya Tenenbaum, who
   added that …") is no circumstance but a report of its own;
6. a report never crosses a paragraph break, a capitalised cue word inside a
   sentence is a name ("the United States"; not the sentence's first word after a
   bracket or a colon: "(According to police, …)") and one in "-s" after a numeral a plural
   noun ("three states that border Mexico"); the content ends before a second speech
   act of its speaker ("… and warned …", "…, adding …", a verb of naming too: "…
   and calls her “…”"); a cue inside quotation marks
   is quoted speech, not a report; a span that overlaps a direct quote, or an indirect
   quote already found, is skipped; a report that enters a quotation runs to its
   closing mark, as a full stop inside the marks ends the speaker's sentence, not the
   report ("Trump said that “ethanol people” “do a fantastic job. And it’s so
   important.”"); a cue word in another sense reports nothing: a passive participle
   ("recalled by his government"), a plea ("pleaded guilty Monday") or acting and
   going on ("officers responded and encountered a man", "the manhunt continues for
   Rudolph") with no "that", quotation or colon after it, and an agentless "as (was
   previously) reported";
7. the speaker is chosen as for direct quotes (`sitrep.quotes.speakers`), on the
   subject side of the content;
8. a paragraph opened by a short capitalised label and a colon is that speaker's
   words: a headline ("Marco Rubio: I’m Not Interested In Being Vice President") or a
   transcript line ("BENENSON: Senator Sanders doesn’t …"); not an item's label
   ("Update:"), a title opened by an article ("The Latest:"), a place ("Gaza:
   Israeli strikes kill 30", a dateline's "ISLAMABAD:") or a tally.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.coref import CorefMap
from sitrep.events.speech import DETERMINERS, is_cue, is_sentence_end
from sitrep.events.tokens import SUBORDINATORS, Tok
from sitrep.model import Actor, Quote, Span
from sitrep.pipeline.document import Document
from sitrep.quotes.marks import (
    MARK_TOKENS,
    Quoted,
    past_quotation,
    quote_tokens,
    quoted_spans,
)
from sitrep.quotes.mixed import is_part_of, report_end
from sitrep.quotes.speakers import ADDRESS_CUES, choose_speaker
from sitrep.quotes.subjects import INTRODUCERS, RELATIVES, is_adverb

#: how many words may stand between a cue and its "that" ("said on Monday night that").
THAT_REACH = 12
#: verbs and nouns that report content only when "that" follows them ("the poll shows
#: that"); the speech cues proper are `sitrep.events.speech.CUE_WORDS`.
THAT_CUES = frozenset(
    {
        "shows", "showed", "show", "found", "finds", "suggested", "suggests", "indicated",
        "indicates", "charged", "charges", "believes", "believed", "argue", "contends",
        "contended", "maintained", "maintains", "agreed", "agree", "revealed", "reveals",
        "demanding", "confirming", "stressing", "suggesting", "conceded", "hinted",
        "claim", "claiming", "assertion", "insistence", "emphasis", "signaled", "signalled",
        "reports", "learned", "realized", "estimated", "estimates",
    }
)  # fmt: skip
#: verbs of naming: their quoted complement is the speaker's words ("called it “a
#: disgrace”", `sitrep.quotes.cues` rule 4'); after a report they are a second speech act.
NAMING_CUES = frozenset(
    {"called", "calls", "calling", "dubbed", "dubs", "dubbing", "labeled", "labelled", "labels",
     "labeling", "labelling", "branded", "brands", "branding"}
)  # fmt: skip
#: how many words a subject may have before a cue that ends its sentence (rule 5).
SUBJECT_REACH = 8
#: how many words a finite verb may stand into a reported clause (rule 2).
VERB_REACH = 12

#: subject pronouns that open a reported clause right after its cue ("said he would …");
#: any other word ("it", "the", "his", a name) needs a finite verb after it, and one
#: between a cue and "that" opens a clause of its own.
_CLAUSE_OPENERS = frozenset({"he", "she", "they", "we", "i", "you", "there"})
#: auxiliaries, modals and common irregular past tenses: a clause's finite verb.
_FINITE = frozenset(
    {
        "is", "are", "was", "were", "will", "would", "should", "could", "can", "may",
        "might", "must", "shall", "has", "have", "had", "did", "does", "do", "isn’t",
        "aren’t", "wasn’t", "weren’t", "won’t", "wouldn’t", "can’t", "couldn’t", "didn’t",
        "doesn’t", "don’t", "hasn’t", "haven’t", "isn't", "aren't", "wasn't", "weren't",
        "won't", "wouldn't", "can't", "couldn't", "didn't", "doesn't", "don't", "hasn't",
        "haven't", "made", "got", "went", "came", "took", "gave", "knew", "thought",
        "left", "won", "lost", "saw", "found", "felt", "kept", "ran", "became", "began",
        "brought", "fell", "led", "meant", "paid", "sent", "spent", "stood", "needs",
        "wants", "remains", "seems", "plans", "believes", "knows", "thinks", "lies",
        "want", "need", "believe", "think", "know", "feel",
        "makes", "gives", "helps", "takes", "gets", "goes", "looks", "means", "works",
        "comes", "keeps", "hopes", "expects", "supports", "opposes", "deserves", "owes",
        "understands", "likes", "hates", "loves", "lacks", "faces", "poses", "risks",
    }
)  # fmt: skip
#: words right after a cue that date the speech, not its content ("said Monday the …").
_WHEN = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "today", "yesterday", "tonight", "on", "last", "night", "week", "earlier", "later",
        "recently", "this", "morning", "afternoon", "evening",
    }
)  # fmt: skip
#: words that open no reported clause ("said as he entered", "said to reporters").
_NOT_SUBJECTS = SUBORDINATORS | {
    "to",
    "that",
    "in",
    "at",
    "of",
    "for",
    "with",
    "by",
    "from",
    "about",
    "over",
    "on",
}
#: numerals before a plural noun that a cue word may spell ("three states that …").
_NUMERALS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens"}
)
#: punctuation that ends a clause before its finite verb is found.
_STOPS = frozenset(",.;:!?()—–") | MARK_TOKENS


@dataclass(frozen=True)
class _Content:
    """A reported clause: its character offsets, the token bounds of the speaker's
    search, and the cue clause inside it when it splits the content ("…, he said, …")."""

    start: int
    end: int
    lo: int
    hi: int
    gap: tuple[int, int] | None = None

    def text(self, doc_text: str, end: int) -> str:
        """The reported words, without the cue clause that splits them."""
        if self.gap is None or self.gap[1] >= end:
            return doc_text[self.start : end]
        return f"{doc_text[self.start : self.gap[0]]} {doc_text[self.gap[1] : end]}"


def indirect_quotes(doc: Document, direct: list[Quote], coref: CorefMap) -> list[Quote]:
    """Rules 1-7: reported speech outside any direct quote; in each sentence the speech
    cues first, then stated views and aims, which give way to a report that holds them
    ("The army plans to launch an offensive, military sources said" is the sources'
    report), then refusals to speak, which give way to a report they hold ("Cook
    declined to say whether …"); a paragraph with a speaker's label (rule 8) first."""
    found = labelled_speech(doc, direct, coref)
    speakers = [q.speaker for q in direct if q.speaker is not None]
    marks = quoted_spans(doc.text)
    for start, stop in _clause_spans(doc):
        tokens = quote_tokens(doc.text, start, stop)
        for cue_length in (_speech_cue, stance_cue, refusal_cue):
            for i in range(len(tokens)):
                n = cue_length(tokens, i)
                quote = _report(doc, tokens, i, n, marks, (direct, found), speakers, coref)
                if quote is None:
                    continue
                found.append(quote)
                if quote.speaker is not None:  # a later "they said" may continue it
                    speakers.append(quote.speaker)
    return found


#: how many words a speaker's label before a colon may have ("Sen. Bernie Sanders:").
LABEL_REACH = 4
#: labels of a paragraph that name no speaker ("Update: …", "Photo: …"), and the
#: wire's own kinds of story ("Factbox: Who are Sudan's RSF?", "Explainer: …").
_NOT_SPEAKERS = frozenset(
    {
        "update", "updated", "photo", "photos", "video", "watch", "related", "read",
        "source", "sources", "note", "editor", "correction", "clarification", "more",
        "live", "breaking", "exclusive", "analysis", "opinion", "poll", "q", "question",
        "see", "also", "warning", "disclosure", "caption", "credit", "listen", "transcript",
        "factbox", "explainer", "timeline", "profile", "factcheck", "fact", "graphic",
        "graphics", "interview", "obituary", "insight", "preview", "scenarios", "map",
        "maps", "chart", "podcast", "editorial", "commentary", "feature", "interactive",
    }
)  # fmt: skip


def labelled_speech(doc: Document, taken: list[Quote], coref: CorefMap) -> list[Quote]:
    """Rule 8: a paragraph opened by a name and a colon gives that name's words, the
    rest of the paragraph: a headline ("Marco Rubio: I’m Not Interested In Being Vice
    President"), a transcript line ("BENENSON: Senator Sanders doesn’t get to decide
    …"). The label is a few capitalised words; one that names a kind of item ("Update:",
    "Photo:") is no speaker, and a paragraph already quoted is left to its quote."""
    found: list[Quote] = []
    start = 0
    for line in doc.text.split("\n"):
        line_start, start = start, start + len(line) + 1
        tokens = quote_tokens(doc.text, line_start, line_start + len(line))
        colon = next((k for k, t in enumerate(tokens[: LABEL_REACH + 2]) if t.text == ":"), None)
        if colon is None or colon == 0 or len(tokens) < colon + 3:
            continue
        label = tokens[:colon]
        words = [t for t in label if t.text[:1].isalnum()]
        if len(words) > LABEL_REACH or not all(t.is_cap for t in words):
            continue  # "Democrats' new warning:", a sentence's own colon
        if any(t.lower.strip(".") in _NOT_SPEAKERS for t in words):
            continue
        if len(words) > 1 and words[0].lower in ("the", "a", "an"):
            continue  # "The Latest:", a column's title, not a speaker
        if _place_label(doc, label[0].start, label[-1].end):
            continue  # "Ukraine: Russian missiles kill 12", "ISLAMABAD: …": a topic
        if sum(t.text[:1].isalpha() for t in tokens[colon + 1 :]) < 3:
            continue  # "Clinton: 1,769": a tally, not words
        end = tokens[-1].end
        while end > tokens[colon + 1].start and doc.text[end - 1] in " .!?,":
            end -= 1
        evidence = Span.of(doc.text, tokens[colon + 1].start, end)
        if any(q.evidence.overlaps(evidence) for q in taken):
            continue
        who = Span.of(doc.text, label[0].start, label[-1].end)
        speaker = coref.resolve(who) or Actor(who.text, who)
        cue = Span.of(doc.text, tokens[colon].start, tokens[colon].end)
        found.append(Quote(speaker, evidence.text, evidence, cue=cue, direct=False))
    return found


def _place_label(doc: Document, start: int, end: int) -> bool:
    """Rule 8: is the label a place ("Gaza:", "Ukraine:", a dateline's "ISLAMABAD:")?
    A headline names its story's place so, and a place says nothing; not a name the
    article gives a person in full ("Sanders:" after "Bernie Sanders")."""
    label = doc.text[start:end].lower()
    if any(
        len(e.evidence.text.split()) > 1 and e.evidence.text.lower().endswith(" " + label)
        for e in doc.entities
    ):
        return False
    return any(p.evidence.start <= start and end <= p.evidence.end for p in doc.places) or any(
        e.label in ("GPE", "LOC") and e.evidence.start <= start and end <= e.evidence.end
        for e in doc.entities
    )


def _speech_cue(tokens: list[Tok], i: int) -> int:
    """The length of a speech cue at token i: a cue word, a "that" cue (rule 1) or a
    source that opens its sentence (rule 4')."""
    return is_cue(tokens, i) or that_cue(tokens, i) or source_opener(tokens, i)


#: words that name a work by the title quoted right after them ("a report titled “…”").
TITLING = frozenset({"titled", "entitled"})
#: documents and findings that speak for their source when a sentence opens with them
#: ("In a CNN poll released Monday, 50 percent of voters …").
SOURCE_NOUNS = frozenset(
    {
        "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports",
        "statement", "statements", "interview", "letter", "memo", "memos",
    }
)  # fmt: skip
#: sources that are speech of a speaker named after them ("In a statement, the RSF
#: said …"): they report only when no speech cue follows in the sentence.
_SPOKEN_SOURCES = frozenset({"statement", "statements", "interview", "letter", "memo", "memos"})
#: how many words may stand between "In" and its source noun ("In a new CNN/ORC poll").
SOURCE_REACH = 5


def source_opener(tokens: list[Tok], i: int) -> int:
    """Rule 4': "In a poll (released Monday), X …" opens its sentence with its source as
    "According to X, …" does: "In" leading its clause, a source noun within
    `SOURCE_REACH` words after it, then a comma; a statement, interview or letter whose
    speaker a speech cue names after the comma ("In a statement, the RSF said …") is
    left to that cue. The length of the cue, "In" to the noun, else 0."""
    if tokens[i].lower != "in" or not _source_leads(tokens, i):
        return 0
    end = min(len(tokens), i + 2 + SOURCE_REACH)
    noun = next((k for k in range(i + 1, end) if tokens[k].lower in SOURCE_NOUNS), None)
    if noun is None or any(not t.text[:1].isalnum() for t in tokens[i + 1 : noun]):
        return 0
    comma = next((k for k in range(noun + 1, len(tokens)) if tokens[k].text == ","), None)
    if comma is None or any(t.text in _STOPS and t.text != "," for t in tokens[noun:comma]):
        return 0
    if tokens[noun].lower in _SPOKEN_SOURCES and any(
        is_cue(tokens, k) for k in range(comma + 1, len(tokens))
    ):
        return 0
    return noun - i + 1


def stance_cue(tokens: list[Tok], i: int) -> int:
    """The length of a cue of a stated view, finding or aim at token i (rule 2): a
    belief, "shows", an aim, a demand or an endorsement."""
    return (
        belief_cue(tokens, i)
        or shows(tokens, i)
        or wants(tokens, i)
        or calls_for(tokens, i)
        or endorses(tokens, i)
    )


#: verbs by which evidence speaks: a poll, a record or a video "shows" what it finds.
_SHOWING = frozenset({"show", "shows", "showed"})
#: words before "show(s)" that make it a noun ("TV shows", "the show").
_SHOW_NOUN = frozenset({"the", "a", "an", "talk", "tv", "his", "her", "their", "its", "our"})
#: words after it that make it no report ("showed up", "shows signs of", "shows how").
_SHOW_NOT = frozenset({"up", "off", "no", "signs", "sign", "how", "what"})


#: verbs of wanting, planning and hoping: a stated aim of the subject ("China wants to
#: create …", "The senator plans to introduce …").
_WANTING = frozenset(
    {
        "want", "wants", "wanted", "plans", "planned", "hopes", "hoped", "intends",
        "intended", "expects", "expected",
    }
)  # fmt: skip


def wants(tokens: list[Tok], i: int) -> int:
    """Rule 2 (an aim): "The former secretary wants to cement her lead": a subject's
    stated aim, reported from "to" to the sentence end or the reporter's own clause
    after it (`_demand_end`); 1, else 0."""
    if tokens[i].text not in _WANTING or i == 0 or i + 3 >= len(tokens):
        return 0
    if not tokens[i - 1].text[:1].isalnum() or tokens[i + 1].lower != "to":
        return 0
    return 1


#: "called for", "called on": a demand, its content the object after the particle.
_CALLING = frozenset({"called", "calls", "calling", "call"})
#: verbs of endorsing: a stance taken towards what follows ("endorsed Clinton").
_ENDORSING = frozenset({"endorsed", "endorses", "endorsing"})
#: verbs that report a speech act by its object: what was announced, confirmed,
#: reported, criticised or condemned, whom one accused or blamed ("Obama announced a
#: series of steps", "the ministry confirmed the deal", "authorities reported at least
#: 20 victims", "accused Kyiv of shelling the plant"); "reports" is left out, being
#: as often the noun ("news reports said").
#: Verbs that also name an act done to the object ("defended the city", "supported
#: the rebels", "dismissed the general", "denied them entry") are left out.
_OBJECT_REPORTS = frozenset(
    {
        "announced", "announces", "confirmed", "confirms", "criticized", "criticised",
        "criticizes", "criticises", "condemned", "condemns", "denounced", "denounces",
        "praised", "praises", "accused", "accuses", "blamed", "blames", "rejected",
        "rejects", "reported",
    }
)  # fmt: skip
#: be- and have-auxiliaries before a participle that make it passive ("was
#: announced", "were confirmed dead"): the subject is what was reported, no speaker.
_PASSIVE_BEFORE = frozenset({"was", "were", "is", "are", "be", "been", "being"})
#: verbs of checking that a wire agency writes of its own work ("Reuters confirmed the
#: location of the video"): the reporter's narration, no one's speech.
_VERIFYING = frozenset({"confirmed", "confirms"})
#: the wire agencies that write news copy.
_WIRE_AGENCIES = frozenset({"reuters", "ap", "afp"})


def _wire_agency(tokens: list[Tok], k: int) -> bool:
    """Whether the subject ending at token k is a wire agency ("Reuters", "AFP", "The
    Associated Press")."""
    word = tokens[k].lower
    return word in _WIRE_AGENCIES or (
        word == "press" and k > 0 and tokens[k - 1].lower == "associated"
    )


#: articles before a participle that make it a noun or an adjective ("the accused",
#: "the reported attack"): no speech act.
_ARTICLES = frozenset({"the", "a", "an"})


def calls_for(tokens: list[Tok], i: int) -> int:
    """Rule 2 (a demand): "Trump called for the president to resign", "called on
    Congress to act": what is demanded, from after "for"/"on" to the sentence end or
    the reporter's own clause after it (`_demand_end`), the cue two words; else 0."""
    if tokens[i].text not in _CALLING or i == 0 or i + 3 >= len(tokens):
        return 0
    if not tokens[i - 1].text[:1].isalnum() or tokens[i + 1].lower not in ("for", "on"):
        return 0
    return 2 if tokens[i + 2].text[:1].isalnum() else 0


#: words that open the occasion of a demand, the reporter's own narrative ("called
#: for a ceasefire after the RSF shelled El Fasher, killing 20 people").
_OCCASION = frozenset({"after", "amid"})


#: words that open, after a comma, the reporter's note on a place or thing named in a
#: demand or aim ("to retake Lashio, which rebels captured in August").
_NARRATED = frozenset({"where", "which", "whose", "who", "when", "after", "amid"})


#: conjunctions that, after a comma, open the reporter's next clause ("blamed Moscow
#: for the outage, and the European Union rejected the vote").
_NEXT_CLAUSE = frozenset({"and", "but", "while", "whereas"})


def _demand_end(tokens: list[Tok], lo: int) -> int:
    """Rule 2 (a demand, an aim, an endorsement): where what was demanded, urged, aimed
    at or endorsed ends: before its occasion, "amid …" or "after" and a clause ("after
    the RSF shelled El Fasher"; not "to resign after the attack"), or a relative clause
    after a comma (", where the RSF killed dozens"), or a conjunction after a comma
    that opens the reporter's next clause (", and the EU rejected …"), a comma before
    it; else at the sentence end."""
    for k in range(lo + 1, len(tokens)):
        word = tokens[k].lower
        if tokens[k - 1].text == "," and word in _NARRATED:
            return tokens[k - 2].end  # "to retake Lashio, which rebels captured in August"
        if tokens[k - 1].text == "," and word in _NEXT_CLAUSE:
            return tokens[k - 2].end  # "blamed Moscow for the outage, and the EU …"
        if word == "amid" or (word == "after" and _has_finite(tokens, k + 2, k + 8)):
            j = k - 1 if tokens[k - 1].text == "," else k
            return tokens[j - 1].end
    return tokens[-1].end


def _subordinate_end(tokens: list[Tok], i: int) -> int:
    """Rule 2 (a speech act by its object): where the object ends when the cue stands in
    a subordinate or relative clause ("When Trump announced his candidacy in June, he
    …", "Clinton, who once praised the deal, now opposes it"): at the comma that closes
    that clause, since what follows is the reporter's main clause; else at the sentence
    end."""
    k = i - 1
    while k >= 0 and tokens[k].text not in (",", ";", ":"):
        if tokens[k].lower in SUBORDINATORS:
            comma = next((j for j in range(i + 1, len(tokens)) if tokens[j].text == ","), None)
            return tokens[comma - 1].end if comma is not None else tokens[-1].end
        k -= 1
    return tokens[-1].end


def _before_demand(tokens: list[Tok], i: int, end: int) -> int:
    """Rule 2 (a speech act by its object): the object ends before "and" and a demand of
    the same speaker ("condemned the attack on the hospital and called for calm"), which
    is a report of its own (`calls_for`); else at `end`."""
    for k in range(i + 2, len(tokens) - 1):
        if tokens[k].end > end:
            break
        if tokens[k].lower == "and" and calls_for(tokens, k + 1):
            return tokens[k - 1].end
    return end


def endorses(tokens: list[Tok], i: int) -> int:
    """Rule 2 (a stance): "Christie endorsed Trump for president", "Obama announced a
    series of steps", "Moscow accused Kyiv of shelling the plant": what is endorsed,
    announced, confirmed, criticised or charged (`_OBJECT_REPORTS`), from the object
    to the sentence end or the reporter's own clause after it (`_demand_end`); the
    subject may close with a bracket or an appositive's comma ("The Rapid Support
    Forces (RSF) accused …"); not a passive ("was announced", "criticized by") nor a
    verb whose object is a time or a preposition's ("announced on Monday that …" is
    rule 1's); 1, else 0."""
    word = tokens[i].text
    if word not in _ENDORSING and word not in _OBJECT_REPORTS:
        return 0
    if i == 0 or i + 2 >= len(tokens):
        return 0
    prev, nxt = tokens[i - 1], tokens[i + 1]
    subject = prev.text[:1].isalnum() or (word in _OBJECT_REPORTS and _subject_ends(tokens, i - 1))
    if not subject or not nxt.text[:1].isalnum() or nxt.lower == "by":
        return 0
    if word not in _OBJECT_REPORTS:
        return 1
    if prev.lower in _PASSIVE_BEFORE or prev.lower in _ARTICLES:
        return 0  # "was announced"; "The accused denied the charges": a noun
    if word in _VERIFYING and _wire_agency(tokens, i - 1):
        return 0  # "Reuters confirmed the authenticity of the video": the reporter's check
    if nxt.lower == "at" and tokens[i + 2].lower in ("least", "most"):
        return 1  # "reported at least 20 dead": a count is the object
    return 0 if nxt.lower in _NOT_SUBJECTS or nxt.lower in _WHEN else 1


def shows(tokens: list[Tok], i: int) -> int:
    """Rule 2''': "A poll out this week shows Clinton with an 8-point lead": evidence
    that shows a state of affairs reports it, as a speaker would, and its content is the
    rest of the sentence; not the noun ("talk shows") nor "showed up": 1, else 0."""
    if tokens[i].text not in _SHOWING or i == 0 or i + 2 >= len(tokens):
        return 0
    prev, nxt = tokens[i - 1], tokens[i + 1]
    if not prev.text[:1].isalnum() or prev.lower in _SHOW_NOUN:
        return 0
    if not nxt.text[:1].isalnum() or nxt.lower in _SHOW_NOT | _NOT_SUBJECTS or is_finite(nxt):
        return 0
    return 1


#: verbs of belief: a speaker's stated view, reported like speech ("I think he will
#: win", "Many officials believe relief is possible only in bankruptcy").
BELIEF_CUES = frozenset({"think", "thinks", "believe", "believes", "believed"})


def belief_cue(tokens: list[Tok], i: int) -> int:
    """Rule 2'': a verb of belief in lower case after its subject (a word) reports the
    clause after it, like a speech cue: 1, else 0."""
    tok = tokens[i]
    if tok.text not in BELIEF_CUES or i == 0 or not tokens[i - 1].text[:1].isalnum():
        return 0
    return 1


def _report(
    doc: Document,
    tokens: list[Tok],
    i: int,
    n: int,
    marks: list[Quoted],
    quotes: tuple[list[Quote], list[Quote]],
    speakers: list[Actor],
    coref: CorefMap,
) -> Quote | None:
    """The report of the cue of n tokens at token i, unless rule 6 rules it out; quotes
    holds the direct quotes and the reports found so far."""
    direct, found = quotes
    if not n or any(q.open <= tokens[i].start < q.close for q in marks):
        return None  # a cue inside a quotation ("“he said this, he tweeted that.”")
    if i > 0 and ((tokens[i].is_cap and not _opens_words(tokens, i)) or _counted_noun(tokens, i)):
        return None  # a name or a counted noun, not a verb ("the United States")
    if not_speech(tokens, i):
        return None  # "officers responded and encountered", "pleaded guilty"
    content = reported_content(tokens, i, n)
    if content is None:
        return None
    end = _before_next_cue(tokens, content)
    while end > content.start and doc.text[end - 1] in " .!?,":
        end -= 1
    if end <= content.start:
        return None
    end = past_quotation(marks, content.start, end)
    evidence = Span.of(doc.text, content.start, end)
    cue = Span.of(doc.text, tokens[i].start, tokens[i + n - 1].end)
    if any(
        q.evidence.overlaps(evidence) and not is_part_of(doc.text, evidence, cue, q)
        for q in [*direct, *found]
    ):
        return None  # a quotation part of the report gives way to it (`mixed`)
    parts = [q for q in direct if is_part_of(doc.text, evidence, cue, q)]
    end = report_end(doc.text, end, parts)
    evidence = Span.of(doc.text, content.start, end)
    speaker = choose_speaker(doc, tokens, i, content.lo, content.hi, speakers, coref)
    return Quote(speaker, content.text(doc.text, end), evidence, cue=cue, direct=False)


#: auxiliaries of an agentless passive cue ("as was reported", "as has been said").
_PASSIVE_AUX = frozenset({"was", "were", "is", "are", "been", "has", "had", "have"})
#: verbs that also name a plea in court, and the words that make them one.
_PLEAS = frozenset({"pleaded", "pleads", "pleading", "pled"})
_PLEA_WORDS = frozenset({"guilty", "not", "innocent", "no"})
#: speech cues that also mean acting or going on ("responded to the call").
_ACTING_SENSES = frozenset(
    {"responded", "responds", "reacted", "retaliated", "continued", "continues", "answered"}
)


def not_speech(tokens: list[Tok], i: int) -> bool:
    """Rule 6''': a cue word used in a sense other than speech reports nothing: a
    passive participle ("Castro Arenas, recalled by his government, said …": its
    subject is no speaker), a plea ("pleaded guilty Monday", "pleads not guilty"), and
    a verb of acting or going on
    ("Five officers responded and encountered a man", "the manhunt continues for
    Rudolph") unless "that", a quotation mark or a colon follows it, past a day
    ("Nehlen responded Friday that …"), or it ends its sentence ("…, she continued.");
    an agentless "as (was) reported" names no speaker either."""
    cue = tokens[i].lower
    if cue.endswith("ed") and i + 1 < len(tokens) and tokens[i + 1].lower == "by":
        return True  # a passive participle: "Castro Arenas, recalled by his government,"
    if _as_reported(tokens, i):
        return True
    k = _past_when(tokens, i + 1)
    after = tokens[k] if k is not None else None
    if after is None:
        return False
    if cue in _PLEAS:
        return after.lower in _PLEA_WORDS
    if cue not in _ACTING_SENSES:
        return False
    return after.lower != "that" and after.text not in MARK_TOKENS and after.text not in ",:"


def _as_reported(tokens: list[Tok], i: int) -> bool:
    """Is the cue an agentless "as (was previously) reported": a note that others said
    so, with no speaker of its own ("…, as was previously reported")?"""
    k = i - 1
    while k >= 0 and (tokens[k].lower in _PASSIVE_AUX or is_adverb(tokens[k])):
        k -= 1
    return k >= 0 and tokens[k].lower == "as"


def _counted_noun(tokens: list[Tok], i: int) -> bool:
    """Rule 6'': a cue word in "-s" after a numeral is a plural noun ("three states that
    border Mexico", "two reports that …"), no verb."""
    prev = tokens[i - 1].lower
    return tokens[i].lower.endswith("s") and (prev.isdigit() or prev in _NUMERALS)


def _before_next_cue(tokens: list[Tok], content: _Content) -> int:
    """Rule 6': the content ends before a second speech act of its speaker ("said he
    would order a review and warned against hackers", "…, adding that …", "… and
    calls her “…”")."""
    for k in range(len(tokens) - 1):
        tok = tokens[k]
        if tok.start <= content.start or tok.end > content.end:
            continue
        if content.gap is not None and content.gap[0] <= tok.start < content.gap[1]:
            continue  # the cue clause that splits the report is no second speech act
        nxt = tokens[k + 1]
        if tok.text == ";" or (tok.text == "," and nxt.lower == "but"):
            return tok.start  # a second clause the speaker may not have said
        if tok.lower == "and" and _second_act(tokens, k + 1) and not nxt.is_cap:
            return tok.start
        if tok.text == "," and nxt.lower.endswith("ing") and _second_act(tokens, k + 1):
            return tok.start
    return content.end


def _second_act(tokens: list[Tok], k: int) -> bool:
    """Rule 6': is token k a speech act of its own after a report: a cue, a speech act
    reported by its object ("said that …, and accused the army of …") or a verb of
    naming ("He says he respects Clinton and calls her “an intelligent woman”", "…,
    calling them “very boring tax returns”")? A naming verb not followed by "for" or
    "on" ("called for a truce" is a demand of the report's own clause)."""
    if is_cue(tokens, k) or tokens[k].text in _OBJECT_REPORTS:
        return True  # "… said that …, and accused the army of …"
    after = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    return tokens[k].lower in NAMING_CUES and after not in ("for", "on", "off", "up")


def _clause_spans(doc: Document) -> list[tuple[int, int]]:
    """Each sentence cut at its paragraph breaks: reported speech never crosses one."""
    spans = []
    for sentence in doc.sentences:
        start = sentence.start
        for line in doc.text[sentence.start : sentence.end].split("\n"):
            if line.strip():
                spans.append((start, start + len(line)))
            start += len(line) + 1
    return spans


def reported_content(tokens: list[Tok], i: int, n: int) -> _Content | None:
    """The content the cue at token i reports, by the first of rules 1-5 that fits."""
    if tokens[i].lower in ("according", "in"):
        return _according(tokens, i, n)
    if shows(tokens, i):
        return _Content(tokens[i + 1].start, tokens[-1].end, 0, i)
    if wants(tokens, i) or endorses(tokens, i):
        end = _demand_end(tokens, i + 1)
        if tokens[i].text in _OBJECT_REPORTS:
            end = min(end, _subordinate_end(tokens, i), _before_demand(tokens, i, end))
        return _Content(tokens[i + 1].start, end, 0, i)
    if calls_for(tokens, i):
        return _Content(tokens[i + 2].start, _demand_end(tokens, i + 2), 0, i)
    if refusal_cue(tokens, i):
        return _refused(tokens, i, n)
    return (
        _that_clause(tokens, i, n)
        or _bare_clause(tokens, i, n)
        or _told_clause(tokens, i, n)
        or _asked_clause(tokens, i, n)
        or _described_as(tokens, i, n)
        or _participle_clause(tokens, i, n)
        or _content_before(tokens, i, n)
        or _parenthetical(tokens, i, n)
    )


def _that_clause(tokens: list[Tok], i: int, n: int) -> _Content | None:
    """Rule 1: "X said (on Monday) that …", "Clinton says at a stop in Toledo, Ohio,
    that …": only words and commas stand between the cue and "that", and "that" opens
    a clause (a relative "that was released" reports nothing)."""
    reach = _outside_titles(tokens, i + n, len(tokens))[:THAT_REACH]
    that = next((j for j in reach if tokens[j].lower == "that"), None)
    if that is None or that + 2 >= len(tokens):
        return None
    if is_finite(tokens[that + 1]):
        if that_cue(tokens, i) or _past_when(tokens, i + n) != that:
            return None  # a relative "the claim that was made" reports nothing
        return _Content(tokens[that].start, tokens[-1].end, 0, i)  # "said that was …"
    between = [tokens[j] for j in _outside_titles(tokens, i + n, that)]
    if any(t.text in _STOPS and t.text != "," for t in between):
        return None
    if any(
        t.lower in _CLAUSE_OPENERS or (is_finite(t) and not _document_participle(between, k))
        for k, t in enumerate(between)
    ):
        return None  # "said he hopes the day sends a message that …": a clause of its own
    return _Content(tokens[that].start, tokens[-1].end, 0, that)


#: nouns for what a body issues ("said in a statement released on Tuesday that …"):
#: the documents that speak for their source, and other things issued.
_DOCUMENT_NOUNS = SOURCE_NOUNS | frozenset(
    {
        "video", "message", "post", "communique", "communiqué", "note", "document",
        "declaration", "announcement", "bulletin", "release", "filing", "ruling", "order",
        "decree",
    }
)  # fmt: skip
#: participles that set a document where and how it was issued, not a clause.
_DOCUMENT_PARTICIPLES = frozenset(
    {
        "released", "issued", "published", "posted", "titled", "entitled", "signed",
        "sent", "distributed", "broadcast", "aired", "carried", "circulated", "shared",
    }
)  # fmt: skip


def _document_participle(between: list[Tok], k: int) -> bool:
    """Rule 1: is between[k] a participle after a document's noun ("said in a statement
    released on Tuesday that …", "said in a report published by the agency that …")?
    It tells of the document, not a clause of its own before "that"."""
    return (
        k > 0
        and between[k].lower in _DOCUMENT_PARTICIPLES
        and between[k - 1].lower in _DOCUMENT_NOUNS
    )


def _outside_titles(tokens: list[Tok], start: int, stop: int) -> list[int]:
    """The indexes of tokens[start:stop] outside a title quoted after "titled" or
    "entitled" ("said in a statement titled “The Truth About October 7” that …"): the
    title names the statement; it is no one's words and no clause of its own."""
    kept: list[int] = []
    inside = False
    for j in range(start, stop):
        if tokens[j].text in MARK_TOKENS:
            if inside:
                inside = False
                continue
            if j > start and tokens[j - 1].lower in TITLING:
                inside = True
                continue
        if not inside:
            kept.append(j)
    return kept


def that_cue(tokens: list[Tok], i: int) -> int:
    """Rule 1': a verb or noun that reports content only with "that" right after it
    ("a poll shows that …", "Trump's claim that …"): 1, else 0."""
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return 1 if tokens[i].lower in THAT_CUES and nxt == "that" else 0


#: verbs and auxiliaries that refuse speech before a speaking verb ("would not").
_REFUSERS = frozenset(
    {"would", "could", "did", "does", "will", "declined", "declines", "refused", "refuses"}
)
#: speaking verbs a refusal negates ("would not elaborate", "declined to comment").
_REFUSED = frozenset({"elaborate", "comment", "say", "speculate"})


def refusal_cue(tokens: list[Tok], i: int) -> int:
    """Rule 1'': a refusal to speak is a speech act of its subject ("He would not
    elaborate, or comment on whether …", "The ministry declined to comment"): the
    length of the cue ("would not elaborate", "wouldn't say") starting at token i,
    else 0."""
    first = tokens[i].lower
    if i == 0 or tokens[i - 1].lower in RELATIVES | {"that"}:
        return 0  # "… super PACs, which don't say": no speaker stands there
    if first.endswith(("n't", "n’t")) and first[:-3] in _REFUSERS | {"wo", "ca", "do"}:
        return 2 if i + 1 < len(tokens) and tokens[i + 1].lower in _REFUSED else 0
    if first not in _REFUSERS or i + 2 >= len(tokens):
        return 0
    link = "to" if first.startswith(("declin", "refus")) else "not"
    return 3 if tokens[i + 1].lower == link and tokens[i + 2].lower in _REFUSED else 0


def _refused(tokens: list[Tok], i: int, n: int) -> _Content | None:
    """Rule 1'': what a refusal withholds: "declined to comment", "refused to say
    whether …" from "to"; "would not say when …", "wouldn't comment on the case" from
    after the verb, past a day. It runs to the first comma or the sentence end; a
    refusal with nothing after it ("He would not elaborate.") withholds nothing named."""
    first = tokens[i].lower
    if first.startswith(("declin", "refus")):
        start: int | None = i + 1
    else:
        start = _past_when(tokens, i + n)
    if start is None or not tokens[start].text[:1].isalnum():
        return None
    stop = next(
        (k for k in range(start + 1, len(tokens)) if tokens[k].text in _STOPS),
        len(tokens),
    )
    if stop <= start + (1 if start == i + 1 else 0):
        return None
    return _Content(tokens[start].start, tokens[stop - 1].end, 0, i)


def _bare_clause(tokens: list[Tok], i: int, n: int) -> _Content | None:
    """Rule 2: "Trump said he would …", "Johnson said local officials should …": a
    subject word before the cue and a clause right after it."""
    if i == 0 or not _subject_ends(tokens, i - 1) or tokens[i].lower in _NO_BARE:
        return None
    start = _past_when(tokens, i + n)
    if start is None or not _opens_clause(tokens, start):
        return None
    return _Content(tokens[start].start, tokens[-1].end, 0, i + n)


#: cues of telling: an addressee stands between them and what was told.
_TELLING = frozenset({"told", "tells", "telling"})
#: how many words an addressee of "told" may have ("told a crowd in Ohio").
ADDRESSEE_REACH = 5


def _told_clause(tokens: list[Tok], i: int, n: int) -> _Content | None:
    """Rule 2': "Trump told reporters he would …", "told the crowd on Monday they …": a
    short addressee, then a clause opening with a subject pronoun (a noun there may be
    the addressee's own words: "told CNN the plan", so only a pronoun opens)."""
    if i == 0 or tokens[i].lower not in _TELLING or not _subject_ends(tokens, i - 1):
        return None
    for k in range(i + n + 1, min(len(tokens) - 2, i + n + 1 + ADDRESSEE_REACH)):
        tok = tokens[k]
        if not tok.text[:1].isalnum():
            return None  # the addressee ends at punctuation: no bare clause here
        if tok.lower in _CLAUSE_OPENERS and tok.lower != "you":
            return _Content(tok.start, tokens[-1].end, 0, i + n)
        if tok.lower in _NOT_SUBJECTS - {"on", "in", "at"} or is_finite(tok):
            return None
    return None


#: cues of asking, and the words that open what was asked ("asked whether …").
_ASKING = frozenset({"asked", "asks", "asking"})
#: cues of urging, which report a request only ("urged Democrats to vote for …").
_URGING = frozenset({"urged", "urges", "urging"})
_QUESTION_WORDS = frozenset({"whether", "if", "how", "what", "why", "who", "when", "where"})


def _asked_clause(tokens: list[Tok], i: int, n: int) -> _Content | None:
    """Rule 2'''': what was asked. "Asked whether he would run, Smith said …": a
    question opening the sentence runs to its comma; "Brzezinski asked him how he would
    handle …" from the question word, past a short addressee, to the sentence end; "HP
    asked workers to sign up for a pay cut": a request, its addressee included."""
    if tokens[i].lower not in _ASKING | _URGING:
        return None
    if i == 0:
        if tokens[i].lower not in _ASKING:
            return None  # "Urged by …": no speaker before it
        k = i + n
        if k < len(tokens) and tokens[k].lower == "about":
            k += 1  # "Asked about whether …"
        if k >= len(tokens) or tokens[k].lower not in _QUESTION_WORDS:
            return None
        comma = next((j for j in range(k, len(tokens)) if tokens[j].text == ","), None)
        if comma is None or comma <= k + 1:
            return None
        return _Content(tokens[k].start, tokens[comma - 1].end, comma + 1, len(tokens))
    if not _subject_ends(tokens, i - 1):
        return None
    for k in range(i + n, min(len(tokens) - 2, i + n + ADDRESSEE_REACH)):
        tok = tokens[k]
        if tok.lower in _QUESTION_WORDS and tokens[i].lower in _ASKING:
            return _Content(tok.start, tokens[-1].end, 0, i)
        if tok.lower == "to" and k > i + n:
            return _Content(tokens[i + n].start, _demand_end(tokens, i + n), 0, i)
        if not tok.text[:1].isalnum() or is_finite(tok):
            return None
    return None


#: cues of describing: what they report is their object and how it was described.
_DESCRIBING = frozenset({"described", "describes", "describing", "describe"})
#: how many words the object of "described" may have before its "as".
DESCRIBED_REACH = 8
_AS_STOPS = frozenset(",;:()—–")


def _described_as(tokens: list[Tok], i: int, n: int) -> _Content | None:
    """Rule 2''''': "Local officials described the flooding as the worst in decades":
    the object and its "as" phrase, to the next comma or the sentence end (a comma
    inside a quotation ends nothing: "as a “major breach of trust,”")."""
    if i == 0 or tokens[i].lower not in _DESCRIBING or not _subject_ends(tokens, i - 1):
        return None
    start = i + n
    reach = range(start + 1, min(len(tokens) - 1, start + 1 + DESCRIBED_REACH))
    as_at = next((k for k in reach if tokens[k].lower == "as"), None)
    if as_at is None:
        return None
    if any(t.text in _STOPS or is_finite(t) for t in tokens[start:as_at]):
        return None
    quoted = False
    end = len(tokens) - 1
    for k in range(as_at + 1, len(tokens)):
        tok = tokens[k]
        if tok.text in MARK_TOKENS:
            quoted = not quoted
        elif tok.text in _AS_STOPS and not quoted:
            end = k - 1
            break
    while (
        end > as_at and not tokens[end].text[:1].isalnum() and tokens[end].text not in MARK_TOKENS
    ):
        end -= 1
    if end <= as_at:
        return None
    return _Content(tokens[start].start, tokens[end].end, 0, i)


#: cues that take an addressee or an object, never a bare clause ("told reporters").
_NO_BARE = ADDRESS_CUES | {"urged", "described", "announced", "reported", "posted", "urges"}


def _subject_ends(tokens: list[Tok], k: int) -> bool:
    """Can a subject end at token k: a word, or the comma, bracket or full stop closing
    an appositive, an affiliation or an abbreviation ("Phil Lovas, the chairman, said",
    "Sen. David Perdue (R-Ga.) said", "The S.E.C. said"), never a quotation's comma?"""
    if tokens[k].text[:1].isalnum():
        return True
    return tokens[k].text in ",)." and k > 0 and tokens[k - 1].text not in _STOPS


def _past_when(tokens: list[Tok], k: int) -> int | None:
    """The first token after a dating phrase at k ("Monday", "on Tuesday"), or None
    when the sentence ends there."""
    j = k
    while j < len(tokens) and tokens[j].lower in _WHEN:
        j += 1
    return j if j + 2 < len(tokens) else None


def _opens_clause(tokens: list[Tok], k: int) -> bool:
    """Does a reported clause open at token k: a pronoun or determiner subject, or a
    finite verb before the first punctuation (rule 2)?"""
    first = tokens[k]
    if not first.text[:1].isalnum() or first.lower in _NOT_SUBJECTS:
        return False
    if first.lower in _CLAUSE_OPENERS or contracted_subject(first):
        return True
    return _has_finite(tokens, k + 1, k + VERB_REACH) or _present_after_subject(tokens, k)


#: endings of words in "-s" that are no present tense ("press", "status", "analysis").
_NOT_PRESENT = ("ss", "us", "is", "ics", "'s", "’s")
#: words before a word in "-s" that make it a noun, not a verb ("the talks", "of jobs").
_NOUN_MARKERS = DETERMINERS | _NOT_SUBJECTS | _NUMERALS | {"and", "or", "new", "more", "some"}
#: words after a word in "-s" that make it a noun ("reports of", "costs and", "talks with").
_NOUN_FOLLOWERS = frozenset({"of", "and", "or", "with", "from", "for", "in", "on", "that"})


def _present_after_subject(tokens: list[Tok], k: int) -> bool:
    """Rule 2: a present tense in "-s" right after a short subject opening at token k
    ("said Obama enjoys the fight", "said the company plans …"): within three words, a
    lower-case word in "-s" after a word that is no determiner, preposition or
    numeral, and before none that makes it a plural noun ("said reports of …", "said
    the talks were …" is found by its "were")."""
    for j in range(k + 1, min(len(tokens) - 1, k + 4)):
        tok, prev, nxt = tokens[j], tokens[j - 1], tokens[j + 1]
        if not tok.text.isalpha():
            return False
        if (
            tok.text.islower()
            and len(tok.text) > 3
            and tok.text.endswith("s")
            and not tok.text.endswith(_NOT_PRESENT)
            and prev.text[:1].isalnum()
            and prev.lower not in _NOUN_MARKERS
            and nxt.lower not in _NOUN_FOLLOWERS
            and nxt.text not in _STOPS
        ):
            return True
    return False


#: a subject pronoun with its auxiliary contracted onto it ("he’s", "it's", "they’re").
_CONTRACTED = re.compile(r"(he|she|it|they|we|i|you|there|that)['’](s|re|ll|d|ve|m)")


def contracted_subject(tok: Tok) -> bool:
    """Is the token a subject with its finite auxiliary ("it’s important", "he'd build")?
    It opens a clause as a pronoun does."""
    return _CONTRACTED.fullmatch(tok.lower) is not None


def _has_finite(tokens: list[Tok], lo: int, hi: int) -> bool:
    """Is there a finite verb in tokens[lo:hi] before any punctuation? An abbreviation's
    full stop is no punctuation ("said Mr. Bush had not yet won him over")."""
    for k in range(lo, min(hi, len(tokens))):
        tok = tokens[k]
        if tok.text == "." and not is_sentence_end(tokens, k):
            continue
        if tok.text in _STOPS:
            return False
        if is_finite(tok):
            return True
    return False


def is_finite(tok: Tok) -> bool:
    """An auxiliary, a modal, a common finite verb or a lower-case past tense; a
    capitalised word is a name ("in May", "Will Hurd")."""
    if tok.is_cap:
        return False
    if tok.lower.endswith(("n't", "n’t")) and len(tok.lower) > 4:
        return True  # any negated auxiliary or modal ("shouldn’t", "mustn't")
    return tok.lower in _FINITE or (tok.text.islower() and tok.text.endswith("ed"))


def _participle_clause(tokens: list[Tok], i: int, n: int) -> _Content | None:
    """Rule 3: "…, saying he was joking": a participle cue after a comma."""
    cue = tokens[i].lower
    if i == 0 or tokens[i - 1].text != "," or not cue.endswith("ing") or cue in ADDRESS_CUES:
        return None
    k = i + n
    if k + 2 >= len(tokens) or not tokens[k].text[:1].isalnum() or tokens[k].lower == "to":
        return None
    return _Content(tokens[k].start, tokens[-1].end, 0, k)


def _content_before(tokens: list[Tok], i: int, n: int) -> _Content | None:
    """Rule 5: "CONTENT, a source said." / "CONTENT, said the ministry."."""
    stop = _relative_clause(tokens, i + n)
    if tokens[i].lower.endswith("ing") or not _ends_sentence(tokens[:stop], i + n):
        return None  # "He defended the remark, saying, “…”": the action is no report
    comma = _subject_comma(tokens, i)
    if comma is None or comma < 3 or not _has_finite_anywhere(tokens, 0, comma):
        return None
    if any(t.text in MARK_TOKENS for t in tokens[:comma]):
        return None
    return _Content(tokens[0].start, tokens[comma].start, comma + 1, stop)


def _relative_clause(tokens: list[Tok], k: int) -> int:
    """Rule 5'': where a relative clause about the speaker after the cue begins (its
    comma), else the sentence end: it is no content of this report, and its own cue
    ("who added that …") reports apart."""
    for j in range(k, len(tokens) - 1):
        if tokens[j].text == "," and tokens[j + 1].lower in RELATIVES:
            return j
    return len(tokens)


def _parenthetical(tokens: list[Tok], i: int, n: int) -> _Content | None:
    """Rule 5': "The museum, Mr. Bush said, celebrated several of his heroes": a cue
    clause between commas splits one report; the content is both sides, a clause whose
    finite verb stands after the cue or in the main clause before it ("There was, she
    said, “an implicit bargain.”")."""
    after = i + n
    if after + 3 >= len(tokens) or tokens[after].text != "," or tokens[i].lower.endswith("ing"):
        return None
    comma = _subject_comma(tokens, i)
    if comma is None or comma < 1 or any(t.text in MARK_TOKENS for t in tokens[:after]):
        return None
    if not (
        _has_finite_anywhere(tokens, after + 1, len(tokens)) or _main_clause_lead(tokens, comma)
    ):
        return None
    gap = (tokens[comma].start, tokens[after + 1].start)
    return _Content(tokens[0].start, tokens[-1].end, comma + 1, after, gap)


def _main_clause_lead(tokens: list[Tok], comma: int) -> bool:
    """Rule 5': do the words before the cue clause open the main clause with its finite
    verb ("There was, she said, …", "He was, she said, a good man")? One stretch with
    no comma, not an introductory phrase ("After the rally, where he was greeted, …")."""
    lead = tokens[:comma]
    if any(t.text == "," for t in lead) or lead[0].lower in INTRODUCERS | SUBORDINATORS:
        return False
    return _has_finite_anywhere(tokens, 0, comma)


def _ends_sentence(tokens: list[Tok], k: int) -> bool:
    """After the cue only a speaker and its circumstance stand, up to the sentence end:
    no finite verb, no subject pronoun, no quotation and no "that"."""
    rest = tokens[k:]
    if len(rest) > SUBJECT_REACH + 4 or any(
        t.text in MARK_TOKENS or t.lower == "that" for t in rest
    ):
        return False
    words = [t for t in rest if t.text[:1].isalnum()]
    if any(is_finite(t) or t.lower in _CLAUSE_OPENERS for t in words):
        return False  # "…, aides say, she was …": a parenthetical cue of what follows
    last = len(tokens) - 1
    if rest and tokens[last].text in ",:":
        return False  # "…, he said:" introduces what follows
    return not rest or tokens[last].text != "." or is_sentence_end(tokens, last)


def _subject_comma(tokens: list[Tok], i: int) -> int | None:
    """The comma that ends the content before a cue at i: right before the cue
    (inverted, "…, said X"), before a short subject ("…, a source said") or before a
    subject and its appositive ("…, Smith, a spokesman, said")."""
    j = i - 1
    while j >= 0 and tokens[j].text.isalpha() and tokens[j].text.islower() and j > i - 3:
        j -= 1  # "…, he later said", "…, officials also said"
    if j >= 0 and tokens[j].text == "," and j == i - 1:
        appositive = _comma_before(tokens, j, SUBJECT_REACH)
        if appositive is not None:  # "…, Smith, a spokesman, said"
            subject = _comma_before(tokens, appositive, SUBJECT_REACH // 2)
            if subject is not None:
                return subject
        return j  # "…, said the ministry"
    return _comma_before(tokens, i, SUBJECT_REACH)


def _comma_before(tokens: list[Tok], k: int, reach: int) -> int | None:
    """The comma within `reach` words before token k, with only words between."""
    for j in range(k - 1, max(-1, k - 2 - reach), -1):
        if tokens[j].text == ",":
            return j if j < k - 1 else None
        if not (tokens[j].text[:1].isalnum() or tokens[j].text in ("’s", "'s", ".")):
            return None
    return None


def _has_finite_anywhere(tokens: list[Tok], lo: int, hi: int) -> bool:
    return any(is_finite(t) for t in tokens[lo:hi])


#: conjunctions that open a sentence by linking it to the one before.
_LINKS = frozenset({"but", "and", "yet", "so"})


def _opens_words(tokens: list[Tok], i: int) -> bool:
    """Rule 6: is token i the first word of its sentence, after a bracket or a stray
    mark only ("(According to police, …)"), or the first after a colon ("It has not
    gone unnoticed: According to polls, …")? A capital there is the sentence's."""
    return tokens[i - 1].text == ":" or not any(t.text[:1].isalnum() for t in tokens[:i])


def _source_leads(tokens: list[Tok], i: int) -> bool:
    """Rule 4: does token i open its clause: only marks or brackets before it in its
    sentence ("(According to the police, …)", a stray closing mark the segmenter left
    there), a linking conjunction ("But according to …"), or a colon or semicolon
    that opens a clause of its own ("It has not gone unnoticed: according to polls,
    …")?"""
    k = i - 1
    while k >= 0 and tokens[k].text not in (":", ";"):
        k -= 1
    words = [t for t in tokens[k + 1 : i] if t.text[:1].isalnum()]
    return not words or (len(words) == 1 and words[0].lower in _LINKS)


def _according(tokens: list[Tok], i: int, n: int) -> _Content | None:
    """Rule 4: "According to X, CONTENT." and "CONTENT, according to X."; a leading
    conjunction links the sentence to the one before and changes neither ("But
    according to the ministry, …")."""
    if _source_leads(tokens, i):
        comma = next((j for j in range(i + n, len(tokens)) if tokens[j].text == ","), None)
        if comma is None or comma + 2 >= len(tokens):
            return None
        return _Content(tokens[comma + 1].start, tokens[-1].end, 0, comma)
    if i >= 3 and tokens[i - 1].text == ",":
        # "Since last November, according to the group, forces have killed 400
        # protesters": a source between commas splits a report whose words before it
        # hold no finite verb, both sides its words; after a whole clause ("Trump
        # leads, according to the poll, a survey of …") what follows is no report
        comma = next(
            (j for j in range(i + n, min(len(tokens), i + n + SUBJECT_REACH + 2))
             if tokens[j].text == ","),
            None,
        )  # fmt: skip
        if (
            comma is not None
            and len(tokens) - comma > 3
            and not _has_finite_anywhere(tokens, 0, i)
            and _has_finite_anywhere(tokens, comma + 1, len(tokens))
        ):
            gap = (tokens[i - 1].start, tokens[comma + 1].start)
            return _Content(tokens[0].start, tokens[-1].end, i, comma, gap)
        return _Content(tokens[0].start, tokens[i - 1].start, i, len(tokens))
    return None
