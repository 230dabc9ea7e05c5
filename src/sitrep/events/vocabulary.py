"""Word lists that several event modules read the same way, defined once here.

- `INQUIRY_VERBS`: the forms of the verbs by which someone looks into an act rather than
  commits it ("Police are investigating the shooting", "Soldiers probing reports of an
  ambush"): `roles` drops their subjects as initiators, `senses` and `nonevents` read
  an act named as their object as one told elsewhere.
- `INQUIRY_NOUNS`: the nouns of such looking into ("a probe into the attack").
- `HARM_WORDS`: words that tell people killed or hurt: `classify` types an attack on
  property with no one hurt as destruction, `senses` reads a strike or a target told with
  them as violence.
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
