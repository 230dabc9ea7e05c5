"""The re3d adapter's rules for its four sparsest types: military platforms, weapons,
nationalities (faiths, peoples and languages too) and document references."""

from __future__ import annotations

from re3d_stubs import rule_stages

from sitrep.ner.corpus import Sentence
from sitrep.ner.re3d import _cut_at_demonym, _may_be_arms, predict_sentence
from sitrep.ner.re3d_phrases import demonym_mention


def _of_type(text: str, label: str) -> list[str]:
    """Spans of one re3d type in a sentence given as space-separated gold tokens."""
    words = tuple(text.split())
    sentence = Sentence(words, ("O",) * len(words))
    spans = predict_sentence(list(rule_stages()), sentence)
    return [" ".join(words[s:e]) for s, e, kind in spans if kind == label]


# Document references


def test_a_resolution_written_in_lower_case_is_a_document() -> None:
    sentence = "The Security Council unanimously adopted resolution 2254 on Friday ."
    assert _of_type(sentence, "DocumentReference") == ["resolution 2254"]


def test_an_article_keeps_the_treaty_it_belongs_to() -> None:
    sentence = "Article 5 of the NATO treaty commits members to collective defence ."
    assert _of_type(sentence, "DocumentReference") == ["Article 5 of the NATO treaty"]


def test_numbered_eu_instruments_and_titled_acts_are_documents() -> None:
    sentence = "The measures are set out in Council Regulation ( EU ) No 36 / 2012 ."
    assert _of_type(sentence, "DocumentReference") == ["Council Regulation ( EU ) No 36 / 2012"]
    sentence = "Sanctions are imposed under the Charter of the United Nations Act 1945 ."
    assert _of_type(sentence, "DocumentReference") == ["the Charter of the United Nations Act 1945"]


def test_an_ordinal_may_qualify_an_owned_report() -> None:
    sentence = "The Joint Investigative Mechanism ’ s fourth report blamed the regime ."
    assert _of_type(sentence, "DocumentReference") == [
        "The Joint Investigative Mechanism ’ s fourth report"
    ]


def test_a_named_convention_is_a_document_not_a_weapon() -> None:
    sentence = "The Chemical Weapons Convention bans the use of chlorine ."
    assert _of_type(sentence, "DocumentReference") == ["The Chemical Weapons Convention"]
    assert _of_type(sentence, "Weapon") == []


def test_the_maker_of_a_platform_is_a_nationality_not_its_owner() -> None:
    sentence = "The rebels used Russian - made tanks captured from the army ."
    assert _of_type(sentence, "MilitaryPlatform") == ["tanks"]
    assert _of_type(sentence, "Nationality") == ["Russian"]


def test_a_designator_takes_its_class_noun() -> None:
    sentence = "A squadron of MiG - 29 fighters was deployed to the air base ."
    assert _of_type(sentence, "MilitaryPlatform") == ["MiG - 29 fighters"]


def test_a_missile_defence_system_is_a_platform_not_a_missile() -> None:
    sentence = "The missile defence system intercepted the rocket over Tel Aviv ."
    assert _of_type(sentence, "MilitaryPlatform") == ["The missile defence system"]
    assert _of_type(sentence, "Weapon") == ["rocket"]


def test_arms_words_that_qualify_a_team_or_a_unit_are_no_arms() -> None:
    assert _of_type("A bomb disposal team defused the device .", "Weapon") == []
    assert _of_type("The tank battalion advanced on the city .", "MilitaryPlatform") == []


def test_a_weapon_that_opens_a_sentence_is_a_weapon() -> None:
    sentence = "Weapons and ammunition were found in the house ."
    assert _of_type(sentence, "Weapon") == ["Weapons", "ammunition"]


def test_a_force_that_opens_a_sentence_keeps_its_platforms() -> None:
    sentence = "Russian warplanes struck rebel - held areas of Idlib on Tuesday ."
    assert _of_type(sentence, "MilitaryPlatform") == ["Russian warplanes"]


def test_an_anti_ship_missile_is_one_weapon() -> None:
    sentence = "The frigate was hit by an anti - ship missile fired from the coast ."
    assert _of_type(sentence, "Weapon") == ["anti - ship missile"]


def test_attack_alone_in_a_list_of_aircraft_roles_is_the_event() -> None:
    sentence = "Coalition forces conducted 15 strikes using attack , bomber , fighter and "
    sentence += "remotely piloted aircraft against ISIL targets ."
    platforms = _of_type(sentence, "MilitaryPlatform")
    assert platforms == ["bomber", "fighter", "remotely piloted aircraft"]


