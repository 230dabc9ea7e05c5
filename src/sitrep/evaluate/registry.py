"""Imports every evaluator module so that each registers itself.

Add a line here when adding a dataset reader and scorer.
"""

import sitrep.evaluate.geo  # geoparsing on GeoWebNews and LGL
import sitrep.evaluate.meantime  # MEANTIME timex
import sitrep.evaluate.ner  # statistical NER on re3d
import sitrep.evaluate.tempeval  # noqa: F401  (TempEval-3 timex)
