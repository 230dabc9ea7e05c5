"""MUC-4 adapter rule 11: the document's group carried to an incident with no
organisation of its own is one the report writes as acting, not one named only as what
a person belongs to or what something is related to."""

from __future__ import annotations

from muc4_helpers import fillers

from sitrep.evaluate.gtt_metric import Template
from sitrep.evaluate.muc4 import templates_of
from sitrep.model import make_article
from sitrep.pipeline import process_article


def _templates(text: str) -> list[Template]:
    return templates_of(process_article(make_article(text)))


def test_a_group_named_as_a_persons_affiliation_is_not_carried() -> None:
    text = (
        "M-19 Commander Carlos Pizarro said today that the organization will turn in "
        "its weapons. Meanwhile, unidentified gunmen killed judge Mario Rojas in "
        "Medellin on Monday."
    )
    templates = _templates(text)
    assert templates
    assert "m19" not in fillers(templates, "PerpOrg")


def test_a_group_written_as_acting_is_still_carried() -> None:
    text = (
        "The FMLN has stepped up its urban campaign. Unidentified men machinegunned "
        "the residence of judge Mario Rojas in San Salvador on Monday."
    )
    assert "fmln" in fillers(_templates(text), "PerpOrg")