def test_a_model_platform_ends_in_a_platform_or_a_name() -> None:
    text = "Syrian state television said air defences shot down several missiles ."
    start = text.index("air")
    assert not _may_be_arms(text, start, text.index(" down"), "MilitaryPlatform")
    text = "The Pentagon said a U.S. strike hit the headquarters ."
    assert not _may_be_arms(text, text.index("U.S."), text.index(" hit"), "MilitaryPlatform")
    text = "The frigate FS Forbin joined the task force ."
    assert _may_be_arms(text, text.index("FS"), text.index(" joined"), "MilitaryPlatform")


def test_a_model_platform_named_by_a_bare_name_is_none() -> None:
    text = "The airman , of Cibolo , Texas , refuelled a KC-135R Stratotanker ."
    start, end = text.index("Cibolo"), text.index(" , refuelled")
    assert not _may_be_arms(text, start, end, "MilitaryPlatform")
    start, end = text.index("KC-135R"), text.index(" .")
    assert _may_be_arms(text, start, end, "MilitaryPlatform")


def test_a_model_weapon_is_no_bare_number_nor_part_of_a_name() -> None:
    text = "The 2015 nuclear deal was signed in Vienna ."
    assert not _may_be_arms(text, 4, 8, "Weapon")
    text = "The Organisation for the Prohibition of Chemical Weapons said sarin was used ."
    start = text.index("Chemical")
    assert not _may_be_arms(text, start, start + len("Chemical Weapons"), "Weapon")
    text = "The aircraft carrier sailed into the eastern Mediterranean ."
    assert not _may_be_arms(text, 4, 12, "MilitaryPlatform")


def test_a_model_weapon_holds_a_word_for_arms() -> None:
    text = "Aid groups warned that refugee populations near the border were growing ."
    start = text.index("refugee")
    assert not _may_be_arms(text, start, start + len("refugee populations"), "Weapon")
    text = "Jets bombed weapons shipments bound for the militia ."
    start = text.index("shipments")
    assert not _may_be_arms(text, start, start + len("shipments"), "Weapon")
    text = "Guards beat them with gun butts and called in air strikes on gunmen with AK-47s ."
    for phrase in ("gun butts", "air strikes", "AK-47s"):
        start = text.index(phrase)
        assert _may_be_arms(text, start, start + len(phrase), "Weapon")


# Nationalities, faiths, peoples and languages


def test_languages_after_in_are_nationalities() -> None:
    sentence = "The holy book is written in Kurdish and Arabic ."
    assert _of_type(sentence, "Nationality") == ["Kurdish", "Arabic"]


def test_the_language_of_a_gloss_is_not_marked() -> None:
    sentence = "Hibhib ( Arabic : هبهب ) is a village in Iraq ."
    assert _of_type(sentence, "Nationality") == []


def test_a_language_before_language_or_dialect_is_a_nationality() -> None:
    sentence = "It is written in the Kurmanji dialect of the Northern Kurdish language ."
    assert _of_type(sentence, "Nationality") == ["Kurmanji", "Northern Kurdish"]


def test_listed_demonyms_of_a_thing_are_nationalities() -> None:
    sentence = "Russian and Iranian support has been crucial for the government ."
    assert _of_type(sentence, "Nationality") == ["Russian", "Iranian"]


def test_listed_demonyms_of_people_are_one_organisation() -> None:
    sentence = "Iraqi and Syrian refugees crossed the border into Turkey ."
    assert _of_type(sentence, "Organisation") == ["Iraqi and Syrian refugees"]
    assert _of_type(sentence, "Nationality") == []


def test_a_demonym_that_dominates_a_body_names_the_body() -> None:
    sentence = "The Shia - dominated government in Baghdad denied the report ."
    assert "The Shia - dominated government" in _of_type(sentence, "Organisation")
    assert _of_type(sentence, "Nationality") == []


def test_a_demonym_of_a_ruler_or_of_states_is_part_of_that_mention() -> None:
    assert _of_type("The Jordanian monarch called for calm .", "Person") == [
        "The Jordanian monarch"
    ]
    sentence = "Arab states have joined the coalition against ISIL ."
    assert "Arab states" in _of_type(sentence, "Organisation")


def test_a_model_name_cut_at_a_demonym_gives_way() -> None:
    text = "The Syrian capital has been spared most of the fighting ."
    demonyms = {text.index(" capital")}
    assert _cut_at_demonym(text, text.index(" capital"), demonyms)
    text = "About 350 Syrians work for the company ."
    assert not _cut_at_demonym(text, text.index(" work"), {text.index(" work")})


def test_the_language_of_a_gloss_is_no_nationality() -> None:
    text = "Operation Desert Lion (Arabic: Al Asad Al Sahra) began in early May."
    start = text.index("Arabic")
    assert demonym_mention(text, start, start + len("Arabic")) is None
    text = "The leaflets were written in Arabic, not Kurdish."
    start = text.index("Arabic")
    assert demonym_mention(text, start, start + len("Arabic")) == (start, start + 6, "Nationality")
