"""Event extraction helpers: taxonomy, triggers, roles, dating, placing, numbers, merging.

The EventsStage (`sitrep.pipeline.stages.events`) runs them as one cascade; the
QuotesStage shares `speech` (cue verbs and speaker resolution).
"""
