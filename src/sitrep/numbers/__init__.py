"""Numbers: number words, qualifiers and bounds, and the counted-noun lexicon.

`find_quantities(text, spans)` is the quantity cascade (see `extract`); `stated_figure`
the number a quantity states, whatever qualifies it.
"""

from sitrep.numbers.extract import find_quantities, stated_figure
from sitrep.numbers.words import parse_number

__all__ = ["find_quantities", "parse_number", "stated_figure"]
