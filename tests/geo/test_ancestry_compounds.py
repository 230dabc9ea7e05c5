"""Demonyms rule 12: a demonym after a continent's or ancestry's prefix and a hyphen
("African-Americans", "Anglo-Americans") names an ethnic group, not a state; two
states' demonyms joined so ("a Russian-American crew") keep both states."""

from __future__ import annotations

from .conftest import Run


def _places(run: Run, text: str) -> list[str]:
    return [p.evidence.text for p in run(text).places]


def test_an_ethnic_groups_name_is_no_state(run: Run) -> None:
    text = (
        "The Trumpet Awards Foundation, which honors accomplished African-Americans, "
        "praised Sunday's event."
    )
    assert "Americans" not in _places(run, text)
    body = (
        "The state's African-American Affairs Commission, a liaison between black "
        "communities and the government, met Monday."
    )
    assert "American" not in _places(run, body)


def test_two_states_demonyms_joined_keep_their_states(run: Run) -> None:
    text = "A Russian-American crew blasted off from Kazakhstan on Thursday."
    places = _places(run, text)
    assert "Russian" in places and "American" in places
