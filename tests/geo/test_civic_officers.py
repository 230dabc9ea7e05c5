"""Context rule 2: a town's officers after its name ("four Paris Policemen", "Grand
Ledge investigators", "Columbus Investigator Gregory Sealock") make it a place, as its
police and firefighters do."""

from __future__ import annotations

from sitrep.geo import context

from .conftest import Run


def test_a_towns_investigators_name_the_town(run: Run) -> None:
    text = (
        "Chemicals were found outside the apartment. Grand Ledge investigators "
        "interviewed the resident on Friday."
    )
    assert "Grand Ledge" in [p.evidence.text for p in run(text).places]


def test_officers_after_a_name_are_a_civic_cue() -> None:
    policemen = "four Paris Policemen"
    assert context.civic_after(policemen, policemen.index(" Policemen"))
    investigator = "Columbus Investigator Gregory Sealock"
    assert context.civic_after(investigator, len("Columbus"))
    assert not context.civic_after("Paris Hilton arrived", len("Paris"))


def test_a_towns_officials_before_their_names_make_it_a_place(run: Run) -> None:
    text = (
        "Funding will be sought in future bills, Boulder City Manager Vicki Mayes said on Monday."
    )
    assert "Boulder City" in [p.evidence.text for p in run(text).places]


def test_an_officials_title_needs_a_name_after_it() -> None:
    assert context.civic_after("Dublin Director of Engineering Paul Hammersmith", 6)
    assert not context.civic_after("Nelson Manager", len("Nelson"))


def test_one_town_official_is_civic_context_like_its_officials() -> None:
    text = "one Springfield official said"
    assert context.civic_after(text, text.index(" official"))


def test_a_bare_manager_title_after_a_club_name_is_no_civic_cue(run: Run) -> None:
    text = "Chelsea Manager Mauricio Pochettino said the squad was tired after the match."
    assert not context.civic_after(text, len("Chelsea"))
    assert "Chelsea" not in [p.evidence.text for p in run(text).places]
    town = "Vernon Town Manager Mike Purcell said"
    assert context.civic_after(town, len("Vernon Town"))
