"""Words the coreference rules look for: pronouns, group nouns, organisation heads.

Kept apart from the rules so a user can read (and extend) what counts as an anaphor.
"""

from __future__ import annotations

from typing import Final

#: person pronouns and the gender they carry.
PERSON_PRONOUNS: Final = {"he": "m", "she": "f"}
#: object pronouns that name a speaker ("they quoted her as saying") and their gender.
OBJECT_PRONOUNS: Final = {"him": "m", "her": "f"}
#: pronouns that stand for an organisation or group when they speak ("it said").
GROUP_PRONOUNS: Final = frozenset({"it", "they"})
#: titles and words in a role that tell a person's gender.
GENDERED_TITLES: Final = {
    "mr": "m", "mr.": "m", "sir": "m", "king": "m", "prince": "m", "spokesman": "m",
    "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "queen": "f", "princess": "f",
    "spokeswoman": "f", "congresswoman": "f", "congressman": "m", "chairwoman": "f",
    "chairman": "m",
}  # fmt: skip
#: honorifics that are no role ("Mr Healey" has no role "Mr").
HONORIFICS: Final = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir"})
#: plural or collective nouns that, after "the", stand for the last armed group named.
GROUP_NOUNS: Final = frozenset(
    {
        "group", "militants", "militant group", "jihadists", "jihadist group", "insurgents",
        "rebels", "rebel group", "extremists", "extremist group", "terrorists",
        "terror group", "terrorist group", "fighters", "militia", "militiamen",
        "organisation", "organization", "movement", "faction",
    }
)  # fmt: skip
#: actor types (ACLED categories) an armed-group noun may refer to.
GROUP_TYPES: Final = frozenset({"rebel_group", "political_militia", "identity_militia"})
#: heads of organisation names; "the ministry" is the last actor with "Ministry" in its name.
ORG_HEADS: Final = frozenset(
    {
        "ministry", "department", "command", "agency", "army", "navy", "military", "government",
        "party", "campaign", "committee", "council", "administration", "commission", "office",
        "coalition", "alliance", "force", "forces", "police", "service", "bureau", "court",
        "embassy", "company", "foundation", "institute", "union", "newspaper", "network",
        "pentagon", "kremlin", "white house",
    }
)  # fmt: skip
#: lower-case role nouns that, after "the", name the person holding the role earlier
#: ("the defence secretary", "the former president", "the senator").
ROLE_NOUNS: Final = frozenset(
    {
        "secretary", "minister", "president", "spokesman", "spokeswoman", "spokesperson",
        "general", "commander", "chief", "director", "governor", "mayor", "ambassador",
        "envoy", "chancellor", "king", "queen", "senator", "congressman", "congresswoman",
        "candidate", "nominee", "leader", "chairman", "chairwoman", "prime minister",
        "premier", "colonel", "admiral", "official", "prosecutor", "judge", "sheriff",
        "emir", "prince",
    }
)  # fmt: skip
#: qualifiers that may stand between "the" and a role noun.
ROLE_QUALIFIERS: Final = frozenset(
    {
        "former", "acting", "deputy", "defence", "defense", "foreign", "home", "interior",
        "prime", "vice", "state", "army", "military", "republican", "democratic",
        "presidential", "us", "u.s.", "uk", "british", "american", "french", "russian",
        "senior", "top", "new", "then", "chief", "press", "white", "house", "party",
    }
)  # fmt: skip
