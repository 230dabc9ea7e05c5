"""The cue of a quotation: the words that say who speaks ("the ministry said").

Rules, in order:
0. a programme's or publication's title where the speaker spoke, capitalised as a
   title after "on" or "told", or after a broadcaster's possessive following "on",
   "told" or "with" ("said on ABC’s “This Week With George Stephanopoulos.”", "told
   NBC’s “Today”", "an appearance on “Morning Joe”", "told “Fox and Friends”"), is a
   venue with no cue: no one's words, and no part between the halves of a quotation
   (`Piece.not_speech`); so is a work's title in title case right after "titled",
   "entitled", "named" or a verb of naming ("a memo titled “The Facts on Where the
   Race Stands”", "a campaign he calls “Confident America”"), and a markup
   attribute's value ('<tweet datetime="2016-06-29">');
1. a capitalised speaker label opens a transcript turn ("“WALLACE: Let’s start …");
2. a dash and a name ending the paragraph sign the quote ("“…” ― Jorge Falcon", vox-pop
   lists); a source in brackets after a quotation that stands free names it ("“…”
   [HuffPost.]"), while one after a quotation inside its sentence ("said his rival is in
   “serious trouble.” [NYT.]") only cites where the item came from;
3. a cue after the closing mark ("“…,” the Ministry of Defence said", "“…,” said
   Smith"): between the quote and the cue only the speaker may stand and no sentence
   may end there (a full stop after "Mr", "Rep" or "G.K" ends none), and a capitalised
   cue word there is part of a name ("… a former United States ambassador, said").
   After a quote closed by a comma the cue may stand past a long appositive
   (`COMMA_REACH` tokens: "“…,” Scott Pruitt, the attorney general of Oklahoma,
   said"); a short title or name quoted inside that appositive ("“…,” Bill Eastland,
   wearing “Ted Cruz” campaign pins, said") hides no cue, the speaker stands before
   the appositive holding it, and the title takes no cue of its own (`takes_cue_of`).
   A quote that ends its own sentence ("…?”", "….”") takes a cue after it only
   when the cue clause closes at once ("“…?” Graham asked.", "said in a statement", an
   inverted speaker opened by a determiner: "“…?” asked the boy, who wore a cap") and
   is no parenthetical between commas, never when reported content follows ("“….” The
   minister said he would …", "“….” Perhaps, he said, this …", "“….” That's why, he
   added, viewers …") nor past an introductory phrase that opens a new sentence ("“….”
   In a later vote, he warned …"). "according to" after the quote names its source ("“…,”
   according to CNN"), though other participles there open a report of their own
   ("“…,” adding that …"); a particle may close the cue clause ("“Mexico!” the
   audience screamed back."). A quote opening inside its sentence with its cue after it is a
   mixed quote ("The country “has made changes,” McConnell said"): partial, its text
   the sentence up to the closing mark;
   3''. a quotation that closes with no punctuation of its own and goes on with
   lower-case words to the comma before its cue ("“We’re extremely happy” about the
   decision, Smith said", "“This will be a challenge” for Clinton, he said") is part
   of a longer claim: a mixed quote whose text runs from the opening mark (or its
   sentence start) to that comma;
   3'. a text that "read" its words cues them like "said" ("“…,” the email read",
   "“…,” read the statement", "a sign which read “Hispanics 4 Trump”"), never a reader
   ("I read “War and Peace”");
   3b. "as X put it" cues the words it frames, like "said" ("As Tom Ridge, a former
   secretary of homeland security, put it: “…”", "“…,” as she put it"): the idiom
   gives the speaker's own phrasing, its speaker the subject after "as", past an
   appositive; "put it on the table" is no speech;
4. a cue before the opening mark ("X said: “…”"): between cue and quote only ':', ','
   or "that" may stand (an addressee too: "told Reuters: “…”"); a cue whose clause ends
   in ':' or ',' introduces a long quote whatever stands between ("He tells the crowd:
   “…”"), and so does a short one that is a full sentence ("told Reuters simply, “We
   lost.”"; a name alone is none); such a cue may stand past a long appositive
   (`COMMA_REACH` tokens: "Said Dorothy Poynter, who grew up with Ali in the
   neighborhood, “…”") when the quotation ends its sentence. A short or embedded
   quotation is kept as a partial quote when the cue governs it within a few words
   ("vowed to “retaliate”", "said he would “introduce legislation …”", "said he’s
   “liked Trump …”"), and so is a quotation its clause goes on after ('said "the fear
   is as high as it's ever been" in the establishment'), after a comma or a colon too
   when the quotation closes with no punctuation of its own and the sentence goes on
   in lower case ("Yet another said, “Rubio is in a five-person battle” for second
   place": a fragment of the reported clause); as after the quote, a
   capitalised cue word past the first is part of a name ("insisting that the United
   States “must stop …”": no "States" cue);
   4'. a verb of naming before the opening mark ("Trump called the system “rigged”",
   "calling him “the most ignorant president”", "what it called “a clear threat”")
   makes a partial quote whose text runs from the object named, or from the relative
   word, to the closing mark: the thing named and the name given are one claim of the
   speaker's, as PolNeAR's coders bound it (train: 262 of 314 such contents hold the
   object, 32 the relative word); a name with no speaker ("a group called “…”") and
   "called for" are no such cue;
5. a colon with no cue word ("Cruz called them on it: “…”", also "Dr. Ward stated:"
   ending the paragraph before): the clause's cue, else its subject when it opens with a
   name or a pronoun (past an introductory phrase: "In a Fox interview later that day,
   Trump went even further: “…”", a leading "and" or "but" and a title before the
   name: "And Mr. Christie gloated: “…”"; a name no layer knew will do, "Mark
   Mahaney, an analyst, agreed:", but never a lone function word or a word the text
   also writes in lower case: "That is, …:"), with the verb after it as the cue.
6. a quotation of `MIN_WORDS` words or more that ends its sentence as the object of a
   verb with no cue word ("a statement condemning “what appears to be a horrific
   terrorist attack.”", "welcomed “the recognition that …”", "expressed a desire to
   “try …”") is a partial quote of the subject its clause opens with (a name or a
   pronoun: "President Obama released a statement condemning “…”" -> Obama), the verb
   its cue; with no such subject it stays a quotation with no cue.
The cue sets `Piece.cue`, `Piece.speaker` (`sitrep.quotes.speakers`), and whether it
stands after the quote or makes it partial.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from sitrep.coref import CorefMap
from sitrep.events.speech import (
    PRONOUNS,
    SPEAKER_LABELS,
    is_cue,
    is_sentence_end,
    speaker_near,
)
from sitrep.events.tokens import Tok
from sitrep.model import Actor, Span
from sitrep.pipeline.document import Document
from sitrep.quotes.indirect import NAMING_CUES, TITLING, is_finite
from sitrep.quotes.marks import (
    MARK_TOKENS,
    OPENING_TOKENS,
    inside_quotation,
    quote_tokens,
)
from sitrep.quotes.pieces import MIN_WORDS, Piece, sentence_bounds, stands_free, word_count
from sitrep.quotes.speakers import ADDRESS_CUES, choose_speaker
from sitrep.quotes.subjects import COORDINATORS, clause_start, first_subject
from sitrep.titlecase import is_title_case

_BEFORE_GLUE = frozenset({":", ",", "that"})
#: determiners that open a cue clause's subject after a quotation ("“…” the ministry said").
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"})
#: what opens the phrase after an inverted cue ("said one official", "said another").
_INVERTED_OPENERS = _DETERMINERS | {"one", "another"}
_PARTIAL_GLUE = frozenset({"to", "as", "it", "a", "an", "the", "of", "that", ",", ":"})
#: relative words that open a naming clause ("what he called “…”").
_RELATIVES = frozenset({"what", "which", "whom"})
#: words before "read" that make it a reader's verb ("to read", "I read").
_READERS = frozenset({"to", "i", "we", "you", "they", "he", "she", "not", "could", "would"})
#: how many words may name the object between a naming verb and its quotation.
_OBJECT_WORDS = 6
#: words after "called" that make it another verb ("called for", "called off").
_NOT_OBJECT = frozenset({"for", "on", "off", "up", "in", "out", "upon", "back", "to"})
#: subjects that may stand right before a naming verb with no object ("what he called").
_SUBJECT_PRONOUNS = PRONOUNS | {"i", "we", "you"}
#: words before a broadcaster's name that make it where someone spoke ("on ABC’s").
_VENUE_WORDS = frozenset({"on", "told", "with"})
#: words right before a title that make it a programme spoken on or to ("on “Morning
#: Joe”", "told “Fox and Friends”").
_VENUE_MARKERS = frozenset({"on", "told"})
#: words that name a work by its title right before it (rule 0: "a memo titled “…”").
_TITLE_VERBS = TITLING | {"named"}
#: how many capitalised words a broadcaster's name may have ("Fox News Channel’s").
_OWNER_WORDS = 4
_POSSESSIVES = ("’s", "'s")
#: how far (tokens) a cue may stand from the quote it introduces.
REACH = 8
#: how far (tokens) a cue may stand after a quote closed by a comma.
COMMA_REACH = 25
#: how many plain words may stand between a cue and a long quotation it governs.
_LONG_GLUE = 4
#: cues that may name whom they address before the quote ("told Reuters: “…”").
_ADDRESSEES = frozenset({"reporters", "the", "a", "an", "in", "interview", "supporters"})
#: words that may follow a cue in a clause that reports no content ("said on Monday").
_CIRCUMSTANCE = frozenset(
    {
        "in", "on", "at", "during", "to", "of", "while", "after", "before", "from", "with",
        "later", "yesterday", "today", "tonight", "recently", "afterward", "afterwards",
        "then", "earlier", "last", "this", "when", "upon", "via", "through", "about",
        "again", "simply", "flatly", "softly", "bluntly", "sarcastically", "angrily",
        "rhetorically", "quietly", "firmly", "calmly", "tersely", "dryly", "wryly", "jokingly",
        "them", "him", "her", "us", "me", "reporters", "supporters", "back", "out", "aloud",
    }
)  # fmt: skip
#: how many words an addressee after a cue may have ("told the cheering crowd").
_ADDRESSEE_WORDS = 5
#: words that open reported content after an addressee ("told reporters that …").
_OPENS_CONTENT = frozenset({"that", "to", "he", "she", "we", "i", "they", "you", "there"})
#: words inside a subject noun phrase ("the head of the party", "Breitbart’s Joel Pollak").
_NP_WORDS = frozenset({"the", "a", "an", "of", "for", "and", "de", "al", "’s", "'s"})
#: how many words an appositive between a subject and its verb may hold.
_APPOSITIVE_WORDS = 20
#: a speaker label opening a transcript turn: "WALLACE: ", "SEN. GRAHAM: ".
_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z.’' -]{1,30}[A-Z.]):[^\S\n]+")
#: "” [HuffPost.]": a source of 1 to 4 capitalised words in brackets.
_BRACKET_NAME = re.compile(r"[^\S\n]*\[((?:[A-Z][\w’'.-]*?[^\S\n]?){1,4}?)\.?\]")
_DASHES = frozenset({"-", "–", "—", "―"})
#: "” ― Jorge Falcon" ending a paragraph: a dash and a name of 1 to 5 capitalised words.
_DASH_NAME = re.compile(
    r"[^\S\n]*([―—–])[^\S\n]*((?:[A-Z][\w’'.-]*[^\S\n]*){1,5}?)[^\S\n]*\.?[^\S\n]*$"
)


def find_cue(doc: Document, raw: Piece, speakers: list[Actor], coref: CorefMap) -> None:
    text = doc.text
    open_mark = raw.mark_start
    sent_start, _ = sentence_bounds(doc, max(open_mark, 0))
    _, sent_end = sentence_bounds(doc, max(raw.close - 1, raw.open))
    before = quote_tokens(text, sent_start, max(open_mark, sent_start))
    raw.free = stands_free(before, quote_tokens(text, raw.mark_end, max(sent_end, raw.mark_end)))
    embedded = bool(before) and before[-1].text[:1].isalnum()
    # "In this election, “…,” said Jenna Golden": a lead-in makes a mixed quote too
    lead_in = embedded or (
        bool(before) and before[-1].text == "," and not any(t.text in MARK_TOKENS for t in before)
    )
    if sent_end <= raw.mark_end + 1 and raw.mark_end < len(text) and text[raw.mark_end] != "\n":
        # the segmenter ended the sentence at the closing mark ("…?” Weaver said.")
        _, sent_end = sentence_bounds(doc, min(raw.mark_end + 1, len(text) - 1))
    after = quote_tokens(text, raw.mark_end, max(sent_end, raw.mark_end))
    words = word_count(text, raw)
    # 0. "said on ABC’s “This Week”": a programme's title is where the speaker spoke;
    # '<tweet datetime="2016-06-29">': a markup attribute's value is no one's words
    # (so is a work's title after its naming verb: "a memo titled “The Facts …”")
    if (
        _programme_title(text, raw, before)
        or _work_title(text, raw, before)
        or text[raw.mark_start - 1 : raw.mark_start] == "="
    ):
        raw.not_speech = True
        return
    # 2e. a transcript turn: "“WALLACE: Let’s start with …"
    label = _TRANSCRIPT_LABEL.match(text, raw.open, raw.close)
    if label is not None:
        name = Span.of(text, label.start(1), label.end(1))
        raw.speaker = Actor(name.text.title(), name)
        raw.cue = Span.of(text, label.end(1), label.end(1) + 1)
        raw.open, raw.labelled = label.end(), True
        return
    # 2c. a dash and a name after the quote: "“…” ― Jorge Falcon" (vox-pop lists)
    if _dash_signature(doc, raw, coref):
        return
    labelled = bool(before) and before[-1].text == ":" and _name_label(before) is not None
    # "…, Sanders said his rival is in “serious trouble.” [NYT.]": a quotation that goes
    # on a lower-case word is its sentence's speaker's; the bracket cites where the item
    # came from (a headline in capitals before it is no sentence: "UN: PEACEKEEPERS …
    # “…” [HuffPost.]")
    in_sentence = embedded and before[-1].text[:1].islower()
    if not labelled and not in_sentence and _bracket_source(doc, raw, coref):
        return
    # 2a. cue after the closing mark: "“…,” the Ministry of Defence said." A quote that
    # ends its own sentence takes a cue after it only when the cue clause closes at once
    # ("“…?” Graham asked.", "“….” Trump said in a statement"), never a new report
    # ("“…fight on.” The minister said he would ...").
    closed = text[raw.close - 1] in ".!?"
    # a quote closed by a comma announces its cue: it may stand past a long appositive
    # ("“…,” Scott Pruitt, the attorney general of Oklahoma, said")
    reach = COMMA_REACH if "," in text[raw.close : raw.mark_end + 1] else REACH
    # a quote a cue before it governs ("Trump claimed that “…,” one of the prosecutors
    # said") takes no cue after it: the clause after is a report of its own
    reach = 0 if _governed(before) else reach
    inner_open, inner_close = len(after), -1
    for i, tok in enumerate(after[:reach]):
        if i <= inner_close:
            continue  # inside a short quotation of the appositive ("“Ted Cruz” pins")
        if tok.text in OPENING_TOKENS and i > 0:
            inner_close = _short_inner_quotation(after, i)
            if inner_close > i:
                inner_open = min(inner_open, i)  # the speaker stands before it
                continue
        if is_sentence_end(after, i) or tok.text in OPENING_TOKENS:
            break
        # a capitalised cue word past the first is a name ("a former United States
        # ambassador to Russia, said")
        n = 0 if i > 0 and tok.is_cap else _cue_length(after, i)
        if n and _new_report(after, i):
            break  # "…: “…,” adding that …": a participle with no subject is a new report
        if n:
            closes = (
                _clause_closes(after, i + n)
                or _addressee_closes(after, i, n)
                or (i == 0 and _inverted_phrase(after, n))
            )
            if closed and (not closes or _introduces_next(after, i + n)):
                break
            if closed and _parenthetical(after, i, n):
                break  # "“….” Perhaps, he said, this …": a parenthetical cue of what follows
            hi = min(len(after), i + n + REACH)
            hi = next((j for j in range(i + n, hi) if _clause_stop(after, j)), hi)
            hi = _speaker_end(after, i, hi)
            cut = (
                next((j for j in range(inner_open, 0, -1) if after[j].text == ","), None)
                if inner_open < i
                else None
            )
            if cut is not None:
                # the speaker stands before the appositive holding a title ("Texas delegate
                # Bill Eastland, wearing “Ted Cruz” pins, said")
                kept = after[:cut] + after[i:hi]
                raw.speaker = choose_speaker(doc, kept, cut, 0, len(kept), speakers, coref)
            else:
                raw.speaker = choose_speaker(doc, after, i, 0, hi, speakers, coref)
            raw.cue = Span.of(text, tok.start, after[i + n - 1].end)
            raw.cue_after = True
            if lead_in:  # 2d. "Oz is “smart as hell,” Mosko wrote": a mixed quote
                raw.partial, raw.lead_in = True, before[0].start
            tail = _clause_tail(text, raw, after, i)
            if tail is not None:  # 3''. "“We’re extremely happy” about the ruling, X said"
                raw.partial, raw.tail_end = True, tail
            return
    # 2b. cue before the opening mark: "X said: “…”"; 5. "vowed to “retaliate”".
    colon = bool(before) and before[-1].text in ":,"
    # a cue clause that ends in ':' or ',' announces a quotation that ends its sentence
    # past a long circumstance or appositive ("Said Dorothy Poynter, who grew up with
    # Ali in the neighborhood, “…”"); one its clause goes on after is no such quotation
    # ("the pipeline, which Republicans support, “wouldn't go 10 feet” without …")
    reach = COMMA_REACH if colon and not _clause_goes_on(after) else REACH
    for i in range(len(before) - 1, max(-1, len(before) - 1 - reach), -1):
        if _naming_cue(before, i):
            # 4'. "Trump called the system “rigged”": the thing named and the name
            # given are one claim of the speaker's, a partial quote
            raw.speaker = choose_speaker(doc, before, i, 0, len(before), speakers, coref)
            raw.cue = Span.of(text, before[i].start, before[i].end)
            raw.partial, raw.lead_in = True, _named_start(before, i, open_mark)
            return
        if i > 0 and before[i].is_cap:
            continue  # a capitalised cue word past the first is a name ("the United States")
        n = _cue_length(before, i, at_quote=len(before))
        if not n:
            continue
        rest = before[i + n :]
        if before[i].lower in ADDRESS_CUES and rest and rest[-1].text in ",:":
            rest = [t for t in rest if not (t.is_cap or t.lower in _ADDRESSEES)]
        glue = {t.lower for t in rest}
        direct = glue <= _BEFORE_GLUE and (words >= MIN_WORDS or bool(glue & {":", ","}))
        # "He tells the crowd: “…”", "Sanders asks at a school, “…”"
        # a short quotation that is a sentence of its own ("told Reuters simply, “We
        # lost.”") is speech too: a title or a scare quote is no full sentence
        direct = direct or (
            colon and "that" not in glue and (words >= MIN_WORDS or _full_sentence(text, raw))
        )
        partial = not direct and glue <= _PARTIAL_GLUE and len(glue) <= 3
        # "said he would “introduce legislation …”": a long quotation a few words on
        partial = partial or (
            not direct
            and words >= MIN_WORDS
            and len(rest) <= _LONG_GLUE
            and all(_is_word(t) for t in rest)
        )
        # 'said "the fear is as high as it's ever been" in the establishment': the
        # clause goes on past the closing mark, so the quotation is part of its content
        partial = partial or (direct and glue <= {"that"} and _clause_goes_on(after))
        partial = partial or (direct and _fragment_goes_on(text, raw, after))
        if direct or partial:
            hi = _speaker_end(before, i, len(before))
            lo = _speaker_start(before, i)
            raw.speaker = choose_speaker(doc, before, i, lo, hi, speakers, coref)
            raw.cue = Span.of(text, before[i].start, before[i + n - 1].end)
            raw.partial = partial
        return
    # 2f. a colon introduces the quote with no cue word: "Cruz called them on it: “…”",
    # also from the end of the paragraph before ("Dr. Ward stated:¶“…”")
    clause = before if before and before[-1].text == ":" else _colon_paragraph(doc, raw)
    if clause and words >= MIN_WORDS:
        _colon_speaker(doc, raw, clause, speakers, coref)
        return
    # 6. "Obama released a statement condemning “what appears to be a horrific attack.”"
    verb = _object_verb(text, raw, before, after, words)
    start = clause_start(before, 0, verb) if verb is not None else 0
    main = _subject_verb(doc, before, start, titled=True) if verb is not None else None
    if verb is not None and main is not None and main <= verb:
        # the clause's subject speaks ("President Obama released a statement …
        # condemning “…”"), never a noun between ("a statement")
        raw.speaker = choose_speaker(doc, before, main, start, main, speakers, coref)
        raw.cue = Span.of(text, before[verb].start, before[verb].end)
        raw.partial = True


def takes_cue_of(text: str, piece: Piece, previous: Piece) -> bool:
    """Is `piece` a short quotation (fewer than `MIN_WORDS` words) standing between the
    quote before it and the cue they share ("“…,” Bill Eastland, wearing “Ted Cruz”
    pins, said")? The cue is the earlier quote's: the title or name inside the
    speaker's appositive quotes no one."""
    cue = piece.cue
    if cue is None or cue != previous.cue or cue.start < piece.mark_end:
        return False  # "yelling “eminent domain!”": a cue before the title is its own
    return word_count(text, piece) < MIN_WORDS


def _short_inner_quotation(after: list[Tok], i: int) -> int:
    """Where a short quotation opening at `after[i]` inside the words between a quote
    and its cue closes ("“…,” Bill Eastland, wearing “Ted Cruz” campaign pins, said"):
    a title or a name of fewer than `MIN_WORDS` words that a word goes on after, so it
    quotes no one and hides no cue. -1 when `after[i]` opens no such quotation."""
    if not after[i - 1].text[:1].isalnum():
        return -1  # "“A.” “B,” she said": a quotation of its own
    for j in range(i + 1, min(len(after) - 1, i + MIN_WORDS + 1)):
        tok = after[j]
        if tok.text in MARK_TOKENS or tok.text == "’":
            words = [t for t in after[i + 1 : j] if t.text[:1].isalnum()]
            goes_on = after[j + 1].text[:1].isalnum()
            return j if 0 < len(words) < MIN_WORDS and goes_on else -1
        if not tok.text[:1].isalnum() and tok.text not in "-’'":
            return -1
    return -1


def _object_verb(
    text: str, raw: Piece, before: list[Tok], after: list[Tok], words: int
) -> int | None:
    """Rule 6: the verb whose object is a quotation of `MIN_WORDS` words or more that
    ends its sentence, right after the verb ("a statement condemning “what appears to
    be a horrific terrorist attack.”", "Hollande welcomed “the recognition that …”",
    "expressed a desire to “try …”"): the quoted words are what the clause's subject
    said or wrote, a partial quote. The verb is a lower-case past tense or participle
    ("-ed", "-ing") no determiner makes an adjective ("the printed “…”")."""
    ends_sentence = text[raw.close - 1] in ".!?" or (bool(after) and is_sentence_end(after, 0))
    if words < MIN_WORDS or not before or not ends_sentence:
        return None
    k = len(before) - 1
    if before[k].lower == "to" and k > 0:
        k -= 1  # "a desire to “…”", "promised to “…”"
    verb = before[k]
    if not (verb.text.isalpha() and verb.text.islower() and verb.text.endswith(("ed", "ing"))):
        return None
    if k > 0 and before[k - 1].lower in _DETERMINERS:
        return None
    return k


def _clause_tail(text: str, raw: Piece, after: list[Tok], cue: int) -> int | None:
    """Rule 3'': where the clause a quotation goes on with ends, when the quotation
    closes with no punctuation of its own and a lower-case word carries its sentence on
    to the comma before the cue ("“We’re extremely happy” about the decision, Smith
    said", "“This will be a challenge” for Clinton, he said"): the quoted words are part
    of a longer claim, a mixed quote. A pronoun or a determiner after the mark opens the
    cue clause instead ("“…” he said", "“…” the ministry said"), and so does a quotation
    that its own comma or full stop closes ("“…,” said …")."""
    inner_end = text[raw.close - 1 : raw.close]
    if inner_end in ".!?,;:" or text[raw.close : raw.mark_end + 1].strip()[-1:] in ",.;:":
        return None
    first = after[0] if after else None
    if first is None or cue == 0 or not (first.text.isalpha() and first.text.islower()):
        return None
    if first.lower in PRONOUNS or first.lower in _DETERMINERS or is_cue(after, 0):
        return None
    comma = max((k for k in range(1, cue) if after[k].text == ","), default=None)
    return after[comma - 1].end if comma is not None else None


def _programme_title(text: str, raw: Piece, before: list[Tok]) -> bool:
    """Rule 0: is the quotation the title of a programme or publication the speaker spoke
    on or to, its words capitalised as a title's ("said on ABC’s “This Week With George
    Stephanopoulos.”", "told NBC’s “Today”", "an interview with CNN’s “The Lead”",
    "an appearance on “Morning Joe”", "told “Fox and Friends”")? It names a venue, not
    anyone's words."""
    if not is_title_case(text[raw.open : raw.close]) or not before:
        return False
    if before[-1].lower in _VENUE_MARKERS:
        return True
    k = len(before) - 1
    if not before[k].text.endswith(_POSSESSIVES):
        return False
    while k > 0 and before[k - 1].is_cap and len(before) - k <= _OWNER_WORDS:
        k -= 1  # "on Fox News Channel’s “Hannity”"
    return k > 0 and before[k].is_cap and before[k - 1].lower in _VENUE_WORDS


def _work_title(text: str, raw: Piece, before: list[Tok]) -> bool:
    """Rule 0: is the quotation the title of a work, a campaign or a memo, named right
    after "titled", "entitled" or a verb of naming and written in title case ("a memo
    titled “The Facts on Where the Race Stands”", "a national campaign he calls
    “Confident America”")? Capitalised like a title it names a thing; it quotes no one
    (a name given in the speaker's own words, "called it “a disgrace”", is lower case)."""
    if not before or before[-1].lower not in _TITLE_VERBS | NAMING_CUES:
        return False
    return len(text[raw.open : raw.close].split()) >= 2 and is_title_case(
        text[raw.open : raw.close]
    )


def _naming_cue(before: list[Tok], i: int) -> bool:
    """Rule 4': is before[i] a verb of naming whose complement is the quotation ("She
    called his executive actions “a crucial step forward”", "calling him “the most
    ignorant president”", "what Gilbert called “a perception problem”")? Only a short
    object may stand between (`_OBJECT_WORDS` words, no punctuation), never "called for"
    or "called on"; with no object the verb needs a subject right before it (a pronoun
    or a name), so "a group called “Moms Demand Action”" names no one."""
    if before[i].lower not in NAMING_CUES:
        return False
    rest = before[i + 1 :]
    if len(rest) > _OBJECT_WORDS or not all(
        t.text[:1].isalnum() or t.text in ("’s", "'s") for t in rest
    ):
        return False
    if rest and rest[0].lower in _NOT_OBJECT:
        return False
    if rest:
        return True
    subject = before[i - 1] if i > 0 else None
    return subject is not None and (subject.lower in _SUBJECT_PRONOUNS or subject.is_cap)


def _cue_length(tokens: list[Tok], i: int, at_quote: int | None = None) -> int:
    """How many tokens the cue at token i holds: a speech cue, a text that reads its
    words (rule 3') or "put it" (rule 3b)."""
    return is_cue(tokens, i) or _document_reads(tokens, i, at_quote) or _put_it(tokens, i)


def _speaker_end(tokens: list[Tok], i: int, hi: int) -> int:
    """Where the speaker of the cue at token i may be searched up to: the "it" of "as
    she put it" stands for the words, never for who spoke them."""
    return i + 1 if _put_it(tokens, i) else hi


def _speaker_start(tokens: list[Tok], i: int) -> int:
    """Where the speaker of the cue at token i may be searched from: right after the
    "as" of "as X put it", so that "As Tom Ridge, a former secretary of homeland
    security, put it:" reads "as" as no introductory phrase ending at the appositive's
    comma."""
    if not _put_it(tokens, i):
        return 0
    return next((k + 1 for k in range(i - 1, -1, -1) if tokens[k].lower == "as"), 0)


def _put_it(tokens: list[Tok], i: int) -> int:
    """Rule 3b: "put it" after its subject, ending its clause, before a time or place or
    as "put it this way" ("As Professor Foner put it: “…”", "as she put it on
    Wednesday"), cues the quotation it frames; "put it on the table" (a lower-case word
    after "on") is no speech."""
    if i == 0 or tokens[i].lower not in ("put", "puts") or i + 1 >= len(tokens):
        return 0
    if tokens[i + 1].lower != "it":
        return 0
    rest = tokens[i + 2 : i + 4]
    if not rest or rest[0].text in ":,.":
        return 2
    second = rest[1] if len(rest) > 1 else None
    timed = rest[0].lower in ("on", "in") and second is not None and second.is_cap
    this_way = rest[0].lower == "this" and second is not None and second.lower == "way"
    return 2 if timed or this_way else 0


def _document_reads(tokens: list[Tok], i: int, at_quote: int | None = None) -> int:
    """Rule 3': "read" cues a written text's words ("“…,” the email read", "a sign
    which read “Hispanics 4 Trump”"): after the quote when its clause closes at once
    or names the text ("“…,” read the statement"), before it only right before the
    opening mark (or its ':' or ','); never after "to" or a pronoun that reads ("to
    read", "I read")."""
    if tokens[i].lower != "read" or (i > 0 and tokens[i - 1].lower in _READERS):
        return 0
    if at_quote is not None:
        return 1 if all(t.text in ":," for t in tokens[i + 1 : at_quote]) else 0
    inverted = i + 1 < len(tokens) and tokens[i + 1].lower in ("the", "a", "an")
    return 1 if inverted or _clause_closes(tokens, i + 1) else 0


def _named_start(before: list[Tok], i: int, open_mark: int) -> int:
    """Where the claim of a naming verb at before[i] starts: at the relative word of "what
    he called “…”" or "which he called “…”", else at the object named ("called [his
    executive actions] “…”"), else at the quotation (PolNeAR train: 262 of 314 such
    contents hold the object, 32 the relative word)."""
    for k in range(i - 1, max(-1, i - 1 - _OBJECT_WORDS), -1):
        if before[k].lower in _RELATIVES:
            return before[k].start  # "which aide Kevin Phillips called “…”"
        if not before[k].text[:1].isalnum():
            break
    return before[i + 1].start if i + 1 < len(before) else open_mark


def _is_word(tok: Tok) -> bool:
    """A plain word, contractions included ("he’s", "it's")."""
    return tok.text.replace("’", "").replace("'", "").isalpha()


def _full_sentence(text: str, raw: Piece) -> bool:
    """Is the quotation a sentence of its own: a capital first, ".", "!" or "?" last and
    a lower-case word inside ("“We lost.”"; a name alone, "“Hillary Clinton.”", is
    none)?"""
    inner = text[raw.open : raw.close]
    lower = any(word[:1].islower() for word in inner.split())
    return inner[:1].isupper() and inner.endswith((".", "!", "?")) and lower


def _new_report(after: list[Tok], i: int) -> bool:
    """Is the cue at after[i] a participle with no subject before it ("“…,” adding that
    …"), a new report of its own? "according to" is no participle: it names the source
    of the quotation before it ("“…,” according to CNN")."""
    tok = after[i]
    return (
        tok.lower.endswith("ing")
        and tok.lower != "according"
        and not any(t.text[:1].isalnum() for t in after[:i])
    )


def _parenthetical(after: list[Tok], i: int, n: int) -> bool:
    """Is the cue at after[i] a parenthetical of the sentence it stands in, a comma
    after a lead-in before it and one after it ("“….” Perhaps, he said, this …",
    "“….” That's why, he added, viewers …"), or the verb of a new sentence that an
    introductory phrase opens ("“….” In a later vote, he warned …")?"""
    lead_comma = i > 1 and after[1].text == ","
    # "“….” In a later vote, he warned …": an introductory phrase opens a new sentence
    lead_phrase = (
        i > 1 and after[0].lower in _CIRCUMSTANCE and any(t.text == "," for t in after[1:i])
    )
    return (
        lead_comma
        or lead_phrase
        or (
            any(t.text == "," for t in after[:i])
            and i + n < len(after)
            and after[i + n].text == ","
        )
    )


def _fragment_goes_on(text: str, raw: Piece, after: list[Tok]) -> bool:
    """Does the reporter's sentence go on in lower case past a quotation that closes
    with no punctuation of its own ("Yet another said, “Rubio is in a five-person
    battle” for second place", "Tyler said, "We have three weeks to go" until the Iowa
    caucuses")? The quoted words are then a fragment of the reported clause, not a
    sentence of the speaker's own."""
    own = text[raw.close - 1 : raw.mark_end]
    if not own[:1].isalnum() or any(c in own for c in ",;:.!?") or not after:
        return False
    return after[0].text[:1].islower() and _clause_goes_on(after)


def _clause_goes_on(after: list[Tok]) -> bool:
    """Do words follow the closing mark in its sentence, with no other quotation?"""
    return any(t.text[:1].isalnum() for t in after) and not any(
        t.text in MARK_TOKENS for t in after
    )


def _governed(before: list[Tok]) -> bool:
    """Does a cue stand right before the opening mark, past only ':', ',' or "that"
    ("said “…"), or a few words before "that" ("claimed on Tuesday that “…")? An
    "according to" with no source before the mark governs nothing: its source went
    missing ("according to “…,” the police said in a statement")."""
    if len(before) >= 2 and (before[-2].lower, before[-1].lower) == ("according", "to"):
        return False
    j = len(before) - 1
    while j >= 0 and before[j].lower in _BEFORE_GLUE:
        j -= 1
    that = j + 1 < len(before) and before[j + 1].lower == "that"
    # "claimed on Tuesday that “…": a short circumstance may stand before "that"
    for k in range(j, max(-1, j - (_LONG_GLUE + 1 if that else 1)), -1):
        if is_cue(before, k) or (k > 0 and is_cue(before, k - 1) == 2):
            return True
        if not before[k].text.isalnum():
            return False
    return False


def _colon_paragraph(doc: Document, raw: Piece) -> list[Tok]:
    """The last sentence of the paragraph before, when the quote opens its paragraph and
    that sentence ends with a colon outside any quotation."""
    text = doc.text
    start = text.rfind("\n", 0, raw.open) + 1
    if start == 0 or text[start : raw.mark_start].strip():
        return []
    end = start - 1
    while end > 0 and text[end - 1] in " \n\t\u00a0":
        end -= 1
    if end <= 0 or text[end - 1] != ":":
        return []
    if inside_quotation(text, end):
        return []  # "“… Here they are:¶“…": the speaker's own colon, inside the quotation
    sent_start, _ = sentence_bounds(doc, end - 1)
    sent_start = max(sent_start, text.rfind("\n", 0, end - 1) + 1)
    return quote_tokens(text, sent_start, end)


def _named_subject(doc: Document, first: Tok) -> bool:
    """Does the clause open with a pronoun or a named mention (its subject, by position)?"""
    if first.lower in PRONOUNS:
        return True
    mentions = [a.evidence for a in doc.actors if a.evidence is not None]
    mentions += [m.evidence for m in doc.entities if m.label in SPEAKER_LABELS]
    return any(m.start <= first.start < m.end for m in mentions)


def _colon_speaker(
    doc: Document, raw: Piece, clause: list[Tok], speakers: list[Actor], coref: CorefMap
) -> None:
    """Rule 2f: the clause's own cue if it has one, else a name labelling the quote
    ("Pollsters agree - Carl Bialik: “…”"), else its subject speaks; the cue is the
    first word after the subject ("called")."""
    for i in range(len(clause) - 1, -1, -1):
        n = is_cue(clause, i)
        if n:
            raw.speaker = choose_speaker(doc, clause, i, 0, len(clause), speakers, coref)
            raw.cue = Span.of(doc.text, clause[i].start, clause[i + n - 1].end)
            return
    label = _name_label(clause)
    if label is not None:
        colon = len(clause) - 1
        found = speaker_near(clause, colon, label, colon, doc.actors, doc.entities, doc.text)
        if found is not None:
            raw.speaker = coref.canonical(found)
            raw.cue = Span.of(doc.text, clause[colon].start, clause[colon].end)
            return
    start = clause_start(clause, 0, len(clause) - 1)  # "In a Fox interview, Trump went …:"
    if start + 1 < len(clause) and clause[start].lower in COORDINATORS:
        start += 1  # "And Mr. Christie gloated:"
    # a name past a title will do ("Mr. Christie gloated:", "Former President Clinton
    # released the following statement:")
    verb = _subject_verb(doc, clause, start, titled=True)
    if verb is None:
        return
    speaker = choose_speaker(doc, clause, verb, start, verb, speakers, coref)
    if speaker is not None and _common_word(doc, speaker):
        return  # "That is, …:", "Each election cycle, …:": no one's name
    raw.speaker = speaker
    raw.cue = Span.of(doc.text, clause[verb].start, clause[verb].end)


def _common_word(doc: Document, speaker: Actor) -> bool:
    """Is the speaker a single word that is no pronoun and no name: a function word
    (spaCy's English stop words) or one the text also writes in lower case ("That is,
    …", "Each election cycle, …", "Ever the loyal surrogate, …")? A word capitalised
    only to open its sentence names no one; a name ("Mahaney") is kept."""
    word = speaker.name.lower()
    if " " in word or word in PRONOUNS or word in _SUBJECT_PRONOUNS:
        return False
    return word in STOP_WORDS or re.search(rf"\b{re.escape(word)}\b", doc.text) is not None


def _subject_verb(doc: Document, clause: list[Tok], start: int, titled: bool = False) -> int | None:
    """The verb after the subject a clause opens with, a name or a pronoun ("In a Fox
    interview, Trump went …", "Foreign Minister Amina Diallo issued a statement …"):
    its first lower-case word past the subject's noun phrase, or past its appositive
    between commas ("Mark Mahaney, technology analyst at RBC, agreed:"); None when the
    clause opens with no name or pronoun (with `titled`, a name past a title before
    that word will do: "Foreign Minister Amina Diallo")."""
    verb = _first_verb(clause, start + 1)
    if verb is not None and any(t.text == "," for t in clause[start + 1 : verb]):
        verb = _past_appositive(clause, start)  # "Mark Mahaney, an analyst, agreed:"
    elif verb is not None and clause[verb - 1].text in ",;":
        return None
    if verb is None:
        return None
    named = _named_subject(doc, clause[start]) or (
        titled and first_subject(doc, clause, start, verb) is not None
    )
    return verb if named else None


def _first_verb(clause: list[Tok], lo: int) -> int | None:
    """The first lower-case word from token lo that is no part of a noun phrase."""
    return next(
        (
            k
            for k in range(lo, len(clause))
            if clause[k].text.isalpha()
            and clause[k].text.islower()
            and clause[k].lower not in _NP_WORDS
        ),
        None,
    )


def _past_appositive(clause: list[Tok], start: int) -> int | None:
    """The verb after a subject's appositive between commas ("Mark Mahaney, technology
    analyst at RBC Capital Markets, agreed:", "Mitch McConnell, R-Ky., delivered …"):
    the lower-case word right after the comma that closes it; None when no comma closes
    it within `_APPOSITIVE_WORDS` words."""
    commas = [k for k in range(start + 1, len(clause)) if clause[k].text == ","]
    if len(commas) < 2 or commas[1] - commas[0] > _APPOSITIVE_WORDS + 1:
        return None
    after = commas[1] + 1
    if after >= len(clause):
        return None
    word = clause[after]
    return after if word.text.isalpha() and word.text.islower() else None


def _name_label(clause: list[Tok]) -> int | None:
    """Where a name labelling a quote starts ("- Carl Bialik:", "HuffPollster:"): a run
    of 1 to 4 capitalised words before the colon that opens its clause or follows a
    dash."""
    end = len(clause) - 1
    start = end
    while start > 0 and end - start < 4 and clause[start - 1].is_cap:
        start -= 1
    if start == end or (start > 0 and clause[start - 1].text not in _DASHES):
        return None
    return start


def _bracket_source(doc: Document, raw: Piece, coref: CorefMap) -> bool:
    """Rule 2c': "“…” [HuffPost.]": a source in brackets right after the quote (a
    newsletter's link to its source), unless a name labels the quote before it."""
    match = _BRACKET_NAME.match(doc.text, raw.mark_end)
    if match is None or raw.mark_end == raw.close:
        return False
    name = Span.of(doc.text, match.start(1), match.end(1))
    named = [a for a in doc.actors if a.evidence is not None and a.evidence.text == name.text]
    raw.speaker = coref.canonical(named[0]) if named else Actor(name.text, name)
    raw.cue = Span.of(doc.text, match.start(1) - 1, match.start(1))
    raw.cue_after = True
    return True


def _clause_stop(tokens: list[Tok], j: int) -> bool:
    """Where an inverted speaker phrase ends ("said Mr. Obama, ..."): punctuation that is
    not an abbreviation's full stop."""
    tok = tokens[j]
    return tok.text in ",;:!?" or (tok.text == "." and is_sentence_end(tokens, j))


def _introduces_next(tokens: list[Tok], j: int) -> bool:
    """After a cue at tokens[..j): does the cue clause introduce the next quotation
    ("“A.” He added, “B.”"), past a circumstance or an addressee ("“A?” Mills then
    writes back, “B.”", "“A.” She told Fox News, “B.”")? Then it is that quotation's
    cue, not the one before."""
    for k in range(j, min(len(tokens), j + _ADDRESSEE_WORDS + 1)):
        if tokens[k].text in ",:":
            return k + 1 < len(tokens) and tokens[k + 1].text in OPENING_TOKENS
        if not (tokens[k].lower in _CIRCUMSTANCE or tokens[k].is_cap):
            return False
    return False


def _addressee_closes(tokens: list[Tok], i: int, n: int) -> bool:
    """Does an address cue at tokens[i] end its sentence with only its addressee after it
    ("“…!” he told the cheering crowd.", "she told a local radio station")? A pronoun,
    "that" or a finite verb there opens reported content ("told reporters the army
    would …")."""
    if tokens[i].lower not in ADDRESS_CUES:
        return False
    rest: list[Tok] = []
    for j in range(i + n, len(tokens)):
        if is_sentence_end(tokens, j):
            break
        rest.append(tokens[j])
    words = [t for t in rest if t.text[:1].isalnum()]
    return 0 < len(words) <= _ADDRESSEE_WORDS and not any(
        t.lower in PRONOUNS or t.lower in _OPENS_CONTENT or is_finite(t) for t in words
    )


def _inverted_phrase(tokens: list[Tok], j: int) -> bool:
    """After a cue at tokens[..j) right after the closing mark: is the speaker an
    inverted noun phrase opened by a determiner, up to the sentence end or a comma
    ("“…?” asked the boy, who was wearing a hat", "“….” said one voter.")? A finite
    verb or a pronoun in it opens reported content instead ("said the army would
    withdraw"); a cue with its subject before it ("“….” He said the plan, …") is a
    new sentence's, not this one."""
    if j >= len(tokens) or tokens[j].lower not in _INVERTED_OPENERS:
        return False
    for k in range(j + 1, min(len(tokens), j + _ADDRESSEE_WORDS + 1)):
        tok = tokens[k]
        if tok.text == "," or is_sentence_end(tokens, k):
            return k > j + 1
        if not tok.text[:1].isalnum() or is_finite(tok) or tok.lower in _OPENS_CONTENT:
            return False
    return False


def _clause_closes(tokens: list[Tok], j: int) -> bool:
    """After a cue at tokens[..j): does the cue clause end here, or go on only with an
    inverted speaker or a circumstance ("said on Monday"), not with reported content?"""
    if j >= len(tokens):
        return True
    tok = tokens[j]
    return tok.text in ",.:;!?—–" or tok.is_cap or tok.lower in _CIRCUMSTANCE


def _dash_signature(doc: Document, raw: Piece, coref: CorefMap) -> bool:
    """Rule 2c: "“…” ― Name" with only the name (and a full stop) left in the paragraph."""
    text = doc.text
    end = text.find("\n", raw.mark_end)
    end = len(text) if end < 0 else end
    match = _DASH_NAME.match(text, raw.mark_end, end)
    if match is None or raw.mark_end == raw.close:
        return False
    written = match.group(2).rstrip()
    if written.endswith(".") and len(written.rsplit(" ", 1)[-1]) > 2:
        written = written[:-1]  # "― Carla Sanchez." ends a sentence, "― John Q." does not
    name_end = match.start(2) + len(written)
    if name_end <= match.start(2):
        return False
    name = Span.of(text, match.start(2), name_end)
    named = [a for a in doc.actors if a.evidence is not None and a.evidence.text == name.text]
    speaker = coref.canonical(named[0]) if named else Actor(name.text, name)
    raw.speaker = speaker
    raw.cue = Span.of(text, match.start(1), match.end(1))
    raw.cue_after = True
    return True
