"""Noun phrases re3d codes as one mention: demonyms and group words with the noun they
qualify (rule 12 of `sitrep.ner.re3d`), and a name with the people or body it has.

re3d marks a demonym ("Iraqi", "Syrian") or a group word ("Yazidi", "Shia Muslim") as a
Nationality where it qualifies an event, a state of affairs or a thing: "the Syrian
conflict", "Iraqi unity", "the Yazidi religion", "an Israeli missile strike", "under
Australian law". Where it qualifies a noun that names people, a body or a place, it is part
of that noun's mention, which takes the noun's type. Rules, in order:

1. a capitalised word right after it (or after an ordinal) opens a name or a role ("Iraqi
   Prime Minister", "Syrian Computer Society", "Jordanian 71st Counter Terrorism
   Battalion"), a capitalised word after "and" coordinates it with a name ("Iraqi and
   Kurdistan Regional governments", "The U.S., French and Royal Navy"), and an "al-"
   before it makes it part of a person's name ("Abu Jandal al-Kuwaiti"): no span, the
   name rules decide;
2. its head noun is the first of the next two lower-case words that names people, a body
   or a place; one modifier such as "state", "religious", "tribal" may stand between (not
   an auxiliary: "IS will use civilians"), and a head right after the head joins it
   ("police officers", "government forces"); a demonym that leads, backs, dominates or
   holds the head joins it too ("the Saudi-led coalition", "Iranian-backed militias", "a
   Kurdish-controlled town", "the Shia-dominated government"), and so does a birthplace
   ("Jordanian-born militant");
3. one person ("a senior Iraqi general", "an Iraqi tribal sheikh", "the Jordanian
   monarch"): one Person from the
   article before it (and a qualifier such as "senior") to the head, unless a name follows
   ("Syrian author al-Tanawi": the name is the Person) or it is a predicate ("he was a
   Sunni militant"): then no mention;
4. people or a body ("the Syrian parties", "an Arab audience", "Arab states", "Shia Muslim
   paramilitary groups", "Iraqi state television", "the Yazidi community", "Jordanian
   intelligence officers"): one Organisation from the article before it to the head;
5. a place ("the Turkish frontier", "Iraqi territory", "the Syrian town of Dabiq"): one
   Location from the article before it to the head, with the name after "of";
6. a plural demonym of a state standing alone ("the Iraqis", "all Syrians"), or one that
   names a whole people without a plural ending after "the" and before its verb ("The
   French previously led", "the Chinese said"), is a group of people: an Organisation,
   with "the" before it (a plural religious or ethnic group word, "the Yazidis", stays a
   Nationality, as re3d codes it more often than not);
7. otherwise the demonym alone is a Nationality, unless a name and "and" before it list it
   with that name ("U.S., U.K. and French operations"): then no span, as in rule 1;
8. identity words that "and" or "or" lists ("Russian and Iranian support", "Kurdish and
   Arabic", "Iraqi and Syrian refugees") are read together: where the last one is a
   Nationality each is, and where it opens a mention of people, a body or a place the
   first one opens that mention (rule 1 holds for names only);
9. a language after "in", "into", "fluent" or a verb of speaking ("written in Kurdish and
   Arabic", "translated into English", "speaks Pashto"), where a stop, another language or
   a preposition follows it ("spoke in Arabic to the crowd"; not "in Turkish custody"), or
   before "language" or "dialect" ("the Kurmanji dialect") is a Nationality; the language
   of a gloss ("Hibhib (Arabic: ...)") is left unmarked, as re3d nearly always leaves it.

The same head nouns extend a name: "ISIL fighters" is one Organisation, a body that a
name owns is one with it, "Assad's brutal regime", "Saudi Arabia's leadership", "Turkey's
democratically elected government" (up to two modifiers after the possessive), and so is
a place it owns, as a Location: "ISIL's self-proclaimed capital", and so is a place a
group's name holds or qualifies: "an ISIL-held building", "IS-controlled territory", "a
Peshmerga frontline position".

Fallbacks for the model's names (rule 13 of `sitrep.ner.re3d`): a coalition named by its
kind ("the U.S.-led coalition", "the wider Global Coalition"); a person or body named by
a noun after an article ("A police officer", "the regime"), with an "of" phrase that names
it ("the government of Iraq", "a group of other people"), unless a name follows (the role
rules take it) or it is a predicate after a copula ("he was a commander").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Final

from sitrep.coref.lexicon import ORG_HEADS, ROLE_NOUNS, ROLE_QUALIFIERS
from sitrep.pipeline.resources import load_resources

#: (character start, character end exclusive, re3d type)
CharSpan = tuple[int, int, str]

#: nouns for people beyond the role nouns; singular, one person (rule 3)
_PERSON_NOUNS: Final = frozenset(
    {
        "officer", "citizen", "writer", "author", "member", "man", "woman", "soldier",
        "sheikh", "militant", "national", "journalist", "poet", "cleric",
        "scholar", "diplomat", "pilot", "student", "doctor", "activist", "monarch", "ruler",
        "dictator", "jihadist", "boy", "girl", "teenager", "businessman", "engineer",
        "detainee", "photographer", "reporter", "lawyer", "nurse", "carpenter", "musician",
        "teacher", "farmer", "shopkeeper", "driver", "librarian", "physician", "surgeon",
        "medic", "child", "mother", "father", "son", "daughter", "brother", "sister", "wife",
        "husband", "widow", "resident", "survivor", "witness", "hero", "counterpart",
        "pilgrim", "protester", "demonstrator", "worker", "migrant", "prisoner", "villager",
        "employee", "herder", "trader", "gunman", "attacker", "assailant", "shooter", "sniper",
        "insurgent", "rebel", "hostage", "victim", "suspect", "policeman",
        "policewoman", "bodyguard", "kidnapper", "smuggler", "defector", "informant",
        # sides in a civil war, named by their cause: "pro-Russian separatists"
        "separatist", "loyalist", "guerrilla", "mercenary",
    }
)  # fmt: skip
#: nouns for a group of people or a body (rule 4), beyond the organisation heads
_GROUP_NOUNS: Final = frozenset(
    {
        "people", "fighters", "militants", "terrorists", "forces", "troops", "soldiers",
        "unit", "units", "members", "militia", "militias", "rebels", "insurgents",
        "movement", "authorities", "officials", "personnel", "refugees", "civilians",
        "children", "allies", "partners", "opposition", "media", "tribesmen",
        "militiamen", "worshippers", "citizens", "nationals", "community", "communities",
        "parties", "group", "groups", "leaders", "leadership", "officers", "men", "women",
        "population", "audience", "writers", "universities", "television", "regime",
        "factions", "delegation", "diaspora", "nations", "countries", "family",
        "families", "victims", "residents", "volunteers", "supporters", "relatives",
        "tribe", "tribes", "clan", "clans", "element", "elements", "companies", "firms",
        "factories", "states", "governments", "powers", "neighbours", "neighbors",
        "counterparts", "coastguard", "gendarmerie", "junta", "battalion",
        "battalions", "brigade", "brigades", "regiment", "squadron", "parliament",
        "parliaments", "legislature", "cabinet", "senate", "judiciary", "gunmen",
        "businessmen",
    }
)  # fmt: skip
#: organisation heads that more often name what a body does than the body ("the coalition
#: campaign", "ISIL command and control node")
_ACTIVITIES: Final = frozenset({"campaign", "campaigns", "service", "services", "command"})
#: nouns for a place (rule 5)
_PLACE_NOUNS: Final = frozenset(
    {
        "city", "cities", "town", "towns", "village", "villages", "island", "islands",
        "territory", "frontier", "border", "borders", "side", "region", "province",
        "capital", "coast", "countryside", "desert", "airspace", "waters", "soil",
        "building", "buildings", "headquarters", "position", "positions", "compound",
        "compounds", "base", "bases", "terrain", "area", "areas", "stronghold",
        "strongholds", "checkpoint", "checkpoints", "territories", "mosque", "mosques",
        "river", "street", "streets", "camp", "camps", "airport", "hospital", "hospitals",
        "library", "dam", "dams", "school", "schools", "prison", "neighbourhood",
        "neighborhood", "district", "peninsula", "strip", "valley", "heights", "plain",
        "plains", "mountains", "gulf", "bay", "lake", "port", "harbour", "harbor",
        "airfield", "airbase", "crossing", "suburb", "suburbs", "quarter", "market",
        "marketplace", "neighbourhoods", "neighborhoods", "districts", "provinces",
        "regions", "country", "land", "location", "site", "home", "homes", "house",
        "houses", "safehouse", "tent", "courthouse", "complex", "restaurant", "station",
        "centre", "center", "entrance", "tunnel", "tunnels", "bridge", "bridges", "route",
        "routes", "road", "highway", "line", "structure", "structures", "facility",
        "facilities", "field", "point", "node", "part", "factory", "refinery",
    }
)  # fmt: skip
_WORD_AFTER: Final = re.compile(r" ([a-z][a-z-]*)\b")
#: words that end a noun phrase before any head is reached: function words and the
#: auxiliaries that open a verb phrase ("IS will use civilians")
STOP_WORDS: Final = frozenset(
    {
        "the", "a", "an", "of", "in", "on", "at", "to", "from", "by", "for", "with", "and",
        "or", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
        "would", "can", "could", "may", "might", "must", "should", "shall", "do", "does",
        "did", "not", "also", "said", "says", "who", "which", "that",
    }
)  # fmt: skip
#: rule 1: a capitalised word after it, after "and" or after an ordinal ("Jordanian 71st
#: Counter Terrorism Battalion")
_NAME_AFTER: Final = re.compile(r"(?:,? and| \d+(?:st|nd|rd|th))? (?:(?:al|el)-)?[A-Z]")
#: rule 1: an Arabic name's "al-" or "el-" before it makes it part of the name ("Abu
#: Jandal al-Kuwaiti")
_NAME_PARTICLE_BEFORE: Final = re.compile(r"\b(?:al|el|Al|El)[-‑–]$")
#: rule 1: a name and "and" before it coordinate it with that name ("U.S., U.K. and French
#: maritime security operations")
_NAME_AND_BEFORE: Final = re.compile(r"\b[A-Z][\w.]*,? (?:and|or) $")
#: a demonym that leads, backs, dominates or holds the head noun, or tells where a person
#: was born: "the Saudi-led coalition", "a Kurdish-controlled town", "the Shia-dominated
#: government", "Jordanian-born militant" (rule 2)
_BACKED: Final = re.compile(
    r"-(?:led|backed|supported|trained|funded|held|controlled|occupied|born|dominated|"
    r"majority|run|aligned|affiliated|allied)\b"
)
#: the articles that open the mention (rules 4, 5)
_ARTICLES: Final = ("the ", "The ", "a ", "A ", "an ", "An ")
#: the name after a noun's "of" ("the Syrian town of Dabiq", "the government of Iraq",
#: "the former leader of Al Qaeda in Iraq")
_NAME_WORD: Final = r"[A-Z][\w'’-]*(?:(?:\.[\w'’-]+)+\.?)?"  # "Iraq", "U.S." (not "Iraq.")
_OF_NAME: Final = re.compile(
    rf" of (?:the )?{_NAME_WORD}(?: (?:(?:of|in|and|for|the|al|bu|bin|ibn|el) )*{_NAME_WORD})*"
)
#: demonyms that name a whole people with no plural ending ("the French", "the Dutch",
#: "the Chinese") (rule 6)
_COLLECTIVE_DEMONYM: Final = re.compile(r"(?:ch|sh|ese)$")
_COMMUNITY_WORD: Final = (
    r"(?:Muslims?|Islam|Christians?|Christianity|Jews|Jewish|Hindus?|Sikhs?|Buddhists?|"
    r"Sunnis?|Shia|Shi'a|Shiites?|Shi'ites?|Alawites?|Druze|Yazidis?|Ezidis?|Kurds?|Kurdish|"
    r"Arabs?|Turkmen|Assyrians?|Chaldeans?|Pashtuns?|Hazaras?|Rohingya|Uyghurs?|Uighurs?|"
    r"Tamils?|Hutus?|Tutsis?|Fulani|Tuaregs?|Masalit|Zaghawa|Dinka|Nuer|Tigrayans?|Oromos?)"
)
_COMMUNITY: Final = re.compile(rf"\b{_COMMUNITY_WORD}(?: {_COMMUNITY_WORD})*\b")
#: one word naming a religious or ethnic community ("Shias", "Hazaras", "Yazidis").
COMMUNITY_WORD: Final = re.compile(_COMMUNITY_WORD)

#: rule 8: "and" or "or" before the next word of a list
_AND_NEXT: Final = re.compile(r",? (?:and|or) ")
_LANGUAGE: Final = (
    r"(?:Arabic|Kurdish|Kurmanji|Sorani|Persian|Farsi|Dari|Pashto|Urdu|Turkish|Hebrew|"
    r"Aramaic|Syriac|Russian|Ukrainian|English|French|German|Spanish|Chinese|Mandarin|"
    r"Somali|Hausa|Amharic|Tigrinya|Berber|Armenian|Azeri|Greek|Italian|Portuguese|Swahili|"
    r"Hindi|Bengali|Tamil|Baluchi|Uzbek|Tajik|Turkmen|Chechen|Burmese)"
)
_LANGUAGE_WORD: Final = re.compile(rf"\b{_LANGUAGE}\b")
#: what may follow a language named after "in": a stop or another language it lists
_LANGUAGE_END: Final = rf"(?= ?[,.;:)]|$|,? (?:and|or) {_LANGUAGE}\b)"
#: rule 9: words after which a language's name names the language: "in" and "into" ("said
#: in Arabic", "translated into English"), a verb of speaking ("speaks Pashto", "spoke
#: Russian") and "fluent" ("fluent French")
_LANGUAGE_CUE: Final = (
    r"(?:(?<=\bin )|(?<=\binto )|(?<=\bspeak )|(?<=\bspeaks )|(?<=\bspoke )|"
    r"(?<=\bspeaking )|(?<=\bspoken )|(?<=\bfluent ))"
)
#: rule 9: a word after a language that shows it is no demonym qualifying a noun ("spoke
#: in Arabic to the crowd", "in English on Monday"; not "in Turkish custody")
_AFTER_LANGUAGE: Final = r"(?= (?:to|on|at|with|by|for|from|during|as|when|while|but)\b)"
#: rule 9: a language after one of its cues or before "language" or "dialect" (not the
#: language of a gloss, "(Arabic: ...)", which re3d leaves unmarked)
_LANGUAGE_USE: Final = re.compile(
    rf"{_LANGUAGE_CUE}{_LANGUAGE}(?:{_LANGUAGE_END}|{_AFTER_LANGUAGE})|"
    rf"\b(?:[A-Z][a-z]+ )?{_LANGUAGE}(?= (?:language|dialect)s?\b)"
)
#: rule 9: a colon after a language opens a gloss in it ("Operation Steel Curtain (Arabic:
#: ...)"): the word labels the gloss and names no one's identity
_GLOSS_AFTER: Final = re.compile(r" ?:")
#: rule 9: the next language of a list ("in Kurdish and Arabic")
_LISTED_LANGUAGE: Final = re.compile(rf",? (?:and|or) ({_LANGUAGE}){_LANGUAGE_END}")

#: a coalition named by its kind ("the U.S.-led coalition", "the Global Coalition",
#: "Coalition military forces"), never "anti-coalition"
_COALITION: Final = re.compile(
    r"(?<![\w-])(?:(?:the|The|a|A|our|Our|its|Its) )?"
    r"(?:(?:[A-Z][\w.]*-led|[Gg]lobal|[Ii]nternational|[Mm]ultinational|wider|"
    r"(?:counter|Counter)-[A-Z]\w*|\d+-? ?nation) )*[Cc]oalition\b"
)
#: a name that holds a place: "ISIL-held", "IS-controlled"
_HOLDER: Final = re.compile(r"-(?:held|controlled|occupied)\b")
#: a possessive after a name ("Assad's", "Turkey’s")
_POSSESSIVE: Final = re.compile(r"['’]s?(?= )")
#: an article that may open a nominal mention
_ARTICLE: Final = re.compile(r"\b(?:the|The|a|A|an|An)\b")
#: a copula before a nominal makes it a predicate ("he was a commander"), not a mention
_COPULA_BEFORE: Final = re.compile(r"\b(?:is|was|are|were|be|been|being|as)\s+$", re.I)
#: the "of" and article before the people a noun's "of" phrase names
_OF_ARTICLE: Final = re.compile(r" of(?: the)?(?= )")
#: heads too often an adjective or a vague crowd for a nominal mention ("the military
#: campaign", "the people")
_NOT_NOMINAL_HEADS: Final = frozenset({"military", "people"})


def demonym_mention(
    text: str,
    start: int,
    end: int,
    plural_is_group: bool = True,
    identities: Mapping[int, int] | None = None,
) -> CharSpan | None:
    """The re3d mention a demonym or group word at [start, end) belongs to (rules 1-8);
    None where it is part of a name, a role or a person that other rules find.
    `identities` maps the start of each identity word of the text to its end (rule 8)."""
    identities = identities or {}
    partner = _listed_identity(text, end, identities)
    if partner is not None:  # rule 8: "Kurdish and Arabic", "American and British officials"
        listed = demonym_mention(text, *partner, plural_is_group, identities)
        if listed is None or listed[2] == "Nationality":
            return None if listed is None else (start, end, "Nationality")
        return _with_article(text, start), listed[1], listed[2]
    if _NAME_AFTER.match(text, end) or _NAME_PARTICLE_BEFORE.search(text, 0, start):
        return None
    if _GLOSS_AFTER.match(text, end):
        return None  # rule 9: "(Arabic: ...)" names the language of a gloss
    backer = _BACKED.match(text, end)  # "Saudi-led coalition", "Iranian-backed militias"
    head = _head_after(text, backer.end() if backer else end)
    if head is not None:
        head_end, kind = head
        if kind == "Person":
            return _nominal_mention(text, _with_qualifier(text, start), head_end, kind)
        if kind == "Location":
            of_name = _OF_NAME.match(text, head_end)
            head_end = of_name.end() if of_name else head_end
        return _with_article(text, start), head_end, kind
    if plural_is_group and _names_people(text, start, end):
        return _with_article(text, start, _ARTICLES[:2]), end, "Organisation"
    listed_after = _NAME_AND_BEFORE.search(text, max(0, start - 40), start)
    if listed_after is not None and listed_after.start() not in identities:
        return None  # "U.S., U.K. and French operations": read with the names
    return start, end, "Nationality"


def _listed_identity(text: str, end: int, identities: Mapping[int, int]) -> tuple[int, int] | None:
    """Rule 8: the identity word that "and" or "or" lists after the one ending at `end`."""
    listed = _AND_NEXT.match(text, end)
    if listed is None or listed.end() not in identities:
        return None
    return listed.end(), identities[listed.end()]


def _names_people(text: str, start: int, end: int) -> bool:
    """Rule 6: a plural demonym ("the Iraqis", "all Syrians"), or a collective one after
    "the" ("The French previously led", "the British"), names a group of people."""
    word = text[start:end]
    if _BACKED.match(text, end):
        return False  # "The French-led operation"
    if word.endswith("s") and not word.endswith("ss"):
        return True
    if (
        _COLLECTIVE_DEMONYM.search(word) is None
        or _with_article(text, start, _ARTICLES[:2]) == start
    ):
        return False
    after = _WORD_AFTER.match(text, end)  # a noun after it is what it qualifies
    return after is None or _opens_predicate(after.group(1))


def _opens_predicate(word: str) -> bool:
    """Whether a word after a noun phrase opens its verb phrase: an auxiliary, a verb in
    the past or an adverb ("The French have", "the Dutch agreed", "The French previously")."""
    return word in STOP_WORDS or word.endswith(("ed", "ly"))


def community_mentions(text: str, identities: Mapping[int, int]) -> Iterable[CharSpan]:
    """Religious and ethnic group words ("Yazidi", "Shia Arab"), coded as demonyms are,
    except that re3d keeps a plural one standing alone a Nationality ("the Yazidis")."""
    for match in _COMMUNITY.finditer(text):
        mention = demonym_mention(text, match.start(), match.end(), False, identities)
        if mention is not None:
            yield mention


def identity_words(text: str, demonyms: Iterable[tuple[int, int]]) -> dict[int, int]:
    """The start and end of each word of the text that names a nationality, a faith, a
    people or a language: the `demonyms` found elsewhere, community words and languages."""
    words = dict(demonyms)
    for pattern in (_COMMUNITY, _LANGUAGE_WORD):
        words.update((m.start(), m.end()) for m in pattern.finditer(text))
    return words


def known_demonyms(text: str) -> list[tuple[int, int]]:
    """The start and end of each capitalised word of the text that the actor knowledge base
    knows as a demonym, singular or plural ("British", "Iraqis"), wherever another stage
    has put it ("British officials" as one body): what rule 8 needs to read "American
    and British officials" as one list."""
    demonyms = load_resources().actors.demonyms
    return [(m.start(), m.end()) for m in _CAPITALISED_WORD.finditer(text) if m[0] in demonyms]


