"""Imports every evaluator module so that each registers itself.

Add a line here when adding a dataset reader and scorer.
"""

import sitrep.evaluate.case2021  # CASE 2021 task 2 sub-type classification
import sitrep.evaluate.events_gold  # re3d conflict-event development gold
import sitrep.evaluate.geo  # geoparsing on GeoWebNews and LGL
import sitrep.evaluate.meantime  # MEANTIME timex
import sitrep.evaluate.muc4  # MUC-4 templates, GTT metric
import sitrep.evaluate.ner  # statistical NER on re3d
import sitrep.evaluate.quotes  # PolNeAR quote attribution
import sitrep.evaluate.tempeval  # noqa: F401  (TempEval-3 timex)
