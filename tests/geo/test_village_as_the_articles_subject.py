"""Acceptance rule 4: a village named in locative context is the same village where
the article names it alone, when the article places no other town, county or region."""

from __future__ import annotations

from .conftest import Run


def test_the_only_village_of_a_report_is_recalled_alone(run: Run) -> None:
    doc = run(
        "A driver safety class will be held from 6 to 10 p.m. at the high school in "
        "Parkers Prairie. Organisers said Parkers Prairie had hosted the class for years."
    )
    found = [p for p in doc.places if p.evidence.text == "Parkers Prairie"]
    assert len(found) == 2


def test_a_village_among_other_towns_keeps_the_old_bar(run: Run) -> None:
    doc = run(
        "Gunmen attacked a market in Kadawa near Kano on Sunday. Kadawa residents said "
        "the attackers fled toward Zaria, police in Kano said."
    )
    texts = [p.evidence.text for p in doc.places]
    assert "Kano" in texts
    assert "Zaria" in texts
