"""re3d adapter rules for generic arms words, platforms named with their force or maker's
people, document references that a sentence-opening preposition must not join, and the
type and boundaries of the model's names (heads, qualifiers, places set in places)."""

from __future__ import annotations

from re3d_stubs import FixedModel, rule_stages

from sitrep.ner.corpus import Sentence
from sitrep.ner.re3d import predict_sentence


def _of_type(text: str, label: str) -> list[str]:
    """Spans of one re3d type in a sentence given as space-separated gold tokens."""
    words = tuple(text.split())
    sentence = Sentence(words, ("O",) * len(words))
    spans = predict_sentence(list(rule_stages()), sentence)
    return [" ".join(words[s:e]) for s, e, kind in spans if kind == label]


# Weapons


def test_blades_are_weapons() -> None:
    sentence = "The attackers stormed the hotel armed with knives and a sword ."
    assert _of_type(sentence, "Weapon") == ["knives", "a sword"]


def test_riot_rounds_keep_their_kind() -> None:
    sentence = "Police fired live ammunition and rubber bullets at the protesters on Friday ."
    assert _of_type(sentence, "Weapon") == ["live ammunition", "rubber bullets"]


def test_artillery_pieces_and_rocket_launchers_are_one_weapon_each() -> None:
    sentence = "The army moved artillery pieces and multiple rocket launchers to the front ."
    assert _of_type(sentence, "Weapon") == ["artillery pieces", "multiple rocket launchers"]


def test_a_hand_grenade_is_one_weapon_with_its_article() -> None:
    sentence = "Officers found a hand grenade under the seat of the car ."
    assert _of_type(sentence, "Weapon") == ["a hand grenade"]


def test_a_weapon_word_naming_a_firing_position_is_no_weapon() -> None:
    sentence = "Coalition jets struck two mortar positions near the town ."
    assert _of_type(sentence, "Weapon") == []


def test_a_launcher_named_with_its_rounds_names_the_rounds() -> None:
    sentence = "The rebels fired Grad rockets at the city overnight ."
    assert _of_type(sentence, "Weapon") == ["Grad rockets"]
    assert _of_type(sentence, "MilitaryPlatform") == []


# Military platforms


def test_jet_fighters_are_one_platform() -> None:
    sentence = "The jet fighters pounded rebel positions outside the capital ."
    assert _of_type(sentence, "MilitaryPlatform") == ["The jet fighters"]


def test_fighter_planes_are_one_platform() -> None:
    sentence = "Two fighter planes were scrambled to intercept the airliner ."
    assert _of_type(sentence, "MilitaryPlatform") == ["fighter planes"]


def test_a_force_named_in_full_owns_its_aircraft() -> None:
    sentence = "A Nigerian Air Force jet mistakenly bombed a camp on Tuesday ."
    assert _of_type(sentence, "MilitaryPlatform") == ["Nigerian Air Force jet"]


def test_a_demonym_before_a_catalogued_platform_belongs_to_it() -> None:
    sentence = "A Russian Su-24 bomber was shot down near the Syrian border ."
    assert _of_type(sentence, "MilitaryPlatform") == ["Russian Su-24 bomber"]
    assert _of_type(sentence, "Nationality") == []


# Document references


def test_an_opening_preposition_is_not_part_of_a_resolution() -> None:
    sentence = "Under Security Council Resolution 2401 , all parties must observe a ceasefire ."
    assert _of_type(sentence, "DocumentReference") == ["Security Council Resolution 2401"]


# States the model takes for people


def test_a_state_the_model_calls_a_person_is_typed_by_its_use() -> None:
    text = "Jordan welcomed the minister ’ s first visit to Uzbekistan on Monday ."
    words = text.split()
    model = FixedModel([(0, 1, "Person"), (9, 10, "Person")])
    sentence = Sentence(tuple(words), ("O",) * len(words))
    spans = predict_sentence(list(rule_stages()), sentence, model)
    found = [(" ".join(words[s:e]), label) for s, e, label in spans]
    assert ("Uzbekistan", "Location") in found
    assert ("Jordan", "Organisation") in found
    assert ("Jordan", "Person") not in found
    assert ("Uzbekistan", "Person") not in found


