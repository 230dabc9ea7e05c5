"""MUC-4 adapter: acts told in the plural with nothing that singles them out are a
generic description, not an incident; counted or dated ones stay incidents."""

from __future__ import annotations

from sitrep.evaluate.gtt_metric import Template
from sitrep.evaluate.muc4 import templates_of
from sitrep.model import make_article
from sitrep.pipeline import process_article


def _templates(text: str) -> list[Template]:
    return templates_of(process_article(make_article(text)))


def test_plural_acts_with_no_target_count_or_date_are_no_incident() -> None:
    assert (
        _templates(
            "Chileans are especially sensitive to terrorism because we continuously "
            "experience their cowardly attacks."
        )
        == []
    )


def test_counted_plural_acts_stay_an_incident() -> None:
    templates = _templates("Two explosions shook the Usaquen district of Bogota.")
    assert [t.incident_type for t in templates] == ["bombing", "bombing"]


def test_plural_acts_against_something_named_stay_an_incident() -> None:
    (template,) = _templates("Rebels resumed their attacks against brothels in the port city.")
    assert template.incident_type == "attack"


def test_plural_acts_told_with_their_place_stay_an_incident() -> None:
    (template,) = _templates(
        "Members of the 8th front have carried out terrorist attacks in Popayan to protest "
        "the arrest of their leader."
    )
    assert template.incident_type == "attack"
