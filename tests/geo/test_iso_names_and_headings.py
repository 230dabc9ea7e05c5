"""ISO 3166-2 names with another language's name in brackets (sitrep.geo.index rule 3)
and all-capital headings that open a line (sitrep.geo.context rule 3)."""

from __future__ import annotations

from sitrep.geo import context
from sitrep.geo.index import iso_names
from sitrep.kb.gazetteer import Gazetteer

from .conftest import Run


def test_iso_bracket_holds_another_name_and_a_code() -> None:
    assert iso_names("Wales [Cymru GB-CYM]") == ["Wales", "Cymru"]
    assert iso_names("Catalunya [Cataluña]") == ["Catalunya", "Cataluña"]
    assert iso_names("Stockholms län [SE-01]") == ["Stockholms län"]
    assert iso_names("Galicia [Galicia]") == ["Galicia"]
    assert iso_names("Bavaria") == ["Bavaria"]


def test_wales_is_a_first_level_region() -> None:
    places = Gazetteer.load().lookup("Wales", fuzzy=False)
    assert places[0].feature == "admin1"
    assert places[0].admin1_code == "GB.WLS"


def test_wales_named_in_a_report(run: Run) -> None:
    doc = run("The conference will showcase the progress being made in Wales on tidal power.")
    assert [(p.evidence.text, p.admin1) for p in doc.places] == [("Wales", "GB.WLS")]


def test_capital_heading_is_no_dateline() -> None:
    text = "Events\nMARINE ENERGY WALES ANNUAL CONFERENCE 2018. The conference aims to grow."
    start = text.index("MARINE")
    assert not context.heads_line_dateline(text, start, start + len("MARINE"))


def test_capital_dateline_still_read() -> None:
    for text, name in (
        ("LONDON Pope Francis met the prime minister on Monday.", "LONDON"),
        ("SANTIAGO, 10 JAN 90 -- THE ARMY SAID", "SANTIAGO"),
        ("NEW YORK (AP) — Stocks fell on Monday.", "NEW YORK"),
    ):
        assert context.heads_line_dateline(text, 0, len(name)), text


def test_heading_town_sends_no_region_home(run: Run) -> None:
    text = (
        "Danish wave energy developer Wavepiston raised new capital in Denmark.\n"
        "MARINE ENERGY WALES ANNUAL CONFERENCE 2018 19/04/2018. The Marine Energy Wales "
        "Annual Conference aims to showcase the progress being made in Wales."
    )
    places = [(p.evidence.text, p.country) for p in run(text).places]
    assert ("MARINE", "US") not in places
    assert ("Wales", "GB") in places
