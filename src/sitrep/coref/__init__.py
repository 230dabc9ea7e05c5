"""Within-document coreference by rule: names, pronouns, role and group phrases.

Used by the quotes stage for speakers and open to the events stage:
`resolve_mention(doc, span)` for one mention, `build_coref(doc)` for a reusable map.
The rules are listed in `sitrep.coref.rules`.
"""

from sitrep.coref.rules import CorefMap, Named, build_coref, resolve_mention

__all__ = ["CorefMap", "Named", "build_coref", "resolve_mention"]
