"""A model's PERSON span that runs on past the person's name (persons rule 2): the town
after "of" ("Ibrahim Musa of Kutum") or the town or body before a role ("Litchfield Fire
Chief Jim Koser") is no person's name elsewhere in the article."""

from __future__ import annotations

from sitrep.geo.persons import article_person_words
from sitrep.model import EntityMention, make_article
from sitrep.pipeline.document import Document

from .conftest import Run


def test_a_town_after_of_in_a_person_span_stays_a_town(run: Run) -> None:
    text = (
        "The bodies were identified by Ibrahim Musa of Kutum, a local official said. "
        "Kutum has been under siege by the Rapid Support Forces since May."
    )
    kutum = [p for p in run(text).places if p.evidence.text == "Kutum"]
    assert [p.evidence.start for p in kutum] == [46, text.index("Kutum", 50)]
    assert {p.country for p in kutum} == {"SD"}


def _person_words(text: str, name: str) -> frozenset[str]:
    doc = Document(make_article(text), anchor_date="2026-01-10")
    start = text.index(name)
    doc.entities = (EntityMention(doc.span(start, start + len(name)), "PERSON", name),)
    return article_person_words(doc)


def test_the_town_before_a_role_is_no_person_s_name() -> None:
    text = "Litchfield Fire Chief Jim Koser said crews from Harwinton fought the blaze."
    words = _person_words(text, "Litchfield Fire Chief Jim Koser")
    assert words == {"jim", "koser"}


def test_a_generational_suffix_stays_with_the_name() -> None:
    text = "Gino D. Bassett, Sr., 56, of Mansfield, was charged on Monday."
    assert "bassett" in _person_words(text, "Gino D. Bassett, Sr.")


def test_a_road_taken_for_a_person_gives_no_person_s_name() -> None:
    text = "A Lexington man died early Tuesday in a collision on Old Lexington Highway."
    assert _person_words(text, "Old Lexington Highway") == frozenset()


def test_a_chamber_of_commerce_taken_for_a_person_gives_no_person_s_name() -> None:
    text = "He served on the Arlington Chamber of Commerce and the Arlington Boys Club."
    assert _person_words(text, "Arlington Chamber of Commerce") == frozenset()
