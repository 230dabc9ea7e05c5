"""Two compass words ("North West") name a first-level region only in a country the
article is in (sitrep.pipeline.stages.places rule 2)."""

from __future__ import annotations

from .conftest import Run


def test_compass_region_beside_a_region_of_its_country(run: Run) -> None:
    doc = run(
        "Several rural communities on platinum rich land in the North West and Limpopo "
        "provinces have followed the example."
    )
    assert [(p.evidence.text, p.admin1) for p in doc.places] == [
        ("North West", "ZA.10"),
        ("Limpopo", "ZA.09"),
    ]


def test_compass_region_with_its_country_named(run: Run) -> None:
    doc = run("Protests spread to the North West province in South Africa on Monday.")
    assert ("North West", "ZA") in [(p.evidence.text, p.country) for p in doc.places]


def test_compass_words_abroad_are_no_region(run: Run) -> None:
    doc = run(
        "House prices rose fastest in the North West, the Halifax said on Friday, as "
        "buyers returned to Liverpool and Leeds."
    )
    assert "North West" not in [p.evidence.text for p in doc.places]