#: a capitalised word, alone or one part of a hyphenated pair ("Israeli-Palestinian"),
#: not part of a dotted one ("U.S.")
_CAPITALISED_WORD: Final = re.compile(r"(?<![\w.])[A-Z][a-z]+(?![\w.])")


def language_mentions(text: str) -> Iterable[CharSpan]:
    """Rule 9: a language after "in", "into" or a verb of speaking ("written in Kurdish and
    Arabic", "translated into English", "he speaks Pashto") or before "language" or
    "dialect" ("the Kurmanji dialect") is a Nationality."""
    for match in _LANGUAGE_USE.finditer(text):
        yield match.start(), match.end(), "Nationality"
        listed = _LISTED_LANGUAGE.match(text, match.end())
        while listed is not None:
            yield listed.start(1), listed.end(1), "Nationality"
            listed = _LISTED_LANGUAGE.match(text, listed.end())


def coalition_mentions(text: str) -> Iterable[CharSpan]:
    """A coalition is an Organisation, with the people or body it qualifies ("Coalition
    military forces")."""
    for match in _COALITION.finditer(text):
        end = group_phrase_end(text, match.end()) or match.end()
        yield match.start(), end, "Organisation"


def group_phrase_end(text: str, end: int) -> int | None:
    """The end of the people or body an organisation's name qualifies ("ISIL fighters",
    "Hezbollah members"), or None when no such noun follows (rule 2)."""
    head = _head_after(text, end)
    if head is None or head[1] != "Organisation":
        return None
    return head[0]


