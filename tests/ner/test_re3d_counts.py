"""The re3d adapter's rules for counts, arms and demonyms that re3d does not code as
such: numbers that state no amount, and demonyms listed with names."""

from __future__ import annotations

from re3d_stubs import rule_stages

from sitrep.ner.corpus import Sentence
from sitrep.ner.re3d import predict_sentence


def _of_type(text: str, label: str) -> list[str]:
    """Spans of one re3d type in a sentence given as space-separated gold tokens."""
    words = tuple(text.split())
    sentence = Sentence(words, ("O",) * len(words))
    spans = predict_sentence(list(rule_stages()), sentence)
    return [" ".join(words[s:e]) for s, e, kind in spans if kind == label]


def test_a_known_pair_is_not_a_quantity() -> None:
    sentence = "The two leaders discussed the offensive , and our two countries will act ."
    assert _of_type(sentence, "Quantity") == []


def test_a_count_of_two_is_still_a_quantity() -> None:
    sentence = "Near Rawah , coalition aircraft destroyed two ISIL vehicles ."
    assert _of_type(sentence, "Quantity") == ["two"]


def test_ratios_and_fractions_are_not_quantities() -> None:
    sentence = "The channel broadcasts 24 / 7 on a satellite with FEC 5 / 6 ."
    assert _of_type(sentence, "Quantity") == []


def test_a_radio_frequency_is_not_a_quantity() -> None:
    sentence = "The station broadcasts on 12130 MHz from Baghdad ."
    assert "12130" not in " ".join(_of_type(sentence, "Quantity"))


def test_a_range_of_years_is_not_a_quantity() -> None:
    sentence = "He was born sometime between 1977 - 1979 in Mosul ."
    assert _of_type(sentence, "Quantity") == []


def test_a_volume_keeps_its_unit() -> None:
    sentence = "The dam 's design capacity is 150 , 000 , 000 m3 of water ."
    assert _of_type(sentence, "Quantity") == ["150 , 000 , 000 m3"]


def test_a_demonym_listed_with_names_is_not_a_nationality() -> None:
    sentence = "Australia backs U.S. , U.K. and French maritime security operations ."
    assert _of_type(sentence, "Nationality") == []


def test_a_demonym_qualifying_a_conflict_is_still_a_nationality() -> None:
    sentence = "Britain will keep working to end the Syrian conflict ."
    assert _of_type(sentence, "Nationality") == ["Syrian"]


def test_a_ships_class_before_its_name_is_not_a_second_platform() -> None:
    sentence = "The jets flew from the aircraft carrier FS Charles de Gaulle ."
    assert _of_type(sentence, "MilitaryPlatform") == ["The jets", "FS Charles de Gaulle"]


def test_a_demonym_holding_a_place_is_part_of_the_place() -> None:
    sentence = "The mosque in Daquq , a Kurdish - controlled town , was hit ."
    assert _of_type(sentence, "Nationality") == []
    assert "a Kurdish - controlled town" in _of_type(sentence, "Location")


def test_a_birthplace_demonym_before_a_named_person_is_not_a_nationality() -> None:
    sentence = "Jordanian - born militant Abu Musab al - Zarqawi kept a safehouse there ."
    assert _of_type(sentence, "Nationality") == []


def test_an_element_of_a_force_is_a_body() -> None:
    sentence = "The Arab element of the SDF is indigenous to the area ."
    assert _of_type(sentence, "Nationality") == []


def test_a_document_named_only_by_a_or_this_is_not_a_reference() -> None:
    sentence = "This report makes clear that the regime ignored a resolution and a statement ."
    assert _of_type(sentence, "DocumentReference") == []
    assert _of_type("The report also details the abuses .", "DocumentReference") == ["The report"]


def test_an_indefinite_article_is_not_part_of_a_named_document() -> None:
    sentence = "The blast killed two soldiers , according to a Defense Department news release ."
    assert _of_type(sentence, "DocumentReference") == ["Defense Department news release"]


def test_such_and_other_belong_to_the_weapon() -> None:
    assert _of_type("Daesh has used such weapons at least once .", "Weapon") == ["such weapons"]
    sentence = "ISIL seized the tanks and other military hardware from the base ."
    assert _of_type(sentence, "Weapon") == ["other military hardware"]


def test_a_plural_possessive_apostrophe_closes_its_word() -> None:
    sentence = "He dodged shrapnel and snipers ' bullets on the way to school ."
    assert _of_type(sentence, "Weapon") == ["snipers ' bullets"]


def test_a_weapon_described_by_a_common_noun_keeps_its_article() -> None:
    sentence = "Near Mosul , one strike destroyed a VBIED and a heavy machine gun ."
    assert _of_type(sentence, "Weapon") == ["VBIED", "a heavy machine gun"]


def test_a_weapon_word_qualifying_a_noun_leaves_the_article_to_it() -> None:
    sentence = "Militants carried out a mortar attack on a checkpoint ."
    assert _of_type(sentence, "Weapon") == ["mortar"]


def test_a_single_weapon_or_aircraft_keeps_its_count() -> None:
    sentence = "So having a single aircraft deliver a single weapon is one strike ."
    assert _of_type(sentence, "Weapon") == ["a single weapon"]
    assert _of_type(sentence, "MilitaryPlatform") == ["a single aircraft"]


def test_a_weapon_named_in_a_sale_is_not_a_weapon_mention() -> None:
    sentence = "The minister secured progress on missile sales to the Gulf ."
    assert _of_type(sentence, "Weapon") == []


def test_a_demonym_group_after_a_name_and_and_is_still_a_group() -> None:
    sentence = "ISIL and Iraqi forces clashed near the town ."
    assert "Iraqi forces" in _of_type(sentence, "Organisation")
