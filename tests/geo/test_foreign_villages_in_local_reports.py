"""A village abroad that a local report names beside its own people stays abroad; a
town named after "In" at a sentence's start counts as after "in" (places rule 26)."""

from __future__ import annotations

from sitrep.model import PlaceMention

from .conftest import Run

_WOOSTER = "WOOSTER — The Wayne County commissioners approved a new bridge on Tuesday. "
_HARTFORD = (
    "HARTFORD — Police in Glastonbury arrested a Wethersfield man on Tuesday after a crash. "
)


def _place(places: tuple[PlaceMention, ...], name: str) -> PlaceMention:
    return next(p for p in places if p.evidence.text == name)


def test_a_village_beside_its_own_people_stays_abroad(run: Run) -> None:
    # Huwara is a village of the West Bank; the Ohio report names its people
    doc = run(
        _WOOSTER + "Settlers attacked Palestinian homes in Huwara on Saturday, killing a "
        "Wooster man who was visiting relatives."
    )
    assert _place(doc.places, "Huwara").country == "PS"


def test_a_village_the_gazetteer_lacks_at_home_still_stays_home(run: Run) -> None:
    doc = run(_WOOSTER + "Crews from Wooster and Orrville will repair roads in Holmesville.")
    assert _place(doc.places, "Holmesville").admin1 == "US.OH"


def test_in_opening_a_sentence_is_locative_context(run: Run) -> None:
    doc = run(_HARTFORD + "In Vernon, police arrested two men on Monday.")
    vernon = _place(doc.places, "Vernon")
    assert (vernon.country, vernon.admin1) == ("US", "US.CT")