def held_place(text: str, start: int, end: int) -> CharSpan | None:
    """The place a group's name at [start, end) holds or qualifies, as one Location with
    its article ("an ISIL-held building", "a Peshmerga frontline position", "IS-controlled
    territory"), or None."""
    holder = _HOLDER.match(text, end)
    head = _head_after(text, holder.end() if holder else end)
    if head is None or head[1] != "Location":
        return None
    return _with_article(text, start), head[0], "Location"


def possessed_group_end(text: str, end: int) -> tuple[int, str] | None:
    """The end and re3d type of the body or place a name at `end` owns ("Assad" + "'s
    brutal regime", "ISIL" + "'s self-proclaimed capital"), or None."""
    possessive = _POSSESSIVE.match(text, end)
    if possessive is None:
        return None
    head = _head_after(text, possessive.end(), words=3)
    if head is None or head[1] == "Person":
        return None
    return head


def _head_after(text: str, end: int, words: int = 2) -> tuple[int, str] | None:
    """Rule 2: the end and re3d type of the head noun among the next `words` words."""
    pos = end
    for _ in range(words):
        match = _WORD_AFTER.match(text, pos)
        if match is None or match.group(1) in STOP_WORDS:
            return None
        kind = noun_kind(match.group(1))
        if kind is not None and not _modifies_noun_after(text, match.group(1), match.end()):
            return _extend_head(text, match.end(), kind)
        pos = match.end()
    return None


