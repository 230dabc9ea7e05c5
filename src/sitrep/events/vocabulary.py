"""Word lists that several event modules read the same way, defined once here.

- `INQUIRY_VERBS`: the forms of the verbs by which someone looks into an act rather than
  commits it ("Police are investigating the shooting", "Soldiers probing reports of an
  ambush"): `roles` drops their subjects as initiators, `senses` and `nonevents` read
  an act named as their object as one told elsewhere.
- `INQUIRY_NOUNS`: the nouns of such looking into ("a probe into the attack").
- `HARM_WORDS`: words that tell people killed or hurt: `classify` types an attack on
  property with no one hurt as destruction, `senses` reads a strike or a target told with
  them as violence, `tokens.harm_in_relative_clause` reads an act that did harm.
- `BLAME_VERBS`, `ATTRIBUTE_VERBS`, `ACCUSE_VERBS`: the verbs that lay an act at someone's
  door ("blamed the attack on Russia", "attributed the bombing to the ELN", "accused the
  rebels of shelling"): `modality` reads the act as alleged, `roles` names who is blamed,
  and `merge` reads "blamed the attack" or "attributed the bombing" as the act already
  told (an accusation names a person after the verb, not an act, so it is no such cue).
- `ACCIDENTS`: what kills by accident: `nonevents` drops such deaths, `measures` counts
  no dead of one, `classify` reads no force on a crowd protesting one.
- `REPORT_NOUNS`: the nouns of telling ("a report by the UN", "rejected the allegations"):
  `roles` reads their "by" phrase as naming the teller, not an actor of the act, and
  `modality` reads one rejected as a denial.
"""

from __future__ import annotations

from typing import Final

INQUIRY_VERBS: Final = frozenset(
    {"investigate", "investigates", "investigated", "investigating", "probe", "probes",
     "probed", "probing"}
)  # fmt: skip
INQUIRY_NOUNS: Final = frozenset(
    {"investigation", "investigations", "probe", "probes", "inquiry", "inquiries", "enquiry"}
)  # fmt: skip
HARM_WORDS: Final = frozenset(
    {"kill", "kills", "killed", "killing", "dead", "deaths", "casualties", "wounded"}
)
BLAME_VERBS: Final = frozenset({"blamed", "blames", "blame", "blaming"})
ATTRIBUTE_VERBS: Final = frozenset(
    {"attributed", "attributes", "attribute", "attributing", "ascribed", "ascribes"}
)
ACCUSE_VERBS: Final = frozenset({"accused", "accuses", "accusing", "accuse"})
REPORT_NOUNS: Final = frozenset(
    {"report", "reports", "statement", "statements", "claim", "claims", "allegation",
     "allegations", "accusation", "accusations", "charge", "charges", "account", "accounts"}
)  # fmt: skip
#: words that show the dead themselves ("the bodies", "the mutilated ..."): the dead are
#: the subject, no one acting.
BODY_WORDS: Final = frozenset(
    {"body", "bodies", "corpses", "mutilated", "bullet-riddled", "decapitated", "headless"}
)
#: words of projectiles stopped in flight ("intercepted missiles", "downed drones").
INTERCEPT_WORDS: Final = frozenset({"intercepted", "intercepting", "intercept", "downed"})
#: what kills by accident ("killed in a road accident", "the collapse of a canopy that
#: killed 15 people"): no political violence.
ACCIDENTS: Final = frozenset(
    {"accident", "accidents", "crash", "crashes", "collision", "stampede", "landslide",
     "earthquake", "flood", "floods", "drowning", "lightning", "storm", "cyclone",
     "collapse", "derailment", "avalanche", "mudslide"}
)  # fmt: skip
