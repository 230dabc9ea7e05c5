"""Word lists that several event modules read the same way, defined once here.

- `INQUIRY_VERBS`: the forms of the verbs by which someone looks into an act rather than
  commits it ("Police are investigating the shooting", "Soldiers probing reports of an
  ambush"): `roles` drops their subjects as initiators, `senses` and `nonevents` read
  an act named as their object as one told elsewhere.
- `INQUIRY_NOUNS`: the nouns of such looking into ("a probe into the attack").
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