def _modifies_noun_after(text: str, word: str, end: int) -> bool:
    """Rule 2: whether a noun for a person that news also puts before another noun
    qualifies the word after it ("Russian sniper fire", "the Nigerian hostage crisis", "a
    suspect package"), a lower-case word that is no function word, so heads nothing; the
    head after it may still be one ("rebel fighters")."""
    if word not in _MODIFYING_PERSON_NOUNS:
        return False
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group(1) not in STOP_WORDS


#: nouns for a person that also qualify a noun after them ("sniper fire", "hostage talks",
#: "rebel offensive", "victim support group", "insurgent tactics", "the separatist region")
_MODIFYING_PERSON_NOUNS: Final = frozenset(
    {"sniper", "insurgent", "rebel", "hostage", "victim", "suspect", "smuggler", "shooter",
     "separatist", "loyalist", "guerrilla", "mercenary"}
)  # fmt: skip


def _extend_head(text: str, end: int, kind: str) -> tuple[int, str]:
    """A head right after the head joins it ("police officers", "government forces")."""
    match = _WORD_AFTER.match(text, end)
    while match is not None:
        next_kind = noun_kind(match.group(1))
        if next_kind not in ("Organisation", "Person"):
            break
        end, kind = match.end(), next_kind
        match = _WORD_AFTER.match(text, end)
    return end, kind


