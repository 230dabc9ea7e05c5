"""Persons rule 8: a person named in full once and by the surname after is a person
wherever the surname stands alone; a place keeps its locative context."""

from __future__ import annotations

from sitrep.geo.persons import presented_person_words
from sitrep.kb.actors import fold
from sitrep.model import make_article
from sitrep.pipeline.document import Document
from sitrep.pipeline.resources import load_resources

from .conftest import Run


def _words(text: str) -> frozenset[str]:
    doc = Document(make_article(text, published="2026-01-10"), anchor_date="2026-01-10")
    return presented_person_words(doc, load_resources().gazetteer)


def test_a_surname_written_again_alone_is_a_persons_name() -> None:
    text = (
        "Linda Dunlap also works with the archives in Rome, Georgia. "
        "“We work all of the time,” said Dunlap."
    )
    assert fold("Dunlap") in _words(text)


def test_a_big_city_before_a_name_is_no_given_name() -> None:
    text = "Officials in Houston Heights met on Monday. Heights residents said roads flooded."
    assert fold("Heights") not in _words(text)


def test_the_surname_alone_is_no_village(run: Run) -> None:
    doc = run(
        "CHARLESTON, W.Va. -- Emilie Holroyd, a longtime fixture in state politics, died "
        "Monday. Holroyd served as a delegate for years, party officials said."
    )
    assert "Holroyd" not in {p.evidence.text for p in doc.places}


def test_a_town_in_locative_context_stays_a_town(run: Run) -> None:
    doc = run(
        "Alex Cheng won the tournament. Cheng, who lives in Kharkiv, said shelling near "
        "Kupiansk had closed his school."
    )
    names = {p.evidence.text for p in doc.places}
    assert {"Kharkiv", "Kupiansk"} <= names
    assert "Cheng" not in names