def test_a_person_the_model_heads_with_a_body_noun_is_that_body() -> None:
    text = "The Foreign Office said the leader of the rebel forces had been detained ."
    words = text.split()
    model = FixedModel([(0, 3, "Person"), (5, 10, "Person")])
    sentence = Sentence(tuple(words), ("O",) * len(words))
    spans = predict_sentence(list(rule_stages()), sentence, model)
    found = [(" ".join(words[s:e]), label) for s, e, label in spans]
    assert ("The Foreign Office", "Organisation") in found
    assert ("leader of the rebel forces", "Person") in found


# Bodies a demonym qualifies


def test_a_national_parliament_is_one_organisation() -> None:
    sentence = "The Iraqi parliament passed the amnesty law in August ."
    assert _of_type(sentence, "Organisation") == ["The Iraqi parliament"]
    assert _of_type(sentence, "Nationality") == []


def test_a_people_word_inside_a_known_group_does_not_split_it() -> None:
    sentence = "The Kurdish-led Syrian Democratic Forces said they had captured the dam ."
    assert "The Kurdish-led Syrian Democratic Forces" in _of_type(sentence, "Organisation")
    assert _of_type(sentence, "Nationality") == []


def test_a_place_the_model_heads_with_a_role_noun_is_a_person() -> None:
    text = "The Iranian foreign ministry summoned the British ambassador on Sunday ."
    words = text.split()
    model = FixedModel([(5, 8, "Location")])
    sentence = Sentence(tuple(words), ("O",) * len(words))
    spans = predict_sentence(list(rule_stages()), sentence, model)
    found = [(" ".join(words[s:e]), label) for s, e, label in spans]
    assert ("the British ambassador", "Person") in found
    assert ("the British ambassador", "Location") not in found


def test_a_group_the_model_heads_with_a_landform_is_a_place() -> None:
    text = "An airstrike killed two people in the Gaza Strip on Friday ."
    words = text.split()
    model = FixedModel([(6, 9, "Organisation")])
    sentence = Sentence(tuple(words), ("O",) * len(words))
    spans = predict_sentence(list(rule_stages()), sentence, model)
    found = [(" ".join(words[s:e]), label) for s, e, label in spans]
    assert ("the Gaza Strip", "Location") in found


def test_a_crossing_or_a_valley_named_by_its_noun_is_a_place() -> None:
    sentence = "The convoy was hit near the crossing on Monday ."
    assert _of_type(sentence, "Location") == ["the crossing"]
    sentence = "Villagers fled into the valley after the shelling ."
    assert _of_type(sentence, "Location") == ["the valley"]


def test_a_model_group_takes_the_qualifier_that_describes_its_people() -> None:
    text = "Gunmen shot dead innocent people as senior police officials watched ."
    words = text.split()
    model = FixedModel([(4, 5, "Organisation"), (7, 9, "Organisation")])
    sentence = Sentence(tuple(words), ("O",) * len(words))
    spans = predict_sentence(list(rule_stages()), sentence, model)
    found = [(" ".join(words[s:e]), label) for s, e, label in spans]
    assert ("innocent people", "Organisation") in found
    assert ("senior police officials", "Organisation") in found


def test_a_quantifier_that_picks_some_of_a_group_stays_out() -> None:
    text = "Many insurgents fled before the assault began ."
    words = text.split()
    model = FixedModel([(1, 2, "Organisation")])
    sentence = Sentence(tuple(words), ("O",) * len(words))
    spans = predict_sentence(list(rule_stages()), sentence, model)
    found = [(" ".join(words[s:e]), label) for s, e, label in spans]
    assert ("insurgents", "Organisation") in found


def test_a_model_group_ends_before_a_trailing_adverb_or_a_relative_clause() -> None:
    text = "The two men first met the Syrians who fought in Homs ."
    words = text.split()
    model = FixedModel([(0, 4, "Organisation"), (5, 9, "Organisation")])
    sentence = Sentence(tuple(words), ("O",) * len(words))
    spans = predict_sentence(list(rule_stages()), sentence, model)
    found = [(" ".join(words[s:e]), label) for s, e, label in spans]
    assert ("The two men", "Organisation") in found
    assert ("the Syrians", "Organisation") in found