def names_one_person(phrase: str) -> bool:
    """Whether a phrase ends in a noun for one person ("Central Command spokesman", "the
    young soldier"): a mention of that person, whatever body its modifiers name."""
    words = phrase.split()
    return bool(words) and words[-1].islower() and noun_kind(words[-1]) == "Person"


def names_a_place(phrase: str) -> bool:
    """Whether a phrase ends in a noun for a place ("Idlib province", "the headquarters
    compound", "the Iraqi Kurdistan Region"): a mention of that place, not of a body."""
    words = phrase.split()
    return bool(words) and noun_kind(words[-1].lower()) == "Location"


def names_a_body(phrase: str) -> bool:
    """Whether a phrase ends in a noun for a body or for people ("the Secretary General's
    office", "the Foreign Ministers"): a group, whatever titles its modifiers hold."""
    words = phrase.split()
    return bool(words) and noun_kind(words[-1].lower()) == "Organisation"


def is_people_noun(word: str) -> bool:
    """Whether a word, in any case or number, is a noun for a person or for people as such
    ("hero", "people", "communities", "the population"): never a place."""
    lower = word.lower()
    return is_person_noun(word) or _singular(lower) in _PEOPLE_AS_SUCH or lower == "people"


#: group nouns for people as such, not a body or a force (rule 10's people nouns)
_PEOPLE_AS_SUCH: Final = frozenset(["community", "population", "crowd"])


