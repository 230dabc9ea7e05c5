"""re3d adapter on wire-story phrasing: "suicide car bombs" and "armoured cars" are arms,
a place noun with its name in apposition is a place ("the Sudanese capital Khartoum"), a
"-based" body is no place ("a Britain-based monitor"), a report its release date singles
out is a document, and a name an apposition calls a spokesman is a person ("Moore")."""

from __future__ import annotations

from re3d_stubs import FixedModel, rule_stages

from sitrep.evaluate.ner import combined_stages
from sitrep.ner.corpus import Sentence
from sitrep.ner.re3d import predict_sentence


def _found(text: str, spans: list[tuple[int, int, str]] | None = None) -> list[tuple[str, str]]:
    words = text.split()
    sentence = Sentence(tuple(words), ("O",) * len(words))
    model = FixedModel(spans) if spans is not None else None
    found = predict_sentence(list(rule_stages()), sentence, model)
    return [(" ".join(words[s:e]), label) for s, e, label in found]


def test_a_suicide_car_bomb_keeps_its_attack_mode() -> None:
    text = "Two suicide car bombs exploded near a market in Baghdad on Sunday , police said ."
    assert ("suicide car bombs", "Weapon") in _found(text)


def test_a_suicide_bomber_is_no_weapon() -> None:
    text = "A suicide bomber blew himself up at a checkpoint , killing five soldiers ."
    assert [label for _, label in _found(text) if label == "Weapon"] == []


def test_armoured_cars_and_fighting_vehicles_are_platforms() -> None:
    text = "Gunmen in armoured cars attacked two infantry fighting vehicles near the town ."
    found = _found(text)
    assert ("armoured cars", "MilitaryPlatform") in found
    assert ("infantry fighting vehicles", "MilitaryPlatform") in found


def test_a_capital_named_in_apposition_is_a_place() -> None:
    text = "The Sudanese capital Khartoum was shaken by clashes on Saturday ."
    found = _found(text, [(0, 4, "Organisation")])
    assert ("The Sudanese capital Khartoum", "Location") in found


def test_a_body_based_somewhere_is_no_place() -> None:
    text = "The Syrian Observatory , a Britain-based monitor , said 12 people died ."
    found = _found(text, [(4, 9, "Location")])  # "Britain - based": three tokens
    assert ("a Britain-based monitor", "Organisation") in found


def test_an_air_base_based_somewhere_stays_a_place() -> None:
    text = "The jets took off from a Qatar-based air base on Monday ."
    found = _found(text, [(5, 11, "Location")])
    assert ("a Qatar-based air base", "Location") in found


def test_a_report_released_on_a_day_is_a_document_and_the_day_a_time() -> None:
    text = "Amnesty said in a report released on Thursday that the militia executed 20 men ."
    found = _found(text)
    assert ("a report", "DocumentReference") in found
    assert ("Thursday", "Temporal") in found


def test_a_release_with_modifiers_leaves_its_article_out() -> None:
    text = "He died of wounds , according to a Pentagon news release issued yesterday ."
    assert ("Pentagon news release", "DocumentReference") in _found(text)


def test_a_city_of_a_name_the_model_calls_a_body_is_a_place() -> None:
    text = "Fighting erupted outside the Jordanian city of Ramtha on Friday ."
    found = _found(text, [(3, 8, "Organisation")])
    assert ("the Jordanian city of Ramtha", "Location") in found


def test_a_name_described_as_a_spokesman_is_a_person_not_a_town() -> None:
    # the entities stage holds the model too, so both read "Moore" as a place
    text = '" The situation is dire , " said Moore , a spokesman for the agency .'
    words = text.split()
    model = FixedModel([(8, 9, "Location")])
    spans = predict_sentence(combined_stages(model), Sentence(tuple(words), ("O",) * 14), model)
    found = [(" ".join(words[s:e]), label) for s, e, label in spans]
    assert ("Moore", "Person") in found and ("Moore", "Location") not in found


def test_a_town_described_as_a_town_stays_a_place() -> None:
    text = "Shelling hit Moore , a town south of the capital , on Monday ."
    assert ("Moore", "Location") in _found(text, [(2, 3, "Location")])


def test_separatists_with_the_state_they_back_are_a_group_not_a_nationality() -> None:
    text = "The town was captured by pro-Russian separatists in 2014 ."
    found = _found(text)
    assert ("pro-Russian separatists", "Organisation") in found
    assert [name for name, label in found if label == "Nationality"] == []


def test_a_separatist_region_is_a_place_not_people() -> None:
    text = "Russian mercenaries fought in the separatist region on Monday ."
    found = _found(text)
    assert ("Russian mercenaries", "Organisation") in found
    assert ("the separatist region", "Location") in found


def test_a_capital_and_its_name_found_apart_are_one_place() -> None:
    text = "Saudi-led coalition warplanes bombed the Yemeni capital Sanaa overnight ."
    assert ("the Yemeni capital Sanaa", "Location") in _found(text)


def test_a_place_and_a_name_a_comma_parts_stay_apart() -> None:
    text = "Shells fell on the capital , Sanaa , overnight ."
    assert ("the capital , Sanaa", "Location") not in _found(text)


def test_live_rounds_fired_at_protesters_are_a_weapon() -> None:
    text = "Security forces fired tear gas and live rounds at protesters in Nairobi ."
    assert ("live rounds", "Weapon") in _found(text)


def test_rounds_of_talks_are_no_weapon() -> None:
    text = "The talks went through three rounds of negotiations in Doha ."
    assert [name for name, label in _found(text) if label == "Weapon"] == []


def test_an_uncatalogued_weapon_name_belongs_to_its_weapon_noun() -> None:
    text = "A Ukrainian Neptune cruise missile struck the warship off Crimea , officials said ."
    assert ("Neptune cruise missile", "Weapon") in _found(text)


def test_a_known_group_before_a_weapon_noun_stays_apart() -> None:
    text = "Hamas rockets were fired at Ashkelon on Sunday , the Israeli military said ."
    found = _found(text)
    assert ("rockets", "Weapon") in found and ("Hamas", "Organisation") in found


def test_speed_and_reach_qualify_a_weapon() -> None:
    text = "Russia fired hypersonic missiles at Kyiv while long-range artillery hit Kherson ."
    found = _found(text)
    assert ("hypersonic missiles", "Weapon") in found
    assert ("long-range artillery", "Weapon") in found


def test_listed_nouns_for_people_are_one_group() -> None:
    text = "Most of the dead in Khan Younis were women and children , the health ministry said ."
    assert ("women and children", "Organisation") in _found(text, [(9, 10, "Organisation")])


def test_listed_nouns_that_are_not_all_people_are_no_group() -> None:
    text = "The convoy carried food and medicines to El Fasher on Monday ."
    assert [label for _, label in _found(text) if label == "Organisation"] == []


def test_a_state_owning_its_government_aircraft_stays_in_the_platform() -> None:
    text = "Syrian government helicopters dropped barrel bombs on Daraya , activists said ."
    assert ("Syrian government helicopters", "MilitaryPlatform") in _found(text)
