"""The re3d adapter maps sitrep's mentions to re3d's types and conventions, rule by rule."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from sitrep.evaluate.ner import combined_stages
from sitrep.ner.corpus import Sentence
from sitrep.ner.model import NerModel
from sitrep.ner.re3d import (
    _CharSpan,
    _select,
    _whole_named_place,
    predict_sentence,
    sentence_text,
)
from sitrep.ner.re3d_phrases import is_predicate
from sitrep.ner.re3d_places import with_place_head
from sitrep.pipeline.stage import Stage


@lru_cache(maxsize=1)
def _rule_stages() -> tuple[Stage, ...]:
    return tuple(combined_stages(None))


def _found(text: str) -> list[tuple[str, str]]:
    """(span text, re3d type) for a sentence given as space-separated gold tokens."""
    words = tuple(text.split())
    sentence = Sentence(words, ("O",) * len(words))
    spans = predict_sentence(list(_rule_stages()), sentence)
    return [(" ".join(words[s:e]), label) for s, e, label in spans]


def _of_type(text: str, label: str) -> list[str]:
    return [span for span, kind in _found(text) if kind == label]


def _joined(tokens: str) -> str:
    return sentence_text(tokens.split(" "))[0]


def test_digits_join_only_into_real_numbers() -> None:
    assert _joined("About 6 , 602 people fled on May 6 , 2016 .") == (
        "About 6,602 people fled on May 6, 2016."
    )
    assert "£1.1bn" in _joined("The UK has committed over £ 1 . 1bn in aid .")


def test_full_dates_keep_their_year() -> None:
    found = _of_type(
        "The ministers met in Brussels , Belgium , on February 11 , 2016 .", "Temporal"
    )
    assert found == ["February 11 , 2016"]


def test_vague_and_recurring_times_are_not_temporal() -> None:
    sentence = (
        "Militants have recently stepped up daily attacks and will strike again in the future ."
    )
    assert _of_type(sentence, "Temporal") == []


def test_leading_preposition_is_cut_from_a_time() -> None:
    found = _of_type("She briefed EU leaders at the end of last year on the talks .", "Temporal")
    assert found == ["the end of last year"]


def test_quantity_is_the_number_without_the_counted_noun() -> None:
    found = _of_type("The operation killed 139 insurgents near the border .", "Quantity")
    assert found == ["139"]


def test_quantity_keeps_a_unit_of_measure() -> None:
    found = _of_type("Iraqi forces have cleared 30 percent of the city .", "Quantity")
    assert found == ["30 percent"]


def test_citation_marks_are_not_quantities() -> None:
    assert _of_type("He was appointed commander in 2007 . [ 1 ] [ 2 ]", "Quantity") == []


def test_numbers_ending_a_name_are_not_quantities() -> None:
    found = _of_type("The French navy led Combined Task Force 50 last December .", "Quantity")
    assert found == []


def test_partitive_one_of_is_not_a_quantity() -> None:
    found = _of_type("Damascus University Hospital is one of the largest hospitals .", "Quantity")
    assert found == []


def test_money_leaves_its_qualifier_out() -> None:
    found = _of_type("The United States will provide nearly $ 100 million in new aid .", "Money")
    assert found == ["$ 100 million"]


def test_model_leads_for_names_and_rules_for_times() -> None:
    rule_org = _CharSpan(0, 30, "Organisation", 1)  # longer, from the knowledge base
    model_org = _CharSpan(4, 30, "Organisation", 9)
    rule_time = _CharSpan(40, 50, "Temporal", 2)
    rule_place = _CharSpan(35, 45, "Location", 1)  # longer than the time, a rule name
    chosen = _select([rule_org, model_org, rule_place, rule_time])
    assert chosen == [model_org, rule_time]


def test_pattern_rules_keep_the_model_from_claiming_their_tokens() -> None:
    model_place = _CharSpan(10, 25, "Location", 9)  # "several rockets"
    rule_weapon = _CharSpan(18, 25, "Weapon", 5)  # "rockets"
    assert _select([model_place, rule_weapon]) == [rule_weapon]


def test_demonym_opening_a_role_or_name_is_not_a_nationality() -> None:
    sentence = "The Foreign Secretary met the Iraqi Foreign Minister to discuss the Syrian crisis ."
    assert _of_type(sentence, "Nationality") == ["Syrian"]


def test_measures_written_with_digits_are_quantities() -> None:
    found = _of_type("Shells hit a Peshmerga position about 6km from Daquq .", "Quantity")
    assert found == ["6km"]
    found = _of_type("The SDF have regained about 300 square miles of territory .", "Quantity")
    assert found == ["300 square miles"]


def test_documents_named_by_kind_are_document_references() -> None:
    found = _of_type(
        "The report also details the destruction of the old city .", "DocumentReference"
    )
    assert found == ["The report"]
    sentence = "The agency reports that reports of shelling continue ."
    assert _of_type(sentence, "DocumentReference") == []


def test_permits_are_documents_but_not_the_verb() -> None:
    sentence = "Refugees queued for work permits , but the permits took months ."
    assert _of_type(sentence, "DocumentReference") == ["work permits", "the permits"]
    assert _of_type("The new law permits travel .", "DocumentReference") == []


def test_generic_weapons_and_military_vehicles() -> None:
    sentence = (
        "Strikes destroyed two artillery systems , a mortar team , three tanks "
        "and two armored vehicles ."
    )
    assert _of_type(sentence, "Weapon") == ["artillery systems"]
    assert _of_type(sentence, "MilitaryPlatform") == ["tanks", "armored vehicles"]


def test_the_holder_of_a_named_place_belongs_to_it() -> None:
    sentence = "Jets struck rebel - held Aleppo and ISIL - held Mosul on Monday ."
    assert _of_type(sentence, "Location") == ["rebel - held Aleppo", "ISIL - held Mosul"]
    assert _of_type(sentence, "Organisation") == []


def test_one_person_counted_out_of_people_is_a_person() -> None:
    sentence = "One of our soldiers and one child died , one of its groups said ."
    assert _of_type(sentence, "Person") == ["One of our soldiers", "one child"]


def test_a_group_a_prefixed_name_qualifies_keeps_the_prefix() -> None:
    sentence = "The counter - ISIL coalition said ISIL fighters fled ."
    assert _of_type(sentence, "Organisation") == ["The counter - ISIL coalition", "ISIL fighters"]


def test_a_platform_named_by_a_common_noun_keeps_its_the() -> None:
    sentence = "Militants seized the tanks and the armored vehicles at the base ."
    found = _of_type(sentence, "MilitaryPlatform")
    assert found == ["the tanks", "the armored vehicles"]


def test_think_tank_is_not_a_platform() -> None:
    assert _of_type("A Washington think tank published the study .", "MilitaryPlatform") == []


def test_religious_and_ethnic_groups_are_nationalities() -> None:
    sentence = "ISIL fighters attacked the Yazidi religion while Kurdish forces held the ridge ."
    assert _of_type(sentence, "Nationality") == ["Yazidi"]


def test_state_coordinated_with_a_place_is_a_place() -> None:
    found = _found("Coalition aircraft struck ISIL targets in Syria and Iraq on Sunday .")
    assert ("Syria", "Location") in found
    assert ("Iraq", "Location") in found
    assert ("Iraq", "Organisation") not in found


def test_operations_have_no_re3d_type() -> None:
    found = _found("Troops were deployed in support of Operation Steel Curtain .")
    assert not [span for span, _ in found if "Steel Curtain" in span]


def test_platform_keeps_the_force_it_belongs_to() -> None:
    found = _of_type("Coalition strikes destroyed 14 ISIL tanks near Palmyra .", "MilitaryPlatform")
    assert found == ["ISIL tanks"]
    found = _of_type("The aircraft returned to base safely .", "MilitaryPlatform")
    assert found == ["The aircraft"]


def test_deictic_word_joins_the_time() -> None:
    found = _of_type("We were saddened by the news on this Thanksgiving Day .", "Temporal")
    assert found == ["this Thanksgiving Day"]


def test_number_ranges_and_approximate_counts_are_one_quantity() -> None:
    found = _of_type(
        "Iraqi forces have cleared 15 to 20 percent of the city , where tens of thousands "
        "of people are trapped .",
        "Quantity",
    )
    assert found == ["15 to 20 percent", "tens of thousands"]


def test_a_lone_one_is_not_a_quantity() -> None:
    found = _of_type(
        "Near Mosul , one strike destroyed an ISIL vehicle and two tanks .", "Quantity"
    )
    assert found == ["two"]


def test_named_operations_have_no_re3d_type() -> None:
    found = _found("The airmen deployed to Turkey to support Operation Inherent Resolve .")
    assert not any("Operation" in span for span, _ in found)


def test_ships_with_a_navy_prefix_and_designators_with_their_names_are_platforms() -> None:
    sentence = (
        "HMS Daring sailed with FS Charles de Gaulle , with KC-135R Stratotanker air "
        "refueling support ."
    )
    found = _of_type(sentence, "MilitaryPlatform")
    assert "HMS Daring" in found
    assert "FS Charles de Gaulle" in found
    assert "KC-135R Stratotanker" in found


def test_each_aircraft_role_in_a_list_is_a_platform() -> None:
    found = _of_type(
        "Coalition forces conducted 15 strikes using bomber , fighter and remotely piloted "
        "aircraft against ISIL targets .",
        "MilitaryPlatform",
    )
    assert found == ["bomber", "fighter", "remotely piloted aircraft"]


def test_a_demonym_describing_a_person_or_agency_is_not_a_nationality() -> None:
    sentence = "A senior Iraqi general told the Syrian news agency about the Syrian conflict ."
    assert _of_type(sentence, "Nationality") == ["Syrian"]


def test_documents_named_by_owner_or_title() -> None:
    sentence = "I welcome the Board of Inquiry ’ s report and the Geneva Communique of 2012 ."
    found = _of_type(sentence, "DocumentReference")
    assert found == ["the Board of Inquiry ’ s report", "the Geneva Communique of 2012"]


def test_numbered_sections_and_chapters_are_document_references() -> None:
    sentence = "It is an offence under section 119.3 of the Criminal Code , as Chapter two says ."
    found = _of_type(sentence, "DocumentReference")
    assert found == ["section 119.3 of the Criminal Code", "Chapter two"]


def test_borne_bombs_and_explosive_devices_are_weapons() -> None:
    sentence = (
        "Strikes destroyed two vehicle - borne homemade bombs after an improvised explosive "
        "device blast ."
    )
    found = _of_type(sentence, "Weapon")
    assert found == ["vehicle - borne homemade bombs", "improvised explosive device"]


def test_the_before_a_date_is_not_part_of_the_time() -> None:
    sentence = "The council condemned the 13 November attacks in Paris ."
    assert _of_type(sentence, "Temporal") == ["13 November"]


def test_a_place_cut_before_its_head_noun_takes_it() -> None:
    text = "Sana reported explosions at the Mezzeh military airport on Sunday."
    start = text.index("Mezzeh")
    end = text.index(" airport")
    new_start, new_end = with_place_head(text, start, end)
    assert text[new_start:new_end] == "the Mezzeh military airport"


def test_demonym_before_people_or_a_body_is_one_organisation() -> None:
    sentence = "Iraqi state television said Shia militiamen and an Arab audience watched ."
    assert _of_type(sentence, "Organisation") == [
        "Iraqi state television",
        "Shia militiamen",
        "an Arab audience",
    ]
    assert _of_type(sentence, "Nationality") == []


def test_demonym_before_a_place_is_one_location() -> None:
    sentence = "Rebels shelled the Jordanian city of Ramtha near the Turkish frontier ."
    assert _of_type(sentence, "Location") == [
        "the Jordanian city of Ramtha",
        "the Turkish frontier",
    ]
    assert _of_type(sentence, "Nationality") == []


def test_demonym_qualifying_an_event_or_thing_is_a_nationality() -> None:
    sentence = "The Syrian conflict began before an Israeli missile strike ."
    assert _of_type(sentence, "Nationality") == ["Syrian", "Israeli"]


def test_demonym_inside_a_name_or_before_a_verb_phrase_is_not_grouped() -> None:
    sentence = "Abu Jandal al - Kuwaiti was held by Jordanian 71st Counter Terrorism Battalion ."
    assert _of_type(sentence, "Nationality") == []
    found = _of_type("Officials fear that ISIL will use civilians as shields .", "Organisation")
    assert "ISIL will use civilians" not in found


def test_a_platform_held_by_a_force_is_the_platform_alone() -> None:
    sentence = "One strike destroyed an ISIL - held tank and U.S. - led coalition aircraft flew ."
    found = _of_type(sentence, "MilitaryPlatform")
    assert found == ["tank", "U.S. - led coalition aircraft"]


def test_facilities_and_suicide_bombers_are_not_platforms() -> None:
    sentence = "Strikes hit UAV construction facilities used by suicide bombers ."
    assert _of_type(sentence, "MilitaryPlatform") == []


def test_a_coalition_named_by_its_kind_is_an_organisation() -> None:
    sentence = "In Syria , Coalition military forces struck as the U.S. - led coalition said ."
    found = _of_type(sentence, "Organisation")
    assert "Coalition military forces" in found
    assert "the U.S. - led coalition" in found


def test_a_body_a_name_owns_is_one_organisation() -> None:
    sentence = "Britain backs Turkey ’ s democratically elected government ."
    assert "Turkey ’ s democratically elected government" in _of_type(sentence, "Organisation")


def test_weapon_nouns_keep_their_kind_and_calibre() -> None:
    sentence = (
        "Militants fired small arms , 120mm mortar rounds and a .50 calibre machine gun "
        "before a car bomb exploded ."
    )
    found = _of_type(sentence, "Weapon")
    assert found == ["small arms", "120mm mortar rounds", ".50 calibre machine gun", "car bomb"]


def test_a_weapon_word_qualifying_a_report_or_embargo_is_not_a_weapon() -> None:
    sentence = "The chemical weapons report was published as the arms embargo held ."
    assert _of_type(sentence, "Weapon") == []


def test_people_and_bodies_named_by_a_noun_keep_their_article() -> None:
    sentence = "A police officer said the regime shelled the town ."
    assert _of_type(sentence, "Person") == ["A police officer"]
    assert _of_type(sentence, "Organisation") == ["the regime"]


def test_places_named_by_a_common_noun_keep_their_article() -> None:
    sentence = "Gunmen fled down a street towards the river after shelling the mosque ."
    assert _of_type(sentence, "Location") == ["a street", "the river", "the mosque"]
    assert _of_type("Hibhib is a village near the river .", "Location") == ["the river"]


def test_a_predicate_noun_is_not_a_mention() -> None:
    sentence = "He was a commander in the Iraqi army ."
    assert "a commander" not in _of_type(sentence, "Person")


def test_a_demonym_describing_one_person_is_part_of_the_person() -> None:
    sentence = "The son of an Iraqi tribal sheikh joined the group ."
    assert "an Iraqi tribal sheikh" in _of_type(sentence, "Person")
    assert _of_type(sentence, "Nationality") == []


def test_a_demonym_leading_or_backing_a_body_is_part_of_it() -> None:
    sentence = "The Saudi - led coalition struck while a Syrian - led settlement was discussed ."
    assert "The Saudi - led coalition" in _of_type(sentence, "Organisation")
    assert _of_type(sentence, "Nationality") == ["Syrian"]


def test_a_catalogued_weapon_and_its_class_noun_are_one_weapon() -> None:
    sentence = "Russia fired a Kh-101 cruise missile at the city ."
    assert _of_type(sentence, "Weapon") == ["Kh-101 cruise missile"]


def test_a_possessive_determiner_is_not_the_platform_owner() -> None:
    assert _of_type("Our aircraft struck the depot .", "MilitaryPlatform") == ["aircraft"]


def test_a_group_takes_the_of_phrase_that_names_it() -> None:
    sentence = "The leaders of the Al Bu Nimr tribe met the government of Iraq ."
    found = _of_type(sentence, "Organisation")
    assert found == ["The leaders of the Al Bu Nimr tribe", "the government of Iraq"]


def test_gazetteer_towns_are_locations_without_the_model() -> None:
    sentence = "Fighting continued around Mosul and in Raqqa on Sunday ."
    assert _of_type(sentence, "Location") == ["Mosul", "Raqqa"]


def test_a_place_keeps_its_type_word_and_compass_word() -> None:
    assert _of_type(
        "Airstrikes hit militant positions in Idlib province overnight .", "Location"
    ) == ["Idlib province"]
    sentence = "Clashes were reported in northern Syria and western Mosul ."
    assert _of_type(sentence, "Location") == ["northern Syria", "western Mosul"]


def test_a_place_named_by_its_type_and_of_is_one_location() -> None:
    assert _of_type("The city of Mosul fell to the militants in 2014 .", "Location") == [
        "The city of Mosul"
    ]
    assert _of_type("Pirates seized the tanker in the Gulf of Aden .", "Location") == [
        "the Gulf of Aden"
    ]


def test_the_before_a_place_that_qualifies_a_noun_is_the_nouns() -> None:
    sentence = "Officials discussed the next steps in the Mosul operation ."
    assert _of_type(sentence, "Location") == ["Mosul"]


def test_a_place_and_its_state_after_a_comma_are_one_location() -> None:
    sentence = "The strike destroyed a convoy near Palmyra , Syria , on Tuesday ."
    assert _of_type(sentence, "Location") == ["Palmyra , Syria"]
    assert _of_type("Booker , of Cibolo , Texas , died on Monday .", "Location") == [
        "Cibolo , Texas"
    ]


def test_a_list_of_states_is_not_a_place_pair() -> None:
    sentence = "Refugees have fled to Turkey , Lebanon , Jordan and Iraq ."
    assert _of_type(sentence, "Location") == ["Turkey", "Lebanon", "Jordan", "Iraq"]


def test_a_state_that_acts_is_an_organisation_and_a_state_as_a_place_a_location() -> None:
    sentence = "France said it would send more troops to Iraq ."
    assert _of_type(sentence, "Organisation") == ["France"]
    assert _of_type(sentence, "Location") == ["Iraq"]
    sentence = "The group still holds ground in both Iraq and Syria ."
    assert _of_type(sentence, "Location") == ["Iraq", "Syria"]


def test_a_noun_after_a_copula_is_a_predicate() -> None:
    text = "Hibhib is a village in northern Iraq."
    assert is_predicate(text, text.index("a village"))
    assert not is_predicate(text, text.index("northern"))


def test_a_name_closed_or_opened_by_a_place_type_word_is_a_location() -> None:
    sentence = "Floodwater was diverted from the Tigris River to Lake Tharthar ."
    assert _of_type(sentence, "Location") == ["the Tigris River", "Lake Tharthar"]
    sentence = "Thousands of Yazidis were trapped on Mount Sinjar ."
    assert _of_type(sentence, "Location") == ["Mount Sinjar"]


def test_a_place_that_qualifies_people_names_them() -> None:
    sentence = "Rockets struck Camp Hurriya , and Camp Hurriya residents were wounded ."
    assert _of_type(sentence, "Location") == ["Camp Hurriya"]
    assert _of_type(sentence, "Organisation") == ["Camp Hurriya residents"]


def test_a_model_place_cut_inside_a_typed_name_is_the_whole_name() -> None:
    text = "The mountains cross northern Salah ad Din Province."
    named = [(text.index("northern"), text.index("."))]
    start, end = _whole_named_place(named, text.index("northern"), text.index(" ad"))
    assert text[start:end] == "northern Salah ad Din Province"


def test_a_place_a_group_holds_is_one_location() -> None:
    sentence = "Two strikes destroyed an ISIL - held building near the town ."
    assert _of_type(sentence, "Location") == ["an ISIL - held building", "the town"]
    assert _of_type(sentence, "Organisation") == []
    sentence = "Militants fired a mortar at a Peshmerga frontline position on Monday ."
    assert _of_type(sentence, "Location") == ["a Peshmerga frontline position"]


def test_nouns_naming_money_are_money() -> None:
    found = _of_type("Teachers say the salaries are not enough to feed a family .", "Money")
    assert found == ["the salaries"]
    found = _of_type("The network smuggled weapons , money and fighters into Iraq .", "Money")
    assert found == ["money"]
    assert _of_type("Two men were charged with money laundering in Erbil .", "Money") == []


class _FixedModel(NerModel):
    """A stand-in for the statistical model that returns the spans it was given."""

    def __init__(self, spans: list[tuple[int, int, str]]) -> None:
        self.spans = spans

    def predict_raw(self, doc: Doc) -> list[tuple[int, int, str]]:
        return self.spans


def test_model_pronouns_are_typed_as_pronouns_and_possessives_dropped() -> None:
    words = ["His", "permit", "describes", "him", "as", "a", "builder", ",", "she", "said", "."]
    model = _FixedModel([(0, 1, "Person"), (8, 9, "Organisation")])
    sentence = Sentence(tuple(words), ("O",) * len(words))
    spans = predict_sentence(list(_rule_stages()), sentence, model)
    found = [(" ".join(words[s:e]), label) for s, e, label in spans]
    assert ("she", "Person") in found
    assert ("she", "Organisation") not in found
    assert all(text != "His" for text, _ in found)


def test_the_models_times_numbers_documents_and_arms_give_way_to_the_rules() -> None:
    text = "Kitab Al Jilwah says the cyber unit searched homes at least once ."
    words = text.split()
    model = _FixedModel(
        [(0, 3, "DocumentReference"), (5, 6, "Quantity"), (9, 12, "Quantity"), (8, 9, "Weapon")]
    )
    sentence = Sentence(tuple(words), ("O",) * len(words))
    spans = predict_sentence(list(_rule_stages()), sentence, model)
    found = [(" ".join(words[s:e]), label) for s, e, label in spans]
    assert ("Kitab Al Jilwah", "DocumentReference") not in found
    assert ("cyber", "Quantity") not in found
    assert ("at least once", "Quantity") not in found
    assert ("homes", "Weapon") not in found


def test_a_demonym_before_a_model_place_or_group_opens_its_mention() -> None:
    text = "Troops entered the Iraqi city of Tal Afar as Iraqi police units watched ."
    words = text.split()
    model = _FixedModel([(4, 8, "Location"), (10, 12, "Organisation")])
    sentence = Sentence(tuple(words), ("O",) * len(words))
    spans = predict_sentence(list(_rule_stages()), sentence, model)
    found = [(" ".join(words[s:e]), label) for s, e, label in spans]
    assert ("the Iraqi city of Tal Afar", "Location") in found
    assert ("Iraqi police units", "Organisation") in found
    assert not any(label == "Nationality" for _, label in found)


def test_a_model_place_headed_by_people_is_no_place() -> None:
    text = "The plan will protect all communities and honour this hero near the camp ."
    words = text.split()
    model = _FixedModel([(4, 6, "Location"), (8, 10, "Location"), (11, 13, "Location")])
    sentence = Sentence(tuple(words), ("O",) * len(words))
    spans = predict_sentence(list(_rule_stages()), sentence, model)
    found = [" ".join(words[s:e]) for s, e, label in spans if label == "Location"]
    assert found == ["the camp"]


def test_nouns_for_trades_and_kin_name_one_person() -> None:
    assert _of_type("Food is scarce now , the carpenter says .", "Person") == ["the carpenter"]
    found = _of_type("A local physician said his sister was wounded .", "Person")
    assert "A local physician" in found


def test_a_model_group_headed_by_a_place_noun_is_a_place() -> None:
    text = "Rebels shelled the headquarters compound in Idlib province ."
    words = text.split()
    model = _FixedModel([(2, 5, "Organisation"), (6, 8, "Organisation"), (0, 1, "Organisation")])
    sentence = Sentence(tuple(words), ("O",) * len(words))
    spans = predict_sentence(list(_rule_stages()), sentence, model)
    found = [(" ".join(words[s:e]), label) for s, e, label in spans]
    assert ("the headquarters compound", "Location") in found
    assert ("Idlib province", "Location") in found
    assert ("Rebels", "Organisation") in found


def test_a_model_nationality_that_is_no_known_demonym_is_dropped() -> None:
    text = "Thousands of Syrian refugees reached Europe by sea ."
    words = text.split()
    model = _FixedModel([(5, 6, "Nationality")])  # the model's NORP "Europe"
    stages = combined_stages(model)
    sentence = Sentence(tuple(words), ("O",) * len(words))
    spans = predict_sentence(stages, sentence, model)
    found = [(" ".join(words[s:e]), label) for s, e, label in spans]
    assert ("Europe", "Nationality") not in found


def test_a_model_group_or_place_ends_before_a_verb_it_ran_on_into() -> None:
    text = "Human Rights Watch alleged that the bridges were targeted near the besieged Homs ."
    words = text.split()
    model = _FixedModel([(0, 4, "Organisation"), (5, 9, "Location"), (10, 13, "Location")])
    sentence = Sentence(tuple(words), ("O",) * len(words))
    spans = predict_sentence(list(_rule_stages()), sentence, model)
    found = [(" ".join(words[s:e]), label) for s, e, label in spans]
    assert ("Human Rights Watch", "Organisation") in found
    assert ("the bridges", "Location") in found
    assert not any(text.startswith("Homs") for text, _ in found)


def test_a_participle_qualifying_a_noun_stays_in_the_model_name() -> None:
    text = "Rebels shelled populated areas near flood-damaged Mosul on Sunday ."
    words = text.split()
    model = _FixedModel([(2, 4, "Location"), (5, 9, "Location")])  # spaCy splits the hyphen
    sentence = Sentence(tuple(words), ("O",) * len(words))
    spans = predict_sentence(list(_rule_stages()), sentence, model)
    found = [" ".join(words[s:e]) for s, e, label in spans if label == "Location"]
    assert "populated areas" in found
    assert "flood-damaged Mosul" in found


def test_a_model_place_ends_before_a_modal_or_a_relative_word() -> None:
    text = "Rebels hold a fertile valley which could feed the town where a militia camps ."
    words = text.split()
    model = _FixedModel([(2, 7, "Location"), (9, 13, "Location")])
    sentence = Sentence(tuple(words), ("O",) * len(words))
    spans = predict_sentence(list(_rule_stages()), sentence, model)
    found = [" ".join(words[s:e]) for s, e, label in spans if label == "Location"]
    assert "a fertile valley" in found
    assert not any("could" in place or "where" in place for place in found)


def test_a_model_name_does_not_open_with_a_preposition_or_a_focusing_adverb() -> None:
    text = "Aid reached thousands of residents of Raqqa , notably Kurdish families ."
    words = text.split()
    model = _FixedModel([(3, 7, "Organisation"), (8, 11, "Organisation")])
    sentence = Sentence(tuple(words), ("O",) * len(words))
    spans = predict_sentence(list(_rule_stages()), sentence, model)
    found = [" ".join(words[s:e]) for s, e, label in spans if label == "Organisation"]
    assert "residents of Raqqa" in found
    assert "Kurdish families" in found
    assert not any(group.startswith(("of ", "notably")) for group in found)


def test_a_model_group_headed_by_a_capitalised_title_is_its_holder() -> None:
    text = "Delegates met the Assistant Secretary for Refugees and the Defence Minister ."
    words = text.split()
    model = _FixedModel([(2, 7, "Organisation"), (8, 11, "Organisation")])
    sentence = Sentence(tuple(words), ("O",) * len(words))
    spans = predict_sentence(list(_rule_stages()), sentence, model)
    found = [(" ".join(words[s:e]), label) for s, e, label in spans]
    assert ("the Assistant Secretary for Refugees", "Person") in found
    assert ("the Defence Minister", "Person") in found


def test_a_title_inside_a_bodys_name_leaves_it_a_group() -> None:
    text = "The Office of the Secretary and the Foreign Ministers met ."
    words = text.split()
    model = _FixedModel([(0, 5, "Organisation"), (6, 9, "Organisation")])
    sentence = Sentence(tuple(words), ("O",) * len(words))
    spans = predict_sentence(list(_rule_stages()), sentence, model)
    found = [(" ".join(words[s:e]), label) for s, e, label in spans]
    assert ("The Office of the Secretary", "Organisation") in found
    assert ("the Foreign Ministers", "Organisation") in found