def is_person_noun(word: str) -> bool:
    """Whether a word, in any case or number, is a noun for a person ("Officer", "citizens",
    "commander")."""
    lower = word.lower()
    return any(form in ROLE_NOUNS or form in _PERSON_NOUNS for form in (lower, _singular(lower)))


def noun_kind(word: str) -> str | None:
    """The re3d type a head noun gives its phrase: Person for one person, Organisation for
    people or a body, Location for a place; None for any other word."""
    if word in _PLACE_NOUNS:
        return "Location"
    if word in _ACTIVITIES:
        return None
    if word in _GROUP_NOUNS or word in ORG_HEADS or _singular(word) in ORG_HEADS:
        return "Organisation"
    if word in ROLE_NOUNS or word in _PERSON_NOUNS:
        return "Person"
    if _singular(word) in ROLE_NOUNS or _singular(word) in _PERSON_NOUNS:
        return "Organisation"  # "Iraqi officials", "former Iraqi police officers"
    return None


def nominal_mentions(text: str) -> Iterable[CharSpan]:
    """A person, a body or a place named by a noun, with its article: "A police officer
    told", "the young man he met" (Person), "the regime", "the Yazidi community", "a
    militant group" (Organisation), "a street", "the river", "the mosque" (Location: re3d
    train marks "the"/"a" and a place noun as one Location 35 times, inside a longer one
    17 times, not at all 8 times); not before a name (the role rules take that) nor as a
    predicate ("he was a commander", "Hibhib is a village")."""
    for article in _ARTICLE.finditer(text):
        head = _head_after(text, article.end())
        if head is None:
            continue
        end, kind = head
        if text[:end].rsplit(" ", 1)[-1] in _NOT_NOMINAL_HEADS:
            continue
        mention = _nominal_mention(text, article.end() + 1, _with_of_phrase(text, end), kind)
        if mention is not None:
            yield mention


