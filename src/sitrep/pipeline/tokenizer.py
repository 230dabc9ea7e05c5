"""The project's English tokenizer: spaCy's blank English one with two news-text rules.

1. A place-name prefix abbreviation ("St.", "Ste.", "Ft.", "Mt.") is one token with its
   full stop, in title case and in a dateline's capitals alike ("ST. LOUIS --",
   "FT. WORTH, Texas"). spaCy keeps "St." and "Mt." whole but splits "ST." and "Ft.";
   a bare full stop ends a sentence (the segment stage's rule 3), so "ST. LOUIS" read
   as "ST" "." "LOUIS" cut the place in two. Lower case is left alone: "10 ft." is feet.
2. A run of two or more hyphens between two words or marks is a token of its own, and
   so is a bracket it touches: a press-wire dateline joins its parts with them ("SAN
   JOSE, Calif.--(BUSINESS WIRE)--Acme Corp"), which spaCy kept as one word
   ("Calif.--(BUSINESS") and so lost the state. A line of hyphens stays whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from spacy.language import Language

#: rule 1: the place-name prefixes kept whole with their full stop.
PLACE_PREFIXES: Final = ("St.", "Ste.", "Ft.", "Mt.")
#: rule 2: a hyphen run inside a word, and a bracket right after or before one.
_DASH_INFIXES: Final = (r"(?<=[^\s-])-{2,}(?=[^\s-])", r"(?<=--)[(\[]", r"[)\]](?=--)")


def english() -> Language:
    """A blank English pipeline (tokenizer only) with rules 1 and 2."""
    import spacy
    from spacy.lang.en import English
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    nlp = spacy.blank("en")
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        raise TypeError(f"spaCy's blank English tokenizer is a {type(tokenizer).__name__}")
    for prefix in PLACE_PREFIXES:
        for form in (prefix, prefix.upper()):
            tokenizer.add_special_case(form, [{"ORTH": form}])
    infixes = [*(English.Defaults.infixes or ()), *_DASH_INFIXES]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp
