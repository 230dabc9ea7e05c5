"""Temporal expressions: recognition grammar, resolution and calendar arithmetic.

`find_timexes(text, anchor_date)` is the whole cascade (see `recognize`); the pipeline's
TimexStage calls it with the segmented sentences.
"""

from sitrep.temporal.recognize import find_timexes, split_sentences

__all__ = ["find_timexes", "split_sentences"]
