"""The possessives a re3d model mention may be alone differ on purpose from the
determiners that open a place's name (`geo.names.DETERMINERS`)."""

from __future__ import annotations

from sitrep.geo.names import DETERMINERS
from sitrep.ner import re3d


def test_her_is_kept_as_a_person_pronoun_not_dropped_as_a_possessive() -> None:
    assert "her" not in re3d._POSSESSIVE_DETERMINERS
    assert "her" in re3d._PERSON_PRONOUNS


def test_the_shared_possessives_open_place_names_too() -> None:
    assert re3d._POSSESSIVE_DETERMINERS - {"my", "your"} <= DETERMINERS