def one_person_mentions(text: str) -> Iterable[CharSpan]:
    """One person counted out of a noun for people: "one child", "One man", "one of our
    brave service members" (re3d train marks "One man", "one hostage" and "one of the
    SNCOs" each as one Person with the "one"); not "one of its constituent groups"."""
    for one in _ONE.finditer(text):
        of_phrase = _OF_DETERMINER.match(text, one.end())
        if of_phrase is None:
            head = _head_after(text, one.end())
            if head is not None and head[1] == "Person":
                yield one.start(), head[0], "Person"
            continue
        head = _head_after(text, of_phrase.end(), words=3)
        if head is not None and is_person_noun(text[: head[0]].rsplit(" ", 1)[-1]):
            yield one.start(), head[0], "Person"


_ONE: Final = re.compile(r"\b[Oo]ne(?= )")
#: "of" and the determiner of the people one is counted from ("one of our")
_OF_DETERMINER: Final = re.compile(r" of (?:the|our|his|her|their|its|these|those|my|your)")


def with_of_phrase(text: str, end: int) -> int:
    """The end of a mention ending at `end` in a noun for people or a body, with the "of"
    phrase after it that names them ("the families" + "of the victims"); else `end`."""
    head = text[:end].rsplit(" ", 1)[-1]
    if not head.islower() or noun_kind(head) not in ("Organisation", "Person"):
        return end
    return _with_of_phrase(text, end)


