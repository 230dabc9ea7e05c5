"""A model's PERSON span that ends on an institution's word ("Liverpool Academy") names a
body: its words are no person's name elsewhere in the article (persons rule 2)."""

from __future__ import annotations

from .conftest import Run


def test_a_city_named_in_an_academy_taken_for_a_person_stays_a_city(run: Run) -> None:
    doc = run(
        "The academies are managed by Mohamed Khaled, the Liverpool Academy technical "
        "director, who came to Cairo six years ago. The programme aims to bring "
        "Liverpool to a different country, Khaled said."
    )
    cities = [(p.evidence.text, p.country) for p in doc.places]
    assert ("Liverpool", "GB") in cities


def test_a_person_named_like_a_town_still_needs_context(run: Run) -> None:
    doc = run(
        "Aid workers in Khartoum said on Monday that Nelson Hope, a nurse, was safe. "
        "Nelson added that the clinic had run out of fuel."
    )
    assert all(p.evidence.text != "Nelson" for p in doc.places)
