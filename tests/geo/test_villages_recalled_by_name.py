"""One sense per article (places rule 10): a village the article places by its name in
locative context is that village wherever else the name stands, even where the article
names no other place (acceptance rule 4) and a headline opens with it."""

from __future__ import annotations

from sitrep.geo.acceptance import Evidence, named_elsewhere
from sitrep.geo.candidates import Run as TextRun
from sitrep.kb.gazetteer import Place

from .conftest import Run


def _starts(text: str, run: Run, name: str) -> list[int]:
    return [p.evidence.start for p in run(text).places if p.evidence.text == name]


def test_a_headline_village_is_the_village_placed_below(run: Run) -> None:
    text = (
        "Sinjil mourns after raid. Israeli forces raided Sinjil overnight and detained "
        "two men, witnesses said."
    )
    assert _starts(text, run, "Sinjil") == [0, text.index("Sinjil", 1)]


def test_a_lone_local_village_is_recalled_everywhere(run: Run) -> None:
    text = (
        "Whitestown approves new water tower. Whitestown officials unveiled plans on "
        "Monday for a new water tower, the town manager said. Construction in "
        "Whitestown is expected to start in June."
    )
    assert len(_starts(text, run, "Whitestown")) == 3


def test_the_sole_village_needs_no_home_region() -> None:
    village = Place(4266965, "Whitestown", "US", 39.99, -86.35, "village", 2867, "US.IN")
    evidence = Evidence(TextRun(0, 10, (0,), (10,), False), False, None, False)
    named = frozenset({"whitestown"})
    assert named_elsewhere(village, evidence, "whitestown", named, None, sole=True)
    assert not named_elsewhere(village, evidence, "whitestown", named, None)