def _with_of_phrase(text: str, end: int) -> int:
    """A noun's "of" phrase belongs to its mention when it names someone ("the government of
    Iraq") or more people ("a group of other people")."""
    named = _OF_NAME.match(text, end)
    if named is not None:  # "members of the Al Bu Nimr" + "tribe"
        return group_phrase_end(text, named.end()) or named.end()
    of_phrase = _OF_ARTICLE.match(text, end)
    if of_phrase is None:
        return end
    people = _head_after(text, of_phrase.end())
    if people is None or people[1] == "Location":
        return end
    return people[0]


def is_predicate(text: str, start: int) -> bool:
    """Whether a noun phrase at `start` is a predicate after a copula ("he was a
    commander", "Hibhib is a village"), which re3d does not mark as a mention."""
    return _COPULA_BEFORE.search(text, 0, start) is not None


def _nominal_mention(text: str, start: int, end: int, kind: str) -> CharSpan | None:
    """A mention from the article before `start` to `end`, unless a name follows or it is
    a predicate after a copula."""
    if _NAME_AFTER.match(text, end):
        return None
    start = _with_article(text, start)
    if is_predicate(text, start):
        return None
    return start, end, kind


def _with_qualifier(text: str, start: int) -> int:
    """A role qualifier right before `start` joins the mention ("a senior Iraqi general")."""
    before = text[:start].rstrip().rsplit(" ", 1)[-1]
    if before.lower() in ROLE_QUALIFIERS and text[:start].endswith(before + " "):
        return start - len(before) - 1
    return start


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def _with_article(text: str, start: int, articles: tuple[str, ...] = _ARTICLES) -> int:
    """The start of the article right before `start` ("the", "an"), else `start`."""
    before = text[:start]
    for article in articles:
        opening = start - len(article)
        if before.endswith(article) and (opening == 0 or not text[opening - 1].isalnum()):
            return opening
    return start
