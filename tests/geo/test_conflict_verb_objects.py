"""Places named as the object of a conflict verb, with no preposition.

"Boko Haram fighters attacked Baga" or "the army retook Kidal": a careful reader knows
the town attacked or retaken is a place (sitrep.geo.context rule 17, sitrep.geo.acceptance
rule 8), while a person ("attacked Smith"), an organisation ("attacked MONUSCO") or a
name a pronoun makes a person's ("attacked Parker on his way home") is not.
"""

from __future__ import annotations

import pytest

from sitrep.geo import context
from sitrep.geo.acceptance import LOCATIVE_CONFIDENCE

from .conftest import Run


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Boko Haram fighters attacked Baga on Friday, residents said.", "Baga", "NG"),
        ("Al-Shabaab militants seized Balad on Tuesday after a brief gunfight.", "Balad", "SO"),
        ("The army retook Kidal after a week of heavy fighting.", "Kidal", "ML"),
        ("Rebels overran Walikale in eastern Congo on Sunday.", "Walikale", "CD"),
        ("Troops shelled Gwoza overnight as the insurgents regrouped.", "Gwoza", "NG"),
        ("Jihadists stormed Djibo at dawn and set fire to the market.", "Djibo", "BF"),
        ("Militants torched Kukawa and fled before soldiers arrived.", "Kukawa", "NG"),
        ("Boko Haram insurgents raided Konduga overnight, killing five people.", "Konduga", "NG"),
        ("Ukrainian troops liberated Bucha in late March.", "Bucha", "UA"),
    ],
)
def test_the_object_of_a_conflict_verb_is_a_place(
    run: Run, text: str, name: str, country: str
) -> None:
    doc = run(text)
    (place,) = [p for p in doc.places if p.evidence.text == name]
    assert place.confidence >= LOCATIVE_CONFIDENCE
    assert place.country == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen attacked Smith outside his home in the early hours.", "Smith"),
        ("Protesters attacked MONUSCO in the eastern city on Monday.", "MONUSCO"),
        ("A mob attacked John Kelly as the convoy passed.", "Kelly"),
        ("Assailants attacked Parker on his way home from work.", "Parker"),
        ("Fighters attacked Nelson as he left the mosque.", "Nelson"),
        ("Gunmen stormed Smith's house before dawn.", "Smith"),
        ("Soldiers stormed Parliament and arrested the speaker.", "Parliament"),
    ],
)
def test_a_person_organisation_or_common_word_is_no_place(run: Run, text: str, name: str) -> None:
    doc = run(text)
    assert not any(name in p.evidence.text for p in doc.places)


def test_the_verb_must_stand_right_before_the_name() -> None:
    text = "Militants attacked the convoy near Baga."
    assert context.conflict_verb_before(text, text.index("Baga"), len(text) - 1) is None
    text = "Militants attacked Baga."
    assert context.conflict_verb_before(text, text.index("Baga"), len(text) - 1) == 10


def test_a_noun_attack_is_no_verb() -> None:
    text = "The attacks Monday were claimed by no group."
    assert context.conflict_verb_before(text, text.index("Monday"), 18) is None
