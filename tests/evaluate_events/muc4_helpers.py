"""Helpers shared by the MUC-4 adapter tests."""

from __future__ import annotations

from sitrep.evaluate.gtt_metric import Template, normalise


def fillers(templates: list[Template], role: str) -> set[str]:
    """Every normalised mention filling `role` in any of `templates`."""
    return {
        normalise(mention)
        for template in templates
        for entity in template.roles[role]
        for mention in entity
    }
