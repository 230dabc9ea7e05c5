"""Numbers: number words, qualifiers and bounds, and the counted-noun lexicon.

`find_quantities(text, spans)` is the quantity cascade (see `extract`).
"""

from sitrep.numbers.extract import find_quantities
from sitrep.numbers.words import parse_number

__all__ = ["find_quantities", "parse_number"]