def test_a_named_place_and_the_place_it_lies_in_are_two_mentions() -> None:
    text = "The leaders met at Amiens in France and discussed territory in Syria ."
    words = text.split()
    model = FixedModel([(4, 7, "Location"), (9, 12, "Location")])
    sentence = Sentence(tuple(words), ("O",) * len(words))
    spans = predict_sentence(list(rule_stages()), sentence, model)
    found = [(" ".join(words[s:e]), label) for s, e, label in spans]
    assert ("Amiens", "Location") in found
    assert ("France", "Location") in found
    assert ("territory in Syria", "Location") in found


def test_a_city_that_qualifies_a_noun_leaves_that_nouns_article() -> None:
    text = "Ministers will attend the Paris meeting on the Mosul operation next week ."
    words = text.split()
    model = FixedModel([(3, 5, "Location"), (7, 9, "Location")])
    sentence = Sentence(tuple(words), ("O",) * len(words))
    spans = predict_sentence(list(rule_stages()), sentence, model)
    found = [(" ".join(words[s:e]), label) for s, e, label in spans]
    assert ("Paris", "Location") in found
    assert ("Mosul", "Location") in found
    assert ("the Paris", "Location") not in found


def test_listed_demonyms_own_one_platform() -> None:
    sentence = "Russian and Syrian jets bombed the rebel-held suburbs for a fifth day ."
    assert _of_type(sentence, "MilitaryPlatform") == ["Russian and Syrian jets"]
    assert _of_type(sentence, "Nationality") == []


def test_riot_weapons_and_launchers_are_weapons() -> None:
    sentence = "Police used water cannon and stun grenades while troops seized RPG launchers ."
    assert _of_type(sentence, "Weapon") == ["water cannon", "stun grenades", "RPG launchers"]


def test_a_weapon_before_a_preposition_keeps_its_article() -> None:
    sentence = "The warship was hit by an anti-ship missile off the coast of Yemen ."
    assert _of_type(sentence, "Weapon") == ["an anti-ship missile"]


def test_a_weapon_word_used_as_a_verb_is_no_weapon() -> None:
    sentence = "The army used heavy artillery to shell the neighbourhood ."
    assert _of_type(sentence, "Weapon") == ["heavy artillery"]


def test_escort_ships_are_military_platforms() -> None:
    sentence = "The carrier and its escort ships sailed into the Gulf on Monday ."
    assert _of_type(sentence, "MilitaryPlatform") == ["escort ships"]


def test_listed_identity_words_open_a_model_group() -> None:
    text = (
        "Iraqi and Kurdish officials discussed the referendum as the French and Royal Navy sailed ."
    )
    words = text.split()
    model = FixedModel([(2, 4, "Organisation"), (11, 13, "Organisation")])
    sentence = Sentence(tuple(words), ("O",) * len(words))
    spans = predict_sentence(list(rule_stages()), sentence, model)
    found = [(" ".join(words[s:e]), label) for s, e, label in spans]
    assert ("Iraqi and Kurdish officials", "Organisation") in found
    assert ("Royal Navy", "Organisation") in found


def test_more_nouns_for_people_take_the_identity_word_before_them() -> None:
    sentence = "Shia pilgrims were targeted by a suicide bomber in Karbala ."
    assert _of_type(sentence, "Organisation") == ["Shia pilgrims"]
    assert _of_type(sentence, "Nationality") == []
    sentence = "The minister met his Turkish counterpart in Ankara ."
    assert "Turkish counterpart" in _of_type(sentence, "Person")
    assert _of_type(sentence, "Nationality") == []


# Quantities


def test_a_measure_with_a_number_word_is_a_quantity() -> None:
    sentence = "The blast left a crater three metres deep , just four miles from the border ."
    assert _of_type(sentence, "Quantity") == ["three metres", "four miles"]
