"""Speech cues and speakers, shared by the QuotesStage and event attribution.

Speaker resolution, in order:
1. the actor mention (ActorsStage) nearest the cue on the subject side: just before
   the cue ("US Central Command said"), or just after it in inverted order
   ("said the ministry", "according to X");
2. else an entity mention of a speaking kind (PERSON, ORG, ARMED_GROUP, GPE) there;
3. else the run of capitalised words next to the cue ("the Ministry of Defence said");
4. a pronoun subject ("he said") takes the latest person speaker before it.
5. when none of these names anyone, `subject_phrase` gives the cue's subject noun phrase
   as it stands ("a young woman exclaimed", "said Tim Hess, a developer"): the words
   between the cue and the clause boundary, so a speaker the NER missed still has a span.
A person's role comes from the ActorsStage, else from the title words before the name
("US Defence Secretary Pete Hegseth" -> role "US Defence Secretary").
`is_sentence_end` tells a full stop from the one after "Mr", "Rep" or "G.K".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sitrep.events.tokens import Tok
from sitrep.model import Actor, EntityMention, Span

#: verbs and phrases that introduce speech; "said" and its kin.
CUE_WORDS = frozenset(
    {
        "said", "says", "say", "added", "adds", "told", "tells", "stated", "states",
        "vowed", "vows", "warned", "warns", "claimed", "claims", "confirmed", "confirms",
        "announced", "announces", "insisted", "explained", "wrote", "declared", "noted",
        "stressed", "urged", "promised", "pledged", "denied", "denies", "reported",
        "tweeted", "posted", "replied", "acknowledged", "alleged", "threatened", "described",
        "saying", "telling", "adding", "declaring", "writing", "noting", "asked", "asking",
        "argued", "argues", "explaining", "continued", "recalled", "joked", "quipped",
        "responded", "predicted", "concluded", "admitted", "conceded", "boasted",
        "complained", "shouted", "yelled", "remarked", "observed", "cautioned",
        "asks", "exclaimed", "boomed", "thundered", "recounted", "testified",
        "responds", "recalls", "notes", "writes", "insists", "continues",
        "mused", "scoffed", "snapped", "countered", "retorted", "interjected", "chimed",
        "reiterated", "emphasized", "emphasised", "announcing", "tweeting", "warning",
        "insisting", "arguing", "vowing", "asserted", "cried", "screamed",
        "chanted", "sang", "sings", "reads", "recalling", "stating", "conceding",
        "confessed", "confesses", "explains", "concludes", "answered", "answers", "barked",
        "mocked", "mocks", "echoed", "echoes", "declares", "asserts", "acknowledges",
        "admits", "remarks", "demanded", "demands", "wondered", "wonders", "pleaded",
        "urges", "reading", "retaliated", "opined", "opines", "assured", "assures",
        "lamented", "laments", "proclaimed", "proclaims", "bragged", "brags", "quips",
        "concedes", "jokes", "gushed", "fumed", "whispered", "muttered", "grumbled",
        "marveled", "marvelled", "exclaims", "recounts", "tweets", "affirmed",
        "reaffirmed", "reassured", "pleads", "boasts", "complains", "predicts", "replies",
        "chanting", "chants", "yelling", "yells", "shouting", "shouts", "screaming", "screams",
        "conclude", "write", "elaborated", "elaborates", "surmised", "remembered", "recommended",
        "exhorted", "beamed", "jeered", "reacted", "chided", "chiding", "interrupted", "agrees",
        "suggested", "suggests", "suggesting", "revealed", "reveals",
        "acknowledge", "explain", "insist",
        "pledges", "promises", "reports", "alleges", "disclosed", "discloses", "denying",
    }
)  # fmt: skip
#: the cues that report a fact ("police said", "the ministry announced"), not the
#: speaker's stance ("warned", "vowed", "urged"): a person named before one tells the news.
REPORT_CUES = CUE_WORDS & frozenset(
    {"said", "says", "told", "stated", "added", "reported", "announced"}
)
#: verbs that introduce speech only with "that" after them ("maintained that the
#: army fired first"; not "the army maintained checkpoints").
THAT_CUES = frozenset({"maintained", "maintains"})
#: two-word cues: a verb and its particle ("points out", "shot back", "went on").
PHRASAL_CUES = frozenset(
    {
        ("points", "out"), ("pointed", "out"), ("pointing", "out"), ("shot", "back"),
        ("shoots", "back"), ("fired", "back"), ("fires", "back"), ("went", "on"),
        ("goes", "on"), ("according", "to"),
    }
)  # fmt: skip
#: cues that mark the speaker's words as a claim rather than a plain report.
CLAIM_CUES = frozenset({"claimed", "claims", "alleged", "reported"})
DENIAL_CUES = frozenset({"denied", "denies"})
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "ARMED_GROUP", "GPE"})
PRONOUNS = frozenset({"he", "she", "they", "it"})
_CONNECTORS = frozenset({"of", "for", "and", "the", "de", "al"})
DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "our", "these", "those", "many", "such"}
)
#: words whose full stop ends no sentence ("Mr. Podesta said", "Rep. Moore").
ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "st", "jr",
        "sr", "prof", "rev", "capt", "maj", "adm", "cmdr", "supt", "gens", "sens", "reps",
        "no", "vs", "inc", "corp", "co", "ltd", "mt", "ft", "pres", "atty", "insp", "det",
        "jan", "feb", "aug", "sept", "oct", "nov", "dec",
    }
)  # fmt: skip
#: words that end a subject noun phrase read leftwards from a cue ("..., who said").
_CLAUSE_WORDS = frozenset(
    {
        "and", "but", "or", "that", "which", "who", "when", "as", "while", "because",
        "if", "so", "then", "also", "later", "once", "again", "has", "have", "had",
        "was", "were", "is", "are", "will", "would", "did", "does", "not",
    }
)  # fmt: skip
TITLE_WORDS = frozenset(
    {
        "secretary", "minister", "president", "spokesman", "spokeswoman", "spokesperson",
        "general", "gen.", "commander", "chief", "director", "governor", "mayor",
        "ambassador", "officer", "official", "prime", "leader", "colonel", "col.",
        "lieutenant", "major", "admiral", "sergeant", "captain", "envoy", "chancellor",
        "king", "queen", "head", "senator", "representative", "deputy",
        "foreign", "defence", "defense", "interior", "state", "vice",
    }
)  # fmt: skip


def is_cue(tokens: Sequence[Tok], i: int) -> int:
    """Length of the speech cue starting at token i (0 when there is none). A cue word
    after a determiner is a noun ("one of the states", "his claims"), no cue."""
    if tokens[i].lower in CUE_WORDS:
        return 0 if i > 0 and tokens[i - 1].lower in DETERMINERS else 1
    if i + 1 < len(tokens) and (tokens[i].lower, tokens[i + 1].lower) in PHRASAL_CUES:
        return 0 if i > 0 and tokens[i - 1].lower in DETERMINERS else 2
    return 0


def is_sentence_end(tokens: Sequence[Tok], k: int) -> bool:
    """Does token k end a sentence? A full stop after an abbreviation ("Mr", "Rep"), an
    initial or a dotted word ("G.K", "U.S") does not, nor one before a lower-case word, a
    comma or a closing bracket ("Everett, Wash., recently", "(D-Mo.) said")."""
    tok = tokens[k]
    if tok.text in ("!", "?"):
        return True
    if tok.text != ".":
        return False
    if k > 0 and tokens[k - 1].end == tok.start:
        prev = tokens[k - 1].text
        if prev.lower() in ABBREVIATIONS or "." in prev or (len(prev) == 1 and prev.isupper()):
            return False
    nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return not (nxt[:1].islower() or nxt in (",", ")"))


def subject_phrase(tokens: Sequence[Tok], cue: int, lo: int, hi: int, text: str) -> Span | None:
    """Rule 5: the cue's subject as written, for a speaker no layer named.

    Before the cue: the words back to a clause boundary (punctuation, a quote mark, a
    conjunction or auxiliary), at most 6 ("a young woman exclaimed"). After it (inverted
    order, "said Tim Hess, a developer"): the words up to the next punctuation, at most 6,
    when they start with a determiner or a capital. A pronoun is no phrase: coreference
    answers for it."""
    words: list[Tok] = []
    for k in range(cue - 1, max(lo - 1, cue - 7), -1):
        tok = tokens[k]
        if not (tok.text[:1].isalnum() or tok.text in ("’s", "'s")) or tok.lower in _CLAUSE_WORDS:
            break
        words.insert(0, tok)
    if not words:
        for k in range(cue + 1, min(hi, cue + 7)):
            tok = tokens[k]
            if not (tok.text[:1].isalnum() or tok.text in (".", "’s", "'s")) or (
                tok.text == "." and is_sentence_end(tokens, k)
            ):
                break
            words.append(tok)
        if words and not (words[0].is_cap or words[0].lower in ("a", "an", "the")):
            return None
    while words and words[-1].text == ".":
        words.pop()
    if not words or (len(words) == 1 and words[0].lower in PRONOUNS):
        return None
    if not any(t.text[:1].isalpha() for t in words):
        return None
    return Span.of(text, words[0].start, words[-1].end)


def speaker_near(
    tokens: Sequence[Tok],
    cue: int,
    lo: int,
    hi: int,
    actors: Sequence[Actor],
    entities: Sequence[EntityMention],
    text: str,
) -> Actor | None:
    """The speaker of the cue at token `cue`, looked for in tokens [lo, hi)."""
    titled = _titled_person(tokens, cue, lo, actors)
    if titled is not None:
        return titled
    before = (tokens[lo].start if lo < cue else tokens[cue].start, tokens[cue].start)
    after = (tokens[cue].end, tokens[hi - 1].end if hi > cue + 1 else tokens[cue].end)
    inverted = tokens[cue].lower == "according"
    regions = [after, before] if inverted else [before, after]
    for start, end in regions:
        found = _mention_in(start, end, actors, entities, nearest_end=(start, end) == before)
        if found is not None:
            return with_role(found, text)
    side = range(cue - 1, lo - 1, -1) if not inverted else range(cue + 2, hi)
    run = _capital_run(tokens, side, text)
    return run


def _titled_person(
    tokens: Sequence[Tok], cue: int, lo: int, actors: Sequence[Actor]
) -> Actor | None:
    """ "The US President vowed": a bare title names the person given that role earlier."""
    if cue - 1 < lo or tokens[cue - 1].lower not in TITLE_WORDS:
        return None
    j = cue - 1
    while j - 1 >= lo and tokens[j - 1].is_cap and tokens[j - 1].lower != "the":
        j -= 1
    title = " ".join(t.text for t in tokens[j:cue]).lower()
    for actor in actors:
        if (
            actor.role
            and actor.evidence is not None
            and actor.evidence.start < tokens[cue].start
            and actor.role.lower() == title
        ):
            return actor
    return None


def _mention_in(
    start: int,
    end: int,
    actors: Sequence[Actor],
    entities: Sequence[EntityMention],
    nearest_end: bool,
) -> Actor | None:
    def pick(spans: list[tuple[Span, Actor]]) -> Actor | None:
        inside = [(s, a) for s, a in spans if start <= s.start and s.end <= end]
        if not inside:
            return None
        key = (lambda sa: sa[0].end) if nearest_end else (lambda sa: -sa[0].start)
        return max(inside, key=key)[1]

    found = pick([(a.evidence, a) for a in actors if a.evidence is not None])
    if found is not None:
        return found
    speaking = [
        (m.evidence, Actor(m.name, m.evidence, kb_id=m.kb_id))
        for m in entities
        if m.label in SPEAKER_LABELS
    ]
    return pick(speaking)


def _capital_run(tokens: Sequence[Tok], side: range, text: str) -> Actor | None:
    """The run of capitalised words next to the cue: "the Ministry of Defence"."""
    picked: list[Tok] = []
    for i in side:
        tok = tokens[i]
        if tok.is_cap or (picked and tok.lower in _CONNECTORS and tok.lower != "the"):
            picked.append(tok)
            continue
        break
    picked.sort(key=lambda t: t.start)
    while picked and picked[-1].lower in _CONNECTORS:
        picked.pop()
    while picked and picked[0].lower in _CONNECTORS:
        picked.pop(0)
    if not picked or not any(t.text[:1].isupper() for t in picked):
        return None
    titles = [k for k, t in enumerate(picked) if t.lower in TITLE_WORDS]
    role: str | None = None
    if titles and titles[-1] + 1 < len(picked):
        cut = titles[-1] + 1
        role = text[picked[0].start : picked[cut - 1].end]
        picked = picked[cut:]
    span = Span.of(text, picked[0].start, picked[-1].end)
    if span.text.lower() in PRONOUNS:
        return None
    return with_role(Actor(span.text, span, role=role), text)


def with_role(actor: Actor, text: str) -> Actor:
    """The actor with a role read from the title words before it, if it has none."""
    if actor.role is not None or actor.evidence is None:
        return actor
    words: list[tuple[int, int]] = []
    pos = actor.evidence.start
    while True:
        end = pos
        while end > 0 and text[end - 1] == " ":
            end -= 1
        start = end
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-."):
            start -= 1
        word = text[start:end]
        if not word or not (word[:1].isupper() or word.lower() in TITLE_WORDS):
            break
        words.append((start, end))
        pos = start
    if not words or not any(text[s:e].lower() in TITLE_WORDS for s, e in words):
        return actor
    start = words[-1][0]
    end = words[0][1]
    return replace(actor, role=text[start:end])


def latest_person(quoted: Sequence[Actor], before: int) -> Actor | None:
    """The latest speaker with a role or a person-like name before offset `before`."""
    for actor in reversed(quoted):
        if actor.evidence is not None and actor.evidence.start < before:
            return actor
    return None
