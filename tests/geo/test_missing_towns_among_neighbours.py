"""A town the gazetteer lacks, written with its state, lies among the state's other
towns the article names, not at the state's centre (places rule 16)."""

from __future__ import annotations

from sitrep.geo.proximity import great_circle_km

from .conftest import Run

#: Missouri's centre in the gazetteer's first-level regions.
_MISSOURI_CENTRE = (38.4, -92.5)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return great_circle_km(*a, *b)


def test_a_missing_town_lies_among_the_states_towns_named(run: Run) -> None:
    doc = run(
        "Jimmy Smith, 30, of Logan, Mo., was arrested Friday in Springfield, Missouri, "
        "after a chase that began in Joplin, police said."
    )
    logan = [p for p in doc.places if p.evidence.text == "Logan"]
    assert logan and logan[0].lat is not None and logan[0].lon is not None
    point = (logan[0].lat, logan[0].lon)
    # still a region-precision place, not the town itself
    assert logan[0].geonameid is None and logan[0].feature == "admin1"
    assert logan[0].admin1 == "US.MO"
    # between Springfield and Joplin, in southwest Missouri
    assert _km(point, (37.2, -93.9)) < 50.0
    assert _km(point, _MISSOURI_CENTRE) > 100.0


def test_the_state_itself_stays_at_its_centre(run: Run) -> None:
    doc = run(
        "Jimmy Smith, 30, of Logan, Mo., was arrested Friday in Springfield, Missouri, "
        "after a chase that began in Joplin, police said."
    )
    missouri = [p for p in doc.places if p.evidence.text == "Missouri"]
    assert missouri and (missouri[0].lat, missouri[0].lon) == _MISSOURI_CENTRE
