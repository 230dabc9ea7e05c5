"""Places in US local news: an article naming two towns of one state leans there for a
name no big city bears (sitrep.geo.focus rule 7), and a village of several words named
in context is that village wherever it stands alone in the state the article leans to
(sitrep.geo.acceptance rule 4)."""

from __future__ import annotations

from sitrep.geo import acceptance
from sitrep.geo.acceptance import Evidence
from sitrep.geo.candidates import Run as TextRun
from sitrep.geo.focus import Focus
from sitrep.kb.gazetteer import Place

from .conftest import Run

_BAND = (
    "Band wins a trip to state finals. The Mt. Pleasant Community High School jazz band "
    "will play at the state finals in Des Moines after winning the district contest in "
    'Iowa City. "It is the first time that Mt. Pleasant has won," said the band director.'
)


def test_two_towns_of_one_state_place_a_modest_namesake_there(run: Run) -> None:
    doc = run(_BAND)
    towns = [p for p in doc.places if p.evidence.text == "Mt. Pleasant"]
    assert len(towns) == 2
    assert {t.admin1 for t in towns} == {"US.IA"}


def test_leaning_without_a_small_place_needs_a_modest_name() -> None:
    focus = Focus(names_in={"US.IA": frozenset({"des moines", "iowa city"})})
    assert focus.leaning_admin1("mt. pleasant") is None
    assert focus.leaning_admin1("mt. pleasant", modest=True) == "US.IA"


def _village(name: str) -> Place:
    return Place(None, name, "US", 41.0, -91.5, "village", 8000, "US.IA")


def test_a_village_of_several_words_is_recalled_in_the_leaning_region() -> None:
    evidence = Evidence(TextRun(0, 14, (0, 4), (3, 14), False), partial=False, guess=None)
    several = _village("Mount Pleasant")
    one = _village("Webb")
    assert acceptance.named_elsewhere(
        several, evidence, "mt. pleasant", frozenset({"mt. pleasant"}), leaning="US.IA"
    )
    assert not acceptance.named_elsewhere(
        several, evidence, "mt. pleasant", frozenset({"mt. pleasant"})
    )
    assert not acceptance.named_elsewhere(
        one, evidence, "webb", frozenset({"webb"}), leaning="US.IA"
    )
