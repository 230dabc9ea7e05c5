"""A legislator's party letter before a name ("Westrom, R-Elbow Lake") names the home
town: a town for sure (places: certain, even in an article that names no state), never a
lake or other feature (facilities rule 4)."""

from __future__ import annotations

from sitrep.geo import context, facilities

from .conftest import Run


def test_a_party_letter_names_a_home_town_not_a_lake(run: Run) -> None:
    text = (
        "That changed briefly last Wednesday when Westrom, R-Elbow Lake, went before a "
        "Senate committee to urge passage of a bill."
    )
    found = [(p.evidence.text, p.feature, p.admin1) for p in run(text).places]
    assert ("Elbow Lake", "village", "US.MN") in found
    assert all(feature != facilities.PHYSICAL for _, feature, _ in found)


def test_the_party_letter_is_no_part_of_a_features_name() -> None:
    text = "Rep. Mary Kiffmeyer, R-Big Lake, spoke."
    assert all(text[s:e] != "R-Big Lake" for s, e, _ in facilities.spans(text))
    assert context.party_before(text, text.index("Big Lake"))
    assert not context.party_before("on Big Lake", 3)
